/**
 * The stewards' GraphQL mutations ({@code addSisterLink}, {@code recordCity}, {@code createAgreement}…): typed errors
 * in the payload, each written as a one-row import run.
 *
 * <p>Nothing here is null unless marked {@code @Nullable}; NullAway checks it at compile time.
 */
@NullMarked
package org.vinculos.steward;

import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
