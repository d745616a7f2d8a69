package org.vinculos.diaspora;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.vinculos.city.City;
import org.vinculos.graphql.BadRequestException;
import org.vinculos.provenance.ImportRun;
import org.vinculos.provenance.ImportRuns;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Answers {@code diasporas}, the {@code diasporas} of a list of cities and the import runs that wrote them, in one
 * query per list.
 */
@Controller
class DiasporaController {

	private static final int MAX_RESULTS = 100;

	private final DiasporaRepository diasporas;

	private final ImportRuns runs;

	DiasporaController(DiasporaRepository diasporas, ImportRuns runs) {
		this.diasporas = diasporas;
		this.runs = runs;
	}

	@QueryMapping
	List<Diaspora> diasporas(@Argument @Nullable String origin, @Argument @Nullable String destination,
			@Argument @Nullable Integer minStock, @Argument @Nullable Integer first) {
		int limit = (first != null) ? first : 50;
		if (limit < 0 || limit > MAX_RESULTS) {
			throw new BadRequestException("Argument 'first' must be between 0 and " + MAX_RESULTS + ", got: " + limit);
		}
		return this.diasporas.diasporas(origin, destination, minStock, limit);
	}

	@BatchMapping(typeName = "Diaspora", field = "importRun")
	Map<Diaspora, ImportRun> importRuns(List<Diaspora> diasporas) {
		return this.runs.of(diasporas, Diaspora::importRunId);
	}

	@BatchMapping(typeName = "City", field = "diasporas")
	Map<City, List<CityDiaspora>> ofCities(List<City> cities) {
		Map<String, List<CityDiaspora>> found = this.diasporas.ofCities(cities.stream().map(City::id).toList());
		return cities.stream()
			.collect(Collectors.toMap(Function.identity(), c -> found.getOrDefault(c.id(), List.of()), (a, b) -> a));
	}

}
