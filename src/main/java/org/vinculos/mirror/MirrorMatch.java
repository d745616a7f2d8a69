package org.vinculos.mirror;

import java.util.List;

import org.vinculos.city.City;

/**
 * A foreign city that resembles the one asked about: its score in 0..1, the dimensions that make it up, and the share
 * of the weight that data on both sides back.
 */
public record MirrorMatch(City city, double score, List<Dimension> dimensions, double coverage) {

	/** One dimension of a match: its own similarity (null when no data back it on both sides), weight and why. */
	public record Dimension(String name, Double score, double weight, double coverage, String detail) {
	}

}
