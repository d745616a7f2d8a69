package org.vinculos.city;

import org.jspecify.annotations.Nullable;

/**
 * An office of a Mexican state in a city: for its migrants, for promotion, or for international affairs.
 */
public record Office(String id, String name, @Nullable String kind, String stateId, String stateName, @Nullable Integer founded, @Nullable Integer staff,
		String source, String sourceRef) {
}
