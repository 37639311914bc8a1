/**
 * Treatment panels for research: one row for each unit (county, state or the nation) and period
 * (day, week, month, quarter or year), with the treated flag, the fraction of the period's days
 * switched on, the first-treated cohort and the event time. The rows are made as they are read;
 * no array of rows is built unless the caller asks for one.
 *
 * @module
 */

import { activations } from "./generated/activations.js";
import { jurisdictions } from "./generated/jurisdictions.js";
import { borderCountyCodes, stateAgreements } from "./generated/panel-facts.js";
import type { JurisdictionId, StateId } from "./generated/types.js";
import { daysFromCivil } from "./internal/calendar.js";
import { expectedMessage, optionsObject } from "./internal/errors.js";
import { sharingUnknownFromDay } from "./internal/sharing-end.js";
import { countUpTo } from "./internal/sorted-days.js";
import { type DateInput, dayFromNumber, dayNumber, parsePartialDate } from "./partial-date.js";

/**
 * The unit of a panel row: a county (or county-equivalent), a state (or DC), or the nation.
 *
 * @category Panels
 */
export type PanelUnit = "county" | "state" | "nation";

/**
 * The period of a panel row: a day, an ISO week (Monday to Sunday), a month, a quarter or a year.
 *
 * @category Panels
 */
export type PanelPeriod = "day" | "week" | "month" | "quarter" | "year";

/**
 * Options of {@link activationPanel}.
 *
 * @category Panels
 */
export interface ActivationPanelOptions {
  /** One row a county (default), a state or the nation (example: `"county"`). */
  readonly unit?: PanelUnit | undefined;
  /**
   * A month (1 to 12): fill `treatedAsOf` with whether the unit was switched on by the end of that
   * month of the period's year, as codings such as East et al.'s `SC_jan` (1) and `SC_march` (3) do
   * (example: `1`).
   */
  readonly treatedAsOfMonth?: number | undefined;
  /** A fraction from 0 to 1: fill `atThreshold` with whether `activeDaysFraction` reaches it (example: `0.5`). */
  readonly threshold?: number | undefined;
  /**
   * With `unit: "county"`, `"one-unit"` gives New York City's five boroughs (New York, Kings,
   * Queens, Bronx and Richmond counties) as one unit, `city-3651000` (default `"boroughs"`).
   */
  readonly newYorkCity?: "boroughs" | "one-unit" | undefined;
  /** The length of a period (default `"month"`; example: `"quarter"`). */
  readonly by?: PanelPeriod | undefined;
  /**
   * The first period: the one that holds this date's first day (default: the period of the first
   * activation, 2008-10-27; example: `"2008-10"`).
   */
  readonly from?: DateInput | undefined;
  /**
   * The last period: the one that holds this date's last day (default: the period of the last
   * activation, 2013-01-22; example: `"2014-11"`).
   */
  readonly to?: DateInput | undefined;
}

/**
 * One row of an activation panel: a unit in a period.
 *
 * For a state or the nation, the unit counts as switched on (`active`) when every one of its
 * counties is, and its activation is the day its last county was switched on; the county counts
 * and fractions give the rollout inside it. For a county, `counties` is 1.
 *
 * A county stays switched on after the discontinuation of 2014-11-20 (the Priority Enforcement
 * Program and the reinstated program used the same fingerprints). As of a period that reaches
 * 2021-01-20, when Executive Order 13768 was revoked and no source says how the sharing stood,
 * `active`, `activeDaysFraction`, `activeCounties`, `activeCountiesFraction` and `eventTime` are
 * `null`.
 *
 * @category Panels
 */
export interface PanelRow {
  /** What the row's unit is (example: `"county"`). */
  readonly unit: PanelUnit;
  /** Id of the unit in `jurisdictions` (example: `"county-12086"`). */
  readonly id: JurisdictionId;
  /** FIPS code of the county (5 digits) or state (2 digits); `null` for the nation (example: `"12086"`). */
  readonly fips: string | null;
  /** Id of the unit's state: a county's state, a state itself; `null` for the nation (example: `"us-fl"`). */
  readonly state: StateId | null;
  /** The period as text: `2010-06-22`, `2010-W25` (ISO week), `2010-06`, `2010-Q2` or `2010` (example: `"2010-06"`). */
  readonly period: string;
  /** First day of the period, `YYYY-MM-DD` (example: `"2010-06-01"`). */
  readonly periodStart: string;
  /** Last day of the period, `YYYY-MM-DD` (example: `"2010-06-30"`). */
  readonly periodEnd: string;
  /**
   * The period as a consecutive integer, 1 for the first period of 1970 (the day 1970-01-01, the
   * ISO week of 1969-12-29, 1970-01, 1970-Q1 or 1970), for a panel's time variable (example: `486` for 2010-06).
   */
  readonly periodIndex: number;
  /** Whether the unit was switched on by the period's last day; `null` when unknown (example: `true`). */
  readonly active: boolean | null;
  /**
   * Fraction of the period's days (0 to 1) on which the unit was switched on; for a state or the
   * nation, of its county-days. `null` when unknown (example: `0.3` for a county switched on 2010-06-22).
   */
  readonly activeDaysFraction: number | null;
  /** Counties of the unit switched on by the period's last day; `null` when unknown (example: `67`). */
  readonly activeCounties: number | null;
  /** Counties of the unit: 1 for a county (example: `67` for Florida). */
  readonly counties: number;
  /** `activeCounties / counties`, from 0 to 1; `null` when unknown (example: `1`). */
  readonly activeCountiesFraction: number | null;
  /** The day the unit was switched on: for a state or the nation, the day of its last county (example: `"2010-06-22"`). */
  readonly activationDate: string;
  /** The period that holds `activationDate`, as text: the unit's first-treated cohort (example: `"2010-06"`). */
  readonly cohort: string;
  /**
   * The `periodIndex` of `cohort`; 0 when the cohort comes after the panel's last period, so
   * the unit is never treated within the panel (the convention of R's `did`, `first.treat = 0`) (example: `486`).
   */
  readonly cohortIndex: number;
  /** Periods since the cohort: 0 in it, negative before; `null` when unknown (example: `-3`). */
  readonly eventTime: number | null;
  /** The year of `activationDate`: the first treated year (example: `2010`). */
  readonly firstTreatedYear: number;
  /** How many counties in the nation ICE switched on on `activationDate`: the size of the unit's activation wave (example: `54`). */
  readonly waveSize: number;
  /**
   * The day (or month or year, at the precision its source gives) the unit's state signed its
   * Secure Communities agreement with ICE; `null` for the nation and where no source dates it (example: `"2009-11-02"`).
   */
  readonly agreementDate: string | null;
  /**
   * Periods since the period that holds `agreementDate`: 0 in it, negative before; `null` when
   * there is no agreement date or it is less precise than the period (example: `7`).
   */
  readonly periodsFromAgreement: number | null;
  /** Whether the unit lies on the U.S.-Mexico border (a state: holds a border county); `null` for the nation (example: `false`). */
  readonly border: boolean | null;
  /** With `treatedAsOfMonth`: switched on by the end of that month of the period's year; otherwise `null` (example: `true`). */
  readonly treatedAsOf: boolean | null;
  /** With `threshold`: whether `activeDaysFraction` reaches it; otherwise, or when unknown, `null` (example: `false`). */
  readonly atThreshold: boolean | null;
}

/**
 * An activation panel: iterate it (any number of times) to get its rows, unit by unit in
 * `jurisdictions` order, each unit's periods in date order.
 *
 * @category Panels
 */
export interface ActivationPanel extends Iterable<PanelRow> {
  /** The unit of every row (example: `"county"`). */
  readonly unit: PanelUnit;
  /** The period of every row (example: `"month"`). */
  readonly by: PanelPeriod;
  /** The first period's label (example: `"2008-10"`). */
  readonly from: string;
  /** The last period's label (example: `"2013-01"`). */
  readonly to: string;
  /** Number of periods in the window (example: `52`). */
  readonly periods: number;
  /** Number of units (example: `3143`). */
  readonly units: number;
  /** Number of rows: `units × periods` (example: `163436`). */
  readonly size: number;
}

/** The largest window, in periods, that a panel accepts (about 270 years of days). */
const largestWindow = 100_000;

const units: readonly PanelUnit[] = ["county", "state", "nation"];
const periodKinds: readonly PanelPeriod[] = ["day", "week", "month", "quarter", "year"];

// ---------------------------------------------------------------------------------------------
// Calendar arithmetic on day numbers (days since 1970-01-01 UTC)
// ---------------------------------------------------------------------------------------------

/** Year and month (1-12) of a day number (Howard Hinnant's civil_from_days). */
function yearMonth(day: number): [number, number] {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shifted = Math.floor((5 * dayOfYear + 2) / 153);
  const month = shifted < 10 ? shifted + 3 : shifted - 9;
  return [yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month];
}

/**
 * Day number of the first day of a month (month may run past 12 or below 1). Arithmetic only, so
 * that the month after 9999-12 has a first day too: the last day of 9999-12 is the day before it.
 */
function monthStart(year: number, month: number): number {
  const y = year + Math.floor((month - 1) / 12);
  const m = ((((month - 1) % 12) + 12) % 12) + 1;
  return daysFromCivil(y, m, 1);
}

/** Day numbers of 1000-01-01 and 9999-12-31, the first and last days a date of the package may name. */
const firstSupportedDay = -354_285;
const lastSupportedDay = 2_932_896;

/** Monday of the ISO week that holds a day (1970-01-01 was a Thursday). */
function weekStart(day: number): number {
  return day - ((((day + 3) % 7) + 7) % 7);
}

interface PeriodBounds {
  readonly start: number;
  readonly end: number;
  readonly label: string;
  readonly index: number;
}

/** The period of a kind that holds a day: its first and last day, label and index. */
function periodOf(by: PanelPeriod, day: number): PeriodBounds {
  switch (by) {
    case "day":
      return { start: day, end: day, label: dayFromNumber(day), index: day + 1 };
    case "week": {
      const start = weekStart(day);
      const [year] = yearMonth(start + 3);
      const week = Math.floor((start + 3 - daysFromCivil(year, 1, 1)) / 7) + 1;
      return { start, end: start + 6, label: `${year}-W${String(week).padStart(2, "0")}`, index: (start + 3) / 7 + 1 };
    }
    case "month": {
      const [year, month] = yearMonth(day);
      return {
        start: monthStart(year, month),
        end: monthStart(year, month + 1) - 1,
        label: `${year}-${String(month).padStart(2, "0")}`,
        index: (year - 1970) * 12 + month,
      };
    }
    case "quarter": {
      const [year, month] = yearMonth(day);
      const quarter = Math.floor((month - 1) / 3) + 1;
      return {
        start: monthStart(year, quarter * 3 - 2),
        end: monthStart(year, quarter * 3 + 1) - 1,
        label: `${year}-Q${quarter}`,
        index: (year - 1970) * 4 + quarter,
      };
    }
    case "year": {
      const [year] = yearMonth(day);
      return { start: monthStart(year, 1), end: monthStart(year + 1, 1) - 1, label: String(year), index: year - 1969 };
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Units, built once on first use
// ---------------------------------------------------------------------------------------------

interface UnitData {
  readonly ids: readonly JurisdictionId[];
  readonly fips: readonly (string | null)[];
  readonly states: readonly (StateId | null)[];
  /** Sorted activation day numbers of each unit's counties, and their running sums (one longer). */
  readonly days: readonly Int32Array[];
  readonly sums: readonly Float64Array[];
  /** Whether each unit lies on the U.S.-Mexico border (holds a border county); `null` for the nation. */
  readonly border: readonly (boolean | null)[];
}

/** New York City's five boroughs: New York, Kings, Queens, Bronx and Richmond counties. */
const boroughs: readonly string[] = ["36061", "36047", "36081", "36005", "36085"];
const newYorkCity = { id: "city-3651000" as JurisdictionId, fips: "3651000" };

const unitData = new Map<string, UnitData>();

/** How many counties were switched on each day, nationwide: the size of each activation wave. */
let waveSizes: Map<number, number> | undefined;

function waveSizeOf(day: number): number {
  if (waveSizes === undefined) {
    waveSizes = new Map();
    for (const day of unitsOf("nation").days[0] as Int32Array) waveSizes.set(day, (waveSizes.get(day) ?? 0) + 1);
  }
  return waveSizes.get(day) ?? 0;
}

function unitsOf(unit: PanelUnit, nycAsOne = false): UnitData {
  const key = nycAsOne && unit === "county" ? "county-nyc" : unit;
  const cached = unitData.get(key);
  if (cached !== undefined) return cached;
  const stateByFips = new Map<string, StateId>();
  const states: { id: StateId; fips: string }[] = [];
  for (const jurisdiction of jurisdictions) {
    if (jurisdiction.kind === "state" && jurisdiction.fips !== undefined) {
      stateByFips.set(jurisdiction.fips, jurisdiction.id as StateId);
      states.push({ id: jurisdiction.id as StateId, fips: jurisdiction.fips });
    }
  }
  // The counting rule of the other helpers: every county of the period once; a code listed only
  // under a former code is left out, and an area the list lacks takes its covering area's day.
  const countyDays = new Map<string, number>();
  for (const activation of activations) countyDays.set(activation.county, dayNumber(activation.date));
  for (const jurisdiction of jurisdictions) {
    const from = jurisdiction.activationFrom?.[0]?.county;
    const day = from === undefined ? undefined : countyDays.get(from);
    if (day !== undefined && !countyDays.has(jurisdiction.id)) countyDays.set(jurisdiction.id, day);
  }
  const counties = jurisdictions.filter(
    (jurisdiction) => jurisdiction.kind === "county" && jurisdiction.listedOnly !== true && countyDays.has(jurisdiction.id),
  );
  const onBorder = new Set(borderCountyCodes);
  const groups: { id: JurisdictionId; fips: string | null; state: StateId | null; days: number[]; border: boolean | null }[] = [];
  if (unit === "county") {
    let city: (typeof groups)[number] | undefined;
    for (const county of counties) {
      const fips = county.fips ?? county.id.slice(-5);
      const day = countyDays.get(county.id) as number;
      if (nycAsOne && boroughs.includes(fips)) {
        if (city === undefined) {
          city = { ...newYorkCity, state: "us-ny", days: [], border: false };
          groups.push(city);
        }
        city.days.push(day);
        continue;
      }
      groups.push({ id: county.id, fips, state: stateByFips.get(fips.slice(0, 2)) ?? null, days: [day], border: onBorder.has(fips) });
    }
  } else if (unit === "state") {
    const byState = new Map<string, number[]>(states.map((state) => [state.id, []]));
    const borderStates = new Set(borderCountyCodes.map((fips) => stateByFips.get(fips.slice(0, 2))));
    for (const county of counties) {
      const fips = county.fips ?? county.id.slice(-5);
      byState.get(stateByFips.get(fips.slice(0, 2)) ?? "")?.push(countyDays.get(county.id) as number);
    }
    for (const state of states) {
      const days = byState.get(state.id) ?? [];
      if (days.length > 0) groups.push({ id: state.id, fips: state.fips, state: state.id, days, border: borderStates.has(state.id) });
    }
  } else {
    groups.push({ id: "us", fips: null, state: null, days: counties.map((county) => countyDays.get(county.id) as number), border: null });
  }
  const sorted = groups.map((group) => Int32Array.from(group.days).sort());
  const data: UnitData = {
    border: groups.map((group) => group.border),
    ids: groups.map((group) => group.id),
    fips: groups.map((group) => group.fips),
    states: groups.map((group) => group.state),
    days: sorted,
    sums: sorted.map((days) => {
      const sums = new Float64Array(days.length + 1);
      for (let index = 0; index < days.length; index += 1) sums[index + 1] = (sums[index] as number) + (days[index] as number);
      return sums;
    }),
  };
  unitData.set(key, data);
  return data;
}

// ---------------------------------------------------------------------------------------------
// The panel
// ---------------------------------------------------------------------------------------------

interface Window {
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly indexes: Int32Array;
  readonly labels: readonly string[];
  readonly startTexts: readonly string[];
  readonly endTexts: readonly string[];
}

function windowOf(by: PanelPeriod, firstDay: number, lastDay: number): Window {
  const starts: number[] = [];
  const ends: number[] = [];
  const indexes: number[] = [];
  const labels: string[] = [];
  const startTexts: string[] = [];
  const endTexts: string[] = [];
  let day = firstDay;
  while (day <= lastDay) {
    if (starts.length >= largestWindow) {
      throw new RangeError(
        expectedMessage(`a window of at most ${largestWindow} periods`, `${dayFromNumber(firstDay)} to ${dayFromNumber(lastDay)} by ${by}`),
      );
    }
    const period = periodOf(by, day);
    starts.push(period.start);
    ends.push(period.end);
    indexes.push(period.index);
    labels.push(period.label);
    startTexts.push(dayFromNumber(period.start));
    endTexts.push(dayFromNumber(period.end));
    day = period.end + 1;
  }
  return {
    starts: Int32Array.from(starts),
    ends: Int32Array.from(ends),
    indexes: Int32Array.from(indexes),
    labels,
    startTexts,
    endTexts,
  };
}

/**
 * A treatment panel of the Secure Communities rollout: one row for each unit and period, with
 * whether the unit was switched on by the period's last day, the fraction of the period's days
 * it was on, its first-treated cohort and the event time, ready for a staggered-adoption design.
 *
 * The panel is lazy: iterating it makes each row as it is read, so the whole county-by-day
 * panel (about 7 million rows) streams in constant memory; `Array.from(panel)` builds the array
 * when one is wanted. Rows come unit by unit (counties by FIPS code, states by id), each unit's
 * periods in date order.
 *
 * The units are the 3,143 counties with an activation date, the states and DC (switched on when
 * all their counties were), or the nation. The window runs from the period that holds `from`'s
 * first day to the one that holds `to`'s last day, both included, by default the rollout
 * (2008-10-27 to 2013-01-22). Before the program's first activation no county was switched on;
 * as of a period that reaches 2021-01-20 (Executive Order 13768 revoked), the status is unknown
 * and the row says `null`.
 *
 * No population fraction is given for states or the nation: the package has no county
 * populations (only those of the parts of the largest cities), so it could not be computed.
 *
 * @param options - The unit, the period and the window.
 * @returns The panel: an iterable of {@link PanelRow} with its size.
 * @throws {TypeError} When `options` is not an object, or an option has the wrong type (`from` or
 *   `to` neither a string nor a `Date`).
 * @throws {RangeError} When `unit` or `by` is not one of the values above, `from` or `to` is not
 *   a valid date, `from` is after `to` (or `to` before the first activation, when `from` is left
 *   out; `from` after the last, when `to` is), a week of the window runs outside the years 1000 to
 *   9999, or the window holds more than 100,000 periods.
 * @example
 * ```ts
 * const panel = activationPanel({ unit: "county", by: "month", from: "2010-05", to: "2010-07" });
 * panel.size; // => 9429
 * const miami = [...panel].filter((row) => row.fips === "12086");
 * miami.map((row) => row.active); // => [true, true, true]
 * miami[0]?.cohort; // => "2009-02"
 * const florida = activationPanel({ unit: "state", by: "month", from: "2010-06", to: "2010-06" });
 * [...florida].find((row) => row.id === "us-fl")?.activeCountiesFraction; // => 1
 * ```
 * @category Panels
 */
export function activationPanel(options?: ActivationPanelOptions): ActivationPanel {
  const {
    unit = "county",
    by = "month",
    from,
    to,
    treatedAsOfMonth,
    threshold,
    newYorkCity: nyc = "boroughs",
  } = optionsObject(options, "options of activationPanel");
  if (treatedAsOfMonth !== undefined) {
    if (typeof treatedAsOfMonth !== "number")
      throw new TypeError(expectedMessage("treatedAsOfMonth as a month number from 1 to 12", treatedAsOfMonth));
    if (!Number.isInteger(treatedAsOfMonth) || treatedAsOfMonth < 1 || treatedAsOfMonth > 12)
      throw new RangeError(expectedMessage("treatedAsOfMonth as a month number from 1 to 12", treatedAsOfMonth));
  }
  if (threshold !== undefined) {
    if (typeof threshold !== "number") throw new TypeError(expectedMessage("threshold as a fraction from 0 to 1", threshold));
    if (!(threshold >= 0 && threshold <= 1)) throw new RangeError(expectedMessage("threshold as a fraction from 0 to 1", threshold));
  }
  if (typeof nyc !== "string") throw new TypeError(expectedMessage('newYorkCity as "boroughs" or "one-unit"', nyc));
  if (nyc !== "boroughs" && nyc !== "one-unit") throw new RangeError(expectedMessage('newYorkCity as "boroughs" or "one-unit"', nyc));
  if (typeof unit !== "string") throw new TypeError(expectedMessage(`unit as ${units.join(", ")}`, unit));
  if (typeof by !== "string") throw new TypeError(expectedMessage(`by as ${periodKinds.join(", ")}`, by));
  if (!units.includes(unit)) throw new RangeError(expectedMessage(`unit as ${units.join(", ")}`, unit));
  if (!periodKinds.includes(by)) throw new RangeError(expectedMessage(`by as ${periodKinds.join(", ")}`, by));
  const fromInterval = from === undefined ? undefined : parsePartialDate(from);
  const toInterval = to === undefined ? undefined : parsePartialDate(to);
  if (fromInterval !== undefined && toInterval !== undefined && fromInterval.startDay > toInterval.endDay) {
    throw new RangeError(expectedMessage(`"from" on or before "to" (${toInterval.text})`, fromInterval.text));
  }
  const data = unitsOf(unit, nyc === "one-unit");
  const all = unitsOf("nation").days[0] as Int32Array;
  const firstActivation = all[0] as number;
  const lastActivation = all[all.length - 1] as number;
  const firstDay = periodOf(by, fromInterval?.startDay ?? firstActivation).start;
  const lastDay = periodOf(by, toInterval?.endDay ?? lastActivation).end;
  // The default end of a window that is left open can come before the given one.
  if (firstDay > lastDay) {
    throw toInterval === undefined
      ? new RangeError(expectedMessage(`"from" on or before the last activation (${dayFromNumber(lastActivation)})`, fromInterval?.text))
      : new RangeError(expectedMessage(`"to" on or after the first activation (${dayFromNumber(firstActivation)})`, toInterval.text));
  }
  // Only a week reaches past a year: the one that holds 9999-12-31 ends in the year 10000.
  if (firstDay < firstSupportedDay) {
    throw new RangeError(expectedMessage(`"from" in a ${by} that starts on or after ${dayFromNumber(firstSupportedDay)}`, from));
  }
  if (lastDay > lastSupportedDay) {
    throw new RangeError(expectedMessage(`"to" in a ${by} that ends by ${dayFromNumber(lastSupportedDay)}`, to));
  }
  const window = windowOf(by, firstDay, lastDay);
  const periods = window.labels.length;
  const count = data.ids.length;
  return {
    unit,
    by,
    from: window.labels[0] as string,
    to: window.labels[periods - 1] as string,
    periods,
    units: count,
    size: periods * count,
    [Symbol.iterator]: () => panelIterator(unit, by, data, window, { treatedAsOfMonth, threshold }),
  };
}

/** The month a year's `treatedAsOf` looks at: the last day of that month of the year that holds `day`. */
function endOfMonthOfYear(day: number, month: number): number {
  const [year] = yearMonth(day);
  return month === 12 ? monthStart(year + 1, 1) - 1 : monthStart(year, month + 1) - 1;
}

/** A state's agreement date as the period of the panel that holds it, when it is at least that precise. */
function agreementPeriodIndex(by: PanelPeriod, date: string | undefined): number | null {
  if (date === undefined) return null;
  const { startDay, endDay } = parsePartialDate(date);
  const period = periodOf(by, startDay);
  return periodOf(by, endDay).index === period.index ? period.index : null;
}

function panelIterator(
  unit: PanelUnit,
  by: PanelPeriod,
  data: UnitData,
  window: Window,
  codings: { readonly treatedAsOfMonth: number | undefined; readonly threshold: number | undefined },
): Iterator<PanelRow> {
  const { starts, ends, indexes, labels, startTexts, endTexts } = window;
  const periods = labels.length;
  const lastIndex = indexes[periods - 1] as number;
  const result: { done: boolean; value: PanelRow } = { done: false, value: undefined as unknown as PanelRow };
  const finished: IteratorResult<PanelRow> = { done: true, value: undefined };
  let unitIndex = 0;
  let period = periods;
  // Per unit: its codes and activation, set when the unit starts.
  let id: JurisdictionId = "us";
  let fips: string | null = null;
  let state: StateId | null = null;
  let days: Int32Array = new Int32Array(0);
  let sums: Float64Array = new Float64Array(1);
  let total = 0;
  let activationDay = 0;
  let activationDate = "";
  let cohort = "";
  let cohortIndex = 0;
  let cohortPeriodIndex = 0;
  let firstTreatedYear = 0;
  let waveSize = 0;
  let agreementDate: string | null = null;
  let agreementIndex: number | null = null;
  let border: boolean | null = null;
  const agreements = stateAgreements as Readonly<Record<string, string>>;

  const startUnit = (index: number) => {
    id = data.ids[index] as JurisdictionId;
    fips = data.fips[index] as string | null;
    state = data.states[index] as StateId | null;
    days = data.days[index] as Int32Array;
    sums = data.sums[index] as Float64Array;
    total = days.length;
    activationDay = days[total - 1] as number;
    activationDate = dayFromNumber(activationDay);
    const cohortPeriod = periodOf(by, activationDay);
    cohort = cohortPeriod.label;
    cohortPeriodIndex = cohortPeriod.index;
    cohortIndex = cohortPeriod.index > lastIndex ? 0 : cohortPeriod.index;
    firstTreatedYear = Number(activationDate.slice(0, 4));
    waveSize = waveSizeOf(activationDay);
    agreementDate = state === null ? null : (agreements[state] ?? null);
    agreementIndex = agreementPeriodIndex(by, agreementDate ?? undefined);
    border = data.border[index] ?? null;
  };

  return {
    next(): IteratorResult<PanelRow> {
      if (period >= periods) {
        if (unitIndex >= data.ids.length || periods === 0) return finished;
        startUnit(unitIndex);
        unitIndex += 1;
        period = 0;
      }
      const first = starts[period] as number;
      const last = ends[period] as number;
      const index = indexes[period] as number;
      const known = last < sharingUnknownFromDay;
      let active: boolean | null = null;
      let activeDaysFraction: number | null = null;
      let activeCounties: number | null = null;
      let activeCountiesFraction: number | null = null;
      let eventTime: number | null = null;
      let treatedAsOf: boolean | null = null;
      let atThreshold: boolean | null = null;
      if (known) {
        const length = last - first + 1;
        if (total === 1) {
          active = activationDay <= last;
          activeCounties = active ? 1 : 0;
          activeCountiesFraction = activeCounties;
          activeDaysFraction = activationDay <= first ? 1 : active ? (last - activationDay + 1) / length : 0;
        } else {
          // Counties on from the first day count every day; those switched on inside the period
          // count from their day: sum of (last - day + 1) over them.
          const before = countUpTo(days, first);
          activeCounties = countUpTo(days, last);
          const inside = activeCounties - before;
          const insideDays = inside * (last + 1) - ((sums[activeCounties] as number) - (sums[before] as number));
          activeDaysFraction = (before * length + insideDays) / (total * length);
          active = activeCounties === total;
          activeCountiesFraction = activeCounties / total;
        }
        eventTime = index - cohortPeriodIndex;
        if (codings.treatedAsOfMonth !== undefined) {
          const asOf = endOfMonthOfYear(first, codings.treatedAsOfMonth);
          // The month's end must itself be known: a year that reaches 2021-01-20 is known only for January.
          treatedAsOf = asOf < sharingUnknownFromDay ? countUpTo(days, asOf) === total : null;
        }
        if (codings.threshold !== undefined) atThreshold = (activeDaysFraction as number) >= codings.threshold;
      }
      // One result object for every row, as the iterator protocol allows; set whole each time, so
      // that a caller who changed the one before does not change this one.
      result.done = false;
      result.value = {
        unit,
        id,
        fips,
        state,
        period: labels[period] as string,
        periodStart: startTexts[period] as string,
        periodEnd: endTexts[period] as string,
        periodIndex: index,
        active,
        activeDaysFraction,
        activeCounties,
        counties: total,
        activeCountiesFraction,
        activationDate,
        cohort,
        cohortIndex,
        eventTime,
        firstTreatedYear,
        waveSize,
        agreementDate,
        periodsFromAgreement: agreementIndex === null ? null : index - agreementIndex,
        border,
        treatedAsOf,
        atThreshold,
      };
      period += 1;
      return result;
    },
    [Symbol.iterator]() {
      return this;
    },
  } as Iterator<PanelRow> & Iterable<PanelRow>;
}
