package org.vinculos.bench;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.vinculos.support.SharedTestDatabase;

/**
 * Measures what a user waits for: from {@code java -jar} to the first answered GraphQL query, and the resident
 * memory when idle, on a first start (migrations and seed load) and on a restart over the same store; with and
 * without a JDK AOT cache. Run with {@code ./mvnw -Pbench verify}; it needs the packaged jar.
 */
@Tag("bench")
class StartupBenchmark {

	private static final String JAVA = ProcessHandle.current().info().command().orElse("java");

	private static final String ABOUT = "{\"query\":\"{ about { counts { label count } } }\"}";

	@Test
	void timeToFirstAnswerAndIdleMemory() throws Exception {
		Path jar = Path.of("target/vinculos.jar").toAbsolutePath();
		Path dataDir = SharedTestDatabase.temporaryDirectory("vinculos-bench-data");
		System.out.printf("Startup benchmark, %s, %d cores%n", Runtime.version(), Runtime.getRuntime().availableProcessors());
		report("java -jar, empty store (migrations + seed load)", List.of("-jar", jar.toString()), dataDir);
		report("java -jar, restart (seed already loaded)", List.of("-jar", jar.toString()), dataDir);
		report("java -XX:+UseSerialGC -jar, restart", List.of("-XX:+UseSerialGC", "-jar", jar.toString()), dataDir);
		report("java -XX:+UseParallelGC -jar, restart", List.of("-XX:+UseParallelGC", "-jar", jar.toString()), dataDir);

		Path extracted = SharedTestDatabase.temporaryDirectory("vinculos-bench-app");
		run(List.of(JAVA, "-Djarmode=tools", "-jar", jar.toString(), "extract", "--force", "--destination", extracted.toString()));
		Path cache = extracted.resolve("vinculos.aot");
		Path app = extracted.resolve("vinculos.jar");
		run(List.of(JAVA, "-XX:+UseSerialGC", "-XX:AOTCacheOutput=" + cache, "-Dspring.context.exit=onRefresh", "-jar",
				app.toString(), "--vinculos.data-dir=" + dataDir, "--server.port=0"));
		report("java -XX:+UseSerialGC -XX:AOTCache -jar (extracted), restart",
				List.of("-XX:+UseSerialGC", "-XX:AOTCache=" + cache, "-jar", app.toString()), dataDir);
	}

	private static void report(String label, List<String> arguments, Path dataDir) throws Exception {
		int port = freePort();
		List<String> command = new ArrayList<>(List.of(JAVA));
		command.addAll(arguments);
		command.add("--vinculos.data-dir=" + dataDir);
		command.add("--server.port=" + port);
		File log = Files.createTempFile("vinculos-bench", ".log").toFile();
		long start = System.nanoTime();
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
		try {
			HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
			HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(ABOUT))
				.build();
			long deadline = start + Duration.ofMinutes(3).toNanos();
			while (System.nanoTime() < deadline && process.isAlive()) {
				try {
					var response = http.send(request, HttpResponse.BodyHandlers.ofString());
					if (response.statusCode() == 200 && response.body().contains("counts")) {
						break;
					}
				}
				catch (IOException notYet) {
					Thread.sleep(50);
				}
			}
			long millis = (System.nanoTime() - start) / 1_000_000;
			Thread.sleep(5_000);
			System.out.printf("%-55s first answer after %6d ms, idle RSS %4d MB%n", label, millis, residentMegabytes(process.pid()));
		}
		finally {
			process.destroy();
			process.waitFor();
		}
	}

	private static long residentMegabytes(long pid) throws IOException {
		return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
			.filter(line -> line.startsWith("VmRSS:"))
			.map(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024)
			.findFirst()
			.orElse(-1L);
	}

	private static void run(List<String> command) throws Exception {
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
		if (process.waitFor() != 0) {
			throw new IllegalStateException("Failed: " + String.join(" ", command));
		}
	}

	private static int freePort() throws IOException {
		try (var socket = new java.net.ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
