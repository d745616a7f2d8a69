/**
 * Loads {@code cypher/seed/} at start-up when the store does not hold this seed yet.
 *
 * <p>Nothing here is null unless marked {@code @Nullable}; NullAway checks it at compile time.
 */
@NullMarked
package org.vinculos.seed;

import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
