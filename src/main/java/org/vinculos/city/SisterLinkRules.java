package org.vinculos.city;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

import org.vinculos.provenance.Checks;
import org.vinculos.provenance.Problem;
import org.vinculos.provenance.YearOrDate;

/**
 * What a sister-city link must be, for a file's row and a mutation alike: two different cities, years that are years
 * and in order, a known status, and a source.
 */
public final class SisterLinkRules {

	private SisterLinkRules() {
	}

	/** What the rules found, and the link's years read when they found nothing. */
	public record Checked(List<Problem> problems, @Nullable YearOrDate since, @Nullable YearOrDate until) {

		public boolean ok() {
			return this.problems.isEmpty();
		}

	}

	/**
	 * The problems of a link, each on its field, and its years.
	 * @param isCity whether a city has the id
	 */
	public static Checked check(SisterLinkStatement link, Predicate<String> isCity) {
		List<Problem> problems = new ArrayList<>();
		for (String field : List.of("cityA", "cityB")) {
			String id = field.equals("cityA") ? link.cityA() : link.cityB();
			if (!isCity.test(id)) {
				problems.add(Problem.notFound(field, "no city has the id " + id));
			}
		}
		if (link.cityA() != null && link.cityA().equals(link.cityB())) {
			problems.add(Problem.invalid("cityB", "a city cannot be its own sister city (" + link.cityA() + ")"));
		}
		YearOrDate since = Checks.yearOrDate(problems, "since", link.since());
		YearOrDate until = Checks.yearOrDate(problems, "until", link.until());
		Checks.period(problems, since, until);
		Checks.oneOf(problems, "status", link.status(), SisterLinkStatement.STATUSES);
		Checks.source(problems, link.source(), link.sourceUrl());
		return new Checked(problems, since, until);
	}

}
