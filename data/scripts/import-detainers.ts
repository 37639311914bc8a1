/**
 * The detainers import: turns NPR's four national tables of ICE detainers (GitHub repository
 * nprapps/sanctuary-cities, folder export/) into `data/imported/detainers.json`, and copies the
 * licence of NPR's repository next to it as `npr-sanctuary-cities.LICENSE`.
 *
 * Usage:
 *   npm run import:detainers -- <data directory> [--out <dir>] [--check]
 *
 * The data directory holds `detainers_by_year_and_month.csv`, `detainers_by_year.csv`,
 * `detainers_by_lift_reason_and_year.csv`, `detainers_by_type_and_year.csv` and
 * `LICENSE-npr-sanctuary-cities`. `--out` defaults to `data/imported`. `--check` imports into memory
 * and fails (exit 1) when a file differs byte for byte from what is in the output directory, naming
 * the file and the command to run. The package itself never reads the data directory: the build
 * reads only what this script wrote.
 *
 * One record per published count, each citing its file and line. Checks made on the way (any
 * failure stops the import with exit 1, listing every problem):
 * - each file has its header, and each row its fields;
 * - years and months are real (`YYYY`, `YYYY-MM` with a month from 01 to 12) and lie within the
 *   days the records cover, 2007-10-01 to 2015-07-19;
 * - counts are non-negative integers, written as digits only;
 * - no period, and no category of a year, is given twice, and no category is empty;
 * - each year's months add up to the year's total, and every year has both;
 * - a year's lift reasons, and its forms, add up to no more than its total.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { z } from "zod";
import type { detainerCount } from "../schema.js";
import { defaultOutDir } from "./import-activations.js";
import { parseCsv } from "./import-places.js";
import { recordsJson } from "./records-json.js";
import { importArguments, runIfMain } from "./script-main.js";

type DetainerCount = z.input<typeof detainerCount>;
type Breakdown = DetainerCount["breakdown"];

/** Thrown when an input does not pass a check; `problems` lists every one found. */
export class DetainersImportError extends Error {
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(`The detainers import failed with ${problems.length} problem(s):\n  ${problems.join("\n  ")}`);
    this.name = "DetainersImportError";
    this.problems = problems;
  }
}

/** The source every record cites. */
export const detainerSource = "npr-sanctuary-cities-detainers";

/** The first and last day of the detainers the tables count (their prepare dates). */
export const recordsCover = { from: "2007-10-01", to: "2015-07-19" } as const;

/** The files of the data directory, by what they hold. */
export const detainerFiles = {
  byYearAndMonth: "detainers_by_year_and_month.csv",
  byYear: "detainers_by_year.csv",
  byLiftReasonAndYear: "detainers_by_lift_reason_and_year.csv",
  byTypeAndYear: "detainers_by_type_and_year.csv",
  licence: "LICENSE-npr-sanctuary-cities",
} as const;

/** The name the licence is copied under, in data/imported and (by the generator) data/published. */
export const licenceFile = "npr-sanctuary-cities.LICENSE";

/** The inputs of an import, as text. */
export interface DetainersImportInput {
  readonly byYearAndMonth: string;
  readonly byYear: string;
  readonly byLiftReasonAndYear: string;
  readonly byTypeAndYear: string;
  readonly licence: string;
}

interface Row {
  readonly line: number;
  readonly fields: Readonly<Record<string, string>>;
}

/** The rows of a CSV file with the given header, each with its line number (the header is line 1). */
function rows(text: string, file: string, columns: readonly string[], problems: string[]): Row[] {
  const [header = [], ...body] = parseCsv(text);
  if (header.join(",") !== columns.join(",")) {
    problems.push(`${file} line 1: expected the header "${columns.join(",")}", got "${header.join(",")}"`);
    return [];
  }
  return body.flatMap((fields, index) => {
    const line = index + 2;
    if (fields.length !== columns.length) {
      problems.push(`${file} line ${line}: expected ${columns.length} comma-separated fields, got ${fields.length}`);
      return [];
    }
    return [{ line, fields: Object.fromEntries(columns.map((column, position) => [column, fields[position] ?? ""])) }];
  });
}

/** Last day of a month, as a two-digit day. */
function lastDayOfMonth(year: number, month: number): string {
  return String(new Date(Date.UTC(year, month, 0)).getUTCDate()).padStart(2, "0");
}

/**
 * The days a year or month counts: its first and last day, cut to the days the records cover.
 * `undefined` when the text is no real year or month, or the period lies outside those days.
 */
export function coveredDays(period: string): { from: string; to: string } | undefined {
  const match = /^(\d{4})(?:-(0[1-9]|1[0-2]))?$/.exec(period);
  if (match === null) return undefined;
  const year = Number(match[1]);
  const month = match[2];
  const start = month === undefined ? `${match[1]}-01-01` : `${match[1]}-${month}-01`;
  const end = month === undefined ? `${match[1]}-12-31` : `${match[1]}-${month}-${lastDayOfMonth(year, Number(month))}`;
  if (end < recordsCover.from || start > recordsCover.to) return undefined;
  // Days as YYYY-MM-DD sort as text: the later of the two starts, the earlier of the two ends.
  return { from: [start, recordsCover.from].sort()[1] as string, to: [end, recordsCover.to].sort()[0] as string };
}

/** A count as digits only, or `undefined`. */
function countOf(text: string): number | undefined {
  if (!/^\d+$/.test(text)) return undefined;
  const value = Number(text);
  return Number.isSafeInteger(value) ? value : undefined;
}

function words(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/**
 * The id part of a category: a lift reason in lowercase words ("Detainer Declined by LEA" →
 * "detainer-declined-by-lea"); a form by its code, with the words in brackets that tell two
 * versions of one form apart ("I247 - Immigration Detainer - Notice of Action (prior to March 2013)"
 * → "i247-prior-to-march-2013", "I247D - Immigration Detainer - Request for Action" → "i247d").
 */
export function categoryKey(breakdown: Exclude<Breakdown, "total">, category: string): string {
  if (breakdown === "lift-reason") return words(category);
  const form = category.split(" - ")[0] ?? category;
  const version = /\(([^)]*)\)\s*$/.exec(category)?.[1];
  return words(version === undefined ? form : `${form} ${version}`);
}

const breakdownOrder: readonly Breakdown[] = ["total", "lift-reason", "type"];

function citation(file: string, line: number, key: string): DetainerCount["citations"][number] {
  return { source: detainerSource, locator: `export/${file}, line ${line} (${key})`, confidence: "high" };
}

/** Reads the totals of one table (by year, or by year and month), checking periods and counts. */
function importTotals(
  text: string,
  file: string,
  column: "year" | "year_month",
  problems: string[],
): Map<string, { record: DetainerCount; line: number }> {
  const totals = new Map<string, { record: DetainerCount; line: number }>();
  const pattern = column === "year" ? /^\d{4}$/ : /^\d{4}-(0[1-9]|1[0-2])$/;
  for (const { line, fields } of rows(text, file, [column, "count"], problems)) {
    const period = fields[column] ?? "";
    const count = countOf(fields["count"] ?? "");
    const where = `${file} line ${line}`;
    const days = pattern.test(period) ? coveredDays(period) : undefined;
    if (!pattern.test(period))
      problems.push(`${where}: ${column} "${period}" is not a real ${column === "year" ? "YYYY year" : "YYYY-MM month"}`);
    else if (days === undefined)
      problems.push(`${where}: ${column} ${period} lies outside the days the records cover, ${recordsCover.from} to ${recordsCover.to}`);
    if (count === undefined) problems.push(`${where}: count "${fields["count"]}" is not a non-negative integer`);
    const seen = totals.get(period);
    if (seen !== undefined) problems.push(`${where}: ${period} is given twice, first on line ${seen.line}`);
    if (days === undefined || count === undefined || seen !== undefined) continue;
    totals.set(period, {
      line,
      record: { id: period, period, from: days.from, to: days.to, breakdown: "total", count, citations: [citation(file, line, period)] },
    });
  }
  return totals;
}

/** Reads one table of a breakdown by year, checking years, categories and counts. */
function importBreakdown(
  text: string,
  file: string,
  breakdown: Exclude<Breakdown, "total">,
  problems: string[],
): { record: DetainerCount; line: number }[] {
  const column = breakdown === "lift-reason" ? "lift_reason" : "detainer_type";
  const found: { record: DetainerCount; line: number }[] = [];
  const lines = new Map<string, number>();
  for (const { line, fields } of rows(text, file, ["year", column, "count"], problems)) {
    const year = fields["year"] ?? "";
    const category = fields[column] ?? "";
    const count = countOf(fields["count"] ?? "");
    const where = `${file} line ${line}`;
    const days = /^\d{4}$/.test(year) ? coveredDays(year) : undefined;
    if (!/^\d{4}$/.test(year)) problems.push(`${where}: year "${year}" is not a real YYYY year`);
    else if (days === undefined)
      problems.push(`${where}: year ${year} lies outside the days the records cover, ${recordsCover.from} to ${recordsCover.to}`);
    if (category.trim() === "") problems.push(`${where}: ${column} is empty`);
    if (count === undefined) problems.push(`${where}: count "${fields["count"]}" is not a non-negative integer`);
    const id = `${year}-${breakdown === "lift-reason" ? "lift" : "type"}-${categoryKey(breakdown, category)}`;
    const seen = lines.get(id);
    if (seen !== undefined) problems.push(`${where}: ${year} "${category}" is given twice (as id ${id}), first on line ${seen}`);
    if (days === undefined || category.trim() === "" || count === undefined || seen !== undefined) continue;
    lines.set(id, line);
    found.push({
      line,
      record: {
        id,
        period: year,
        from: days.from,
        to: days.to,
        breakdown,
        category,
        count,
        citations: [citation(file, line, `${year}, ${category}`)],
      },
    });
  }
  return found;
}

/** Imports the four tables; the files it writes, by name. */
export function importDetainers(input: DetainersImportInput): Record<string, string> {
  const problems: string[] = [];
  const years = importTotals(input.byYear, detainerFiles.byYear, "year", problems);
  const months = importTotals(input.byYearAndMonth, detainerFiles.byYearAndMonth, "year_month", problems);
  const liftReasons = importBreakdown(input.byLiftReasonAndYear, detainerFiles.byLiftReasonAndYear, "lift-reason", problems);
  const types = importBreakdown(input.byTypeAndYear, detainerFiles.byTypeAndYear, "type", problems);

  // Each year's months add up to its total.
  const monthSums = new Map<string, number>();
  for (const [period, { record, line }] of months) {
    const year = period.slice(0, 4);
    if (!years.has(year))
      problems.push(`${detainerFiles.byYearAndMonth} line ${line}: ${period} has no total for ${year} in ${detainerFiles.byYear}`);
    monthSums.set(year, (monthSums.get(year) ?? 0) + record.count);
  }
  for (const [year, { record, line }] of years) {
    const sum = monthSums.get(year);
    if (sum === undefined) problems.push(`${detainerFiles.byYear} line ${line}: ${year} has no months in ${detainerFiles.byYearAndMonth}`);
    else if (sum !== record.count)
      problems.push(
        `${detainerFiles.byYear} line ${line}: the months of ${year} add up to ${sum}, not to the year's total ${record.count}`,
      );
  }

  // A breakdown counts some of a year's detainers: never more than its total.
  for (const [file, found, what] of [
    [detainerFiles.byLiftReasonAndYear, liftReasons, "lift reasons"],
    [detainerFiles.byTypeAndYear, types, "forms"],
  ] as const) {
    const sums = new Map<string, { sum: number; line: number }>();
    for (const { record, line } of found) {
      const seen = sums.get(record.period);
      sums.set(record.period, { sum: (seen?.sum ?? 0) + record.count, line: seen?.line ?? line });
    }
    for (const [year, { sum, line }] of sums) {
      const total = years.get(year)?.record.count;
      if (total === undefined) problems.push(`${file} line ${line}: ${year} has no total in ${detainerFiles.byYear}`);
      else if (sum > total) problems.push(`${file}: the ${what} of ${year} add up to ${sum}, more than the year's total ${total}`);
    }
  }

  if (!/MIT License/i.test(input.licence) || !/Copyright \(c\) \d{4} NPR/.test(input.licence))
    problems.push(`${detainerFiles.licence}: expected NPR's MIT licence with its copyright line`);
  if (problems.length > 0) throw new DetainersImportError(problems);

  const records = [...years.values(), ...months.values(), ...liftReasons, ...types]
    .map(({ record }) => record)
    .sort((a, b) => breakdownOrder.indexOf(a.breakdown) - breakdownOrder.indexOf(b.breakdown) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { "detainers.json": recordsJson(records), [licenceFile]: input.licence };
}

/** Reads the inputs from a data directory. */
export function readDetainersInput(dataDir: string): DetainersImportInput {
  const read = (name: string) => readFileSync(join(dataDir, name), "utf8");
  return {
    byYearAndMonth: read(detainerFiles.byYearAndMonth),
    byYear: read(detainerFiles.byYear),
    byLiftReasonAndYear: read(detainerFiles.byLiftReasonAndYear),
    byTypeAndYear: read(detainerFiles.byTypeAndYear),
    licence: read(detainerFiles.licence),
  };
}

const usage = "Usage: npm run import:detainers -- <data directory> [--out <dir>] [--check]";

function main(args: readonly string[]): number {
  const { input: dataDir, outDir, outGiven, check } = importArguments(args, usage, "The data directory is missing", defaultOutDir);
  const files = importDetainers(readDetainersInput(dataDir));
  const shown = (path: string) => relative(process.cwd(), path) || ".";
  if (!check) {
    mkdirSync(outDir, { recursive: true });
    for (const [name, text] of Object.entries(files)) writeFileSync(join(outDir, name), text);
    const count = (JSON.parse(files["detainers.json"] as string) as unknown[]).length;
    console.log(`Wrote ${shown(join(outDir, "detainers.json"))} (${count} counts) and ${shown(join(outDir, licenceFile))}.`);
    return 0;
  }
  const differing = Object.entries(files).filter(([name, text]) => {
    const path = join(outDir, name);
    return !existsSync(path) || !readFileSync(path).equals(Buffer.from(text, "utf8"));
  });
  if (differing.length === 0) {
    console.log(`${shown(outDir)} is up to date with ${dataDir}.`);
    return 0;
  }
  for (const [name] of differing) {
    const path = join(outDir, name);
    console.error(`${shown(path)} ${existsSync(path) ? "differs from" : "is missing from"} a fresh import of ${dataDir}.`);
  }
  console.error(`Run: npm run import:detainers -- ${dataDir}${outGiven ? ` --out ${shown(outDir)}` : ""}`);
  return 1;
}

runIfMain(import.meta.url, main);
