/**
 * `secure-communities stats [id]`: the reported statistics, or one with its percentages.
 *
 * @module
 */

import { statistics } from "../generated/statistics.js";
import type { Statistic } from "../generated/types.js";
import { getJurisdiction } from "../participation.js";
import { type StatisticPercentagesResult, statisticPercentages } from "../percentages.js";
import { commandArgs, type OptionValues, outputFlags, stringOption } from "./args.js";
import { sourceIds, sourceLines } from "./citations.js";
import { type CliCommand, program } from "./command.js";
import { fromHelper, notFound, quoted, shown, usage } from "./failure.js";
import { bold, type Context, csv, dim, groupDigits, json, lines, qualifiedText, success, table, wrap } from "./output.js";
import { placeName } from "./places.js";

function periodText(statistic: Statistic): string {
  return statistic.from === statistic.to ? statistic.from : `${statistic.from} to ${statistic.to}`;
}

function statisticPlace(statistic: Statistic): string {
  const jurisdiction = getJurisdiction(statistic.jurisdiction);
  return jurisdiction === undefined ? statistic.jurisdiction : placeName(jurisdiction);
}

function decimalsOption(values: OptionValues): number | undefined {
  const text = stringOption(values, "decimals");
  if (text === undefined) return undefined;
  const value = /^\d{1,2}$/.test(text) ? Number(text) : Number.NaN;
  if (!(value >= 0 && value <= 10)) throw usage(`bad --decimals ${shown(text)}: expected an integer from 0 to 10`);
  return value;
}

/** Whether the helper can split the statistic: it has categories and every one has a count. */
function hasCounts(statistic: Statistic): boolean {
  return statistic.categories.length > 0 && statistic.categories.every((category) => category.count !== undefined);
}

function statisticText(
  statistic: Statistic,
  percentages: StatisticPercentagesResult | undefined,
  decimals: number,
  context: Context,
): string[] {
  const out = [bold(context, statistic.title)];
  const rows: [string, string][] = [
    ["id", statistic.id],
    ["place", statisticPlace(statistic)],
    ["period", periodText(statistic)],
    ["measure", statistic.measure],
    ["total", qualifiedText(statistic.total)],
  ];
  out.push(...table(rows, [], [(cell) => dim(context, cell)]).map((line) => `  ${line}`));

  if (percentages !== undefined && hasCounts(statistic)) {
    const anyReported = statistic.categories.some((category) => category.reportedPercent !== undefined);
    const header = ["category", "count", "percent", ...(anyReported ? ["reported percent"] : [])];
    const body = percentages.rows.map((row) => {
      const category = statistic.categories.find((candidate) => candidate.id === row.id);
      const count =
        category?.count === undefined ? `${row.approximate ? "about " : ""}${groupDigits(row.count ?? 0)}` : qualifiedText(category.count);
      const share = `${row.approximate ? "~" : ""}${row.percent.toFixed(percentages.decimals)}%`;
      const reported = category?.reportedPercent === undefined ? "" : `${groupDigits(category.reportedPercent)}%`;
      return [row.label, row.remainder ? `${count} (derived)` : count, share, ...(anyReported ? [reported] : [])];
    });
    out.push(
      "",
      ...table([header, ...body], ["left", "right", "right", "right"]).map(
        (line, index) => `  ${index === 0 ? bold(context, line) : line}`,
      ),
    );
    const notes: string[] = [];
    if (percentages.rows.some((row) => row.approximate)) {
      notes.push("~ approximate: computed from counts the source qualifies (more than, almost, about).");
    }
    if (percentages.rows.some((row) => row.remainder)) {
      notes.push("The last row is the part of the total the source's categories do not cover: the total less their sum.");
    }
    notes.push(`Shares rounded to ${decimals} decimal${decimals === 1 ? "" : "s"} by largest remainder, so they sum to exactly 100.`);
    out.push(...notes.map((note) => `  ${dim(context, note)}`));
  } else if (statistic.categories.length > 0) {
    const body = statistic.categories.map((category) => [
      category.label,
      category.count === undefined ? "not reported" : qualifiedText(category.count),
      category.reportedPercent === undefined ? "not reported" : `${groupDigits(category.reportedPercent)}%`,
    ]);
    const reportedSum = statistic.categories.reduce((sum, category) => sum + (category.reportedPercent ?? 0), 0);
    const rest = reportedSum > 0 && reportedSum < 100;
    if (rest) body.push(["not reported in source", "", `${groupDigits(Math.round((100 - reportedSum) * 1e6) / 1e6)}%`]);
    out.push(
      "",
      ...table([["category", "count", "reported percent"], ...body], ["left", "right", "right"]).map(
        (line, index) => `  ${index === 0 ? bold(context, line) : line}`,
      ),
      `  ${dim(context, "Percentages as the source reports them; no count is derived from them.")}`,
    );
    if (rest) out.push(`  ${dim(context, "The last row is 100 less the reported percentages.")}`);
  } else {
    out.push("", `  ${dim(context, "The source splits the total into no categories.")}`);
  }
  if (statistic.note !== undefined) out.push("", bold(context, "Note"), ...wrap(statistic.note.split(" "), "  "));
  out.push("", bold(context, "Sources"), ...sourceLines(context, sourceIds(statistic.citations)));
  return out;
}

/** The columns of `stats ID --csv`: one row a category, then the part not reported, as the JSON's `percentages.rows`. */
const categoryCsvHeader = ["statistic", "category", "label", "count", "qualifier", "percent", "reported", "approximate", "remainder"];

/**
 * One CSV row a share: the count without its qualifier and the qualifier the source gives it
 * (`more-than`, `almost`, `about`, `exact`); both empty where the source reports only a percentage,
 * and the qualifier empty for the derived remainder (its `approximate` says whether it is about).
 */
function categoryCsvRows(
  statistic: Statistic,
  percentages: StatisticPercentagesResult | undefined,
): (string | number | boolean | null)[][] {
  return (percentages?.rows ?? []).map((row) => {
    const category = row.remainder ? undefined : statistic.categories.find((candidate) => candidate.id === row.id);
    return [
      statistic.id,
      row.id,
      row.label,
      row.count,
      category?.count?.qualifier ?? "",
      row.percent,
      row.reported,
      row.approximate,
      row.remainder,
    ];
  });
}

/**
 * `secure-communities stats [ID] [--decimals N] [--json|--csv]`: without ID, the list of statistics;
 * with ID, one statistic with its categories, their counts as the source qualifies them, their
 * percentages (or the percentages the source reports) and the unreported remainder.
 *
 * With `--json` and an ID it prints `{ statistic, percentages }`, where `percentages` is the
 * `statisticPercentages` result: shares computed from counts, or those the source reports (marked
 * `reported`). With `--csv` and an ID it prints those shares, one row a category and one for the
 * part not reported: statistic, category, label, count, qualifier, percent, reported, approximate
 * and remainder.
 *
 * @returns Exit code 0 with the statistic or the list; 1 when no statistic has the id; 2 on bad usage.
 * @throws Never.
 * @example
 * ```ts
 * JSON.parse(runCli(["stats", "florida-2008-10-2011-02-custody", "--json"]).stdout).percentages.rows.map((row) => row.percent);
 * // => [32.6, 17.7, 36.2, 13.5]
 * ```
 */
export const statsCommand: CliCommand = {
  name: "stats",
  synopsis: "stats [id]",
  summary: "Reported statistics, their categories and percentages",
  help: statsHelp,
  run(args, context) {
    const options = { decimals: { type: "string" }, csv: { type: "boolean" } } as const;
    const { parsed, answer } = commandArgs(statsCommand, args, options, context);
    if (answer !== undefined) return answer;
    const { values, positionals } = parsed;
    const { asJson, asCsv } = outputFlags(values);
    const decimals = decimalsOption(values) ?? 1;
    const [id, extra] = positionals;
    if (extra !== undefined) throw usage(`unexpected argument ${quoted(extra)} for stats: expected at most one statistic id`);
    if (id?.trim() === "")
      throw usage(`missing statistic id: expected one of the ids that \`${program} stats\` lists, or the start of one`);
    // A prefix ("florida") finds the statistics whose id starts with it; one match is shown, several are listed.
    const matches =
      id === undefined
        ? statistics
        : statistics.some((candidate) => candidate.id === id)
          ? statistics.filter((candidate) => candidate.id === id)
          : statistics.filter((candidate) => candidate.id.startsWith(id.toLowerCase()));
    if (id !== undefined && matches.length === 0)
      throw notFound(
        `no statistic has the id ${quoted(id)} or an id that starts with it: expected one of the ids that \`${program} stats\` lists`,
      );
    const [statistic] = matches;
    if (matches.length !== 1 || id === undefined || statistic === undefined) {
      if (values["decimals"] !== undefined) throw usage("--decimals without a statistic: expected stats ID --decimals N");
      if (asJson) return success(json(matches));
      const rows = matches.map((match) => [match.id, statisticPlace(match), periodText(match), match.title]);
      if (asCsv) return success(csv(["id", "place", "period", "title"], rows));
      return success(
        lines(
          ...table([["id", "place", "period", "title"], ...rows], [], [(cell) => bold(context, cell)]).map((line, index) =>
            index === 0 ? bold(context, line) : line,
          ),
        ),
      );
    }
    // Every statistic gets an answer: percentages from counts, or those the source reports (marked `reported`).
    const percentages = fromHelper(`cannot split ${statistic.id}`, () => statisticPercentages(statistic, { decimals }));
    if (asJson) return success(json({ statistic, percentages }));
    if (asCsv) return success(csv(categoryCsvHeader, categoryCsvRows(statistic, percentages)));
    return success(lines(...statisticText(statistic, percentages, decimals, context)));
  },
};

function statsHelp(context: Context): string {
  const heading = (text: string) => bold(context, text);
  const example = (text: string) => `  ${dim(context, "$")} ${program} ${text}`;
  const common = ["  --json              Print machine output (JSON)", "  -h, --help          Show this help"];
  return lines(
    `${heading("Usage:")} ${program} stats [ID] [--decimals N] [--json|--csv]`,
    "",
    "Without ID, the list of statistics (id, place, period, title). With ID (or the start of one",
    'that only one id has, such as "us-2008-10-2010-11"; a start that several have lists them), one statistic: its',
    'total, its categories with their counts as the source qualifies them ("more than 4,600"),',
    "their percentages of the total (rounded to sum to exactly 100) and the part not reported.",
    "",
    heading("Options:"),
    "  --decimals N        Decimals of each percentage: an integer from 0 to 10 (default 1); needs an ID",
    "  --csv               Print CSV (RFC 4180): the list, or with an ID one row a category and one for",
    "                      the part not reported (count, qualifier, percent, reported, approximate, remainder)",
    ...common,
    "",
    heading("Examples:"),
    example("stats"),
    example("stats florida-2008-10-2011-02-custody --decimals 2"),
    example("stats florida-2008-10-2011-02-custody --csv"),
  );
}
