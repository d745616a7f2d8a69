package org.vinculos.city;

/**
 * A dated economic value of a city, its state or its country, with the scope it measures and its source.
 */
public record EconomicFigure(double value, Integer year, String unit, String scope, String subjectId, String note,
		String source, String sourceRef) {
}
