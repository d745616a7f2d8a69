// The page's words in Spanish and English; keys are used by data-i18n attributes and by explorer.js.
export const WORDS = {
  es: {
    searchLabel: 'Buscar un lugar', searchPlaceholder: 'Ciudad, estado, red… (p. ej. Monterrey)', language: 'Idioma',
    graphiql: 'Consultas GraphQL', drawingTitle: 'Vínculos del lugar', details: 'Detalle', mirrors: 'Ciudades espejo',
    partners: 'Socios sugeridos', hint: 'Escriba el nombre de una ciudad, un estado o una red.',
    loading: 'Cargando…', drawn: '{nodes} nodos y {edges} vínculos. Doble clic en un nodo para ampliarlo.',
    truncated: ' (recortado)', noResults: 'Sin resultados', score: 'puntuación', share: 'parte',
    evidence: 'evidencia', highlighted: '{count} nodos resaltados', id: 'Identificador', type: 'Tipo',
    sources: 'Fuentes', none: 'Nada que mostrar.', error: 'Error: {message}',
    CITY: 'Ciudad', REGION: 'Estado o región', COUNTRY: 'País', NETWORK: 'Red', ORGANIZATION: 'Organización',
    AGREEMENT: 'Acuerdo', PROJECT: 'Proyecto', OFFICE: 'Oficina', DIASPORA: 'Diáspora', TOPIC: 'Tema', OTHER: 'Otro',
    SISTER_CITY: 'Ciudad hermana', MEMBER_OF: 'Miembro de', PARTY: 'Parte de un acuerdo',
    COOPERATES_WITH: 'Cooperación', IN_REGION: 'En la región', IN_COUNTRY: 'En el país', OTHER_RELATION: 'Otra relación',
    PARTNER_OF_PARTNER: 'Socio de sus socios', REGIONAL_PEER: 'Socio de vecinos', SHARED_NETWORK: 'Redes en común',
    DIASPORA: 'Diáspora', MIRROR: 'Perfil parecido', TRACK_RECORD: 'Experiencia', COUNTRY_PREFERENCE: 'Preferencia por el país',
    SIZE: 'Tamaño', PROXIMITY: 'Distancia', SAME_NAME: 'Mismo nombre', GEOGRAPHY: 'Geografía', PROMINENCE: 'Relevancia',
    export: 'Exportar', exportPng: 'Imagen PNG', exportCyjs: 'Cytoscape.js JSON', exportGraphml: 'GraphML', exportGexf: 'GEXF',
    filterHint: 'Pulse una relación de la leyenda para ocultarla o mostrarla.',
    charts: 'Cifras', groupBy: 'Acuerdos por', bySTATE: 'estado', byPRESIDENTIAL_TERM: 'sexenio',
    byCOUNTERPART_TYPE: 'tipo de contraparte', byWORLD_REGION: 'región del mundo', byAREA: 'área',
    total: '{count} acuerdos en total', group: 'Grupo', count: 'Acuerdos',
    indexTitle: 'Índice de ciudades espejo', city: 'Ciudad', population: 'Población', mirror: 'Primer espejo',
    mirrorScore: 'Puntuación', indexCount: '{shown} de {total} municipios', more: 'Cargar 100 más',
    depth: 'Distancia', depth1: '1 paso', depth2: '2 pasos', years: 'Años (firma, ingreso, fundación)', yearFrom: 'desde',
    yearTo: 'hasta', undated: 'con lo que no tiene fecha', onlyCities: 'Elija una ciudad para ver esto.',
    dimension_size: 'tamaño', dimension_economy: 'economía', dimension_geography: 'geografía',
    dimension_challenges: 'retos', dimension_international: 'vida internacional',
    profile: 'Perfil', print: 'Imprimir el perfil', profileOf: 'Perfil internacional de {name}', generated: 'Vínculos, {date}',
    profileSize: 'Tamaño', profileEconomy: 'Economía', profileGeography: 'Geografía y clima', profileNetworks: 'Redes',
    profileOffices: 'Oficinas de estados mexicanos', profileDiaspora: 'Diáspora (las 10 mayores)',
    profilePartners: 'Ciudades hermanas por país', profileAgreements: 'Acuerdos', profileSources: 'Fuentes',
    noneKnown: 'Ninguno según las fuentes.', population_CENSUS: 'Población (censo del municipio)',
    population_PLACE: 'Población (GeoNames)', population_CITY_PROPER: 'Población de la ciudad',
    population_AGGLOMERATION: 'Población de la aglomeración', population_REPORTED: 'Población reportada',
    standing: 'Rango', worldCity: 'ciudad mundial', megacity: 'megaciudad',
    gdp_CITY: 'PIB por persona (PPA) de la ciudad', gdp_STATE: 'PIB por persona (PPA) del estado',
    gdp_COUNTRY: 'PIB por persona (PPA) del país', climate: 'Clima (Köppen–Geiger)', coast: 'Costa', coastal: 'costera',
    inland: 'interior', seaport: 'Puerto', airport: 'Aeropuerto', sinceYear: 'desde {year}',
    observedYear: 'en la lista de {year}', foundedYear: 'fundada en {year}', scope_REGION: 'cifra del estado',
    scope_COUNTRY: 'cifra del país', scope_CITY: 'cifra de la ciudad'
  },
  en: {
    searchLabel: 'Search a place', searchPlaceholder: 'City, state, network… (e.g. Monterrey)', language: 'Language',
    graphiql: 'GraphQL queries', drawingTitle: "The place's ties", details: 'Details', mirrors: 'Mirror cities',
    partners: 'Suggested partners', hint: 'Type the name of a city, a state or a network.',
    loading: 'Loading…', drawn: '{nodes} nodes and {edges} ties. Double-click a node to expand it.',
    truncated: ' (truncated)', noResults: 'No results', score: 'score', share: 'share',
    evidence: 'evidence', highlighted: '{count} nodes highlighted', id: 'Id', type: 'Type',
    sources: 'Sources', none: 'Nothing to show.', error: 'Error: {message}',
    CITY: 'City', REGION: 'State or region', COUNTRY: 'Country', NETWORK: 'Network', ORGANIZATION: 'Organisation',
    AGREEMENT: 'Agreement', PROJECT: 'Project', OFFICE: 'Office', DIASPORA: 'Diaspora', TOPIC: 'Topic', OTHER: 'Other',
    SISTER_CITY: 'Sister city', MEMBER_OF: 'Member of', PARTY: 'Party to an agreement',
    COOPERATES_WITH: 'Cooperation', IN_REGION: 'In the region', IN_COUNTRY: 'In the country', OTHER_RELATION: 'Other tie',
    PARTNER_OF_PARTNER: 'Partner of its partners', REGIONAL_PEER: "Neighbours' partner", SHARED_NETWORK: 'Shared networks',
    DIASPORA: 'Diaspora', MIRROR: 'Similar profile', TRACK_RECORD: 'Track record', COUNTRY_PREFERENCE: 'Country preference',
    SIZE: 'Size', PROXIMITY: 'Distance', SAME_NAME: 'Same name', GEOGRAPHY: 'Geography', PROMINENCE: 'Prominence',
    export: 'Export', exportPng: 'PNG image', exportCyjs: 'Cytoscape.js JSON', exportGraphml: 'GraphML', exportGexf: 'GEXF',
    filterHint: 'Click a relation in the legend to hide or show it.',
    charts: 'Figures', groupBy: 'Agreements by', bySTATE: 'state', byPRESIDENTIAL_TERM: 'presidential term',
    byCOUNTERPART_TYPE: 'counterpart type', byWORLD_REGION: 'world region', byAREA: 'area',
    total: '{count} agreements in all', group: 'Group', count: 'Agreements',
    indexTitle: 'Mirror Cities Index', city: 'City', population: 'Population', mirror: 'First mirror',
    mirrorScore: 'Score', indexCount: '{shown} of {total} municipalities', more: 'Load 100 more',
    depth: 'Reach', depth1: '1 step', depth2: '2 steps', years: 'Years (signed, joined, founded)', yearFrom: 'from',
    yearTo: 'to', undated: 'with what has no date', onlyCities: 'Choose a city to see this.',
    dimension_size: 'size', dimension_economy: 'economy', dimension_geography: 'geography',
    dimension_challenges: 'challenges', dimension_international: 'international life',
    profile: 'Profile', print: 'Print the profile', profileOf: 'International profile of {name}', generated: 'Vínculos, {date}',
    profileSize: 'Size', profileEconomy: 'Economy', profileGeography: 'Geography and climate', profileNetworks: 'Networks',
    profileOffices: 'Offices of Mexican states', profileDiaspora: 'Diaspora (the 10 largest)',
    profilePartners: 'Sister cities by country', profileAgreements: 'Agreements', profileSources: 'Sources',
    noneKnown: 'None, as far as the sources say.', population_CENSUS: 'Population (municipal census)',
    population_PLACE: 'Population (GeoNames)', population_CITY_PROPER: 'Population of the city proper',
    population_AGGLOMERATION: 'Population of the agglomeration', population_REPORTED: 'Reported population',
    standing: 'Standing', worldCity: 'world city', megacity: 'megacity',
    gdp_CITY: "The city's GDP per person (PPP)", gdp_STATE: "The state's GDP per person (PPP)",
    gdp_COUNTRY: "The country's GDP per person (PPP)", climate: 'Climate (Köppen–Geiger)', coast: 'Coast', coastal: 'coastal',
    inland: 'inland', seaport: 'Seaport', airport: 'Airport', sinceYear: 'since {year}',
    observedYear: 'on the {year} list', foundedYear: 'founded {year}', scope_REGION: "the state's figure",
    scope_COUNTRY: "the country's figure", scope_CITY: "the city's figure"
  }
};

/** The language to start in: the one chosen before, else the browser's, else Spanish. */
export function initialLanguage() {
  const chosen = localStorage.getItem('vinculos.language');
  if (chosen && WORDS[chosen]) {
    return chosen;
  }
  return (navigator.language || 'es').toLowerCase().startsWith('en') ? 'en' : 'es';
}

/** The word for the key in the language, with {placeholders} filled in. */
export function word(language, key, values = {}) {
  const text = WORDS[language][key] ?? WORDS.en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => String(values[name] ?? ''));
}
