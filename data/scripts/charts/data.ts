/**
 * What the charts read: the records they draw, loaded from the published files and the county
 * import, and the choices they share (colours, markers, the Florida statistic).
 */

import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { GeometryCollection, Topology } from "topojson-specification";
import { type ChartCounts, countsFromHelpers } from "./counts.js";

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
  /** A code ICE's list carries for a former county-equivalent, which the counts leave out. */
  readonly listedOnly?: true | undefined;
  /** For an area of the period the list lacks: the listed areas whose day it takes. */
  readonly activationFrom?: readonly { readonly county: string }[] | undefined;
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

export interface ChartQualifiedCount {
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

/**
 * Everything the charts are drawn from: the records, the shapes, and the counts they print,
 * which are the package's helpers' (each county of 2008-2013 once; see ./counts.ts).
 */
export interface ChartData {
  readonly activations: readonly ChartActivation[];
  readonly jurisdictions: readonly ChartJurisdiction[];
  readonly events: readonly ChartEvent[];
  readonly statistics: readonly ChartStatistic[];
  readonly sources: readonly ChartSource[];
  readonly topology: CountyTopology;
  readonly counts: ChartCounts;
}

export const root = fileURLToPath(new URL("../../../", import.meta.url));

/** Where the charts are written, relative to the repository root. */
export const chartsDirectory = "docs/charts";

export function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, "utf8")) as T;
}

export function readPublished<T>(directory: string, name: string): T[] {
  const path = join(directory, "data", "published", `${name}.json`);
  return existsSync(path) ? readJson<T[]>(path) : [];
}

/**
 * Reads the charts' inputs from a checkout: the county import, the published events,
 * statistics and sources (no records when a file is not published yet), and the us-atlas shapes;
 * the counts come from the package's helpers.
 */
export function loadChartData(directory: string = root): ChartData {
  return {
    activations: readJson<ChartActivation[]>(join(directory, "data", "imported", "activations.json")),
    jurisdictions: readJson<ChartJurisdiction[]>(join(directory, "data", "imported", "jurisdictions.json")),
    events: readPublished<ChartEvent>(directory, "events"),
    statistics: readPublished<ChartStatistic>(directory, "statistics"),
    sources: readPublished<ChartSource>(directory, "sources"),
    topology: readJson<CountyTopology>(join(directory, "node_modules", "us-atlas", "counties-albers-10m.json")),
    counts: countsFromHelpers(),
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

export const fontFamily = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
export const ink = "#1a1a1a";
export const mutedInk = "#555555";
export const gridInk = "#d9d9d9";
