package org.vinculos.importer;

import java.util.List;

import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Answers {@code importsInProgress}: the imports running on this server now.
 */
@Controller
class ImportProgressController {

	private final ImportService importer;

	ImportProgressController(ImportService importer) {
		this.importer = importer;
	}

	@QueryMapping
	List<ImportInProgress> importsInProgress() {
		return this.importer.inProgress();
	}

}
