package org.vinculos.agreement;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

import org.vinculos.database.Reads;

import org.springframework.stereotype.Component;

/**
 * The topics agreements cover and networks work on, looked up by name: an agreements file's areas, a steward's
 * agreement topics and an analyst's partner topics are all found here.
 */
@Component
public class Topics {

	private final Reads reads;

	Topics(Reads reads) {
		this.reads = reads;
	}

	/** Every topic's id by each of its names (its id, English, Spanish and other names), in lower case. */
	public Map<String, String> idsByName() {
		Map<String, String> byName = new HashMap<>();
		this.reads.list("""
				MATCH (t:Topic)
				RETURN t.id AS id, [name IN [t.id, t.name, t.nameEs] + coalesce(t.names, []) WHERE name IS NOT NULL] AS names""",
				Map.of(), r -> r).forEach(r -> r.get("names").asList(Value::asString)
					.forEach(name -> byName.put(name.strip().toLowerCase(Locale.ROOT), r.get("id").asString())));
		return byName;
	}

	/** The id of the topic a name names (any of its names, any case), or null. */
	public static @Nullable String idNamed(Map<String, String> idsByName, String name) {
		return idsByName.get(name.strip().toLowerCase(Locale.ROOT));
	}

}
