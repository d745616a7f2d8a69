package org.vinculos.about;

import java.util.List;

import org.vinculos.database.DatabaseMode;

/**
 * What this Vínculos instance runs on and what its graph holds.
 */
public record About(String version, DatabaseMode database, String neo4jVersion, String neo4jEdition,
		List<LabelCount> counts) {
}
