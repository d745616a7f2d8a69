package org.vinculos.city;

/**
 * A dated value of an entity, with its source and, for a steward's figure, the import run that wrote it: a census
 * figure, a projection, a count in a table.
 */
public record Observation(String indicator, String breakdown, String label, String date, Integer year, Double value,
		String unit, String kind, String note, String source, String sourceRef, String importRunId) {
}
