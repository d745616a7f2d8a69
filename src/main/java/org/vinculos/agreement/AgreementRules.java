package org.vinculos.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

import org.vinculos.provenance.Checks;
import org.vinculos.provenance.Problem;
import org.vinculos.provenance.YearOrDate;

/**
 * What an agreement must be, for a file's rows and a mutation alike: a title, a level, a Mexican city or state, at
 * least one counterpart that exists, known types and status, full dates in order, and a source.
 */
public final class AgreementRules {

	private AgreementRules() {
	}

	/** What the rules found, and the agreement's dates (ISO 8601) read when they found nothing. */
	public record Checked(List<Problem> problems, @Nullable String signed, @Nullable String ended) {

		public boolean ok() {
			return this.problems.isEmpty();
		}

	}

	/**
	 * The problems of an agreement, each on its field ({@code counterparts[i]} for one counterpart), and its dates.
	 * @param isMexicanParty whether a Mexican city or state has the id
	 * @param exists whether anything has the id
	 */
	public static Checked check(AgreementStatement agreement, Predicate<String> isMexicanParty, Predicate<String> exists) {
		List<Problem> problems = new ArrayList<>();
		if (agreement.title() == null || agreement.title().isBlank()) {
			problems.add(Problem.invalid("title", "title is required"));
		}
		if (agreement.level() == null) {
			problems.add(Problem.invalid("level", "level is required: state or municipal"));
		}
		Checks.oneOf(problems, "level", agreement.level(), AgreementStatement.LEVELS);
		if (agreement.mexicanParty() != null && !isMexicanParty.test(agreement.mexicanParty())) {
			problems.add(Problem.notFound("mexicanParty", "no Mexican city or state has the id " + agreement.mexicanParty()));
		}
		List<String> counterparts = (agreement.counterparts() != null) ? agreement.counterparts() : List.of();
		if (counterparts.isEmpty()) {
			problems.add(Problem.invalid("counterparts", "an agreement needs at least one counterpart"));
		}
		for (int i = 0; i < counterparts.size(); i++) {
			if (!exists.test(counterparts.get(i))) {
				problems.add(Problem.notFound("counterparts[" + i + "]", "nothing has the id " + counterparts.get(i)));
			}
		}
		Checks.oneOf(problems, "counterpartType", agreement.counterpartType(), AgreementStatement.COUNTERPART_TYPES);
		String signed = fullDate(problems, "signed", agreement.signed());
		String ended = fullDate(problems, "ended", agreement.ended());
		endedAfterSigned(problems, signed, ended);
		Checks.oneOf(problems, "status", agreement.status(), AgreementStatement.STATUSES);
		Checks.source(problems, agreement.source(), agreement.sourceUrl());
		return new Checked(problems, signed, ended);
	}

	/** An agreement cannot end before it was signed; both ISO dates, so their text orders them. */
	public static void endedAfterSigned(List<Problem> problems, @Nullable String signed, @Nullable String ended) {
		if (signed != null && ended != null && ended.compareTo(signed) < 0) {
			problems.add(Problem.invalid("ended", "ended (" + ended + ") is before signed (" + signed + ")"));
		}
	}

	/** A full date ({@code 2018-06-30}), as the registry gives them; null when not given or wrong (with a problem). */
	public static @Nullable String fullDate(List<Problem> problems, String field, @Nullable String text) {
		YearOrDate date = Checks.yearOrDate(problems, field, text);
		if (date != null && date.date() == null) {
			problems.add(Problem.invalid(field, field + " must be a full date such as 2018-06-30, got: " + date.year()));
			return null;
		}
		return (date != null) ? date.date() : null;
	}

}
