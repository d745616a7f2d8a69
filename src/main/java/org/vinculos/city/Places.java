package org.vinculos.city;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.vinculos.database.Reads;

import org.springframework.stereotype.Component;

/**
 * The countries and regions (states, provinces) the graph knows, by id: what import files and stewards' statements
 * of cities, memberships and diasporas are checked against.
 */
@Component
public class Places {

	private final Reads reads;

	Places(Reads reads) {
		this.reads = reads;
	}

	/** The ids (ISO 3166-1 alpha-2 codes) of the countries. */
	public Set<String> countryIds() {
		return new HashSet<>(this.reads.list("MATCH (c:Country) RETURN c.id AS id", Map.of(), r -> r.get("id").asString()));
	}

	/** The country of each region, by the region's id. */
	public Map<String, String> regionCountries() {
		Map<String, String> regions = new HashMap<>();
		this.reads.list("MATCH (r:Region)-[:IN_COUNTRY]->(c:Country) RETURN r.id AS id, c.id AS country", Map.of(), r -> r)
			.forEach(r -> regions.put(r.get("id").asString(), r.get("country").asString()));
		return regions;
	}

}
