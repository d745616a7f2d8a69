package org.vinculos.graph;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.vinculos.database.Reads;

import org.springframework.stereotype.Component;

/**
 * What any entity is, by id: its labels and country. Stewards' mutations and import files ask it of the parties they
 * name (a member and a network, an agreement's parties, a diaspora's places) before their rules check them.
 */
@Component
public class Entities {

	private final Reads reads;

	Entities(Reads reads) {
		this.reads = reads;
	}

	/** An entity's labels and its country (a country's is its own id; an organization or network has none). */
	public record Entity(String id, List<String> labels, @Nullable String country) {

		public boolean is(String label) {
			return this.labels.contains(label);
		}

	}

	/** The entities with these ids, by id; an id no entity has is left out. */
	public Map<String, Entity> byIds(Collection<String> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.reads.list("""
				MATCH (e:Entity) WHERE e.id IN $ids
				RETURN e.id AS id, labels(e) AS labels, coalesce(e.country, CASE WHEN e:Country THEN e.id END) AS country""",
				Map.of("ids", List.copyOf(ids)), r -> new Entity(r.get("id").asString(),
						r.get("labels").asList(label -> label.asString()), r.get("country").asString(null)))
			.stream().collect(Collectors.toMap(Entity::id, Function.identity()));
	}

}
