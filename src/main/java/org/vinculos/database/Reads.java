package org.vinculos.database;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.async.AsyncSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Runs the read statements of queries: each one auto-commit, in a session of read access (routed to a reader in a
 * cluster), one network round trip.
 * <p>
 * A read statement needs no transaction of its own: Neo4j reads committed data either way, and a GraphQL request
 * whose statements ran in one explicit transaction would pay a BEGIN and a COMMIT for nothing. The session is closed
 * without waiting: closing sends RESET and waits for its answer before the connection goes back to the pool, a round
 * trip that the request does not need to wait for. Each statement has a timeout ({@code vinculos.neo4j.read-timeout}),
 * after which the database stops it, so that no query holds it.
 */
@Component
public class Reads {

	private static final Logger logger = LoggerFactory.getLogger(Reads.class);

	private static final SessionConfig READ = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build();

	private final Driver driver;

	private final TransactionConfig timeout;

	Reads(Driver driver, @Value("${vinculos.neo4j.read-timeout}") Duration timeout) {
		this.driver = driver;
		this.timeout = TransactionConfig.builder().withTimeout(timeout).build();
	}

	/** The statement's records, each mapped. */
	public <T> List<T> list(String cypher, Map<String, ?> parameters, Function<Record, T> mapper) {
		@SuppressWarnings("unchecked")
		Map<String, Object> values = (Map<String, Object>) parameters;
		AsyncSession session = this.driver.session(AsyncSession.class, READ);
		try {
			return session.runAsync(cypher, values, this.timeout).thenCompose(cursor -> cursor.listAsync(mapper))
				.toCompletableFuture().join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw ex;
		}
		finally {
			session.closeAsync().exceptionally(ex -> {
				logger.debug("A read session closed with an error", ex);
				return null;
			});
		}
	}

	/** The statement's first record, mapped, if it has one. */
	public <T> Optional<T> first(String cypher, Map<String, ?> parameters, Function<Record, T> mapper) {
		return list(cypher, parameters, mapper).stream().findFirst();
	}

	/** The statement's records as maps of plain Java values (numbers as Long or Double, lists, maps, dates). */
	public List<Map<String, Object>> rows(String cypher, Map<String, ?> parameters) {
		return list(cypher, parameters, Record::asMap);
	}

}
