package org.vinculos.diaspora;

import java.util.Set;

import org.junit.jupiter.api.Test;

import org.vinculos.provenance.Problem;

import static org.assertj.core.api.Assertions.assertThat;

class DiasporaFigureRulesTests {

	private static final Set<String> PLACES = Set.of("MX", "US", "inegi:14039");

	@Test
	void aFigureOfKnownPlacesAYearAndASourcePasses() {
		assertThat(DiasporaFigureRules.check(new DiasporaFigure("mx", "US", 2020, 11_000_000L, "UN DESA", null),
				PLACES::contains)).isEmpty();
	}

	@Test
	void placesAreCountryCodesInAnyCaseOrIdsAndDiffer() {
		assertThat(DiasporaFigureRules.check(new DiasporaFigure("xx", "XX", 2020, 1L, "s", null), PLACES::contains))
			.containsExactly(Problem.notFound("origin", "no country, state or city has the id XX"),
					Problem.notFound("destination", "no country, state or city has the id XX"),
					Problem.invalid("destination", "a diaspora lives outside its origin"));
	}

	@Test
	void yearAndStockAreRequiredAndInRange() {
		assertThat(DiasporaFigureRules.check(new DiasporaFigure("MX", "US", null, null, "s", null), PLACES::contains))
			.extracting(Problem::message)
			.containsExactly("year is required", "stock must be a whole number of people, got: null");
		assertThat(DiasporaFigureRules.check(new DiasporaFigure("MX", "US", 1700, -5L, "s", null), PLACES::contains))
			.extracting(Problem::message)
			.containsExactly("year 1700 is out of range (1800 to next year)", "stock must be a whole number of people, got: -5");
	}

}
