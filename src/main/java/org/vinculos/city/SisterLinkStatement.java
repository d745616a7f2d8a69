package org.vinculos.city;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A sister-city link as a steward states it, from a row of a sister-links file (its cities found by name or id) or
 * from {@code addSisterLink} and {@code endSisterLink}: the two cities' ids, the years as given ({@code 1995},
 * {@code 1995-06-30}), the status, and the source. A value not stated is null.
 */
public record SisterLinkStatement(@Nullable String cityA, @Nullable String cityB, @Nullable String since,
		@Nullable String until, @Nullable String status, @Nullable String source, @Nullable String sourceUrl) {

	/** The statuses a link may have, in files and mutations alike. */
	public static final Set<String> STATUSES = Set.of("active", "inactive", "ended");

}
