/**
 * The research guide's base-R example, run by Rscript against the published CSV files and the
 * panel command's CSV, as a researcher would: no R package beyond base R. Without Rscript the test
 * skips with a message, except in CI (`CI` set), where that fails.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../src/cli/run.js";

const root = fileURLToPath(new URL("../", import.meta.url));
const rscript = spawnSync("Rscript", ["--version"], { encoding: "utf8" });
const hasR = rscript.status === 0;
const inCi = process.env["CI"] !== undefined && process.env["CI"] !== "" && process.env["CI"] !== "false";
const guide = readFileSync(join(root, "docs", "research-guide.md"), "utf8");
const example = /<!-- tested: r -->\s*```r\n([\s\S]*?)```/.exec(guide)?.[1] ?? "";

if (!hasR && !inCi)
  console.warn("Skipping the research guide's R example: no Rscript (apt-get install -y r-base-core). In CI it fails instead.");

describe("the research guide's base-R example", () => {
  const work = mkdtempSync(join(tmpdir(), "secure-communities-r-"));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("is in the guide, and reads the indicators as numbers", () => {
    expect(example).toContain("read.csv");
    expect(example).toContain("is.numeric(panel$active)");
  });

  it.skipIf(!hasR && !inCi)(
    "runs in base R on the CSV files and the panel command's CSV",
    () => {
      expect(hasR, "Rscript is needed (apt-get install -y r-base-core)").toBe(true);
      mkdirSync(join(work, "node_modules", "secure-communities", "data"), { recursive: true });
      symlinkSync(join(root, "data", "published"), join(work, "node_modules", "secure-communities", "data", "published"));
      const panel = runCli(["panel", "--by", "year", "--treated-as-of-month", "1", "--threshold", "0.5"]);
      expect(panel.exitCode).toBe(0);
      writeFileSync(join(work, "panel.csv"), panel.stdout);
      writeFileSync(join(work, "example.R"), example);
      const result = spawnSync("Rscript", ["example.R"], { cwd: work, encoding: "utf8" });
      expect(result.stderr).not.toMatch(/Error/);
      expect(result.status).toBe(0);
      // The yearly counts of ICE's list (its codes, as read.csv sees the file), and the panel's sums.
      expect(result.stdout).toMatch(/2008\s+2009\s+2010\s+2011\s+2012\s+2013/);
      expect(result.stdout).toMatch(/period\s+active\s+treated_as_of\s+at_threshold/);
    },
    60_000,
  );
});
