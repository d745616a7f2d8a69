package org.vinculos.city;

import org.jspecify.annotations.Nullable;

/**
 * A dated value of an entity, with its source and, for a steward's figure, the import run that wrote it: a census
 * figure, a projection, a count in a table.
 */
public record Observation(String indicator, @Nullable String breakdown, @Nullable String label, @Nullable String date,
		@Nullable Integer year, @Nullable Double value, @Nullable String unit, @Nullable String kind,
		@Nullable String note, String source, String sourceRef, @Nullable String importRunId) {
}
