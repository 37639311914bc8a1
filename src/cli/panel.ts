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

import { parseArgs } from "node:util";
import { type ActivationPanel, activationPanel, type PanelPeriod, type PanelRow, type PanelUnit } from "../panel.js";
import type { CliCommand, CliEnvironment, CliResult } from "./command.js";

const program = "secure-communities";
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

class UsageError extends Error {}

/** What the arguments ask for: help, or a panel in a format. */
type Plan = { readonly help: true } | { readonly help: false; readonly panel: ActivationPanel; readonly format: "csv" | "json" };

const options = {
  unit: { type: "string" },
  by: { type: "string" },
  from: { type: "string" },
  to: { type: "string" },
  format: { type: "string" },
  json: { type: "boolean" },
  "treated-as-of-month": { type: "string" },
  threshold: { type: "string" },
  "new-york-city": { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

/** A number option's value: the text must be a plain decimal number, else a usage error naming it. */
function numberOption(values: Record<string, string | boolean | undefined>, name: string, expected: string): number | undefined {
  const text = values[name] as string | undefined;
  if (text === undefined) return undefined;
  if (!/^\d+(\.\d+)?$/.test(text)) throw new UsageError(`bad --${name} ${JSON.stringify(text.slice(0, 80))}: expected ${expected}`);
  return Number(text);
}

const units: readonly PanelUnit[] = ["county", "state", "nation"];
const periods: readonly PanelPeriod[] = ["day", "week", "month", "quarter", "year"];

function orList(values: readonly string[]): string {
  return `${values.slice(0, -1).join(", ")} or ${values[values.length - 1]}`;
}

function plan(args: readonly string[]): Plan {
  if (args.includes("--help") || args.includes("-h")) return { help: true };
  let values: Record<string, string | boolean | undefined>;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({ args: [...args], options, allowPositionals: true, strict: true }));
  } catch (error) {
    const quoted = /'([^']+)'/.exec(error instanceof Error ? error.message : "")?.[1] ?? "";
    const code = (error as { code?: unknown }).code;
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
      throw new UsageError(
        `unknown option ${quoted} for panel: expected --unit, --by, --from, --to, --format, --json, --treated-as-of-month, --threshold, --new-york-city or --help`,
      );
    }
    throw new UsageError(`missing value for ${quoted.split(" ")[0] ?? quoted}: expected an option followed by its value`);
  }
  const [extra] = positionals;
  if (extra !== undefined)
    throw new UsageError(`unexpected argument ${JSON.stringify(extra)} for panel: expected options only (see ${program} panel --help)`);
  const unit = (values["unit"] as string | undefined) ?? "county";
  if (!(units as readonly string[]).includes(unit)) throw new UsageError(`unknown --unit ${unit}: expected ${orList(units)}`);
  const by = (values["by"] as string | undefined) ?? "month";
  if (!(periods as readonly string[]).includes(by)) throw new UsageError(`unknown --by ${by}: expected ${orList(periods)}`);
  const format = (values["format"] as string | undefined) ?? (values["json"] === true ? "json" : "csv");
  if (!(formats as readonly string[]).includes(format)) throw new UsageError(`unknown --format ${format}: expected ${orList(formats)}`);
  if ((format as Format) === "parquet") {
    throw new UsageError(
      "--format parquet is not written by the command line, which has no dependencies: the county-by-month panel ships as " +
        "data/published/panel-county-month.parquet in the package; for another panel, write CSV and convert it: " +
        `duckdb -c "COPY (FROM 'panel.csv') TO 'panel.parquet'"`,
    );
  }
  const from = values["from"] as string | undefined;
  const to = values["to"] as string | undefined;
  const treatedAsOfMonth = numberOption(values, "treated-as-of-month", "a month from 1 to 12");
  const threshold = numberOption(values, "threshold", "a fraction from 0 to 1");
  const newYorkCity = values["new-york-city"] as string | undefined;
  if (newYorkCity !== undefined && newYorkCity !== "boroughs" && newYorkCity !== "one-unit")
    throw new UsageError(`unknown --new-york-city ${JSON.stringify(newYorkCity.slice(0, 80))}: expected boroughs or one-unit`);
  try {
    const panel = activationPanel({
      unit: unit as PanelUnit,
      by: by as PanelPeriod,
      from,
      to,
      treatedAsOfMonth,
      threshold,
      newYorkCity: newYorkCity as "boroughs" | "one-unit" | undefined,
    });
    return { help: false, panel, format: format as "csv" | "json" };
  } catch (error) {
    if (error instanceof RangeError || error instanceof TypeError) {
      const expected = /^Expected (.*?), got /s.exec(error.message)?.[1] ?? error.message;
      throw new UsageError(
        `bad panel window${from === undefined ? "" : ` --from ${from}`}${to === undefined ? "" : ` --to ${to}`}: expected ${expected}`,
      );
    }
    throw error;
  }
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
 * @param _environment - Unused: the output has no colour.
 * @returns Exit code 0 with the panel; 2 on bad usage (and for `--format parquet`).
 * @throws Never.
 * @example
 * ```ts
 * panelCommand(["--unit", "nation", "--by", "year", "--from", "2010", "--to", "2010"]).stdout.split("\n")[1];
 * // => "nation,us,,,2010,2010-01-01,2010-12-31,41,false,0.13080862451457687,895,3143,0.2847597836461979,2013-01-22,2013,0,-3"
 * ```
 */
export function panelCommand(args: readonly string[], _environment: CliEnvironment = {}): CliResult {
  try {
    const planned = plan(args);
    if (planned.help) return { exitCode: 0, stdout: panelHelp(), stderr: "" };
    let stdout = "";
    for (const chunk of panelChunks(planned.panel, planned.format)) stdout += chunk;
    return { exitCode: 0, stdout, stderr: "" };
  } catch (error) {
    return failure(error);
  }
}

function failure(error: unknown): CliResult {
  if (error instanceof UsageError) return { exitCode: 2, stdout: "", stderr: `${program}: ${error.message}\n` };
  const message = error instanceof Error ? error.message : String(error);
  return { exitCode: 1, stdout: "", stderr: `${program}: unexpected error: ${message.replace(/\s+/g, " ")}\n` };
}

/** Where the streaming command writes: stdout and stderr as Node gives them. */
export interface PanelStreams {
  readonly stdout: NodeJS.WritableStream & { readonly writableNeedDrain?: boolean };
  readonly stderr: NodeJS.WritableStream & { readonly isTTY?: boolean; readonly columns?: number };
  /** The clock for the progress bar, in milliseconds (default `performance.now`). */
  readonly now?: () => number;
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
    const result = failure(error);
    stderr.write(result.stderr);
    return result.exitCode;
  }
  if (planned.help) {
    stdout.write(panelHelp());
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
  run: (args) => panelCommand(args),
};
