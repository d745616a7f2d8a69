package org.vinculos.city;

/**
 * Conditions on the cities of a {@code cities} page; each one left null does not filter.
 */
public record CityFilter(String country, String region, Integer minPopulation, Integer maxPopulation, String network,
		String sisterCityIn) {

	static final CityFilter NONE = new CityFilter(null, null, null, null, null, null);

}
