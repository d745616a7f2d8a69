package org.vinculos.agreement;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An agreement between a Mexican government and its counterparts, with its parties, topics and sources.
 */
public record Agreement(String id, String title, @Nullable String kind, @Nullable String level, @Nullable String counterpartType,
		@Nullable String counterpartCountry, @Nullable String status, @Nullable String signed, @Nullable Boolean registered, List<Party> parties,
		List<String> topics, List<String> sources, String importRunId) {

	/** A party to an agreement and its role (mexican or counterpart). */
	public record Party(String id, String name, String role) {
	}

}
