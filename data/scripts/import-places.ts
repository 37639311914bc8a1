/**
 * The places import: turns the county code changes and the largest places of the 2020 Census into
 * `data/imported/county-code-changes.json` and `data/imported/cities.json`, and copies the licence of
 * the Connecticut town table the Connecticut code changes are derived from.
 *
 * Usage:
 *   npm run import:places -- <data directory> [--out <dir>] [--check]
 *
 * The data directory holds `county-code-changes.csv`, `ct-towns-counties-planning-regions.csv` (and its
 * `.LICENSE`) and `places-to-counties.csv`. `--out` defaults to `data/imported`. `--check` imports into
 * memory and fails when a file differs byte for byte from what is in the output directory, naming the
 * file and the command to run. The package itself never reads the data directory: the build reads
 * only what this script wrote.
 *
 * Checks made on the way (any failure stops the import, listing every problem):
 * - each code change has 5-digit codes, a real date, a known kind and at least one known source;
 * - the Connecticut rows are exactly the (old county, planning region) pairs that share towns in the
 *   town table;
 * - each place lies in counties that are jurisdictions of 2008-2013, or whose code changes lead to one.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import type { z } from "zod";
import type { countyCodeChange, jurisdiction } from "../schema.js";
import { defaultOutDir } from "./import-activations.js";
import { recordsJson } from "./records-json.js";
import { runIfMain } from "./script-main.js";

type CountyCodeChange = z.input<typeof countyCodeChange>;
type Jurisdiction = z.input<typeof jurisdiction>;
type Citation = CountyCodeChange["citations"][number];

/** Thrown when an input does not pass a check; `problems` lists every one found. */
export class PlacesImportError extends Error {
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(`The places import failed with ${problems.length} problem(s):\n  ${problems.join("\n  ")}`);
    this.name = "PlacesImportError";
    this.problems = problems;
  }
}

/** A CSV file as rows of fields (RFC 4180: quoted fields, doubled quotes, CRLF or LF). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  const body = text.replace(/^\uFEFF/, "");
  for (let index = 0; index < body.length; index++) {
    const character = body[index] as string;
    if (quoted) {
      if (character === '"' && body[index + 1] === '"') {
        field += '"';
        index++;
      } else if (character === '"') quoted = false;
      else field += character;
    } else if (character === '"') quoted = true;
    else if (character === ",") {
      row.push(field);
      field = "";
    } else if (character === "\n" || character === "\r") {
      if (character === "\r" && body[index + 1] === "\n") index++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += character;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

function records(text: string, columns: readonly string[], file: string, problems: string[]): Record<string, string>[] {
  const [header = [], ...rows] = parseCsv(text);
  if (header.join(",") !== columns.join(",")) {
    problems.push(`${file}: expected the header "${columns.join(",")}", got "${header.join(",")}"`);
    return [];
  }
  return rows.map((fields, index) => {
    if (fields.length !== columns.length)
      problems.push(`${file} line ${index + 2}: expected ${columns.length} fields, got ${fields.length}`);
    return Object.fromEntries(columns.map((column, position) => [column, fields[position] ?? ""]));
  });
}

// ---------------------------------------------------------------------------------------------
// County code changes
// ---------------------------------------------------------------------------------------------

/** The source ids of `data/sources.ts`, by how the CSV's `source` column names each source. */
const sourceIds: Readonly<Record<string, string>> = {
  "rdinter/test-counties": "rdinter-test-counties-fips-issues",
  "seandavi/cancer-on-ice": "cancer-on-ice-county-recodes",
  "UI-Research/crosswalk": "ui-research-crosswalk-county-events",
  "cfpb/consumerfinance.gov": "cfpb-fips-meta",
  "datamapio/geoid": "datamapio-geoid-county-readme",
  "CT-Data-Collaborative/ct-town-to-planning-region": "ctdata-town-to-planning-region",
  "https://portal.ct.gov/OPM/IGPP/ORG/Planning-Regions/Planning-Regions---Overview": "ct-opm-planning-regions",
  "https://en.wikipedia.org/wiki/Chugach_Census_Area,_Alaska": "wikipedia-chugach-census-area",
  "mattmccreesh/traceroute_choropleth": "traceroute-choropleth-national-county",
};

/** The sources that give a change at second hand (a secondary source or a derivation): medium confidence. */
const secondary: ReadonlySet<string> = new Set(["wikipedia-chugach-census-area"]);

const changeColumns = ["old_code", "old_name", "new_code", "new_name", "effective_date", "change", "source", "note"] as const;
const changeKinds: readonly string[] = ["rename", "merge", "split", "new", "replace"];

function citationsOf(sourceText: string, where: string, problems: string[]): Citation[] {
  const citations: Citation[] = [];
  for (const part of sourceText.split(";")) {
    const [name = "", ...rest] = part.trim().split(" ");
    const id = sourceIds[name];
    if (id === undefined) {
      problems.push(`${where}: unknown source "${name}"`);
      continue;
    }
    const path = rest.join(" ").split("@")[0];
    citations.push({ source: id, ...(path ? { locator: path } : {}), confidence: secondary.has(id) ? "medium" : "high" });
  }
  if (citations.length === 0) problems.push(`${where}: no source`);
  return citations;
}

function importCodeChanges(text: string, problems: string[]): CountyCodeChange[] {
  const rows = records(text, changeColumns, "county-code-changes.csv", problems);
  return rows.map((row, index) => {
    const where = `county-code-changes.csv line ${index + 2}`;
    if (!/^\d{5}$/.test(row["old_code"] ?? "") || !/^\d{5}$/.test(row["new_code"] ?? ""))
      problems.push(`${where}: codes must have 5 digits`);
    if (!changeKinds.includes(row["change"] ?? "")) problems.push(`${where}: unknown change "${row["change"]}"`);
    if (!/^\d{4}(-\d{2}-\d{2})?$/.test(row["effective_date"] ?? "")) problems.push(`${where}: effective_date must be YYYY or YYYY-MM-DD`);
    return {
      id: `${row["old_code"]}-${row["new_code"]}`,
      oldCode: row["old_code"] ?? "",
      oldName: row["old_name"] ?? "",
      newCode: row["new_code"] ?? "",
      newName: row["new_name"] ?? "",
      date: row["effective_date"] ?? "",
      change: row["change"] as CountyCodeChange["change"],
      note: row["note"] ?? "",
      citations: citationsOf(row["source"] ?? "", where, problems),
    };
  });
}

const townColumns = ["town_name", "town_fips_2020", "town_fips_2022", "ce_name_2022", "ce_fips_2022"] as const;

/** The (old county, planning region) pairs that share towns, from the Connecticut town table. */
export function connecticutPairs(text: string, problems: string[]): Set<string> {
  const pairs = new Set<string>();
  for (const row of records(text, townColumns, "ct-towns-counties-planning-regions.csv", problems)) {
    // Codes are written as integers without the leading zero: 901301080 is state 09, county 013.
    const county = (row["town_fips_2020"] ?? "").padStart(10, "0").slice(0, 5);
    const region = (row["ce_fips_2022"] ?? "").padStart(5, "0");
    pairs.add(`${county}-${region}`);
  }
  return pairs;
}

function checkConnecticut(changes: readonly CountyCodeChange[], pairs: ReadonlySet<string>, problems: string[]): void {
  const rows = new Set(changes.filter((change) => change.change === "replace").map((change) => change.id));
  for (const pair of pairs) if (!rows.has(pair)) problems.push(`Connecticut: the towns pair ${pair}, but no replace row says so`);
  for (const row of rows) if (!pairs.has(row)) problems.push(`Connecticut: the replace row ${row} pairs no towns of the town table`);
}

// ---------------------------------------------------------------------------------------------
// Cities
// ---------------------------------------------------------------------------------------------

const placeColumns = [
  "rank",
  "place_geoid",
  "place_name",
  "state",
  "county_fips",
  "county_pop_2020",
  "population",
  "population_year",
] as const;

/**
 * Census place types, as the end of a Geocorr place name gives them, longest first; the name
 * before the type is the city's name.
 */
const placeTypes: readonly [string, Jurisdiction["type"]][] = [
  [" consolidated government", "consolidated government"],
  [" metropolitan government", "metropolitan government"],
  [" unified government", "unified government"],
  [" metro government", "metro government"],
  [" urban county", "urban county"],
  [" municipality", "Municipality"],
  [" County", "County"],
  [" city", "city"],
  [" town", "town"],
  [" CDP", "CDP"],
];

/** Extra names of cities in common use, by place GEOID. */
const cityAliases: Readonly<Record<string, readonly string[]>> = {
  "3651000": ["New York City", "NYC", "City of New York"],
};

/** The states of the data by USPS code; places elsewhere (Puerto Rico) are left out. */
const stateFipsByUsps = (states: readonly { usps: string; fips: string }[]) => new Map(states.map((state) => [state.usps, state.fips]));

interface PeriodJurisdictions {
  /** 5-digit codes of the counties of 2008-2013. */
  readonly counties: ReadonlySet<string>;
  /** USPS codes and FIPS codes of the states. */
  readonly states: readonly { usps: string; fips: string }[];
}

function periodCounty(code: string, period: PeriodJurisdictions, changes: readonly CountyCodeChange[]): string | undefined {
  if (period.counties.has(code)) return code;
  const earlier = changes.filter((change) => change.newCode === code && period.counties.has(change.oldCode));
  return earlier.length === 1 ? earlier[0]?.oldCode : undefined;
}

function importCities(
  text: string,
  period: PeriodJurisdictions,
  changes: readonly CountyCodeChange[],
  problems: string[],
): { cities: Jurisdiction[]; leftOut: string[] } {
  const states = stateFipsByUsps(period.states);
  const cities: Jurisdiction[] = [];
  const leftOut: string[] = [];
  for (const [index, row] of records(text, placeColumns, "places-to-counties.csv", problems).entries()) {
    const where = `places-to-counties.csv line ${index + 2}`;
    const geoid = row["place_geoid"] ?? "";
    const usps = row["state"] ?? "";
    const stateFips = states.get(usps);
    if (stateFips === undefined) {
      leftOut.push(`${row["place_name"]} (${geoid})`);
      continue;
    }
    if (!/^\d{7}$/.test(geoid) || !geoid.startsWith(stateFips)) problems.push(`${where}: place_geoid "${geoid}" is not a GEOID of ${usps}`);
    const fullName = (row["place_name"] ?? "").replace(new RegExp(`, ${usps}$`), "");
    const bare = fullName.replace(/ \(balance\)$/, "");
    const typed = placeTypes.find(([suffix]) => bare.endsWith(suffix));
    if (typed === undefined) {
      problems.push(`${where}: no place type ends "${fullName}"`);
      continue;
    }
    const [suffix, type] = typed;
    const codes = (row["county_fips"] ?? "").split(";");
    const populations = (row["county_pop_2020"] ?? "").split(";").map(Number);
    if (codes.length !== populations.length) problems.push(`${where}: county_fips and county_pop_2020 differ in length`);
    const allParts = codes.map((code, position) => {
      const county = periodCounty(code, period, changes);
      if (county === undefined) problems.push(`${where}: county ${code} is no county of 2008-2013 and no code change leads to one`);
      return { county: `county-${county ?? code}` as const, population: populations[position] ?? Number.NaN };
    });
    const population = Number(row["population"]);
    const sum = populations.reduce((total, part) => total + part, 0);
    if (!Number.isInteger(population) || sum !== population)
      problems.push(`${where}: population ${row["population"]} is not the sum of the parts (${sum})`);
    if (row["population_year"] !== "2020") problems.push(`${where}: population_year must be 2020`);
    // A part with no people is no land of the city that any source confirms: it is left out, and said so.
    const counties = allParts.filter((part) => part.population > 0);
    const empty = codes.filter((_, position) => allParts[position]?.population === 0);
    const first = counties[0];
    if (first === undefined) continue;
    const name = bare.slice(0, -suffix.length);
    const common = commonNames(geoid, name, type);
    cities.push({
      id: `city-${geoid}`,
      kind: "city",
      name,
      fullName,
      type,
      fips: geoid,
      parent: `us-${usps.toLowerCase()}`,
      county: first.county,
      counties,
      population,
      aliases: [...common.names, ...(cityAliases[geoid] ?? [])],
      ...(empty.length === 0
        ? {}
        : {
            note: `Geocorr 2022 also lists ${empty.length === 1 ? "county" : "counties"} ${empty.join(", ")} with none of the city's 2020 population; no source seen confirms city land there, so ${empty.length === 1 ? "that part is" : "those parts are"} left out.`,
          }),
      citations: [
        { source: "mcdc-geocorr-2022-county-place", locator: `place ${geoid}, rank ${row["rank"]} by 2020 population`, confidence: "high" },
        ...common.citations,
      ],
    });
  }
  return {
    cities: mergeCities(
      cities.sort((a, b) => (a.id < b.id ? -1 : 1)),
      problems,
    ),
    leftOut,
  };
}

/**
 * Census places that are one city under two codes, folded into the first: Louisville's
 * consolidated city is the metro government's balance (2148006) together with the place Geocorr
 * calls "Louisville city" (2148000); their 2020 counts add up to the consolidated city's 633,045.
 */
const mergedPlaces: readonly { readonly into: string; readonly from: string; readonly note: string }[] = [
  {
    into: "2148006",
    from: "2148000",
    note: "Geocorr 2022 lists the consolidated city under two place codes, the metro government's balance (2148006, 386,884 people) and Louisville city (2148000, 246,161); the record is both, with their sum, the consolidated city's 2020 population. The metro government governs all of Jefferson County, which also holds other incorporated cities.",
  },
];

function mergeCities(cities: readonly Jurisdiction[], problems: string[]): Jurisdiction[] {
  const byFips = new Map(cities.map((city) => [city.fips, city]));
  for (const { into, from, note } of mergedPlaces) {
    const target = byFips.get(into);
    const folded = byFips.get(from);
    if (target === undefined || folded === undefined) {
      if (target !== folded)
        problems.push(`places-to-counties.csv: place ${target === undefined ? into : from} has no place to merge with`);
      continue;
    }
    const parts = new Map<string, number>();
    for (const part of [...(target.counties ?? []), ...(folded.counties ?? [])])
      parts.set(part.county, (parts.get(part.county) ?? 0) + part.population);
    const counties = [...parts].map(([county, population]) => ({ county, population })).sort((a, b) => b.population - a.population);
    byFips.set(into, {
      ...target,
      counties,
      county: (counties[0] as { county: string }).county,
      population: (target.population ?? 0) + (folded.population ?? 0),
      aliases: [...target.aliases, folded.fullName],
      note,
      citations: [
        ...target.citations,
        ...folded.citations.filter(
          (citation) => !target.citations.some((own) => own.source === citation.source && own.locator === citation.locator),
        ),
      ],
    });
    byFips.delete(from);
  }
  return [...byFips.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** Place types of a consolidated city-county: the common name is the city's part of a hyphenated or slashed name. */
const consolidatedTypes: readonly Jurisdiction["type"][] = [
  "consolidated government",
  "unified government",
  "metropolitan government",
  "metro government",
  "urban county",
  "County",
];

/**
 * Census names that are not the names people use, and the source for each: the Census name with
 * its legal form removed is the rule ("Houston city" is Houston), and a consolidated city-county
 * goes by its city's part ("Nashville-Davidson" is Nashville); each of those is cited here, with the
 * exceptions to the rule ("Boise City" is Boise, "Urban Honolulu" Honolulu).
 */
const irregularNames: Readonly<Record<string, { readonly names: readonly string[]; readonly citation?: Citation }>> = {
  "1608830": {
    names: ["Boise"],
    citation: {
      source: "boise-mayor-city-government",
      evidence: "Boise City has a strong mayor-council form of government.",
      confidence: "medium",
    },
  },
  "4752006": {
    names: [],
    citation: {
      source: "nashville-gov-history-of-metro",
      evidence: "the citizens of Davidson County and the City of Nashville",
      confidence: "high",
    },
  },
  "1303440": {
    names: [],
    citation: {
      source: "accgov-form-of-government",
      evidence: "The Athens-Clarke County Unified Government was formed in 1990",
      confidence: "high",
    },
  },
  "1304204": {
    names: [],
    citation: {
      source: "augusta-chronicle-consolidation-vote-1995",
      evidence: "Augusta and Richmond County voters agreed to consolidate their governments",
      confidence: "high",
    },
  },
  "1349008": {
    names: [],
    citation: {
      source: "macon-telegraph-finishing-touches-2013-12-21",
      evidence: "which will be replaced Jan. 1 by Macon-Bibb County",
      confidence: "high",
    },
  },
  "1571550": {
    names: ["Honolulu"],
    citation: {
      source: "hawaii-reporter-subcounty-2012",
      evidence: "the City and County of Honolulu was reported as Urban Honolulu CDP",
      confidence: "high",
    },
  },
  "0665042": {
    names: [],
    citation: {
      source: "latimes-ventura-two-names-1990",
      evidence: "The official name of the city is San Buenaventura",
      confidence: "high",
    },
  },
  "2146027": {
    names: [],
    citation: {
      source: "ballotpedia-fayette-county-ky",
      evidence: "combined to create the current Lexington-Fayette Urban County Government",
      confidence: "high",
    },
  },
  "2148006": {
    names: [],
    citation: { source: "louisvilleky-gov-merger", evidence: "Louisville/Jefferson County Merger", confidence: "high" },
  },
};

/** The names people use for a city besides its Census name, with the citations that give the irregular ones. */
function commonNames(geoid: string, name: string, type: Jurisdiction["type"]): { names: string[]; citations: Citation[] } {
  const names: string[] = [];
  // "San Buenaventura (Ventura)": both the legal name and the one in brackets.
  const bracketed = /^(.*) \(([^)]+)\)$/.exec(name);
  if (bracketed !== null) names.push(bracketed[1] as string, bracketed[2] as string);
  // "Nashville-Davidson", "Louisville/Jefferson County": the city's own part.
  if (consolidatedTypes.includes(type)) {
    const city = name.split(/[-/]/)[0] as string;
    if (city !== name) names.push(city);
  }
  const irregular = irregularNames[geoid];
  for (const extra of irregular?.names ?? []) if (!names.includes(extra)) names.push(extra);
  return { names, citations: irregular?.citation === undefined ? [] : [irregular.citation] };
}

// ---------------------------------------------------------------------------------------------
// The import
// ---------------------------------------------------------------------------------------------

// ---------------------------------------------------------------------------------------------
// County populations
// ---------------------------------------------------------------------------------------------

const populationColumns = ["county_fips", "state", "county_name", "population_2020"] as const;

/** A county of 2008-2013 and its 2020 Census population, from the 2020 codes that lead to it. */
export interface CountyPopulation {
  readonly county: string;
  readonly population: number;
  /** The 2020 codes summed: the county's own, the code that renamed it, or those it was split into. */
  readonly codes: readonly string[];
}

/**
 * The 2020 population of each county of the period: the county's own 2020 code, the code that
 * renamed it (Kusilvak for Wade Hampton), or the sum of those it was split into (Chugach and Copper
 * River for Valdez-Cordova). A county merged into another after 2013 (Bedford city, into Bedford
 * County) has no 2020 count of its own; the county it joined keeps the whole 2020 count.
 */
function importCountyPopulations(
  text: string,
  period: PeriodJurisdictions,
  changes: readonly CountyCodeChange[],
  problems: string[],
): CountyPopulation[] {
  const byCounty = new Map<string, { population: number; codes: string[] }>();
  const rows = records(text, populationColumns, "county-population-2020.csv", problems);
  for (const [index, row] of rows.entries()) {
    const code = row["county_fips"] ?? "";
    const population = Number(row["population_2020"]);
    if (!/^\d{5}$/.test(code) || !Number.isInteger(population) || population <= 0) {
      problems.push(
        `county-population-2020.csv line ${index + 2}: expected a 5-digit code and a positive count, got "${code}", "${row["population_2020"]}"`,
      );
      continue;
    }
    const county = periodCounty(code, period, changes);
    if (county === undefined) {
      problems.push(
        `county-population-2020.csv line ${index + 2}: county ${code} is no county of 2008-2013 and no code change leads to one`,
      );
      continue;
    }
    const entry = byCounty.get(county) ?? { population: 0, codes: [] };
    entry.population += population;
    entry.codes.push(code);
    byCounty.set(county, entry);
  }
  return [...byCounty]
    .map(([county, { population, codes }]) => ({ county: `county-${county}`, population, codes: codes.sort() }))
    .sort((a, b) => (a.county < b.county ? -1 : 1));
}

/** The inputs of an import, as text. */
export interface PlacesImportInput {
  readonly codeChanges: string;
  readonly countyPopulations: string;
  readonly connecticutTowns: string;
  readonly connecticutTownsLicense: string;
  readonly places: string;
  /** The imported jurisdictions of 2008-2013 (data/imported/jurisdictions.json), parsed. */
  readonly jurisdictions: readonly { id: string; kind: string; fips?: string; usps?: string }[];
}

/** Imports the code changes, the cities and the county populations; the files it writes, by name. */
export function importPlaces(input: PlacesImportInput): { files: Record<string, string>; leftOut: string[] } {
  const problems: string[] = [];
  const changes = importCodeChanges(input.codeChanges, problems);
  checkConnecticut(changes, connecticutPairs(input.connecticutTowns, problems), problems);
  const period: PeriodJurisdictions = {
    counties: new Set(input.jurisdictions.filter((record) => record.kind === "county").map((record) => record.fips ?? "")),
    states: input.jurisdictions.flatMap((record) =>
      record.kind === "state" && record.usps !== undefined && record.fips !== undefined ? [{ usps: record.usps, fips: record.fips }] : [],
    ),
  };
  const { cities, leftOut } = importCities(input.places, period, changes, problems);
  const populations = importCountyPopulations(input.countyPopulations, period, changes, problems);
  if (!input.connecticutTownsLicense.includes("CTData Collaborative")) problems.push("the Connecticut licence names no copyright holder");
  if (problems.length > 0) throw new PlacesImportError(problems);
  return {
    files: {
      "county-code-changes.json": recordsJson(changes.sort((a, b) => (a.id < b.id ? -1 : 1))),
      "cities.json": recordsJson(cities),
      "county-populations.json": recordsJson(populations),
      "ct-towns-counties-planning-regions.LICENSE": input.connecticutTownsLicense,
    },
    leftOut,
  };
}

/** Reads the inputs from a data directory and the imported jurisdictions from `outDir`. */
export function readPlacesInput(dataDir: string, outDir: string = defaultOutDir): PlacesImportInput {
  const read = (name: string) => readFileSync(join(dataDir, name), "utf8");
  return {
    codeChanges: read("county-code-changes.csv"),
    countyPopulations: read("county-population-2020.csv"),
    connecticutTowns: read("ct-towns-counties-planning-regions.csv"),
    connecticutTownsLicense: read("ct-towns-counties-planning-regions.LICENSE"),
    places: read("places-to-counties.csv"),
    jurisdictions: JSON.parse(readFileSync(join(outDir, "jurisdictions.json"), "utf8")) as PlacesImportInput["jurisdictions"],
  };
}

const usage = "Usage: npm run import:places -- <data directory> [--out <dir>] [--check]";

function main(args: readonly string[]): number {
  const check = args.includes("--check");
  const outIndex = args.indexOf("--out");
  const outDir = outIndex === -1 ? defaultOutDir : resolve(args[outIndex + 1] ?? "");
  const dataDir = args.find((arg, index) => !arg.startsWith("--") && (outIndex === -1 || index !== outIndex + 1));
  if (dataDir === undefined) throw new Error(`The data directory is missing\n${usage}`);
  const { files, leftOut } = importPlaces(readPlacesInput(dataDir, outDir));
  const shown = (path: string) => relative(process.cwd(), path) || ".";
  if (!check) {
    mkdirSync(outDir, { recursive: true });
    for (const [name, text] of Object.entries(files)) writeFileSync(join(outDir, name), text);
    console.log(
      `Wrote ${Object.keys(files).join(", ")} to ${shown(outDir)}; places left out (no state of the data): ${leftOut.join("; ")}.`,
    );
    return 0;
  }
  const differing = Object.entries(files).filter(([name, text]) => {
    const path = join(outDir, name);
    return !existsSync(path) || readFileSync(path, "utf8") !== text;
  });
  if (differing.length === 0) {
    console.log(`${shown(outDir)} is up to date with ${dataDir}.`);
    return 0;
  }
  for (const [name] of differing) console.error(`${shown(join(outDir, name))} differs from a fresh import of ${dataDir}.`);
  console.error(`Run: npm run import:places -- ${dataDir}`);
  return 1;
}

runIfMain(import.meta.url, main);
