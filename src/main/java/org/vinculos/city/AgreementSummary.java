package org.vinculos.city;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An agreement a city is party to, as the graph holds it.
 */
public record AgreementSummary(@Nullable String id, @Nullable String title, @Nullable String kind,
		@Nullable String level, @Nullable String role, @Nullable List<String> parties, @Nullable List<String> topics,
		@Nullable String source, @Nullable String sourceRef) {
}
