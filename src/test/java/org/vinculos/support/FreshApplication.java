package org.vinculos.support;

import java.nio.file.Path;

import org.vinculos.VinculosApplication;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The product as a user starts it, on a fresh embedded store of its own in a temporary directory (the seed loaded),
 * on a free port: for benchmarks and evaluations, which must not share the test database.
 */
public final class FreshApplication {

	private FreshApplication() {
	}

	/** Started with the arguments given as well (e.g. {@code --vinculos.security.accounts=…}). */
	public static ConfigurableApplicationContext start(String directoryPrefix, String... arguments) {
		String[] all = new String[arguments.length + 2];
		all[0] = "--vinculos.data-dir=" + SharedTestDatabase.temporaryDirectory(directoryPrefix);
		all[1] = "--server.port=0";
		System.arraycopy(arguments, 0, all, 2, arguments.length);
		return new SpringApplication(VinculosApplication.class).run(all);
	}

	/** On the data directory given, as a restart of the product on its store. */
	public static ConfigurableApplicationContext startIn(Path dataDir) {
		return new SpringApplication(VinculosApplication.class).run("--vinculos.data-dir=" + dataDir, "--server.port=0");
	}

	public static int port(ConfigurableApplicationContext context) {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

}
