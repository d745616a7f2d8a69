/**
 * Vínculos: {@code VinculosApplication}, which starts the server, or hands the arguments to the command line when
 * they name a command.
 *
 * <p>Nothing here is null unless marked {@code @Nullable}; NullAway checks it at compile time.
 */
@NullMarked
package org.vinculos;

import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
