/**
 * Agreements and {@code agreementStats}, the SRE book's tables computed from the graph (per state, presidential term,
 * counterpart type, world region, area).
 *
 * <p>Nothing here is null unless marked {@code @Nullable}; NullAway checks it at compile time.
 */
@NullMarked
package org.vinculos.agreement;

import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
