package org.vinculos.search;

import org.jspecify.annotations.Nullable;

/**
 * An entity whose names match a search, with its relevance.
 */
public record SearchHit(String id, EntityType type, String name, @Nullable String country, @Nullable Long population, double score) {
}
