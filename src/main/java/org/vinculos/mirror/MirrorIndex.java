package org.vinculos.mirror;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.vinculos.city.Cities;
import org.vinculos.city.City;
import org.vinculos.database.Stored;

import org.springframework.stereotype.Service;

/**
 * The Mirror Cities Index: a country's cities over a population threshold, each with a short profile and its best
 * foreign mirrors under the default weights. Each city's mirrors are computed once per set of profiles and kept with
 * them, so that a page costs the scoring of the cities not seen since the graph last changed, and one read of the
 * cities' records.
 */
@Service
public class MirrorIndex {

	private final MirrorProfiles profiles;

	private final MirrorService mirrors;

	private final Cities cities;

	MirrorIndex(MirrorProfiles profiles, MirrorService mirrors, Cities cities) {
		this.profiles = profiles;
		this.mirrors = mirrors;
		this.cities = cities;
	}

	/** A city of the index: its record, its profile and its mirrors. */
	public record Entry(City city, Profile profile, List<MirrorMatch> mirrors) {
	}

	/** A city's standing in a few facts (see {@code MirrorProfile} in the schema). */
	public record Profile(@Nullable Long population, @Nullable Long agglomeration, @Nullable Double gdpPerCapitaPpp,
			@Nullable String gdpScope, @Nullable Double growthPercent, String climate, String seaport, String airport,
			List<String> networks, List<String> themes, int sisterCities, List<String> partnerCountries) {
	}

	/** A page of the index and how many cities it holds. */
	public record Page(List<Entry> entries, int total) {
	}

	/** The cities of the index, most populous first: municipalities and whole cities, not their parts. */
	private record Selection(String country, long minPopulation) {
	}

	private record MirrorsOf(String cityId, int count) {
	}

	public Page page(String country, long minPopulation, int mirrorsPerCity, int offset, int size) {
		MirrorProfiles.Catalog catalog = this.profiles.catalog();
		List<CityProfile> indexed = catalog.memo(new Selection(country, minPopulation), s -> catalog.all().stream()
			.map(Features::profile)
			.filter(c -> c.country().equals(s.country()) && !c.partOf() && c.population() != null
					&& c.population() >= s.minPopulation())
			.sorted(Comparator.comparingLong(CityProfile::population).reversed().thenComparing(CityProfile::id))
			.toList());
		int from = Math.min(offset, indexed.size());
		List<CityProfile> page = indexed.subList(from, (int) Math.min((long) from + size, indexed.size()));
		Map<String, List<MirrorService.Scored>> scored = page.stream().collect(Collectors.toMap(CityProfile::id,
				city -> catalog.memo(new MirrorsOf(city.id(), mirrorsPerCity), key -> this.mirrors.scored(catalog,
						new MirrorService.Request(key.cityId(), null, null, null, null, key.count())))));
		List<String> ids = new ArrayList<>(page.stream().map(CityProfile::id).toList());
		scored.values().forEach(list -> list.forEach(s -> ids.add(s.candidate().id())));
		Map<String, City> records = this.cities.byIds(ids.stream().distinct().toList());
		List<Entry> entries = page.stream().map(city -> new Entry(Stored.nonNull(records.get(city.id())), profile(city),
				Objects.requireNonNull(scored.get(city.id()),
						"scored above").stream().map(s -> new MirrorMatch(Stored.nonNull(records.get(s.candidate().id())), s.score(),
						s.dimensions(), s.coverage())).toList())).toList();
		return new Page(entries, indexed.size());
	}

	/** A city's profile as the index shows it; null when no city has the id. */
	public @Nullable Profile profileOf(String cityId) {
		Features city = this.profiles.catalog().get(cityId);
		return (city != null) ? profile(city.profile()) : null;
	}

	static Profile profile(CityProfile city) {
		CityProfile.Gdp gdp = city.gdp();
		CityProfile.Figure best = (gdp.city() != null) ? gdp.city() : (gdp.state() != null) ? gdp.state() : gdp.country();
		String scope = (gdp.city() != null) ? "CITY" : (gdp.state() != null) ? "STATE" : (gdp.country() != null) ? "COUNTRY"
				: null;
		return new Profile(city.population(), city.agglomeration(), (best != null) ? best.value() : null, scope,
				(city.growth() != null) ? Math.round(city.growth().rate() * 1000) / 10.0 : null, city.climate(), city.seaport(),
				city.airport(), List.copyOf(city.networks()), List.copyOf(city.themes()), city.sisters(),
				city.partnerCountries().entrySet().stream()
					.sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
					.map(Map.Entry::getKey)
					.toList());
	}

}
