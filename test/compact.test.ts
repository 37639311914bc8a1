import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compactActivations, compactJurisdictions, stateCodesModule } from "../data/scripts/compact.js";
import type { DatasetRecord } from "../data/scripts/load.js";
import { activations, detainers, events, jurisdictions, offenseLevels, sources, statistics } from "../src/index.js";
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
    ["detainers", detainers],
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
    population: 1000,
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

describe("the state codes module", () => {
  const records = JSON.parse(published("jurisdictions")) as DatasetRecord[];
  const core = records.filter((record) => record["kind"] !== "city" || String(record["id"]).startsWith("city-0644"));
  const breaking = (id: string, change: Record<string, unknown>) =>
    records.map((record) => (record["id"] === id ? { ...record, ...change } : record));

  it("holds every state's FIPS and USPS code and the county of each core city", () => {
    const module = stateCodesModule(records, core, "banner");
    expect(module).toContain('"01AL02AK04AZ');
    expect(module).toContain('export const cityCounties = "064400006037";');
  });

  it.each([
    ["a state whose id is not us-<usps>", "us-il", { id: "illinois" }],
    ["a state whose ISO code is not US-<USPS>", "us-il", { iso3166_2: "US-IX" }],
    ["a state whose parent is not the nation", "us-il", { parent: "us-in" }],
    ["a county whose id is not county-<fips>", "county-17031", { id: "county-17032" }],
    ["a county whose parent is not the state of its FIPS prefix", "county-17031", { parent: "us-in" }],
    ["a city whose parent is not the state of its GEOID prefix", "city-0644000", { parent: "us-nv" }],
    ["a nation with a FIPS code", "us", { fips: "00" }],
  ])("rejects %s", (_, id, change) => {
    expect(() => stateCodesModule(breaking(id, change), core, "banner")).toThrow(/does not follow the rule/);
  });
});
