package org.vinculos.city;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A first-level division: a Mexican state, a US state, a province.
 */
public record Region(String id, String name, List<String> names, @Nullable String code, @Nullable String countryCode) {
}
