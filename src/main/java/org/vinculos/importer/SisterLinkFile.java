package org.vinculos.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.vinculos.city.SisterLinkRules;
import org.vinculos.city.SisterLinkStatement;
import org.vinculos.city.SisterLinkWriter;
import org.vinculos.csv.CsvRecord;
import org.vinculos.provenance.Checks;
import org.vinculos.provenance.ImportRow;
import org.vinculos.provenance.Problem;

/**
 * Checks the rows of a sister-city links file: {@code city_a,country_a,city_b,country_b,since,source}, and optionally
 * {@code id_a,id_b,until,status,source_url}.
 */
final class SisterLinkFile {

	static final List<String> REQUIRED = List.of("city_a", "country_a", "city_b", "country_b", "since", "source");

	static final List<String> OPTIONAL = List.of("id_a", "id_b", "until", "status", "source_url");

	private static final Map<String, String> COLUMNS = Map.of("cityA", "city_a", "cityB", "city_b", "sourceUrl",
			"source_url");

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
			// The cities are found by name or id here; the rules then check the statement as they check a mutation's.
			String a = city(record, "a");
			String b = city(record, "b");
			SisterLinkStatement link = new SisterLinkStatement(a, b, Rows.value(record, "since"), Rows.value(record, "until"),
					Rows.value(record, "status"), Rows.value(record, "source"), Rows.value(record, "source_url"));
			SisterLinkRules.Checked checked = SisterLinkRules.check(link, id -> id != null);
			this.rows.place(record, checked.problems().stream()
				.filter(problem -> problem.code() != Problem.Code.NOT_FOUND).toList(), COLUMNS);
			// A city not found has added its problem.
			if (this.rows.problems() > before || a == null || b == null) {
				continue;
			}
			String low = (a.compareTo(b) < 0) ? a : b;
			String high = (a.compareTo(b) < 0) ? b : a;
			Integer previous = seen.putIfAbsent(low + "|" + high + "|" + link.source(), record.line());
			if (previous != null) {
				this.rows.problem(record, "city_a", "the same link and source as line " + previous);
				continue;
			}
			valid.add(SisterLinkWriter.row(link, checked, file + ":" + record.line()));
		}
		return valid;
	}

	private @Nullable String city(CsvRecord record, String side) {
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
		if (country == null || !Checks.isCountryCode(country)) {
			this.rows.problem(record, "country_" + side, "country_" + side
					+ " must be an ISO 3166-1 alpha-2 code such as MX, got: " + ((given != null) ? given : "nothing"));
			return null;
		}
		return this.rows.oneCity(record, "city_" + side, this.cities.named(name, country), name, country, "id_" + side);
	}

}
