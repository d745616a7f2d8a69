package org.vinculos.city;

import java.util.Set;

import org.junit.jupiter.api.Test;

import org.vinculos.provenance.Problem;
import org.vinculos.provenance.YearOrDate;

import static org.assertj.core.api.Assertions.assertThat;

class SisterLinkRulesTests {

	private static final Set<String> CITIES = Set.of("inegi:14039", "geonames:643492");

	@Test
	void aLinkOfTwoKnownCitiesWithASourcePassesAndItsYearsAreRead() {
		SisterLinkRules.Checked checked = SisterLinkRules.check(new SisterLinkStatement("inegi:14039", "geonames:643492",
				"2004-05-01", null, "active", "Acta", null), CITIES::contains);

		assertThat(checked.ok()).isTrue();
		assertThat(checked.since()).isEqualTo(new YearOrDate(2004, "2004-05-01"));
		assertThat(checked.until()).isNull();
	}

	@Test
	void everyMistakeIsOnItsField() {
		SisterLinkRules.Checked checked = SisterLinkRules.check(new SisterLinkStatement("inegi:99999", "inegi:99999",
				"20", null, "dormant", null, null), CITIES::contains);

		assertThat(checked.problems()).extracting(p -> p.field() + " " + p.code()).containsExactly("cityA NOT_FOUND",
				"cityB NOT_FOUND", "cityB INVALID", "since INVALID", "status INVALID", "source INVALID");
		assertThat(checked.problems()).contains(Problem.invalid("cityB", "a city cannot be its own sister city (inegi:99999)"));
	}

}
