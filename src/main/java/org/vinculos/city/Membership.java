package org.vinculos.city;

/**
 * A city's membership in a network as one source states it.
 */
public record Membership(String networkId, String networkName, String networkKind, Integer since, Integer until,
		Integer observed, String role, String category, String source, String sourceRef, String importRunId) {
}
