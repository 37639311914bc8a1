/**
 * The calendar arithmetic behind the partial dates: reading the digits of a date text, the length
 * of a month, and the day number of a civil date (days since 1970-01-01). Shared by the public date
 * helpers (src/partial-date.ts) and the timeline, which reads millions of dates straight into day
 * arrays.
 */

export const hyphen = 45;
const zero = 48;
const nine = 57;
const monthLengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Read `count` ASCII digits from `offset`; -1 when any of them is not a digit. */
export function readDigits(text: string, offset: number, count: number): number {
  let value = 0;
  for (let index = offset; index < offset + count; index += 1) {
    const code = text.charCodeAt(index);
    if (code < zero || code > nine) return -1;
    value = value * 10 + (code - zero);
  }
  return value;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2 && isLeapYear(year)) return 29;
  return monthLengths[month - 1] ?? 31;
}

/**
 * Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's `days_from_civil`),
 * for years 1000 to 9999.
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const shiftedYear = month <= 2 ? year - 1 : year;
  const era = Math.floor(shiftedYear / 400);
  const yearOfEra = shiftedYear - era * 400;
  const shiftedMonth = month > 2 ? month - 3 : month + 9;
  const dayOfYear = Math.floor((153 * shiftedMonth + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/**
 * What a text written as a day, whose day is not in its month, should have been: for `2011-02-30`,
 * `a date that exists (2011-02 has 28 days)`. `undefined` for any other text (a valid date, or
 * one whose format, year or month is wrong), so that callers keep their own expectation for it.
 */
export function missingDayExpectation(text: string): string | undefined {
  if (text.length !== 10 || text.charCodeAt(4) !== hyphen || text.charCodeAt(7) !== hyphen) return undefined;
  const year = readDigits(text, 0, 4);
  const month = readDigits(text, 5, 2);
  const day = readDigits(text, 8, 2);
  if (year < 1000 || month < 1 || month > 12 || day < 0) return undefined;
  const lastDay = daysInMonth(year, month);
  if (day >= 1 && day <= lastDay) return undefined;
  return `a date that exists (${text.slice(0, 7)} has ${lastDay} days)`;
}

/** The last day of the text {@link textDays} read last. */
let lastEndDay = 0;

/** The last day of the text {@link textDays} read last. */
export function lastReadEndDay(): number {
  return lastEndDay;
}

/**
 * The first day number of a valid partial date text (its last in `lastEndDay`), or `undefined`:
 * the one reading of the text, without building an interval.
 */
export function textDays(text: string): number | undefined {
  const length = text.length;
  if (length !== 4 && length !== 7 && length !== 10) return undefined;
  const year = readDigits(text, 0, 4);
  if (year < 1000) return undefined; // also catches a non-digit (-1)
  if (length === 4) {
    lastEndDay = daysFromCivil(year, 12, 31);
    return daysFromCivil(year, 1, 1);
  }
  if (text.charCodeAt(4) !== hyphen) return undefined;
  const month = readDigits(text, 5, 2);
  if (month < 1 || month > 12) return undefined;
  const lastDay = daysInMonth(year, month);
  if (length === 7) {
    const startDay = daysFromCivil(year, month, 1);
    lastEndDay = startDay + lastDay - 1;
    return startDay;
  }
  if (text.charCodeAt(7) !== hyphen) return undefined;
  const day = readDigits(text, 8, 2);
  if (day < 1 || day > lastDay) return undefined;
  lastEndDay = daysFromCivil(year, month, day);
  return lastEndDay;
}

/**
 * The first and last day numbers of a partial date text, written at `at` into two arrays: what
 * `parsePartialDate` gives as `startDay` and `endDay`, without building the interval (a
 * timeline of millions of events reads them so).
 *
 * @returns `false` when the text is not a valid partial date (nothing is written).
 */
export function writeTextDays(text: string, firstDays: Int32Array, lastDays: Int32Array, at: number): boolean {
  const startDay = textDays(text);
  if (startDay === undefined) return false;
  firstDays[at] = startDay;
  lastDays[at] = lastEndDay;
  return true;
}
