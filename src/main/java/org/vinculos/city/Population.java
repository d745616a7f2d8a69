package org.vinculos.city;

/**
 * A population figure with its year and source.
 */
public record Population(long value, Integer year, String source) {
}
