/**
 * The jurisdiction filter of a timeline built from a caller's own events (`createTimeline`), read
 * from the code alone, so that such a timeline does not carry the jurisdictions: a state's id
 * follows from its USPS code, a county's or a city's state from the first two digits of its FIPS
 * code or GEOID, and a city's county from a short table (src/generated/state-codes.ts; the
 * generator checks these rules for every record). The codes taken are those `getJurisdiction`
 * takes (ids, FIPS codes, GEOIDs, USPS and ISO 3166-2 codes, in any ASCII case); a well-formed
 * county FIPS code or city GEOID of a known state is taken even when no county or city has it.
 */
import { cityCounties, stateCodes } from "../generated/state-codes.js";
import { asciiLowerCase, asciiUpperCase } from "./errors.js";

const nation = "us";

/** The id of the state with this 2-digit FIPS code, or `undefined`. */
function stateOfFips(fips: string): string | undefined {
  for (let at = 0; at < stateCodes.length; at += 4) {
    if (stateCodes.startsWith(fips, at)) return `us-${asciiLowerCase(stateCodes.slice(at + 2, at + 4))}`;
  }
  return undefined;
}

/** The id of the state with this USPS code (upper case), or `undefined`. */
function stateOfUsps(usps: string): string | undefined {
  for (let at = 2; at < stateCodes.length; at += 4) if (stateCodes.startsWith(usps, at)) return `us-${asciiLowerCase(usps)}`;
  return undefined;
}

/** The id of the county of a city the table knows (by its GEOID), or `undefined`. */
function countyOfCity(geoid: string): string | undefined {
  for (let at = 0; at < cityCounties.length; at += 12) {
    if (cityCounties.startsWith(geoid, at)) return `county-${cityCounties.slice(at + 7, at + 12)}`;
  }
  return undefined;
}

const twoDigits = /^[0-9]{2}$/;
const countyCode = /^(?:county-)?([0-9]{5})$/;
const cityCode = /^(?:city-)?([0-9]{7})$/;
const stateIso = /^US-([A-Z]{2})$/;

/** A place a code names: its id, and the ids of the places that contain it, nearest first. */
export interface CodePlace {
  readonly id: string;
  readonly containers: readonly string[];
}

/** The place a code names, or `undefined` when it names no jurisdiction of a known state. */
export function placeOfCode(code: string): CodePlace | undefined {
  const lower = asciiLowerCase(code);
  if (lower === nation) return { id: nation, containers: [] };
  const upper = asciiUpperCase(code);
  const state = upper.length === 2 ? stateOfUsps(upper) : stateIso.test(upper) ? stateOfUsps(upper.slice(3)) : undefined;
  if (state !== undefined) return { id: state, containers: [nation] };
  if (twoDigits.test(code)) {
    const byFips = stateOfFips(code);
    return byFips === undefined ? undefined : { id: byFips, containers: [nation] };
  }
  const county = countyCode.exec(lower)?.[1];
  if (county !== undefined) {
    const parent = stateOfFips(county.slice(0, 2));
    return parent === undefined ? undefined : { id: `county-${county}`, containers: [parent, nation] };
  }
  const city = cityCode.exec(lower)?.[1];
  if (city !== undefined) {
    const parent = stateOfFips(city.slice(0, 2));
    if (parent === undefined) return undefined;
    const inCounty = countyOfCity(city);
    return { id: `city-${city}`, containers: inCounty === undefined ? [parent, nation] : [inCounty, parent, nation] };
  }
  return undefined;
}

/** The places that contain the jurisdiction with this id (its county for a city, its state, the nation); `[]` for any other text. */
function containersOfId(id: string): readonly string[] {
  if (id === nation) return [];
  if (id.length === 5 && id.startsWith("us-")) return stateOfUsps(asciiUpperCase(id.slice(3))) === id ? [nation] : [];
  if (!id.startsWith("county-") && !id.startsWith("city-")) return [];
  const place = placeOfCode(id);
  return place?.id === id ? place.containers : [];
}

/**
 * Which ids of the events' `jurisdictions` a filter on a place keeps: the place itself, the
 * places inside it (an event about a county concerns its state and the nation too), and with
 * `includeSurrounding` the places that contain it, but not their other places.
 */
export function concernsPlace(place: CodePlace, includeSurrounding: boolean): (id: string) => boolean {
  const surroundings = includeSurrounding ? place.containers : [];
  const inside = new Map<string, boolean>();
  return (id) => {
    if (id === place.id || surroundings.includes(id)) return true;
    let known = inside.get(id);
    if (known === undefined) {
      known = typeof id === "string" && containersOfId(id).includes(place.id);
      inside.set(id, known);
    }
    return known;
  };
}
