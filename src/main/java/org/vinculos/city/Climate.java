package org.vinculos.city;

/**
 * A city's Köppen–Geiger climate class, from the land cell it falls in (or the nearest land cell, {@code km} away).
 */
public record Climate(String code, String name, String nameEs, Double km, String source, String sourceRef) {
}
