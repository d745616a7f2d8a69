package org.vinculos.city;

import org.jspecify.annotations.Nullable;

/**
 * A city's membership in a network as one source states it.
 */
public record Membership(String networkId, String networkName, @Nullable String networkKind, @Nullable Integer since,
		@Nullable Integer until, @Nullable Integer observed, @Nullable String role, @Nullable String category,
		String source, String sourceRef, @Nullable String importRunId) {
}
