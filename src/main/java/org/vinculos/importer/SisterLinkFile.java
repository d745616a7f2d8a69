package org.vinculos.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import org.vinculos.city.SisterLinkRules;
import org.vinculos.city.SisterLinkStatement;
import org.vinculos.csv.CsvRecord;
import org.vinculos.provenance.Problem;
import org.vinculos.provenance.Sources;
import org.vinculos.provenance.YearOrDate;

/**
 * Checks the rows of a sister-city links file: {@code city_a,country_a,city_b,country_b,since,source}, and optionally
 * {@code id_a,id_b,until,status,source_url}.
 */
final class SisterLinkFile {

	static final List<String> REQUIRED = List.of("city_a", "country_a", "city_b", "country_b", "since", "source");

	static final List<String> OPTIONAL = List.of("id_a", "id_b", "until", "status", "source_url");

	private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

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
			if (this.rows.problems() > before) {
				continue;
			}
			String low = (a.compareTo(b) < 0) ? a : b;
			String high = (a.compareTo(b) < 0) ? b : a;
			Integer previous = seen.putIfAbsent(low + "|" + high + "|" + link.source(), record.line());
			if (previous != null) {
				this.rows.problem(record, "city_a", "the same link and source as line " + previous);
				continue;
			}
			valid.add(new ImportRow(parameters(link, checked, file + ":" + record.line()), link.source(), link.sourceUrl()));
		}
		return valid;
	}

	/**
	 * The parameters of one link the rules passed, its cities in id order (links are stored once, from the lower id);
	 * an absent value (no until, say) has no entry.
	 * @param at where it was stated: {@code file:line}, or the mutation
	 */
	static Map<String, Object> parameters(SisterLinkStatement link, SisterLinkRules.Checked checked, String at) {
		YearOrDate since = checked.since();
		YearOrDate until = checked.until();
		boolean ordered = link.cityA().compareTo(link.cityB()) < 0;
		Map<String, Object> p = new HashMap<>();
		p.put("a", ordered ? link.cityA() : link.cityB());
		p.put("b", ordered ? link.cityB() : link.cityA());
		p.put("since", (since != null) ? since.year() : null);
		p.put("sinceDate", (since != null) ? since.date() : null);
		p.put("until", (until != null) ? until.year() : null);
		p.put("status", link.status());
		p.put("source", Sources.id(link.source().strip()));
		p.put("sourceRef", at);
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
