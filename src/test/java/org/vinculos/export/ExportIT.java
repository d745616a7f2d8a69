package org.vinculos.export;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vinculos.cli.Cli;
import org.vinculos.importer.ImportService;
import org.vinculos.support.GraphQlClients;
import org.vinculos.support.IntegrationTest;
import org.vinculos.support.SharedTestDatabase;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ExportIT {

	@LocalServerPort
	int port;

	@Autowired
	ImportService importer;

	@TempDir
	Path directory;

	@Test
	void aNeighbourhoodExportsAsGraphMlWithTheNodesAndEdgesOfTheGraphQuery() throws Exception {
		var graph = GraphQlClients.overHttp(this.port)
			.document("{ graph(centerIds: [\"inegi:02004\"], depth: 1, limit: 2000) { nodes { id } edges { source } } }")
			.executeSync();

		Document graphMl = xml(get("/export?format=graphml&center=inegi:02004&depth=1").body());

		assertThat(graphMl.getElementsByTagName("node").getLength())
			.isEqualTo(graph.field("graph.nodes").<List<?>>getValue().size());
		assertThat(graphMl.getElementsByTagName("edge").getLength())
			.isEqualTo(graph.field("graph.edges").<List<?>>getValue().size());
		assertThat(((Element) graphMl.getElementsByTagName("node").item(0)).getAttribute("id")).isEqualTo("inegi:02004");
	}

	@Test
	void gexfCarriesTheYearsALinkBeganAndEnded() throws Exception {
		Path file = Files.writeString(this.directory.resolve("dated.csv"), """
				city_a,country_a,city_b,country_b,since,source,until
				Hermosillo,MX,Oulu,FI,1990,Export test source,2005
				""");
		this.importer.importFiles(List.of(file), null, false, "export-test", (rows, total) -> {
		});

		Document gexf = xml(get("/export?format=gexf&center=geonames:643492&depth=1").body());

		boolean dated = false;
		for (int i = 0; i < gexf.getElementsByTagName("edge").getLength(); i++) {
			Element edge = (Element) gexf.getElementsByTagName("edge").item(i);
			if (edge.getAttribute("start").equals("1990") && edge.getAttribute("end").equals("2005")) {
				dated = true;
			}
		}
		assertThat(dated).isTrue();
	}

	@Test
	void cytoscapeJsonAndCsvExportTheSameNeighbourhood() throws Exception {
		JsonNode cyjs = JsonMapper.builder().build().readTree(get("/export?format=cyjs&center=inegi:09&depth=1").body());
		String csv = get("/export?format=csv&center=inegi:09&depth=1").body();

		int nodes = cyjs.get("elements").get("nodes").size();
		int edges = cyjs.get("elements").get("edges").size();
		assertThat(nodes).isGreaterThan(10);
		String[] tables = csv.split("\r\n\r\n");
		assertThat(tables[0].split("\r\n")).hasSize(nodes + 1);
		assertThat(tables[1].strip().split("\r\n")).hasSize(edges + 1);
		assertThat(cyjs.get("elements").get("edges").get(0).get("data").has("cites")).isTrue();
	}

	@Test
	void anUnknownFormatIsABadRequestAndTheCommandLineWritesAFileInEveryFormat() throws Exception {
		HttpResponse<String> bad = get("/export?format=pdf");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(JsonMapper.builder().build().readTree(bad.body()).get("detail").asString())
			.isEqualTo("format must be graphml, gexf, cyjs or csv, got: pdf");
		for (String format : List.of("graphml", "gexf", "cyjs", "csv")) {
			Path out = this.directory.resolve("around." + format);
			ByteArrayOutputStream stdout = new ByteArrayOutputStream();
			ByteArrayOutputStream stderr = new ByteArrayOutputStream();
			int status = new Cli(new PrintStream(stdout, true, StandardCharsets.UTF_8),
					new PrintStream(stderr, true, StandardCharsets.UTF_8)).run(new String[] { "export", "--format", format,
							"--out", out.toString(), "--center", "inegi:14039", "--depth", "1",
							"--spring.neo4j.uri=" + SharedTestDatabase.boltUri() });

			assertThat(status).as(format).isZero();
			assertThat(stderr.toString(StandardCharsets.UTF_8)).as(format).isEmpty();
			assertThat(stdout.toString(StandardCharsets.UTF_8)).as(format).contains("wrote " + out + " (inegi:14039, depth 1)");
			String written = Files.readString(out);
			switch (format) {
				case "graphml", "gexf" -> assertThat(xml(written).getElementsByTagName("node").getLength()).isGreaterThan(10);
				case "cyjs" -> assertThat(JsonMapper.builder().build().readTree(written).get("elements").get("nodes").size())
					.isGreaterThan(10);
				default -> assertThat(written.split("\r\n\r\n")[0].split("\r\n").length).isGreaterThan(11);
			}
		}
	}

	@Test
	void anUnknownCentreIsNotFoundOverHttpAndAnErrorOnTheCommandLineThatWritesNothing() throws Exception {
		HttpResponse<String> missing = get("/export?format=gexf&center=inegi:99999&depth=1");
		Path out = this.directory.resolve("missing.gexf");
		ByteArrayOutputStream stderr = new ByteArrayOutputStream();
		int status = new Cli(System.out, new PrintStream(stderr, true, StandardCharsets.UTF_8)).run(new String[] { "export",
				"--format", "gexf", "--out", out.toString(), "--center", "inegi:99999",
				"--spring.neo4j.uri=" + SharedTestDatabase.boltUri() });

		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(JsonMapper.builder().build().readTree(missing.body()).get("detail").asString())
			.isEqualTo("no entity has the id inegi:99999");
		assertThat(status).isEqualTo(1);
		assertThat(stderr.toString(StandardCharsets.UTF_8))
			.contains("--center inegi:99999: no entity has the id inegi:99999; nothing was written");
		assertThat(out).doesNotExist();
	}

	private HttpResponse<String> get(String path) throws Exception {
		return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static Document xml(String text) throws Exception {
		return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(text)));
	}

}
