/**
 * Arguments of the command line: `node:util` `parseArgs` with one-line usage errors.
 *
 * @module
 */

import { parseArgs } from "node:util";
import { activations } from "../generated/activations.js";
import { missingDayExpectation } from "../internal/calendar.js";
import { firstCharacters } from "../internal/errors.js";
import { isPartialDate } from "../partial-date.js";
import { type CliCommand, type CliResult, program } from "./command.js";
import { oneLine, quoted, shown, usage } from "./failure.js";
import { type Context, success } from "./output.js";

export type OptionSpec = Readonly<
  Record<string, { readonly type: "string" | "boolean"; readonly multiple?: boolean; readonly short?: string }>
>;
export type OptionValues = Readonly<Record<string, string | boolean | readonly (string | boolean)[] | undefined>>;

export interface Parsed {
  readonly values: OptionValues;
  readonly positionals: readonly string[];
}

export const commonOptions = {
  json: { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean" },
} as const satisfies OptionSpec;

/** What the top level accepts before (or without) a command. */
export const topOptions = {
  help: { type: "boolean", short: "h" },
  version: { type: "boolean" },
  json: { type: "boolean" },
} as const satisfies OptionSpec;

/** The options a usage message lists; a command's `--version` works but is not advertised. */
export function optionList(options: OptionSpec, command: string | undefined): string {
  const names = Object.keys(options).filter((name) => command === undefined || name !== "version");
  return orList(names.map((name) => `--${name}`));
}

export function parse(command: string | undefined, args: readonly string[], options: OptionSpec): Parsed {
  try {
    // Every string option is read as a list, so that one given twice is an error, not silently the last.
    const asLists = Object.fromEntries(
      Object.entries(options).map(([name, spec]) => [name, spec.type === "string" ? { ...spec, multiple: true } : spec]),
    );
    const parsed = parseArgs({ args: [...args], options: asLists, allowPositionals: true, strict: true });
    const values: Record<string, string | boolean | readonly (string | boolean)[] | undefined> = {};
    for (const [name, value] of Object.entries(parsed.values)) {
      const spec = options[name];
      if (spec?.type === "string" && spec.multiple !== true && Array.isArray(value)) {
        if (value.length > 1) throw usage(`--${name} given ${value.length} times: expected it once`);
        values[name] = value[0];
      } else values[name] = value as string | boolean | readonly (string | boolean)[];
    }
    return { values, positionals: parsed.positionals };
  } catch (error) {
    throw parseFailure(command, error, options);
  }
}

/** Turn `node:util` `parseArgs` errors into one-line usage errors. */
export function parseFailure(command: string | undefined, error: unknown, options: OptionSpec): unknown {
  if (!(error instanceof TypeError)) return error;
  const code = (error as { code?: unknown }).code;
  // Node quotes the option in single quotes; an option a user typed may hold quotes itself.
  const named = /^Unknown option '([\s\S]*?)'(?:\. To specify|$)/.exec(error.message)?.[1] ?? /'([^']+)'/.exec(error.message)?.[1] ?? "";
  const where = command === undefined ? "" : ` for ${command}`;
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    return usage(`unknown option ${shown(named)}${where}: expected ${optionList(options, command)}`);
  }
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    const name = named.split(" ")[0] ?? named;
    const spec = options[name.replace(/^-+/, "")];
    if (spec?.type === "boolean") return usage(`option ${name} takes no value: expected ${name} alone`);
    const dash = error.message.includes("ambiguous") ? ` (write ${name}=VALUE for a value that starts with -)` : "";
    return usage(`missing value for ${name}: expected ${name} ${valueName(name)}${dash}`);
  }
  return usage(firstCharacters(oneLine(error.message), 200));
}

export function valueName(option: string): string {
  const names: Record<string, string> = {
    "--as-of": "DATE",
    "--from": "DATE",
    "--to": "DATE",
    "--state": "STATE",
    "--place": "PLACE",
    "--kind": "KIND",
    "--category": "CATEGORY",
    "--activations": "by-state-day|by-county",
    "--by": "day|month|year",
    "--decimals": "N",
    "--status": "STATUS",
    "--breakdown": "lift-reason|type",
    "--year": "YYYY",
    "--unit": "county|state|nation",
    "--format": "csv|json",
    "--treated-as-of-month": "M",
    "--threshold": "F",
    "--new-york-city": "boroughs|one-unit",
  };
  return names[option] ?? "VALUE";
}

export function stringOption(values: OptionValues, name: string): string | undefined {
  const value = values[name];
  return typeof value === "string" ? value : undefined;
}

export function flag(values: OptionValues, name: string): boolean {
  return values[name] === true;
}

/** `--json` and `--csv` of a listing command: at most one of them. */
export function outputFlags(values: OptionValues): { asJson: boolean; asCsv: boolean } {
  const asJson = flag(values, "json");
  const asCsv = flag(values, "csv");
  if (asJson && asCsv) throw usage("--json and --csv together: expected one of them");
  return { asJson, asCsv };
}

/** A repeatable option whose values may also be comma-separated: `--kind refusal,withdrawal --kind suspension`. */
export function listOption(values: OptionValues, name: string): string[] | undefined {
  const value = values[name];
  if (value === undefined || typeof value === "boolean") return undefined;
  const list = typeof value === "string" ? [value] : value.filter((item): item is string => typeof item === "string");
  return list.flatMap((item) => item.split(",")).map((item) => item.trim());
}

/** `--help`/`-h` anywhere before `--` wins over every other argument. */
export function wantsHelp(args: readonly string[]): boolean {
  for (const arg of args) {
    if (arg === "--") return false;
    if (arg === "--help" || arg === "-h") return true;
  }
  return false;
}

export const dateExpectation = "expected YYYY, YYYY-MM or YYYY-MM-DD";

/**
 * The date an option gives, checked: a wrong format is `unknown date 2010-13: expected YYYY,
 * YYYY-MM or YYYY-MM-DD`; a day not in its month says that it does not exist, as the helpers do:
 * `bad --as-of: expected a date that exists (2011-02 has 28 days), got "2011-02-30"`.
 */
export function dateOption(values: OptionValues, name: string): string | undefined {
  const value = stringOption(values, name);
  if (value === undefined || isPartialDate(value)) return value;
  const missingDay = missingDayExpectation(value);
  if (missingDay !== undefined) throw usage(`bad --${name}: expected ${missingDay}, got ${quoted(value)}`);
  throw usage(`unknown date ${shown(value)}: ${dateExpectation}`);
}

/**
 * The day of the last county activation, the `--as-of` of `status` and `counties` when none is
 * given: the rollout complete, every decision of the rollout years in force.
 */
export function lastActivationDate(): string {
  let latest = "";
  for (const { date } of activations) if (date > latest) latest = date;
  return latest;
}

/** What the output says after the date when `--as-of` was left out. */
export const defaultAsOfNote = "(the last activation: the rollout complete; choose another day with --as-of)";

export function oneOf<T extends string>(value: string, allowed: readonly T[]): value is T {
  return (allowed as readonly string[]).includes(value);
}

export function orList(values: readonly string[]): string {
  return values.length <= 1 ? values.join("") : `${values.slice(0, -1).join(", ")} or ${values[values.length - 1]}`;
}

/** Parse a command's arguments, answering `--help` and `--version` before anything else. */
export function commandArgs(
  command: CliCommand,
  args: readonly string[],
  options: OptionSpec,
  context: Context,
): { parsed: Parsed; answer?: CliResult } {
  if (wantsHelp(args)) return { parsed: { values: {}, positionals: [] }, answer: success(command.help(context)) };
  const parsed = parse(command.name, args, { ...options, ...commonOptions });
  if (flag(parsed.values, "version")) return { parsed, answer: success(`${context.version()}\n`) };
  return { parsed };
}

export function noPositionals(command: string, positionals: readonly string[]): void {
  const [first] = positionals;
  if (first !== undefined)
    throw usage(`unexpected argument ${quoted(first)} for ${command}: expected options only (see ${program} ${command} --help)`);
}
