package org.vinculos.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

/**
 * Resolves the cities an import file names, by id or by name and country as {@code city(...)} matches them (the
 * name or any other name, case-insensitive); where a name fits several cities it refuses to guess.
 */
final class CityResolver {

	private final Set<String> ids = new HashSet<>();

	private final Map<String, List<String>> byName = new HashMap<>();

	CityResolver(Driver driver) {
		for (var record : driver.executableQuery("MATCH (c:City) RETURN c.id AS id, c.country AS country, "
				+ "[c.name] + coalesce(c.names, []) AS names").execute().records()) {
			String id = record.get("id").asString();
			this.ids.add(id);
			String country = record.get("country").asString("");
			for (String name : record.get("names").asList(Value::asString)) {
				List<String> named = this.byName.computeIfAbsent(key(country, name), k -> new ArrayList<>(1));
				if (!named.contains(id)) {
					named.add(id);
				}
			}
		}
	}

	boolean exists(String id) {
		return this.ids.contains(id);
	}

	/** The ids of the cities of the country with the name. */
	List<String> named(String name, String country) {
		return this.byName.getOrDefault(key(country, name), List.of());
	}

	private static String key(String country, String name) {
		return country.toUpperCase(Locale.ROOT) + "|" + name.strip().toLowerCase(Locale.ROOT);
	}

}
