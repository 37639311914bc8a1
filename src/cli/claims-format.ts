/**
 * How `status` shows what a place decided apart from what others said about it: its own
 * government's decisions, its state's, and the claims other parties made about it or its state,
 * each under its own heading. Pure functions from a status result to lines of text; the caller
 * supplies the styling.
 *
 * @module
 */
import type { Claim } from "../generated/types.js";
import type { ClaimAbout, Decision, ParticipationStatusResult } from "../participation.js";

/** The two text styles the sections use; the command line passes its own (colour or plain). */
export interface SectionStyle {
  /** Styles a heading (example: bold on a terminal). */
  readonly heading: (text: string) => string;
  /** Styles a secondary part of a line (example: dim on a terminal). */
  readonly quiet: (text: string) => string;
}

/** No styling: the text as it is. */
export const plainStyle: SectionStyle = { heading: (text) => text, quiet: (text) => text };

/**
 * The lines of `status` for decisions and claims: "Decisions of its own government", "Decisions
 * of its counties' governments" (for a city, whose jails are its counties'), "Decisions of its
 * state's government" (for a place that lies in a state), "Federal decisions about it"
 * (when there are any) and "Claims others made about it (not decisions of it)", each followed by
 * its entries in date order or "none recorded".
 *
 * @param status - A result of `participationStatus`.
 * @param style - How to style headings and secondary text; plain by default.
 * @returns The lines, without a trailing newline; the first is a heading.
 * @throws Never.
 * @example
 * ```ts
 * decisionAndClaimLines(participationStatus("us-pa", "2011-06-07")!).slice(0, 2);
 * // => ["Decisions of its own government up to 2011-06-07", "  none recorded"]
 * ```
 */
export function decisionAndClaimLines(status: ParticipationStatusResult, style: SectionStyle = plainStyle): string[] {
  const asOf = status.asOf.text;
  const own = status.decisions.filter((decision) => decision.by === "own");
  const state = status.decisions.filter((decision) => decision.by === "state");
  const federal = status.decisions.filter((decision) => decision.by === "federal");
  const byCounty = status.decisions.filter((decision) => decision.by === "county");
  const hasState = status.jurisdiction.kind === "county" || status.jurisdiction.kind === "city";
  const out = [style.heading(`Decisions of its own government up to ${asOf}`), ...decisionLines(own, style)];
  if (status.kind === "city")
    out.push("", style.heading(`Decisions of its counties' governments up to ${asOf}`), ...decisionLines(byCounty, style));
  if (hasState) out.push("", style.heading(`Decisions of its state's government up to ${asOf}`), ...decisionLines(state, style));
  if (federal.length > 0)
    out.push(
      "",
      style.heading(`Federal decisions about it${hasState ? " or its state" : ""} up to ${asOf}`),
      ...decisionLines(federal, style),
    );
  out.push("", style.heading(`Claims others made about it${hasState ? " or its state" : ""} up to ${asOf} (not decisions of it)`));
  out.push(...claimLines(status.claims, style));
  return out;
}

function decisionLines(decisions: readonly Decision[], style: SectionStyle): string[] {
  if (decisions.length === 0) return [`  ${style.quiet("none recorded")}`];
  const width = Math.max(...decisions.map(({ event }) => event.date.length));
  return decisions.map(({ event }) => `  ${event.date.padEnd(width)}  ${event.title}`);
}

function claimLines(claims: readonly ClaimAbout[], style: SectionStyle): string[] {
  if (claims.length === 0) return [`  ${style.quiet("none recorded")}`];
  return claims.flatMap(({ by, event, claim }) => [
    `  ${event.date}  ${event.actor} ${by === "own" ? "said of it" : "said of its state"}: ${claim.statement}`,
    `  ${" ".repeat(event.date.length)}  ${style.quiet(claimReadingText(claim))}`,
  ]);
}

/**
 * The reading of a claim in words: the wording as written, the place the data takes it to name
 * and how sure that reading is.
 *
 * @param claim - A claim from an event's `claims`.
 * @returns One line of text.
 * @throws Never.
 * @example
 * ```ts
 * claimReadingText({ about: "us-pa", statement: "...", asWritten: "Washington, Pennsylvania", reading: "the Commonwealth of Pennsylvania", confidence: "low" });
 * // => 'as written "Washington, Pennsylvania", read as the Commonwealth of Pennsylvania (low confidence)'
 * ```
 */
export function claimReadingText(claim: Claim): string {
  return `as written "${claim.asWritten}", read as ${claim.reading} (${claim.confidence} confidence)`;
}
