package org.vinculos.mirror;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.vinculos.city.Cities;
import org.vinculos.city.City;

import org.springframework.stereotype.Service;

/**
 * Finds the cities that resemble a given one and explains each match dimension by dimension.
 *
 * <p>Candidates come from the vector index over the cities' profile vectors (seed step {@code 910_city_profiles}),
 * or, when the query names countries, from every profiled city of those countries; they are then re-ranked exactly,
 * from the facts, with the query's weights. A dimension's similarity uses only what the sources say on both sides:
 * a missing fact lowers the match's coverage and adds nothing to its score, it is never filled in.
 */
@Service
public class MirrorService {

	/** How many candidates the approximate stage hands to the exact one, per match asked for. */
	private static final int CANDIDATES_PER_MATCH = 20;

	private static final int MIN_CANDIDATES = 200;

	private static final int MAX_VECTOR_CANDIDATES = 8_000;

	private final MirrorRepository repository;

	private final Cities cities;

	MirrorService(MirrorRepository repository, Cities cities) {
		this.repository = repository;
		this.cities = cities;
	}

	/** The query: who, with which weights, among which cities. */
	public record Request(String cityId, MirrorWeights weights, Set<String> countries, Set<String> excludeCountries,
			Long minPopulation, int limit) {
	}

	/** The best matches, best first; empty when no city has the id. */
	public List<MirrorMatch> mirrors(Request request) {
		MirrorWeights weights = ((request.weights() != null) ? request.weights() : MirrorWeights.DEFAULT).complete();
		Optional<CityProfile> found = this.repository.profiles(List.of(request.cityId())).stream().findFirst();
		if (found.isEmpty() || request.limit() == 0) {
			return List.of();
		}
		CityProfile source = found.get();
		int wanted = Math.max(MIN_CANDIDATES, request.limit() * CANDIDATES_PER_MATCH);
		List<String> candidateIds = candidates(source, request, wanted, weights.equals(MirrorWeights.DEFAULT));
		List<CityProfile> profiles = this.repository.profiles(candidateIds);
		// Details are written only for the matches returned: formatting them for every candidate costs more than scoring.
		List<Scored> scored = profiles.stream().map(candidate -> score(source, candidate, weights, false))
			.sorted(Comparator.comparingDouble(Scored::score).reversed().thenComparing(s -> s.candidate().id()))
			.limit(request.limit())
			.map(s -> score(source, s.candidate(), weights, true))
			.toList();
		Map<String, City> cities = this.cities.byIds(scored.stream().map(s -> s.candidate().id()).toList());
		return scored.stream().map(s -> new MirrorMatch(cities.get(s.candidate().id()), s.score(), s.dimensions(),
				s.coverage())).toList();
	}

	/** The ids of the cities to score exactly: those allowed by the query, nearest in profile first. */
	private List<String> candidates(CityProfile source, Request request, int wanted, boolean defaultWeights) {
		Set<String> allowed = (request.countries() != null && !request.countries().isEmpty()) ? request.countries() : null;
		if (source.vector() != null && allowed == null) {
			// Non-default weights reorder what the index (built with the defaults) ranks, so look further.
			int k = defaultWeights ? wanted * 2 : wanted * 8;
			while (true) {
				List<MirrorRepository.Candidate> nearest = this.repository.nearest(source.vector(),
						Math.min(k, MAX_VECTOR_CANDIDATES));
				List<String> kept = nearest.stream()
					.filter(c -> !c.id().equals(source.id()) && allows(request, source, c.country(), c.population()))
					.map(MirrorRepository.Candidate::id)
					.toList();
				if (kept.size() >= wanted || nearest.size() < Math.min(k, MAX_VECTOR_CANDIDATES) || k >= MAX_VECTOR_CANDIDATES) {
					return kept.subList(0, Math.min(wanted, kept.size()));
				}
				k *= 4;
			}
		}
		Set<String> excluded = new HashSet<>((request.excludeCountries() != null) ? request.excludeCountries() : Set.of());
		if (allowed == null) {
			excluded.add(source.country());
		}
		return this.repository.nearestWhere(source.id(), source.vector(), allowed, excluded, request.minPopulation(), wanted);
	}

	private static boolean allows(Request request, CityProfile source, String country, long population) {
		if (request.countries() != null && !request.countries().isEmpty()) {
			if (!request.countries().contains(country)) {
				return false;
			}
		}
		else if (country.equals(source.country())) {
			return false;
		}
		if (request.excludeCountries() != null && request.excludeCountries().contains(country)) {
			return false;
		}
		return request.minPopulation() == null || population >= request.minPopulation();
	}

	private record Scored(CityProfile candidate, double score, List<MirrorMatch.Dimension> dimensions, double coverage) {
	}

	private Scored score(CityProfile a, CityProfile b, MirrorWeights weights, boolean explain) {
		List<MirrorMatch.Dimension> dimensions = List.of(size(a, b, weights.size(), explain),
				economy(a, b, weights.economy(), explain), geography(a, b, weights.geography(), explain),
				topics(a, b, weights.topics(), explain), international(a, b, weights.international(), explain));
		double total = dimensions.stream().mapToDouble(MirrorMatch.Dimension::weight).sum();
		double score = 0;
		double covered = 0;
		for (MirrorMatch.Dimension d : dimensions) {
			if (d.score() != null) {
				score += d.weight() * d.coverage() * d.score();
			}
			covered += d.weight() * d.coverage();
		}
		return new Scored(b, round(score / total), dimensions, round(covered / total));
	}

	/** The readable parts of a dimension's detail, written only when asked for. */
	private static final class Details {

		private final boolean explain;

		private final List<String> parts = new ArrayList<>();

		Details(boolean explain) {
			this.explain = explain;
		}

		void add(Supplier<String> part) {
			if (this.explain) {
				this.parts.add(part.get());
			}
		}

		String text(String whenEmpty) {
			return (this.parts.isEmpty()) ? (this.explain ? whenEmpty : "") : String.join("; ", this.parts);
		}

	}

	static MirrorMatch.Dimension size(CityProfile a, CityProfile b, double weight, boolean explain) {
		Details details = new Details(explain);
		if (a.population() == null || b.population() == null || a.population() <= 0 || b.population() <= 0) {
			return new MirrorMatch.Dimension("size", null, weight, 0, details.text("population unknown for "
					+ ((a.population() == null || a.population() <= 0) ? a.name() : b.name())));
		}
		double ratio = Math.abs(Math.log10((double) a.population() / b.population()));
		details.add(() -> "population " + people(a.population()) + " vs " + people(b.population()));
		return new MirrorMatch.Dimension("size", round(clip(1 - ratio)), weight, 1, details.text(""));
	}

	static MirrorMatch.Dimension economy(CityProfile a, CityProfile b, double weight, boolean explain) {
		Details details = new Details(explain);
		List<Double> parts = new ArrayList<>();
		if (!a.sectors().isEmpty() && !b.sectors().isEmpty()) {
			double similarity = cosine(shares(a), shares(b));
			parts.add(similarity);
			details.add(() -> "state sector mix " + (a.region().equals(b.region()) ? "is the same state's"
					: "similarity " + String.format(Locale.ROOT, "%.2f", similarity)) + " (largest: " + largest(a) + " vs "
					+ largest(b) + ")");
		}
		if (a.gdpPerCapita() != null && b.gdpPerCapita() != null) {
			CityProfile.Money x = a.gdpPerCapita();
			CityProfile.Money y = b.gdpPerCapita();
			if (x.currency().equals(y.currency())) {
				parts.add(clip(1 - Math.abs(Math.log10(x.value() / y.value()))));
				details.add(() -> "GDP per person " + money(x) + " vs " + money(y));
			}
			else {
				details.add(() -> "GDP per person in " + x.currency() + " and " + y.currency()
						+ ": no exchange rate in the sources");
			}
		}
		return new MirrorMatch.Dimension("economy", parts.isEmpty() ? null : round(mean(parts)), weight,
				parts.size() / 2.0, details.text("no economic data on both sides"));
	}

	static MirrorMatch.Dimension geography(CityProfile a, CityProfile b, double weight, boolean explain) {
		Details details = new Details(explain);
		List<Double> parts = new ArrayList<>();
		if (a.latitude() != null && b.latitude() != null) {
			parts.add(clip(1 - Math.abs(Math.abs(a.latitude()) - Math.abs(b.latitude())) / 20));
			details.add(() -> String.format(Locale.ROOT, "latitude %.1f° vs %.1f°", a.latitude(), b.latitude()));
			parts.add((a.borderKm() != null) == (b.borderKm() != null) ? 1.0 : 0.0);
			details.add(() -> "border " + border(a) + " vs " + border(b));
		}
		if (a.dem() != null && b.dem() != null) {
			parts.add(clip(1 - Math.abs(a.dem() - b.dem()) / 1500.0));
			details.add(() -> "altitude " + a.dem() + " m vs " + b.dem() + " m");
		}
		parts.add(capitalClass(a).equals(capitalClass(b)) ? 1.0 : 0.0);
		details.add(() -> "capital: " + capitalClass(a) + " vs " + capitalClass(b));
		if (a.temperature() != null && b.temperature() != null) {
			parts.add(clip(1 - Math.abs(a.temperature() - b.temperature()) / 10));
			details.add(() -> String.format(Locale.ROOT, "mean temperature %.1f °C vs %.1f °C", a.temperature(),
					b.temperature()));
		}
		return new MirrorMatch.Dimension("geography", round(mean(parts)), weight, parts.size() / 5.0, details.text(""));
	}

	static MirrorMatch.Dimension topics(CityProfile a, CityProfile b, double weight, boolean explain) {
		Details details = new Details(explain);
		if (a.topics().isEmpty() || b.topics().isEmpty()) {
			return new MirrorMatch.Dimension("topics", null, weight, 0, details.text("no agreement or cooperation topics for "
					+ (a.topics().isEmpty() && b.topics().isEmpty() ? "either city" : a.topics().isEmpty() ? a.name() : b.name())));
		}
		details.add(() -> {
			Set<String> shared = new HashSet<>(a.topics());
			shared.retainAll(b.topics());
			return shared.isEmpty() ? "no shared topic" : "shared: " + names(shared);
		});
		return new MirrorMatch.Dimension("topics", round(jaccard(a.topics(), b.topics())), weight, 1, details.text(""));
	}

	static MirrorMatch.Dimension international(CityProfile a, CityProfile b, double weight, boolean explain) {
		Details details = new Details(explain);
		List<Double> parts = new ArrayList<>();
		parts.add(clip(1 - Math.abs(Math.log10(1 + a.sisters()) - Math.log10(1 + b.sisters())) / 1.5));
		details.add(() -> a.sisters() + " vs " + b.sisters() + " sister cities");
		if (!a.networks().isEmpty() && !b.networks().isEmpty()) {
			parts.add(jaccard(a.networks(), b.networks()));
			details.add(() -> {
				Set<String> shared = new HashSet<>(a.networks());
				shared.retainAll(b.networks());
				return shared.isEmpty() ? "no shared network" : "shared networks: " + names(shared);
			});
		}
		if (!a.partnerCountries().isEmpty() && !b.partnerCountries().isEmpty()) {
			parts.add(cosine(a.partnerCountries(), b.partnerCountries()));
			details.add(() -> {
				Set<String> shared = new HashSet<>(a.partnerCountries().keySet());
				shared.retainAll(b.partnerCountries().keySet());
				return shared.size() + " partner countries in common";
			});
		}
		return new MirrorMatch.Dimension("international", round(mean(parts)), weight, round(parts.size() / 3.0),
				details.text(""));
	}

	private static Map<String, Double> shares(CityProfile city) {
		return city.sectors().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().share()));
	}

	private static String capitalClass(CityProfile city) {
		if (city.capital() == null) {
			return "none";
		}
		return city.capital().equals("national") ? "national" : "regional";
	}

	private static String border(CityProfile city) {
		return (city.borderKm() != null)
				? "yes (" + city.borderKm() + " km from " + city.borderPlace().replaceAll(", geonames:\\d+", "") + ")" : "no";
	}

	private static String largest(CityProfile city) {
		return city.sectors().values().stream().max(Comparator.comparingDouble(CityProfile.Sector::share))
			.map(s -> s.label() + " " + Math.round(s.share() * 100) + "%").orElse("?");
	}

	private static String names(Collection<String> ids) {
		return ids.stream().map(id -> id.substring(id.indexOf(':') + 1)).sorted().collect(Collectors.joining(", "));
	}

	private static String people(long n) {
		if (n >= 1_000_000) {
			return String.format(Locale.ROOT, "%.2f M", n / 1e6);
		}
		return (n >= 1_000) ? String.format(Locale.ROOT, "%.0f k", n / 1e3) : Long.toString(n);
	}

	private static String money(CityProfile.Money m) {
		return String.format(Locale.ROOT, "%,.0f %s (%d)", m.value(), m.currency(), m.year());
	}

	private static <K> double cosine(Map<K, ? extends Number> a, Map<K, ? extends Number> b) {
		double dot = 0;
		for (var e : a.entrySet()) {
			Number other = b.get(e.getKey());
			if (other != null) {
				dot += e.getValue().doubleValue() * other.doubleValue();
			}
		}
		return dot / (norm(a) * norm(b));
	}

	private static double norm(Map<?, ? extends Number> v) {
		return Math.sqrt(v.values().stream().mapToDouble(n -> n.doubleValue() * n.doubleValue()).sum());
	}

	private static double jaccard(Set<String> a, Set<String> b) {
		Set<String> union = new HashSet<>(a);
		union.addAll(b);
		return (double) a.stream().filter(b::contains).count() / union.size();
	}

	private static double mean(List<Double> values) {
		return values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
	}

	private static double clip(double value) {
		return Math.max(0, Math.min(1, value));
	}

	private static double round(double value) {
		return Math.round(value * 10_000) / 10_000.0;
	}

}
