package org.vinculos.steward;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.vinculos.city.SisterLink;
import org.vinculos.provenance.Problem;
import org.vinculos.provenance.WriteOutcome;

/**
 * The result of a sister-link mutation: the link as now stored, what the write did, or why it did nothing.
 */
public record SisterLinkPayload(@Nullable SisterLink link, @Nullable WriteOutcome outcome, List<Problem> errors) {

	static SisterLinkPayload failed(List<Problem> errors) {
		return new SisterLinkPayload(null, null, errors);
	}

}
