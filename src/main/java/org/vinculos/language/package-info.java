/**
 * The sentences that explain mirror cities and partner suggestions, in English and Spanish
 * ({@code phrases_en.properties}, {@code phrases_es.properties}), said only when a client asks for them.
 *
 * <p>Nothing here is null unless marked {@code @Nullable}; NullAway checks it at compile time.
 */
@NullMarked
package org.vinculos.language;

import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
