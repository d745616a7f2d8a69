package org.vinculos.city;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.vinculos.provenance.Checks;
import org.vinculos.provenance.Problem;

/**
 * What a city must be, for a file's row and {@code recordCity} alike: its values each of their form, its id (given,
 * found by name, or new), and nothing that contradicts what another source states of the same city.
 */
public final class CityRules {

	/** The kinds of city. */
	public static final Set<String> KINDS = Set.of("city", "municipio", "alcaldía");

	private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*:[A-Za-z0-9._:-]+");

	private static final Pattern GEONAMES_ID = Pattern.compile("geonames:[1-9][0-9]*");

	private static final Pattern INEGI_ID = Pattern.compile("inegi:[0-9]{5}");

	private static final Pattern LINE_BREAK = Pattern.compile("[\\r\\n]");

	/** How far, in degrees, a stated position may lie from the stored one and still be the same. */
	private static final double SAME_POSITION = 0.01;

	private CityRules() {
	}

	/**
	 * The countries and states the graph holds, read once for a file.
	 * @param regions each state's or region's country, by its id
	 */
	public record Known(Set<String> countries, Map<String, String> regions) {
	}

	/** What the graph holds of an entity with a city's id. */
	public record Stored(boolean city, String country, String kind, String region, @Nullable Double latitude,
			@Nullable Double longitude, String sources) {
	}

	/** A statement's country as the graph keys it: upper case. */
	public static @Nullable String country(CityStatement city) {
		return (city.country() != null) ? city.country().strip().toUpperCase(Locale.ROOT) : null;
	}

	/** The problems of a statement's values, each on its field. */
	public static List<Problem> values(CityStatement city, Known known) {
		List<Problem> problems = new ArrayList<>();
		if (city.name() == null || city.name().isBlank()) {
			problems.add(Problem.invalid("name", "name is required"));
		}
		else if (LINE_BREAK.matcher(city.name()).find()) {
			problems.add(Problem.invalid("name", "a name is one line, got: " + city.name()));
		}
		String country = country(city);
		if (country == null || !Checks.isCountryCode(country) || !known.countries().contains(country)) {
			problems.add(Problem.invalid("country", "country must be the ISO 3166-1 alpha-2 code of a country, such as MX, got: "
					+ ((city.country() != null) ? city.country() : "nothing")));
		}
		String region = city.region();
		if (region != null && !known.regions().containsKey(region)) {
			problems.add(Problem.notFound("region", "no state or region has the id " + region + " (ids such as MX-14)"));
		}
		else if (region != null && country != null && !country.equals(known.regions().get(region))) {
			problems.add(Problem.invalid("region", "the region " + region + " is in " + known.regions().get(region) + ", not "
					+ country));
		}
		if (city.kind() != null && !KINDS.contains(city.kind())) {
			problems.add(Problem.invalid("kind", "kind must be one of city, municipio, alcaldía, got: " + city.kind()));
		}
		city.names().stream().filter(other -> LINE_BREAK.matcher(other).find()).findFirst()
			.ifPresent(other -> problems.add(Problem.invalid("names", "a name is one line, got: " + other)));
		// A cities file separates a city's other names with |, so a name cannot hold one.
		city.names().stream().filter(other -> other.contains("|")).findFirst()
			.ifPresent(other -> problems.add(Problem.invalid("names", "a name cannot hold |, got: " + other)));
		if (city.population() != null && city.population() <= 0) {
			problems.add(Problem.invalid("population", "population must be a whole number above zero, got: "
					+ city.population()));
		}
		if (city.populationYear() != null) {
			Checks.year(problems, "populationYear", city.populationYear());
		}
		if ((city.population() == null) != (city.populationYear() == null)) {
			problems.add(Problem.invalid((city.population() != null) ? "populationYear" : "population",
					"population and populationYear go together"));
		}
		range(problems, "latitude", city.latitude(), 90);
		range(problems, "longitude", city.longitude(), 180);
		if ((city.latitude() == null) != (city.longitude() == null)) {
			problems.add(Problem.invalid((city.latitude() == null) ? "latitude" : "longitude",
					"latitude and longitude go together"));
		}
		Checks.source(problems, city.source(), city.sourceUrl());
		id(problems, city.id(), country, region, known);
		return problems;
	}

	private static void range(List<Problem> problems, String field, @Nullable Double value, int bound) {
		if (value != null && (value.isNaN() || value < -bound || value > bound)) {
			problems.add(Problem.invalid(field, field + " must be a decimal number from " + -bound + " to " + bound
					+ ", got: " + value));
		}
	}

	private static void id(List<Problem> problems, @Nullable String id, @Nullable String country,
			@Nullable String region, Known known) {
		if (id == null) {
			return;
		}
		if (!ID.matcher(id).matches()) {
			problems.add(Problem.invalid("id", "id must look like prefix:value (geonames:3530597, city:mx-14:tlajomulco), got: "
					+ id));
		}
		else if (id.startsWith("geonames:") && !GEONAMES_ID.matcher(id).matches()) {
			problems.add(Problem.invalid("id", "a GeoNames id is a number (geonames:4676740), got: " + id));
		}
		else if (id.startsWith("inegi:")) {
			if (!INEGI_ID.matcher(id).matches()) {
				problems.add(Problem.invalid("id", "an INEGI municipality id has five digits, the state's two and the "
						+ "municipality's three (inegi:14098), got: " + id));
			}
			else if (country != null && !country.equals("MX")) {
				problems.add(Problem.invalid("id", "an INEGI id names a Mexican municipality, but the country given is "
						+ country));
			}
			else if (region != null && known.regions().containsKey(region) && !region.equals("MX-" + id.substring(6, 8))) {
				problems.add(Problem.invalid("region", "the INEGI id " + id + " is a municipality of MX-" + id.substring(6, 8)
						+ ", not of " + region));
			}
		}
	}

	/**
	 * The id a statement names the city by when it gives none: the one city of the name in the country, or a new id;
	 * null, with a problem on {@code name}, when the name names several.
	 * @param named the ids of the cities of the name in the country
	 */
	public static @Nullable String id(CityStatement city, List<String> named, List<Problem> problems) {
		if (city.id() != null) {
			return city.id();
		}
		String country = country(city);
		if (named.size() > 1) {
			problems.add(Problem.invalid("name", "\"" + city.name() + "\" names " + named.size() + " cities in " + country
					+ " (" + String.join(", ", named.subList(0, Math.min(5, named.size())))
					+ (named.size() > 5 ? ", ..." : "") + "); give id"));
			return null;
		}
		String region = city.region();
		return named.isEmpty()
				? newId(Objects.requireNonNull(city.name(), "a city's name passed its rules"),
						Objects.requireNonNull((region != null) ? region : country,
								"a city's country passed its rules"))
				: named.getFirst();
	}

	/** What another source states of the city and the statement contradicts: a country, kind, state or position. */
	public static List<Problem> contradictions(CityStatement city, String id, Stored old) {
		List<Problem> problems = new ArrayList<>();
		if (!old.city()) {
			problems.add(Problem.invalid((city.id() != null) ? "id" : "name", id + " is not a city"));
			return problems;
		}
		String country = country(city);
		if (country != null && !country.equals(old.country())) {
			problems.add(Problem.invalid("country", id + " is in " + old.country() + ", not " + country));
		}
		if (city.kind() != null && old.kind() != null && !city.kind().equals(old.kind())) {
			problems.add(Problem.invalid("kind", id + " is a " + old.kind() + " in the graph (" + old.sources()
					+ "); a statement adds to a city, it does not overwrite another source"));
		}
		if (city.region() != null && old.region() != null && !city.region().equals(old.region())) {
			problems.add(Problem.invalid("region", id + " is in " + old.region() + " in the graph (" + old.sources()
					+ "); a statement adds to a city, it does not overwrite another source"));
		}
		Double latitude = city.latitude();
		Double longitude = city.longitude();
		Double oldLatitude = old.latitude();
		Double oldLongitude = old.longitude();
		if (latitude != null && longitude != null && oldLatitude != null && oldLongitude != null
				&& (Math.abs(latitude - oldLatitude) > SAME_POSITION || Math.abs(longitude - oldLongitude) > SAME_POSITION)) {
			problems.add(Problem.invalid("latitude", String.format(Locale.ROOT,
					"%s lies at %.5f, %.5f in the graph (%s); a statement adds to a city, it does not overwrite another source",
					id, old.latitude(), old.longitude(), old.sources())));
		}
		return problems;
	}

	/** The id of a new city: its region (or country) and its name, folded to ASCII. */
	public static String newId(String name, String place) {
		String slug = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
		return "city:" + place.toLowerCase(Locale.ROOT) + ":" + slug;
	}

}
