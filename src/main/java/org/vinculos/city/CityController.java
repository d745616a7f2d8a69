package org.vinculos.city;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.vinculos.graphql.BadRequestException;
import org.vinculos.graphql.CountryCodes;
import org.vinculos.graphql.Cursors;
import org.vinculos.importer.ImportRun;
import org.vinculos.importer.ImportRuns;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers the place queries ({@code city}, {@code country}, {@code region}, {@code regions}) and the fields of
 * {@code City} and {@code Region}, batch-loaded so that a list of cities costs one query per field.
 */
@Controller
@Transactional(readOnly = true)
class CityController {

	private static final int MAX_PAGE = 100;

	private final CityRepository cities;

	private final ImportRuns runs;

	CityController(CityRepository cities, ImportRuns runs) {
		this.cities = cities;
		this.runs = runs;
	}

	@QueryMapping
	City city(@Argument String id, @Argument String name, @Argument String country, @Argument String region) {
		if (id != null) {
			return this.cities.findById(id).orElse(null);
		}
		if (name == null || country == null) {
			throw new BadRequestException("city needs the argument id, or the arguments name and country");
		}
		return this.cities.findByName(name.strip(), CountryCodes.of("country", country), region).orElse(null);
	}

	@QueryMapping
	CityConnection cities(@Argument CityFilter filter, @Argument CityOrder orderBy, @Argument Integer first,
			@Argument String after) {
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
		return CityConnection.of(this.cities.page(conditions, (orderBy != null) ? orderBy : CityOrder.POPULATION_DESC,
				offset, size), conditions);
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
	Country country(@Argument String code) {
		return this.cities.country(CountryCodes.of("code", code)).orElse(null);
	}

	@QueryMapping
	Region region(@Argument String id) {
		return this.cities.region(id).orElse(null);
	}

	@QueryMapping
	List<Region> regions(@Argument String country) {
		return this.cities.regions(CountryCodes.of("country", country));
	}

	@SchemaMapping(typeName = "City", field = "population")
	Population population(City city) {
		return (city.population() != null)
				? new Population(city.population(), city.populationYear(), city.populationSource()) : null;
	}

	@SchemaMapping(typeName = "City", field = "location")
	Location location(City city) {
		return (city.latitude() != null) ? new Location(city.latitude(), city.longitude()) : null;
	}

	@BatchMapping(typeName = "City", field = "country")
	Map<City, Country> countriesOfCities(List<City> cities) {
		Map<String, Country> countries = this.cities.countries(cities.stream().map(City::countryCode).distinct().toList());
		return cities.stream().filter(c -> countries.containsKey(c.countryCode()))
			.collect(Collectors.toMap(Function.identity(), c -> countries.get(c.countryCode()), (a, b) -> a));
	}

	@BatchMapping(typeName = "City", field = "region")
	Map<City, Region> regionsOfCities(List<City> cities) {
		Map<String, Region> regions = this.cities.regionsOfCities(cities.stream().map(City::id).toList());
		return cities.stream().filter(c -> regions.containsKey(c.id()))
			.collect(Collectors.toMap(Function.identity(), c -> regions.get(c.id()), (a, b) -> a));
	}

	@BatchMapping(typeName = "City", field = "sisterCities")
	Map<City, List<SisterLink>> sisterCities(List<City> cities) {
		Map<String, List<SisterLink>> links = this.cities.sisterLinks(cities.stream().map(City::id).toList());
		return cities.stream().collect(Collectors.toMap(Function.identity(), c -> links.getOrDefault(c.id(), List.of()), (a, b) -> a));
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
