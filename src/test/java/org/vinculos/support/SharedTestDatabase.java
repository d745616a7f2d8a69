package org.vinculos.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.vinculos.database.EmbeddedNeo4j;

import org.springframework.util.FileSystemUtils;

/**
 * One real Neo4j per test JVM, in a temporary directory, shared by every test context that points at it.
 */
public final class SharedTestDatabase {

	private static EmbeddedNeo4j database;

	private SharedTestDatabase() {
	}

	/** The Bolt URI of the shared database, started on first use. */
	public static synchronized String boltUri() {
		if (database == null) {
			Path directory = temporaryDirectory("vinculos-test-db");
			database = EmbeddedNeo4j.startInBackground(directory, 0, 128);
			database.awaitStarted();
			EmbeddedNeo4j started = database;
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				started.close();
				FileSystemUtils.deleteRecursively(directory.toFile());
			}));
		}
		return database.boltUri();
	}

	/** A new empty directory that is removed when the JVM exits. */
	public static Path temporaryDirectory(String prefix) {
		try {
			Path directory = Files.createTempDirectory(prefix);
			directory.toFile().deleteOnExit();
			return directory;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
