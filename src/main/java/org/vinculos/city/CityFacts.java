package org.vinculos.city;

/**
 * What the graph knows of a city beyond its record, read in one statement for every city of a level of a query:
 * agglomeration and city-proper sizes, climate, seaport, airport, coast, Wikidata id, world-city flags and the
 * GDP per person at PPP of the city itself (else its state) and of its country.
 */
record CityFacts(Population agglomeration, Population cityProper, Climate climate,
		NearbyFacility seaport, NearbyFacility airport, Coastal coastal,
		String wikidataId, Boolean worldCity, Boolean megacity,
		EconomicFigure gdpPerCapitaPpp, EconomicFigure countryGdpPerCapitaPpp) {

	static final CityFacts NONE = new CityFacts(null, null, null, null, null, null, null, null, null, null, null);

}
