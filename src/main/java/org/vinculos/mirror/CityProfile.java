package org.vinculos.mirror;

import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What the sources say about a city that bears on its likeness to another: size, economy, geography, challenges and
 * international profile; null or empty where the sources say nothing.
 *
 * @param population the city's own figure: the census for a Mexican municipality, GeoNames' elsewhere
 * @param agglomeration the urban agglomeration the city belongs to (Natural Earth), where known
 * @param growth the yearly growth of its agglomeration (UN) or, failing that, of its municipality (CONAPO)
 * @param gdp the GDP per person at PPP of the city itself, of its state and of its country, where known
 * @param themes the themes of the networks it belongs to
 * @param partOf whether it is part of another city (an alcaldía of Mexico City)
 */
record CityProfile(String id, String name, String country, String kind, boolean partOf, @Nullable Long population,
		@Nullable Long agglomeration, @Nullable Growth growth, @Nullable Double latitude, @Nullable Integer dem,
		@Nullable Double borderKm, String borderPlace, String capital, String climate, String seaport, String airport,
		@Nullable Double temperature, Gdp gdp, String region, Map<String, Sector> sectors, Set<String> topics,
		Set<String> themes, Set<String> networks, int sisters, Map<String, Integer> partnerCountries) {

	/** A yearly growth rate over a span of years, and whose series it is: the UN's agglomeration or CONAPO's projection. */
	record Growth(double rate, int from, int to, String series) {
	}

	/** An economic sector's share of a region's gross value added. */
	record Sector(String label, double share, int year) {
	}

	/** A GDP per person at PPP, in international dollars, of a year. */
	record Figure(double value, int year) {
	}

	/** The GDP per person at PPP of the city, of its state and of its country; each null where unknown. */
	record Gdp(@Nullable Figure city, @Nullable Figure state, @Nullable Figure country) {
	}

}
