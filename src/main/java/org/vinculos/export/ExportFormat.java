package org.vinculos.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;

import org.vinculos.graph.Graph;

/**
 * The file formats a graph is exported in: GraphML (yEd, Gephi, Cytoscape), GEXF 1.3 with the years links and
 * agreements began and ended (Gephi's timeline), Cytoscape.js JSON, and CSV (nodes, then edges after a blank line).
 */
public enum ExportFormat {

	/** GraphML, every property a typed key. */
	GRAPHML("application/graphml+xml", "graphml"),

	/**
	 * GEXF 1.3, dynamic: an edge or node with a start or end year carries it; an edge's kind is its relationship type,
	 * so Gephi keeps edges of different types between two entities apart.
	 */
	GEXF("application/gexf+xml", "gexf"),

	/** Cytoscape.js elements JSON. */
	CYJS("application/json", "cyjs"),

	/** Two CSV tables, nodes then edges, separated by a blank line. */
	CSV("text/csv", "csv");

	private final String mediaType;

	private final String extension;

	ExportFormat(String mediaType, String extension) {
		this.mediaType = mediaType;
		this.extension = extension;
	}

	public String mediaType() {
		return this.mediaType;
	}

	public String extension() {
		return this.extension;
	}

	/** The format by its name (graphml, gexf, cyjs, csv), or null. */
	public static @Nullable ExportFormat named(String name) {
		for (ExportFormat format : values()) {
			if (format.extension.equalsIgnoreCase(name)) {
				return format;
			}
		}
		return null;
	}

	/** Leaves the writer open, for its owner to flush and close (a closed one fails the export that follows). */
	private static final JsonMapper JSON = JsonMapper.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

	/** Properties every export carries for a node, and for an edge, in this order. */
	private static final List<String> NODE_KEYS = List.of("type", "country", "population", "kind", "lat", "lon", "sources");

	private static final List<String> EDGE_KEYS = List.of("source", "sourceRef", "since", "until", "status", "role",
			"importRun");

	public void write(Graph graph, Writer out) throws IOException {
		switch (this) {
			case GRAPHML -> graphMl(graph, out);
			case GEXF -> gexf(graph, out);
			case CYJS -> cytoscape(graph, out);
			case CSV -> csv(graph, out);
		}
		out.flush();
	}

	private static void graphMl(Graph graph, Writer out) throws IOException {
		out.write("""
				<?xml version="1.0" encoding="UTF-8"?>
				<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
				  <key id="label" for="node" attr.name="label" attr.type="string"/>
				""");
		for (String key : NODE_KEYS) {
			out.write("  <key id=\"n_" + key + "\" for=\"node\" attr.name=\"" + key + "\" attr.type=\"" + type(key) + "\"/>\n");
		}
		out.write("  <key id=\"e_type\" for=\"edge\" attr.name=\"type\" attr.type=\"string\"/>\n");
		for (String key : EDGE_KEYS) {
			out.write("  <key id=\"e_" + key + "\" for=\"edge\" attr.name=\"" + key + "\" attr.type=\"" + type(key) + "\"/>\n");
		}
		out.write("  <graph id=\"vinculos\" edgedefault=\"directed\">\n");
		for (Graph.Node node : graph.nodes()) {
			out.write("    <node id=\"" + nameToken(node.id()) + "\"><data key=\"label\">" + xml(node.label()) + "</data>");
			for (var value : nodeValues(node).entrySet()) {
				out.write("<data key=\"n_" + value.getKey() + "\">" + xml(value.getValue()) + "</data>");
			}
			out.write("</node>\n");
		}
		int i = 0;
		for (Graph.Edge edge : graph.edges()) {
			out.write("    <edge id=\"e" + (i++) + "\" source=\"" + nameToken(edge.source()) + "\" target=\""
					+ nameToken(edge.target()) + "\"><data key=\"e_type\">" + edge.type() + "</data>");
			for (var value : edgeValues(edge).entrySet()) {
				out.write("<data key=\"e_" + value.getKey() + "\">" + xml(value.getValue()) + "</data>");
			}
			out.write("</edge>\n");
		}
		out.write("  </graph>\n</graphml>\n");
	}

	private static void gexf(Graph graph, Writer out) throws IOException {
		out.write("""
				<?xml version="1.0" encoding="UTF-8"?>
				<gexf xmlns="http://gexf.net/1.3" version="1.3">
				  <meta><creator>Vínculos</creator></meta>
				  <graph defaultedgetype="directed" mode="dynamic" timeformat="integer">
				    <attributes class="node">
				""");
		for (int i = 0; i < NODE_KEYS.size(); i++) {
			out.write("      <attribute id=\"" + i + "\" title=\"" + NODE_KEYS.get(i) + "\" type=\"" + type(NODE_KEYS.get(i))
					+ "\"/>\n");
		}
		out.write("    </attributes>\n    <attributes class=\"edge\">\n      <attribute id=\"type\" title=\"type\" type=\"string\"/>\n");
		for (int i = 0; i < EDGE_KEYS.size(); i++) {
			out.write("      <attribute id=\"" + i + "\" title=\"" + EDGE_KEYS.get(i) + "\" type=\"" + type(EDGE_KEYS.get(i))
					+ "\"/>\n");
		}
		out.write("    </attributes>\n    <nodes>\n");
		for (Graph.Node node : graph.nodes()) {
			out.write("      <node id=\"" + xml(node.id()) + "\" label=\"" + xml(node.label()) + "\"" + period(node.properties())
					+ "><attvalues>");
			Map<String, String> values = nodeValues(node);
			for (int i = 0; i < NODE_KEYS.size(); i++) {
				String value = values.get(NODE_KEYS.get(i));
				if (value != null) {
					out.write("<attvalue for=\"" + i + "\" value=\"" + xml(value) + "\"/>");
				}
			}
			out.write("</attvalues></node>\n");
		}
		out.write("    </nodes>\n    <edges>\n");
		int e = 0;
		for (Graph.Edge edge : graph.edges()) {
			out.write("      <edge id=\"" + (e++) + "\" source=\"" + xml(edge.source()) + "\" target=\"" + xml(edge.target())
					+ "\" kind=\"" + edge.type() + "\" label=\"" + edge.type() + "\"" + period(edge.properties())
					+ "><attvalues><attvalue for=\"type\" value=\"" + edge.type() + "\"/>");
			Map<String, String> values = edgeValues(edge);
			for (int i = 0; i < EDGE_KEYS.size(); i++) {
				String value = values.get(EDGE_KEYS.get(i));
				if (value != null) {
					out.write("<attvalue for=\"" + i + "\" value=\"" + xml(value) + "\"/>");
				}
			}
			out.write("</attvalues></edge>\n");
		}
		out.write("    </edges>\n  </graph>\n</gexf>\n");
	}

	/** A GEXF start and end from the years a fact began and ended (links: since/until; agreements: signed/ended). */
	private static String period(Map<String, Object> properties) {
		Object start = first(properties, "since", "signed", "founded");
		Object end = first(properties, "until", "ended");
		return ((start != null) ? " start=\"" + year(start) + "\"" : "") + ((end != null) ? " end=\"" + year(end) + "\"" : "");
	}

	private static @Nullable Object first(Map<String, Object> properties, String... keys) {
		for (String key : keys) {
			if (properties.get(key) != null) {
				return properties.get(key);
			}
		}
		return null;
	}

	private static String year(Object value) {
		String text = value.toString();
		return (text.length() >= 4) ? text.substring(0, 4) : text;
	}

	private static void cytoscape(Graph graph, Writer out) throws IOException {
		List<Map<String, Object>> nodes = new ArrayList<>();
		for (Graph.Node node : graph.nodes()) {
			Map<String, Object> data = new LinkedHashMap<>(node.properties());
			data.put("id", node.id());
			data.put("label", node.label());
			data.put("type", node.type());
			nodes.add(Map.of("data", data));
		}
		List<Map<String, Object>> edges = new ArrayList<>();
		for (Graph.Edge edge : graph.edges()) {
			Map<String, Object> data = new LinkedHashMap<>(edge.properties());
			data.put("id", edge.id());
			data.put("source", edge.source());
			data.put("target", edge.target());
			data.put("type", edge.type());
			if (edge.properties().get("source") != null) {
				data.put("cites", edge.properties().get("source"));
			}
			edges.add(Map.of("data", data));
		}
		JSON.writeValue(out, Map.of("elements", Map.of("nodes", nodes, "edges", edges)));
	}

	private static void csv(Graph graph, Writer out) throws IOException {
		out.write("id,label," + String.join(",", NODE_KEYS) + "\r\n");
		for (Graph.Node node : graph.nodes()) {
			Map<String, String> values = nodeValues(node);
			List<String> row = new ArrayList<>(List.of(node.id(), node.label()));
			NODE_KEYS.forEach(key -> row.add(values.get(key)));
			out.write(csvRow(row));
		}
		out.write("\r\nsource_id,target_id,type," + String.join(",", EDGE_KEYS) + "\r\n");
		for (Graph.Edge edge : graph.edges()) {
			Map<String, String> values = edgeValues(edge);
			List<String> row = new ArrayList<>(List.of(edge.source(), edge.target(), edge.type()));
			EDGE_KEYS.forEach(key -> row.add(values.get(key)));
			out.write(csvRow(row));
		}
	}

	private static Map<String, String> nodeValues(Graph.Node node) {
		Map<String, String> values = new LinkedHashMap<>();
		if (node.type() != null) {
			values.put("type", node.type());
		}
		for (String key : List.of("country", "population", "kind")) {
			if (node.properties().get(key) != null) {
				values.put(key, String.valueOf(node.properties().get(key)));
			}
		}
		if (node.properties().get("location") instanceof Map<?, ?> location) {
			values.put("lat", String.valueOf(location.get("lat")));
			values.put("lon", String.valueOf(location.get("lon")));
		}
		if (node.properties().get("sources") instanceof List<?> sources) {
			values.put("sources", String.join("|", sources.stream().map(String::valueOf).toList()));
		}
		return values;
	}

	private static Map<String, String> edgeValues(Graph.Edge edge) {
		Map<String, String> values = new LinkedHashMap<>();
		for (String key : EDGE_KEYS) {
			if (edge.properties().get(key) != null) {
				values.put(key, String.valueOf(edge.properties().get(key)));
			}
		}
		return values;
	}

	private static final Set<String> NUMBERS = Set.of("population", "since", "until");

	private static final Set<String> DECIMALS = Set.of("lat", "lon");

	private static String type(String key) {
		return NUMBERS.contains(key) ? "long" : DECIMALS.contains(key) ? "double" : "string";
	}

	/**
	 * A GraphML id. GraphML's schema wants XML name tokens, so any other character (the {@code >} of a diaspora's id)
	 * is written {@code _xHHHH_}, as SQL/XML escapes names; the other formats keep ids as they are.
	 */
	static String nameToken(String id) {
		StringBuilder token = new StringBuilder(id.length());
		id.codePoints().forEach(c -> {
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-'
					|| c == '_' || c == ':') {
				token.append((char) c);
			}
			else {
				token.append(String.format(Locale.ROOT, (c > 0xFFFF) ? "_x%08X_" : "_x%04X_", c));
			}
		});
		return token.toString();
	}

	private static String xml(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

	private static String csvRow(List<String> fields) {
		List<String> quoted = new ArrayList<>();
		for (String field : fields) {
			if (field == null) {
				quoted.add("");
			}
			else if (field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
				quoted.add("\"" + field.replace("\"", "\"\"") + "\"");
			}
			else {
				quoted.add(field);
			}
		}
		return String.join(",", quoted) + "\r\n";
	}

}
