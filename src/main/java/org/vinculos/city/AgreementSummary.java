package org.vinculos.city;

import java.util.List;

/**
 * An agreement a city is party to, as the graph holds it.
 */
public record AgreementSummary(String id, String title, String kind, String level, String role, List<String> parties,
		List<String> topics, String source, String sourceRef) {
}
