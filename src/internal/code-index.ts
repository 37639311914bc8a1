/**
 * The index behind every lookup by code: ids, FIPS codes, GEOIDs, USPS and ISO 3166-2 codes of
 * every record of `jurisdictions` (the nation, the states, the counties and every city), and the
 * county codes of other eras that lead to them. It reads the two modules the jurisdictions are
 * made of, not the code changes table, so that a lookup by code does not carry that table; each
 * part is built on the first lookup that needs it.
 */
import { cities } from "../generated/cities.js";
import { coreJurisdictions } from "../generated/core-jurisdictions.js";
import type { Jurisdiction, OtherCode } from "../generated/types.js";
import { asciiLowerCase, asciiUpperCase } from "./errors.js";

/** A jurisdiction reached through a code of another era, and that code's entry. */
export interface OtherCodeMatch {
  readonly jurisdiction: Jurisdiction;
  readonly otherCode: OtherCode;
}

// Two maps of about 3,300 keys each answer faster than one of 6,600: a lookup by id reads a map no
// larger than a caller's own map of ids. A code starting with a digit is a FIPS code or a GEOID;
// ids, USPS and ISO codes start with a letter.
let byDigits: Map<string, Jurisdiction> | undefined;
let byLetters: Map<string, Jurisdiction> | undefined;
let byOtherCode: Map<string, OtherCodeMatch[]> | undefined;

function buildCodeMaps(): void {
  const digits = new Map<string, Jurisdiction>();
  const letters = new Map<string, Jurisdiction>();
  for (const records of [coreJurisdictions, cities]) {
    for (let index = 0; index < records.length; index += 1) {
      const jurisdiction = records[index] as Jurisdiction;
      letters.set(jurisdiction.id, jurisdiction);
      if (jurisdiction.fips !== undefined) digits.set(jurisdiction.fips, jurisdiction);
      if (jurisdiction.usps !== undefined) letters.set(jurisdiction.usps, jurisdiction);
      if (jurisdiction.iso3166_2 !== undefined) letters.set(jurisdiction.iso3166_2, jurisdiction);
    }
  }
  byDigits = digits;
  byLetters = letters;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** The jurisdiction with this id or code (exact, lowercase or uppercase), or `undefined`. */
export function jurisdictionByCode(code: string): Jurisdiction | undefined {
  if (byDigits === undefined) buildCodeMaps();
  const map = (isDigit(code.charCodeAt(0)) ? byDigits : byLetters) as Map<string, Jurisdiction>;
  return map.get(code) ?? map.get(asciiLowerCase(code)) ?? map.get(asciiUpperCase(code));
}

/** The jurisdictions a county code of another era leads to; `[]` when it leads to none. */
export function jurisdictionsByOtherCode(code: string): readonly OtherCodeMatch[] {
  if (byOtherCode === undefined) {
    byOtherCode = new Map();
    for (const jurisdiction of coreJurisdictions) {
      for (const otherCode of jurisdiction.otherCodes ?? []) {
        const list = byOtherCode.get(otherCode.code);
        if (list === undefined) byOtherCode.set(otherCode.code, [{ jurisdiction, otherCode }]);
        else list.push({ jurisdiction, otherCode });
      }
    }
  }
  return byOtherCode.get(code) ?? [];
}
