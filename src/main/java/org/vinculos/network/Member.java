package org.vinculos.network;

import org.jspecify.annotations.Nullable;

/**
 * A member of a network (a city or a state) as one source states it.
 */
public record Member(String id, String name, @Nullable String type, @Nullable String country, @Nullable Integer since, @Nullable Integer until, @Nullable Integer observed,
		@Nullable String role, @Nullable String category, String source, String sourceRef) {
}
