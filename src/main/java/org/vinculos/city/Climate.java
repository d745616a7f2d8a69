package org.vinculos.city;

import org.jspecify.annotations.Nullable;

/**
 * A city's Köppen–Geiger climate class, from the land cell it falls in (or the nearest land cell, {@code km} away).
 */
public record Climate(String code, String name, @Nullable String nameEs, @Nullable Double km, String source, String sourceRef) {
}
