package org.vinculos.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.vinculos.provenance.Sources;
import org.vinculos.support.FreshApplication;
import org.vinculos.support.LinkFiles;
import org.vinculos.support.SharedTestDatabase;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * A bounded loopback load test: 32 analysts for 60 seconds (-Dload.seconds to change) on a mix of search, a city with
 * its sister cities, mirror cities, partner suggestions, a graph to draw and the agreement figures, while a steward
 * imports a file of 20,000 new sister links over HTTP. Prints errors, throughput, p50 and p99 per kind and overall,
 * whether the import's counts match the graph afterwards, and the process's resident memory (server and clients share
 * the JVM). Run with {@code ./mvnw -Pbench verify -Dtest=LoadBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("bench")
class LoadBenchmark {

	private static final int CLIENTS = 32;

	private static final int LINKS = 20_000;

	private static final String SOURCE = "Load benchmark steward file";

	@Test
	void thirtyTwoAnalystsWhileAStewardImports() throws Exception {
		Duration run = Duration.ofSeconds(Long.getLong("load.seconds", 60));
		try (ConfigurableApplicationContext context = FreshApplication.start("vinculos-bench-load",
				"--vinculos.security.accounts=sam:STEWARD:{noop}sam-secret")) {
			int port = FreshApplication.port(context);
			Driver driver = context.getBean(Driver.class);
			List<Map<String, Object>> cities = driver.executableQuery("""
					MATCH (c:City {country: 'MX'}) WHERE c.kind = 'municipio'
					RETURN c.id AS id, c.name AS name ORDER BY c.population DESC LIMIT 50""").execute().records().stream()
				.map(r -> r.asMap()).toList();
			Map<String, List<HttpRequest>> mix = mix(port, cities);
			Path file = links(driver);

			HttpClient http = HttpClient.newBuilder().executor(java.util.concurrent.Executors.newFixedThreadPool(CLIENTS))
				.build();
			for (List<HttpRequest> requests : mix.values()) {
				for (int i = 0; i < 60; i++) {
					http.send(requests.get(i % requests.size()), HttpResponse.BodyHandlers.ofString());
				}
			}

			Map<String, ConcurrentLinkedQueue<Long>> micros = new ConcurrentHashMap<>();
			mix.keySet().forEach(kind -> micros.put(kind, new ConcurrentLinkedQueue<>()));
			AtomicLong errors = new AtomicLong();
			List<String> firstErrors = java.util.Collections.synchronizedList(new ArrayList<>());
			long deadline = System.nanoTime() + run.toNanos();
			List<String> kinds = List.copyOf(mix.keySet());
			List<Thread> clients = new ArrayList<>();
			for (int c = 0; c < CLIENTS; c++) {
				int client = c;
				clients.add(Thread.ofPlatform().name("analyst-" + c).start(() -> {
					Random random = new Random(client);
					while (System.nanoTime() < deadline) {
						String kind = kinds.get(random.nextInt(kinds.size()));
						List<HttpRequest> requests = mix.get(kind);
						long start = System.nanoTime();
						try {
							HttpResponse<String> response = http.send(requests.get(random.nextInt(requests.size())),
									HttpResponse.BodyHandlers.ofString());
							if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
								errors.incrementAndGet();
								if (firstErrors.size() < 5) {
									firstErrors.add(kind + ": " + response.statusCode() + " " + response.body());
								}
							}
						}
						catch (IOException | InterruptedException ex) {
							errors.incrementAndGet();
							firstErrors.add(kind + ": " + ex);
						}
						micros.get(kind).add((System.nanoTime() - start) / 1_000);
					}
				}));
			}
			Thread.sleep(Math.min(10_000, run.toMillis() / 6));
			long importStart = System.nanoTime();
			JsonNode report = steward(port, file);
			double importSeconds = (System.nanoTime() - importStart) / 1e9;
			for (Thread client : clients) {
				client.join();
			}
			long written = driver.executableQuery("MATCH ()-[r:SISTER_CITY {source: $source}]->() RETURN count(r) AS n")
				.withParameters(Map.of("source", Sources.id(SOURCE))).execute().records().getFirst().get("n").asLong();

			System.out.printf("Load benchmark, %s, %d cores, %d clients for %d s%n", Runtime.version(),
					Runtime.getRuntime().availableProcessors(), CLIENTS, run.toSeconds());
			List<Long> all = new ArrayList<>();
			for (String kind : kinds) {
				long[] sorted = micros.get(kind).stream().mapToLong(Long::longValue).sorted().toArray();
				all.addAll(micros.get(kind));
				System.out.printf("%-22s %7d requests   p50 %7.1f ms   p99 %7.1f ms%n", kind, sorted.length,
						sorted[sorted.length / 2] / 1000.0, sorted[(int) (sorted.length * 0.99)] / 1000.0);
			}
			long[] sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
			System.out.printf("%-22s %7d requests   p50 %7.1f ms   p99 %7.1f ms   %.0f requests/s   %d errors%n", "all",
					sorted.length, sorted[sorted.length / 2] / 1000.0, sorted[(int) (sorted.length * 0.99)] / 1000.0,
					sorted.length / (double) run.toSeconds(), errors.get());
			firstErrors.forEach(error -> System.out.println("error: " + error));
			System.out.printf("steward import: HTTP report %s, %d rows in %.1f s; created %d; %d links with its source "
					+ "in the graph afterwards%n", report.path("files").path(0).path("kind").asString("?"),
					report.path("files").path(0).path("rows").asInt(), importSeconds,
					report.path("files").path(0).path("created").asLong(), written);
			System.out.printf("memory: resident %s, heap used %d MB of %d MB%n", resident(),
					ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20,
					Runtime.getRuntime().maxMemory() >> 20);
		}
	}

	private static Map<String, List<HttpRequest>> mix(int port, List<Map<String, Object>> cities) {
		Map<String, List<HttpRequest>> mix = new java.util.LinkedHashMap<>();
		List<String> ids = cities.stream().map(c -> (String) c.get("id")).toList();
		mix.put("search", cities.stream().map(c -> HttpLatency.graphQl(port, "{ search(text: \"" + ((String) c.get("name"))
			.substring(0, Math.min(5, ((String) c.get("name")).length())) + "\") { id name type } }")).toList());
		mix.put("city with sisters", ids.stream().map(id -> HttpLatency.graphQl(port, "{ city(id: \"" + id
				+ "\") { name population { value } sisterCities { city { id name country { id } } source } } }")).toList());
		mix.put("mirrorCities", ids.stream().map(id -> HttpLatency.graphQl(port, "{ mirrorCities(cityId: \"" + id
				+ "\") { city { id name } score dimensions { name score } } }")).toList());
		mix.put("partnerSuggestions", ids.stream().map(id -> HttpLatency.graphQl(port, "{ partnerSuggestions(cityId: \""
				+ id + "\") { city { id name } score reasons { kind weight } } }")).toList());
		mix.put("graph", ids.stream().map(id -> HttpLatency.graphQl(port, "{ graph(centerIds: [\"" + id
				+ "\"], depth: 1, limit: 200) { nodes { id label type } edges { source target type } } }")).toList());
		mix.put("agreementStats", List.of("STATE", "PRESIDENTIAL_TERM", "COUNTERPART_TYPE", "WORLD_REGION").stream()
			.map(group -> HttpLatency.graphQl(port, "{ agreementStats(groupBy: " + group + ") { key label count } }"))
			.toList());
		return mix;
	}

	/** A file of new sister links between Mexican municipalities and foreign cities that are not linked yet. */
	private static Path links(Driver driver) throws IOException {
		List<String> mexican = driver.executableQuery("MATCH (c:City {country: 'MX'}) RETURN c.id AS id ORDER BY id")
			.execute().records().stream().map(r -> r.get("id").asString()).toList();
		List<String> foreign = driver.executableQuery("""
				MATCH (c:City) WHERE c.country <> 'MX' RETURN c.id AS id ORDER BY c.population DESC LIMIT 3000""")
			.execute().records().stream().map(r -> r.get("id").asString()).toList();
		return LinkFiles.write(SharedTestDatabase.temporaryDirectory("vinculos-bench-load-file").resolve("load-links.csv"),
				mexican, foreign, LINKS, SOURCE);
	}

	private static JsonNode steward(int port, Path file) {
		MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		parts.add("file", new FileSystemResource(file));
		String body = RestClient.create("http://127.0.0.1:" + port).post().uri("/import")
			.headers(headers -> headers.setBasicAuth("sam", "sam-secret"))
			.contentType(MediaType.MULTIPART_FORM_DATA).body(parts)
			.exchange((request, response) -> response.getStatusCode().value() + "\n"
					+ new String(response.getBody().readAllBytes()));
		System.out.println("steward import answered " + body.substring(0, Math.min(300, body.length())));
		return JsonMapper.builder().build().readTree(body.substring(body.indexOf('\n') + 1));
	}

	private static String resident() throws IOException {
		return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(line -> line.startsWith("VmRSS"))
			.map(line -> line.replaceAll("\\s+", " ").substring(7)).findFirst().orElse("?");
	}

}
