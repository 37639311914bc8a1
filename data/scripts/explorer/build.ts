/**
 * `npm run explorer`: builds the rollout explorer, one self-contained page at
 * docs/explorer/index.html that needs no server (it opens from `file://` as from any static host).
 *
 * - The county map is made here, at build time, from the us-atlas shapes (pre-projected to
 *   975x610 Albers USA) for the package's counties of 2008-2013, simplified and written once per
 *   border (./geometry.ts); the page assembles the shapes, so it carries no geography code.
 * - The page's script (client/main.ts) is bundled by esbuild with the package's own ESM build
 *   (dist/index.js, so run `npm run build` first) into one classic script, inlined with the CSS:
 *   no module imports and no fetches, which browsers refuse from `file://`. Two modules are made
 *   here for it: `explorer:geometry` (the map) and `explorer:sources` (the package's sources with
 *   the fields the page shows, without their notes).
 *
 * The page is built output and is not committed (docs/explorer/ is ignored); the browser test
 * builds it, and `npm pack` (prepack) builds it into the package. The same inputs give the same bytes.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build, type Plugin } from "esbuild";
import { type CountyTopology, yearColours } from "../charts/data.js";
import { mapGeometry } from "./geometry.js";

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
    readonly listedOnly?: boolean;
  }[];
  readonly sources: readonly {
    readonly id: string;
    readonly title: string;
    readonly publisher?: string;
    readonly published?: string;
    readonly url?: string;
  }[];
  readonly meta: { readonly version: string };
}

function escapeHtml(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");
}

/** The map's SVG, empty: the page draws the counties, borders, marks and highlight into it. */
const mapSvg = [
  `<svg id="map" xmlns="http://www.w3.org/2000/svg" viewBox="-60 -5 1040 620" role="img" aria-labelledby="map-title">`,
  `<title id="map-title">Map of the counties of the United States, coloured by whether Secure Communities was switched on there as of the date chosen, with marks where governments decided on it. The table under the map gives the counts by state, and the list of marks the places with decisions.</title>`,
  // Unknown (from 2021-01-20): hatched, unlike any colour of a status.
  `<defs><pattern id="unknown-hatch" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="5" height="5" fill="#f2f2f2"/><path d="M0 0V5" stroke="#a8a8a8" stroke-width="1.6"/></pattern></defs>`,
  `<g id="counties"></g>`,
  `<path id="state-borders" class="state-borders" d=""/>`,
  `<path id="nation-border" class="nation-border" d=""/>`,
  `<g id="state-marks"></g>`,
  `<g id="marks"></g>`,
  `<g id="highlight"></g>`,
  "</svg>",
].join("\n");

/** The counties the map draws: the package's counties of 2008-2013, the ones every count counts. */
function countedCounties(data: PackageData): { fips: string }[] {
  return data.jurisdictions
    .filter((jurisdiction) => jurisdiction.kind === "county" && jurisdiction.listedOnly !== true && jurisdiction.fips !== undefined)
    .map((county) => ({ fips: county.fips as string }));
}

function mapNote(data: PackageData, gaps: readonly { fips: string; within: string }[]): string {
  const name = (fips: string) => {
    const county = data.jurisdictions.find((jurisdiction) => jurisdiction.kind === "county" && jurisdiction.fips === fips);
    return county === undefined ? fips : county.fullName;
  };
  const shapes =
    "County shapes of 2017, simplified; the few counties of 2008-2013 that changed since are drawn with the shapes of the same land";
  return escapeHtml(
    gaps.length === 0
      ? `${shapes}.`
      : `${shapes}, and ${gaps.map((gap) => `${name(gap.fips)} (now inside ${name(gap.within)}, switched on the same day)`).join(", ")} has no shape of its own.`,
  );
}

/** Modules made at build time for the page's script, by name (`explorer:geometry`). */
function virtualModules(modules: Readonly<Record<string, unknown>>): Plugin {
  return {
    name: "explorer-modules",
    setup(builder) {
      builder.onResolve({ filter: /^explorer:/ }, (args) => ({ path: args.path, namespace: "explorer" }));
      builder.onLoad({ filter: /.*/, namespace: "explorer" }, (args) => {
        if (!(args.path in modules)) throw new Error(`Expected a module ${args.path} for the page's script, got none`);
        return { contents: JSON.stringify(modules[args.path]), loader: "json" };
      });
    },
  };
}

/** The page's script: client/main.ts and the package's ESM build, bundled into one classic script. */
async function clientScript(modules: Readonly<Record<string, unknown>>): Promise<string> {
  const result = await build({
    plugins: [virtualModules(modules)],
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
 * @param directory - The folder with the package's build (`dist/`): the repository root.
 * @param modules - The folder whose `node_modules` holds `us-atlas` (default: `directory`).
 * @returns The page's HTML.
 */
export async function buildExplorer(directory: string = root, modules: string = directory): Promise<string> {
  const distEntry = join(directory, "dist", "index.js");
  if (!existsSync(distEntry)) throw new Error(`Expected the package's build at ${distEntry}, got none: run \`npm run build\` first`);
  const data = (await import(distEntry)) as PackageData;
  const topology = JSON.parse(
    readFileSync(join(modules, "node_modules", "us-atlas", "counties-albers-10m.json"), "utf8"),
  ) as CountyTopology;
  const dates = data.activations.map((activation) => activation.date).sort();
  const { geometry, gaps } = mapGeometry(topology, countedCounties(data));
  const sources = data.sources.map(({ id, title, publisher, published, url }) => ({ id, title, publisher, published, url }));
  // The colours of the years are the rollout map's (docs/charts/rollout-map.svg).
  const colours = Object.entries(yearColours)
    .map(([year, colour]) => `  --y${year}: ${colour};`)
    .join("\n");
  const values: Record<string, string> = {
    style: `:root {\n${colours}\n}\n\n${readFileSync(join(here, "explorer.css"), "utf8").trim()}`,
    script: (await clientScript({ "explorer:geometry": geometry, "explorer:sources": sources })).trim(),
    map: mapSvg,
    mapNote: mapNote(data, gaps),
    firstActivation: dates[0] ?? "",
    lastActivation: dates.at(-1) ?? "",
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

/** A page's size: its bytes, and its bytes gzipped (level 9, as a static host serves it). */
export function pageSize(html: string): { bytes: number; gzipped: number } {
  return { bytes: Buffer.byteLength(html), gzipped: gzipSync(html, { level: 9 }).length };
}

async function main(): Promise<void> {
  const html = await buildExplorer();
  const path = join(root, explorerPath);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, html);
  const { bytes, gzipped } = pageSize(html);
  console.log(`wrote ${explorerPath} (${Math.round(bytes / 1000)} kB, ${Math.round(gzipped / 1000)} kB gzipped)`);
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
