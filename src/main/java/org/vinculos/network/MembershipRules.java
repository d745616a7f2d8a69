package org.vinculos.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.vinculos.provenance.Checks;
import org.vinculos.provenance.Problem;
import org.vinculos.provenance.YearOrDate;

/**
 * What a membership must be, for a file's row and a mutation alike: a city or state member of a network, years that
 * are years and in order, a role of a word or two, and a source.
 */
public final class MembershipRules {

	/** A member's role in a network: a lower-case word or two (member, founder). */
	private static final Pattern ROLE = Pattern.compile("[a-z][a-z -]{1,40}");

	private MembershipRules() {
	}

	/** What the rules found, and the membership's years read when they found nothing. */
	public record Checked(List<Problem> problems, @Nullable YearOrDate since, @Nullable YearOrDate until,
			@Nullable YearOrDate observed) {

		public boolean ok() {
			return this.problems.isEmpty();
		}

	}

	/**
	 * The problems of a membership, each on its field, and its years.
	 * @param isMember whether a city or state has the id
	 * @param isNetwork whether a network has the id
	 * @param networkNamed the id of the network a name names, to tell whoever gave a name for an id
	 */
	public static Checked check(MembershipStatement membership, Predicate<String> isMember, Predicate<String> isNetwork,
			Function<String, Optional<String>> networkNamed) {
		List<Problem> problems = new ArrayList<>();
		if (!isMember.test(membership.member())) {
			problems.add(Problem.notFound("member", "no city or state has the id " + membership.member()));
		}
		if (!isNetwork.test(membership.network())) {
			problems.add(Problem.notFound("network", "no network has the id " + membership.network()
					+ networkNamed.apply(membership.network())
						.map(id -> "; the network named " + membership.network() + " has the id " + id).orElse("")));
		}
		YearOrDate since = Checks.yearOrDate(problems, "since", membership.since());
		YearOrDate until = Checks.yearOrDate(problems, "until", membership.until());
		Checks.period(problems, since, until);
		YearOrDate observed = Checks.yearOrDate(problems, "observed", membership.observed());
		if (membership.role() != null && !ROLE.matcher(membership.role()).matches()) {
			problems.add(Problem.invalid("role",
					"role must be a lower-case word or two (member, founder, president), got: " + membership.role()));
		}
		Checks.source(problems, membership.source(), membership.sourceUrl());
		return new Checked(problems, since, until, observed);
	}

}
