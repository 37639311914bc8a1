/**
 * `secure-communities panel`: the activation panel ({@link activationPanel}) as CSV or JSON on
 * stdout, streamed in chunks so that the county-by-day panel (about 7 million rows) never sits
 * in memory, with a progress bar on stderr when stderr is a terminal and the work runs past a
 * second.
 *
 * `--format parquet` is not written here: the runtime has no dependencies and carries no Parquet
 * writer. The county-by-month panel ships as `data/published/panel-county-month.parquet`; any
 * other panel converts from CSV in one DuckDB statement, which the message prints.
 *
 * @module
 */

import { type ActivationPanel, activationPanel, type PanelPeriod, type PanelRow, type PanelUnit } from "../panel.js";
import {
  commonOptions,
  flag,
  noPositionals,
  type OptionSpec,
  type OptionValues,
  oneOf,
  orList,
  parse,
  stringOption,
  wantsHelp,
} from "./args.js";
import { type CliCommand, type CliEnvironment, type CliResult, program } from "./command.js";
import { failureResult, fromHelper, shown, usage } from "./failure.js";
import { contextOf } from "./output.js";

const formats = ["csv", "json", "parquet"] as const;
type Format = (typeof formats)[number];

/** The CSV header: the row's fields in snake case, as in the published Parquet panel. */
export const panelCsvHeader =
  "unit,id,fips,state,period,period_start,period_end,period_index,active,active_days_fraction,active_counties,counties,active_counties_fraction,activation_date,cohort,cohort_index,event_time,first_treated_year,wave_size,agreement_date,periods_from_agreement,border,treated_as_of,at_threshold";

/** Characters of text gathered before a chunk is handed to stdout. */
const chunkSize = 1 << 16;

/** A cell: empty for null, and an indicator as 0 or 1, so that R's read.csv and Stata's import delimited read numbers. */
const cell = (value: number | boolean | string | null): string =>
  value === null ? "" : value === true ? "1" : value === false ? "0" : String(value);

/**
 * Text of the fractions already written. A county's fraction of a period's days is one of a few
 * values (k / days in the period), and writing a double as text is the costliest part of a line.
 */
const fractionTexts = new Map<number, string>();
const mostFractionTexts = 1 << 14;

function fractionCell(value: number | null): string {
  if (value === null) return "";
  if (value === 0) return "0";
  if (value === 1) return "1";
  let text = fractionTexts.get(value);
  if (text === undefined) {
    text = String(value);
    if (fractionTexts.size < mostFractionTexts) fractionTexts.set(value, text);
  }
  return text;
}

/**
 * One CSV line of a row, without its line end. No field of a panel holds a comma, a quote or
 * a line break (codes, ids, dates, labels and numbers), so nothing is quoted.
 */
export function panelCsvLine(row: PanelRow): string {
  // Rows come unit by unit and share their periods, so the unit's and the period's cells are
  // written once and reused.
  if (row.id !== lastUnit.id || row.unit !== lastUnit.unit) {
    lastUnit.id = row.id;
    lastUnit.unit = row.unit;
    lastUnit.text = `${row.unit},${row.id},${cell(row.fips)},${cell(row.state)},`;
  }
  let period = periodTexts.get(row.period);
  if (period === undefined || period.start !== row.periodStart) {
    period = { start: row.periodStart, text: `${row.period},${row.periodStart},${row.periodEnd},${row.periodIndex},` };
    if (periodTexts.size < mostFractionTexts) periodTexts.set(row.period, period);
  }
  return `${lastUnit.text}${period.text}${cell(row.active)},${fractionCell(row.activeDaysFraction)},${cell(row.activeCounties)},${row.counties},${fractionCell(row.activeCountiesFraction)},${row.activationDate},${row.cohort},${row.cohortIndex},${cell(row.eventTime)},${row.firstTreatedYear},${row.waveSize},${cell(row.agreementDate)},${cell(row.periodsFromAgreement)},${cell(row.border)},${cell(row.treatedAsOf)},${cell(row.atThreshold)}`;
}

const lastUnit = { id: "", unit: "", text: "" };
const periodTexts = new Map<string, { readonly start: string; readonly text: string }>();

/**
 * The panel as text in chunks of about 64 KB: CSV with a header, or a JSON array with one row a
 * line (the row's fields as {@link PanelRow} names them). `onRows` hears how many rows each
 * chunk holds.
 */
export function* panelChunks(panel: ActivationPanel, format: "csv" | "json", onRows?: (rows: number) => void): Generator<string> {
  let text = format === "csv" ? `${panelCsvHeader}\n` : "[";
  let rows = 0;
  let first = true;
  for (const row of panel) {
    if (format === "csv") text += `${panelCsvLine(row)}\n`;
    else {
      text += `${first ? "\n" : ",\n"}${JSON.stringify(row)}`;
      first = false;
    }
    rows += 1;
    if (text.length >= chunkSize) {
      yield text;
      onRows?.(rows);
      text = "";
      rows = 0;
    }
  }
  if (format === "json") text += first ? "]\n" : "\n]\n";
  yield text;
  onRows?.(rows);
}

// ---------------------------------------------------------------------------------------------
// Arguments
// ---------------------------------------------------------------------------------------------

/** What the arguments ask for: help, the version, or a panel in a format. */
type Plan =
  | { readonly kind: "help" }
  | { readonly kind: "version" }
  | { readonly kind: "panel"; readonly panel: ActivationPanel; readonly format: "csv" | "json" };

const options = {
  unit: { type: "string" },
  by: { type: "string" },
  from: { type: "string" },
  to: { type: "string" },
  format: { type: "string" },
  "treated-as-of-month": { type: "string" },
  threshold: { type: "string" },
  "new-york-city": { type: "string" },
} as const satisfies OptionSpec;

/** A number option's value: the text must be a plain decimal number, else a usage error naming it. */
function numberOption(values: OptionValues, name: string, expected: string): number | undefined {
  const text = stringOption(values, name);
  if (text === undefined) return undefined;
  if (!/^\d+(\.\d+)?$/.test(text)) throw usage(`bad --${name} ${shown(text)}: expected ${expected}`);
  return Number(text);
}

const units: readonly PanelUnit[] = ["county", "state", "nation"];
const periods: readonly PanelPeriod[] = ["day", "week", "month", "quarter", "year"];
const newYorkCityForms = ["boroughs", "one-unit"] as const;

/**
 * The arguments read by the machinery every command shares (src/cli/args.ts): an unknown option,
 * an option given twice, an argument, `--json` against another `--format` are bad usage, and every
 * value a message echoes is escaped and cut.
 */
function plan(args: readonly string[]): Plan {
  if (wantsHelp(args)) return { kind: "help" };
  const { values, positionals } = parse("panel", args, { ...options, ...commonOptions });
  if (flag(values, "version")) return { kind: "version" };
  noPositionals("panel", positionals);
  const unit = stringOption(values, "unit") ?? "county";
  if (!oneOf(unit, units)) throw usage(`unknown --unit ${shown(unit)}: expected ${orList(units)}`);
  const by = stringOption(values, "by") ?? "month";
  if (!oneOf(by, periods)) throw usage(`unknown --by ${shown(by)}: expected ${orList(periods)}`);
  const formatText = stringOption(values, "format");
  if (formatText !== undefined && !oneOf(formatText, formats))
    throw usage(`unknown --format ${shown(formatText)}: expected ${orList(formats)}`);
  const asJson = flag(values, "json");
  if (asJson && formatText !== undefined && formatText !== "json") throw usage(`--json with --format ${formatText}: expected one of them`);
  const format: Format = formatText ?? (asJson ? "json" : "csv");
  if (format === "parquet") {
    throw usage(
      "--format parquet is not written by the command line, which has no dependencies: the county-by-month panel ships as " +
        "data/published/panel-county-month.parquet in the package; for another panel, write CSV and convert it: " +
        `duckdb -c "COPY (FROM 'panel.csv') TO 'panel.parquet'"`,
    );
  }
  const from = stringOption(values, "from");
  const to = stringOption(values, "to");
  const treatedAsOfMonth = numberOption(values, "treated-as-of-month", "a month from 1 to 12");
  const threshold = numberOption(values, "threshold", "a fraction from 0 to 1");
  const newYorkCity = stringOption(values, "new-york-city");
  if (newYorkCity !== undefined && !oneOf(newYorkCity, newYorkCityForms))
    throw usage(`unknown --new-york-city ${shown(newYorkCity)}: expected ${orList(newYorkCityForms)}`);
  const window = `${from === undefined ? "" : ` --from ${shown(from)}`}${to === undefined ? "" : ` --to ${shown(to)}`}`;
  const panel = fromHelper(`bad panel window${window}`, () =>
    activationPanel({ unit, by, from, to, treatedAsOfMonth, threshold, newYorkCity }),
  );
  return { kind: "panel", panel, format };
}

/**
 * The help of `secure-communities panel`.
 *
 * @returns The help text, ending with a newline.
 */
export function panelHelp(): string {
  return `Usage: ${program} panel [--unit county|state|nation] [--by day|week|month|quarter|year]
                         [--from DATE] [--to DATE] [--format csv|json]
                         [--treated-as-of-month M] [--threshold F] [--new-york-city one-unit]

A treatment panel of the rollout for a staggered-adoption design: one row a unit and period with
whether it was switched on by the period's last day (active), the fraction of the period's days it
was on, its first-treated cohort (cohort, cohort_index; 0 when after the window, as R's did reads
first.treat = 0) and the event time. Periods that reach 2021-01-20 (Executive Order 13768 revoked) are
unknown (empty). Each row also has the first treated year, the size of the activation wave (counties
switched on that day nationwide), the state's agreement date with ICE and the periods from it, and
the border flag. Indicators are written 0 or 1 in CSV, so that R and Stata read numbers.
The output streams, so a county-by-day panel (about 7 million rows) fits any pipe.

Options:
  --unit UNIT         county (default; the 3,143 counties), state (switched on when all its
                      counties were) or nation
  --by PERIOD         day, week (ISO, Monday to Sunday), month (default), quarter or year
  --from DATE         First period: the one holding this date (default: that of the first
                      activation, 2008-10-27); YYYY, YYYY-MM or YYYY-MM-DD
  --to DATE           Last period: the one holding this date (default: that of the last
                      activation, 2013-01-22)
  --format FORMAT     csv (default; a header, one row a line) or json (an array, one row a line).
                      parquet is not written here: the package ships the county-by-month panel as
                      data/published/panel-county-month.parquet
  --json              The same as --format json
  --treated-as-of-month M
                      Fill treated_as_of: switched on by the end of month M (1-12) of the period's
                      year (East et al.'s SC_jan is 1, SC_march 3)
  --threshold F       Fill at_threshold: active_days_fraction of at least F (0 to 1)
  --new-york-city one-unit
                      With --unit county, the five boroughs as one unit, city-3651000
  -h, --help          Show this help

A progress bar shows on stderr when stderr is a terminal and the work runs past a second.

Examples:
  $ ${program} panel --unit county --by month --from 2008-10 --to 2013-01 > panel.csv
  $ ${program} panel --unit state --by quarter --format json
  $ ${program} panel --by year --treated-as-of-month 1 --threshold 0.5 --new-york-city one-unit
`;
}

// ---------------------------------------------------------------------------------------------
// Running it
// ---------------------------------------------------------------------------------------------

/**
 * `secure-communities panel` run in process, its output gathered into one string: what
 * `runCli(["panel", ...])` returns. The binary streams instead ({@link streamPanelCommand}).
 *
 * @param args - The arguments after the command name.
 * @param environment - Only its `version` is read (for `--version`): the output has no colour.
 * @returns Exit code 0 with the panel; 2 on bad usage (and for `--format parquet`).
 * @throws Never.
 * @example
 * ```ts
 * panelCommand(["--unit", "nation", "--by", "year", "--from", "2010", "--to", "2010"]).stdout.split("\n")[1];
 * // => "nation,us,,,2010,2010-01-01,2010-12-31,41,false,0.13080862451457687,895,3143,0.2847597836461979,2013-01-22,2013,0,-3"
 * ```
 */
export function panelCommand(args: readonly string[], environment: CliEnvironment = {}): CliResult {
  return panelResult(args, contextOf(environment).version);
}

function panelResult(args: readonly string[], version: () => string): CliResult {
  try {
    const planned = plan(args);
    if (planned.kind === "help") return { exitCode: 0, stdout: panelHelp(), stderr: "" };
    if (planned.kind === "version") return { exitCode: 0, stdout: `${version()}\n`, stderr: "" };
    let stdout = "";
    for (const chunk of panelChunks(planned.panel, planned.format)) stdout += chunk;
    return { exitCode: 0, stdout, stderr: "" };
  } catch (error) {
    return failureResult(error);
  }
}

/** Where the streaming command writes: stdout and stderr as Node gives them. */
export interface PanelStreams {
  readonly stdout: NodeJS.WritableStream & { readonly writableNeedDrain?: boolean };
  readonly stderr: NodeJS.WritableStream & { readonly isTTY?: boolean; readonly columns?: number };
  /** The clock for the progress bar, in milliseconds (default `performance.now`). */
  readonly now?: () => number;
  /** The package version, for `--version` (default `"unknown"`). */
  readonly version?: () => string;
}

/** Milliseconds of work before the progress bar shows, and between two of its updates. */
const progressDelay = 1000;
const progressInterval = 100;

function progressLine(done: number, total: number, columns: number): string {
  const fraction = total === 0 ? 1 : done / total;
  const label = ` ${Math.floor(fraction * 100)}% ${done.toLocaleString("en-US")} of ${total.toLocaleString("en-US")} rows`;
  const width = Math.max(10, Math.min(40, columns - label.length - 3));
  const filled = Math.round(fraction * width);
  return `\r[${"#".repeat(filled)}${"-".repeat(width - filled)}]${label}`;
}

/**
 * `secure-communities panel` writing to streams: the panel goes to stdout chunk by chunk, each
 * written only when stdout has drained the one before, so memory stays flat whatever the size. A
 * closed pipe (`| head`) ends the work quietly with exit code 0.
 *
 * @param args - The arguments after the command name.
 * @param streams - stdout, stderr (a terminal gets the progress bar) and the clock.
 * @returns The exit code: 0 success (or a closed pipe), 1 a write failed, 2 bad usage.
 * @throws Never.
 */
export async function streamPanelCommand(args: readonly string[], streams: PanelStreams): Promise<number> {
  const { stdout, stderr } = streams;
  const now = streams.now ?? (() => performance.now());
  let planned: Plan;
  try {
    planned = plan(args);
  } catch (error) {
    const result = failureResult(error);
    stderr.write(result.stderr);
    return result.exitCode;
  }
  if (planned.kind === "help" || planned.kind === "version") {
    stdout.write(planned.kind === "help" ? panelHelp() : `${streams.version?.() ?? "unknown"}\n`);
    return 0;
  }
  const total = planned.panel.size;
  const started = now();
  let done = 0;
  let shown = false;
  let lastShown = 0;
  const showProgress = stderr.isTTY === true;
  let closed: NodeJS.ErrnoException | undefined;
  const onError = (error: NodeJS.ErrnoException) => {
    closed = error;
  };
  stdout.on("error", onError);
  try {
    for (const chunk of panelChunks(planned.panel, planned.format, (rows) => {
      done += rows;
    })) {
      if (closed !== undefined) break;
      if (!stdout.write(chunk)) {
        await new Promise<void>((resolve) => {
          const settle = () => {
            stdout.off("drain", settle);
            stdout.off("error", settle);
            stdout.off("close", settle);
            resolve();
          };
          stdout.on("drain", settle);
          stdout.on("error", settle);
          stdout.on("close", settle);
        });
      }
      if (showProgress) {
        const time = now();
        if (time - started >= progressDelay && time - lastShown >= progressInterval) {
          stderr.write(progressLine(done, total, stderr.columns ?? 80));
          shown = true;
          lastShown = time;
        }
      }
    }
  } finally {
    stdout.off("error", onError);
    if (shown) stderr.write(`${progressLine(done, total, stderr.columns ?? 80)}\n`);
  }
  if (closed !== undefined && closed.code !== "EPIPE") {
    stderr.write(`${program}: cannot write the output: ${closed.message}\n`);
    return 1;
  }
  return 0;
}

/** The `panel` command as the dispatcher lists it; the binary streams it instead (see `cli.ts`). */
export const panelListing: CliCommand = {
  name: "panel",
  synopsis: "panel",
  summary: "A unit-by-period treatment panel for research, as CSV or JSON (streamed)",
  help: () => panelHelp(),
  run: (args, context) => panelResult(args, context.version),
};
