package org.vinculos.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.Objects;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * A Neo4j database running inside this JVM, reachable over Bolt on a loopback port only, with a password of its own.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

	private static final String LOOPBACK = "127.0.0.1";

	/**
	 * The number of relationships from which a node keeps them grouped by type. Neo4j's default, 50, is below the
	 * observations, diaspora figures and links of many a city (2,479 in the seed): the commit that pushes a city past
	 * it rewrites the city's whole chain, and every later link costs more to add. The hubs that grouping speeds up
	 * (countries, states, networks) have hundreds or thousands of relationships and are grouped all the same.
	 */
	public static final int DENSE_NODE_THRESHOLD = 500;

	/** The user that drivers sign in as. */
	public static final String USER = "neo4j";

	private final Path homeDirectory;

	private final int boltPort;

	private final String password;

	private final CompletableFuture<DatabaseManagementService> service;

	private EmbeddedNeo4j(Path homeDirectory, int boltPort, String password,
			CompletableFuture<DatabaseManagementService> service) {
		this.homeDirectory = homeDirectory;
		this.boltPort = boltPort;
		this.password = password;
		this.service = service;
	}

	/**
	 * Starts the database on a background thread and returns at once, so that the caller can
	 * build the rest of the application while the store opens.
	 * @param homeDirectory where the store and its logs live; created when missing
	 * @param boltPort the loopback port for Bolt, or 0 for a free one
	 * @param pageCacheMegabytes the page cache size
	 */
	public static EmbeddedNeo4j startInBackground(Path homeDirectory, int boltPort, int pageCacheMegabytes) {
		Path home = homeDirectory.toAbsolutePath().normalize();
		int port = (boltPort > 0) ? boltPort : freeLoopbackPort();
		byte[] secret = new byte[24];
		new SecureRandom().nextBytes(secret);
		String password = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		var service = CompletableFuture.supplyAsync(() -> start(home, port, password, pageCacheMegabytes),
				task -> Thread.ofPlatform().name("neo4j-start").start(task));
		return new EmbeddedNeo4j(home, port, password, service);
	}

	private static DatabaseManagementService start(Path home, int port, String password, int pageCacheMegabytes) {
		DatabaseManagementService service = new DatabaseManagementServiceBuilder(home)
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress(LOOPBACK, port))
			.setConfig(BoltConnector.advertised_address, new SocketAddress(LOOPBACK, port))
			.setConfig(HttpConnector.enabled, false)
			.setConfig(HttpsConnector.enabled, false)
			// Any process of any user of this machine can reach the loopback port, and Bolt has no roles of ours:
			// the password, made anew at every start and known to this process only, keeps the others out.
			.setConfig(GraphDatabaseSettings.auth_enabled, true)
			.setConfig(GraphDatabaseSettings.udc_enabled, false)
			.setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMegabytes))
			.setConfig(GraphDatabaseSettings.dense_node_threshold, DENSE_NODE_THRESHOLD)
			// Netty's default quiet period makes every shutdown wait ten seconds.
			.setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, Duration.ZERO)
			.build();
		service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
				"ALTER USER " + USER + " SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
		// The first query loads and compiles the Cypher stack, which takes seconds on a cold JVM: do it here,
		// in parallel with the application context, rather than on the first request.
		service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME)
			.executeTransactionally("MATCH (m:__Neo4jMigration) WHERE m.version <> 'BASELINE' RETURN count(m)");
		return service;
	}

	private static int freeLoopbackPort() {
		try (var socket = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No free loopback port for Neo4j's Bolt connector", ex);
		}
	}

	/** The Bolt URI that drivers use to reach this database. */
	public String boltUri() {
		return "bolt://" + LOOPBACK + ":" + this.boltPort;
	}

	/** The password of {@link #USER} until this database stops. */
	public String password() {
		return this.password;
	}

	/** Where the store lives. */
	public Path homeDirectory() {
		return this.homeDirectory;
	}

	/**
	 * Blocks until the database accepts connections.
	 * @throws EmbeddedDatabaseException when it could not start
	 */
	public void awaitStarted() {
		try {
			this.service.join();
		}
		catch (CompletionException ex) {
			throw new EmbeddedDatabaseException(this.homeDirectory, Objects.requireNonNullElse(ex.getCause(), ex));
		}
	}

	@Override
	public void close() {
		this.service.thenAccept(DatabaseManagementService::shutdown).exceptionally(ex -> null).join();
	}

}
