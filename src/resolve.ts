/**
 * The one resolver: turns what a person types (an id, a code of any era, a name with or without
 * its state) into the jurisdictions of the data, and says what matched and how. It tells rather
 * than guesses: a name several places share gives every candidate, and a miss gives "did you mean"
 * suggestions. The library's lookups and the command line both use it.
 *
 * @module
 */

import { jurisdictions } from "./generated/jurisdictions.js";
import type { Jurisdiction, JurisdictionKind, OtherCode } from "./generated/types.js";
import { jurisdictionKinds as jurisdictionKindNames } from "./generated/values.js";
import { jurisdictionByCode, jurisdictionsByOtherCode } from "./internal/code-index.js";
import { asciiLowerCase, expectedMessage, filterList, optionsObject } from "./internal/errors.js";
import { compareNames, nameKey, withoutTypeSuffix } from "./internal/names.js";

/**
 * How a query matched a jurisdiction: by its `id`; by one of its `code`s (FIPS, GEOID, USPS, ISO
 * 3166-2); by a county code of another era (`other-code`); by its `name` or full name; by an
 * `alias`; or by the name that goes with a code of another era (`other-name`).
 *
 * @category Places
 */
export type JurisdictionMatchKind = "id" | "code" | "other-code" | "name" | "alias" | "other-name";

/**
 * One jurisdiction a query matched, and how.
 *
 * @category Places
 */
export interface JurisdictionMatch {
  /** The jurisdiction of the data. */
  readonly jurisdiction: Jurisdiction;
  /** How the query matched it (example: `"other-code"`). */
  readonly by: JurisdictionMatchKind;
  /** The code, name or alias that matched, as the data writes it (example: `"02158"`). */
  readonly matched: string;
  /**
   * For a match by a code or name of another era: that code, its name, whether it is earlier or
   * later than the jurisdiction's own, and the change that relates them (`rename`, `merge`,
   * `split`, `new`, `replace`).
   */
  readonly otherCode?: OtherCode;
}

/**
 * What a query resolved to: `found` (one jurisdiction), `several` (a code or name of another era
 * whose land lies in several jurisdictions of the period, all of them the answer, e.g. a Connecticut
 * planning region), `ambiguous` (a name several places share: pick one) or `not-found`.
 *
 * @category Places
 */
export type ResolveJurisdictionStatus = "found" | "several" | "ambiguous" | "not-found";

/**
 * A "did you mean" suggestion: a jurisdiction whose name is close to the query.
 *
 * @category Places
 */
export interface JurisdictionSuggestion {
  /** The jurisdiction suggested. */
  readonly jurisdiction: Jurisdiction;
  /** Its name, full name or alias that is close to the query (example: `"Harris County"`). */
  readonly name: string;
  /** Edit distance between that name and the query, both reduced to their comparison keys (example: `1`). */
  readonly distance: number;
}

/**
 * The result of {@link resolveJurisdiction}.
 *
 * @category Places
 */
export interface ResolveJurisdictionResult {
  /** The query as given (example: `"02158"`). */
  readonly query: string;
  /** Whether it found one jurisdiction, several, an ambiguous name, or nothing (example: `"found"`). */
  readonly status: ResolveJurisdictionStatus;
  /** The matches, best first: nation, states, cities (largest first), counties; then by state and name. `[]` on a miss. */
  readonly matches: readonly JurisdictionMatch[];
  /** On a miss: names close to the query, closest first (at most 5); otherwise `[]`. */
  readonly suggestions: readonly JurisdictionSuggestion[];
}

/**
 * Options of {@link resolveJurisdiction} and {@link findJurisdictions}.
 *
 * @category Places
 */
export interface ResolveJurisdictionOptions {
  /** Keep only jurisdictions in this state: any id, code or name of a state (example: `"FL"`). */
  readonly state?: string | undefined;
  /** Keep only jurisdictions of this kind or these kinds (example: `"county"`). */
  readonly kind?: JurisdictionKind | readonly JurisdictionKind[] | undefined;
}

/** Options of {@link findJurisdictions}: the same as {@link ResolveJurisdictionOptions}. @category Places */
export type FindJurisdictionsOptions = ResolveJurisdictionOptions;

// ---------------------------------------------------------------------------------------------
// The name index, built once on first use
// ---------------------------------------------------------------------------------------------

interface NameIndex {
  readonly byKey: ReadonlyMap<string, readonly JurisdictionMatch[]>;
  readonly statesByKey: ReadonlyMap<string, Jurisdiction>;
  readonly countyCount: ReadonlyMap<string, number>;
}

const kindOrder: Record<JurisdictionKind, number> = { nation: 0, state: 1, city: 2, county: 3 };
const matchOrder: Record<JurisdictionMatchKind, number> = { id: 0, code: 1, "other-code": 2, name: 3, alias: 4, "other-name": 5 };
let nameIndex: NameIndex | undefined;
/**
 * The entries of keys of several words by their key without spaces, for "DeKalb" against
 * "De Kalb" (a key of one word is its own compact key: the name index has it). Built on the first
 * query whose exact key matches nothing.
 */
let byCompactKey: ReadonlyMap<string, readonly JurisdictionMatch[]> | undefined;

function push<K, V>(map: Map<K, V[]>, key: K, item: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [item]);
  else list.push(item);
}

function getNameIndex(): NameIndex {
  if (nameIndex !== undefined) return nameIndex;
  const byKey = new Map<string, JurisdictionMatch[]>();
  const statesByKey = new Map<string, Jurisdiction>();
  const countyCount = new Map<string, number>();
  // Entries are frozen: answers hand them out, and what a caller does to one must not reach the index.
  const add = (match: JurisdictionMatch) => {
    const key = nameKey(match.matched);
    if (key === "") return;
    if (!byKey.get(key)?.some((entry) => entry.jurisdiction === match.jurisdiction)) push(byKey, key, Object.freeze(match));
  };
  for (const jurisdiction of jurisdictions) {
    add({ jurisdiction, by: "name", matched: jurisdiction.fullName });
    add({ jurisdiction, by: "name", matched: jurisdiction.name });
    for (const alias of jurisdiction.aliases) add({ jurisdiction, by: "alias", matched: alias });
    for (const otherCode of jurisdiction.otherCodes ?? []) {
      add({ jurisdiction, by: "other-name", matched: otherCode.name, otherCode });
      // "Kusilvak" as well as "Kusilvak Census Area"; "Capitol" is too vague to stand alone.
      const bare = withoutTypeSuffix(nameKey(otherCode.name));
      if (bare !== undefined) add({ jurisdiction, by: "other-name", matched: bare, otherCode });
    }
    if (jurisdiction.kind === "state" && jurisdiction.usps !== undefined) {
      for (const name of [jurisdiction.usps, jurisdiction.name, ...jurisdiction.aliases]) statesByKey.set(nameKey(name), jurisdiction);
    }
    if (jurisdiction.kind === "county" && jurisdiction.parent !== undefined && jurisdiction.listedOnly !== true) {
      countyCount.set(jurisdiction.parent, (countyCount.get(jurisdiction.parent) ?? 0) + 1);
    }
  }
  nameIndex = { byKey, statesByKey, countyCount };
  return nameIndex;
}

function getCompactKeys(): ReadonlyMap<string, readonly JurisdictionMatch[]> {
  if (byCompactKey !== undefined) return byCompactKey;
  const compactKeys = new Map<string, JurisdictionMatch[]>();
  for (const [key, matches] of getNameIndex().byKey) {
    if (!key.includes(" ")) continue;
    const compact = key.replaceAll(" ", "");
    for (const match of matches) {
      if (!compactKeys.get(compact)?.some((entry) => entry.jurisdiction === match.jurisdiction)) push(compactKeys, compact, match);
    }
  }
  byCompactKey = compactKeys;
  return compactKeys;
}

function stateNameOf(jurisdiction: Jurisdiction): string {
  if (jurisdiction.kind === "state" || jurisdiction.parent === undefined) return jurisdiction.name;
  return jurisdictionByCode(jurisdiction.parent)?.name ?? "";
}

function compareMatches(a: JurisdictionMatch, b: JurisdictionMatch): number {
  const x = a.jurisdiction;
  const y = b.jurisdiction;
  return (
    kindOrder[x.kind] - kindOrder[y.kind] ||
    (y.population ?? 0) - (x.population ?? 0) ||
    compareNames(stateNameOf(x), stateNameOf(y)) ||
    compareNames(x.fullName, y.fullName) ||
    (x.id < y.id ? -1 : 1)
  );
}

// ---------------------------------------------------------------------------------------------
// Matching
// ---------------------------------------------------------------------------------------------

/** The longest query the resolver accepts; anything longer is a mistake, not a miss. */
const longestQuery = 200;

function matchesOfKey(key: string, keep: (match: JurisdictionMatch) => boolean = () => true): readonly JurisdictionMatch[] {
  const { byKey } = getNameIndex();
  const stripped = withoutTypeSuffix(key);
  const compactMatches = (text: string) => {
    const compact = text.replaceAll(" ", "");
    const ofOneWord = byKey.get(compact);
    const ofSeveral = getCompactKeys().get(compact);
    return ofOneWord === undefined || ofSeveral === undefined ? (ofOneWord ?? ofSeveral) : [...ofOneWord, ...ofSeveral];
  };
  // Tried in turn, the compact keys only when the exact keys match nothing.
  const tries = [() => byKey.get(key), () => byKey.get(stripped ?? ""), () => compactMatches(key), () => compactMatches(stripped ?? "")];
  for (const found of tries) {
    const kept = found()?.filter(keep) ?? [];
    if (kept.length > 0) return kept;
  }
  return [];
}

function isIn(jurisdiction: Jurisdiction, state: Jurisdiction): boolean {
  return jurisdiction.id === state.id || jurisdiction.parent === state.id;
}

/** The state a text names (id, code or name), or `undefined`. */
function stateNamed(text: string): Jurisdiction | undefined {
  const trimmed = text.trim();
  if (trimmed === "" || trimmed.length > longestQuery) return undefined;
  const byCode = jurisdictionByCode(trimmed);
  if (byCode?.kind === "state") return byCode;
  return getNameIndex().statesByKey.get(nameKey(trimmed));
}

/**
 * The name matches of a query: the whole text first; then, when that finds nothing, a state at the
 * end (after a comma, or as the last one to three words) narrowing the rest.
 */
function nameMatches(text: string): readonly JurisdictionMatch[] {
  const key = nameKey(text);
  const whole = matchesOfKey(key);
  if (whole.length > 0) return whole;
  const comma = text.lastIndexOf(",");
  if (comma > 0) {
    const state = stateNamed(text.slice(comma + 1));
    if (state !== undefined) return matchesOfKey(nameKey(text.slice(0, comma)), (match) => isIn(match.jurisdiction, state));
  }
  const words = key.split(" ");
  for (let tail = 1; tail <= Math.min(3, words.length - 1); tail++) {
    const state = getNameIndex().statesByKey.get(words.slice(-tail).join(" "));
    if (state === undefined) continue;
    const found = matchesOfKey(words.slice(0, -tail).join(" "), (match) => isIn(match.jurisdiction, state));
    if (found.length > 0) return found;
  }
  return [];
}

/**
 * One match per jurisdiction, best first. A county that is the whole of its state-equivalent (the
 * District of Columbia's county-equivalent, 11001) gives way to the state-equivalent when both match:
 * they are one place, and the state-equivalent answers for it.
 */
function ordered(matches: readonly JurisdictionMatch[]): JurisdictionMatch[] {
  const { countyCount } = getNameIndex();
  const best = new Map<string, JurisdictionMatch>();
  for (const match of matches) {
    const seen = best.get(match.jurisdiction.id);
    if (seen === undefined || matchOrder[match.by] < matchOrder[seen.by]) best.set(match.jurisdiction.id, match);
  }
  const kept = [...best.values()].filter(({ jurisdiction }) => {
    if (jurisdiction.kind === "county") {
      if (jurisdiction.parent !== undefined && countyCount.get(jurisdiction.parent) === 1 && best.has(jurisdiction.parent)) return false;
      // A city that is the whole county (Philadelphia; the Arlington CDP and Arlington County) answers for it.
      return ![...best.values()].some(({ jurisdiction: city }) => sameArea(city, jurisdiction));
    }
    const only = jurisdiction.kind === "city" && jurisdiction.counties?.length === 1 ? jurisdiction.counties[0]?.county : undefined;
    const county = only === undefined ? undefined : best.get(only)?.jurisdiction;
    return !(county !== undefined && cityCountyTypes.includes(county.type) && nameKey(county.name) === nameKey(jurisdiction.name));
  });
  return kept.sort(compareMatches);
}

/**
 * Whether a city is the whole of a county that is no city government: it lies only in that county
 * and has all its 2020 population (Philadelphia, Arlington, Virginia).
 */
function sameArea(city: Jurisdiction, county: Jurisdiction): boolean {
  return (
    city.kind === "city" &&
    city.counties?.length === 1 &&
    city.counties[0]?.county === county.id &&
    county.population !== undefined &&
    city.population === county.population &&
    !cityCountyTypes.includes(county.type)
  );
}

/** County-equivalents that are a city government: a city of the same name that lies only there is the same place. */
const cityCountyTypes: readonly Jurisdiction["type"][] = ["city", "City and County"];

const kindExpectation = `kind as ${jurisdictionKindNames.join(", ")} or a list of them`;

/** The kinds a filter keeps (an empty list keeps none); `undefined` when it keeps every kind. */
function kindsOf(options: ResolveJurisdictionOptions): readonly JurisdictionKind[] | undefined {
  return filterList(options.kind, jurisdictionKindNames, kindExpectation, kindExpectation);
}

function filtered(matches: readonly JurisdictionMatch[], options: ResolveJurisdictionOptions): JurisdictionMatch[] {
  const state = options.state === undefined ? undefined : requireState(options.state);
  const kinds = kindsOf(options);
  return matches.filter(
    ({ jurisdiction }) => (state === undefined || isIn(jurisdiction, state)) && (kinds === undefined || kinds.includes(jurisdiction.kind)),
  );
}

function requireState(text: string): Jurisdiction {
  if (typeof text !== "string") throw new TypeError(expectedMessage("a state as an id, code or name", text));
  const state = stateNamed(text);
  if (state === undefined) throw new RangeError(expectedMessage("a state as an id, code or name", text));
  return state;
}

function checkQuery(query: unknown, expectation: string): asserts query is string {
  if (typeof query !== "string") throw new TypeError(expectedMessage(expectation, query));
  if (query.trim().length === 0 || query.length > longestQuery) throw new RangeError(expectedMessage(expectation, query));
}

function codeMatches(query: string): JurisdictionMatch[] {
  const trimmed = query.trim();
  const direct = jurisdictionByCode(trimmed);
  if (direct !== undefined) return [{ jurisdiction: direct, by: asciiLowerCase(trimmed) === direct.id ? "id" : "code", matched: trimmed }];
  if (!/^\d{5}$/.test(trimmed)) return [];
  return jurisdictionsByOtherCode(trimmed).map(({ jurisdiction, otherCode }) => ({
    jurisdiction,
    by: "other-code" as const,
    matched: otherCode.code,
    otherCode,
  }));
}

function statusOf(matches: readonly JurisdictionMatch[]): ResolveJurisdictionStatus {
  if (matches.length === 0) return "not-found";
  if (matches.length === 1) return "found";
  const first = matches[0]?.otherCode;
  const sameOtherCode = first !== undefined && matches.every((match) => match.otherCode?.code === first.code);
  return sameOtherCode ? "several" : "ambiguous";
}

// ---------------------------------------------------------------------------------------------
// Exports
// ---------------------------------------------------------------------------------------------

/**
 * Resolve what a person types to the jurisdictions of the data, and say what matched and how.
 *
 * A query is tried as an id or code first (`"county-12086"`, `"12086"`, `"FL"`, `"US-FL"`,
 * `"city-4835000"`, `"4835000"`), then as a county code of another era (`"02158"`, Kusilvak, renamed
 * from Wade Hampton in 2015; `"09110"`, a Connecticut planning region that holds towns of two
 * counties), then as a name. Names forgive case, accents, punctuation, "St."/"Saint", a trailing
 * type word and spaces inside a name ("De Kalb" finds "DeKalb"); a state may follow, with or without
 * a comma (`"cook county il"`, `"Cook County, Illinois"`).
 *
 * Two records for one place give one answer. The District of Columbia's state-equivalent (`us-dc`)
 * answers for its one county-equivalent (11001), which is the same land. An independent city or a
 * city and county (St. Louis, Baltimore city, San Francisco, Denver, the Virginia cities) answers for
 * the Census place of the same name that lies only in it. A city that is the whole of an ordinary
 * county (Philadelphia; the Arlington CDP, which is Arlington County, Virginia) answers for the
 * county; its status shows the county's decisions.
 *
 * @param query - An id, a code of any era, or a name.
 * @param options - Narrow name matches by state or by kind.
 * @returns What matched: `found` with one match, `several` (a code of another era that covers
 *   several jurisdictions of the period), `ambiguous` with every candidate, or `not-found` with
 *   "did you mean" suggestions.
 * @throws {TypeError} When `query` is not a string.
 * @throws {RangeError} When `query` is empty or longer than 200 characters, or `options.state` is not a state.
 * @example
 * ```ts
 * const kusilvak = resolveJurisdiction("02158");
 * kusilvak.matches[0]?.jurisdiction.id; // => "county-02270"
 * kusilvak.matches[0]?.otherCode?.change; // => "rename"
 * resolveJurisdiction("cook county il").matches[0]?.jurisdiction.fips; // => "17031"
 * resolveJurisdiction("Petersburg").status; // => "ambiguous"
 * resolveJurisdiction("09110").status; // => "several"
 * resolveJurisdiction("Harris Conty, TX").suggestions[0]?.jurisdiction.id; // => "county-48201"
 * ```
 * @category Places
 */
export function resolveJurisdiction(query: string, options: ResolveJurisdictionOptions = {}): ResolveJurisdictionResult {
  checkQuery(query, "a jurisdiction as an id, code or name");
  const checked = optionsObject(options, "options of resolveJurisdiction");
  const byCode = filtered(codeMatches(query), checked);
  const matches = byCode.length > 0 ? ordered(byCode) : ordered(filtered(nameMatches(query), checked));
  const status = statusOf(matches);
  return { query, status, matches, suggestions: status === "not-found" ? suggestJurisdictions(query, checked) : [] };
}

/**
 * Find jurisdictions by name (the name part of {@link resolveJurisdiction}).
 *
 * The match forgives case, accents, punctuation, "St."/"Saint", spaces inside a name and a trailing
 * type word (County, Parish, Borough, Census Area, City and Borough, Municipality, city), and knows
 * the aliases the data records ("D.C.", "Dade County", "Brooklyn", "NYC", ...) and the names of county
 * codes of other eras ("Kusilvak Census Area"). A state after the name narrows the search, with or
 * without a comma: `"Miami-Dade County, FL"`, `"cook county il"`. An exact match of the whole text
 * wins over a match without the type word, so `"Los Angeles County"` finds the county only while
 * `"Los Angeles"` finds the city and the county.
 *
 * Results are ordered nation, states, cities (largest first), counties; then by state name and name.
 *
 * @param name - The name to look for.
 * @param options - Narrow by state or by kind.
 * @returns Every match, in the order above; `[]` when nothing matches.
 * @throws {TypeError} When `name` is not a string.
 * @throws {RangeError} When `name` is empty or longer than 200 characters, or `options.state` is not a state.
 * @example
 * ```ts
 * findJurisdictions("Miami Dade").map((j) => j.id); // => ["county-12086"]
 * findJurisdictions("Los Angeles").map((j) => j.kind); // => ["city", "county"]
 * findJurisdictions("Houston")[0]?.id; // => "city-4835000"
 * findJurisdictions("Washington County", { state: "PA" }).map((j) => j.fips); // => ["42125"]
 * findJurisdictions("District of Columbia").map((j) => j.id); // => ["us-dc"]
 * ```
 * @category Places
 */
export function findJurisdictions(name: string, options: FindJurisdictionsOptions = {}): readonly Jurisdiction[] {
  checkQuery(name, "a jurisdiction name");
  return ordered(filtered(nameMatches(name), optionsObject(options, "options of findJurisdictions"))).map((match) => match.jurisdiction);
}

/** Levenshtein distance, or `limit + 1` as soon as it must exceed `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      current.push(value);
      if (value < rowMinimum) rowMinimum = value;
    }
    if (rowMinimum > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length] as number;
}

/**
 * "Did you mean" suggestions: the jurisdictions whose names are closest to a query by edit
 * distance over the name index (names, full names, aliases), at most 2 edits (1 for a query of up to
 * 4 letters), closest first.
 *
 * @param query - What was typed.
 * @param options - Narrow by state or kind, and `limit` the number of suggestions (default 5).
 * @returns The suggestions; `[]` when no name is close.
 * @throws {TypeError} When `query` is not a string, `options` not an object, or an option has the wrong type.
 * @throws {RangeError} When `query` is empty or longer than 200 characters, `limit` is not a
 *   positive integer, or `options.state` is not a state.
 * @example
 * ```ts
 * suggestJurisdictions("Harris Conty, TX")[0]?.name; // => "Harris County"
 * suggestJurisdictions("Los Angelos").map((s) => s.jurisdiction.id); // => ["city-0644000", "county-06037"]
 * ```
 * @category Places
 */
export function suggestJurisdictions(
  query: string,
  options: ResolveJurisdictionOptions & { readonly limit?: number } = {},
): readonly JurisdictionSuggestion[] {
  checkQuery(query, "a jurisdiction name");
  const checked = optionsObject(options, "options of suggestJurisdictions");
  const { limit = 5 } = checked;
  if (typeof limit !== "number") throw new TypeError(expectedMessage("limit as a positive integer", limit));
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(expectedMessage("limit as a positive integer", limit));
  const { byKey } = getNameIndex();
  let text = query;
  let state = checked.state === undefined ? undefined : requireState(checked.state);
  const comma = query.lastIndexOf(",");
  if (comma > 0 && state === undefined) {
    state = stateNamed(query.slice(comma + 1));
    if (state !== undefined) text = query.slice(0, comma);
  }
  const key = nameKey(text);
  const target = withoutTypeSuffix(key) ?? key;
  const allowed = target.length <= 4 ? 1 : 2;
  const kinds = kindsOf(checked);
  const found = new Map<string, JurisdictionSuggestion & { readonly match: JurisdictionMatch }>();
  for (const [candidateKey, matches] of byKey) {
    const distance = Math.min(
      editDistance(key, candidateKey, allowed),
      editDistance(target, withoutTypeSuffix(candidateKey) ?? candidateKey, allowed),
    );
    if (distance > allowed) continue;
    for (const match of matches) {
      const { jurisdiction } = match;
      if (state !== undefined && !isIn(jurisdiction, state)) continue;
      if (kinds !== undefined && !kinds.includes(jurisdiction.kind)) continue;
      const seen = found.get(jurisdiction.id);
      if (seen === undefined || distance < seen.distance)
        found.set(jurisdiction.id, { jurisdiction, name: match.matched, distance, match });
    }
  }
  return [...found.values()]
    .sort((a, b) => a.distance - b.distance || compareMatches(a.match, b.match))
    .slice(0, limit)
    .map(({ jurisdiction, name, distance }) => ({ jurisdiction, name, distance }));
}

/**
 * Get a city by its id or 7-digit Census place GEOID.
 *
 * @param code - `"city-4835000"` or `"4835000"`.
 * @returns The city, or `undefined` when no city has that id or GEOID.
 * @throws {TypeError} When `code` is not a string.
 * @throws {RangeError} When `code` is empty or longer than 200 characters.
 * @example
 * ```ts
 * getCity("4835000")?.counties?.map((part) => part.county); // => ["county-48201", "county-48157", "county-48339"]
 * getCity("city-0644000")?.name; // => "Los Angeles"
 * ```
 * @category Places
 */
export function getCity(code: string): Jurisdiction | undefined {
  checkQuery(code, "a city id or 7-digit place GEOID");
  const found = jurisdictionByCode(code.trim());
  return found?.kind === "city" ? found : undefined;
}
