package org.vinculos.mirror;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class MirrorScoringTests {

	private static final CityProfile.Gdp NO_GDP = new CityProfile.Gdp(null, null, null);

	@Test
	void sizeComparesAgglomerationsWhereBothHaveOneAndOwnPopulationsOtherwise() {
		CityProfile monterrey = city("a", "MX", 1_142_994L, 3_712_000L, NO_GDP, "BSh", null, Set.of());
		CityProfile houston = city("b", "US", 2_304_580L, 4_459_000L, NO_GDP, "Cfa", "Houston", Set.of());
		CityProfile town = city("c", "US", 371_200L, null, NO_GDP, "Cfa", null, Set.of());

		MirrorMatch.Dimension metropolitan = dimension(monterrey, houston, 0);
		assertThat(metropolitan.detail()).isEqualTo("metropolitan 3.71 M vs 4.46 M");
		assertThat(metropolitan.score()).isCloseTo(1 - Math.log10(4_459_000.0 / 3_712_000), within(0.0001));
		MirrorMatch.Dimension own = dimension(monterrey, town, 0);
		assertThat(own.detail()).isEqualTo("population 1.14 M vs 371 k");
		assertThat(own.score()).isCloseTo(1 - Math.log10(1_142_994.0 / 371_200), within(0.0001));
	}

	@Test
	void economyComparesTheFinestScopeBothSidesHaveAndACountrysAverageCoversHalfAsMuch() {
		CityProfile.Gdp stateAndCountry = new CityProfile.Gdp(null, new CityProfile.Figure(43_000, 2024),
				new CityProfile.Figure(26_000, 2024));
		CityProfile.Gdp countryOnly = new CityProfile.Gdp(null, null, new CityProfile.Figure(26_000, 2024));
		CityProfile.Gdp cityAndCountry = new CityProfile.Gdp(new CityProfile.Figure(43_000, 2015), null,
				new CityProfile.Figure(86_000, 2024));

		MirrorMatch.Dimension states = dimension(city("a", "MX", 1L, null, stateAndCountry, null, null, Set.of()),
				city("b", "MX", 1L, null, stateAndCountry, null, null, Set.of()), 1);
		assertThat(states.detail()).startsWith("GDP per person (PPP, state)");
		assertThat(states.coverage()).isEqualTo(0.375);
		MirrorMatch.Dimension countries = dimension(city("a", "MX", 1L, null, countryOnly, null, null, Set.of()),
				city("b", "US", 1L, null, cityAndCountry, null, null, Set.of()), 1);
		assertThat(countries.detail()).startsWith("GDP per person (PPP, country) 26,000 (2024) vs 86,000 (2024)");
		assertThat(countries.coverage()).isEqualTo(0.25);
		assertThat(countries.score()).isCloseTo(1 - Math.log10(86_000.0 / 26_000), within(0.0001));
	}

	@Test
	void theSameClimateClassScoresOneTheSameMainGroupHalfAndClimateStandsForLatitudeAndAltitude() {
		CityProfile cwb = city("a", "MX", 1L, null, NO_GDP, "Cwb", null, Set.of());
		CityProfile cwa = city("b", "ES", 1L, null, NO_GDP, "Cwa", null, Set.of());
		CityProfile bsh = city("c", "US", 1L, null, NO_GDP, "BSh", "port", Set.of());

		MirrorMatch.Dimension sameGroup = dimension(cwb, cwa, 2);
		assertThat(sameGroup.detail()).contains("climate Cwb vs Cwa").doesNotContain("latitude").doesNotContain("altitude");
		assertThat(sameGroup.score()).isCloseTo((0.5 + 1 + 1 + 1 + 1) / 5, within(0.0001));
		assertThat(sameGroup.coverage()).isEqualTo(1.0);
		MirrorMatch.Dimension otherGroupAndAPort = dimension(cwb, bsh, 2);
		assertThat(otherGroupAndAPort.score()).isCloseTo((0 + 0 + 1 + 1 + 1) / 5.0, within(0.0001));
	}

	@Test
	void challengesLeaveOutWhatOneSideLacksAndSayWhenNothingIsComparable() {
		CityProfile climateNetworks = city("a", "MX", 1L, null, NO_GDP, null, null, Set.of("topic:climate-energy"));
		CityProfile alsoCulture = city("b", "US", 1L, null, NO_GDP, null, null,
				Set.of("topic:climate-energy", "topic:culture-creative-economy"));
		CityProfile none = city("c", "US", 1L, null, NO_GDP, null, null, Set.of());

		MirrorMatch.Dimension themes = dimension(climateNetworks, alsoCulture, 3);
		assertThat(themes.score()).isEqualTo(0.5);
		assertThat(themes.coverage()).isEqualTo(0.3333);
		MirrorMatch.Dimension nothing = dimension(climateNetworks, none, 3);
		assertThat(nothing.score()).isNull();
		assertThat(nothing.coverage()).isZero();
		assertThat(nothing.detail()).isEqualTo("no growth, network themes or agreement topics on both sides");
	}

	@Test
	void aMatchsScoreIsItsDimensionsWeightedByWeightAndCoverage() {
		CityProfile a = city("a", "MX", 1_000_000L, null, NO_GDP, "Cwb", null, Set.of("topic:climate-energy"));
		CityProfile b = city("b", "US", 500_000L, null, NO_GDP, "Cfa", null, Set.of("topic:climate-energy"));

		MirrorService.Scored scored = MirrorService.score(features(a), features(b), MirrorWeights.DEFAULT.complete(), true);
		double weighted = 0;
		double total = 0;
		for (MirrorMatch.Dimension d : scored.dimensions()) {
			weighted += d.weight() * d.coverage() * ((d.score() != null) ? d.score() : 0);
			total += d.weight();
		}
		assertThat(scored.score()).isCloseTo(weighted / total, within(0.0001));
		assertThat(scored.dimensions()).extracting(MirrorMatch.Dimension::name)
			.containsExactly("size", "economy", "geography", "challenges", "international");
	}

	private static MirrorMatch.Dimension dimension(CityProfile a, CityProfile b, int index) {
		return MirrorService.score(features(a), features(b), MirrorWeights.DEFAULT.complete(), true).dimensions().get(index);
	}

	private static Features features(CityProfile city) {
		return Features.of(city, new Features.Vocabulary(), THEMES, new Features.Vocabulary(), new Features.Vocabulary(),
				CLIMATES);
	}

	/** One vocabulary of themes and one of climates for every city of a test, as one catalog has. */
	private static final Features.Vocabulary THEMES = new Features.Vocabulary();

	private static final Features.Vocabulary CLIMATES = new Features.Vocabulary();

	private static CityProfile city(String id, String country, Long population, Long agglomeration, CityProfile.Gdp gdp,
			String climate, String seaport, Set<String> themes) {
		return new CityProfile(id, id, country, "city", false, population, agglomeration, null, 20.0, 1000, null, null,
				"state", climate, seaport, "AIR", null, gdp, null, Map.of(), Set.of(), themes, Set.of(), 0, Map.of());
	}

}
