package org.vinculos.city;

/**
 * An airport or seaport that serves a city, and how far it is from the city's coordinates.
 */
public record NearbyFacility(String id, String name, String iataCode, String type, double km, String source,
		String sourceRef) {
}
