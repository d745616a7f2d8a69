package org.vinculos.mirror;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.vinculos.graphql.BadRequestException;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Answers {@code mirrorCities}.
 */
@Controller
class MirrorController {

	private static final int MAX_LIMIT = 100;

	private static final Pattern COUNTRY_CODE = Pattern.compile("[A-Za-z]{2}");

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
		return this.mirrors.mirrors(new MirrorService.Request(cityId, weights, countryCodes("countries", countries),
				countryCodes("excludeCountries", excludeCountries), (minPopulation != null) ? minPopulation.longValue() : null,
				size));
	}

	static Set<String> countryCodes(String argument, List<String> codes) {
		if (codes == null) {
			return null;
		}
		Set<String> checked = new LinkedHashSet<>();
		for (String code : codes) {
			if (!COUNTRY_CODE.matcher(code.strip()).matches()) {
				throw new BadRequestException("Argument '" + argument
						+ "' must hold ISO 3166-1 alpha-2 country codes such as MX, got: " + code);
			}
			checked.add(code.strip().toUpperCase(Locale.ROOT));
		}
		return checked;
	}

}
