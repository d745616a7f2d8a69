package org.vinculos.city;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A local government: a Mexican municipality or alcaldía, Mexico City, or a foreign city. Its country, population and
 * location are read with it, so that GraphQL answers them from the record (null where unknown, or not asked for).
 */
public record City(String id, String name, @Nullable String kind, @Nullable String countryCode, Country country,
		@Nullable Population population, @Nullable Location location, List<String> sources,
		@Nullable String importRunId) {
}
