package org.vinculos.mirror;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.vinculos.city.Cities;
import org.vinculos.city.City;
import org.vinculos.database.Stored;
import org.vinculos.language.Explanation;
import org.vinculos.language.Phrase;

import org.springframework.stereotype.Service;

/**
 * Finds the cities that resemble a given one and explains each match dimension by dimension.
 *
 * <p>Every allowed city is scored exactly, in memory, from the profiles {@link MirrorProfiles} holds. A dimension's
 * similarity uses only what the sources say on both sides: a missing fact lowers the match's coverage and adds nothing
 * to its score, it is never filled in. The seed's named mirrors are not part of any profile: they are what the
 * evaluation checks the ranking against.
 */
@Service
public class MirrorService {

	/**
	 * log10 of the GDP-per-person ratio at which economic similarity reaches zero: ten times richer, as for size; that is
	 * about the distance between a lower-middle-income and a high-income economy.
	 */
	private static final double GDP_SPAN = 1;

	/**
	 * How much of its part a GDP comparison covers at each scope: a city's own figure fully, its state's mostly, its
	 * country's only half, since a country's average says little of one of its cities.
	 */
	private static final double[] SCOPE_COVERAGE = { 1.0, 0.75, 0.5 };

	private static final int SCOPES = SCOPE_COVERAGE.length;

	/** The difference in yearly growth at which growth similarity reaches zero: three percentage points. */
	private static final double GROWTH_SPAN = 0.03;

	private final MirrorProfiles profiles;

	private final Cities cities;

	MirrorService(MirrorProfiles profiles, Cities cities) {
		this.profiles = profiles;
		this.cities = cities;
	}

	/** The query: who, with which weights, among which cities. */
	public record Request(String cityId, @Nullable MirrorWeights weights, @Nullable Set<String> countries,
			@Nullable Set<String> excludeCountries, @Nullable Long minPopulation, int limit) {
	}

	/** The best matches, best first; empty when no city has the id. */
	public List<MirrorMatch> mirrors(Request request) {
		MirrorProfiles.Catalog catalog = this.profiles.catalog();
		List<Scored> scored = scored(catalog, request);
		Map<String, City> cities = this.cities.byIds(scored.stream().map(s -> s.candidate().id()).toList());
		return scored.stream().map(s -> new MirrorMatch(Stored.nonNull(cities.get(s.candidate().id())), s.score(),
				s.dimensions(),
				s.coverage())).toList();
	}

	/** The best matches of a city by its profile, explained, without reading the cities' records. */
	List<Scored> scored(MirrorProfiles.Catalog catalog, Request request) {
		MirrorWeights weights = ((request.weights() != null) ? request.weights() : MirrorWeights.DEFAULT).complete();
		Features source = catalog.get(request.cityId());
		if (source == null || request.limit() == 0) {
			return List.of();
		}
		// Keep the best `limit` in a heap, worst on top; details are written only for those returned.
		Comparator<Ranked> worstFirst = Comparator.comparingDouble(Ranked::score)
			.thenComparing(r -> r.candidate().profile().id(), Comparator.reverseOrder());
		PriorityQueue<Ranked> best = new PriorityQueue<>(request.limit() + 1, worstFirst);
		double[] w = weights.asArray();
		double total = Arrays.stream(w).sum();
		Parts parts = new Parts();
		BitSet allowed = countries(catalog, request.countries());
		BitSet excluded = countries(catalog, request.excludeCountries());
		// Nearest in size first, so that the heap soon holds good matches and the bound passes over most others.
		Features[] bySize = catalog.bySize();
		MirrorProfiles.Columns columns = catalog.columns();
		double[] keys = columns.sizeKey();
		double key = source.sizeKey();
		int above = Double.isNaN(key) ? 0 : insertionPoint(keys, key);
		int below = above - 1;
		while (below >= 0 || above < bySize.length) {
			int i = (below < 0 || (above < bySize.length && keys[above] - key <= key - keys[below])) ? above++ : below--;
			if (!allows(columns, i, source, allowed, excluded, request.minPopulation()) || bySize[i] == source) {
				continue;
			}
			if (best.size() == request.limit() && bound(source, columns, i, w, total) < best.peek().score()) {
				continue;
			}
			Features candidate = bySize[i];
			double score = quickScore(source, candidate, w, parts);
			if (best.size() < request.limit() || score >= best.peek().score()) {
				best.add(new Ranked(candidate, score));
				if (best.size() > request.limit()) {
					best.poll();
				}
			}
		}
		List<Ranked> ranked = new ArrayList<>(best);
		ranked.sort(worstFirst.reversed());
		return ranked.stream().map(r -> score(source, r.candidate(), weights, true)).toList();
	}

	private record Ranked(Features candidate, double score) {
	}

	private static int insertionPoint(double[] sorted, double key) {
		int at = Arrays.binarySearch(sorted, key);
		return (at >= 0) ? at : -at - 1;
	}

	/**
	 * The most a candidate could score: its size similarity exactly, and every other dimension as if each part that
	 * data on both sides back were a perfect match; a little above, so that rounding never makes it pass over a tie.
	 */
	private static double bound(Features a, MirrorProfiles.Columns b, int i, double[] w, double total) {
		boolean metropolitan = !Double.isNaN(a.logAgglomeration()) && !Double.isNaN(b.logAgglomeration()[i]);
		double x = metropolitan ? a.logAgglomeration() : a.logPopulation();
		double y = metropolitan ? b.logAgglomeration()[i] : b.logPopulation()[i];
		double sum = (Double.isNaN(x) || Double.isNaN(y)) ? 0 : w[0] * clip(1 - Math.abs(x - y));
		int both = a.known() & b.known()[i];
		double economy = 0;
		for (int scope = 0; scope < SCOPES && economy == 0; scope++) {
			if ((both & Features.gdpBit(scope)) != 0) {
				economy = SCOPE_COVERAGE[scope];
			}
		}
		if ((both & Features.SECTORS) != 0) {
			economy += 1;
		}
		sum += w[1] * economy / 2 + w[2];
		int challenges = Integer.bitCount(both & (Features.GROWTH | Features.THEMES | Features.TOPICS));
		int international = 1 + Integer.bitCount(both & (Features.NETWORKS | Features.PARTNERS));
		sum += w[3] * challenges / 3.0 + w[4] * international / 3.0;
		return sum / total + 0.001;
	}

	/** The catalog's numbers of these countries; null when none are given. */
	private static @Nullable BitSet countries(MirrorProfiles.Catalog catalog, @Nullable Set<String> codes) {
		if (codes == null || codes.isEmpty()) {
			return null;
		}
		BitSet numbers = new BitSet();
		codes.stream().mapToInt(catalog.countries()::known).filter(n -> n >= 0).forEach(numbers::set);
		return numbers;
	}

	/**
	 * Whether candidate {@code i} may be a match: located, with a population, in an allowed country (another than the
	 * city's when none are named), not excluded, and large enough.
	 */
	private static boolean allows(MirrorProfiles.Columns candidates, int i, Features source, @Nullable BitSet allowed,
			@Nullable BitSet excluded, @Nullable Long minPopulation) {
		if (candidates.population()[i] < 0 || !candidates.located()[i]) {
			return false;
		}
		int country = candidates.country()[i];
		if ((allowed != null) ? !allowed.get(country) : country == source.country()) {
			return false;
		}
		return (excluded == null || !excluded.get(country))
				&& (minPopulation == null || candidates.population()[i] >= minPopulation);
	}

	/** A candidate scored against the source city. */
	record Scored(CityProfile candidate, double score, List<MirrorMatch.Dimension> dimensions, double coverage) {
	}

	/** The dimensions, in the order of {@link MirrorWeights#asArray()}. */
	private static final String[] DIMENSIONS = { "size", "economy", "geography", "challenges", "international" };

	/** Computes dimension {@code i} of a match into {@code parts}. */
	private static void dimension(int i, Features a, Features b, Parts parts) {
		switch (i) {
			case 0 -> size(a, b, parts);
			case 1 -> economy(a, b, parts);
			case 2 -> geography(a, b, parts);
			case 3 -> challenges(a, b, parts);
			default -> international(a, b, parts);
		}
	}

	/** A match's score alone, with one {@link Parts} reused for every dimension of every candidate. */
	private static double quickScore(Features a, Features b, double[] weights, Parts parts) {
		double total = 0;
		double score = 0;
		for (int i = 0; i < DIMENSIONS.length; i++) {
			parts.reset(false);
			dimension(i, a, b, parts);
			total += weights[i];
			if (parts.count > 0) {
				score += weights[i] * parts.coverage * round(parts.sum / parts.count);
			}
		}
		return round(score / total);
	}

	/** A match scored and explained dimension by dimension; its score is {@link #quickScore}'s. */
	static Scored score(Features a, Features b, MirrorWeights weights, boolean explain) {
		double[] w = weights.asArray();
		List<MirrorMatch.Dimension> dimensions = new ArrayList<>(DIMENSIONS.length);
		double total = 0;
		double score = 0;
		double covered = 0;
		for (int i = 0; i < DIMENSIONS.length; i++) {
			Parts parts = new Parts();
			parts.reset(explain);
			dimension(i, a, b, parts);
			Double similarity = (parts.count > 0) ? round(parts.sum / parts.count) : null;
			dimensions.add(new MirrorMatch.Dimension(DIMENSIONS[i], similarity, w[i], parts.coverage,
					parts.detail()));
			total += w[i];
			if (similarity != null) {
				score += w[i] * parts.coverage * similarity;
			}
			covered += w[i] * parts.coverage;
		}
		return new Scored(b.profile(), round(score / total), List.copyOf(dimensions), round(covered / total));
	}

	/**
	 * A dimension's parts as they are added: their sum and count, and, only when a match is explained, what each
	 * compared, so that scoring every candidate formats nothing.
	 */
	private static final class Parts {

		private @Nullable List<Phrase> details;

		private Explanation whenEmpty = Explanation.NONE;

		private double sum;

		private int count;

		/** The share of the dimension that data on both sides back, in 0..1. */
		private double coverage;

		void reset(boolean explain) {
			this.details = explain ? new ArrayList<>() : null;
			this.whenEmpty = Explanation.NONE;
			this.sum = 0;
			this.count = 0;
			this.coverage = 0;
		}

		boolean explaining() {
			return this.details != null;
		}

		void add(double similarity) {
			this.sum += similarity;
			this.count++;
		}

		void say(String key, Object... args) {
			if (this.details != null) {
				this.details.add(Phrase.of(key, args));
			}
		}

		/** What the detail says when no part had data on both sides. */
		void unless(String key, Object... args) {
			this.whenEmpty = Explanation.of(key, args);
		}

		Explanation detail() {
			return (this.details == null) ? Explanation.NONE
					: this.details.isEmpty() ? this.whenEmpty : new Explanation(this.details);
		}

	}

	/**
	 * Size on a log scale, a tenfold difference scoring zero: the agglomerations where both cities have one (a
	 * municipality is only part of its metropolis, and GeoNames counts cities now proper, now larger), the cities' own
	 * figures otherwise, and the detail says which.
	 */
	static void size(Features fa, Features fb, Parts parts) {
		CityProfile a = fa.profile();
		CityProfile b = fb.profile();
		boolean metropolitan = !Double.isNaN(fa.logAgglomeration()) && !Double.isNaN(fb.logAgglomeration());
		double x = metropolitan ? fa.logAgglomeration() : fa.logPopulation();
		double y = metropolitan ? fb.logAgglomeration() : fb.logPopulation();
		if (Double.isNaN(x) || Double.isNaN(y)) {
			if (parts.explaining()) {
				parts.unless("mirror.size.unknown", Double.isNaN(x) ? a.name() : b.name());
			}
			return;
		}
		parts.add(clip(1 - Math.abs(x - y)));
		parts.coverage = 1;
		if (parts.explaining()) {
			parts.say(metropolitan ? "mirror.size.metropolitan" : "mirror.size.population",
					people(Objects.requireNonNull(metropolitan ? a.agglomeration() : a.population(), "scored above")),
					people(Objects.requireNonNull(metropolitan ? b.agglomeration() : b.population(), "scored above")));
		}
	}

	/**
	 * GDP per person at PPP at the finest scope both sides have (city, state, country), ten times richer scoring zero,
	 * covering less of the dimension the coarser the scope; and the sector mix of their states where both have one
	 * (Mexican states only).
	 */
	static void economy(Features fa, Features fb, Parts parts) {
		CityProfile a = fa.profile();
		CityProfile b = fb.profile();
		double covered = 0;
		for (int scope = 0; scope < SCOPES && covered == 0; scope++) {
			covered = gdp(fa, fb, scope, parts);
		}
		if (Features.both(fa, fb, Features.SECTORS)) {
			double similarity = cosine(fa.sectorShares(), fb.sectorShares(), fa.sectorNorm(), fb.sectorNorm());
			parts.add(similarity);
			covered += 1;
			if (parts.explaining()) {
				if (a.region().equals(b.region())) {
					parts.say("mirror.economy.sectors.same", largest(a), largest(b));
				}
				else {
					parts.say("mirror.economy.sectors", similarity, largest(a), largest(b));
				}
			}
		}
		parts.coverage = round(covered / 2.0);
		if (parts.explaining()) {
			parts.unless("mirror.economy.none");
		}
	}

	/** Compares two GDPs per person of one scope when both are known; the coverage it adds, 0 when it cannot. */
	private static double gdp(Features a, Features b, int scope, Parts parts) {
		double x = a.logGdp()[scope];
		double y = b.logGdp()[scope];
		if (Double.isNaN(x) || Double.isNaN(y)) {
			return 0;
		}
		parts.add(clip(1 - Math.abs(x - y) / GDP_SPAN));
		if (parts.explaining()) {
			CityProfile.Figure mine = Objects.requireNonNull(figure(a.profile(), scope), "scored above");
			CityProfile.Figure theirs = Objects.requireNonNull(figure(b.profile(), scope), "scored above");
			parts.say("mirror.economy.gdp", Phrase.of("mirror.scope." + scope), mine.value(), mine.year(), theirs.value(),
					theirs.year());
		}
		return SCOPE_COVERAGE[scope];
	}

	private static CityProfile.@Nullable Figure figure(CityProfile city, int scope) {
		return switch (scope) {
			case 0 -> city.gdp().city();
			case 1 -> city.gdp().state();
			default -> city.gdp().country();
		};
	}

	/**
	 * Climate (the same Köppen–Geiger class 1, the same main group 0.5), seaport, airport, border position and capital
	 * role; latitude and altitude only where a side's climate is unknown, since they stood in for it.
	 */
	static void geography(Features fa, Features fb, Parts parts) {
		CityProfile a = fa.profile();
		CityProfile b = fb.profile();
		boolean climates = fa.climate() >= 0 && fb.climate() >= 0;
		if (climates) {
			parts.add(Features.climateSimilarity(fa.climate(), fb.climate()));
			if (parts.explaining()) {
				parts.say("mirror.geography.climate", a.climate(), b.climate());
			}
		}
		parts.add((fa.seaport() == fb.seaport()) ? 1.0 : 0.0);
		parts.add((fa.airport() == fb.airport()) ? 1.0 : 0.0);
		if (parts.explaining()) {
			parts.say("mirror.geography.seaport", yesNo(a.seaport()), yesNo(b.seaport()));
			parts.say("mirror.geography.airport", yesNo(a.airport()), yesNo(b.airport()));
		}
		if (fa.located() && fb.located()) {
			parts.add((fa.border() == fb.border()) ? 1.0 : 0.0);
			if (parts.explaining()) {
				parts.say("mirror.geography.border", border(a), border(b));
			}
		}
		parts.add((fa.capital() == fb.capital()) ? 1.0 : 0.0);
		if (parts.explaining()) {
			parts.say("mirror.geography.capital", capitalClass(a), capitalClass(b));
		}
		if (!climates && fa.located() && fb.located()) {
			double latitudeA = Objects.requireNonNull(a.latitude(), "located");
			double latitudeB = Objects.requireNonNull(b.latitude(), "located");
			parts.add(clip(1 - Math.abs(Math.abs(latitudeA) - Math.abs(latitudeB)) / 20));
			if (parts.explaining()) {
				parts.say("mirror.geography.latitude", latitudeA, latitudeB);
			}
		}
		if (!climates && a.dem() != null && b.dem() != null) {
			parts.add(clip(1 - Math.abs(a.dem() - b.dem()) / 1500.0));
			if (parts.explaining()) {
				parts.say("mirror.geography.altitude", a.dem(), b.dem());
			}
		}
		// Five parts when the climates are known (climate standing for latitude and altitude), six otherwise.
		parts.coverage = round(Math.min(1, parts.count / (climates ? 5.0 : 6.0)));
	}

	/**
	 * What a city contends with: how fast it grows, the themes of the networks it belongs to, and the topics of its
	 * agreements and cooperation, each where both sides have it.
	 */
	static void challenges(Features fa, Features fb, Parts parts) {
		CityProfile a = fa.profile();
		CityProfile b = fb.profile();
		if (!Double.isNaN(fa.growth()) && !Double.isNaN(fb.growth())) {
			parts.add(clip(1 - Math.abs(fa.growth() - fb.growth()) / GROWTH_SPAN));
			if (parts.explaining()) {
				parts.say("mirror.challenges.growth", growth(Objects.requireNonNull(a.growth(), "a growth rate")),
						growth(Objects.requireNonNull(b.growth(), "a growth rate")));
			}
		}
		if (Features.both(fa, fb, Features.THEMES)) {
			parts.add(Features.jaccard(fa.themes(), fb.themes()));
			if (parts.explaining()) {
				shared(parts, "mirror.challenges.themes", a.themes(), b.themes());
			}
		}
		if (Features.both(fa, fb, Features.TOPICS)) {
			parts.add(Features.jaccard(fa.topics(), fb.topics()));
			if (parts.explaining()) {
				shared(parts, "mirror.challenges.topics", a.topics(), b.topics());
			}
		}
		parts.coverage = round(parts.count / 3.0);
		if (parts.explaining()) {
			parts.unless("mirror.challenges.none");
		}
	}

	static void international(Features fa, Features fb, Parts parts) {
		CityProfile a = fa.profile();
		CityProfile b = fb.profile();
		parts.add(clip(1 - Math.abs(fa.logSisters() - fb.logSisters()) / 1.5));
		if (parts.explaining()) {
			parts.say("mirror.international.sisters", a.sisters(), b.sisters());
		}
		if (Features.both(fa, fb, Features.NETWORKS)) {
			parts.add(Features.jaccard(fa.networks(), fb.networks()));
			if (parts.explaining()) {
				shared(parts, "mirror.international.networks", a.networks(), b.networks());
			}
		}
		if (Features.both(fa, fb, Features.PARTNERS)) {
			parts.add(Features.partnerCosine(fa, fb));
			if (parts.explaining()) {
				Set<String> shared = new HashSet<>(a.partnerCountries().keySet());
				shared.retainAll(b.partnerCountries().keySet());
				parts.say("mirror.international.countries", shared.size());
			}
		}
		parts.coverage = round(parts.count / 3.0);
	}

	/** What two sets share, under {@code key}, or {@code key.none} when nothing. */
	private static void shared(Parts parts, String key, Set<String> a, Set<String> b) {
		Set<String> shared = new HashSet<>(a);
		shared.retainAll(b);
		if (shared.isEmpty()) {
			parts.say(key + ".none");
		}
		else {
			parts.say(key, names(shared));
		}
	}

	private static Phrase capitalClass(CityProfile city) {
		if (city.capital() == null) {
			return Phrase.of("mirror.capital.none");
		}
		return Phrase.of(city.capital().equals("national") ? "mirror.capital.national" : "mirror.capital.regional");
	}

	private static Phrase yesNo(String facility) {
		return (facility != null) ? Phrase.of("mirror.yes", facility) : Phrase.of("mirror.no");
	}

	private static Phrase border(CityProfile city) {
		return (city.borderKm() != null) ? Phrase.of("mirror.border.yes", city.borderKm(),
				city.borderPlace().replaceAll(", geonames:\\d+", "")) : Phrase.of("mirror.no");
	}

	private static Phrase growth(CityProfile.Growth growth) {
		return Phrase.of("mirror.growth", growth.rate() * 100, Phrase.of("mirror.series." + growth.series()), growth.from(),
				growth.to());
	}

	private static String largest(CityProfile city) {
		return city.sectors().values().stream().max(Comparator.comparingDouble(CityProfile.Sector::share))
			.map(s -> s.label() + " " + Math.round(s.share() * 100) + "%").orElse("?");
	}

	private static String names(Collection<String> ids) {
		return ids.stream().map(id -> id.substring(id.indexOf(':') + 1)).sorted().collect(Collectors.joining(", "));
	}

	static Phrase people(long n) {
		if (n >= 1_000_000) {
			return Phrase.of("mirror.people.millions", n / 1e6);
		}
		return (n >= 1_000) ? Phrase.of("mirror.people.thousands", n / 1e3) : Phrase.of("mirror.people", n);
	}

	/** The cosine of two sparse vectors whose norms are known. */
	private static <K> double cosine(Map<K, ? extends Number> a, Map<K, ? extends Number> b, double normA, double normB) {
		Map<K, ? extends Number> small = (a.size() <= b.size()) ? a : b;
		Map<K, ? extends Number> large = (small == a) ? b : a;
		double dot = 0;
		for (var e : small.entrySet()) {
			Number other = large.get(e.getKey());
			if (other != null) {
				dot += e.getValue().doubleValue() * other.doubleValue();
			}
		}
		return dot / (normA * normB);
	}

	private static double clip(double value) {
		return Math.max(0, Math.min(1, value));
	}

	private static double round(double value) {
		return Math.round(value * 10_000) / 10_000.0;
	}

}
