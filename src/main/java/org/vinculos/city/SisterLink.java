package org.vinculos.city;

/**
 * A sister-city link seen from one of its cities, with where the link is stated.
 */
public record SisterLink(City city, String source, String sourceRef) {
}
