/**
 * The county crosswalk: a county code of 2008-2013 to today's codes, and back. One code of the
 * period can lead to several of today's (a split, Connecticut's planning regions), and one of
 * today's can come from several of the period. The same rows are published as
 * `county-crosswalk.csv` and `county-crosswalk.json`.
 *
 * @module
 */

import { coreJurisdictions } from "./generated/core-jurisdictions.js";
import { countyCodeChanges } from "./generated/county-code-changes.js";
import { type CrosswalkRelation, type CrosswalkRow, crosswalkRows } from "./internal/county-crosswalk.js";
import { expectedMessage } from "./internal/errors.js";

export type { CrosswalkRelation, CrosswalkRow };

let rows: readonly CrosswalkRow[] | undefined;
let byPeriod: ReadonlyMap<string, readonly CrosswalkRow[]> | undefined;
let byCurrent: ReadonlyMap<string, readonly CrosswalkRow[]> | undefined;

function index(): { byPeriod: ReadonlyMap<string, readonly CrosswalkRow[]>; byCurrent: ReadonlyMap<string, readonly CrosswalkRow[]> } {
  if (byPeriod !== undefined && byCurrent !== undefined) return { byPeriod, byCurrent };
  const all = countyCrosswalk();
  const period = new Map<string, CrosswalkRow[]>();
  const current = new Map<string, CrosswalkRow[]>();
  for (const row of all) {
    period.set(row.periodCode, [...(period.get(row.periodCode) ?? []), row]);
    current.set(row.currentCode, [...(current.get(row.currentCode) ?? []), row]);
  }
  byPeriod = period;
  byCurrent = current;
  return { byPeriod, byCurrent };
}

function countyCode(code: string): string {
  if (typeof code !== "string") throw new TypeError(expectedMessage("a 5-digit county FIPS code or a county id", code));
  const bare = code.startsWith("county-") ? code.slice("county-".length) : code;
  if (!/^\d{5}$/.test(bare)) throw new RangeError(expectedMessage("a 5-digit county FIPS code or a county id", code));
  return bare;
}

/**
 * Every row of the county crosswalk: each county code of 2008-2013 with today's code for its land,
 * or for part of it (several rows where it was split, and for Connecticut), ordered by period code
 * and today's code. A row is a relation, not a population share.
 *
 * @returns The rows, frozen.
 * @example
 * ```ts
 * countyCrosswalk().filter((row) => row.relation !== "same").length; // => 39
 * ```
 * @category Places
 */
export function countyCrosswalk(): readonly CrosswalkRow[] {
  if (rows !== undefined) return rows;
  const usps = new Map<string, string>(coreJurisdictions.map((record) => [record.id, record.usps ?? ""]));
  rows = Object.freeze(
    crosswalkRows(
      coreJurisdictions.filter((record) => record.kind === "county"),
      countyCodeChanges,
      (id) => usps.get(id) ?? "",
    ).map((row) => Object.freeze({ ...row, codeChanges: Object.freeze([...row.codeChanges]) })),
  );
  return rows;
}

/**
 * Today's county codes for a county code of 2008-2013.
 *
 * @param code - A 5-digit county code of the period, or its id (`"county-02270"`).
 * @returns The crosswalk rows of that code, one per code of today (frozen rows in a list of the
 *   caller's own); `[]` when it is no county of the period.
 * @throws {TypeError} When `code` is not a string.
 * @throws {RangeError} When `code` is not a 5-digit code or a county id.
 * @example
 * ```ts
 * currentCountyCodes("02270").map((row) => [row.currentCode, row.relation]); // => [["02158", "rename"]]
 * currentCountyCodes("02261").map((row) => row.currentCode); // => ["02063", "02066"]
 * currentCountyCodes("09003").map((row) => row.currentCode); // => ["09110", "09140", "09160"]
 * currentCountyCodes("12086").map((row) => row.relation); // => ["same"]
 * ```
 * @category Places
 */
export function currentCountyCodes(code: string): readonly CrosswalkRow[] {
  // A copy: the caller may sort or extend the list without reaching the index (the rows are frozen).
  return index().byPeriod.get(countyCode(code))?.slice() ?? [];
}

/**
 * The county codes of 2008-2013 whose land today's code holds, in whole or in part.
 *
 * @param code - A 5-digit county code of today (`"09110"`).
 * @returns The crosswalk rows that lead to it, one per code of the period (frozen rows in a list of
 *   the caller's own); `[]` when no code leads to it.
 * @throws {TypeError} When `code` is not a string.
 * @throws {RangeError} When `code` is not a 5-digit code or a county id.
 * @example
 * ```ts
 * periodCountyCodes("09110").map((row) => row.periodCode); // => ["09003", "09013"]
 * periodCountyCodes("02158").map((row) => row.periodCode); // => ["02270"]
 * ```
 * @category Places
 */
export function periodCountyCodes(code: string): readonly CrosswalkRow[] {
  return index().byCurrent.get(countyCode(code))?.slice() ?? [];
}
