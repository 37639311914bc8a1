/**
 * The national series of ICE detainers issued to local law enforcement agencies, 2007-10-01 to
 * 2015-07-19, as NPR counted them from ICE's records: totals by year or month, and a year's split
 * by lift reason or by form.
 *
 * Years and months are calendar periods of each detainer's prepare date. The first and last
 * periods are partial: 2007 covers 2007-10-01 to 2007-12-31, and 2015 and 2015-07 end on
 * 2015-07-19; every point says which days it covers in `from` and `to`.
 *
 * @module
 */

import { detainers } from "./generated/detainers.js";
import type { DetainerBreakdownKind, DetainerCount } from "./generated/types.js";
import { expectedMessage, optionsObject } from "./internal/errors.js";
import { type DateInput, parsePartialDate } from "./partial-date.js";

export type { DetainerBreakdownKind, DetainerCount };
export { detainers };

/**
 * Options of {@link detainerSeries}.
 *
 * @category Detainers
 */
export interface DetainerSeriesOptions {
  /** One point a year (the default) or a month (example: `"month"`). */
  readonly by?: "year" | "month" | undefined;
  /** Start of the range: a day, month or year; the first day of the counts when absent (example: `"2013"`). */
  readonly from?: DateInput | undefined;
  /** End of the range: a day, month or year; the last day of the counts when absent (example: `"2014-06"`). */
  readonly to?: DateInput | undefined;
}

/**
 * One point of {@link detainerSeries}: the detainers of a year or a month.
 *
 * @category Detainers
 */
export interface DetainerSeriesPoint {
  /** The year (`YYYY`) or month (`YYYY-MM`) of the detainers' prepare date (example: `"2014-06"`). */
  readonly period: string;
  /** First day the count covers, `YYYY-MM-DD`: the period's first day, or 2007-10-01 for 2007 (example: `"2014-06-01"`). */
  readonly from: string;
  /** Last day the count covers, `YYYY-MM-DD`: the period's last day, or 2015-07-19 for 2015 and 2015-07 (example: `"2014-06-30"`). */
  readonly to: string;
  /** Number of detainers (example: `12538`). */
  readonly count: number;
}

/**
 * One row of a {@link DetainerBreakdownResult}: a lift reason or a form, with its count.
 *
 * @category Detainers
 */
export interface DetainerBreakdownRow {
  /** The lift reason or the form, exactly as the source writes it (example: `"Detainer Declined by LEA"`). */
  readonly category: string;
  /** Number of detainers (example: `13595`). */
  readonly count: number;
  /**
   * The row's share of the detainers the breakdown counts (`count / counted`), from 0 to 1, not
   * rounded; for lift reasons that is a share of the detainers with a lift reason, not of all the
   * year's detainers (example: `0.18011393746687865`).
   */
  readonly fraction: number;
}

/**
 * What {@link detainerBreakdown} returns: a year's detainers split by lift reason or by form.
 *
 * @category Detainers
 */
export interface DetainerBreakdownResult {
  /** The calendar year (example: `"2014"`). */
  readonly year: string;
  /** What the rows split: lift reasons or forms (example: `"lift-reason"`). */
  readonly breakdown: Exclude<DetainerBreakdownKind, "total">;
  /** First day the counts cover, `YYYY-MM-DD` (example: `"2014-01-01"`). */
  readonly from: string;
  /** Last day the counts cover, `YYYY-MM-DD` (example: `"2014-12-31"`). */
  readonly to: string;
  /** Every detainer of the year (example: `147849`). */
  readonly total: number;
  /**
   * The detainers the rows count, their sum: for lift reasons, those with a lift reason (a
   * detainer still pending, or with no paper filed with ICE, has none); for forms, those the
   * source's form table counts, which in 2014 are fewer than a fifth of the year's detainers (the
   * source does not say why) (example: `75480`).
   */
  readonly counted: number;
  /** `counted / total`, from 0 to 1, not rounded (example: `0.5105208692652639`). */
  readonly countedFraction: number;
  /** The lift reasons or forms, the largest count first (then by category), each with its share of `counted`. */
  readonly rows: readonly DetainerBreakdownRow[];
}

interface DetainerIndex {
  readonly years: readonly DetainerSeriesPoint[];
  readonly months: readonly DetainerSeriesPoint[];
  readonly byYear: ReadonlyMap<string, { readonly total: DetainerCount; readonly rows: Map<string, DetainerCount[]> }>;
}

let index: DetainerIndex | undefined;

function detainerIndex(): DetainerIndex {
  if (index !== undefined) return index;
  const years: DetainerSeriesPoint[] = [];
  const months: DetainerSeriesPoint[] = [];
  const byYear = new Map<string, { total: DetainerCount; rows: Map<string, DetainerCount[]> }>();
  for (const record of detainers) {
    if (record.breakdown !== "total") continue;
    const point = Object.freeze({ period: record.period, from: record.from, to: record.to, count: record.count });
    if (record.period.length === 4) {
      years.push(point);
      byYear.set(record.period, { total: record, rows: new Map() });
    } else months.push(point);
  }
  for (const record of detainers) {
    if (record.breakdown === "total") continue;
    const rows = byYear.get(record.period)?.rows;
    rows?.set(record.breakdown, [...(rows.get(record.breakdown) ?? []), record]);
  }
  const byPeriod = (a: DetainerSeriesPoint, b: DetainerSeriesPoint) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0);
  index = { years: years.sort(byPeriod), months: months.sort(byPeriod), byYear };
  return index;
}

const byExpectation = 'by as "year" or "month"';

/**
 * The national detainer totals by year or by month, in order: each point with its period, the
 * days its count covers and the count.
 *
 * A point is in the series when any day its count covers lies in the range from the first day of
 * `from` to the last day of `to`, both included: `{ by: "year", from: "2010-06" }` starts with
 * 2010. Without a range the series runs from 2007 (2007-10) to 2015 (2015-07); a range outside
 * those days gives `[]`.
 *
 * @param options - The step (`"year"` by default, or `"month"`) and the range.
 * @returns The points, oldest first; `[]` when the range holds none.
 * @throws {TypeError} When `options` is not an object, `by` is not a string, or a date is neither a string nor a `Date`.
 * @throws {RangeError} When `by` is not `"year"` or `"month"`, a date is invalid, or `from` is after `to`.
 * @example
 * ```ts
 * detainerSeries().map((point) => point.count);
 * // => [39124, 228077, 256947, 301119, 314966, 272878, 204215, 147849, 49653]
 * detainerSeries()[0]; // => { period: "2007", from: "2007-10-01", to: "2007-12-31", count: 39124 }
 * detainerSeries({ by: "month", from: "2015-06" });
 * // => [{ period: "2015-06", from: "2015-06-01", to: "2015-06-30", count: 7590 },
 * //     { period: "2015-07", from: "2015-07-01", to: "2015-07-19", count: 3986 }]
 * detainerSeries({ by: "year", from: "2016" }); // => []
 * detainerSeries({ by: "week" as never });
 * // throws RangeError: Expected by as "year" or "month", got "week"
 * ```
 * @category Detainers
 */
export function detainerSeries(options: DetainerSeriesOptions = {}): readonly DetainerSeriesPoint[] {
  const { by = "year", from, to } = optionsObject(options, "options of detainerSeries");
  if (typeof by !== "string") throw new TypeError(expectedMessage(byExpectation, by));
  if (by !== "year" && by !== "month") throw new RangeError(expectedMessage(byExpectation, by));
  const first = from === undefined ? undefined : parsePartialDate(from);
  const last = to === undefined ? undefined : parsePartialDate(to);
  if (first !== undefined && last !== undefined && first.startDay > last.endDay) {
    throw new RangeError(expectedMessage(`"from" on or before "to" (${last.text})`, first.text));
  }
  const points = by === "year" ? detainerIndex().years : detainerIndex().months;
  // Days as YYYY-MM-DD compare as text.
  return points.filter((point) => (first === undefined || point.to >= first.start) && (last === undefined || point.from <= last.end));
}

const breakdownExpectation = 'a breakdown as "lift-reason" or "type"';
const yearExpectation = "a year as a YYYY string or an integer from 1000 to 9999";

function yearText(year: number | string): string {
  if (typeof year === "number") {
    if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError(expectedMessage(yearExpectation, year));
    return String(year);
  }
  if (typeof year !== "string") throw new TypeError(expectedMessage(yearExpectation, year));
  if (!/^\d{4}$/.test(year) || year < "1000") throw new RangeError(expectedMessage(yearExpectation, year));
  return year;
}

/**
 * A year's detainers split by lift reason (how each detainer ended: "Booked into Detention",
 * "Detainer Declined by LEA", ...) or by form (2014 and 2015 only), with each row's share.
 *
 * The source counts lift reasons only among detainers that have one: a detainer still pending, or
 * one for which no paper was filed with ICE, is in `total` but in no row. So `counted`, the rows'
 * sum, can be well below `total` (2014: 75,480 of 147,849), and each `fraction` is a share of
 * `counted`. "Detainer Declined by LEA" counts only the declines ICE learned of: a lower bound on
 * refusals.
 *
 * @param year - A calendar year, as a number (`2014`) or a string (`"2014"`).
 * @param breakdown - `"lift-reason"` or `"type"` (the form).
 * @returns The split, or `undefined` when the source has none for that year (forms before 2014, years outside 2007-2015).
 * @throws {TypeError} When `year` is neither a number nor a string, or `breakdown` is not a string.
 * @throws {RangeError} When `year` is not a four-digit year, or `breakdown` is not `"lift-reason"` or `"type"`.
 * @example
 * ```ts
 * const reasons = detainerBreakdown(2014, "lift-reason");
 * [reasons?.counted, reasons?.total]; // => [75480, 147849]
 * reasons?.rows.slice(0, 2).map((row) => [row.category, row.count, Math.round(row.fraction * 1000) / 1000]);
 * // => [["Booked into Detention", 50072, 0.663], ["Detainer Declined by LEA", 13595, 0.18]]
 * detainerBreakdown("2015", "type")?.rows.map((row) => row.count); // => [46187, 2805, 542, 119]
 * detainerBreakdown(2010, "type"); // => undefined
 * detainerBreakdown(2014, "reason" as never);
 * // throws RangeError: Expected a breakdown as "lift-reason" or "type", got "reason"
 * ```
 * @category Detainers
 */
export function detainerBreakdown(
  year: number | string,
  breakdown: Exclude<DetainerBreakdownKind, "total">,
): DetainerBreakdownResult | undefined {
  const text = yearText(year);
  if (typeof breakdown !== "string") throw new TypeError(expectedMessage(breakdownExpectation, breakdown));
  if (breakdown !== "lift-reason" && breakdown !== "type") throw new RangeError(expectedMessage(breakdownExpectation, breakdown));
  const entry = detainerIndex().byYear.get(text);
  const records = entry?.rows.get(breakdown);
  if (entry === undefined || records === undefined) return undefined;
  const counted = records.reduce((sum, record) => sum + record.count, 0);
  const rows = records
    .map((record) => ({
      category: record.category ?? "",
      count: record.count,
      fraction: counted === 0 ? 0 : record.count / counted,
    }))
    .sort((a, b) => b.count - a.count || (a.category < b.category ? -1 : a.category > b.category ? 1 : 0));
  const { total } = entry;
  return {
    year: text,
    breakdown,
    from: total.from,
    to: total.to,
    total: total.count,
    counted,
    countedFraction: total.count === 0 ? 0 : counted / total.count,
    rows,
  };
}
