package org.vinculos.seed.convert;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The Köppen–Geiger land grid of the R package {@code kgc} (0.5 degree cells centred on .25 and .75, Rubel and
 * Kottek, observed 1986–2010), and the lookup its {@code LookupCZ.R} makes.
 */
final class Koppen {

	static final String FILE = "geography/koppen/climatezones_export_DERIVED.csv";

	/** How many cells away a place whose own cell is not land looks for the nearest land cell. */
	static final int SNAP_CELLS = 2;

	/** The class of a place: the grid cell it falls in, or the nearest land cell, and how far that cell's centre is. */
	record Zone(String code, double cellLatitude, double cellLongitude, double km, boolean snapped, int line) {
	}

	private record Cell(String code, int line) {
	}

	private final Map<Long, Cell> cells = new HashMap<>();

	Koppen(Path dataDir) {
		try (BufferedReader reader = Files.newBufferedReader(dataDir.resolve(FILE), StandardCharsets.UTF_8)) {
			String text = reader.readLine();
			int line = 1;
			while ((text = reader.readLine()) != null) {
				line++;
				String[] f = text.split(",");
				this.cells.put(key(Double.parseDouble(f[0]), Double.parseDouble(f[1])), new Cell(f[2].replace("\"", ""), line));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A cell centre as quarter degrees, exact for the grid's .25 and .75 values. */
	private static long key(double latitude, double longitude) {
		return Math.round(latitude * 4) * 10_000 + Math.round(longitude * 4);
	}

	/**
	 * {@code RoundCoordinates} of kgc: to the centre of the half-degree cell, with R's round half to even, so that a
	 * coordinate on a cell edge snaps as the package snaps it.
	 */
	static double cellCentre(double coordinate) {
		double rounded = Math.rint(coordinate);
		return (coordinate >= rounded) ? rounded + 0.25 : rounded - 0.25;
	}

	/**
	 * The class of the cell the place falls in; when that cell is not land (a coastal city whose cell centre lies in
	 * the sea), the nearest land cell within {@value #SNAP_CELLS} cells. Null when there is none.
	 */
	Zone zone(double latitude, double longitude) {
		double cellLat = cellCentre(latitude);
		double cellLon = cellCentre(longitude);
		Cell own = this.cells.get(key(cellLat, cellLon));
		if (own != null) {
			return new Zone(own.code(), cellLat, cellLon, GeoNames.kilometres(latitude, longitude, cellLat, cellLon), false,
					own.line());
		}
		Zone best = null;
		for (int dLat = -SNAP_CELLS; dLat <= SNAP_CELLS; dLat++) {
			for (int dLon = -SNAP_CELLS; dLon <= SNAP_CELLS; dLon++) {
				double lat = cellLat + dLat * 0.5;
				double lon = wrap(cellLon + dLon * 0.5);
				Cell cell = this.cells.get(key(lat, lon));
				if (cell != null) {
					double km = GeoNames.kilometres(latitude, longitude, lat, lon);
					if (best == null || km < best.km()) {
						best = new Zone(cell.code(), lat, lon, km, true, cell.line());
					}
				}
			}
		}
		return best;
	}

	/**
	 * Whether any cell within {@code ring} cells of the place's own cell (its own included) is missing from the land
	 * grid, that is, sea or a large lake.
	 */
	boolean waterWithin(double latitude, double longitude, int ring) {
		double cellLat = cellCentre(latitude);
		double cellLon = cellCentre(longitude);
		for (int dLat = -ring; dLat <= ring; dLat++) {
			for (int dLon = -ring; dLon <= ring; dLon++) {
				double lat = cellLat + dLat * 0.5;
				if (Math.abs(lat) < 90 && !this.cells.containsKey(key(lat, wrap(cellLon + dLon * 0.5)))) {
					return true;
				}
			}
		}
		return false;
	}

	private static double wrap(double longitude) {
		return (longitude > 180) ? longitude - 360 : (longitude < -180) ? longitude + 360 : longitude;
	}

	/** The Köppen–Geiger legend (Kottek et al. 2006), in English and Spanish. */
	static final Map<String, String[]> NAMES = Map.ofEntries(
			Map.entry("Af", new String[] { "Tropical rainforest", "Tropical húmedo (selva)" }),
			Map.entry("Am", new String[] { "Tropical monsoon", "Tropical monzónico" }),
			Map.entry("As", new String[] { "Tropical savanna, dry summer", "Sabana tropical con verano seco" }),
			Map.entry("Aw", new String[] { "Tropical savanna, dry winter", "Sabana tropical con invierno seco" }),
			Map.entry("BWh", new String[] { "Hot desert", "Desértico cálido" }),
			Map.entry("BWk", new String[] { "Cold desert", "Desértico frío" }),
			Map.entry("BSh", new String[] { "Hot steppe (semi-arid)", "Estepario cálido (semiárido)" }),
			Map.entry("BSk", new String[] { "Cold steppe (semi-arid)", "Estepario frío (semiárido)" }),
			Map.entry("Csa", new String[] { "Mediterranean, hot summer", "Mediterráneo de verano cálido" }),
			Map.entry("Csb", new String[] { "Mediterranean, warm summer", "Mediterráneo de verano templado" }),
			Map.entry("Csc", new String[] { "Mediterranean, cool summer", "Mediterráneo de verano fresco" }),
			Map.entry("Cwa", new String[] { "Humid subtropical, dry winter", "Subtropical con invierno seco" }),
			Map.entry("Cwb", new String[] { "Subtropical highland, dry winter", "Templado de altura con invierno seco" }),
			Map.entry("Cwc", new String[] { "Subpolar oceanic, dry winter", "Subpolar oceánico con invierno seco" }),
			Map.entry("Cfa", new String[] { "Humid subtropical", "Subtropical húmedo" }),
			Map.entry("Cfb", new String[] { "Oceanic", "Oceánico" }),
			Map.entry("Cfc", new String[] { "Subpolar oceanic", "Subpolar oceánico" }),
			Map.entry("Dsa", new String[] { "Continental, dry hot summer", "Continental de verano seco y cálido" }),
			Map.entry("Dsb", new String[] { "Continental, dry warm summer", "Continental de verano seco y templado" }),
			Map.entry("Dsc", new String[] { "Subarctic, dry summer", "Subártico de verano seco" }),
			Map.entry("Dwa", new String[] { "Continental, dry winter, hot summer", "Continental de invierno seco y verano cálido" }),
			Map.entry("Dwb", new String[] { "Continental, dry winter, warm summer", "Continental de invierno seco y verano templado" }),
			Map.entry("Dwc", new String[] { "Subarctic, dry winter", "Subártico de invierno seco" }),
			Map.entry("Dwd", new String[] { "Subarctic, dry and very cold winter", "Subártico de invierno seco y muy frío" }),
			Map.entry("Dfa", new String[] { "Continental, hot summer", "Continental de verano cálido" }),
			Map.entry("Dfb", new String[] { "Continental, warm summer", "Continental de verano templado" }),
			Map.entry("Dfc", new String[] { "Subarctic", "Subártico" }),
			Map.entry("Dfd", new String[] { "Subarctic, very cold winter", "Subártico de invierno muy frío" }),
			Map.entry("ET", new String[] { "Tundra", "Tundra" }),
			Map.entry("EF", new String[] { "Ice cap", "Hielo perpetuo" }));

}
