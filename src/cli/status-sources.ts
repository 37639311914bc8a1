/**
 * The sources of `status`, each under the fact it supports: the place itself, the activations, the
 * program's phase, and each decision and claim, as the JSON gives their citations.
 *
 * @module
 */

import { activations } from "../generated/activations.js";
import type { Citation } from "../generated/types.js";
import { getJurisdiction, type ParticipationStatusResult } from "../participation.js";
import { sourceIds, sourceTitle } from "./citations.js";
import { type Context, dim, table } from "./output.js";

/** One fact of a status and the sources its citations name, in order of first appearance. */
export interface SourceGroup {
  /** What the sources support (example: `"the program's phase: active since 2008-10, Secure Communities begins operating"`). */
  readonly fact: string;
  /** The ids of the sources (example: `["ice-activated-jurisdictions-dataset"]`). */
  readonly sources: readonly string[];
}

const decisionWords = {
  own: "decision",
  state: "its state's decision",
  county: "its county's decision",
  federal: "federal decision",
} as const;

/** The activations a status rests on, and what they are for this kind of place. */
function activationCitations(status: ParticipationStatusResult): { fact: string; citations: Citation[] } {
  const { jurisdiction } = status;
  const counties = new Set<string>();
  if (status.kind === "county") {
    counties.add(jurisdiction.id);
    // A county ICE's list lacks takes the day of the listed areas that covered it.
    for (const area of status.activation.derivedFrom ?? []) counties.add(area.id);
  }
  if (status.kind === "city") {
    for (const part of status.counties) counties.add(part.county.id);
    if (status.county !== undefined) counties.add(status.county.id);
  }
  const citations: Citation[] = [];
  for (const activation of activations) {
    const inScope =
      counties.has(activation.county) ||
      status.kind === "nation" ||
      (status.kind === "state" && getJurisdiction(activation.county)?.parent === jurisdiction.id);
    if (inScope) citations.push(...activation.citations);
  }
  const fact =
    status.kind === "county"
      ? "its activation"
      : status.kind === "nation"
        ? "the activations of the counties"
        : "the activations of its counties";
  return { fact, citations };
}

/**
 * The facts of a status with the sources of each: the place, the activations, the program's phase,
 * each decision and each claim, in the order the text shows them. A fact whose record cites nothing
 * is left out.
 *
 * @param status - A result of `participationStatus`.
 * @returns One group a fact.
 */
export function statusSourceGroups(status: ParticipationStatusResult): SourceGroup[] {
  const groups: { fact: string; citations: readonly Citation[] }[] = [{ fact: "the place", citations: status.jurisdiction.citations }];
  groups.push(activationCitations(status));
  const { since, phase } = status.program;
  if (since !== undefined)
    groups.push({ fact: `the program's phase: ${phase} since ${since.date}, ${since.title}`, citations: since.citations });
  for (const { by, event } of status.decisions)
    groups.push({ fact: `${decisionWords[by]} of ${event.date}: ${event.title}`, citations: event.citations });
  for (const { event } of status.claims) groups.push({ fact: `claim of ${event.date} by ${event.actor}`, citations: event.citations });
  return groups.map(({ fact, citations }) => ({ fact, sources: sourceIds(citations) })).filter((group) => group.sources.length > 0);
}

/**
 * The lines under the `Sources` heading of `status`: each fact, then its sources by id and title,
 * the ids in one column across the groups.
 *
 * @param status - A result of `participationStatus`.
 * @param context - Colour or not.
 * @returns The lines, indented; `none` when nothing is cited.
 */
export function statusSourceLines(status: ParticipationStatusResult, context: Context): string[] {
  const groups = statusSourceGroups(status);
  if (groups.length === 0) return [`  ${dim(context, "none")}`];
  const rows = table(
    groups.flatMap((group) => group.sources.map((id) => [id, sourceTitle(id)])),
    [],
    [undefined, (cell) => dim(context, cell)],
  );
  const out: string[] = [];
  let row = 0;
  for (const group of groups) {
    out.push(`  ${group.fact}`);
    for (const _ of group.sources) out.push(`    ${rows[row++] ?? ""}`);
  }
  return out;
}
