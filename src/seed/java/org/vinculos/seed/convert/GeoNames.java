package org.vinculos.seed.convert;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The GeoNames cities500 dump and first-level division names, indexed by country and folded name.
 */
final class GeoNames {

	/** One populated place of the dump, with the line it stands on. */
	record Place(long id, String name, String asciiName, List<String> alternateNames, double latitude,
			double longitude, String featureCode, String countryCode, String admin1, String admin2, long population,
			Integer elevation, Integer dem, String timezone, int line) {

		boolean isSectionOrHistorical() {
			return this.featureCode.equals("PPLX") || this.featureCode.equals("PPLH") || this.featureCode.equals("PPLQ")
					|| this.featureCode.equals("PPLW") || this.featureCode.equals("PPLCH");
		}

		boolean isAdministrativeSeat() {
			return this.featureCode.equals("PPLC") || this.featureCode.startsWith("PPLA") || this.featureCode.equals("PPLG");
		}

	}

	private static final Pattern DIVISION_WORD = Pattern.compile(
			" (department|province|region|state|governorate|prefecture|oblast|voivodeship|county|district|municipality)$");

	private final List<Place> places = new ArrayList<>();

	private final Map<String, Map<String, List<Place>>> byPrimaryName = new HashMap<>();

	private final Map<String, Map<String, List<Place>>> byAlternateName = new HashMap<>();

	private final Map<String, String> admin1Names = new HashMap<>();

	private final Map<String, Map<String, Set<String>>> admin1ByName = new HashMap<>();

	GeoNames(Path dataDir) {
		readPlaces(dataDir.resolve("geonames/cities500.txt"));
		readAdmin1(dataDir.resolve("geonames/admin1.json"));
	}

	private void readPlaces(Path file) {
		try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			String line;
			int number = 0;
			while ((line = reader.readLine()) != null) {
				number++;
				String[] f = line.split("\t", -1);
				List<String> alternates = f[3].isEmpty() ? List.of() : List.of(f[3].split(","));
				Place place = new Place(Long.parseLong(f[0]), f[1], f[2], alternates, Double.parseDouble(f[4]),
						Double.parseDouble(f[5]), f[7], f[8], f[10], f[11], f[14].isEmpty() ? 0 : Long.parseLong(f[14]),
						f[15].isEmpty() ? null : Integer.valueOf(f[15]), demOf(f[16]), f[17], number);
				this.places.add(place);
				Set<String> primary = new LinkedHashSet<>(List.of(Names.fold(place.name()), Names.fold(place.asciiName())));
				for (String name : primary) {
					index(this.byPrimaryName, place.countryCode(), name, place);
				}
				for (String alternate : alternates) {
					String folded = Names.fold(alternate);
					if (!primary.contains(folded) && !folded.isEmpty()) {
						index(this.byAlternateName, place.countryCode(), folded, place);
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** GeoNames writes -9999 where the elevation model has no value (over the sea). */
	private static Integer demOf(String field) {
		return (field.isEmpty() || field.equals("-9999")) ? null : Integer.valueOf(field);
	}

	/** The places in each cell of one degree of latitude and longitude, by country, for nearest-place searches. */
	private Map<Long, Map<String, List<Place>>> grid;

	private static long cell(int latitude, int longitude) {
		return (latitude + 90L) * 1000 + (longitude + 180);
	}

	/**
	 * The nearest place of another country than the one given, within {@code maxKm} great-circle kilometres: a city
	 * that close to a foreign one is a border city. Null when there is none.
	 */
	Nearest nearestAbroad(double latitude, double longitude, String country, double maxKm) {
		if (this.grid == null) {
			Map<Long, Map<String, List<Place>>> cells = new HashMap<>();
			for (Place p : this.places) {
				cells.computeIfAbsent(cell((int) Math.floor(p.latitude()), (int) Math.floor(p.longitude())), k -> new HashMap<>())
					.computeIfAbsent(p.countryCode(), k -> new ArrayList<>())
					.add(p);
			}
			this.grid = cells;
		}
		int lat = (int) Math.floor(latitude);
		int lon = (int) Math.floor(longitude);
		int lonSpan = (Math.abs(latitude) > 60) ? 3 : 2;
		Nearest best = null;
		for (int dLat = -1; dLat <= 1; dLat++) {
			for (int dLon = -lonSpan; dLon <= lonSpan; dLon++) {
				int cellLon = Math.floorMod(lon + dLon + 180, 360) - 180;
				for (var byCountry : this.grid.getOrDefault(cell(lat + dLat, cellLon), Map.of()).entrySet()) {
					if (byCountry.getKey().equals(country)) {
						continue;
					}
					for (Place p : byCountry.getValue()) {
						double km = kilometres(latitude, longitude, p.latitude(), p.longitude());
						if (km <= maxKm && (best == null || km < best.km())) {
							best = new Nearest(p, km);
						}
					}
				}
			}
		}
		return best;
	}

	/** A place and its distance. */
	record Nearest(Place place, double km) {
	}

	static double kilometres(double lat1, double lon1, double lat2, double lon2) {
		double p1 = Math.toRadians(lat1);
		double p2 = Math.toRadians(lat2);
		double dp = p2 - p1;
		double dl = Math.toRadians(lon2 - lon1);
		double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
		return 6371.0088 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
	}

	private static void index(Map<String, Map<String, List<Place>>> index, String country, String name, Place place) {
		List<Place> list = index.computeIfAbsent(country, c -> new HashMap<>()).computeIfAbsent(name, n -> new ArrayList<>(1));
		if (!list.contains(place)) {
			list.add(place);
		}
	}

	private void readAdmin1(Path file) {
		JsonNode root = JsonMapper.builder().build().readTree(file.toFile());
		for (JsonNode entry : root) {
			String code = entry.get("code").asString();
			String name = entry.get("name").asString();
			this.admin1Names.put(code, name);
			String country = code.substring(0, code.indexOf('.'));
			String folded = Names.fold(name);
			// Sources write "Huila" where GeoNames writes "Huila Department".
			for (String key : new LinkedHashSet<>(List.of(folded, DIVISION_WORD.matcher(folded).replaceAll("")))) {
				this.admin1ByName.computeIfAbsent(country, c -> new HashMap<>())
					.computeIfAbsent(key, n -> new LinkedHashSet<>())
					.add(code.substring(code.indexOf('.') + 1));
			}
		}
	}

	List<Place> places() {
		return this.places;
	}

	List<Place> byPrimaryName(String country, String foldedName) {
		return this.byPrimaryName.getOrDefault(country, Map.of()).getOrDefault(foldedName, List.of());
	}

	List<Place> byAlternateName(String country, String foldedName) {
		return this.byAlternateName.getOrDefault(country, Map.of()).getOrDefault(foldedName, List.of());
	}

	/** The name of a first-level division, e.g. {@code admin1Name("US", "TX")} is "Texas". */
	String admin1Name(String country, String admin1) {
		return this.admin1Names.get(country + "." + admin1);
	}

	/** The admin1 codes whose folded name, or whose code, is the one given, in a country. */
	Set<String> admin1Codes(String country, String foldedName) {
		String code = foldedName.toUpperCase(Locale.ROOT);
		if (this.admin1Names.containsKey(country + "." + code)) {
			// Sources also write a division by its code: "Albany, NY".
			return Set.of(code);
		}
		return this.admin1ByName.getOrDefault(country, Map.of()).getOrDefault(foldedName, Set.of());
	}

}
