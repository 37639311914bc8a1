/**
 * The logic of the `secure-communities` command line, kept pure so that tests can call it in
 * process: every function takes the arguments and the environment and returns the text for
 * stdout and stderr with the exit code. Nothing here writes, exits or reads the clock.
 *
 * Exit codes: 0 success, 1 a place or statistic not found (or a name that matches several
 * places), 2 bad usage (unknown command or option, missing argument, bad value), with a one-line
 * message on stderr that says what was expected.
 *
 * @module
 */

import { parseArgs } from "node:util";
import { panelCommand, panelHelp } from "../cli/panel.js";
import { activations } from "../generated/activations.js";
import { events } from "../generated/events.js";
import { sources } from "../generated/sources.js";
import { statistics } from "../generated/statistics.js";
import type { Citation, Jurisdiction, QualifiedCount, Statistic, TimelineEvent } from "../generated/types.js";
import { eventCategories, eventKinds } from "../generated/values.js";
import { isPartialDate, parsePartialDate } from "../partial-date.js";
import {
  type ActivationStatus,
  findJurisdictions,
  getJurisdiction,
  type ParticipationStatusResult,
  participationStatus,
  rolloutProgress,
} from "../participation.js";
import { type StatisticPercentagesResult, statisticPercentages } from "../percentages.js";
import { type ActivationEvents, eventsBetween } from "../timeline.js";

// ---------------------------------------------------------------------------------------------
// Public shapes
// ---------------------------------------------------------------------------------------------

/**
 * What the command line reads from its surroundings; everything is optional.
 */
export interface CliEnvironment {
  /** Environment variables; only `NO_COLOR` is read (set to any value, it turns colour off). */
  readonly env?: Readonly<Record<string, string | undefined>> | undefined;
  /** Whether stdout is a terminal; colour is used only then (default `false`). */
  readonly isTTY?: boolean | undefined;
  /** The package version for `--version`, or a function that reads it (called only then). */
  readonly version?: string | (() => string) | undefined;
}

/**
 * What a command produced: the text for stdout and stderr (each empty or ending with a newline)
 * and the exit code.
 */
export interface CliResult {
  /** 0 success, 1 not found or ambiguous, 2 bad usage. */
  readonly exitCode: number;
  /** Text for stdout. */
  readonly stdout: string;
  /** Text for stderr. */
  readonly stderr: string;
}

/** The commands, in the order the help lists them. */
const commandNames = ["status", "timeline", "stats", "rollout", "panel", "sources"] as const;
type CommandName = (typeof commandNames)[number];

const program = "secure-communities";

// ---------------------------------------------------------------------------------------------
// Errors: a usage error exits 2, a miss exits 1; both print one line on stderr
// ---------------------------------------------------------------------------------------------

class CliFailure extends Error {
  readonly exitCode: 1 | 2;
  /** Text for stdout that goes with the failure (the candidates of an ambiguous name). */
  readonly stdout: string;

  constructor(exitCode: 1 | 2, message: string, stdout = "") {
    super(message);
    this.name = "CliFailure";
    this.exitCode = exitCode;
    this.stdout = stdout;
  }
}

function usage(message: string): CliFailure {
  return new CliFailure(2, message);
}

function notFound(message: string, stdout = ""): CliFailure {
  return new CliFailure(1, message, stdout);
}

/**
 * Call a helper and turn its `Expected <what>, got <value>` errors into a usage error that reads
 * `<context>: expected <what>`.
 */
function fromHelper<T>(context: string, call: () => T): T {
  try {
    return call();
  } catch (error) {
    if (error instanceof RangeError || error instanceof TypeError) {
      const expected = /^Expected (.*?), got /s.exec(error.message)?.[1] ?? error.message;
      throw usage(`${context}: expected ${oneLine(expected)}`);
    }
    throw error;
  }
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

// ---------------------------------------------------------------------------------------------
// Output: colour only on a terminal without NO_COLOR
// ---------------------------------------------------------------------------------------------

interface Context {
  readonly color: boolean;
  readonly version: () => string;
}

function contextOf(environment: CliEnvironment): Context {
  const { NO_COLOR: noColor } = environment.env ?? {};
  const { version } = environment;
  return {
    color: environment.isTTY === true && noColor === undefined,
    version: typeof version === "function" ? version : () => version ?? "unknown",
  };
}

function bold(context: Context, text: string): string {
  return context.color ? `\u001b[1m${text}\u001b[22m` : text;
}

function dim(context: Context, text: string): string {
  return context.color ? `\u001b[2m${text}\u001b[22m` : text;
}

function success(stdout: string): CliResult {
  return { exitCode: 0, stdout, stderr: "" };
}

function lines(...parts: readonly string[]): string {
  return `${parts.join("\n")}\n`;
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Number of characters as a terminal shows them (code points; the data has no wide characters). */
function width(text: string): number {
  return Array.from(text).length;
}

function padEnd(text: string, size: number): string {
  return text + " ".repeat(Math.max(0, size - width(text)));
}

function padStart(text: string, size: number): string {
  return " ".repeat(Math.max(0, size - width(text))) + text;
}

type Align = "left" | "right";

/**
 * Lay out rows in columns two spaces apart. The last column is not padded. `styles` style a
 * column's cells after padding, so colour codes do not upset the widths.
 */
function table(
  rows: readonly (readonly string[])[],
  align: readonly Align[] = [],
  styles: readonly (((text: string) => string) | undefined)[] = [],
): string[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, index) => {
      widths[index] = Math.max(widths[index] ?? 0, width(cell));
    });
  }
  return rows.map((row) =>
    row
      .map((cell, index) => {
        const last = index === row.length - 1;
        const size = widths[index] ?? 0;
        const padded = align[index] === "right" ? padStart(cell, size) : last ? cell : padEnd(cell, size);
        const style = styles[index];
        return style === undefined ? padded : style(padded);
      })
      .join("  ")
      .trimEnd(),
  );
}

/** `14100` → `"14,100"`, without depending on the runtime's locale data. */
function groupDigits(value: number): string {
  const [whole = "", fraction] = String(value).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

const qualifierWords: Record<QualifiedCount["qualifier"], string> = {
  exact: "",
  "more-than": "more than ",
  almost: "almost ",
  about: "about ",
};

/** `{ value: 4600, qualifier: "more-than" }` → `"more than 4,600"`. */
function qualifiedText(count: QualifiedCount): string {
  return `${qualifierWords[count.qualifier]}${groupDigits(count.value)}`;
}

function percent(share: number, decimals: number): string {
  return `${(share * 100).toFixed(decimals)}%`;
}

// ---------------------------------------------------------------------------------------------
// Arguments
// ---------------------------------------------------------------------------------------------

type OptionSpec = Readonly<Record<string, { readonly type: "string" | "boolean"; readonly multiple?: boolean; readonly short?: string }>>;
type OptionValues = Readonly<Record<string, string | boolean | readonly (string | boolean)[] | undefined>>;

interface Parsed {
  readonly values: OptionValues;
  readonly positionals: readonly string[];
}

const commonOptions = {
  json: { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean" },
} as const satisfies OptionSpec;

/** What the top level accepts before (or without) a command. */
const topOptions = {
  help: { type: "boolean", short: "h" },
  version: { type: "boolean" },
  json: { type: "boolean" },
} as const satisfies OptionSpec;

/** The options a usage message lists; a command's `--version` works but is not advertised. */
function optionList(options: OptionSpec, command: CommandName | undefined): string {
  const names = Object.keys(options).filter((name) => command === undefined || name !== "version");
  return orList(names.map((name) => `--${name}`));
}

function parse(command: CommandName | undefined, args: readonly string[], options: OptionSpec): Parsed {
  try {
    const { values, positionals } = parseArgs({ args: [...args], options: { ...options }, allowPositionals: true, strict: true });
    return { values: values as OptionValues, positionals };
  } catch (error) {
    throw parseFailure(command, error, options);
  }
}

/** Turn `node:util` `parseArgs` errors into one-line usage errors. */
function parseFailure(command: CommandName | undefined, error: unknown, options: OptionSpec): unknown {
  if (!(error instanceof TypeError)) return error;
  const code = (error as { code?: unknown }).code;
  const quoted = /'([^']+)'/.exec(error.message)?.[1] ?? "";
  const where = command === undefined ? "" : ` for ${command}`;
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    return usage(`unknown option ${quoted}${where}: expected ${optionList(options, command)}`);
  }
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    const name = quoted.split(" ")[0] ?? quoted;
    const spec = options[name.replace(/^-+/, "")];
    if (spec?.type === "boolean") return usage(`option ${name} takes no value: expected ${name} alone`);
    const dash = error.message.includes("ambiguous") ? ` (write ${name}=VALUE for a value that starts with -)` : "";
    return usage(`missing value for ${name}: expected ${name} ${valueName(name)}${dash}`);
  }
  return usage(oneLine(error.message));
}

function valueName(option: string): string {
  const names: Record<string, string> = {
    "--as-of": "DATE",
    "--from": "DATE",
    "--to": "DATE",
    "--state": "STATE",
    "--place": "PLACE",
    "--kind": "KIND",
    "--category": "CATEGORY",
    "--activations": "by-state-day|by-county",
    "--by": "year|month",
    "--decimals": "N",
  };
  return names[option] ?? "VALUE";
}

function stringOption(values: OptionValues, name: string): string | undefined {
  const value = values[name];
  return typeof value === "string" ? value : undefined;
}

function flag(values: OptionValues, name: string): boolean {
  return values[name] === true;
}

/** A repeatable option whose values may also be comma-separated: `--kind refusal,withdrawal --kind suspension`. */
function listOption(values: OptionValues, name: string): string[] | undefined {
  const value = values[name];
  if (value === undefined || typeof value === "boolean") return undefined;
  const list = typeof value === "string" ? [value] : value.filter((item): item is string => typeof item === "string");
  return list.flatMap((item) => item.split(",")).map((item) => item.trim());
}

/** `--help`/`-h` anywhere before `--` wins over every other argument. */
function wantsHelp(args: readonly string[]): boolean {
  for (const arg of args) {
    if (arg === "--") return false;
    if (arg === "--help" || arg === "-h") return true;
  }
  return false;
}

const dateExpectation = "expected YYYY, YYYY-MM or YYYY-MM-DD";

function dateOption(values: OptionValues, name: string): string | undefined {
  const value = stringOption(values, name);
  if (value !== undefined && !isPartialDate(value)) throw usage(`unknown date ${value}: ${dateExpectation}`);
  return value;
}

function oneOf<T extends string>(value: string, allowed: readonly T[]): value is T {
  return (allowed as readonly string[]).includes(value);
}

function orList(values: readonly string[]): string {
  return values.length <= 1 ? values.join("") : `${values.slice(0, -1).join(", ")} or ${values[values.length - 1]}`;
}

// ---------------------------------------------------------------------------------------------
// Places
// ---------------------------------------------------------------------------------------------

function stateOf(jurisdiction: Jurisdiction): Jurisdiction | undefined {
  if (jurisdiction.kind === "state") return jurisdiction;
  const parent = jurisdiction.parent === undefined ? undefined : getJurisdiction(jurisdiction.parent);
  return parent?.kind === "state" ? parent : undefined;
}

/** `Miami-Dade County, Florida`; a state or the nation by its name. */
function placeName(jurisdiction: Jurisdiction): string {
  if (jurisdiction.kind === "county" || jurisdiction.kind === "city") {
    const state = stateOf(jurisdiction);
    return state === undefined ? jurisdiction.fullName : `${jurisdiction.fullName}, ${state.name}`;
  }
  return jurisdiction.fullName;
}

/** The state named by `--state`, by code, id or name; a usage error otherwise. */
function stateOption(text: string): Jurisdiction {
  const expectation = `unknown state ${text}: expected a state or DC as a USPS code, FIPS code, id or name`;
  const trimmed = text.trim();
  if (trimmed.length === 0 || trimmed.length > 200) throw usage(expectation);
  const byCode = trimmed.length <= 16 ? getJurisdiction(trimmed) : undefined;
  const found = byCode?.kind === "state" ? byCode : findJurisdictions(trimmed, { kind: "state" })[0];
  if (found === undefined) throw usage(expectation);
  return found;
}

/**
 * One place from what a user typed: an id or code first (`getJurisdiction`), then a name
 * (`findJurisdictions`), narrowed by `state`. A miss or an ambiguous name is a failure that
 * exits 1; an ambiguous name prints its candidates on stdout.
 */
function resolvePlace(
  text: string,
  state: Jurisdiction | undefined,
  context: Context,
  asJson: boolean,
  narrowWith: "--state" | "comma",
): Jurisdiction {
  const trimmed = text.trim();
  if (trimmed.length === 0) throw usage("missing place: expected a name, FIPS code, USPS code or id");
  const byCode = trimmed.length <= 16 ? getJurisdiction(trimmed) : undefined;
  if (byCode !== undefined && (state === undefined || stateOf(byCode)?.id === state.id)) return byCode;
  const options = state === undefined ? {} : { state: state.id };
  const matches = fromHelper(`bad place ${JSON.stringify(text)}`, () => findJurisdictions(trimmed, options));
  const where = state === undefined ? "" : ` in ${state.name}`;
  const [first] = matches;
  if (first === undefined) {
    throw notFound(
      `no place matches ${JSON.stringify(text)}${where}: expected a county, city, state or nation by name, FIPS code, USPS code or id`,
    );
  }
  if (matches.length === 1) return first;
  const candidates = asJson
    ? json(matches)
    : lines(
        ...table(
          [["id", "name", "state"], ...matches.map((match) => [match.id, match.fullName, stateOf(match)?.name ?? ""])],
          [],
          [undefined, undefined, (cell) => dim(context, cell)],
        ).map((line, index) => (index === 0 ? bold(context, line) : line)),
      );
  const example = `${trimmed}, ${stateOf(first)?.usps ?? "IL"}`;
  const narrow =
    state !== undefined
      ? ""
      : narrowWith === "--state"
        ? " (or narrow it with --state)"
        : ` (or add its state, as in ${JSON.stringify(example)})`;
  throw notFound(`${JSON.stringify(text)} matches ${matches.length} places${where}: pick one by id or FIPS code${narrow}`, candidates);
}

// ---------------------------------------------------------------------------------------------
// Sources
// ---------------------------------------------------------------------------------------------

const sourcesById = new Map<string, (typeof sources)[number]>();

function sourceTitle(id: string): string {
  if (sourcesById.size === 0) for (const source of sources) sourcesById.set(source.id, source);
  return sourcesById.get(id)?.title ?? "(not in the bibliography)";
}

/** The distinct source ids of citations, in order of first appearance. */
function sourceIds(citations: Iterable<Citation>): string[] {
  const ids = new Set<string>();
  for (const citation of citations) ids.add(citation.source);
  return [...ids];
}

function sourceLines(context: Context, ids: readonly string[]): string[] {
  if (ids.length === 0) return [`  ${dim(context, "none")}`];
  return table(
    ids.map((id) => [id, sourceTitle(id)]),
    [],
    [(cell) => dim(context, cell)],
  ).map((line) => `  ${line}`);
}

// ---------------------------------------------------------------------------------------------
// Help
// ---------------------------------------------------------------------------------------------

const activationModes = ["by-state-day", "by-county", "none"] as const satisfies readonly ActivationEvents[];
const rolloutSteps = ["year", "month"] as const;

/** Wrap words to lines of at most `size` characters, each after `indent`. */
function wrap(words: readonly string[], indent: string, size = 96): string[] {
  const result: string[] = [];
  let line = "";
  for (const word of words) {
    if (line !== "" && width(indent + line) + 1 + width(word) > size) {
      result.push(indent + line);
      line = word;
    } else {
      line = line === "" ? word : `${line} ${word}`;
    }
  }
  if (line !== "") result.push(indent + line);
  return result;
}

function topHelp(context: Context): string {
  return lines(
    `${bold(context, "Usage:")} ${program} <command> [options]`,
    "",
    "The public record of the U.S. Secure Communities program (2008-2021), from the command line.",
    "",
    bold(context, "Commands:"),
    "  status <place>   Participation status of a county, city, state or the nation as of a date",
    "  timeline         Events in date order: date, title and sources",
    "  stats [id]       Reported statistics, their categories and percentages",
    "  rollout          Counties switched on over time, by year or month",
    "  panel            A unit-by-period treatment panel for research, as CSV or JSON (streamed)",
    "  sources          The bibliography",
    "",
    bold(context, "Options:"),
    "  --json           Print machine output (JSON) instead of text; works with every command",
    "  -h, --help       Show help; `secure-communities <command> --help` for a command",
    "  --version        Print the package version",
    "",
    dim(context, "Dates are YYYY, YYYY-MM or YYYY-MM-DD; a month or a year stands for all its days."),
    dim(context, "Exit codes: 0 success, 1 place or statistic not found (or a name that matches several), 2 bad usage."),
    dim(context, "Colour only on a terminal; set NO_COLOR to turn it off."),
  );
}

function commandHelp(command: CommandName, context: Context): string {
  const heading = (text: string) => bold(context, text);
  const example = (text: string) => `  ${dim(context, "$")} ${program} ${text}`;
  const common = ["  --json              Print machine output (JSON)", "  -h, --help          Show this help"];
  switch (command) {
    case "panel":
      return panelHelp();
    case "status":
      return lines(
        `${heading("Usage:")} ${program} status <place> [--as-of DATE] [--state STATE] [--json]`,
        "",
        "The participation status of a place as of a date: its activation, the program's phase, the",
        "decisions of its own government and of its state's in force by then, and the sources.",
        "",
        heading("Arguments:"),
        '  <place>             A name ("Miami-Dade County, FL", "Cook County", "Los Angeles"), a FIPS code',
        "                      (12086), a USPS or ISO code (IL, US-IL) or an id (county-12086)",
        "",
        heading("Options:"),
        "  --as-of DATE        The date asked about: YYYY, YYYY-MM or YYYY-MM-DD",
        "                      (default: the last activation, when the rollout was complete; the output names it)",
        "  --state STATE       Narrow a name to one state: USPS code, FIPS code, id or name",
        ...common,
        "",
        "A name that matches several places prints them and exits 1; pick one by id or FIPS code.",
        "",
        heading("Examples:"),
        example('status "Miami-Dade County, FL" --as-of 2010-05'),
        example('status "Washington County" --state PA'),
        example("status IL --as-of 2011-06-07 --json"),
      );
    case "timeline":
      return lines(
        `${heading("Usage:")} ${program} timeline [--from DATE] [--to DATE] [--place PLACE [--surrounding]]`,
        "                             [--kind KIND] [--category CATEGORY] [--activations MODE] [--within] [--json]",
        "",
        "The events in date order, one a line: date, title and [source ids]. Both ends are included.",
        "",
        heading("Options:"),
        "  --from DATE         First day of the range (YYYY, YYYY-MM or YYYY-MM-DD; default: no limit)",
        "  --to DATE           Last day of the range (default: no limit)",
        "  --place PLACE       Only events that concern a place (name, FIPS code, USPS code or id)",
        "  --surrounding       With --place: also the events of its state and of the nation",
        "  --kind KIND         Only these kinds (repeat the option or separate with commas):",
        ...wrap(eventKinds, "                        "),
        `  --category CATEGORY Only these categories: ${eventCategories.join(", ")}`,
        "  --activations MODE  Merge county activations: by-state-day (one line a state and day),",
        "                      by-county (one line a county) or none (default)",
        "  --within            Keep only events whose date lies wholly inside the range (default: any overlap,",
        "                      so a month-precision event counts for a range that ends inside that month)",
        ...common,
        "",
        heading("Examples:"),
        example("timeline --from 2011-05-04 --to 2011-08-05"),
        example("timeline --place IL --category decision"),
        example("timeline --from 2008-10 --to 2008-11 --activations by-state-day"),
      );
    case "stats":
      return lines(
        `${heading("Usage:")} ${program} stats [ID] [--decimals N] [--json]`,
        "",
        "Without ID, the list of statistics (id, place, period, title). With ID, one statistic: its",
        'total, its categories with their counts as the source qualifies them ("more than 4,600"),',
        "their percentages of the total (rounded to sum to exactly 100) and the part not reported.",
        "",
        heading("Options:"),
        "  --decimals N        Decimals of each percentage: an integer from 0 to 10 (default 1)",
        ...common,
        "",
        heading("Examples:"),
        example("stats"),
        example("stats florida-2008-10-2011-02-custody --decimals 2"),
      );
    case "rollout":
      return lines(
        `${heading("Usage:")} ${program} rollout [--state STATE] [--by year|month] [--json]`,
        "",
        "Counties switched on over time: one row a period with the counties switched on by its end,",
        "those added in it, the share of all counties and a bar.",
        "",
        heading("Options:"),
        "  --state STATE       One state (USPS code, FIPS code, id or name); default the nation",
        "  --by year|month     One row a year (default) or a month",
        ...common,
        "",
        heading("Examples:"),
        example("rollout"),
        example("rollout --state TX --by month"),
      );
    case "sources":
      return lines(
        `${heading("Usage:")} ${program} sources [--json]`,
        "",
        "The bibliography: every document the data cites, with its id, publisher, title, date and address.",
        "",
        heading("Options:"),
        ...common,
        "",
        heading("Examples:"),
        example("sources"),
        example("sources --json"),
      );
  }
}

// ---------------------------------------------------------------------------------------------
// Entry point
// ---------------------------------------------------------------------------------------------

type Command = (args: readonly string[], environment?: CliEnvironment) => CliResult;

/**
 * Run the command line on its arguments (without `node` and the script path) and return what it
 * prints and its exit code. This is what the `secure-communities` binary runs.
 *
 * @param argv - The arguments, e.g. `["status", "12086", "--as-of", "2010-05"]`.
 * @param environment - `env` (for `NO_COLOR`), `isTTY` of stdout and the package `version`.
 * @returns The text for stdout and stderr and the exit code: 0 success, 1 not found or
 *   ambiguous, 2 bad usage.
 * @throws Never: unexpected errors are reported as a one-line message with exit code 1.
 * @example
 * ```ts
 * runCli(["rollout", "--by", "year"]).stdout.split("\n")[2];
 * // => "2008             14     +14    0.4%  ▏"
 * runCli(["status", "12086", "--as-of", "2010-13"]);
 * // => { exitCode: 2, stdout: "", stderr: "secure-communities: unknown date 2010-13: expected YYYY, YYYY-MM or YYYY-MM-DD\n" }
 * ```
 */
export function runCli(argv: readonly string[], environment: CliEnvironment = {}): CliResult {
  return guarded(environment, (context) => {
    const index = argv.findIndex((arg) => !arg.startsWith("-") || arg === "--" || arg === "-");
    const name = index === -1 ? undefined : argv[index];
    if (name === undefined || name === "--" || name === "-") {
      const { values } = parse(undefined, index === -1 ? argv : argv.slice(0, index), topOptions);
      if (flag(values, "help")) return success(topHelp(context));
      if (flag(values, "version")) return success(`${context.version()}\n`);
      throw usage(`missing command: expected ${orList(commandNames)} (see ${program} --help)`);
    }
    const rest = [...argv.slice(0, index), ...argv.slice(index + 1)];
    if (name === "help") {
      const [topic] = rest;
      if (topic === undefined) return success(topHelp(context));
      if (oneOf(topic, commandNames)) return success(commandHelp(topic, context));
      throw usage(`unknown command ${topic}: expected ${orList(commandNames)}`);
    }
    if (!oneOf(name, commandNames)) throw usage(`unknown command ${name}: expected ${orList(commandNames)} (see ${program} --help)`);
    return commands[name](rest, environment);
  });
}

/** Run `body`, turning failures into exit codes and one-line messages. */
function guarded(environment: CliEnvironment, body: (context: Context) => CliResult): CliResult {
  const context = contextOf(environment);
  try {
    return body(context);
  } catch (error) {
    if (error instanceof CliFailure) return { exitCode: error.exitCode, stdout: error.stdout, stderr: `${program}: ${error.message}\n` };
    const message = error instanceof Error ? error.message : String(error);
    return { exitCode: 1, stdout: "", stderr: `${program}: unexpected error: ${oneLine(message)}\n` };
  }
}

/** Parse a command's arguments, answering `--help` and `--version` before anything else. */
function commandArgs(
  command: CommandName,
  args: readonly string[],
  options: OptionSpec,
  context: Context,
): { parsed: Parsed; answer?: CliResult } {
  if (wantsHelp(args)) return { parsed: { values: {}, positionals: [] }, answer: success(commandHelp(command, context)) };
  const parsed = parse(command, args, { ...options, ...commonOptions });
  if (flag(parsed.values, "version")) return { parsed, answer: success(`${context.version()}\n`) };
  return { parsed };
}

function noPositionals(command: CommandName, positionals: readonly string[]): void {
  const [first] = positionals;
  if (first !== undefined)
    throw usage(`unexpected argument ${JSON.stringify(first)} for ${command}: expected options only (see ${program} ${command} --help)`);
}

// ---------------------------------------------------------------------------------------------
// status
// ---------------------------------------------------------------------------------------------

/**
 * The day of the last county activation: the rollout complete, every decision of the rollout years
 * in force, and before the program's discontinuation (after which a county's status is unknown).
 */
function rolloutEndDate(): string {
  let latest = "";
  for (const { date } of activations) if (date > latest) latest = date;
  return latest;
}

function discontinuationDate(): string | undefined {
  return events.find((event) => event.programPhase === "discontinued")?.date;
}

function activationWords(status: ActivationStatus, date: string | undefined, asOf: string): string {
  switch (status) {
    case "activated":
      return `switched on ${date ?? ""}`.trimEnd();
    case "activated-during":
      return `switched on ${date === undefined ? "" : `${date}, `}during ${asOf}`;
    case "not-activated":
      return `not yet switched on as of ${asOf}${date === undefined ? "" : ` (switched on ${date})`}`;
    case "unknown": {
      const end = discontinuationDate();
      const reason =
        date === undefined
          ? "the data names no county for it"
          : `the activation data does not cover dates after the program's discontinuation${end === undefined ? "" : ` on ${end}`}`;
      return `${date === undefined ? "" : `switched on ${date}; `}status as of ${asOf} unknown: ${reason}`;
    }
  }
}

/** The citations a status rests on: the place, its activations, the program's phase, the decisions. */
function statusCitations(status: ParticipationStatusResult): Citation[] {
  const { jurisdiction } = status;
  const counties = new Set<string>();
  if (status.kind === "county") counties.add(jurisdiction.id);
  if (status.kind === "city" && status.county !== undefined) counties.add(status.county.id);
  const citations: Citation[] = [...jurisdiction.citations];
  for (const activation of activations) {
    const inScope =
      counties.has(activation.county) ||
      status.kind === "nation" ||
      (status.kind === "state" && getJurisdiction(activation.county)?.parent === jurisdiction.id);
    if (inScope) citations.push(...activation.citations);
  }
  if (status.program.since !== undefined) citations.push(...status.program.since.citations);
  for (const decision of status.decisions) citations.push(...decision.event.citations);
  return citations;
}

/**
 * `secure-communities status <place> [--as-of DATE] [--state STATE] [--json]`: the
 * participation status of a place as of a date, with the program's phase, the decisions in force
 * and the sources.
 *
 * @param args - The arguments after the command name.
 * @param environment - `env` (for `NO_COLOR`), `isTTY` of stdout and the package `version`.
 * @returns Exit code 0 with the status; 1 when no place matches or a name matches several (the
 *   candidates go to stdout); 2 on bad usage.
 * @throws Never.
 * @example
 * ```ts
 * JSON.parse(statusCommand(["12086", "--as-of", "2010-05", "--json"]).stdout).activation;
 * // => { status: "activated", date: "2009-02-24" }
 * ```
 */
export function statusCommand(args: readonly string[], environment: CliEnvironment = {}): CliResult {
  return guarded(environment, (context) => {
    const options = { "as-of": { type: "string" }, state: { type: "string" } } as const;
    const { parsed, answer } = commandArgs("status", args, options, context);
    if (answer !== undefined) return answer;
    const { values, positionals } = parsed;
    const asJson = flag(values, "json");
    const asOfOption = dateOption(values, "as-of");
    const stateText = stringOption(values, "state");
    const state = stateText === undefined ? undefined : stateOption(stateText);
    if (positionals.length === 0) throw usage(`missing place: expected ${program} status <place> (a name, FIPS code, USPS code or id)`);
    // An unquoted name arrives in pieces: `status Miami-Dade County` is "Miami-Dade County".
    const place = resolvePlace(positionals.join(" "), state, context, asJson, "--state");
    const asOf = asOfOption ?? rolloutEndDate();
    const status = fromHelper(`bad --as-of ${asOf}`, () => participationStatus(place, asOf));
    if (status === undefined) throw notFound(`no status for ${place.id}`);
    if (asJson) return success(json(status));
    return success(lines(...statusText(status, asOfOption === undefined, context)));
  });
}

function statusText(status: ParticipationStatusResult, defaultDate: boolean, context: Context): string[] {
  const { jurisdiction } = status;
  const asOf = status.asOf.text;
  const rows: [string, string][] = [];
  const codeName = jurisdiction.kind === "city" ? "GEOID" : "FIPS";
  const codes = [jurisdiction.fips === undefined ? undefined : `${codeName} ${jurisdiction.fips}`, `id ${jurisdiction.id}`].filter(
    (code): code is string => code !== undefined,
  );
  const type = jurisdiction.type.toLowerCase() === jurisdiction.kind ? "" : ` (${jurisdiction.type})`;
  rows.push(["kind", `${jurisdiction.kind}${type}, ${codes.join(", ")}`]);
  const state = stateOf(jurisdiction);
  if (state !== undefined && state.id !== jurisdiction.id)
    rows.push(["state", `${state.name}${state.usps === undefined ? "" : ` (${state.usps})`}`]);
  rows.push([
    "as of",
    defaultDate ? `${asOf} ${dim(context, "(the last activation: the rollout complete; choose another day with --as-of)")}` : asOf,
  ]);

  switch (status.kind) {
    case "county":
      rows.push(["activation", activationWords(status.activation.status, status.activation.date, asOf)]);
      break;
    case "city":
      if (status.county !== undefined) rows.push(["county", placeName(status.county)]);
      rows.push([
        "activation",
        `${activationWords(status.activation.status, status.activation.date, asOf)}${status.county === undefined ? "" : " (its county's)"}`,
      ]);
      break;
    case "state": {
      const { counties } = status;
      rows.push([
        "counties",
        `${groupDigits(counties.activated)} of ${groupDigits(counties.total)} switched on (${percent(counties.share, 1)})`,
      ]);
      if (counties.activatedDuring > 0) rows.push(["", `${groupDigits(counties.activatedDuring)} of them during ${asOf}`]);
      rows.push(["rollout", `${status.rollout}; the last county was switched on ${status.completionDate}`]);
      break;
    }
    case "nation": {
      const { counties } = status;
      rows.push([
        "counties",
        `${groupDigits(counties.activated)} of ${groupDigits(counties.total)} switched on (${percent(counties.share, 1)})`,
      ]);
      rows.push(["states", `${status.statesComplete} states (with DC) switched on in every county`]);
      break;
    }
  }

  const { program: phase } = status;
  const since = phase.since === undefined ? "" : ` since ${phase.since.date}: ${phase.since.title}`;
  rows.push(["program", `${phase.phase}${since}${phase.changedDuring ? ` (changed during ${asOf})` : ""}`]);

  const out = [
    bold(context, placeName(jurisdiction)),
    ...table(
      rows.map(([label, text]) => [label, text]),
      [],
      [(cell) => dim(context, cell)],
    ).map((line) => `  ${line}`),
  ];
  out.push("", bold(context, `Decisions up to ${asOf}`));
  if (status.decisions.length === 0) out.push(`  ${dim(context, "none recorded")}`);
  else {
    const byWords = (by: "own" | "state") => (by === "own" ? "own" : "state");
    out.push(
      ...table(
        status.decisions.map(({ by, event }) => [event.date, `[${byWords(by)}]`, event.title]),
        [],
        [undefined, (cell) => dim(context, cell)],
      ).map((line) => `  ${line}`),
    );
    out.push(`  ${dim(context, "[own]: its own government's; [state]: its state's")}`);
  }
  out.push("", bold(context, "Sources"), ...sourceLines(context, sourceIds(statusCitations(status))));
  return out;
}

// ---------------------------------------------------------------------------------------------
// timeline
// ---------------------------------------------------------------------------------------------

/**
 * `secure-communities timeline [--from DATE] [--to DATE] [--place PLACE] [--surrounding]
 * [--kind KIND] [--category CATEGORY] [--activations MODE] [--within] [--json]`: the events in
 * date order, one a line: date, title and the ids of its sources.
 *
 * @param args - The arguments after the command name.
 * @param environment - `env` (for `NO_COLOR`), `isTTY` of stdout and the package `version`.
 * @returns Exit code 0 with the events (none is still a success); 1 when `--place` matches no
 *   place or several; 2 on bad usage.
 * @throws Never.
 * @example
 * ```ts
 * timelineCommand(["--from", "2011-08-05", "--to", "2011-08-05"]).stdout;
 * // => "2011-08-05  ICE terminates all state Secure Communities agreements  [nilc-morton-letter-2011-08-05, ...]\n"
 * ```
 */
export function timelineCommand(args: readonly string[], environment: CliEnvironment = {}): CliResult {
  return guarded(environment, (context) => {
    const options = {
      from: { type: "string" },
      to: { type: "string" },
      place: { type: "string" },
      surrounding: { type: "boolean" },
      kind: { type: "string", multiple: true },
      category: { type: "string", multiple: true },
      activations: { type: "string" },
      within: { type: "boolean" },
    } as const;
    const { parsed, answer } = commandArgs("timeline", args, options, context);
    if (answer !== undefined) return answer;
    const { values, positionals } = parsed;
    noPositionals("timeline", positionals);
    const asJson = flag(values, "json");
    const from = dateOption(values, "from");
    const to = dateOption(values, "to");
    if (from !== undefined && to !== undefined && parsePartialDate(from).startDay > parsePartialDate(to).endDay) {
      throw usage(`bad range --from ${from} --to ${to}: expected --from on or before --to`);
    }
    const kinds = listOption(values, "kind");
    for (const kind of kinds ?? []) if (!oneOf(kind, eventKinds)) throw usage(`unknown kind ${kind}: expected ${orList(eventKinds)}`);
    const categories = listOption(values, "category");
    for (const category of categories ?? []) {
      if (!oneOf(category, eventCategories)) throw usage(`unknown category ${category}: expected ${orList(eventCategories)}`);
    }
    const activationText = stringOption(values, "activations") ?? "none";
    if (!oneOf(activationText, activationModes))
      throw usage(`unknown --activations ${activationText}: expected ${orList(activationModes)}`);
    const surrounding = flag(values, "surrounding");
    const placeText = stringOption(values, "place");
    if (surrounding && placeText === undefined) throw usage("--surrounding needs a place: expected --place PLACE --surrounding");
    const place = placeText === undefined ? undefined : resolvePlace(placeText, undefined, context, asJson, "comma");

    const found = fromHelper("bad timeline query", () =>
      eventsBetween(from, to, {
        mode: flag(values, "within") ? "within" : "overlaps",
        activations: activationText,
        ...(kinds === undefined ? {} : { kind: kinds.filter((kind) => oneOf(kind, eventKinds)) }),
        ...(categories === undefined ? {} : { category: categories.filter((category) => oneOf(category, eventCategories)) }),
        ...(place === undefined ? {} : { jurisdiction: place.id, includeSurrounding: surrounding }),
      }),
    );
    if (asJson) return success(json(found));
    if (found.length === 0) return success(lines(dim(context, "No events match.")));
    return success(lines(...timelineText(found, context)));
  });
}

function timelineText(found: readonly TimelineEvent[], context: Context): string[] {
  return table(
    found.map((event) => [event.date, event.title, `[${sourceIds(event.citations).join(", ")}]`]),
    [],
    [(cell) => bold(context, cell), undefined, (cell) => dim(context, cell)],
  );
}

// ---------------------------------------------------------------------------------------------
// stats
// ---------------------------------------------------------------------------------------------

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
  if (!(value >= 0 && value <= 10)) throw usage(`bad --decimals ${text}: expected an integer from 0 to 10`);
  return value;
}

/** Whether the helper can split the statistic: it has categories and every one has a count. */
function hasCounts(statistic: Statistic): boolean {
  return statistic.categories.length > 0 && statistic.categories.every((category) => category.count !== undefined);
}

/**
 * `secure-communities stats [ID] [--decimals N] [--json]`: without ID, the list of statistics;
 * with ID, one statistic with its categories, their counts as the source qualifies them, their
 * percentages (or the percentages the source reports) and the unreported remainder.
 *
 * With `--json` and an ID it prints `{ statistic, percentages }`, where `percentages` is the
 * `statisticPercentages` result, or `null` when some category has no count (the source reports
 * only a percentage for it, which stays in the statistic record) or there are no categories.
 *
 * @param args - The arguments after the command name.
 * @param environment - `env` (for `NO_COLOR`), `isTTY` of stdout and the package `version`.
 * @returns Exit code 0 with the statistic or the list; 1 when no statistic has the id; 2 on bad usage.
 * @throws Never.
 * @example
 * ```ts
 * JSON.parse(statsCommand(["florida-2008-10-2011-02-custody", "--json"]).stdout).percentages.rows.map((row) => row.share);
 * // => [32.6, 17.7, 36.2, 13.5]
 * ```
 */
export function statsCommand(args: readonly string[], environment: CliEnvironment = {}): CliResult {
  return guarded(environment, (context) => {
    const { parsed, answer } = commandArgs("stats", args, { decimals: { type: "string" } }, context);
    if (answer !== undefined) return answer;
    const { values, positionals } = parsed;
    const asJson = flag(values, "json");
    const decimals = decimalsOption(values) ?? 1;
    const [id, extra] = positionals;
    if (extra !== undefined) throw usage(`unexpected argument ${JSON.stringify(extra)} for stats: expected at most one statistic id`);
    if (id === undefined) {
      if (asJson) return success(json(statistics));
      const rows = statistics.map((statistic) => [statistic.id, statisticPlace(statistic), periodText(statistic), statistic.title]);
      return success(
        lines(
          ...table([["id", "place", "period", "title"], ...rows], [], [(cell) => bold(context, cell)]).map((line, index) =>
            index === 0 ? bold(context, line) : line,
          ),
        ),
      );
    }
    const statistic = statistics.find((candidate) => candidate.id === id);
    if (statistic === undefined)
      throw notFound(`no statistic has the id ${JSON.stringify(id)}: expected one of the ids that \`${program} stats\` lists`);
    const percentages = hasCounts(statistic)
      ? fromHelper(`cannot split ${statistic.id}`, () => statisticPercentages(statistic, { decimals }))
      : undefined;
    if (asJson) return success(json({ statistic, percentages: percentages ?? null }));
    return success(lines(...statisticText(statistic, percentages, decimals, context)));
  });
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

  if (percentages !== undefined) {
    const anyReported = statistic.categories.some((category) => category.reportedPercent !== undefined);
    const header = ["category", "count", "share", ...(anyReported ? ["reported share"] : [])];
    const body = percentages.rows.map((row) => {
      const category = statistic.categories.find((candidate) => candidate.id === row.id);
      const count =
        category?.count === undefined ? `${row.approximate ? "about " : ""}${groupDigits(row.count)}` : qualifiedText(category.count);
      const share = `${row.approximate ? "~" : ""}${row.share.toFixed(percentages.decimals)}%`;
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
      ...table([["category", "count", "reported share"], ...body], ["left", "right", "right"]).map(
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

// ---------------------------------------------------------------------------------------------
// rollout
// ---------------------------------------------------------------------------------------------

const barWidth = 40;
const partialBlocks = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"] as const;

/** A bar of `share` (0 to 1) of `barWidth` cells, in eighths of a cell; never empty above 0. */
function bar(share: number): string {
  let eighths = Math.round(share * barWidth * 8);
  if (share > 0 && eighths === 0) eighths = 1;
  return "█".repeat(Math.floor(eighths / 8)) + partialBlocks[eighths % 8];
}

/**
 * `secure-communities rollout [--state STATE] [--by year|month] [--json]`: counties switched on
 * over time (`rolloutProgress`), one row a period with the cumulative count, the counties added,
 * the share and a bar of block characters.
 *
 * @param args - The arguments after the command name.
 * @param environment - `env` (for `NO_COLOR`), `isTTY` of stdout and the package `version`.
 * @returns Exit code 0 with the series; 2 on bad usage (an unknown state or step).
 * @throws Never.
 * @example
 * ```ts
 * JSON.parse(rolloutCommand(["--by", "year", "--json"]).stdout).map((point) => point.activatedDuring);
 * // => [14, 91, 790, 1099, 1043, 106]
 * ```
 */
export function rolloutCommand(args: readonly string[], environment: CliEnvironment = {}): CliResult {
  return guarded(environment, (context) => {
    const options = { state: { type: "string" }, by: { type: "string" } } as const;
    const { parsed, answer } = commandArgs("rollout", args, options, context);
    if (answer !== undefined) return answer;
    const { values, positionals } = parsed;
    noPositionals("rollout", positionals);
    const by = stringOption(values, "by") ?? "year";
    if (!oneOf(by, rolloutSteps)) throw usage(`unknown --by ${by}: expected ${orList(rolloutSteps)}`);
    const stateText = stringOption(values, "state");
    const state = stateText === undefined ? undefined : stateOption(stateText);
    const points = fromHelper("bad rollout query", () => rolloutProgress({ by, ...(state === undefined ? {} : { state: state.id }) }));
    if (flag(values, "json")) return success(json(points));
    const total = points[0]?.total ?? 0;
    const where = state === undefined ? "the nation" : state.name;
    const rows = points.map((point) => [
      point.period,
      groupDigits(point.activated),
      `+${groupDigits(point.activatedDuring)}`,
      percent(point.share, 1),
      bar(point.share),
    ]);
    return success(
      lines(
        bold(context, `Counties switched on in ${where} (${groupDigits(total)} counties), by ${by}`),
        ...table(
          [["period", "switched on", "added", "share", ""], ...rows],
          ["left", "right", "right", "right", "left"],
          [undefined, undefined, (cell) => dim(context, cell)],
        ).map((line, index) => (index === 0 ? bold(context, line) : line)),
      ),
    );
  });
}

// ---------------------------------------------------------------------------------------------
// sources
// ---------------------------------------------------------------------------------------------

/**
 * `secure-communities sources [--json]`: the bibliography, one entry a source: id, publisher,
 * title, publication date (`n.d.` when unknown) and address.
 *
 * @param args - The arguments after the command name.
 * @param environment - `env` (for `NO_COLOR`), `isTTY` of stdout and the package `version`.
 * @returns Exit code 0 with the bibliography; 2 on bad usage.
 * @throws Never.
 * @example
 * ```ts
 * JSON.parse(sourcesCommand(["--json"]).stdout)[0].id; // => "allgov-quinn-withdrawal-letter"
 * ```
 */
export function sourcesCommand(args: readonly string[], environment: CliEnvironment = {}): CliResult {
  return guarded(environment, (context) => {
    const { parsed, answer } = commandArgs("sources", args, {}, context);
    if (answer !== undefined) return answer;
    noPositionals("sources", parsed.positionals);
    if (flag(parsed.values, "json")) return success(json(sources));
    const out: string[] = [];
    for (const source of sources) {
      if (out.length > 0) out.push("");
      out.push(bold(context, source.id), `  ${source.publisher}, ${source.published ?? "n.d."}: ${source.title}`);
      if (source.url !== undefined) out.push(`  ${dim(context, source.url)}`);
    }
    return success(out.length === 0 ? "" : lines(...out));
  });
}

const commands: Record<CommandName, Command> = {
  status: statusCommand,
  timeline: timelineCommand,
  stats: statsCommand,
  rollout: rolloutCommand,
  panel: panelCommand,
  sources: sourcesCommand,
};
