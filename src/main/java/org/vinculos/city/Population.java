package org.vinculos.city;

import org.jspecify.annotations.Nullable;

/**
 * A population figure with its year, source and kind: which unit it counts (PopulationKind in the schema).
 */
public record Population(long value, @Nullable Integer year, String source, @Nullable String sourceRef, String kind) {

	/** The kind of the figure a city's own {@code population} property holds, by the source that gave it. */
	static String kindOf(String source) {
		return switch (source) {
			case "inegi-municipios" -> "CENSUS";
			case "geonames-cities500" -> "PLACE";
			case null, default -> "REPORTED";
		};
	}

}
