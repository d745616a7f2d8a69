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
		return started().boltUri();
	}

	/** The password of the shared database's user, {@link EmbeddedNeo4j#USER}. */
	public static synchronized String password() {
		return started().password();
	}

	private static EmbeddedNeo4j started() {
		if (database == null) {
			Path directory;
			try {
				directory = Files.createTempDirectory("vinculos-test-db");
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			database = EmbeddedNeo4j.startInBackground(directory, 0, 128);
			database.awaitStarted();
			EmbeddedNeo4j started = database;
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				started.close();
				FileSystemUtils.deleteRecursively(directory.toFile());
			}));
		}
		return database;
	}

	/**
	 * A new empty directory that is removed, with all it holds, when the JVM exits: benchmark and evaluation stores
	 * weigh a gigabyte each and would otherwise fill the disk.
	 */
	public static Path temporaryDirectory(String prefix) {
		try {
			Path directory = Files.createTempDirectory(prefix);
			Runtime.getRuntime().addShutdownHook(new Thread(() -> FileSystemUtils.deleteRecursively(directory.toFile())));
			return directory;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
