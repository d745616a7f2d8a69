package org.vinculos.partner;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.vinculos.language.Names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PairFeaturesTests {

	// Three Mexican cities (two in Jalisco), two in the US (Texas) and two in Spain; Spain's Mérida shares a name.
	private static final List<PartnerGraph.Place> CITIES = List.of(
			place("mx:gdl", "Guadalajara", "MX", "MX-14", 5_000_000, 20.67, -103.35),
			place("mx:zap", "Zapopan", "MX", "MX-14", 1_400_000, 20.72, -103.39),
			place("mx:mid", "Mérida", "MX", "MX-31", 1_000_000, 20.97, -89.62),
			place("us:sat", "San Antonio", "US", "US-TX", 1_400_000, 29.42, -98.49),
			place("us:aus", "Austin", "US", "US-TX", 960_000, 30.27, -97.74),
			place("es:mad", "Madrid", "ES", "ES-MD", 3_200_000, 40.42, -3.70),
			place("es:mer", "Merida", "ES", "ES-EX", 60_000, 38.92, -6.34));

	private static final List<PartnerGraph.Pair> SISTERS = List.of(new PartnerGraph.Pair("mx:gdl", "us:sat"),
			new PartnerGraph.Pair("mx:gdl", "es:mad"), new PartnerGraph.Pair("mx:zap", "us:sat"),
			new PartnerGraph.Pair("mx:zap", "us:aus"), new PartnerGraph.Pair("us:sat", "es:mad"));

	private static final PartnerGraph.Snapshot SNAPSHOT = new PartnerGraph.Snapshot(CITIES, SISTERS, List.of(), List.of(),
			List.of(new PartnerGraph.DiasporaFigure("MX", "US", "diaspora:MX>US", 10_000_000, 2019)), List.of(),
			Map.of("MX", new Names("Mexico", "México"), "US", new Names("United States", "Estados Unidos"), "ES",
					new Names("Spain", "España")));

	private final PartnerGraph graph = PartnerGraph.of(SNAPSHOT);

	@Test
	void aHeldOutLinkCountsInNoneOfWhatIsAggregatedAboutTheCandidate() {
		int gdl = this.graph.indexOf("mx:gdl");
		int sat = this.graph.indexOf("us:sat");
		double[] v = values(gdl, sat, knownWithout(gdl, sat));

		// San Antonio has three sister cities; Guadalajara's own link leaves two, one of them (Zapopan) in Mexico.
		assertThat(v[PairFeatures.Signal.SISTER_CITIES.ordinal()]).isCloseTo(Math.log1p(2), within(1e-9));
		assertThat(v[PairFeatures.Signal.PARTNERS_IN_COUNTRY.ordinal()]).isCloseTo(Math.log1p(1), within(1e-9));
		// Mexico's links abroad without Guadalajara's own: Zapopan's two, both in the US.
		assertThat(v[PairFeatures.Signal.COUNTRY_SHARE.ordinal()]).isCloseTo(Math.log((2 + 0.5) / (2 + 1)), within(1e-9));
		// Its own partners abroad, the held-out one aside: Madrid alone.
		assertThat(v[PairFeatures.Signal.OWN_SHARE.ordinal()]).isCloseTo(0, within(1e-9));
	}

	@Test
	void sharedPartnersAndTheStatesPeersAreCountedFromWhatIsKnown() {
		int gdl = this.graph.indexOf("mx:gdl");
		int aus = this.graph.indexOf("us:aus");
		double[] v = values(gdl, aus, this.graph.partners[gdl]);

		// Austin shares no partner with Guadalajara, but Zapopan, in Jalisco and 7 km away, is its sister city.
		assertThat(v[PairFeatures.Signal.COMMON_PARTNERS.ordinal()]).isZero();
		assertThat(v[PairFeatures.Signal.REGION_PEERS.ordinal()]).isCloseTo(Math.log1p(1), within(1e-9));
		assertThat(v[PairFeatures.Signal.NEARBY_PEERS.ordinal()]).isGreaterThan(Math.log1p(0.9));
		assertThat(v[PairFeatures.Signal.DIASPORA_STOCK.ordinal()]).isCloseTo(Math.log10(1 + 10_000_000), within(1e-9));

		int mad = this.graph.indexOf("es:mad");
		int zap = this.graph.indexOf("mx:zap");
		double[] z = values(zap, mad, this.graph.partners[zap]);
		// Madrid is a partner of San Antonio, Zapopan's partner with three sister cities: 1 / ln 3.
		assertThat(z[PairFeatures.Signal.COMMON_PARTNERS.ordinal()]).isCloseTo(Math.log1p(1), within(1e-9));
		assertThat(z[PairFeatures.Signal.ADAMIC_ADAR.ordinal()]).isCloseTo(1 / Math.log(3), within(1e-9));
	}

	@Test
	void theSameNameIsTheSameWithoutAccentsAndDistancesFallInTheirBand() {
		int mid = this.graph.indexOf("mx:mid");
		int mer = this.graph.indexOf("es:mer");
		int sat = this.graph.indexOf("us:sat");
		double[] same = values(mid, mer, this.graph.partners[mid]);
		double[] near = values(this.graph.indexOf("mx:gdl"), sat, new int[0]);

		assertThat(same[PairFeatures.Signal.SAME_NAME.ordinal()]).isEqualTo(1);
		// The two Méridas are about 7,500 km apart; Guadalajara and San Antonio about 1,090 km (along the chord).
		assertThat(same[PairFeatures.Signal.KM_3000_8000.ordinal()]).isEqualTo(1);
		assertThat(near[PairFeatures.Signal.KM_1000_3000.ordinal()]).isEqualTo(1);
		assertThat(near[PairFeatures.Signal.KM_0_300.ordinal()] + near[PairFeatures.Signal.KM_300_1000.ordinal()]).isZero();
		assertThat(Math.pow(10, near[PairFeatures.Signal.DISTANCE.ordinal()]) - 1).isBetween(1_050.0, 1_130.0);
		assertThat(near[PairFeatures.Signal.SAME_NAME.ordinal()]).isZero();
	}

	@Test
	void aGraphWithoutACitysLinksKeepsEveryOtherLink() {
		PartnerGraph without = PartnerGraph.without(SNAPSHOT, Set.of("mx:gdl"));

		assertThat(without.sisters[without.indexOf("mx:gdl")]).isEmpty();
		assertThat(Arrays.stream(without.sisters[without.indexOf("us:sat")]).mapToObj(i -> without.ids[i]))
			.containsExactlyInAnyOrder("mx:zap", "es:mad");
		assertThat(without.checksum).isEqualTo(this.graph.checksum);
	}

	@Test
	void theChecksumDependsOnTheLinksNotOnTheirOrder() {
		PartnerGraph.Snapshot reordered = new PartnerGraph.Snapshot(CITIES.reversed(),
				SISTERS.reversed().stream().map(p -> new PartnerGraph.Pair(p.b(), p.a())).toList(), List.of(), List.of(),
				List.of(), List.of(), Map.of());
		PartnerGraph.Snapshot fewer = new PartnerGraph.Snapshot(CITIES, SISTERS.subList(1, SISTERS.size()), List.of(),
				List.of(), List.of(), List.of(), Map.of());

		assertThat(reordered.checksum()).isEqualTo(SNAPSHOT.checksum());
		assertThat(fewer.checksum()).isNotEqualTo(SNAPSHOT.checksum());
	}

	private double[] values(int source, int candidate, int[] known) {
		double[] values = new double[PairFeatures.COUNT];
		try (PairFeatures.Query query = new PairFeatures.Query(this.graph, source, known)) {
			query.values(candidate, values);
		}
		return values;
	}

	private int[] knownWithout(int city, int partner) {
		return Arrays.stream(this.graph.partners[city]).filter(x -> x != partner).toArray();
	}

	private static PartnerGraph.Place place(String id, String name, String country, String region, long size,
			double latitude, double longitude) {
		return new PartnerGraph.Place(id, name, country, region, region, size, null, latitude, longitude, false, false,
				null, null, false, List.of());
	}

}
