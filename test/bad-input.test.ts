import vm from "node:vm";
import { describe, expect, it } from "vitest";
import * as api from "../src/index.js";
import {
  activationPanel,
  categoryPercentages,
  comparePartialDates,
  createTimeline,
  currentCountyCodes,
  dayFromNumber,
  dayNumber,
  detainerBreakdown,
  detainerSeries,
  eventsBetween,
  findJurisdictions,
  formatPartialDate,
  getActivation,
  getCity,
  getJurisdiction,
  getSource,
  isPartialDate,
  isPartialDateWithin,
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

// The contract for bad input, one table for every export that takes arguments: a wrong type
// throws TypeError, a wrong value RangeError, with "Expected ..., got ..." and the echoed input
// cut to about 80 characters with its control characters escaped. `as never` lets a wrong type
// through on purpose.

const long = `${"\u001b[2J".repeat(40)}end`;
const dateProxy = new Proxy(new Date("2010-06-22T00:00:00Z"), {});
const fakeDate = Object.create(Date.prototype) as Date;
const otherRealmDate = vm.runInNewContext('new Date("2010-06-22T12:00:00Z")') as Date;
const overridden = new Date("2010-06-22T12:00:00Z");
Object.defineProperty(overridden, "getTime", { value: () => Number.NaN });
const timeline = createTimeline(api.events);
const sparse = new Array(2) as never;

type ErrorClass = typeof TypeError | typeof RangeError;
const cases: [string, string, () => unknown, ErrorClass, RegExp][] = [
  // export, what, call, class, message
  [
    "parsePartialDate",
    "a Proxy of a Date",
    () => parsePartialDate(dateProxy),
    TypeError,
    /^Expected a date .*, got an object that is not a real Date$/,
  ],
  [
    "parsePartialDate",
    "an object made from Date.prototype",
    () => parsePartialDate(fakeDate),
    TypeError,
    /got an object that is not a real Date$/,
  ],
  ["parsePartialDate", "a long string with escape sequences", () => parsePartialDate(long), RangeError, /\.\.\. \(163 characters\)$/],
  ["comparePartialDates", "a number", () => comparePartialDates(2010 as never, "2010"), TypeError, /got 2010$/],
  ["dayNumber", "a bad day", () => dayNumber("2010-02-30"), RangeError, /got "2010-02-30"/],
  ["dayFromNumber", "a fraction", () => dayFromNumber(1.5), RangeError, /got 1\.5$/],
  ["dayFromNumber", "a string", () => dayFromNumber("1" as never), TypeError, /got "1"$/],
  ["formatPartialDate", "null", () => formatPartialDate(null as never), TypeError, /got null$/],
  ["isPartialDateWithin", "a bad date", () => isPartialDateWithin("2010-13", "2010"), RangeError, /got "2010-13"/],
  ["partialDatesOverlap", "a symbol", () => partialDatesOverlap(Symbol("x") as never, "2010"), TypeError, /got Symbol\(x\)$/],
  ["partialDateToDay", "a bad edge", () => partialDateToDay("2010", "middle" as never), RangeError, /got "middle"$/],
  ["getJurisdiction", "a ligature fl (Unicode case mapping)", () => getJurisdiction("\ufb02"), undefined as never, /./],
  ["getJurisdiction", "a number", () => getJurisdiction(12 as never), TypeError, /got 12$/],
  ["currentCountyCodes", "a number", () => currentCountyCodes(5 as never), TypeError, /got 5$/],
  ["currentCountyCodes", "no county code", () => currentCountyCodes("abc"), RangeError, /got "abc"$/],
  ["periodCountyCodes", "a number", () => periodCountyCodes(5 as never), TypeError, /got 5$/],
  ["periodCountyCodes", "an empty code", () => periodCountyCodes(""), RangeError, /got ""$/],
  ["resolveJurisdiction", "a number", () => resolveJurisdiction(5 as never), TypeError, /got 5$/],
  ["resolveJurisdiction", "null options", () => resolveJurisdiction("Cook", null as never), TypeError, /got null$/],
  ["resolveJurisdiction", "an unknown kind", () => resolveJurisdiction("Cook", { kind: "town" as never }), RangeError, /got "town"$/],
  ["suggestJurisdictions", "a number", () => suggestJurisdictions(5 as never), TypeError, /got 5$/],
  ["suggestJurisdictions", "a negative limit", () => suggestJurisdictions("Cok", { limit: -1 }), RangeError, /got -1$/],
  ["getCity", "a number", () => getCity(5 as never), TypeError, /got 5$/],
  ["activationPanel", "a number as options", () => activationPanel(5 as never), TypeError, /got 5$/],
  ["activationPanel", "an unknown unit", () => activationPanel({ unit: "town" as never }), RangeError, /got "town"$/],
  ["activationPanel", "a number as the period", () => activationPanel({ by: 3 as never }), TypeError, /got 3$/],
  ["getCity", "an empty code", () => getCity(""), RangeError, /got ""$/],
  ["getActivation", "an empty code", () => getActivation(""), RangeError, /got ""$/],
  [
    "findJurisdictions",
    "null options",
    () => findJurisdictions("Cook", null as never),
    TypeError,
    /^Expected options of findJurisdictions as an object, got null$/,
  ],
  ["findJurisdictions", "a string as options", () => findJurisdictions("Cook", "IL" as never), TypeError, /got "IL"$/],
  ["findJurisdictions", "an unknown kind", () => findJurisdictions("Cook", { kind: "town" as never }), RangeError, /got "town"$/],
  ["findJurisdictions", "a number as the kind", () => findJurisdictions("Cook", { kind: 3 as never }), TypeError, /got 3$/],
  ["findJurisdictions", "a number as the state", () => findJurisdictions("Cook", { state: 17 as never }), TypeError, /got 17$/],
  [
    "participationStatus",
    "a name of several places",
    () => participationStatus("Washington County", "2010"),
    RangeError,
    /names 30 jurisdictions: county-/,
  ],
  ["participationStatus", "an invalid Date", () => participationStatus("12086", new Date(Number.NaN)), RangeError, /an invalid Date$/],
  ["jurisdictionsInStatus", "null options", () => jurisdictionsInStatus("activated", "2010", null as never), TypeError, /got null$/],
  ["jurisdictionsInStatus", "a number as the status", () => jurisdictionsInStatus(1 as never, "2010"), TypeError, /got 1$/],
  [
    "jurisdictionsInStatus",
    "an unknown kind",
    () => jurisdictionsInStatus("unknown", "2015", { kind: "city" as never }),
    RangeError,
    /got "city"$/,
  ],
  ["rolloutProgress", "null options", () => rolloutProgress(null as never), TypeError, /got null$/],
  ["rolloutProgress", "a number as options", () => rolloutProgress(5 as never), TypeError, /got 5$/],
  ["rolloutProgress", "a number as by", () => rolloutProgress({ by: 1 as never }), TypeError, /got 1$/],
  [
    "rolloutProgress",
    "to 9999 by day (too long a series)",
    () => rolloutProgress({ by: "day", to: "9999" }),
    RangeError,
    /^Expected a range of at most 100000 days/,
  ],
  [
    "rolloutProgress",
    "a reversed range",
    () => rolloutProgress({ from: "2012", to: "2011" }),
    RangeError,
    /^Expected "from" on or before "to" \(2011\), got "2012"$/,
  ],
  [
    "detainerSeries",
    "null options",
    () => detainerSeries(null as never),
    TypeError,
    /^Expected options of detainerSeries as an object, got null$/,
  ],
  ["detainerSeries", "a number as by", () => detainerSeries({ by: 1 as never }), TypeError, /got 1$/],
  [
    "detainerSeries",
    "an unknown step",
    () => detainerSeries({ by: "day" as never }),
    RangeError,
    /^Expected by as "year" or "month", got "day"$/,
  ],
  ["detainerSeries", "a bad date", () => detainerSeries({ from: "2010-13" }), RangeError, /got "2010-13"$/],
  ["detainerSeries", "a number as a date", () => detainerSeries({ to: 2010 as never }), TypeError, /got 2010$/],
  [
    "detainerSeries",
    "a reversed range",
    () => detainerSeries({ from: "2012", to: "2011-06" }),
    RangeError,
    /^Expected "from" on or before "to" \(2011-06\), got "2012"$/,
  ],
  ["detainerBreakdown", "null as the year", () => detainerBreakdown(null as never, "type"), TypeError, /got null$/],
  ["detainerBreakdown", "a fractional year", () => detainerBreakdown(2014.5, "type"), RangeError, /got 2014\.5$/],
  [
    "detainerBreakdown",
    "a two-digit year",
    () => detainerBreakdown("14", "type"),
    RangeError,
    /^Expected a year as a YYYY string .*, got "14"$/,
  ],
  ["detainerBreakdown", "a number as the breakdown", () => detainerBreakdown(2014, 1 as never), TypeError, /got 1$/],
  [
    "detainerBreakdown",
    "the total as the breakdown",
    () => detainerBreakdown(2014, "total" as never),
    RangeError,
    /^Expected a breakdown as "lift-reason" or "type", got "total"$/,
  ],
  ["categoryPercentages", "null", () => categoryPercentages(null as never), TypeError, /got null$/],
  ["statisticPercentages", "a bigint", () => statisticPercentages(10n as never), TypeError, /got 10n$/],
  ["statisticPercentages", "an empty id", () => statisticPercentages(""), RangeError, /got ""$/],
  ["createTimeline", "[null]", () => createTimeline([null] as never), TypeError, /^Expected an event with a date at index 0, got null$/],
  ["createTimeline", "a sparse array", () => createTimeline(sparse), TypeError, /at index 0, got undefined$/],
  ["createTimeline", "not a list", () => createTimeline("events" as never), TypeError, /got "events"$/],
  ["eventsBetween", "null options", () => eventsBetween("2010", "2011", null as never), TypeError, /got null$/],
  ["eventsBetween", "an unknown kind", () => eventsBetween("2010", "2011", { kind: "party" as never }), RangeError, /got "party"$/],
  [
    "eventsBetween",
    "an unknown category",
    () => eventsBetween("2010", "2011", { category: "gossip" as never }),
    RangeError,
    /got "gossip"$/,
  ],
  ["eventsBetween", "a number as the actor", () => eventsBetween("2010", "2011", { actor: 3 as never }), TypeError, /got 3$/],
  ["eventsBetween", "a number as the mode", () => eventsBetween("2010", "2011", { mode: 1 as never }), TypeError, /got 1$/],
  [
    "eventsBetween",
    "a string as includeSurrounding",
    () => eventsBetween(undefined, undefined, { jurisdiction: "FL", includeSurrounding: "yes" as never }),
    TypeError,
    /got "yes"$/,
  ],
  [
    "eventsBetween",
    "a reversed range of Dates",
    () => eventsBetween(new Date("2011-01-02T00:00:00Z"), new Date("2011-01-01T00:00:00Z")),
    RangeError,
    /^Expected "from" on or before "to" \(2011-01-01\), got "2011-01-02"$/,
  ],
  [
    "eventsBetween",
    "an unknown jurisdiction",
    () => eventsBetween("2010", "2011", { jurisdiction: "Atlantis" }),
    RangeError,
    /got "Atlantis"$/,
  ],
  ["Timeline.between", "null options", () => timeline.between("2010", "2011", null as never), TypeError, /got null$/],
  ["Timeline.between", "a number as the kind", () => timeline.between("2010", "2011", { kind: 5 as never }), TypeError, /got 5$/],
  ["getSource", "a number", () => getSource(1 as never), TypeError, /got 1$/],
  ["getSource", "an empty id", () => getSource(""), RangeError, /got ""$/],
  ["sourcesOf", "a record without citations", () => sourcesOf({} as never), TypeError, /^Expected a record with citations/],
  ["sourcesOf", "a citation without a source", () => sourcesOf([{}] as never), TypeError, /got \{\}$/],
];

describe("bad input", () => {
  const throwing = cases.filter(([, , , errorClass]) => errorClass !== undefined);

  it.each(throwing)("%s: %s throws the right class with Expected ..., got ...", (_name, _what, call, errorClass, message) => {
    let thrown: unknown;
    try {
      call();
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(errorClass);
    const text = (thrown as Error).message;
    expect(text).toMatch(/^Expected .+, got /s);
    expect(text).toMatch(message);
    // The echoed input is cut and its control characters are escaped: one plain line.
    // The expectation may list a closed set (the 28 event kinds); the echoed input stays short.
    expect(text.length).toBeLessThan(600);
    expect([...text].some((character) => (character.codePointAt(0) ?? 0) < 0x20)).toBe(false);
  });

  it("covers every exported function", () => {
    const functions = Object.entries(api)
      .filter(([, value]) => typeof value === "function")
      .map(([name]) => name)
      // Never throw: isPartialDate is checked below; countyCrosswalk takes no argument.
      .filter((name) => name !== "isPartialDate" && name !== "countyCrosswalk");
    const covered = new Set(cases.map(([name]) => name));
    expect(functions.filter((name) => !covered.has(name))).toEqual([]);
    expect(isPartialDate(null)).toBe(false);
    expect(isPartialDate(long)).toBe(false);
  });

  it("reads codes as ASCII: no Unicode case mapping", () => {
    expect(getJurisdiction("\ufb02")).toBeUndefined(); // "ﬂ", upper-cased "FL"
    expect(getJurisdiction("\u0131l")).toBeUndefined(); // dotless i, upper-cased "IL"
    expect(getJurisdiction("\u017fc")).toBeUndefined(); // long s, upper-cased "SC"
    expect(getJurisdiction("us-\u212as")).toBeUndefined(); // Kelvin sign, lower-cased "k"
    expect(getJurisdiction("fl")?.id).toBe("us-fl");
    expect(getJurisdiction("US-KS")?.id).toBe("us-ks");
  });

  it("reads a Date from another realm, and ignores an overridden getTime", () => {
    expect(parsePartialDate(otherRealmDate).text).toBe("2010-06-22");
    expect(parsePartialDate(overridden).text).toBe("2010-06-22");
  });

  it("answers rolloutProgress up to 9999 by year, and a name as a place", () => {
    const points = rolloutProgress({ by: "year", to: "9999" });
    expect(points.at(-1)).toMatchObject({ period: "9999", status: "unknown", activated: null });
    expect(rolloutProgress({ by: "month", from: "9999-12", to: "9999-12" })).toHaveLength(1);
    expect(participationStatus("Miami-Dade County, FL", "2010-05")?.jurisdiction.id).toBe("county-12086");
    expect(participationStatus("Florida", "2010-05")?.jurisdiction.id).toBe("us-fl");
    expect(participationStatus("Nowhere at all", "2010-05")).toBeUndefined();
  });
});
