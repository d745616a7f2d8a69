package org.vinculos.importer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Point;

import org.vinculos.csv.CsvRecord;
import org.vinculos.provenance.Sources;
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

	static final Set<String> KINDS = Set.of("city", "municipio", "alcaldía");

	private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*:[A-Za-z0-9._:-]+");

	private static final Pattern GEONAMES_ID = Pattern.compile("geonames:[1-9][0-9]*");

	private static final Pattern INEGI_ID = Pattern.compile("inegi:[0-9]{5}");

	private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

	private static final Pattern LINE_BREAK = Pattern.compile("[\\r\\n]");

	/** How far, in degrees, a row's position may lie from the stored one and still be the same. */
	private static final double SAME_POSITION = 0.01;

	private final CityResolver cities;

	private final Driver driver;

	private final Rows rows;

	CityFile(CityResolver cities, Driver driver, List<ImportProblem> problems) {
		this.cities = cities;
		this.driver = driver;
		this.rows = new Rows(problems);
	}

	List<ImportRow> check(List<CsvRecord> records, String file) {
		Set<String> countries = ids("MATCH (c:Country) RETURN c.id AS id");
		Map<String, String> regions = new HashMap<>();
		this.driver.executableQuery("MATCH (r:Region)-[:IN_COUNTRY]->(c:Country) RETURN r.id AS id, c.id AS country").execute()
			.records().forEach(r -> regions.put(r.get("id").asString(), r.get("country").asString()));
		List<Checked> checked = new ArrayList<>();
		for (CsvRecord record : records) {
			Checked row = row(record, countries, regions);
			if (row != null) {
				checked.add(row);
			}
		}
		Map<String, Stored> stored = stored(checked.stream().map(Checked::id).toList());
		List<ImportRow> valid = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		for (Checked row : checked) {
			CsvRecord record = row.record();
			int before = this.rows.problems();
			Stored old = stored.get(row.id());
			if (old != null) {
				contradictions(row, old);
			}
			Integer previous = seen.putIfAbsent(row.id(), record.line());
			if (previous != null) {
				this.rows.problem(record, row.idGiven() ? "id" : "name", "the same city (" + row.id() + ") as line " + previous);
			}
			if (this.rows.problems() > before) {
				continue;
			}
			List<String> names = new ArrayList<>(List.of(row.name()));
			names.addAll(row.names());
			this.cities.declare(row.id(), row.country(), names);
			String sourceId = Sources.id(row.source());
			Map<String, Object> p = new HashMap<>();
			p.put("id", row.id());
			p.put("name", row.name());
			p.put("names", List.copyOf(row.names()));
			p.put("country", row.country());
			p.put("region", row.region());
			p.put("kind", row.kind());
			p.put("latitude", row.latitude());
			p.put("longitude", row.longitude());
			p.put("population", row.population());
			p.put("populationYear", row.populationYear());
			p.put("observation", (row.population() != null)
					? "population:" + sourceId + ":" + row.id() + ":" + row.populationYear() : null);
			p.put("source", sourceId);
			p.put("sourceRef", file + ":" + record.line());
			valid.add(new ImportRow(p, row.source(), Rows.value(record, "source_url")));
		}
		return valid;
	}

	/** A row's values, checked one by one, or null after adding its problems. */
	private Checked row(CsvRecord record, Set<String> countries, Map<String, String> regions) {
		int before = this.rows.problems();
		String name = Rows.value(record, "name");
		if (name == null) {
			this.rows.problem(record, "name", "name is required");
		}
		else if (LINE_BREAK.matcher(name).find()) {
			this.rows.problem(record, "name", "a name is one line, got: " + name);
		}
		String given = Rows.value(record, "country");
		String country = (given != null) ? given.toUpperCase(Locale.ROOT) : null;
		if (country == null || !COUNTRY.matcher(country).matches() || !countries.contains(country)) {
			this.rows.problem(record, "country", "country must be the ISO 3166-1 alpha-2 code of a country, such as MX, got: "
					+ ((given != null) ? given : "nothing"));
		}
		String region = Rows.value(record, "region");
		if (region != null && !regions.containsKey(region)) {
			this.rows.problem(record, "region", "no state or region has the id " + region + " (ids such as MX-14)");
		}
		else if (region != null && country != null && !regions.get(region).equals(country)) {
			this.rows.problem(record, "region", "the region " + region + " is in " + regions.get(region) + ", not " + country);
		}
		String kind = Rows.value(record, "kind");
		if (kind != null && !KINDS.contains(kind)) {
			this.rows.problem(record, "kind", "kind must be one of city, municipio, alcaldía, got: " + kind);
		}
		Set<String> names = new LinkedHashSet<>();
		String alternates = Rows.value(record, "names");
		if (alternates != null) {
			Arrays.stream(alternates.split("\\|")).map(String::strip).filter(n -> !n.isEmpty()).forEach(names::add);
		}
		names.stream().filter(other -> LINE_BREAK.matcher(other).find()).findFirst().ifPresent(other -> this.rows
			.problem(record, "names", "a name is one line, got: " + other));
		Long population = this.rows.positive(record, "population");
		YearOrDate year = this.rows.date(record, "population_year");
		if ((Rows.value(record, "population") == null) != (Rows.value(record, "population_year") == null)) {
			this.rows.problem(record, (population != null) ? "population_year" : "population",
					"population and population_year go together");
		}
		Double latitude = this.rows.decimal(record, "latitude", -90, 90);
		Double longitude = this.rows.decimal(record, "longitude", -180, 180);
		if ((Rows.value(record, "latitude") == null) != (Rows.value(record, "longitude") == null)) {
			this.rows.problem(record, (Rows.value(record, "latitude") == null) ? "latitude" : "longitude",
					"latitude and longitude go together");
		}
		String source = this.rows.source(record);
		String id = Rows.value(record, "id");
		if (id != null && !ID.matcher(id).matches()) {
			this.rows.problem(record, "id", "id must look like prefix:value (geonames:3530597, city:mx-14:tlajomulco), got: " + id);
		}
		else if (id != null && id.startsWith("geonames:") && !GEONAMES_ID.matcher(id).matches()) {
			this.rows.problem(record, "id", "a GeoNames id is a number (geonames:4676740), got: " + id);
		}
		else if (id != null && id.startsWith("inegi:")) {
			if (!INEGI_ID.matcher(id).matches()) {
				this.rows.problem(record, "id", "an INEGI municipality id has five digits, the state's two and the "
						+ "municipality's three (inegi:14098), got: " + id);
			}
			else if (country != null && !country.equals("MX")) {
				this.rows.problem(record, "id", "an INEGI id names a Mexican municipality, but the country given is " + country);
			}
			else if (region != null && regions.containsKey(region) && !region.equals("MX-" + id.substring(6, 8))) {
				this.rows.problem(record, "region", "the INEGI id " + id + " is a municipality of MX-" + id.substring(6, 8)
						+ ", not of " + region);
			}
		}
		if (this.rows.problems() > before) {
			return null;
		}
		boolean idGiven = id != null;
		if (!idGiven) {
			List<String> found = this.cities.named(name, country);
			if (found.size() > 1) {
				this.rows.oneCity(record, "name", found, name, country, "id");
				return null;
			}
			id = found.isEmpty() ? newId(name, (region != null) ? region : country) : found.getFirst();
		}
		return new Checked(record, id, idGiven, name, names, country, region, kind, population,
				(year != null) ? year.year() : null, latitude, longitude, source);
	}

	/** What another source states and the row contradicts: a country, kind, state or position of its own. */
	private void contradictions(Checked row, Stored old) {
		CsvRecord record = row.record();
		String column = row.idGiven() ? "id" : "name";
		if (!old.city()) {
			this.rows.problem(record, column, row.id() + " is not a city");
			return;
		}
		if (!row.country().equals(old.country())) {
			this.rows.problem(record, "country", row.id() + " is in " + old.country() + ", not " + row.country());
		}
		if (row.kind() != null && old.kind() != null && !row.kind().equals(old.kind())) {
			this.rows.problem(record, "kind", row.id() + " is a " + old.kind() + " in the graph (" + old.sources()
					+ "); a statement adds to a city, it does not overwrite another source");
		}
		if (row.region() != null && old.region() != null && !row.region().equals(old.region())) {
			this.rows.problem(record, "region", row.id() + " is in " + old.region() + " in the graph (" + old.sources()
					+ "); a statement adds to a city, it does not overwrite another source");
		}
		if (row.latitude() != null && old.location() != null
				&& (Math.abs(row.latitude() - old.location().y()) > SAME_POSITION
						|| Math.abs(row.longitude() - old.location().x()) > SAME_POSITION)) {
			this.rows.problem(record, "latitude", String.format(Locale.ROOT,
					"%s lies at %.5f, %.5f in the graph (%s); a statement adds to a city, it does not overwrite another source",
					row.id(), old.location().y(), old.location().x(), old.sources()));
		}
	}

	/** What the graph holds of the cities (or other entities) with these ids. */
	private Map<String, Stored> stored(List<String> ids) {
		Map<String, Stored> stored = new HashMap<>();
		this.driver.executableQuery("""
				UNWIND $ids AS id
				MATCH (c:Entity {id: id})
				OPTIONAL MATCH (c)-[:IN_REGION]->(r:Region)
				RETURN c.id AS id, c:City AS city, c.country AS country, c.kind AS kind, r.id AS region, c.location AS location,
				       c.sources AS sources""").withParameters(Map.of("ids", ids)).execute().records()
			.forEach((Record r) -> stored.put(r.get("id").asString(), new Stored(r.get("city").asBoolean(),
					r.get("country").asString(null), r.get("kind").asString(null), r.get("region").asString(null),
					r.get("location").isNull() ? null : r.get("location").asPoint(),
					String.join(", ", r.get("sources").isNull() ? List.of() : r.get("sources").asList(Value::asString)))));
		return stored;
	}

	private Set<String> ids(String query) {
		Set<String> ids = new HashSet<>();
		this.driver.executableQuery(query).execute().records().forEach(r -> ids.add(r.get("id").asString()));
		return ids;
	}

	/** The id of a new city: its region (or country) and its name, folded to ASCII. */
	static String newId(String name, String place) {
		String slug = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
		return "city:" + place.toLowerCase(Locale.ROOT) + ":" + slug;
	}

	private record Checked(CsvRecord record, String id, boolean idGiven, String name, Set<String> names, String country,
			String region, String kind, Long population, Integer populationYear, Double latitude, Double longitude,
			String source) {
	}

	private record Stored(boolean city, String country, String kind, String region, Point location, String sources) {
	}

}
