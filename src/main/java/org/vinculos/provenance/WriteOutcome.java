package org.vinculos.provenance;

/** What a write did to a fact. */
public enum WriteOutcome {

	/** A new fact. */
	CREATED,

	/** An existing fact with new values. */
	UPDATED,

	/** The fact was already stored as stated. */
	UNCHANGED,

	/** A source's statement of the fact withdrawn. */
	REMOVED;

	/** The outcome a write statement returns in lower case ({@code 'created'}). */
	public static WriteOutcome of(String returned) {
		return switch (returned) {
			case "created" -> CREATED;
			case "updated" -> UPDATED;
			case "unchanged" -> UNCHANGED;
			default -> throw new IllegalArgumentException("a write statement returned the outcome " + returned);
		};
	}

}
