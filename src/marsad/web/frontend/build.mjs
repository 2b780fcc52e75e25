// Build the dashboard's static assets: bundle src/dashboard.js (with Leaflet) into ../static and copy
// Leaflet's stylesheet and marker images next to it. Run `npm ci && npm run build` here, then commit
// ../static (users of the Python package need no Node).
import { build } from "esbuild";
import { copyFileSync, mkdirSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, "..", "static");
const leaflet = join(here, "node_modules", "leaflet", "dist");

mkdirSync(join(out, "images"), { recursive: true });
await build({
  entryPoints: [join(here, "src", "dashboard.js")],
  bundle: true,
  minify: true,
  format: "iife",
  target: ["es2019"],
  outfile: join(out, "dashboard.js"),
  legalComments: "eof",
  logLevel: "info",
});
copyFileSync(join(leaflet, "leaflet.css"), join(out, "leaflet.css"));
for (const name of readdirSync(join(leaflet, "images"))) {
  copyFileSync(join(leaflet, "images", name), join(out, "images", name));
}
copyFileSync(join(here, "node_modules", "leaflet", "LICENSE"), join(out, "LEAFLET-LICENSE.txt"));
