package org.vinculos.export;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.vinculos.graph.Graph;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Serves exports over HTTP: {@code GET /export?format=graphml|gexf|cyjs|csv[&center=ID&depth=N]}.
 */
@RestController
class ExportController {

	private final ExportService exports;

	ExportController(ExportService exports) {
		this.exports = exports;
	}

	@GetMapping("/export")
	void export(@RequestParam String format, @RequestParam(required = false) String center,
			@RequestParam(required = false) String depth, HttpServletResponse response) throws IOException {
		ExportFormat chosen = ExportFormat.named(format);
		if (chosen == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "format must be graphml, gexf, cyjs or csv, got: " + format);
		}
		if (depth != null && !depth.matches("[0-" + ExportService.MAX_DEPTH + "]")) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"depth must be a number from 0 to " + ExportService.MAX_DEPTH + ", got: " + depth);
		}
		if (depth != null && center == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"depth needs a center; without one the whole graph is exported");
		}
		int hops = (depth != null) ? Integer.parseInt(depth) : 1;
		Graph graph;
		try {
			graph = this.exports.graph(center, hops);
		}
		catch (UnknownEntityException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, ex.getMessage());
		}
		response.setContentType(chosen.mediaType() + ";charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"vinculos"
				+ ((center != null) ? "-" + center.replaceAll("[^A-Za-z0-9]+", "-") : "") + "." + chosen.extension() + "\"");
		Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		chosen.write(graph, out);
	}

}
