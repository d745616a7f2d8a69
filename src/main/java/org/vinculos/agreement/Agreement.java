package org.vinculos.agreement;

import java.util.List;

/**
 * An agreement between a Mexican government and its counterparts, with its parties, topics and sources.
 */
public record Agreement(String id, String title, String kind, String level, String counterpartType,
		String counterpartCountry, String status, String signed, Boolean registered, List<Party> parties,
		List<String> topics, List<String> sources, String importRunId) {

	/** A party to an agreement and its role (mexican or counterpart). */
	public record Party(String id, String name, String role) {
	}

}
