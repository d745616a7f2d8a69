package org.vinculos.city;

/**
 * A country by its ISO 3166-1 alpha-2 code.
 */
public record Country(String id, String name, String nameEs) {
}
