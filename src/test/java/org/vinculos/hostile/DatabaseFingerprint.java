package org.vinculos.hostile;

import java.util.Map;
import java.util.Objects;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

/**
 * Node and relationship counts and a checksum of every label, type and property, to show that the database is as it
 * was. The checksum is a sum of per-element hashes, so the order the database returns them in does not matter.
 */
record DatabaseFingerprint(long nodes, long relationships, long checksum) {

	static DatabaseFingerprint of(Driver driver) {
		long[] nodes = { 0, 0 };
		long[] relationships = { 0, 0 };
		try (Session session = driver.session()) {
			session.executeRead(tx -> {
				tx.run("MATCH (n) RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS properties")
					.forEachRemaining(record -> add(nodes, record));
				tx.run("MATCH (a)-[r]->(b) RETURN elementId(r) AS id, [type(r), elementId(a), elementId(b)] AS labels, "
						+ "properties(r) AS properties").forEachRemaining(record -> add(relationships, record));
				return null;
			});
		}
		return new DatabaseFingerprint(nodes[0], relationships[0], nodes[1] * 31 + relationships[1]);
	}

	private static void add(long[] countAndSum, Record record) {
		Map<String, Object> properties = record.get("properties").asMap(value -> {
			Object plain = value.asObject();
			return (plain instanceof float[] || plain instanceof double[] || plain instanceof long[])
					? String.valueOf(value) : plain;
		});
		countAndSum[0]++;
		countAndSum[1] += Objects.hash(record.get("id").asString(), record.get("labels").asList(), properties);
	}

}
