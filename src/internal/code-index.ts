/**
 * The index behind every lookup by code: ids, FIPS codes, GEOIDs, USPS and ISO 3166-2 codes of the
 * nation, the states, the counties and the cities the records name, and the county codes of other
 * eras that lead to them. Built once, on first use, from the core jurisdictions only, so that a
 * lookup by code carries neither the other cities nor the code changes table.
 */
import { coreJurisdictions } from "../generated/core-jurisdictions.js";
import type { Jurisdiction, OtherCode } from "../generated/types.js";
import { asciiLowerCase, asciiUpperCase } from "./errors.js";

/** A jurisdiction reached through a code of another era, and that code's entry. */
export interface OtherCodeMatch {
  readonly jurisdiction: Jurisdiction;
  readonly otherCode: OtherCode;
}

interface CodeIndex {
  readonly byCode: ReadonlyMap<string, Jurisdiction>;
  readonly byOtherCode: ReadonlyMap<string, readonly OtherCodeMatch[]>;
}

let index: CodeIndex | undefined;

function codeIndex(): CodeIndex {
  if (index !== undefined) return index;
  const byCode = new Map<string, Jurisdiction>();
  const byOtherCode = new Map<string, OtherCodeMatch[]>();
  for (const jurisdiction of coreJurisdictions) {
    for (const code of [jurisdiction.id, jurisdiction.fips, jurisdiction.usps, jurisdiction.iso3166_2]) {
      if (code !== undefined) byCode.set(code, jurisdiction);
    }
    for (const otherCode of jurisdiction.otherCodes ?? []) {
      const list = byOtherCode.get(otherCode.code);
      if (list === undefined) byOtherCode.set(otherCode.code, [{ jurisdiction, otherCode }]);
      else list.push({ jurisdiction, otherCode });
    }
  }
  index = { byCode, byOtherCode };
  return index;
}

/** The jurisdiction with this id or code (exact, lowercase or uppercase), or `undefined`. */
export function jurisdictionByCode(code: string): Jurisdiction | undefined {
  const { byCode } = codeIndex();
  return byCode.get(code) ?? byCode.get(asciiLowerCase(code)) ?? byCode.get(asciiUpperCase(code));
}

/** The jurisdictions a county code of another era leads to; `[]` when it leads to none. */
export function jurisdictionsByOtherCode(code: string): readonly OtherCodeMatch[] {
  return codeIndex().byOtherCode.get(code) ?? [];
}
