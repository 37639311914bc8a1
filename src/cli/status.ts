/**
 * `secure-communities status <place>`: the participation status of a place as of a date.
 *
 * @module
 */

import {
  type ActivationStatus,
  type CountyCounts,
  type ParticipationStatusResult,
  type PopulationCoverage,
  participationStatus,
} from "../participation.js";
import { commandArgs, dateOption, defaultAsOfNote, flag, lastActivationDate, oneOf, orList, stringOption } from "./args.js";
import { decisionAndClaimLines } from "./claims-format.js";
import { type CliCommand, program } from "./command.js";
import { fromHelper, notFound, shown, usage } from "./failure.js";
import { bold, type Context, dim, groupDigits, json, lines, percent, success, table, unknownReason } from "./output.js";
import { placeName, resolvePlaces, stateOf, stateOption } from "./places.js";
import { cityCountyRows, derivedActivationText, otherCodeLine, severalText } from "./places-format.js";
import { statusSourceLines } from "./status-sources.js";

function activationWords(status: ActivationStatus, date: string | undefined, asOf: string): string {
  switch (status) {
    case "activated":
      return `switched on ${date ?? ""}`.trimEnd();
    case "activated-during":
      return `switched on ${date === undefined ? "" : `${date}, `}during ${asOf}`;
    case "not-activated":
      // As of a date, what came later is told as later, not in the past tense.
      return `not yet switched on as of ${asOf}${date === undefined ? "" : ` (it would be on ${date}, after this date)`}`;
    case "unknown": {
      const reason = date === undefined ? "the data names no county for it" : unknownReason;
      return `${date === undefined ? "" : `switched on ${date}; `}status as of ${asOf} unknown: ${reason}`;
    }
  }
}

/** Coverage weighted by the counties' 2020 populations, in words. */
function populationWords(population: PopulationCoverage): string {
  if (population.covered === null) return `of ${groupDigits(population.total)} people (2020): unknown`;
  return `${groupDigits(population.covered)} of ${groupDigits(population.total)} people (2020 Census) in counties switched on (${percent(population.fraction, 1)})`;
}

function countiesWords(counties: CountyCounts, asOf: string): string {
  if (counties.activated === null) return `${groupDigits(counties.total)} counties, status as of ${asOf} unknown: ${unknownReason}`;
  return `${groupDigits(counties.activated)} of ${groupDigits(counties.total)} switched on (${percent(counties.fraction, 1)})`;
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
  rows.push(["as of", defaultDate ? `${asOf} ${dim(context, defaultAsOfNote)}` : asOf]);

  switch (status.kind) {
    case "county": {
      rows.push(["activation", activationWords(status.activation.status, status.activation.date, asOf)]);
      const derived = derivedActivationText(status.activation.derivedFrom);
      if (derived !== "") rows.push(["", derived]);
      if (jurisdiction.listedOnly === true) rows.push(["", "listed by ICE under a former code: not counted in state and national totals"]);
      break;
    }
    case "city":
      if (status.counties.length === 0) rows.push(["activation", activationWords(status.activation.status, status.activation.date, asOf)]);
      else rows.push(...cityCountyRows(status, (activation) => activationWords(activation.status, activation.date, asOf)));
      break;
    case "state": {
      const { counties } = status;
      rows.push(["counties", countiesWords(counties, asOf)]);
      if (counties.activatedDuring !== null && counties.activatedDuring > 0)
        rows.push(["", `${groupDigits(counties.activatedDuring)} of them during ${asOf}`]);
      rows.push(["people", populationWords(status.population)]);
      const completion =
        status.completionDate <= status.asOf.end
          ? `every county switched on by ${status.completionDate}`
          : `its last county would be switched on ${status.completionDate}, after this date`;
      rows.push(["rollout", `${status.rollout}; ${completion}`]);
      break;
    }
    case "nation": {
      const { counties } = status;
      rows.push(["counties", countiesWords(counties, asOf)]);
      rows.push(["people", populationWords(status.population)]);
      rows.push([
        "states",
        status.statesComplete === null
          ? `unknown: ${unknownReason}`
          : `${status.statesComplete} states (with DC) switched on in every county`,
      ]);
      break;
    }
  }

  const { program: phase } = status;
  const since = phase.since === undefined ? "" : ` since ${phase.since.date}: ${phase.since.title}`;
  rows.push(["program", `${phase.phase}${since}${phase.changedDuring ? ` (changed during ${asOf})` : ""}`]);

  const asked = otherCodeLine(status.match);
  const out = [
    bold(context, placeName(jurisdiction)),
    ...(asked === "" ? [] : [`  ${dim(context, asked)}`]),
    ...table(
      rows.map(([label, text]) => [label, text]),
      [],
      [(cell) => dim(context, cell)],
    ).map((line) => `  ${line}`),
  ];
  out.push("", ...decisionAndClaimLines(status, { heading: (text) => bold(context, text), quiet: (text) => dim(context, text) }));
  out.push("", bold(context, "Sources"), ...statusSourceLines(status, context));
  return out;
}

/** The kinds `--kind` takes: those a name can be shared by (the nation has one name of its own). */
const placeKinds = ["city", "county", "state"] as const;

/**
 * `secure-communities status <place> [--as-of DATE] [--state STATE] [--kind KIND] [--json]`: the
 * participation status of a place as of a date, with the program's phase, the decisions in force
 * and the sources. `--state` and `--kind` narrow a name that fits several places.
 *
 * @returns Exit code 0 with the status; 1 when no place matches or a name matches several (the
 *   candidates go to stdout); 2 on bad usage.
 * @throws Never.
 * @example
 * ```ts
 * JSON.parse(runCli(["status", "12086", "--as-of", "2010-05", "--json"]).stdout).activation;
 * // => { status: "activated", date: "2009-02-24" }
 * ```
 */
export const statusCommand: CliCommand = {
  name: "status",
  synopsis: "status <place>",
  summary: "Participation status of a county, city, state or the nation as of a date",
  help: statusHelp,
  run(args, context) {
    const options = { "as-of": { type: "string" }, state: { type: "string" }, kind: { type: "string" } } as const;
    const { parsed, answer } = commandArgs(statusCommand, args, options, context);
    if (answer !== undefined) return answer;
    const { values, positionals } = parsed;
    const asJson = flag(values, "json");
    const asOfOption = dateOption(values, "as-of");
    const stateText = stringOption(values, "state");
    const kind = stringOption(values, "kind");
    if (kind !== undefined && !oneOf(kind, placeKinds)) throw usage(`unknown --kind ${shown(kind)}: expected ${orList(placeKinds)}`);
    const state = stateText === undefined ? undefined : stateOption(stateText);
    if (positionals.length === 0) throw usage(`missing place: expected ${program} status <place> (a name, FIPS code, USPS code or id)`);
    // An unquoted name arrives in pieces: `status Miami-Dade County` is "Miami-Dade County".
    const query = positionals.join(" ");
    const places = resolvePlaces(query, state, context, asJson, "--state", true, kind);
    const asOf = asOfOption ?? lastActivationDate();
    const statuses = places.map(({ jurisdiction, ...match }) => {
      const status = fromHelper(`bad --as-of ${asOf}`, () => participationStatus(jurisdiction, asOf));
      if (status === undefined) throw notFound(`no status for ${jurisdiction.id}`);
      return { ...status, match: { jurisdiction, ...match } };
    });
    if (asJson) return success(json(statuses.length === 1 ? statuses[0] : statuses));
    const texts = statuses.map((status) => statusText(status, asOfOption === undefined, context));
    if (texts.length === 1) return success(lines(...(texts[0] as string[])));
    return success(lines(severalText(query.trim(), places), "", ...texts.flatMap((text) => [...text, ""]).slice(0, -1)));
  },
};

function statusHelp(context: Context): string {
  const heading = (text: string) => bold(context, text);
  const example = (text: string) => `  ${dim(context, "$")} ${program} ${text}`;
  const common = ["  --json              Print machine output (JSON)", "  -h, --help          Show this help"];
  return lines(
    `${heading("Usage:")} ${program} status <place> [--as-of DATE] [--state STATE] [--kind city|county|state] [--json]`,
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
    "  --kind KIND         Narrow a name to one kind of place: city, county or state",
    ...common,
    "",
    "A name that matches several places prints them and exits 1; pick one by id or FIPS code, or",
    "narrow the name with --state or --kind.",
    "",
    heading("Examples:"),
    example('status "Miami-Dade County, FL" --as-of 2010-05'),
    example('status "Washington County" --state PA'),
    example('status "Los Angeles" --kind county --as-of 2010'),
    example("status IL --as-of 2011-06-07 --json"),
  );
}
