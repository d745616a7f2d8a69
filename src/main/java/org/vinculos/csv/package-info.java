/**
 * The CSV reader every import and the seed use: RFC 4180, UTF-8 checked, each record with its line and columns so
 * that a problem is told as {@code file:line:column}.
 *
 * <p>Nothing here is null unless marked {@code @Nullable}; NullAway checks it at compile time.
 */
@NullMarked
package org.vinculos.csv;

import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
