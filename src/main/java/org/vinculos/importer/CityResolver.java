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
 * name or any other name, case-insensitive); where a name fits several cities it refuses to guess. The names (hundreds
 * for a large city) are read only when a file names a city instead of giving its id.
 */
final class CityResolver {

	private final Driver driver;

	private final Set<String> ids = new HashSet<>();

	private Map<String, List<String>> byName;

	CityResolver(Driver driver) {
		this.driver = driver;
		driver.executableQuery("MATCH (c:City) RETURN c.id AS id").execute().records()
			.forEach(record -> this.ids.add(record.get("id").asString()));
	}

	boolean exists(String id) {
		return this.ids.contains(id);
	}

	/** The ids of the cities of the country with the name. */
	List<String> named(String name, String country) {
		if (this.byName == null) {
			this.byName = new HashMap<>();
			for (var record : this.driver.executableQuery("MATCH (c:City) RETURN c.id AS id, c.country AS country, "
					+ "[c.name] + coalesce(c.names, []) AS names").execute().records()) {
				String id = record.get("id").asString();
				String of = record.get("country").asString("");
				for (String other : record.get("names").asList(Value::asString)) {
					List<String> named = this.byName.computeIfAbsent(key(of, other), k -> new ArrayList<>(1));
					if (!named.contains(id)) {
						named.add(id);
					}
				}
			}
		}
		return this.byName.getOrDefault(key(country, name), List.of());
	}

	private static String key(String country, String name) {
		return country.toUpperCase(Locale.ROOT) + "|" + name.strip().toLowerCase(Locale.ROOT);
	}

}
