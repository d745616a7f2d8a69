package org.vinculos.seed.convert;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Country names and ISO 3166-1 codes from the Unicode CLDR data that ships with the JDK, plus the names the
 * English Wikipedia uses where CLDR says otherwise.
 */
final class Countries {

	/**
	 * A country name in a source, resolved to a code and, where the source names one, a division: a GeoNames admin1
	 * code for the United Kingdom's nations, or a division's name ("Brandenburg, Germany").
	 */
	record Resolution(String code, String admin1, String divisionName) {

		Resolution(String code, String admin1) {
			this(code, admin1, null);
		}

	}

	/** Wikipedia's names that CLDR spells differently; each one checked by hand. */
	private static final Map<String, Resolution> WIKIPEDIA_NAMES = Map.ofEntries(
			Map.entry("england", new Resolution("GB", "ENG")), Map.entry("scotland", new Resolution("GB", "SCT")),
			Map.entry("wales", new Resolution("GB", "WLS")), Map.entry("northern ireland", new Resolution("GB", "NIR")),
			Map.entry("republic of ireland", new Resolution("IE", null)),
			Map.entry("united kingdom of great britain and northern ireland", new Resolution("GB", null)),
			Map.entry("china hong kong special administrative region", new Resolution("HK", null)),
			Map.entry("georgia (country)", new Resolution("GE", null)), Map.entry("georgia", new Resolution("GE", null)),
			Map.entry("czech republic", new Resolution("CZ", null)), Map.entry("turkey", new Resolution("TR", null)),
			Map.entry("palestine", new Resolution("PS", null)), Map.entry("ivory coast", new Resolution("CI", null)),
			Map.entry("east timor", new Resolution("TL", null)), Map.entry("timor leste", new Resolution("TL", null)),
			Map.entry("myanmar", new Resolution("MM", null)), Map.entry("hong kong", new Resolution("HK", null)),
			Map.entry("macau", new Resolution("MO", null)), Map.entry("macao", new Resolution("MO", null)),
			Map.entry("bosnia and hercegovina", new Resolution("BA", null)),
			Map.entry("democratic republic of the congo", new Resolution("CD", null)),
			Map.entry("republic of the congo", new Resolution("CG", null)), Map.entry("congo", new Resolution("CG", null)),
			Map.entry("kosovo", new Resolution("XK", null)), Map.entry("vatican city", new Resolution("VA", null)),
			Map.entry("swaziland", new Resolution("SZ", null)), Map.entry("cape verde", new Resolution("CV", null)),
			Map.entry("peoples republic of china", new Resolution("CN", null)),
			Map.entry("the gambia", new Resolution("GM", null)), Map.entry("the bahamas", new Resolution("BS", null)),
			Map.entry("federated states of micronesia", new Resolution("FM", null)),
			Map.entry("united states of america", new Resolution("US", null)), Map.entry("usa", new Resolution("US", null)),
			Map.entry("uk", new Resolution("GB", null)), Map.entry("saint barthelemy", new Resolution("BL", null)),
			Map.entry("curacao", new Resolution("CW", null)), Map.entry("northern cyprus", new Resolution("CY", null)),
			// The United Nations' names (UN DESA).
			Map.entry("russian federation", new Resolution("RU", null)), Map.entry("cabo verde", new Resolution("CV", null)),
			Map.entry("republic of korea", new Resolution("KR", null)),
			Map.entry("dem peoples republic of korea", new Resolution("KP", null)),
			Map.entry("republic of moldova", new Resolution("MD", null)), Map.entry("viet nam", new Resolution("VN", null)),
			Map.entry("syrian arab republic", new Resolution("SY", null)),
			Map.entry("lao peoples democratic republic", new Resolution("LA", null)),
			Map.entry("united republic of tanzania", new Resolution("TZ", null)),
			Map.entry("state of palestine", new Resolution("PS", null)), Map.entry("holy see", new Resolution("VA", null)),
			Map.entry("brunei darussalam", new Resolution("BN", null)), Map.entry("china hong kong sar", new Resolution("HK", null)),
			Map.entry("china macao sar", new Resolution("MO", null)), Map.entry("micronesia", new Resolution("FM", null)),
			Map.entry("united states virgin islands", new Resolution("VI", null)),
			Map.entry("wallis and futuna islands", new Resolution("WF", null)),
			Map.entry("sint maarten", new Resolution("SX", null)), Map.entry("saint martin", new Resolution("MF", null)),
			Map.entry("china taiwan province of china", new Resolution("TW", null)),
			Map.entry("bonaire sint eustatius and saba", new Resolution("BQ", null)));

	private final Map<String, String> english = new LinkedHashMap<>();

	private final Map<String, String> spanish = new LinkedHashMap<>();

	private final Map<String, Resolution> byFoldedName = new HashMap<>();

	Countries() {
		Set<String> codes = new TreeSet<>(List.of(Locale.getISOCountries()));
		codes.add("XK");
		Locale es = Locale.forLanguageTag("es");
		for (String code : codes) {
			Locale country = Locale.of("", code);
			this.english.put(code, country.getDisplayCountry(Locale.ENGLISH));
			this.spanish.put(code, country.getDisplayCountry(es));
			String name = country.getDisplayCountry(Locale.ENGLISH);
			this.byFoldedName.put(Names.fold(name), new Resolution(code, null));
			if (name.startsWith("St. ")) {
				this.byFoldedName.put(Names.fold("Saint " + name.substring(4)), new Resolution(code, null));
			}
		}
		WIKIPEDIA_NAMES.forEach((name, resolution) -> this.byFoldedName.put(Names.fold(name), resolution));
	}

	Map<String, String> englishNames() {
		return this.english;
	}

	String spanishName(String code) {
		return this.spanish.get(code);
	}

	/** Resolves a country name as the twinning file writes it, or null when it names no country. */
	Resolution resolve(String name) {
		String folded = Names.fold(name);
		Resolution direct = this.byFoldedName.get(folded);
		if (direct != null) {
			return direct;
		}
		Resolution withoutNote = this.byFoldedName.get(Names.fold(name.replaceAll("\\s*\\(.*\\)\\s*", "")));
		if (withoutNote != null || name.indexOf(',') < 0) {
			return withoutNote;
		}
		// "England, United Kingdom", "Brandenburg, Germany": a division, then its country.
		Resolution country = resolve(name.substring(name.lastIndexOf(',') + 1));
		String division = name.substring(0, name.lastIndexOf(',')).strip();
		if (country == null) {
			return null;
		}
		Resolution nation = this.byFoldedName.get(Names.fold(division));
		if (nation != null && nation.code().equals(country.code()) && nation.admin1() != null) {
			return nation;
		}
		return new Resolution(country.code(), country.admin1(), division);
	}

}
