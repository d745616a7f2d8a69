package org.vinculos.steward;

import java.security.Principal;
import java.util.List;
import java.util.Set;

import org.vinculos.provenance.Checks;
import org.vinculos.provenance.Problem;

/**
 * The checks of steward mutations that files do not share (the rules both share are {@link Checks}), each failure a
 * typed error on its field.
 */
final class StewardChecks {

	private StewardChecks() {
	}

	/** An agreement cannot end before it was signed; both ISO dates, so their text orders them. */
	static void signedBeforeEnded(List<Problem> errors, String signed, String ended) {
		if (signed != null && ended != null && ended.compareTo(signed) < 0) {
			errors.add(new Problem("ended", Problem.Code.INVALID, "ended (" + ended + ") is before signed (" + signed + ")"));
		}
	}

	/** A value that, when given, must be one of those allowed. */
	static void oneOf(List<Problem> errors, String field, String value, Set<String> allowed) {
		if (value != null && !allowed.contains(value)) {
			errors.add(new Problem(field, Problem.Code.INVALID, field + " must be one of "
					+ String.join(", ", allowed.stream().sorted().toList()) + ", got: " + value));
		}
	}

	/** Who writes, for the import run. */
	static String user(Principal principal) {
		return (principal != null) ? principal.getName() : "anonymous";
	}

}
