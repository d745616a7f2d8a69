package org.vinculos.importer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

/**
 * Resolves the cities an import file names, by id or by name and country as {@code city(...)} matches them (the
 * name or any other name, case-insensitive); where a name fits several cities it refuses to guess. The names (hundreds
 * for a large city) are read only when a file names a city instead of giving its id, and only for the countries it
 * names cities in.
 */
final class CityResolver {

	private final Driver driver;

	/** Every city's id, read when a file first asks whether one exists (a cities file or a mutation never does). */
	private @Nullable Set<String> ids;

	private final Set<String> declaredIds = new HashSet<>();

	private final Map<String, List<String>> byName = new HashMap<>();

	private final Set<String> countriesRead = new HashSet<>();

	/** The cities found by name alone, for files that may name a city without its country. */
	private final Map<String, List<Place>> anywhere = new HashMap<>();

	private final List<Declared> declared = new ArrayList<>();

	CityResolver(Driver driver) {
		this.driver = driver;
	}

	boolean exists(String id) {
		Set<String> ids = this.ids;
		if (ids == null) {
			Set<String> read = new HashSet<>();
			this.driver.executableQuery("MATCH (c:City) RETURN c.id AS id").execute().records()
				.forEach(record -> read.add(record.get("id").asString()));
			ids = read;
			this.ids = ids;
		}
		return ids.contains(id) || this.declaredIds.contains(id);
	}

	/** A city a cities file of the same import adds or names anew, so that the other files may name it. */
	void declare(String id, String country, Collection<String> names) {
		this.declaredIds.add(id);
		Declared city = new Declared(id, country, List.copyOf(names));
		this.declared.add(city);
		if (this.countriesRead.contains(country.toUpperCase(Locale.ROOT))) {
			add(city.country(), city.names(), city.id());
		}
		this.anywhere.clear();
	}

	/** The ids of the cities of the country with the name. */
	List<String> named(String name, String country) {
		String code = country.toUpperCase(Locale.ROOT);
		if (this.countriesRead.add(code)) {
			for (var record : this.driver.executableQuery("""
					MATCH (c:City {country: $country})
					RETURN c.id AS id, [c.name] + coalesce(c.names, []) AS names""")
				.withParameters(Map.of("country", code)).execute().records()) {
				add(code, record.get("names").asList(Value::asString), record.get("id").asString());
			}
			this.declared.stream().filter(city -> city.country().equalsIgnoreCase(code))
				.forEach(city -> add(city.country(), city.names(), city.id()));
		}
		return this.byName.getOrDefault(key(country, name), List.of());
	}

	/**
	 * The cities of any country with the name, for a file that leaves the country out: the entity names' full-text
	 * index finds the few cities whose names hold the words, rather than reading the names of every city.
	 */
	List<Place> namedAnywhere(String name) {
		String wanted = name.strip().toLowerCase(Locale.ROOT);
		return this.anywhere.computeIfAbsent(wanted, key -> {
			List<Place> found = new ArrayList<>();
			this.driver.executableQuery("""
					CALL db.index.fulltext.queryNodes('entity_names', $phrase) YIELD node
					WHERE node:City AND any(n IN [node.name] + coalesce(node.names, []) WHERE toLower(trim(n)) = $name)
					RETURN node.id AS id, node.country AS country ORDER BY id""")
				.withParameters(Map.of("phrase", "\"" + wanted.replace("\\", "\\\\").replace("\"", "\\\"") + "\"",
						"name", wanted))
				.execute().records()
				.forEach(r -> found.add(new Place(r.get("id").asString(), r.get("country").asString())));
			this.declared.stream()
				.filter(city -> city.names().stream().anyMatch(n -> n.strip().toLowerCase(Locale.ROOT).equals(wanted)))
				.filter(city -> found.stream().noneMatch(place -> place.id().equals(city.id())))
				.forEach(city -> found.add(new Place(city.id(), city.country().toUpperCase(Locale.ROOT))));
			return found;
		});
	}

	private void add(String country, List<String> names, String id) {
		for (String name : names) {
			List<String> named = this.byName.computeIfAbsent(key(country, name), k -> new ArrayList<>(1));
			if (!named.contains(id)) {
				named.add(id);
			}
		}
	}

	/** The cities declared so far, for files that resolve cities together with other kinds of party. */
	List<Declared> declared() {
		return List.copyOf(this.declared);
	}

	/** A city a name may stand for, and its country. */
	record Place(String id, String country) {
	}

	/** A city a cities file of this import declares: its id, country and every name it goes by. */
	record Declared(String id, String country, List<String> names) {
	}

	private static String key(String country, String name) {
		return country.toUpperCase(Locale.ROOT) + "|" + name.strip().toLowerCase(Locale.ROOT);
	}

}
