package org.vinculos.steward;

import java.security.Principal;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.vinculos.city.Cities;
import org.vinculos.city.City;
import org.vinculos.city.CityStatement;
import org.vinculos.importer.ImportService;
import org.vinculos.provenance.Problem;
import org.vinculos.provenance.WriteOutcome;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * {@code recordCity}: a city as one source states it, with the statement, rules and writer of a cities file's row, so
 * that a steward's single correction follows the rules of a file's thousand.
 */
@Controller
class CityCorrectionController {

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
	record CityPayload(@Nullable City city, @Nullable WriteOutcome outcome, List<Problem> errors) {
	}

	@MutationMapping
	@PreAuthorize("hasRole('STEWARD')")
	CityPayload recordCity(@Argument CityInput input, Principal principal) {
		CityStatement city = new CityStatement(input.id(), input.name(), input.country(), input.region(), input.kind(),
				input.names(), (input.population() != null) ? input.population().longValue() : null, input.populationYear(),
				input.latitude(), input.longitude(), input.source(), input.sourceUrl());
		ImportService.CityWrite written = this.writer.writeCity(city, "graphql:recordCity", StewardChecks.user(principal));
		if (!written.problems().isEmpty()) {
			return new CityPayload(null, null, written.problems());
		}
		return new CityPayload(this.cities.byIds(List.of(written.id())).get(written.id()), written.outcome(), List.of());
	}

}
