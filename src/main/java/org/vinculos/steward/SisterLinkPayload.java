package org.vinculos.steward;

import java.util.List;

import org.vinculos.city.SisterLink;

/**
 * The result of a sister-link mutation: the link as now stored, what the write did, or why it did nothing.
 */
public record SisterLinkPayload(SisterLink link, Outcome outcome, List<StewardError> errors) {

	/** What a write did. */
	public enum Outcome {

		/** A new fact. */
		CREATED,

		/** An existing fact with new values. */
		UPDATED,

		/** The fact was already stored as stated. */
		UNCHANGED,

		/** A source's statement of the fact withdrawn. */
		REMOVED

	}

	/** An expected failure, with the input field it concerns. */
	public record StewardError(String field, Code code, String message) {

		/** The kinds of expected failure. */
		public enum Code {

			/** No city has the id. */
			NOT_FOUND,

			/** A value is malformed or out of range. */
			INVALID,

			/** The link to end does not exist. */
			NO_LINK,

			/** The fact exists already; it is to be updated, not created. */
			DUPLICATE

		}

	}

	static SisterLinkPayload failed(List<StewardError> errors) {
		return new SisterLinkPayload(null, null, errors);
	}

}
