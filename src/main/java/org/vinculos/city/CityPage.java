package org.vinculos.city;

import java.util.List;

/**
 * One page of cities, from {@code offset}, out of {@code totalCount} that match.
 */
public record CityPage(List<City> cities, int offset, long totalCount) {
}
