package org.vinculos.partner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.ToDoubleFunction;

import smile.classification.LogisticRegression;

/**
 * How the partner model learns and how it is measured, shared by the training command ({@link PartnerModelTraining})
 * and the evaluation ({@link PartnerCrossValidation}).
 *
 * <p>A training pair is a Mexican city's foreign sister city, seen as the server would see it before the link
 * existed: the city's other partners are known, this one is not, and the city's own links count in no aggregate
 * ({@link PairFeatures}). Its negatives are foreign cities that are not its partners: {@value #RANDOM_NEGATIVES} drawn
 * at random and {@value #SAME_COUNTRY_NEGATIVES} from the partner's own country, so that the model learns to choose
 * within a country and not only between countries. A logistic regression (Smile) is fitted on the features
 * standardised; the weights are turned back to the features' own scale.
 *
 * <p>These settings were chosen on the cross-validation folds among a few tried (see {@code docs/evaluation.md}):
 * 50 random negatives gave hits@10 0.169, 200 gave 0.188, 1,000 0.188 at five times the cost; a stronger L2 penalty,
 * more same-country negatives and negatives mined from a first model's top did not help; gradient-boosted trees
 * (Smile, 200 and 300 trees, before OWN_REGION_SHARE and KM_TO_OWN_PARTNERS were added) reached 0.166 and 0.146.
 */
final class PartnerLearning {

	static final long SEED = 20261202L;

	static final int FOLDS = 5;

	static final int RANDOM_NEGATIVES = 200;

	static final int SAME_COUNTRY_NEGATIVES = 50;

	static final double LAMBDA = 1.0;

	static final String COUNTRY = "MX";


	private PartnerLearning() {
	}

	/** A fitted model: weights on the features' scale, their means over the training pairs, the intercept. */
	record Fitted(double[] weights, double[] means, double intercept, int cities, int positives, int negatives) {

		double score(double[] values) {
			double score = 0;
			for (int i = 0; i < values.length; i++) {
				score += this.weights[i] * values[i];
			}
			return score;
		}

	}

	/** The Mexican cities with at least {@code minimum} foreign sister cities, in id order. */
	static List<Integer> mexicanCities(PartnerGraph g, int minimum) {
		List<Integer> cities = new ArrayList<>();
		Integer mexico = g.countryIndex.get(COUNTRY);
		for (int i = 0; i < g.size; i++) {
			if (mexico != null && g.country[i] == mexico && foreignSisters(g, i).length >= minimum) {
				cities.add(i);
			}
		}
		cities.sort(PartnerGraph.byId(g));
		return cities;
	}

	/** The city's sister cities abroad. */
	static int[] foreignSisters(PartnerGraph g, int city) {
		return Arrays.stream(g.sisters[city]).filter(x -> g.country[x] != g.country[city]).toArray();
	}

	/** The cities of the graph split into {@link #FOLDS} groups, at random with {@link #SEED}. */
	static List<List<Integer>> folds(PartnerGraph g, List<Integer> cities) {
		List<Integer> shuffled = new ArrayList<>(cities);
		Collections.shuffle(shuffled, new Random(SEED));
		List<List<Integer>> folds = new ArrayList<>();
		for (int f = 0; f < FOLDS; f++) {
			folds.add(new ArrayList<>());
		}
		for (int i = 0; i < shuffled.size(); i++) {
			folds.get(i % FOLDS).add(shuffled.get(i));
		}
		return folds;
	}

	/** The city's partners but one: what is known when that one is the question. */
	static int[] knownWithout(PartnerGraph g, int city, int partner) {
		return Arrays.stream(g.partners[city]).filter(x -> x != partner).toArray();
	}

	/**
	 * Fits the model on every foreign sister link of the cities, in the graph {@code g}, with the signals of
	 * {@code dropped} held at 0.
	 */
	static Fitted fit(PartnerGraph g, List<Integer> cities, Set<PairFeatures.Signal> dropped) {
		Examples examples = examples(g, cities, dropped);
		double[][] x = examples.x();
		int[] y = examples.y();
		int p = PairFeatures.COUNT;
		double[] means = new double[p];
		double[] deviations = new double[p];
		for (double[] row : x) {
			for (int j = 0; j < p; j++) {
				means[j] += row[j] / x.length;
			}
		}
		for (double[] row : x) {
			for (int j = 0; j < p; j++) {
				deviations[j] += (row[j] - means[j]) * (row[j] - means[j]) / x.length;
			}
		}
		for (int j = 0; j < p; j++) {
			deviations[j] = (deviations[j] > 1e-12) ? Math.sqrt(deviations[j]) : 1;
		}
		double[][] z = new double[x.length][p];
		for (int i = 0; i < x.length; i++) {
			for (int j = 0; j < p; j++) {
				z[i][j] = (x[i][j] - means[j]) / deviations[j];
			}
		}
		LogisticRegression.Binomial model = LogisticRegression.binomial(z, y,
				new LogisticRegression.Options(LAMBDA, 1e-6, 1000));
		double[] coefficients = model.coefficients();
		double[] weights = new double[p];
		double intercept = coefficients[p];
		for (int j = 0; j < p; j++) {
			weights[j] = coefficients[j] / deviations[j];
			intercept -= weights[j] * means[j];
		}
		return new Fitted(weights, means, intercept, examples.cities(), examples.positives(), x.length - examples.positives());
	}

	/** The training pairs: rows of features, and 1 for a partner, 0 for a sampled non-partner. */
	record Examples(double[][] x, int[] y, int cities, int positives) {
	}

	/** The training pairs of the cities' foreign sister links, in the graph {@code g}. */
	static Examples examples(PartnerGraph g, List<Integer> cities, Set<PairFeatures.Signal> dropped) {
		Random random = new Random(SEED);
		int[][] byCountry = byCountry(g);
		List<double[]> rows = new ArrayList<>();
		List<Integer> labels = new ArrayList<>();
		int positives = 0;
		int trained = 0;
		for (int city : cities) {
			int[] partners = foreignSisters(g, city);
			trained += (partners.length > 0) ? 1 : 0;
			for (int partner : partners) {
				try (PairFeatures.Query query = new PairFeatures.Query(g, city, knownWithout(g, city, partner))) {
					rows.add(values(query, partner, dropped));
					labels.add(1);
					positives++;
					Set<Integer> drawn = new HashSet<>();
					draw(query, partner, random, RANDOM_NEGATIVES, drawn, null);
					draw(query, partner, random, SAME_COUNTRY_NEGATIVES, drawn, byCountry[g.country[partner]]);
					for (int negative : drawn) {
						rows.add(values(query, negative, dropped));
						labels.add(0);
					}
				}
			}
		}
		return new Examples(rows.toArray(double[][]::new), labels.stream().mapToInt(Integer::intValue).toArray(), trained,
				positives);
	}

	/**
	 * The expected rank of {@code partner} among the foreign cities that are not yet the city's partners, by the score,
	 * ties counted half: the rank it would have in the server's list.
	 */
	static double rank(PartnerGraph g, int city, int partner, ToDoubleFunction<double[]> score) {
		try (PairFeatures.Query query = new PairFeatures.Query(g, city, knownWithout(g, city, partner))) {
			double[] values = new double[PairFeatures.COUNT];
			query.values(partner, values);
			double target = score.applyAsDouble(values);
			long above = 0;
			long ties = 0;
			int origin = g.country[city];
			for (int x = 0; x < g.size; x++) {
				if (x == partner || g.country[x] == origin || query.excluded(x)) {
					continue;
				}
				query.values(x, values);
				double s = score.applyAsDouble(values);
				if (s > target) {
					above++;
				}
				else if (s == target) {
					ties++;
				}
			}
			return above + 1 + ties / 2.0;
		}
	}

	/** The features with the dropped signals at 0. */
	static double[] values(PairFeatures.Query query, int candidate, Set<PairFeatures.Signal> dropped) {
		double[] values = new double[PairFeatures.COUNT];
		query.values(candidate, values);
		for (PairFeatures.Signal signal : dropped) {
			values[signal.ordinal()] = 0;
		}
		return values;
	}

	/** The signals grouped under a reason. */
	static Set<PairFeatures.Signal> signalsOf(ReasonKind kind) {
		Set<PairFeatures.Signal> signals = EnumSet.noneOf(PairFeatures.Signal.class);
		for (PairFeatures.Signal signal : PairFeatures.SIGNALS) {
			if (signal.kind == kind) {
				signals.add(signal);
			}
		}
		return signals;
	}

	private static void draw(PairFeatures.Query query, int partner, Random random, int count, Set<Integer> drawn,
			int[] from) {
		PartnerGraph g = query.graph;
		int origin = g.country[query.source];
		int wanted = drawn.size() + count;
		int pool = (from != null) ? from.length : g.size;
		for (int attempt = 0; drawn.size() < wanted && attempt < 20 * count; attempt++) {
			int x = (from != null) ? from[random.nextInt(pool)] : random.nextInt(pool);
			if (x != partner && g.country[x] != origin && !query.excluded(x)) {
				drawn.add(x);
			}
		}
	}

	private static int[][] byCountry(PartnerGraph g) {
		List<List<Integer>> lists = new ArrayList<>();
		for (int k = 0; k < g.countryCodes.length; k++) {
			lists.add(new ArrayList<>());
		}
		for (int i = 0; i < g.size; i++) {
			lists.get(g.country[i]).add(i);
		}
		return lists.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
	}

}
