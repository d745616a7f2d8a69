package org.vinculos.graphql;

/**
 * Relay page information: whether there are more items on either side, and the cursors at the page's ends.
 */
public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
}
