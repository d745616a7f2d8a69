package org.vinculos.importer;

/**
 * One valid row of a sister-city links file, its cities resolved to ids (the lower id first).
 */
record SisterLinkRow(int line, String a, String b, Integer since, String sinceDate, Integer until, String status,
		String source, String sourceUrl) {
}
