// sitreps page: map, timeline, event list, evidence panel and briefs.
// Article text is untrusted: it is only ever written with textContent, never as HTML.
"use strict";

const TYPE_COLORS = {
  "Battles": "#d7301f",
  "Explosions/Remote violence": "#e6850e",
  "Violence against civilians": "#7b3294",
  "Protests": "#1a9850",
  "Riots": "#4575b4",
  "Strategic developments": "#666666",
};
const FILTER_KEYS = ["since", "until", "type", "admin1", "certainty", "language"];
const MAX_POINTS = 5000;
const POLL_MS = 5000; // how often the page asks /api/changes whether anything was stored
const LIST_LIMIT = 200;

const UI_LANGS = ["en", "it", "uk", "ru", "fr", "de", "es"];
const state = {
  lang: "en", // the interface language, kept in the URL (?lang=)
  filters: {},
  brush: null, // [from, to] ISO dates chosen on the timeline
  event: null,
  view: "map",
  markers: 0,
  mode: "points",
  total: 0,
  lastDay: null, // the latest day with events, the brief's default
};
window.sitreps = state;

// ---- interface strings, as data per language (static/i18n/<code>.json) ------------------------------
let STRINGS = {};
let FALLBACK = {};

function t(key, vars = {}) {
  const s = STRINGS[key] ?? FALLBACK[key] ?? key;
  return s.replace(/\{(\w+)\}/g, (_, k) => (k in vars ? String(vars[k]) : `{${k}}`));
}

async function loadStrings(lang) {
  if (!Object.keys(FALLBACK).length) FALLBACK = await fetch("/static/i18n/en.json").then((r) => r.json());
  STRINGS = lang === "en" ? FALLBACK : await fetch(`/static/i18n/${lang}.json`).then((r) => r.json());
  document.documentElement.lang = lang;
  for (const node of document.querySelectorAll("[data-i18n]")) node.textContent = t(node.dataset.i18n);
  for (const node of document.querySelectorAll("[data-i18n-aria]")) node.setAttribute("aria-label", t(node.dataset.i18nAria));
}

const num = (n) => new Intl.NumberFormat(state.lang).format(n);
const day = (iso) => new Intl.DateTimeFormat(state.lang, { dateStyle: "medium", timeZone: "UTC" })
  .format(new Date(`${iso}T00:00:00Z`));
// d3 (Vega) locales built from Intl, so chart axes read in the interface language
function timeLocale(lang) {
  const f = (opts) => (d) => new Intl.DateTimeFormat(lang, { ...opts, timeZone: "UTC" }).format(d);
  const days = [...Array(7)].map((_, i) => new Date(Date.UTC(2023, 0, 1 + i))); // 1 January 2023 was a Sunday
  const months = [...Array(12)].map((_, i) => new Date(Date.UTC(2023, i, 15)));
  return {
    dateTime: "%x, %X", date: "%d.%m.%Y", time: "%H:%M:%S", periods: ["AM", "PM"],
    days: days.map(f({ weekday: "long" })), shortDays: days.map(f({ weekday: "short" })),
    months: months.map(f({ month: "long" })), shortMonths: months.map(f({ month: "short" })),
  };
}

function numberLocale(lang) {
  const parts = new Intl.NumberFormat(lang).formatToParts(12345.6);
  const part = (type, fallback) => (parts.find((p) => p.type === type) || { value: fallback }).value;
  return { decimal: part("decimal", "."), thousands: part("group", ","), grouping: [3], currency: ["", ""] };
}

const typeName = (type) => t(`type.${type}`);
const certName = (c) => t(`cert.${c}`);

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "class") node.className = v;
    else if (k === "text") node.textContent = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v);
  }
  for (const c of children) node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return node;
}

const answered = {}; // path -> the store version its last answer was built at (from the ETag "v<version>-...")

async function api(path, params = {}) {
  const url = new URL(path, window.location.origin);
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== "") url.searchParams.set(k, v);
  const res = await fetch(url);
  const body = await res.json();
  if (!res.ok) throw new Error(body.error || res.statusText);
  const version = /^"v(\d+)-/.exec(res.headers.get("etag") || "");
  if (version) answered[path] = Number(version[1]);
  return body;
}

// ---- URL state -------------------------------------------------------------------------------
function readUrl() {
  const p = new URLSearchParams(window.location.search);
  for (const k of FILTER_KEYS) state.filters[k] = p.get(k) || "";
  state.event = p.get("event");
  state.view = p.get("view") || "map";
  state.lang = UI_LANGS.includes(p.get("lang")) ? p.get("lang") : "en";
  const b = p.get("brush");
  state.brush = b ? b.split(",") : null;
  const at = (p.get("at") || "").split(",").map(Number);
  return at.length === 3 && at.every((x) => !Number.isNaN(x)) ? at : null;
}

function writeUrl() {
  const p = new URLSearchParams();
  for (const k of FILTER_KEYS) if (state.filters[k]) p.set(k, state.filters[k]);
  if (state.event) p.set("event", state.event);
  if (state.view !== "map") p.set("view", state.view);
  if (state.lang !== "en") p.set("lang", state.lang);
  if (state.brush) p.set("brush", state.brush.join(","));
  if (map) {
    const c = map.getCenter();
    p.set("at", [c.lat.toFixed(3), c.lng.toFixed(3), map.getZoom()].join(","));
  }
  history.replaceState(null, "", `${window.location.pathname}?${p.toString()}`);
}

function queryParams(withBrush = true) {
  const q = { ...state.filters };
  if (withBrush && state.brush) {
    q.since = !q.since || state.brush[0] > q.since ? state.brush[0] : q.since;
    q.until = !q.until || state.brush[1] < q.until ? state.brush[1] : q.until;
  }
  return q;
}

// ---- map -------------------------------------------------------------------------------------
let map = null;
let markerLayer = null;
let labelLayer = null;
let labelData = { divisions: [], towns: [] };
let selectedRing = null;
let controlLayer = null;
const side = (code) => t(`side.${code}`);
const markers = new Map(); // event id -> its marker
let fitted = false; // fit the view to the events once, unless the URL gave one

async function initMap(at) {
  map = L.map("map", { preferCanvas: true, worldCopyJump: true });
  window.sitrepsMap = map; // for the browser tests
  map.attributionControl.addAttribution("Natural Earth · GeoNames");
  if (at) {
    map.setView([at[0], at[1]], at[2]);
    fitted = true;
  } else map.setView([49.0, 33.0], 5);
  const [topo, regions] = await Promise.all([
    fetch("/static/basemap/countries-50m.json").then((r) => r.json()),
    fetch("/static/basemap/regions.geojson").then((r) => r.json()),
  ]);
  L.geoJSON(topojson.feature(topo, topo.objects.countries), {
    style: { color: "#6d7f8f", weight: 1, fillColor: "#f2efe6", fillOpacity: 1 },
    interactive: false,
  }).addTo(map);
  L.geoJSON(regions, { style: { color: "#9aa8b4", weight: 0.6, fill: false }, interactive: false }).addTo(map);
  markerLayer = L.layerGroup().addTo(map);
  map.createPane("labels").classList.add("labels-pane"); // above the events, never catching clicks
  labelLayer = L.layerGroup().addTo(map);
  labelData = await fetch("/static/basemap/labels.json").then((r) => r.json());
  drawLabels();
  controlLayer = L.layerGroup().addTo(map);
  map.on("overlayadd overlayremove", (ev) => { if (ev.layer === controlLayer) loadControl(); });
  mapControls();
  map.on("moveend", () => { drawLabels(); writeUrl(); });
  map.on("zoomend", drawPoints);
}

// Names of divisions and of the towns that matter at this zoom, from the place index (offline, no tiles).
function drawLabels() {
  labelLayer.clearLayers();
  const zoom = map.getZoom();
  const view = map.getBounds().pad(0.1);
  const taken = []; // screen boxes of the labels placed so far: a label that would overlap one is left out
  let shown = 0;
  const add = (name, lat, lon, cls) => {
    if (!view.contains([lat, lon])) return;
    const at = map.latLngToContainerPoint([lat, lon]);
    const half = (name.length * (cls === "division" ? 7.5 : 6.5)) / 2 + 3;
    const box = [at.x - half, at.y - 14, at.x + half, at.y + 2];
    if (taken.some((b) => box[0] < b[2] && b[0] < box[2] && box[1] < b[3] && b[1] < box[3])) return;
    taken.push(box);
    const icon = L.divIcon({ className: `place-label ${cls}`, html: el("span", { text: name }), iconSize: null });
    L.marker([lat, lon], { icon, pane: "labels", interactive: false, keyboard: false }).addTo(labelLayer);
    shown += 1;
  };
  // towns first, largest first (the file is sorted by population), then the divisions in the room left
  for (const [name, lat, lon, from] of labelData.towns) if (zoom >= from) add(name, lat, lon, "town");
  if (zoom <= 8) for (const [name, lat, lon, from] of labelData.divisions) if (zoom >= from) add(name, lat, lon, "division");
  state.labels = shown;
}

let layersControl = null;
let legendControl = null;

// the layer switch and the legend, in the interface language (rebuilt when it changes)
function mapControls() {
  if (layersControl) layersControl.remove();
  if (legendControl) legendControl.remove();
  layersControl = L.control.layers(null, { [t("control_layer")]: controlLayer }, { collapsed: false, position: "topright" })
    .addTo(map);
  legendControl = legend().addTo(map);
}

function legend() {
  const control = L.control({ position: "bottomleft" });
  control.onAdd = () => {
    const box = el("div", { class: "legend", role: "region", "aria-label": "legend" });
    box.append(el("h2", { text: t("legend_type") }));
    for (const [type, color] of Object.entries(TYPE_COLORS)) {
      const dot = el("span", { class: "legend-dot" });
      dot.style.background = color;
      box.append(el("div", {}, dot, typeName(type)));
    }
    box.append(el("h2", { text: t("legend_killed") }));
    const sizes = el("div", { class: "legend-sizes" });
    for (const n of [0, 10, 50, 200]) {
      const ring = el("span", { class: "legend-size" });
      const d = 2 * radius(n);
      ring.style.width = `${d}px`;
      ring.style.height = `${d}px`;
      sizes.append(el("span", { class: "legend-size-item" }, ring, n ? num(n) : t("legend_none")));
    }
    box.append(sizes);
    box.append(el("div", {}, el("span", { class: "tally-ring" }), t("legend_tally")));
    box.append(el("h2", { text: t("legend_control") }));
    for (const [cls, label] of [["ctrl-UA ctrl-confirmed", "ctrl_ua_confirmed"], ["ctrl-UA ctrl-claimed", "ctrl_ua_claimed"],
      ["ctrl-RU ctrl-confirmed", "ctrl_ru_confirmed"], ["ctrl-RU ctrl-claimed", "ctrl_ru_claimed"], ["ctrl-contested", "ctrl_contested"]]) {
      box.append(el("div", {}, el("span", { class: `ctrl legend-ctrl ${cls}` }), t(label)));
    }
    L.DomEvent.disableClickPropagation(box);
    return box;
  };
  return control;
}

function radius(fatalities) {
  return Math.min(5 + 2.5 * Math.sqrt(fatalities || 0), 24);
}

async function loadPoints() {
  const data = await api("/api/events/points", { ...queryParams(), max: MAX_POINTS });
  markerLayer.clearLayers();
  markers.clear();
  state.total = data.total;
  state.mode = data.mode;
  if (data.mode === "points") {
    // tallies (a national toll, a month's count) have no place of their own: they are listed in the
    // Tallies panel (from /api/stats), never drawn among strikes
    const placed = data.points.filter((p) => !p[8]);
    const bounds = placed.map((p) => [p[1], p[2]]);
    state.placed = placed;
    drawPoints();
    state.markers = placed.length;
    if (!fitted && bounds.length) {
      map.fitBounds(bounds, { padding: [30, 30], maxZoom: 8 });
      fitted = true;
    }
    renderList(placed);
    if (state.event) highlight(state.event, false);
    loadControl().catch((err) => { document.getElementById("summary").textContent = `control: ${err.message}`; });
  } else {
    state.placed = null;
    for (const [lat, lon, n, fatalities] of data.cells) {
      const m = L.circleMarker([lat, lon], {
        radius: 4 + 3 * Math.sqrt(n), color: "#333", weight: 1, fillColor: "#e6850e", fillOpacity: 0.6,
      });
      m.bindTooltip(el("span", { text: `${num(n)} · ${t("killed_n", { n: num(fatalities) })}` }));
      m.on("click", () => map.setView([lat, lon], Math.min(map.getZoom() + 3, 12)));
      m.addTo(markerLayer);
    }
    state.markers = data.cells.length;
    renderList([]);
  }
  for (const fmt of ["acled-csv", "geojson", "jsonl"]) {
    const url = new URL("/api/export", window.location.origin);
    for (const [k, v] of Object.entries({ ...queryParams(), format: fmt })) if (v) url.searchParams.set(k, v);
    document.getElementById(`export-${fmt}`).href = url.pathname + url.search;
  }
  const summary = document.getElementById("summary");
  summary.textContent = data.mode === "points"
    ? t("summary_points", { n: num(data.total) })
    : t("summary_grid", { n: num(data.total), cells: num(data.cells.length) });
}

// Arrow keys move through the event list (and the tallies), Home/End jump; Enter opens, as any button.
function listKeys(ev) {
  const buttons = [...document.querySelectorAll("#event-list li button, #tallies li button")];
  const i = buttons.indexOf(document.activeElement);
  if (i < 0) return;
  const next = { ArrowDown: i + 1, ArrowUp: i - 1, Home: 0, End: buttons.length - 1 }[ev.key];
  if (next === undefined || next < 0 || next >= buttons.length) return;
  ev.preventDefault();
  buttons[next].focus();
}

// Events as points; at low zoom, events closer than CLUSTER_PX on screen are drawn as one numbered cluster
// (a click zooms to them).
const CLUSTER_BELOW = 6;
const CLUSTER_PX = 36;

function pointMarker([id, lat, lon, type, fatalities, date, name]) {
  const m = L.circleMarker([lat, lon], {
    radius: radius(fatalities), color: "#222", weight: 1, fillColor: TYPE_COLORS[type] || "#999", fillOpacity: 0.85,
  });
  m.bindTooltip(el("span", { text: `${day(date)} · ${typeName(type)} · ${name}` })); // a string would be set as HTML
  m.on("click", () => selectEvent(id));
  m.addTo(markerLayer);
  markers.set(id, m);
}

function drawPoints() {
  if (state.mode !== "points" || !state.placed) return;
  markerLayer.clearLayers();
  markers.clear();
  const zoom = map.getZoom();
  let clusters = 0;
  if (zoom >= CLUSTER_BELOW) {
    for (const p of state.placed) pointMarker(p);
  } else {
    const cells = new Map();
    for (const p of state.placed) {
      const at = map.project([p[1], p[2]], zoom);
      const key = `${Math.floor(at.x / CLUSTER_PX)},${Math.floor(at.y / CLUSTER_PX)}`;
      if (!cells.has(key)) cells.set(key, []);
      cells.get(key).push(p);
    }
    for (const group of cells.values()) {
      if (group.length === 1) {
        pointMarker(group[0]);
        continue;
      }
      clusters += 1;
      const lat = group.reduce((a, p) => a + p[1], 0) / group.length;
      const lon = group.reduce((a, p) => a + p[2], 0) / group.length;
      const killed = group.reduce((a, p) => a + (p[4] || 0), 0);
      const icon = L.divIcon({ className: "cluster", iconSize: [28, 28], html: el("span", { text: num(group.length) }) });
      const m = L.marker([lat, lon], { icon, title: t("summary_points", { n: num(group.length) }) });
      m.bindTooltip(el("span", { text: `${t("summary_points", { n: num(group.length) })}${killed ? ` · ${t("killed_n", { n: num(killed) })}` : ""}` }));
      m.on("click", () => map.fitBounds(group.map((p) => [p[1], p[2]]), { padding: [40, 40], maxZoom: 9 }));
      m.addTo(markerLayer);
    }
  }
  state.clusters = clusters;
  if (state.event) highlight(state.event, false);
}

function renderList(points) {
  const list = document.getElementById("event-list");
  list.replaceChildren();
  const shown = points.slice().reverse().slice(0, LIST_LIMIT);
  for (const [id, , , type, fatalities, date, name, certainty] of shown) {
    const dot = el("span", { class: "type-dot" });
    dot.style.background = TYPE_COLORS[type] || "#999";
    const killed = fatalities ? ` · ${t("killed_n", { n: num(fatalities) })}` : "";
    const label = `${day(date)} · ${name} · ${typeName(type)}${killed} · ${certName(certainty)}`;
    const item = el("li", { "data-event": id }, el("button", { type: "button", onclick: () => selectEvent(id) }, dot, label));
    if (live.fresh.has(id)) item.classList.add("new");
    list.append(item);
  }
}

// ---- one event -------------------------------------------------------------------------------
// The selected event: ringed on the map, brought into view, marked in the list.
function highlight(id, pan) {
  if (selectedRing) selectedRing.remove();
  selectedRing = null;
  for (const li of document.querySelectorAll("#event-list li.selected, #tallies li.selected")) li.classList.remove("selected");
  const item = document.querySelector(`#event-list li[data-event="${CSS.escape(id)}"], #tallies li[data-event="${CSS.escape(id)}"]`);
  if (item) {
    item.classList.add("selected");
    item.scrollIntoView({ block: "nearest" });
  }
  const m = markers.get(id);
  if (!m) {
    const p = (state.placed || []).find((x) => x[0] === id);
    if (p && pan) map.setView([p[1], p[2]], Math.max(map.getZoom(), 7)); // out of its cluster; redrawn on zoomend
    return;
  }
  const at = m.getLatLng();
  state.highlighted = id;
  selectedRing = L.circleMarker(at, { radius: m.getRadius() + 6, color: "#0057b8", weight: 3, fill: false, interactive: false })
    .addTo(map);
  m.bringToFront();
  if (pan && !map.getBounds().pad(-0.1).contains(at)) map.setView(at, Math.max(map.getZoom(), 7));
}

async function selectEvent(id) {
  state.event = id;
  highlight(id, true);
  writeUrl();
  const e = await api(`/api/events/${encodeURIComponent(id)}`);
  const detail = document.getElementById("detail");
  detail.hidden = false;
  detail.replaceChildren();
  const loc = e.location;
  detail.append(
    el("h2", { text: `${typeName(e.event_type)}: ${e.sub_event_type}` }),
    el("p", {},
      `${day(e.event_date)} (${e.date_precision}${e.date_start !== e.date_end ? `, ${t("range", { start: day(e.date_start), end: day(e.date_end) })}` : ""}) · `,
      `${loc.name}${loc.admin1 && loc.admin1 !== loc.name ? `, ${loc.admin1}` : ""} (${loc.country}), ${t("precision", { n: loc.precision })} `,
      el("span", { class: `badge cert-${e.certainty}`, text: certName(e.certainty) }),
      e.aggregate ? el("span", { class: "badge cert-unverified", text: t("tally_badge") }) : ""),
    el("p", { text: `${e.actor1 || t("unknown_actor")}${e.actor2 ? ` → ${e.actor2}` : ""}` }),
  );
  const counts = ["fatalities", "injured", "missing", "affected"].filter((k) => e[k]);
  if (counts.length) {
    const figure = (v) => (v === null || v === undefined ? "" : num(v));
    const rows = counts.map((k) => el("tr", {}, el("th", { text: t(`kind.${k}`), scope: "row" }), el("td", { text: figure(e[k].low) }),
      el("td", { text: figure(e[k].best) }), el("td", { text: figure(e[k].high) })));
    detail.append(el("table", { class: "counts" },
      el("tr", {}, el("td", { text: "" }), ...["low", "best", "high"].map((k) => el("th", { text: t(k), scope: "col" }))), ...rows));
  }
  if (e.count_history && e.count_history.length) {
    const rows = e.count_history.map((h) => el("tr", {}, el("td", { text: day(h.reported_on) }), el("td", { text: t(`kind.${h.kind}`) }),
      el("td", { text: num(h.best) }), el("td", { text: h.attributed_to || "" }), el("td", { text: certName(h.certainty) })));
    detail.append(el("h3", { text: t("revisions") }), el("table", { class: "history" },
      el("tr", {}, ...["hist_reported", "hist_count", "hist_figure", "hist_according", "certainty"]
        .map((k) => el("th", { text: t(k), scope: "col" }))), ...rows));
  }
  detail.append(el("h3", { text: t("sources", { n: e.sources.length }) }));
  for (const s of e.sources) {
    const box = el("div", { class: "source" },
      el("p", {}, el("strong", { text: s.outlet || s.doc_id }), ` · ${day(s.published)} · ${s.language || ""}`,
        s.attributed_to ? ` · ${t("according_to", { who: s.attributed_to })}` : "", " ",
        el("span", { class: `badge cert-${s.certainty}`, text: certName(s.certainty) })));
    if (s.url && /^https?:\/\//.test(s.url)) box.append(el("a", { href: s.url, rel: "noopener noreferrer", target: "_blank", text: s.url }));
    const text = el("div", { class: "doc-text", tabindex: "0", role: "region", "aria-label": s.outlet || s.doc_id });
    box.append(text);
    detail.append(box);
    if (s.document_id) renderDocument(text, s.document_id, id).catch((err) => { text.textContent = String(err); });
  }
  detail.scrollIntoView({ block: "start" });
}

async function renderDocument(container, documentId, eventId) {
  const doc = await api(`/api/documents/${documentId}`);
  const parts = [];
  let pos = 0;
  for (const span of doc.spans) {
    if (span.start < pos) continue;
    parts.push(document.createTextNode(doc.text.slice(pos, span.start)));
    const mark = el("mark", { "data-event": span.event_id, title: "evidence" });
    mark.textContent = doc.text.slice(span.start, span.end);
    if (span.event_id === eventId) mark.className = "current";
    parts.push(mark);
    pos = span.end;
  }
  parts.push(document.createTextNode(doc.text.slice(pos)));
  container.replaceChildren(...parts);
  const current = container.querySelector("mark.current");
  if (current) container.scrollTop = current.offsetTop - container.offsetTop - 20;
}

// ---- who holds which place -------------------------------------------------------------------------
function controlDate() {
  const days = [state.filters.until, state.brush && state.brush[1]].filter(Boolean).sort();
  return days.length ? days[0] : "";
}

async function loadControl() {
  if (!controlLayer) return;
  controlLayer.clearLayers();
  state.control = [];
  if (!map.hasLayer(controlLayer)) return;
  const at = controlDate();
  document.getElementById("export-control").href = `/api/control?format=geojson${at ? `&at=${at}` : ""}`;
  const data = await api("/api/control", { at });
  for (const p of data.places) {
    const cls = p.contested ? "ctrl-contested" : `ctrl-${p.controller} ctrl-${p.certainty}`;
    const icon = L.divIcon({ className: `ctrl ${cls}`, iconSize: [14, 14], html: el("span", { class: "ctrl-place", text: p.place }) });
    const m = L.marker([p.latitude, p.longitude], { icon, pane: "markerPane", keyboard: true, title: p.place });
    const who = `${p.contested ? `${t("contested_latest")} ` : ""}${side(p.controller)}`;
    m.bindTooltip(el("span", { text: t("control_tooltip", { place: p.place, who, since: day(p.since), certainty: certName(p.certainty),
      n: p.reports.length }) }));
    m.on("click", () => showControl(p));
    m.addTo(controlLayer);
    state.control.push({ place: p.place, controller: p.controller, certainty: p.certainty, contested: p.contested });
  }
}

function showControl(p) {
  const detail = document.getElementById("detail");
  detail.hidden = false;
  const who = side(p.controller);
  const rows = p.history.map((c) => el("tr", {}, el("td", { text: day(c.date) }), el("td", { text: side(c.controller) }),
    el("td", { text: certName(c.certainty) }), el("td", { text: c.reports.map((r) => `${r.outlet || r.document_id}${r.attributed_to ? ` (${r.attributed_to})` : ""}: “${r.word}”`).join("; ") })));
  detail.replaceChildren(
    el("h2", { text: `${p.place}${p.admin1 ? `, ${p.admin1}` : ""}` }),
    el("p", {}, `${t(p.contested ? "contested_held" : "held_by", { who, since: day(p.since) })} `,
      el("span", { class: `badge cert-${p.certainty === "confirmed" ? "confirmed" : "claimed"}`, text: certName(p.certainty) })),
    el("h3", { text: t("changes") }),
    el("table", { class: "history" }, el("tr", {}, ...["ch_date", "ch_to", "certainty", "ch_reports"]
      .map((k) => el("th", { text: t(k), scope: "col" }))), ...rows),
  );
  for (const r of p.reports) {
    detail.append(el("div", { class: "source" }, el("p", {}, el("strong", { text: r.outlet || String(r.document_id) }), ` · ${day(r.published)}`),
      el("p", { class: "doc-text", text: r.evidence }),
      el("button", { type: "button", class: "event-link", onclick: () => selectEvent(r.event_id) }, t("open_event"))));
  }
}

// ---- tallies -------------------------------------------------------------------------------------
function renderTallies(tallies) {
  const box = document.getElementById("tallies");
  box.hidden = !tallies.length;
  const list = box.querySelector("ul");
  list.replaceChildren();
  for (const x of tallies) {
    const period = x.date_start !== x.date_end ? t("range", { start: day(x.date_start), end: day(x.date_end) }) : day(x.event_date);
    const killed = x.fatalities ? ` · ${t("killed_n", { n: num(x.fatalities) })}` : "";
    const label = `${period} · ${x.place} · ${typeName(x.event_type)}${killed} · ${certName(x.certainty)}`;
    list.append(el("li", { "data-event": x.event_id },
      el("button", { type: "button", onclick: () => selectEvent(x.event_id) }, el("span", { class: "tally-ring" }), label)));
  }
}

// ---- timeline --------------------------------------------------------------------------------
let brushTimer = null;

async function loadTimeline() {
  const stats = await api("/api/stats", queryParams(false));
  if (stats.by_day.length) state.lastDay = stats.by_day[stats.by_day.length - 1].key;
  const regions = document.querySelector("select[name=admin1]");
  if (regions.options.length === 1) {
    for (const r of stats.by_admin1) if (r.key) regions.append(el("option", { value: r.key, text: r.key }));
    regions.value = state.filters.admin1 || "";
  }
  const languages = document.querySelector("select[name=language]");
  if (languages.options.length === 1) { // the languages of the stored reports
    const names = new Intl.DisplayNames([state.lang], { type: "language" });
    for (const code of stats.languages || []) languages.append(el("option", { value: code, text: names.of(code) || code }));
    languages.value = state.filters.language || "";
  }
  renderTallies(stats.aggregates || []);
  const types = Object.keys(TYPE_COLORS);
  const colour = { field: "type", type: "nominal", title: null, scale: { domain: types, range: types.map((x) => TYPE_COLORS[x]) },
    legend: null };
  const byDayType = stats.by_day_type.map((d) => ({ day: d.day, type: d.type, events: d.events, fatalities: d.fatalities }));
  const spec = {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    width: "container", height: 110, autosize: { type: "fit", contains: "padding" },
    data: { values: byDayType },
    params: [{ name: "brush", select: { type: "interval", encodings: ["x"] } }],
    mark: { type: "bar", tooltip: true },
    encoding: {
      x: { field: "day", type: "temporal", title: null },
      y: { aggregate: "sum", field: "events", type: "quantitative", title: t("chart_events"), stack: "zero" },
      color: { condition: { param: "brush", empty: true, ...colour }, value: "#c9ced4" },
    },
  };
  const fatalities = {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    width: "container", height: 110, autosize: { type: "fit", contains: "padding" },
    data: { values: byDayType.filter((d) => d.fatalities > 0) },
    params: [{ name: "brush", select: { type: "interval", encodings: ["x"] } }],
    mark: { type: "bar", tooltip: true },
    encoding: {
      x: { field: "day", type: "temporal", title: null },
      y: { aggregate: "sum", field: "fatalities", type: "quantitative", title: t("chart_killed"), stack: "zero" },
      color: { condition: { param: "brush", empty: true, ...colour }, value: "#c9ced4" },
    },
  };
  // every region stays on the bar chart when one is chosen, so another can be clicked
  const all = state.filters.admin1 ? await api("/api/stats", { ...queryParams(false), admin1: "" }) : stats;
  const topRegions = all.by_admin1.filter((r) => r.key).sort((a, b) => b.events - a.events).slice(0, 12);
  const regionBars = {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    width: "container", height: { step: 11 }, autosize: { type: "fit-x", contains: "padding" },
    data: { values: topRegions.map((r) => ({ region: r.key, events: r.events, fatalities: r.fatalities,
      chosen: r.key === state.filters.admin1 })) },
    mark: { type: "bar", tooltip: true, cursor: "pointer" },
    encoding: {
      y: { field: "region", type: "nominal", sort: "-x", title: null, axis: { labelLimit: 140 } },
      x: { field: "events", type: "quantitative", title: t("chart_regions") },
      color: { condition: { test: "datum.chosen", value: "#0057b8" }, value: "#7c8a99" },
    },
  };
  // The page's CSP has no 'unsafe-eval' nor inline styles: Vega expressions run in vega-interpreter and the
  // default styles that vega-embed and its tooltip would inject are in app.css instead.
  const { expressionInterpreter } = await import("/static/vendor/vega-interpreter.js");
  const options = {
    actions: false, renderer: "svg", ast: true, expr: expressionInterpreter, defaultStyle: false,
    tooltip: { disableDefaultStyle: true },
    timeFormatLocale: timeLocale(state.lang), formatLocale: numberLocale(state.lang),
  };
  const [result, fatal, regionsChart] = await Promise.all([
    vegaEmbed("#timeline", spec, options), vegaEmbed("#fatalities", fatalities, options), vegaEmbed("#regions", regionBars, options),
  ]);
  // each chart's container is labelled (role img/region); Vega's brush marks carry unlabelled ARIA roles, so
  // the drawing itself is hidden from assistive technology (the Region and date filters do the same by keyboard)
  for (const svg of document.querySelectorAll("#timeline svg, #fatalities svg, #regions svg")) svg.setAttribute("aria-hidden", "true");
  const onBrush = (_, value) => {
    clearTimeout(brushTimer);
    brushTimer = setTimeout(() => {
      const range = value && value.day;
      state.brush = range ? range.map((t) => new Date(t).toISOString().slice(0, 10)) : null;
      writeUrl();
      loadPoints();
    }, 250);
  };
  result.view.addSignalListener("brush", onBrush);
  fatal.view.addSignalListener("brush", onBrush);
  regionsChart.view.addEventListener("click", (_, item) => {
    const region = item && item.datum && item.datum.region;
    if (!region) return;
    chooseRegion(region === state.filters.admin1 ? "" : region);
  });
  state.charts = { regions: topRegions.map((r) => r.key) };
}

// A bar of the region chart filters the map (clicking the chosen one again clears it).
async function chooseRegion(region) {
  state.filters.admin1 = region;
  document.querySelector("#filters select[name=admin1]").value = region;
  writeUrl();
  await Promise.all([loadPoints(), loadTimeline()]);
}

// ---- brief -----------------------------------------------------------------------------------
async function loadBrief() {
  const form = document.getElementById("brief-form");
  const params = Object.fromEntries(new FormData(form).entries());
  if (!params.date) params.date = state.filters.until || state.lastDay || new Date().toISOString().slice(0, 10);
  form.elements.date.value = params.date;
  const query = { ...params, region: state.filters.admin1 };
  const b = await api("/api/brief", query);
  live.sinceBrief = 0;
  showLive();
  const box = document.getElementById("brief");
  box.replaceChildren(el("h2", { text: b.title }));
  for (const h of b.headline) box.append(el("p", { class: "headline", text: h.text }));
  for (const section of b.sections) {
    const list = el("ul");
    for (const s of section.sentences) {
      const links = s.events.map((id, i) => el("button", { type: "button", class: "event-link", "data-event": id,
        "aria-label": `event ${i + 1}: ${id}`, onclick: () => { showView("map"); selectEvent(id); } }, `[${i + 1}]`));
      list.append(el("li", { class: s.kind }, `${s.text} `, ...links));
    }
    box.append(el("div", { class: "brief-section" }, el("h3", { text: section.region }), list));
  }
  for (const fmt of ["markdown", "html"]) {
    const url = new URL("/api/brief", window.location.origin);
    for (const [k, v] of Object.entries({ ...query, format: fmt })) if (v) url.searchParams.set(k, v);
    const a = document.getElementById(`brief-${fmt}`);
    a.href = url.pathname + url.search;
  }
  state.briefText = [b.title, "", ...b.headline.map((h) => h.text), "",
    ...b.sections.flatMap((s) => [s.region, ...s.sentences.map((x) => `- ${x.text}`), ""])].join("\n");
}

async function copyBrief() {
  const status = document.getElementById("brief-status");
  try {
    await navigator.clipboard.writeText(state.briefText || "");
    status.textContent = t("copied");
  } catch (err) {
    status.textContent = t("not_copied", { error: err.message });
  }
}

function showView(view) {
  state.view = view;
  document.getElementById("map-view").hidden = view !== "map";
  document.getElementById("panel").hidden = view !== "map";
  document.getElementById("brief-view").hidden = view !== "brief";
  document.getElementById("show-map").classList.toggle("active", view === "map");
  document.getElementById("show-brief").classList.toggle("active", view === "brief");
  writeUrl();
  if (view === "brief") loadBrief();
  else if (map) map.invalidateSize();
}

// ---- live: poll /api/changes, redraw the map, list and timeline when events were stored ---------------
// version: the store's, from /api/changes; shown: the oldest version among the map's and the charts' answers
// (an answer may lag the store by a second while it changes: the page asks again until it is current)
const live = { version: null, count: 0, changed: 0, sinceBrief: 0, fresh: new Set(), busy: false };
const shownVersion = () => Math.min(answered["/api/events/points"] ?? 0, answered["/api/stats"] ?? 0);

function showLive() {
  const box = document.getElementById("live");
  const parts = [];
  if (live.count) parts.push(t("live_new", { n: num(live.count) }));
  if (live.changed) parts.push(t("live_changed", { n: num(live.changed) }));
  document.getElementById("live-count").textContent = parts.join(" · ");
  box.hidden = !parts.length;
  const refresh = document.getElementById("brief-refresh");
  refresh.textContent = t("brief_stale", { n: num(live.sinceBrief) });
  refresh.hidden = !live.sinceBrief;
}

function seen() {
  live.count = 0;
  live.changed = 0;
  live.fresh.clear();
  for (const li of document.querySelectorAll("#event-list li.new")) li.classList.remove("new");
  showLive();
}

async function pollChanges() {
  if (live.busy) return;
  live.busy = true;
  try {
    const c = await api("/api/changes", { since: live.version ?? 0 });
    if (live.version === null) {
      live.version = c.version;
      return;
    }
    if (c.version !== live.version) {
      live.count += c.new_events;
      live.changed += c.changed_events;
      live.sinceBrief += c.new_events + c.changed_events;
      live.version = c.version;
    }
    if (shownVersion() < live.version) {
      const before = new Set((state.placed || []).map((p) => p[0]));
      await Promise.all([loadPoints(), loadTimeline()]);
      for (const p of state.placed || []) if (before.size && !before.has(p[0])) live.fresh.add(p[0]);
      for (const li of document.querySelectorAll("#event-list li")) li.classList.toggle("new", live.fresh.has(li.dataset.event));
    }
    showLive();
  } catch (err) {
    // the next poll tries again
  } finally {
    live.busy = false;
  }
}

// ---- start -----------------------------------------------------------------------------------
// The interface language: strings, dates, numbers, legend, charts and the brief's default language.
async function setLanguage(lang) {
  state.lang = lang;
  await loadStrings(lang);
  document.getElementById("ui-lang").value = lang;
  document.querySelector("#brief-form select[name=lang]").value = lang;
  const languages = document.querySelector("select[name=language]");
  while (languages.options.length > 1) languages.remove(1);
}

async function main() {
  const at = readUrl();
  await setLanguage(state.lang);
  document.getElementById("ui-lang").addEventListener("change", async (ev) => {
    await setLanguage(ev.target.value);
    writeUrl();
    mapControls();
    await Promise.all([loadPoints(), loadTimeline()]);
    if (state.event) await selectEvent(state.event);
    if (state.view === "brief") await loadBrief();
    showLive();
    document.body.dataset.lang = state.lang;
  });
  document.getElementById("panel").addEventListener("keydown", listKeys);
  const form = document.getElementById("filters");
  for (const k of FILTER_KEYS) if (form.elements[k]) form.elements[k].value = state.filters[k] || "";
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    for (const k of FILTER_KEYS) state.filters[k] = form.elements[k].value;
    state.brush = null;
    writeUrl();
    await Promise.all([loadPoints(), loadTimeline()]);
    if (state.view === "brief") loadBrief();
  });
  document.getElementById("brief-form").addEventListener("submit", (ev) => { ev.preventDefault(); loadBrief(); });
  document.getElementById("brief-copy").addEventListener("click", copyBrief);
  document.getElementById("brief-refresh").addEventListener("click", () => loadBrief());
  document.getElementById("live-seen").addEventListener("click", seen);
  document.getElementById("show-map").addEventListener("click", () => showView("map"));
  document.getElementById("show-brief").addEventListener("click", () => showView("brief"));
  await initMap(at);
  await pollChanges(); // the store's version before the first load: what is stored after it counts as new
  await Promise.all([loadPoints(), loadTimeline()]);
  if (state.event) await selectEvent(state.event);
  showView(state.view);
  document.body.dataset.lang = state.lang;
  setInterval(pollChanges, POLL_MS);
  document.body.dataset.ready = "1";
}

main().catch((err) => {
  document.getElementById("summary").textContent = t("error", { error: err.message });
  document.body.dataset.ready = "error";
});
