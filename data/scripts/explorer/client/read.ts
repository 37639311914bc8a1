/**
 * Every read of a field of the library's answers happens here, so that a renamed or added
 * field (`share` / `fraction` / `percent`, claims next to decisions, null counts where the data
 * says unknown) is handled in one place. The rest of the page works on the views below.
 */

import type { Citation, Jurisdiction, Statistic, TimelineEvent } from "../../../../dist/index.js";
import {
  dayFromNumber,
  dayNumber,
  getActivation,
  getJurisdiction,
  participationStatus,
  statisticPercentages,
} from "../../../../dist/index.js";

/** Counties switched on out of a total; `undefined` counts when the library says unknown. */
export interface CountsView {
  readonly activated: number | undefined;
  readonly activatedDuring: number | undefined;
  readonly total: number;
  /** From 0 to 1. */
  readonly fraction: number | undefined;
}

/** What a claim says about a place, and whose claim it is. */
export interface ClaimView {
  /** `own`: a claim about the place itself; `state`: about its state. */
  readonly by: string;
  readonly event: TimelineEvent;
  readonly about: Jurisdiction | undefined;
  readonly statement: string;
  readonly asWritten: string | undefined;
  readonly reading: string | undefined;
  readonly confidence: string | undefined;
  readonly note: string | undefined;
}

/** The participation status of a place as of a date, as the page shows it. */
export interface PlaceView {
  readonly jurisdiction: Jurisdiction;
  readonly kind: string;
  /** For a county or a city: its (county's) activation. */
  readonly activation: { readonly status: string; readonly date: string | undefined } | undefined;
  /** For a city in one county: that county, whose jail books its arrests. */
  readonly county: Jurisdiction | undefined;
  /** For a city: each county it lies in, with its 2020 population there and the county's activation. */
  readonly cityCounties: readonly {
    readonly county: Jurisdiction;
    readonly population: number;
    readonly status: string;
    readonly date: string;
  }[];
  /** For a city: the fraction of its 2020 population in counties switched on, when known. */
  readonly coveredFraction: number | undefined;
  /** For a state or the nation. */
  readonly counties: CountsView | undefined;
  readonly rollout: string | undefined;
  readonly completionDate: string | undefined;
  readonly statesComplete: number | undefined;
  readonly program: ProgramView;
  readonly decisions: readonly { readonly by: string; readonly event: TimelineEvent }[];
  /** `undefined` when the library does not report claims. */
  readonly claims: readonly ClaimView[] | undefined;
  /** The citations the answer rests on: the activation record's, then each event's. */
  readonly citations: readonly Citation[];
}

type Loose = Record<string, unknown>;

function numberOrUndefined(value: unknown): number | undefined {
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

function readCounts(value: unknown): CountsView | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const counts = value as Loose;
  const activated = numberOrUndefined(counts["activated"]);
  const total = numberOrUndefined(counts["total"]) ?? 0;
  const fraction =
    numberOrUndefined(counts["fraction"]) ??
    numberOrUndefined(counts["share"]) ??
    (activated === undefined || total === 0 ? undefined : activated / total);
  return {
    activated,
    activatedDuring: numberOrUndefined(counts["activatedDuring"]),
    total,
    fraction: activated === undefined ? undefined : fraction,
  };
}

function readClaims(value: unknown): ClaimView[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.map((item: Loose) => {
    const claim = (item["claim"] ?? {}) as Loose;
    const about = stringOrUndefined(claim["about"]);
    return {
      by: String(item["by"]),
      event: item["event"] as TimelineEvent,
      about: about === undefined ? undefined : getJurisdiction(about),
      statement: String(claim["statement"] ?? ""),
      asWritten: stringOrUndefined(claim["asWritten"]),
      reading: stringOrUndefined(claim["reading"]),
      confidence: stringOrUndefined(claim["confidence"]),
      note: stringOrUndefined(claim["note"]),
    };
  });
}

/**
 * The participation status of a place as of a date.
 *
 * @param place - The place.
 * @param date - `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 */
export function readPlace(place: Jurisdiction, date: string): PlaceView | undefined {
  const result = participationStatus(place.id, date) as unknown as Loose | undefined;
  if (result === undefined) return undefined;
  const kind = String(result["kind"]);
  const activationValue = result["activation"] as Loose | undefined;
  const decisions = (Array.isArray(result["decisions"]) ? result["decisions"] : []) as { by: string; event: TimelineEvent }[];
  const claims = readClaims(result["claims"]);
  const county = result["county"] as Jurisdiction | undefined;
  const activationRecord = kind === "county" ? getActivation(place.id) : county === undefined ? undefined : getActivation(county.id);
  const citations: Citation[] = [...(activationRecord?.citations ?? [])];
  for (const { event } of [...decisions, ...(claims ?? [])]) citations.push(...event.citations);
  return {
    jurisdiction: place,
    kind,
    activation:
      activationValue === undefined
        ? undefined
        : { status: String(activationValue["status"]), date: stringOrUndefined(activationValue["date"]) },
    county,
    cityCounties:
      kind === "city" && Array.isArray(result["counties"])
        ? (result["counties"] as { county: Jurisdiction; population: number; activation: { status: string; date: string } }[]).map(
            (part) => ({
              county: part.county,
              population: part.population,
              status: part.activation.status,
              date: part.activation.date,
            }),
          )
        : [],
    coveredFraction: numberOrUndefined(result["coveredFraction"]),
    counties: kind === "city" ? undefined : readCounts(result["counties"]),
    rollout: stringOrUndefined(result["rollout"]),
    completionDate: stringOrUndefined(result["completionDate"]),
    statesComplete: numberOrUndefined(result["statesComplete"]),
    program: readProgram(result["program"]),
    decisions,
    claims,
    citations,
  };
}

/** The program's own state as of a date: its phase, and the milestone that began it. */
export interface ProgramView {
  readonly phase: string;
  readonly since: TimelineEvent | undefined;
}

function readProgram(value: unknown): ProgramView {
  const program = (value ?? {}) as Loose;
  return { phase: String(program["phase"] ?? "unknown"), since: program["since"] as TimelineEvent | undefined };
}

/** The nation's counts, the states complete and the program's phase as of a date. */
export function readNation(date: string): {
  readonly counties: CountsView | undefined;
  readonly statesComplete: number | undefined;
  readonly program: ProgramView;
} {
  const result = participationStatus("us", date) as unknown as Loose | undefined;
  return {
    counties: readCounts(result?.["counties"]),
    statesComplete: numberOrUndefined(result?.["statesComplete"]),
    program: readProgram(result?.["program"]),
  };
}

/**
 * The counties switched on from one day to another, both included, as the library counts them
 * (each county of 2008-2013 once): the nation's count by the last day less its count by the day
 * before the first. `undefined` when the library says unknown.
 *
 * @param firstDay - `YYYY-MM-DD`.
 * @param lastDay - `YYYY-MM-DD`, on or after `firstDay`.
 */
export function readActivatedBetween(firstDay: string, lastDay: string): number | undefined {
  const byLast = readNation(lastDay).counties?.activated;
  const before = readNation(dayFromNumber(dayNumber(firstDay) - 1)).counties?.activated;
  return byLast === undefined || before === undefined ? undefined : byLast - before;
}

/** A state's counts and rollout as of a date. */
export function readState(
  state: Jurisdiction,
  date: string,
): { readonly counties: CountsView | undefined; readonly rollout: string | undefined } {
  const result = participationStatus(state.id, date) as unknown as Loose | undefined;
  return { counties: readCounts(result?.["counties"]), rollout: stringOrUndefined(result?.["rollout"]) };
}

/** One row of a statistic's shares: the category's share in percent (0 to 100). */
export interface ShareView {
  readonly id: string;
  readonly label: string;
  /** The count the share is computed from; `undefined` when the source reports a percentage only. */
  readonly count: number | undefined;
  readonly percent: number | undefined;
  /** The source's own percentage (for the remainder: 100 less the reported ones), not one computed from counts. */
  readonly reported: boolean;
  readonly approximate: boolean;
  readonly remainder: boolean;
}

/** The shares of a statistic's categories, with the number of decimals they are rounded to. */
export function readShares(statistic: Statistic): { readonly decimals: number; readonly rows: readonly ShareView[] } {
  let result: Loose | undefined;
  try {
    result = statisticPercentages(statistic.id) as unknown as Loose | undefined;
  } catch (error) {
    // A statistic whose categories lack counts (only a reported percentage) has no computed shares.
    if (error instanceof RangeError) return { decimals: 1, rows: [] };
    throw error;
  }
  const rows = (Array.isArray(result?.["rows"]) ? result["rows"] : []) as Loose[];
  return {
    decimals: numberOrUndefined(result?.["decimals"]) ?? 1,
    rows: rows.map((row) => ({
      id: String(row["id"]),
      label: String(row["label"]),
      count: numberOrUndefined(row["count"]),
      percent: numberOrUndefined(row["percent"]) ?? numberOrUndefined(row["share"]),
      reported: row["reported"] === true,
      approximate: row["approximate"] === true,
      remainder: row["remainder"] === true,
    })),
  };
}
