package org.vinculos.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains an embedded store that cannot open, typically because another process holds it.
 */
class EmbeddedDatabaseFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedDatabaseException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedDatabaseException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Make sure no other Vínculos process uses " + cause.homeDirectory()
						+ ", or point VINCULOS_DATA_DIR at another directory. While the server runs on this store, stewards "
						+ "import files through it: curl -u NAME -F file=@FILE.csv http://localhost:8080/import",
				cause);
	}

}
