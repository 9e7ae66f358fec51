// sitrep web app. Article text and everything else from the store is hostile input: it is only
// ever put into the page as text (textContent, text nodes), never as HTML.
"use strict";
(function () {
  const FAMILY_COLORS = {
    ATTACK: "#dc2626", CLASH: "#ea580c", TERRITORY: "#7c3aed", DETENTION: "#92400e",
    CEASEFIRE: "#16a34a", EVACUATION: "#0d9488", DISPLACEMENT: "#2563eb", SERVICES_DISRUPTED: "#ca8a04",
    AID: "#059669", TALKS: "#475569", AGREEMENT: "#15803d", SANCTION: "#9333ea", THREAT: "#be123c",
    ACCUSATION: "#b45309", APPEAL: "#0369a1", DENIAL: "#6b7280", PROTEST: "#db2777",
  };
  const color = (family) => FAMILY_COLORS[family] || "#64748b";
  const PAGE = 50;

  const state = { family: new Set(), status: new Set(), country: new Set(), withFatalities: false, actor: "", place: "", conf: 0, q: "", from: null, to: null, bbox: false, sort: "-date", offset: 0, speaker: null };

  // ---- DOM helpers: text only ----
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    if (attrs) {
      for (const [k, v] of Object.entries(attrs)) {
        if (v == null) continue;
        if (k === "class") e.className = v;
        else if (k === "style") Object.assign(e.style, v);
        else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
        else if (k === "dataset") Object.assign(e.dataset, v);
        else e.setAttribute(k, String(v));
      }
    }
    for (const c of children) {
      if (c == null || c === false) continue;
      e.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return e;
  }
  const $ = (id) => document.getElementById(id);
  const fmt = (n) => (n == null ? "—" : Number(n).toLocaleString("en-GB"));
  const shortSource = (src) => (src && !/^[a-z][a-z0-9+.-]*:\/\//i.test(src) && src.includes("/") ? src.slice(src.lastIndexOf("/") + 1) : src);
  const label = (type) => String(type || "").replace(/_/g, " ").replace(".", " · ").toLowerCase().replace(/(^|\s)\S/g, (m) => m.toUpperCase());

  function params(extra) {
    const p = new URLSearchParams();
    if (state.family.size) p.set("family", [...state.family].join(","));
    if (state.status.size) p.set("status", [...state.status].join(","));
    if (state.country.size) p.set("country", [...state.country].join(","));
    if (state.withFatalities) p.set("with_fatalities", "true");
    if (state.actor) p.set("actor", state.actor);
    if (state.place) p.set("place", state.place);
    if (state.conf > 0) p.set("min_confidence", String(state.conf));
    if (state.q) p.set("q", state.q);
    if (state.from) p.set("from", state.from);
    if (state.to) p.set("to", state.to);
    if (state.bbox && map) {
      const b = map.getBounds();
      p.set("bbox", [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()].map((x) => x.toFixed(4)).join(","));
    }
    for (const [k, v] of Object.entries(extra || {})) p.set(k, v);
    return p;
  }
  async function api(path, p) {
    const r = await fetch("api/" + path + (p ? "?" + p : ""), { headers: { Accept: "application/json" } });
    const body = await r.json();
    if (!r.ok) throw new Error(body.error || r.statusText);
    return body;
  }

  // ---- map ----
  let map, markers;
  function initMap() {
    map = L.map("map", { zoomControl: true, worldCopyJump: true, minZoom: 2, attributionControl: true }).setView([25, 20], 3);
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution("Outlines: Natural Earth (world-atlas)");
    // the outlines get a pane of their own under the markers', so they never cover them, whenever they load
    map.createPane("land").style.zIndex = 350;
    fetch("vendor/countries.geojson").then((r) => r.json()).then((geo) => {
      L.geoJSON(geo, { pane: "land", renderer: L.svg({ pane: "land", padding: 0.5 }), style: { color: "#94a3b8", weight: 0.6, fillColor: "#f8fafc", fillOpacity: 1 }, interactive: false }).addTo(map);
    });
    markers = L.layerGroup().addTo(map);
    // place labels from the gazetteer, by zoom level (capitals first, then cities by population)
    map.createPane("labels").style.zIndex = 380;
    map.getPane("labels").style.pointerEvents = "none";
    labels = L.layerGroup().addTo(map);
    map.on("moveend", debounce(drawLabels, 120));
    drawLabels();
    // Leaflet caches the map's size: tell it when the layout changes it (fonts, panels, window)
    if (window.ResizeObserver) new ResizeObserver(() => map.invalidateSize({ pan: false })).observe($("map"));
    map.on("moveend", () => { if (state.bbox) { state.offset = 0; refresh(false); } });
  }
  let labels, labelSeq = 0;
  async function drawLabels() {
    const my = ++labelSeq, b = map.getBounds(), z = map.getZoom();
    const bbox = [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()].map((x) => x.toFixed(3)).join(",");
    let items;
    try { items = await api("labels", new URLSearchParams({ bbox, zoom: String(z), limit: "150" })); } catch (e) { return; }
    if (my !== labelSeq) return;
    labels.clearLayers();
    for (const l of items) {
      const icon = L.divIcon({ className: "map-label", html: el("span", { class: l.minZoom <= 4 ? "capital" : null }, l.name), iconSize: null });
      L.marker([l.lat, l.lon], { icon, pane: "labels", interactive: false, keyboard: false }).addTo(labels);
    }
    $("map").dataset.labels = String(items.length);
  }
  let mapFitted = false;
  // Zoom to where the events are: all of them when few, else the bulk of them (the middle 80 %
  // of latitudes and longitudes), so one far-off outlier does not zoom the map out to the world.
  function fitToEvents(pts) {
    if (!pts.length) return;
    if (pts.length === 1) { map.setView(pts[0], 6, { animate: false }); return; }
    let use = pts;
    if (pts.length >= 10) {
      const q = (arr, f) => arr[Math.round(f * (arr.length - 1))];
      const lats = pts.map((p) => p[0]).sort((a, b) => a - b), lons = pts.map((p) => p[1]).sort((a, b) => a - b);
      const s = q(lats, 0.1), n = q(lats, 0.9), w = q(lons, 0.1), e = q(lons, 0.9);
      const bulk = pts.filter(([a, o]) => a >= s && a <= n && o >= w && o <= e);
      if (bulk.length >= pts.length / 2) use = bulk;
    }
    map.fitBounds(L.latLngBounds(use).pad(0.12), { maxZoom: 6, animate: false });
  }
  function drawMarkers(items, refit) {
    markers.clearLayers();
    const pts = [];
    const incidentsShown = window.sitrep.mapMode === "incidents"; // incidents.js draws them
    for (const ev of items) {
      const p = ev.place;
      if (!p || p.lat == null || p.lon == null) continue;
      if (incidentsShown) { pts.push([p.lat, p.lon]); continue; }
      // sized by the same conservative killed figure the header sums
      const r = 4 + Math.min(9, Math.sqrt(ev.fatalities || 0) * 1.3);
      const m = L.circleMarker([p.lat, p.lon], { radius: r, color: "#1e293b", weight: 0.6, opacity: 0.6, fillColor: color(ev.family), fillOpacity: 0.7, className: "ev-marker" });
      m.bindTooltip(el("div", null, el("b", null, label(ev.type)), el("br"), p.name || "", " · ", ev.date && ev.date.start ? ev.date.start : "undated"), { className: "ev-tip", direction: "top" });
      m.on("click", () => openEvent(ev.id));
      m.on("add", () => { const path = m.getElement(); if (path) path.setAttribute("data-event", ev.id); });
      m.addTo(markers);
      const path = m.getElement();
      if (path) path.setAttribute("data-event", ev.id);
      pts.push([p.lat, p.lon]);
    }
    if ((!mapFitted || refit) && pts.length) {
      fitToEvents(pts);
      mapFitted = true;
    }
  }

  // ---- timeline with brushing ----
  let histogram = [];
  function drawTimeline() {
    const svg = $("timeline");
    svg.replaceChildren();
    const W = svg.clientWidth || 800, H = svg.clientHeight || 120, padB = 18, padT = 6;
    svg.setAttribute("viewBox", `0 0 ${W} ${H}`);
    const NS = "http://www.w3.org/2000/svg";
    const s = (tag, attrs) => { const e = document.createElementNS(NS, tag); for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v); return e; };
    if (!histogram.length) { const t = s("text", { x: W / 2, y: H / 2, "text-anchor": "middle", fill: "#94a3b8" }); t.textContent = "No dated events"; svg.append(t); return; }
    const DAY = 86400000, MIN_SPAN = 31 * DAY;
    const days = histogram.map((h) => Date.parse(h.day));
    let min = Math.min(...days), max = Math.max(...days) + DAY;
    if (max - min < MIN_SPAN) { // a few days of events: show them inside a month, not as wall-to-wall bars
      const pad = Math.floor((MIN_SPAN - (max - min)) / 2 / DAY) * DAY;
      min -= pad; max = min + MIN_SPAN;
    }
    svg.dataset.start = new Date(min).toISOString().slice(0, 10);
    const x = (t) => ((t - min) / (max - min)) * W;
    const byDay = new Map();
    for (const h of histogram) { const k = h.day; if (!byDay.has(k)) byDay.set(k, []); byDay.get(k).push(h); }
    let top = 1;
    for (const list of byDay.values()) top = Math.max(top, list.reduce((a, h) => a + h.n, 0));
    const y = (n) => (n / top) * (H - padB - padT);
    const slot = W / ((max - min) / DAY);
    const bw = Math.min(14, Math.max(2, slot - 1)), off = Math.max(0, (slot - bw) / 2);
    const bars = s("g", {});
    for (const [day, list] of byDay) {
      let acc = 0;
      const t = Date.parse(day);
      for (const h of list) {
        const hgt = y(h.n);
        const r = s("rect", { x: x(t) + off, y: H - padB - acc - hgt, width: bw, height: Math.max(0.5, hgt), fill: color(h.family) });
        const tt = s("title", {}); tt.textContent = `${day} · ${h.family} · ${h.n}`; r.append(tt);
        bars.append(r);
        acc += hgt;
      }
    }
    svg.append(bars);
    const axis = s("g", { class: "axis" });
    axis.append(s("line", { x1: 0, x2: W, y1: H - padB + 0.5, y2: H - padB + 0.5 }));
    const ticks = Math.min(8, Math.max(2, Math.floor(W / 120)));
    const long = max - min > 400 * DAY;
    const tickLabel = (t) => new Date(t).toLocaleDateString("en-GB", long ? { month: "short", year: "numeric", timeZone: "UTC" } : { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
    let lastLabel = null;
    for (let i = 0; i <= ticks; i++) {
      const t = min + ((max - min) * i) / ticks, text = tickLabel(t);
      if (text === lastLabel) continue;
      lastLabel = text;
      const tx = s("text", { x: x(t), y: H - 4, "text-anchor": i === 0 ? "start" : i === ticks ? "end" : "middle" }); tx.textContent = text; axis.append(tx);
      if (i > 0 && i < ticks) axis.append(s("line", { class: "tick", x1: x(t), x2: x(t), y1: H - padB, y2: H - padB + 4 }));
    }
    const peak = s("text", { x: 2, y: padT + 8, class: "peak" }); peak.textContent = `peak ${top} event${top === 1 ? "" : "s"}/day`; axis.append(peak);
    svg.append(axis);
    const brush = s("rect", { class: "brush", x: 0, y: padT, width: 0, height: H - padB - padT, visibility: "hidden" });
    svg.append(brush);
    const toDay = (px) => new Date(min + (Math.max(0, Math.min(W, px)) / W) * (max - min)).toISOString().slice(0, 10);
    if (state.from || state.to) {
      const a = state.from ? x(Date.parse(state.from)) : 0, b = state.to ? x(Date.parse(state.to) + 86400000) : W;
      brush.setAttribute("x", a); brush.setAttribute("width", Math.max(1, b - a)); brush.setAttribute("visibility", "visible");
    }
    let start = null;
    const px = (evt) => { const r = svg.getBoundingClientRect(); return ((evt.clientX - r.left) / r.width) * W; };
    svg.onpointerdown = (evt) => { start = px(evt); svg.setPointerCapture(evt.pointerId); brush.setAttribute("x", start); brush.setAttribute("width", 0); brush.setAttribute("visibility", "visible"); };
    svg.onpointermove = (evt) => { if (start == null) return; const p = px(evt); brush.setAttribute("x", Math.min(start, p)); brush.setAttribute("width", Math.abs(p - start)); };
    svg.onpointerup = (evt) => {
      if (start == null) return;
      const p = px(evt), a = Math.min(start, p), b = Math.max(start, p);
      start = null;
      if (b - a < 3) { state.from = state.to = null; brush.setAttribute("visibility", "hidden"); }
      else { state.from = toDay(a); state.to = toDay(b); }
      state.offset = 0;
      refresh(false);
    };
    svg.ondblclick = () => { state.from = state.to = null; state.offset = 0; refresh(true); };
  }

  // ---- filters ----
  function chips(container, counts, set, colors, name) {
    container.replaceChildren();
    const keys = Object.keys(counts);
    for (const k of set) if (!keys.includes(k)) keys.push(k);
    for (const k of keys) {
      if (!k) continue;
      const c = el("span", { class: "chip" + (set.has(k) ? " on" : ""), role: "checkbox", "aria-checked": set.has(k), tabindex: 0, dataset: { value: k } },
        colors ? el("span", { class: "dot", style: { background: color(k) } }) : null, (name || label)(k), el("span", { class: "n" }, fmt(counts[k] || 0)));
      c.addEventListener("click", () => { set.has(k) ? set.delete(k) : set.add(k); state.offset = 0; refresh(true); });
      container.append(c);
    }
  }
  function drawKpis(f) {
    const k = $("kpis");
    k.replaceChildren(
      el("div", { class: "kpi" }, el("b", { id: "kpi-events" }, fmt(f.events)), el("span", null, "events")),
      el("div", { class: "kpi" }, el("b", null, fmt(f.articles)), el("span", null, "articles")),
      el("button", { class: "kpi kpi-btn" + (state.withFatalities ? " on" : ""), id: "kpi-killed", type: "button", title: f.fatalities_basis + ". Click to list the " + fmt(f.fatalities_events) + " events behind it.", dataset: { killed: String(f.fatalities), events: String(f.fatalities_events) },
        onclick: () => { state.withFatalities = !state.withFatalities; if (state.withFatalities) { state.sort = "fatalities"; $("sort").value = "fatalities"; } state.offset = 0; refresh(true); } },
        el("b", null, fmt(f.fatalities)), el("span", null, "killed · sum of " + fmt(f.fatalities_events) + " events' figures")),
      el("div", { class: "kpi" }, el("b", null, f.first ? f.first + " → " + f.last : "—"), el("span", null, "period")));
  }

  // ---- event list ----
  function drawList(page) {
    const list = $("events");
    list.replaceChildren();
    $("ev-count").textContent = `${fmt(page.total)} events`;
    if (!page.items.length) list.append(el("li", { class: "empty" }, "No events match these filters."));
    for (const ev of page.items) {
      const place = ev.place ? ev.place.name + (ev.place.country ? ", " + ev.place.country : "") : "no place";
      const who = (ev.actors || []).map((a) => a.name).join(", ");
      list.append(el("li", { class: "ev", dataset: { event: ev.id }, tabindex: 0, onclick: () => openEvent(ev.id), onkeydown: (e) => { if (e.key === "Enter") openEvent(ev.id); } },
        el("div", { class: "bar", style: { background: color(ev.family) } }),
        el("div", null,
          el("div", { class: "t" }, el("span", null, label(ev.type), " ", el("span", { class: "badge " + ev.status }, ev.status)), el("span", { class: "when" }, ev.date && ev.date.start ? ev.date.start : "undated")),
          el("div", { class: "sub" }, place, who ? " · " + who : "", ev.fatalities ? el("span", null, " · ", el("span", { class: "badge dead" }, fmt(ev.fatalities) + " killed")) : null),
          el("div", { class: "snip" }, ev.evidence_text || ""))));
    }
    const pg = Math.floor(page.offset / PAGE) + 1, pages = Math.max(1, Math.ceil(page.total / PAGE));
    $("page").textContent = `Page ${pg} of ${pages}`;
    $("prev").disabled = page.offset === 0;
    $("next").disabled = page.offset + PAGE >= page.total;
  }

  // ---- event view ----
  async function openEvent(id) {
    const ev = await api("events/" + encodeURIComponent(id));
    if (location.hash !== "#event=" + id) history.replaceState(null, "", "#event=" + id);
    const d = $("detail");
    d.hidden = false;
    d.dataset.event = ev.id;
    const t = $("d-type"); t.textContent = label(ev.type); t.style.color = color(ev.family);
    $("d-title").textContent = (ev.place ? ev.place.name : "Unknown place") + (ev.date && ev.date.start ? " — " + ev.date.start : "");
    $("d-meta").textContent = [ev.place && ev.place.admin1, ev.place && ev.place.country, ev.date && ev.date.text ? "“" + ev.date.text + "”" : null, ev.date && ev.date.precision ? "date precision: " + ev.date.precision : null].filter(Boolean).join(" · ");
    $("d-status").replaceChildren(el("span", { class: "badge " + ev.status }, ev.status));
    $("d-conf").replaceChildren(el("b", null, (ev.confidence * 100).toFixed(0) + "%"), el("div", { class: "meter" }, el("div", { style: { width: (ev.confidence * 100).toFixed(0) + "%" } })));
    $("d-counts").replaceChildren(...(ev.counts.length ? ev.counts.map((c) => el("div", { class: "count" }, el("span", null, c.kind), el("b", null, c.value != null ? fmt(c.value) : fmt(c.min) + "–" + fmt(c.max)), c.text ? el("q", null, c.text) : null)) : [el("span", { class: "muted" }, "none stated")]));
    const party = (p) => el("div", { class: "party" }, p.name, " ", el("small", null, [p.category, p.country].filter(Boolean).join(", ")));
    $("d-actors").replaceChildren(...(ev.actors.length ? ev.actors.map(party) : [el("span", { class: "muted" }, "not stated")]));
    $("d-targets").replaceChildren(...(ev.targets.length ? ev.targets.map(party) : [el("span", { class: "muted" }, "not stated")]));
    $("d-source").replaceChildren(ev.source ? el("span", null, ev.source.name) : el("span", { class: "muted" }, "the outlet"));
    $("d-evidence").replaceChildren(...ev.evidence_sentences.map((s, i) => el("li", { dataset: { i }, onclick: () => flash(i) }, ...withTrigger(s, s.start, s.text))));
    $("d-sources").replaceChildren(...ev.sources.map((s) => el("li", null, el("a", { href: "#event=" + encodeURIComponent(s.event), onclick: (e) => { e.preventDefault(); openEvent(s.event); } }, s.title || shortSource(s.source) || s.sha256.slice(0, 12)), " ", el("span", { class: "muted" }, [shortSource(s.source), s.published].filter(Boolean).join(" · ")))));
    $("d-article-title").textContent = "— " + (ev.article.title || shortSource(ev.article.source) || ev.article.id || "");
    drawArticle(ev.article.text, ev.evidence_sentences);
    const prov = $("d-prov");
    prov.replaceChildren();
    for (const [k, v] of Object.entries(ev.provenance)) prov.append(el("dt", null, k.replace(/_/g, " ")), el("dd", null, v == null ? "—" : v));
    prov.append(el("dt", null, "article origin"), el("dd", null, ev.article.origin || "—"), el("dt", null, "ingested"), el("dd", null, ev.article.ingested_at || "—"));
    document.querySelectorAll(".ev.hover").forEach((n) => n.classList.remove("hover"));
    const row = document.querySelector(`.ev[data-event="${CSS.escape(ev.id)}"]`);
    if (row) row.classList.add("hover");
    d.querySelector(".detail-body").scrollTop = 0;
    showOnMap(ev);
    if (ev.evidence_sentences.length) flash(0);
  }
  // Centres the event's place in the part of the map the event panel leaves visible, and rings it.
  let ring = null;
  function showOnMap(ev) {
    if (ring) { ring.remove(); ring = null; }
    if (!ev.place || ev.place.lat == null || ev.place.lon == null) return;
    const ll = [ev.place.lat, ev.place.lon];
    const mr = $("map").getBoundingClientRect(), pr = $("detail").getBoundingClientRect();
    const covered = Math.max(0, mr.right - Math.max(mr.left, pr.left));
    const z = Math.max(map.getZoom(), 5);
    map.setView(map.unproject(map.project(ll, z).add([covered / 2, 0]), z), z, { animate: false });
    ring = L.circleMarker(ll, { radius: 16, color: "#0f172a", weight: 2.5, fill: false, interactive: false, className: "ev-ring" }).addTo(map);
  }
  function drawArticle(text, spans) {
    const art = $("d-article");
    art.replaceChildren();
    const sorted = spans.map((s, i) => ({ ...s, i })).sort((a, b) => a.start - b.start);
    let at = 0;
    for (const s of sorted) {
      if (s.start < at) continue;
      art.append(document.createTextNode(text.slice(at, s.start)));
      art.append(el("mark", { class: "evidence-mark", dataset: { i: s.i } }, ...withTrigger(s, s.start, text.slice(s.start, s.end))));
      at = s.end;
    }
    art.append(document.createTextNode(text.slice(at)));
  }
  // An evidence sentence as text nodes, its trigger words (the words that signalled the event) in bold.
  function withTrigger(s, offset, sentence) {
    const t = s.trigger;
    if (!t || t.start < offset || t.end > offset + sentence.length) return [sentence];
    const a = t.start - offset, b = t.end - offset;
    return [sentence.slice(0, a), el("b", { class: "trigger", title: "trigger" }, sentence.slice(a, b)), sentence.slice(b)];
  }
  function flash(i) {
    const m = document.querySelector(`#d-article mark[data-i="${i}"]`);
    if (!m) return;
    const art = $("d-article"); // scroll the article box only, not the panel around it
    art.scrollTo({ top: Math.max(0, m.offsetTop - art.clientHeight / 3), behavior: "smooth" });
    m.classList.add("flash");
    setTimeout(() => m.classList.remove("flash"), 1200);
  }
  function closeEvent() { if (ring) { ring.remove(); ring = null; } $("detail").hidden = true; delete $("detail").dataset.event; history.replaceState(null, "", location.pathname); }

  // ---- quotes and places ----
  async function loadSpeakers() {
    const sp = await api("speakers", new URLSearchParams({ limit: "200" }));
    const ol = $("speakers");
    ol.replaceChildren(el("li", { class: state.speaker == null ? "on" : "", onclick: () => { state.speaker = null; loadSpeakers(); } }, el("span", null, "All speakers")));
    for (const s of sp) ol.append(el("li", { class: state.speaker === s.speaker ? "on" : "", dataset: { speaker: s.speaker }, onclick: () => { state.speaker = s.speaker; loadSpeakers(); } }, el("span", null, s.speaker), el("span", { class: "muted" }, fmt(s.quotes))));
    const p = new URLSearchParams({ limit: "100" });
    if (state.speaker) p.set("speaker", state.speaker);
    const qs = await api("quotes", p);
    const ql = $("quotes");
    ql.replaceChildren();
    if (!qs.items.length) ql.append(el("li", { class: "empty" }, "No quotes."));
    for (const q of qs.items) ql.append(el("li", { class: "quote" }, el("blockquote", null, q.text), el("div", { class: "who" }, "— ", el("b", null, q.speaker.name || "unattributed"), q.speaker.role ? ", " + q.speaker.role : "", el("span", { class: "muted" }, " · " + [q.article.title, q.article.published].filter(Boolean).join(" · ")))));
  }
  async function loadPlaces() {
    const ps = await api("places", new URLSearchParams({ limit: "300" }));
    const ol = $("places");
    ol.replaceChildren();
    if (!ps.length) ol.append(el("li", { class: "empty" }, "No places."));
    for (const p of ps) ol.append(el("li", { onclick: () => { state.place = p.name; $("f-place").value = p.name; selectTab("events"); state.offset = 0;
      // after the refresh, which fits the map to the filtered events: then go to the place itself
      refresh(true).then(() => { if (p.lat != null) map.setView([p.lat, p.lon], p.precision === "city" || p.precision === "site" ? 9 : 7); }); } },
      el("span", null, el("b", null, p.name), " ", el("span", { class: "muted" }, [p.admin1, p.country].filter(Boolean).join(", "))), el("span", { class: "muted" }, fmt(p.events) + " events · " + fmt(p.articles) + " articles")));
  }
  function selectTab(name) {
    document.querySelectorAll(".tab").forEach((t) => t.classList.toggle("active", t.dataset.tab === name));
    document.querySelectorAll(".pane").forEach((p) => p.classList.toggle("active", p.id === "pane-" + name));
    if (name === "quotes") loadSpeakers();
    if (name === "places") loadPlaces();
  }

  // ---- refresh ----
  let seq = 0;
  async function refresh(withHistogram) {
    const my = ++seq;
    const p = params({ limit: String(PAGE), offset: String(state.offset), sort: state.sort });
    const [page, facets, hist, onMap] = await Promise.all([
      api("events", p), api("events/facets", params()), withHistogram ? api("events/histogram", params()) : Promise.resolve(null),
      state.bbox ? Promise.resolve(null) : api("events", params({ limit: "1000", sort: state.sort }))]);
    if (my !== seq) return;
    drawList(page);
    drawMarkers(onMap ? onMap.items : page.items, withHistogram && !state.bbox);
    drawKpis(facets);
    chips($("f-family"), facets.family, state.family, true);
    chips($("f-status"), facets.status, state.status, false);
    chips($("f-country"), facets.country, state.country, false, (c) => c);
    if (hist) histogram = hist;
    drawTimeline();
    $("f-dates").textContent = state.from || state.to ? `${state.from || "…"} → ${state.to || "…"}` : "All dates — drag on the timeline to narrow";
    $("tl-range").textContent = state.from || state.to ? "double-click to clear" : "drag to select a period";
    for (const a of document.querySelectorAll(".export a[data-format]")) a.href = "api/export?" + params({ format: a.dataset.format });
    for (const f of window.sitrep.afterRefresh) f(params({ limit: "1000", sort: state.sort }));
    document.body.dataset.ready = "1";
  }

  function debounce(fn, ms) { let t; return (...a) => { clearTimeout(t); t = setTimeout(() => fn(...a), ms); }; }

  // what incidents.js uses of the app
  window.sitrep = { el, api, color, label, map: () => map, mapMode: "events", afterRefresh: [], redraw: () => refresh(false) };

  function init() {
    initMap();
    const typed = debounce(() => { state.offset = 0; refresh(true); }, 250);
    $("search").addEventListener("submit", (e) => { e.preventDefault(); state.q = $("q").value.trim(); state.offset = 0; refresh(true); });
    $("q").addEventListener("input", () => { state.q = $("q").value.trim(); typed(); });
    $("f-actor").addEventListener("input", () => { state.actor = $("f-actor").value.trim(); typed(); });
    $("f-place").addEventListener("input", () => { state.place = $("f-place").value.trim(); typed(); });
    $("f-conf").addEventListener("input", () => { state.conf = Number($("f-conf").value); $("f-conf-value").textContent = state.conf.toFixed(2); typed(); });
    $("f-bbox").addEventListener("change", () => { state.bbox = $("f-bbox").checked; state.offset = 0; refresh(true); });
    $("sort").addEventListener("change", () => { state.sort = $("sort").value; state.offset = 0; refresh(false); });
    $("prev").addEventListener("click", () => { state.offset = Math.max(0, state.offset - PAGE); refresh(false); });
    $("next").addEventListener("click", () => { state.offset += PAGE; refresh(false); });
    $("reset").addEventListener("click", () => {
      Object.assign(state, { actor: "", place: "", conf: 0, q: "", from: null, to: null, bbox: false, offset: 0, withFatalities: false });
      state.family.clear(); state.status.clear(); state.country.clear();
      for (const id of ["q", "f-actor", "f-place"]) $(id).value = "";
      $("f-conf").value = 0; $("f-conf-value").textContent = "0.00"; $("f-bbox").checked = false;
      refresh(true);
    });
    $("close-detail").addEventListener("click", closeEvent);
    document.addEventListener("keydown", (e) => { if (e.key === "Escape") closeEvent(); });
    document.querySelectorAll(".tab").forEach((t) => t.addEventListener("click", () => selectTab(t.dataset.tab)));
    window.addEventListener("resize", debounce(drawTimeline, 150));
    const fromHash = () => {
      const m = /^#event=(.+)$/.exec(location.hash);
      if (m && $("detail").dataset.event !== decodeURIComponent(m[1])) openEvent(decodeURIComponent(m[1]));
    };
    window.addEventListener("hashchange", fromHash);
    refresh(true).then(fromHash);
  }
  document.addEventListener("DOMContentLoaded", init);
})();
