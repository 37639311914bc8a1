/**
 * The program's phases, as the record's milestones give them (the events with a `programPhase`),
 * in words: for the slider's band, its buttons and the line under the counts.
 */

import type { TimelineEvent } from "../../../../dist/index.js";
import { events, parsePartialDate } from "../../../../dist/index.js";
import { dateInWords } from "./format.js";

/** A phase's short name (example: `"Priority Enforcement Program"`). */
export const phaseNames: Readonly<Record<string, string>> = {
  "not-started": "Not started",
  active: "Secure Communities",
  discontinued: "Discontinued",
  replaced: "Priority Enforcement Program",
  reinstated: "Reinstated",
  uncertain: "Unknown",
};

/** The milestones that begin a phase, in date order. */
export const phaseEvents: readonly TimelineEvent[] = events
  .filter((event) => event.programPhase !== undefined)
  .sort((a, b) => parsePartialDate(a.date).startDay - parsePartialDate(b.date).startDay);

/** The milestone that begins a phase, if the record has one. */
export function phaseStart(phase: string): TimelineEvent | undefined {
  return phaseEvents.find((event) => event.programPhase === phase);
}

/**
 * What the phase means for the map, in one sentence: after the discontinuation the counties stay
 * switched on (the helpers' rule: the programs that followed used the same fingerprints), and
 * from the revocation of 2021 nothing is known.
 */
export function phaseMeaning(phase: string): string {
  const discontinued = phaseStart("discontinued");
  const uncertain = phaseStart("uncertain");
  const end = discontinued === undefined ? "" : ` after ${dateInWords(discontinued.date)}`;
  switch (phase) {
    case "discontinued":
    case "replaced":
    case "reinstated":
      return `The counties stay switched on${end}: the programs that followed relied on the same fingerprints, taken at booking and shared with ICE.`;
    case "uncertain":
      return `Unknown from ${uncertain === undefined ? "then" : dateInWords(uncertain.date)}: no source says how the fingerprint sharing stood after the order that reinstated the program was revoked.`;
    default:
      return "";
  }
}
