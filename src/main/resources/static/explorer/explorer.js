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

const state = { language: initialLanguage(), centre: null, suggestions: [], active: -1, hidden: new Set() };

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
  cy.elements().remove();
  await expand(hit.id, true);
  showDetails(cy.getElementById(hit.id));
  if (hit.type === 'CITY') {
    loadMirrors(hit.id);
    loadPartners(hit.id);
  } else {
    document.getElementById('mirrors').replaceChildren(text(t('none')));
    document.getElementById('partners').replaceChildren(text(t('none')));
  }
}

// Draws (or adds) the neighbourhood of one node, then lays the drawing out again.
async function expand(id, centre = false) {
  status(t('loading'));
  try {
    const data = await graphql(`query Neighbourhood($id: ID!) { graph(centerIds: [$id], depth: 1, limit: 300) {
        nodes { id label type properties } edges { id source target type properties } truncated } }`, { id });
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
    applyFilters();
    if (centre) {
      cy.getElementById(id).addClass('centre');
    }
    const layout = cy.nodes().length > 200
      ? { name: 'concentric', concentric: n => n.hasClass('centre') ? 2 : 1, levelWidth: () => 1, minNodeSpacing: 8, animate: false }
      : { name: 'cose', animate: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 60 };
    cy.layout(layout).run();
    status(t('drawn', { nodes: cy.nodes().length, edges: cy.edges().length }) + (data.graph.truncated ? t('truncated') : ''));
  } catch (error) {
    status(t('error', { message: error.message }));
  }
}

// Hides the relations switched off in the legend.
function applyFilters() {
  cy.edges().forEach(edge => { edge.style('display', state.hidden.has(relation(edge.data('type'))) ? 'none' : 'element'); });
}

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
  return loadPanel('mirrors', { query: `query Mirrors($id: ID!) { mirrorCities(cityId: $id, limit: 10) {
      city { id name country { id } } score dimensions { name score detail } } }`, variables: { id } },
  'mirrorCities', 'mirror', 3, match => match.dimensions.map(dimension => {
    const line = document.createElement('div');
    line.textContent = `${dimension.name} ${dimension.score === null ? 'n/a' : dimension.score.toFixed(2)}: ${dimension.detail}`;
    return line;
  }));
}

function loadPartners(id) {
  return loadPanel('partners', { query: `query Partners($id: ID!) { partnerSuggestions(cityId: $id, limit: 10) {
      city { id name country { id } } score reasons { kind weight share detail evidence } } }`, variables: { id } },
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
const index = { rows: [], column: 'population', descending: true };

async function loadIndex() {
  try {
    const data = await graphql(`{ mirrorIndex(first: 100, mirrorsPerCity: 1) { edges { node {
        city { id name population { value } } mirrors { city { name country { id } } score } } } } }`);
    index.rows = data.mirrorIndex.edges.map(({ node }) => ({
      city: node.city.name, population: node.city.population ? node.city.population.value : null,
      mirror: node.mirrors.length ? `${node.mirrors[0].city.name} (${node.mirrors[0].city.country.id})` : '',
      mirrorScore: node.mirrors.length ? node.mirrors[0].score : null
    }));
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
}

function selectTab(name) {
  if (name === 'charts' && !document.getElementById('chart').rows.length) {
    loadChart();
    loadIndex();
  }
  for (const panel of ['details', 'mirrors', 'partners', 'charts']) {
    document.getElementById(panel).hidden = panel !== name;
    document.getElementById(`tab-${panel}`).setAttribute('aria-selected', String(panel === name));
  }
}

for (const panel of ['details', 'mirrors', 'partners', 'charts']) {
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
document.getElementById('export-cyjs').addEventListener('click', () => {
  download(`${baseName()}.cyjs`, new Blob([JSON.stringify({ elements: cy.json().elements })], { type: 'application/json' }));
});
// GraphML and GEXF come from the server's exports, for the place drawn and its neighbours.
for (const format of ['graphml', 'gexf']) {
  document.getElementById(`export-${format}`).addEventListener('click', () => {
    if (state.centre) {
      window.location.href = `/export?format=${format}&center=${encodeURIComponent(state.centre.id)}&depth=1`;
    }
  });
}

document.getElementById('language').addEventListener('change', event => {
  state.language = WORDS[event.target.value] ? event.target.value : 'es';
  localStorage.setItem('vinculos.language', state.language);
  translate();
  if (state.centre && state.centre.type === 'CITY') {
    loadPartners(state.centre.id);
  }
  if (document.getElementById('chart').rows.length) {
    loadChart();
    drawIndex();
  }
});

translate();
