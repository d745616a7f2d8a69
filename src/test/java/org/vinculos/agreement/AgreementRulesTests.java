package org.vinculos.agreement;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AgreementRulesTests {

	private static final Set<String> MEXICAN = Set.of("inegi:26030", "MX-14");

	private static final Set<String> KNOWN = Set.of("inegi:26030", "MX-14", "geonames:643492", "US");

	private static AgreementRules.Checked check(AgreementStatement agreement) {
		return AgreementRules.check(agreement, MEXICAN::contains, KNOWN::contains);
	}

	private static AgreementStatement agreement(String level, String mexicanParty, List<String> counterparts,
			String signed, String ended) {
		return new AgreementStatement("Convenio de hermanamiento", "hermanamiento", level, mexicanParty, counterparts,
				"governmental", List.of(), signed, ended, "active", true, "Registro", null);
	}

	@Test
	void anAgreementOfAMexicanPartyWithKnownCounterpartsAndFullDatesPasses() {
		AgreementRules.Checked checked = check(agreement("municipal", "inegi:26030", List.of("geonames:643492", "US"),
				"2018-05-02", "2023-05-01"));

		assertThat(checked.ok()).isTrue();
		assertThat(checked.signed()).isEqualTo("2018-05-02");
		assertThat(checked.ended()).isEqualTo("2023-05-01");
	}

	@Test
	void partiesMustBeKnownAndTheMexicanOneMexican() {
		assertThat(check(agreement("state", "geonames:643492", List.of("nowhere:1"), null, null)).problems())
			.extracting(p -> p.field() + " " + p.code() + ": " + p.message())
			.containsExactly("mexicanParty NOT_FOUND: no Mexican city or state has the id geonames:643492",
					"counterparts[0] NOT_FOUND: nothing has the id nowhere:1");
		assertThat(check(agreement(null, "MX-14", List.of(), null, null)).problems())
			.extracting(p -> p.field() + ": " + p.message())
			.containsExactly("level: level is required: state or municipal",
					"counterparts: an agreement needs at least one counterpart");
	}

	@Test
	void datesAreFullDaysOfTheCalendarAndAnAgreementEndsAfterItIsSigned() {
		assertThat(check(agreement("state", "MX-14", List.of("US"), "2018", "2017-02-29")).problems())
			.extracting(p -> p.field() + ": " + p.message())
			.containsExactly("signed: signed must be a full date such as 2018-06-30, got: 2018",
					"ended: ended 2017-02-29 is no calendar date: February 2017 has 28 days");
		assertThat(check(agreement("state", "MX-14", List.of("US"), "2018-05-02", "2017-01-31")).problems())
			.extracting(p -> p.field() + ": " + p.message())
			.containsExactly("ended: ended (2017-01-31) is before signed (2018-05-02)");
	}

	@Test
	void theIdIsThePartyTheTitleAndTheDaySignedWhateverTheTitlesCase() {
		assertThat(AgreementWriter.id("inegi:26030", "Convenio ", "2018-05-02"))
			.isEqualTo(AgreementWriter.id("inegi:26030", "convenio", "2018-05-02")).startsWith("agreement:").hasSize(26)
			.isNotEqualTo(AgreementWriter.id("inegi:26030", "convenio", null));
	}

}
