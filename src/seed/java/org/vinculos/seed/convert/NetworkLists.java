package org.vinculos.seed.convert;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The member lists of the second batch: the Global Covenant of Mayors in Mexico (with join years), the UNESCO
 * Creative Cities Network (with each city's field) and the cities that disclosed to CDP in 2018–2020 (with the
 * networks they report through), as membership rows.
 */
final class NetworkLists {

	static final String GCOM = "networks/gcom_mexico/gcom-mexico-sample-dataset.csv";

	static final String CREATIVE_CITIES = "networks/unesco_creative_cities/data.csv";

	static final String CDP_DISCLOSING = "networks/cdp_disclosing_2018_2020/%s_Cities_Disclosing_to_CDP.csv";

	static final List<String> CDP_YEARS = List.of("2018", "2019", "2020");

	/** The networks a CDP discloser reports through, by the source's own words; CDP itself and WWF are not networks. */
	private static final Map<String, String> REPORTING_NETWORKS = Map.of("C40", "network:c40",
			"ICLEI - Local Governments for Sustainability", "network:iclei", "Union of the Baltic Cities", "network:ubc");

	/** How local governments name themselves in the CDP lists, before the place's name. */
	private static final Pattern GOVERNMENT = Pattern.compile("^(?:(?:XIV |H\\. )?Ayuntamiento (?:Constitucional )?de |"
			+ "Municipalidad (?:Distrital |Provincial )?de |Municipalidad |Municipality of |Municipio de |Município de |"
			+ "Prefeitura (?:Municipal )?de |Prefeitura do |Prefeitura da |Alcald[ií]a (?:Municipal )?de |"
			+ "Gobierno (?:Municipal |Autónomo Municipal )?de |City of |Town of |Village of |Ville de |Comune di |"
			+ "Mairie de |Stadt |Gemeente |Câmara Municipal de |Concello de |Ajuntament de |Comuna de )",
			Pattern.CASE_INSENSITIVE);

	/** How they name themselves after the place's name. */
	private static final Pattern GOVERNMENT_SUFFIX = Pattern.compile("(?: City)?(?: Municipal| Metropolitan)?"
			+ " (?:Council|Government|Corporation|People's Government|Shire|Regency|Municipality)$| Ciudad$");

	/** Names a description may use for a country besides its CLDR English name. */
	private static final Map<String, String> COUNTRY_ALIASES = Map.ofEntries(Map.entry("Republic of Korea", "KR"),
			Map.entry("United States of America", "US"), Map.entry("USA", "US"), Map.entry("United Kingdom", "GB"),
			Map.entry("England", "GB"), Map.entry("Scotland", "GB"), Map.entry("Wales", "GB"), Map.entry("Turkey", "TR"),
			Map.entry("Türkiye", "TR"), Map.entry("Russian Federation", "RU"), Map.entry("Viet Nam", "VN"),
			Map.entry("Vietnam", "VN"), Map.entry("Czech Republic", "CZ"), Map.entry("Iran", "IR"),
			Map.entry("Islamic Republic of Iran", "IR"), Map.entry("People’s Republic of China", "CN"),
			Map.entry("Palestine", "PS"), Map.entry("Côte d’Ivoire", "CI"), Map.entry("Cote d'Ivoire", "CI"),
			Map.entry("Bolivia", "BO"), Map.entry("Venezuela", "VE"), Map.entry("Syria", "SY"), Map.entry("Macau", "MO"),
			Map.entry("Macao", "MO"), Map.entry("Hong Kong", "HK"), Map.entry("Netherlands", "NL"),
			Map.entry("Philippines", "PH"), Map.entry("Democratic Republic of the Congo", "CD"));

	/** Place names that contain a country's name without being in it. */
	private static final Pattern NOT_A_COUNTRY = Pattern.compile("New Mexico|New South Wales|New England|Guinea-Bissau|Papua New Guinea");

	/** Resolves a (name, country) pair to a city id, or null, reporting either way. */
	interface CityResolver {

		String resolve(String name, String countryName);

	}

	private final Path dataDir;

	private final Countries countries;

	private final GeoNames geoNames;

	private final MatchReport report;

	private final Map<String, String> countryPatterns = new LinkedHashMap<>();

	NetworkLists(Path dataDir, Countries countries, GeoNames geoNames, MatchReport report) {
		this.dataDir = dataDir;
		this.countries = countries;
		this.geoNames = geoNames;
		this.report = report;
		countries.englishNames().forEach((code, name) -> this.countryPatterns.put(name, code));
		COUNTRY_ALIASES.forEach(this.countryPatterns::putIfAbsent);
	}

	/**
	 * The municipalities of the GCoM file that are members (CoM = 1), each with its join year; a municipality the file
	 * repeats counts once, from its first row.
	 * @param municipality the municipality of a state, by the state's and the municipality's names, or null
	 */
	List<List<Object>> gcom(BiFunction<String, String, String> municipality) {
		this.report.dataset("Global Covenant of Mayors, Mexican municipalities (" + GCOM + ")");
		List<List<Object>> rows = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		DataFiles.read(this.dataDir, GCOM, row -> {
			if (!"1".equals(row.get("CoM")) || !row.get("Join Year to GCoM").matches("\\d{4}")) {
				return;
			}
			String city = municipality.apply(row.get("State").strip(), row.get("City/Mun").strip());
			if (city != null && seen.add(city)) {
				rows.add(SeedConverter.membershipRow(city, "network:gcom", Integer.valueOf(row.get("Join Year to GCoM")), "member",
						null, null, "gcom-mexico", GCOM + ":" + row.line()));
			}
		});
		this.report.dataset(null);
		return rows;
	}

	/**
	 * The UNESCO Creative Cities with their field. The list has no country: it is the one country the city's
	 * description names in which the city's name finds a place, or, when the description names none, the one country
	 * that has a place of that name at all; otherwise the city is left out.
	 */
	List<List<Object>> creativeCities(CityResolver resolver) {
		this.report.dataset("UNESCO Creative Cities Network (" + CREATIVE_CITIES + ")");
		List<List<Object>> rows = new ArrayList<>();
		DataFiles.read(this.dataDir, CREATIVE_CITIES, row -> {
			String name = row.get("City Name").strip();
			String country = creativeCityCountry(name, row.get("Description"));
			if (country == null) {
				return;
			}
			String city = resolver.resolve(name, this.countries.englishNames().get(country));
			if (city != null) {
				rows.add(SeedConverter.membershipRow(city, "network:unesco-creative-cities", null, "member",
						row.get("Category").strip(), "2024", "unesco-creative-cities", CREATIVE_CITIES + ":" + row.line()));
			}
		});
		this.report.dataset(null);
		return rows;
	}

	private String creativeCityCountry(String name, String description) {
		String text = NOT_A_COUNTRY.matcher(description).replaceAll(" ");
		Set<String> named = new LinkedHashSet<>();
		this.countryPatterns.forEach((countryName, code) -> {
			if (Pattern.compile("(?<![\\p{L}])" + Pattern.quote(countryName) + "(?![\\p{L}])").matcher(text).find()) {
				named.add(code);
			}
		});
		String folded = Names.fold(name);
		List<String> withPlace = named.stream().filter(code -> hasPlace(code, folded)).toList();
		if (withPlace.size() == 1) {
			return withPlace.getFirst();
		}
		if (named.isEmpty()) {
			Set<String> anywhere = new LinkedHashSet<>();
			for (String code : this.countries.englishNames().keySet()) {
				if (hasPlace(code, folded)) {
					anywhere.add(code);
				}
			}
			if (anywhere.size() == 1) {
				return anywhere.iterator().next();
			}
			this.report.leftOut("", name, anywhere.size(), anywhere.stream().map(c -> "a place so named in " + c).toList());
			return null;
		}
		this.report.leftOut("", name, withPlace.size(), named.stream().map(c -> "the description names " + c).toList());
		return null;
	}

	/** Whether a country has a settled place of that primary name, or, failing that, of that alternate name. */
	private boolean hasPlace(String country, String folded) {
		List<GeoNames.Place> places = this.geoNames.byPrimaryName(country, folded);
		if (places.isEmpty()) {
			places = this.geoNames.byAlternateName(country, folded);
		}
		return places.stream().anyMatch(p -> !p.isSectionOrHistorical());
	}

	/**
	 * The networks each CDP discloser of 2018–2020 reports through, observed in the year it reported; the local
	 * government is the list's city, or its organization's name without the words of government around it.
	 */
	List<List<Object>> cdpDisclosers(CityResolver resolver) {
		List<List<Object>> rows = new ArrayList<>();
		for (String year : CDP_YEARS) {
			String file = String.format(Locale.ROOT, CDP_DISCLOSING, year);
			this.report.dataset("CDP disclosers " + year + ": the networks they report through (" + file + ")");
			DataFiles.read(this.dataDir, file, row -> {
				List<String> networks = Arrays.stream(row.get("Reporting Authority").split(","))
					.map(String::strip)
					.map(REPORTING_NETWORKS::get)
					.filter(network -> network != null)
					.toList();
				if (networks.isEmpty()) {
					return;
				}
				String name = governmentPlace(row.get("City").isBlank() ? row.get("Organization") : row.get("City"));
				String city = resolver.resolve(name, row.get("Country").strip());
				if (city != null) {
					for (String network : networks) {
						rows.add(SeedConverter.membershipRow(city, network, null, "member", null, year, "cdp-disclosing-" + year,
								file + ":" + row.line()));
					}
				}
			});
		}
		this.report.dataset(null);
		return rows;
	}

	/**
	 * The place a local government's name names: "Semarang City Government" is Semarang. A bare "City" stays, as in
	 * Mexico City or Quezon City.
	 */
	static String governmentPlace(String organization) {
		String name = organization.strip().replaceFirst("^(?:Government of the City of |(?:la )?Ciudad de |de )", "");
		Matcher matcher = GOVERNMENT.matcher(name);
		name = matcher.find() ? name.substring(matcher.end()).strip() : name;
		return GOVERNMENT_SUFFIX.matcher(name).replaceFirst("").strip();
	}

}
