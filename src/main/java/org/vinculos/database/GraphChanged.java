package org.vinculos.database;

/**
 * Published after an import or a steward's correction commits, so that what is computed from the whole graph (the
 * mirror profiles) is computed again before it is next read.
 */
public record GraphChanged() {
}
