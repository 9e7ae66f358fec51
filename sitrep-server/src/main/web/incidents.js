// sitrep web app: incidents. The map shows incidents (one dot for every report of a happening) by
// default, events on request; the incident view puts the reports side by side, their figures
// highlighted and contested ones marked. Text from the store is only ever put in as text.
"use strict";
(function () {
  const S = () => window.sitrep;
  let layer = null;

  function el(...a) { return S().el(...a); }
  const $ = (id) => document.getElementById(id);
  const fmt = (n) => (n == null ? "—" : Number(n).toLocaleString("en-GB"));
  const range = (f) => (f.min === f.max ? fmt(f.min) : fmt(f.min) + "–" + fmt(f.max));

  function setMode(mode) {
    S().mapMode = mode;
    $("map-incidents").classList.toggle("on", mode === "incidents");
    $("map-events").classList.toggle("on", mode === "events");
    $("map-incidents").setAttribute("aria-pressed", mode === "incidents");
    $("map-events").setAttribute("aria-pressed", mode === "events");
    S().redraw();
  }

  // Draws the incidents matching the filters; called by the app after each refresh.
  async function drawIncidents(p) {
    const map = S().map();
    if (!layer) layer = L.layerGroup().addTo(map);
    layer.clearLayers();
    const page = await S().api("incidents", p);
    drawList(page);
    if (S().mapMode !== "incidents") return;
    for (const inc of page.items) {
      const pl = inc.place;
      if (!pl || pl.lat == null || pl.lon == null) continue;
      const r = 5 + Math.min(10, Math.sqrt(inc.reports) * 3);
      const m = L.circleMarker([pl.lat, pl.lon], { radius: r, color: inc.contested ? "#7f1d1d" : "#1e293b", weight: inc.contested ? 2 : 0.8, opacity: 0.8, fillColor: S().color(inc.family), fillOpacity: 0.65, className: "inc-marker" });
      m.bindTooltip(el("div", null, el("b", null, S().label(inc.type)), el("br"), pl.name || "", " · ", inc.date.start || "undated", " · ", inc.reports + " report" + (inc.reports === 1 ? "" : "s")), { className: "ev-tip", direction: "top" });
      m.on("click", () => openIncident(inc.id));
      m.on("add", () => { const path = m.getElement(); if (path) path.setAttribute("data-incident", inc.id); });
      m.addTo(layer);
      const path = m.getElement();
      if (path) path.setAttribute("data-incident", inc.id);
    }
  }

  function drawList(page) {
    const ol = $("incidents");
    ol.replaceChildren();
    $("inc-count").textContent = fmt(page.total) + " incidents";
    if (!page.items.length) ol.append(el("li", { class: "empty" }, "No incidents match these filters."));
    for (const inc of page.items) {
      const f = inc.fatalities;
      ol.append(el("li", { class: "inc", dataset: { incident: inc.id }, tabindex: 0, onclick: () => openIncident(inc.id), onkeydown: (e) => { if (e.key === "Enter") openIncident(inc.id); } },
        el("div", { class: "bar", style: { background: S().color(inc.family) } }),
        el("div", null,
          el("div", { class: "t" }, el("span", null, S().label(inc.type)), el("span", { class: "when" }, inc.date.start || "undated")),
          el("div", { class: "sub" }, inc.place ? inc.place.name : "no place", " · ", inc.reports + " report" + (inc.reports === 1 ? "" : "s"), " · ", inc.outlets + " outlet" + (inc.outlets === 1 ? "" : "s"),
            f && f.value != null ? el("span", null, " · ", el("span", { class: "badge dead" }, range(f) + " killed")) : null,
            inc.contested ? el("span", null, " ", el("span", { class: "badge contested" }, "contested")) : null))));
    }
  }

  // Marks each figure of a report's evidence: the words that carry a count.
  function marked(text, counts) {
    const words = counts.map((c) => c.text).filter(Boolean).sort((a, b) => b.length - a.length);
    const out = [];
    let rest = text;
    while (rest) {
      let best = -1, w = null;
      for (const c of words) { const i = rest.indexOf(c); if (i >= 0 && (best < 0 || i < best)) { best = i; w = c; } }
      if (best < 0) { out.push(rest); break; }
      out.push(rest.slice(0, best), el("mark", { class: "figure" }, w));
      rest = rest.slice(best + w.length);
    }
    return out;
  }

  async function openIncident(id) {
    const inc = await S().api("incidents/" + encodeURIComponent(id));
    if (location.hash !== "#incident=" + id) history.replaceState(null, "", "#incident=" + id);
    const v = $("incident");
    v.hidden = false;
    v.dataset.incident = inc.id;
    const t = $("i-type"); t.textContent = S().label(inc.type); t.style.color = S().color(inc.family);
    $("i-title").textContent = (inc.place ? inc.place.name : "Unknown place") + (inc.date.start ? " — " + inc.date.start + (inc.date.end && inc.date.end !== inc.date.start ? " to " + inc.date.end : "") : "");
    $("i-meta").replaceChildren(el("span", null,
      inc.reports.length + " reports · " + inc.outlets + " outlets · " + inc.sources + " attributed sources · confidence " + (inc.confidence * 100).toFixed(0) + "%",
      inc.single_source ? el("span", null, " ", el("span", { class: "badge single" }, "single source")) : null,
      inc.contested ? el("span", null, " ", el("span", { class: "badge contested", id: "i-contested" }, "contested figures")) : null));
    const figs = $("i-figures");
    figs.replaceChildren();
    for (const [kind, f] of Object.entries(inc.counts)) {
      figs.append(el("div", { class: "fact" + (f.contested ? " contested" : ""), dataset: { kind } }, el("h4", null, kind), el("b", null, range(f)), el("div", { class: "muted" }, "conservative: " + fmt(f.value) + (f.contested ? " · contested" : ""))));
    }
    if (!figs.children.length) figs.append(el("span", { class: "muted" }, "No figures given."));
    // the reports side by side, one column each
    const cols = $("i-reports");
    cols.replaceChildren();
    const killed = (inc.counts.killed && inc.counts.killed.claims) || [];
    for (const r of inc.reports) {
      const claim = killed.find((c) => c.article === r.article.sha256);
      cols.append(el("article", { class: "inc-report", dataset: { event: r.event } },
        el("header", null, el("b", { class: "outlet" }, r.article.outlet || r.article.document || "unknown outlet"), el("div", { class: "muted" }, [r.article.published, r.article.title].filter(Boolean).join(" · "))),
        el("div", { class: "toll" + (claim && inc.counts.killed.contested ? " contested" : "") }, claim ? el("span", null, el("b", { class: "toll-value" }, claim.min === claim.max ? fmt(claim.min) : fmt(claim.min) + "–" + fmt(claim.max)), " killed") : el("span", { class: "muted" }, "no toll"),
          claim && claim.superseded ? el("span", { class: "muted" }, " (superseded by a later report)") : null),
        el("div", { class: "attributed" }, r.source ? "according to " + r.source : el("span", { class: "muted" }, "no source named")),
        el("ol", { class: "evidence" }, ...r.evidence.map((s) => el("li", null, ...marked(s.text, r.counts)))),
        el("div", { class: "why muted" }, r.linked_by && r.linked_by.rule ? "linked: " + r.linked_by.rule + " (" + r.linked_by.score + ")" : "first report"),
        el("a", { href: "#event=" + encodeURIComponent(r.event), class: "btn ghost" }, "event")));
    }
    const claims = $("i-claims");
    claims.replaceChildren();
    for (const [kind, f] of Object.entries(inc.counts)) {
      for (const c of f.claims) {
        claims.append(el("tr", null, el("td", null, kind), el("td", null, c.min === c.max ? fmt(c.min) : fmt(c.min) + "–" + fmt(c.max)), el("td", null, c.outlet || c.document || "—"), el("td", null, c.source || "—"), el("td", null, c.reported || "—"), el("td", null, c.superseded ? "superseded" : c.credible ? "current" : "not credible")));
      }
    }
    $("i-links").replaceChildren(...inc.links.map((l) => el("li", null, el("code", null, l.rule), " ", el("b", null, String(l.score)))));
  }
  function closeIncident() { $("incident").hidden = true; delete $("incident").dataset.incident; if (/^#incident=/.test(location.hash)) history.replaceState(null, "", location.pathname); }

  function init() {
    if (!window.sitrep) return;
    S().mapMode = "incidents";
    $("map-incidents").addEventListener("click", () => setMode("incidents"));
    $("map-events").addEventListener("click", () => setMode("events"));
    $("close-incident").addEventListener("click", closeIncident);
    document.addEventListener("keydown", (e) => { if (e.key === "Escape") closeIncident(); });
    S().afterRefresh.push((p) => drawIncidents(p));
    const fromHash = () => {
      const m = /^#incident=(.+)$/.exec(location.hash);
      if (m && $("incident").dataset.incident !== decodeURIComponent(m[1])) openIncident(decodeURIComponent(m[1]));
    };
    window.addEventListener("hashchange", fromHash);
    fromHash();
  }
  document.addEventListener("DOMContentLoaded", init);
})();
