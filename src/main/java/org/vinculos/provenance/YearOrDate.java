package org.vinculos.provenance;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A year ({@code 1995}) or a date ({@code 1995-06-30}) as stewards give when a fact began or ended.
 */
public record YearOrDate(int year, @Nullable String date) {

	private static final Pattern YEAR = Pattern.compile("\\d{4}");

	private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

	/**
	 * Reads the text of the named field.
	 * @throws IllegalArgumentException with a message naming the field, when the text is neither, or out of range
	 */
	public static @Nullable YearOrDate parse(String field, String text) {
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
				String impossible = impossibleDate(text);
				throw new IllegalArgumentException(field + " " + ((impossible != null) ? impossible
						: "must be a year (1995) or a date (1995-06-30), got: " + text));
			}
		}
		String outOfRange = outOfRange(field, year);
		if (outOfRange != null) {
			throw new IllegalArgumentException(outOfRange);
		}
		return new YearOrDate(year, date);
	}

	/** Why a year is not one a fact can have happened in (1800 to next year), or null when it is. */
	public static @Nullable String outOfRange(String field, int year) {
		return (year < 1800 || year > LocalDate.now().getYear() + 1)
				? field + " " + year + " is out of range (1800 to next year)" : null;
	}

	/**
	 * Why a text written as a date names no day of the calendar ({@code 2019-02-29 is no calendar date: February 2019
	 * has 28 days}), or null when it is a date or not written as one.
	 */
	public static @Nullable String impossibleDate(String text) {
		Matcher date = DATE.matcher(text);
		if (!date.matches()) {
			return null;
		}
		int month = Integer.parseInt(date.group(2));
		if (month < 1 || month > 12) {
			return text + " is no calendar date: months go from 01 to 12";
		}
		YearMonth yearMonth = YearMonth.of(Integer.parseInt(date.group(1)), month);
		int day = Integer.parseInt(date.group(3));
		if (day < 1 || day > yearMonth.lengthOfMonth()) {
			return text + " is no calendar date: " + yearMonth.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
					+ " " + yearMonth.getYear() + " has " + yearMonth.lengthOfMonth() + " days";
		}
		return null;
	}

}
