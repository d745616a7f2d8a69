package org.vinculos.city;

import org.jspecify.annotations.Nullable;

/**
 * A sister-city link seen from one of its cities, with its dates and status where a source gives them, and where the
 * link is stated.
 */
public record SisterLink(City city, @Nullable Integer since, @Nullable Integer until, @Nullable String status,
		String source, String sourceRef, @Nullable String importRunId) {
}
