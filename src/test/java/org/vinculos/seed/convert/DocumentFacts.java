package org.vinculos.seed.convert;

import java.util.List;
import java.util.function.BinaryOperator;

import org.vinculos.seed.convert.Documents.Cite;

/**
 * The facts that the source documents state in prose or tables, transcribed here with the quotation that backs each,
 * and checked against the documents at every conversion: a quotation not found near its line stops the conversion.
 */
final class DocumentFacts {

	static final String BOOK = "004_5af33e2a59a5e08c.txt";

	static final String MIRRORS_ARTICLE = "002_5d596866b2ffaea7.txt";

	static final String CDMX_NOTE = "003_28584decb2901dd8.txt";

	/** A city network and where a document names it. */
	record Network(String id, String name, String nameEs, List<String> names, String kind, Cite cite) {
	}

	/** A city's membership in a network as a document states it. */
	record Membership(String city, String network, Integer since, String role, String category, Cite cite) {
	}

	/** Two places that cooperate across a border, and in what. */
	record CrossBorderTie(String a, String b, List<String> areas, Cite cite) {
	}

	/** A foreign city that a document names as a Mexican city's mirror. */
	record NamedMirror(String city, String mirrorName, String mirrorCountry, Cite cite) {
	}

	static final List<Network> NETWORKS = List.of(
			new Network("network:uclg", "United Cities and Local Governments (UCLG)",
					"Ciudades y Gobiernos Locales Unidos (CGLU)", List.of("UCLG", "CGLU"), "political",
					new Cite(BOOK, 2606, "Ciudades y Gobiernos Locales Unidos (CGLU)")),
			new Network("network:iclei", "ICLEI – Local Governments for Sustainability",
					"Gobiernos Locales por la Sustentabilidad (ICLEI)", List.of("ICLEI"), "technical",
					new Cite(BOOK, 2607, "Gobiernos Locales por la Sustentabilidad (ICLEI)")),
			new Network("network:c40", "C40 Cities Climate Leadership Group", "C40", List.of("C40", "C40 Cities"), "technical",
					new Cite(BOOK, 2607, "(ICLEI), C40, Ciudades Resilientes")),
			new Network("network:resilient-cities", "Resilient Cities Network", "Ciudades Resilientes",
					List.of("100 Resilient Cities", "Red de Ciudades Resilientes"), "technical",
					new Cite(BOOK, 2607, "Ciudades Resilientes, por citar algunas")),
			new Network("network:mercociudades", "Mercociudades", "Mercociudades", List.of("Mercocities"), "political",
					new Cite(BOOK, 4573, "como Mercociudades y Ciudades Solidarias")),
			new Network("network:ciudades-solidarias", "Solidarity Cities (Latin America)", "Ciudades Solidarias",
					List.of(), "technical", new Cite(BOOK, 4573, "Mercociudades y Ciudades Solidarias")),
			new Network("network:ucci", "Union of Ibero-American Capital Cities (UCCI)", "Red UCCI", List.of("UCCI"),
					"political", new Cite(BOOK, 777, "Intercambio de expertos en movilidad Red UCCI")),
			new Network("network:intercultural-cities", "Intercultural Cities (Council of Europe)",
					"Red de Ciudades Interculturales del Consejo de Europa", List.of("ICC", "Ciudades Interculturales"),
					"technical", new Cite(BOOK, 4583, "red de ciudades interculturales del Consejo de Europa")),
			new Network("network:conlosrefugiados", "#WithRefugees Cities Network (UNHCR)", "Red de Ciudades #ConLosRefugiados",
					List.of("#ConLosRefugiados", "ConLosRefugiados", "#WithRefugees", "Ciudades Solidarias con Refugiados"),
					"technical", new Cite(BOOK, 4590, "Red de Ciudades #ConlLosRefugiados impulsada por el ACNUR")),
			new Network("network:mayors-migration-council", "Mayors Migration Council", "Mayors Migration Council",
					List.of("MMC"), "political", new Cite(BOOK, 4577, "Mayors Migration Council (MCC)")),
			new Network("network:unesco-creative-cities", "UNESCO Creative Cities Network",
					"Red de Ciudades Creativas de la UNESCO", List.of("UCCN"), "technical",
					new Cite(BOOK, 3471, "Red de Ciudades Creativas de la UNESCO: se cred en 2004")),
			new Network("network:al-las", "AL-LAs alliance", "Alianza AL-LAs", List.of("AL-LAs", "Proyecto AL-LAs"),
					"technical", new Cite(CDMX_NOTE, 9, "leads the AL-LAs alliance")));

	static final List<Membership> MEMBERSHIPS = List.of(
			new Membership("inegi:09", "network:intercultural-cities", 2011, "member", null,
					new Cite(BOOK, 4582, "Se adhirié a la red de ciudades interculturales del Consejo de Europa en 2011")),
			new Membership("inegi:19026", "network:intercultural-cities", 2023, "member", null,
					new Cite(BOOK, 4584, "se adhirié formalmente también a la red de ciudades interculturales en 2023")),
			new Membership("inegi:05030", "network:conlosrefugiados", 2018, "member", null,
					new Cite(BOOK, 4590, "Saltillo (Coahuila) se adhirié a la Red de Ciudades #ConlLosRefugiados impulsada por el ACNUR (2018)")),
			new Membership("inegi:09", "network:conlosrefugiados", null, "member", null,
					new Cite(BOOK, 4596, "la Ciudad de México también se adhiri6 a la Red de Ciudades #ConLosRefugiados")),
			new Membership("inegi:09", "network:al-las", null, "leader", null,
					new Cite(CDMX_NOTE, 9, "CGAI, among others, leads the AL-LAs alliance")),
			new Membership("inegi:07078", "network:unesco-creative-cities", null, "member", "Crafts and Folk Art",
					new Cite(BOOK, 3464, "San Cristdbal de las Casas, Ciudad Creativa de la Artesania y Arte Popular por la UNESCO")));

	static final List<CrossBorderTie> CROSS_BORDER_TIES = List.of(
			new CrossBorderTie("inegi:02004", "geonames:5391811", List.of("infrastructure", "economy", "urban planning"),
					new Cite(BOOK, 3446, "Cooperacién Tijuana (MX) - San Diego (EE. UU.) se da en ambitos como la infraestructura, la economiay la planeacion urbana")),
			new CrossBorderTie("MX-26", "US-AZ", List.of("culture"),
					new Cite(BOOK, 3420, "Colaboracién cultural entre Sonoray Arizona")));

	static final List<NamedMirror> NAMED_MIRRORS = List.of(
			new NamedMirror("inegi:19039", "Houston", "United States",
					new Cite(MIRRORS_ARTICLE, 35, "Monterrey does not only compete with other cities in northern Mexico; it competes with industrial hubs such as Houston")),
			new NamedMirror("inegi:14039", "Austin", "United States",
					new Cite(MIRRORS_ARTICLE, 35, "Guadalajara is not limited to the national ecosystem; it effectively interacts with technology hubs like Austin")),
			new NamedMirror("inegi:09", "Madrid", "Spain",
					new Cite(MIRRORS_ARTICLE, 35, "Mexico City, due to its scale and complexity, finds parallels with global capitals such as Madrid")),
			new NamedMirror("inegi:02004", "San Diego", "United States",
					new Cite(MIRRORS_ARTICLE, 35, "cities like Tijuana operate within a binational dynamic that inevitably links them to San Diego")));

	private final Documents documents;

	DocumentFacts(Documents documents) {
		this.documents = documents;
	}

	String ref(Cite cite) {
		return this.documents.ref(cite);
	}

	/** Resolves a named mirror's foreign city through the same matching as the sister-city pairs. */
	static String mirrorId(NamedMirror mirror, BinaryOperator<String> resolveCity) {
		return resolveCity.apply(mirror.mirrorName(), mirror.mirrorCountry());
	}

}
