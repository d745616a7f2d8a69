package org.vinculos.seed.convert;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts how every name of the source files was matched, and lists what was left out and why.
 */
final class MatchReport {

	private record Key(String country, String name) implements Comparable<Key> {
		@Override
		public int compareTo(Key other) {
			return Comparator.comparing(Key::country).thenComparing(Key::name).compare(this, other);
		}
	}

	private record LeftOut(int candidates, List<String> examples) {
	}

	private final Map<String, Integer> matchedBy = new TreeMap<>();

	private final Map<Key, Integer> matchedNames = new TreeMap<>();

	private final Map<Key, Integer> leftOutCount = new TreeMap<>();

	private final Map<Key, LeftOut> leftOut = new TreeMap<>();

	private final Map<String, Integer> unknownCountries = new TreeMap<>();

	private final List<String> municipalitiesWithoutCoordinates = new ArrayList<>();

	private final List<String> projectionsWithoutMunicipality = new ArrayList<>();

	private final List<Integer> selfPairs = new ArrayList<>();

	private final Map<String, int[]> datasetCounts = new TreeMap<>();

	private final Map<String, Map<String, Integer>> datasetLeftOut = new TreeMap<>();

	private final List<String> ocrRepairs = new ArrayList<>();

	private final Map<String, List<String>> sections = new LinkedHashMap<>();

	private String dataset;

	private int pairsLeftOut;

	private int links;

	/** Matches from now on count for this dataset, or for the sister-city pairs again when null. */
	void dataset(String name) {
		this.dataset = name;
		if (name != null) {
			this.datasetCounts.putIfAbsent(name, new int[2]);
			this.datasetLeftOut.putIfAbsent(name, new TreeMap<>());
		}
	}

	/** An item of a section of its own at the end of the report, such as what a geography file could not place. */
	void note(String section, String item) {
		this.sections.computeIfAbsent(section, k -> new ArrayList<>()).add(item);
	}

	void ocrRepair(String ref, String what) {
		this.ocrRepairs.add(ref + ": " + what);
	}

	void matched(String country, String name, String how) {
		if (this.dataset != null) {
			this.datasetCounts.get(this.dataset)[0]++;
			return;
		}
		this.matchedBy.merge(how, 1, Integer::sum);
		this.matchedNames.merge(new Key(country, name), 1, Integer::sum);
	}

	void leftOut(String country, String name, int candidates, List<String> examples) {
		if (this.dataset != null) {
			this.datasetCounts.get(this.dataset)[1]++;
			this.datasetLeftOut.get(this.dataset).merge((country + " " + name).strip() + ((candidates == 0) ? ": no match"
					: ": ambiguous, " + candidates + " candidates: " + String.join("; ", examples.stream().limit(5).toList())),
					1, Integer::sum);
			return;
		}
		Key key = new Key(country, name);
		this.leftOutCount.merge(key, 1, Integer::sum);
		this.leftOut.putIfAbsent(key, new LeftOut(candidates, examples.stream().limit(5).toList()));
	}

	void unknownCountry(String name) {
		if (this.dataset != null) {
			this.datasetCounts.get(this.dataset)[1]++;
			this.datasetLeftOut.get(this.dataset).merge(name + ": unknown country", 1, Integer::sum);
			return;
		}
		this.unknownCountries.merge(name, 1, Integer::sum);
	}

	void municipalityWithoutCoordinates(String code, String name, String seat) {
		this.municipalitiesWithoutCoordinates.add(code + " " + name + " (seat: " + seat + ")");
	}

	void projectionWithoutMunicipality(String code, String name, int line) {
		this.projectionsWithoutMunicipality.add(code + " " + name + " (mexico/poblacion.csv:" + line + ")");
	}

	void pairWithItself(int line) {
		this.selfPairs.add(line);
	}

	void pairLeftOut() {
		this.pairsLeftOut++;
	}

	void links(int count) {
		this.links = count;
	}

	void write(Path summary, Path detailDir) {
		try {
			Files.createDirectories(detailDir);
			writeUnresolved(detailDir.resolve("unresolved-cities.csv"));
			Files.writeString(summary, summaryText(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void writeUnresolved(Path file) {
		try (var out = new CsvOut(file, List.of("country", "name", "occurrences", "reason", "candidates", "examples"))) {
			this.leftOut.forEach((key, value) -> out.row(key.country(), key.name(), this.leftOutCount.get(key),
					(value.candidates() == 0) ? "no match" : "ambiguous", value.candidates(), value.examples()));
		}
	}

	private String summaryText() {
		int ambiguousNames = (int) this.leftOut.values().stream().filter(v -> v.candidates() > 0).count();
		int ambiguousOccurrences = this.leftOut.entrySet().stream().filter(e -> e.getValue().candidates() > 0)
			.mapToInt(e -> this.leftOutCount.get(e.getKey())).sum();
		int unmatchedNames = this.leftOut.size() - ambiguousNames;
		int unmatchedOccurrences = this.leftOutCount.values().stream().mapToInt(Integer::intValue).sum() - ambiguousOccurrences;
		StringBuilder text = new StringBuilder();
		text.append("# Data quality of the seed\n\n")
			.append("Written by the seed conversion (`./mvnw -Pconvert-seed verify`, class `SeedConverter`); do not edit by hand.\n")
			.append("Nothing below was guessed: a name that matched no place, or several places of which none is at least ")
			.append(SeedConverter.DOMINANCE).append(" times as populous as every other, is left out of the seed and listed here.\n\n")
			.append("## Sister-city pairs (`twinning/twin_cities_pairs.csv`)\n\n")
			.append("| what | count |\n|---|---|\n")
			.append("| distinct sister-city links in the seed | ").append(this.links).append(" |\n")
			.append("| pair rows left out (one side unresolved) | ").append(this.pairsLeftOut).append(" |\n")
			.append("| pair rows naming the same place twice | ").append(this.selfPairs.size()).append(" |\n")
			.append("| distinct names matched | ").append(this.matchedNames.size()).append(" |\n")
			.append("| distinct names ambiguous (left out) | ").append(ambiguousNames).append(" (")
			.append(ambiguousOccurrences).append(" occurrences) |\n")
			.append("| distinct names with no match (left out) | ").append(unmatchedNames).append(" (")
			.append(unmatchedOccurrences).append(" occurrences) |\n")
			.append("| occurrences naming an unknown country | ")
			.append(this.unknownCountries.values().stream().mapToInt(Integer::intValue).sum()).append(" |\n\n")
			.append("How the matched names were matched (occurrences):\n\n| rule | occurrences |\n|---|---|\n");
		this.matchedBy.forEach((how, count) -> text.append("| ").append(how).append(" | ").append(count).append(" |\n"));
		text.append("\nEvery ambiguous or unmatched name, with its candidates: ")
			.append("[`data-quality/unresolved-cities.csv`](data-quality/unresolved-cities.csv).\n\n")
			.append("Country names that name no ISO 3166-1 country (occurrences):\n\n");
		this.unknownCountries.forEach((name, count) -> text.append("- `").append(name).append("`: ").append(count).append('\n'));
		text.append("\n## Network member lists\n\n| dataset | members matched | left out |\n|---|---|---|\n");
		this.datasetCounts.forEach((name, counts) -> text.append("| ").append(name).append(" | ").append(counts[0])
			.append(" | ").append(counts[1]).append(" |\n"));
		this.datasetLeftOut.forEach((name, items) -> {
			if (!items.isEmpty()) {
				text.append("\nLeft out of ").append(name).append(":\n\n");
				items.forEach((item, count) -> text.append("- ").append(item)
					.append((count > 1) ? " (" + count + " rows)" : "").append('\n'));
			}
		});
		text.append("\n## OCR repairs in the book's tables\n\n");
		this.ocrRepairs.forEach(item -> text.append("- ").append(item).append('\n'));
		text.append("\n## Mexican municipalities (`inegi/municipios_completo.json`)\n\n")
			.append("Municipalities whose seat has no GeoNames place of the same name in the same municipality, so no coordinates (")
			.append(this.municipalitiesWithoutCoordinates.size()).append("):\n\n");
		this.municipalitiesWithoutCoordinates.forEach(m -> text.append("- ").append(m).append('\n'));
		text.append("\nCONAPO projection rows whose code is not in the INEGI catalogue (")
			.append(this.projectionsWithoutMunicipality.size()).append("):\n\n");
		this.projectionsWithoutMunicipality.forEach(p -> text.append("- ").append(p).append('\n'));
		this.sections.forEach((section, items) -> {
			text.append("\n## ").append(section).append("\n\n");
			items.forEach(item -> text.append("- ").append(item).append('\n'));
		});
		return text.toString();
	}

}
