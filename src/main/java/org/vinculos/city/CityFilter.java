package org.vinculos.city;

import org.jspecify.annotations.Nullable;

/**
 * Conditions on the cities of a {@code cities} page; each one left null does not filter.
 */
public record CityFilter(@Nullable String country, @Nullable String region, @Nullable Integer minPopulation, @Nullable Integer maxPopulation, @Nullable String network,
		@Nullable String sisterCityIn) {

	static final CityFilter NONE = new CityFilter(null, null, null, null, null, null);

}
