package org.vinculos.steward;

import java.security.Principal;
import java.util.List;
import java.util.Set;

import org.vinculos.importer.YearOrDate;
import org.vinculos.steward.SisterLinkPayload.StewardError;
import org.vinculos.steward.SisterLinkPayload.StewardError.Code;

/**
 * The checks every steward mutation makes of its input, each failure added as a typed error on its field.
 */
final class StewardChecks {

	private StewardChecks() {
	}

	/** The source is required, its URL must be http(s). */
	static void source(List<StewardError> errors, String source, String url) {
		if (source == null || source.isBlank()) {
			errors.add(new StewardError("source", Code.INVALID, "source is required: who states it"));
		}
		if (url != null && !url.matches("https?://.+")) {
			errors.add(new StewardError("sourceUrl", Code.INVALID, "sourceUrl must be an http(s) URL"));
		}
	}

	/** A year or a date, or null when not given. */
	static YearOrDate yearOrDate(List<StewardError> errors, String field, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return YearOrDate.parse(field, text.strip());
		}
		catch (IllegalArgumentException ex) {
			errors.add(new StewardError(field, Code.INVALID, ex.getMessage()));
			return null;
		}
	}

	/** A fact cannot end before it began: {@code until} not before {@code since}, to the year. */
	static void period(List<StewardError> errors, YearOrDate since, YearOrDate until) {
		if (since != null && until != null && until.year() < since.year()) {
			errors.add(new StewardError("until", Code.INVALID, "until (" + until.year() + ") is before since (" + since.year()
					+ ")"));
		}
	}

	/** An agreement cannot end before it was signed; both ISO dates, so their text orders them. */
	static void signedBeforeEnded(List<StewardError> errors, String signed, String ended) {
		if (signed != null && ended != null && ended.compareTo(signed) < 0) {
			errors.add(new StewardError("ended", Code.INVALID, "ended (" + ended + ") is before signed (" + signed + ")"));
		}
	}

	/** A value that, when given, must be one of those allowed. */
	static void oneOf(List<StewardError> errors, String field, String value, Set<String> allowed) {
		if (value != null && !allowed.contains(value)) {
			errors.add(new StewardError(field, Code.INVALID, field + " must be one of "
					+ String.join(", ", allowed.stream().sorted().toList()) + ", got: " + value));
		}
	}

	/** Who writes, for the import run. */
	static String user(Principal principal) {
		return (principal != null) ? principal.getName() : "anonymous";
	}

}
