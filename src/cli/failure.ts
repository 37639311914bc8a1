/**
 * How the command line fails: a usage error exits 2, a miss exits 1; both print one line on stderr.
 *
 * @module
 */

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

export function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
