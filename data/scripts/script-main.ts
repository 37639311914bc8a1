/**
 * Runs a data script's `main` when the file is the one node was started with (not when a test
 * imports it), turning a thrown error into a one-line message and exit code 1.
 */
import { realpathSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

export function runIfMain(moduleUrl: string, main: (args: readonly string[]) => number): void {
  const entry = process.argv[1];
  if (entry === undefined) return;
  try {
    if (realpathSync(entry) !== realpathSync(fileURLToPath(moduleUrl))) return;
  } catch {
    return;
  }
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  }
}

/** The arguments every import takes: one input path, `--out <dir>` and `--check`. */
export interface ImportArguments {
  /** The input: a file or a directory, as given. */
  readonly input: string;
  readonly outDir: string;
  /** Whether `--out` was given (otherwise `outDir` is the default). */
  readonly outGiven: boolean;
  readonly check: boolean;
}

/**
 * Reads an import's arguments: its one input, `--out <dir>` (default `defaultOutDir`) and
 * `--check`; anything else throws with the usage line.
 */
export function importArguments(args: readonly string[], usage: string, missing: string, defaultOutDir: string): ImportArguments {
  let input: string | undefined;
  let outDir: string | undefined;
  let check = false;
  for (let index = 0; index < args.length; index++) {
    const arg = args[index];
    if (arg === "--check") check = true;
    else if (arg === "--out") {
      outDir = args[++index];
      if (outDir === undefined || outDir.startsWith("--")) throw new Error(`--out needs a directory\n${usage}`);
    } else if (arg?.startsWith("--")) throw new Error(`Unknown option ${arg}\n${usage}`);
    else if (input === undefined) input = arg;
    else throw new Error(`Unexpected argument ${arg}\n${usage}`);
  }
  if (input === undefined) throw new Error(`${missing}\n${usage}`);
  return { input, outDir: outDir === undefined ? defaultOutDir : resolve(outDir), outGiven: outDir !== undefined, check };
}
