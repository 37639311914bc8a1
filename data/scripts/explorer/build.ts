/**
 * `npm run explorer`: builds the rollout explorer, one self-contained page at
 * docs/explorer/index.html that needs no server (it opens from `file://` as from any static host).
 *
 * - The county map is drawn here, at build time, from the us-atlas shapes (pre-projected to
 *   975x610 Albers USA) paired with the package's counties as the rollout chart pairs them
 *   (data/scripts/charts.ts), so the page carries path data and no geography code.
 * - The page's script (client/main.ts) is bundled by esbuild with the package's own ESM build
 *   (dist/index.js, so run `npm run build` first) into one classic script, inlined with the CSS:
 *   no module imports and no fetches, which browsers refuse from `file://`.
 *
 * The page is built output and is not committed (docs/explorer/ is ignored); the browser test
 * builds it. The same inputs give the same bytes.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { mesh } from "topojson-client";
import type { CountyTopology } from "../charts/data.js";
import { mapCounties } from "../charts/map.js";
import { linePathData, polygonPathData } from "../charts/svg.js";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..", "..");

/** Where the page is written, relative to the repository root. */
export const explorerPath = "docs/explorer/index.html";

/** The fields of the package's data the build reads (from dist/index.js). */
interface PackageData {
  readonly activations: readonly { readonly county: string; readonly date: string }[];
  readonly jurisdictions: readonly {
    readonly id: string;
    readonly kind: string;
    readonly name: string;
    readonly fullName: string;
    readonly fips?: string;
    readonly usps?: string;
    readonly parent?: string;
  }[];
  readonly meta: { readonly version: string };
}

function escapeHtml(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");
}

/** The map as inline SVG: a path per county (its FIPS code as `data-fips`), the state and national borders. */
function mapSvg(data: PackageData, topology: CountyTopology): { svg: string; note: string } {
  const { counties, gaps } = mapCounties({ activations: data.activations, jurisdictions: data.jurisdictions, topology });
  const paths = counties.map((county) => {
    const { d, dot } = polygonPathData(county.geometry);
    return `<path data-fips="${county.fips}"${dot ? ' data-shape="dot"' : ""} d="${d}"/>`;
  });
  const stateBorders = linePathData(mesh(topology, topology.objects.states, (a, b) => a !== b));
  const nationBorder = linePathData(mesh(topology, topology.objects.states, (a, b) => a === b));
  const svg = [
    `<svg id="map" xmlns="http://www.w3.org/2000/svg" viewBox="-60 -5 1040 620" role="img" aria-labelledby="map-title">`,
    `<title id="map-title">Map of the counties of the United States, coloured by whether Secure Communities was switched on there as of the date chosen. The table below the map gives the same by state.</title>`,
    `<g id="counties">${paths.join("")}</g>`,
    `<path class="state-borders" d="${stateBorders}"/>`,
    `<path class="nation-border" d="${nationBorder}"/>`,
    `<path id="selected-outline" d=""/>`,
    "</svg>",
  ].join("\n");
  const note =
    gaps.length === 0
      ? "County shapes of 2017; the few counties of 2008-2013 that changed since are drawn with the shapes of the same land."
      : `County shapes of 2017; counties of 2008-2013 that changed since are drawn with the shapes of the same land, and ${gaps.map((gap) => gap.title).join(", ")} (former independent cities, now inside the county around them, switched on the same day) have no shape of their own.`;
  return { svg, note: escapeHtml(note) };
}

/** The page's script: client/main.ts and the package's ESM build, bundled into one classic script. */
async function clientScript(): Promise<string> {
  const result = await build({
    entryPoints: [join(here, "client", "main.ts")],
    bundle: true,
    format: "iife",
    minify: true,
    target: "es2020",
    platform: "browser",
    legalComments: "none",
    write: false,
    logLevel: "silent",
  });
  const [output] = result.outputFiles;
  if (output === undefined) throw new Error("Expected esbuild to write the page's script, got nothing");
  // An inline script ends at the first "</script"; none may stand inside it.
  return output.text.replaceAll("</script", "<\\/script");
}

/**
 * Builds the page from the package's ESM build, the us-atlas shapes and the page's sources.
 *
 * @param directory - The repository root.
 * @returns The page's HTML.
 */
export async function buildExplorer(directory: string = root): Promise<string> {
  const distEntry = join(directory, "dist", "index.js");
  if (!existsSync(distEntry)) throw new Error(`Expected the package's build at ${distEntry}, got none: run \`npm run build\` first`);
  const data = (await import(distEntry)) as PackageData;
  const topology = JSON.parse(
    readFileSync(join(directory, "node_modules", "us-atlas", "counties-albers-10m.json"), "utf8"),
  ) as CountyTopology;
  const dates = data.activations.map((activation) => activation.date).sort();
  const firstDate = dates[0] ?? "";
  const lastDate = dates.at(-1) ?? "";
  const days = Math.round((Date.parse(lastDate) - Date.parse(firstDate)) / 86_400_000);
  const { svg, note } = mapSvg(data, topology);
  const values: Record<string, string> = {
    style: readFileSync(join(here, "explorer.css"), "utf8").trim(),
    script: (await clientScript()).trim(),
    map: svg,
    mapNote: note,
    firstDate,
    lastDate,
    days: String(days),
    version: escapeHtml(data.meta.version),
  };
  const template = readFileSync(join(here, "page.html"), "utf8");
  // Placeholders: {{name}}, or /*{{name}}*/ and <!--{{name}}--> where the template must stay valid CSS, JS or HTML.
  return template.replace(/\/\*\{\{(\w+)\}\}\*\/|<!--\{\{(\w+)\}\}-->|\{\{(\w+)\}\}/g, (whole, ...names: (string | undefined)[]) => {
    const name = names.slice(0, 3).find((candidate) => candidate !== undefined) ?? "";
    const value = values[name];
    if (value === undefined) throw new Error(`Expected a value for ${whole} in page.html, got none`);
    return value;
  });
}

async function main(): Promise<void> {
  const html = await buildExplorer();
  const path = join(root, explorerPath);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, html);
  console.log(`wrote ${explorerPath} (${Math.round(Buffer.byteLength(html) / 1024)} kB)`);
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
