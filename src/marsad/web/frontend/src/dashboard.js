// The dashboard map: country borders (Natural Earth, bundled) and the filtered events as circles.
// No tiles are fetched: everything comes from this server, so the map works offline and under a
// strict Content-Security-Policy. Text from sources is only ever set with textContent.
import L from "leaflet";

const COLORS = {
  asserted: "#b3261e",
  alleged: "#e07b00",
  threatened: "#6a1b9a",
  denied: "#607d8b",
  hypothetical: "#90a4ae",
  historical: "#8d6e63",
};

async function getJSON(url) {
  const response = await fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

function popup(feature) {
  const p = feature.properties;
  const box = document.createElement("div");
  const link = document.createElement("a");
  link.href = `/events/${encodeURIComponent(feature.id)}`;
  link.textContent = `${p.date_start || "?"} · ${p.event_type}`;
  box.appendChild(link);
  for (const line of [p.perpetrator, p.target, p.place_text]) {
    if (!line) continue;
    const div = document.createElement("div");
    div.dir = "auto";
    div.textContent = line;
    box.appendChild(div);
  }
  return box;
}

async function main() {
  const el = document.getElementById("map");
  if (!el) return;
  const map = L.map(el, { attributionControl: false, zoomSnap: 0.25 }).setView([36.0, 39.5], 6.5);
  try {
    const borders = await getJSON(el.dataset.borders);
    L.geoJSON(borders, { style: { color: "#5f6b7a", weight: 1, fillColor: "#eef1f4", fillOpacity: 1 }, interactive: false }).addTo(map);
  } catch (err) {
    console.warn("borders not loaded", err);
  }
  const data = await getJSON(el.dataset.geojson);
  const layer = L.geoJSON(data, {
    pointToLayer: (feature, latlng) =>
      L.circleMarker(latlng, {
        radius: 4 + Math.min(8, Math.sqrt(feature.properties.killed_max || 0)),
        color: COLORS[feature.properties.certainty] || "#333",
        weight: 1,
        fillOpacity: 0.6,
      }),
    onEachFeature: (feature, marker) => marker.bindPopup(() => popup(feature)),
  }).addTo(map);
  if (data.features.length) map.fitBounds(layer.getBounds(), { maxZoom: 8, padding: [20, 20] });
  const note = document.getElementById("map-unplaced");
  if (note && data.marsad_unplaced_events) note.textContent = `(${data.marsad_unplaced_events} ${note.dataset.label})`;
  el.dataset.ready = String(data.features.length);
}

document.addEventListener("DOMContentLoaded", () => {
  main().catch((err) => {
    console.error(err);
    const el = document.getElementById("map");
    if (el) el.dataset.ready = "error";
  });
});
