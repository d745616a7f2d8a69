/**
 * {@code search}: the full-text index over names in Spanish and English.
 *
 * <p>Nothing here is null unless marked {@code @Nullable}; NullAway checks it at compile time.
 */
@NullMarked
package org.vinculos.search;

import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
