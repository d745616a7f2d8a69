package org.vinculos.provenance;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The rules every kind of fact shares, written once for files and mutations alike: each failure a {@link Problem} on
 * the statement's field ({@code source}, {@code sourceUrl}, {@code year}…), which a file places at its column.
 */
public final class Checks {

	private static final Pattern COUNTRY_CODE = Pattern.compile("[A-Z]{2}");

	private Checks() {
	}

	/** Whether the text has the shape of an ISO 3166-1 alpha-2 code (MX, US), in upper case. */
	public static boolean isCountryCode(String text) {
		return COUNTRY_CODE.matcher(text).matches();
	}

	/** Every fact has a source, and a source's URL, when given, is http(s). */
	public static void source(List<Problem> problems, @Nullable String source, @Nullable String url) {
		if (source == null || source.isBlank()) {
			problems.add(Problem.invalid("source",
					"source is required: who states the fact (a document, a registry, a URL)"));
		}
		if (url != null && !url.isBlank() && !url.strip().matches("https?://.+")) {
			problems.add(Problem.invalid("sourceUrl", "the source's URL must be an http(s) address, got: " + url));
		}
	}

	/** A year ({@code 1995}) or a date ({@code 1995-06-30}); null when not given, or when wrong (with a problem). */
	public static @Nullable YearOrDate yearOrDate(List<Problem> problems, String field, @Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return YearOrDate.parse(field, text.strip());
		}
		catch (IllegalArgumentException ex) {
			problems.add(Problem.invalid(field, String.valueOf(ex.getMessage())));
			return null;
		}
	}

	/** A fact cannot end before it began: {@code until} not before {@code since}, to the year. */
	public static void period(List<Problem> problems, @Nullable YearOrDate since, @Nullable YearOrDate until) {
		if (since != null && until != null && until.year() < since.year()) {
			problems.add(Problem.invalid("until", "until (" + until.year() + ") is before since (" + since.year() + ")"));
		}
	}

	/** A value that, when given, must be one of those allowed. */
	public static void oneOf(List<Problem> problems, String field, @Nullable String value, Set<String> allowed) {
		if (value != null && !allowed.contains(value)) {
			problems.add(Problem.invalid(field, field + " must be one of " + String.join(", ", allowed.stream().sorted().toList())
					+ ", got: " + value));
		}
	}

	/** A year a fact can have happened in: 1800 to next year. */
	public static void year(List<Problem> problems, String field, int year) {
		String outOfRange = YearOrDate.outOfRange(field, year);
		if (outOfRange != null) {
			problems.add(Problem.invalid(field, outOfRange));
		}
	}

}
