/**
 * Accounts and roles (ANALYST, STEWARD, ADMIN), HTTP Basic, anonymous reads.
 *
 * <p>Nothing here is null unless marked {@code @Nullable}; NullAway checks it at compile time.
 */
@NullMarked
package org.vinculos.security;

import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
