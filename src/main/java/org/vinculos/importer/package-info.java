/**
 * File imports: detecting a file's kind, checking its rows, writing them in one transaction, and
 * {@code importsInProgress}.
 *
 * <p>Nothing here is null unless marked {@code @Nullable}; NullAway checks it at compile time.
 */
@NullMarked
package org.vinculos.importer;

import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
