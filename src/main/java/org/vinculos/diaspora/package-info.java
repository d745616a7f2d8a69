/**
 * Diasporas: people born in one country living in another, and the cities that serve them.
 *
 * <p>Nothing here is null unless marked {@code @Nullable}; NullAway checks it at compile time.
 */
@NullMarked
package org.vinculos.diaspora;

import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
