package org.vinculos.export;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.vinculos.graph.Graph;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Serves exports over HTTP: {@code GET /export?format=graphml|gexf|cyjs|csv[&center=ID&depth=N]} for the whole graph
 * or a neighbourhood, and {@code POST /export} with a JSON {@link DrawingExport} for a drawing exactly as the explorer holds it (too many
 * ids for a URL).
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
		ExportFormat chosen = format(format);
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
		write(chosen, graph, center, response);
	}

	@PostMapping(path = "/export", consumes = MediaType.APPLICATION_JSON_VALUE)
	void exportDrawing(@RequestBody DrawingExport drawing, HttpServletResponse response) throws IOException {
		ExportFormat chosen = format(drawing.format());
		List<String> ids = drawing.ids();
		if (ids == null || ids.isEmpty()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "ids: name at least one drawn entity");
		}
		if (ids.size() > ExportService.MAX_DRAWN) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"ids: a drawing export names at most " + ExportService.MAX_DRAWN + " entities, got " + ids.size());
		}
		Graph graph;
		try {
			graph = this.exports.drawing(ids, drawing.types(), drawing.edges());
		}
		catch (UnknownEntityException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, ex.getMessage());
		}
		write(chosen, graph, drawing.name(), response);
	}

	/**
	 * A drawing to export: the format, the ids of the entities drawn, the relationship types and the relationships
	 * (by their {@code id} in the graph query) shown, either all when absent, and a name for the file.
	 */
	record DrawingExport(String format, List<String> ids, List<String> types, List<String> edges, String name) {
	}

	private static ExportFormat format(String format) {
		ExportFormat chosen = ExportFormat.named(format);
		if (chosen == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "format must be graphml, gexf, cyjs or csv, got: " + format);
		}
		return chosen;
	}

	private static void write(ExportFormat format, Graph graph, String name, HttpServletResponse response)
			throws IOException {
		response.setContentType(format.mediaType() + ";charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"vinculos"
				+ ((name != null) ? "-" + name.replaceAll("[^A-Za-z0-9]+", "-") : "") + "." + format.extension() + "\"");
		Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		format.write(graph, out);
	}

}
