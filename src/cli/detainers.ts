/**
 * `secure-communities detainers`: the national ICE detainer counts by year or month, or a year's
 * split by lift reason or form.
 *
 * @module
 */

import { type DetainerBreakdownResult, type DetainerSeriesPoint, detainerBreakdown, detainerSeries, detainers } from "../detainers.js";
import { parsePartialDate } from "../partial-date.js";
import { commandArgs, dateOption, noPositionals, oneOf, orList, outputFlags, stringOption } from "./args.js";
import { type CliCommand, program } from "./command.js";
import { fromHelper, notFound, shown, usage } from "./failure.js";
import { bar, bold, type Context, csv, dim, groupDigits, json, lines, percent, success, table } from "./output.js";

const steps = ["year", "month"] as const;
const breakdowns = ["lift-reason", "type"] as const;
const sourceId = "npr-sanctuary-cities-detainers";

/** What a breakdown's rows are, in words: "lift reason", "form". */
const breakdownWords: Record<(typeof breakdowns)[number], string> = { "lift-reason": "lift reason", type: "form" };

/** The days a count covers, when they are not its whole period: "from 2007-10-01", "to 2015-07-19". */
function partOfPeriod(point: { readonly period: string; readonly from: string; readonly to: string }): string | undefined {
  const whole = parsePartialDate(point.period);
  const parts = [...(point.from === whole.start ? [] : [`from ${point.from}`]), ...(point.to === whole.end ? [] : [`to ${point.to}`])];
  return parts.length === 0 ? undefined : parts.join(" ");
}

function sourceLine(context: Context): string {
  return dim(context, `Source: ICE detainer records (FOIA), counted by NPR; see \`${program} sources ${sourceId}\`.`);
}

function seriesText(points: readonly DetainerSeriesPoint[], by: string, context: Context): string {
  const title = bold(context, `ICE detainers issued to local law enforcement agencies, nationwide, by ${by}`);
  if (points.length === 0) {
    const first = detainerSeries({ by: "month" })[0]?.from ?? "";
    const last = detainerSeries({ by: "month" }).at(-1)?.to ?? "";
    return lines(title, dim(context, `No counts in that range: the counts cover ${first} to ${last}.`));
  }
  const largest = Math.max(...points.map((point) => point.count));
  const partial = points.flatMap((point) => {
    const part = partOfPeriod(point);
    return part === undefined ? [] : [`${point.period} ${part}`];
  });
  const rows = points.map((point) => [
    `${point.period}${partOfPeriod(point) === undefined ? "" : "*"}`,
    groupDigits(point.count),
    bar(largest === 0 ? 0 : point.count / largest),
  ]);
  const out = [
    title,
    ...table([["period", "detainers", ""], ...rows], ["left", "right", "left"]).map((line, index) =>
      index === 0 ? bold(context, line) : line,
    ),
  ];
  if (partial.length > 0) out.push(dim(context, `* Part of the period only: ${partial.join("; ")}.`));
  out.push(sourceLine(context));
  return lines(...out);
}

function breakdownText(result: DetainerBreakdownResult, context: Context): string {
  const words = breakdownWords[result.breakdown];
  const rows = result.rows.map((row) => [row.category, groupDigits(row.count), percent(row.fraction, 1)]);
  const out = [
    bold(context, `ICE detainers of ${result.year} by ${words}`),
    ...table(
      [[words, "detainers", "share"], ...rows, ["counted", groupDigits(result.counted), percent(1, 1)]],
      ["left", "right", "right"],
    ).map((line, index) => (index === 0 ? bold(context, line) : line)),
  ];
  const part = partOfPeriod({ period: result.year, from: result.from, to: result.to });
  const counted = `${groupDigits(result.counted)} of the ${groupDigits(result.total)} detainers of ${result.year}${part === undefined ? "" : ` (${part})`}`;
  if (result.breakdown === "lift-reason") {
    out.push(
      dim(
        context,
        `${counted} (${percent(result.countedFraction, 1)}) have a lift reason; the shares are of those ${groupDigits(result.counted)}.`,
      ),
      dim(context, "A detainer still pending, or with no paper filed with ICE, has no lift reason and is in no row."),
      dim(context, '"Detainer Declined by LEA" counts only the declines ICE learned of: a lower bound on refusals.'),
    );
  } else {
    out.push(
      dim(
        context,
        `The form table counts ${counted} (${percent(result.countedFraction, 1)}); the shares are of those ${groupDigits(result.counted)}.`,
      ),
    );
  }
  out.push(sourceLine(context));
  return lines(...out);
}

/** The years that have a breakdown of the kind, as "2014 to 2015" (or one year). */
function yearsWith(breakdown: string): string {
  const years = [...new Set(detainers.filter((record) => record.breakdown === breakdown).map((record) => record.period))].sort();
  const [first, last] = [years[0] ?? "", years.at(-1) ?? ""];
  return first === last ? first : `${first} to ${last}`;
}

/**
 * `secure-communities detainers [--by year|month] [--from DATE] [--to DATE] [--json|--csv]`: the
 * national ICE detainer totals (`detainerSeries`), one row a year or month with its count and a
 * bar; or, with `--breakdown lift-reason|type --year YYYY`, a year's split (`detainerBreakdown`)
 * with each row's share of the detainers it counts.
 *
 * @example
 * ```ts
 * JSON.parse(runCli(["detainers", "--json"]).stdout).map((point) => point.count);
 * // => [39124, 228077, 256947, 301119, 314966, 272878, 204215, 147849, 49653]
 * ```
 */
export const detainersCommand: CliCommand = {
  name: "detainers",
  synopsis: "detainers",
  summary: "ICE detainers issued to local law enforcement, by year or month; a year by lift reason or form",
  help: detainersHelp,
  run(args, context) {
    const options = {
      by: { type: "string" },
      from: { type: "string" },
      to: { type: "string" },
      breakdown: { type: "string" },
      year: { type: "string" },
      csv: { type: "boolean" },
    } as const;
    const { parsed, answer } = commandArgs(detainersCommand, args, options, context);
    if (answer !== undefined) return answer;
    const { values, positionals } = parsed;
    noPositionals("detainers", positionals);
    const { asJson, asCsv } = outputFlags(values);
    const breakdown = stringOption(values, "breakdown");
    const year = stringOption(values, "year");
    const expected = "expected --breakdown lift-reason|type --year YYYY";
    if (breakdown !== undefined || year !== undefined) {
      if (breakdown === undefined) throw usage(`--year without --breakdown: ${expected}`);
      if (year === undefined) throw usage(`--breakdown without --year: ${expected}`);
      for (const name of ["by", "from", "to"]) {
        if (values[name] !== undefined)
          throw usage(`--breakdown with --${name}: expected --breakdown and --year alone (with --json or --csv)`);
      }
      if (!oneOf(breakdown, breakdowns)) throw usage(`unknown --breakdown ${shown(breakdown)}: expected ${orList(breakdowns)}`);
      if (!/^\d{4}$/.test(year)) throw usage(`bad --year ${shown(year)}: expected a year as YYYY`);
      const result = fromHelper("bad detainers query", () => detainerBreakdown(year, breakdown));
      if (result === undefined)
        throw notFound(`no ${breakdownWords[breakdown]} counts for ${year}: expected a year from ${yearsWith(breakdown)}`);
      if (asJson) return success(json(result));
      if (asCsv)
        return success(
          csv(
            ["year", "breakdown", "category", "count", "fraction"],
            result.rows.map((row) => [result.year, result.breakdown, row.category, row.count, row.fraction]),
          ),
        );
      return success(breakdownText(result, context));
    }
    const by = stringOption(values, "by") ?? "year";
    if (!oneOf(by, steps)) throw usage(`unknown --by ${shown(by)}: expected ${orList(steps)}`);
    const from = dateOption(values, "from");
    const to = dateOption(values, "to");
    const points = fromHelper("bad detainers query", () =>
      detainerSeries({ by, ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) }),
    );
    if (asJson) return success(json(points));
    if (asCsv)
      return success(
        csv(
          ["period", "from", "to", "count"],
          points.map((point) => [point.period, point.from, point.to, point.count]),
        ),
      );
    return success(seriesText(points, by, context));
  },
};

function detainersHelp(context: Context): string {
  const heading = (text: string) => bold(context, text);
  const example = (text: string) => `  ${dim(context, "$")} ${program} ${text}`;
  return lines(
    `${heading("Usage:")} ${program} detainers [--by year|month] [--from DATE] [--to DATE] [--json|--csv]`,
    `       ${program} detainers --breakdown lift-reason|type --year YYYY [--json|--csv]`,
    "",
    "The immigration detainers ICE issued to local law enforcement agencies, nationwide, from",
    "2007-10-01 to 2015-07-19, as NPR counted them from ICE's records (obtained under FOIA): one row",
    "a calendar year or month of the detainers' prepare date, with its count and a bar. 2007 starts",
    "on 2007-10-01 and 2015 ends on 2015-07-19; such rows are marked *. A row is shown when any day",
    "it counts lies between --from and --to (both included).",
    "",
    "With --breakdown, one year split by lift reason (how each detainer ended) or by form (2014 and",
    "2015 only), each with its share of the detainers the split counts. Lift reasons count only",
    "detainers that have one, so they cover fewer than the year's total; the output says how many.",
    "",
    heading("Options:"),
    "  --by year|month     One row a year (default) or a month",
    "  --from DATE         Start of the range (default: the first day of the counts)",
    "  --to DATE           End of the range (default: the last day of the counts)",
    "  --breakdown KIND    lift-reason or type (the form); needs --year",
    "  --year YYYY         The year to split",
    "  --json              Print machine output (JSON)",
    "  --csv               Print CSV (RFC 4180) instead of text",
    "  -h, --help          Show this help",
    "",
    heading("Examples:"),
    example("detainers"),
    example("detainers --by month --from 2014-06 --to 2015-07"),
    example("detainers --breakdown lift-reason --year 2014"),
    example("detainers --breakdown type --year 2015 --csv"),
  );
}
