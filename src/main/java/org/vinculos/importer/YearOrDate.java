package org.vinculos.importer;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * A year ({@code 1995}) or a date ({@code 1995-06-30}) as stewards give when a link was signed or ended.
 */
public record YearOrDate(int year, String date) {

	private static final Pattern YEAR = Pattern.compile("\\d{4}");

	/**
	 * Reads the text of the named field.
	 * @throws IllegalArgumentException with a message naming the field, when the text is neither, or out of range
	 */
	public static YearOrDate parse(String field, String text) {
		int year;
		String date = null;
		if (YEAR.matcher(text).matches()) {
			year = Integer.parseInt(text);
		}
		else {
			try {
				year = LocalDate.parse(text).getYear();
				date = text;
			}
			catch (DateTimeParseException ex) {
				throw new IllegalArgumentException(field + " must be a year (1995) or a date (1995-06-30), got: " + text);
			}
		}
		if (year < 1800 || year > LocalDate.now().getYear() + 1) {
			throw new IllegalArgumentException(field + " " + year + " is out of range (1800 to next year)");
		}
		return new YearOrDate(year, date);
	}

}
