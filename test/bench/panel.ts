/**
 * `npm run bench:panel`: how fast the activation panel streams, and how fast the CLI writes it as
 * CSV, each as a ratio against a naive per-row loop over plain arrays. Runs the built package
 * (dist/, so `npm run build` first) in fresh Node processes, so that the memory figure is the
 * panel's alone: the peak resident set (maxRSS) of a process that does nothing else.
 *
 * - county-by-day, 2008-10 to 2014-11 (3,143 counties × 2,252 days, about 7.1M rows): iterate
 *   every row of `activationPanel` and touch a field; the naive loop builds the same rows from
 *   arrays of day strings, comparing strings and parsing dates per row.
 * - county-by-month, 2008-10 to 2014-11 (232,582 rows): the CLI's CSV text (`panelChunks`); the
 *   naive writer builds each line with `Array.join` and the whole text with `join("\n")`.
 *
 * Options: `--quick` runs each measurement once instead of three times (the report takes the median).
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));
const runs = process.argv.includes("--quick") ? 1 : 3;

interface Measure {
  readonly rows: number;
  readonly ms: number;
  readonly maxRssMb: number;
}

/** Runs a script in a fresh Node process from the repository root; it prints one JSON Measure. */
function measure(script: string, typescript: boolean): Measure {
  const loader = typescript ? ["--import", "tsx"] : [];
  const child = spawnSync(process.execPath, [...loader, "--input-type=module", "-e", script], { cwd: root, encoding: "utf8" });
  if (child.status !== 0) throw new Error(`benchmark script failed: ${child.stderr}`);
  return JSON.parse(child.stdout) as Measure;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

function repeated(script: string, typescript = false): Measure {
  const all = Array.from({ length: runs }, () => measure(script, typescript));
  return { rows: all[0]?.rows ?? 0, ms: median(all.map((one) => one.ms)), maxRssMb: median(all.map((one) => one.maxRssMb)) };
}

const report = `const report = (rows, ms) => console.log(JSON.stringify({ rows, ms, maxRssMb: process.resourceUsage().maxRSS / 1024 }));`;

const panelStream = `
import { activationPanel } from "./dist/panel.js";
${report}
const start = performance.now();
let rows = 0, active = 0;
for (const row of activationPanel({ unit: "county", by: "day", from: "2008-10", to: "2014-11" })) {
  rows += 1;
  if (row.active) active += 1;
}
report(rows, performance.now() - start);
`;

/** The naive panel: plain arrays of strings, a string comparison and two date parses per row. */
const naiveStream = `
import { activations } from "./dist/activations.js";
${report}
const start = performance.now();
const days = [];
for (let day = Date.UTC(2008, 9, 1); day <= Date.UTC(2014, 10, 30); day += 86400000) days.push(new Date(day).toISOString().slice(0, 10));
const counties = activations.map((activation) => activation.county);
const dates = activations.map((activation) => activation.date);
let rows = 0, active = 0;
for (let county = 0; county < counties.length; county += 1) {
  const date = dates[county];
  for (const day of days) {
    const on = date <= day;
    const row = {
      unit: "county", id: counties[county], period: day, periodStart: day, periodEnd: day,
      active: day >= "2014-11-20" ? null : on, activeDaysFraction: day >= "2014-11-20" ? null : on ? 1 : 0,
      activationDate: date, cohort: date,
      eventTime: day >= "2014-11-20" ? null : (Date.parse(day) - Date.parse(date)) / 86400000,
    };
    rows += 1;
    if (row.active) active += 1;
  }
}
report(rows, performance.now() - start);
`;

const csvWrite = `
import { activationPanel } from "./dist/panel.js";
import { panelChunks } from "./src/cli/panel.ts";
${report}
const panel = activationPanel({ unit: "county", by: "month", from: "2008-10", to: "2014-11" });
const start = performance.now();
let characters = 0;
for (const chunk of panelChunks(panel, "csv")) characters += chunk.length;
report(panel.size, performance.now() - start);
`;

const naiveCsv = `
import { activationPanel } from "./dist/panel.js";
${report}
const panel = activationPanel({ unit: "county", by: "month", from: "2008-10", to: "2014-11" });
const start = performance.now();
const lines = [];
for (const row of panel) lines.push(Object.values(row).map((value) => (value === null ? "" : String(value))).join(","));
const text = lines.join("\\n");
report(panel.size + text.length * 0, performance.now() - start);
`;

function main(): void {
  const stream = repeated(panelStream);
  const naive = repeated(naiveStream);
  // The CLI's chunk writer is not a module of dist/ of its own: both CSV writers run from src/ through tsx.
  const csv = repeated(csvWrite.replace("./dist/panel.js", "./src/panel.ts"), true);
  const naiveText = repeated(naiveCsv.replace("./dist/panel.js", "./src/panel.ts"), true);
  const rate = (one: Measure) => one.rows / one.ms / 1000;
  const lines = [
    `| measurement | rows | time (ms) | rows/s | peak RSS (MB) | ratio to naive |`,
    `| --- | ---: | ---: | ---: | ---: | ---: |`,
    `| county-by-day panel, streamed (\`activationPanel\`) | ${stream.rows.toLocaleString("en-US")} | ${stream.ms.toFixed(0)} | ${rate(stream).toFixed(2)}M | ${stream.maxRssMb.toFixed(0)} | ${(naive.ms / stream.ms).toFixed(2)}x faster |`,
    `| county-by-day, naive per-row loop over plain arrays | ${naive.rows.toLocaleString("en-US")} | ${naive.ms.toFixed(0)} | ${rate(naive).toFixed(2)}M | ${naive.maxRssMb.toFixed(0)} | 1 |`,
    `| county-by-month CSV (\`panelChunks\`) | ${csv.rows.toLocaleString("en-US")} | ${csv.ms.toFixed(0)} | ${rate(csv).toFixed(2)}M | ${csv.maxRssMb.toFixed(0)} | ${(naiveText.ms / csv.ms).toFixed(2)}x faster |`,
    `| county-by-month CSV, naive \`Array.join\` per row | ${naiveText.rows.toLocaleString("en-US")} | ${naiveText.ms.toFixed(0)} | ${rate(naiveText).toFixed(2)}M | ${naiveText.maxRssMb.toFixed(0)} | 1 |`,
  ];
  console.log(`Panel benchmarks: Node ${process.version}, median of ${runs} run${runs === 1 ? "" : "s"}, each in a fresh process\n`);
  console.log(lines.join("\n"));
  const problems: string[] = [];
  if (stream.ms >= 3000) problems.push(`the county-by-day panel took ${stream.ms.toFixed(0)} ms (goal: under 3,000)`);
  if (stream.maxRssMb >= 100) problems.push(`the county-by-day panel peaked at ${stream.maxRssMb.toFixed(0)} MB (goal: under 100)`);
  if (rate(csv) < 1) problems.push(`the county-by-month CSV ran at ${rate(csv).toFixed(2)}M rows/s (goal: 1M or more)`);
  if (problems.length > 0) {
    console.error(`\nMissed: ${problems.join("; ")}`);
    process.exitCode = 1;
  }
}

main();
