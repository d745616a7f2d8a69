package org.vinculos.city;

/**
 * A sister-city link seen from one of its cities, with its dates and status where a source gives them, and where the
 * link is stated.
 */
public record SisterLink(City city, Integer since, Integer until, String status, String source, String sourceRef,
		String importRunId) {
}
