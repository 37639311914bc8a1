/**
 * `secure-communities rollout`: counties switched on over time, and each state's full coverage.
 *
 * @module
 */

import { jurisdictions } from "../generated/jurisdictions.js";
import { participationStatus, type RolloutPoint, rolloutProgress } from "../participation.js";
import { commandArgs, dateOption, flag, noPositionals, oneOf, orList, outputFlags, stringOption } from "./args.js";
import { type CliCommand, program } from "./command.js";
import { fromHelper, shown, usage } from "./failure.js";
import {
  bar,
  bold,
  type Context,
  countText,
  csv,
  dim,
  groupDigits,
  json,
  lines,
  percent,
  success,
  table,
  unknownReason,
} from "./output.js";
import { stateOption } from "./places.js";

const rolloutSteps = ["year", "month", "day"] as const;

/** Each state (and DC) with its counties and the day its last county was switched on. */
function fullCoverage(): { id: string; usps: string; name: string; counties: number; date: string }[] {
  const rows: { id: string; usps: string; name: string; counties: number; date: string }[] = [];
  for (const jurisdiction of jurisdictions) {
    if (jurisdiction.kind !== "state") continue;
    const status = participationStatus(jurisdiction, "2013");
    if (status?.kind === "state") {
      rows.push({
        id: jurisdiction.id,
        usps: jurisdiction.usps ?? "",
        name: jurisdiction.name,
        counties: status.counties.total,
        date: status.completionDate,
      });
    }
  }
  return rows.sort((a, b) => a.date.localeCompare(b.date) || a.name.localeCompare(b.name, "en"));
}

/**
 * `secure-communities rollout [--state STATE] [--by year|month|day] [--from DATE] [--to DATE]
 * [--states] [--json|--csv]`: counties switched on over time (`rolloutProgress`), one row a
 * period with its status, the cumulative count, the counties added, the percent and a bar; or,
 * with `--states`, the day each state's last county was switched on.
 *
 * @example
 * ```ts
 * JSON.parse(runCli(["rollout", "--by", "year", "--json"]).stdout).map((point) => point.activatedDuring);
 * // => [14, 91, 788, 1099, 1045, 106]
 * ```
 */
export const rolloutCommand: CliCommand = {
  name: "rollout",
  synopsis: "rollout",
  summary: "Counties switched on over time, by year, month or day; each state's full coverage",
  help: rolloutHelp,
  run(args, context) {
    const options = {
      state: { type: "string" },
      by: { type: "string" },
      from: { type: "string" },
      to: { type: "string" },
      states: { type: "boolean" },
      csv: { type: "boolean" },
    } as const;
    const { parsed, answer } = commandArgs(rolloutCommand, args, options, context);
    if (answer !== undefined) return answer;
    const { values, positionals } = parsed;
    noPositionals("rollout", positionals);
    const { asJson, asCsv } = outputFlags(values);
    if (flag(values, "states")) {
      for (const name of ["state", "by", "from", "to"]) {
        if (values[name] !== undefined) throw usage(`--states with --${name}: expected --states alone (with --json or --csv)`);
      }
      const rows = fullCoverage();
      if (asJson) return success(json(rows.map(({ id, name, counties, date }) => ({ state: id, name, counties, fullCoverage: date }))));
      if (asCsv)
        return success(
          csv(
            ["state", "name", "counties", "full_coverage"],
            rows.map((row) => [row.id, row.name, row.counties, row.date]),
          ),
        );
      return success(
        lines(
          bold(context, "Every county switched on: the day of each state's last activation"),
          ...table(
            [
              ["full coverage", "state", "counties"],
              ...rows.map((row) => [row.date, `${row.name} (${row.usps})`, groupDigits(row.counties)]),
            ],
            ["left", "left", "right"],
          ).map((line, index) => (index === 0 ? bold(context, line) : line)),
        ),
      );
    }
    const by = stringOption(values, "by") ?? "year";
    if (!oneOf(by, rolloutSteps)) throw usage(`unknown --by ${shown(by)}: expected ${orList(rolloutSteps)}`);
    const from = dateOption(values, "from");
    const to = dateOption(values, "to");
    const stateText = stringOption(values, "state");
    const state = stateText === undefined ? undefined : stateOption(stateText);
    const points = fromHelper("bad rollout query", () =>
      rolloutProgress({
        by,
        ...(state === undefined ? {} : { state: state.id }),
        ...(from === undefined ? {} : { from }),
        ...(to === undefined ? {} : { to }),
      }),
    );
    if (asJson) return success(json(points));
    if (asCsv) return success(csv(["period", "status", "activated", "activated_during", "total", "fraction"], points.map(csvRow)));
    const total = points[0]?.total ?? 0;
    const where = state === undefined ? "the nation" : state.name;
    const rows = points.map((point) => [
      point.period,
      point.status,
      countText(point.activated),
      point.activatedDuring === null ? "" : `+${groupDigits(point.activatedDuring)}`,
      percent(point.fraction, 1),
      bar(point.fraction),
    ]);
    const out = [
      bold(context, `Counties switched on in ${where} (${groupDigits(total)} counties), by ${by}`),
      ...table(
        [["period", "status", "switched on", "added", "percent", ""], ...rows],
        ["left", "left", "right", "right", "right", "left"],
        [undefined, undefined, undefined, (cell) => dim(context, cell)],
      ).map((line, index) => (index === 0 ? bold(context, line) : line)),
    ];
    if (state !== undefined) {
      const date = fullCoverage().find((row) => row.id === state.id)?.date;
      if (date !== undefined) out.push(dim(context, `Every county of ${state.name} switched on by ${date}.`));
    }
    if (points.some((point) => point.status === "unknown")) {
      out.push(dim(context, `unknown: ${unknownReason}.`));
    }
    return success(lines(...out));
  },
};

function csvRow(point: RolloutPoint): (string | number | null)[] {
  return [point.period, point.status, point.activated, point.activatedDuring, point.total, point.fraction];
}

function rolloutHelp(context: Context): string {
  const heading = (text: string) => bold(context, text);
  const example = (text: string) => `  ${dim(context, "$")} ${program} ${text}`;
  const common = [
    "  --json              Print machine output (JSON)",
    "  --csv               Print CSV (RFC 4180) instead of text",
    "  -h, --help          Show this help",
  ];
  return lines(
    `${heading("Usage:")} ${program} rollout [--state STATE] [--by year|month|day] [--from DATE] [--to DATE] [--json|--csv]`,
    `       ${program} rollout --states [--json|--csv]`,
    "",
    "Counties switched on over time: one row a period with its status, the counties switched on by",
    "its last day, those added in it (from its first day to its last), the percent of all counties",
    "and a bar. Counties stay switched on after the discontinuation of 2014-11-20 (the Priority",
    "Enforcement Program and the reinstated program used the same fingerprints); a period that",
    "reaches 2021-01-20, when Executive Order 13768 was revoked, is unknown.",
    "",
    heading("Options:"),
    "  --state STATE       One state (USPS code, FIPS code, id or name); default the nation",
    "  --by year|month|day One row a year (default), a month or a day",
    "  --from DATE         First period (default: that of the first activation)",
    "  --to DATE           Last period (default: that of the last activation)",
    "  --states            Each state's full coverage: the day its last county was switched on",
    ...common,
    "",
    heading("Examples:"),
    example("rollout"),
    example("rollout --state TX --by month"),
    example("rollout --by day --from 2010-06-20 --to 2010-06-25"),
    example("rollout --states --csv"),
  );
}
