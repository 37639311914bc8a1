/**
 * The counts the charts print, taken from the package's participation helpers, so that a chart
 * counts as `rolloutProgress`, `participationStatus`, `jurisdictionsInStatus`, the command line
 * and the explorer do: each county of 2008-2013 once. The codes ICE's list carries only for
 * former county-equivalents (`listedOnly`) are left out, and the areas of the period the list
 * lacks (`activationFrom`) count on the day of the listed area that covered them.
 *
 * The helpers read the package's generated modules (src/generated/), which `npm run generate --
 * --check` keeps equal to the published data the charts draw.
 */

import { jurisdictionsInStatus, participationStatus, rolloutProgress } from "../../../src/participation.js";

/** Counties switched on during one year of the rollout. */
export interface ChartYearCount {
  /** The year (example: `"2010"`). */
  readonly year: string;
  /** Counties switched on from its first day to its last (example: `788`). */
  readonly activatedDuring: number;
}

/** A day on which counties were switched on, and the counties switched on by its end. */
export interface ChartDayCount {
  /** The day, `YYYY-MM-DD` (example: `"2010-06-22"`). */
  readonly date: string;
  /** Counties switched on by the end of the day (example: `850`). */
  readonly activated: number;
}

/** A state's counties and the day its last county was switched on. */
export interface ChartStateCount {
  /** The state's id (example: `"us-fl"`). */
  readonly state: string;
  /** Its counties, each counted once (example: `67`). */
  readonly total: number;
  /** The day its last county was switched on (example: `"2010-06-22"`). */
  readonly completionDate: string;
}

/** The counts every chart prints, as the helpers give them. */
export interface ChartCounts {
  /** Every county the helpers count (example: `3143`). */
  readonly total: number;
  /** Counties switched on each year, from the first activation's year to the last's. */
  readonly byYear: readonly ChartYearCount[];
  /** Each day on which counties were switched on, in date order. */
  readonly byDay: readonly ChartDayCount[];
  /** Each state (and DC), by id. */
  readonly states: readonly ChartStateCount[];
  /** The counties switched on on the last day, by state: the most first, then by state id. */
  readonly lastDay: readonly { readonly state: string; readonly counties: readonly string[] }[];
}

/**
 * The counts the charts print, from the helpers: `rolloutProgress` by year and by day,
 * `participationStatus` of each state, and `jurisdictionsInStatus` on the last day.
 *
 * @returns The counts; the same every call.
 */
export function countsFromHelpers(): ChartCounts {
  const byYear = rolloutProgress({ by: "year" }).map((point) => ({
    year: point.period,
    activatedDuring: point.activatedDuring ?? 0,
  }));
  const byDay = rolloutProgress({ by: "day" })
    .filter((point) => (point.activatedDuring ?? 0) > 0)
    .map((point) => ({ date: point.period, activated: point.activated ?? 0 }));
  const lastDate = byDay.at(-1)?.date;
  if (lastDate === undefined) throw new Error("Expected the helpers to count at least one activation, got none");
  const nation = participationStatus("us", lastDate);
  if (nation?.kind !== "nation") throw new Error(`Expected the nation's status as of ${lastDate}, got ${nation?.kind}`);
  // Every state is in one of the three statuses as of a day the data covers.
  const everyState = (["not-started", "partial", "complete"] as const).flatMap((status) => jurisdictionsInStatus(status, lastDate));
  const states = everyState.map((state) => {
    const status = participationStatus(state, lastDate);
    if (status?.kind !== "state") throw new Error(`Expected the status of ${state.id} as of ${lastDate}, got ${status?.kind}`);
    return { state: state.id, total: status.counties.total, completionDate: status.completionDate };
  });
  const lastByState = new Map<string, string[]>();
  for (const county of jurisdictionsInStatus("activated-during", lastDate)) {
    const state = county.parent ?? "";
    lastByState.set(state, [...(lastByState.get(state) ?? []), county.id]);
  }
  const lastDay = [...lastByState]
    .map(([state, counties]) => ({ state, counties }))
    .sort((a, b) => b.counties.length - a.counties.length || (a.state < b.state ? -1 : a.state > b.state ? 1 : 0));
  return { total: nation.counties.total, byYear, byDay, states: states.sort((a, b) => (a.state < b.state ? -1 : 1)), lastDay };
}
