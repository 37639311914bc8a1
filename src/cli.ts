#!/usr/bin/env node
/**
 * The `secure-communities` command line: runs {@link runCli} on the process's arguments, writes
 * what it returns and sets the exit code. Everything else lives in `cli/`.
 *
 * @module
 */

import { readFileSync } from "node:fs";
import process from "node:process";
import { streamPanelCommand } from "./cli/panel.js";
import { runCli } from "./cli/run.js";

/** The version in the package.json next to `dist/`, read only when `--version` asks for it. */
function packageVersion(): string {
  try {
    const text = readFileSync(new URL("../package.json", import.meta.url), "utf8");
    const { version } = JSON.parse(text) as { version?: unknown };
    return typeof version === "string" ? version : "unknown";
  } catch {
    return "unknown";
  }
}

// `secure-communities timeline | head` closes the pipe early: stop quietly, never with a stack trace.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") process.stderr.write(`secure-communities: cannot write the output: ${error.message}\n`);
  process.exit(error.code === "EPIPE" ? 0 : 1);
});

// The panel can run to millions of rows: it streams to stdout instead of returning a string.
const streamsPanel = process.argv[2] === "panel";
if (streamsPanel) {
  void streamPanelCommand(process.argv.slice(3), { stdout: process.stdout, stderr: process.stderr, version: packageVersion }).then(
    (code) => {
      process.exitCode = code;
    },
  );
}

const result = streamsPanel
  ? { exitCode: 0, stdout: "", stderr: "" }
  : runCli(process.argv.slice(2), {
      env: process.env,
      isTTY: process.stdout.isTTY === true,
      columns: process.stdout.columns,
      version: packageVersion,
    });
if (result.stdout !== "") process.stdout.write(result.stdout);
if (result.stderr !== "") process.stderr.write(result.stderr);
// Let pending writes to a pipe finish rather than calling process.exit().
process.exitCode = result.exitCode;
