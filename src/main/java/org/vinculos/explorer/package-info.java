/**
 * Serves the explorer page at {@code /} (its code is static, under {@code src/main/resources/static/explorer}).
 *
 * <p>Nothing here is null unless marked {@code @Nullable}; NullAway checks it at compile time.
 */
@NullMarked
package org.vinculos.explorer;

import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
