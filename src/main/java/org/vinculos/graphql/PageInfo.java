package org.vinculos.graphql;

import org.jspecify.annotations.Nullable;

/**
 * Relay page information: whether there are more items on either side, and the cursors at the page's ends.
 */
public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, @Nullable String startCursor, @Nullable String endCursor) {
}
