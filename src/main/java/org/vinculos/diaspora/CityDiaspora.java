package org.vinculos.diaspora;

/**
 * A diaspora as seen from a city: its people abroad or the people from abroad who live in it, counted for the city
 * itself or, where the sources count only larger units, for its region or country.
 */
public record CityDiaspora(Direction direction, Scope scope, Diaspora diaspora) {

	/** Whether the diaspora's people come from the place or live in it. */
	public enum Direction {

		/** People born in the place who live elsewhere. */
		FROM_HERE,

		/** People born elsewhere who live in the place. */
		LIVING_HERE

	}

	/** Which place the diaspora's figures are counted for. */
	public enum Scope {

		/** The city itself. */
		CITY,

		/** The city's state or province. */
		REGION,

		/** The city's country. */
		COUNTRY

	}

}
