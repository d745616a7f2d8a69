package org.vinculos.network;

import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MembershipRulesTests {

	private static final Set<String> MEMBERS = Set.of("inegi:26030", "MX-14");

	private static final Set<String> NETWORKS = Set.of("network:c40");

	private static MembershipRules.Checked check(MembershipStatement membership) {
		return MembershipRules.check(membership, MEMBERS::contains, NETWORKS::contains,
				name -> name.equals("c40") ? Optional.of("network:c40") : Optional.empty());
	}

	@Test
	void aMembershipOfACityOrStateInANetworkPassesWithItsYears() {
		MembershipRules.Checked checked = check(new MembershipStatement("MX-14", "network:c40", "2015", null, "2019",
				"founder", "C40 member list", null));

		assertThat(checked.ok()).isTrue();
		assertThat(checked.since().year()).isEqualTo(2015);
		assertThat(checked.observed().year()).isEqualTo(2019);
	}

	@Test
	void aNetworkGivenByNameIsToldItsIdAndARoleHasAForm() {
		MembershipRules.Checked checked = check(new MembershipStatement("inegi:26030", "c40", "2020", "2019",
				null, "Founding Member!", "list", null));

		assertThat(checked.problems()).extracting(p -> p.field() + " " + p.code() + ": " + p.message()).containsExactly(
				"network NOT_FOUND: no network has the id c40; the network named c40 has the id network:c40",
				"until INVALID: until (2019) is before since (2020)",
				"role INVALID: role must be a lower-case word or two (member, founder, president), got: Founding Member!");
	}

}
