package org.vinculos.partner;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A learned partner ranking as written by the training command ({@code ./mvnw -Ptrain verify}): a logistic regression
 * over {@link PairFeatures.Signal}, with the checksum of the data it learned from and the metrics its cross-validation
 * reached. The weights are on the features' own scale; a feature's contribution to a suggestion is its weight times
 * its distance from the mean of the training pairs.
 *
 * @param format the file format, 1
 * @param trainedAt when it was trained (ISO 8601)
 * @param library what fitted it
 * @param dataChecksum {@link PartnerGraph.Snapshot#checksum()} of what it learned from
 * @param training how the training pairs were drawn
 * @param metrics what the grouped cross-validation measured
 * @param intercept the regression's intercept
 * @param features one weight per signal
 */
record PartnerModel(int format, String trainedAt, String library, String dataChecksum, Training training,
		Metrics metrics, double intercept, List<Weight> features) {

	/** Where the server looks for the model, on the class path. */
	static final String RESOURCE = "partner/partner-model-v1.json";

	static final int FORMAT = 1;

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	/** A signal's weight, and its mean over the training pairs. */
	record Weight(String signal, String reason, double weight, double mean) {
	}

	/** The training pairs: every link of the cities trained on, and sampled non-partners for each. */
	record Training(int cities, int positives, int negatives, int randomNegatives, int sameCountryNegatives,
			long seed, double lambda) {
	}

	/** Hits at 10 and 50 and the mean reciprocal rank of held-out partners, by grouped k-fold cross-validation. */
	record Metrics(int folds, int heldOut, double hits10, double hits50, double mrr, double adamicAdarHits10) {
	}

	/** The weights and means in the order of {@link PairFeatures.Signal}. */
	record Coefficients(double[] weights, double[] means) {

		/** The score, up to a constant: the weighted sum of the features. */
		double score(double[] values) {
			double score = 0;
			for (int i = 0; i < values.length; i++) {
				score += this.weights[i] * values[i];
			}
			return score;
		}

		double contribution(int signal, double value) {
			return this.weights[signal] * (value - this.means[signal]);
		}

	}

	/** The coefficients in the order this build computes the signals; an error naming what does not match. */
	Coefficients coefficients() {
		if (this.format != FORMAT) {
			throw new IllegalArgumentException("format " + this.format + ", this build reads format " + FORMAT);
		}
		Map<String, Weight> byName = this.features.stream().collect(Collectors.toMap(Weight::signal, Function.identity()));
		Set<String> missing = new LinkedHashSet<>();
		double[] weights = new double[PairFeatures.COUNT];
		double[] means = new double[PairFeatures.COUNT];
		for (PairFeatures.Signal signal : PairFeatures.SIGNALS) {
			Weight weight = byName.remove(signal.name());
			if (weight == null) {
				missing.add(signal.name());
				continue;
			}
			weights[signal.ordinal()] = weight.weight();
			means[signal.ordinal()] = weight.mean();
		}
		if (!missing.isEmpty() || !byName.isEmpty()) {
			List<String> problems = new ArrayList<>();
			if (!missing.isEmpty()) {
				problems.add("it has no weight for " + String.join(", ", missing));
			}
			if (!byName.isEmpty()) {
				problems.add("it weighs signals this build does not compute: " + String.join(", ", byName.keySet()));
			}
			throw new IllegalArgumentException(String.join("; ", problems));
		}
		return new Coefficients(weights, means);
	}

	static PartnerModel read(InputStream in) throws IOException {
		try {
			return JSON.readValue(in, PartnerModel.class);
		}
		catch (JacksonException ex) {
			throw new IOException(ex.getOriginalMessage(), ex);
		}
	}

	String json() {
		return JSON.writeValueAsString(this);
	}

}
