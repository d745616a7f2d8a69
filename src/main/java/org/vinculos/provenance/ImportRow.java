package org.vinculos.provenance;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One fact ready to write, from a file's row or a steward's mutation: the parameters its kind's writer gives its
 * statement (built by that writer from the checked statement), and the source it cites.
 */
public record ImportRow(Map<String, Object> parameters, String sourceText, @Nullable String sourceUrl) {

	public Sources.Cited cited() {
		return new Sources.Cited(this.sourceText, this.sourceUrl);
	}

}
