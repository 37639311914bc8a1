/**
 * How the command line fails: a usage error exits 2, a miss exits 1; both print one line on stderr.
 *
 * @module
 */

import { escapeControls, quote } from "../internal/errors.js";

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
  const characters = Array.from(text);
  const cut = characters.length > 80 ? `${characters.slice(0, 80).join("")}` : text;
  const quoted = quote(cut);
  return characters.length > 80 ? `${quoted}... (${characters.length} characters)` : quoted;
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
