package org.vinculos.mirror;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.vinculos.city.City;
import org.vinculos.language.Explanation;
import org.vinculos.language.Language;

/**
 * A foreign city that resembles the one asked about: its score in 0..1, the dimensions that make it up, and the share
 * of the weight that data on both sides back.
 */
public record MirrorMatch(City city, double score, List<Dimension> dimensions, double coverage) {

	/**
	 * One dimension of a match: its own similarity (null when no data back it on both sides), weight and why, in
	 * whichever language is asked.
	 */
	public record Dimension(String name, @Nullable Double score, double weight, double coverage,
			Explanation explanation) {

		/** Why, in English. */
		public String detail() {
			return this.explanation.in(Language.EN);
		}

		public String detail(Language language) {
			return this.explanation.in(language);
		}

	}

}
