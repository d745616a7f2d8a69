package org.vinculos.agreement;

/**
 * One group of agreements: its key, a label to show, how many, and its share of all groups.
 */
public record StatRow(String key, String label, Long count, Double share) {
}
