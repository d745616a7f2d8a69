package org.vinculos.database;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.Neo4jException;
import org.vinculos.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A read statement that runs past the read timeout is stopped by the database, not left to hold it. */
@IntegrationTest
class ReadTimeoutIT {

	@Autowired
	Driver driver;

	@Autowired
	Reads reads;

	@Test
	void theDatabaseStopsAReadPastItsTimeoutAndTheNextReadRunsAsUsual() {
		Reads impatient = new Reads(this.driver, Duration.ofMillis(200));

		Neo4jException stopped = catchThrowableOfType(Neo4jException.class,
				() -> impatient.rows("UNWIND range(1, 2000000000) AS x RETURN count(x) AS n", Map.of()));

		assertThat(stopped.code()).contains("TransactionTimedOut");
		assertThat(this.reads.rows("RETURN 1 AS one", Map.of())).containsExactly(Map.of("one", 1L));
	}

}
