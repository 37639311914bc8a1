/**
 * The `secure-communities` command line, kept pure so that tests can call it in process: it
 * takes the arguments and the environment and returns the text for stdout and stderr with the
 * exit code. Nothing here writes, exits or reads the clock.
 *
 * Exit codes: 0 success, 1 a place, statistic, source or year's detainer split not found (or a
 * name that matches several places), 2 bad usage (unknown command or option, missing argument,
 * bad value), with a one-line message on stderr that says what was expected.
 *
 * Each command lives in a file of its own and is listed once in {@link commands}.
 *
 * @module
 */

import { isReadable } from "../internal/errors.js";
import { flag, oneOf, orList, parse, topOptions } from "./args.js";
import type { CliCommand, CliEnvironment, CliResult } from "./command.js";
import { program } from "./command.js";
import { countiesCommand } from "./counties.js";
import { detainersCommand } from "./detainers.js";
import { failureResult, shown, usage } from "./failure.js";
import { bold, type Context, contextOf, dim, lines, padEnd, success } from "./output.js";
import { panelListing } from "./panel.js";
import { rolloutCommand } from "./rollout.js";
import { sourcesCommand } from "./sources.js";
import { statsCommand } from "./stats.js";
import { statusCommand } from "./status.js";
import { timelineCommand } from "./timeline.js";

export type { CliEnvironment, CliResult } from "./command.js";

/** The commands, in the order the help lists them: adding a command is adding it here. */
const commands: readonly CliCommand[] = [
  statusCommand,
  countiesCommand,
  timelineCommand,
  statsCommand,
  rolloutCommand,
  detainersCommand,
  panelListing,
  sourcesCommand,
];

/** The names of the commands, in the order the help lists them. */
export const commandNames: readonly string[] = commands.map((command) => command.name);

function commandNamed(name: string): CliCommand | undefined {
  return commands.find((command) => command.name === name);
}

/**
 * Run the command line on its arguments (without `node` and the script path) and return what it
 * prints and its exit code. This is what the `secure-communities` binary runs.
 *
 * @param argv - The arguments, e.g. `["status", "12086", "--as-of", "2010-05"]`.
 * @param environment - `env` (for `NO_COLOR`), `isTTY` and `columns` of stdout and the package `version`.
 * @returns The text for stdout and stderr and the exit code: 0 success, 1 not found or
 *   ambiguous, 2 bad usage.
 * @throws Never: unexpected errors are reported as a one-line message with exit code 1.
 * @example
 * ```ts
 * runCli(["rollout", "--by", "year"]).stdout.split("\n")[2];
 * // => "2008    partial            14     +14     0.4%  ▏"
 * runCli(["status", "12086", "--as-of", "2010-13"]);
 * // => { exitCode: 2, stdout: "", stderr: "secure-communities: unknown date 2010-13: expected YYYY, YYYY-MM or YYYY-MM-DD\n" }
 * ```
 */
export function runCli(argv: readonly string[], environment: CliEnvironment = {}): CliResult {
  return guarded(environment, (context) => {
    checkArguments(argv);
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
      const command = commandNamed(topic);
      if (command !== undefined) return success(command.help(context));
      throw usage(`unknown command ${shown(topic)}: expected ${orList(commandNames)}`);
    }
    const command = oneOf(name, commandNames) ? commandNamed(name) : undefined;
    if (command === undefined) throw usage(`unknown command ${shown(name)}: expected ${orList(commandNames)} (see ${program} --help)`);
    return command.run(rest, context);
  });
}

/** Bad usage unless the arguments are a list of strings, as a shell gives them (a hole is no string). */
function checkArguments(argv: unknown): void {
  const expectation = "bad arguments: expected a list of strings";
  if (!isReadable(argv) || !Array.isArray(argv)) throw usage(expectation);
  for (let index = 0; index < argv.length; index += 1) if (typeof argv[index] !== "string") throw usage(expectation);
}

/** Run `body`, turning failures into exit codes and one-line messages. */
function guarded(environment: CliEnvironment, body: (context: Context) => CliResult): CliResult {
  try {
    return body(contextOf(environment));
  } catch (error) {
    return failureResult(error);
  }
}

function topHelp(context: Context): string {
  return lines(
    `${bold(context, "Usage:")} ${program} <command> [options]`,
    "",
    "The public record of the U.S. Secure Communities program (2008-2021), from the command line.",
    "",
    bold(context, "Commands:"),
    ...commands.map((command) => `  ${padEnd(command.synopsis, 16)} ${command.summary}`),
    "",
    bold(context, "Options:"),
    "  --json           Print machine output (JSON) instead of text; works with every command",
    "  -h, --help       Show help; `secure-communities <command> --help` for a command",
    "  --version        Print the package version",
    "",
    dim(context, "Dates are YYYY, YYYY-MM or YYYY-MM-DD; a month or a year stands for all its days."),
    dim(
      context,
      "Exit codes: 0 success, 1 not found (a place, statistic, source or year's split; or a name that matches several), 2 bad usage.",
    ),
    dim(context, "Colour only on a terminal; set NO_COLOR to turn it off."),
  );
}
