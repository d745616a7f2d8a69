package org.vinculos.network;

/**
 * A member of a network (a city or a state) as one source states it.
 */
public record Member(String id, String name, String type, String country, Integer since, Integer until, Integer observed,
		String role, String category, String source, String sourceRef) {
}
