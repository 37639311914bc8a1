/**
 * Places as the command line reads them: a state for `--state`, a place by code or name.
 *
 * @module
 */

import type { Jurisdiction, JurisdictionKind } from "../generated/types.js";
import { findJurisdictions, getJurisdiction } from "../participation.js";
import { type JurisdictionMatch, resolveJurisdiction } from "../resolve.js";
import { fromHelper, notFound, quoted, shown, usage } from "./failure.js";
import { bold, type Context, dim, json, lines, table } from "./output.js";
import { severalText, suggestionText } from "./places-format.js";

export function stateOf(jurisdiction: Jurisdiction): Jurisdiction | undefined {
  if (jurisdiction.kind === "state") return jurisdiction;
  const parent = jurisdiction.parent === undefined ? undefined : getJurisdiction(jurisdiction.parent);
  return parent?.kind === "state" ? parent : undefined;
}

/** `Miami-Dade County, Florida`; a state or the nation by its name. */
export function placeName(jurisdiction: Jurisdiction): string {
  if (jurisdiction.kind === "county" || jurisdiction.kind === "city") {
    const state = stateOf(jurisdiction);
    return state === undefined ? jurisdiction.fullName : `${jurisdiction.fullName}, ${state.name}`;
  }
  return jurisdiction.fullName;
}

/**
 * The state named by `--state`, by code, id or name. A state that is not there is a miss, as
 * for `status`: exit 1; an empty value is bad usage.
 */
export function stateOption(text: string): Jurisdiction {
  const trimmed = text.trim();
  const expectation = "expected a state or DC as a USPS code, FIPS code, id or name";
  if (trimmed.length === 0) throw usage(`missing state: ${expectation}`);
  const byCode = trimmed.length <= 16 ? getJurisdiction(trimmed) : undefined;
  const found = byCode?.kind === "state" ? byCode : trimmed.length > 200 ? undefined : findJurisdictions(trimmed, { kind: "state" })[0];
  if (found === undefined) throw notFound(`unknown state ${shown(text)}: ${expectation}`);
  return found;
}

/** What a place of each kind is given as, for the message of a miss. */
const placeExpectations: Readonly<Record<JurisdictionKind, string>> = {
  nation: "the nation by name or id",
  state: "a state by name, FIPS code, USPS code or id",
  county: "a county by name, FIPS code or id",
  city: "a city by name, GEOID or id",
};

/**
 * The places a user typed, through the one resolver (`resolveJurisdiction`), narrowed by `state`
 * and `kind`: one match, or every county of the period that a code of another era covers
 * (`several`, only where the command allows it). A miss (with its "did you mean" suggestions) or
 * an ambiguous name is a failure that exits 1; an ambiguous name prints its candidates on stdout.
 * With `narrowWith: "--state"`, the message of an ambiguous name names `--state` when its places
 * lie in several states and `--kind` when they are of several kinds.
 */
export function resolvePlaces(
  text: string,
  state: Jurisdiction | undefined,
  context: Context,
  asJson: boolean,
  narrowWith: "--state" | "comma",
  allowSeveral: boolean,
  kind?: JurisdictionKind,
): readonly JurisdictionMatch[] {
  const trimmed = text.trim();
  if (trimmed.length === 0) throw usage("missing place: expected a name, FIPS code, USPS code or id");
  const options = { ...(state === undefined ? {} : { state: state.id }), ...(kind === undefined ? {} : { kind }) };
  const resolved = fromHelper(`bad place ${quoted(text)}`, () => resolveJurisdiction(trimmed, options));
  const where = state === undefined ? "" : ` in ${state.name}`;
  const matches = resolved.matches.map((match) => match.jurisdiction);
  const [first] = matches;
  if (first === undefined) {
    const suggestions = suggestionText(resolved.suggestions, (jurisdiction) => stateOf(jurisdiction)?.usps);
    const expected = kind === undefined ? "a county, city, state or nation by name, FIPS code, USPS code or id" : placeExpectations[kind];
    throw notFound(
      `no ${kind ?? "place"} matches ${quoted(text)}${where}: expected ${expected}${suggestions === "" ? "" : `; ${suggestions}`}`,
    );
  }
  if (resolved.status === "found" || (resolved.status === "several" && allowSeveral)) return resolved.matches;
  const candidates = asJson
    ? json(matches)
    : lines(
        ...table(
          [["id", "name", "state"], ...matches.map((match) => [match.id, match.fullName, stateOf(match)?.name ?? ""])],
          [],
          [undefined, undefined, (cell) => dim(context, cell)],
        ).map((line, index) => (index === 0 ? bold(context, line) : line)),
      );
  if (resolved.status === "several") {
    throw notFound(`${severalText(trimmed, resolved.matches).replace(/ Each follows\.$/, "")} Pick one by id or FIPS code.`, candidates);
  }
  // A name that already ends in a state ("Los Angeles, CA") is not helped by adding one.
  const example = `${trimmed}, ${stateOf(first)?.usps ?? "IL"}`;
  const hasState = trimmed.includes(",");
  const narrow =
    narrowWith === "--state"
      ? narrowingOptions(matches, state === undefined && !hasState, kind === undefined)
      : state !== undefined || hasState
        ? ""
        : ` (or add its state, as in ${quoted(example)})`;
  throw notFound(`${quoted(text)} matches ${matches.length} places${where}: pick one by id or FIPS code${narrow}`, candidates);
}

/** ` (or narrow it with --state or --kind)`, naming only the options that would tell the places apart. */
function narrowingOptions(matches: readonly Jurisdiction[], byState: boolean, byKind: boolean): string {
  const options: string[] = [];
  if (byState && new Set(matches.map((match) => stateOf(match)?.id)).size > 1) options.push("--state");
  if (byKind && new Set(matches.map((match) => match.kind)).size > 1) options.push("--kind");
  return options.length === 0 ? "" : ` (or narrow it with ${options.join(" or ")})`;
}

/** One place from what a user typed (see {@link resolvePlaces}). */
export function resolvePlace(
  text: string,
  state: Jurisdiction | undefined,
  context: Context,
  asJson: boolean,
  narrowWith: "--state" | "comma",
): Jurisdiction {
  return (resolvePlaces(text, state, context, asJson, narrowWith, false)[0] as JurisdictionMatch).jurisdiction;
}
