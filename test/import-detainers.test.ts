import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  categoryKey,
  coveredDays,
  DetainersImportError,
  type DetainersImportInput,
  detainerFiles,
  importDetainers,
} from "../data/scripts/import-detainers.js";

// The detainers import, on small inputs written here (the package never reads ../shared).
const root = fileURLToPath(new URL("../", import.meta.url));
const licence = "The MIT License (MIT)\n\nCopyright (c) 2016 NPR \n\nPermission is hereby granted, free of charge, ...\n";
const input: DetainersImportInput = {
  byYearAndMonth: "year_month,count\n2007-10,10\n2007-12,20\n2008-01,12\n",
  byYear: "year,count\n2007,30\n2008,12\n",
  byLiftReasonAndYear: "year,lift_reason,count\n2007,Detainer Declined by LEA,3\n2007,Booked into Detention,20\n",
  byTypeAndYear: [
    "year,detainer_type,count",
    "2008,I247D - Immigration Detainer - Request for Action,2",
    "2008,I247 - Immigration Detainer - Notice of Action (prior to March 2013),5",
  ].join("\r\n"),
  licence,
};

interface ImportedCount {
  id: string;
  period: string;
  from: string;
  to: string;
  breakdown: string;
  category?: string;
  count: number;
  citations: { source: string; locator: string; confidence: string }[];
}

const recordsOf = (files: Readonly<Record<string, string>>) => JSON.parse(files["detainers.json"] as string) as ImportedCount[];

function problemsOf(changed: Partial<DetainersImportInput>): readonly string[] {
  try {
    importDetainers({ ...input, ...changed });
  } catch (error) {
    expect(error).toBeInstanceOf(DetainersImportError);
    return (error as DetainersImportError).problems;
  }
  throw new Error("the import passed");
}

describe("importDetainers", () => {
  it("writes one record a count, totals first, each citing its file and line, and copies the licence", () => {
    const files = importDetainers(input);
    expect(Object.keys(files)).toEqual(["detainers.json", "npr-sanctuary-cities.LICENSE"]);
    expect(files["npr-sanctuary-cities.LICENSE"]).toBe(licence);
    const records = recordsOf(files);
    expect(records.map((record) => record.id)).toEqual([
      "2007",
      "2007-10",
      "2007-12",
      "2008",
      "2008-01",
      "2007-lift-booked-into-detention",
      "2007-lift-detainer-declined-by-lea",
      "2008-type-i247-prior-to-march-2013",
      "2008-type-i247d",
    ]);
    expect(records[0]).toEqual({
      id: "2007",
      period: "2007",
      from: "2007-10-01",
      to: "2007-12-31",
      breakdown: "total",
      count: 30,
      citations: [{ source: "npr-sanctuary-cities-detainers", locator: "export/detainers_by_year.csv, line 2 (2007)", confidence: "high" }],
    });
    expect(records[6]).toMatchObject({
      breakdown: "lift-reason",
      category: "Detainer Declined by LEA",
      count: 3,
      citations: [{ locator: "export/detainers_by_lift_reason_and_year.csv, line 2 (2007, Detainer Declined by LEA)" }],
    });
    expect(records[7]?.citations[0]?.locator).toBe(
      "export/detainers_by_type_and_year.csv, line 3 (2008, I247 - Immigration Detainer - Notice of Action (prior to March 2013))",
    );
  });

  it("fails when a year's months do not add up to its total", () => {
    expect(problemsOf({ byYear: "year,count\n2007,31\n2008,12\n" })).toEqual([
      "detainers_by_year.csv line 2: the months of 2007 add up to 30, not to the year's total 31",
    ]);
    expect(problemsOf({ byYearAndMonth: "year_month,count\n2007-10,10\n2007-12,20\n" })).toEqual([
      "detainers_by_year.csv line 3: 2008 has no months in detainers_by_year_and_month.csv",
    ]);
    expect(problemsOf({ byYear: "year,count\n2007,30\n" })).toEqual([
      "detainers_by_year_and_month.csv line 4: 2008-01 has no total for 2008 in detainers_by_year.csv",
      "detainers_by_type_and_year.csv line 2: 2008 has no total in detainers_by_year.csv",
    ]);
  });

  it("fails when a year's lift reasons or forms add up to more than its total", () => {
    expect(problemsOf({ byLiftReasonAndYear: "year,lift_reason,count\n2007,Lifted,25\n2007,Died,6\n" })).toEqual([
      "detainers_by_lift_reason_and_year.csv: the lift reasons of 2007 add up to 31, more than the year's total 30",
    ]);
    expect(problemsOf({ byTypeAndYear: "year,detainer_type,count\n2008,I247N - Immigration Advisal,13\n" })).toEqual([
      "detainers_by_type_and_year.csv: the forms of 2008 add up to 13, more than the year's total 12",
    ]);
  });

  it("fails on dates that are not real or lie outside 2007-10-01 to 2015-07-19", () => {
    expect(problemsOf({ byYearAndMonth: "year_month,count\n2007-10,10\n2007-13,20\n2008-01,12\n" })).toContain(
      'detainers_by_year_and_month.csv line 3: year_month "2007-13" is not a real YYYY-MM month',
    );
    expect(problemsOf({ byYearAndMonth: "year_month,count\n2007-09,0\n2007-10,10\n2007-12,20\n2008-01,12\n" })).toEqual([
      "detainers_by_year_and_month.csv line 2: year_month 2007-09 lies outside the days the records cover, 2007-10-01 to 2015-07-19",
    ]);
    expect(problemsOf({ byLiftReasonAndYear: "year,lift_reason,count\n07,Lifted,1\n2016,Lifted,1\n" })).toEqual([
      'detainers_by_lift_reason_and_year.csv line 2: year "07" is not a real YYYY year',
      "detainers_by_lift_reason_and_year.csv line 3: year 2016 lies outside the days the records cover, 2007-10-01 to 2015-07-19",
    ]);
  });

  it("fails on counts that are not non-negative integers, empty categories, repeats and wrong headers", () => {
    const problems = problemsOf({
      byLiftReasonAndYear:
        "year,lift_reason,count\n2007,Lifted,-1\n2007,Died,1.5\n2007,,2\n2007,Case Closed,\n2007,Lifted - Lack of Space,1\n2007,Lifted - Lack of Space,1\n",
    });
    expect(problems).toEqual([
      'detainers_by_lift_reason_and_year.csv line 2: count "-1" is not a non-negative integer',
      'detainers_by_lift_reason_and_year.csv line 3: count "1.5" is not a non-negative integer',
      "detainers_by_lift_reason_and_year.csv line 4: lift_reason is empty",
      'detainers_by_lift_reason_and_year.csv line 5: count "" is not a non-negative integer',
      'detainers_by_lift_reason_and_year.csv line 7: 2007 "Lifted - Lack of Space" is given twice (as id 2007-lift-lifted-lack-of-space), first on line 6',
    ]);
    expect(problemsOf({ byYear: "year,total\n2007,30\n" })[0]).toBe(
      'detainers_by_year.csv line 1: expected the header "year,count", got "year,total"',
    );
    expect(problemsOf({ byYear: "year,count\n2007,30\n2008,12\n2008,12\n" })).toContain(
      "detainers_by_year.csv line 4: 2008 is given twice, first on line 3",
    );
    expect(problemsOf({ byYear: "year,count\n2007,30,1\n2008,12\n" })).toContain(
      "detainers_by_year.csv line 2: expected 2 comma-separated fields, got 3",
    );
    expect(problemsOf({ licence: "All rights reserved\n" })).toEqual([
      "LICENSE-npr-sanctuary-cities: expected NPR's MIT licence with its copyright line",
    ]);
  });

  it("names forms by their code and the words that tell two versions apart; clips periods to the records' days", () => {
    expect(categoryKey("type", "I247D - Immigration Detainer - Request for Action")).toBe("i247d");
    expect(categoryKey("type", "I247 - Immigration Detainer - Notice of Action (as of March 2013)")).toBe("i247-as-of-march-2013");
    expect(categoryKey("lift-reason", "United States Citizen Interviewed")).toBe("united-states-citizen-interviewed");
    expect(coveredDays("2007")).toEqual({ from: "2007-10-01", to: "2007-12-31" });
    expect(coveredDays("2015-07")).toEqual({ from: "2015-07-01", to: "2015-07-19" });
    expect(coveredDays("2012-02")).toEqual({ from: "2012-02-01", to: "2012-02-29" });
    expect(coveredDays("2015-08")).toBeUndefined();
    expect(coveredDays("2010-13")).toBeUndefined();
  });
});

describe("npm run import:detainers", () => {
  const script = join(root, "data", "scripts", "import-detainers.ts");
  const tsx = join(root, "node_modules", ".bin", "tsx");
  const run = (...args: string[]) => spawnSync(tsx, [script, ...args], { cwd: root, encoding: "utf8" });
  const write = (directory: string, changed: Partial<DetainersImportInput> = {}) => {
    const files = { ...input, ...changed };
    for (const [key, name] of Object.entries(detainerFiles)) writeFileSync(join(directory, name), files[key as keyof DetainersImportInput]);
  };

  it("writes the files, passes --check, fails --check naming the file that differs, and exits 1 on a failed check", () => {
    const scratch = mkdtempSync(join(tmpdir(), "import-detainers-test-"));
    try {
      const out = join(scratch, "out");
      write(scratch);
      const written = run(scratch, "--out", out);
      expect(written.stderr).toBe("");
      expect(written.status).toBe(0);
      expect(readFileSync(join(out, "detainers.json"), "utf8")).toBe(importDetainers(input)["detainers.json"]);
      expect(readFileSync(join(out, "npr-sanctuary-cities.LICENSE"), "utf8")).toBe(licence);
      expect(run(scratch, "--out", out, "--check").status).toBe(0);

      writeFileSync(join(out, "detainers.json"), "[]\n");
      const stale = run(scratch, "--out", out, "--check");
      expect(stale.status).toBe(1);
      expect(stale.stderr).toMatch(/detainers\.json differs from a fresh import/);
      expect(stale.stderr).not.toMatch(/LICENSE differs/);
      expect(stale.stderr).toContain(`Run: npm run import:detainers -- ${scratch} --out`);

      write(scratch, { byYear: "year,count\n2007,31\n2008,12\n" });
      const bad = run(scratch, "--out", out);
      expect(bad.status).toBe(1);
      expect(bad.stderr).toContain("The detainers import failed with 1 problem(s):");
      expect(bad.stderr).toContain("the months of 2007 add up to 30, not to the year's total 31");
      expect(run(scratch, "--out", out, "--check").status).toBe(1);
      expect(run().status).toBe(1);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }, 30_000);
});
