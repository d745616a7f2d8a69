package org.vinculos.partner;

import java.util.List;

import org.vinculos.city.City;

/**
 * A city suggested as a new partner, with its score and the reasons behind it.
 */
public record PartnerSuggestion(City city, double score, List<Reason> reasons) {

	/**
	 * One reason: its kind, how much it adds to the score, a readable detail, the ids that back it, and its share of
	 * what the reasons that add to the score add together (negative for a reason that holds the suggestion back).
	 */
	public record Reason(ReasonKind kind, double weight, String detail, List<String> evidence, Double share) {
	}

}
