import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compactActivations, compactJurisdictions } from "../data/scripts/compact.js";
import type { DatasetRecord } from "../data/scripts/load.js";
import { activations, events, jurisdictions, offenseLevels, sources, statistics } from "../src/index.js";
import { expandActivations, expandJurisdictions } from "../src/internal/compact.js";

const published = (file: string) => readFileSync(new URL(`../data/published/${file}.json`, import.meta.url), "utf8");

describe("the data modules", () => {
  it.each([
    ["sources", sources],
    ["jurisdictions", jurisdictions],
    ["activations", activations],
    ["events", events],
    ["statistics", statistics],
    ["offense-levels", offenseLevels],
  ] as const)("hold exactly the published %s, keys in the same order", (file, records) => {
    expect(JSON.stringify(records)).toBe(JSON.stringify(JSON.parse(published(file))));
  });
});

describe("the compact layout", () => {
  const state = {
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
    citations: [{ source: "a", confidence: "high" }],
  };
  const county = (fips: string, name: string, extra: Partial<DatasetRecord> = {}): DatasetRecord => ({
    id: `county-${fips}`,
    kind: "county",
    name,
    fullName: `${name} County`,
    type: "County",
    fips,
    parent: "us-fl",
    aliases: [],
    citations: [{ source: "b", confidence: "high" }],
    ...extra,
  });

  it("rebuilds every record, storing whole the ones that do not follow the rules", () => {
    const records = [
      state,
      county("12001", "Alachua"),
      county("12086", "Miami-Dade", { aliases: ["Dade County"] }),
      county("12087", "Monroe"),
      county("12099", "Palm Beach", { note: "an odd one" }),
    ];
    const columns = compactJurisdictions(records);
    expect(columns.whole.map(([index]) => index)).toEqual([0, 2, 4]);
    const rebuilt = expandJurisdictions(JSON.parse(JSON.stringify(columns)));
    expect(JSON.stringify(rebuilt)).toBe(JSON.stringify(records));
    expect(Object.isFrozen(rebuilt[1])).toBe(true);
    expect(Object.isFrozen(rebuilt[1]?.citations[0])).toBe(true);
    expect(Object.isFrozen(rebuilt[2]?.aliases)).toBe(true);
  });

  it("rebuilds activations, with odd citations stored whole", () => {
    const records = [
      { county: "county-01001", date: "2011-04-26", citations: [{ source: "x", confidence: "high" }] },
      { county: "county-01003", date: "2011-04-26", citations: [{ source: "x", confidence: "high" }] },
      { county: "county-01005", date: "2013-01-22", citations: [{ source: "y", locator: "row 3", confidence: "medium" }] },
    ];
    const columns = compactActivations(records);
    expect(columns.whole.map(([index]) => index)).toEqual([2]);
    expect(JSON.stringify(expandActivations(JSON.parse(JSON.stringify(columns))))).toBe(JSON.stringify(records));
  });

  it("handles empty datasets", () => {
    expect(expandActivations(compactActivations([]))).toEqual([]);
    expect(expandJurisdictions(compactJurisdictions([]))).toEqual([]);
  });
});
