package org.vinculos.city;

/**
 * An office of a Mexican state in a city: for its migrants, for promotion, or for international affairs.
 */
public record Office(String id, String name, String kind, String stateId, String stateName, Integer founded, Integer staff,
		String source, String sourceRef) {
}
