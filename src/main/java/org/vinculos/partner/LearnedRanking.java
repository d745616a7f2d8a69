package org.vinculos.partner;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntPredicate;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.vinculos.database.GraphChanged;
import org.vinculos.database.GraphSnapshot;
import org.vinculos.language.Explanation;
import org.vinculos.language.Names;
import org.vinculos.language.Phrase;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * Ranks partners with the learned model ({@link PartnerModel}) when the server has one: every candidate scored over
 * the {@link PartnerGraph} in memory, the best kept, each explained by its features' contributions grouped into
 * reasons with their evidence. Without a model file, or with one this build cannot read, {@link #available()} is
 * false and {@link PartnerService} ranks with the reasoned weights; {@link #status()} says which and why.
 */
@Component
class LearnedRanking {

	private static final Logger logger = LoggerFactory.getLogger(LearnedRanking.class);

	/** Reading the graph takes a second or two of the store's time, so a write from outside shows within ten minutes. */
	static final long REFRESH_NANOS = 600_000_000_000L;

	/**
	 * What activity on the topics asked adds to the score, at most: topics are not in the training data, so a
	 * candidate active on them is lifted by a fixed amount, about the spread between a top-10 and a top-100 score.
	 */
	static final double TOPIC_BONUS = 1.0;

	private static final int EVIDENCE = 10;

	/** A reason that moves the score less than this is left out, and the score is the sum of those kept. */
	static final double SMALLEST_REASON = 0.01;

	private final GraphSnapshot<PartnerGraph> graph;

	private final @Nullable PartnerModel model;

	private final PartnerModel.@Nullable Coefficients coefficients;

	private final String location;

	private final @Nullable String problem;

	LearnedRanking(PartnerRepository repository, ResourceLoader resources,
			@Value("${vinculos.partner.model:classpath:" + PartnerModel.RESOURCE + "}") String location) {
		this.graph = new GraphSnapshot<>("partner-graph", REFRESH_NANOS, () -> PartnerGraph.of(repository.snapshot()));
		this.location = location;
		PartnerModel read = null;
		PartnerModel.Coefficients coefficients = null;
		String problem = null;
		Resource resource = resources.getResource(location);
		if (!resource.exists()) {
			problem = "no model file at " + location + "; train one with ./mvnw -Ptrain verify";
		}
		else {
			try (InputStream in = resource.getInputStream()) {
				read = PartnerModel.read(in);
				coefficients = read.coefficients();
			}
			catch (IOException | IllegalArgumentException ex) {
				read = null;
				problem = "the model file at " + location + " cannot be used: " + ex.getMessage();
			}
		}
		if (problem != null) {
			logger.warn("Partner suggestions use the reasoned weights: {}", problem);
		}
		this.model = read;
		this.coefficients = coefficients;
		this.problem = problem;
	}

	@EventListener
	void graphChanged(GraphChanged event) {
		this.graph.invalidate();
	}

	boolean available() {
		return this.model != null;
	}

	/** The model's coefficients: only a ranking that is {@link #available} ranks. */
	private PartnerModel.Coefficients coefficients() {
		return Objects.requireNonNull(this.coefficients, "ranks only when the model is available");
	}

	/** Which ranking answers, from which model, trained on what, measured how; or why the reasoned one answers. */
	PartnerRankingStatus status() {
		if (this.model == null) {
			return new PartnerRankingStatus(PartnerRankingStatus.Mode.REASONED, null, null, null, null, null,
					Objects.requireNonNull(this.problem, "a missing model says why"));
		}
		String current = this.graph.get().checksum;
		boolean same = current.equals(this.model.dataChecksum());
		return new PartnerRankingStatus(PartnerRankingStatus.Mode.LEARNED, this.location, this.model.trainedAt(),
				this.model.dataChecksum(), same, this.model.metrics(),
				same ? "the model was trained on the data this server holds"
						: "the data changed since the model was trained (" + current + "); it still ranks, but its metrics "
								+ "were measured on the older data: train again with ./mvnw -Ptrain verify");
	}

	/** A suggestion as the ranking sees it: the city's id, its score and the reasons. */
	record Ranked(String id, double score, List<PartnerSuggestion.Reason> reasons) {
	}

	/**
	 * The best candidates for the request, best first, each with its reasons; the track record's evidence holds the
	 * candidate's agreements and cooperation (on the topics asked, if any).
	 */
	List<Ranked> rank(PartnerService.Request request) {
		PartnerGraph g = this.graph.get();
		Integer source = g.indexOf(request.cityId());
		if (source == null || request.limit() == 0) {
			return List.of();
		}
		Set<String> topics = (request.topics() != null && !request.topics().isEmpty()) ? request.topics() : null;
		Set<Integer> countries = null;
		if (request.countries() != null && !request.countries().isEmpty()) {
			countries = new HashSet<>();
			for (String code : request.countries()) {
				Integer k = g.countryIndex.get(code);
				if (k != null) {
					countries.add(k);
				}
			}
		}
		boolean[] networks = null;
		if (request.networks() != null && !request.networks().isEmpty()) {
			networks = new boolean[g.networkIds.length];
			for (int n = 0; n < g.networkIds.length; n++) {
				networks[n] = request.networks().contains(g.networkIds[n]);
			}
		}
		double[] bonus = new double[g.size];
		if (topics != null) {
			for (int x : g.engagements.keySet()) {
				bonus[x] = TOPIC_BONUS * Math.min(1, g.activity(x, topics).size() / 2.0);
			}
		}
		int limit = request.limit();
		int[] best = new int[limit];
		double[] bestScores = new double[limit];
		int kept = 0;
		double[] values = new double[PairFeatures.COUNT];
		try (PairFeatures.Query query = new PairFeatures.Query(g, source, g.partners[source])) {
			int origin = g.country[source];
			for (int x = 0; x < g.size; x++) {
				int k = g.country[x];
				if (query.excluded(x) || (!request.includeDomestic() && k == origin)
						|| (countries != null && !countries.contains(k)) || (networks != null && !inAny(g.networks[x], networks))) {
					continue;
				}
				query.values(x, values);
				double score = coefficients().score(values) + bonus[x];
				if (kept < limit || better(g, score, x, bestScores[kept - 1], best[kept - 1])) {
					int at = (kept < limit) ? kept++ : kept - 1;
					while (at > 0 && better(g, score, x, bestScores[at - 1], best[at - 1])) {
						best[at] = best[at - 1];
						bestScores[at] = bestScores[at - 1];
						at--;
					}
					best[at] = x;
					bestScores[at] = score;
				}
			}
			List<Ranked> ranked = new ArrayList<>(kept);
			for (int i = 0; i < kept; i++) {
				int x = best[i];
				query.values(x, values);
				List<PartnerSuggestion.Reason> reasons = explain(g, query, x, values, g.activity(x, topics), topics != null,
						bonus[x]);
				double score = reasons.stream().mapToDouble(PartnerSuggestion.Reason::weight).sum();
				ranked.add(new Ranked(g.ids[x], round(score), reasons));
			}
			ranked.sort(Comparator.comparingDouble(Ranked::score).reversed());
			return ranked;
		}
	}

	private static boolean better(PartnerGraph g, double score, int x, double otherScore, int other) {
		return score > otherScore || (score == otherScore && g.ids[x].compareTo(g.ids[other]) < 0);
	}

	private static boolean inAny(int[] memberships, boolean[] networks) {
		for (int n : memberships) {
			if (networks[n]) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The reasons: each reason kind's contribution (the sum of its features' weight times their distance from the
	 * training mean), its share of what the positive reasons add, a readable detail and its evidence, strongest first.
	 */
	private List<PartnerSuggestion.Reason> explain(PartnerGraph g, PairFeatures.Query q, int x, double[] values,
			PartnerRepository.Activity activity, boolean onTopics, double bonus) {
		Map<ReasonKind, Double> contributions = new EnumMap<>(ReasonKind.class);
		for (PairFeatures.Signal signal : PairFeatures.SIGNALS) {
			contributions.merge(signal.kind, coefficients().contribution(signal.ordinal(), values[signal.ordinal()]),
					Double::sum);
		}
		contributions.merge(ReasonKind.TRACK_RECORD, bonus, Double::sum);
		Map<ReasonKind, Double> rounded = new EnumMap<>(ReasonKind.class);
		contributions.forEach((kind, value) -> {
			if (Math.abs(value) >= SMALLEST_REASON) {
				rounded.put(kind, round(value));
			}
		});
		double positive = rounded.values().stream().filter(v -> v > 0).mapToDouble(Double::doubleValue).sum();
		Evidence evidence = new Evidence(g, q, x);
		List<PartnerSuggestion.Reason> reasons = new ArrayList<>();
		rounded.forEach((kind, weight) -> {
			Explained explained = evidence.of(kind, values, activity, onTopics);
			reasons.add(new PartnerSuggestion.Reason(kind, weight, explained.detail(), explained.ids(),
					(positive > 0) ? round(weight / positive) : null));
		});
		reasons.sort(Comparator.comparingDouble(PartnerSuggestion.Reason::weight).reversed());
		return reasons;
	}

	private record Explained(Explanation detail, List<String> ids) {

		Explained(Phrase detail, List<String> ids) {
			this(Explanation.of(detail), ids);
		}

	}

	/** What backs each reason for one candidate, read from the graph in memory. */
	private record Evidence(PartnerGraph g, PairFeatures.Query q, int x) {

		Explained of(ReasonKind kind, double[] v, PartnerRepository.Activity activity, boolean onTopics) {
			int s = this.q.source;
			Names country = countryName(this.g.country[this.x]);
			Names origin = countryName(this.q.origin);
			return switch (kind) {
				case PARTNER_OF_PARTNER -> {
					List<String> via = partners(m -> this.q.scratch.known[m] && m != s);
					yield new Explained(via.isEmpty() ? Phrase.of("partner.pop.none") : Phrase.of("partner.pop", via.size()), via);
				}
				case REGIONAL_PEER -> {
					int region = this.g.region[s];
					List<String> peers = partners(m -> m != s && region >= 0 && this.g.region[m] == region);
					List<Integer> near = new ArrayList<>();
					for (int m : this.g.sisters[this.x]) {
						if (m != s && this.g.country[m] == this.q.origin && this.g.located[m] && this.g.located[s]
								&& this.g.km(s, m) < 3 * PairFeatures.PEER_KM) {
							near.add(m);
						}
					}
					near.sort(Comparator.comparingDouble(m -> this.g.km(s, m)));
					Set<String> ids = new LinkedHashSet<>(peers);
					near.forEach(m -> ids.add(this.g.ids[m]));
					Phrase detail = (peers.isEmpty() && near.isEmpty()) ? Phrase.of("partner.regional.none")
							: Phrase.of("partner.regional", peers.size(), near.size(), (int) (3 * PairFeatures.PEER_KM));
					yield new Explained(detail, ids.stream().limit(EVIDENCE).toList());
				}
				case COUNTRY_PREFERENCE -> {
					PartnerGraph.Links links = this.g.linksFrom(this.q.origin);
					int k = this.g.country[this.x];
					int region = this.g.region[s];
					List<String> ids = new ArrayList<>(List.of(this.g.countryCodes[k]));
					List<Integer> cities = new ArrayList<>();
					for (int m : links.citiesLinkedTo().getOrDefault(k, new int[0])) {
						if (m != s) {
							cities.add(m);
						}
					}
					cities.sort(Comparator.comparing((Integer m) -> this.g.region[m] != region).thenComparing(m -> this.g.ids[m]));
					cities.stream().limit(EVIDENCE).forEach(m -> ids.add(this.g.ids[m]));
					yield new Explained(Phrase.of("partner.country", links.toCountry()[k], links.total(), origin, country), ids);
				}
				case TRACK_RECORD -> {
					List<String> ids = partners(m -> m != s && this.g.country[m] == this.q.origin);
					Phrase sisters = Phrase.of("partner.track",
							this.g.sisters[this.x].length - (this.q.scratch.linked[this.x] ? 1 : 0),
							this.q.scratch.inCountry[this.x], origin);
					if (onTopics || activity.size() > 0) {
						ids.addAll(activity.agreements());
						ids.addAll(activity.cooperations());
						yield new Explained(Explanation.of(sisters, activity.said(onTopics)), ids);
					}
					yield new Explained(sisters, ids);
				}
				case SIZE -> {
					PartnerGraph.Place a = this.g.places[s];
					PartnerGraph.Place b = this.g.places[this.x];
					List<String> ids = new ArrayList<>();
					ids.add((a.sizeObservation() != null) ? a.sizeObservation() : a.id());
					ids.add((b.sizeObservation() != null) ? b.sizeObservation() : b.id());
					yield new Explained(Phrase.of("partner.size", b.size(), a.size()), ids);
				}
				case PROXIMITY -> new Explained(
						(this.g.located[s] && this.g.located[this.x])
								? Phrase.of("partner.proximity", Math.round(this.g.km(s, this.x)))
								: Phrase.of("partner.proximity.unknown"),
						List.of(this.g.ids[s], this.g.ids[this.x]));
				case SAME_NAME -> new Explained(Phrase.of((v[PairFeatures.Signal.SAME_NAME.ordinal()] > 0) ? "partner.name.same"
						: (v[PairFeatures.Signal.NAME_CONTAINS.ordinal()] > 0) ? "partner.name.contains" : "partner.name.different"),
						List.of(this.g.ids[s], this.g.ids[this.x]));
				case GEOGRAPHY -> {
					PartnerGraph.Place a = this.g.places[s];
					PartnerGraph.Place b = this.g.places[this.x];
					List<Phrase> parts = new ArrayList<>();
					List<String> ids = new ArrayList<>();
					if (v[PairFeatures.Signal.SAME_CLIMATE_GROUP.ordinal()] > 0) {
						parts.add(Phrase.of("partner.geography.climates", a.climate(), b.climate()));
						ids.add("koppen:" + a.climate());
						ids.add("koppen:" + b.climate());
					}
					if (v[PairFeatures.Signal.BOTH_SEAPORTS.ordinal()] > 0) {
						parts.add(Phrase.of("partner.geography.ports"));
						ids.add(a.seaport());
						ids.add(b.seaport());
					}
					parts.add(Phrase.of((a.coastal() && b.coastal()) ? "partner.geography.coastal"
							: (a.coastal() == b.coastal()) ? "partner.geography.inland" : "partner.geography.coastal.one"));
					yield new Explained(new Explanation(parts), ids.stream().distinct().toList());
				}
				case SHARED_NETWORK -> {
					List<String> shared = new ArrayList<>();
					for (int n : this.g.networks[this.x]) {
						if (this.q.sourceNetworks[n]) {
							shared.add(this.g.networkIds[n]);
						}
					}
					yield new Explained(shared.isEmpty() ? Phrase.of("partner.network.none")
							: Phrase.of("partner.network", String.join(", ", shared)), shared);
				}
				case DIASPORA -> {
					PartnerGraph.DiasporaFigure figure = this.g.diasporas.getOrDefault(this.q.origin, Map.of())
						.get(this.g.country[this.x]);
					List<String> ids = new ArrayList<>();
					List<Phrase> detail = new ArrayList<>();
					if (figure != null) {
						ids.add(figure.id());
						detail.add(Phrase.of("partner.diaspora", figure.stock(), origin, country, figure.year()));
					}
					else {
						detail.add(Phrase.of("partner.diaspora.none", origin, country));
					}
					int region = this.g.region[this.x];
					PartnerRepository.StateShare share = (region >= 0 && this.q.remittanceShare[region] > 0)
							? this.g.remittances.get(region) : null;
					if (share != null) {
						ids.addAll(share.observations());
						detail.add(Phrase.of("partner.diaspora.remittances", this.g.places[this.x].regionName(),
								100 * share.share(), share.year()));
					}
					yield new Explained(new Explanation(detail), ids);
				}
				case PROMINENCE -> {
					PartnerGraph.Place b = this.g.places[this.x];
					String key = b.capital() ? (b.worldCity() ? "partner.prominence.both" : "partner.prominence.capital")
							: b.worldCity() ? "partner.prominence.world" : "partner.prominence.none";
					yield new Explained(Phrase.of(key), List.of(b.id()));
				}
				case MIRROR -> new Explained(Explanation.NONE, List.of());
			};
		}

		private Names countryName(int k) {
			String code = this.g.countryCodes[k];
			return this.g.countryNames.getOrDefault(code, new Names(code, null));
		}

		/** The candidate's sister cities that pass the test, by id, at most {@link #EVIDENCE}. */
		private List<String> partners(IntPredicate test) {
			List<String> ids = new ArrayList<>();
			for (int m : this.g.sisters[this.x]) {
				if (test.test(m)) {
					ids.add(this.g.ids[m]);
				}
			}
			ids.sort(null);
			return new ArrayList<>(ids.subList(0, Math.min(EVIDENCE, ids.size())));
		}

	}

	private static double round(double value) {
		return Math.round(value * 10_000) / 10_000.0;
	}

}
