package org.vinculos.network;

import org.jspecify.annotations.Nullable;

/**
 * A network membership as a steward states it, from a row of a memberships file (its member and network found by
 * name or id) or from {@code addMembership} and {@code endMembership}: the member's and the network's ids, the years
 * as given ({@code 2015}, {@code 2015-06-30}), the member's role, and the source. A value not stated is null.
 */
public record MembershipStatement(@Nullable String member, @Nullable String network, @Nullable String since,
		@Nullable String until, @Nullable String observed, @Nullable String role, @Nullable String source,
		@Nullable String sourceUrl) {
}
