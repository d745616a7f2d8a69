package org.vinculos.seed.convert;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the tables of the SRE book (OCR text) into dated observations, repairing what OCR visibly broke and saying so.
 */
final class BookTables {

	/** One number of a table, for a state or for Mexico ("MX"). */
	record Observation(String id, String subject, String indicator, String breakdown, String date, int year, String value,
			String unit, String note, String sourceRef) {
	}

	/** The counterpart types of Table 4, in column order. */
	static final List<String> COUNTERPART_TYPES = List.of("governmental", "international organization", "NGO", "private");

	/** The world regions of Table 5, in column order. */
	static final List<String> WORLD_REGIONS = List.of("North America", "Latin America and the Caribbean", "Europe", "Asia",
			"Africa and Oceania", "Global organizations");

	/** A cooperation area (topic) with its names. */
	record Topic(String id, String name, String nameEs) {
	}

	/** The areas of Table 6, keyed by their folded OCR spelling ("Educacién" for Educación). */
	static final Map<String, Topic> AREA_TOPICS = Map.ofEntries(
			Map.entry("educacien", new Topic("topic:education", "Education", "Educación")),
			Map.entry("cultura", new Topic("topic:culture", "Culture", "Cultura")),
			Map.entry("turismo", new Topic("topic:tourism", "Tourism", "Turismo")),
			Map.entry("cienciay tecnologia", new Topic("topic:science-technology", "Science and technology", "Ciencia y tecnología")),
			Map.entry("promocien al comercio", new Topic("topic:trade-promotion", "Trade promotion", "Promoción al comercio")),
			Map.entry("promocien ala inversion", new Topic("topic:investment-promotion", "Investment promotion", "Promoción a la inversión")),
			Map.entry("desarrollo urbano", new Topic("topic:urban-development", "Urban development", "Desarrollo urbano")),
			Map.entry("medio ambiente", new Topic("topic:environment", "Environment", "Medio ambiente")),
			Map.entry("entrenamiento de capital humano", new Topic("topic:human-capital-training", "Human-capital training", "Formación de capital humano")),
			Map.entry("seguridad", new Topic("topic:security", "Security", "Seguridad")));

	/** Presidential terms by the year they began, as Table 3 lists them. */
	static final Map<String, String> TERMS = Map.of("1982", "1982-1988 Miguel de la Madrid", "1988",
			"1988-1994 Carlos Salinas de Gortari", "1994", "1994-2000 Ernesto Zedillo", "2000", "2000-2006 Vicente Fox", "2006",
			"2006-2012 Felipe Calderón", "2012", "2012-2018 Enrique Peña Nieto", "2018", "2018-2024 Andrés Manuel López Obrador",
			"2024", "2024- Claudia Sheinbaum Pardo");

	private static final Pattern TERM_ROW = Pattern.compile("^\\s*(.+?) \\((.+?)\\) ([\\d,]+) ([\\d.]+)%\\s*$");

	private static final Pattern AREA_ROW = Pattern.compile("^\\s*(.+?) (\\d+\\.\\d+)\\s*\\(\\d+\\).*$");

	private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?%?|0\\]");

	private final Documents documents;

	private final StateNames states;

	private final MatchReport report;

	private final List<Observation> observations = new ArrayList<>();

	private final Map<String, Long> table2Totals = new HashMap<>();

	private final Map<Topic, String> areaLines = new LinkedHashMap<>();

	/** Resolves the state names of the tables, OCR spellings included. */
	interface StateNames {

		/** The region id of a state name, "MX" for the national total row, or null when it names none. */
		String resolve(String name, String ref);

	}

	BookTables(Documents documents, StateNames states, MatchReport report) {
		this.documents = documents;
		this.states = states;
		this.report = report;
	}

	List<Observation> read() {
		readScores(1378, 1411);
		readTable2(1432, 1465);
		readTerms(1497, 1514);
		readCounterparts(1532, 1564);
		readWorldRegions(1581, 1624);
		readAreas(1679, 1688);
		readChapter2(2010, 2040);
		return this.observations;
	}

	/** Table 1: the internationalization score (0 to 3) of each state in the first half of 2005, 2010, ... 2025. */
	private void readScores(int first, int last) {
		int[] years = { 2005, 2010, 2015, 2020, 2025 };
		forEachRow(first, last, (line, name, numbers) -> {
			String subject = Names.fold(name).equals("promedio") ? "MX" : this.states.resolve(name, ref(line));
			if (subject == null || numbers.size() != years.length) {
				return;
			}
			for (int i = 0; i < years.length; i++) {
				String value = numbers.get(i);
				String note = null;
				if (!value.contains(".")) {
					// A 0-3 score has two decimals: OCR dropped the point of "2.40".
					note = "OCR read \"" + value + "\"; taken as " + value.charAt(0) + "." + value.substring(1);
					value = value.charAt(0) + "." + value.substring(1);
				}
				add("internationalization-score:" + subject + ":" + years[i], subject, "internationalization_score",
						subject.equals("MX") ? "mean of states" : "total", null, years[i], value, "score", note, ref(line));
			}
		});
	}

	/** Table 2: agreements per state and level of government, as of 2025-01-01. */
	private void readTable2(int first, int last) {
		forEachRow(first, last, (line, name, numbers) -> {
			String subject = subject(name, line);
			if (subject == null || numbers.size() != 5) {
				return;
			}
			this.table2Totals.put(subject, Long.parseLong(count(numbers.get(0))));
			String prefix = "agreements:sre2025-ch1-t2:" + subject + ":";
			add(prefix + "total", subject, "agreements", "total", "2025-01-01", 2025, numbers.get(0), "count", null, ref(line));
			add(prefix + "level:state", subject, "agreements", "level:state", "2025-01-01", 2025, count(numbers.get(1)),
					"count", ocrNote(numbers.get(1)), ref(line));
			add(prefix + "level:municipal", subject, "agreements", "level:municipal", "2025-01-01", 2025,
					count(numbers.get(3)), "count", ocrNote(numbers.get(3)), ref(line));
		});
	}

	/** Table 3: agreements per presidential term and before/after NAFTA, as of 2025-01-01. */
	private void readTerms(int first, int last) {
		List<String> lines = this.documents.lines(DocumentFacts.BOOK, first, last);
		for (int i = 0; i < lines.size(); i++) {
			Matcher row = TERM_ROW.matcher(lines.get(i));
			if (row.matches()) {
				String label = Names.fold(row.group(1));
				String breakdown = label.startsWith("pre tlcan") ? "nafta:before" : label.startsWith("post tlcan") ? "nafta:after"
						: "term:" + TERMS.get(row.group(2).substring(0, 4));
				add("agreements:sre2025-ch1-t3:MX:" + breakdown, "MX", "agreements", breakdown, "2025-01-01", 2025,
						row.group(3).replace(",", ""), "count", null, ref(first + i));
			}
		}
	}

	/** Table 4: agreements per state and counterpart type, as of 2025-01-01. */
	private void readCounterparts(int first, int last) {
		readColumns(first, last, "sre2025-ch1-t4", "counterpart", COUNTERPART_TYPES, null);
	}

	/** Table 5: agreements per state and the counterpart's world region; its title says 2020, its totals are 2025's. */
	private void readWorldRegions(int first, int last) {
		readColumns(first, last, "sre2025-ch1-t5", "region", WORLD_REGIONS,
				"the table's title says (2020); its totals are those of the 2025-01-01 registry");
	}

	private void readColumns(int first, int last, String table, String dimension, List<String> columns, String tableNote) {
		forEachRow(first, last, (line, name, numbers) -> {
			String subject = subject(name, line);
			if (subject == null) {
				return;
			}
			List<Long> counts = counts(numbers);
			if (counts.size() != columns.size()) {
				this.report.ocrRepair(ref(line), name + ": " + counts.size() + " columns instead of " + columns.size()
						+ "; row left out");
				return;
			}
			int missing = counts.indexOf(null);
			for (int i = 0; i < columns.size(); i++) {
				Long value = counts.get(i);
				String note = tableNote;
				if (value == null) {
					// OCR lost the count but kept the rest of the row: the total of Table 2 minus the other columns.
					long others = counts.stream().filter(c -> c != null).mapToLong(Long::longValue).sum();
					value = this.table2Totals.get(subject) - others;
					note = "inferred: OCR lost this cell; Table 2's total minus the other columns"
							+ ((tableNote != null) ? "; " + tableNote : "");
					this.report.ocrRepair(ref(line), name + " " + columns.get(i) + " inferred as " + value);
				}
				String breakdown = dimension + ":" + columns.get(i);
				add("agreements:" + table + ":" + subject + ":" + breakdown, subject, "agreements", breakdown, "2025-01-01",
						2025, String.valueOf(value), "count", (i == missing || tableNote != null) ? note : null, ref(line));
			}
		});
	}

	/** Table 6: the share of all agreements that include each cooperation area (several areas per agreement). */
	private void readAreas(int first, int last) {
		List<String> lines = this.documents.lines(DocumentFacts.BOOK, first, last);
		for (int i = 0; i < lines.size(); i++) {
			Matcher row = AREA_ROW.matcher(lines.get(i));
			if (row.matches()) {
				Topic topic = AREA_TOPICS.get(Names.fold(row.group(1)));
				if (topic == null) {
					throw new IllegalStateException("Unknown area in Table 6: " + row.group(1));
				}
				this.areaLines.put(topic, ref(first + i));
				add("agreements:sre2025-ch1-t6:MX:area:" + topic.id(), "MX", "agreements_share", "area:" + topic.id(), "2025-01-01",
						2025, row.group(2), "percent", "areas overlap: an agreement may cover several", ref(first + i));
			}
		}
	}

	/** The second chapter's Table 1, from the registry consulted on 2025-03-08; OCR kept only some of its rows. */
	private void readChapter2(int first, int last) {
		forEachRow(first, last, (line, name, numbers) -> {
			String subject = subject(name, line);
			if (subject == null || numbers.size() != 3) {
				return;
			}
			String prefix = "agreements:sre2025-ch2-t1:" + subject + ":";
			add(prefix + "level:state", subject, "agreements", "level:state", "2025-03-08", 2025, numbers.get(0), "count", null, ref(line));
			add(prefix + "level:municipal", subject, "agreements", "level:municipal", "2025-03-08", 2025, numbers.get(1), "count", null, ref(line));
			add(prefix + "total", subject, "agreements", "total", "2025-03-08", 2025, numbers.get(2), "count", null, ref(line));
		});
	}

	/** Each area of Table 6 and the line that names it; filled by {@link #read()}. */
	Map<Topic, String> areaLines() {
		return this.areaLines;
	}

	private interface RowHandler {

		void row(int line, String name, List<String> numbers);

	}

	/**
	 * Calls the handler for every line of a table that starts with a name and goes on with numbers; a following line
	 * with no digit ("Sur", "México") completes the name, as OCR splits long names.
	 */
	private void forEachRow(int first, int last, RowHandler handler) {
		List<String> lines = this.documents.lines(DocumentFacts.BOOK, first, last);
		for (int i = 0; i < lines.size(); i++) {
			String text = lines.get(i).strip();
			Matcher number = NUMBER.matcher(text);
			int start = -1;
			while (number.find()) {
				if (number.start() == 0 || text.charAt(number.start() - 1) == ' ') {
					start = number.start();
					break;
				}
			}
			if (start <= 0) {
				continue;
			}
			String name = text.substring(0, start).strip();
			for (int j = i + 1; j < lines.size() && j <= i + 2; j++) {
				String next = lines.get(j).strip();
				if (!next.isEmpty() && !next.matches(".*\\d.*") && next.split(" ").length == 1) {
					name = name + " " + next;
					break;
				}
				if (!next.isEmpty()) {
					break;
				}
			}
			List<String> numbers = List.of(text.substring(start).replace(",", "").split("\\s+"));
			handler.row(first + i, name, numbers);
		}
	}

	/** Pairs of (count, percentage), where OCR may have lost a count (null) or a percentage. */
	private static List<Long> counts(List<String> tokens) {
		List<Long> counts = new ArrayList<>();
		boolean lastHasPercent = true;
		for (String token : tokens) {
			if (token.endsWith("%")) {
				if (lastHasPercent) {
					counts.add(null);
				}
				lastHasPercent = true;
			}
			else {
				counts.add(Long.parseLong(count(token)));
				lastHasPercent = false;
			}
		}
		return counts;
	}

	private String subject(String name, int line) {
		return Names.fold(name).equals("total") ? "MX" : this.states.resolve(name, ref(line));
	}

	private static String count(String token) {
		return token.equals("0]") ? "0" : token;
	}

	private static String ocrNote(String token) {
		return token.equals("0]") ? "OCR read \"0]\"; taken as 0" : null;
	}

	private static String ref(int line) {
		return DocumentFacts.BOOK + ":" + line;
	}

	private void add(String id, String subject, String indicator, String breakdown, String date, int year, String value,
			String unit, String note, String sourceRef) {
		this.observations.add(new Observation(id, subject, indicator, breakdown, date, year, value, unit, note, sourceRef));
	}

}
