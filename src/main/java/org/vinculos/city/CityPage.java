package org.vinculos.city;

import java.util.List;

/**
 * One page of cities, from {@code offset}, and whether more match after it.
 */
public record CityPage(List<City> cities, int offset, boolean hasNext) {
}
