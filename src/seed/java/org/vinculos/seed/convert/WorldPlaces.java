package org.vinculos.seed.convert;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every GeoNames populated place as a city row, for the world-scale benchmarks: the 199,568 places of
 * {@code cities500.txt}, with the same derived fields (elevation model, border, capital) as the seed's cities.
 */
public final class WorldPlaces {

	private WorldPlaces() {
	}

	/** The rows of the places whose GeoNames id is not in {@code skip}, as the parameters of a city MERGE. */
	public static List<Map<String, Object>> rows(Path dataDir, Set<Long> skip) {
		GeoNames geoNames = new GeoNames(dataDir);
		List<Map<String, Object>> rows = new ArrayList<>();
		for (GeoNames.Place p : geoNames.places()) {
			if (skip.contains(p.id())) {
				continue;
			}
			GeoNames.Nearest border = geoNames.nearestAbroad(p.latitude(), p.longitude(), p.countryCode(), 30);
			Map<String, Object> row = new HashMap<>();
			row.put("id", "geonames:" + p.id());
			row.put("geonamesId", p.id());
			row.put("name", p.name());
			row.put("country", p.countryCode());
			row.put("population", (p.population() > 0) ? p.population() : null);
			row.put("latitude", p.latitude());
			row.put("longitude", p.longitude());
			row.put("dem", p.dem());
			row.put("borderKm", (border != null) ? Math.round(border.km() * 10) / 10.0 : null);
			row.put("borderPlace", (border != null) ? border.place().name() + " (" + border.place().countryCode()
					+ ", geonames:" + border.place().id() + ")" : null);
			row.put("capital", p.featureCode().equals("PPLC") ? "national" : p.featureCode().equals("PPLA") ? "regional" : null);
			row.put("sourceRef", "geonames/cities500.txt:" + p.line());
			rows.add(row);
		}
		return rows;
	}

}
