package org.vinculos.city;

import java.util.List;

/**
 * One page of cities (with their sister links where the query asks for them), from {@code offset}, and whether more
 * match after it.
 */
public record CityPage(List<CityReading.Read> cities, int offset, boolean hasNext) {
}
