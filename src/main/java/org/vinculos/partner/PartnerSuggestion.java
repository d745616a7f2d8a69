package org.vinculos.partner;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.vinculos.city.City;
import org.vinculos.language.Explanation;
import org.vinculos.language.Language;

/**
 * A city suggested as a new partner, with its score and the reasons behind it.
 */
public record PartnerSuggestion(City city, double score, List<Reason> reasons) {

	/**
	 * One reason: its kind, how much it adds to the score, what it says in whichever language is asked, the ids that
	 * back it, and its share of what the reasons that add to the score add together (negative for a reason that holds
	 * the suggestion back).
	 */
	public record Reason(ReasonKind kind, double weight, Explanation explanation, List<String> evidence,
			@Nullable Double share) {

		/** What it says, in English. */
		public String detail() {
			return this.explanation.in(Language.EN);
		}

		public String detail(Language language) {
			return this.explanation.in(language);
		}

	}

}
