package org.vinculos.city;

import org.jspecify.annotations.Nullable;

/**
 * An airport or seaport that serves a city, and how far it is from the city's coordinates.
 */
public record NearbyFacility(String id, String name, @Nullable String iataCode, @Nullable String type, double km, String source,
		String sourceRef) {
}
