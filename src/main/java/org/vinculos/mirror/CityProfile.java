package org.vinculos.mirror;

import java.util.Map;
import java.util.Set;

/**
 * What the sources say about a city that bears on its likeness to another: size, economy, geography, topics and
 * international profile; null or empty where the sources say nothing.
 */
record CityProfile(String id, String name, String country, Long population, String populationSource, Double latitude,
		Integer dem, Double borderKm, String borderPlace, String capital, Double temperature, Money gdpPerCapita,
		String region, Map<String, Sector> sectors, Set<String> topics, Set<String> networks, int sisters,
		Map<String, Integer> partnerCountries, double[] vector) {

	/** An amount in a currency, for a year. */
	record Money(double value, String currency, int year) {
	}

	/** An economic sector's share of a region's gross value added. */
	record Sector(String label, double share, int year) {
	}

}
