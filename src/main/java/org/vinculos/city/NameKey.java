package org.vinculos.city;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A place name folded for comparison: lower case, accents and other marks removed, the letters that have no
 * decomposition spelled in ASCII (ł, ø, ß, æ...), punctuation and runs of spaces made one space. "Querétaro",
 * "QUERETARO" and "Queretaro" fold alike, as they do in the full-text index's {@code standard-folding} analyzer.
 */
final class NameKey {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

	private NameKey() {
	}

	static String of(String name) {
		String decomposed = Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
		StringBuilder ascii = new StringBuilder(decomposed.length());
		for (char ch : MARKS.matcher(decomposed).replaceAll("").toCharArray()) {
			ascii.append(switch (ch) {
				case 'ł' -> "l";
				case 'ø' -> "o";
				case 'đ', 'ð' -> "d";
				case 'ß' -> "ss";
				case 'æ' -> "ae";
				case 'œ' -> "oe";
				case 'ı' -> "i";
				case 'þ' -> "th";
				default -> String.valueOf(ch);
			});
		}
		return SEPARATORS.matcher(ascii).replaceAll(" ").strip();
	}

	/**
	 * A full-text phrase query for the name's words, in order. The name is given as typed, so that the index's own
	 * analyzer splits it as it split the names it holds ("O'Higgins" is one word to it); in a quoted phrase only the
	 * quote and the backslash need escaping.
	 */
	static String phrase(String name) {
		return '"' + name.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
	}

}
