package org.vinculos.mirror;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.vinculos.graphql.BadRequestException;
import org.vinculos.graphql.CountryCodes;
import org.vinculos.language.Language;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import tools.jackson.databind.json.JsonMapper;

/**
 * Serves the whole Mirror Cities Index as a file:
 * {@code GET /export/mirror-index?format=csv|json[&country=MX&minPopulation=100000&mirrorsPerCity=5&language=en|es]}.
 * The CSV has a row per city and mirror; the JSON the index's entries as {@code mirrorIndex} answers them. The
 * explanations are in {@code language}, English by default.
 */
@RestController
class MirrorIndexExportController {

	private final MirrorIndex index;

	MirrorIndexExportController(MirrorIndex index) {
		this.index = index;
	}

	@GetMapping("/export/mirror-index")
	void export(@RequestParam String format, @RequestParam(defaultValue = "MX") String country,
			@RequestParam(defaultValue = "100000") String minPopulation,
			@RequestParam(defaultValue = "5") String mirrorsPerCity, @RequestParam(defaultValue = "en") String language,
			HttpServletResponse response) throws IOException {
		if (!format.equals("csv") && !format.equals("json")) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "format must be csv or json, got: " + format);
		}
		if (!minPopulation.matches("\\d{1,10}")) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"minPopulation must be a whole number of people, got: " + minPopulation);
		}
		if (!mirrorsPerCity.matches("\\d{1,2}") || Integer.parseInt(mirrorsPerCity) < 1 || Integer.parseInt(mirrorsPerCity) > 20) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "mirrorsPerCity must be from 1 to 20, got: " + mirrorsPerCity);
		}
		Language said = switch (language) {
			case "en" -> Language.EN;
			case "es" -> Language.ES;
			default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "language must be en or es, got: " + language);
		};
		String code;
		try {
			code = CountryCodes.of("country", country);
		}
		catch (BadRequestException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, ex.getMessage());
		}
		MirrorIndex.Page page = this.index.page(code, Long.parseLong(minPopulation), Integer.parseInt(mirrorsPerCity), 0,
				Integer.MAX_VALUE);
		response.setContentType((format.equals("csv") ? "text/csv" : "application/json") + ";charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"vinculos-mirror-index-" + code + "." + format + "\"");
		Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		if (format.equals("csv")) {
			csv(page, said, out);
		}
		else {
			out.write(JsonMapper.builder().build().writeValueAsString(json(page, said)));
		}
		out.flush();
	}

	private static void csv(MirrorIndex.Page page, Language language, Writer out) throws IOException {
		out.write("city_id,city,population,agglomeration,gdp_per_capita_ppp,gdp_scope,climate,seaport,airport,rank,"
				+ "mirror_id,mirror,mirror_country,score,coverage,size,economy,geography,challenges,international,why\n");
		for (MirrorIndex.Entry entry : page.entries()) {
			MirrorIndex.Profile p = entry.profile();
			int rank = 0;
			for (MirrorMatch match : entry.mirrors()) {
				List<Object> row = new ArrayList<>(List.of(entry.city().id(), entry.city().name()));
				row.addAll(Arrays.asList(p.population(), p.agglomeration(),
						(p.gdpPerCapitaPpp() != null) ? Math.round(p.gdpPerCapitaPpp()) : null, p.gdpScope(), p.climate(),
						p.seaport(), p.airport(), ++rank, match.city().id(), match.city().name(), match.city().countryCode(),
						format(match.score()), format(match.coverage())));
				List<String> why = new ArrayList<>();
				for (MirrorMatch.Dimension d : match.dimensions()) {
					row.add((d.score() != null) ? format(d.score()) : null);
					why.add(d.name() + ": " + d.detail(language));
				}
				row.add(String.join(" | ", why));
				out.write(String.join(",", row.stream().map(MirrorIndexExportController::field).toList()));
				out.write('\n');
			}
		}
	}

	private static List<Map<String, Object>> json(MirrorIndex.Page page, Language language) {
		return page.entries().stream().map(entry -> Map.<String, Object>of("city", Map.of("id", entry.city().id(), "name",
				entry.city().name(), "country", entry.city().countryCode()), "profile", entry.profile(), "mirrors",
				entry.mirrors().stream().map(m -> Map.of("city", Map.of("id", m.city().id(), "name", m.city().name(),
						"country", m.city().countryCode()), "score", m.score(), "coverage", m.coverage(), "dimensions",
						m.dimensions().stream().map(d -> dimension(d, language)).toList())).toList())).toList();
	}

	/** A dimension as {@code mirrorIndex} answers it: its score may be null, so not {@link Map#of}. */
	private static Map<String, Object> dimension(MirrorMatch.Dimension d, Language language) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("name", d.name());
		json.put("score", d.score());
		json.put("weight", d.weight());
		json.put("coverage", d.coverage());
		json.put("detail", d.detail(language));
		return json;
	}

	private static String format(double value) {
		return String.format(Locale.ROOT, "%.4f", value);
	}

	/** A CSV field, quoted when it holds a comma, a quote or a line break. */
	private static String field(Object value) {
		if (value == null) {
			return "";
		}
		String text = value.toString();
		return (text.contains(",") || text.contains("\"") || text.contains("\n"))
				? "\"" + text.replace("\"", "\"\"") + "\"" : text;
	}

}
