package org.vinculos.about;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.vinculos.database.DatabaseMode;

/**
 * What this Vínculos instance runs on and what its graph holds.
 */
public record About(String version, DatabaseMode database, @Nullable String neo4jVersion, @Nullable String neo4jEdition,
		List<LabelCount> counts) {
}
