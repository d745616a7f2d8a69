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
	REMOVED

}
