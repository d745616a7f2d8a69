package org.vinculos.mirror;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.vinculos.graphql.BadRequestException;
import org.vinculos.graphql.Connection;
import org.vinculos.graphql.CountryCodes;
import org.vinculos.graphql.Cursors;
import org.vinculos.language.Language;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Answers {@code mirrorCities} and {@code mirrorIndex}, and says each dimension's detail in the language asked.
 */
@Controller
class MirrorController {

	private static final int MAX_LIMIT = 100;

	private static final int MAX_MIRRORS_PER_CITY = 20;

	private final MirrorService mirrors;

	private final MirrorIndex index;

	MirrorController(MirrorService mirrors, MirrorIndex index) {
		this.mirrors = mirrors;
		this.index = index;
	}

	@QueryMapping
	Connection<MirrorIndex.Entry> mirrorIndex(@Argument String country, @Argument @Nullable Integer minPopulation,
			@Argument @Nullable Integer mirrorsPerCity, @Argument @Nullable Integer first,
			@Argument @Nullable String after) {
		int perCity = (mirrorsPerCity != null) ? mirrorsPerCity : 5;
		if (perCity < 1 || perCity > MAX_MIRRORS_PER_CITY) {
			throw new BadRequestException("Argument 'mirrorsPerCity' must be between 1 and " + MAX_MIRRORS_PER_CITY
					+ ", got: " + perCity);
		}
		if (minPopulation != null && minPopulation < 0) {
			throw new BadRequestException("Argument 'minPopulation' must be zero or more, got: " + minPopulation);
		}
		int size = Cursors.pageSize("first", first, MAX_LIMIT);
		int offset = Cursors.offsetAfter("after", after);
		MirrorIndex.Page page = this.index.page(CountryCodes.of("country", country),
				(minPopulation != null) ? minPopulation : 100_000, perCity, offset, size);
		return Connection.of(page.entries(), offset, page.total());
	}

	@QueryMapping
	List<MirrorMatch> mirrorCities(@Argument String cityId, @Argument @Nullable MirrorWeights weights,
			@Argument @Nullable List<String> countries, @Argument @Nullable List<String> excludeCountries,
			@Argument @Nullable Integer minPopulation, @Argument @Nullable Integer limit) {
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

	@SchemaMapping(typeName = "MirrorDimension")
	String detail(MirrorMatch.Dimension dimension, @Argument @Nullable Language language) {
		return dimension.detail((language != null) ? language : Language.EN);
	}

}
