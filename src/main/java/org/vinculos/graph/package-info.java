/**
 * {@code graph} (a neighbourhood for drawing) and {@code connections} (paths between two entities).
 *
 * <p>Nothing here is null unless marked {@code @Nullable}; NullAway checks it at compile time.
 */
@NullMarked
package org.vinculos.graph;

import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
