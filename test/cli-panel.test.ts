import { spawn } from "node:child_process";
import { EventEmitter } from "node:events";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { panelCommand, panelCsvHeader, streamPanelCommand } from "../src/cli/panel.js";
import { runCli } from "../src/cli/run.js";
import { activationPanel, type PanelRow } from "../src/panel.js";

const cli = fileURLToPath(new URL("../dist/cli.js", import.meta.url));

/** A CSV line read back into the row's values, by the header's names. */
function csvRows(text: string): Record<string, string>[] {
  const [header, ...lines] = text.trimEnd().split("\n");
  const names = (header ?? "").split(",");
  return lines.map((line) => Object.fromEntries(line.split(",").map((cell, index) => [names[index], cell])));
}

const snake = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase();
/** A row as the CSV writes it: null empty, an indicator 0 or 1 (so that R and Stata read numbers). */
const asCsv = (row: PanelRow) =>
  Object.fromEntries(
    Object.entries(row).map(([key, value]) => [
      snake(key),
      value === null ? "" : typeof value === "boolean" ? (value ? "1" : "0") : String(value),
    ]),
  );

describe("secure-communities panel", () => {
  it("writes the panel as CSV: a header, then one row a county and month", () => {
    const args = ["--unit", "county", "--by", "quarter", "--from", "2008-10", "--to", "2013-01"];
    const result = runCli(["panel", ...args]);
    expect(result.exitCode).toBe(0);
    expect(result.stdout.split("\n", 1)[0]).toBe(panelCsvHeader);
    const rows = Array.from(activationPanel({ unit: "county", by: "quarter", from: "2008-10", to: "2013-01" }));
    expect(panelCsvHeader).toBe(
      Object.keys(rows[0] as PanelRow)
        .map(snake)
        .join(","),
    );
    const expected = rows.map((row) => Object.values(asCsv(row)).join(","));
    expect(result.stdout.trimEnd().split("\n").slice(1)).toEqual(expected);
    expect(csvRows(result.stdout.split("\n").slice(0, 3).join("\n"))).toEqual(rows.slice(0, 2).map(asCsv));
  }, 30_000);

  it("writes JSON as an array with the row's field names", () => {
    const result = panelCommand(["--unit", "state", "--by", "quarter", "--from", "2014", "--to", "2014", "--format", "json"]);
    expect(result.exitCode).toBe(0);
    const rows = JSON.parse(result.stdout) as PanelRow[];
    expect(rows).toEqual([...activationPanel({ unit: "state", by: "quarter", from: "2014", to: "2014" })]);
    expect(rows.filter((row) => row.period === "2014-Q4").every((row) => row.active === true)).toBe(true);
    expect(JSON.parse(panelCommand(["--unit", "nation", "--from", "2021-01", "--to", "2021-01", "--json"]).stdout)[0].active).toBeNull();
    expect(JSON.parse(panelCommand(["--unit", "nation", "--by", "year", "--from", "1990", "--to", "1990", "--json"]).stdout)).toHaveLength(
      1,
    );
  });

  it.each([
    [["--format", "parquet"], /--format parquet is not written by the command line.*panel-county-month\.parquet/],
    [["--unit", "city"], /unknown --unit city: expected county, state or nation/],
    [["--by", "decade"], /unknown --by decade: expected day, week, month, quarter or year/],
    [["--format", "xlsx"], /unknown --format xlsx: expected csv, json or parquet/],
    [["--from", "2010-13"], /bad panel window --from 2010-13: expected a date as YYYY, YYYY-MM or YYYY-MM-DD/],
    [["--from", "2012", "--to", "2011"], /expected "from" on or before "to"/],
    [["--frobnicate"], /unknown option --frobnicate for panel/],
    [["--unit"], /missing value for --unit/],
    [["extra"], /unexpected argument "extra" for panel/],
  ])("%j exits 2 with one line that says what was expected", (args, message) => {
    const result = runCli(["panel", ...args]);
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
  });

  it("has help, and the top help lists it", () => {
    expect(runCli(["panel", "--help"]).stdout).toMatch(/^Usage: secure-communities panel/);
    expect(runCli(["help", "panel"]).stdout).toMatch(/^Usage: secure-communities panel/);
    expect(runCli(["--help"]).stdout).toMatch(/\n {2}panel {12}A unit-by-period treatment panel/);
  });
});

describe("the panel command refuses what the other commands refuse", () => {
  it.each([
    [["--format", "csv", "--json"], "--json with --format csv: expected one of them"],
    [["--unit", "state", "--unit", "nation"], "--unit given 2 times: expected it once"],
    [["--from", "2010", "--from", "2011"], "--from given 2 times: expected it once"],
  ])("%j", (args, message) => {
    expect(runCli(["panel", ...args])).toEqual({ exitCode: 2, stdout: "", stderr: `secure-communities: ${message}\n` });
  });
});

/** A stdout that takes one chunk at a time: write returns false and drains later. */
class SlowStdout extends EventEmitter {
  readonly chunks: string[] = [];
  pending = 0;
  mostPending = 0;
  write(chunk: string): boolean {
    this.chunks.push(chunk);
    this.pending += 1;
    this.mostPending = Math.max(this.mostPending, this.pending);
    setImmediate(() => {
      this.pending -= 1;
      this.emit("drain");
    });
    return false;
  }
}

class FakeStderr extends EventEmitter {
  readonly text: string[] = [];
  constructor(readonly isTTY: boolean) {
    super();
  }
  write(chunk: string): boolean {
    this.text.push(chunk);
    return true;
  }
}

describe("streamPanelCommand", () => {
  const args = ["--unit", "county", "--by", "month", "--from", "2010", "--to", "2010"];

  it("writes chunk by chunk, waiting for stdout to drain, and the chunks make the same output", async () => {
    const stdout = new SlowStdout();
    const stderr = new FakeStderr(false);
    const code = await streamPanelCommand(args, { stdout: stdout as never, stderr: stderr as never });
    expect(code).toBe(0);
    expect(stdout.chunks.length).toBeGreaterThan(10);
    expect(stdout.mostPending).toBe(1);
    expect(stdout.chunks.join("")).toBe(panelCommand(args).stdout);
    expect(stderr.text).toEqual([]);
  }, 30_000);

  it("shows a progress bar on a terminal once the work runs past a second, and never otherwise", async () => {
    let time = 0;
    const now = () => {
      time += 150;
      return time;
    };
    const tty = new FakeStderr(true);
    await streamPanelCommand(args, { stdout: new SlowStdout() as never, stderr: tty as never, now });
    expect(tty.text.length).toBeGreaterThan(1);
    expect(tty.text.at(-1)).toMatch(/^\r\[#+\] 100% 37,716 of 37,716 rows\n$/);
    const pipe = new FakeStderr(false);
    await streamPanelCommand(args, { stdout: new SlowStdout() as never, stderr: pipe as never, now });
    expect(pipe.text).toEqual([]);
    const quick = new FakeStderr(true);
    await streamPanelCommand(args, { stdout: new SlowStdout() as never, stderr: quick as never, now: () => 0 });
    expect(quick.text).toEqual([]);
  }, 30_000);

  it("stops quietly when the pipe closes", async () => {
    const stdout = new SlowStdout();
    stdout.write = function (this: SlowStdout, chunk: string) {
      this.chunks.push(chunk);
      setImmediate(() => this.emit("error", Object.assign(new Error("write EPIPE"), { code: "EPIPE" })));
      return false;
    };
    const stderr = new FakeStderr(false);
    expect(await streamPanelCommand(args, { stdout: stdout as never, stderr: stderr as never })).toBe(0);
    expect(stdout.chunks).toHaveLength(1);
    expect(stderr.text).toEqual([]);
  });

  it("the binary streams the county-by-day panel into a pipe that closes early, and exits 0 without a message", async () => {
    const child = spawn(process.execPath, [cli, "panel", "--by", "day", "--from", "2008-10", "--to", "2014-11"]);
    let stderr = "";
    child.stderr.on("data", (data: Buffer) => {
      stderr += data.toString();
    });
    const first = await new Promise<string>((resolve) => child.stdout.once("data", (data: Buffer) => resolve(data.toString())));
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(first.startsWith(panelCsvHeader)).toBe(true);
    expect(code).toBe(0);
    expect(stderr).toBe("");
  }, 30_000);
});
