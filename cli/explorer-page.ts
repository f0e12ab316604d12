/**
 * The explorer's page: plain HTML, one stylesheet and one script, no framework. The script reads the access
 * token from the URL's fragment (never sent to a server, not kept in the address bar), polls the explorer's
 * JSON API and renders every value as text (`textContent`, never markup): request addresses and view values
 * come from other networks' parties.
 */

export const EXPLORER_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>weft explorer</title>
<link rel="stylesheet" href="/explorer.css">
<script src="/explorer.js" defer></script>
</head>
<body>
<header>
  <h1>weft explorer</h1>
  <p id="updated" role="status">connecting…</p>
</header>
<main>
  <section aria-labelledby="networks-title">
    <h2 id="networks-title">Networks</h2>
    <div id="networks" class="cards"></div>
  </section>
  <section aria-labelledby="requests-title">
    <h2 id="requests-title">Requests</h2>
    <p class="hint">Newest first, as each relay's operator API lists them. <em>Vouched for by</em> and
    <em>policy</em> are the explorer's own verification of the view the requesting relay holds, against the
    source's recorded membership and policy.</p>
    <label>state <select id="state-filter"><option value="">any</option></select></label>
    <table id="requests">
      <thead><tr><th>created</th><th>request</th><th>source → destination</th><th>view</th><th>at requester's relay</th>
      <th>at source's relay</th><th>vouched for by</th><th>policy</th><th>value</th></tr></thead>
      <tbody></tbody>
    </table>
  </section>
  <section aria-labelledby="events-title">
    <h2 id="events-title">Event subscriptions</h2>
    <table id="subscriptions">
      <thead><tr><th>relay of</th><th>role</th><th>stream</th><th>other network</th><th>status</th>
      <th>cursor</th><th>lag</th><th>held</th><th>webhook</th><th>dead letters</th></tr></thead>
      <tbody></tbody>
    </table>
  </section>
  <section aria-labelledby="latency-title">
    <h2 id="latency-title">Latency</h2>
    <p class="hint">p50 per interval of a few seconds, from each service's histograms; the table: since the
    explorer started.</p>
    <div id="charts" class="cards"></div>
    <table id="latency">
      <thead><tr><th>service</th><th>what</th><th>count</th><th>p50 ms</th><th>p99 ms</th></tr></thead>
      <tbody></tbody>
    </table>
  </section>
</main>
</body>
</html>
`;

export const EXPLORER_CSS = `
:root { font-family: system-ui, sans-serif; color: #1d2330; background: #f6f7f9; }
body { margin: 0; }
header { display: flex; align-items: baseline; gap: 1.5rem; padding: 0.8rem 1.5rem; background: #1d2330; color: #fff; }
header h1 { font-size: 1.2rem; margin: 0; }
header p { margin: 0; opacity: 0.8; font-size: 0.9rem; }
main { padding: 0 1.5rem 2rem; }
h2 { font-size: 1.05rem; margin: 1.5rem 0 0.5rem; }
.hint { color: #5a6270; font-size: 0.85rem; margin: 0 0 0.5rem; max-width: 70rem; }
.cards { display: flex; flex-wrap: wrap; gap: 0.8rem; }
.card { background: #fff; border: 1px solid #dde1e7; border-radius: 6px; padding: 0.6rem 0.8rem; min-width: 16rem; }
.card h3 { font-size: 0.95rem; margin: 0 0 0.3rem; }
.card ul { list-style: none; padding: 0; margin: 0.3rem 0 0; font-size: 0.85rem; }
.card li { margin: 0.15rem 0; }
.dot { display: inline-block; width: 0.6rem; height: 0.6rem; border-radius: 50%; margin-right: 0.35rem; background: #9aa2ad; }
.dot.ready { background: #2e9d57; }
.dot.not-ready { background: #d0342c; }
.reason { color: #d0342c; font-size: 0.8rem; display: block; margin-left: 0.95rem; }
table { border-collapse: collapse; background: #fff; font-size: 0.82rem; margin-top: 0.4rem; }
th, td { border: 1px solid #dde1e7; padding: 0.25rem 0.45rem; text-align: left; vertical-align: top; }
th { background: #eef0f3; font-weight: 600; }
td.mono { font-family: ui-monospace, monospace; word-break: break-all; max-width: 22rem; }
.state { font-weight: 600; }
.state[data-state="COMPLETED"], .state[data-state="DELIVERED"], .state[data-state="SUBSCRIBED"] { color: #2e7d4a; }
.state[data-state="ERROR"], .state[data-state="FAILED"] { color: #c0271f; }
.state[data-state^="PENDING"], .state[data-state="RECEIVED"], .state[data-state="AT_DRIVER"], .state[data-state="ANSWERED"] { color: #a26400; }
.refused { color: #c0271f; }
svg { background: #fff; }
svg text { font-size: 10px; fill: #5a6270; }
`;

export const EXPLORER_JS = `
'use strict';
const TOKEN_KEY = 'weft-explorer-token';
const fragment = new URLSearchParams(location.hash.slice(1));
if (fragment.get('token')) {
  sessionStorage.setItem(TOKEN_KEY, fragment.get('token'));
  history.replaceState(null, '', location.pathname);
}
const token = sessionStorage.getItem(TOKEN_KEY) || '';
const COLORS = ['#3867d6', '#e17b0f', '#2e9d57', '#b33fa8', '#c0271f', '#0f9aa8', '#7a5c2e', '#5a6270'];
let wantedState = '';

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v !== undefined && v !== null) node.setAttribute(k, String(v));
  }
  for (const child of children) {
    if (child === undefined || child === null) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function svgEl(tag, attrs) {
  const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

async function api(path) {
  const response = await fetch(path, { headers: { authorization: 'Bearer ' + token } });
  const body = await response.json();
  if (!response.ok) throw new Error((body.code || response.status) + ': ' + (body.message || 'refused'));
  return body;
}

function stateCell(row) {
  if (!row) return el('td', {}, '-');
  const cell = el('td', {}, el('span', { class: 'state', 'data-state': row.status }, row.status));
  if (row.error) cell.append(el('div', { class: 'refused', 'data-code': row.error.code }, row.error.code + ': ' + row.error.message));
  if (row.retried) cell.append(el('div', {}, 'retried ' + row.retried + '×'));
  cell.title = (row.history || []).map((h) => h.at + '  ' + h.status).join('\\n');
  return cell;
}

function readinessItem(service) {
  const r = service.readiness;
  const cls = !service.running ? 'not-ready' : r === undefined ? (service.healthy ? 'ready' : 'not-ready') : r && r.ready ? 'ready' : 'not-ready';
  const item = el('li', { 'data-service': service.name, 'data-ready': cls === 'ready' ? 'yes' : 'no' },
    el('span', { class: 'dot ' + cls }), service.name.split('/').slice(1).join('/') || service.name, ' (' + service.role + ')');
  if (!service.running) item.append(el('span', { class: 'reason' }, 'not running'));
  else if (r === null) item.append(el('span', { class: 'reason' }, '/readyz does not answer'));
  else if (r && !r.ready) {
    for (const [what, why] of Object.entries(r.notReady)) item.append(el('span', { class: 'reason' }, what + ': ' + why));
  }
  return item;
}

function renderNetworks(snapshot) {
  const box = document.getElementById('networks');
  box.replaceChildren(...snapshot.networks.map((n) => el('div', { class: 'card', 'data-network': n.id },
    el('h3', {}, n.id + ' · ' + n.type),
    el('div', {}, 'orgs: ' + n.orgs.join(', ')),
    el('div', {}, 'policy: ' + n.policies.map((p) => p.pattern + ' → ' + p.policy).join('; ')),
    el('ul', {}, ...snapshot.services.filter((s) => s.network === n.id).map(readinessItem)),
  )));
}

function renderRequests(snapshot) {
  const select = document.getElementById('state-filter');
  const states = new Set();
  for (const r of snapshot.requests) for (const side of [r.outbound, r.inbound]) if (side) states.add(side.status);
  const known = new Set([...select.options].map((o) => o.value));
  for (const s of [...states].sort()) if (!known.has(s)) select.append(el('option', { value: s }, s));
  const shown = snapshot.requests.filter((r) => !wantedState || (r.outbound && r.outbound.status === wantedState) || (r.inbound && r.inbound.status === wantedState));
  document.querySelector('#requests tbody').replaceChildren(...shown.map((r) => {
    const check = r.check;
    const vouched = !check ? '-' : check.verified ? check.orgs.join('+') : el('span', { class: 'refused' }, 'refused: ' + check.failure);
    return el('tr', { 'data-request': r.id, 'data-from': r.from, 'data-to': r.to },
      el('td', {}, new Date(r.createdAt).toLocaleTimeString()),
      el('td', { class: 'mono' }, r.id),
      el('td', {}, r.to + ' → ' + r.from),
      el('td', { class: 'mono' }, r.view),
      stateCell(r.outbound),
      stateCell(r.inbound),
      el('td', { class: 'vouched' }, vouched),
      el('td', { class: 'policy' }, check && check.verified ? check.policy : '-'),
      el('td', { class: 'mono value' }, check && check.verified ? (check.value === undefined ? '(confidential)' : check.value) : '-'),
    );
  }));
}

function renderSubscriptions(snapshot) {
  document.querySelector('#subscriptions tbody').replaceChildren(...snapshot.subscriptions.map((s) => el('tr', { 'data-subscription': s.id, 'data-role': s.role },
    el('td', {}, s.network), el('td', {}, s.role), el('td', { class: 'mono' }, s.stream), el('td', {}, s.otherNetwork),
    el('td', {}, el('span', { class: 'state', 'data-state': s.status }, s.status + (s.errorCode ? ' ' + s.errorCode : ''))),
    el('td', {}, s.cursor), el('td', {}, s.lag === null ? '-' : s.lag), el('td', {}, s.held),
    el('td', { class: 'mono' }, s.webhook || '-'), el('td', {}, s.deadLetters),
  )));
}

function chart(service, series) {
  const W = 360, H = 140, PAD = 28;
  const svg = svgEl('svg', { width: W, height: H, viewBox: '0 0 ' + W + ' ' + H, role: 'img', 'aria-label': service + ' p50 latency' });
  const all = series.flatMap((s) => s.points.filter((p) => p.p50 !== null));
  const tMax = Math.max(Date.now(), ...all.map((p) => p.t));
  const tMin = tMax - 5 * 60 * 1000;
  const yMax = Math.max(1, ...all.map((p) => p.p50));
  svg.append(svgEl('line', { x1: PAD, y1: H - PAD, x2: W - 4, y2: H - PAD, stroke: '#dde1e7' }));
  const label = svgEl('text', { x: 2, y: 12 });
  label.textContent = Math.round(yMax) + ' ms';
  svg.append(label);
  const axis = svgEl('text', { x: PAD, y: H - 8 });
  axis.textContent = 'last 5 min';
  svg.append(axis);
  series.forEach((s, i) => {
    const pts = s.points.filter((p) => p.p50 !== null && p.t >= tMin)
      .map((p) => (PAD + ((p.t - tMin) / (tMax - tMin)) * (W - PAD - 4)).toFixed(1) + ',' + (H - PAD - (p.p50 / yMax) * (H - 2 * PAD)).toFixed(1));
    if (pts.length > 0) svg.append(svgEl('polyline', { points: pts.join(' '), fill: 'none', stroke: COLORS[i % COLORS.length], 'stroke-width': 1.5, 'data-series': s.what }));
    // A dot per interval: one point alone draws no line.
    for (const pt of pts) {
      const [cx, cy] = pt.split(',');
      svg.append(svgEl('circle', { cx, cy, r: 2, fill: COLORS[i % COLORS.length] }));
    }
  });
  // Colours through the CSSOM: the page's CSP refuses inline style attributes.
  const swatch = (i) => { const dot = el('span', { class: 'dot' }); dot.style.background = COLORS[i % COLORS.length]; return dot; };
  const legend = el('ul', {}, ...series.map((s, i) => el('li', {}, swatch(i), s.what)));
  return el('div', { class: 'card', 'data-chart': service }, el('h3', {}, service), svg, legend);
}

function renderLatency(latency) {
  const byService = new Map();
  for (const s of latency.series) byService.set(s.service, [...(byService.get(s.service) || []), s]);
  document.getElementById('charts').replaceChildren(...[...byService.entries()].map(([service, series]) => chart(service, series)));
  document.querySelector('#latency tbody').replaceChildren(...latency.series.map((s) => el('tr', { 'data-series': s.service + ' ' + s.what },
    el('td', {}, s.service), el('td', {}, s.what), el('td', { class: 'count' }, s.overall.count),
    el('td', {}, s.overall.p50 === null ? '-' : s.overall.p50), el('td', {}, s.overall.p99 === null ? '-' : s.overall.p99),
  )));
}

async function refresh() {
  const updated = document.getElementById('updated');
  try {
    const [snapshot, latency] = await Promise.all([api('/api/snapshot'), api('/api/latency')]);
    renderNetworks(snapshot);
    renderRequests(snapshot);
    renderSubscriptions(snapshot);
    renderLatency(latency);
    const problems = Object.entries(snapshot.problems).map(([k, v]) => k + ': ' + v);
    updated.textContent = 'updated ' + new Date(snapshot.at).toLocaleTimeString() + (problems.length ? ' · ' + problems.join('; ') : '');
    document.body.dataset.loaded = 'yes';
  } catch (error) {
    updated.textContent = 'cannot read the explorer API: ' + error.message;
    document.body.dataset.loaded = 'error';
  }
}

document.addEventListener('DOMContentLoaded', () => {
  document.getElementById('state-filter').addEventListener('change', (event) => {
    wantedState = event.target.value;
    void refresh();
  });
  void refresh();
  setInterval(refresh, 2000);
});
`;
