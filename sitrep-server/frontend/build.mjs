// Copies the web app's vendor files into the jar's web/vendor folder:
// Leaflet's script, style sheet and images, and Natural Earth country outlines
// (world-atlas, TopoJSON) converted to GeoJSON so the basemap works offline.
// Run by Maven after `npm ci`; nothing here is committed.
import { mkdirSync, copyFileSync, readFileSync, writeFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { feature, mesh } from "topojson-client";

const out = process.argv[2];
if (!out) {
  console.error("usage: node build.mjs OUTPUT_DIR");
  process.exit(2);
}
mkdirSync(join(out, "images"), { recursive: true });

const leaflet = "node_modules/leaflet/dist";
copyFileSync(join(leaflet, "leaflet.js"), join(out, "leaflet.js"));
copyFileSync(join(leaflet, "leaflet.css"), join(out, "leaflet.css"));
for (const f of readdirSync(join(leaflet, "images"))) {
  copyFileSync(join(leaflet, "images", f), join(out, "images", f));
}

const round = (x) => Math.round(x * 1000) / 1000;
const roundCoords = (c) => (typeof c[0] === "number" ? [round(c[0]), round(c[1])] : c.map(roundCoords));
const topo = JSON.parse(readFileSync("node_modules/world-atlas/countries-50m.json", "utf8"));
// A ring that crosses the antimeridian jumps from +180 to -180 in world-atlas; drawn as is, it
// becomes a band across the whole map. Unwrap it (longitudes past ±180 are fine for Leaflet).
const unwrap = (ring) => {
  let shift = 0;
  return ring.map(([x, y], i) => {
    if (i > 0) {
      const prev = ring[i - 1][0];
      if (x - prev > 180) shift -= 360;
      else if (prev - x > 180) shift += 360;
    }
    return [x + shift, y];
  });
};
const unwrapGeometry = (g) => {
  if (g.type === "Polygon") g.coordinates = g.coordinates.map(unwrap);
  else if (g.type === "MultiPolygon") g.coordinates = g.coordinates.map((p) => p.map(unwrap));
  return g;
};
const countries = feature(topo, topo.objects.countries);
// Antarctica (a ring around the pole) has no events and draws as a band in Web Mercator
countries.features = countries.features.filter((f) => f.properties.name !== "Antarctica");
for (const f of countries.features) {
  f.geometry.coordinates = roundCoords(unwrapGeometry(f.geometry).coordinates);
  f.properties = { name: f.properties.name };
}
writeFileSync(join(out, "countries.geojson"), JSON.stringify(countries));
const borders = mesh(topo, topo.objects.countries, (a, b) => a !== b);
borders.coordinates = roundCoords(borders.coordinates);
writeFileSync(join(out, "borders.geojson"), JSON.stringify(borders));
console.log(`vendor: leaflet, ${countries.features.length} country outlines -> ${out}`);
