package org.vinculos.network;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A city network or association, political or technical.
 */
public record Network(String id, String name, @Nullable String nameEs, List<String> names, @Nullable String kind, List<String> sources) {
}
