package org.vinculos.city;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.vinculos.graphql.BadRequestException;
import org.vinculos.graphql.CountryCodes;
import org.vinculos.graphql.Cursors;
import org.vinculos.provenance.ImportRun;
import org.vinculos.provenance.ImportRuns;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

/**
 * Answers the place queries ({@code city}, {@code country}, {@code region}, {@code regions}) and the fields of
 * {@code City} and {@code Region}, batch-loaded so that a list of cities costs one query per field.
 */
@Controller
class CityController {

	private static final int MAX_PAGE = 100;

	private static final String SISTER_LINKS = "City.sisterCities";

	private static final String FACTS = "City.facts";

	private final CityRepository cities;

	private final ImportRuns runs;

	CityController(CityRepository cities, ImportRuns runs, BatchLoaderRegistry loaders) {
		this.cities = cities;
		this.runs = runs;
		loaders.<LinksOf, List<SisterLink>>forName(SISTER_LINKS)
			.registerMappedBatchLoader((keys, environment) -> Mono.fromCallable(() -> sisterLinks(keys)));
		loaders.<String, CityFacts>forName(FACTS)
			.registerMappedBatchLoader((keys, environment) -> Mono.fromCallable(() -> cities.facts(keys)));
	}

	/**
	 * One fact of a city beyond its record. All such fields of the cities of one level share one loader, hence one
	 * statement, whichever of them a query selects.
	 */
	private static <T> CompletableFuture<T> fact(City city, DataFetchingEnvironment environment, Function<CityFacts,
			T> part) {
		DataLoader<String, CityFacts> loader = Objects.requireNonNull(environment.getDataLoader(FACTS),
				"registered at start");
		return loader.load(city.id()).thenApply(facts -> part.apply((facts != null) ? facts : CityFacts.NONE));
	}

	@SchemaMapping(typeName = "City", field = "agglomeration")
	CompletableFuture<Population> agglomeration(City city, DataFetchingEnvironment environment) {
		return fact(city, environment, CityFacts::agglomeration);
	}

	@SchemaMapping(typeName = "City", field = "cityProper")
	CompletableFuture<Population> cityProper(City city, DataFetchingEnvironment environment) {
		return fact(city, environment, CityFacts::cityProper);
	}

	@SchemaMapping(typeName = "City", field = "climate")
	CompletableFuture<Climate> climate(City city, DataFetchingEnvironment environment) {
		return fact(city, environment, CityFacts::climate);
	}

	@SchemaMapping(typeName = "City", field = "seaport")
	CompletableFuture<NearbyFacility> seaport(City city, DataFetchingEnvironment environment) {
		return fact(city, environment, CityFacts::seaport);
	}

	@SchemaMapping(typeName = "City", field = "airport")
	CompletableFuture<NearbyFacility> airport(City city, DataFetchingEnvironment environment) {
		return fact(city, environment, CityFacts::airport);
	}

	@SchemaMapping(typeName = "City", field = "coastal")
	CompletableFuture<Coastal> coastal(City city, DataFetchingEnvironment environment) {
		return fact(city, environment, CityFacts::coastal);
	}

	@SchemaMapping(typeName = "City", field = "wikidataId")
	CompletableFuture<String> wikidataId(City city, DataFetchingEnvironment environment) {
		return fact(city, environment, CityFacts::wikidataId);
	}

	@SchemaMapping(typeName = "City", field = "worldCity")
	CompletableFuture<Boolean> worldCity(City city, DataFetchingEnvironment environment) {
		return fact(city, environment, CityFacts::worldCity);
	}

	@SchemaMapping(typeName = "City", field = "megacity")
	CompletableFuture<Boolean> megacity(City city, DataFetchingEnvironment environment) {
		return fact(city, environment, CityFacts::megacity);
	}

	@SchemaMapping(typeName = "City", field = "gdpPerCapitaPpp")
	CompletableFuture<EconomicFigure> gdpPerCapitaPpp(City city, DataFetchingEnvironment environment) {
		return fact(city, environment, CityFacts::gdpPerCapitaPpp);
	}

	@SchemaMapping(typeName = "City", field = "countryGdpPerCapitaPpp")
	CompletableFuture<EconomicFigure> countryGdpPerCapitaPpp(City city, DataFetchingEnvironment environment) {
		return fact(city, environment, CityFacts::countryGdpPerCapitaPpp);
	}

	@QueryMapping
	@Nullable City city(@Argument @Nullable String id, @Argument @Nullable String name,
			@Argument @Nullable String country, @Argument @Nullable String region,
			DataFetchingEnvironment environment) {
		CityReading reading = CityReading.of(environment.getSelectionSet(), "");
		Optional<CityReading.Read> found;
		if (id != null) {
			found = this.cities.findById(id, reading);
		}
		else if (name != null && country != null) {
			found = this.cities.findByName(name.strip(), CountryCodes.of("country", country), region, reading);
		}
		else {
			throw new BadRequestException("city needs the argument id, or the arguments name and country");
		}
		found.ifPresent(read -> prime(environment, reading, read));
		return found.map(CityReading.Read::city).orElse(null);
	}

	@QueryMapping
	CityConnection cities(@Argument @Nullable CityFilter filter, @Argument @Nullable CityOrder orderBy,
			@Argument @Nullable Integer first, @Argument @Nullable String after, DataFetchingEnvironment environment) {
		CityFilter conditions = (filter != null) ? filter : CityFilter.NONE;
		if (conditions.minPopulation() != null && conditions.maxPopulation() != null
				&& conditions.minPopulation() > conditions.maxPopulation()) {
			throw new BadRequestException("Argument 'filter': minPopulation " + conditions.minPopulation()
					+ " is above maxPopulation " + conditions.maxPopulation());
		}
		conditions = new CityFilter(
				(conditions.country() != null) ? CountryCodes.of("filter.country", conditions.country()) : null,
				conditions.region(), conditions.minPopulation(), conditions.maxPopulation(), conditions.network(),
				(conditions.sisterCityIn() != null) ? CountryCodes.of("filter.sisterCityIn", conditions.sisterCityIn()) : null);
		int size = Cursors.pageSize("first", first, MAX_PAGE);
		int offset = Cursors.offsetAfter("after", after);
		CityReading reading = CityReading.of(environment.getSelectionSet(), "edges/node/");
		CityPage page = this.cities.page(conditions, (orderBy != null) ? orderBy : CityOrder.POPULATION_DESC, offset, size,
				reading);
		page.cities().forEach(read -> prime(environment, reading, read));
		return CityConnection.of(page, conditions);
	}

	/**
	 * Hands the sister links read with a city to the loader of {@code City.sisterCities}, under the key each
	 * selection of them will ask with, so that they cost no statement of their own.
	 */
	private static void prime(DataFetchingEnvironment environment, CityReading reading, CityReading.Read read) {
		if (read.links() != null) {
			DataLoader<LinksOf,
					List<SisterLink>> loader = Objects.requireNonNull(environment.getDataLoader(SISTER_LINKS),
				"registered at start");
			reading.linkSelections().forEach(fields -> loader.prime(new LinksOf(read.city().id(), fields), read.links()));
		}
	}

	@SchemaMapping(typeName = "CityConnection", field = "totalCount")
	long totalCount(CityConnection connection) {
		return this.cities.count(connection.filter());
	}

	@BatchMapping(typeName = "City", field = "names")
	Map<City, List<String>> names(List<City> cities) {
		return byCity(cities, this.cities.names(cities.stream().map(City::id).toList()));
	}

	@QueryMapping
	@Nullable Country country(@Argument String code) {
		return this.cities.country(CountryCodes.of("code", code)).orElse(null);
	}

	@QueryMapping
	@Nullable Region region(@Argument String id) {
		return this.cities.region(id).orElse(null);
	}

	@QueryMapping
	List<Region> regions(@Argument String country) {
		return this.cities.regions(CountryCodes.of("country", country));
	}

	@BatchMapping(typeName = "City", field = "region")
	Map<City, Region> regionsOfCities(List<City> cities) {
		Map<String, Region> regions = this.cities.regionsOfCities(cities.stream().map(City::id).toList());
		return cities.stream().filter(c -> regions.containsKey(c.id()))
			.collect(Collectors.toMap(Function.identity(), c -> regions.get(c.id()), (a, b) -> a));
	}

	/**
	 * A city's sister links, batched: the cities of one level of a query are read in one statement, which reads the
	 * fields that any of them asks for. The key holds the fields, so that two selections of one city's links (under
	 * two aliases) are not answered from the loader's cache with fewer fields than one of them needs.
	 */
	@SchemaMapping(typeName = "City", field = "sisterCities")
	CompletableFuture<List<SisterLink>> sisterCities(City city, DataFetchingEnvironment environment) {
		DataLoader<LinksOf, List<SisterLink>> loader = Objects.requireNonNull(environment.getDataLoader(SISTER_LINKS),
				"registered at start");
		return loader.load(new LinksOf(city.id(), CityFields.ofLinks(environment.getSelectionSet())));
	}

	private Map<LinksOf, List<SisterLink>> sisterLinks(Set<LinksOf> keys) {
		CityFields fields = keys.stream().map(LinksOf::fields).reduce(CityFields::and).orElseThrow();
		Map<String, List<SisterLink>> links = this.cities.sisterLinks(keys.stream().map(LinksOf::cityId).distinct().toList(),
				fields);
		return keys.stream().collect(Collectors.toMap(Function.identity(), key -> links.getOrDefault(key.cityId(), List.of())));
	}

	private record LinksOf(String cityId, CityFields fields) {
	}

	@BatchMapping(typeName = "City", field = "importRun")
	Map<City, ImportRun> cityRuns(List<City> cities) {
		return this.runs.of(cities, City::importRunId);
	}

	@BatchMapping(typeName = "SisterLink", field = "importRun")
	Map<SisterLink, ImportRun> sisterLinkRuns(List<SisterLink> links) {
		return this.runs.of(links, SisterLink::importRunId);
	}

	@BatchMapping(typeName = "Membership", field = "importRun")
	Map<Membership, ImportRun> membershipRuns(List<Membership> memberships) {
		return this.runs.of(memberships, Membership::importRunId);
	}

	@BatchMapping(typeName = "Observation", field = "importRun")
	Map<Observation, ImportRun> observationRuns(List<Observation> observations) {
		return this.runs.of(observations, Observation::importRunId);
	}

	@BatchMapping(typeName = "City", field = "networks")
	Map<City, List<Membership>> networks(List<City> cities) {
		Map<String, List<Membership>> memberships = this.cities.memberships(cities.stream().map(City::id).toList());
		return cities.stream()
			.collect(Collectors.toMap(Function.identity(), c -> memberships.getOrDefault(c.id(), List.of()), (a, b) -> a));
	}

	@BatchMapping(typeName = "City", field = "observations")
	Map<City, List<Observation>> observations(List<City> cities) {
		return byCity(cities, this.cities.observations(cities.stream().map(City::id).toList()));
	}

	@BatchMapping(typeName = "City", field = "offices")
	Map<City, List<Office>> offices(List<City> cities) {
		return byCity(cities, this.cities.offices(cities.stream().map(City::id).toList()));
	}

	@BatchMapping(typeName = "City", field = "agreements")
	Map<City, List<AgreementSummary>> agreements(List<City> cities) {
		return byCity(cities, this.cities.agreements(cities.stream().map(City::id).toList()));
	}

	private static <T> Map<City, List<T>> byCity(List<City> cities, Map<String, List<T>> byId) {
		return cities.stream().collect(Collectors.toMap(Function.identity(), c -> byId.getOrDefault(c.id(), List.of()), (a, b) -> a));
	}

	@BatchMapping(typeName = "Region", field = "country")
	Map<Region, Country> countriesOfRegions(List<Region> regions) {
		Map<String, Country> countries = this.cities.countries(regions.stream().map(Region::countryCode).distinct().toList());
		return regions.stream().filter(r -> countries.containsKey(r.countryCode()))
			.collect(Collectors.toMap(Function.identity(), r -> countries.get(r.countryCode()), (a, b) -> a));
	}

}
