package org.vinculos.agreement;

import org.jspecify.annotations.Nullable;

/**
 * One group of agreements: its key, a label to show, how many, and its share of all groups.
 */
public record StatRow(String key, String label, @Nullable Long count, @Nullable Double share) {
}
