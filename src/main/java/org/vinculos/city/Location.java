package org.vinculos.city;

/**
 * A point in WGS 84 degrees.
 */
public record Location(double lat, double lon) {
}
