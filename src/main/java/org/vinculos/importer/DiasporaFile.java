package org.vinculos.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.Driver;

import org.vinculos.csv.CsvRecord;
import org.vinculos.provenance.Sources;

/**
 * Checks the rows of a diaspora observations file: {@code origin,destination,year,stock,source}, and optionally
 * {@code source_url}. Origin and destination are country codes ({@code MX}) or the ids of states and cities
 * ({@code MX-14}, {@code US-CA}, {@code inegi:14039}).
 */
final class DiasporaFile {

	static final List<String> REQUIRED = List.of("origin", "destination", "year", "stock", "source");

	static final List<String> OPTIONAL = List.of("source_url");

	private final CityResolver cities;

	private final Set<String> places = new HashSet<>();

	private final Rows rows;

	DiasporaFile(CityResolver cities, Driver driver, List<ImportProblem> problems) {
		this.cities = cities;
		this.rows = new Rows(problems);
		driver.executableQuery("MATCH (p:Entity) WHERE p:Country OR p:Region RETURN p.id AS id").execute().records()
			.forEach(r -> this.places.add(r.get("id").asString()));
	}

	List<ImportRow> check(List<CsvRecord> records, String file) {
		List<ImportRow> valid = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		for (CsvRecord record : records) {
			int before = this.rows.problems();
			String origin = place(record, "origin");
			String destination = place(record, "destination");
			if (origin != null && origin.equals(destination)) {
				this.rows.problem(record, "destination", "a diaspora lives outside its origin");
			}
			YearOrDate year = this.rows.date(record, "year");
			if (year == null && Rows.value(record, "year") == null) {
				this.rows.problem(record, "year", "year is required");
			}
			Long stock = null;
			String text = Rows.value(record, "stock");
			try {
				stock = (text != null) ? Long.valueOf(text.replace(",", "")) : null;
			}
			catch (NumberFormatException ex) {
				stock = -1L;
			}
			if (stock == null || stock < 0) {
				this.rows.problem(record, "stock", "stock must be a whole number of people, got: " + text);
			}
			String source = this.rows.source(record);
			if (this.rows.problems() > before) {
				continue;
			}
			String key = origin + ">" + destination;
			Integer previous = seen.putIfAbsent(key + "|" + year.year() + "|" + source, record.line());
			if (previous != null) {
				this.rows.problem(record, "origin", "the same diaspora, year and source as line " + previous);
				continue;
			}
			valid.add(new ImportRow(parameters(origin, destination, year.year(), stock, source, file + ":" + record.line()),
					source, Rows.value(record, "source_url")));
		}
		return valid;
	}

	/**
	 * A figure as the write reads it, from a file's row or a steward's mutation: the diaspora is keyed on its places,
	 * the figure on its source, places and year.
	 */
	static Map<String, Object> parameters(String origin, String destination, int year, long stock, String source,
			String sourceRef) {
		String key = origin + ">" + destination;
		Map<String, Object> p = new HashMap<>();
		p.put("origin", origin);
		p.put("destination", destination);
		p.put("diaspora", diasporaId(origin, destination));
		p.put("observation", "migrant-stock:" + Sources.id(source) + ":" + key + ":" + year);
		p.put("year", year);
		p.put("stock", stock);
		p.put("source", Sources.id(source));
		p.put("sourceRef", sourceRef);
		return p;
	}

	/** The id of the diaspora of people born in {@code origin} living in {@code destination}. */
	static String diasporaId(String origin, String destination) {
		return "diaspora:" + origin + ">" + destination;
	}

	private String place(CsvRecord record, String column) {
		String text = Rows.value(record, column);
		if (text == null) {
			this.rows.problem(record, column, column + " is required: a country code (MX) or a state or city id");
			return null;
		}
		String id = (text.length() == 2) ? text.toUpperCase(Locale.ROOT) : text;
		if (!this.places.contains(id) && !this.cities.exists(id)) {
			this.rows.problem(record, column, "no country, state or city has the id " + text);
			return null;
		}
		return id;
	}

}
