package org.vinculos.mirror;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A city's profile as the scoring reads it: its sets of networks, network themes and agreement topics as bits, so that
 * comparing two cities' sets allocates nothing, and the norms its cosine similarities need, computed once.
 */
record Features(CityProfile profile, long[] networks, long[] themes, long[] topics, Map<String, Double> sectorShares,
		double sectorNorm, int[] partnerCountries, double[] partnerCounts, double partnerNorm, double logSisters,
		double logAgglomeration, double logPopulation, double[] logGdp, int climate, boolean seaport, boolean airport,
		boolean border, boolean located, int capital, double growth, int country, long population, int known) {

	/** Bits of {@link #known}: what the city has, read without following a reference. */
	static final int GROWTH = 1;

	static final int THEMES = 2;

	static final int TOPICS = 4;

	static final int NETWORKS = 8;

	static final int PARTNERS = 16;

	static final int SECTORS = 32;

	/** The bit of GDP scope {@code s} (0 city, 1 state, 2 country) in {@link #known}. */
	static int gdpBit(int scope) {
		return 64 << scope;
	}

	/** Whether both cities have what {@code bit} stands for. */
	static boolean both(Features a, Features b, int bit) {
		return (a.known & b.known & bit) != 0;
	}

	/** The figure a size comparison starts from: the agglomeration where there is one, else the city's own; NaN if none. */
	double sizeKey() {
		return Double.isNaN(this.logAgglomeration) ? this.logPopulation : this.logAgglomeration;
	}

	/** Capital roles as numbers: none, regional (a state's or province's), national. */
	static final int NO_CAPITAL = 0;

	static final int REGIONAL_CAPITAL = 1;

	static final int NATIONAL_CAPITAL = 2;

	/** The Köppen–Geiger class as a number whose hundreds are its main group (A..E), -1 when unknown. */
	private static int climate(String code, Vocabulary classes) {
		return (code == null) ? -1 : (code.charAt(0) - 'A') * 100 + classes.number(code);
	}

	/** Whether two classes known on both sides are the same class (1), of the same main group (0.5), or neither (0). */
	static double climateSimilarity(int a, int b) {
		return (a == b) ? 1.0 : (a / 100 == b / 100) ? 0.5 : 0.0;
	}

	/** Numbers the ids of one kind (networks, themes, topics) in the order first seen, one bit each. */
	static final class Vocabulary {

		private final Map<String, Integer> bits = new HashMap<>();

		/** The id's number, given on first sight. */
		int number(String id) {
			return this.bits.computeIfAbsent(id, k -> this.bits.size());
		}

		/** The id's number if it has one, else -1; gives none. */
		int known(String id) {
			return this.bits.getOrDefault(id, -1);
		}

		long[] bits(Set<String> ids) {
			for (String id : ids) {
				this.bits.putIfAbsent(id, this.bits.size());
			}
			long[] words = new long[(this.bits.size() + 63) / 64];
			for (String id : ids) {
				int bit = Objects.requireNonNull(this.bits.get(id), "put above");
				words[bit / 64] |= 1L << (bit % 64);
			}
			return words;
		}

	}

	static Features of(CityProfile profile, Vocabulary networks, Vocabulary themes, Vocabulary topics,
			Vocabulary countries, Vocabulary climates) {
		Map<String, Double> shares = new HashMap<>();
		profile.sectors().forEach((code, sector) -> shares.put(code, sector.share()));
		// The partner countries as a sparse vector sorted by the countries' numbers, for a dot product without hashing.
		int[] partnerCountries = profile.partnerCountries().keySet().stream().mapToInt(countries::number).sorted().toArray();
		Map<Integer, Integer> counts = new HashMap<>();
		profile.partnerCountries().forEach((country, count) -> counts.put(countries.number(country), count));
		double[] partnerCounts = new double[partnerCountries.length];
		for (int i = 0; i < partnerCountries.length; i++) {
			partnerCounts[i] = Objects.requireNonNull(counts.get(partnerCountries[i]), "counted above");
		}
		return new Features(profile, networks.bits(profile.networks()), themes.bits(profile.themes()),
				topics.bits(profile.topics()), shares, norm(shares), partnerCountries, partnerCounts,
				norm(profile.partnerCountries()), Math.log10(1 + profile.sisters()), log(profile.agglomeration()),
				log(profile.population()), new double[] { log(profile.gdp().city()), log(profile.gdp().state()),
						log(profile.gdp().country()) }, climate(profile.climate(), climates), profile.seaport() != null,
				profile.airport() != null, profile.borderKm() != null, profile.latitude() != null,
				(profile.capital() == null) ? NO_CAPITAL : profile.capital().equals("national") ? NATIONAL_CAPITAL
						: REGIONAL_CAPITAL,
				(profile.growth() != null) ? profile.growth().rate() : Double.NaN, countries.number(profile.country()),
				(profile.population() != null) ? profile.population() : -1, known(profile));
	}

	private static int known(CityProfile profile) {
		int known = 0;
		known |= (profile.growth() != null) ? GROWTH : 0;
		known |= profile.themes().isEmpty() ? 0 : THEMES;
		known |= profile.topics().isEmpty() ? 0 : TOPICS;
		known |= profile.networks().isEmpty() ? 0 : NETWORKS;
		known |= profile.partnerCountries().isEmpty() ? 0 : PARTNERS;
		known |= profile.sectors().isEmpty() ? 0 : SECTORS;
		CityProfile.Figure[] gdp = { profile.gdp().city(), profile.gdp().state(), profile.gdp().country() };
		for (int scope = 0; scope < gdp.length; scope++) {
			known |= (gdp[scope] != null && gdp[scope].value() > 0) ? gdpBit(scope) : 0;
		}
		return known;
	}

	/** log10 of a positive figure; NaN for none, so that a comparison knows to leave it out. */
	private static double log(@Nullable Long value) {
		return (value != null && value > 0) ? Math.log10(value) : Double.NaN;
	}

	private static double log(CityProfile.@Nullable Figure figure) {
		return (figure != null && figure.value() > 0) ? Math.log10(figure.value()) : Double.NaN;
	}

	/** The cosine of two cities' partner-country vectors; 0 when either has none. */
	static double partnerCosine(Features a, Features b) {
		int i = 0;
		int j = 0;
		double dot = 0;
		while (i < a.partnerCountries.length && j < b.partnerCountries.length) {
			int x = a.partnerCountries[i];
			int y = b.partnerCountries[j];
			if (x == y) {
				dot += a.partnerCounts[i++] * b.partnerCounts[j++];
			}
			else if (x < y) {
				i++;
			}
			else {
				j++;
			}
		}
		return (dot == 0) ? 0 : dot / (a.partnerNorm * b.partnerNorm);
	}

	/** How many ids two sets share, over how many they hold together (0 when both are empty). */
	static double jaccard(long[] a, long[] b) {
		int shared = 0;
		int union = 0;
		for (int i = 0; i < Math.max(a.length, b.length); i++) {
			long x = (i < a.length) ? a[i] : 0;
			long y = (i < b.length) ? b[i] : 0;
			shared += Long.bitCount(x & y);
			union += Long.bitCount(x | y);
		}
		return (union == 0) ? 0 : (double) shared / union;
	}

	private static double norm(Map<String, ? extends Number> vector) {
		double sum = 0;
		for (Number n : vector.values()) {
			sum += n.doubleValue() * n.doubleValue();
		}
		return Math.sqrt(sum);
	}

}
