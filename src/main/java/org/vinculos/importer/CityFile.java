package org.vinculos.importer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Point;

import org.vinculos.city.CityRules;
import org.vinculos.city.CityStatement;
import org.vinculos.city.CityWriter;
import org.vinculos.city.Places;
import org.vinculos.csv.CsvRecord;
import org.vinculos.provenance.Checks;
import org.vinculos.provenance.ImportRow;
import org.vinculos.provenance.Problem;
import org.vinculos.provenance.YearOrDate;

/**
 * Checks the rows of a cities file: {@code name,country,source}, and optionally
 * {@code id,region,kind,names,population,population_year,latitude,longitude,source_url}.
 *
 * <p>A row names a city by id, or by name and country as {@code city(...)} does. A city that does not exist yet is
 * created (with the id given, or {@code city:<region or country>:<name>}); one that exists gains the row's alternate
 * names and population figure, and the kind, state and coordinates it lacks. A row never overwrites what another
 * source states: a different kind, state or position is an error, to be settled with that source.
 */
final class CityFile {

	static final List<String> REQUIRED = List.of("name", "country", "source");

	static final List<String> OPTIONAL = List.of("id", "region", "kind", "names", "population", "population_year",
			"latitude", "longitude", "source_url");

	private static final Map<String, String> COLUMNS = Map.of("populationYear", "population_year", "sourceUrl",
			"source_url");

	private final CityResolver cities;

	private final Driver driver;

	private final Places places;

	private final Rows rows;

	CityFile(CityResolver cities, Driver driver, Places places, List<ImportProblem> problems) {
		this.cities = cities;
		this.driver = driver;
		this.places = places;
		this.rows = new Rows(problems);
	}

	/** A statement on its way: which (a file's row by its index), where it was stated, and where its problems go. */
	private record Stated(int index, CityStatement city, String at, Consumer<List<Problem>> report,
			Set<String> unreadable) {
	}

	/** A statement the rules passed, under the id it was found to have. */
	private record Found(Stated stated, String id) {
	}

	List<ImportRow> check(List<CsvRecord> records, String file) {
		List<Stated> stated = new ArrayList<>();
		for (CsvRecord record : records) {
			Set<String> unreadable = new HashSet<>();
			CityStatement city = statement(record, unreadable);
			stated.add(new Stated(stated.size(), city, file + ":" + record.line(),
					problems -> this.rows.place(record, problems, COLUMNS), unreadable));
		}
		Map<String, Integer> seen = new HashMap<>();
		List<ImportRow> valid = new ArrayList<>();
		for (Found found : check(stated)) {
			CsvRecord record = records.get(found.stated().index());
			Integer previous = seen.putIfAbsent(found.id(), record.line());
			if (previous != null) {
				this.rows.problem(record, (found.stated().city().id() != null) ? "id" : "name",
						"the same city (" + found.id() + ") as line " + previous);
				continue;
			}
			valid.add(row(found));
		}
		return valid;
	}

	/** A steward's statement of one city, checked as a file's row is: its row, or none after telling its problems. */
	@Nullable ImportRow checkOne(CityStatement city, String at, List<Problem> problems) {
		List<Found> found = check(List.of(new Stated(0, city, at, problems::addAll, Set.of())));
		return found.isEmpty() ? null : row(found.getFirst());
	}

	private ImportRow row(Found found) {
		CityStatement city = found.stated().city();
		List<String> names = new ArrayList<>(List.of(Objects.requireNonNull(city.name(),
				"the name passed its rules").strip()));
		names.addAll(city.names());
		this.cities.declare(found.id(), Objects.requireNonNull(CityRules.country(city), "the country passed its rules"),
				names);
		return CityWriter.row(city, found.id(), found.stated().at());
	}

	/**
	 * The rules on every statement, then the id each names its city by, then, for all at once, what the graph holds
	 * of those cities, which a statement may add to and never contradict.
	 */
	private List<Found> check(List<Stated> stated) {
		CityRules.Known known = known();
		List<Found> found = new ArrayList<>();
		for (Stated one : stated) {
			List<Problem> problems = new ArrayList<>(CityRules.values(one.city(), known).stream()
				.filter(problem -> !one.unreadable().contains(problem.field())).toList());
			String id = problems.isEmpty() && one.unreadable().isEmpty() ? CityRules.id(one.city(),
					(one.city().id() == null) ? this.cities.named(Objects.requireNonNull(one.city().name(),
							"the name passed its rules"),
							Objects.requireNonNull(CityRules.country(one.city()),
									"the country passed its rules")) : List.of(),
					problems) : null;
			one.report().accept(problems);
			if (id != null && problems.isEmpty()) {
				found.add(new Found(one, id));
			}
		}
		Map<String, CityRules.Stored> stored = stored(found.stream().map(Found::id).toList());
		List<Found> passed = new ArrayList<>();
		for (Found one : found) {
			CityRules.Stored old = stored.get(one.id());
			List<Problem> problems = (old != null) ? CityRules.contradictions(one.stated().city(), one.id(), old) : List.of();
			one.stated().report().accept(problems);
			if (problems.isEmpty()) {
				passed.add(one);
			}
		}
		return passed;
	}

	/**
	 * The row as a statement. A number whose text is no number is a problem of the row, and its field is added to
	 * {@code unreadable}, so that the rules, which see it as not stated, do not say so a second time.
	 */
	private CityStatement statement(CsvRecord record, Set<String> unreadable) {
		String alternates = Rows.value(record, "names");
		List<String> names = (alternates != null) ? Arrays.asList(alternates.split("\\|")) : List.of();
		Long population = null;
		String text = Rows.value(record, "population");
		if (text != null) {
			try {
				population = Long.valueOf(text);
			}
			catch (NumberFormatException ex) {
				this.rows.problem(record, "population", "population must be a whole number above zero, got: " + text);
				unreadable.add("population");
			}
		}
		// Read under the statement's name, so that a year out of range is said as the rules say it of a mutation's.
		List<Problem> unread = new ArrayList<>();
		YearOrDate parsed = Checks.yearOrDate(unread, "populationYear", Rows.value(record, "population_year"));
		Integer year = (parsed != null) ? parsed.year() : null;
		if (!unread.isEmpty()) {
			this.rows.place(record, unread, COLUMNS);
			unreadable.add("populationYear");
		}
		return new CityStatement(Rows.value(record, "id"), Rows.value(record, "name"), Rows.value(record, "country"),
				Rows.value(record, "region"), Rows.value(record, "kind"), names, population, year,
				decimal(record, "latitude", unreadable), decimal(record, "longitude", unreadable),
				Rows.value(record, "source"), Rows.value(record, "source_url"));
	}

	private @Nullable Double decimal(CsvRecord record, String column, Set<String> unreadable) {
		String text = Rows.value(record, column);
		if (text == null) {
			return null;
		}
		try {
			return Double.valueOf(text);
		}
		catch (NumberFormatException ex) {
			int bound = column.equals("latitude") ? 90 : 180;
			this.rows.problem(record, column, column + " must be a decimal number from " + -bound + " to " + bound
					+ ", got: " + text);
			unreadable.add(column);
			return null;
		}
	}

	private CityRules.Known known() {
		return new CityRules.Known(this.places.countryIds(), this.places.regionCountries());
	}

	/** What the graph holds of the cities (or other entities) with these ids. */
	private Map<String, CityRules.Stored> stored(List<String> ids) {
		Map<String, CityRules.Stored> stored = new HashMap<>();
		if (ids.isEmpty()) {
			return stored;
		}
		this.driver.executableQuery("""
				UNWIND $ids AS id
				MATCH (c:Entity {id: id})
				OPTIONAL MATCH (c)-[:IN_REGION]->(r:Region)
				RETURN c.id AS id, c:City AS city, c.country AS country, c.kind AS kind, r.id AS region, c.location AS location,
				       c.sources AS sources""").withParameters(Map.of("ids", ids)).execute().records()
			.forEach((Record r) -> {
				Point location = r.get("location").isNull() ? null : r.get("location").asPoint();
				stored.put(r.get("id").asString(), new CityRules.Stored(r.get("city").asBoolean(),
						r.get("country").asString(null), r.get("kind").asString(null), r.get("region").asString(null),
						(location != null) ? location.y() : null, (location != null) ? location.x() : null,
						String.join(", ", r.get("sources").isNull() ? List.of() : r.get("sources").asList(Value::asString))));
			});
		return stored;
	}

}
