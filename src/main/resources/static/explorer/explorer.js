// The explorer: search a place, draw its neighbourhood with Cytoscape.js, read its details, mirror cities and
// suggested partners. Everything comes from this server's GraphQL endpoint; no request leaves for another host.
import { initialLanguage, word, WORDS } from '/explorer/i18n.js';

const TYPE_COLOURS = {
  CITY: '#1f77b4', REGION: '#2ca02c', COUNTRY: '#9467bd', NETWORK: '#ff7f0e', ORGANIZATION: '#8c564b',
  AGREEMENT: '#d62728', PROJECT: '#e377c2', OFFICE: '#17becf', DIASPORA: '#bcbd22', TOPIC: '#7f7f7f', OTHER: '#aaaaaa'
};
const RELATION_STYLES = {
  SISTER_CITY: 'solid', MEMBER_OF: 'dashed', PARTY: 'dotted', COOPERATES_WITH: 'solid', IN_REGION: 'dotted',
  IN_COUNTRY: 'dotted', OTHER_RELATION: 'dashed'
};
const RELATION_COLOURS = {
  SISTER_CITY: '#1f77b4', MEMBER_OF: '#ff7f0e', PARTY: '#d62728', COOPERATES_WITH: '#2ca02c', IN_REGION: '#999999',
  IN_COUNTRY: '#bbbbbb', OTHER_RELATION: '#cccccc'
};

// The relations and entities that happen at a date (a year signed, joined, founded or observed); the year filter
// leaves the others (a city in its state, in its country) alone.
const TIMED_RELATIONS = new Set(['SISTER_CITY', 'MEMBER_OF', 'PARTY', 'COOPERATES_WITH', 'ENGAGES_WITH', 'OFFICE_OF']);
const TIMED_TYPES = new Set(['AGREEMENT', 'PROJECT', 'OFFICE']);

const state = { language: initialLanguage(), centre: null, suggestions: [], active: -1, hidden: new Set(), lastDraw: null,
  generation: 0 };

async function graphql(query, variables) {
  const response = await fetch('/graphql', {
    method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ query, variables })
  });
  const body = await response.json();
  if (body.errors && body.errors.length) {
    throw new Error(body.errors.map(e => e.message).join('; '));
  }
  return body.data;
}

const cy = cytoscape({
  container: document.getElementById('cy'),
  wheelSensitivity: 0.3,
  style: [
    { selector: 'node', style: {
      'background-color': n => TYPE_COLOURS[n.data('type')] || TYPE_COLOURS.OTHER, label: 'data(label)',
      'font-size': 9, 'text-valign': 'bottom', 'text-margin-y': 2, width: 14, height: 14,
      'text-background-color': '#fff', 'text-background-opacity': 0.7, 'min-zoomed-font-size': 6 } },
    { selector: 'node.centre', style: { width: 26, height: 26, 'font-size': 12, 'font-weight': 'bold' } },
    { selector: 'edge', style: {
      width: 1.2, 'curve-style': 'haystack', 'line-style': e => RELATION_STYLES[relation(e.data('type'))],
      'line-color': e => RELATION_COLOURS[relation(e.data('type'))], opacity: 0.8 } },
    { selector: '.evidence', style: { 'border-width': 4, 'border-color': '#d9a400', width: 22, height: 22 } },
    { selector: ':selected', style: { 'border-width': 3, 'border-color': '#000' } }
  ]
});
window.explorer = { cy, state };

function relation(type) {
  return RELATION_STYLES[type] ? type : 'OTHER_RELATION';
}

function t(key, values) {
  return word(state.language, key, values);
}

function translate() {
  document.documentElement.lang = state.language;
  document.querySelectorAll('[data-i18n]').forEach(element => { element.textContent = t(element.dataset.i18n); });
  document.querySelectorAll('[data-i18n-placeholder]').forEach(element => {
    element.placeholder = t(element.dataset.i18nPlaceholder);
  });
  document.getElementById('language').value = state.language;
  drawLegend();
}

function drawLegend() {
  const legend = document.getElementById('legend');
  legend.replaceChildren();
  for (const [type, colour] of Object.entries(TYPE_COLOURS)) {
    const item = document.createElement('li');
    item.innerHTML = `<span class="swatch" style="background:${colour}"></span>`;
    item.append(t(type));
    legend.append(item);
  }
  for (const [type, style] of Object.entries(RELATION_STYLES)) {
    const item = document.createElement('li');
    const toggle = document.createElement('button');
    toggle.type = 'button';
    toggle.dataset.relation = type;
    toggle.setAttribute('aria-pressed', String(!state.hidden.has(type)));
    toggle.innerHTML = `<span class="line" style="border-top-style:${style};border-top-color:${RELATION_COLOURS[type]}"></span>`;
    toggle.append(t(type));
    toggle.addEventListener('click', () => {
      state.hidden.has(type) ? state.hidden.delete(type) : state.hidden.add(type);
      toggle.setAttribute('aria-pressed', String(!state.hidden.has(type)));
      applyFilters();
    });
    item.append(toggle);
    legend.append(item);
  }
}

function status(text) {
  const element = document.getElementById('status');
  // Once something is said, the hint is no longer what a change of language should put back.
  delete element.dataset.i18n;
  element.textContent = text;
}

// Search as one types, with a listbox operable from the keyboard.
const input = document.getElementById('search');
const list = document.getElementById('suggestions');
let pending = 0;
input.addEventListener('input', async () => {
  const text = input.value.trim();
  const asked = ++pending;
  if (text.length < 2) {
    showSuggestions([]);
    return;
  }
  try {
    const data = await graphql('query Search($text: String!) { search(text: $text, first: 8) { id type name country } }',
      { text });
    if (asked === pending) {
      showSuggestions(data.search);
    }
  } catch (error) {
    status(t('error', { message: error.message }));
  }
});
input.addEventListener('keydown', event => {
  if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    event.preventDefault();
    const step = event.key === 'ArrowDown' ? 1 : -1;
    state.active = (state.active + step + state.suggestions.length) % Math.max(1, state.suggestions.length);
    markActive();
  } else if (event.key === 'Enter' && state.suggestions.length) {
    event.preventDefault();
    choose(state.suggestions[Math.max(0, state.active)]);
  } else if (event.key === 'Escape') {
    showSuggestions([]);
  }
});

function showSuggestions(hits) {
  state.suggestions = hits;
  state.active = hits.length ? 0 : -1;
  list.replaceChildren();
  hits.forEach((hit, i) => {
    const item = document.createElement('li');
    item.id = `suggestion-${i}`;
    item.setAttribute('role', 'option');
    item.dataset.id = hit.id;
    item.textContent = hit.name + ' ';
    const detail = document.createElement('small');
    detail.textContent = [t(hit.type), hit.country].filter(Boolean).join(' · ');
    item.append(detail);
    item.addEventListener('mousedown', event => { event.preventDefault(); choose(hit); });
    list.append(item);
  });
  list.hidden = hits.length === 0;
  input.setAttribute('aria-expanded', String(hits.length > 0));
  markActive();
}

function markActive() {
  [...list.children].forEach((item, i) => item.setAttribute('aria-selected', String(i === state.active)));
  input.setAttribute('aria-activedescendant', state.active >= 0 ? `suggestion-${state.active}` : '');
}

async function choose(hit) {
  input.value = hit.name;
  showSuggestions([]);
  state.centre = hit;
  await draw();
  showDetails(cy.getElementById(hit.id));
  loadCityPanels();
}

// Draws the chosen place at the depth asked, and notes how long it took from the choice to the drawing on screen.
// A newer drawing supersedes one still loading: each drawing has its generation, and an answer for an older one is
// dropped.
async function draw() {
  const started = performance.now();
  const generation = ++state.generation;
  cy.elements().remove();
  const depth = Number(document.getElementById('depth').value);
  if (await expand(state.centre.id, depth, true, generation)) {
    await new Promise(resolve => requestAnimationFrame(() => resolve()));
    state.lastDraw = { depth, ms: performance.now() - started, nodes: cy.nodes().length, edges: cy.edges().length };
  }
}

function loadCityPanels() {
  if (state.centre && state.centre.type === 'CITY') {
    loadProfile(state.centre.id);
    loadMirrors(state.centre.id);
    loadPartners(state.centre.id);
  } else {
    for (const panel of ['profile', 'mirrors', 'partners']) {
      document.getElementById(panel).replaceChildren(text(t('onlyCities')));
    }
  }
}

// Draws (or adds) the neighbourhood of one node, then lays the drawing out again; false when a newer drawing took over
// meanwhile or the neighbourhood could not be read.
async function expand(id, depth = 1, centre = false, generation = state.generation) {
  status(t('loading'));
  try {
    const data = await graphql(`query Neighbourhood($id: ID!, $depth: Int!) { graph(centerIds: [$id], depth: $depth, limit: 300) {
        nodes { id label type properties } edges { id source target type properties } truncated } }`, { id, depth });
    if (generation !== state.generation) {
      return false;
    }
    const elements = [];
    for (const node of data.graph.nodes) {
      if (cy.getElementById(node.id).empty()) {
        elements.push({ group: 'nodes', data: { id: node.id, label: node.label, type: node.type || 'OTHER', properties: node.properties } });
      }
    }
    for (const edge of data.graph.edges) {
      if (cy.getElementById(edge.id).empty()) {
        elements.push({ group: 'edges', data: { id: edge.id, source: edge.source, target: edge.target, type: edge.type,
          properties: edge.properties } });
      }
    }
    cy.add(elements);
    if (centre) {
      cy.getElementById(id).addClass('centre');
    }
    showYearBounds();
    applyFilters();
    await layOut();
    status(t('drawn', { nodes: cy.nodes().length, edges: cy.edges().length }) + (data.graph.truncated ? t('truncated') : ''));
    return true;
  } catch (error) {
    status(t('error', { message: error.message }));
    return false;
  }
}

// A force-directed layout while it stays fast and legible (fewer rounds beyond 150 nodes, to stay within about a
// second); beyond 600 nodes, rings by distance from the centre.
function layOut() {
  let layout;
  if (cy.nodes().length > 600) {
    const centre = cy.nodes('.centre');
    const hops = new Map();
    if (centre.nonempty()) {
      cy.elements().bfs({ root: centre, visit: (node, edge, previous, i, depth) => { hops.set(node.id(), depth); } });
    }
    layout = { name: 'concentric', concentric: n => 10 - (hops.get(n.id()) ?? 9), levelWidth: () => 1, minNodeSpacing: 6,
      animate: false };
  } else {
    layout = { name: 'cose', animate: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 60,
      numIter: cy.nodes().length > 150 ? 500 : 1000 };
  }
  const running = cy.layout(layout);
  const done = running.promiseOn('layoutstop');
  running.run();
  return done;
}

// The year an element happened: an agreement's signing, a link's or membership's start, an office's founding, or the
// year a member list shows a membership; null when undated.
function year(element) {
  const properties = element.data('properties') || {};
  const value = properties.since ?? properties.signed ?? properties.observed ?? properties.founded;
  const parsed = value === undefined || value === null ? NaN : parseInt(String(value).slice(0, 4), 10);
  return Number.isFinite(parsed) ? parsed : null;
}

function timed(element) {
  return element.isEdge() ? TIMED_RELATIONS.has(element.data('type')) : TIMED_TYPES.has(element.data('type'));
}

// Offers the years the drawing holds as the year filter's bounds.
function showYearBounds() {
  const years = cy.elements().filter(timed).map(year).filter(y => y !== null);
  for (const id of ['year-from', 'year-to']) {
    const field = document.getElementById(id);
    field.placeholder = years.length ? String(id === 'year-from' ? Math.min(...years) : Math.max(...years)) : '';
  }
}

function bound(id) {
  const value = document.getElementById(id).value.trim();
  return value === '' ? null : Number(value);
}

// Hides the relations switched off in the legend and what happened outside the years chosen.
function applyFilters() {
  const from = bound('year-from');
  const to = bound('year-to');
  const undated = document.getElementById('undated').checked;
  const shown = element => {
    if (!timed(element)) {
      return true;
    }
    const y = year(element);
    return y === null ? undated : (from === null || y >= from) && (to === null || y <= to);
  };
  cy.batch(() => {
    cy.nodes().forEach(node => { node.style('display', shown(node) ? 'element' : 'none'); });
    cy.edges().forEach(edge => {
      edge.style('display', !state.hidden.has(relation(edge.data('type'))) && shown(edge) ? 'element' : 'none');
    });
  });
}
for (const id of ['year-from', 'year-to', 'undated']) {
  document.getElementById(id).addEventListener('input', applyFilters);
  document.getElementById(id).addEventListener('change', applyFilters);
}
document.getElementById('depth').addEventListener('change', () => { if (state.centre) { draw(); } });

cy.on('tap', 'node', event => showDetails(event.target));
cy.on('dbltap', 'node', event => expand(event.target.id()));

function showDetails(node) {
  const panel = document.getElementById('details');
  panel.replaceChildren();
  if (node.empty()) {
    return;
  }
  selectTab('details');
  const title = document.createElement('h3');
  title.textContent = node.data('label');
  const list = document.createElement('dl');
  const properties = node.data('properties') || {};
  const rows = [[t('id'), node.id()], [t('type'), t(node.data('type'))]];
  for (const [key, value] of Object.entries(properties)) {
    if (value !== null && typeof value !== 'object') {
      rows.push([key, String(value)]);
    } else if (Array.isArray(value)) {
      rows.push([key, value.join(', ')]);
    }
  }
  for (const [key, value] of rows) {
    const dt = document.createElement('dt');
    dt.textContent = key;
    const dd = document.createElement('dd');
    dd.textContent = value;
    list.append(dt, dd);
  }
  panel.append(title, list);
}

// Fills a side panel with one item per result: a title naming the city and its score, then lines from `lines`.
async function loadPanel(panelId, query, field, className, digits, lines) {
  const panel = document.getElementById(panelId);
  panel.replaceChildren(text(t('loading')));
  try {
    const results = (await graphql(query.query, query.variables))[field];
    panel.replaceChildren();
    for (const result of results) {
      const item = document.createElement('div');
      item.className = `item ${className}`;
      const title = document.createElement('h3');
      title.textContent = `${result.city.name} (${result.city.country.id}) · ${t('score')} ${result.score.toFixed(digits)}`;
      item.append(title, ...lines(result));
      panel.append(item);
    }
    if (!results.length) {
      panel.append(text(t('noResults')));
    }
  } catch (error) {
    panel.replaceChildren(text(t('error', { message: error.message })));
  }
}

function loadMirrors(id) {
  return loadPanel('mirrors', { query: `query Mirrors($id: ID!, $language: Language) { mirrorCities(cityId: $id, limit: 10) {
      city { id name country { id } } score dimensions { name score detail(language: $language) } } }`,
  variables: { id, language: state.language.toUpperCase() } },
  'mirrorCities', 'mirror', 3, match => match.dimensions.map(dimension => {
    const line = document.createElement('div');
    line.textContent = `${t(`dimension_${dimension.name}`)} ${dimension.score === null ? 'n/a' : dimension.score.toFixed(2)}: ${dimension.detail}`;
    return line;
  }));
}

function loadPartners(id) {
  return loadPanel('partners', { query: `query Partners($id: ID!, $language: Language) { partnerSuggestions(cityId: $id, limit: 10) {
      city { id name country { id } } score reasons { kind weight share detail(language: $language) evidence } } }`,
  variables: { id, language: state.language.toUpperCase() } },
  'partnerSuggestions', 'partner', 2, suggestion => suggestion.reasons.map(reason => {
    const button = document.createElement('button');
    button.className = 'reason' + (reason.weight < 0 ? ' negative' : '');
    button.setAttribute('aria-pressed', 'false');
    button.dataset.kind = reason.kind;
    const share = reason.share === null ? '' : ` · ${t('share')} ${(100 * reason.share).toFixed(0)}%`;
    button.textContent = `${t(reason.kind)}${share}: ${reason.detail}`;
    button.addEventListener('click', () => highlight(button, [suggestion.city.id, ...reason.evidence]));
    return button;
  }));
}

// Marks a reason's evidence in the drawing: the nodes it names that are drawn.
function highlight(button, ids) {
  document.querySelectorAll('.reason[aria-pressed="true"]').forEach(other => other.setAttribute('aria-pressed', 'false'));
  cy.elements().removeClass('evidence');
  const nodes = cy.collection(ids.map(id => cy.getElementById(id)).filter(n => n.nonempty()));
  nodes.addClass('evidence');
  button.setAttribute('aria-pressed', 'true');
  status(t('highlighted', { count: nodes.length }));
}

// The city's international profile: size, economy, geography, networks, offices, diaspora, partners by country and
// agreements, each fact with its source; printable on its own.
const PROFILE = `query Profile($id: ID!) { city(id: $id) { id name kind country { id name nameEs } region { name }
  population { value year kind source } agglomeration { value source } cityProper { value source }
  gdpPerCapitaPpp { value year unit scope source } countryGdpPerCapitaPpp { value year unit source }
  climate { code name nameEs source } coastal { coastal basis sources } seaport { name km source }
  airport { name iataCode km source } worldCity megacity
  networks { networkName since observed role category source }
  offices { name kind stateName founded source }
  diasporas { direction scope diaspora { name nameEs stock stockYear source } }
  sisterCities { city { name country { id name nameEs } } since source }
  agreements { title kind role source }
  sources } }`;

async function loadProfile(id) {
  const panel = document.getElementById('profile');
  panel.replaceChildren(text(t('loading')));
  try {
    const city = (await graphql(PROFILE, { id })).city;
    panel.replaceChildren(...(city ? profile(city) : [text(t('noResults'))]));
  } catch (error) {
    panel.replaceChildren(text(t('error', { message: error.message })));
  }
}

function profile(city) {
  const number = value => value.toLocaleString(state.language, { maximumFractionDigits: 0 });
  const countryName = country => (state.language === 'es' && country.nameEs) || country.name;
  const print = document.createElement('button');
  print.type = 'button';
  print.id = 'print-profile';
  print.className = 'print';
  print.textContent = t('print');
  print.addEventListener('click', () => window.print());
  const title = document.createElement('h2');
  title.textContent = t('profileOf', { name: city.name });
  const where = text([city.region && city.region.name, countryName(city.country)].filter(Boolean).join(', ')
    + ` · ${t('generated', { date: new Date().toLocaleDateString(state.language) })}`);
  const partnersByCountry = new Map();
  for (const link of city.sisterCities) {
    const name = countryName(link.city.country);
    partnersByCountry.set(name, [...(partnersByCountry.get(name) || []), link]);
  }
  const diasporas = [...city.diasporas].sort((a, b) => (b.diaspora.stock || 0) - (a.diaspora.stock || 0)).slice(0, 10);
  return [print, title, where,
    section('profileSize', [
      city.population && [t(`population_${city.population.kind}`), number(city.population.value)
        + (city.population.year ? ` (${city.population.year})` : ''), city.population.source],
      city.cityProper && [t('population_CITY_PROPER'), number(city.cityProper.value), city.cityProper.source],
      city.agglomeration && [t('population_AGGLOMERATION'), number(city.agglomeration.value), city.agglomeration.source],
      (city.worldCity || city.megacity) && [t('standing'), [city.worldCity && t('worldCity'), city.megacity && t('megacity')]
        .filter(Boolean).join(', '), 'naturalearth-places']
    ]),
    section('profileEconomy', [
      city.gdpPerCapitaPpp && [t(`gdp_${city.gdpPerCapitaPpp.scope}`), `${number(city.gdpPerCapitaPpp.value)} ${city.gdpPerCapitaPpp.unit || ''}`
        + ` (${city.gdpPerCapitaPpp.year})`, city.gdpPerCapitaPpp.source],
      city.countryGdpPerCapitaPpp && [t('gdp_COUNTRY'), `${number(city.countryGdpPerCapitaPpp.value)} ${city.countryGdpPerCapitaPpp.unit || ''}`
        + ` (${city.countryGdpPerCapitaPpp.year})`, city.countryGdpPerCapitaPpp.source]
    ]),
    section('profileGeography', [
      city.climate && [t('climate'), `${city.climate.code}: ${(state.language === 'es' && city.climate.nameEs) || city.climate.name}`,
        city.climate.source],
      city.coastal && [t('coast'), t(city.coastal.coastal ? 'coastal' : 'inland'), city.coastal.sources.join(', ')],
      city.seaport && [t('seaport'), `${city.seaport.name} (${number(city.seaport.km)} km)`, city.seaport.source],
      city.airport && [t('airport'), `${city.airport.name}${city.airport.iataCode ? ` (${city.airport.iataCode})` : ''}, `
        + `${number(city.airport.km)} km`, city.airport.source]
    ]),
    section('profileNetworks', city.networks.map(m => [m.networkName, [m.role, m.category,
      m.since ? t('sinceYear', { year: m.since }) : m.observed ? t('observedYear', { year: m.observed }) : null]
      .filter(Boolean).join(', '), m.source])),
    section('profileOffices', city.offices.map(o => [o.name, [o.kind, o.stateName, o.founded && t('foundedYear', { year: o.founded })]
      .filter(Boolean).join(', '), o.source])),
    section('profileDiaspora', diasporas.map(d => [(state.language === 'es' && d.diaspora.nameEs) || d.diaspora.name,
      d.diaspora.stock === null ? '' : `${number(d.diaspora.stock)}${d.diaspora.stockYear ? ` (${d.diaspora.stockYear})` : ''}`
        + (d.scope === 'CITY' ? '' : ` · ${t(`scope_${d.scope}`)}`), d.diaspora.source])),
    section('profilePartners', [...partnersByCountry.entries()].sort((a, b) => b[1].length - a[1].length)
      .map(([country, links]) => [`${country} (${links.length})`, links.map(l => l.city.name + (l.since ? ` ${l.since}` : '')).join(', '),
        [...new Set(links.map(l => l.source))].join(', ')])),
    section('profileAgreements', city.agreements.map(a => [a.title, [a.kind, a.role].filter(Boolean).join(', '), a.source])),
    section('profileSources', [[t('sources'), city.sources.join(', '), '']])
  ];
}

// One part of the profile: a heading, then a row per fact (label, value, source), or a line saying there is none.
function section(key, rows) {
  const part = document.createElement('section');
  part.className = 'profile-part';
  part.dataset.part = key;
  const heading = document.createElement('h3');
  heading.textContent = t(key);
  part.append(heading);
  const facts = rows.filter(Boolean);
  if (!facts.length) {
    part.append(text(t('noneKnown')));
    return part;
  }
  const list = document.createElement('dl');
  for (const [label, value, source] of facts) {
    const dt = document.createElement('dt');
    dt.textContent = label;
    const dd = document.createElement('dd');
    dd.textContent = value;
    if (source) {
      const cite = document.createElement('small');
      cite.className = 'source';
      cite.textContent = ` [${source}]`;
      dd.append(cite);
    }
    list.append(dt, dd);
  }
  part.append(list);
  return part;
}

function text(content) {
  const paragraph = document.createElement('p');
  paragraph.textContent = content;
  return paragraph;
}

// The book's tables, from the data: agreements by state, term, counterpart type, world region or area.
async function loadChart() {
  const groupBy = document.getElementById('group-by').value;
  const table = document.getElementById('chart');
  try {
    const data = await graphql('query Stats($groupBy: AgreementGrouping!) { agreementStats(groupBy: $groupBy) { key label count share } }',
      { groupBy });
    const rows = data.agreementStats;
    const largest = Math.max(1, ...rows.map(r => r.count || 0));
    const total = rows.reduce((sum, r) => sum + (r.count || 0), 0);
    document.getElementById('chart-total').textContent = t('total', { count: total.toLocaleString(state.language) });
    table.replaceChildren();
    const head = table.createTHead().insertRow();
    for (const key of ['group', 'count']) {
      const th = document.createElement('th');
      th.textContent = t(key);
      head.append(th);
    }
    head.append(document.createElement('th'));
    const body = table.createTBody();
    for (const row of rows) {
      const tr = body.insertRow();
      tr.dataset.key = row.key;
      tr.insertCell().textContent = row.label;
      tr.insertCell().textContent = row.count === null ? '' : row.count.toLocaleString(state.language);
      const bar = document.createElement('div');
      bar.className = 'bar';
      bar.style.width = `${100 * (row.count || 0) / largest}%`;
      tr.insertCell().append(bar);
    }
  } catch (error) {
    table.replaceChildren();
    document.getElementById('chart-total').textContent = t('error', { message: error.message });
  }
}
document.getElementById('group-by').addEventListener('change', loadChart);

// The Mirror Cities Index: the Mexican municipalities over 100,000 people with their first mirror, sortable.
const index = { rows: [], column: 'population', descending: true, after: null, more: false, total: 0 };

// Loads the next hundred cities of the index after those loaded (the first hundred when none is).
async function loadIndex() {
  try {
    const data = await graphql(`query Index($after: String) { mirrorIndex(first: 100, mirrorsPerCity: 1, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } edges { node {
        city { id name population { value } } mirrors { city { name country { id } } score } } } } }`, { after: index.after });
    index.after = data.mirrorIndex.pageInfo.endCursor;
    index.more = data.mirrorIndex.pageInfo.hasNextPage;
    index.total = data.mirrorIndex.totalCount;
    index.rows = index.rows.concat(data.mirrorIndex.edges.map(({ node }) => ({
      city: node.city.name, population: node.city.population ? node.city.population.value : null,
      mirror: node.mirrors.length ? `${node.mirrors[0].city.name} (${node.mirrors[0].city.country.id})` : '',
      mirrorScore: node.mirrors.length ? node.mirrors[0].score : null
    })));
    drawIndex();
  } catch (error) {
    document.getElementById('index').replaceChildren();
  }
}

function drawIndex() {
  const table = document.getElementById('index');
  table.replaceChildren();
  const head = table.createTHead().insertRow();
  for (const column of ['city', 'population', 'mirror', 'mirrorScore']) {
    const th = document.createElement('th');
    th.dataset.column = column;
    th.tabIndex = 0;
    th.textContent = t(column);
    if (column === index.column) {
      th.setAttribute('aria-sort', index.descending ? 'descending' : 'ascending');
    }
    const sort = () => {
      index.descending = column === index.column ? !index.descending : column !== 'city' && column !== 'mirror';
      index.column = column;
      drawIndex();
    };
    th.addEventListener('click', sort);
    th.addEventListener('keydown', event => { if (event.key === 'Enter') { sort(); } });
    head.append(th);
  }
  const sorted = [...index.rows].sort((a, b) => {
    const x = a[index.column];
    const y = b[index.column];
    const order = typeof x === 'string' ? x.localeCompare(y, state.language) : (x ?? -Infinity) - (y ?? -Infinity);
    return index.descending ? -order : order;
  });
  const body = table.createTBody();
  for (const row of sorted) {
    const tr = body.insertRow();
    tr.insertCell().textContent = row.city;
    tr.insertCell().textContent = row.population === null ? '' : row.population.toLocaleString(state.language);
    tr.insertCell().textContent = row.mirror;
    tr.insertCell().textContent = row.mirrorScore === null ? '' : row.mirrorScore.toFixed(3);
  }
  document.getElementById('index-count').textContent = t('indexCount', { shown: index.rows.length, total: index.total });
  document.getElementById('index-more').hidden = !index.more;
}
document.getElementById('index-more').addEventListener('click', loadIndex);

const PANELS = ['details', 'profile', 'mirrors', 'partners', 'charts'];

function selectTab(name) {
  if (name === 'charts' && !document.getElementById('chart').rows.length) {
    loadChart();
    loadIndex();
  }
  for (const panel of PANELS) {
    document.getElementById(panel).hidden = panel !== name;
    document.getElementById(`tab-${panel}`).setAttribute('aria-selected', String(panel === name));
  }
}

for (const panel of PANELS) {
  document.getElementById(`tab-${panel}`).addEventListener('click', () => selectTab(panel));
}

function download(name, blob) {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

function baseName() {
  return state.centre ? state.centre.id.replace(/[^\w-]+/g, '_') : 'vinculos';
}

document.getElementById('export-png').addEventListener('click', () => {
  download(`${baseName()}.png`, cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' }));
});
// The other formats come from the server's exports, of exactly what is drawn and shown: the visible entities and
// relationships, whatever was expanded or filtered.
for (const format of ['cyjs', 'graphml', 'gexf']) {
  document.getElementById(`export-${format}`).addEventListener('click', async () => {
    const nodes = cy.nodes(':visible');
    if (nodes.empty()) {
      return;
    }
    try {
      const response = await fetch('/export', {
        method: 'POST', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ format, ids: nodes.map(n => n.id()), edges: cy.edges(':visible').map(e => e.id()),
          name: state.centre ? state.centre.id : null })
      });
      if (!response.ok) {
        throw new Error((await response.json()).detail || response.statusText);
      }
      download(`${baseName()}.${format}`, await response.blob());
    } catch (error) {
      status(t('error', { message: error.message }));
    }
  });
}

document.getElementById('language').addEventListener('change', event => {
  state.language = WORDS[event.target.value] ? event.target.value : 'es';
  localStorage.setItem('vinculos.language', state.language);
  translate();
// Where GraphiQL is switched off (the production profile), the link to it goes too.
fetch('/graphiql', { method: 'HEAD' }).then(response => { document.getElementById('graphiql').hidden = !response.ok; },
  () => { document.getElementById('graphiql').hidden = true; });
  if (state.centre) {
    loadCityPanels();
  }
  if (document.getElementById('chart').rows.length) {
    loadChart();
    drawIndex();
  }
});

translate();
// Where GraphiQL is switched off (the production profile), the link to it goes too.
fetch('/graphiql', { method: 'HEAD' }).then(response => { document.getElementById('graphiql').hidden = !response.ok; },
  () => { document.getElementById('graphiql').hidden = true; });
