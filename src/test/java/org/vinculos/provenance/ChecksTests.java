package org.vinculos.provenance;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ChecksTests {

	@Test
	void aSourceIsRequiredAndItsUrlIsHttp() {
		List<Problem> problems = new ArrayList<>();
		Checks.source(problems, "Acta de cabildo", "https://example.org/acta");
		assertThat(problems).isEmpty();

		Checks.source(problems, "  ", "ftp://example.org/acta");
		assertThat(problems).extracting(Problem::field, Problem::code).containsExactly(
				tuple("source", Problem.Code.INVALID),
				tuple("sourceUrl", Problem.Code.INVALID));
	}

	@Test
	void aPeriodEndsNoEarlierThanItBeganToTheYear() {
		List<Problem> problems = new ArrayList<>();
		Checks.period(problems, YearOrDate.parse("since", "2010-06-01"), YearOrDate.parse("until", "2010-01-01"));
		assertThat(problems).as("the same year is no contradiction").isEmpty();

		Checks.period(problems, YearOrDate.parse("since", "2010"), YearOrDate.parse("until", "2001"));
		assertThat(problems).containsExactly(Problem.invalid("until", "until (2001) is before since (2010)"));
	}

	@Test
	void aDateGivenWronglyIsAProblemOnItsFieldAndNothingGivenIsNone() {
		List<Problem> problems = new ArrayList<>();
		assertThat(Checks.yearOrDate(problems, "since", null)).isNull();
		assertThat(Checks.yearOrDate(problems, "since", " 1995 ")).isEqualTo(new YearOrDate(1995, null));
		assertThat(Checks.yearOrDate(problems, "since", "1995-02-30")).isNull();
		assertThat(problems).containsExactly(
				Problem.invalid("since", "since 1995-02-30 is no calendar date: February 1995 has 28 days"));
	}

	@Test
	void aValueOutsideItsSetNamesTheSetInOrder() {
		List<Problem> problems = new ArrayList<>();
		Checks.oneOf(problems, "status", null, Set.of("active", "ended"));
		Checks.oneOf(problems, "status", "dormant", Set.of("ended", "active", "inactive"));
		assertThat(problems).containsExactly(
				Problem.invalid("status", "status must be one of active, ended, inactive, got: dormant"));
	}

}
