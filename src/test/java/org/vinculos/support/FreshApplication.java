package org.vinculos.support;

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

	public static ConfigurableApplicationContext start(String directoryPrefix) {
		return new SpringApplication(VinculosApplication.class)
			.run("--vinculos.data-dir=" + SharedTestDatabase.temporaryDirectory(directoryPrefix), "--server.port=0");
	}

	public static int port(ConfigurableApplicationContext context) {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

}
