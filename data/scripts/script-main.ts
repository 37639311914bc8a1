/**
 * Runs a data script's `main` when the file is the one node was started with (not when a test
 * imports it), turning a thrown error into a one-line message and exit code 1.
 */
import { realpathSync } from "node:fs";
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
