/**
 * What the map marks as of a date, from the library's helpers: the decisions layer and the
 * claims layer. The rules (docs/explorer.md says the same):
 *
 * - A county is marked when a decision recorded up to the date (`eventsBetween` with
 *   `category: "decision"`, up to the date's last day, as `participationStatus` counts an event
 *   from its first day) names it among its places (`jurisdictions`), or names a city in it: a
 *   city's decision is drawn on each county the city lies in, whose jail held the city's
 *   arrestees. Whoever made the decision: the county, a city in it, its state, or the federal
 *   government answering it.
 * - A state (or DC) is marked when `participationStatus` gives it, up to the date, a decision of
 *   its own government or a federal decision about it (`by: "own"` or `"federal"`). A state's
 *   decision is drawn on the state (an outline and a square), not on each of its counties.
 * - Claims are marked apart: a place is marked when an event up to the date claims something
 *   about it (`claims[].about`): a county, a city (on its counties) or a state.
 *
 * - An agreement to join the program (an event of kind `moa-signing`, such as a state's signing
 *   of the program's memorandum) is a decision to take part, not to limit it: it marks nothing.
 *   The place's own panel still lists it.
 *
 * Beyond that the record does not sort decisions into those that limit cooperation and those that
 * do not: most do (opt-out requests and votes, detainer limits, TRUST Acts), a few do not (a veto,
 * ICE's refusals of opt-outs). A mark says that the record has a decision there; what it was is in
 * the list the mark opens.
 */

import type { Claim, Jurisdiction, TimelineEvent } from "../../../../dist/index.js";
import { eventsBetween, getJurisdiction, jurisdictions, participationStatus } from "../../../../dist/index.js";

/** A decision that marks a county, and the place it names there (the county itself, or a city in it). */
export interface CountyDecision {
  readonly event: TimelineEvent;
  readonly via: Jurisdiction;
}

/** A decision that marks a state: its own government's, or the federal government's about it. */
export interface StateDecision {
  readonly event: TimelineEvent;
  readonly by: "own" | "federal";
}

/** A claim about a place, and the place it names (a county, a city in it, or a state). */
export interface PlaceClaim {
  readonly event: TimelineEvent;
  readonly claim: Claim;
  readonly about: Jurisdiction;
}

/** The marks as of a date, by county id (`county-12086`) and by state id (`us-fl`). */
export interface Marks {
  readonly countyDecisions: ReadonlyMap<string, readonly CountyDecision[]>;
  readonly stateDecisions: ReadonlyMap<string, readonly StateDecision[]>;
  readonly countyClaims: ReadonlyMap<string, readonly PlaceClaim[]>;
  readonly stateClaims: ReadonlyMap<string, readonly PlaceClaim[]>;
}

function push<V>(map: Map<string, V[]>, key: string, item: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [item]);
  else if (!list.includes(item)) list.push(item);
}

/** The counties a place is drawn on: a county itself, a city's counties; none for a state or the nation. */
export function countiesOf(place: Jurisdiction): readonly string[] {
  if (place.kind === "county") return [place.id];
  if (place.kind === "city") return place.counties?.map((part) => part.county) ?? (place.county === undefined ? [] : [place.county]);
  return [];
}

/** Whether a decision marks the places it names: any but an agreement to join the program. */
export function marksPlaces(event: TimelineEvent): boolean {
  return event.kind !== "moa-signing";
}

const states = jurisdictions.filter((jurisdiction) => jurisdiction.kind === "state");
let cached: { readonly date: string; readonly marks: Marks } | undefined;

/**
 * The marks of both layers as of a date.
 *
 * @param date - `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 */
export function marksAsOf(date: string): Marks {
  if (cached?.date === date) return cached.marks;
  const countyDecisions = new Map<string, CountyDecision[]>();
  for (const event of eventsBetween(undefined, date, { category: "decision" })) {
    if (!marksPlaces(event)) continue;
    for (const id of event.jurisdictions) {
      const place = getJurisdiction(id);
      if (place === undefined) continue;
      for (const county of countiesOf(place)) {
        const list = countyDecisions.get(county) ?? [];
        if (!list.some((entry) => entry.event === event)) list.push({ event, via: place });
        countyDecisions.set(county, list);
      }
    }
  }
  const stateDecisions = new Map<string, StateDecision[]>();
  for (const state of states) {
    const status = participationStatus(state.id, date);
    for (const decision of status?.decisions ?? [])
      if ((decision.by === "own" || decision.by === "federal") && marksPlaces(decision.event))
        push(stateDecisions, state.id, { event: decision.event, by: decision.by });
  }
  const countyClaims = new Map<string, PlaceClaim[]>();
  const stateClaims = new Map<string, PlaceClaim[]>();
  for (const event of eventsBetween(undefined, date)) {
    for (const claim of event.claims ?? []) {
      const about = getJurisdiction(claim.about);
      if (about === undefined) continue;
      const item = { event, claim, about };
      if (about.kind === "state") push(stateClaims, about.id, item);
      for (const county of countiesOf(about)) push(countyClaims, county, item);
    }
  }
  const marks = { countyDecisions, stateDecisions, countyClaims, stateClaims };
  cached = { date, marks };
  return marks;
}
