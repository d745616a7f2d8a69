package org.vinculos.provenance;

/**
 * Something wrong with a fact as stated, on the field it concerns: the same for a row of a file (which places it at
 * its column) and for a steward's mutation (which answers it in the payload's {@code errors}).
 */
public record Problem(String field, Code code, String message) {

	public Problem {
		message = oneLine(message);
	}

	/** A value quoted in a message keeps its line breaks as {@code \n}, so that a problem stays one line. */
	public static String oneLine(String message) {
		return message.replace("\r", "\\r").replace("\n", "\\n");
	}

	/** The kinds of expected failure. */
	public enum Code {

		/** No entity has the id, or no city the name. */
		NOT_FOUND,

		/** A value is malformed or out of range. */
		INVALID,

		/** The link to end does not exist. */
		NO_LINK,

		/** The fact exists already, or is stated twice. */
		DUPLICATE

	}

	public static Problem invalid(String field, String message) {
		return new Problem(field, Code.INVALID, message);
	}

	public static Problem notFound(String field, String message) {
		return new Problem(field, Code.NOT_FOUND, message);
	}

}
