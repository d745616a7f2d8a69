package org.vinculos.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vinculos.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.FileSystemResource;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
@TestPropertySource(properties = { "vinculos.security.accounts=ana:ANALYST:{noop}ana-secret,sam:STEWARD:{noop}sam-secret",
		"VINCULOS_IMPORT_MAX_SIZE=64KB" })
class ImportHttpIT {

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	@TempDir
	Path directory;

	@Test
	void aStewardImportsFilesOverHttpAllOrNothingAndAgainWithoutChange() throws IOException {
		Path links = write("http-links.csv", """
				city_a,country_a,city_b,country_b,since,source,id_a,id_b
				,,,,1994,HTTP import test,inegi:26030,geonames:643492
				""");

		Response first = post("sam", "sam-secret", Map.of(), links);
		Response again = post("sam", "sam-secret", Map.of(), links);

		assertThat(first.status()).isEqualTo(200);
		JsonNode file = first.json().get("files").get(0);
		assertThat(file.get("file").asString()).isEqualTo("http-links.csv");
		assertThat(file.get("created").asLong()).isEqualTo(1);
		assertThat(again.json().get("files").get(0).get("unchanged").asLong()).isEqualTo(1);
		assertThat(this.neo4j.query("""
				MATCH (:City {id: 'inegi:26030'})-[l:SISTER_CITY]-(:City {id: 'geonames:643492'}), (r:__ImportRun {id: l.importRun})
				WHERE l.source STARTS WITH 'steward:http-import-test' RETURN r.user + ' ' + r.file""")
			.fetchAs(String.class).one()).contains("sam http-links.csv");
	}

	@Test
	void problemsComeBackAs422WithTheUploadedFileNameLineAndColumnAndNothingIsWritten() throws IOException {
		Path good = write("http-good.csv", """
				city_a,country_a,city_b,country_b,since,source,id_a,id_b
				,,,,1995,HTTP import problem test,inegi:26030,geonames:3117735
				""");
		Path bad = write("http-bad.csv", """
				city_a,country_a,city_b,country_b,since,source
				Atlántida,MX,Oulu,FI,19x5,HTTP import problem test
				""");

		Response response = post("sam", "sam-secret", Map.of(), good, bad);

		assertThat(response.status()).isEqualTo(422);
		assertThat(response.json().get("problems").values()).extracting(p -> p.get("file").asString() + ":"
				+ p.get("line").asInt() + ":" + p.get("column").asInt() + ": " + p.get("message").asString())
			.containsExactly("http-bad.csv:2:1: no city named \"Atlántida\" in MX (a city the graph lacks is added by a cities file, in the same import or before)",
					"http-bad.csv:2:22: since must be a year (1995) or a date (1995-06-30), got: 19x5");
		assertThat(links("steward:http-import-problem-test")).isZero();
	}

	@Test
	void aDryRunOverHttpCountsAndWritesNothing() throws IOException {
		Path links = write("http-dry.csv", """
				city_a,country_a,city_b,country_b,since,source,id_a,id_b
				,,,,1996,HTTP dry run test,inegi:26030,geonames:3117735
				""");

		Response response = post("sam", "sam-secret", Map.of("dryRun", "true"), links);

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().get("dryRun").asBoolean()).isTrue();
		assertThat(response.json().get("files").get(0).get("created").asLong()).isEqualTo(1);
		assertThat(links("steward:http-dry-run-test")).isZero();
	}

	@Test
	void anUploadOverTheLimitIsRefusedWith413NamingTheLimitAndNothingIsWritten() throws IOException {
		StringBuilder rows = new StringBuilder("city_a,country_a,city_b,country_b,since,source,id_a,id_b\n");
		for (int i = 0; rows.length() <= 64 * 1024; i++) {
			rows.append(",,,,").append(1900 + i % 100).append(",HTTP upload limit test,inegi:26030,geonames:3117735\n");
		}
		Path large = write("http-large.csv", rows.toString());

		Response response = post("sam", "sam-secret", Map.of(), large);

		assertThat(response.status()).isEqualTo(413);
		assertThat(response.json().get("detail").asString()).isEqualTo("the upload is larger than the 64KB this server "
				+ "takes; send the files one by one, or start the server with VINCULOS_IMPORT_MAX_SIZE set higher");
		assertThat(links("steward:http-upload-limit-test")).isZero();
	}

	@Test
	void aRequestWithoutFilePartsIsToldHowToSendThem() throws IOException {
		Path links = write("http-raw.csv", """
				city_a,country_a,city_b,country_b,since,source,id_a,id_b
				,,,,1998,HTTP raw body test,inegi:26030,geonames:3117735
				""");

		Response raw = RestClient.create("http://127.0.0.1:" + this.port).post().uri("/import")
			.headers(headers -> headers.setBasicAuth("sam", "sam-secret"))
			.contentType(MediaType.parseMediaType("text/csv")).body(Files.readString(links))
			.exchange((request, response) -> new Response(response.getStatusCode().value(),
					new String(response.getBody().readAllBytes()), List.of()));
		Response misnamed = post("sam", "sam-secret", Map.of("dryRun", "true"));

		assertThat(raw.status()).isEqualTo(415);
		assertThat(raw.json().get("detail").asString()).isEqualTo("the request is text/csv, not files; send each file "
				+ "as a multipart/form-data part named file, as in curl -u NAME -F file=@links.csv -F file=@cities.csv "
				+ "http://HOST/import");
		assertThat(misnamed.status()).isEqualTo(400);
		assertThat(misnamed.json().get("detail").asString()).startsWith("no file to import: send each file as a "
				+ "multipart/form-data part named file");
		assertThat(links("steward:http-raw-body-test")).isZero();
	}

	@Test
	void anAnalystGets403AndAnAnonymousCaller401AndNothingIsWritten() throws IOException {
		Path links = write("http-refused.csv", """
				city_a,country_a,city_b,country_b,since,source,id_a,id_b
				,,,,1997,HTTP refused import test,inegi:26030,geonames:3117735
				""");

		Response analyst = post("ana", "ana-secret", Map.of(), links);
		Response anonymous = post(null, null, Map.of(), links);

		assertThat(analyst.status()).isEqualTo(403);
		assertThat(anonymous.status()).isEqualTo(401);
		assertThat(anonymous.headers()).anySatisfy(header -> assertThat(header).startsWith("Basic"));
		assertThat(links("steward:http-refused-import-test")).isZero();
	}

	private long links(String sourcePrefix) {
		return this.neo4j.query("MATCH ()-[l:SISTER_CITY]->() WHERE l.source STARTS WITH $prefix RETURN count(l)")
			.bind(sourcePrefix).to("prefix").fetchAs(Long.class).one().orElseThrow();
	}

	private Path write(String name, String content) throws IOException {
		return Files.writeString(this.directory.resolve(name), content);
	}

	private Response post(String user, String password, Map<String, String> parameters, Path... files) {
		MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		for (Path file : files) {
			parts.add("file", new FileSystemResource(file));
		}
		parameters.forEach(parts::add);
		return RestClient.create("http://127.0.0.1:" + this.port).post().uri("/import")
			.headers(headers -> {
				if (user != null) {
					headers.setBasicAuth(user, password);
				}
			})
			.contentType(MediaType.MULTIPART_FORM_DATA).body(parts)
			.exchange((request, response) -> new Response(response.getStatusCode().value(),
					new String(response.getBody().readAllBytes()), response.getHeaders().getOrEmpty("WWW-Authenticate")));
	}

	private record Response(int status, String body, List<String> headers) {

		JsonNode json() {
			return JsonMapper.builder().build().readTree(this.body);
		}

	}

}
