/**
 * Partial ISO 8601 dates (`2010`, `2010-06`, `2010-06-22`) read as intervals of days.
 *
 * A partial date stands for every day from its first to its last: `2010` is 2010-01-01 to
 * 2010-12-31, `2010-02` is 2010-02-01 to 2010-02-28. The helpers here parse, validate, format,
 * order and relate such intervals. Days are also numbered (days since 1970-01-01 UTC) so that
 * callers can compare them with plain integer arithmetic.
 *
 * Supported years are 1000 to 9999: four digits, no sign, no leading zero.
 *
 * @module
 */

import { daysInMonth, lastReadEndDay, missingDayExpectation, textDays } from "./internal/calendar.js";
import { dateTime, expectedMessage, isReadable } from "./internal/errors.js";

/**
 * A date a caller may pass: a partial ISO date string (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) or a
 * `Date`, which is read as its UTC calendar day.
 *
 * @category Dates
 */
export type DateInput = string | Date;

/**
 * How precise a partial date is: a whole year, a whole month or a single day.
 *
 * @category Dates
 */
export type PartialDatePrecision = "year" | "month" | "day";

/**
 * A partial date read as the interval of days it stands for, both ends included.
 *
 * @category Dates
 */
export interface PartialDateInterval {
  /** The date as text, exactly as given for a string, `YYYY-MM-DD` for a `Date` (example: `"2010-06"`). */
  readonly text: string;
  /** Whether the text names a year, a month or a day (example: `"month"`). */
  readonly precision: PartialDatePrecision;
  /** First day of the interval as `YYYY-MM-DD` (example: `"2010-06-01"`). */
  readonly start: string;
  /** Last day of the interval as `YYYY-MM-DD` (example: `"2010-06-30"`). */
  readonly end: string;
  /** First day as an integer count of days since 1970-01-01 UTC (example: `14761`). */
  readonly startDay: number;
  /** Last day as an integer count of days since 1970-01-01 UTC (example: `14790`). */
  readonly endDay: number;
}

/**
 * Anything the comparison and relation helpers accept: a partial date string, a `Date` (its UTC
 * day) or an interval already returned by {@link parsePartialDate} (the fast path for repeated
 * comparisons). An interval is checked without being parsed again: its `text` must be a partial
 * date whose first and last days are its `startDay` and `endDay`.
 *
 * @category Dates
 */
export type IntervalInput = DateInput | PartialDateInterval;

/**
 * The numeric parts of a partial date, for {@link formatPartialDate}: a year, optionally a month
 * (1-12) and, only with a month, a day (1-31).
 *
 * @category Dates
 */
export interface PartialDateParts {
  /** The year, 1000 to 9999 (example: `2010`). */
  readonly year: number;
  /** The month, 1 (January) to 12; absent for a whole year (example: `6`). */
  readonly month?: number | undefined;
  /** The day of the month; absent for a whole year or month (example: `22`). */
  readonly day?: number | undefined;
}

/**
 * Which end of an interval {@link partialDateToDay} returns.
 *
 * @category Dates
 */
export type IntervalEdge = "start" | "end";

const partialDateExpectation = "a date as YYYY, YYYY-MM or YYYY-MM-DD";
const dayExpectation = "a day as YYYY-MM-DD";
const millisecondsPerDay = 86_400_000;

/** Day number of 1000-01-01, the first supported day. */
const firstDayNumber = -354_285;
/** Day number of 9999-12-31, the last supported day. */
const lastDayNumber = 2_932_896;

/**
 * Parse a partial ISO date (or a `Date`) into the interval of days it stands for.
 *
 * Strings must be exactly `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: a year from 1000 to 9999, a month
 * from 01 to 12, a day that exists in that month (leap years included), no surrounding
 * whitespace and no other format (no time, no week date, no sign). A day that is not in its
 * month (`2011-02-29`, `2010-06-31`, `2010-06-00`) is refused as a date that does not exist, with
 * the length of the month, rather than as a wrong format. A `Date` is read as its UTC calendar
 * day and gives a day-precision interval whose `text` is `YYYY-MM-DD`.
 *
 * For every valid string `text`, `parsePartialDate(text).text === text`.
 *
 * @param input - A string `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, or a `Date`.
 * @returns The interval: its text, precision, first and last day as `YYYY-MM-DD` and as day numbers.
 * @throws {TypeError} When `input` is neither a string nor a `Date`.
 * @throws {RangeError} When the string is not a valid partial date (a day not in its month says
 *   so), or the `Date` is invalid or outside the years 1000 to 9999.
 * @example
 * ```ts
 * parsePartialDate("2010-02");
 * // => { text: "2010-02", precision: "month", start: "2010-02-01", end: "2010-02-28",
 * //      startDay: 14641, endDay: 14668 }
 *
 * parsePartialDate(new Date("2010-06-22T23:30:00Z")).text; // => "2010-06-22"
 *
 * parsePartialDate("2010-13");
 * // throws RangeError: Expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got "2010-13"
 * parsePartialDate("2011-02-30");
 * // throws RangeError: Expected a date that exists (2011-02 has 28 days), got "2011-02-30"
 * ```
 * @category Dates
 */
export function parsePartialDate(input: DateInput): PartialDateInterval {
  if (typeof input === "string") {
    const interval = parseText(input);
    if (interval === undefined) throw new RangeError(expectedMessage(missingDayExpectation(input) ?? partialDateExpectation, input));
    return interval;
  }
  const time = dateTime(input);
  if (time !== undefined) return parseTime(time, input);
  throw new TypeError(expectedMessage("a date as a string (YYYY, YYYY-MM or YYYY-MM-DD) or a Date", input));
}

/**
 * Tell whether a value is a valid partial ISO date string (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
 *
 * It applies the same rules as {@link parsePartialDate} and never throws. A `Date` is not a
 * partial date string, so it gives `false`.
 *
 * @param value - Any value.
 * @returns `true` when `value` is a string that {@link parsePartialDate} accepts.
 * @throws Never.
 * @example
 * ```ts
 * isPartialDate("2012-02-29"); // => true
 * isPartialDate("2011-02-29"); // => false
 * isPartialDate(" 2010");      // => false
 * isPartialDate(2010);         // => false
 * ```
 * @category Dates
 */
export function isPartialDate(value: unknown): value is string {
  return typeof value === "string" && parseText(value) !== undefined;
}

/**
 * Write a partial ISO date from its numeric parts.
 *
 * The result is the canonical text {@link parsePartialDate} accepts, so
 * `parsePartialDate(formatPartialDate(parts)).text === formatPartialDate(parts)`.
 *
 * @param parts - A year (1000-9999), optionally a month (1-12) and, with a month, a day.
 * @returns `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, zero-padded.
 * @throws {TypeError} When `parts` is not an object or a part is not a number.
 * @throws {RangeError} When a part is not an integer in its range, the day does not exist in that
 *   month, or a day comes without a month.
 * @example
 * ```ts
 * formatPartialDate({ year: 2010 });                  // => "2010"
 * formatPartialDate({ year: 2010, month: 6 });        // => "2010-06"
 * formatPartialDate({ year: 2010, month: 6, day: 2 }); // => "2010-06-02"
 * formatPartialDate({ year: 2011, month: 2, day: 29 });
 * // throws RangeError: Expected a day from 1 to 28 in 2011-02, got 29
 * ```
 * @category Dates
 */
export function formatPartialDate(parts: PartialDateParts): string {
  if (!isReadable(parts) || Array.isArray(parts) || dateTime(parts) !== undefined) {
    throw new TypeError(expectedMessage("date parts as { year, month?, day? }", parts));
  }
  const { year, month, day } = parts;
  checkIntegerPart("a year from 1000 to 9999", year, 1000, 9999);
  const yearText = String(year);
  if (month === undefined) {
    if (day !== undefined) throw new RangeError(expectedMessage("a month when a day is given", month));
    return yearText;
  }
  checkIntegerPart("a month from 1 to 12", month, 1, 12);
  const monthText = `${yearText}-${twoDigits(month)}`;
  if (day === undefined) return monthText;
  const lastDay = daysInMonth(year, month);
  checkIntegerPart(`a day from 1 to ${lastDay} in ${monthText}`, day, 1, lastDay);
  return `${monthText}-${twoDigits(day)}`;
}

/**
 * Order two partial dates: by first day, and for the same first day the wider interval first.
 *
 * So `2010` sorts before `2010-01`, which sorts before `2010-01-01`, which sorts before
 * `2010-01-02`. Two inputs compare equal (`0`) only when they stand for the same interval (the
 * string `"2010-06-22"` and a `Date` on that UTC day, for instance). This is a total order, so it
 * can be passed to `Array.prototype.sort`.
 *
 * @param a - A partial date string, a `Date` or a parsed interval.
 * @param b - A partial date string, a `Date` or a parsed interval.
 * @returns `-1` when `a` comes first, `1` when `b` comes first, `0` when they are the same interval.
 * @throws {TypeError} When an argument is not a string, a `Date` or a parsed interval.
 * @throws {RangeError} When an argument is not a valid partial date.
 * @example
 * ```ts
 * ["2010-06-22", "2010-06", "2009", "2010"].sort(comparePartialDates);
 * // => ["2009", "2010", "2010-06", "2010-06-22"]
 * comparePartialDates("2010-06", "2010-06"); // => 0
 * ```
 * @category Dates
 */
export function comparePartialDates(a: IntervalInput, b: IntervalInput): -1 | 0 | 1 {
  const first = toInterval(a);
  const second = toInterval(b);
  if (first.startDay !== second.startDay) return first.startDay < second.startDay ? -1 : 1;
  if (first.endDay !== second.endDay) return first.endDay > second.endDay ? -1 : 1;
  return 0;
}

/**
 * The first or last day of a partial date, as `YYYY-MM-DD`.
 *
 * @param input - A partial date string, a `Date` or a parsed interval.
 * @param edge - `"start"` for the first day, `"end"` for the last.
 * @returns The day as `YYYY-MM-DD`.
 * @throws {TypeError} When `input` is not a string, a `Date` or a parsed interval, or `edge` is not a string.
 * @throws {RangeError} When `input` is not a valid partial date (or an interval whose days are not
 *   those of its text), or `edge` is neither `"start"` nor `"end"`.
 * @example
 * ```ts
 * partialDateToDay("2012-02", "end");  // => "2012-02-29"
 * partialDateToDay("2010", "start");   // => "2010-01-01"
 * ```
 * @category Dates
 */
export function partialDateToDay(input: IntervalInput, edge: IntervalEdge): string {
  const interval = toInterval(input);
  // From the day numbers, which toInterval checked against the text: an interval's `start` and
  // `end` are not read, so an object with others cannot make the answer.
  if (edge === "start") return formatDayNumber(interval.startDay);
  if (edge === "end") return formatDayNumber(interval.endDay);
  const expectation = 'an edge of "start" or "end"';
  throw typeof edge === "string" ? new RangeError(expectedMessage(expectation, edge)) : new TypeError(expectedMessage(expectation, edge));
}

/**
 * The number of days from 1970-01-01 (UTC) to a day; earlier days are negative.
 *
 * @param day - A day as `YYYY-MM-DD` (only day precision; use {@link parsePartialDate} for a year or month).
 * @returns An integer: `0` for 1970-01-01, `-354285` for 1000-01-01, `2932896` for 9999-12-31.
 * @throws {TypeError} When `day` is not a string.
 * @throws {RangeError} When `day` is not a real day written as `YYYY-MM-DD` (a day not in its
 *   month says so).
 * @example
 * ```ts
 * dayNumber("1970-01-02"); // => 1
 * dayNumber("2010-06-22"); // => 14782
 * dayNumber("2010-06");
 * // throws RangeError: Expected a day as YYYY-MM-DD, got "2010-06"
 * dayNumber("2010-06-31");
 * // throws RangeError: Expected a date that exists (2010-06 has 30 days), got "2010-06-31"
 * ```
 * @category Dates
 */
export function dayNumber(day: string): number {
  if (typeof day !== "string") throw new TypeError(expectedMessage(dayExpectation, day));
  const interval = day.length === 10 ? parseText(day) : undefined;
  if (interval === undefined) throw new RangeError(expectedMessage(missingDayExpectation(day) ?? dayExpectation, day));
  return interval.startDay;
}

/**
 * The day a day number stands for, as `YYYY-MM-DD`; the inverse of {@link dayNumber}.
 *
 * @param value - An integer count of days since 1970-01-01 UTC, from -354285 (1000-01-01) to
 *   2932896 (9999-12-31).
 * @returns The day as `YYYY-MM-DD`.
 * @throws {TypeError} When `value` is not a number.
 * @throws {RangeError} When `value` is not an integer in the supported range.
 * @example
 * ```ts
 * dayFromNumber(0);     // => "1970-01-01"
 * dayFromNumber(14782); // => "2010-06-22"
 * ```
 * @category Dates
 */
export function dayFromNumber(value: number): string {
  const expectation = `a day number as an integer from ${firstDayNumber} to ${lastDayNumber}`;
  if (typeof value !== "number") throw new TypeError(expectedMessage(expectation, value));
  if (!Number.isInteger(value) || value < firstDayNumber || value > lastDayNumber) {
    throw new RangeError(expectedMessage(expectation, value));
  }
  return formatDayNumber(value);
}

/**
 * Tell whether two partial dates share at least one day, both ends included.
 *
 * `partialDatesOverlap(a, b) === partialDatesOverlap(b, a)`.
 *
 * @param a - A partial date string, a `Date` or a parsed interval.
 * @param b - A partial date string, a `Date` or a parsed interval.
 * @returns `true` when some day lies in both intervals.
 * @throws {TypeError} When an argument is not a string, a `Date` or a parsed interval.
 * @throws {RangeError} When an argument is not a valid partial date.
 * @example
 * ```ts
 * partialDatesOverlap("2010", "2010-12-31");    // => true
 * partialDatesOverlap("2010-06", "2010-07-01"); // => false
 * partialDatesOverlap("2010-06", "2010");       // => true
 * ```
 * @category Dates
 */
export function partialDatesOverlap(a: IntervalInput, b: IntervalInput): boolean {
  const first = toInterval(a);
  const second = toInterval(b);
  return first.startDay <= second.endDay && second.startDay <= first.endDay;
}

/**
 * Tell whether a partial date lies wholly inside another, both ends included.
 *
 * Every interval lies within itself; `2010` is not within `2010-06` (it is wider).
 *
 * @param a - The interval that should lie inside: a partial date string, a `Date` or a parsed interval.
 * @param b - The interval that should contain it.
 * @returns `true` when every day of `a` is a day of `b`.
 * @throws {TypeError} When an argument is not a string, a `Date` or a parsed interval.
 * @throws {RangeError} When an argument is not a valid partial date.
 * @example
 * ```ts
 * isPartialDateWithin("2010-06-22", "2010-06"); // => true
 * isPartialDateWithin("2010-12", "2010");       // => true
 * isPartialDateWithin("2010", "2010-06");       // => false
 * ```
 * @category Dates
 */
export function isPartialDateWithin(a: IntervalInput, b: IntervalInput): boolean {
  const inner = toInterval(a);
  const outer = toInterval(b);
  return outer.startDay <= inner.startDay && inner.endDay <= outer.endDay;
}

// ---------------------------------------------------------------------------------------------
// internals
// ---------------------------------------------------------------------------------------------

function toInterval(input: IntervalInput): PartialDateInterval {
  if (typeof input === "string") return parsePartialDate(input);
  // An interval first, read as cheaply as a comparison of two numbers allows; then a Date.
  if (isIntervalShape(input)) {
    // Checked without parsing again: the text's days, read into two numbers, must be the
    // interval's (so a forged or edited interval cannot pass for another date).
    if (textDays(input.text) !== input.startDay || lastReadEndDay() !== input.endDay) {
      throw new RangeError(expectedMessage("a parsed interval whose days are those of its text", input));
    }
    return input;
  }
  if (dateTime(input) !== undefined) return parsePartialDate(input as Date);
  throw new TypeError(expectedMessage("a date as a string (YYYY, YYYY-MM or YYYY-MM-DD), a Date or a parsed interval", input));
}

/** An object with a text and two day numbers: what an interval of {@link parsePartialDate} has that the helpers read. */
function isIntervalShape(value: unknown): value is PartialDateInterval {
  if (typeof value !== "object" || value === null) return false;
  try {
    const { text, startDay, endDay } = value as { text?: unknown; startDay?: unknown; endDay?: unknown };
    return typeof text === "string" && typeof startDay === "number" && typeof endDay === "number";
  } catch {
    // A revoked Proxy: no interval, and refused as a wrong type.
    return false;
  }
}

/** Parse a string without throwing; `undefined` when it is not a valid partial date. */
function parseText(text: string): PartialDateInterval | undefined {
  const startDay = textDays(text);
  if (startDay === undefined) return undefined;
  const endDay = lastReadEndDay();
  if (text.length === 4) return { text, precision: "year", start: `${text}-01-01`, end: `${text}-12-31`, startDay, endDay };
  if (text.length === 7)
    return { text, precision: "month", start: `${text}-01`, end: `${text}-${twoDigits(endDay - startDay + 1)}`, startDay, endDay };
  return { text, precision: "day", start: text, end: text, startDay, endDay };
}

function parseTime(time: number, date: Date): PartialDateInterval {
  if (Number.isNaN(time)) throw new RangeError(expectedMessage("a valid Date", date));
  const day = Math.floor(time / millisecondsPerDay);
  if (day < firstDayNumber || day > lastDayNumber) {
    throw new RangeError(expectedMessage("a Date in the years 1000 to 9999 (UTC)", date));
  }
  const text = formatDayNumber(day);
  return { text, precision: "day", start: text, end: text, startDay: day, endDay: day };
}

/** Throw unless `value` is an integer from `minimum` to `maximum`; `expectation` names it in the message. */
function checkIntegerPart(expectation: string, value: unknown, minimum: number, maximum: number): asserts value is number {
  if (typeof value !== "number") throw new TypeError(expectedMessage(expectation, value));
  if (!Number.isInteger(value) || value < minimum || value > maximum) {
    throw new RangeError(expectedMessage(expectation, value));
  }
}

function twoDigits(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

/** `YYYY-MM-DD` of a day number in the supported range (Howard Hinnant's `civil_from_days`). */
function formatDayNumber(value: number): string {
  const shifted = value + 719_468;
  const era = Math.floor(shifted / 146_097);
  const dayOfEra = shifted - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${year}-${twoDigits(month)}-${twoDigits(day)}`;
}
