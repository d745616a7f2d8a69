package org.vinculos.city;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An agreement a city is party to, as the graph holds it.
 */
public record AgreementSummary(String id, String title, @Nullable String kind, @Nullable String level,
		@Nullable String role, List<String> parties, List<String> topics, String source, String sourceRef) {
}
