package org.vinculos.agreement;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * An agreement as a steward states it, from the rows of an agreements file (one a counterpart, its parties and areas
 * found by name or id) or from {@code createAgreement}: its title, kind and level, the ids of its Mexican party and
 * counterparts, the counterparts' type, the ids of its topics, the dates as given, its status and registration, and
 * the source. A value not stated is null.
 */
public record AgreementStatement(@Nullable String title, @Nullable String kind, @Nullable String level,
		@Nullable String mexicanParty, List<String> counterparts, @Nullable String counterpartType, List<String> topics,
		@Nullable String signed, @Nullable String ended, @Nullable String status, @Nullable Boolean registered,
		@Nullable String source, @Nullable String sourceUrl) {

	/** The levels of an agreement's Mexican party. */
	public static final Set<String> LEVELS = Set.of("state", "municipal");

	/** What an agreement's counterpart is. */
	public static final Set<String> COUNTERPART_TYPES = Set.of("governmental", "international organization", "NGO",
			"private");

	/** The statuses an agreement may have. */
	public static final Set<String> STATUSES = Set.of("active", "inactive", "ended");

}
