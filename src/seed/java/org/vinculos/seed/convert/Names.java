package org.vinculos.seed.convert;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds place names for matching: accents, case, punctuation and spacing do not count.
 */
final class Names {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern APOSTROPHES = Pattern.compile("['’`´ʻ]");

	private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u00A0\\u202F\\-‐–—_.,/]+");

	private Names() {
	}

	static String fold(String name) {
		String folded = Normalizer.normalize(name, Normalizer.Form.NFD);
		folded = MARKS.matcher(folded).replaceAll("");
		folded = folded.replace("ß", "ss").replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("Ø", "O")
			.replace("đ", "d").replace("Đ", "D").replace("ı", "i").replace("æ", "ae").replace("&", " and ");
		folded = APOSTROPHES.matcher(folded).replaceAll("");
		folded = SEPARATORS.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll(" ");
		return folded.strip();
	}

	/** The Levenshtein distance between two strings. */
	static int editDistance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int substitution = previous[j - 1] + ((a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

}
