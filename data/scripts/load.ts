/**
 * Reads every dataset's records from data/ and puts them in their published order.
 *
 * The hand-written records live in data/*.ts; the imports write data/imported/*.json (the counties,
 * the places, the detainer counts).
 * Jurisdictions are the union of both: the imported states and counties (with the aliases that
 * data/jurisdictions.ts adds to them), the imported cities and the hand-written places (the nation,
 * cities). A hand-written city whose id the places import also writes is merged into the imported
 * record: the import's name, type, codes, counties and population win, and the hand-written aliases,
 * note and citations are added. The counties also get the codes of other eras that lead to them,
 * from the county code changes.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { events } from "../events.js";
import { aliases, places } from "../jurisdictions.js";
import { offenseLevels } from "../offense-levels.js";
import type { DatasetName } from "../schema.js";
import { sources } from "../sources.js";
import { statistics } from "../statistics.js";

export type DatasetRecord = Record<string, unknown>;
export type Records = Record<DatasetName, DatasetRecord[]>;

const importedDirectory = fileURLToPath(new URL("../imported/", import.meta.url));

function readImported(name: string): DatasetRecord[] {
  return JSON.parse(readFileSync(`${importedDirectory}${name}.json`, "utf8")) as DatasetRecord[];
}

const kindOrder = ["nation", "state", "county", "city"];

/** Detainer counts are published totals first, then the lift reasons, then the forms; each by id. */
const detainerBreakdownOrder = ["total", "lift-reason", "type"];

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Start and end day of a partial date, as sortable strings (`2010-06` → `2010-06-01`, `2010-06-31`). */
export function dateBounds(date: string): [string, string] {
  const [year, month, day] = date.split("-");
  return [`${year}-${month ?? "01"}-${day ?? "01"}`, `${year}-${month ?? "12"}-${day ?? "31"}`];
}

/**
 * Events in date order: earlier start first; on the same start, the wider interval first
 * (`2011` before `2011-06` before `2011-06-01`); then by id.
 */
export function compareEvents(a: DatasetRecord, b: DatasetRecord): number {
  const [aStart, aEnd] = dateBounds(String(a["date"]));
  const [bStart, bEnd] = dateBounds(String(b["date"]));
  return compareStrings(aStart, bStart) || compareStrings(bEnd, aEnd) || compareStrings(String(a["id"]), String(b["id"]));
}

/**
 * Merges the hand-written places into the imported cities: for an id both hold, the imported record
 * with the hand-written aliases, note and citations added (generated structure wins).
 */
export function mergePlaces(imported: readonly DatasetRecord[], written: readonly DatasetRecord[]): DatasetRecord[] {
  const writtenById = new Map(written.map((record) => [String(record["id"]), record]));
  const merged = imported.map((record) => {
    const hand = writtenById.get(String(record["id"]));
    if (hand === undefined) return record;
    writtenById.delete(String(record["id"]));
    const union = <T>(a: readonly T[], b: readonly T[]) => [
      ...a,
      ...b.filter((item) => !a.some((x) => JSON.stringify(x) === JSON.stringify(item))),
    ];
    return {
      ...record,
      aliases: union((record["aliases"] as string[]) ?? [], (hand["aliases"] as string[]) ?? []),
      ...(hand["note"] === undefined ? {} : { note: hand["note"] }),
      citations: union((hand["citations"] as unknown[]) ?? [], (record["citations"] as unknown[]) ?? []),
    };
  });
  return [...merged, ...writtenById.values()];
}

/**
 * The codes of other eras that resolve to each county of the data: for a change between a code the
 * data carries and one it does not, the other code is added to the county it leads to, earlier
 * (the county's code replaced it) or later (it replaced the county's code).
 */
export function withOtherCodes(jurisdictions: readonly DatasetRecord[], changes: readonly DatasetRecord[]): DatasetRecord[] {
  const counties = new Set(jurisdictions.filter((record) => record["kind"] === "county").map((record) => String(record["fips"])));
  const otherCodes = new Map<string, DatasetRecord[]>();
  const add = (county: string, entry: DatasetRecord) =>
    otherCodes.set(`county-${county}`, [...(otherCodes.get(`county-${county}`) ?? []), entry]);
  for (const change of changes) {
    const [oldCode, newCode] = [String(change["oldCode"]), String(change["newCode"])];
    const common = { change: change["change"], date: change["date"], codeChange: change["id"] };
    if (counties.has(oldCode) && !counties.has(newCode)) add(oldCode, { code: newCode, name: change["newName"], era: "later", ...common });
    if (!counties.has(oldCode) && counties.has(newCode))
      add(newCode, { code: oldCode, name: change["oldName"], era: "earlier", ...common });
  }
  return jurisdictions.map((record) => {
    const entries = otherCodes.get(String(record["id"]));
    return entries === undefined ? record : { ...record, otherCodes: entries };
  });
}

function withAliases(record: DatasetRecord): DatasetRecord {
  const extra = (aliases as Record<string, readonly string[]>)[String(record["id"])];
  if (extra === undefined) return record;
  const own = (record["aliases"] as string[] | undefined) ?? [];
  return { ...record, aliases: [...own, ...extra.filter((alias) => !own.includes(alias))] };
}

/** The citation of a county's 2020 population: the same for every county. */
export const countyPopulationCitation = {
  source: "mcdc-geocorr-2022-county-place",
  locator: "2020 Census population (pop20) summed over the county's rows, under its 2020 code or the codes that renamed or split it",
  confidence: "high",
} as const;

/**
 * Each county's 2020 population (data/imported/county-populations.json), with its citation. A
 * county that has none (one merged into another after 2013, or a code ICE's list carries for a
 * former county-equivalent) is left as it is.
 */
function withPopulation(record: DatasetRecord, populations: ReadonlyMap<string, number>): DatasetRecord {
  const population = record["kind"] === "county" ? populations.get(String(record["id"])) : undefined;
  if (population === undefined) return record;
  return { ...record, population, citations: [...(record["citations"] as unknown[]), countyPopulationCitation] };
}

/**
 * An event for each state's full coverage that no hand-written event records: the day the last of
 * its counties was switched on, which is the county dataset's own statewide date for the state
 * (`date_statewide_secure`; the activations import checks that the two agree). Derived from the
 * activations, and each says so.
 */
export function derivedStatewideEvents(
  jurisdictions: readonly DatasetRecord[],
  activations: readonly DatasetRecord[],
  events: readonly DatasetRecord[],
): DatasetRecord[] {
  const recorded = new Set(
    events.filter((event) => event["kind"] === "statewide-activation").flatMap((event) => event["jurisdictions"] as string[]),
  );
  const stateOf = new Map(jurisdictions.map((record) => [String(record["id"]), String(record["parent"])]));
  const last = new Map<string, { date: string; counties: number }>();
  for (const activation of activations) {
    const state = stateOf.get(String(activation["county"])) as string;
    const date = String(activation["date"]);
    const seen = last.get(state);
    last.set(state, { date: seen === undefined || date > seen.date ? date : seen.date, counties: (seen?.counties ?? 0) + 1 });
  }
  return jurisdictions
    .filter((state) => state["kind"] === "state" && !recorded.has(String(state["id"])) && last.has(String(state["id"])))
    .map((state) => {
      const { date } = last.get(String(state["id"])) as { date: string };
      const name = String(state["name"]);
      return {
        id: `${String(state["usps"]).toLowerCase()}-statewide-activation`,
        date,
        category: "program",
        kind: "statewide-activation",
        title: `Secure Communities covers every county of ${name}`,
        summary: `ICE switches on the last county of ${name} not yet in the program, so that from this day every county of the state takes part.`,
        actor: "U.S. Immigration and Customs Enforcement (ICE)",
        actorJurisdiction: "us",
        jurisdictions: [state["id"]],
        note: "Derived from the activations: the day is the last county activation in the state, which the county dataset also gives as the state's statewide date. No other source was sought for this event.",
        citations: [
          {
            source: "ice-activated-jurisdictions-dataset",
            locator: `statefips ${String(state["fips"])}, date_statewide_secure`,
            confidence: "high",
          },
        ],
      };
    });
}

/** All records of every dataset, in the order they are published. */
export function loadRecords(): Records {
  const countyCodeChanges = readImported("county-code-changes").sort((a, b) => compareStrings(String(a["id"]), String(b["id"])));
  const populations = new Map(readImported("county-populations").map((entry) => [String(entry["county"]), Number(entry["population"])]));
  const jurisdictions = withOtherCodes(
    [...readImported("jurisdictions"), ...mergePlaces(readImported("cities"), places as DatasetRecord[])].map((record) =>
      withPopulation(withAliases(record), populations),
    ),
    countyCodeChanges,
  );
  const unknownAliasTargets = Object.keys(aliases).filter((id) => !jurisdictions.some((record) => record["id"] === id));
  if (unknownAliasTargets.length > 0) {
    throw new Error(`data/jurisdictions.ts gives aliases to unknown jurisdictions: ${unknownAliasTargets.join(", ")}`);
  }
  const byId = (a: DatasetRecord, b: DatasetRecord) => compareStrings(String(a["id"]), String(b["id"]));
  const activations = readImported("activations");
  return {
    sources: [...(sources as DatasetRecord[])].sort(byId),
    jurisdictions: jurisdictions.sort((a, b) => kindOrder.indexOf(String(a["kind"])) - kindOrder.indexOf(String(b["kind"])) || byId(a, b)),
    activations: activations.sort((a, b) => compareStrings(String(a["county"]), String(b["county"]))),
    events: [...(events as DatasetRecord[]), ...derivedStatewideEvents(jurisdictions, activations, events as DatasetRecord[])].sort(
      compareEvents,
    ),
    countyCodeChanges,
    statistics: [...(statistics as DatasetRecord[])].sort(byId),
    offenseLevels: [...(offenseLevels as DatasetRecord[])].sort((a, b) => Number(a["order"]) - Number(b["order"])),
    detainers: readImported("detainers").sort(
      (a, b) =>
        detainerBreakdownOrder.indexOf(String(a["breakdown"])) - detainerBreakdownOrder.indexOf(String(b["breakdown"])) || byId(a, b),
    ),
  };
}
