package org.vinculos.steward;

import java.math.BigDecimal;
import java.security.Principal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.vinculos.city.Cities;
import org.vinculos.city.City;
import org.vinculos.importer.ImportService;
import org.vinculos.provenance.Problem;
import org.vinculos.provenance.WriteOutcome;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * {@code recordCity}: a city as one source states it, checked and written as a row of a cities file is, so that a
 * steward's single correction follows the rules of a file's thousand.
 */
@Controller
class CityCorrectionController {

	/** The input's fields whose names differ from the columns of a cities file. */
	private static final Map<String, String> FIELDS = Map.of("population_year", "populationYear", "source_url",
			"sourceUrl");

	private final ImportService writer;

	private final Cities cities;

	CityCorrectionController(ImportService writer, Cities cities) {
		this.writer = writer;
		this.cities = cities;
	}

	/** A city as a steward states it. */
	record CityInput(String id, String name, String country, String region, String kind, List<String> names,
			Integer population, Integer populationYear, Double latitude, Double longitude, String source,
			String sourceUrl) {
	}

	/** What recordCity did: the city as now stored, or why nothing was written. */
	record CityPayload(City city, WriteOutcome outcome, List<Problem> errors) {
	}

	@MutationMapping
	@PreAuthorize("hasRole('STEWARD')")
	CityPayload recordCity(@Argument CityInput input, Principal principal) {
		List<String> names = (input.names() != null) ? input.names() : List.of();
		// A cities file separates a city's other names with |, so a name cannot hold one.
		List<Problem> errors = new ArrayList<>(names.stream().filter(name -> name.contains("|"))
			.map(name -> new Problem("names", Problem.Code.INVALID, "a name cannot hold |, got: " + name)).toList());
		if (!errors.isEmpty()) {
			return new CityPayload(null, null, errors);
		}
		Map<String, String> columns = new HashMap<>();
		columns.put("id", input.id());
		columns.put("name", input.name());
		columns.put("country", input.country());
		columns.put("region", input.region());
		columns.put("kind", input.kind());
		columns.put("names", String.join("|", names));
		columns.put("population", text(input.population()));
		columns.put("population_year", text(input.populationYear()));
		columns.put("latitude", (input.latitude() != null) ? BigDecimal.valueOf(input.latitude()).toPlainString() : null);
		columns.put("longitude", (input.longitude() != null) ? BigDecimal.valueOf(input.longitude()).toPlainString() : null);
		columns.put("source", input.source());
		columns.put("source_url", input.sourceUrl());
		ImportService.CityStatement statement = this.writer.writeCity(columns, "graphql:recordCity",
				StewardChecks.user(principal));
		if (!statement.problems().isEmpty()) {
			return new CityPayload(null, null, statement.problems().stream().map(problem -> new Problem(
					FIELDS.getOrDefault(problem.column(), problem.column()),
					problem.message().startsWith("no ") ? Problem.Code.NOT_FOUND : Problem.Code.INVALID, inputNames(problem.message())))
				.toList());
		}
		return new CityPayload(this.cities.byIds(List.of(statement.id())).get(statement.id()),
				WriteOutcome.valueOf(statement.outcome().toUpperCase(Locale.ROOT)), List.of());
	}

	private static String text(Integer number) {
		return (number != null) ? number.toString() : null;
	}

	/** A file's problem as said of this input: its fields by their names here. */
	private static String inputNames(String message) {
		String said = message;
		for (Map.Entry<String, String> field : FIELDS.entrySet()) {
			said = said.replace(field.getKey(), field.getValue());
		}
		return said;
	}

}
