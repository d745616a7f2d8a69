/**
 * What every feature's GraphQL shares: query limits (depth, cost, aliases, tokens, strings, body size), GET queries,
 * error classification, Relay connections and cursors.
 *
 * <p>Nothing here is null unless marked {@code @Nullable}; NullAway checks it at compile time.
 */
@NullMarked
package org.vinculos.graphql;

import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
