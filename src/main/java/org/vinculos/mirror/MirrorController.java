package org.vinculos.mirror;

import java.util.List;

import org.vinculos.graphql.BadRequestException;
import org.vinculos.graphql.CountryCodes;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Answers {@code mirrorCities}.
 */
@Controller
class MirrorController {

	private static final int MAX_LIMIT = 100;

	private final MirrorService mirrors;

	MirrorController(MirrorService mirrors) {
		this.mirrors = mirrors;
	}

	@QueryMapping
	List<MirrorMatch> mirrorCities(@Argument String cityId, @Argument MirrorWeights weights,
			@Argument List<String> countries, @Argument List<String> excludeCountries, @Argument Integer minPopulation,
			@Argument Integer limit) {
		int size = (limit != null) ? limit : 10;
		if (size < 0 || size > MAX_LIMIT) {
			throw new BadRequestException("Argument 'limit' must be between 0 and " + MAX_LIMIT + ", got: " + size);
		}
		if (minPopulation != null && minPopulation < 0) {
			throw new BadRequestException("Argument 'minPopulation' must be zero or more, got: " + minPopulation);
		}
		return this.mirrors.mirrors(new MirrorService.Request(cityId, weights, CountryCodes.of("countries", countries),
				CountryCodes.of("excludeCountries", excludeCountries), (minPopulation != null) ? minPopulation.longValue() : null,
				size));
	}

}
