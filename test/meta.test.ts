import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { latestDate } from "../data/scripts/generate.js";
import {
  activations,
  comparePartialDates,
  countyCodeChanges,
  detainers,
  events,
  jurisdictions,
  meta,
  offenseLevels,
  partialDateToDay,
  sources,
  statistics,
} from "../src/index.js";

const packageVersion = (JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string }).version;
const datasets = { sources, jurisdictions, activations, events, statistics, countyCodeChanges, offenseLevels, detainers };

/** Every date each dataset's records state, read field by field (not through the JSON Schema, as the generator does). */
const statedDates: Record<keyof typeof datasets, string[]> = {
  sources: sources.flatMap((source) => (source.published === undefined ? [] : [source.published])),
  jurisdictions: jurisdictions.flatMap((jurisdiction) => (jurisdiction.otherCodes ?? []).map((otherCode) => otherCode.date)),
  activations: activations.map((activation) => activation.date),
  events: events.map((event) => event.date),
  statistics: statistics.flatMap((statistic) => [statistic.from, statistic.to]),
  countyCodeChanges: countyCodeChanges.map((change) => change.date),
  offenseLevels: [],
  detainers: detainers.flatMap((count) => [count.period, count.from, count.to]),
};

/** The date whose last day is latest; on the same last day, the narrower one. */
function latest(dates: readonly string[]): string | undefined {
  return [...dates]
    .sort((a, b) => partialDateToDay(a, "end").localeCompare(partialDateToDay(b, "end")) || comparePartialDates(a, b))
    .at(-1);
}

describe("meta", () => {
  it("carries the version in package.json (run npm run generate after a version bump)", () => {
    expect(meta.version).toBe(packageVersion);
  });

  it("gives every dataset the package version, its record count and its latest date", () => {
    expect(Object.keys(meta.datasets)).toEqual(Object.keys(datasets));
    for (const [name, records] of Object.entries(datasets) as [keyof typeof datasets, readonly unknown[]][]) {
      const expected = {
        version: packageVersion,
        records: records.length,
        ...(statedDates[name].length === 0 ? {} : { latestDate: latest(statedDates[name]) }),
      };
      expect(meta.datasets[name], name).toEqual(expected);
    }
  });

  it('dates the data "as of" the latest date any record or source states', () => {
    const everyDate = Object.values(statedDates).flat();
    expect(meta.asOf).toBe(latest(everyDate));
    for (const date of everyDate) expect(partialDateToDay(date, "end") <= partialDateToDay(meta.asOf, "end"), date).toBe(true);
  });

  it("is frozen all the way down", () => {
    expect(Object.isFrozen(meta)).toBe(true);
    expect(Object.isFrozen(meta.datasets)).toBe(true);
    expect(Object.isFrozen(meta.datasets.activations)).toBe(true);
    expect(() => {
      (meta as { version: string }).version = "9.9.9";
    }).toThrow(TypeError);
  });
});

describe("latestDate (the generator's rule)", () => {
  it("takes the latest last day, and on the same last day the narrower date", () => {
    expect(latestDate(["2011", "2011-06-30", "2011-12-31", "2010-06"])).toBe("2011-12-31");
    expect(latestDate(["2011-12", "2011"])).toBe("2011-12");
    expect(latestDate(["2013-01-22", "2013-01"])).toBe("2013-01");
    expect(latestDate([])).toBeUndefined();
  });
});
