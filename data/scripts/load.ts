/**
 * Reads every dataset's records from data/ and puts them in their published order.
 *
 * The hand-written records live in data/*.ts; the county import writes data/imported/*.json.
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

/** All records of every dataset, in the order they are published. */
export function loadRecords(): Records {
  const countyCodeChanges = readImported("county-code-changes").sort((a, b) => compareStrings(String(a["id"]), String(b["id"])));
  const jurisdictions = withOtherCodes(
    [...readImported("jurisdictions"), ...mergePlaces(readImported("cities"), places as DatasetRecord[])].map(withAliases),
    countyCodeChanges,
  );
  const unknownAliasTargets = Object.keys(aliases).filter((id) => !jurisdictions.some((record) => record["id"] === id));
  if (unknownAliasTargets.length > 0) {
    throw new Error(`data/jurisdictions.ts gives aliases to unknown jurisdictions: ${unknownAliasTargets.join(", ")}`);
  }
  const byId = (a: DatasetRecord, b: DatasetRecord) => compareStrings(String(a["id"]), String(b["id"]));
  return {
    sources: [...(sources as DatasetRecord[])].sort(byId),
    jurisdictions: jurisdictions.sort((a, b) => kindOrder.indexOf(String(a["kind"])) - kindOrder.indexOf(String(b["kind"])) || byId(a, b)),
    activations: readImported("activations").sort((a, b) => compareStrings(String(a["county"]), String(b["county"]))),
    events: [...(events as DatasetRecord[])].sort(compareEvents),
    countyCodeChanges,
    statistics: [...(statistics as DatasetRecord[])].sort(byId),
    offenseLevels: [...(offenseLevels as DatasetRecord[])].sort((a, b) => Number(a["order"]) - Number(b["order"])),
  };
}
