package org.vinculos.about;

/**
 * The number of nodes that carry a label.
 */
public record LabelCount(String label, long count) {
}
