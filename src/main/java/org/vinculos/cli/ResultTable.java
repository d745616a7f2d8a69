package org.vinculos.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Entity;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Relationship;
import org.neo4j.driver.types.TypeSystem;

/**
 * Prints the rows a Cypher statement returns as an aligned table, the first {@value #MAX_ROWS} of them, so that
 * stewards see what the example queries answer; nodes show their labels and id, links their type and properties.
 */
final class ResultTable {

	static final int MAX_ROWS = 100;

	private static final int MAX_WIDTH = 60;

	private ResultTable() {
	}

	static void print(List<String> keys, List<Record> records, PrintStream out) {
		List<List<String>> rows = new ArrayList<>();
		rows.add(keys);
		records.stream().limit(MAX_ROWS)
			.forEach(record -> rows.add(record.values().stream().map(ResultTable::cell).toList()));
		int[] widths = new int[keys.size()];
		rows.forEach(row -> {
			for (int c = 0; c < row.size(); c++) {
				widths[c] = Math.max(widths[c], row.get(c).length());
			}
		});
		for (List<String> row : rows) {
			StringBuilder line = new StringBuilder();
			for (int c = 0; c < row.size(); c++) {
				line.append((c < row.size() - 1) ? String.format(Locale.ROOT, "%-" + widths[c] + "s  ", row.get(c)) : row.get(c));
			}
			out.println(line.toString().stripTrailing());
		}
		if (records.size() > MAX_ROWS) {
			out.printf(Locale.ROOT, "… %,d more rows%n", records.size() - MAX_ROWS);
		}
	}

	/** A value as one line of at most {@value #MAX_WIDTH} characters. */
	private static String cell(Value value) {
		String text = text(value).replaceAll("\\s+", " ");
		return (text.length() > MAX_WIDTH) ? text.substring(0, MAX_WIDTH - 1) + "…" : text;
	}

	private static String text(Value value) {
		TypeSystem types = TypeSystem.getDefault();
		if (value.isNull()) {
			return "";
		}
		if (value.hasType(types.STRING())) {
			return value.asString();
		}
		if (value.hasType(types.LIST())) {
			return value.asList(ResultTable::text).stream().collect(Collectors.joining(", ", "[", "]"));
		}
		// Nodes and links are maps to the type system too.
		if (value.hasType(types.NODE())) {
			return node(value.asNode());
		}
		if (value.hasType(types.RELATIONSHIP())) {
			return relationship(value.asRelationship());
		}
		if (value.hasType(types.MAP())) {
			return value.asMap(ResultTable::text).entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
				.collect(Collectors.joining(", ", "{", "}"));
		}
		return value.toString();
	}

	private static String node(Node node) {
		List<String> labels = new ArrayList<>();
		node.labels().forEach(labels::add);
		labels.sort(null);
		return "(" + String.join(":", labels) + " " + id(node) + ")";
	}

	private static String relationship(Relationship relationship) {
		return "[:" + relationship.type() + " " + relationship.asMap(ResultTable::text).entrySet().stream()
			.map(e -> e.getKey() + ": " + e.getValue()).sorted().collect(Collectors.joining(", ", "{", "}")) + "]";
	}

	private static String id(Entity entity) {
		Value id = entity.get("id");
		return id.isNull() ? entity.elementId() : text(id);
	}

}
