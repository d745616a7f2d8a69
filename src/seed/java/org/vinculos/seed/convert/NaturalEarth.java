package org.vinculos.seed.convert;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Natural Earth 1:10m (v4.0.0) populated places, airports and ports, each feature with the line it stands on in
 * the GeoJSON files, which write one feature a line.
 */
final class NaturalEarth {

	static final String PLACES = "geography/naturalearth/ne_10m_populated_places.json";

	static final String AIRPORTS = "geography/naturalearth/ne_10m_airports.json";

	static final String PORTS = "geography/naturalearth/ne_10m_ports.json";

	/** The years of the UN World Urbanization Prospects series that Natural Earth carries, in thousands. */
	static final List<Integer> WUP_YEARS = List.of(1950, 1955, 1960, 1965, 1970, 1975, 1980, 1985, 1990, 1995, 2000,
			2005, 2010, 2015, 2020, 2025, 2050);

	/** A populated place: its keys, its two population figures, its flags and the UN series (persons, by year). */
	record PopulatedPlace(String name, String countryCode, Long geonamesId, String wikidataId, long popMax, long popMin,
			boolean worldCity, boolean megacity, Map<Integer, Long> wup, int line) {
	}

	/** An airport or a seaport. */
	record Facility(String id, String kind, String name, String iataCode, String type, double latitude,
			double longitude, String file, int line) {
	}

	private final List<PopulatedPlace> places = new ArrayList<>();

	private final Map<Long, List<PopulatedPlace>> byGeonamesId = new HashMap<>();

	private final Map<String, PopulatedPlace> byWikidataId = new HashMap<>();

	private final List<Facility> airports = new ArrayList<>();

	private final List<Facility> ports = new ArrayList<>();

	NaturalEarth(Path dataDir) {
		features(dataDir.resolve(PLACES), (line, p, longitude, latitude) -> {
			Map<Integer, Long> wup = new LinkedHashMap<>();
			if (p.get("UN_FID").asInt() > 0) {
				for (int year : WUP_YEARS) {
					double thousands = p.get("POP" + year).asDouble();
					if (thousands > 0) {
						wup.put(year, Math.round(thousands * 1000));
					}
				}
			}
			Long geonamesId = (p.get("GEONAMEID").isNull() || p.get("GEONAMEID").asDouble() <= 0) ? null
					: (long) p.get("GEONAMEID").asDouble();
			String wikidataId = p.get("wikidataid").isNull() ? null : p.get("wikidataid").asString();
			var place = new PopulatedPlace(p.get("NAME").asString(), p.get("ISO_A2").asString(), geonamesId, wikidataId,
					p.get("POP_MAX").asLong(), p.get("POP_MIN").asLong(), p.get("WORLDCITY").asDouble() > 0,
					p.get("MEGACITY").asInt() > 0, wup, line);
			this.places.add(place);
			if (geonamesId != null) {
				this.byGeonamesId.computeIfAbsent(geonamesId, k -> new ArrayList<>()).add(place);
			}
			if (wikidataId != null) {
				this.byWikidataId.putIfAbsent(wikidataId, place);
			}
		});
		features(dataDir.resolve(AIRPORTS), (line, p, longitude, latitude) -> this.airports.add(new Facility("ne-airport:" + line, "airport",
				p.get("name").asString(), blankToNull(p.get("iata_code")), p.get("type").asString(),
				latitude, longitude, AIRPORTS, line)));
		features(dataDir.resolve(PORTS), (line, p, longitude, latitude) -> this.ports.add(new Facility("ne-port:" + line, "seaport",
				p.get("name").asString(), null, null, latitude, longitude, PORTS, line)));
	}

	private static String blankToNull(JsonNode node) {
		return (node == null || node.isNull() || node.asString().isBlank()) ? null : node.asString().strip();
	}

	List<PopulatedPlace> places() {
		return this.places;
	}

	List<PopulatedPlace> byGeonamesId(long id) {
		return this.byGeonamesId.getOrDefault(id, List.of());
	}

	PopulatedPlace byWikidataId(String id) {
		return this.byWikidataId.get(id);
	}

	/** A facility and how far it is from a city. */
	record Near(Facility facility, double km) {
	}

	/** The nearest seaport within {@code maxKm}; null when there is none. */
	Near seaport(double latitude, double longitude, double maxKm) {
		return this.ports.stream()
			.map(port -> new Near(port, GeoNames.kilometres(latitude, longitude, port.latitude(), port.longitude())))
			.filter(near -> near.km() <= maxKm)
			.min(Comparator.comparingDouble(Near::km))
			.orElse(null);
	}

	/**
	 * The airport within {@code maxKm} that serves the city: among those with an IATA code, a major one (Natural
	 * Earth's type) before a mid-sized or military one, then the nearest; null when there is none. Natural Earth's
	 * scale rank is a map's, not traffic: it would rank Tijuana's airport above San Diego's for San Diego.
	 */
	Near airport(double latitude, double longitude, double maxKm) {
		return this.airports.stream()
			.filter(airport -> airport.iataCode() != null && !airport.type().equals("spaceport"))
			.map(airport -> new Near(airport, GeoNames.kilometres(latitude, longitude, airport.latitude(), airport.longitude())))
			.filter(near -> near.km() <= maxKm)
			.min(Comparator.comparing((Near near) -> !near.facility().type().contains("major")).thenComparingDouble(Near::km))
			.orElse(null);
	}

	private interface FeatureLine {

		void accept(int line, JsonNode properties, double longitude, double latitude);

	}

	private static void features(Path file, FeatureLine action) {
		JsonMapper mapper = JsonMapper.builder().build();
		try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			String text;
			int line = 0;
			while ((text = reader.readLine()) != null) {
				line++;
				String trimmed = text.strip();
				if (!trimmed.startsWith("{ \"type\": \"Feature\"")) {
					continue;
				}
				JsonNode feature = mapper.readTree(trimmed.endsWith(",") ? trimmed.substring(0, trimmed.length() - 1) : trimmed);
				JsonNode point = feature.get("geometry").get("coordinates");
				action.accept(line, feature.get("properties"), point.get(0).asDouble(), point.get(1).asDouble());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
