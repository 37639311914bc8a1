/**
 * The shapes every command shares: what the command line reads from its surroundings, what a
 * command returns, and the description of a command that the dispatcher and the help read.
 *
 * @module
 */

import type { Context } from "./output.js";

/** The name of the binary, as messages and help print it. */
export const program = "secure-communities";

/**
 * What the command line reads from its surroundings; everything is optional.
 */
export interface CliEnvironment {
  /** Environment variables; only `NO_COLOR` is read (set to any value, it turns colour off). */
  readonly env?: Readonly<Record<string, string | undefined>> | undefined;
  /** Whether stdout is a terminal; colour is used only then (default `false`). */
  readonly isTTY?: boolean | undefined;
  /** The terminal's width in columns, when stdout is a terminal; long lines wrap to it. */
  readonly columns?: number | undefined;
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

/**
 * One command: its name, the line the top-level help gives it, its own help, and what it does.
 * `run` returns the output or throws a `CliFailure` (see `failure.ts`), which the dispatcher
 * turns into an exit code and a message.
 */
export interface CliCommand {
  /** The word that selects the command (example: `"status"`). */
  readonly name: string;
  /** The command with its arguments, as the top-level help lists it (example: `"status <place>"`). */
  readonly synopsis: string;
  /** One line about what the command does. */
  readonly summary: string;
  /** The command's own help text. */
  help(context: Context): string;
  /** Run the command on the arguments after its name. */
  run(args: readonly string[], context: Context): CliResult;
}
