/**
 * `npm run charts`: draws the charts in docs/charts/ from the data. `npm run charts -- --check`
 * writes nothing and exits 1, naming each stale chart, when a chart differs from what is on disk.
 *
 * Charts:
 * - rollout-map.svg: every county of the data coloured by the year Secure Communities was switched
 *   on there, with state borders, a legend and callouts on Florida and the last activations;
 * - rollout-curve.svg: counties activated (cumulative) by day, with the dated decisions of
 *   governments and the program marked;
 * - florida-statistic.svg: the Florida custody statistic (Oct 2008 - Feb 2011) as one stacked bar.
 *
 * Inputs: data/imported/activations.json and jurisdictions.json (the county import), the
 * published events, statistics and sources (data/published/*.json, written by `npm run
 * generate`), and the us-atlas county shapes (counties-albers-10m.json: 2017 boundaries,
 * pre-projected to 975x610 Albers USA). A missing published file is read as no records: the
 * charts then leave out what needs it, and the command says so. Nothing is invented.
 *
 * The output is deterministic: the same inputs give the same bytes (no dates of generation, no
 * random ids, records in a fixed order, numbers formatted by hand).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { geoPath } from "d3-geo";
import type { Geometry, MultiLineString, MultiPolygon, Polygon, Position } from "geojson";
import { feature, merge, mesh } from "topojson-client";
import type {
  GeometryCollection,
  GeometryObject,
  Topology,
  MultiPolygon as TopoMultiPolygon,
  Polygon as TopoPolygon,
} from "topojson-specification";
import { statisticPercentages } from "../../src/percentages.js";

// ---------------------------------------------------------------------------------------------
// inputs
// ---------------------------------------------------------------------------------------------

/** The fields of an activation record the charts read. */
export interface ChartActivation {
  readonly county: string;
  readonly date: string;
  readonly citations?: readonly { readonly source: string }[] | undefined;
}

/** The fields of a jurisdiction record the charts read. */
export interface ChartJurisdiction {
  readonly id: string;
  readonly kind: string;
  readonly name: string;
  readonly fullName?: string | undefined;
  readonly fips?: string | undefined;
  readonly usps?: string | undefined;
  readonly parent?: string | undefined;
}

/** The fields of an event record the charts read. */
export interface ChartEvent {
  readonly id: string;
  readonly date: string;
  readonly kind: string;
  readonly title: string;
  readonly actorJurisdiction?: string | undefined;
  readonly jurisdictions?: readonly string[] | undefined;
}

interface ChartQualifiedCount {
  readonly value: number;
  readonly qualifier: "exact" | "more-than" | "almost" | "about";
}

/** The fields of a statistic record the charts read. */
export interface ChartStatistic {
  readonly id: string;
  readonly title: string;
  readonly jurisdiction: string;
  readonly from: string;
  readonly to: string;
  readonly measure: string;
  readonly total: ChartQualifiedCount;
  readonly categories: readonly { readonly id: string; readonly label: string; readonly count?: ChartQualifiedCount | undefined }[];
  readonly citations: readonly { readonly source: string; readonly locator?: string | undefined }[];
}

/** The fields of a source record the charts read. */
export interface ChartSource {
  readonly id: string;
  readonly title: string;
  readonly publisher?: string | undefined;
  readonly author?: string | undefined;
  readonly published?: string | undefined;
}

/** The us-atlas topology: counties, states and the nation, pre-projected to 975x610. */
export type CountyTopology = Topology<{
  counties: GeometryCollection<{ name: string }>;
  states: GeometryCollection<{ name: string }>;
  nation: GeometryCollection;
}>;

/** Everything the charts are drawn from. */
export interface ChartData {
  readonly activations: readonly ChartActivation[];
  readonly jurisdictions: readonly ChartJurisdiction[];
  readonly events: readonly ChartEvent[];
  readonly statistics: readonly ChartStatistic[];
  readonly sources: readonly ChartSource[];
  readonly topology: CountyTopology;
}

const root = fileURLToPath(new URL("../../", import.meta.url));

/** Where the charts are written, relative to the repository root. */
export const chartsDirectory = "docs/charts";

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, "utf8")) as T;
}

function readPublished<T>(directory: string, name: string): T[] {
  const path = join(directory, "data", "published", `${name}.json`);
  return existsSync(path) ? readJson<T[]>(path) : [];
}

/**
 * Reads the charts' inputs from a checkout: the county import, the published events,
 * statistics and sources (no records when a file is not published yet), and the us-atlas shapes.
 */
export function loadChartData(directory: string = root): ChartData {
  return {
    activations: readJson<ChartActivation[]>(join(directory, "data", "imported", "activations.json")),
    jurisdictions: readJson<ChartJurisdiction[]>(join(directory, "data", "imported", "jurisdictions.json")),
    events: readPublished<ChartEvent>(directory, "events"),
    statistics: readPublished<ChartStatistic>(directory, "statistics"),
    sources: readPublished<ChartSource>(directory, "sources"),
    topology: readJson<CountyTopology>(join(directory, "node_modules", "us-atlas", "counties-albers-10m.json")),
  };
}

// ---------------------------------------------------------------------------------------------
// what the charts show, beyond the records
// ---------------------------------------------------------------------------------------------

/**
 * County codes of 2008-2013 that the us-atlas shapes (2017 boundaries) lack, drawn with the
 * current shapes of (about) the same land, coloured with the period code's date. The Alaska
 * areas' boundaries moved in 2007-2013, so their shapes are approximate; every Alaska area has
 * the same activation date (2012-04-10), so no colour depends on where the lines fall.
 */
export const formerCountyShapes: Readonly<Record<string, readonly string[]>> = {
  "02201": ["02198"], // Prince of Wales-Outer Ketchikan: Prince of Wales-Hyder (its largest successor)
  "02232": ["02105", "02230"], // Skagway-Hoonah-Angoon: Hoonah-Angoon and Skagway
  "02270": ["02158"], // Wade Hampton: renamed Kusilvak in 2015
  "02280": ["02195", "02275"], // Wrangell-Petersburg: Petersburg and Wrangell
  "46113": ["46102"], // Shannon: renamed Oglala Lakota in 2015
};

/**
 * County codes of 2008-2013 that have no shape of their own in us-atlas: former independent
 * cities of Virginia, now towns inside a county whose 2017 shape covers their land. They are left
 * out of the map as a listed gap (named in the map's description and footnote); each has the
 * same activation date as the county around it, so the map's colours are still right there.
 */
export const countiesWithoutShape: Readonly<Record<string, string>> = {
  "51515": "51019", // Bedford city, inside Bedford County since 2013
  "51560": "51005", // Clifton Forge city, inside Alleghany County since 2001
  "51780": "51083", // South Boston city, inside Halifax County since 1995
};

/** The decisions marked on the rollout curve: the event to look up, and how to find it otherwise. */
export const decisionMarkers: readonly {
  readonly id: string;
  readonly label: string;
  readonly kinds: readonly string[];
  readonly jurisdiction?: string;
}[] = [
  { id: "il-governor-withdraws", label: "Illinois withdrawal", kinds: ["withdrawal", "refusal", "suspension"], jurisdiction: "us-il" },
  { id: "ny-governor-suspends", label: "New York suspension", kinds: ["suspension", "withdrawal", "refusal"], jurisdiction: "us-ny" },
  {
    id: "ma-governor-declines-moa",
    label: "Massachusetts decision",
    kinds: ["refusal", "withdrawal", "suspension"],
    jurisdiction: "us-ma",
  },
  { id: "moa-termination", label: "MOA termination", kinds: ["moa-termination"] },
  { id: "nationwide-completion", label: "Nationwide completion", kinds: ["nationwide-completion"] },
];

/** The statistic drawn as a stacked bar. */
export const floridaStatisticId = "florida-2008-10-2011-02-custody";

/** Colours of the activation years, viridis sampled at six even steps (colour-blind safe, dark to light). */
export const yearColours: Readonly<Record<string, string>> = {
  "2008": "#440154",
  "2009": "#414487",
  "2010": "#2a788e",
  "2011": "#22a884",
  "2012": "#7ad151",
  "2013": "#fde725",
};

const fontFamily = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
const ink = "#1a1a1a";
const mutedInk = "#555555";
const gridInk = "#d9d9d9";

// ---------------------------------------------------------------------------------------------
// formatting
// ---------------------------------------------------------------------------------------------

function escapeXml(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;").replaceAll("'", "&apos;");
}

/** An integer with comma thousands separators (`14100` → `"14,100"`). */
function formatCount(value: number): string {
  const digits = String(Math.abs(Math.round(value)));
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return value < 0 ? `-${grouped}` : grouped;
}

/** A coordinate at one decimal, without a trailing `.0` and never `-0`. */
function formatNumber(value: number): string {
  return formatUnits(Math.round(value * 10), 1);
}

/**
 * An integer number of units of 10^-decimals as a decimal, without trailing zeros and never
 * `-0` (`-3` at 1 decimal → `"-0.3"`, `120` at 2 decimals → `"1.2"`).
 */
function formatUnits(units: number, decimals: number): string {
  if (units === 0) return "0";
  const scale = 10 ** decimals;
  const sign = units < 0 ? "-" : "";
  const magnitude = Math.abs(units);
  const whole = Math.floor(magnitude / scale);
  const fraction = String(magnitude % scale)
    .padStart(decimals, "0")
    .replace(/0+$/, "");
  return fraction === "" ? `${sign}${whole}` : `${sign}${whole}.${fraction}`;
}

const qualifierWords: Readonly<Record<ChartQualifiedCount["qualifier"], string>> = {
  exact: "",
  "more-than": "more than ",
  almost: "almost ",
  about: "about ",
};

function formatQualifiedCount(count: ChartQualifiedCount): string {
  return `${qualifierWords[count.qualifier]}${formatCount(count.value)}`;
}

const monthNames = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** A partial date in words: `2008-10` → `"October 2008"`, `2010-06-22` → `"June 22, 2010"`. */
function formatPartialDate(date: string): string {
  const [year, month, day] = date.split("-");
  if (month === undefined) return year ?? date;
  const monthName = monthNames[Number(month) - 1] ?? month;
  return day === undefined ? `${monthName} ${year}` : `${monthName} ${Number(day)}, ${year}`;
}

/** Days since 1970-01-01 of the first day of a partial date. */
function dayNumber(date: string): number {
  const [year, month, day] = date.split("-").map(Number);
  return Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1) / 86_400_000;
}

/** A rough width of a line of text in the system sans-serif fonts (average glyph ~0.56 em). */
function textWidth(text: string, fontSize: number): number {
  return text.length * fontSize * 0.56;
}

/** Splits text into lines no wider than `width` (roughly), at spaces. */
function wrapText(text: string, fontSize: number, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    const candidate = line === "" ? word : `${line} ${word}`;
    if (line !== "" && textWidth(candidate, fontSize) > width) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line !== "") lines.push(line);
  return lines;
}

type Attributes = Record<string, string | number | undefined>;

function attributes(values: Attributes): string {
  return Object.entries(values)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXml(typeof value === "number" ? formatNumber(value) : value)}"`)
    .join("");
}

/** A `<text>` element; several lines become `<tspan>`s one line-height apart. */
function text(x: number, y: number, content: string | readonly string[], values: Attributes = {}): string {
  const lines = typeof content === "string" ? [content] : content;
  const size = Number(values["font-size"] ?? 12);
  if (lines.length === 1) return `<text${attributes({ x, y, ...values })}>${escapeXml(lines[0] ?? "")}</text>`;
  const spans = lines.map(
    (line, index) => `<tspan${attributes({ x, dy: index === 0 ? undefined : size * 1.3 })}>${escapeXml(line)}</tspan>`,
  );
  return `<text${attributes({ x, y, ...values })}>${spans.join("")}</text>`;
}

function line(x1: number, y1: number, x2: number, y2: number, values: Attributes = {}): string {
  return `<line${attributes({ x1, y1, x2, y2, ...values })}/>`;
}

/** The opening of a chart: XML declaration, root element, title and description. */
function svgDocument(name: string, width: number, height: number, title: string, description: string, body: readonly string[]): string {
  const root = attributes({
    xmlns: "http://www.w3.org/2000/svg",
    version: "1.1",
    width: String(width),
    height: String(height),
    viewBox: `0 0 ${width} ${height}`,
    role: "img",
    "aria-labelledby": `${name}-title ${name}-desc`,
    "font-family": fontFamily,
    fill: ink,
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg${root}>`,
    `<title id="${name}-title">${escapeXml(title)}</title>`,
    `<desc id="${name}-desc">${escapeXml(description)}</desc>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    ...body,
    "</svg>",
    "",
  ].join("\n");
}

// ---------------------------------------------------------------------------------------------
// path data
// ---------------------------------------------------------------------------------------------

/**
 * Path data of rings or lines in the map's pixel space, rounded to `decimals`: an absolute move
 * to the first point, then relative lines. Every point is rounded in absolute terms before the
 * differences are taken, so neighbouring counties share their rounded border exactly. A ring or
 * line that rounds to fewer than 3 (or 2) distinct points is left out.
 */
function pathData(lines: readonly (readonly Position[])[], closed: boolean, decimals = 1): string {
  const scale = 10 ** decimals;
  const format = (units: number): string => formatUnits(units, decimals);
  let d = "";
  for (const points of lines) {
    const rounded: [number, number][] = [];
    for (const [x = 0, y = 0] of points) {
      const point: [number, number] = [Math.round(x * scale), Math.round(y * scale)];
      const previous = rounded.at(-1);
      if (previous === undefined || previous[0] !== point[0] || previous[1] !== point[1]) rounded.push(point);
    }
    if (closed && rounded.length > 1) {
      const [first, last] = [rounded[0], rounded.at(-1)];
      if (first !== undefined && last !== undefined && first[0] === last[0] && first[1] === last[1]) rounded.pop();
    }
    if (rounded.length < (closed ? 3 : 2)) continue;
    const [start, ...rest] = rounded as [[number, number], ...[number, number][]];
    let numbers = "";
    let [x, y] = start;
    for (const [nextX, nextY] of rest) {
      for (const value of [format(nextX - x), format(nextY - y)]) {
        numbers += numbers === "" || value.startsWith("-") ? value : ` ${value}`;
      }
      [x, y] = [nextX, nextY];
    }
    d += `M${format(start[0])} ${format(start[1])}l${numbers}${closed ? "z" : ""}`;
  }
  return d;
}

/** Half the diagonal of the diamond that stands for a county whose shape has no area. */
const dotRadius = 1.2;

/**
 * Path data of a county shape at one decimal. A few small independent cities of Virginia are
 * slivers without area in us-atlas at 1:10m (their rings go out and back along one line): such a
 * county is drawn as a small diamond at the middle of its sliver, so that it can still be seen
 * and pointed at. The second value says whether that happened.
 */
export function polygonPathData(geometry: Geometry): { d: string; dot: boolean } {
  if (geometry.type !== "Polygon" && geometry.type !== "MultiPolygon") {
    throw new Error(`Expected a county shape as a Polygon or MultiPolygon, got a ${geometry.type}`);
  }
  const rings = geometry.type === "Polygon" ? (geometry as Polygon).coordinates : (geometry as MultiPolygon).coordinates.flat();
  const d = pathData(rings, true, 1);
  if (d !== "") return { d, dot: false };
  const points = rings.flat();
  if (points.length === 0) throw new Error("Expected a county shape with at least one point, got none");
  let [x, y] = [0, 0];
  for (const [px = 0, py = 0] of points) [x, y] = [x + px / points.length, y + py / points.length];
  const diamond = [
    [x, y - dotRadius],
    [x + dotRadius, y],
    [x, y + dotRadius],
    [x - dotRadius, y],
    [x, y - dotRadius],
  ];
  return { d: pathData([diamond], true, 1), dot: true };
}

/** Path data of borders (open lines) in the map's pixel space, at one decimal. */
export function linePathData(geometry: MultiLineString): string {
  return pathData(geometry.coordinates, false);
}

// ---------------------------------------------------------------------------------------------
// the map
// ---------------------------------------------------------------------------------------------

/** A county of the data with the shape it is drawn with. */
export interface MapCounty {
  readonly fips: string;
  readonly date: string;
  readonly title: string;
  readonly geometry: Geometry;
}

function countyLabel(county: ChartJurisdiction | undefined, fips: string, states: ReadonlyMap<string, ChartJurisdiction>): string {
  if (county === undefined) return fips;
  const state = county.parent === undefined ? undefined : states.get(county.parent);
  const name = county.fullName ?? county.name;
  return state?.usps === undefined ? name : `${name}, ${state.usps}`;
}

function shapeGeometry(topology: CountyTopology, shape: TopoPolygon | TopoMultiPolygon): Geometry {
  return shape.type === "Polygon" ? feature(topology, shape).geometry : feature(topology, shape).geometry;
}

/** Pairs every activation with its shape; throws when a code can be neither drawn nor listed. */
export function mapCounties(data: ChartData): {
  counties: MapCounty[];
  gaps: { fips: string; date: string; title: string; within: string }[];
} {
  const { topology } = data;
  const shapes = new Map<string, GeometryObject>(topology.objects.counties.geometries.map((shape) => [String(shape.id), shape]));
  const jurisdictions = new Map(data.jurisdictions.map((record) => [record.id, record]));
  const states = new Map(data.jurisdictions.filter((record) => record.kind === "state").map((record) => [record.id, record]));
  const used = new Set<string>();
  const counties: MapCounty[] = [];
  const gaps: { fips: string; date: string; title: string; within: string }[] = [];
  const sorted = [...data.activations].sort((a, b) => (a.county < b.county ? -1 : a.county > b.county ? 1 : 0));
  for (const activation of sorted) {
    const fips = activation.county.replace(/^county-/, "");
    const title = countyLabel(jurisdictions.get(activation.county), fips, states);
    const within = countiesWithoutShape[fips];
    if (within !== undefined && !shapes.has(fips)) {
      gaps.push({ fips, date: activation.date, title, within });
      continue;
    }
    const codes = shapes.has(fips) ? [fips] : formerCountyShapes[fips];
    if (codes === undefined)
      throw new Error(`County ${fips} has no shape in us-atlas and no entry in formerCountyShapes or countiesWithoutShape`);
    const parts = codes.map((code) => {
      const shape = shapes.get(code);
      if (shape === undefined) throw new Error(`formerCountyShapes maps ${fips} to ${code}, which us-atlas does not have`);
      if (used.has(code)) throw new Error(`The us-atlas shape ${code} is drawn twice`);
      used.add(code);
      return shape;
    });
    const polygons = parts as (TopoPolygon | TopoMultiPolygon)[];
    const [only] = polygons;
    const geometry: Geometry = polygons.length > 1 || only === undefined ? merge(topology, polygons) : shapeGeometry(topology, only);
    counties.push({ fips, date: activation.date, title, geometry });
  }
  const unused = [...shapes.keys()].filter((code) => !used.has(code)).sort();
  if (unused.length > 0) throw new Error(`us-atlas shapes drawn for no county of the data: ${unused.join(", ")}`);
  return { counties, gaps };
}

/** The map sits this far right of the chart's left edge: the Aleutians reach x = -58 in us-atlas. */
const mapLeft = 64;
const mapTop = 76;

function renderMap(data: ChartData): string {
  const { counties, gaps } = mapCounties(data);
  const { topology } = data;
  const states = new Map(data.jurisdictions.filter((record) => record.kind === "state").map((record) => [record.id, record]));
  const countyRecords = new Map(data.jurisdictions.map((record) => [record.id, record]));
  const dates = data.activations.map((record) => record.date).sort();
  const first = dates[0] ?? "";
  const last = dates.at(-1) ?? "";
  const years = Object.keys(yearColours);
  const countsByYear = new Map(years.map((year) => [year, 0]));
  for (const date of dates) countsByYear.set(date.slice(0, 4), (countsByYear.get(date.slice(0, 4)) ?? 0) + 1);
  const colour = (date: string): string => {
    const value = yearColours[date.slice(0, 4)];
    if (value === undefined) throw new Error(`No colour for the activation year of ${date}`);
    return value;
  };
  const planar = geoPath();
  const width = 1040;

  const dots: MapCounty[] = [];
  const countyPaths = counties.map((county) => {
    const { d, dot } = polygonPathData(county.geometry);
    if (dot) dots.push(county);
    const title = escapeXml(`${county.title}: activated ${county.date}`);
    return `<path${attributes({ "data-fips": county.fips, "data-date": county.date, "data-shape": dot ? "dot" : undefined, fill: colour(county.date) })} d="${d}"><title>${title}</title></path>`;
  });
  const stateBorders = linePathData(mesh(topology, topology.objects.states, (a, b) => a !== b));
  const nationBorder = linePathData(mesh(topology, topology.objects.states, (a, b) => a === b));

  // Callout: Florida, every county activated.
  const florida = states.get("us-fl");
  const floridaCounties = data.activations.filter((record) => countyRecords.get(record.county)?.parent === "us-fl");
  const floridaTotal = data.jurisdictions.filter((record) => record.kind === "county" && record.parent === "us-fl").length;
  const floridaLast = floridaCounties
    .map((record) => record.date)
    .sort()
    .at(-1);
  const annotations: string[] = [];
  if (florida?.fips !== undefined && floridaLast !== undefined && floridaCounties.length === floridaTotal) {
    const shape = topology.objects.states.geometries.find((state) => state.id === florida.fips);
    if (shape !== undefined) {
      const [[, top], [right]] = planar.bounds(feature(topology, shape));
      const [anchorX, anchorY] = [right - 12, top + 58];
      const [labelX, labelY] = [right + 22, top + 20];
      annotations.push(
        `<g data-annotation="florida">`,
        `<path d="${linePathData(mesh(topology, shape))}" fill="none" stroke="${ink}" stroke-width="1.2" stroke-linejoin="round"/>`,
        `<path d="M${formatNumber(labelX - 4)} ${formatNumber(labelY + 10)}L${formatNumber(anchorX)} ${formatNumber(anchorY)}" fill="none" stroke="${ink}" stroke-width="1"/>`,
        `<circle${attributes({ cx: anchorX, cy: anchorY, r: 2.5, fill: ink })}/>`,
        text(labelX, labelY, [`${florida.name}: all ${floridaTotal}`, "counties by", floridaLast], { "font-size": 13 }),
        "</g>",
      );
    }
  }

  // Callout: the last activations, which completed the rollout.
  const lastCounties = data.activations.filter((record) => record.date === last);
  const lastByState = new Map<string, string[]>();
  for (const record of lastCounties) {
    const state = countyRecords.get(record.county)?.parent ?? "";
    lastByState.set(state, [...(lastByState.get(state) ?? []), record.county]);
  }
  const lastStates = [...lastByState].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1));
  if (lastCounties.length > 0) {
    const shapesByFips = new Map(counties.map((county) => [county.fips, county.geometry]));
    const labelX = 610;
    const labelY = 22;
    const leaders = lastStates.map(([, ids]) => {
      const geometries = ids.map((id) => shapesByFips.get(id.replace(/^county-/, ""))).filter((geometry) => geometry !== undefined);
      const [x, y] = planar.centroid({ type: "GeometryCollection", geometries });
      return { x, y };
    });
    const textLines = [
      `Last activations, ${last}:`,
      `${formatCount(lastCounties.length)} counties (${lastStatesSummary(lastStates, states)})`,
      "complete the nationwide rollout",
    ];
    annotations.push(
      `<g data-annotation="last-activations">`,
      ...leaders.map(
        ({ x, y }) =>
          `<path d="M${formatNumber(labelX + 40)} ${formatNumber(labelY + 40)}L${formatNumber(x)} ${formatNumber(y)}" fill="none" stroke="${ink}" stroke-width="1"/><circle${attributes({ cx: x, cy: y, r: 2.5, fill: ink })}/>`,
      ),
      text(labelX, labelY, textLines, { "font-size": 13 }),
      "</g>",
    );
  }

  // Legend and notes.
  const legendTop = mapTop + 628;
  const swatchWidth = 90;
  const legend = [
    `<g data-legend="activation-year">`,
    text(24, legendTop, "Year the county was activated", { "font-size": 13, "font-weight": "bold" }),
    ...years.map((year, index) => {
      const x = 24 + index * (swatchWidth + 6);
      const count = countsByYear.get(year) ?? 0;
      return [
        `<g data-year="${year}">`,
        `<rect${attributes({ x, y: legendTop + 10, width: swatchWidth, height: 14, fill: yearColours[year] })}/>`,
        text(x, legendTop + 40, year, { "font-size": 13, "font-weight": "bold" }),
        text(x, legendTop + 56, `${formatCount(count)} ${count === 1 ? "county" : "counties"}`, { "font-size": 12, fill: mutedInk }),
        "</g>",
      ].join("");
    }),
    "</g>",
  ];
  const gapNames = gaps.map((gap) => gap.title).join(", ");
  const dataSources = [
    ...new Set(data.activations.flatMap((record) => (record.citations ?? []).map((citation) => citation.source))),
  ].sort();
  const dataText = dataSources
    .map((id) => {
      const author = data.sources.find((record) => record.id === id)?.author;
      return author === undefined ? `"${id}"` : `"${id}", ${author}`;
    })
    .join("; ");
  const notesLeft = 620;
  const notes = [
    ...(dataText === "" ? [] : wrapText(`Data: the package's activations dataset; source ${dataText}.`, 11, width - notesLeft - 16)),
    ...wrapText(
      "Shapes: Census county boundaries of 2017 (us-atlas); codes of 2008-2013 they lack are drawn with the shapes of the same land (Alaska approximate).",
      11,
      width - notesLeft - 16,
    ),
    ...(gaps.length > 0
      ? wrapText(
          `No shape of their own: ${gapNames}; their land is part of the county around each, which has the same date.`,
          11,
          width - notesLeft - 16,
        )
      : []),
    ...(dots.length > 0
      ? wrapText(
          `Small diamonds: ${dots.map((county) => county.title).join(", ")}, which have no area at this scale.`,
          11,
          width - notesLeft - 16,
        )
      : []),
  ];
  const notesBlock = text(notesLeft, legendTop, notes, { "font-size": 11, fill: mutedInk });
  const height = Math.ceil(Math.max(legendTop + 56, legendTop + (notes.length - 1) * 11 * 1.3) + 20);

  const title = "Secure Communities rollout: the year each county was activated, 2008-2013";
  const subtitle = `${formatCount(data.activations.length)} counties and county-equivalents, by the day ICE switched on fingerprint sharing there (first ${first}, last ${last})`;
  const yearSummary = years.map((year) => `${year}: ${formatCount(countsByYear.get(year) ?? 0)}`).join("; ");
  const atlasNames = new Map(
    topology.objects.counties.geometries.map((shape) => [
      String(shape.id),
      (shape.properties as { name?: string } | undefined)?.name ?? "",
    ]),
  );
  const periodNames = new Map(data.jurisdictions.map((record) => [record.fips, record.fullName ?? record.name]));
  const mappingSummary = Object.keys(formerCountyShapes)
    .sort()
    .map(
      (fips) =>
        `${fips} ${periodNames.get(fips) ?? ""} as ${(formerCountyShapes[fips] ?? []).map((code) => `${code} ${atlasNames.get(code) ?? ""}`).join(" + ")}`,
    )
    .join("; ");
  const gapSummary = gaps
    .map((gap) => `${gap.fips} ${gap.title} (${gap.date}, inside ${gap.within} ${periodNames.get(gap.within) ?? ""})`)
    .join("; ");
  const description = [
    `Map of the United States (Albers USA, with Alaska and Hawaii inset) with one shape per county, ${formatCount(counties.length)} in all, coloured by the year Secure Communities was activated there, from ${first} to ${last}.`,
    `Counties activated a year: ${yearSummary}.`,
    floridaLast === undefined ? "" : `A callout marks Florida, where all ${floridaTotal} counties were activated by ${floridaLast}.`,
    lastCounties.length > 0
      ? `A callout marks the last ${formatCount(lastCounties.length)} counties, activated on ${last} (${lastStatesSummary(lastStates, states)}).`
      : "",
    `County codes of the period that the 2017 us-atlas shapes lack are drawn with the current shapes of the same land, coloured with the period code's date: ${mappingSummary}.`,
    gaps.length > 0
      ? `Listed gaps, with no shape of their own (their land is drawn as part of the county around them, which has the same date): ${gapSummary}.`
      : "",
    dots.length > 0
      ? `Counties whose us-atlas shape has no area at this scale, drawn as a small diamond where the shape lies: ${dots.map((county) => `${county.fips} ${county.title}`).join("; ")}.`
      : "",
  ]
    .filter((sentence) => sentence !== "")
    .join(" ");

  return svgDocument("rollout-map", width, height, title, description, [
    text(24, 32, title, { "font-size": 20, "font-weight": "bold" }),
    text(24, 54, subtitle, { "font-size": 13, fill: mutedInk }),
    `<g transform="translate(${mapLeft} ${mapTop})">`,
    `<g data-layer="counties" stroke="#ffffff" stroke-width="0.2" stroke-linejoin="round">`,
    ...countyPaths,
    "</g>",
    `<path data-layer="state-borders" d="${stateBorders}" fill="none" stroke="#ffffff" stroke-width="1" stroke-linejoin="round"/>`,
    `<path data-layer="nation-border" d="${nationBorder}" fill="none" stroke="${mutedInk}" stroke-width="0.6" stroke-linejoin="round"/>`,
    ...annotations,
    "</g>",
    ...legend,
    notesBlock,
  ]);
}

function lastStatesSummary(lastStates: readonly [string, readonly string[]][], states: ReadonlyMap<string, ChartJurisdiction>): string {
  return lastStates.map(([state, ids]) => `${states.get(state)?.name ?? state} ${ids.length}`).join(", ");
}

// ---------------------------------------------------------------------------------------------
// the rollout curve
// ---------------------------------------------------------------------------------------------

/** Finds a marked decision: by its id, else by kind (and government) within the rollout window. */
export function findDecision(events: readonly ChartEvent[], marker: (typeof decisionMarkers)[number]): ChartEvent | undefined {
  const byId = events.find((event) => event.id === marker.id);
  if (byId !== undefined) return byId;
  const candidates = events.filter(
    (event) =>
      marker.kinds.includes(event.kind) &&
      (marker.jurisdiction === undefined ||
        event.actorJurisdiction === marker.jurisdiction ||
        (event.jurisdictions ?? []).includes(marker.jurisdiction)),
  );
  return [...candidates].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1))[0];
}

function renderCurve(data: ChartData): string {
  const width = 920;
  const height = 540;
  const plot = { left: 84, right: width - 36, top: 92, bottom: height - 70 };
  const dates = data.activations.map((record) => record.date).sort();
  const first = dates[0] ?? "2008-10-27";
  const last = dates.at(-1) ?? "2013-01-22";
  const total = dates.length;
  const domainStart = dayNumber(`${first.slice(0, 7)}-01`);
  const domainEnd = dayNumber(last) + 40;
  const x = (day: number): number => plot.left + ((day - domainStart) / (domainEnd - domainStart)) * (plot.right - plot.left);
  const yMax = total;
  const y = (count: number): number => plot.bottom - (count / yMax) * (plot.bottom - plot.top);

  // The step curve: flat until each activation day, then up by that day's counties.
  const cumulative: [string, number][] = [];
  for (const date of dates) {
    const previous = cumulative.at(-1);
    if (previous !== undefined && previous[0] === date) previous[1] += 1;
    else cumulative.push([date, (previous?.[1] ?? 0) + 1]);
  }
  let curve = `M${formatNumber(x(domainStart))} ${formatNumber(y(0))}`;
  for (const [date, count] of cumulative) curve += `H${formatNumber(x(dayNumber(date)))}V${formatNumber(y(count))}`;
  const curveEnd = `H${formatNumber(x(domainEnd))}`;
  const area = `${curve}${curveEnd}V${formatNumber(y(0))}z`;

  // Axes.
  const body: string[] = [];
  const yTicks = [0, 500, 1000, 1500, 2000, 2500, 3000];
  body.push(`<g data-axis="y" font-size="12">`);
  for (const tick of yTicks) {
    body.push(line(plot.left, y(tick), plot.right, y(tick), { stroke: tick === 0 ? mutedInk : gridInk, "stroke-width": 1 }));
    body.push(text(plot.left - 8, y(tick) + 4, formatCount(tick), { "text-anchor": "end", fill: mutedInk }));
  }
  body.push(line(plot.left, y(total), plot.right, y(total), { stroke: mutedInk, "stroke-width": 1, "stroke-dasharray": "2 3" }));
  body.push(text(plot.left - 8, y(total) + 4, formatCount(total), { "text-anchor": "end", "font-weight": "bold" }));
  body.push(
    text(0, 0, "Counties activated (cumulative)", {
      transform: `translate(22 ${formatNumber((plot.top + plot.bottom) / 2)}) rotate(-90)`,
      "text-anchor": "middle",
      "font-size": 13,
    }),
    "</g>",
  );
  const firstYear = Number(first.slice(0, 4));
  const lastYear = Number(last.slice(0, 4));
  body.push(`<g data-axis="x" font-size="12">`);
  for (let year = firstYear + 1; year <= lastYear; year += 1) {
    const tickX = x(dayNumber(`${year}-01-01`));
    body.push(line(tickX, plot.top, tickX, plot.bottom, { stroke: gridInk, "stroke-width": 1 }));
    body.push(line(tickX, plot.bottom, tickX, plot.bottom + 6, { stroke: mutedInk, "stroke-width": 1 }));
    body.push(text(tickX, plot.bottom + 20, String(year), { "text-anchor": "middle", fill: mutedInk }));
  }
  body.push(
    text((plot.left + plot.right) / 2, plot.bottom + 44, "Date of activation (year ticks on January 1)", {
      "text-anchor": "middle",
      "font-size": 13,
    }),
    "</g>",
  );

  // The curve.
  body.push(
    `<path data-series="cumulative-activations" d="${area}" fill="#2a788e" fill-opacity="0.12" stroke="none"/>`,
    `<path data-series="cumulative-activations" d="${curve}${curveEnd}" fill="none" stroke="#2a788e" stroke-width="2.5" stroke-linejoin="round"/>`,
  );

  // Decisions. All but the last fall in mid-2011, within three months of each other: their
  // labels are stacked in the empty space above the curve, left of the earliest line, the latest
  // decision highest, so that no leader crosses another decision's line. The last (the
  // completion, at the right edge) is labelled under the curve.
  const found = decisionMarkers.map((marker) => ({ marker, event: findDecision(data.events, marker) }));
  const present = found.filter(
    (entry): entry is { marker: (typeof decisionMarkers)[number]; event: ChartEvent } => entry.event !== undefined,
  );
  const completion = present.find((entry) => entry.marker.id === "nationwide-completion");
  const stacked = present.filter((entry) => entry !== completion);
  const markerLines: string[] = [];
  const leftmost = Math.min(...stacked.map((entry) => x(dayNumber(entry.event.date))));
  stacked.forEach((entry, index) => {
    const { event } = entry;
    const lineX = x(dayNumber(event.date));
    const labelY = plot.top + 24 + (stacked.length - 1 - index) * 20;
    markerLines.push(
      `<g data-decision="${escapeXml(event.id)}" data-date="${escapeXml(event.date)}">`,
      `<title>${escapeXml(`${event.date}: ${event.title}`)}</title>`,
      line(lineX, labelY - 4, lineX, plot.bottom, { stroke: ink, "stroke-width": 1, "stroke-dasharray": "4 3" }),
      line(leftmost - 10, labelY - 4, lineX, labelY - 4, { stroke: ink, "stroke-width": 1 }),
      text(leftmost - 14, labelY, `${entry.marker.label}, ${event.date}`, { "text-anchor": "end", "font-size": 12 }),
      "</g>",
    );
  });
  if (completion !== undefined) {
    const { event } = completion;
    const lineX = x(dayNumber(event.date));
    markerLines.push(
      `<g data-decision="${escapeXml(event.id)}" data-date="${escapeXml(event.date)}">`,
      `<title>${escapeXml(`${event.date}: ${event.title}`)}</title>`,
      line(lineX, plot.top, lineX, plot.bottom, { stroke: ink, "stroke-width": 1, "stroke-dasharray": "4 3" }),
      text(lineX - 8, plot.bottom - 40, `${completion.marker.label}, ${event.date}`, { "text-anchor": "end", "font-size": 12 }),
      "</g>",
    );
  }
  body.push(`<g data-layer="decisions">`, ...markerLines, "</g>");

  const title = "Secure Communities rollout: counties activated, 2008-2013";
  const subtitle = `All ${formatCount(total)} counties and county-equivalents by day of activation, ${first} to ${last}; dashed lines mark decisions`;
  const marked = found
    .map(({ marker, event }) =>
      event === undefined ? `${marker.label} (not in the published events)` : `${marker.label} on ${event.date}`,
    )
    .join("; ");
  const description = [
    `Step chart of the number of counties where Secure Communities was active, from 0 before ${first} to all ${formatCount(total)} on ${last}.`,
    `Counties activated by the start of each year: ${yearStarts(cumulative, firstYear + 1, lastYear)}.`,
    `Vertical lines mark: ${marked}.`,
  ].join(" ");
  return svgDocument("rollout-curve", width, height, title, description, [
    text(24, 32, title, { "font-size": 20, "font-weight": "bold" }),
    text(24, 54, subtitle, { "font-size": 13, fill: mutedInk }),
    ...body,
  ]);
}

function yearStarts(cumulative: readonly [string, number][], fromYear: number, toYear: number): string {
  const starts: string[] = [];
  for (let year = fromYear; year <= toYear; year += 1) {
    const before = cumulative.filter(([date]) => date < `${year}-01-01`).at(-1);
    starts.push(`${year}: ${formatCount(before?.[1] ?? 0)}`);
  }
  return starts.join("; ");
}

// ---------------------------------------------------------------------------------------------
// the Florida statistic
// ---------------------------------------------------------------------------------------------

/** Fills of the categories in order (Okabe-Ito), and of the unreported remainder; text colours to match. */
const categoryFills = [
  { fill: "#0072b2", text: "#ffffff" },
  { fill: "#e69f00", text: ink },
  { fill: "#009e73", text: ink },
  { fill: "#cc79a7", text: ink },
  { fill: "#56b4e9", text: ink },
];
const remainderFill = { fill: "#e6e6e6", text: ink };

function renderStatistic(statistic: ChartStatistic, sources: readonly ChartSource[]): string {
  const width = 920;
  const contentWidth = width - 48;
  const titleLines = wrapText(statistic.title, 20 * 1.1, contentWidth);
  const titleBottom = 32 + (titleLines.length - 1) * 26;
  const bar = { left: 24, right: width - 24, top: titleBottom + 76, height: 48 };
  const percentages = statisticPercentages(statistic, { decimals: 1 });
  const barWidth = bar.right - bar.left;
  const categoriesById = new Map(statistic.categories.map((category) => [category.id, category]));
  const categorySum = percentages.rows.filter((row) => !row.remainder).reduce((sum, row) => sum + row.count, 0);
  const rowCount = (row: (typeof percentages.rows)[number]): string => {
    if (row.remainder) return `${formatCount(row.count)}, derived (${formatCount(percentages.total)} − ${formatCount(categorySum)})`;
    const count = categoriesById.get(row.id)?.count;
    return count === undefined ? formatCount(row.count) : formatQualifiedCount(count);
  };

  // Segments in input order, the remainder last. Each label hangs below the start of its segment
  // (the last one below the bar's end, right-aligned); a label that would run into the one before
  // it in its row drops to the next row.
  let offset = bar.left;
  const rowEnds: number[] = [];
  const labelRowHeight = 44;
  const segments = percentages.rows.map((row, index) => {
    const isLast = index === percentages.rows.length - 1;
    const segmentWidth = (row.share / 100) * barWidth;
    const x = offset;
    offset += segmentWidth;
    const countText = rowCount(row);
    const labelWidth = Math.max(textWidth(row.label, 14 * 1.1), textWidth(countText, 13));
    const labelX = isLast ? x + segmentWidth : x;
    const [start, end] = isLast ? [labelX - labelWidth, labelX] : [labelX, labelX + labelWidth];
    let level = 0;
    while ((rowEnds[level] ?? Number.NEGATIVE_INFINITY) + 12 > start) level += 1;
    rowEnds[level] = end;
    const colours = row.remainder ? remainderFill : (categoryFills[index % categoryFills.length] ?? remainderFill);
    return { row, x, width: segmentWidth, isLast, labelX, level, countText, colours };
  });
  const labelsBottom = bar.top + bar.height + 48 + (rowEnds.length - 1) * labelRowHeight;

  const body: string[] = [];
  for (const segment of segments) {
    const { row, isLast, labelX, level } = segment;
    const share = `${row.share.toFixed(percentages.decimals)}%`;
    const anchor = isLast ? "end" : "start";
    const tickX = labelX + (isLast ? -0.75 : 0.75);
    const labelTop = bar.top + bar.height + level * labelRowHeight;
    body.push(
      `<g data-category="${escapeXml(row.id)}" data-share="${share.slice(0, -1)}">`,
      `<rect${attributes({ x: segment.x, y: bar.top, width: segment.width, height: bar.height, fill: segment.colours.fill, stroke: "#ffffff", "stroke-width": 1.5 })}/>`,
      text(segment.x + segment.width / 2, bar.top + bar.height / 2 + 6, share, {
        "text-anchor": "middle",
        "font-size": 16,
        "font-weight": "bold",
        fill: segment.colours.text,
      }),
      line(tickX, bar.top + bar.height, tickX, labelTop + 12, { stroke: mutedInk, "stroke-width": 1 }),
      text(labelX, labelTop + 30, row.label, { "text-anchor": anchor, "font-size": 14, "font-weight": "bold" }),
      text(labelX, labelTop + 48, segment.countText, { "text-anchor": anchor, "font-size": 13 }),
      "</g>",
    );
  }

  const period = `${formatPartialDate(statistic.from)} to ${formatPartialDate(statistic.to)}`;
  const subtitle = `${period}: ${formatQualifiedCount(statistic.total)} people ${statistic.measure} in all (100%)`;
  const citedSources = [...new Set(statistic.citations.map((citation) => citation.source))];
  const locators = [...new Set(statistic.citations.map((citation) => citation.locator).filter((locator) => locator !== undefined))];
  const sourceText = citedSources
    .map((id) => {
      const source = sources.find((record) => record.id === id);
      if (source === undefined) return id;
      return [`"${source.title}"`, source.publisher, source.published].filter((part) => part !== undefined).join(", ");
    })
    .join("; ");
  const approximate = percentages.rows.some((row) => row.approximate);
  const qualifiersUsed = [statistic.total, ...statistic.categories.map((category) => category.count)]
    .map((count) => (count === undefined ? "" : qualifierWords[count.qualifier].trim()))
    .filter((word, index, all) => word !== "" && all.indexOf(word) === index)
    .map((word) => `"${word}"`);
  const notes = [
    ...(approximate
      ? wrapText(
          `All figures are approximate: the counts carry the source's qualifiers (${qualifiersUsed.join(", ")}), and the shares are computed from the reported numbers (total ${formatCount(percentages.total)}), rounded to ${percentages.decimals} decimal by largest remainder so that they add up to 100.`,
          12,
          contentWidth,
        )
      : []),
    ...(segments.some((segment) => segment.row.remainder)
      ? wrapText(
          `"Not reported in source": the part of the total that the source's categories leave out; the source does not say who these people were.`,
          12,
          contentWidth,
        )
      : []),
    ...wrapText(`Source: ${sourceText}${locators.length > 0 ? `, ${locators.join(", ")}` : ""}.`, 12, contentWidth),
  ];
  const notesTop = labelsBottom + 36;
  const height = Math.ceil(notesTop + (notes.length - 1) * 12 * 1.3 + 20);
  const rowsSummary = percentages.rows
    .map((row) => `${row.label}: ${rowCount(row)}, ${row.share.toFixed(percentages.decimals)}%`)
    .join("; ");
  const description = `One horizontal bar split into the categories of the statistic ${statistic.id}, ${period}, total ${formatQualifiedCount(statistic.total)}: ${rowsSummary}. Figures are approximate. Source: ${sourceText}.`;
  return svgDocument("florida-statistic", width, height, statistic.title, description, [
    text(24, 32, titleLines, { "font-size": 20, "font-weight": "bold" }),
    text(24, titleBottom + 24, subtitle, { "font-size": 14, fill: mutedInk }),
    text(24, titleBottom + 56, "Share of the total, by category as the source labels it:", { "font-size": 13, fill: mutedInk }),
    ...body,
    text(24, notesTop, notes, { "font-size": 12, fill: mutedInk }),
  ]);
}

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
