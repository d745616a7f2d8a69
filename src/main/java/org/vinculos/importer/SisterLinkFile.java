package org.vinculos.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.vinculos.csv.CsvRecord;

/**
 * Checks the rows of a sister-city links file: {@code city_a,country_a,city_b,country_b,since,source}, and optionally
 * {@code id_a,id_b,until,status,source_url}.
 */
final class SisterLinkFile {

	static final List<String> REQUIRED = List.of("city_a", "country_a", "city_b", "country_b", "since", "source");

	static final List<String> OPTIONAL = List.of("id_a", "id_b", "until", "status", "source_url");

	private static final Set<String> STATUSES = Set.of("active", "inactive", "ended");

	private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

	private final CityResolver cities;

	private final List<ImportProblem> problems;

	SisterLinkFile(CityResolver cities, List<ImportProblem> problems) {
		this.cities = cities;
		this.problems = problems;
	}

	/** The valid rows; each invalid one adds its problems instead. */
	List<SisterLinkRow> check(List<CsvRecord> records) {
		List<SisterLinkRow> rows = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		for (CsvRecord record : records) {
			int before = this.problems.size();
			String a = city(record, "a");
			String b = city(record, "b");
			YearOrDate since = date(record, "since");
			YearOrDate until = date(record, "until");
			String status = value(record, "status");
			if (status != null && !STATUSES.contains(status)) {
				problem(record, "status", "status must be one of active, inactive, ended, got: " + status);
			}
			if (since != null && until != null && until.year() < since.year()) {
				problem(record, "until", "until (" + until.year() + ") is before since (" + since.year() + ")");
			}
			String source = value(record, "source");
			if (source == null) {
				problem(record, "source", "source is required: who states the link (a document, a registry, a URL)");
			}
			String url = value(record, "source_url");
			if (url != null && !(url.startsWith("https://") || url.startsWith("http://"))) {
				problem(record, "source_url", "source_url must be an http(s) URL, got: " + url);
			}
			if (a != null && b != null && a.equals(b)) {
				problem(record, "city_b", "a city cannot be its own sister city (" + a + ")");
			}
			if (this.problems.size() > before || a == null || b == null) {
				continue;
			}
			String low = (a.compareTo(b) < 0) ? a : b;
			String high = (a.compareTo(b) < 0) ? b : a;
			Integer previous = seen.putIfAbsent(low + "|" + high + "|" + source, record.line());
			if (previous != null) {
				problem(record, "city_a", "the same link and source as line " + previous);
				continue;
			}
			rows.add(new SisterLinkRow(record.line(), low, high, (since != null) ? since.year() : null,
					(since != null) ? since.date() : null, (until != null) ? until.year() : null, status, source, url));
		}
		return rows;
	}

	private String city(CsvRecord record, String side) {
		String id = value(record, "id_" + side);
		if (id != null) {
			if (!this.cities.exists(id)) {
				problem(record, "id_" + side, "no city has the id " + id);
				return null;
			}
			return id;
		}
		String name = value(record, "city_" + side);
		String given = value(record, "country_" + side);
		String country = (given != null) ? given.toUpperCase(Locale.ROOT) : null;
		if (name == null) {
			problem(record, "city_" + side, "city_" + side + " is required (or id_" + side + ")");
			return null;
		}
		if (country == null || !COUNTRY.matcher(country).matches()) {
			problem(record, "country_" + side, "country_" + side + " must be an ISO 3166-1 alpha-2 code such as MX, got: "
					+ ((given != null) ? given : "nothing"));
			return null;
		}
		List<String> ids = this.cities.named(name, country);
		if (ids.isEmpty()) {
			problem(record, "city_" + side, "no city named \"" + name + "\" in " + country);
			return null;
		}
		if (ids.size() > 1) {
			problem(record, "city_" + side, "\"" + name + "\" names " + ids.size() + " cities in " + country + " ("
					+ String.join(", ", ids.subList(0, Math.min(5, ids.size()))) + (ids.size() > 5 ? ", ..." : "")
					+ "); give id_" + side);
			return null;
		}
		return ids.getFirst();
	}

	private YearOrDate date(CsvRecord record, String column) {
		String text = value(record, column);
		if (text == null) {
			return null;
		}
		try {
			return YearOrDate.parse(column, text);
		}
		catch (IllegalArgumentException ex) {
			problem(record, column, ex.getMessage());
			return null;
		}
	}

	private static String value(CsvRecord record, String column) {
		String value = record.get(column);
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private void problem(CsvRecord record, String column, String message) {
		int at = record.columnOf(column);
		this.problems.add(new ImportProblem(record.fileName(), record.line(), (at > 0) ? at : 1, message));
	}

}
