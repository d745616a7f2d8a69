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

	static final String INTERALCALDES_ARTICLE = "000_bb3a93a05a4d6c83.txt";

	static final String COOPERATION_ARTICLE = "001_a96491cfe7dc4f3e.txt";

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

	/** A state's office for its migrants, in a city at home or abroad, as the book's Figure 3 and text list them. */
	record Office(String state, String name, String cityName, String country, String cityId, Cite cite) {

		String id() {
			String place = (this.cityId != null) ? this.cityId.replace("inegi:", "") : Names.fold(this.cityName).replace(' ', '-');
			return "office:" + this.state + ":" + place;
		}

	}

	static final List<Office> OFFICES = List.of(
			new Office("MX-06", "Casa Colima", "Los Angeles, California", "United States", null,
					new Cite(BOOK, 4626, "Colima Casa Colima (California)")),
			new Office("MX-10", "Oficina de representación del Gobierno del Estado de Durango", "Los Angeles, California",
					"United States", null, new Cite(BOOK, 4630, "representaciéon Los Angeles 9825 Long Beach Blvd")),
			new Office("MX-10", "Oficina de representación del Gobierno del Estado de Durango", "Chicago, Illinois",
					"United States", null, new Cite(BOOK, 4632, "Estado de Chicago (Illinois)")),
			new Office("MX-15", "Casa Mexiquense", "Houston, Texas", "United States", null,
					new Cite(BOOK, 4635, "CasaMexiquense | Houston (Texas)")),
			new Office("MX-11", "Oficina de Enlace del Gobierno de Guanajuato en el Exterior", "Los Angeles, California",
					"United States", null, new Cite(BOOK, 4639, "Oficinas de Los Angeles")),
			new Office("MX-11", "Oficina de Enlace del Gobierno de Guanajuato en el Exterior", "Chicago, Illinois",
					"United States", null, new Cite(BOOK, 4642, "Gobierno de Chicago (lllinois)")),
			new Office("MX-11", "Oficina de Enlace del Gobierno de Guanajuato en el Exterior", "San Antonio, Texas",
					"United States", null, new Cite(BOOK, 4643, "Guanajuato en el San Antonio (Texas)")),
			new Office("MX-11", "Oficina de Enlace del Gobierno de Guanajuato en el Exterior", "Atlanta, Georgia",
					"United States", null, new Cite(BOOK, 4644, "Exterior y Atlanta (Georgia)")),
			new Office("MX-14", "Oficina de Jalisco en los Estados Unidos", "Los Angeles, California", "United States", null,
					new Cite(BOOK, 4650, "oficina.losangeles.sgg@jalisco.gob.mx")),
			new Office("MX-14", "Oficina de Jalisco en los Estados Unidos", "Chicago, Illinois", "United States", null,
					new Cite(BOOK, 4651, "Chicago (Illinois) W Lake St, Melrose Park")),
			new Office("MX-20", "Oficina de enlace de Oaxaca", "Los Angeles, California", "United States", null,
					new Cite(BOOK, 4656, "Oaxaca Oficina de enlace Los Angeles 3301 W Pico Blvd")),
			new Office("MX-20", "Oficina de atención a migrantes oaxaqueños", "San Quintín", "Mexico", "inegi:02007",
					new Cite(BOOK, 4613, "Cuenta con oficinas en San Quintin, Ensenada y Tijuana")),
			new Office("MX-20", "Oficina de atención a migrantes oaxaqueños", "Ensenada", "Mexico", "inegi:02001",
					new Cite(BOOK, 4613, "Cuenta con oficinas en San Quintin, Ensenada y Tijuana")),
			new Office("MX-20", "Oficina de atención a migrantes oaxaqueños", "Tijuana", "Mexico", "inegi:02004",
					new Cite(BOOK, 4613, "Cuenta con oficinas en San Quintin, Ensenada y Tijuana")),
			new Office("MX-21", "Mi Casa es Puebla", "Los Angeles, California", "United States", null,
					new Cite(BOOK, 4663, "Puebla Mi Casa es Puebla (California), Passaic")),
			new Office("MX-21", "Mi Casa es Puebla", "Passaic, New Jersey", "United States", null,
					new Cite(BOOK, 4663, "Puebla Mi Casa es Puebla (California), Passaic")),
			new Office("MX-21", "Mi Casa es Puebla", "New York, New York", "United States", null,
					new Cite(BOOK, 4662, "Nueva York, NY. 10016")),
			new Office("MX-29", "Casa Tlaxcala", "New York, New York", "United States", null,
					new Cite(BOOK, 4671, "casatlaxcalanuevayork@gmail.com")),
			new Office("MX-29", "Casa Tlaxcala", "Jackson, Wyoming", "United States", null,
					new Cite(BOOK, 4673, "Tlaxcala Casa Tlaxcala Jackson Hole")),
			new Office("MX-29", "Casa Tlaxcala", "Oxnard, California", "United States", null,
					new Cite(BOOK, 4675, "Saviers Road, Oxnard Ca 93033")));

	/** Offices that promote a state abroad, as a case study names them. */
	static final List<Office> PROMOTION_OFFICES = List.of(
			new Office("MX-14", "Oficina de promoción turística de Jalisco", "Tokyo", "Japan", null,
					new Cite(BOOK, 5442, "oficinas de promocién en Tokio y Dubai")),
			new Office("MX-14", "Oficina de promoción turística de Jalisco", "Dubai", "United Arab Emirates", null,
					new Cite(BOOK, 5442, "oficinas de promocién en Tokio y Dubai")));

	/** Counts that a state's own chapter gives, beside the registry's. */
	record StateCount(String state, String indicator, String breakdown, int year, long value, String note, Cite cite) {
	}

	static final List<StateCount> STATE_COUNTS = List.of(new StateCount("MX-22", "agreements", "total (the state's own count)",
			2025, 68, "hermanamiento and cooperation agreements signed to date, as the state's chapter counts them",
			new Cite(BOOK, 5749, "A la fecha, se han firmado 68 acuerdos interinstitucionales de hermanamiento y cooperacion")));

	/** An international organization, agency, union or NGO that the documents name as a partner. */
	record Organization(String id, String name, String nameEs, List<String> names, String kind, Cite cite) {
	}

	static final List<Organization> ORGANIZATIONS = List.of(
			new Organization("org:unhcr", "Office of the United Nations High Commissioner for Refugees (UNHCR)",
					"Alto Comisionado de las Naciones Unidas para los Refugiados (ACNUR)", List.of("UNHCR", "ACNUR"),
					"international organization", new Cite(BOOK, 4506, "Alto Comisionado de las Naciones Unidas para los Refugiados (ACNUR)")),
			new Organization("org:iom", "International Organization for Migration (IOM)",
					"Organización Internacional para las Migraciones (OIM)", List.of("IOM", "OIM"), "international organization",
					new Cite(BOOK, 4506, "Organizacién Internacional para las Migraciones (OIM)")),
			new Organization("org:unicef", "United Nations Children's Fund (UNICEF)", "UNICEF", List.of("UNICEF"),
					"international organization", new Cite(BOOK, 4522, "UNICEF. Convenio de colaboracién")),
			new Organization("org:undp", "United Nations Development Programme (UNDP)",
					"Programa de las Naciones Unidas para el Desarrollo (PNUD)", List.of("UNDP", "PNUD"), "international organization",
					new Cite(BOOK, 4526, "Programa de las Naciones Unidas para el Desarrollo")),
			new Organization("org:hias", "Hebrew Immigrant Aid Society (HIAS)", "HIAS", List.of("HIAS"), "NGO",
					new Cite(BOOK, 4531, "Hebrew Immigrant Aid Society (HIAS)")),
			new Organization("org:asylum-access", "Asylum Access", "Asylum Access", List.of(), "NGO",
					new Cite(BOOK, 4533, "Asylum Access para el acceso al procedimiento")),
			new Organization("org:ufcw-canada", "United Food and Commercial Workers International Union (UFCW) Canada",
					"UFCW Canadá", List.of("UFCW"), "union",
					new Cite(BOOK, 4536, "United Food and Commer- cial Workers International Union (UFCW) en Canada")));

	/** An agreement a document states, between a Mexican government and a counterpart. */
	record Agreement(String id, String title, String kind, String level, String mexicanParty, String counterpart,
			String counterpartName, String counterpartCountry, List<String> topics, Cite cite) {
	}

	static final List<Agreement> AGREEMENTS = List.of(
			new Agreement("agreement:gto-iom", "Convenios específicos del Gobierno de Guanajuato con la OIM", "convenio", "state",
					"MX-11", "org:iom", null, null, List.of("topic:migration"),
					new Cite(BOOK, 4505, "el gobierno del estado de Guanajuato ha firmado convenios especificos con la Organizacién Internacional para las Migraciones (OIM)")),
			new Agreement("agreement:gto-unhcr", "Convenios específicos del Gobierno de Guanajuato con el ACNUR", "convenio", "state",
					"MX-11", "org:unhcr", null, null, List.of("topic:migration"),
					new Cite(BOOK, 4505, "el gobierno del estado de Guanajuato ha firmado convenios especificos")),
			new Agreement("agreement:nl-unhcr", "Carta de Entendimiento entre el Gobierno del Estado de Nuevo León y la Oficina del ACNUR",
					"carta de entendimiento", "state", "MX-19", "org:unhcr", null, null, List.of("topic:migration"),
					new Cite(BOOK, 4514, "ACNUR. Carta de Entendimiento entre el Gobierno del Estado de Nuevo")),
			new Agreement("agreement:nl-iom", "Acuerdo de Cooperación entre la OIM y el Gobierno del Estado de Nuevo León (Secretaría de Igualdad e Inclusión)",
					"acuerdo de cooperación", "state", "MX-19", "org:iom", null, null, List.of("topic:migration"),
					new Cite(BOOK, 4518, "OIM. Acuerdo de Cooperacion entre la OIM y el Gobierno del Estado")),
			new Agreement("agreement:nl-unicef", "Convenio de colaboración entre UNICEF y el Gobierno del Estado de Nuevo León",
					"convenio", "state", "MX-19", "org:unicef", null, null, List.of(),
					new Cite(BOOK, 4522, "UNICEF. Convenio de colaboracién para implementar iniciativas que garanticen los derechos de lainfanciay adolescencia")),
			new Agreement("agreement:nl-undp", "Memorándum de Entendimiento entre el PNUD y el Gobierno del Estado de Nuevo León",
					"memorándum de entendimiento", "state", "MX-19", "org:undp", null, null, List.of(),
					new Cite(BOOK, 4526, "PNUD. Memorandum de Entendimiento con el Programa de las Naciones Unidas para el Desarrollo")),
			new Agreement("agreement:gro-ufcw", "Convenio de la Secretaría de los Migrantes y Asuntos Internacionales de Guerrero con UFCW Canadá",
					"convenio", "state", "MX-12", "org:ufcw-canada", null, null, List.of("topic:migration"),
					new Cite(BOOK, 4534, "la Secretaria de los Migrantes y Asuntos Internacionales del Estado de Guerrero")),
			new Agreement("agreement:mich-ufcw", "Convenio de la Secretaría del Migrante de Michoacán con UFCW Canadá", "convenio",
					"state", "MX-16", "org:ufcw-canada", null, null, List.of("topic:migration"),
					new Cite(BOOK, 4535, "la Secretaria del Mi- grante de Michoacan tienen convenios con el sindicato United Food")),
			new Agreement("agreement:qroo-mcallen", "Acuerdo de Hermanamiento entre Quintana Roo y la Ciudad de McAllen, Texas",
					"hermanamiento", "state", "MX-23", null, "McAllen, Texas", "United States",
					List.of("topic:trade-promotion", "topic:investment-promotion"),
					new Cite(BOOK, 5929, "el Acuerdo de Hermanamiento con la Ciudad de McAllen, Texas")));

	/** An agreement between a Mexican city and several foreign cities at once, named by name and country. */
	record GroupAgreement(String id, String title, String kind, String mexicanParty, List<List<String>> partners,
			List<String> topics, Cite cite) {
	}

	static final List<GroupAgreement> GROUP_AGREEMENTS = List.of(new GroupAgreement("agreement:cordobas-del-mundo",
			"Hermanamiento cultural entre las Córdobas del mundo", "hermanamiento", "inegi:30044",
			List.of(List.of("Córdoba", "Argentina"), List.of("Córdoba", "Spain"), List.of("Córdoba", "Colombia")),
			List.of("topic:culture"), new Cite(BOOK, 3551, "Hermanamiento cultural entre las cérdobas del mundo")));

	/** Cooperation short of an agreement, as a document states it. */
	record Cooperation(String party, String partner, List<String> topics, Cite cite) {
	}

	static final List<Cooperation> COOPERATIONS = List.of(
			new Cooperation("MX-19", "org:hias", List.of("topic:migration", "topic:health"),
					new Cite(BOOK, 4530, "Nuevo Ledn ha realizado acciones de cooperacién con organizaciones civiles transnacionales")),
			new Cooperation("MX-19", "org:asylum-access", List.of("topic:migration"),
					new Cite(BOOK, 4533, "Asylum Access para el acceso al procedimiento")));

	/** Topics beyond Table 6's areas that the domain needs; named by the Vínculos editors, not by a source. */
	static final List<List<String>> EDITORIAL_TOPICS = List.of(List.of("topic:water", "Water", "Agua"),
			List.of("topic:mobility", "Mobility", "Movilidad"), List.of("topic:waste", "Waste", "Residuos"),
			List.of("topic:migration", "Migration", "Migración"), List.of("topic:health", "Health", "Salud"));

	/** A state's international affairs office (OFAI), as a case study describes it. */
	record AffairsOffice(String state, String name, Integer founded, Integer staff, String attachedTo, Cite cite) {

		String id() {
			return "office:" + this.state + ":ofai";
		}

	}

	static final List<AffairsOffice> AFFAIRS_OFFICES = List.of(new AffairsOffice("MX-22",
			"Oficina de Asuntos Internacionales del Estado de Querétaro", 1985, 5, "Jefatura de Gabinete",
			new Cite(BOOK, 5684, "Desde 1985, Querétaro cuenta con una Oficina de Asuntos Internacio- nales, hoy conformada por un equipo de cinco profesionales")));

	/** Agencies and associations that the Campeche case study names as partners. */
	static final List<Organization> CASE_STUDY_ORGANIZATIONS = List.of(
			new Organization("org:amexcid", "Mexican Agency for International Development Cooperation (AMEXCID)",
					"Agencia Mexicana de Cooperación Internacional para el Desarrollo (AMEXCID)", List.of("AMEXCID"),
					"cooperation agency", new Cite(BOOK, 4872, "Agencia Mexi- cana de Cooperacién Internacional para el Desarrollo (AMEXCID)")),
			new Organization("org:jica", "Japan International Cooperation Agency (JICA)",
					"Agencia de Cooperación Internacional del Japón (JICA)", List.of("JICA"), "cooperation agency",
					new Cite(BOOK, 4873, "Agencia de Cooperacién Internacional del Japon (JICA)")),
			new Organization("org:giz", "Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ)",
					"Sociedad Alemana de Cooperación Internacional (GIZ)", List.of("GIZ"), "cooperation agency",
					new Cite(BOOK, 4856, "Sociedad Alemana de Cooperacion Internacional (GIZ)")),
			new Organization("org:ohchr", "Office of the United Nations High Commissioner for Human Rights in Mexico (OHCHR)",
					"Oficina del Alto Comisionado de la ONU para los Derechos Humanos en México", List.of("OHCHR", "ONU-DH"),
					"international organization", new Cite(BOOK, 5343, "con la Oficina del Alto Comisionado de la ONU en México")),
			new Organization("org:us-state-department", "United States Department of State", "Departamento de Estado de Estados Unidos",
					List.of("US Department of State"), "foreign government agency",
					new Cite(BOOK, 6006, "agencias internacionales como el Depar- tamento de Estado de Estados Unidos")),
			new Organization("org:idb", "Inter-American Development Bank (IDB)", "Banco Interamericano de Desarrollo (BID)",
					List.of("IDB", "BID"), "international organization", new Cite(BOOK, 6007, "Banco Interamericano de Desarrollo")));

	/** A cooperation project that a document states, with its lead, partner, funder and topics. */
	record Project(String id, String name, String program, String period, String lead, String partnerRegion,
			String partnerCountry, String funder, List<String> topics, Cite cite) {
	}

	static final List<Project> PROJECTS = List.of(
			new Project("project:campeche-eco-barrio", "Metodología Eco-Barrio: regeneración urbana y social del Mirador en el Sector Oriente",
					"Programa de Cooperación Descentralizada México-Francia", "2024-2025", "MX-04", null, "FR", null,
					List.of("topic:urban-development"),
					new Cite(BOOK, 4848, "Implementacion de la metodologia Eco-Barrio para la realizacion de un Proyecto de Regeneracién Urbanay Social")),
			new Project("project:campeche-huila-acuicultura", "Acuicultura e impulso sociocultural hacia el turismo sostenible (Campeche y Huila)",
					"XI Programa de Cooperación Técnica y Científica México-Colombia", "2024-2026", "MX-04", "Huila", "CO", null,
					List.of("topic:tourism"),
					new Cite(BOOK, 4852, "Nuevos Enfoques y Estrategias en materia de Acuicultura e Impulso Socio- cultural hacia el Turismo Sostenible")),
			new Project("project:campeche-datos-genero", "Sistema de Datos de Género para Monitoreo de Violencia de Género en Campeche",
					"Programa Inclusión Social para una Recuperación Sostenible post-COVID (PISOIGUAL)", null, "MX-04", null, null,
					"org:giz", List.of(),
					new Cite(BOOK, 4856, "Sistema de Datos de Género para Monitoreo de Violencia de Género en Campeche")));

	/** Campeche's partners in its 49 internationalization actions. */
	static final List<Cooperation> CASE_STUDY_COOPERATIONS = List.of(
			new Cooperation("MX-04", "org:amexcid", List.of(), new Cite(BOOK, 4871, "los principales socios han sido la Agencia Mexi")),
			new Cooperation("MX-04", "org:jica", List.of("topic:tourism"), new Cite(BOOK, 4873, "Agencia de Cooperacién Internacional del Japon (JICA)")),
			new Cooperation("MX-04", "org:giz", List.of(), new Cite(BOOK, 4873, "Cooperacién Internacional del Japon (JICA) y la Sociedad Alemana")),
			new Cooperation("MX-22", "org:amexcid", List.of(), new Cite(BOOK, 5755, "se trabaja de la mano con aliados estratégicos como la Agencia Mexicana de Cooperacion Internacional")),
			new Cooperation("MX-14", "org:ohchr", List.of("topic:migration"),
					new Cite(BOOK, 5342, "(CEDHJ) esta en constante colaboracion con la Oficina del Alto Comisionado de la ONU en México para desarrollar protocolos de atencién en albergues")),
			new Cooperation("MX-23", "org:us-state-department", List.of("topic:security", "topic:investment-promotion"),
					new Cite(BOOK, 6006, "La APIQROO ha coordinado esfuerzos con agencias internacionales como el Depar- tamento de Estado de Estados Unidos")),
			new Cooperation("MX-23", "org:idb", List.of("topic:security", "topic:investment-promotion"),
					new Cite(BOOK, 6007, "Banco Interamericano de Desarrollo, enfocandose en estrategias conjuntas de seguridad portuaria")));

	/** A sister-city link that a document states. */
	record SisterLink(String city, String partnerName, String partnerCountry, Cite cite) {
	}

	static final List<SisterLink> SISTER_LINKS = List.of(
			new SisterLink("inegi:04011", "San Andrés, Petén", "Guatemala",
					new Cite(BOOK, 4889, "la firma de un hermana- miento entre Candelaria y San Andrés Petén, Guatemala")));

	/** Networks and associations whose members are states, as a document states. */
	static final Network AMAIE = new Network("network:amaie", "Mexican Association of State International Affairs Offices (AMAIE)",
			"Asociación Mexicana de Oficinas de Asuntos Internacionales de los Estados (AMAIE)", List.of("AMAIE"),
			"national association", new Cite(BOOK, 4896, "Asociaciéon Mexicana de Oficinas de Asuntos Internacionales de los Estados (AMAIE)"));

	static final List<Membership> STATE_MEMBERSHIPS = List.of(
			new Membership("MX-22", "network:amaie", 2009, "member; president 2024-2025", null,
					new Cite(BOOK, 5807, "Querétaro es un actor clave en la Asociacion Mexicana de Oficinas de Asuntos Internacionales de los Estados (AMAIE) desde 2009")),
			new Membership("MX-19", "network:amaie", null, "vice-presidency 2024-2025", null,
					new Cite(BOOK, 5809, "acompafado por Nuevo Leén y Campeche en la vicepresidencia")));

	static final Membership CAMPECHE_IN_AMAIE = new Membership("MX-04", "network:amaie", 2015, "member; Coordinador General Adjunto",
			null, new Cite(BOOK, 4895, "desde el 2015 el gobierno estatal es parte de la Asociaciéon Mexicana"));

	/** An international action of a state toward a foreign place: a mission, a fair, a meeting, a visit received. */
	record Action(String state, String kind, String event, Integer year, String placeName, String country, Cite cite) {
	}

	/** The case studies' missions, fairs and diplomatic meetings; {@code placeName} null means the country itself. */
	static final List<Action> ACTIONS = List.of(
			new Action("MX-05", "economic tour", null, null, null, "United States",
					new Cite(BOOK, 5035, "Se concretaron giras econémicas por Asia, Estados Unidos, Italia y Ale- mania")),
			new Action("MX-05", "economic tour", null, null, null, "Italy",
					new Cite(BOOK, 5035, "Se concretaron giras econémicas por Asia, Estados Unidos, Italia y Ale- mania")),
			new Action("MX-05", "economic tour", null, null, null, "Germany",
					new Cite(BOOK, 5035, "Se concretaron giras econémicas por Asia, Estados Unidos, Italia y Ale- mania")),
			new Action("MX-05", "fair", "Exposición Internacional Automotriz de Beijing", 2024, "Beijing", "China",
					new Cite(BOOK, 5038, "Participamos en la Exposicion Internacional Automotriz de Beijing 2024")),
			new Action("MX-05", "economic promotion tour", null, 2024, "Austin, Texas", "United States",
					new Cite(BOOK, 5040, "ciudades de Austin, San Antonio, Houston, Dallas y Fort Worth (Texas)")),
			new Action("MX-05", "economic promotion tour", null, 2024, "San Antonio, Texas", "United States",
					new Cite(BOOK, 5040, "ciudades de Austin, San Antonio, Houston, Dallas y Fort Worth (Texas)")),
			new Action("MX-05", "economic promotion tour", null, 2024, "Houston, Texas", "United States",
					new Cite(BOOK, 5040, "ciudades de Austin, San Antonio, Houston, Dallas y Fort Worth (Texas)")),
			new Action("MX-05", "economic promotion tour", null, 2024, "Dallas, Texas", "United States",
					new Cite(BOOK, 5040, "ciudades de Austin, San Antonio, Houston, Dallas y Fort Worth (Texas)")),
			new Action("MX-05", "economic promotion tour", null, 2024, "Fort Worth, Texas", "United States",
					new Cite(BOOK, 5040, "ciudades de Austin, San Antonio, Houston, Dallas y Fort Worth (Texas)")),
			new Action("MX-05", "guest state", "Navidad en El Vaticano", null, null, "Vatican City",
					new Cite(BOOK, 5042, "Participamos como Estado invitado en la “Navidad en El Vaticano”")),
			new Action("MX-05", "fair", "Hannover Messe", 2025, "Hannover", "Germany",
					new Cite(BOOK, 5046, "tuvimos participacion en la Hannover Messe 2025")),
			new Action("MX-05", "diplomatic visit received", "Visit of the Ambassador of France and a French delegation", null, null,
					"France", new Cite(BOOK, 5050, "la visita de la Embajadora de Francia y posteriormente de una delegacién francesa")),
			new Action("MX-05", "diplomatic visit received", "Visit of the Ambassador of Spain with a business mission", null, null,
					"Spain", new Cite(BOOK, 5055, "la presencia del Embajador de Espafa y su comitiva, con una mi- sion empresarial")),
			new Action("MX-14", "industrial cluster partnership", null, null, null, "South Korea",
					new Cite(BOOK, 5386, "planes de desarrollo de clas- teres industriales con socios de Corea del Sur y Japén")),
			new Action("MX-14", "industrial cluster partnership", null, null, null, "Japan",
					new Cite(BOOK, 5386, "planes de desarrollo de clas- teres industriales con socios de Corea del Sur y Japén")),
			new Action("MX-14", "fair", "ITB Berlin", null, "Berlin", "Germany",
					new Cite(BOOK, 5441, "la participacién del estado en ferias como ITB Berlin y FITUR Madrid")),
			new Action("MX-14", "fair", "FITUR Madrid", null, "Madrid", "Spain",
					new Cite(BOOK, 5441, "la participacién del estado en ferias como ITB Berlin y FITUR Madrid")),
			new Action("MX-23", "fair", "Foodex Japan", 2025, null, "Japan",
					new Cite(BOOK, 5936, "presencia en eventos como la Feria Foodex Japén 2025")),
			new Action("MX-23", "diplomatic meetings", "10 meetings on education, economy and trade, tourism, environment, mobility, drug prevention, security and justice",
					null, null, "United States", new Cite(BOOK, 5955, "Estados Unidos encabeza la lista con 10 reuniones")),
			new Action("MX-23", "diplomatic meetings", "4 meetings on tourism, economic development and infrastructure, international cooperation and education",
					null, null, "China", new Cite(BOOK, 5957, "Seguido por China con 4 reuniones")));

	/** National figures that the articles give. */
	record NationalFigure(String id, String indicator, String breakdown, Integer year, long value, String unit, String note,
			String source, Cite cite) {
	}

	static final List<NationalFigure> NATIONAL_FIGURES = List.of(
			new NationalFigure("state-international-offices:interalcaldes:MX:2010", "state_international_affairs_offices", "total",
					2010, 10, "count", null, "article-interalcaldes",
					new Cite(INTERALCALDES_ARTICLE, 77, "has grown from 10 in 2010 to 25 today")),
			new NationalFigure("state-international-offices:interalcaldes:MX:today", "state_international_affairs_offices", "total",
					null, 25, "count", "\"today\" at the article's publication (dated January 19, year not given)",
					"article-interalcaldes", new Cite(INTERALCALDES_ARTICLE, 77, "has grown from 10 in 2010 to 25 today")),
			new NationalFigure("state-international-offices:sre2025:MX:2012", "state_international_affairs_offices", "total",
					2012, 17, "count", null, "sre-2025-book", new Cite(BOOK, 2228, "en 2012 eran 17")),
			new NationalFigure("cooperation-projects:amexcid:MX", "local_cooperation_projects", "total", null, 150, "count",
					"more than 150, according to official records cited by the article", "article-decentralized-cooperation",
					new Cite(COOPERATION_ARTICLE, 43, "there are currently more than 150 local-level cooperation projects")),
			new NationalFigure("cooperation-institutions:amexcid:MX", "local_cooperation_institutions", "total", null, 700, "count",
					"more than 700 national and international institutions involved", "article-decentralized-cooperation",
					new Cite(COOPERATION_ARTICLE, 43, "involving over 700 national and international institutions")),
			new NationalFigure("cooperation-projects-share:amexcid:MX:technical", "local_cooperation_projects_share",
					"modality:technical", null, 78, "percent", "approximately", "article-decentralized-cooperation",
					new Cite(COOPERATION_ARTICLE, 43, "Approximately 78% of these projects are technical cooperation initiatives")),
			new NationalFigure("cooperation-projects-share:amexcid:MX:mx-us", "local_cooperation_projects_share",
					"relationship:Mexico-United States", null, 35, "percent", "nearly", "article-decentralized-cooperation",
					new Cite(COOPERATION_ARTICLE, 43, "nearly 35% focus on the Mexico–United States relationship")));

	/** Bodies that the book describes: an intermunicipal body, its French partner, and CONAGO's commission. */
	static final List<Organization> BODIES = List.of(
			new Organization("org:simar-sureste", "SIMAR Sureste (Intermunicipal Waste Management System)",
					"Sistema Intermunicipal de Manejo de Residuos (SIMAR) Sureste", List.of("SIMAR Sureste", "SIMAR"),
					"intermunicipal body", new Cite(BOOK, 655, "En el Sistema Intermunicipal de Manejo de Residuos (SIMAR), Sureste")),
			new Organization("org:ccpl", "Communauté de Communes du Pays de Lourdes (CCPL), France",
					"Communauté de Communes du Pays de Lourdes (CCPL), Francia", List.of("CCPL"), "intermunicipal body",
					new Cite(BOOK, 664, "Communauté de Communes du Pays de Lourdes (CCPL), Francia")),
			new Organization("org:conago-international-affairs", "CONAGO Commission of International Affairs",
					"Comisión de Asuntos Internacionales de la Conferencia Nacional de Gobernadores (CONAGO)",
					List.of("CONAGO", "Comisión de Asuntos Internacionales"), "national association",
					new Cite(BOOK, 2243, "Conferencia Nacional de Gobernadores -CONAGO-, la Comision de Asuntos Internacionales")));

	static final List<Cooperation> BODY_COOPERATIONS = List.of(new Cooperation("org:simar-sureste", "org:ccpl",
			List.of("topic:waste"), new Cite(BOOK, 662, "desde 2015, mediante el intercambio de experiencias en recolecciony tratamiento de los residuos")));

	/** AMAIE's founders: the offices of six states that created it on 2 April 2009. */
	static final List<Membership> AMAIE_FOUNDERS = List.of("MX-07", "MX-05", "MX-09", "MX-15", "MX-13", "MX-14").stream()
		.map(state -> new Membership(state, "network:amaie", 2009, "founder", null,
				new Cite(BOOK, 2193, "de 6 entidades federativas -Chiapas, Coahuila, Distrito Federal, Estado de México, Hidalgo y Jalisco- decidieron unirse")))
		.toList();

	/** A foreign region that a network or association works with, named in English as GeoNames names it. */
	record RegionalPartner(String party, String country, String region, Cite cite) {
	}

	static final List<RegionalPartner> REGIONAL_PARTNERS = List.of(
			new RegionalPartner("network:amaie", "CA", "Quebec", new Cite(BOOK, 2231, "con gobiernos regionales como Québec, Catalufa, Euzkadi")),
			new RegionalPartner("network:amaie", "ES", "Catalonia", new Cite(BOOK, 2231, "con gobiernos regionales como Québec, Catalufa, Euzkadi")),
			new RegionalPartner("network:amaie", "ES", "Basque Country", new Cite(BOOK, 2231, "con gobiernos regionales como Québec, Catalufa, Euzkadi")));

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
