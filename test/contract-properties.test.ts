import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as api from "../src/index.js";
import {
  activationPanel,
  categoryPercentages,
  countyCrosswalk,
  createTimeline,
  currentCountyCodes,
  eventCategories,
  eventKinds,
  events,
  eventsBetween,
  findJurisdictions,
  getActivation,
  getCity,
  getJurisdiction,
  getSource,
  jurisdictions,
  jurisdictionsInStatus,
  parsePartialDate,
  participationStatus,
  periodCountyCodes,
  qualifiers,
  resolveJurisdiction,
  rolloutProgress,
  sources,
  sourcesOf,
  statisticPercentages,
  statistics,
  suggestJurisdictions,
} from "../src/index.js";
import {
  anyNumber,
  anyText,
  type Category,
  calendarEdgeDates,
  calendarEdgeTexts,
  categories,
  contractViolation,
  fingerprint,
  longText,
  overwrite,
  prototypeKeys,
  reachable,
  revokedProxy,
  samplesOf,
  unfrozenObjects,
} from "./support/contract.js";

// The contract every export keeps, tried with values of every sort (fast-check): a wrong type is a
// TypeError, a wrong value a RangeError, each with the message "Expected ..., got ..." on one line
// with the value escaped and cut; a miss is `undefined` or `[]`; nothing throws the engine's own
// error; and nothing a caller does to an answer, or passes in, changes a later answer. Every
// function the package exports needs a row in the table below (a new export fails the first test
// until it has one), with the shapes of the arguments it takes and a way to make valid ones.

// ---------------------------------------------------------------------------------------------
// The shapes of arguments
// ---------------------------------------------------------------------------------------------

/** One parameter: what it takes, and values to try in it. */
interface Param {
  /** The categories of value it takes: a value of any other is a wrong type. */
  readonly takes: readonly Category[];
  /** Values of a category it takes that are still a wrong type (an object without the fields it reads). */
  readonly wrongShapes?: readonly unknown[];
  /** Values of a right type that may be wrong values: an answer, a miss or a RangeError, never a TypeError. */
  readonly values?: fc.Arbitrary<unknown>;
  /** For an options object (or parts): its fields, each tried alone in the row's good value. */
  readonly fields?: Readonly<Record<string, Param>>;
  /** It takes dates: tried at the calendar's edges. */
  readonly dates?: boolean;
  /** It takes strings: tried with the keys of Object.prototype. */
  readonly texts?: boolean;
  /** A huge value of a type it takes, to answer within the time cap. */
  readonly huge?: () => unknown;
}

/** A function of the table: its parameters, a call known to answer, and valid calls of every sort. */
interface Row {
  readonly params: readonly Param[];
  readonly good: readonly unknown[];
  readonly valid: fc.Arbitrary<readonly unknown[]>;
  /** How to call it, when it is not the export of that name (a method of a returned object). */
  readonly call?: (...args: unknown[]) => unknown;
  /** It never throws, whatever it gets (a type guard). */
  readonly neverThrows?: boolean;
}

const validDay = fc
  .date({ min: new Date("1000-01-01T00:00:00Z"), max: new Date("9999-12-31T00:00:00Z"), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));
const validDateText = fc.oneof(
  validDay,
  validDay.map((day) => day.slice(0, 7)),
  validDay.map((day) => day.slice(0, 4)),
  fc.constantFrom("2008-10-27", "2010-05", "2011-06-07", "2013-01-22", "2014-11-20", "2019", "2021", "2021-01-20", "2012-02-29"),
);
const validDate: fc.Arbitrary<string | Date> = fc.oneof(
  validDateText,
  fc.date({ min: new Date("1000-01-01T00:00:00Z"), max: new Date("9999-12-31T23:59:59Z"), noInvalidDate: true }),
);
/** Partial dates near the rollout, for ranges that stay small. */
const rolloutDateText = fc
  .date({ min: new Date("2007-01-01T00:00:00Z"), max: new Date("2022-12-31T00:00:00Z"), noInvalidDate: true })
  .chain((date) => fc.constantFrom(10, 7, 4).map((length) => date.toISOString().slice(0, length)));
const dateValues: fc.Arbitrary<unknown> = fc.oneof(fc.constantFrom(...calendarEdgeTexts, ...calendarEdgeDates), anyText, validDate);
const validInterval = fc.oneof(
  validDate,
  validDateText.map((text) => parsePartialDate(text)),
);
/** Intervals of the right shape whose days are not those of their text. */
const forgedInterval = fc
  .tuple(validDateText, fc.integer({ min: -400_000, max: 3_000_000 }))
  .map(([text, day]) => ({ ...parsePartialDate(text), startDay: day }));

const objectSamples = samplesOf("object");
const stateRecords = jurisdictions.filter((record) => record.kind === "state");
const stateCodes = stateRecords.flatMap((record) => [record.id, record.usps ?? "", record.fips ?? "", record.name]);
const countyRecords = jurisdictions.filter((record) => record.kind === "county");
const countyCodes = countyRecords.flatMap((record) => [record.id, record.fips ?? ""]);
const codes = jurisdictions.flatMap((record) => [record.id, ...(record.fips === undefined ? [] : [record.fips])]);
const placeNames = [
  "Miami-Dade County, FL",
  "Cook County, IL",
  "Florida",
  "Los Angeles County",
  "Kusilvak",
  "New York City",
  "Harris County, TX",
];
const nameQuery = fc.oneof(
  fc.constantFrom(...placeNames, "Los Angeles", "Washington County", "Petersburg", "Harris Conty, TX", "St. Louis"),
  fc.string({ minLength: 1, maxLength: 200 }).filter((text) => text.trim() !== ""),
);
const options = (fields: Readonly<Record<string, Param>>): Param => ({
  takes: ["undefined", "object"],
  fields,
  huge: () => ({ ...Object.fromEntries(Array.from({ length: 100_000 }, (_, index) => [`field${index}`, index])) }),
});
const text = (extra: Partial<Param> = {}): Param => ({
  takes: ["string"],
  values: anyText,
  texts: true,
  huge: () => longText(1_000_000),
  ...extra,
});
const textField: Param = { takes: ["undefined", "string"], values: anyText, texts: true, huge: () => longText(1_000_000) };
const numberField: Param = { takes: ["undefined", "number"], values: anyNumber, huge: () => Number.MAX_VALUE };
const booleanField: Param = { takes: ["undefined", "boolean"], values: fc.boolean() };
const dateParam = (optional: boolean): Param => ({
  takes: optional ? ["undefined", "string", "date"] : ["string", "date"],
  values: dateValues,
  dates: true,
  texts: true,
  huge: () => longText(1_000_000),
});
const dateField = dateParam(true);
const intervalParam: Param = {
  takes: ["string", "date"],
  wrongShapes: [
    { startDay: 0, endDay: 0 },
    { text: 2010, startDay: 14_610, endDay: 14_974 },
  ],
  values: fc.oneof(dateValues, forgedInterval),
  dates: true,
  texts: true,
  huge: () => longText(1_000_000),
};
const enumField = (values: readonly string[]): Param => ({
  ...textField,
  values: fc.oneof(fc.constantFrom(...values), anyText),
});
const listField = (values: readonly string[]): Param => ({
  takes: ["undefined", "string", "array"],
  wrongShapes: [[5], [null], new Array(2), [values[0], 5], [Symbol("x")], [revokedProxy()]],
  values: fc.oneof(
    fc.constantFrom(...values),
    anyText,
    fc.array(fc.oneof(fc.constantFrom(...values), anyText), { maxLength: 5 }),
    fc.constant([]),
  ),
  texts: true,
  huge: () => new Array<string>(1_000_000).fill(values[0] as string),
});
const kinds = ["nation", "state", "county", "city"];

// ---------------------------------------------------------------------------------------------
// Valid arguments
// ---------------------------------------------------------------------------------------------

const place = fc.oneof(
  fc.constantFrom(...codes),
  fc.constantFrom(...jurisdictions),
  fc.constantFrom(...placeNames, "us", "US", "fl", "US-FL", "02158", "4835000"),
);
const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
/** An options object of the given fields, each there or not. */
const record = (fields: Record<string, fc.Arbitrary<unknown>>) =>
  fc
    .record(fields, { requiredKeys: [] })
    .map((value) => Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined)));
const resolverOptions = (withLimit: boolean) =>
  optional(
    record({
      state: fc.constantFrom(...stateCodes),
      kind: fc.oneof(fc.constantFrom(...kinds), fc.subarray(kinds)),
      ...(withLimit ? { limit: fc.integer({ min: 1, max: 20 }) } : {}),
    }),
  );
/** Two dates in order, or either left out. */
const range = fc.tuple(optional(rolloutDateText), optional(rolloutDateText)).map(([first, second]) => {
  if (first === undefined || second === undefined) return [first, second] as const;
  return parsePartialDate(first).startDay <= parsePartialDate(second).endDay ? ([first, second] as const) : ([second, first] as const);
});
const timelineOptions = (names: boolean) =>
  record({
    mode: fc.constantFrom("overlaps", "within"),
    kind: fc.oneof(fc.constantFrom(...eventKinds), fc.subarray([...eventKinds], { maxLength: 4 })),
    category: fc.oneof(fc.constantFrom(...eventCategories), fc.subarray([...eventCategories])),
    jurisdiction: names ? fc.oneof(fc.constantFrom(...codes), fc.constantFrom(...placeNames)) : fc.constantFrom(...codes),
    includeSurrounding: fc.boolean(),
    actor: fc.constantFrom("governor", "ICE", "council", "x"),
    source: fc.constantFrom(...sources.map((source) => source.id)),
  });
const qualifier = fc.constantFrom(...qualifiers);
const validCounts = fc
  .tuple(fc.integer({ min: 1, max: 1_000_000_000 }), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 8 }), qualifier)
  .map(([total, weights, totalQualifier]) => {
    const sum = weights.reduce((a, b) => a + b, 0) || 1;
    return {
      total: totalQualifier === "exact" ? total : { value: total, qualifier: totalQualifier },
      categories: weights.map((weight, index) => ({
        id: `c${index}`,
        label: `category ${index}`,
        count: Math.floor((weight / sum) * total),
      })),
    };
  });
const statisticLike = fc.record({
  id: anyText,
  total: fc.record({ value: anyNumber, qualifier: fc.oneof(qualifier, anyText) }),
  categories: fc.array(
    fc.record(
      {
        id: anyText,
        label: anyText,
        count: fc.record({ value: anyNumber, qualifier: fc.oneof(qualifier, anyText) }),
        reportedPercent: anyNumber,
      },
      { requiredKeys: ["id", "label"] },
    ),
    { maxLength: 5 },
  ),
});

/** A panel small enough to read whole: few units or few periods. */
const validPanelOptions = fc.oneof(
  record({
    unit: fc.constantFrom("state", "nation"),
    by: fc.constantFrom("week", "month", "quarter", "year"),
    from: fc.constantFrom("2008-10", "2010", "2012-06-15"),
    to: fc.constantFrom("2013-01", "2014-11-20", "2021"),
    treatedAsOfMonth: fc.integer({ min: 1, max: 12 }),
    threshold: fc.double({ min: 0, max: 1, noNaN: true }),
  }),
  fc
    .record({
      unit: fc.constant("county"),
      by: fc.constantFrom("month", "quarter", "year"),
      from: fc.constantFrom("2010-06", "2011"),
      newYorkCity: fc.constantFrom("boroughs", "one-unit"),
    })
    .map((value) => ({ ...value, to: value.from })),
  fc
    .record({
      unit: fc.constant("nation"),
      by: fc.constantFrom("month", "quarter", "year"),
      at: fc.constantFrom("1000", "9999-12", "9999"),
    })
    .map(({ unit, by, at }) => ({ unit, by, from: at, to: at })),
);
const validRollout = fc.oneof(
  record({ state: fc.constantFrom(...stateCodes), by: fc.constantFrom("month", "year") }),
  fc
    .tuple(
      fc.constantFrom("day", "month", "year"),
      fc.integer({ min: 1000, max: 9999 }),
      fc.integer({ min: 0, max: 200 }),
      optional(fc.constantFrom(...stateCodes)),
    )
    .map(([by, year, span, state]) => {
      const last = Math.min(9999, year + (by === "day" ? span % 3 : span));
      return { by, from: String(year), to: String(last), ...(state === undefined ? {} : { state }) };
    }),
);
const syntheticEvent = fc.record({
  id: fc.string(),
  date: validDateText,
  category: fc.constantFrom(...eventCategories),
  kind: fc.constantFrom(...eventKinds),
  actor: fc.string(),
  jurisdictions: fc.subarray(["us", "us-fl", "county-12086", "city-4835000", "17031"]),
  citations: fc.constant([{ source: "x", confidence: "low" }]),
});
const statuses = ["activated", "activated-during", "not-activated", "unknown", "not-started", "partial", "complete"];
const someText = fc.string({ minLength: 1, maxLength: 200 });
const sharedTimeline = createTimeline(events);

const table: Readonly<Record<string, Row>> = {
  getSource: {
    params: [text()],
    good: ["fcir-security-breach-2011-01-31"],
    valid: fc.tuple(fc.oneof(fc.constantFrom(...sources.map((source) => source.id)), someText)),
  },
  sourcesOf: {
    params: [
      {
        takes: ["array", "object"],
        wrongShapes: [
          ...objectSamples,
          { citations: 5 },
          { citations: [5] },
          ["x"],
          [null],
          [{}],
          [{ source: 5 }],
          new Array(2),
          [revokedProxy()],
        ],
        values: fc.array(fc.record({ source: anyText, confidence: anyText })),
        huge: () => new Array(1_000_000).fill({ source: "x", confidence: "low" }),
      },
    ],
    good: [statistics[0]],
    valid: fc.tuple(
      fc.oneof(
        fc.constantFrom(...events, ...statistics, ...jurisdictions.slice(0, 60)),
        fc.array(
          fc.record({ source: fc.oneof(fc.constantFrom(...sources.map((source) => source.id)), fc.string()), confidence: fc.string() }),
        ),
      ),
    ),
  },
  countyCrosswalk: { params: [], good: [], valid: fc.constant([]) },
  currentCountyCodes: {
    params: [text()],
    good: ["02261"],
    valid: fc.tuple(
      fc.oneof(
        fc.constantFrom(...countyCodes, "09110", "02158", "99999"),
        fc.integer({ min: 0, max: 99_999 }).map((code) => String(code).padStart(5, "0")),
      ),
    ),
  },
  periodCountyCodes: {
    params: [text()],
    good: ["09110"],
    valid: fc.tuple(
      fc.oneof(
        fc.constantFrom(...countyCodes, "09110", "02158", "99999"),
        fc.integer({ min: 0, max: 99_999 }).map((code) => String(code).padStart(5, "0")),
      ),
    ),
  },
  activationPanel: {
    params: [
      options({
        unit: enumField(["county", "state", "nation"]),
        by: enumField(["day", "week", "month", "quarter", "year"]),
        from: dateField,
        to: dateField,
        treatedAsOfMonth: numberField,
        threshold: numberField,
        newYorkCity: enumField(["boroughs", "one-unit"]),
      }),
    ],
    good: [{ unit: "nation", by: "year" }],
    valid: fc.tuple(validPanelOptions),
  },
  comparePartialDates: { params: [intervalParam, intervalParam], good: ["2010", "2011"], valid: fc.tuple(validInterval, validInterval) },
  dayFromNumber: {
    params: [{ takes: ["number"], values: anyNumber, huge: () => Number.MAX_VALUE }],
    good: [0],
    valid: fc.tuple(fc.integer({ min: -354_285, max: 2_932_896 })),
  },
  dayNumber: {
    params: [text({ values: fc.oneof(anyText, fc.constantFrom(...calendarEdgeTexts)), dates: true })],
    good: ["2010-06-22"],
    valid: fc.tuple(validDay),
  },
  formatPartialDate: {
    params: [
      {
        takes: ["object"],
        wrongShapes: [...objectSamples, { year: "2010" }, { year: 2010, month: "6" }],
        fields: {
          year: { takes: ["number"], values: anyNumber },
          month: numberField,
          day: numberField,
        },
        values: fc.record({ year: anyNumber, month: optional(anyNumber), day: optional(anyNumber) }),
        huge: () => ({ year: 2010, ...Object.fromEntries(Array.from({ length: 100_000 }, (_, index) => [`field${index}`, index])) }),
      },
    ],
    good: [{ year: 2010, month: 6, day: 22 }],
    valid: fc.tuple(validDay.chain((day) => fc.constantFrom(4, 7, 10).map((length) => day.slice(0, length)))).map(([day]) => {
      const [year, month, date] = day.split("-").map(Number);
      return [{ year, ...(month === undefined ? {} : { month }), ...(date === undefined ? {} : { day: date }) }];
    }),
  },
  isPartialDate: {
    params: [{ takes: [...categories] }],
    good: ["2010"],
    valid: fc.tuple(fc.oneof(anyText, validDateText, fc.anything())),
    neverThrows: true,
  },
  isPartialDateWithin: { params: [intervalParam, intervalParam], good: ["2010-06", "2010"], valid: fc.tuple(validInterval, validInterval) },
  parsePartialDate: { params: [dateParam(false)], good: ["2010"], valid: fc.tuple(validDate) },
  partialDatesOverlap: { params: [intervalParam, intervalParam], good: ["2010", "2010-06"], valid: fc.tuple(validInterval, validInterval) },
  partialDateToDay: {
    params: [intervalParam, text({ values: fc.oneof(fc.constantFrom("start", "end"), anyText) })],
    good: ["2010", "start"],
    valid: fc.tuple(validInterval, fc.constantFrom("start", "end")),
  },
  getActivation: {
    params: [text()],
    good: ["12086"],
    valid: fc.tuple(
      fc.oneof(
        fc.constantFrom(...codes),
        someText.filter((code) => !/^\d{5}$/.test(code)),
      ),
    ),
  },
  getJurisdiction: {
    params: [text()],
    good: ["12086"],
    valid: fc.tuple(
      fc.oneof(
        fc.constantFrom(...codes, "02158", "46102"),
        someText.filter((code) => !/^\d{5}$/.test(code)),
      ),
    ),
  },
  getCity: {
    params: [text()],
    good: ["4835000"],
    valid: fc.tuple(
      fc.oneof(
        fc.constantFrom(...codes),
        someText.filter((code) => code.trim() !== ""),
      ),
    ),
  },
  jurisdictionsInStatus: {
    params: [
      text({ values: fc.oneof(fc.constantFrom(...statuses), anyText) }),
      dateParam(false),
      options({ state: textField, kind: enumField(["county", "state"]) }),
    ],
    good: ["activated", "2010", {}],
    valid: fc.tuple(
      fc.constantFrom(...statuses),
      validDate,
      optional(record({ state: fc.constantFrom(...stateCodes), kind: fc.constantFrom("county", "state") })),
    ),
  },
  participationStatus: {
    params: [
      {
        takes: ["string", "object"],
        wrongShapes: [...objectSamples, { id: 5 }, { id: null }],
        values: fc.oneof(anyText, fc.record({ id: anyText })),
        texts: true,
        huge: () => longText(1_000_000),
      },
      dateParam(false),
    ],
    good: ["12086", "2010"],
    valid: fc.tuple(place, validDate),
  },
  detainerSeries: {
    params: [options({ by: enumField(["year", "month"]), from: dateField, to: dateField })],
    good: [{ by: "month" }],
    valid: fc.tuple(optional(record({ by: fc.constantFrom("year", "month") }))),
  },
  detainerBreakdown: {
    params: [
      {
        takes: ["number", "string"],
        values: fc.oneof(anyNumber, anyText, fc.constantFrom("2014", "2015", "1990")),
        texts: true,
        huge: () => longText(1_000_000),
      },
      text({ values: fc.oneof(fc.constantFrom("lift-reason", "type"), anyText) }),
    ],
    good: [2014, "lift-reason"],
    valid: fc.tuple(fc.integer({ min: 2005, max: 2016 }), fc.constantFrom("lift-reason", "type")),
  },
  rolloutProgress: {
    params: [options({ state: textField, by: enumField(["day", "month", "year"]), from: dateField, to: dateField })],
    good: [{}],
    valid: fc.tuple(optional(validRollout)),
  },
  categoryPercentages: {
    params: [
      {
        takes: ["object"],
        wrongShapes: [
          ...objectSamples,
          { total: 10 },
          { categories: [] },
          { total: "10", categories: [] },
          { total: 10, categories: [5] },
          { total: 10, categories: [{ id: 5, count: 1 }] },
          { total: 10, categories: [{ id: "a", count: "1" }] },
          { total: 10, categories: [revokedProxy()] },
          { total: revokedProxy(), categories: [] },
        ],
        values: fc.record({
          total: fc.oneof(anyNumber, fc.record({ value: anyNumber, qualifier: fc.oneof(qualifier, anyText) })),
          categories: fc.array(
            fc.record({ id: anyText, count: fc.oneof(anyNumber, fc.record({ value: anyNumber, qualifier: anyText })) }),
            { maxLength: 6 },
          ),
        }),
        huge: () => ({ total: 10_000_000, categories: Array.from({ length: 1_000_000 }, (_, index) => ({ id: `c${index}`, count: 1 })) }),
      },
      options({ decimals: numberField, remainderLabel: textField }),
    ],
    good: [{ total: 10, categories: [{ id: "a", count: 3 }] }, {}],
    valid: fc.tuple(validCounts, optional(record({ decimals: fc.integer({ min: 0, max: 10 }), remainderLabel: fc.string() }))),
  },
  statisticPercentages: {
    params: [
      {
        takes: ["string", "object"],
        wrongShapes: [
          ...objectSamples,
          { id: "x", total: { value: 1, qualifier: "exact" }, categories: 5 },
          { id: "x", total: { value: 1, qualifier: "exact" }, categories: [5] },
          { id: "x", total: { value: 1, qualifier: "exact" }, categories: [{ id: "a", label: "a", count: "1" }] },
        ],
        values: fc.oneof(anyText, statisticLike),
        texts: true,
        huge: () => longText(1_000_000),
      },
      options({ decimals: numberField, remainderLabel: textField }),
    ],
    good: ["florida-2008-10-2011-02-custody", {}],
    valid: fc.tuple(
      fc.oneof(fc.constantFrom(...statistics), fc.constantFrom(...statistics.map((statistic) => statistic.id)), someText),
      optional(record({ decimals: fc.integer({ min: 0, max: 10 }), remainderLabel: fc.string() })),
    ),
  },
  findJurisdictions: {
    params: [text(), options({ state: textField, kind: listField(kinds) })],
    good: ["Cook", {}],
    valid: fc.tuple(nameQuery, resolverOptions(false)),
  },
  resolveJurisdiction: {
    params: [text(), options({ state: textField, kind: listField(kinds) })],
    good: ["Cook", {}],
    valid: fc.tuple(fc.oneof(nameQuery, fc.constantFrom(...codes, "09110", "02158")), resolverOptions(false)),
  },
  suggestJurisdictions: {
    params: [text(), options({ state: textField, kind: listField(kinds), limit: numberField })],
    good: ["Cok", {}],
    valid: fc.tuple(nameQuery, resolverOptions(true)),
  },
  createTimeline: {
    params: [
      {
        takes: ["array"],
        wrongShapes: [[null], [5], ["2010"], [{}], [{ date: 5 }], new Array(2), [revokedProxy()]],
        values: fc.array(fc.record({ date: fc.oneof(fc.constantFrom(...calendarEdgeTexts), anyText, validDateText) }), { maxLength: 5 }),
        huge: () => Array.from({ length: 200_000 }, (_, index) => ({ date: index % 2 === 0 ? "2010" : "2011-06-07" })),
      },
    ],
    good: [events],
    valid: fc.tuple(fc.oneof(fc.subarray([...events]), fc.array(syntheticEvent, { maxLength: 30 }))),
  },
  eventsBetween: {
    params: [
      dateParam(true),
      dateParam(true),
      options({
        mode: enumField(["overlaps", "within"]),
        kind: listField(eventKinds),
        category: listField(eventCategories),
        jurisdiction: textField,
        includeSurrounding: booleanField,
        actor: textField,
        source: textField,
        activations: enumField(["none", "by-state-day", "by-county"]),
      }),
    ],
    good: ["2010", "2011", {}],
    valid: fc
      .tuple(range, optional(timelineOptions(true)), fc.constantFrom(undefined, "none", "by-state-day", "by-county"))
      .map(([[from, to], options, activations]) => [from, to, activations === undefined ? options : { ...options, activations }]),
  },
  "Timeline.between": {
    call: (...args) => sharedTimeline.between(...(args as Parameters<typeof sharedTimeline.between>)),
    params: [
      dateParam(true),
      dateParam(true),
      options({
        mode: enumField(["overlaps", "within"]),
        kind: listField(eventKinds),
        category: listField(eventCategories),
        jurisdiction: textField,
        includeSurrounding: booleanField,
        actor: textField,
        source: textField,
      }),
    ],
    good: ["2010", "2011", {}],
    valid: fc.tuple(range, optional(timelineOptions(false))).map(([[from, to], options]) => [from, to, options]),
  },
};

// ---------------------------------------------------------------------------------------------
// Running a call
// ---------------------------------------------------------------------------------------------

const exported = api as unknown as Record<string, unknown>;

function callerOf(name: string, row: Row): (...args: unknown[]) => unknown {
  if (row.call !== undefined) return row.call;
  const value = exported[name];
  if (typeof value !== "function") throw new Error(`${name} is no function of the package`);
  return value as (...args: unknown[]) => unknown;
}

type Outcome = { readonly threw: false; readonly value: unknown } | { readonly threw: true; readonly error: unknown };

function run(call: (...args: unknown[]) => unknown, args: readonly unknown[]): Outcome {
  try {
    return { threw: false, value: call(...args) };
  } catch (error) {
    return { threw: true, error };
  }
}

/** A description of arguments for a failure message (values cut, since some are huge). */
function shown(args: readonly unknown[]): string {
  return args
    .map((arg) => {
      try {
        const text =
          typeof arg === "string"
            ? JSON.stringify(arg)
            : typeof arg === "symbol"
              ? arg.toString()
              : String(JSON.stringify(arg) ?? String(arg));
        return text.length > 120 ? `${text.slice(0, 120)}...` : text;
      } catch {
        return "(an object that cannot be shown: a revoked Proxy)";
      }
    })
    .join(", ");
}

/** The call must throw an error of `expected` that keeps the contract. */
function expectError(
  call: (...args: unknown[]) => unknown,
  args: readonly unknown[],
  expected: typeof TypeError | typeof RangeError,
): void {
  const outcome = run(call, args);
  if (!outcome.threw) throw new Error(`expected a ${expected.name} for (${shown(args)}), got an answer`);
  const violation = contractViolation(outcome.error, args, expected);
  if (violation !== undefined) throw new Error(`(${shown(args)}): ${violation}`);
}

/** The call must answer (never with `null`) or throw a RangeError that keeps the contract. */
function expectAnswerOrRangeError(call: (...args: unknown[]) => unknown, args: readonly unknown[]): void {
  const outcome = run(call, args);
  if (!outcome.threw) {
    if (outcome.value === null) throw new Error(`(${shown(args)}) answered null: a miss is undefined or []`);
    return;
  }
  const violation = contractViolation(outcome.error, args, RangeError);
  if (violation !== undefined) throw new Error(`(${shown(args)}): ${violation}`);
}

/** The values a parameter refuses by their type. */
function wrongTypes(param: Param): unknown[] {
  return [...categories.filter((category) => !param.takes.includes(category)).flatMap(samplesOf), ...(param.wrongShapes ?? [])];
}

/** The row's good arguments with one replaced (a field of an options object, when `field` is given). */
function replaced(row: Row, position: number, value: unknown, field?: string): unknown[] {
  const args = [...row.good];
  if (field === undefined) args[position] = value;
  else args[position] = { ...(row.good[position] as object), [field]: value };
  return args;
}

// ---------------------------------------------------------------------------------------------
// What must not change
// ---------------------------------------------------------------------------------------------

/** The datasets and every object they hold: frozen, so the walk of an answer stops at them. */
const datasetObjects = new Set<object>();
for (const value of Object.values(api)) if (typeof value !== "function") reachable(value, datasetObjects);

/** A fixed set of questions, asked before and after each attempt to change an answer. */
function fixedAnswers(): string {
  return fingerprint([
    getJurisdiction("12086"),
    getJurisdiction("city-0107000"),
    getCity("4835000"),
    getActivation("12086"),
    findJurisdictions("Los Angeles"),
    findJurisdictions("Washington County", { state: "PA" }),
    resolveJurisdiction("Petersburg"),
    resolveJurisdiction("02158"),
    resolveJurisdiction("Harris Conty, TX"),
    suggestJurisdictions("Los Angelos"),
    participationStatus("Miami-Dade County, FL", "2010-05"),
    participationStatus("city-4835000", "2009-06"),
    participationStatus("IL", "2011-06-07"),
    participationStatus("us", "2021"),
    jurisdictionsInStatus("complete", "2010-06-30"),
    jurisdictionsInStatus("activated-during", "2010-06-22").length,
    rolloutProgress({ by: "year" }),
    currentCountyCodes("02261"),
    periodCountyCodes("09110"),
    countyCrosswalk().slice(0, 40),
    eventsBetween("2011-05-04", "2011-08-05"),
    eventsBetween("2010", "2011", { jurisdiction: "city-0107000", includeSurrounding: true }).length,
    sharedTimeline.between("2011", "2011", { jurisdiction: "17031", includeSurrounding: true }).length,
    statisticPercentages("florida-2008-10-2011-02-custody"),
    categoryPercentages({ total: 3, categories: [{ id: "a", count: 1 }] }, { decimals: 0 }),
    activationPanel({ unit: "state", by: "year", from: "2010", to: "2010" }),
    sourcesOf(statistics[0] as (typeof statistics)[number]),
    getSource("fcir-security-breach-2011-01-31"),
    parsePartialDate("2012-02"),
  ]);
}

const prototypes = [
  Object.prototype,
  Array.prototype,
  Function.prototype,
  String.prototype,
  Number.prototype,
  Date.prototype,
  Map.prototype,
];
const prototypeKeysBefore = prototypes.map((prototype) => Reflect.ownKeys(prototype).map(String).sort().join(","));
let fixedBefore = "";
let datasetsBefore = "";

beforeAll(() => {
  fixedBefore = fixedAnswers();
  datasetsBefore = fingerprint(Object.values(api).filter((value) => typeof value !== "function"));
});

afterAll(() => {
  // No prototype gained or lost a key, no dataset changed, every fixed question has its answer.
  expect(prototypes.map((prototype) => Reflect.ownKeys(prototype).map(String).sort().join(","))).toEqual(prototypeKeysBefore);
  expect(fingerprint(Object.values(api).filter((value) => typeof value !== "function"))).toBe(datasetsBefore);
  expect(fixedAnswers()).toBe(fixedBefore);
});

// ---------------------------------------------------------------------------------------------
// The properties
// ---------------------------------------------------------------------------------------------

describe("the table covers the package", () => {
  it("has a row for every exported function, and no row for anything else", () => {
    const functions = Object.entries(api)
      .filter(([, value]) => typeof value === "function")
      .map(([name]) => name)
      .sort();
    const rows = Object.keys(table).filter((name) => !name.includes("."));
    expect(functions.filter((name) => !rows.includes(name))).toEqual([]);
    expect(rows.filter((name) => !functions.includes(name))).toEqual([]);
  });

  it("every other export is data, frozen all the way down", () => {
    const unfrozen = [...datasetObjects].filter((object) => !Object.isFrozen(object));
    expect(unfrozen.map((object) => fingerprint(object).slice(0, 200))).toEqual([]);
    expect(datasetObjects.size).toBeGreaterThan(10_000);
  });
});

/** Bounded runs: the whole suite stays within a minute on two busy cores. */
const runs = { valid: 20, values: 30 };
/** The time a huge input may take: room for a busy machine, far below a blow-up. */
const timeCap = 3000;

describe.each(Object.entries(table))("%s", (name, row) => {
  const call = callerOf(name, row);

  it("answers valid arguments; what a caller does to an answer changes no later answer", () => {
    fc.assert(
      fc.property(row.valid, (args) => {
        const fixed = fixedAnswers();
        const first = run(call, args);
        if (first.threw) throw new Error(`(${shown(args)}) threw: ${String(first.error)}`);
        const before = fingerprint(first.value);
        for (const object of unfrozenObjects(first.value, datasetObjects)) overwrite(object);
        const again = run(call, args);
        if (again.threw) throw new Error(`(${shown(args)}) threw the second time: ${String(again.error)}`);
        expect(fingerprint(again.value)).toBe(before);
        expect(fixedAnswers()).toBe(fixed);
      }),
      { numRuns: runs.valid },
    );
  });

  if (row.neverThrows === true) {
    it("never throws, whatever it gets", () => {
      for (const value of [...categories.flatMap(samplesOf), longText(1_000_000), ...prototypeKeys, ...calendarEdgeTexts]) {
        expect(typeof call(value)).toBe("boolean");
      }
      fc.assert(fc.property(fc.anything(), (value) => typeof call(value) === "boolean"));
    });
    return;
  }

  it("refuses a wrong type in any argument with a TypeError", () => {
    row.params.forEach((param, position) => {
      for (const value of wrongTypes(param)) expectError(call, replaced(row, position, value), TypeError);
    });
    // An argument past the last is ignored, never read.
    expect(run(call, [...row.good, revokedProxy()]).threw).toBe(false);
  });

  it("answers a value of the right type, misses, or refuses it with a RangeError", () => {
    const positions = row.params.flatMap((param, position) => (param.values === undefined ? [] : [[position, param.values] as const]));
    if (positions.length === 0) return;
    fc.assert(
      fc.property(
        fc.constantFrom(...positions).chain(([position, values]) => values.map((value) => [position, value] as const)),
        ([position, value]) => {
          expectAnswerOrRangeError(call, replaced(row, position, value));
        },
      ),
      { numRuns: runs.values },
    );
  });

  it("checks each option: a wrong type (null included) is a TypeError; a value answers or is a RangeError", () => {
    row.params.forEach((param, position) => {
      for (const [field, spec] of Object.entries(param.fields ?? {})) {
        for (const value of wrongTypes(spec)) expectError(call, replaced(row, position, value, field), TypeError);
        expect(spec.takes.includes("null")).toBe(false);
        if (spec.values === undefined) continue;
        fc.assert(
          fc.property(spec.values, (value) => {
            expectAnswerOrRangeError(call, replaced(row, position, value, field));
          }),
          { numRuns: 10 },
        );
      }
    });
  });

  it("answers at the calendar's edges, or refuses the date the caller gave", () => {
    // Dates only where a Date is taken (dayNumber takes a text).
    const edgesOf = (param: Param) => [...calendarEdgeTexts, ...(param.takes.includes("date") ? calendarEdgeDates : [])];
    row.params.forEach((param, position) => {
      if (param.dates === true) for (const edge of edgesOf(param)) expectAnswerOrRangeError(call, replaced(row, position, edge));
      for (const [field, spec] of Object.entries(param.fields ?? {})) {
        if (spec.dates === true) for (const edge of edgesOf(spec)) expectAnswerOrRangeError(call, replaced(row, position, edge, field));
      }
    });
    if (name === "activationPanel" || name === "rolloutProgress") {
      for (const by of name === "activationPanel" ? ["day", "week", "month", "quarter", "year"] : ["day", "month", "year"]) {
        for (const [from, to] of [
          ["9999-12", "9999-12"],
          ["9999-12-31", "9999-12-31"],
          ["1000", "1000-01"],
          ["2012-02-29", "2012-03-01"],
          ["2008-10-27", "2008-10-27"],
        ]) {
          expectAnswerOrRangeError(call, [{ ...(name === "activationPanel" ? { unit: "nation" } : {}), by, from, to }]);
        }
      }
    }
  });

  it("takes the keys of Object.prototype as any other text, and as option names", () => {
    row.params.forEach((param, position) => {
      if (param.texts === true) for (const key of prototypeKeys) expectAnswerOrRangeError(call, replaced(row, position, key));
      for (const [field, spec] of Object.entries(param.fields ?? {})) {
        if (spec.texts === true) for (const key of prototypeKeys) expectAnswerOrRangeError(call, replaced(row, position, key, field));
      }
      if (param.fields !== undefined && param.takes.includes("undefined")) {
        // An own "__proto__" key, as JSON.parse makes it, and an object whose prototype holds the fields.
        const own = JSON.parse('{"__proto__": {"state": "IL", "kind": "city"}, "constructor": 5, "toString": 1}') as object;
        expectAnswerOrRangeError(call, replaced(row, position, own));
        expectAnswerOrRangeError(call, replaced(row, position, Object.create({ ...(row.good[position] as object) })));
      }
    });
  });

  it("refuses a revoked Proxy anywhere with a TypeError that says so", () => {
    row.params.forEach((param, position) => {
      const args = replaced(row, position, revokedProxy());
      expectError(call, args, TypeError);
      expect(String((run(call, args) as { error: unknown }).error)).toMatch(/got a revoked Proxy$/);
      for (const field of Object.keys(param.fields ?? {})) {
        const inField = replaced(row, position, revokedProxy(), field);
        expectError(call, inField, TypeError);
        expect(String((run(call, inField) as { error: unknown }).error)).toMatch(/got a revoked Proxy$/);
      }
    });
  });

  it("answers or refuses a huge input within the time cap", () => {
    row.params.forEach((param, position) => {
      const hugeValues: [string, unknown][] = [];
      if (param.huge !== undefined) hugeValues.push(["huge", param.huge()]);
      for (const [field, spec] of Object.entries(param.fields ?? {})) {
        if (spec.huge !== undefined) hugeValues.push([field, { ...(row.good[position] as object), [field]: spec.huge() }]);
      }
      for (const [what, value] of hugeValues) {
        const args = replaced(row, position, value);
        const started = performance.now();
        const outcome = run(call, args);
        const took = performance.now() - started;
        expect(took, `${what} at argument ${position} took ${Math.round(took)} ms`).toBeLessThan(timeCap);
        if (outcome.threw) {
          const violation = contractViolation(outcome.error, args);
          if (violation !== undefined) throw new Error(`${what} at argument ${position}: ${violation}`);
        }
      }
    });
  });
});
