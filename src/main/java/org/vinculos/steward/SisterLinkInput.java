package org.vinculos.steward;

/**
 * A sister-city link as a steward states it: the two cities, when it began or ended, and who says so.
 */
public record SisterLinkInput(String cityA, String cityB, String since, String until, String status, String source,
		String sourceUrl) {
}
