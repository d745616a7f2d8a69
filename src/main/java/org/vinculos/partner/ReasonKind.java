package org.vinculos.partner;

/**
 * The reasons behind a partner suggestion. Each has a weight in the reasoned ranking (0: it explains only the learned
 * one); the learned ranking groups its features under them ({@link PairFeatures.Signal}).
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
	TRACK_RECORD(0.20),

	/** Where the cities of its country, and of its state, have their partners: the share in the candidate's country. */
	COUNTRY_PREFERENCE(0),

	/** Sizes: how large the candidate is, and how close to the city's own size. */
	SIZE(0),

	/** The distance between the two. */
	PROXIMITY(0),

	/** The same name, or one holding the other. */
	SAME_NAME(0),

	/** Climate, seaports and coasts in common. */
	GEOGRAPHY(0),

	/** A capital, a world city. */
	PROMINENCE(0);

	private final double defaultWeight;

	ReasonKind(double defaultWeight) {
		this.defaultWeight = defaultWeight;
	}

	/** Its weight when a query does not change it. */
	public double defaultWeight() {
		return this.defaultWeight;
	}

}
