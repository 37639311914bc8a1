/**
 * `secure-communities rollout`: counties switched on over time.
 *
 * @module
 */

import { rolloutProgress } from "../participation.js";
import { commandArgs, flag, noPositionals, oneOf, orList, stringOption } from "./args.js";
import { type CliCommand, program } from "./command.js";
import { fromHelper, usage } from "./failure.js";
import { bold, type Context, dim, groupDigits, json, lines, percent, success, table } from "./output.js";
import { stateOption } from "./places.js";

const rolloutSteps = ["year", "month"] as const;

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
export const rolloutCommand: CliCommand = {
  name: "rollout",
  synopsis: "rollout",
  summary: "Counties switched on over time, by year or month",
  help: rolloutHelp,
  run(args, context) {
    const options = { state: { type: "string" }, by: { type: "string" } } as const;
    const { parsed, answer } = commandArgs(rolloutCommand, args, options, context);
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
  },
};

function rolloutHelp(context: Context): string {
  const heading = (text: string) => bold(context, text);
  const example = (text: string) => `  ${dim(context, "$")} ${program} ${text}`;
  const common = ["  --json              Print machine output (JSON)", "  -h, --help          Show this help"];
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
}
