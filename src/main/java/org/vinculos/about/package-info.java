/**
 * {@code about}: the release, the database in use and how many entities of each label it holds.
 *
 * <p>Nothing here is null unless marked {@code @Nullable}; NullAway checks it at compile time.
 */
@NullMarked
package org.vinculos.about;

import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
