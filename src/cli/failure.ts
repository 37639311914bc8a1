/**
 * How the command line fails: a usage error exits 2, a miss exits 1; both print one line on stderr.
 *
 * @module
 */

import { escapeControls, firstCharacters, quoteCut } from "../internal/errors.js";
import { type CliResult, program } from "./command.js";

export class CliFailure extends Error {
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

export function usage(message: string): CliFailure {
  return new CliFailure(2, message);
}

export function notFound(message: string, stdout = ""): CliFailure {
  return new CliFailure(1, message, stdout);
}

/**
 * Call a helper and turn its `Expected <what>, got <value>` errors into a usage error that reads
 * `<context>: expected <what>`.
 */
export function fromHelper<T>(context: string, call: () => T): T {
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

/**
 * A user's argument as a message shows it: quoted, control characters escaped (an escape
 * sequence must not reach the terminal) and cut after 80 characters.
 */
export function quoted(text: string): string {
  return quoteCut(text);
}

/** Like {@link quoted}, but a short argument of printable ASCII without spaces is shown as it is. */
export function shown(text: string): string {
  return /^[\x21-\x7e]{1,80}$/.test(text) && !text.includes('"') ? text : quoted(text);
}

/** Escape what is left of control characters in a message, so stderr gets one plain line. */
export function safeLine(text: string): string {
  return escapeControls(text);
}

export function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** The longest message of an unexpected error that stderr shows. */
const longestUnexpected = 300;

/**
 * What the command line prints for a failure: a `CliFailure` as its exit code and its message;
 * anything else, which no argument should cause, as an unexpected error that exits 1. Either way
 * stderr gets one line, its control characters escaped, and no stack trace.
 */
export function failureResult(error: unknown): CliResult {
  if (error instanceof CliFailure)
    return { exitCode: error.exitCode, stdout: error.stdout, stderr: `${program}: ${safeLine(error.message)}\n` };
  const message = firstCharacters(oneLine(error instanceof Error ? error.message : String(error)), longestUnexpected);
  return { exitCode: 1, stdout: "", stderr: `${program}: unexpected error: ${safeLine(message)}\n` };
}
