package org.vinculos.partner;

/**
 * The signals that suggest a partner, each with its default weight in the score.
 */
public enum ReasonKind {

	/** Partners of the city's partners (Adamic–Adar: a shared partner with few links counts more). */
	PARTNER_OF_PARTNER(0.25),

	/** Partners of other local governments of the city's own state or region. */
	REGIONAL_PEER(0.25),

	/** Networks that both belong to. */
	SHARED_NETWORK(0.10),

	/** The city's country's emigrants live in the candidate's country (and, for the US, state). */
	DIASPORA(0.10),

	/** A similar profile: size, geography, international ties. */
	MIRROR(0.10),

	/** The candidate's experience: its sister links, and its agreements and cooperation on the topics asked. */
	TRACK_RECORD(0.20);

	private final double defaultWeight;

	ReasonKind(double defaultWeight) {
		this.defaultWeight = defaultWeight;
	}

	/** Its weight when a query does not change it. */
	public double defaultWeight() {
		return this.defaultWeight;
	}

}
