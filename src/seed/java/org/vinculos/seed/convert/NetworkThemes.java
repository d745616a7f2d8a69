package org.vinculos.seed.convert;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.vinculos.seed.convert.Documents.Cite;

/**
 * The themes of the networks, each read from a text that describes the network: the SRE book, a note, or the
 * documentation of a member list. A network no text describes gets no theme.
 */
final class NetworkThemes {

	/** A theme, a topic of its own beside the book's cooperation areas. */
	record Theme(String id, String name, String nameEs) {
	}

	static final Theme CLIMATE = new Theme("topic:climate-energy", "Climate and energy", "Clima y energía");

	static final Theme SUSTAINABILITY = new Theme("topic:sustainability", "Sustainability", "Sustentabilidad");

	static final Theme RESILIENCE = new Theme("topic:resilience", "Urban resilience", "Resiliencia urbana");

	static final Theme CULTURE = new Theme("topic:culture-creative-economy", "Culture and creative economy",
			"Cultura y economía creativa");

	static final Theme MIGRATION = new Theme("topic:migration-refugees", "Migration and refugees", "Migración y refugio");

	static final Theme GOVERNANCE = new Theme("topic:local-governance", "Local governance and advocacy",
			"Gobernanza local e incidencia política");

	static final Theme INTERNATIONAL_AFFAIRS = new Theme("topic:international-affairs",
			"Internationalization of local governments", "Internacionalización de los gobiernos locales");

	static final List<Theme> THEMES = List.of(CLIMATE, SUSTAINABILITY, RESILIENCE, CULTURE, MIGRATION, GOVERNANCE,
			INTERNATIONAL_AFFAIRS);

	/** A network's theme as a text states it: a quotation in a source document, or in a dataset's documentation. */
	record Assignment(String network, Theme theme, Cite cite, String dataFile, String dataQuote) {

		static Assignment document(String network, Theme theme, Cite cite) {
			return new Assignment(network, theme, cite, null, null);
		}

		static Assignment dataset(String network, Theme theme, String file, String quote) {
			return new Assignment(network, theme, null, file, quote);
		}

	}

	private static final String BOOK = DocumentFacts.BOOK;

	static final List<Assignment> ASSIGNMENTS = List.of(
			Assignment.document("network:uclg", GOVERNANCE,
					new Cite(BOOK, 2606, "algunas de incidencia politica como Ciudades y Gobiernos Locales Unidos")),
			Assignment.document("network:iclei", SUSTAINABILITY,
					new Cite(BOOK, 2607, "Gobiernos Locales por la Sustentabilidad (ICLEI)")),
			Assignment.document("network:c40", CLIMATE,
					new Cite(BOOK, 757, "Reducir emisiones de gases de efecto invernadero en 20%")),
			Assignment.dataset("network:c40", CLIMATE, "networks/cdp_disclosing_2018_2020/Cities_Disclosing_to_CDP_Data_Dictionary.csv",
					"C40 Cities Climate Leadership Group"),
			Assignment.document("network:resilient-cities", RESILIENCE, new Cite(BOOK, 2607, "C40, Ciudades Resilientes")),
			Assignment.document("network:mercociudades", MIGRATION,
					new Cite(BOOK, 4570, "efectiva para temas migratorios")),
			Assignment.document("network:ciudades-solidarias", MIGRATION,
					new Cite(BOOK, 4570, "efectiva para temas migratorios")),
			Assignment.document("network:intercultural-cities", MIGRATION,
					new Cite(BOOK, 4574, "redes de ciudades especializadas, tales como las ciudades interculturales")),
			Assignment.document("network:conlosrefugiados", MIGRATION,
					new Cite(BOOK, 4590, "Red de Ciudades #ConlLosRefugiados impulsada por el ACNUR")),
			Assignment.document("network:mayors-migration-council", MIGRATION,
					new Cite(BOOK, 4577, "Pacto Mundial para una Migracién Segura, Ordenada")),
			Assignment.document("network:unesco-creative-cities", CULTURE,
					new Cite(BOOK, 3471, "la creatividad como factor estratégico de desarrollo urbano sostenible")),
			Assignment.document("network:al-las", INTERNATIONAL_AFFAIRS,
					new Cite(DocumentFacts.CDMX_NOTE, 9, "aim to professionalize their international relations")),
			Assignment.document("network:amaie", INTERNATIONAL_AFFAIRS,
					new Cite(BOOK, 4901, "Oficinas de Asuntos Internacionales de los Estados")),
			Assignment.dataset("network:gcom", CLIMATE, "networks/gcom_mexico/README.md",
					"Global Covenant of Mayors for Climate and Energy (GCoM)"));

	private NetworkThemes() {
	}

	/**
	 * The reference {@code file:line} of the first line of a dataset's file that holds the quotation.
	 * @throws IllegalStateException when no line does
	 */
	static String dataRef(Path dataDir, String file, String quote) {
		try {
			List<String> lines = Files.readAllLines(dataDir.resolve(file), StandardCharsets.UTF_8);
			for (int i = 0; i < lines.size(); i++) {
				if (lines.get(i).contains(quote)) {
					return file + ":" + (i + 1);
				}
			}
			throw new IllegalStateException("\"" + quote + "\" is not in " + file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
