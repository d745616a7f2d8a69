package org.vinculos.search;

/**
 * An entity whose names match a search, with its relevance.
 */
public record SearchHit(String id, EntityType type, String name, String country, Long population, double score) {
}
