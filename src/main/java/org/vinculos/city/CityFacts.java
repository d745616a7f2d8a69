package org.vinculos.city;

import org.jspecify.annotations.Nullable;

/**
 * What the graph knows of a city beyond its record, read in one statement for every city of a level of a query:
 * agglomeration and city-proper sizes, climate, seaport, airport, coast, Wikidata id, world-city flags and the
 * GDP per person at PPP of the city itself (else its state) and of its country.
 */
record CityFacts(@Nullable Population agglomeration, @Nullable Population cityProper, @Nullable Climate climate,
		@Nullable NearbyFacility seaport, @Nullable NearbyFacility airport, @Nullable Coastal coastal,
		@Nullable String wikidataId, @Nullable Boolean worldCity, @Nullable Boolean megacity,
		@Nullable EconomicFigure gdpPerCapitaPpp, @Nullable EconomicFigure countryGdpPerCapitaPpp) {

	static final CityFacts NONE = new CityFacts(null, null, null, null, null, null, null, null, null, null, null);

}
