/**
 * `secure-communities counties`: the counties (or the states) in a status as of a date, from
 * `jurisdictionsInStatus`.
 *
 * @module
 */

import type { Jurisdiction } from "../generated/types.js";
import { type ActivationStatus, jurisdictionsInStatus, participationStatus, type StateRolloutStatus } from "../participation.js";
import {
  commandArgs,
  dateOption,
  defaultAsOfNote,
  lastActivationDate,
  noPositionals,
  oneOf,
  orList,
  outputFlags,
  stringOption,
} from "./args.js";
import { type CliCommand, program } from "./command.js";
import { fromHelper, shown, usage } from "./failure.js";
import { bold, type Context, csv, dim, groupDigits, json, lines, success, table, unknownReason } from "./output.js";
import { stateOf, stateOption } from "./places.js";

const countyStatuses = ["activated", "activated-during", "not-activated", "unknown"] as const satisfies readonly ActivationStatus[];
const stateStatuses = ["not-started", "partial", "complete", "unknown"] as const satisfies readonly StateRolloutStatus[];
const listKinds = ["county", "state"] as const;

type CountyListStatus = (typeof countyStatuses)[number];
type StateListStatus = (typeof stateStatuses)[number];

/** What the heading says of the listed places, after their number: `not yet switched on as of 2011-12-05`. */
const countyWords: Readonly<Record<CountyListStatus, (asOf: string) => string>> = {
  activated: (asOf) => `switched on before ${asOf}`,
  "activated-during": (asOf) => `switched on during ${asOf}`,
  "not-activated": (asOf) => `not yet switched on as of ${asOf}`,
  unknown: (asOf) => `whose status as of ${asOf} is unknown`,
};

const stateWords: Readonly<Record<StateListStatus, (asOf: string) => string>> = {
  "not-started": (asOf) => `with none of their counties switched on as of ${asOf}`,
  partial: (asOf) => `with some of their counties switched on as of ${asOf}`,
  complete: (asOf) => `with every county switched on as of ${asOf}`,
  unknown: (asOf) => `whose rollout as of ${asOf} is unknown`,
};

/** One county of the list, as `--json` gives it. */
interface CountyRow {
  readonly fips: string;
  readonly id: string;
  readonly name: string;
  /** The USPS code of the county's state (example: `"GA"`). */
  readonly state: string;
  /** The day the county was switched on, even when that is after the date asked about. */
  readonly activationDate: string;
  /** For a county ICE's list lacks: the FIPS codes of the listed areas whose day it takes. */
  readonly derivedFrom?: readonly string[];
}

/** One state of the list, as `--json` gives it. */
interface StateRow {
  readonly fips: string;
  readonly id: string;
  readonly name: string;
  readonly usps: string;
  /** Its counties switched on by the last day asked about; `null` when unknown. */
  readonly activated: number | null;
  readonly total: number;
  /** The day its last county was switched on, even when that is after the date asked about. */
  readonly completionDate: string;
}

function countyRow(county: Jurisdiction, asOf: string): CountyRow {
  const status = participationStatus(county, asOf);
  const activation = status?.kind === "county" ? status.activation : undefined;
  const derivedFrom = activation?.derivedFrom?.map((area) => area.fips ?? area.id);
  return {
    fips: county.fips ?? "",
    id: county.id,
    name: county.fullName,
    state: stateOf(county)?.usps ?? "",
    activationDate: activation?.date ?? "",
    ...(derivedFrom === undefined ? {} : { derivedFrom }),
  };
}

function stateRow(state: Jurisdiction, asOf: string): StateRow {
  const status = participationStatus(state, asOf);
  const counties = status?.kind === "state" ? status.counties : undefined;
  return {
    fips: state.fips ?? "",
    id: state.id,
    name: state.fullName,
    usps: state.usps ?? "",
    activated: counties?.activated ?? null,
    total: counties?.total ?? 0,
    completionDate: status?.kind === "state" ? status.completionDate : "",
  };
}

/** `--status` checked against the statuses of the kind listed, with a hint when it is one of the other kind's. */
function statusOption(text: string | undefined, kind: (typeof listKinds)[number]): CountyListStatus | StateListStatus {
  const allowed: readonly string[] = kind === "county" ? countyStatuses : stateStatuses;
  if (text === undefined) throw usage(`missing --status: expected --status ${orList(allowed)}`);
  if (kind === "county" && oneOf(text, countyStatuses)) return text;
  if (kind === "state" && oneOf(text, stateStatuses)) return text;
  const hint =
    kind === "county"
      ? oneOf(text, stateStatuses)
        ? ` (${text} is a status of states: add --kind state)`
        : ""
      : oneOf(text, countyStatuses)
        ? ` (${text} is a status of counties: leave out --kind state)`
        : "";
  throw usage(`unknown --status ${shown(text)} for ${kind === "county" ? "counties" : "states"}: expected ${orList(allowed)}${hint}`);
}

function plural(count: number, one: string, many: string): string {
  return `${groupDigits(count)} ${count === 1 ? one : many}`;
}

/**
 * `secure-communities counties --status STATUS [--as-of DATE] [--state STATE] [--kind county|state]
 * [--json|--csv]`: the counties in an activation status as of a date (`jurisdictionsInStatus`),
 * one row a county with its FIPS code, name, state and activation date; with `--kind state`, the
 * states (and DC) in a rollout status, with their counties switched on and the day of their last.
 *
 * @returns Exit code 0 with the list (an empty one too); 1 when `--state` is not a state; 2 on bad usage.
 * @throws Never.
 * @example
 * ```ts
 * JSON.parse(runCli(["counties", "--kind", "state", "--status", "complete", "--as-of", "2010-06-30", "--json"]).stdout).map((row) => row.usps);
 * // => ["DE", "FL", "VA"]
 * ```
 */
export const countiesCommand: CliCommand = {
  name: "counties",
  synopsis: "counties",
  summary: "The counties (or states) in a status as of a date: FIPS, name, state, activation",
  help: countiesHelp,
  run(args, context) {
    const options = {
      status: { type: "string" },
      "as-of": { type: "string" },
      state: { type: "string" },
      kind: { type: "string" },
      csv: { type: "boolean" },
    } as const;
    const { parsed, answer } = commandArgs(countiesCommand, args, options, context);
    if (answer !== undefined) return answer;
    const { values, positionals } = parsed;
    noPositionals("counties", positionals);
    const { asJson, asCsv } = outputFlags(values);
    const kind = stringOption(values, "kind") ?? "county";
    if (!oneOf(kind, listKinds)) throw usage(`unknown --kind ${shown(kind)}: expected ${orList(listKinds)}`);
    const status = statusOption(stringOption(values, "status"), kind);
    const asOfOption = dateOption(values, "as-of");
    const asOf = asOfOption ?? lastActivationDate();
    const stateText = stringOption(values, "state");
    const state = stateText === undefined ? undefined : stateOption(stateText);
    const found = fromHelper("bad counties query", () =>
      jurisdictionsInStatus(status, asOf, { kind, ...(state === undefined ? {} : { state: state.id }) }),
    );
    const asOfText = asOfOption === undefined ? `${asOf} ${dim(context, defaultAsOfNote)}` : asOf;

    if (kind === "state") {
      const rows = found.map((jurisdiction) => stateRow(jurisdiction, asOf));
      if (asJson) return success(json(rows));
      if (asCsv)
        return success(
          csv(
            ["fips", "id", "name", "usps", "activated", "total", "completion_date"],
            rows.map((row) => [row.fips, row.id, row.name, row.usps, row.activated, row.total, row.completionDate]),
          ),
        );
      const heading = `${plural(rows.length, "state", "states")} ${stateWords[status as StateListStatus](asOfText)}`;
      const body = rows.map((row) => [
        row.fips,
        row.name,
        row.usps,
        row.activated === null ? "unknown" : `${groupDigits(row.activated)} of ${groupDigits(row.total)}`,
        row.completionDate,
      ]);
      return success(
        listText(context, heading, [["FIPS", "name", "state", "counties switched on", "every county by"], ...body], status === "unknown"),
      );
    }

    const rows = found.map((county) => countyRow(county, asOf));
    if (asJson) return success(json(rows));
    if (asCsv)
      return success(
        csv(
          ["fips", "id", "name", "state", "activation_date", "derived_from"],
          rows.map((row) => [row.fips, row.id, row.name, row.state, row.activationDate, row.derivedFrom?.join(" ")]),
        ),
      );
    const where = state === undefined ? "" : ` of ${state.name}`;
    const heading = `${plural(rows.length, "county", "counties")}${where} ${countyWords[status as CountyListStatus](asOfText)}`;
    const body = rows.map((row) => [
      row.fips,
      row.name,
      row.state,
      row.derivedFrom === undefined
        ? row.activationDate
        : `${row.activationDate} ${dim(context, `(derived from ${row.derivedFrom.join(" and ")})`)}`,
    ]);
    return success(listText(context, heading, [["FIPS", "name", "state", "activation date"], ...body], status === "unknown"));
  },
};

/** The heading, the table (when there are rows) and, for an unknown status, why it is unknown. */
function listText(context: Context, heading: string, rows: readonly (readonly string[])[], unknown: boolean): string {
  const out = [bold(context, heading)];
  if (rows.length > 1)
    out.push(
      ...table(rows, [], [undefined, undefined, (cell) => dim(context, cell)]).map((line, index) =>
        index === 0 ? bold(context, line) : line,
      ),
    );
  if (unknown) out.push(dim(context, `unknown: ${unknownReason}.`));
  return lines(...out);
}

function countiesHelp(context: Context): string {
  const heading = (text: string) => bold(context, text);
  const example = (text: string) => `  ${dim(context, "$")} ${program} ${text}`;
  return lines(
    `${heading("Usage:")} ${program} counties --status STATUS [--as-of DATE] [--state STATE] [--json|--csv]`,
    `       ${program} counties --kind state --status STATUS [--as-of DATE] [--state STATE] [--json|--csv]`,
    "",
    "The counties in a status as of a date, by the rules of status and rollout: one row a county with",
    "its FIPS code, name, state and the day it was switched on. With --kind state, the states (and DC)",
    "in a rollout status, with their counties switched on and the day of their last.",
    "",
    heading("Options:"),
    "  --status STATUS     For counties: activated (switched on before the date asked about; for a",
    "                      month or a year, before its first day), activated-during (switched on in it),",
    "                      not-activated or unknown (from 2021-01-20, when no source says)",
    "                      For states: not-started, partial, complete or unknown",
    "  --as-of DATE        The date asked about: YYYY, YYYY-MM or YYYY-MM-DD",
    "                      (default: the last activation, when the rollout was complete; the output names it)",
    "  --state STATE       Only the counties of one state (with --kind state, only that state):",
    "                      USPS code, FIPS code, id or name",
    "  --kind county|state List counties (default) or states",
    "  --json              Print machine output (JSON)",
    "  --csv               Print CSV (RFC 4180) instead of text",
    "  -h, --help          Show this help",
    "",
    heading("Examples:"),
    example("counties --status not-activated --as-of 2011-12-05 --state GA"),
    example("counties --status activated-during --as-of 2010-06-22 --csv"),
    example("counties --kind state --status complete --as-of 2010-06-30"),
  );
}
