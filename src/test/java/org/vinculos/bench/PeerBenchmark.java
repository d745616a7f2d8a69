package org.vinculos.bench;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Vínculos against the tools a user could pick instead, on one Neo4j: raw Cypher over Bolt and {@code @neo4j/graphql}
 * behind Apollo Server, with the reference harness of {@code ../shared/peer-bench} (its queries, its check that the
 * three answers are equal, its timing). The harness is copied to {@code target/peer-bench}; this class builds its
 * loader, installs its Node packages from the npm registry, starts the empty Neo4j, Vínculos over it (the packaged jar
 * with the run options of docs/operations.md; it loads its seed), and {@code @neo4j/graphql}, runs one round per order given, and
 * prints each round's table, also left in {@code target/peer-bench/results/}.
 * <p>
 * Run with {@code ./mvnw -Pbench verify -Dtest=PeerBenchmark -Dsurefire.failIfNoSpecifiedTests=false}; it needs both
 * cores to itself for about 30 minutes a round. {@code -Dpeer.rounds="raw ngl vin,vin ngl raw"}, and {@code -Dpeer.warmup},
 * {@code -Dpeer.n}, {@code -Dpeer.secs} (1000, 1000, 20) change what it runs.
 */
@Tag("bench")
class PeerBenchmark {

	private static final String JAVA = ProcessHandle.current().info().command().orElse("java");

	/** The run options of docs/operations.md for the jar. */
	static final List<String> RUN_OPTIONS = List.of("-Xms64m", "-Xmx320m", "-XX:+UseSerialGC",
			"-XX:MaxDirectMemorySize=64m", "--sun-misc-unsafe-memory-access=allow");

	@Test
	void vinculosAgainstRawCypherAndNeo4jGraphQl() throws Exception {
		Path shared = Path.of("..", "shared", "peer-bench").toAbsolutePath().normalize();
		assertThat(shared.resolve("run-cmp.sh")).as("the reference harness beside the project").exists();
		Path jar = Path.of("target", "vinculos.jar").toAbsolutePath();
		assertThat(jar).as("the packaged jar (./mvnw -Pbench verify packages it first)").exists();
		Path bench = Path.of("target", "peer-bench").toAbsolutePath();
		copy(shared, bench);
		Path javaHome = Path.of(JAVA).getParent().getParent();
		Map<String, String> environment = Map.of("JAVA_HOME", javaHome.toString(), "DATA_DIR",
				shared.getParent().resolve("data").toString());

		String mvnw = Path.of("mvnw").toAbsolutePath().toString();
		run(bench.resolve("loader"), environment, mvnw, "-q", "dependency:build-classpath", "-Dmdep.outputFile=cp.txt");
		run(bench.resolve("loader"), environment, "bash", "-c",
				"\"$JAVA_HOME/bin/javac\" -d classes -cp \"$(cat cp.txt)\" src/main/java/bench/*.java");
		run(bench.resolve("node"), environment, "npm", "ci", "--no-audit", "--no-fund");
		Files.createDirectories(bench.resolve("run/db"));

		List<Process> started = new ArrayList<>();
		try {
			run(bench, environment, "./start-neo4j.sh", "--reuse");
			List<String> vinculos = new ArrayList<>(List.of(JAVA));
			vinculos.addAll(RUN_OPTIONS);
			vinculos.addAll(List.of("-jar", jar.toString()));
			started.add(start(bench, vinculos, Map.of("NEO4J_URI", "bolt://127.0.0.1:7699", "NEO4J_USERNAME", "neo4j",
					"NEO4J_PASSWORD", "unused", "SERVER_PORT", "8080"), "vin"));
			started.add(start(bench.resolve("node"), List.of("node", "server-v.mjs"), Map.of(), "ngl"));
			awaitGraphQl("http://127.0.0.1:8080/graphql", Duration.ofMinutes(5));
			awaitGraphQl("http://127.0.0.1:4000/", Duration.ofMinutes(1));
			String[] rounds = System.getProperty("peer.rounds", "raw ngl vin,vin ngl raw").split(",");
			for (int i = 0; i < rounds.length; i++) {
				String round = "r" + (i + 1);
				run(bench, Map.of("ROUND", round, "ORDER", rounds[i].strip(), "WARMUP", System.getProperty("peer.warmup", "1000"),
						"N", System.getProperty("peer.n", "1000"), "SECS", System.getProperty("peer.secs", "20")),
						"./run-cmp.sh");
				System.out.println(Files.readString(bench.resolve("results/cmp-" + round + ".md")));
			}
		}
		finally {
			started.forEach(Process::destroy);
			Path neo4j = bench.resolve("run/neo4j.pid");
			if (Files.exists(neo4j)) {
				ProcessHandle.of(Long.parseLong(Files.readString(neo4j).strip())).ifPresent(ProcessHandle::destroy);
			}
		}
	}

	private static void copy(Path from, Path to) throws IOException {
		try (Stream<Path> files = Files.walk(from)) {
			for (Path file : files.toList()) {
				Path target = to.resolve(from.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				}
				else if (!file.toString().contains("node_modules")) {
					Files.copy(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
					target.toFile().setWritable(true);
					target.toFile().setExecutable(file.toFile().canExecute());
				}
			}
		}
	}

	/** Runs a command to its end, its output shown, and fails when it fails. */
	private static void run(Path directory, Map<String, String> environment, String... command) throws Exception {
		// Not stdin: Surefire talks to this JVM over it.
		ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
			.redirectOutput(ProcessBuilder.Redirect.INHERIT).redirectError(ProcessBuilder.Redirect.INHERIT);
		builder.environment().putAll(environment);
		int exit = builder.start().waitFor();
		assertThat(exit).as(String.join(" ", command) + " in " + directory).isZero();
	}

	private static Process start(Path directory, List<String> command, Map<String, String> environment, String name)
			throws IOException {
		Path pidFile = directory.resolve(name.equals("ngl") ? "../run/ngl.pid" : "run/" + name + ".pid");
		File log = pidFile.resolveSibling(name + ".log").toFile();
		ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
			.redirectOutput(log);
		builder.environment().putAll(environment);
		Process process = builder.start();
		try {
			Files.writeString(pidFile, Long.toString(process.pid()));
		}
		catch (IOException ex) {
			process.destroy();
			throw new UncheckedIOException(ex);
		}
		return process;
	}

	private static void awaitGraphQl(String url, Duration patience) throws InterruptedException {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
		HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ __typename }\"}")).build();
		long deadline = System.nanoTime() + patience.toNanos();
		while (System.nanoTime() < deadline) {
			try {
				if (http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
					return;
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			Thread.sleep(500);
		}
		throw new AssertionError(url + " did not answer within " + patience);
	}

}
