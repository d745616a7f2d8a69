/**
 * Mirror cities and the Mirror Cities Index: every city's profile in memory, scored exactly dimension by dimension.
 *
 * <p>Nothing here is null unless marked {@code @Nullable}; NullAway checks it at compile time.
 */
@NullMarked
package org.vinculos.mirror;

import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
