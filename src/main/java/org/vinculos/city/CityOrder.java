package org.vinculos.city;

/**
 * The orders a {@code cities} page can come in.
 */
public enum CityOrder {

	/** Most populous first; cities without a population figure last. */
	POPULATION_DESC("c.population", "c.population DESC, c.id"),

	/** By name, then id. */
	NAME_ASC("c.name", "c.name, c.id");

	private final String property;

	private final String cypher;

	CityOrder(String property, String cypher) {
		this.property = property;
		this.cypher = cypher;
	}

	/** The indexed property the order follows; cities without it come last, by id. */
	String property() {
		return this.property;
	}

	/** The ORDER BY expression; a constant of this enum, never user input. */
	String cypher() {
		return this.cypher;
	}

}
