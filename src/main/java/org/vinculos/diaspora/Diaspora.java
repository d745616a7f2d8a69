package org.vinculos.diaspora;

import org.jspecify.annotations.Nullable;

/**
 * People born in one place and living in another, with their number as the most recent source counts it.
 */
public record Diaspora(String id, String name, @Nullable String nameEs, Place origin, Place destination,
		@Nullable Long stock, @Nullable Integer stockYear, String source, String sourceRef,
		@Nullable String importRunId) {

	/** A place a diaspora comes from or lives in. */
	public record Place(String id, String name, String type) {
	}

}
