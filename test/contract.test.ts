import { describe, expect, it } from "vitest";
import {
  activationPanel,
  categoryPercentages,
  comparePartialDates,
  createTimeline,
  currentCountyCodes,
  eventsBetween,
  findJurisdictions,
  formatPartialDate,
  isPartialDateWithin,
  jurisdictions,
  jurisdictionsInStatus,
  parsePartialDate,
  partialDatesOverlap,
  partialDateToDay,
  participationStatus,
  periodCountyCodes,
  resolveJurisdiction,
  rolloutProgress,
  sourcesOf,
  statisticPercentages,
  suggestJurisdictions,
} from "../src/index.js";

// Faults in the contract every export keeps, each with the case that showed it: nothing a caller
// does to an answer changes the next one, and a wrong type is a TypeError and a wrong value a
// RangeError ("Expected ..., got ..."), never the engine's own error. The property suite
// (contract-properties.test.ts) tries the same of every export with values of every sort.
// `as never` lets a wrong type through on purpose.

/** The error a call throws, or `undefined`. */
function thrown(call: () => unknown): Error | undefined {
  try {
    call();
  } catch (error) {
    return error as Error;
  }
  return undefined;
}

/** Try a change that may throw (a frozen object refuses it in strict mode). */
function attempt(change: () => void): void {
  try {
    change();
  } catch {
    // Frozen: the change is refused, which is what the contract allows.
  }
}

const snapshot = (value: unknown) => JSON.stringify(value);

describe("what a caller does to an answer does not change the next one", () => {
  it("the matches of resolveJurisdiction and the match of participationStatus are not the name index's", () => {
    const before = snapshot([
      resolveJurisdiction("Los Angeles"),
      findJurisdictions("Los Angeles"),
      participationStatus("Harris County, TX", "2009-06"),
    ]);
    const resolved = resolveJurisdiction("Los Angeles");
    for (const match of resolved.matches) {
      attempt(() => Object.assign(match, { jurisdiction: jurisdictions[0], by: "id", matched: "changed" }));
    }
    attempt(() => (resolved.matches as unknown[]).push(resolved.matches[0]));
    const status = participationStatus("Harris County, TX", "2009-06");
    attempt(() => Object.assign(status?.match ?? {}, { jurisdiction: jurisdictions[0], matched: "changed" }));
    const after = snapshot([
      resolveJurisdiction("Los Angeles"),
      findJurisdictions("Los Angeles"),
      participationStatus("Harris County, TX", "2009-06"),
    ]);
    expect(after).toBe(before);
  });

  it("the rows of currentCountyCodes and periodCountyCodes are not the crosswalk index's", () => {
    const before = snapshot([currentCountyCodes("02261"), periodCountyCodes("09110")]);
    for (const rows of [currentCountyCodes("02261"), periodCountyCodes("09110")]) {
      const list = rows as unknown[];
      attempt(() => list.push(list[0]));
      attempt(() => list.sort(() => -1));
      attempt(() => {
        list.length = 0;
      });
    }
    expect(snapshot([currentCountyCodes("02261"), periodCountyCodes("09110")])).toBe(before);
  });
});

describe("suggestJurisdictions checks its options", () => {
  it.each([
    ["null", null],
    ["a number", 5],
    ["a string", "IL"],
    ["an array", []],
    ["a Date", new Date(0)],
  ])("%s as options is a TypeError", (_what, options) => {
    const error = thrown(() => suggestJurisdictions("Cok", options as never));
    expect(error).toBeInstanceOf(TypeError);
    expect(error?.message).toMatch(/^Expected options of suggestJurisdictions as an object, got /);
  });
});

describe("a parsed interval is checked", () => {
  const forged = { startDay: 0, endDay: 0 } as never;
  it.each([
    ["partialDateToDay", () => partialDateToDay(forged, "start")],
    ["comparePartialDates", () => comparePartialDates(forged, "2010")],
    ["partialDatesOverlap", () => partialDatesOverlap("2010", forged)],
    ["isPartialDateWithin", () => isPartialDateWithin(forged, "2010")],
  ])("%s refuses an object that is no parsed interval", (_name, call) => {
    const error = thrown(call);
    expect(error).toBeInstanceOf(TypeError);
    expect(error?.message).toMatch(/^Expected a date as a string .*, got \{"startDay":0,"endDay":0\}$/);
  });

  it("refuses an interval whose days are not those of its text, and takes a real one", () => {
    const real = parsePartialDate("2010-06");
    const error = thrown(() => partialDateToDay({ ...real, startDay: 0 }, "start"));
    expect(error).toBeInstanceOf(RangeError);
    expect(error?.message).toMatch(/^Expected a parsed interval whose days are those of its text, got /);
    expect(partialDateToDay(real, "end")).toBe("2010-06-30");
    expect(partialDateToDay({ ...real, start: "forged" }, "start")).toBe("2010-06-01");
    expect(comparePartialDates(real, "2010-06")).toBe(0);
  });
});

describe("a caller's timeline filters events without the fields the filter reads", () => {
  const timeline = createTimeline([{ date: "2010" }, { date: "2010-06", actor: 5, citations: [null], jurisdictions: null }] as never);
  it.each([{ actor: "governor" }, { jurisdiction: "FL" }, { jurisdiction: "12086", includeSurrounding: true }, { source: "x" }])(
    "%j keeps none of them",
    (options) => {
      expect(timeline.between(undefined, undefined, options)).toEqual([]);
    },
  );
});

describe("a wrong type is a TypeError, not a RangeError", () => {
  it.each([
    ["eventsBetween activations: 5", () => eventsBetween("2010", "2011", { activations: 5 as never })],
    ["jurisdictionsInStatus kind: 5", () => jurisdictionsInStatus("activated", "2010", { kind: 5 as never })],
    ["suggestJurisdictions limit: '3'", () => suggestJurisdictions("Cok", { limit: "3" as never })],
    [
      "statisticPercentages reportedPercent: '28'",
      () =>
        statisticPercentages({
          id: "s",
          total: { value: 10, qualifier: "exact" },
          categories: [{ id: "a", label: "a", reportedPercent: "28" as never }],
        }),
    ],
  ])("%s", (_what, call) => {
    const error = thrown(call);
    expect(error).toBeInstanceOf(TypeError);
    expect(error?.message).toMatch(/^Expected .+, got /);
  });
});

describe("options are checked as objects", () => {
  const counts = { total: 10, categories: [{ id: "a", count: 1 }] };
  it.each([
    ["categoryPercentages", () => categoryPercentages(counts, new Date(0) as never)],
    ["categoryPercentages", () => categoryPercentages(counts, [] as never)],
    ["statisticPercentages", () => statisticPercentages("florida-2008-10-2011-02-custody", new Date(0) as never)],
    ["statisticPercentages", () => statisticPercentages("florida-2008-10-2011-02-custody", [1] as never)],
    ["activationPanel", () => activationPanel(new Date(0) as never)],
    ["activationPanel", () => activationPanel([] as never)],
  ])("%s refuses a Date or an array as options", (name, call) => {
    const error = thrown(call);
    expect(error).toBeInstanceOf(TypeError);
    expect(error?.message).toMatch(new RegExp(`^Expected options of ${name} as an object, got (a Date|an array)`));
  });
});

describe("null is a wrong type for every option, never taken as absent", () => {
  it.each([
    ["eventsBetween mode", () => eventsBetween("2010", "2011", { mode: null as never })],
    ["eventsBetween activations", () => eventsBetween("2010", "2011", { activations: null as never })],
    ["eventsBetween kind", () => eventsBetween("2010", "2011", { kind: null as never })],
    ["suggestJurisdictions limit", () => suggestJurisdictions("Cok", { limit: null as never })],
    ["categoryPercentages decimals", () => categoryPercentages({ total: 10, categories: [] }, { decimals: null as never })],
    ["categoryPercentages remainderLabel", () => categoryPercentages({ total: 10, categories: [] }, { remainderLabel: null as never })],
    ["rolloutProgress from", () => rolloutProgress({ from: null as never })],
    ["rolloutProgress to", () => rolloutProgress({ to: null as never })],
    ["jurisdictionsInStatus kind", () => jurisdictionsInStatus("activated", "2010", { kind: null as never })],
    ["resolveJurisdiction state", () => resolveJurisdiction("Cook", { state: null as never })],
    ["activationPanel from", () => activationPanel({ from: null as never })],
    ["formatPartialDate month", () => formatPartialDate({ year: 2010, month: null as never })],
  ])("%s: null", (_what, call) => {
    const error = thrown(call);
    expect(error).toBeInstanceOf(TypeError);
    expect(error?.message).toMatch(/, got null$/);
  });
});

describe("a revoked Proxy is a TypeError that says so", () => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  const revoked = proxy as never;
  it.each([
    ["eventsBetween options", () => eventsBetween("2010", "2011", revoked)],
    ["eventsBetween kind", () => eventsBetween("2010", "2011", { kind: revoked })],
    ["createTimeline", () => createTimeline(revoked)],
    ["createTimeline event", () => createTimeline([revoked])],
    ["categoryPercentages", () => categoryPercentages(revoked)],
    ["categoryPercentages category", () => categoryPercentages({ total: 1, categories: [revoked] })],
    ["statisticPercentages", () => statisticPercentages(revoked)],
    ["sourcesOf", () => sourcesOf(revoked)],
    ["sourcesOf citation", () => sourcesOf([revoked])],
    ["participationStatus", () => participationStatus(revoked, "2010")],
    ["formatPartialDate", () => formatPartialDate(revoked)],
    ["comparePartialDates", () => comparePartialDates(revoked, "2010")],
    ["activationPanel", () => activationPanel(revoked)],
    ["rolloutProgress", () => rolloutProgress(revoked)],
    ["resolveJurisdiction kind", () => resolveJurisdiction("Cook", { kind: revoked })],
    ["findJurisdictions", () => findJurisdictions("Cook", revoked)],
  ])("%s", (_what, call) => {
    const error = thrown(call);
    expect(error).toBeInstanceOf(TypeError);
    expect(error?.message).toMatch(/^Expected .+, got a revoked Proxy$/);
  });
});

describe("lists of kinds", () => {
  it("an empty list keeps nothing, in the resolver as in the timeline", () => {
    expect(resolveJurisdiction("Cook County", { kind: [] })).toMatchObject({ status: "not-found", matches: [], suggestions: [] });
    expect(findJurisdictions("Cook County", { kind: [] })).toEqual([]);
    expect(suggestJurisdictions("Cok County", { kind: [] })).toEqual([]);
    expect(eventsBetween("2010", "2011", { kind: [] })).toEqual([]);
    expect(eventsBetween("2010", "2011", { category: [] })).toEqual([]);
  });

  it.each([
    ["resolveJurisdiction", () => resolveJurisdiction("Cook", { kind: new Array(1) as never })],
    ["findJurisdictions", () => findJurisdictions("Cook", { kind: Object.assign(new Array(2), { 0: "county" }) })],
    ["eventsBetween kind", () => eventsBetween("2010", "2011", { kind: new Array(1) as never })],
    ["eventsBetween category", () => eventsBetween("2010", "2011", { category: Object.assign(new Array(2), { 1: "decision" }) })],
  ])("a sparse list is a TypeError: %s", (_what, call) => {
    const error = thrown(call);
    expect(error).toBeInstanceOf(TypeError);
    expect(error?.message).toMatch(/^Expected (kind|category) as .*, got an array of length \d+$/);
  });
});

describe("work proportional to the input is capped", () => {
  it("categoryPercentages refuses a million categories at once", () => {
    const categories = Array.from({ length: 1_000_000 }, (_, index) => ({ id: `c${index}`, count: 1 }));
    const started = performance.now();
    const error = thrown(() => categoryPercentages({ total: 2_000_000, categories }));
    expect(performance.now() - started).toBeLessThan(500);
    expect(error).toBeInstanceOf(RangeError);
    expect(error?.message).toBe("Expected at most 100000 categories, got an array of length 1000000");
  });
});
