package org.vinculos.city;

/**
 * The orders a {@code cities} page can come in.
 */
public enum CityOrder {

	/** Most populous first; cities without a population figure last. */
	POPULATION_DESC("c.population IS NULL, c.population DESC, c.id"),

	/** By name, then id. */
	NAME_ASC("c.name, c.id");

	private final String cypher;

	CityOrder(String cypher) {
		this.cypher = cypher;
	}

	/** The ORDER BY expression; a constant of this enum, never user input. */
	String cypher() {
		return this.cypher;
	}

}
