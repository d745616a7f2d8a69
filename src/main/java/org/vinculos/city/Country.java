package org.vinculos.city;

import org.jspecify.annotations.Nullable;

/**
 * A country by its ISO 3166-1 alpha-2 code.
 */
public record Country(String id, String name, @Nullable String nameEs) {
}
