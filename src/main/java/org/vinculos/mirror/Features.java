package org.vinculos.mirror;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * A city's profile as the scoring reads it: its sets of networks, network themes and agreement topics as bits, so that
 * comparing two cities' sets allocates nothing, and the norms its cosine similarities need, computed once.
 */
record Features(CityProfile profile, long[] networks, long[] themes, long[] topics, Map<String, Double> sectorShares,
		double sectorNorm, int[] partnerCountries, double[] partnerCounts, double partnerNorm, double logSisters,
		double logAgglomeration, double logPopulation, double[] logGdp) {

	/** Numbers the ids of one kind (networks, themes, topics) in the order first seen, one bit each. */
	static final class Vocabulary {

		private final Map<String, Integer> bits = new HashMap<>();

		/** The id's number, given on first sight. */
		int number(String id) {
			return this.bits.computeIfAbsent(id, k -> this.bits.size());
		}

		long[] bits(Set<String> ids) {
			for (String id : ids) {
				this.bits.putIfAbsent(id, this.bits.size());
			}
			long[] words = new long[(this.bits.size() + 63) / 64];
			for (String id : ids) {
				int bit = this.bits.get(id);
				words[bit / 64] |= 1L << (bit % 64);
			}
			return words;
		}

	}

	static Features of(CityProfile profile, Vocabulary networks, Vocabulary themes, Vocabulary topics,
			Vocabulary countries) {
		Map<String, Double> shares = new HashMap<>();
		profile.sectors().forEach((code, sector) -> shares.put(code, sector.share()));
		// The partner countries as a sparse vector sorted by the countries' numbers, for a dot product without hashing.
		int[] partnerCountries = profile.partnerCountries().keySet().stream().mapToInt(countries::number).sorted().toArray();
		Map<Integer, Integer> counts = new HashMap<>();
		profile.partnerCountries().forEach((country, count) -> counts.put(countries.number(country), count));
		double[] partnerCounts = new double[partnerCountries.length];
		for (int i = 0; i < partnerCountries.length; i++) {
			partnerCounts[i] = counts.get(partnerCountries[i]);
		}
		return new Features(profile, networks.bits(profile.networks()), themes.bits(profile.themes()),
				topics.bits(profile.topics()), shares, norm(shares), partnerCountries, partnerCounts,
				norm(profile.partnerCountries()), Math.log10(1 + profile.sisters()), log(profile.agglomeration()),
				log(profile.population()), new double[] { log(profile.gdp().city()), log(profile.gdp().state()),
						log(profile.gdp().country()) });
	}

	/** log10 of a positive figure; NaN for none, so that a comparison knows to leave it out. */
	private static double log(Long value) {
		return (value != null && value > 0) ? Math.log10(value) : Double.NaN;
	}

	private static double log(CityProfile.Figure figure) {
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

	static boolean isEmpty(long[] bits) {
		for (long word : bits) {
			if (word != 0) {
				return false;
			}
		}
		return true;
	}

	private static double norm(Map<String, ? extends Number> vector) {
		double sum = 0;
		for (Number n : vector.values()) {
			sum += n.doubleValue() * n.doubleValue();
		}
		return Math.sqrt(sum);
	}

}
