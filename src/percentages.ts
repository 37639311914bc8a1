/**
 * Category percentages that sum to exactly 100, with the unreported remainder as its own row.
 *
 * Shares are rounded by the largest-remainder (Hamilton) method in integer units of
 * 10^-decimals, computed with exact integer arithmetic, so the rounded shares add up to exactly
 * 100 at the requested number of decimals. Qualifiers on the counts ("more than 14,100") are
 * carried through as an `approximate` flag.
 *
 * @module
 */

import { statistics } from "./generated/statistics.js";
import type { StatisticId } from "./generated/types.js";
import { describeValue, expectedMessage, isReadable, optionsObject } from "./internal/errors.js";

/**
 * A count as a source reports it, with the qualifier the source puts on it.
 *
 * @category Percentages
 */
export interface QualifiedCountInput {
  /** The number as the source gives it: a non-negative integer (example: `14100`). */
  readonly value: number;
  /** How the source qualifies it (example: `"more-than"`). */
  readonly qualifier: "exact" | "more-than" | "almost" | "about";
}

/**
 * A count a caller may pass: a plain non-negative integer (read as exact) or a qualified count.
 *
 * @category Percentages
 */
export type CountInput = number | QualifiedCountInput;

/**
 * One category of the counts passed to {@link categoryPercentages}.
 *
 * @category Percentages
 */
export interface CategoryCountInput {
  /** Id of the category, unique among the categories and not `"not-reported"` (example: `"non-criminals"`). */
  readonly id: string;
  /** Label for the row; the id when absent (example: `"non-criminals"`). */
  readonly label?: string | undefined;
  /** The category's count (example: `{ value: 5100, qualifier: "more-than" }`). */
  readonly count: CountInput;
}

/**
 * The counts passed to {@link categoryPercentages}: a total and the categories it is split into.
 * The categories may add up to less than the total, never to more.
 *
 * @category Percentages
 */
export interface CategoryPercentagesInput {
  /** The total, greater than 0 (example: `{ value: 14100, qualifier: "more-than" }`). */
  readonly total: CountInput;
  /** The categories, in the order their rows should appear. */
  readonly categories: readonly CategoryCountInput[];
}

/**
 * Options of {@link categoryPercentages} and {@link statisticPercentages}.
 *
 * @category Percentages
 */
export interface CategoryPercentagesOptions {
  /** Decimals of each share: an integer from 0 to 10 (default `1`). */
  readonly decimals?: number | undefined;
  /** Label of the remainder row (default `"not reported in source"`). */
  readonly remainderLabel?: string | undefined;
}

/**
 * One row of a {@link CategoryPercentagesResult}.
 *
 * @category Percentages
 */
export interface CategoryShare {
  /** The category's id, or `"not-reported"` for the remainder row (example: `"non-criminals"`). */
  readonly id: string;
  /** The category's label (its id when none was given), or the remainder label (example: `"non-criminals"`). */
  readonly label: string;
  /** The count the percent is computed from, without its qualifier; `null` when the source reports only a percentage (example: `5100`). */
  readonly count: number | null;
  /** The share of the total as a percent from 0 to 100 (not a fraction), rounded to the requested decimals, or as the source reports it (example: `36.2`). */
  readonly percent: number;
  /**
   * `true` when `percent` is the source's own percentage (or, for the remainder row, 100 less
   * the reported ones), not one computed from counts.
   */
  readonly reported: boolean;
  /**
   * `true` when the row's count or the total carries a qualifier other than `"exact"`; for the
   * remainder row, when any count or the total does.
   */
  readonly approximate: boolean;
  /** `true` for the remainder row: the part of the total the categories do not cover. */
  readonly remainder: boolean;
}

/**
 * The result of {@link categoryPercentages}.
 *
 * @category Percentages
 */
export interface CategoryPercentagesResult {
  /** The total the shares are computed from, without its qualifier (example: `14100`). */
  readonly total: number;
  /** The number of decimals of each share (example: `1`). */
  readonly decimals: number;
  /** The categories in input order, then the remainder row when the categories cover less than the total. */
  readonly rows: readonly CategoryShare[];
}

/**
 * The part of a statistic record that {@link statisticPercentages} reads. The package's
 * `Statistic` records are assignable to it.
 *
 * @category Percentages
 */
export interface StatisticLike {
  /** Id of the statistic (example: `"florida-2008-10-2011-02-custody"`). */
  readonly id: string;
  /** The total the categories split (example: `{ value: 14100, qualifier: "more-than" }`). */
  readonly total: QualifiedCountInput;
  /** The categories; each needs a count for percentages to be computed. */
  readonly categories: readonly {
    /** Id of the category, unique within the statistic (example: `"non-criminals"`). */
    readonly id: string;
    /** Label of the category, used as the row label (example: `"non-criminals"`). */
    readonly label: string;
    /** The category's count; required here, though a statistic record may lack it (example: `{ value: 5100, qualifier: "more-than" }`). */
    readonly count?: QualifiedCountInput | undefined;
    /** A percentage the source reports for the category; not used to compute shares (example: `28`). */
    readonly reportedPercent?: number | undefined;
  }[];
}

/**
 * Options of {@link statisticPercentages}; the same as {@link CategoryPercentagesOptions}.
 *
 * @category Percentages
 */
export type StatisticPercentagesOptions = CategoryPercentagesOptions;

/**
 * The result of {@link statisticPercentages}; the same as {@link CategoryPercentagesResult}.
 *
 * @category Percentages
 */
export type StatisticPercentagesResult = CategoryPercentagesResult;

/** Id of the remainder row; callers may not use it for a category. */
const remainderId = "not-reported";
const defaultRemainderLabel = "not reported in source";
const defaultDecimals = 1;
const largestDecimals = 10;
const qualifiers: ReadonlySet<string> = new Set(["exact", "more-than", "almost", "about"]);

/** A row before rounding: its count and its scaled quota split into whole units and a remainder. */
interface PendingRow {
  readonly id: string;
  readonly label: string;
  readonly count: number;
  readonly approximate: boolean;
  readonly remainder: boolean;
  units: bigint;
  readonly fraction: bigint;
}

/**
 * Shares of a total's categories in percent, rounded so that they sum to exactly 100.
 *
 * Each share is the row's count over the total, rounded by the largest-remainder (Hamilton)
 * method in units of 10^-decimals: every row first gets the whole units of its exact quota
 * (`count * 100 * 10^decimals / total`, computed with exact integer arithmetic), then the units
 * still missing from `100 * 10^decimals` go one each to the rows with the largest fractional
 * remainders. Ties between equal remainders go to the larger count, then to the id that sorts
 * first (by UTF-16 code units); the rule never looks at input order, so reordering the
 * categories never changes any category's share.
 *
 * The sum is exact in units of 10^-decimals: the shares times 10^decimals are integers that add
 * up to 100 * 10^decimals. The returned `percent` numbers are those units divided by 10^decimals
 * (the nearest double to the decimal, so `percent.toFixed(decimals)` prints it exactly); adding
 * the doubles may show floating-point noise beyond the requested decimals.
 *
 * When the categories add up to less than the total, a remainder row (id `"not-reported"`)
 * follows them. A row is `approximate` when its count or the total carries a qualifier other than
 * `"exact"`; the remainder row is approximate when any count or the total is. Counts equal to
 * the total leave no remainder row, even when they are approximate.
 *
 * @param counts - The total (greater than 0) and the categories (non-negative integer counts,
 *   plain or qualified, adding up to at most the total; unique ids other than `"not-reported"`).
 * @param options - `decimals` (integer 0-10, default 1) and `remainderLabel` (default
 *   `"not reported in source"`).
 * @returns The total, the decimals and one row a category, then the remainder row if any.
 * @throws {TypeError} When `counts`, a category, a count, an id, a label or an option has the wrong type.
 * @throws {RangeError} When a count is negative, not an integer, `NaN` or infinite; the total is
 *   0; the categories add up to more than the total or number more than 100,000; an id is empty,
 *   repeated or `"not-reported"`; a qualifier is unknown; or `decimals` is not an integer from 0 to 10.
 * @example
 * ```ts
 * categoryPercentages({
 *   total: { value: 14100, qualifier: "more-than" },
 *   categories: [
 *     { id: "dangerous-criminals", count: { value: 4600, qualifier: "more-than" } },
 *     { id: "low-level-detainees", count: { value: 2500, qualifier: "almost" } },
 *     { id: "non-criminals", count: { value: 5100, qualifier: "more-than" } },
 *   ],
 * }).rows.map((row) => [row.id, row.percent]);
 * // => [["dangerous-criminals", 32.6], ["low-level-detainees", 17.7], ["non-criminals", 36.2], ["not-reported", 13.5]]
 *
 * // Equal remainders and equal counts: the leftover unit goes to the id that sorts first, "a".
 * categoryPercentages({ total: 3, categories: [{ id: "a", count: 1 }, { id: "b", count: 1 }, { id: "c", count: 1 }] }, { decimals: 0 })
 *   .rows.map((row) => row.percent);
 * // => [34, 33, 33]
 *
 * categoryPercentages({ total: 10, categories: [{ id: "a", count: 11 }] });
 * // throws RangeError: Expected categories adding up to at most the total 10, got 11
 * ```
 * @category Percentages
 */
export function categoryPercentages(counts: CategoryPercentagesInput, options?: CategoryPercentagesOptions): CategoryPercentagesResult {
  const { decimals, remainderLabel } = readOptions(options, "options of categoryPercentages");
  if (!isReadable(counts) || Array.isArray(counts)) {
    throw new TypeError(expectedMessage("counts as { total, categories }", counts));
  }
  const { total: totalInput, categories } = counts;
  checkCategoryList(categories);
  const total = readCount(totalInput, "the total");
  if (total.value === 0) throw new RangeError(expectedMessage("a total greater than 0", total.value));

  const seenIds = new Set<string>();
  const rows: { id: string; label: string; count: number; approximate: boolean }[] = [];
  let anyApproximate = total.approximate;
  let categorySum = 0;
  for (const category of categories as readonly unknown[]) {
    const row = readCategory(category, seenIds);
    const count = readCount(row.count, `category ${describeValue(row.id)}`);
    seenIds.add(row.id);
    anyApproximate ||= count.approximate;
    categorySum += count.value;
    rows.push({ id: row.id, label: row.label, count: count.value, approximate: count.approximate || total.approximate });
  }
  // Each count is a safe integer, so the running sum is exact until it passes 2^53, and once it
  // is that large it is certainly above the total (itself below 2^53).
  if (categorySum > total.value) {
    throw new RangeError(`Expected categories adding up to at most the total ${total.value}, got ${categorySum}`);
  }

  const pending: PendingRow[] = [];
  const scale = 100n * 10n ** BigInt(decimals);
  const totalBig = BigInt(total.value);
  const addRow = (row: Omit<PendingRow, "units" | "fraction">): void => {
    const scaled = BigInt(row.count) * scale;
    pending.push({ ...row, units: scaled / totalBig, fraction: scaled % totalBig });
  };
  for (const row of rows) addRow({ ...row, remainder: false });
  if (categorySum < total.value) {
    addRow({
      id: remainderId,
      label: remainderLabel,
      count: total.value - categorySum,
      approximate: anyApproximate,
      remainder: true,
    });
  }

  let leftover = scale;
  for (const row of pending) leftover -= row.units;
  if (leftover > 0n) {
    const byRemainder = [...pending].sort(compareForLeftover);
    for (let index = 0; leftover > 0n; index += 1, leftover -= 1n) {
      const row = byRemainder[index];
      // The fractions add up to `leftover` whole units, each below one, so there are always more
      // rows with a fraction than units left; this guard only satisfies the type checker.
      if (row === undefined) break;
      row.units += 1n;
    }
  }

  const divisor = 10 ** decimals;
  return {
    total: total.value,
    decimals,
    rows: pending.map((row) => ({
      id: row.id,
      label: row.label,
      count: row.count,
      percent: Number(row.units) / divisor,
      reported: false,
      approximate: row.approximate,
      remainder: row.remainder,
    })),
  };
}

/**
 * Shares of a statistic record's categories in percent, rounded so that they sum to exactly 100.
 *
 * This is {@link categoryPercentages} on the statistic's total and category counts, with the
 * category labels as row labels. When the source reports only percentages (some category has no
 * count, and every category has a reported percentage), the rows carry those percentages as the
 * source gives them, marked `reported: true` with `count: null`, and a remainder row with 100
 * less their sum: no count is guessed from a percentage.
 *
 * @param statistic - A statistic record (its id, total and categories), or the id of one of the
 *   package's `statistics`.
 * @param options - `decimals` (integer 0-10, default 1) and `remainderLabel` (default
 *   `"not reported in source"`).
 * @returns The total, the decimals and one row a category, then the remainder row if any;
 *   `undefined` when an id names no statistic of the package.
 * @throws {TypeError} When `statistic` or one of its parts has the wrong type.
 * @throws {RangeError} When a category has neither a count nor a reported percentage, the
 *   reported percentages add up to more than 100, or for any reason {@link categoryPercentages} throws.
 * @example
 * ```ts
 * statisticPercentages("florida-2008-10-2011-02-custody")?.rows.map((row) => row.percent);
 * // => [32.6, 17.7, 36.2, 13.5]
 *
 * statisticPercentages("us-2008-10-2010-11-deportations")?.rows.map((row) => [row.label, row.percent, row.reported]);
 * // => [["non-criminal", 28, true], ["convictions for violent crimes such as murder or rape", 23, true], ["not reported in source", 49, true]]
 *
 * statisticPercentages({
 *   id: "florida-2008-10-2011-02-custody",
 *   total: { value: 14100, qualifier: "more-than" },
 *   categories: [{ id: "non-criminals", label: "non-criminals", count: { value: 5100, qualifier: "more-than" } }],
 * }).rows.map((row) => `${row.label}: ${row.percent}%`);
 * // => ["non-criminals: 36.2%", "not reported in source: 63.8%"]
 *
 * statisticPercentages({
 *   id: "example",
 *   total: { value: 100, qualifier: "exact" },
 *   categories: [{ id: "level-1", label: "Level 1" }],
 * });
 * // throws RangeError: Expected a count or a reported percentage for every category of statistic
 * //   "example", got neither for category "level-1"
 * ```
 * @category Percentages
 */
export function statisticPercentages(statistic: StatisticLike, options?: StatisticPercentagesOptions): StatisticPercentagesResult;
export function statisticPercentages(
  id: StatisticId | (string & {}),
  options?: StatisticPercentagesOptions,
): StatisticPercentagesResult | undefined;
export function statisticPercentages(
  statistic: StatisticLike | string,
  options?: StatisticPercentagesOptions,
): StatisticPercentagesResult | undefined {
  const optionsName = "options of statisticPercentages";
  if (typeof statistic === "string") {
    if (statistic.length === 0 || statistic.length > 200) throw new RangeError(expectedMessage("a statistic id", statistic));
    // The options are checked whether or not the id names a statistic.
    readOptions(options, optionsName);
    const record = statistics.find((candidate) => candidate.id === statistic);
    return record === undefined ? undefined : statisticPercentages(record, options);
  }
  if (!isReadable(statistic) || Array.isArray(statistic)) {
    throw new TypeError(expectedMessage("a statistic as { id, total, categories }", statistic));
  }
  readOptions(options, optionsName);
  const { id, total, categories } = statistic;
  checkCategoryList(categories);
  const counted: CategoryCountInput[] = [];
  for (const category of categories as StatisticLike["categories"]) {
    if (!isReadable(category) || Array.isArray(category)) {
      throw new TypeError(expectedMessage("a category as { id, label, count }", category));
    }
    if (category.count === undefined && category.reportedPercent === undefined) {
      const what = `a count or a reported percentage for every category of statistic ${describeValue(id)}`;
      throw new RangeError(`Expected ${what}, got neither for category ${describeValue(category.id)}`);
    }
    if (category.count !== undefined) counted.push({ id: category.id, label: category.label, count: category.count });
  }
  if (counted.length === categories.length) return categoryPercentages({ total, categories: counted }, options);
  return reportedPercentages(statistic, readOptions(options, optionsName));
}

/** The rows of a statistic whose source reports percentages only: as reported, and 100 less their sum. */
function reportedPercentages(
  statistic: StatisticLike,
  { decimals, remainderLabel }: { readonly decimals: number; readonly remainderLabel: string },
): StatisticPercentagesResult {
  const total = readCount(statistic.total, "the total");
  const rows: CategoryShare[] = [];
  let sum = 0;
  for (const category of statistic.categories) {
    const percent = category.reportedPercent;
    if (typeof category.id !== "string") throw new TypeError(expectedMessage("a category id as a string", category.id));
    if (typeof category.label !== "string") {
      throw new TypeError(expectedMessage(`a label as a string for category ${describeValue(category.id)}`, category.label));
    }
    // Absent (a category with a count, beside one without) is a missing value; anything but a number a wrong type.
    if (typeof percent !== "number" && percent !== undefined) {
      throw new TypeError(reportedPercentMessage(statistic.id, category.id, percent));
    }
    if (percent === undefined || !Number.isFinite(percent) || percent < 0 || percent > 100) {
      throw new RangeError(reportedPercentMessage(statistic.id, category.id, percent));
    }
    sum += percent;
    rows.push({
      id: category.id,
      label: category.label,
      count: null,
      percent,
      reported: true,
      approximate: total.approximate,
      remainder: false,
    });
  }
  if (sum > 100) throw new RangeError(expectedMessage("reported percentages adding up to at most 100", sum));
  // The reported percentages have few decimals; rounding to 10 drops floating-point noise.
  const rest = Math.round((100 - sum) * 1e10) / 1e10;
  if (rest > 0) {
    rows.push({
      id: remainderId,
      label: remainderLabel,
      count: null,
      percent: rest,
      reported: true,
      approximate: total.approximate,
      remainder: true,
    });
  }
  return { total: total.value, decimals, rows };
}

// ---------------------------------------------------------------------------------------------
// internals
// ---------------------------------------------------------------------------------------------

function reportedPercentMessage(statisticId: unknown, categoryId: unknown, percent: unknown): string {
  const what = `a reported percentage from 0 to 100 for every category of statistic ${describeValue(statisticId)} without a count`;
  return `Expected ${what}, got ${describeValue(percent)} for category ${describeValue(categoryId)}`;
}

/**
 * Order rows for the leftover units: larger fractional remainder first, then larger count, then
 * id by UTF-16 code units. Ids are unique, so no two rows compare equal.
 */
function compareForLeftover(a: PendingRow, b: PendingRow): number {
  if (a.fraction !== b.fraction) return a.fraction > b.fraction ? -1 : 1;
  if (a.count !== b.count) return a.count > b.count ? -1 : 1;
  if (a.id === b.id) return 0;
  return a.id < b.id ? -1 : 1;
}

/** The most categories the helpers split a total into: the work grows with them. */
const mostCategories = 100_000;

/** Check that `categories` is a list of at most {@link mostCategories}, before any work on it. */
function checkCategoryList(categories: unknown): asserts categories is readonly unknown[] {
  if (!isReadable(categories) || !Array.isArray(categories)) throw new TypeError(expectedMessage("categories as an array", categories));
  if (categories.length > mostCategories) throw new RangeError(expectedMessage(`at most ${mostCategories} categories`, categories));
}

function readOptions(options: CategoryPercentagesOptions | undefined, what: string): { decimals: number; remainderLabel: string } {
  if (options === undefined) return { decimals: defaultDecimals, remainderLabel: defaultRemainderLabel };
  const { decimals = defaultDecimals, remainderLabel = defaultRemainderLabel } = optionsObject(options, what);
  const decimalsExpectation = `decimals as an integer from 0 to ${largestDecimals}`;
  if (typeof decimals !== "number") throw new TypeError(expectedMessage(decimalsExpectation, decimals));
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > largestDecimals) {
    throw new RangeError(expectedMessage(decimalsExpectation, decimals));
  }
  if (typeof remainderLabel !== "string") {
    throw new TypeError(expectedMessage("a remainder label as a string", remainderLabel));
  }
  return { decimals, remainderLabel };
}

function readCategory(category: unknown, seenIds: ReadonlySet<string>): { id: string; label: string; count: unknown } {
  if (!isReadable(category) || Array.isArray(category)) {
    throw new TypeError(expectedMessage("a category as { id, label?, count }", category));
  }
  const { id, label, count } = category as { id?: unknown; label?: unknown; count?: unknown };
  if (typeof id !== "string") throw new TypeError(expectedMessage("a category id as a string", id));
  if (id === "") throw new RangeError(expectedMessage("a non-empty category id", id));
  if (id === remainderId) {
    throw new RangeError(expectedMessage(`a category id other than "${remainderId}" (the remainder row's id)`, id));
  }
  if (seenIds.has(id)) throw new RangeError(`Expected unique category ids, got ${describeValue(id)} twice`);
  if (label !== undefined && typeof label !== "string") {
    throw new TypeError(expectedMessage(`a label as a string for category ${describeValue(id)}`, label));
  }
  return { id, label: label ?? id, count };
}

/** Read a plain or qualified count; `what` names it in messages ("the total", `category "a"`). */
function readCount(input: unknown, what: string): { value: number; approximate: boolean } {
  if (typeof input === "number") return { value: checkCountValue(input, what), approximate: false };
  if (!isReadable(input) || Array.isArray(input)) {
    throw new TypeError(expectedMessage(`a count for ${what} as a non-negative integer or { value, qualifier }`, input));
  }
  const { value, qualifier } = input as { value?: unknown; qualifier?: unknown };
  if (typeof value !== "number") {
    throw new TypeError(expectedMessage(`a count value for ${what} as a number`, value));
  }
  const qualifierExpectation = `a qualifier for ${what} of "exact", "more-than", "almost" or "about"`;
  if (typeof qualifier !== "string") throw new TypeError(expectedMessage(qualifierExpectation, qualifier));
  if (!qualifiers.has(qualifier)) throw new RangeError(expectedMessage(qualifierExpectation, qualifier));
  return { value: checkCountValue(value, what), approximate: qualifier !== "exact" };
}

function checkCountValue(value: number, what: string): number {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(expectedMessage(`a count for ${what} as a non-negative integer`, value));
  }
  return value;
}
