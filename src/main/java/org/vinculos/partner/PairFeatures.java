package org.vinculos.partner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The features of a (city, candidate) pair that the learned ranking weighs, each computed from sourced facts in the
 * {@link PartnerGraph}. One definition serves training, evaluation and the server, so a model scores on the server
 * what it learned from.
 *
 * <p>The city's own links never count in what is aggregated over other cities (the candidate's sister cities, the
 * country's and the state's preferences): the server asks about cities that are not yet partners, and a held-out link
 * must not tell the model about itself.
 */
final class PairFeatures {

	/** One feature: its name in a model file, and the reason it explains. */
	enum Signal {

		/** Shared partners, each counting 1 / ln(its number of sister cities). */
		ADAMIC_ADAR(ReasonKind.PARTNER_OF_PARTNER),
		/** ln(1 + shared partners). */
		COMMON_PARTNERS(ReasonKind.PARTNER_OF_PARTNER),
		/** ln(1 + the other cities of the city's state or region that are its sister cities). */
		REGION_PEERS(ReasonKind.REGIONAL_PEER),
		/** ln(1 + its sister cities in the city's country, each weighted exp(-km / 300) by its distance to the city). */
		NEARBY_PEERS(ReasonKind.REGIONAL_PEER),
		/** ln of the share of the country's links abroad that go to the candidate's country. */
		COUNTRY_SHARE(ReasonKind.COUNTRY_PREFERENCE),
		/** ln of the share of the state's links abroad that go to the candidate's country. */
		STATE_SHARE(ReasonKind.COUNTRY_PREFERENCE),
		/** The share of the city's own foreign partners in the candidate's country. */
		OWN_SHARE(ReasonKind.COUNTRY_PREFERENCE),
		/** ln of the share of the country's links abroad that go to the candidate's state or region. */
		REGION_SHARE(ReasonKind.COUNTRY_PREFERENCE),
		/** ln(1 + its sister cities in the city's country). */
		PARTNERS_IN_COUNTRY(ReasonKind.TRACK_RECORD),
		/** ln(1 + its sister cities). */
		SISTER_CITIES(ReasonKind.TRACK_RECORD),
		/** The part of its sister cities that lie in the city's country. */
		SHARE_IN_COUNTRY(ReasonKind.TRACK_RECORD),
		/** log10 of its size. */
		SIZE(ReasonKind.SIZE),
		/** The square of that: very small and very large cities twin differently. */
		SIZE_SQUARED(ReasonKind.SIZE),
		/** |log10 of the size ratio|. */
		SIZE_GAP(ReasonKind.SIZE),
		/** The product of both log10 sizes: large cities pair with large ones. */
		SIZE_PRODUCT(ReasonKind.SIZE),
		/** Between 100,000 and a million people. */
		SIZE_100K_1M(ReasonKind.SIZE),
		/** Between one and ten million. */
		SIZE_1M_10M(ReasonKind.SIZE),
		/** Over ten million. */
		SIZE_10M(ReasonKind.SIZE),
		/** log10(1 + km); 4 when either city has no coordinates. */
		DISTANCE(ReasonKind.PROXIMITY),
		/** Its square. */
		DISTANCE_SQUARED(ReasonKind.PROXIMITY),
		/** Within 300 km. */
		KM_0_300(ReasonKind.PROXIMITY),
		/** 300 to 1,000 km. */
		KM_300_1000(ReasonKind.PROXIMITY),
		/** 1,000 to 3,000 km. */
		KM_1000_3000(ReasonKind.PROXIMITY),
		/** 3,000 to 8,000 km. */
		KM_3000_8000(ReasonKind.PROXIMITY),
		/** The same name, accents and case aside (Mérida–Mérida). */
		SAME_NAME(ReasonKind.SAME_NAME),
		/** One name holds the other (five letters at least). */
		NAME_CONTAINS(ReasonKind.SAME_NAME),
		/** The same Köppen–Geiger main group. */
		SAME_CLIMATE_GROUP(ReasonKind.GEOGRAPHY),
		/** Both have a seaport. */
		BOTH_SEAPORTS(ReasonKind.GEOGRAPHY),
		/** Both on the coast, or neither known to be. */
		SAME_COAST(ReasonKind.GEOGRAPHY),
		/** Networks both belong to. */
		SHARED_NETWORKS(ReasonKind.SHARED_NETWORK),
		/** log10(1 + people born in the city's country living in the candidate's), UN DESA. */
		DIASPORA_STOCK(ReasonKind.DIASPORA),
		/** The candidate's US state's share of the remittances sent to Mexico (Banxico), for Mexican cities. */
		REMITTANCE_SHARE(ReasonKind.DIASPORA),
		/** log10(1 + km) to the nearest of its sister cities in the city's country; 4 when it has none there. */
		KM_TO_ITS_PARTNERS(ReasonKind.REGIONAL_PEER),
		/** The least |log10 size ratio| between the city and the candidate's sister cities in its country; 3 when none. */
		SIZE_GAP_TO_ITS_PARTNERS(ReasonKind.SIZE),
		/** The share of the city's own foreign partners in the candidate's state or region. */
		OWN_REGION_SHARE(ReasonKind.COUNTRY_PREFERENCE),
		/** log10(1 + km) from the candidate to the nearest of the city's own partners in its country; 4 when none. */
		KM_TO_OWN_PARTNERS(ReasonKind.COUNTRY_PREFERENCE),
		/** A national, state or regional capital. */
		CAPITAL(ReasonKind.PROMINENCE),
		/** A world city in Natural Earth. */
		WORLD_CITY(ReasonKind.PROMINENCE);

		final ReasonKind kind;

		Signal(ReasonKind kind) {
			this.kind = kind;
		}

	}

	static final Signal[] SIGNALS = Signal.values();

	static final int COUNT = SIGNALS.length;

	/** How far a peer's links carry: a weight of exp(-km / 300). */
	static final double PEER_KM = 300;

	private PairFeatures() {
	}

	/** What a query counts over other cities, in arrays as long as the graph, cleared after each query. */
	static final class Scratch {

		final double[] adamicAdar;

		final int[] common;

		final int[] regionPeers;

		final double[] nearbyPeers;

		final int[] inCountry;

		final boolean[] known;

		final boolean[] linked;

		private int[] touched = new int[256];

		private int touchedCount;

		private final boolean[] isTouched;

		Scratch(int size) {
			this.adamicAdar = new double[size];
			this.common = new int[size];
			this.regionPeers = new int[size];
			this.nearbyPeers = new double[size];
			this.inCountry = new int[size];
			this.known = new boolean[size];
			this.linked = new boolean[size];
			this.isTouched = new boolean[size];
		}

		void touch(int i) {
			if (!this.isTouched[i]) {
				this.isTouched[i] = true;
				if (this.touchedCount == this.touched.length) {
					this.touched = Arrays.copyOf(this.touched, this.touched.length * 2);
				}
				this.touched[this.touchedCount++] = i;
			}
		}

		void clear() {
			for (int k = 0; k < this.touchedCount; k++) {
				int i = this.touched[k];
				this.adamicAdar[i] = 0;
				this.common[i] = 0;
				this.regionPeers[i] = 0;
				this.nearbyPeers[i] = 0;
				this.inCountry[i] = 0;
				this.known[i] = false;
				this.linked[i] = false;
				this.isTouched[i] = false;
			}
			this.touchedCount = 0;
		}

	}

	/**
	 * One city's question, with everything that does not depend on the candidate computed once. Close it to give its
	 * scratch back to the graph.
	 */
	static final class Query implements AutoCloseable {

		final PartnerGraph graph;

		final int source;

		final int origin;

		final Scratch scratch;

		final double[] countryShare;

		final double[] stateShare;

		final double[] ownShare;

		final double[] ownRegionShare;

		/** By country: the city's known partners there that have coordinates (null where it has none). */
		final int[][] knownLocatedIn;

		final double[] regionShare;

		final double noRegionShare;

		final double[] diaspora;

		final boolean[] sourceNetworks;

		/** By region: its share of the remittances sent to Mexico, when the city is Mexican. */
		final double[] remittanceShare;

		/**
		 * The question of {@code source}, which already partners with {@code known} (all its partners on the server;
		 * all but the held-out one in an evaluation).
		 */
		Query(PartnerGraph graph, int source, int[] known) {
			this.graph = graph;
			this.source = source;
			this.origin = graph.country[source];
			this.scratch = graph.takeScratch();
			Scratch s = this.scratch;
			int countries = graph.countryCodes.length;
			int[] ownByCountry = new int[countries];
			int[] ownByRegion = new int[graph.regionIds.length];
			int ownTotal = 0;
			for (int x : graph.sisters[source]) {
				s.touch(x);
				s.linked[x] = true;
				if (graph.country[x] != this.origin) {
					ownByCountry[graph.country[x]]++;
					if (graph.region[x] >= 0) {
						ownByRegion[graph.region[x]]++;
					}
					ownTotal++;
				}
			}
			int[] knownAbroad = new int[countries];
			int[] knownAbroadByRegion = new int[graph.regionIds.length];
			int knownAbroadTotal = 0;
			Map<Integer, List<Integer>> located = new HashMap<>();
			for (int z : known) {
				s.touch(z);
				s.known[z] = true;
				if (graph.country[z] != this.origin) {
					knownAbroad[graph.country[z]]++;
					if (graph.region[z] >= 0) {
						knownAbroadByRegion[graph.region[z]]++;
					}
					if (graph.located[z]) {
						located.computeIfAbsent(graph.country[z], c -> new ArrayList<>()).add(z);
					}
					knownAbroadTotal++;
				}
				int degree = graph.sisters[z].length;
				for (int x : graph.sisters[z]) {
					if (x != source) {
						s.touch(x);
						s.common[x]++;
						if (degree > 1) {
							s.adamicAdar[x] += 1 / Math.log(degree);
						}
					}
				}
			}
			int sourceRegion = graph.region[source];
			for (int m : graph.linkedByCountry[this.origin]) {
				if (m == source) {
					continue;
				}
				boolean peer = sourceRegion >= 0 && graph.region[m] == sourceRegion;
				double weight = (graph.located[source] && graph.located[m]) ? Math.exp(-graph.km(source, m) / PEER_KM) : 0;
				boolean near = weight >= 1e-3;
				for (int x : graph.sisters[m]) {
					s.touch(x);
					s.inCountry[x]++;
					if (peer) {
						s.regionPeers[x]++;
					}
					if (near) {
						s.nearbyPeers[x] += weight;
					}
				}
			}
			PartnerGraph.Links links = graph.linksFrom(this.origin);
			int[] fromRegion = (sourceRegion >= 0) ? links.toCountryByRegion().get(sourceRegion) : null;
			int regionTotal = (fromRegion != null) ? Arrays.stream(fromRegion).sum() : 0;
			this.countryShare = new double[countries];
			this.stateShare = new double[countries];
			this.ownShare = new double[countries];
			this.diaspora = new double[countries];
			Map<Integer, PartnerGraph.DiasporaFigure> diasporas = graph.diasporas.getOrDefault(this.origin, Map.of());
			for (int k = 0; k < countries; k++) {
				this.countryShare[k] = Math.log((links.toCountry()[k] - ownByCountry[k] + 0.5) / (links.total() - ownTotal + 1));
				this.stateShare[k] = Math.log((((fromRegion != null) ? fromRegion[k] : 0) - ownByCountry[k] + 0.5)
						/ (regionTotal - ownTotal + 1));
				this.ownShare[k] = knownAbroad[k] / (knownAbroadTotal + 1.0);
				PartnerGraph.DiasporaFigure figure = diasporas.get(k);
				this.diaspora[k] = (figure != null) ? Math.log10(1 + figure.stock()) : 0;
			}
			this.knownLocatedIn = new int[countries][];
			located.forEach((country, cities) -> this.knownLocatedIn[country] = cities.stream().mapToInt(Integer::intValue)
				.toArray());
			this.regionShare = new double[graph.regionIds.length];
			this.ownRegionShare = new double[graph.regionIds.length];
			for (int r = 0; r < this.regionShare.length; r++) {
				this.ownRegionShare[r] = knownAbroadByRegion[r] / (knownAbroadTotal + 1.0);
				this.regionShare[r] = Math.log((links.toRegion()[r] - ownByRegion[r] + 0.5) / (links.total() - ownTotal + 1));
			}
			this.noRegionShare = Math.log(0.5 / (links.total() - ownTotal + 1));
			this.sourceNetworks = new boolean[graph.networkIds.length];
			for (int n : graph.networks[source]) {
				this.sourceNetworks[n] = true;
			}
			this.remittanceShare = new double[graph.regionIds.length];
			if (graph.countryCodes[this.origin].equals("MX")) {
				graph.remittances.forEach((region, share) -> this.remittanceShare[region] = share.share());
			}
		}

		/** Whether the candidate is the city itself or already its partner. */
		boolean excluded(int x) {
			return x == this.source || this.scratch.known[x];
		}

		/** The candidate's features, in the order of {@link Signal}, into {@code out}. */
		void values(int x, double[] out) {
			PartnerGraph g = this.graph;
			Scratch s = this.scratch;
			int linked = s.linked[x] ? 1 : 0;
			int sisters = g.sisters[x].length - linked;
			int inCountry = s.inCountry[x];
			int k = g.country[x];
			int r = g.region[x];
			double size = g.logSize[x];
			double own = g.logSize[this.source];
			out[0] = s.adamicAdar[x];
			out[1] = log1p(s.common[x]);
			out[2] = log1p(s.regionPeers[x]);
			out[3] = log1p(s.nearbyPeers[x]);
			out[4] = this.countryShare[k];
			out[5] = this.stateShare[k];
			out[6] = this.ownShare[k];
			out[7] = (r >= 0) ? this.regionShare[r] : this.noRegionShare;
			out[8] = log1p(inCountry);
			out[9] = (linked == 0) ? g.log1pSisters[x] : Math.log1p(sisters);
			out[10] = (double) inCountry / Math.max(1, sisters);
			out[11] = size;
			out[12] = size * size;
			out[13] = Math.abs(size - own);
			out[14] = size * own;
			out[15] = (size >= 5 && size < 6) ? 1 : 0;
			out[16] = (size >= 6 && size < 7) ? 1 : 0;
			out[17] = (size >= 7) ? 1 : 0;
			boolean located = g.located[x] && g.located[this.source];
			double km = located ? g.km(x, this.source) : Double.NaN;
			double distance = located ? Math.log10(1 + km) : 4;
			out[18] = distance;
			out[19] = distance * distance;
			out[20] = (located && km < 300) ? 1 : 0;
			out[21] = (located && km >= 300 && km < 1000) ? 1 : 0;
			out[22] = (located && km >= 1000 && km < 3000) ? 1 : 0;
			out[23] = (located && km >= 3000 && km < 8000) ? 1 : 0;
			String name = g.normalizedNames[x];
			String sourceName = g.normalizedNames[this.source];
			boolean same = name.equals(sourceName);
			out[24] = same ? 1 : 0;
			out[25] = (!same && Math.min(name.length(), sourceName.length()) >= 5
					&& (name.contains(sourceName) || sourceName.contains(name))) ? 1 : 0;
			char climate = g.climateGroup[this.source];
			out[26] = (climate != 0 && g.climateGroup[x] == climate) ? 1 : 0;
			out[27] = (g.seaport[x] && g.seaport[this.source]) ? 1 : 0;
			out[28] = (g.coastal[x] == g.coastal[this.source]) ? 1 : 0;
			int shared = 0;
			for (int n : g.networks[x]) {
				shared += this.sourceNetworks[n] ? 1 : 0;
			}
			out[29] = shared;
			out[30] = this.diaspora[k];
			out[31] = (r >= 0) ? this.remittanceShare[r] : 0;
			double nearest = Double.POSITIVE_INFINITY;
			double closestSize = 3;
			for (int m : g.sisters[x]) {
				if (m != this.source && g.country[m] == this.origin) {
					if (g.located[m] && g.located[this.source]) {
						nearest = Math.min(nearest, g.km(m, this.source));
					}
					closestSize = Math.min(closestSize, Math.abs(g.logSize[m] - own));
				}
			}
			out[32] = Double.isInfinite(nearest) ? 4 : Math.log10(1 + nearest);
			out[33] = closestSize;
			out[34] = (r >= 0) ? this.ownRegionShare[r] : 0;
			double nearestOwn = Double.POSITIVE_INFINITY;
			int[] ownThere = this.knownLocatedIn[k];
			if (ownThere != null && g.located[x]) {
				for (int z : ownThere) {
					nearestOwn = Math.min(nearestOwn, g.km(x, z));
				}
			}
			out[35] = Double.isInfinite(nearestOwn) ? 4 : Math.log10(1 + nearestOwn);
			out[36] = g.capital[x] ? 1 : 0;
			out[37] = g.worldCity[x] ? 1 : 0;
		}

		/** Most candidates have none of what is counted: ln(1 + 0) without the call. */
		private static double log1p(double value) {
			return (value == 0) ? 0 : Math.log1p(value);
		}

		@Override
		public void close() {
			this.graph.giveBack(this.scratch);
		}

	}

}
