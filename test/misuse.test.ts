import { describe, expect, it } from "vitest";
import {
  categoryPercentages,
  comparePartialDates,
  createTimeline,
  eventsBetween,
  findJurisdictions,
  getJurisdiction,
  jurisdictionsInStatus,
  parsePartialDate,
  participationStatus,
  rolloutProgress,
  statisticPercentages,
} from "../src/index.js";

// Misuse throws TypeError (wrong type) or RangeError (right type, bad value), and the message says
// what was expected and what came. `as never` lets a wrong type through on purpose.
const huge = "x".repeat(100_000);
const cases: [string, () => unknown, typeof TypeError | typeof RangeError, RegExp][] = [
  // dates
  ["month 13", () => parsePartialDate("2010-13"), RangeError, /^Expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got "2010-13"$/],
  ["February 30", () => parsePartialDate("2010-02-30"), RangeError, /got "2010-02-30"/],
  ["February 29 of a common year", () => parsePartialDate("2011-02-29"), RangeError, /got "2011-02-29"/],
  ["day 00", () => parsePartialDate("2010-06-00"), RangeError, /got "2010-06-00"/],
  ["a time", () => parsePartialDate("2010-06-22T00:00:00Z"), RangeError, /^Expected a date as YYYY/],
  ["slashes", () => parsePartialDate("06/22/2010"), RangeError, /got "06\/22\/2010"/],
  ["two-digit year", () => parsePartialDate("10"), RangeError, /got "10"/],
  ["surrounding space", () => parsePartialDate(" 2010"), RangeError, /got " 2010"/],
  ["empty date", () => parsePartialDate(""), RangeError, /got ""$/],
  ["a number for a date", () => parsePartialDate(2010 as never), TypeError, /got 2010$/],
  ["null for a date", () => parsePartialDate(null as never), TypeError, /got null$/],
  ["invalid Date", () => parsePartialDate(new Date(Number.NaN)), RangeError, /an invalid Date/],
  ["huge date string", () => parsePartialDate(huge), RangeError, /\(100000 characters\)$/],
  ["compare with a bad date", () => comparePartialDates("2010", "2010-1"), RangeError, /got "2010-1"/],
  // participation
  [
    "empty code",
    () => getJurisdiction(""),
    RangeError,
    /^Expected a jurisdiction id, FIPS code, GEOID, USPS code or ISO 3166-2 code, got ""$/,
  ],
  ["number for a code", () => getJurisdiction(12086 as never), TypeError, /got 12086$/],
  ["null for a code", () => getJurisdiction(null as never), TypeError, /got null$/],
  ["huge code", () => getJurisdiction(huge), RangeError, /characters\)$/],
  ["empty name", () => findJurisdictions(""), RangeError, /^Expected a jurisdiction name, got ""$/],
  ["blank name", () => findJurisdictions("   "), RangeError, /got " {3}"$/],
  ["huge name", () => findJurisdictions(huge), RangeError, /characters\)$/],
  ["undefined name", () => findJurisdictions(undefined as never), TypeError, /got undefined$/],
  [
    "a state that is no state",
    () => findJurisdictions("Washington County", { state: "Atlantis" }),
    RangeError,
    /^Expected a state as an id, code or name, got "Atlantis"$/,
  ],
  ["a county as the state", () => findJurisdictions("Washington County", { state: "12086" }), RangeError, /got "12086"/],
  ["status with a bad date", () => participationStatus("12086", "2010-13"), RangeError, /got "2010-13"/],
  ["status with NaN as the date", () => participationStatus("12086", Number.NaN as never), TypeError, /got NaN$/],
  ["status of a number", () => participationStatus(12086 as never, "2010"), TypeError, /got 12086$/],
  ["status of null", () => participationStatus(null as never, "2010"), TypeError, /got null$/],
  ["unknown status", () => jurisdictionsInStatus("active" as never, "2010"), RangeError, /got "active"$/],
  ["status list in an unknown state", () => jurisdictionsInStatus("activated", "2010", { state: "ZZ" }), RangeError, /got "ZZ"$/],
  ["rollout by week", () => rolloutProgress({ by: "week" as never }), RangeError, /^Expected by as "day", "month" or "year", got "week"$/],
  ["rollout reversed", () => rolloutProgress({ from: "2012", to: "2010" }), RangeError, /"from" on or before "to"/],
  ["rollout in Infinity", () => rolloutProgress({ from: Number.POSITIVE_INFINITY as never }), TypeError, /got Infinity$/],
  // timeline
  ["timeline reversed", () => eventsBetween("2012", "2010"), RangeError, /^Expected "from" on or before "to"/],
  ["timeline with a bad date", () => eventsBetween("2010-02-30"), RangeError, /got "2010-02-30"/],
  ["timeline unknown mode", () => eventsBetween("2010", "2011", { mode: "inside" as never }), RangeError, /got "inside"$/],
  ["timeline unknown place", () => eventsBetween("2010", "2011", { jurisdiction: "__proto__" }), RangeError, /got "__proto__"$/],
  ["timeline empty place", () => eventsBetween("2010", "2011", { jurisdiction: "" }), RangeError, /got ""$/],
  ["timeline kind as a number", () => eventsBetween("2010", "2011", { kind: 3 as never }), TypeError, /got 3$/],
  ["timeline empty actor", () => eventsBetween("2010", "2011", { actor: "" }), RangeError, /got ""$/],
  ["timeline unknown activations mode", () => eventsBetween("2010", "2011", { activations: "all" as never }), RangeError, /got "all"$/],
  ["timeline of no list", () => createTimeline(null as never), TypeError, /got null$/],
  // percentages
  ["zero total", () => categoryPercentages({ total: 0, categories: [] }), RangeError, /^Expected a total greater than 0, got 0$/],
  [
    "categories above the total",
    () => categoryPercentages({ total: 10, categories: [{ id: "a", count: 11 }] }),
    RangeError,
    /total 10, got 11$/,
  ],
  ["negative count", () => categoryPercentages({ total: 10, categories: [{ id: "a", count: -1 }] }), RangeError, /got -1$/],
  ["fractional count", () => categoryPercentages({ total: 10, categories: [{ id: "a", count: 1.5 }] }), RangeError, /got 1\.5$/],
  ["NaN count", () => categoryPercentages({ total: 10, categories: [{ id: "a", count: Number.NaN }] }), RangeError, /got NaN$/],
  ["Infinity total", () => categoryPercentages({ total: Number.POSITIVE_INFINITY, categories: [] }), RangeError, /got Infinity$/],
  ["string count", () => categoryPercentages({ total: 10, categories: [{ id: "a", count: "5" as never }] }), TypeError, /got "5"$/],
  ["decimals 11", () => categoryPercentages({ total: 10, categories: [] }, { decimals: 11 }), RangeError, /got 11$/],
  ["decimals -1", () => categoryPercentages({ total: 10, categories: [] }, { decimals: -1 }), RangeError, /got -1$/],
  ["decimals 1.5", () => categoryPercentages({ total: 10, categories: [] }, { decimals: 1.5 }), RangeError, /got 1\.5$/],
  [
    "duplicate ids",
    () =>
      categoryPercentages({
        total: 10,
        categories: [
          { id: "a", count: 1 },
          { id: "a", count: 1 },
        ],
      }),
    RangeError,
    /"a"/,
  ],
  [
    "the remainder's id",
    () => categoryPercentages({ total: 10, categories: [{ id: "not-reported", count: 1 }] }),
    RangeError,
    /"not-reported"/,
  ],
  [
    "unknown qualifier",
    () => categoryPercentages({ total: { value: 10, qualifier: "roughly" as never }, categories: [] }),
    RangeError,
    /"roughly"/,
  ],
  ["empty statistic id", () => statisticPercentages(""), RangeError, /^Expected a statistic id, got ""$/],
  ["statistic of a number", () => statisticPercentages(7 as never), TypeError, /got 7$/],
];

describe("misuse", () => {
  it("has at least 40 cases", () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  it.each(cases)("%s throws a clear error", (_name, call, kind, message) => {
    let thrown: unknown;
    try {
      call();
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(kind);
    expect((thrown as Error).message).toMatch(message);
    expect((thrown as Error).message).toMatch(/^Expected /);
  });
});

describe("a miss is a value", () => {
  it("returns undefined or [] rather than throwing", () => {
    expect(getJurisdiction("00000")).toBeUndefined();
    expect(findJurisdictions("hasOwnProperty")).toEqual([]);
    expect(participationStatus("constructor", "2010")).toBeUndefined();
    expect(statisticPercentages("toString")).toBeUndefined();
    expect(eventsBetween("1990", "1995")).toEqual([]);
  });
});
