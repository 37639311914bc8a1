/**
 * The county import: invariants of the committed output in data/imported, and the import's
 * failure modes on small synthetic CSVs.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { activation, jurisdiction } from "../data/schema.js";
import {
  type Activation,
  ActivationImportError,
  importActivations,
  importedFiles,
  type Jurisdiction,
  readAtlas,
} from "../data/scripts/import-activations.js";
import { recordsJson } from "../data/scripts/records-json.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const importedDir = join(root, "data", "imported");
const activationsText = readFileSync(join(importedDir, "activations.json"), "utf8");
const jurisdictionsText = readFileSync(join(importedDir, "jurisdictions.json"), "utf8");
const activations = JSON.parse(activationsText) as Activation[];
const jurisdictions = JSON.parse(jurisdictionsText) as Jurisdiction[];
const counties = jurisdictions.filter((record) => record.kind === "county");
const states = jurisdictions.filter((record) => record.kind === "state");
const jurisdictionById = new Map(jurisdictions.map((record) => [record.id, record]));
const dateByCounty = new Map(activations.map((record) => [record.county, record.date]));
const dates = activations.map((record) => record.date).sort();
const earliest = dates[0];
const latest = dates.at(-1);

describe("data/imported (the committed import)", () => {
  it("holds 3,143 activations, 3,148 county records and 51 state-level units", () => {
    expect(activations).toHaveLength(3143);
    // The 3,143 listed codes and the five Alaska areas of the period the list lacks.
    expect(counties).toHaveLength(3148);
    expect(counties.filter((county) => county.activationFrom !== undefined).map((county) => county.fips)).toEqual([
      "02105",
      "02195",
      "02198",
      "02230",
      "02275",
    ]);
    expect(counties.filter((county) => county.listedOnly === true).map((county) => county.fips)).toEqual([
      "02201",
      "02232",
      "02280",
      "51560",
      "51780",
    ]);
    expect(states).toHaveLength(51);
    expect(jurisdictions).toHaveLength(3148 + 51);
    expect(states.filter((record) => record.type === "Federal district").map((record) => record.id)).toEqual(["us-dc"]);
  });

  it("is written deterministically: sorted by id, one compact record per line, keys in schema order", () => {
    expect(activationsText).toBe(recordsJson(activations));
    expect(jurisdictionsText).toBe(recordsJson(jurisdictions));
    const counties = activations.map((record) => record.county);
    expect(counties).toEqual([...counties].sort());
    const ids = jurisdictions.map((record) => record.id);
    expect(ids).toEqual([...ids].sort());
    const jurisdictionKeys = Object.keys(jurisdiction.shape);
    for (const record of jurisdictions) {
      const keys = Object.keys(record);
      expect(keys).toEqual(jurisdictionKeys.filter((key) => keys.includes(key)));
    }
    for (const record of activations) expect(Object.keys(record)).toEqual(Object.keys(activation.shape));
  });

  it("passes the schemas, with unique ids", () => {
    for (const record of jurisdictions) expect(jurisdiction.safeParse(record).success, record.id).toBe(true);
    for (const record of activations) expect(activation.safeParse(record).success, record.county).toBe(true);
    expect(new Set(jurisdictions.map((record) => record.id)).size).toBe(jurisdictions.length);
    expect(new Set(activations.map((record) => record.county)).size).toBe(activations.length);
  });

  it("has a county for every activation and an activation (listed or derived) for every county, each in an existing state", () => {
    for (const record of activations) expect(jurisdictionById.get(record.county)?.kind, record.county).toBe("county");
    for (const county of counties) {
      const from = county.activationFrom?.map((entry) => dateByCounty.get(entry.county));
      if (from === undefined) expect(dateByCounty.has(county.id), county.id).toBe(true);
      else {
        // A derived activation: not listed, and every covering area listed with one date.
        expect(dateByCounty.has(county.id), county.id).toBe(false);
        expect(new Set(from).size, county.id).toBe(1);
        expect(from[0], county.id).toBe("2012-04-10");
      }
      const parent = county.parent === undefined ? undefined : jurisdictionById.get(county.parent);
      expect(parent?.kind, county.id).toBe("state");
      expect(county.fips?.slice(0, 2), county.id).toBe(parent?.fips);
    }
  });

  it("leaves out the four codes that were no county in 2008-2013", () => {
    for (const code of ["02231", "12025", "30113", "41006"]) {
      expect(jurisdictionById.has(`county-${code}`)).toBe(false);
      expect(dateByCounty.has(`county-${code}`)).toBe(false);
    }
  });

  it("activates all 67 Florida counties by 2010-06-30, the last on 2010-06-22", () => {
    const florida = counties.filter((county) => county.parent === "us-fl");
    expect(florida).toHaveLength(67);
    const floridaDates = florida.map((county) => dateByCounty.get(county.id) ?? "missing");
    for (const date of floridaDates) expect(date <= "2010-06-30").toBe(true);
    expect(floridaDates.sort().at(-1)).toBe("2010-06-22");
  });

  it("starts with Harris County, TX on 2008-10-27, with no earlier date", () => {
    expect(jurisdictionById.get("county-48201")?.fullName).toBe("Harris County");
    expect(dateByCounty.get("county-48201")).toBe("2008-10-27");
    expect(earliest).toBe("2008-10-27");
  });

  it("dates Santa Clara, the District of Columbia and Cook County as independent reporting does", () => {
    expect(jurisdictionById.get("county-06085")?.fullName).toBe("Santa Clara County");
    expect(dateByCounty.get("county-06085")).toBe("2010-05-04");
    expect(jurisdictionById.get("county-11001")).toMatchObject({
      name: "District of Columbia",
      fullName: "District of Columbia",
      type: "Federal district",
    });
    expect(dateByCounty.get("county-11001")).toBe("2012-06-05");
    expect(jurisdictionById.get("county-17031")?.fullName).toBe("Cook County");
    expect(dateByCounty.get("county-17031")).toBe("2013-01-22");
    expect(latest).toBe("2013-01-22");
  });

  it("names counties from us-atlas with their Census type", () => {
    expect(jurisdictionById.get("county-12086")).toMatchObject({
      name: "Miami-Dade",
      fullName: "Miami-Dade County",
      type: "County",
      parent: "us-fl",
    });
    expect(jurisdictionById.get("county-22071")).toMatchObject({
      name: "Orleans",
      fullName: "Orleans Parish",
      type: "Parish",
      parent: "us-la",
    });
    expect(jurisdictionById.get("county-51760")).toMatchObject({
      name: "Richmond",
      fullName: "Richmond city",
      type: "city",
      parent: "us-va",
    });
    expect(jurisdictionById.get("county-51159")).toMatchObject({ name: "Richmond", fullName: "Richmond County", type: "County" });
    expect(jurisdictionById.get("county-24510")).toMatchObject({ fullName: "Baltimore city", type: "city" });
    expect(jurisdictionById.get("county-29510")).toMatchObject({ fullName: "St. Louis city", type: "city" });
    expect(jurisdictionById.get("county-32510")).toMatchObject({ fullName: "Carson City", type: "city" });
    expect(jurisdictionById.get("county-02020")).toMatchObject({ fullName: "Anchorage Municipality", type: "Municipality" });
    expect(jurisdictionById.get("county-02110")).toMatchObject({ fullName: "Juneau City and Borough", type: "City and Borough" });
    expect(counties.filter((county) => county.parent === "us-la").every((county) => county.type === "Parish")).toBe(true);
  });

  it("gives the state-level units their codes", () => {
    expect(jurisdictionById.get("us-fl")).toEqual({
      id: "us-fl",
      kind: "state",
      name: "Florida",
      fullName: "Florida",
      type: "State",
      fips: "12",
      usps: "FL",
      iso3166_2: "US-FL",
      parent: "us",
      aliases: [],
      citations: [{ source: "census-us-atlas-counties", confidence: "high" }],
    });
    expect(jurisdictionById.get("us-dc")).toMatchObject({
      name: "District of Columbia",
      type: "Federal district",
      fips: "11",
      usps: "DC",
      iso3166_2: "US-DC",
    });
  });

  it("keeps the names of the period for codes that changed, with a note and the Census change notes cited", () => {
    const changed: Record<string, string> = {
      "51560": "Clifton Forge city",
      "51780": "South Boston city",
      "02201": "Prince of Wales-Outer Ketchikan Census Area",
      "02232": "Skagway-Hoonah-Angoon Census Area",
      "02280": "Wrangell-Petersburg Census Area",
      "02270": "Wade Hampton Census Area",
      "46113": "Shannon County",
      "51515": "Bedford city",
    };
    for (const [code, fullName] of Object.entries(changed)) {
      const record = jurisdictionById.get(`county-${code}`);
      expect(record?.fullName, code).toBe(fullName);
      expect(record?.note, code).toBeTruthy();
      expect(
        record?.citations.map((citation) => citation.source),
        code,
      ).toContain("census-county-changes");
      expect(dateByCounty.has(`county-${code}`), code).toBe(true);
    }
    expect(jurisdictionById.get("county-46113")).toMatchObject({ name: "Shannon", type: "County", parent: "us-sd" });
    expect(jurisdictionById.get("county-46113")?.note).toMatch(/Oglala Lakota.*46102.*2015/);
    expect(counties.filter((county) => county.note !== undefined)).toHaveLength(13);
  });

  it("counts activations by year as the source does, on 156 distinct dates", () => {
    const byYear: Record<string, number> = {};
    for (const date of dates) byYear[date.slice(0, 4)] = (byYear[date.slice(0, 4)] ?? 0) + 1;
    expect(byYear).toEqual({ "2008": 14, "2009": 91, "2010": 790, "2011": 1099, "2012": 1043, "2013": 106 });
    expect(new Set(dates).size).toBe(156);
  });

  it("cites the ICE dataset for every activation and a source for every jurisdiction", () => {
    for (const record of activations)
      expect(record.citations).toEqual([
        {
          source: "ice-activated-jurisdictions-dataset",
          locator: `county ${record.county.slice("county-".length)}, date_secure`,
          confidence: "high",
        },
      ]);
    for (const record of jurisdictions) expect(record.citations.length, record.id).toBeGreaterThan(0);
  });
});

// ---------------------------------------------------------------------------------------------
// The pure function on synthetic CSVs
// ---------------------------------------------------------------------------------------------

const atlas = readAtlas();
const header = "county_fips,state_fips,activation_date,statewide_activation_date";
const csv = (...rows: string[]): string => `${[header, ...rows].join("\n")}\n`;
const florida = ["12086,12,2009-02-24,2010-06-22", "12011,12,2010-06-22,2010-06-22"];

/** The problems an import reports, or a failure when it does not throw ActivationImportError. */
function problemsOf(text: string): readonly string[] {
  try {
    importActivations(text, atlas);
  } catch (error) {
    if (error instanceof ActivationImportError) return error.problems;
    throw error;
  }
  throw new Error("Expected the import to fail");
}

describe("importActivations", () => {
  it("imports a small CSV: the dated counties and all 51 state-level units", () => {
    const result = importActivations(csv(...florida, "12025,12,,"), atlas);
    expect(result.activations).toEqual([
      {
        county: "county-12011",
        date: "2010-06-22",
        citations: [{ source: "ice-activated-jurisdictions-dataset", locator: "county 12011, date_secure", confidence: "high" }],
      },
      {
        county: "county-12086",
        date: "2009-02-24",
        citations: [{ source: "ice-activated-jurisdictions-dataset", locator: "county 12086, date_secure", confidence: "high" }],
      },
    ]);
    expect(result.jurisdictions.filter((record) => record.kind === "state")).toHaveLength(51);
    expect(result.jurisdictions.find((record) => record.id === "county-12086")).toEqual({
      id: "county-12086",
      kind: "county",
      name: "Miami-Dade",
      fullName: "Miami-Dade County",
      type: "County",
      fips: "12086",
      parent: "us-fl",
      aliases: [],
      citations: [{ source: "census-us-atlas-counties", confidence: "high" }],
    });
    expect(result.jurisdictions.some((record) => record.id === "county-12025")).toBe(false);
  });

  it("gives the same files whatever the order of the rows, with CRLF line ends or without a final newline", () => {
    const expected = importedFiles(importActivations(csv(...florida), atlas));
    expect(importedFiles(importActivations(csv(...[...florida].reverse()), atlas))).toEqual(expected);
    expect(importedFiles(importActivations(csv(...florida).replaceAll("\n", "\r\n"), atlas))).toEqual(expected);
    expect(importedFiles(importActivations(csv(...florida).trimEnd(), atlas))).toEqual(expected);
  });

  it("fails when the statewide date is not the state's latest county date", () => {
    const problems = problemsOf(csv("12086,12,2009-02-24,2010-06-21", "12011,12,2010-06-22,2010-06-21"));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /line 2 \(county_fips "12086"\).*statewide_activation_date 2010-06-21 differs from the latest county date of state 12, 2010-06-22.*line 3/,
    );
    expect(problemsOf(csv("12086,12,2009-02-24,2010-06-22", "12011,12,2010-06-22,2010-06-23"))).toEqual([
      expect.stringMatching(
        /^line 3 \(county_fips "12011"\): statewide_activation_date 2010-06-23 differs .* 2010-06-22 \(county_fips "12011", line 3\)$/,
      ),
    ]);
  });

  it("fails on a missing date outside the four codes that were no county", () => {
    expect(problemsOf(csv(florida[0] ?? "", "12011,12,,2010-06-22"))).toEqual([
      expect.stringMatching(/line 3 \(county_fips "12011"\): activation_date is missing/),
      expect.stringMatching(/line 2 .*statewide_activation_date 2010-06-22 differs .* 2009-02-24/),
    ]);
  });

  it("fails when one of the four codes that were no county has a date", () => {
    expect(problemsOf(csv(...florida, "12025,12,2010-06-22,2010-06-22"))).toEqual([
      expect.stringMatching(/line 4 \(county_fips "12025"\): has the activation_date "2010-06-22"/),
    ]);
  });

  it("fails on a malformed FIPS code or a county outside its state", () => {
    expect(problemsOf(csv(...florida, "1208,12,2010-06-22,2010-06-22"))[0]).toMatch(
      /line 4 \(county_fips "1208"\): county_fips is not a 5-digit FIPS code/,
    );
    expect(problemsOf(csv(...florida, "12O87,12,2010-06-22,2010-06-22"))[0]).toMatch(/line 4 .*not a 5-digit FIPS code/);
    expect(problemsOf(csv(...florida, "12087,1,2010-06-22,2010-06-22"))[0]).toMatch(/line 4 .*state_fips "1" is not a 2-digit FIPS code/);
    expect(problemsOf(csv(...florida, "13121,12,2010-06-22,2010-06-22"))[0]).toMatch(
      /line 4 .*state_fips "12" does not match the county code's first two digits/,
    );
    expect(problemsOf(csv(...florida, "72127,72,2010-06-22,2010-06-22"))[0]).toMatch(
      /line 4 .*not one of the 50 states or the District of Columbia/,
    );
    expect(problemsOf(csv(...florida, "12999,12,2010-06-22,2010-06-22"))[0]).toMatch(/line 4 .*us-atlas holds no county with this code/);
  });

  it("fails on a duplicate code", () => {
    expect(problemsOf(csv(...florida, "12086,12,2009-02-24,2010-06-22"))).toEqual([
      expect.stringMatching(/line 4 \(county_fips "12086"\): duplicate code, already on line 2/),
    ]);
  });

  it("fails on a date that does not exist or is not a day", () => {
    expect(problemsOf(csv(...florida, "12087,12,2010-02-30,2010-06-22"))[0]).toMatch(
      /line 4 .*activation_date "2010-02-30" is not a real YYYY-MM-DD date/,
    );
    expect(problemsOf(csv(...florida, "12087,12,2010-06,2010-06-22"))[0]).toMatch(/line 4 .*activation_date "2010-06" is not a real/);
    expect(problemsOf(csv(...florida, "12087,12,2010-06-22,22/06/2010"))[0]).toMatch(
      /line 4 .*statewide_activation_date "22\/06\/2010" is not a real/,
    );
  });

  it("fails on a wrong header or a short row", () => {
    expect(problemsOf("fips,date\n12086,2009-02-24\n")[0]).toMatch(/line 1: expected the header/);
    expect(problemsOf(csv(...florida, "12087,12,2010-06-22"))[0]).toMatch(/line 4: expected 4 comma-separated fields, got 3/);
  });
});

// ---------------------------------------------------------------------------------------------
// The command line, on a synthetic CSV in a scratch directory
// ---------------------------------------------------------------------------------------------

describe("npm run import:activations", () => {
  const script = join(root, "data", "scripts", "import-activations.ts");
  const tsx = join(root, "node_modules", ".bin", "tsx");
  const run = (...args: string[]) => spawnSync(tsx, [script, ...args], { cwd: root, encoding: "utf8" });

  it("writes the files, passes --check, and fails --check naming the file and the command after an edit", () => {
    const scratch = mkdtempSync(join(tmpdir(), "import-activations-test-"));
    try {
      const csvPath = join(scratch, "activations.csv");
      const out = join(scratch, "out");
      writeFileSync(csvPath, csv(...florida));
      expect(run(csvPath, "--out", out).status).toBe(0);
      expect(readFileSync(join(out, "activations.json"), "utf8")).toBe(
        importedFiles(importActivations(csv(...florida), atlas))["activations.json"],
      );
      expect(run(csvPath, "--out", out, "--check").status).toBe(0);

      writeFileSync(join(out, "jurisdictions.json"), "[]\n");
      const stale = run(csvPath, "--out", out, "--check");
      expect(stale.status).toBe(1);
      expect(stale.stderr).toMatch(/jurisdictions\.json differs from a fresh import/);
      expect(stale.stderr).not.toMatch(/activations\.json differs/);
      expect(stale.stderr).toContain(`Run: npm run import:activations -- ${csvPath} --out`);

      writeFileSync(csvPath, csv(...florida, "12086,12,2009-02-24,2010-06-22"));
      const bad = run(csvPath, "--out", out);
      expect(bad.status).toBe(1);
      expect(bad.stderr).toMatch(/line 4 \(county_fips "12086"\): duplicate code/);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }, 30_000);
});
