package org.vinculos.diaspora;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

import org.vinculos.provenance.Checks;
import org.vinculos.provenance.Problem;

/**
 * What a diaspora figure must be, for a file's row and a mutation alike: both places known and different, a year a
 * fact can have, a stock of zero or more people, and a source.
 */
public final class DiasporaFigureRules {

	private DiasporaFigureRules() {
	}

	/**
	 * The problems of a figure, each on its field; none when it can be written.
	 * @param isPlace whether a country, state or city has the id
	 */
	public static List<Problem> check(DiasporaFigure figure, Predicate<String> isPlace) {
		List<Problem> problems = new ArrayList<>();
		place(problems, "origin", figure.origin(), isPlace);
		place(problems, "destination", figure.destination(), isPlace);
		if (figure.origin() != null && figure.destination() != null
				&& DiasporaFigure.place(figure.origin()).equals(DiasporaFigure.place(figure.destination()))) {
			problems.add(Problem.invalid("destination", "a diaspora lives outside its origin"));
		}
		if (figure.year() == null) {
			problems.add(Problem.invalid("year", "year is required"));
		}
		else {
			Checks.year(problems, "year", figure.year());
		}
		if (figure.stock() == null || figure.stock() < 0) {
			problems.add(Problem.invalid("stock", stockMessage(figure.stock())));
		}
		Checks.source(problems, figure.source(), figure.sourceUrl());
		return problems;
	}

	/** What is wrong with a stock that is no whole number of people, as given. */
	public static String stockMessage(@Nullable Object given) {
		return "stock must be a whole number of people, got: " + given;
	}

	private static void place(List<Problem> problems, String field, @Nullable String text, Predicate<String> isPlace) {
		if (text == null || text.isBlank()) {
			problems.add(Problem.invalid(field, field + " is required: a country code (MX) or a state or city id"));
			return;
		}
		String id = DiasporaFigure.place(text);
		if (!isPlace.test(id)) {
			problems.add(Problem.notFound(field, "no country, state or city has the id " + id));
		}
	}

}
