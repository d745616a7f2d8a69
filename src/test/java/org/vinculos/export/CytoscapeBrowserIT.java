package org.vinculos.export;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.vinculos.support.HeadlessChromium;
import org.vinculos.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Cytoscape.js JSON export loaded by Cytoscape.js itself (the webjar's build, in headless chromium): every node and
 * edge becomes an element, which it would not be for a duplicate id or an edge to a node the file lacks.
 */
@IntegrationTest
class CytoscapeBrowserIT {

	@LocalServerPort
	int port;

	@TempDir
	Path page;

	@RegisterExtension
	final HeadlessChromium chromium = new HeadlessChromium();

	@Test
	void cytoscapeJsMakesAnElementOfEveryNodeAndEdgeOfTheExport() throws Exception {
		String exported = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port
					+ "/export?format=cyjs&center=inegi:14039&depth=2")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		JsonNode elements = JsonMapper.builder().build().readTree(exported).get("elements");
		Set<String> ids = new HashSet<>();
		elements.get("nodes").forEach(node -> ids.add(node.get("data").get("id").asString()));
		elements.get("edges").forEach(edge -> ids.add(edge.get("data").get("id").asString()));
		Files.write(this.page.resolve("cytoscape.min.js"), webjar("dist/cytoscape.min.js"));
		Files.writeString(this.page.resolve("exported.js"), "window.exported = " + exported + ";");
		Files.writeString(this.page.resolve("index.html"),
				"<!doctype html><script src=\"cytoscape.min.js\"></script><script src=\"exported.js\"></script>");

		this.chromium.browser().get(this.page.resolve("index.html").toUri().toString());
		@SuppressWarnings("unchecked")
		Map<String, Object> loaded = (Map<String, Object>) ((JavascriptExecutor) this.chromium.browser()).executeScript("""
				const cy = cytoscape({ headless: true, elements: window.exported.elements });
				return { nodes: cy.nodes().length, edges: cy.edges().length,
				         ids: cy.elements().map(element => element.id()),
				         guadalajara: cy.getElementById('inegi:14039').connectedEdges('[type = "SISTER_CITY"]').length };
				""");

		assertThat(elements.get("nodes").size()).isGreaterThan(1000);
		assertThat(ids).hasSize(elements.get("nodes").size() + elements.get("edges").size());
		assertThat(loaded.get("nodes")).isEqualTo((long) elements.get("nodes").size());
		assertThat(loaded.get("edges")).isEqualTo((long) elements.get("edges").size());
		assertThat(new HashSet<>((List<?>) loaded.get("ids"))).isEqualTo(ids);
		assertThat((Long) loaded.get("guadalajara")).isGreaterThan(5);
	}

	/** A file of the cytoscape webjar, whichever version the build resolved. */
	private static byte[] webjar(String file) throws IOException {
		ClassLoader classes = CytoscapeBrowserIT.class.getClassLoader();
		Properties pom = new Properties();
		try (InputStream in = classes.getResourceAsStream("META-INF/maven/org.webjars.npm/cytoscape/pom.properties")) {
			pom.load(in);
		}
		try (InputStream in = classes
			.getResourceAsStream("META-INF/resources/webjars/cytoscape/" + pom.getProperty("version") + "/" + file)) {
			return in.readAllBytes();
		}
	}

}
