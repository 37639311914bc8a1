/**
 * `npm run charts`: draws the charts in docs/charts/ from the data. `npm run charts -- --check`
 * writes nothing and exits 1, naming each stale chart, when a chart differs from what is on disk.
 *
 * Charts:
 * - rollout-map.svg: every county of the data coloured by the year Secure Communities was switched
 *   on there, with state borders, a legend and callouts on Florida and the last activations;
 * - rollout-curve.svg: counties activated (cumulative) by day, with the dated decisions of
 *   governments and the program marked;
 * - florida-statistic.svg: the Florida custody statistic (Oct 2008 - Feb 2011) as one stacked bar;
 * - detainers-and-rollout.svg: ICE detainers each month beside the share of counties switched on.
 *
 * Inputs: data/imported/activations.json and jurisdictions.json (the county import), the
 * published events, statistics and sources (data/published/*.json, written by `npm run
 * generate`), and the us-atlas county shapes (counties-albers-10m.json: 2017 boundaries,
 * pre-projected to 975x610 Albers USA). A missing published file is read as no records: the
 * charts then leave out what needs it, and the command says so. Nothing is invented.
 *
 * Counts: every count a chart prints (a year's counties, the curve, the callouts) is the
 * package's helpers' (`rolloutProgress`, `participationStatus`, `jurisdictionsInStatus`), which
 * count each county of 2008-2013 once, as the command line and the explorer do. The map's shapes
 * are drawn by the codes of ICE's list, each coloured with its day.
 *
 * The output is deterministic: the same inputs give the same bytes (no dates of generation, no
 * random ids, records in a fixed order, numbers formatted by hand).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { findDecision, renderCurve } from "./charts/curve.js";
import { type ChartData, chartsDirectory, decisionMarkers, floridaStatisticId, loadChartData, root } from "./charts/data.js";
import { renderDetainers } from "./charts/detainers.js";
import { renderMap } from "./charts/map.js";
import { renderStatistic } from "./charts/statistic.js";

export {
  type ChartCounts,
  type ChartDayCount,
  type ChartStateCount,
  type ChartYearCount,
  countsFromHelpers,
} from "./charts/counts.js";
export { findDecision } from "./charts/curve.js";
export {
  type ChartActivation,
  type ChartData,
  type ChartEvent,
  type ChartJurisdiction,
  type ChartSource,
  type ChartStatistic,
  type CountyTopology,
  chartsDirectory,
  countiesWithoutShape,
  decisionMarkers,
  floridaStatisticId,
  formerCountyShapes,
  loadChartData,
  yearColours,
} from "./charts/data.js";

// ---------------------------------------------------------------------------------------------
// all charts
// ---------------------------------------------------------------------------------------------

/**
 * Draws every chart from the data: file name (in docs/charts/) to SVG text. Pure: the same data
 * gives the same strings. A chart whose records are missing (the Florida statistic before it is
 * published) is left out; a decision not in the events is left off the curve.
 */
export function renderCharts(data: ChartData): Record<string, string> {
  const charts: Record<string, string> = {
    "rollout-map.svg": renderMap(data),
    "rollout-curve.svg": renderCurve(data),
    "detainers-and-rollout.svg": renderDetainers(),
  };
  const statistic = data.statistics.find((record) => record.id === floridaStatisticId);
  if (statistic !== undefined) charts["florida-statistic.svg"] = renderStatistic(statistic, data.sources);
  return charts;
}

/** What is missing from the data for the charts to be complete, as messages. */
export function missingChartData(data: ChartData): string[] {
  const missing: string[] = [];
  for (const marker of decisionMarkers) {
    const event = findDecision(data.events, marker);
    if (event === undefined) missing.push(`event ${marker.id} (${marker.label}) is not in data/published/events.json`);
    else if (event.id !== marker.id)
      missing.push(`event ${marker.id} not found; ${marker.label} drawn from ${event.id} (${event.kind}, ${event.date})`);
  }
  if (!data.statistics.some((record) => record.id === floridaStatisticId)) {
    missing.push(`statistic ${floridaStatisticId} is not in data/published/statistics.json: florida-statistic.svg is not drawn`);
  }
  return missing;
}

/** What differs between the charts and a charts directory: stale (or missing) charts, and SVGs no chart draws. */
export function compareCharts(charts: Readonly<Record<string, string>>, directory: string): { stale: string[]; extra: string[] } {
  const readIfPresent = (path: string): string | undefined => (existsSync(path) ? readFileSync(path, "utf8") : undefined);
  const stale = Object.keys(charts).filter((name) => readIfPresent(join(directory, name)) !== charts[name]);
  const extra = existsSync(directory)
    ? readdirSync(directory)
        .filter((name) => name.endsWith(".svg") && !Object.hasOwn(charts, name))
        .sort()
    : [];
  return { stale, extra };
}

function main(): void {
  const check = process.argv.includes("--check");
  const data = loadChartData();
  const charts = renderCharts(data);
  for (const message of missingChartData(data)) console.warn(`Warning: ${message}`);
  const directory = join(root, chartsDirectory);
  const { stale, extra } = compareCharts(charts, directory);
  if (check) {
    const problems = [
      ...stale.map((name) => `${chartsDirectory}/${name} is stale`),
      ...extra.map((name) => `${chartsDirectory}/${name} is drawn by nothing`),
    ];
    if (problems.length > 0) {
      console.error(`Charts are out of date:\n- ${problems.join("\n- ")}\nRun \`npm run charts\` and commit the result.`);
      process.exit(1);
    }
    console.log(`${Object.keys(charts).length} charts are up to date.`);
    return;
  }
  mkdirSync(directory, { recursive: true });
  for (const name of stale) writeFileSync(join(directory, name), charts[name] as string);
  if (extra.length > 0)
    console.warn(`Drawn by nothing (delete them?):\n- ${extra.map((name) => `${chartsDirectory}/${name}`).join("\n- ")}`);
  console.log(`${Object.keys(charts).length} charts drawn, ${stale.length} changed.`);
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) main();
