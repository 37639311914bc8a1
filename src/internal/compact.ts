/**
 * The compact layout of the two large datasets, and how a data module rebuilds their records.
 *
 * A county record is mostly derived: its id is `county-` and its FIPS code, its full name is its
 * name and its type, its parent is the state whose FIPS code begins its own, it has no aliases and
 * cites what every county cites (the boundaries and the population table); its population is a column. An activation is a county and a day, and its citation
 * names the county's row, so it is the shared citation with the county's code in place of
 * `{fips}`. So the generator
 * (data/scripts/compact.ts) stores only what cannot be derived, as columns; any record that does not
 * follow these rules is stored whole, in its place. The records rebuilt here equal the published
 * JSON field for field and in the same key order (the test suite checks it), and are frozen as they
 * are built.
 */
import type { Activation, Citation, CountyId, Jurisdiction } from "../generated/types.js";
import { deepFreeze } from "./freeze.js";

/** Columns of the records that follow the rules, and the others stored whole at their index. */
interface Columns<T> {
  /** Number of records in all. */
  readonly length: number;
  /** Records stored whole, with their index in the dataset. */
  readonly whole: readonly (readonly [number, T])[];
  /** The citations every compact record shares. */
  readonly citations: readonly Citation[];
  /** FIPS codes of the compact records as differences from the one before (the first from 0), comma-separated. */
  readonly fips: string;
}

/** The compact layout of `jurisdictions`. */
export interface CompactJurisdictions extends Columns<Jurisdiction> {
  /** Names of the compact counties, one a line. */
  readonly names: string;
  /** The county types used. */
  readonly types: readonly Jurisdiction["type"][];
  /** For each compact county, the index of its type in `types`, one base-36 digit each. */
  readonly typeOf: string;
  /** For each compact county, its 2020 Census population, comma-separated. */
  readonly populations: string;
}

/** In the shared citations of `activations`, where each record's FIPS code goes. */
export const fipsPlaceholder = "{fips}";

/** The compact layout of `activations`. */
export interface CompactActivations extends Columns<Activation> {
  /** The activation days used, sorted. */
  readonly dates: readonly string[];
  /** For each compact activation, the index of its day in `dates`, comma-separated. */
  readonly dateOf: string;
}

const noAliases: readonly string[] = Object.freeze([]);

/** Puts the whole records in place (frozen) and returns the rest of the slots to fill, in order. */
function placeWhole<T>(columns: Columns<T>): { records: T[]; fipsCodes: string[] } {
  const records = new Array<T>(columns.length);
  for (const [index, record] of columns.whole) records[index] = deepFreeze(record);
  const fipsCodes: string[] = [];
  let code = 0;
  for (const step of columns.fips === "" ? [] : columns.fips.split(",")) {
    code += Number(step);
    fipsCodes.push(String(code).padStart(5, "0"));
  }
  return { records, fipsCodes };
}

/** Rebuilds `jurisdictions` from its compact layout; the result is frozen. */
export function expandJurisdictions(columns: CompactJurisdictions): readonly Jurisdiction[] {
  const { records, fipsCodes } = placeWhole(columns);
  const stateByFips = new Map<string, Jurisdiction["id"]>();
  for (const [, record] of columns.whole) if (record.kind === "state" && record.fips !== undefined) stateByFips.set(record.fips, record.id);
  const citations = deepFreeze(columns.citations);
  const names = columns.names.split("\n");
  const populations = columns.populations.split(",");
  let next = 0;
  for (let index = 0; index < records.length; index += 1) {
    if (records[index] !== undefined) continue;
    const fips = fipsCodes[next] as string;
    const name = names[next] as string;
    const type = columns.types[Number.parseInt(columns.typeOf[next] as string, 36)] as Jurisdiction["type"];
    records[index] = Object.freeze({
      id: `county-${fips}`,
      kind: "county",
      name,
      fullName: `${name} ${type}`,
      type,
      fips,
      parent: stateByFips.get(fips.slice(0, 2)) as Jurisdiction["id"],
      population: Number(populations[next]),
      aliases: noAliases,
      citations,
    });
    next += 1;
  }
  return Object.freeze(records);
}

/** The shared citations for one county: the same frozen list when no locator names the county. */
function citationsFor(shared: readonly Citation[], templated: boolean, fips: string): readonly Citation[] {
  if (!templated) return shared;
  return deepFreeze(
    shared.map((citation) =>
      citation.locator?.includes(fipsPlaceholder) === true
        ? { ...citation, locator: citation.locator.replaceAll(fipsPlaceholder, fips) }
        : citation,
    ),
  );
}

/** Rebuilds `activations` from its compact layout; the result is frozen. */
export function expandActivations(columns: CompactActivations): readonly Activation[] {
  const { records, fipsCodes } = placeWhole(columns);
  const shared = deepFreeze(columns.citations);
  const templated = shared.some((citation) => citation.locator?.includes(fipsPlaceholder) === true);
  const dateOf = columns.dateOf === "" ? [] : columns.dateOf.split(",");
  let next = 0;
  for (let index = 0; index < records.length; index += 1) {
    if (records[index] !== undefined) continue;
    const fips = fipsCodes[next] as string;
    records[index] = Object.freeze({
      county: `county-${fips}` as Activation["county"],
      date: columns.dates[Number(dateOf[next])] as string,
      citations: citationsFor(shared, templated, fips),
    });
    next += 1;
  }
  return Object.freeze(records);
}

/**
 * The jurisdictions in published order from their two modules: the core (nation, states, counties,
 * then the cities the records name) and the other cities; cities sorted by id. Frozen.
 */
export function joinCities(core: readonly Jurisdiction[], cities: readonly Jurisdiction[]): readonly Jurisdiction[] {
  const firstCity = core.findIndex((record) => record.kind === "city");
  const head = firstCity === -1 ? core : core.slice(0, firstCity);
  const allCities = [...(firstCity === -1 ? [] : core.slice(firstCity)), ...cities].sort((a, b) => (a.id < b.id ? -1 : 1));
  return Object.freeze([...head, ...allCities]);
}

/**
 * The compact layout of the cities of the places import. A city whose id is `city-` and its GEOID,
 * whose county is its largest part, whose population is the sum of its parts, with no aliases and one
 * citation of the common source (locator `place <GEOID>, rank <rank> by 2020 population`), is one
 * line `GEOID|name|suffix|type|parent|rank|county:population,...` (suffix, type and parent as indexes
 * into their lists); any other city is stored whole.
 */
export interface CompactCities {
  /** Number of records in all. */
  readonly length: number;
  /** Records stored whole, with their index. */
  readonly whole: readonly (readonly [number, Jurisdiction])[];
  /** The source every compact city cites. */
  readonly source: Citation["source"];
  /** What follows the name in the full name: `" city"`, `" city (balance)"`, ... */
  readonly suffixes: readonly string[];
  /** The types used. */
  readonly types: readonly Jurisdiction["type"][];
  /** The states used, by id. */
  readonly parents: readonly Jurisdiction["id"][];
  /** One line per compact city. */
  readonly rows: string;
}

/** Rebuilds the cities from their compact layout; the result is frozen. */
export function expandCities(columns: CompactCities): readonly Jurisdiction[] {
  const records = new Array<Jurisdiction>(columns.length);
  for (const [index, record] of columns.whole) records[index] = deepFreeze(record);
  const rows = columns.rows === "" ? [] : columns.rows.split("\n");
  let next = 0;
  for (let index = 0; index < records.length; index += 1) {
    if (records[index] !== undefined) continue;
    const [fips = "", name = "", suffix = "", type = "", parent = "", rank = "", parts = ""] = (rows[next] as string).split("|");
    const counties = parts.split(",").map((part) => {
      const [code, population] = part.split(":");
      return Object.freeze({ county: `county-${code}` as CountyId, population: Number(population) });
    });
    records[index] = Object.freeze({
      id: `city-${fips}` as Jurisdiction["id"],
      kind: "city",
      name,
      fullName: `${name}${columns.suffixes[Number(suffix)] as string}`,
      type: columns.types[Number(type)] as Jurisdiction["type"],
      fips,
      parent: columns.parents[Number(parent)] as Jurisdiction["id"],
      county: (counties[0] as { county: CountyId }).county,
      counties: Object.freeze(counties),
      population: counties.reduce((sum, part) => sum + part.population, 0),
      aliases: noAliases,
      citations: Object.freeze([
        Object.freeze({ source: columns.source, locator: `place ${fips}, rank ${rank} by 2020 population`, confidence: "high" as const }),
      ]),
    });
    next += 1;
  }
  return Object.freeze(records);
}
