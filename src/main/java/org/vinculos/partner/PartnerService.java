package org.vinculos.partner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.vinculos.city.Cities;
import org.vinculos.city.City;
import org.vinculos.database.Stored;
import org.vinculos.language.Explanation;
import org.vinculos.language.Phrase;

import org.springframework.stereotype.Service;

/**
 * Suggests the local governments a city could partner with next, and why.
 *
 * <p>When the server has a learned model ({@link LearnedRanking}), it scores every candidate over the graph in
 * memory and explains each suggestion by its features' contributions. Otherwise, or when a request sets its own
 * weights (the evaluation's ablations), the reasoned ranking answers: candidates are the cities that some signal
 * reaches (partners of its partners, partners of the other local governments of its region, co-members of its
 * networks, the cities nearest in profile and, when topics are asked, the cities active on them), each signal's
 * strength is scaled into 0..1 and weighted, and the score is their sum. The book's checklist (a compatible profile,
 * previous experience, reciprocity, the diaspora) maps onto MIRROR, TRACK_RECORD, PARTNER_OF_PARTNER and
 * REGIONAL_PEER, and DIASPORA. Everything runs on plain Cypher.
 */
@Service
public class PartnerService {

	private static final int MIRROR_CANDIDATES = 100;

	private final PartnerRepository repository;

	private static final long SHARES_TTL_NANOS = 60_000_000_000L;

	private final Cities cities;

	private volatile @Nullable CachedShares shares;

	private final LearnedRanking learned;

	PartnerService(PartnerRepository repository, Cities cities, LearnedRanking learned) {
		this.repository = repository;
		this.cities = cities;
		this.learned = learned;
	}

	/** Which ranking answers, and why. */
	public PartnerRankingStatus ranking() {
		return this.learned.status();
	}

	/** The query: for whom, on which topics, among which cities, with which weights (null: the defaults). */
	public record Request(String cityId, @Nullable Set<String> topics, @Nullable Set<String> countries,
			@Nullable Set<String> networks, boolean includeDomestic, int limit, @Nullable Map<ReasonKind,
			Double> weights) {
	}

	/** Those of the ids that name no network. */
	public Set<String> unknownNetworks(Set<String> ids) {
		Set<String> unknown = new LinkedHashSet<>(ids);
		unknown.removeAll(this.repository.networkIds(ids));
		return unknown;
	}

	/**
	 * The best suggestions, best first; empty when no city has the id. The learned model ranks when the server has one
	 * and the request sets no weights; the reasoned weights rank otherwise.
	 */
	public List<PartnerSuggestion> suggest(Request request) {
		List<String> topics = (request.topics() != null && !request.topics().isEmpty()) ? List.copyOf(request.topics()) : null;
		if (request.weights() != null || !this.learned.available()) {
			return reasoned(request, topics);
		}
		List<LearnedRanking.Ranked> ranked = this.learned.rank(request);
		Map<String, City> cities = this.cities.byIds(ranked.stream().map(LearnedRanking.Ranked::id).toList());
		return ranked.stream().map(r -> new PartnerSuggestion(Stored.nonNull(cities.get(r.id())), r.score(),
				r.reasons())).toList();
	}

	private List<PartnerSuggestion> reasoned(Request request, @Nullable List<String> topics) {
		Optional<PartnerRepository.Source> found = this.repository.source(request.cityId());
		if (found.isEmpty() || request.limit() == 0) {
			return List.of();
		}
		PartnerRepository.Source source = found.get();
		Map<ReasonKind, Double> weights = new EnumMap<>(ReasonKind.class);
		for (ReasonKind kind : ReasonKind.values()) {
			weights.put(kind, (request.weights() != null) ? request.weights().getOrDefault(kind, kind.defaultWeight())
					: kind.defaultWeight());
		}
		Map<String, PartnerRepository.Reach> partnersOfPartners = this.repository.partnersOfPartners(source.id());
		Map<String, PartnerRepository.Reach> peers = this.repository.regionalPeers(source.id());
		Map<String, PartnerRepository.Reach> shared = this.repository.sharedNetworks(source.id(),
				(request.networks() != null && !request.networks().isEmpty()) ? request.networks() : null);
		Set<String> pool = new LinkedHashSet<>(partnersOfPartners.keySet());
		pool.addAll(peers.keySet());
		pool.addAll(shared.keySet());
		if (source.vector() != null) {
			pool.addAll(this.repository.nearestProfiles(source.vector(), MIRROR_CANDIDATES));
		}
		Set<String> activeOnTopics = (topics != null) ? this.repository.activeOn(topics) : Set.of();
		pool.addAll(activeOnTopics);
		Set<String> members = (request.networks() != null && !request.networks().isEmpty())
				? this.repository.membersOf(request.networks()) : null;
		pool.remove(source.id());
		pool.removeAll(source.partners());
		if (members != null) {
			pool.retainAll(members);
		}
		List<PartnerRepository.Candidate> candidates = this.repository.candidates(pool, source.vector())
			.stream()
			.filter(c -> request.includeDomestic() || !c.country().equals(source.country()))
			.filter(c -> request.countries() == null || request.countries().isEmpty() || request.countries().contains(c.country()))
			.toList();
		// Agreements and cooperation on the topics exist only for the cities active on them; without topics they are
		// read for the suggestions returned, as evidence.
		Map<String, PartnerRepository.Activity> activities = (topics != null) ? this.repository.activities(
				candidates.stream().map(PartnerRepository.Candidate::id).filter(activeOnTopics::contains).toList(), topics)
				: Map.of();
		Map<String, PartnerRepository.Diaspora> diasporas = this.repository.diasporasFrom(source.country());
		long largestDiaspora = diasporas.values().stream().mapToLong(PartnerRepository.Diaspora::stock).max().orElse(0);
		Map<String, PartnerRepository.StateShare> stateShares = source.country().equals("MX") ? remittanceShares() : Map.of();
		double largestShare = stateShares.values().stream().mapToDouble(PartnerRepository.StateShare::share).max().orElse(1);
		int largestDegree = candidates.stream().mapToInt(PartnerRepository.Candidate::degree).max().orElse(1);
		List<Scored> scored = new ArrayList<>();
		for (PartnerRepository.Candidate candidate : candidates) {
			List<PartnerSuggestion.Reason> reasons = new ArrayList<>();
			add(reasons, weights, ReasonKind.PARTNER_OF_PARTNER, partnersOfPartners.get(candidate.id()),
					reach -> 1 - Math.exp(-reach.strength()),
					reach -> Phrase.of("partner.pop", reach.via().size() + ((reach.via().size() == 10) ? "+" : "")));
			add(reasons, weights, ReasonKind.REGIONAL_PEER, peers.get(candidate.id()),
					reach -> 1 - Math.exp(-reach.strength() / 2),
					reach -> Phrase.of("partner.regional.reasoned", (int) reach.strength()));
			add(reasons, weights, ReasonKind.SHARED_NETWORK, shared.get(candidate.id()),
					reach -> Math.min(1, reach.strength() / 2), reach -> Phrase.of("partner.network", String.join(", ", reach.via())));
			diaspora(reasons, weights, source, candidate, diasporas.get(candidate.country()), largestDiaspora, stateShares,
					largestShare);
			if (candidate.mirror() != null && weights.getOrDefault(ReasonKind.MIRROR, 0.0) > 0) {
				reasons.add(new PartnerSuggestion.Reason(ReasonKind.MIRROR,
						round(weights.getOrDefault(ReasonKind.MIRROR, 0.0) * candidate.mirror()),
						Explanation.of("partner.mirror", candidate.mirror()),
						List.of(source.id(), candidate.id()), null));
			}
			trackRecord(reasons, weights, candidate, activities.getOrDefault(candidate.id(), PartnerRepository.Activity.NONE),
					largestDegree, topics != null);
			double score = reasons.stream().mapToDouble(PartnerSuggestion.Reason::weight).sum();
			if (score > 0) {
				double total = score;
				scored.add(new Scored(candidate.id(), round(score), reasons.stream()
					.map(r -> new PartnerSuggestion.Reason(r.kind(), r.weight(), r.explanation(), r.evidence(),
							round(r.weight() / total)))
					.toList()));
			}
		}
		scored.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(Scored::id));
		return withCitiesAndEvidence(scored.subList(0, Math.min(request.limit(), scored.size())), topics == null);
	}

	/**
	 * The suggestions with their cities, and, when no topics were asked, the candidates' agreements and cooperation
	 * as the evidence of their track record.
	 */
	private List<PartnerSuggestion> withCitiesAndEvidence(List<Scored> top, boolean withActivities) {
		if (top.isEmpty()) {
			return List.of();
		}
		List<String> ids = top.stream().map(Scored::id).toList();
		Map<String, PartnerRepository.Activity> evidence = withActivities ? this.repository.activities(ids, null) : Map.of();
		Map<String, City> cities = this.cities.byIds(ids);
		List<PartnerSuggestion> suggestions = new ArrayList<>();
		for (Scored s : top) {
			List<PartnerSuggestion.Reason> reasons = new ArrayList<>(s.reasons());
			PartnerRepository.Activity activity = evidence.get(s.id());
			if (activity != null && activity.size() > 0) {
				reasons.replaceAll(r -> (r.kind() == ReasonKind.TRACK_RECORD) ? trackRecordEvidence(r, activity) : r);
			}
			reasons.sort(Comparator.comparingDouble(PartnerSuggestion.Reason::weight).reversed());
			suggestions.add(new PartnerSuggestion(Stored.nonNull(cities.get(s.id())), s.score(), reasons));
		}
		return suggestions;
	}

	/** The remittance shares change only with an import; read them at most once a minute. */
	private Map<String, PartnerRepository.StateShare> remittanceShares() {
		CachedShares cached = this.shares;
		if (cached == null || System.nanoTime() - cached.readAt() > SHARES_TTL_NANOS) {
			cached = new CachedShares(this.repository.remittanceShares(), System.nanoTime());
			this.shares = cached;
		}
		return cached.shares();
	}

	private record CachedShares(Map<String, PartnerRepository.StateShare> shares, long readAt) {
	}

	private record Scored(String id, double score, List<PartnerSuggestion.Reason> reasons) {
	}

	private static void add(List<PartnerSuggestion.Reason> reasons, Map<ReasonKind, Double> weights, ReasonKind kind,
			PartnerRepository.@Nullable Reach reach,
			java.util.function.ToDoubleFunction<PartnerRepository.Reach> strength,
			java.util.function.Function<PartnerRepository.Reach, Phrase> detail) {
		if (reach != null && weights.getOrDefault(kind, 0.0) > 0) {
			reasons.add(new PartnerSuggestion.Reason(kind, round(weights.getOrDefault(kind,
					0.0) * strength.applyAsDouble(reach)),
					Explanation.of(detail.apply(reach)), reach.via(), null));
		}
	}

	private static void diaspora(List<PartnerSuggestion.Reason> reasons, Map<ReasonKind, Double> weights,
			PartnerRepository.Source source, PartnerRepository.Candidate candidate,
			PartnerRepository.@Nullable Diaspora diaspora, long largest, Map<String,
			PartnerRepository.StateShare> stateShares, double largestShare) {
		if (diaspora == null || diaspora.stock() <= 0 || largest <= 0 || weights.getOrDefault(ReasonKind.DIASPORA,
				0.0) == 0) {
			return;
		}
		double strength = Math.log10(1 + diaspora.stock()) / Math.log10(1 + largest);
		List<String> evidence = new ArrayList<>(List.of(diaspora.id()));
		List<Phrase> detail = new ArrayList<>(List.of(Phrase.of("partner.diaspora", diaspora.stock(), source.countryName(),
				diaspora.countryName(), diaspora.year())));
		PartnerRepository.StateShare state = (candidate.region() != null) ? stateShares.get(candidate.region()) : null;
		if (state != null) {
			strength *= 0.5 + 0.5 * state.share() / largestShare;
			evidence.addAll(state.observations());
			detail.add(Phrase.of("partner.diaspora.remittances", candidate.regionName(), 100 * state.share(), state.year()));
		}
		reasons.add(new PartnerSuggestion.Reason(ReasonKind.DIASPORA, round(weights.getOrDefault(ReasonKind.DIASPORA,
				0.0) * strength),
				new Explanation(detail), evidence, null));
	}

	private static void trackRecord(List<PartnerSuggestion.Reason> reasons, Map<ReasonKind, Double> weights,
			PartnerRepository.Candidate candidate, PartnerRepository.Activity activity, int largestDegree, boolean onTopics) {
		double weight = weights.getOrDefault(ReasonKind.TRACK_RECORD, 0.0);
		if (weight == 0 || (candidate.degree() == 0 && activity.size() == 0)) {
			return;
		}
		double experience = Math.log10(1 + candidate.degree()) / Math.log10(1 + Math.max(1, largestDegree));
		double strength = onTopics ? 0.5 * experience + 0.5 * Math.min(1, activity.size() / 2.0) : experience;
		Phrase sisters = Phrase.of("partner.track.sisters", candidate.degree());
		Explanation detail = onTopics ? Explanation.of(sisters, activity.said(true)) : Explanation.of(sisters);
		List<String> evidence = new ArrayList<>(activity.agreements());
		evidence.addAll(activity.cooperations());
		reasons.add(new PartnerSuggestion.Reason(ReasonKind.TRACK_RECORD, round(weight * strength), detail, evidence, null));
	}

	/** A track record without topics, with the candidate's agreements and cooperation as evidence. */
	private static PartnerSuggestion.Reason trackRecordEvidence(PartnerSuggestion.Reason reason,
			PartnerRepository.Activity activity) {
		List<String> evidence = new ArrayList<>(activity.agreements());
		evidence.addAll(activity.cooperations());
		List<Phrase> detail = new ArrayList<>(reason.explanation().phrases());
		detail.add(activity.said(false));
		return new PartnerSuggestion.Reason(reason.kind(), reason.weight(), new Explanation(detail), evidence,
				reason.share());
	}

	private static double round(double value) {
		return Math.round(value * 10_000) / 10_000.0;
	}

}
