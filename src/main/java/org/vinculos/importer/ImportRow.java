package org.vinculos.importer;

import java.util.Map;

import org.vinculos.provenance.Sources;

/**
 * One valid row, ready to write: the parameters of its kind's statement, and the source it cites.
 */
record ImportRow(Map<String, Object> parameters, String sourceText, String sourceUrl) {

	Sources.Cited cited() {
		return new Sources.Cited(this.sourceText, this.sourceUrl);
	}

}
