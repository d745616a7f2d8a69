package org.vinculos.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.Transaction;
import org.neo4j.io.ByteUnit;
import org.vinculos.database.EmbeddedNeo4j;
import org.vinculos.support.SharedTestDatabase;

/**
 * The least Neo4j itself needs to write a sister-link file in one transaction: 100,000 relationships between random
 * pairs of 16,266 nodes (as many cities as the import benchmark's files touch), created through the embedded core API
 * with no Cypher, Bolt, CSV or checks, then committed. Shown for links with the importer's properties (source, since,
 * sourceRef, importRun) and with source and since only, in alternating order, four rounds each; then six files in a
 * row into the same nodes under Neo4j's default relationship grouping threshold and under the embedded database's.
 * Any import that keeps a file all-or-nothing in one transaction is slower than this. Run with
 * {@code ./mvnw -Pbench verify}.
 */
@Tag("bench")
class CommitFloorBenchmark {

	private static final int NODES = 16_266;

	private static final int ROWS = 100_000;

	@Test
	void createAndCommitOneHundredThousandLinksInOneTransaction() {
		DatabaseManagementService service = start(EmbeddedNeo4j.DENSE_NODE_THRESHOLD);
		try {
			GraphDatabaseService db = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
			System.out.printf("Commit floor benchmark, %s, %d cores, %,d links a transaction%n", Runtime.version(),
					Runtime.getRuntime().availableProcessors(), ROWS);
			Random random = new Random(42);
			for (int round = 0; round < 4; round++) {
				List<String> variants = (round % 2 == 0) ? List.of("importer's", "minimal") : List.of("minimal", "importer's");
				for (String variant : variants) {
					write(db, variant, round, random, "round " + (round + 1) + "  " + variant + " properties");
				}
			}
		}
		finally {
			service.shutdown();
		}
	}

	/**
	 * Six files of 100,000 links one after another into the same nodes, with Neo4j's default grouping threshold (50)
	 * and with the embedded database's (500), twice each: once the nodes pass 50 links, the first threshold rewrites
	 * their chains into groups and makes every later link dearer to add.
	 */
	@Test
	void commitsAsTheNodesGainLinksWithEitherGroupingThreshold() {
		System.out.printf("Grouping threshold benchmark, %s, %d cores, %,d links a transaction%n", Runtime.version(),
				Runtime.getRuntime().availableProcessors(), ROWS);
		for (int threshold : new int[] { 50, EmbeddedNeo4j.DENSE_NODE_THRESHOLD, 50, EmbeddedNeo4j.DENSE_NODE_THRESHOLD }) {
			DatabaseManagementService service = start(threshold);
			try {
				GraphDatabaseService db = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
				Random random = new Random(42);
				for (int file = 0; file < 6; file++) {
					write(db, "importer's", file, random, "threshold " + threshold + ", file " + (file + 1));
				}
			}
			finally {
				service.shutdown();
			}
		}
	}

	private static DatabaseManagementService start(int threshold) {
		Path directory = SharedTestDatabase.temporaryDirectory("vinculos-bench-floor");
		DatabaseManagementService service = new DatabaseManagementServiceBuilder(directory)
			.setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(256))
			.setConfig(GraphDatabaseSettings.dense_node_threshold, threshold)
			.setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, Duration.ZERO)
			.build();
		GraphDatabaseService db = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
		db.executeTransactionally("CREATE CONSTRAINT IF NOT EXISTS FOR (c:Entity) REQUIRE c.id IS UNIQUE");
		db.executeTransactionally("UNWIND range(1, $n) AS i CREATE (:Entity:City {id: 'city:' + i})", Map.of("n", NODES));
		return service;
	}

	private static void write(GraphDatabaseService db, String variant, int round, Random random, String label) {
		RelationshipType type = RelationshipType.withName("SISTER_CITY");
		Label entity = Label.label("Entity");
		String run = "import:" + Long.toString(System.currentTimeMillis(), 36) + "-" + round;
		long start = System.nanoTime();
		long created;
		try (Transaction tx = db.beginTx()) {
			Map<String, Node> nodes = new HashMap<>();
			List<Node[]> pairs = new ArrayList<>(ROWS);
			for (int i = 0; i < ROWS; i++) {
				Node a = nodes.computeIfAbsent("city:" + (1 + random.nextInt(NODES)), id -> tx.findNode(entity, "id", id));
				Node b = nodes.computeIfAbsent("city:" + (1 + random.nextInt(NODES)), id -> tx.findNode(entity, "id", id));
				pairs.add(new Node[] { a, b });
			}
			for (int i = 0; i < ROWS; i++) {
				Relationship link = pairs.get(i)[0].createRelationshipTo(pairs.get(i)[1], type);
				link.setProperty("source", "steward:benchmark-source-1a2b3c4d");
				link.setProperty("since", 1950 + (i % 70));
				if (variant.equals("importer's")) {
					link.setProperty("sourceRef", "links-" + round + ".csv:" + (i + 2));
					link.setProperty("importRun", run);
				}
			}
			created = System.nanoTime();
			tx.commit();
		}
		long end = System.nanoTime();
		System.out.printf("%-34s create %5.2f s   commit %5.2f s   total %5.2f s   %,8.0f links/s%n", label,
				(created - start) / 1e9, (end - created) / 1e9, (end - start) / 1e9,
				ROWS / ((end - start) / 1e9));
	}

}
