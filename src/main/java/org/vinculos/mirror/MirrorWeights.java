package org.vinculos.mirror;

import java.util.LinkedHashMap;
import java.util.Map;

import org.vinculos.graphql.BadRequestException;

/**
 * How much each dimension counts in a mirror score; a dimension left out of a query keeps its default.
 */
public record MirrorWeights(Double size, Double economy, Double geography, Double topics, Double international) {

	/** The defaults: size and geography first, because every city has them; then the international profile. */
	public static final MirrorWeights DEFAULT = new MirrorWeights(0.30, 0.15, 0.25, 0.10, 0.20);

	/** The largest weight: weights are relative, and larger ones would overflow their sum. */
	static final double MAX = 1_000_000;

	/** These weights with the defaults filled in, checked: none negative or above {@link #MAX}, and not all zero. */
	MirrorWeights complete() {
		MirrorWeights w = new MirrorWeights(or(this.size, DEFAULT.size), or(this.economy, DEFAULT.economy),
				or(this.geography, DEFAULT.geography), or(this.topics, DEFAULT.topics),
				or(this.international, DEFAULT.international));
		w.asMap().forEach((name, value) -> {
			if (value < 0 || value.isNaN() || value.isInfinite()) {
				throw new BadRequestException("Argument 'weights." + name + "' must be zero or more, got: " + value);
			}
			if (value > MAX) {
				throw new BadRequestException("Argument 'weights." + name + "' must be at most 1,000,000 (weights are "
						+ "relative: 3 and 1 count as 0.75 and 0.25), got: " + value);
			}
		});
		if (w.asMap().values().stream().mapToDouble(Double::doubleValue).sum() == 0) {
			throw new BadRequestException("Argument 'weights' must give at least one dimension a weight above zero");
		}
		return w;
	}

	boolean isDefault() {
		return complete().equals(DEFAULT);
	}

	Map<String, Double> asMap() {
		Map<String, Double> map = new LinkedHashMap<>();
		map.put("size", this.size);
		map.put("economy", this.economy);
		map.put("geography", this.geography);
		map.put("topics", this.topics);
		map.put("international", this.international);
		return map;
	}

	private static Double or(Double value, Double fallback) {
		return (value != null) ? value : fallback;
	}

}
