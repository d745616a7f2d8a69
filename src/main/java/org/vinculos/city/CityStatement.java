package org.vinculos.city;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A city as a steward states it, from a row of a cities file or from {@code recordCity}: its id (or none, to be found
 * by name and country or made new), name and other names, country, state, kind, a population figure with its year,
 * a position, and the source. A value not stated is null.
 */
public record CityStatement(@Nullable String id, @Nullable String name, @Nullable String country,
		@Nullable String region, @Nullable String kind, List<String> names, @Nullable Long population,
		@Nullable Integer populationYear, @Nullable Double latitude, @Nullable Double longitude,
		@Nullable String source, @Nullable String sourceUrl) {

	/** Its other names are kept stripped, once each, blank ones left out. */
	public CityStatement {
		names = (names != null) ? names.stream().map(String::strip).filter(other -> !other.isEmpty()).distinct().toList()
				: List.of();
	}

}
