/**
 * Writes the compact layout of `jurisdictions` and `activations` that src/internal/compact.ts
 * rebuilds: fields that follow from others are left out, the rest is stored as columns, and a
 * record that does not follow the rules is stored whole. See that module for the rules.
 */
import { type CompactActivations, type CompactCities, type CompactJurisdictions, fipsPlaceholder } from "../../src/internal/compact.js";
import type { DatasetRecord } from "./load.js";

const countyKeys = "id,kind,name,fullName,type,fips,parent,population,aliases,citations";
const activationKeys = "county,date,citations";

/** The most common value of `pick` among the records, as JSON. */
function mostCommon(records: readonly DatasetRecord[], pick: (record: DatasetRecord) => unknown): string {
  const counts = new Map<string, number>();
  for (const record of records) {
    const key = JSON.stringify(pick(record));
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "[]";
}

/** Each FIPS code as its difference from the one before, the first from 0. */
function differences(codes: readonly string[]): string {
  let previous = 0;
  return codes
    .map((code) => {
      const step = Number(code) - previous;
      previous = Number(code);
      return step;
    })
    .join(",");
}

function split<T>(records: readonly DatasetRecord[], fits: (record: DatasetRecord) => boolean) {
  const fitting = records.filter(fits);
  const whole = records.flatMap((record, index) => (fits(record) ? [] : [[index, record as T] as const]));
  return { fitting, whole };
}

export function compactJurisdictions(records: readonly DatasetRecord[]): CompactJurisdictions {
  const stateByFips = new Map(records.filter((record) => record["kind"] === "state").map((record) => [record["fips"], record["id"]]));
  const citations = mostCommon(
    records.filter((record) => record["kind"] === "county"),
    (record) => record["citations"],
  );
  const fits = (record: DatasetRecord) => {
    const fips = record["fips"];
    return (
      Object.keys(record).join(",") === countyKeys &&
      record["kind"] === "county" &&
      typeof fips === "string" &&
      /^\d{5}$/.test(fips) &&
      record["id"] === `county-${fips}` &&
      record["fullName"] === `${String(record["name"])} ${String(record["type"])}` &&
      record["parent"] === stateByFips.get(fips.slice(0, 2)) &&
      Array.isArray(record["aliases"]) &&
      record["aliases"].length === 0 &&
      JSON.stringify(record["citations"]) === citations &&
      !String(record["name"]).includes("\n") &&
      Number.isSafeInteger(record["population"])
    );
  };
  const { fitting, whole } = split<CompactJurisdictions["whole"][number][1]>(records, fits);
  const types = [...new Set(fitting.map((record) => record["type"] as CompactJurisdictions["types"][number]))].sort();
  if (types.length > 36) throw new Error("More than 36 county types: typeOf needs more than one digit each");
  return {
    length: records.length,
    whole,
    citations: JSON.parse(citations),
    fips: differences(fitting.map((record) => String(record["fips"]))),
    names: fitting.map((record) => String(record["name"])).join("\n"),
    types,
    typeOf: fitting.map((record) => types.indexOf(record["type"] as CompactJurisdictions["types"][number]).toString(36)).join(""),
    populations: fitting.map((record) => String(record["population"])).join(","),
  };
}

/** An activation's citations with its own FIPS code written as the placeholder, as JSON. */
function citationTemplate(record: DatasetRecord): string {
  const fips = String(record["county"]).slice("county-".length);
  return JSON.stringify(record["citations"]).replaceAll(fips, fipsPlaceholder);
}

export function compactActivations(records: readonly DatasetRecord[]): CompactActivations {
  const citations = mostCommon(records, (record) => JSON.parse(citationTemplate(record)));
  const fits = (record: DatasetRecord) =>
    Object.keys(record).join(",") === activationKeys &&
    typeof record["county"] === "string" &&
    /^county-\d{5}$/.test(record["county"]) &&
    citationTemplate(record) === citations;
  const { fitting, whole } = split<CompactActivations["whole"][number][1]>(records, fits);
  const dates = [...new Set(fitting.map((record) => String(record["date"])))].sort();
  return {
    length: records.length,
    whole,
    citations: JSON.parse(citations),
    fips: differences(fitting.map((record) => String(record["county"]).slice("county-".length))),
    dates,
    dateOf: fitting.map((record) => dates.indexOf(String(record["date"]))).join(","),
  };
}

const cityKeys = "id,kind,name,fullName,type,fips,parent,county,counties,population,aliases,citations";
const cityLocator = /^place (\d{7}), rank (\d+) by 2020 population$/;

/** The compact layout of the cities the places import writes; see src/internal/compact.ts. */
export function compactCities(records: readonly DatasetRecord[]): CompactCities {
  const source = mostCommon(records, (record) => (record["citations"] as { source: string }[] | undefined)?.[0]?.source);
  const suffixes: string[] = [];
  const types: string[] = [];
  const parents: string[] = [];
  const indexIn = (list: string[], value: string) => {
    if (!list.includes(value)) list.push(value);
    return list.indexOf(value);
  };
  const rows: string[] = [];
  const whole: [number, CompactCities["whole"][number][1]][] = [];
  records.forEach((record, index) => {
    const fips = String(record["fips"]);
    const name = String(record["name"]);
    const fullName = String(record["fullName"]);
    const parts = (record["counties"] as { county: string; population: number }[] | undefined) ?? [];
    const citations = record["citations"] as { source: string; locator?: string; confidence: string; evidence?: string }[];
    const [citation] = citations;
    const rank = citation?.locator?.match(cityLocator);
    const fits =
      Object.keys(record).join(",") === cityKeys &&
      record["id"] === `city-${fips}` &&
      fullName.startsWith(name) &&
      !`${name}${fullName}`.includes("\n") &&
      !name.includes("|") &&
      record["county"] === parts[0]?.county &&
      record["population"] === parts.reduce((sum, part) => sum + part.population, 0) &&
      Array.isArray(record["aliases"]) &&
      record["aliases"].length === 0 &&
      citations.length === 1 &&
      JSON.stringify(citation?.source) === source &&
      citation?.confidence === "high" &&
      citation.evidence === undefined &&
      rank?.[1] === fips &&
      parts.every((part) => /^county-\d{5}$/.test(part.county));
    if (!fits) {
      whole.push([index, record as unknown as CompactCities["whole"][number][1]]);
      return;
    }
    rows.push(
      [
        fips,
        name,
        indexIn(suffixes, fullName.slice(name.length)),
        indexIn(types, String(record["type"])),
        indexIn(parents, String(record["parent"])),
        rank?.[2],
        parts.map((part) => `${part.county.slice("county-".length)}:${part.population}`).join(","),
      ].join("|"),
    );
  });
  return {
    length: records.length,
    whole,
    source: JSON.parse(source),
    suffixes,
    types: types as CompactCities["types"][number][],
    parents: parents as CompactCities["parents"][number][],
    rows: rows.join("\n"),
  };
}

/**
 * The module src/generated/state-codes.ts: the FIPS and USPS code of every state (and DC), and the
 * county of each city of `core` (the jurisdictions a lookup by code knows). That is all the
 * jurisdiction filter of a caller's timeline needs (src/internal/places.ts) to tell which place a
 * code names and the places that contain it, without the jurisdictions themselves. Checks, for
 * every record, the rules that module relies on: the nation is `us` (ISO `US`, no FIPS or USPS
 * code); a state's id is `us-<usps>`, its ISO code `US-<USPS>`, its parent `us`; a county's id is
 * `county-<fips>` and a city's `city-<geoid>`, and their parent is the state of the first two digits.
 */
export function stateCodesModule(records: readonly DatasetRecord[], core: readonly DatasetRecord[], banner: string): string {
  const fail = (record: DatasetRecord, rule: string) => {
    throw new Error(`Jurisdiction ${JSON.stringify(record["id"])} does not follow the rule of src/internal/places.ts: ${rule}`);
  };
  const usps = new Map<string, string>();
  for (const record of records) {
    if (record["kind"] !== "state") continue;
    const fips = String(record["fips"]);
    const code = String(record["usps"]);
    if (!/^[0-9]{2}$/.test(fips) || !/^[A-Z]{2}$/.test(code)) fail(record, "a state has a 2-digit FIPS and a 2-letter USPS code");
    if (record["id"] !== `us-${code.toLowerCase()}` || record["iso3166_2"] !== `US-${code}` || record["parent"] !== "us") {
      fail(record, "a state is us-<usps>, US-<USPS>, parent us");
    }
    if (usps.has(fips) || [...usps.values()].includes(code)) fail(record, "one state per FIPS and USPS code");
    usps.set(fips, code);
  }
  const cityCounties: string[] = [];
  const coreIds = new Set(core.map((record) => String(record["id"])));
  for (const record of records) {
    const kind = record["kind"];
    if (kind === "state") continue;
    if (kind === "nation") {
      if (record["id"] !== "us" || record["iso3166_2"] !== "US" || record["fips"] !== undefined || record["usps"] !== undefined) {
        fail(record, "the nation is us, ISO US, without a FIPS or USPS code");
      }
      if (record["parent"] !== undefined) fail(record, "the nation has no parent");
      continue;
    }
    if (kind !== "county" && kind !== "city") fail(record, "a jurisdiction is the nation, a state, a county or a city");
    const fips = String(record["fips"]);
    const digits = kind === "county" ? 5 : 7;
    const state = usps.get(fips.slice(0, 2));
    if (!new RegExp(`^[0-9]{${digits}}$`).test(fips) || record["id"] !== `${kind}-${fips}`)
      fail(record, `a ${kind} is ${kind}-<its ${digits}-digit code>`);
    if (state === undefined || record["parent"] !== `us-${state.toLowerCase()}`)
      fail(record, "its parent is the state of its first two digits");
    if (record["usps"] !== undefined || record["iso3166_2"] !== undefined)
      fail(record, "only states and the nation have USPS and ISO codes");
    if (kind === "city" && coreIds.has(String(record["id"])) && record["county"] !== undefined) {
      const county = String(record["county"]);
      if (!/^county-[0-9]{5}$/.test(county)) fail(record, "a city's county is county-<fips>");
      cityCounties.push(`${fips}${county.slice(7)}`);
    }
  }
  const states = [...usps].sort(([a], [b]) => (a < b ? -1 : 1)).map(([fips, code]) => `${fips}${code}`);
  return `// ${banner}

/**
 * The 2-digit FIPS code and the USPS code of every state and the District of Columbia, four
 * characters each, sorted by FIPS code. A state's id is \`us-\` and its USPS code in lower case;
 * a county's or a city's state is the one of the first two digits of its FIPS code or GEOID.
 */
export const stateCodes = "${states.join("")}";

/**
 * The GEOID of each city a lookup by code knows, then the FIPS code of its county: twelve digits
 * each, sorted by GEOID.
 */
export const cityCounties = "${cityCounties.sort().join("")}";
`;
}
