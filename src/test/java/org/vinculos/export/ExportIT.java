package org.vinculos.export;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vinculos.importer.ImportReport;
import org.vinculos.importer.ImportService;
import org.vinculos.support.CommandLine;
import org.vinculos.support.CommandLine.Result;
import org.vinculos.support.GraphQlClients;
import org.vinculos.support.IntegrationTest;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
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
		importDatedFactsOfOulu();

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
	void gephiOpensTheGexfExportWithEveryNodeEdgeTypeAndYear() throws Exception {
		Path file = exportOulu("gexf");
		Document gexf = xml(Files.readString(file));
		List<Element> nodes = elements(gexf, "node");
		List<Element> edges = elements(gexf, "edge");
		Set<String> types = new TreeSet<>();
		edges.forEach(edge -> types.add(edge.getAttribute("kind")));
		List<Element> datedNodes = nodes.stream().filter(ExportIT::dated).toList();
		List<Element> datedEdges = edges.stream().filter(ExportIT::dated).toList();
		List<Integer> years = new ArrayList<>();
		for (Element element : concat(datedNodes, datedEdges)) {
			for (String bound : List.of("start", "end")) {
				if (element.hasAttribute(bound)) {
					years.add(Integer.valueOf(element.getAttribute(bound)));
				}
			}
		}

		GephiView gephi = openInGephi(file).getFirst();

		assertThat(types).contains("SISTER_CITY", "MEMBER_OF", "IN_COUNTRY", "PARTY");
		assertThat(datedEdges).extracting(edge -> edge.getAttribute("start") + "-" + edge.getAttribute("end"))
			.contains("1990-2005");
		assertThat(datedNodes).extracting(node -> node.getAttribute("start") + "-" + node.getAttribute("end"))
			.contains("1991-2004");
		assertThat(gephi.issues()).isEmpty();
		assertThat(gephi.nodes()).isEqualTo(nodes.size());
		// Gephi keeps one edge a type between two nodes, weighing it by how many the file gives.
		assertThat(gephi.edges()).isEqualTo(distinct(edges, "source", "target", "kind"));
		assertThat(gephi.weights()).isEqualTo(edges.size());
		assertThat(gephi.types()).isEqualTo(types);
		assertThat(gephi.dynamic()).isTrue();
		assertThat(gephi.datedNodes()).isEqualTo(datedNodes.size());
		assertThat(gephi.datedEdges()).isEqualTo(distinct(datedEdges, "source", "target", "kind"));
		assertThat(gephi.start()).isEqualTo(Collections.min(years));
		assertThat(gephi.end()).isEqualTo(Collections.max(years));
	}

	@Test
	void graphMlExportsAreValidGraphMlThatGephiOpensWhole() throws Exception {
		Path file = exportOulu("graphml");
		Document graphMl = xml(Files.readString(file));
		List<Element> edges = elements(graphMl, "edge");

		SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
			.newSchema(Path.of("target/export-readers/graphml/graphml.xsd").toFile())
			.newValidator()
			.validate(new StreamSource(file.toFile()));
		GephiView gephi = openInGephi(file).getFirst();

		assertThat(elements(graphMl, "node")).extracting(node -> node.getAttribute("id"))
			.contains("geonames:643492", "diaspora:FI_x003E_MX");
		assertThat(gephi.issues()).isEmpty();
		assertThat(gephi.nodes()).isEqualTo(elements(graphMl, "node").size());
		assertThat(gephi.edges()).isEqualTo(distinct(edges, "source", "target"));
		assertThat(gephi.weights()).isEqualTo(edges.size());
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
	void aDrawingExportsExactlyItsEntitiesAndTheRelationshipsOfTheTypesItShows() throws Exception {
		String drawn = "\"ids\": [\"inegi:14039\", \"network:c40\", \"MX-14\"]";
		JsonNode all = JsonMapper.builder().build()
			.readTree(post("{\"format\": \"cyjs\", " + drawn + "}").body()).get("elements");
		JsonNode memberships = JsonMapper.builder().build()
			.readTree(post("{\"format\": \"cyjs\", \"types\": [\"MEMBER_OF\"], " + drawn + "}").body()).get("elements");
		HttpResponse<String> graphMl = post("{\"format\": \"graphml\", \"name\": \"inegi:14039\", " + drawn + "}");

		assertThat(all.get("nodes").valueStream().map(node -> node.get("data").get("id").asString()))
			.containsExactlyInAnyOrder("inegi:14039", "network:c40", "MX-14");
		assertThat(all.get("edges").valueStream().map(edge -> edge.get("data").get("type").asString()))
			.containsOnly("MEMBER_OF", "IN_REGION");
		assertThat(memberships.get("nodes")).hasSize(3);
		assertThat(memberships.get("edges").valueStream().map(edge -> edge.get("data").get("source").asString() + " "
				+ edge.get("data").get("type").asString() + " " + edge.get("data").get("target").asString()))
			.isNotEmpty()
			.containsOnly("inegi:14039 MEMBER_OF network:c40");
		assertThat(memberships.get("edges").size()).isEqualTo(all.get("edges").size() - 1);
		String membership = memberships.get("edges").get(0).get("data").get("id").asString();
		JsonNode oneEdge = JsonMapper.builder().build()
			.readTree(post("{\"format\": \"cyjs\", \"edges\": [\"" + membership + "\"], " + drawn + "}").body())
			.get("elements");
		assertThat(oneEdge.get("edges")).hasSize(1);
		assertThat(graphMl.headers().firstValue("Content-Disposition"))
			.hasValue("attachment; filename=\"vinculos-inegi-14039.graphml\"");
		assertThat(xml(graphMl.body()).getElementsByTagName("node").getLength()).isEqualTo(3);
	}

	@Test
	void aDrawingWithoutIdsOrWithAnUnknownIdIsRefusedSayingWhich() throws Exception {
		assertThat(List.of(post("{\"format\": \"gexf\", \"ids\": []}"),
				post("{\"format\": \"gexf\", \"ids\": [\"inegi:14039\", \"inegi:99999\"]}"),
				post("{\"format\": \"pdf\", \"ids\": [\"inegi:14039\"]}")))
			.extracting(response -> response.statusCode() + " "
					+ JsonMapper.builder().build().readTree(response.body()).get("detail").asString())
			.containsExactly("400 ids: name at least one drawn entity", "404 no entity has the id inegi:99999",
					"400 format must be graphml, gexf, cyjs or csv, got: pdf");
	}

	@Test
	void aBadFormatOrDepthIsABadRequestAndTheCommandLineWritesAFileInEveryFormat() throws Exception {
		HttpResponse<String> bad = get("/export?format=pdf");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(JsonMapper.builder().build().readTree(bad.body()).get("detail").asString())
			.isEqualTo("format must be graphml, gexf, cyjs or csv, got: pdf");
		assertThat(List.of(get("/export?format=gexf&center=inegi:14039&depth=abc"), get("/export?format=gexf&depth=2")))
			.extracting(response -> response.statusCode() + " "
					+ JsonMapper.builder().build().readTree(response.body()).get("detail").asString())
			.containsExactly("400 depth must be a number from 0 to 3, got: abc",
					"400 depth needs a center; without one the whole graph is exported");
		for (String format : List.of("graphml", "gexf", "cyjs", "csv")) {
			Path out = this.directory.resolve("around." + format);
			Result exported = CommandLine.run("export", "--format", format, "--out", out.toString(), "--center",
					"inegi:14039", "--depth", "1");

			assertThat(exported.status()).as(format).isZero();
			assertThat(exported.err()).as(format).isEmpty();
			assertThat(exported.out()).as(format).contains("wrote " + out + " (inegi:14039, depth 1)");
			assertThat(this.directory.resolve("around." + format + ".part")).doesNotExist();
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
		Result refused = CommandLine.run("export", "--format", "gexf", "--out", out.toString(), "--center", "inegi:99999");

		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(JsonMapper.builder().build().readTree(missing.body()).get("detail").asString())
			.isEqualTo("no entity has the id inegi:99999");
		assertThat(refused.status()).isEqualTo(1);
		assertThat(refused.err()).contains("--center inegi:99999: no entity has the id inegi:99999; nothing was written");
		assertThat(out).doesNotExist();
	}

	@Test
	void theCommandLineRefusesADepthWithoutACentreAndAnOutputInNoDirectory() {
		Path nowhere = this.directory.resolve("no-such-folder").resolve("out.gexf");

		Result depthAlone = CommandLine.run("export", "--format", "gexf", "--out", this.directory.resolve("all.gexf").toString(),
				"--depth", "2");
		Result noDirectory = CommandLine.run("export", "--format", "gexf", "--out", nowhere.toString(), "--center",
				"inegi:14039");

		assertThat(depthAlone.status()).isEqualTo(2);
		assertThat(depthAlone.err()).startsWith("--depth 2 needs --center ID; without a centre the whole graph is exported");
		assertThat(noDirectory.status()).isEqualTo(1);
		assertThat(noDirectory.err())
			.isEqualTo(nowhere + ": cannot write: no such directory " + nowhere.getParent() + System.lineSeparator());
		assertThat(this.directory.resolve("all.gexf")).doesNotExist();
	}

	/**
	 * Hermosillo and Oulu twinned from 1990 to 2005, with an agreement in force from 1991 to 2004, imported
	 * idempotently by every test that needs the years.
	 */
	private void importDatedFactsOfOulu() throws Exception {
		Path link = Files.writeString(this.directory.resolve("dated.csv"), """
				city_a,country_a,city_b,country_b,since,source,until
				Hermosillo,MX,Oulu,FI,1990,Export test source,2005
				""");
		Path agreement = Files.writeString(this.directory.resolve("dated-agreement.csv"), """
				title,kind,level,mexican_party,counterpart,counterpart_country,counterpart_type,areas,signed,ended,status,registered,source,source_url
				Convenio de prueba de exportación,convenio,municipal,Hermosillo,Oulu,FI,governmental,Agua,1991-04-02,2004-12-31,ended,sí,Export test source,
				""");
		ImportReport report = this.importer.importFiles(List.of(link, agreement), null, false, "export-test",
				(rows, total) -> {
				});
		assertThat(report.problems()).isEmpty();
	}

	/** Oulu's neighbourhood at depth 2, with the dated facts, exported over HTTP into a file. */
	private Path exportOulu(String format) throws Exception {
		importDatedFactsOfOulu();
		return Files.writeString(this.directory.resolve("oulu." + format),
				get("/export?format=" + format + "&center=geonames:643492&depth=2").body());
	}

	/** How many edges differ in the given attributes. */
	private static int distinct(List<Element> edges, String... attributes) {
		return (int) edges.stream().map(edge -> Arrays.stream(attributes).map(edge::getAttribute).toList()).distinct().count();
	}

	/**
	 * Opens the files as Gephi does: its toolkit, run by {@code src/test/gephi/GephiReader.java} in a JVM of its own
	 * because it bundles libraries this project uses in other versions.
	 */
	private List<GephiView> openInGephi(Path... files) throws Exception {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Djava.awt.headless=true", "-Duser.home=" + this.directory, "-Djava.io.tmpdir=" + this.directory, "-cp",
				"target/export-readers/gephi-toolkit.jar", "src/test/gephi/GephiReader.java"));
		Arrays.stream(files).map(Path::toString).forEach(command::add);
		Path log = this.directory.resolve("gephi.log");
		Process gephi = new ProcessBuilder(command).redirectError(log.toFile()).start();
		String out = new String(gephi.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(gephi.waitFor(2, TimeUnit.MINUTES)).isTrue();
		assertThat(gephi.exitValue()).as(() -> readQuietly(log)).isZero();
		return out.lines().map(line -> line.split("\t", -1)).map(GephiView::of).toList();
	}

	/**
	 * What Gephi made of a file: its nodes, edges and their summed weights, whether it has a timeline, its bounds and
	 * the nodes and edges on it, the edge types, and the importer's issues.
	 */
	private record GephiView(int nodes, int edges, long weights, boolean dynamic, Integer start, Integer end,
			int datedNodes, int datedEdges, Set<String> types, String issues) {

		static GephiView of(String[] fields) {
			assertThat(fields).as(String.join(" ", fields)).hasSize(11);
			return new GephiView(Integer.parseInt(fields[1]), Integer.parseInt(fields[2]), Long.parseLong(fields[3]),
					Boolean.parseBoolean(fields[4]), fields[5].isEmpty() ? null : Integer.valueOf(fields[5]),
					fields[6].isEmpty() ? null : Integer.valueOf(fields[6]), Integer.parseInt(fields[7]),
					Integer.parseInt(fields[8]), fields[9].isEmpty() ? Set.of() : new TreeSet<>(List.of(fields[9].split(","))),
					fields[10]);
		}

	}

	private static boolean dated(Element element) {
		return element.hasAttribute("start") || element.hasAttribute("end");
	}

	private static String readQuietly(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			return ex.toString();
		}
	}

	private static List<Element> elements(Document document, String tag) {
		NodeList nodes = document.getElementsByTagName(tag);
		List<Element> elements = new ArrayList<>(nodes.getLength());
		for (int i = 0; i < nodes.getLength(); i++) {
			elements.add((Element) nodes.item(i));
		}
		return elements;
	}

	private static List<Element> concat(List<Element> first, List<Element> second) {
		List<Element> both = new ArrayList<>(first);
		both.addAll(second);
		return both;
	}

	private HttpResponse<String> get(String path) throws Exception {
		return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String drawing) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/export"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(drawing))
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static Document xml(String text) throws Exception {
		return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(text)));
	}

}
