package org.vinculos.steward;

import java.security.Principal;

/**
 * What every steward mutation asks of the request besides its input; the rules of the facts themselves are each
 * kind's rules class, shared with files.
 */
final class StewardChecks {

	private StewardChecks() {
	}

	/** Who writes, for the import run. */
	static String user(Principal principal) {
		return (principal != null) ? principal.getName() : "anonymous";
	}

}
