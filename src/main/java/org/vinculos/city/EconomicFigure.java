package org.vinculos.city;

import org.jspecify.annotations.Nullable;

/**
 * A dated economic value of a city, its state or its country, with the scope it measures and its source.
 */
public record EconomicFigure(double value, @Nullable Integer year, @Nullable String unit, String scope, String subjectId, @Nullable String note,
		String source, String sourceRef) {
}
