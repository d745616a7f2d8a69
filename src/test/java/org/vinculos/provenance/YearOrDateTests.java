package org.vinculos.provenance;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class YearOrDateTests {

	@Test
	void aYearAloneHasNoDateAndADateKeepsItsText() {
		assertThat(YearOrDate.parse("since", "1995")).isEqualTo(new YearOrDate(1995, null));
		assertThat(YearOrDate.parse("since", "1995-06-30")).isEqualTo(new YearOrDate(1995, "1995-06-30"));
	}

	@Test
	void aTextThatIsNeitherNamesTheFieldAndWhatItGot() {
		assertThatIllegalArgumentException().isThrownBy(() -> YearOrDate.parse("until", "June 1995"))
			.withMessage("until must be a year (1995) or a date (1995-06-30), got: June 1995");
		assertThatIllegalArgumentException().isThrownBy(() -> YearOrDate.parse("until", "95"))
			.withMessageStartingWith("until must be a year");
	}

	@Test
	void aDateTheCalendarLacksSaysWhy() {
		assertThatIllegalArgumentException().isThrownBy(() -> YearOrDate.parse("since", "2019-02-29"))
			.withMessage("since 2019-02-29 is no calendar date: February 2019 has 28 days");
		assertThatIllegalArgumentException().isThrownBy(() -> YearOrDate.parse("since", "2019-13-01"))
			.withMessage("since 2019-13-01 is no calendar date: months go from 01 to 12");
		assertThat(YearOrDate.parse("since", "2020-02-29").year()).isEqualTo(2020);
		assertThat(YearOrDate.impossibleDate("not a date")).isNull();
	}

	@Test
	void yearsRunFrom1800ToNextYear() {
		int next = LocalDate.now().getYear() + 1;
		assertThat(YearOrDate.parse("since", "1800").year()).isEqualTo(1800);
		assertThat(YearOrDate.parse("since", Integer.toString(next)).year()).isEqualTo(next);
		assertThatIllegalArgumentException().isThrownBy(() -> YearOrDate.parse("since", "1799"))
			.withMessage("since 1799 is out of range (1800 to next year)");
		assertThatIllegalArgumentException().isThrownBy(() -> YearOrDate.parse("since", (next + 1) + "-01-01"))
			.withMessage("since " + (next + 1) + " is out of range (1800 to next year)");
	}

}
