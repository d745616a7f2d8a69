package org.vinculos.city;

import java.util.List;

/**
 * A local government: a Mexican municipality or alcaldía, Mexico City, or a foreign city. Its country, population and
 * location are read with it, so that GraphQL answers them from the record (null where unknown, or not asked for).
 */
public record City(String id, String name, String kind, String countryCode, Country country, Population population,
		Location location, List<String> sources, String importRunId) {
}
