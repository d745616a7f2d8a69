package org.vinculos.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import org.vinculos.csv.CsvRecord;
import org.vinculos.provenance.Sources;

/**
 * Checks the rows of a sister-city links file: {@code city_a,country_a,city_b,country_b,since,source}, and optionally
 * {@code id_a,id_b,until,status,source_url}.
 */
final class SisterLinkFile {

	static final List<String> REQUIRED = List.of("city_a", "country_a", "city_b", "country_b", "since", "source");

	static final List<String> OPTIONAL = List.of("id_a", "id_b", "until", "status", "source_url");

	private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

	private final CityResolver cities;

	private final Rows rows;

	SisterLinkFile(CityResolver cities, List<ImportProblem> problems) {
		this.cities = cities;
		this.rows = new Rows(problems);
	}

	/** The valid rows; each invalid one adds its problems instead. */
	List<ImportRow> check(List<CsvRecord> records, String file) {
		List<ImportRow> valid = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		for (CsvRecord record : records) {
			int before = this.rows.problems();
			String a = city(record, "a");
			String b = city(record, "b");
			YearOrDate since = this.rows.date(record, "since");
			YearOrDate until = this.rows.date(record, "until");
			String status = Rows.value(record, "status");
			if (status != null && !ImportService.STATUSES.contains(status)) {
				this.rows.problem(record, "status", "status must be one of active, inactive, ended, got: " + status);
			}
			if (since != null && until != null && until.year() < since.year()) {
				this.rows.problem(record, "until", "until (" + until.year() + ") is before since (" + since.year() + ")");
			}
			String source = this.rows.source(record);
			if (a != null && b != null && a.equals(b)) {
				this.rows.problem(record, "city_b", "a city cannot be its own sister city (" + a + ")");
			}
			if (this.rows.problems() > before) {
				continue;
			}
			String low = (a.compareTo(b) < 0) ? a : b;
			String high = (a.compareTo(b) < 0) ? b : a;
			Integer previous = seen.putIfAbsent(low + "|" + high + "|" + source, record.line());
			if (previous != null) {
				this.rows.problem(record, "city_a", "the same link and source as line " + previous);
				continue;
			}
			valid.add(new ImportRow(parameters(low, high, since, until, status, source, file + ":" + record.line()), source,
					Rows.value(record, "source_url")));
		}
		return valid;
	}

	/**
	 * The parameters of one link, its cities in id order (links are stored once, from the lower id); an absent value
	 * (no until, say) has no entry.
	 */
	static Map<String, Object> parameters(String cityA, String cityB, YearOrDate since, YearOrDate until, String status,
			String source, String sourceRef) {
		Map<String, Object> p = new HashMap<>();
		p.put("a", (cityA.compareTo(cityB) < 0) ? cityA : cityB);
		p.put("b", (cityA.compareTo(cityB) < 0) ? cityB : cityA);
		p.put("since", (since != null) ? since.year() : null);
		p.put("sinceDate", (since != null) ? since.date() : null);
		p.put("until", (until != null) ? until.year() : null);
		p.put("status", status);
		p.put("source", Sources.id(source));
		p.put("sourceRef", sourceRef);
		// A large file keeps one such map a row until its write commits: an immutable copy without the absent
		// values takes a third of a HashMap's memory, which the collector then copies less often.
		p.values().removeIf(Objects::isNull);
		return Map.copyOf(p);
	}

	private String city(CsvRecord record, String side) {
		String id = Rows.value(record, "id_" + side);
		if (id != null) {
			if (!this.cities.exists(id)) {
				this.rows.problem(record, "id_" + side, "no city has the id " + id);
				return null;
			}
			return id;
		}
		String name = Rows.value(record, "city_" + side);
		String given = Rows.value(record, "country_" + side);
		String country = (given != null) ? given.toUpperCase(Locale.ROOT) : null;
		if (name == null) {
			this.rows.problem(record, "city_" + side, "city_" + side + " is required (or id_" + side + ")");
			return null;
		}
		if (country == null || !COUNTRY.matcher(country).matches()) {
			this.rows.problem(record, "country_" + side, "country_" + side
					+ " must be an ISO 3166-1 alpha-2 code such as MX, got: " + ((given != null) ? given : "nothing"));
			return null;
		}
		return this.rows.oneCity(record, "city_" + side, this.cities.named(name, country), name, country, "id_" + side);
	}

}
