package org.vinculos.city;

import java.util.List;

/**
 * A local government: a Mexican municipality or alcaldía, Mexico City, or a foreign city.
 */
public record City(String id, String name, String kind, String countryCode, Long population,
		Integer populationYear, String populationSource, Double latitude, Double longitude, List<String> sources,
		String importRunId) {
}
