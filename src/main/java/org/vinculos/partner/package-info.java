/**
 * Partner suggestions: the learned model over an in-memory graph, or the reasoned weights.
 *
 * <p>Nothing here is null unless marked {@code @Nullable}; NullAway checks it at compile time.
 */
@NullMarked
package org.vinculos.partner;

import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
