package org.vinculos.seed.convert;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Country economies by year (World Bank GDP, population, GDP per person at PPP and the PPP conversion factor; FRED
 * annual exchange rates to the US dollar) as observations of the countries, and the conversions of amounts in a
 * national currency to US dollars and to international (PPP) dollars that they allow.
 */
final class WorldEconomy {

	static final String GDP = "economy/worldbank_gdp/gdp.csv";

	static final String POPULATION = "economy/worldbank_population/population.csv";

	static final String GDP_PER_CAPITA_PPP = "economy/worldbank_gdp_per_capita_ppp/data.csv";

	static final String PPP = "economy/worldbank_ppp/ppp-gdp.csv";

	static final String EXCHANGE_RATES = "economy/exchange_rates/annual.csv";

	static final String COUNTRY_CODES = "countries/country_codes/country-codes.csv";

	/** FRED publishes these series as US dollars per unit of the currency; all others as units per US dollar. */
	private static final Set<String> DOLLARS_PER_UNIT = Set.of("Australia", "Euro", "Ireland", "New Zealand", "United Kingdom");

	/** A rate or factor with the line it stands on. */
	record Factor(double value, String ref) {
	}

	private final Path dataDir;

	private final Set<String> knownCountries;

	private final Map<String, String> iso2ByIso3 = new HashMap<>();

	private final Map<String, String> currencyByIso2 = new HashMap<>();

	/** US dollars per unit of a currency, by currency and year. */
	private final Map<String, Map<Integer, Factor>> dollarsPerUnit = new HashMap<>();

	/** Units of the national currency per international dollar, by ISO 3166-1 alpha-2 code and year. */
	private final Map<String, Map<Integer, Factor>> ppp = new HashMap<>();

	/** GDP per person at PPP, by ISO 3166-1 alpha-2 code and year. */
	private final Map<String, Map<Integer, Factor>> gdpPerCapitaPpp = new HashMap<>();

	private final List<List<Object>> observations = new ArrayList<>();

	private final Set<String> notAttached = new LinkedHashSet<>();

	WorldEconomy(Path dataDir, Countries countries) {
		this.dataDir = dataDir;
		this.knownCountries = countries.englishNames().keySet();
		DataFiles.read(this.dataDir, COUNTRY_CODES, row -> {
			String iso2 = row.get("ISO3166-1-Alpha-2");
			if (iso2 != null && !iso2.isBlank()) {
				this.iso2ByIso3.put(row.get("ISO3166-1-Alpha-3"), iso2);
				this.currencyByIso2.put(iso2, row.get("ISO4217-currency_alphabetic_code"));
			}
		});
		worldBank(GDP, "gdp", "USD", "GDP, current US dollars (World Bank NY.GDP.MKTP.CD)", "worldbank-gdp");
		worldBank(POPULATION, "population", "count", "Population, total (World Bank SP.POP.TOTL)", "worldbank-population");
		worldBank(GDP_PER_CAPITA_PPP, "gdp_per_capita_ppp", "international $",
				"GDP per person at purchasing-power parity, current international dollars (World Bank NY.GDP.PCAP.PP.CD)",
				"worldbank-gdp-per-capita-ppp");
		DataFiles.read(this.dataDir, PPP, row -> {
			String iso2 = row.get("Country ID");
			if (!this.knownCountries.contains(iso2) || row.get("PPP").isBlank()) {
				return;
			}
			int year = Integer.parseInt(row.get("Year"));
			String ref = PPP + ":" + row.line();
			this.ppp.computeIfAbsent(iso2, k -> new HashMap<>()).put(year, new Factor(Double.parseDouble(row.get("PPP")), ref));
			this.observations.add(row("ppp_factor:" + iso2 + ":" + year, iso2, "ppp_factor", year, row.get("PPP"),
					"national currency per international $",
					"PPP conversion factor, GDP (World Bank PA.NUS.PPP)", "worldbank-ppp", ref));
		});
		DataFiles.read(this.dataDir, EXCHANGE_RATES, row -> {
			String name = row.get("Country");
			int year = Integer.parseInt(row.get("Date").substring(0, 4));
			double rate = Double.parseDouble(row.get("Exchange rate"));
			boolean inverted = DOLLARS_PER_UNIT.contains(name);
			String ref = EXCHANGE_RATES + ":" + row.line();
			String currency;
			if (name.equals("Euro")) {
				currency = "EUR";
				this.notAttached.add("`Euro` (" + EXCHANGE_RATES + "): a currency area, not a country; used to convert euro "
						+ "amounts, not attached to any country");
			}
			else {
				Countries.Resolution country = countries.resolve(name);
				if (country == null) {
					throw new IllegalStateException("FRED series \"" + name + "\" names no country");
				}
				currency = this.currencyByIso2.get(country.code());
				this.observations.add(row("exchange_rate:" + country.code() + ":" + year, country.code(), "exchange_rate", year,
						row.get("Exchange rate"), inverted ? "USD per national currency unit" : "national currency per USD",
						"Annual average exchange rate (FRED, Federal Reserve Board H.10/G.5A)", "fred-exchange-rates", ref));
			}
			this.dollarsPerUnit.computeIfAbsent(currency, k -> new HashMap<>())
				.put(year, new Factor(inverted ? rate : 1 / rate, ref));
		});
	}

	private void worldBank(String file, String indicator, String unit, String label, String source) {
		DataFiles.read(this.dataDir, file, row -> {
			String iso2 = this.iso2ByIso3.get(row.get("Country Code"));
			if (iso2 == null || !this.knownCountries.contains(iso2) || row.get("Value").isBlank()) {
				return;
			}
			int year = Integer.parseInt(row.get("Year"));
			String value = row.get("Value");
			if (unit.equals("USD") || unit.equals("count")) {
				value = Long.toString(Math.round(Double.parseDouble(value)));
			}
			this.observations.add(row(indicator + ":" + iso2 + ":" + year, iso2, indicator, year, value, unit, label, source,
					file + ":" + row.line()));
			if (indicator.equals("gdp_per_capita_ppp")) {
				this.gdpPerCapitaPpp.computeIfAbsent(iso2, k -> new HashMap<>())
					.put(year, new Factor(Double.parseDouble(value), file + ":" + row.line()));
			}
		});
	}

	private static List<Object> row(String id, String subject, String indicator, int year, String value, String unit,
			String label, String source, String ref) {
		return Arrays.asList(id, subject, indicator, null, label, null, year, value, unit, null, source, ref);
	}

	/** The countries' observations, in the order of the files. */
	List<List<Object>> observations() {
		return this.observations;
	}

	/** What of the files is not an observation of a country, and why. */
	Set<String> notAttached() {
		return this.notAttached;
	}

	/** The ISO 4217 code of a country's currency today, e.g. "MXN" for "MX". */
	String currency(String iso2) {
		return this.currencyByIso2.get(iso2);
	}

	/** US dollars per unit of the currency in the year (FRED annual average); null when FRED has no such rate. */
	Factor dollarsPerUnit(String currency, int year) {
		return this.dollarsPerUnit.getOrDefault(currency, Map.of()).get(year);
	}

	/** Units of the country's currency per international dollar in the year (World Bank); null when absent. */
	Factor ppp(String iso2, int year) {
		return this.ppp.getOrDefault(iso2, Map.of()).get(year);
	}

	/** The country's GDP per person at PPP in the year (World Bank); null when absent. */
	Factor gdpPerCapitaPpp(String iso2, int year) {
		return this.gdpPerCapitaPpp.getOrDefault(iso2, Map.of()).get(year);
	}

}
