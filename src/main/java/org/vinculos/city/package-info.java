/**
 * Cities and everything a city answers: population, region, country, climate, facilities, sister cities, networks,
 * offices, agreements, observations; {@code Cities} is what other features use to turn ids into cities.
 *
 * <p>Nothing here is null unless marked {@code @Nullable}; NullAway checks it at compile time.
 */
@NullMarked
package org.vinculos.city;

import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
