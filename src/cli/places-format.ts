/**
 * How the command line writes what the resolver found: "did you mean" suggestions, the line that
 * says which code of another era was asked and how it relates, a derived activation, and a city's
 * counties with the share of its population covered. Pure functions of their arguments: text in,
 * text out.
 */
import type { Jurisdiction } from "../generated/types.js";
import type { CityStatus } from "../participation.js";
import type { JurisdictionMatch, JurisdictionSuggestion } from "../resolve.js";

/** What a word of the change kind reads as, from the county of the period's side. */
const changeWords: Readonly<Record<string, { readonly later: string; readonly earlier: string }>> = {
  rename: { later: "renamed to it", earlier: "renamed from it" },
  merge: { later: "merged into it", earlier: "took in its land" },
  split: { later: "split, part of its land went to it", earlier: "made from part of it" },
  new: { later: "gave part of its land to it", earlier: "made from part of it" },
  replace: { later: "replaced by it (its towns lie in both)", earlier: "replaced it" },
};

/** `Harris County, TX`: a county or city with its state's USPS code; a state or the nation by name. */
export function placeLabel(jurisdiction: Jurisdiction, stateUsps: string | undefined): string {
  if ((jurisdiction.kind === "county" || jurisdiction.kind === "city") && stateUsps !== undefined) {
    return `${jurisdiction.fullName}, ${stateUsps}`;
  }
  return jurisdiction.fullName;
}

/**
 * The "did you mean" line of a miss, or `""` when there is nothing close:
 * `did you mean: Harris County, TX (48201)?`.
 */
export function suggestionText(
  suggestions: readonly JurisdictionSuggestion[],
  uspsOf: (jurisdiction: Jurisdiction) => string | undefined,
): string {
  if (suggestions.length === 0) return "";
  const names = suggestions.map(
    ({ jurisdiction }) => `${placeLabel(jurisdiction, uspsOf(jurisdiction))} (${jurisdiction.fips ?? jurisdiction.id})`,
  );
  return `did you mean: ${names.join("; ")}?`;
}

/**
 * The line that says which code (or name) of another era was asked and how it relates, or `""` for
 * a direct match: `asked for 02158, Kusilvak Census Area (a later code, 2015-07-01: Wade Hampton
 * Census Area was renamed to it); answering for Wade Hampton Census Area (02270), the county of
 * 2008-2013`.
 */
export function otherCodeLine(match: JurisdictionMatch | undefined): string {
  const other = match?.otherCode;
  if (match === undefined || other === undefined) return "";
  const { jurisdiction } = match;
  const words = changeWords[other.change]?.[other.era] ?? other.change;
  const relation =
    other.era === "later"
      ? `${jurisdiction.fullName} was ${words}`
      : `${jurisdiction.fullName} ${words === "replaced it" ? words : `was ${words}`}`;
  return `asked for ${other.code}, ${other.name} (${other.era === "later" ? "a later" : "an earlier"} code, ${other.date}: ${relation}); answering for ${jurisdiction.fullName} (${jurisdiction.fips ?? jurisdiction.id}), the county of 2008-2013`;
}

/** The header of an answer for a code of another era whose land lies in several counties of the period. */
export function severalText(query: string, matches: readonly JurisdictionMatch[]): string {
  const other = matches[0]?.otherCode;
  const name = other === undefined ? "" : `, ${other.name}`;
  const date = other === undefined ? "" : ` (${other.date}, ${other.change})`;
  const counties = matches.map(({ jurisdiction }) => `${jurisdiction.fullName} (${jurisdiction.fips ?? jurisdiction.id})`);
  return `${query}${name} is a code of another era${date} whose land lies in ${matches.length} counties of 2008-2013: ${counties.join(", ")}. Each follows.`;
}

/** The note under a derived activation: `derived from Skagway-Hoonah-Angoon Census Area (02232), the area ICE's list carries`. */
export function derivedActivationText(derivedFrom: readonly Jurisdiction[] | undefined): string {
  if (derivedFrom === undefined || derivedFrom.length === 0) return "";
  const areas = derivedFrom.map((area) => `${area.fullName} (${area.fips ?? area.id})`).join(" and ");
  return `derived from ${areas}, the area${derivedFrom.length === 1 ? "" : "s"} ICE's list carries`;
}

/** `97.9%` of a fraction, one decimal; `unknown` for `null`. */
function percentText(fraction: number | null): string {
  return fraction === null ? "unknown" : `${(Math.round(fraction * 1000) / 10).toFixed(1)}%`;
}

/** `2,255,442` */
function digits(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/**
 * The rows a city's status adds: one per county (name, population of the city's part, activation
 * words), then the covered share when the city lies in more than one county.
 *
 * @param status - The city's status.
 * @param activationWords - How the command line words an activation (status, day, date asked).
 */
export function cityCountyRows(
  status: CityStatus,
  activationWords: (activation: CityStatus["counties"][number]["activation"]) => string,
): [string, string][] {
  const rows: [string, string][] = status.counties.map((part, index) => [
    index === 0 ? (status.counties.length === 1 ? "county" : "counties") : "",
    `${part.county.fullName} (${part.county.fips ?? part.county.id}): ${digits(part.population)} of the city's people in 2020${
      part.countyPopulation === undefined ? "" : ` (the county's own: ${digits(part.countyPopulation)})`
    }; ${activationWords(part.activation)}`,
  ]);
  if (status.counties.length > 1 && status.population !== undefined) {
    const covered = status.coveredPopulation === null ? "unknown" : digits(status.coveredPopulation);
    rows.push([
      "covered",
      `${percentText(status.coveredFraction)} of its ${digits(status.population)} people lived in counties switched on by then (${covered})`,
    ]);
  }
  rows.push(["", "the program ran through the jails, which are the counties': a city takes part through its counties"]);
  return rows;
}
