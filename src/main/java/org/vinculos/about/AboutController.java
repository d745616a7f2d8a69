package org.vinculos.about;

import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Answers {@code Query.about}.
 */
@Controller
class AboutController {

	private final AboutService service;

	AboutController(AboutService service) {
		this.service = service;
	}

	@QueryMapping
	About about() {
		return this.service.about();
	}

}
