/**
 * City networks, their members, themes and organizations.
 *
 * <p>Nothing here is null unless marked {@code @Nullable}; NullAway checks it at compile time.
 */
@NullMarked
package org.vinculos.network;

import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
