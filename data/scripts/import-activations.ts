/**
 * The county import: turns ICE's county activation dates (a CSV with the columns `county_fips`,
 * `state_fips`, `activation_date`, `statewide_activation_date`) into `activations.json` and
 * `jurisdictions.json` (the 51 state-level units and every dated county), named from `us-atlas`.
 *
 * Usage:
 *   npm run import:activations -- <path to csv> [--out <dir>] [--check]
 *
 * `--out` defaults to `data/imported`, found from this file's location, not the working directory.
 * `--check` imports into a temporary directory and fails when the result differs byte for byte from
 * what is in the output directory, naming the file and the command to run.
 *
 * The script reads only the CSV it is given and `us-atlas/counties-10m.json`. Output is
 * deterministic: records sorted by id, keys in schema order, one compact JSON record per line.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { z } from "zod";
import { activation, isRealPartialDate, jurisdiction } from "../schema.js";
import { recordsJson } from "./records-json.js";
import { importArguments, runIfMain } from "./script-main.js";

/** A jurisdiction record as `data/schema.ts` defines it. */
export type Jurisdiction = z.output<typeof jurisdiction>;
/** An activation record as `data/schema.ts` defines it. */
export type Activation = z.output<typeof activation>;
type Citation = Jurisdiction["citations"][number];
type JurisdictionType = Jurisdiction["type"];

/** The part of a `us-atlas` TopoJSON file (`counties-10m.json`) the import reads. */
export interface Atlas {
  readonly objects: {
    readonly counties: { readonly geometries: readonly AtlasGeometry[] };
    readonly states: { readonly geometries: readonly AtlasGeometry[] };
  };
}
interface AtlasGeometry {
  readonly id?: string | number;
  readonly properties?: { readonly name?: string };
}

/** What an import yields: both datasets, each sorted by id. */
export interface ImportActivationsResult {
  readonly jurisdictions: readonly Jurisdiction[];
  readonly activations: readonly Activation[];
}

/** Thrown when the CSV or the atlas does not pass a check; `problems` lists every one found. */
export class ActivationImportError extends Error {
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(`The county import failed with ${problems.length} problem(s):\n  ${problems.join("\n  ")}`);
    this.name = "ActivationImportError";
    this.problems = problems;
  }
}

// ---------------------------------------------------------------------------------------------
// Sources cited (ids of records in `sources`)
// ---------------------------------------------------------------------------------------------

const activationSource = "ice-activated-jurisdictions-dataset";

/**
 * The citation of one county's activation. Its locator names the county's row and the date column
 * in the source file itself (securecommunities.dta, whose columns are `county`, `statefips`,
 * `date_secure`, `date_statewide_secure`, ...), not the renamed columns of the CSV this script reads.
 */
function activationCitation(countyFips: string): Citation {
  return { source: activationSource, locator: `county ${countyFips}, date_secure`, confidence: "high" };
}
const atlasCitation: Citation = { source: "census-us-atlas-counties", confidence: "high" };
const countyChangesCitation: Citation = { source: "census-county-changes", confidence: "high" };

// ---------------------------------------------------------------------------------------------
// Hand tables: only what neither us-atlas nor the CSV holds
// ---------------------------------------------------------------------------------------------

/**
 * USPS codes of the 50 states and the District of Columbia, by state FIPS code. us-atlas holds
 * the FIPS codes and names but not these. The ISO 3166-2 code of each is "US-" and the USPS code
 * (the District of Columbia is US-DC, a subdivision in its own right in ISO 3166-2:US).
 */
// biome-ignore format: a table reads best as one
const uspsByStateFips: Readonly<Record<string, string>> = {
  "01": "AL", "02": "AK", "04": "AZ", "05": "AR", "06": "CA", "08": "CO", "09": "CT", "10": "DE",
  "11": "DC", "12": "FL", "13": "GA", "15": "HI", "16": "ID", "17": "IL", "18": "IN", "19": "IA",
  "20": "KS", "21": "KY", "22": "LA", "23": "ME", "24": "MD", "25": "MA", "26": "MI", "27": "MN",
  "28": "MS", "29": "MO", "30": "MT", "31": "NE", "32": "NV", "33": "NH", "34": "NJ", "35": "NM",
  "36": "NY", "37": "NC", "38": "ND", "39": "OH", "40": "OK", "41": "OR", "42": "PA", "44": "RI",
  "45": "SC", "46": "SD", "47": "TN", "48": "TX", "49": "UT", "50": "VT", "51": "VA", "53": "WA",
  "54": "WV", "55": "WI", "56": "WY",
};

/** The District of Columbia's state FIPS code and its one county-equivalent. */
const districtOfColumbia = { stateFips: "11", countyFips: "11001" } as const;

/**
 * The four codes the CSV lists without a date. None was a county or county-equivalent in
 * 2008-2013, so they are left out of both datasets (see the CSV's README):
 * - 02231 Skagway-Yakutat-Angoon Census Area, AK: split in 1992.
 * - 12025 Dade County, FL: renamed Miami-Dade County (12086) in 1997.
 * - 30113 Yellowstone National Park, MT: merged into Gallatin and Park counties in 1997.
 * - 41006: no such county code was ever in use.
 * The import fails if any other row lacks a date, or if one of these four has one.
 */
const noCountyCodes: ReadonlySet<string> = new Set(["02231", "12025", "30113", "41006"]);

interface PeriodCounty {
  readonly name: string;
  readonly type: JurisdictionType;
  readonly note: string;
  /** The code or codes us-atlas holds for the same land today. */
  readonly successors: readonly string[];
}

/**
 * Codes in the CSV whose 2008-2013 name is not in us-atlas (its 2017 boundaries no longer hold the
 * code). Each gets its name of the period and a note on what changed, after the Census county
 * change notes as summarised in the CSV's README. These names win over us-atlas for their code.
 */
const periodCounties: Readonly<Record<string, PeriodCounty>> = {
  // Clifton Forge, VA: an independent city until 2001, then a town in Alleghany County.
  "51560": {
    name: "Clifton Forge",
    type: "city",
    note: "Clifton Forge city became a town in Alleghany County (51005) in 2001, before the program began; the source dataset still lists the code, with Virginia's statewide date. Kept as listed, but not counted in totals: its land counts with Alleghany County.",
    successors: ["51005"],
  },
  // South Boston, VA: an independent city until 1995, then a town in Halifax County.
  "51780": {
    name: "South Boston",
    type: "city",
    note: "South Boston city became a town in Halifax County (51083) in 1995, before the program began; the source dataset still lists the code, with Virginia's statewide date. Kept as listed, but not counted in totals: its land counts with Halifax County.",
    successors: ["51083"],
  },
  // Prince of Wales-Outer Ketchikan, AK: split in 2008.
  "02201": {
    name: "Prince of Wales-Outer Ketchikan",
    type: "Census Area",
    note: "Split in 2008 into Prince of Wales-Hyder Census Area (02198), part of Wrangell City and Borough (02275) and part of Ketchikan Gateway Borough (02130); the source dataset keeps the former code, with Alaska's statewide date Kept as listed, but not counted in totals: its land counts with the areas of the period.",
    successors: ["02198", "02275", "02130"],
  },
  // Skagway-Hoonah-Angoon, AK: split in 2007.
  "02232": {
    name: "Skagway-Hoonah-Angoon",
    type: "Census Area",
    note: "Split in 2007 into Skagway Municipality (02230) and Hoonah-Angoon Census Area (02105); the source dataset keeps the former code, with Alaska's statewide date Kept as listed, but not counted in totals: its land counts with the areas of the period.",
    successors: ["02230", "02105"],
  },
  // Wrangell-Petersburg, AK: split in 2008.
  "02280": {
    name: "Wrangell-Petersburg",
    type: "Census Area",
    note: "Split in 2008 into Wrangell City and Borough (02275) and Petersburg (02195); the source dataset keeps the former code, with Alaska's statewide date Kept as listed, but not counted in totals: its land counts with the areas of the period.",
    successors: ["02275", "02195"],
  },
  // Wade Hampton, AK: the name and code of 2008-2013; renamed in 2015.
  "02270": {
    name: "Wade Hampton",
    type: "Census Area",
    note: "Renamed Kusilvak Census Area, with the new code 02158, in 2015.",
    successors: ["02158"],
  },
  // Shannon County, SD: the name and code of 2008-2013; renamed in 2015.
  "46113": {
    name: "Shannon",
    type: "County",
    note: "Renamed Oglala Lakota County, with the new code 46102, in 2015.",
    successors: ["46102"],
  },
  // Bedford, VA: an independent city throughout 2008-2013; merged into its county in 2013.
  "51515": {
    name: "Bedford",
    type: "city",
    note: "Bedford city became a town in Bedford County (51019) in 2013, after its activation.",
    successors: ["51019"],
  },
};

/**
 * Codes on ICE's list that were no county-equivalent of the period: split (Alaska, 2007-2008) or
 * merged into a county (Virginia, 1995 and 2001) before the program began on 2008-10-27. Their
 * activations are kept as listed; their records say `listedOnly`, and the participation helpers
 * count their land through the counties of the period, so that no area counts twice.
 */
const listedOnlyCodes: ReadonlySet<string> = new Set(["02201", "02232", "02280", "51560", "51780"]);

/**
 * Alaska's county-equivalents of the period that ICE's list does not carry, each with the listed
 * area or areas that covered it (Census county change notes, through the rows of
 * county-code-changes.csv named here). Their activation is derived from those areas: every Alaska
 * area on the list shares one date, and the import fails if the covering areas' dates differ.
 */
const derivedCounties: Readonly<
  Record<string, { readonly type: JurisdictionType; readonly from: readonly string[]; readonly note: string }>
> = {
  "02105": {
    type: "Census Area",
    from: ["02232"],
    note: "Formed in 2007 from the remainder of Skagway-Hoonah-Angoon Census Area (02232), the code ICE's list carries; its activation is derived from that area's.",
  },
  "02195": {
    type: "Census Area",
    from: ["02280"],
    note: "Formed in 2008 from the remainder of Wrangell-Petersburg Census Area (02280), the code ICE's list carries; its activation is derived from that area's. It became Petersburg Borough, keeping the code, on 2013-01-03.",
  },
  "02198": {
    type: "Census Area",
    from: ["02201"],
    note: "The remainder of Prince of Wales-Outer Ketchikan Census Area (02201), the code ICE's list carries, renamed in 2008; its activation is derived from that area's.",
  },
  "02230": {
    type: "Municipality",
    from: ["02232"],
    note: "Formed in 2007 from part of Skagway-Hoonah-Angoon Census Area (02232), the code ICE's list carries; its activation is derived from that area's.",
  },
  "02275": {
    type: "City and Borough",
    from: ["02280", "02201"],
    note: "Formed in 2008 from part of Wrangell-Petersburg Census Area (02280) and the Meyers Chuck area of Prince of Wales-Outer Ketchikan Census Area (02201), the codes ICE's list carries; its activation is derived from theirs (the same date).",
  },
};

/**
 * Alaska's county-equivalents by code, with the type Census gives each (us-atlas names carry no
 * type). The 23 codes the CSV shares with us-atlas, plus Wrangell City and Borough (02275, formed in
 * 2008), which the CSV holds under the former Wrangell-Petersburg code; the four codes of the
 * period that us-atlas lacks are in `periodCounties`. An Alaska code missing here fails the import
 * rather than be given a guessed type.
 */
const alaskaTypes: Readonly<Record<string, JurisdictionType>> = {
  // Anchorage is a unified home-rule municipality: "Anchorage Municipality".
  "02020": "Municipality",
  // Consolidated city-borough governments: "Juneau City and Borough", and so on.
  "02110": "City and Borough",
  "02220": "City and Borough",
  "02275": "City and Borough",
  "02282": "City and Borough",
  // Organised boroughs.
  "02013": "Borough", // Aleutians East
  "02060": "Borough", // Bristol Bay
  "02068": "Borough", // Denali
  "02090": "Borough", // Fairbanks North Star
  "02100": "Borough", // Haines
  "02122": "Borough", // Kenai Peninsula
  "02130": "Borough", // Ketchikan Gateway
  "02150": "Borough", // Kodiak Island
  "02164": "Borough", // Lake and Peninsula
  "02170": "Borough", // Matanuska-Susitna
  "02185": "Borough", // North Slope
  "02188": "Borough", // Northwest Arctic
  // Census areas: the statistical parts of the Unorganized Borough.
  "02016": "Census Area", // Aleutians West
  "02050": "Census Area", // Bethel
  "02070": "Census Area", // Dillingham
  "02180": "Census Area", // Nome
  "02240": "Census Area", // Southeast Fairbanks
  "02261": "Census Area", // Valdez-Cordova
  "02290": "Census Area", // Yukon-Koyukuk
};

/** The word Census writes after a county-equivalent's name, by type. */
const typeSuffix: Readonly<Record<JurisdictionType, string>> = {
  Nation: "",
  State: "",
  "Federal district": "",
  County: "County",
  Parish: "Parish",
  Borough: "Borough",
  "Census Area": "Census Area",
  "City and Borough": "City and Borough",
  Municipality: "Municipality",
  city: "city",
  "City and County": "",
  town: "town",
  CDP: "CDP",
  "urban county": "urban county",
  "consolidated government": "consolidated government",
  "unified government": "unified government",
  "metropolitan government": "metropolitan government",
  "metro government": "metro government",
};

/**
 * The type of a county-equivalent whose code us-atlas holds, by rule; `undefined` when no rule
 * gives one (an Alaska code outside `alaskaTypes`).
 */
function countyType(countyFips: string, stateFips: string): JurisdictionType | undefined {
  // The District of Columbia is its own county-equivalent; the schema calls it a federal district.
  if (countyFips === districtOfColumbia.countyFips) return "Federal district";
  // Louisiana's county-equivalents are parishes.
  if (stateFips === "22") return "Parish";
  // Virginia's independent cities are coded 510 and up (its counties are below 200).
  if (stateFips === "51" && Number(countyFips.slice(2)) >= 500) return "city";
  // Baltimore, MD and St. Louis, MO are independent cities, apart from the counties of the same
  // name (24005, 29189): "Baltimore city", "St. Louis city".
  if (countyFips === "24510" || countyFips === "29510") return "city";
  // Carson City, NV is a consolidated municipality that Census counts as an independent city; its
  // name already says "City", so Census writes it "Carson City" with no suffix (see fullName).
  if (countyFips === "32510") return "city";
  // Alaska: boroughs, census areas, cities and boroughs, and one municipality, code by code.
  if (stateFips === "02") return alaskaTypes[countyFips];
  // Everything else is a county.
  return "County";
}

/** The name with its type, as Census writes it: "Miami-Dade County", "Baltimore city". */
function fullNameOf(name: string, type: JurisdictionType, countyFips: string): string {
  // Carson City and the District of Columbia: Census writes the name alone.
  if (countyFips === "32510" || type === "Federal district") return name;
  const suffix = typeSuffix[type];
  return suffix === "" ? name : `${name} ${suffix}`;
}

// ---------------------------------------------------------------------------------------------
// The import
// ---------------------------------------------------------------------------------------------

const columns = ["county_fips", "state_fips", "activation_date", "statewide_activation_date"] as const;

interface CsvRow {
  readonly line: number;
  readonly countyFips: string;
  readonly stateFips: string;
  readonly activationDate: string;
  readonly statewideDate: string;
}

function parseCsv(csvText: string, problems: string[]): CsvRow[] {
  const lines = csvText.replace(/^\uFEFF/, "").split(/\r?\n/);
  if (lines.at(-1) === "") lines.pop();
  const header = (lines[0] ?? "").split(",");
  if (header.join(",") !== columns.join(",")) {
    problems.push(`line 1: expected the header "${columns.join(",")}", got "${lines[0] ?? ""}"`);
    return [];
  }
  const rows: CsvRow[] = [];
  for (let index = 1; index < lines.length; index++) {
    const text = lines[index] ?? "";
    const line = index + 1;
    const fields = text.split(",");
    if (fields.length !== columns.length) {
      problems.push(`line ${line}: expected ${columns.length} comma-separated fields, got ${fields.length} in "${text}"`);
      continue;
    }
    const [countyFips = "", stateFips = "", activationDate = "", statewideDate = ""] = fields;
    rows.push({ line, countyFips, stateFips, activationDate, statewideDate });
  }
  if (rows.length === 0 && problems.length === 0) problems.push("the CSV holds no rows");
  return rows;
}

function isDay(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && isRealPartialDate(value);
}

function namesById(geometries: readonly AtlasGeometry[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const geometry of geometries) {
    const name = geometry.properties?.name;
    if (geometry.id !== undefined && name !== undefined && name !== "") names.set(String(geometry.id), name);
  }
  return names;
}

function byId(left: { readonly id: string }, right: { readonly id: string }): number {
  return left.id < right.id ? -1 : left.id > right.id ? 1 : 0;
}

function byCounty(left: Activation, right: Activation): number {
  return left.county < right.county ? -1 : left.county > right.county ? 1 : 0;
}

/**
 * Imports the county activation CSV: one activation per dated county, and the jurisdictions
 * (the 51 state-level units and every dated county) named from `us-atlas`.
 *
 * @param csvText - The CSV's text, header `county_fips,state_fips,activation_date,statewide_activation_date`.
 * @param atlas - `us-atlas/counties-10m.json`, parsed.
 * @returns Both datasets, each validated against `data/schema.ts` and sorted by id.
 * @throws {ActivationImportError} Listing every bad row by line and code: a malformed or
 *   duplicate FIPS code, a county outside its state, an unreal date, a missing date (other than
 *   the four codes that were no county), a code with no name, or a statewide date that is not the
 *   state's latest county date.
 * @example
 * importActivations("county_fips,state_fips,activation_date,statewide_activation_date\n12086,12,2009-02-24,2009-02-24\n", atlas)
 *   .activations
 * // => [{ county: "county-12086", date: "2009-02-24", citations: [{ source: "ice-activated-jurisdictions-dataset", locator: "county 12086, date_secure", confidence: "high" }] }]
 */
export function importActivations(csvText: string, atlas: Atlas): ImportActivationsResult {
  const problems: string[] = [];
  const rows = parseCsv(csvText, problems);
  const countyNames = namesById(atlas.objects.counties.geometries);
  const stateNames = namesById(atlas.objects.states.geometries);

  // Row by row: codes, dates, names.
  const seen = new Map<string, number>();
  const dated: { row: CsvRow; record: Jurisdiction }[] = [];
  for (const row of rows) {
    const where = `line ${row.line} (county_fips "${row.countyFips}")`;
    const rowProblems: string[] = [];
    if (!/^\d{5}$/.test(row.countyFips)) rowProblems.push("county_fips is not a 5-digit FIPS code");
    if (!/^\d{2}$/.test(row.stateFips)) rowProblems.push(`state_fips "${row.stateFips}" is not a 2-digit FIPS code`);
    else if (uspsByStateFips[row.stateFips] === undefined)
      rowProblems.push(`state_fips "${row.stateFips}" is not one of the 50 states or the District of Columbia`);
    else if (/^\d{5}$/.test(row.countyFips) && !row.countyFips.startsWith(row.stateFips))
      rowProblems.push(`state_fips "${row.stateFips}" does not match the county code's first two digits`);
    const earlier = seen.get(row.countyFips);
    if (earlier !== undefined) rowProblems.push(`duplicate code, already on line ${earlier}`);
    else seen.set(row.countyFips, row.line);

    if (noCountyCodes.has(row.countyFips)) {
      if (row.activationDate !== "")
        rowProblems.push(`has the activation_date "${row.activationDate}", but the code was no county in 2008-2013 and should have none`);
      if (row.statewideDate !== "" && !isDay(row.statewideDate))
        rowProblems.push(`statewide_activation_date "${row.statewideDate}" is not a real YYYY-MM-DD date`);
      problems.push(...rowProblems.map((problem) => `${where}: ${problem}`));
      continue;
    }
    if (row.activationDate === "") rowProblems.push("activation_date is missing (only 02231, 12025, 30113 and 41006 may lack one)");
    else if (!isDay(row.activationDate)) rowProblems.push(`activation_date "${row.activationDate}" is not a real YYYY-MM-DD date`);
    if (row.statewideDate === "") rowProblems.push("statewide_activation_date is missing");
    else if (!isDay(row.statewideDate)) rowProblems.push(`statewide_activation_date "${row.statewideDate}" is not a real YYYY-MM-DD date`);

    if (rowProblems.length === 0) {
      const record = countyRecord(row.countyFips, row.stateFips, countyNames, rowProblems);
      if (record !== undefined) dated.push({ row, record });
    }
    problems.push(...rowProblems.map((problem) => `${where}: ${problem}`));
  }

  // The counties of the period that the list lacks, with the activation of the area that covered them.
  const derived: Jurisdiction[] = [];
  const datedByCode = new Map(dated.map(({ row }) => [row.countyFips, row]));
  for (const [countyFips, area] of Object.entries(derivedCounties)) {
    const where = `derived county ${countyFips}`;
    const name = countyNames.get(countyFips);
    const covering = area.from.map((code) => datedByCode.get(code));
    // A CSV without the covering areas (a part of the list) has nothing to derive from.
    if (covering.every((row) => row === undefined)) continue;
    if (name === undefined) problems.push(`${where}: us-atlas holds no county with this code`);
    if (covering.some((row) => row === undefined)) problems.push(`${where}: a covering area (${area.from.join(", ")}) has no dated row`);
    else if (new Set(covering.map((row) => row?.activationDate)).size !== 1)
      problems.push(`${where}: the covering areas ${area.from.join(", ")} have different activation dates`);
    if (name === undefined) continue;
    derived.push({
      id: `county-${countyFips}`,
      kind: "county",
      name,
      fullName: fullNameOf(name, area.type, countyFips),
      type: area.type,
      fips: countyFips,
      parent: "us-ak",
      activationFrom: area.from.map((code) => ({
        county: `county-${code}`,
        change: "split" as const,
        codeChange: `${code}-${countyFips}`,
      })),
      aliases: [],
      note: area.note,
      citations: [
        countyChangesCitation,
        { source: "rdinter-test-counties-fips-issues", locator: `Alaska, ${countyFips}`, confidence: "high" },
        ...area.from.map((code): Citation => activationCitation(code)),
        { source: atlasCitation.source, locator: `objects.counties, id ${countyFips}`, confidence: "high" },
      ],
    });
  }

  // State by state: the completion date is the latest county date, and the CSV must agree.
  const latestByState = new Map<string, CsvRow>();
  for (const { row } of dated) {
    const latest = latestByState.get(row.stateFips);
    if (latest === undefined || row.activationDate > latest.activationDate) latestByState.set(row.stateFips, row);
  }
  const mismatchesByState = new Map<string, CsvRow[]>();
  for (const { row } of dated) {
    if (row.statewideDate === latestByState.get(row.stateFips)?.activationDate) continue;
    const mismatches = mismatchesByState.get(row.stateFips) ?? [];
    mismatches.push(row);
    mismatchesByState.set(row.stateFips, mismatches);
  }
  for (const [stateFips, [first, ...others]] of mismatchesByState) {
    const latest = latestByState.get(stateFips);
    if (first === undefined || latest === undefined) continue;
    const shownLines =
      others
        .slice(0, 10)
        .map((row) => row.line)
        .join(", ") + (others.length > 10 ? ", ..." : "");
    const more =
      others.length === 0
        ? ""
        : ` (and ${others.length} more row${others.length === 1 ? "" : "s"} of the state: line${others.length === 1 ? "" : "s"} ${shownLines})`;
    problems.push(
      `line ${first.line} (county_fips "${first.countyFips}"): statewide_activation_date ${first.statewideDate} differs from the latest county date of state ${stateFips}, ${latest.activationDate} (county_fips "${latest.countyFips}", line ${latest.line})${more}`,
    );
  }

  // The 51 state-level units, named from us-atlas.
  const states: Jurisdiction[] = [];
  for (const [stateFips, usps] of Object.entries(uspsByStateFips)) {
    const name = stateNames.get(stateFips);
    if (name === undefined) {
      problems.push(`us-atlas holds no state with the FIPS code ${stateFips}`);
      continue;
    }
    states.push({
      id: `us-${usps.toLowerCase()}`,
      kind: "state",
      name,
      fullName: name,
      type: stateFips === districtOfColumbia.stateFips ? "Federal district" : "State",
      fips: stateFips,
      usps,
      iso3166_2: `US-${usps}`,
      parent: "us",
      aliases: [],
      citations: [atlasCitation],
    });
  }

  if (problems.length > 0) throw new ActivationImportError(problems);

  // Validate every record against the schema; keep zod's output, whose keys follow the schema.
  const jurisdictions: Jurisdiction[] = [];
  const activations: Activation[] = [];
  for (const record of states) jurisdictions.push(validated(jurisdiction, record, `state ${record.fips}`, problems));
  for (const { row, record } of dated) {
    const where = `line ${row.line} (county_fips "${row.countyFips}")`;
    jurisdictions.push(
      validated(jurisdiction, listedOnlyCodes.has(row.countyFips) ? { ...record, listedOnly: true } : record, where, problems),
    );
    const activationRecord: Activation = {
      county: `county-${row.countyFips}`,
      date: row.activationDate,
      citations: [activationCitation(row.countyFips)],
    };
    activations.push(validated(activation, activationRecord, where, problems));
  }
  for (const record of derived) jurisdictions.push(validated(jurisdiction, record, `derived county ${record.fips}`, problems));
  if (problems.length > 0) throw new ActivationImportError(problems);

  return { jurisdictions: jurisdictions.sort(byId), activations: activations.sort(byCounty) };
}

function countyRecord(
  countyFips: string,
  stateFips: string,
  countyNames: ReadonlyMap<string, string>,
  rowProblems: string[],
): Jurisdiction | undefined {
  const usps = uspsByStateFips[stateFips];
  if (usps === undefined) return undefined;
  const parent = `us-${usps.toLowerCase()}`;
  // A code whose 2008-2013 name differs from us-atlas's (or that us-atlas lacks): the period wins.
  const period = periodCounties[countyFips];
  if (period !== undefined) {
    return {
      id: `county-${countyFips}`,
      kind: "county",
      name: period.name,
      fullName: fullNameOf(period.name, period.type, countyFips),
      type: period.type,
      fips: countyFips,
      parent,
      aliases: [],
      note: period.note,
      citations: [
        countyChangesCitation,
        {
          source: atlasCitation.source,
          locator: `objects.counties, successor code(s) ${period.successors.join(", ")}`,
          confidence: "high",
        },
      ],
    };
  }
  const name = countyNames.get(countyFips);
  if (name === undefined) {
    rowProblems.push("us-atlas holds no county with this code, and the script knows no name of the period for it");
    return undefined;
  }
  const type = countyType(countyFips, stateFips);
  if (type === undefined) {
    rowProblems.push(`no rule gives the type of ${name}; add the code to alaskaTypes with the type Census gives it`);
    return undefined;
  }
  return {
    id: `county-${countyFips}`,
    kind: "county",
    name,
    fullName: fullNameOf(name, type, countyFips),
    type,
    fips: countyFips,
    parent,
    aliases: [],
    citations: [atlasCitation],
  };
}

function validated<Schema extends typeof jurisdiction | typeof activation>(
  schema: Schema,
  record: z.input<Schema>,
  where: string,
  problems: string[],
): z.output<Schema> {
  const result = schema.safeParse(record);
  if (!result.success) {
    const issues = result.error.issues.map((issue) => `${issue.path.join(".") || "record"}: ${issue.message}`).join("; ");
    problems.push(`${where}: the record does not pass data/schema.ts: ${issues}`);
    return record as z.output<Schema>;
  }
  return result.data as z.output<Schema>;
}

// ---------------------------------------------------------------------------------------------
// Files
// ---------------------------------------------------------------------------------------------

/** The files an import writes, by name. */
export function importedFiles(result: ImportActivationsResult): Record<string, string> {
  return {
    "activations.json": recordsJson(result.activations),
    "jurisdictions.json": recordsJson(result.jurisdictions),
  };
}

/** Reads `us-atlas/counties-10m.json` from the installed package. */
export function readAtlas(): Atlas {
  const path = createRequire(import.meta.url).resolve("us-atlas/counties-10m.json");
  return JSON.parse(readFileSync(path, "utf8")) as Atlas;
}

/** The default output directory: `data/imported`, next to this script's directory. */
export const defaultOutDir: string = resolve(dirname(fileURLToPath(import.meta.url)), "..", "imported");

function writeFiles(dir: string, files: Readonly<Record<string, string>>): void {
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
}

// ---------------------------------------------------------------------------------------------
// Command line
// ---------------------------------------------------------------------------------------------

const usage = "Usage: npm run import:activations -- <path to csv> [--out <dir>] [--check]";

function main(args: readonly string[]): number {
  const options = importArguments(args, usage, "The path to the CSV is missing", defaultOutDir);
  const result = importActivations(readFileSync(options.input, "utf8"), readAtlas());
  const files = importedFiles(result);
  const shown = (path: string): string => relative(process.cwd(), path) || ".";

  if (!options.check) {
    writeFiles(options.outDir, files);
    const counties = result.jurisdictions.filter((record) => record.kind === "county").length;
    const states = result.jurisdictions.length - counties;
    console.log(
      `Wrote ${shown(join(options.outDir, "activations.json"))} (${result.activations.length} activations) and ${shown(join(options.outDir, "jurisdictions.json"))} (${states} states and ${counties} counties).`,
    );
    return 0;
  }

  // --check: import into a temporary directory and compare byte for byte.
  const scratch = mkdtempSync(join(tmpdir(), "import-activations-"));
  try {
    writeFiles(scratch, files);
    const differing = Object.keys(files).filter((name) => {
      const committed = join(options.outDir, name);
      return !existsSync(committed) || !readFileSync(committed).equals(readFileSync(join(scratch, name)));
    });
    if (differing.length === 0) {
      console.log(`${shown(options.outDir)} is up to date with ${options.input}.`);
      return 0;
    }
    const command = `npm run import:activations -- ${options.input}${options.outGiven ? ` --out ${shown(options.outDir)}` : ""}`;
    for (const name of differing) {
      const path = join(options.outDir, name);
      console.error(`${shown(path)} ${existsSync(path) ? "differs from" : "is missing from"} a fresh import of ${options.input}.`);
    }
    console.error(`Run: ${command}`);
    return 1;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

runIfMain(import.meta.url, main);
