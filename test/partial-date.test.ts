import fc from "fast-check";
import { describe, expect, expectTypeOf, it } from "vitest";
import { describeValue, expectedMessage } from "../src/internal/errors.js";
import {
  comparePartialDates,
  type DateInput,
  dayFromNumber,
  dayNumber,
  formatPartialDate,
  type IntervalEdge,
  type IntervalInput,
  isPartialDate,
  isPartialDateWithin,
  type PartialDateInterval,
  type PartialDateParts,
  parsePartialDate,
  partialDatesOverlap,
  partialDateToDay,
} from "../src/partial-date.js";

const badDate = (text: string): string => `Expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got ${JSON.stringify(text)}`;

/** Days in a month, from the built-in Date, as an independent reference. */
const referenceDaysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();
/** Day number from the built-in Date, as an independent reference. */
const referenceDayNumber = (year: number, month: number, day: number): number => Date.UTC(year, month - 1, day) / 86_400_000;

const yearArbitrary = fc.integer({ min: 1000, max: 9999 });
const partsArbitrary: fc.Arbitrary<PartialDateParts> = fc.oneof(
  yearArbitrary.map((year) => ({ year })),
  fc.record({ year: yearArbitrary, month: fc.integer({ min: 1, max: 12 }) }),
  fc
    .record({ year: yearArbitrary, month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
    .map(({ year, month, day }) => ({ year, month, day: Math.min(day, referenceDaysInMonth(year, month)) })),
);
const partialDateArbitrary: fc.Arbitrary<string> = partsArbitrary.map(formatPartialDate);

/** Small intervals near each other so that relations of every kind come up often. */
const nearbyDateArbitrary: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom("2010", "2011"),
  fc.record({ year: fc.constantFrom(2010, 2011), month: fc.integer({ min: 1, max: 12 }) }).map(formatPartialDate),
  fc
    .record({
      year: fc.constantFrom(2010, 2011),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.constantFrom(1, 2, 15, 28),
    })
    .map(formatPartialDate),
);

describe("parsePartialDate", () => {
  it("reads a year, a month and a day as intervals", () => {
    expect(parsePartialDate("2010")).toEqual({
      text: "2010",
      precision: "year",
      start: "2010-01-01",
      end: "2010-12-31",
      startDay: 14610,
      endDay: 14974,
    });
    expect(parsePartialDate("2010-02")).toEqual({
      text: "2010-02",
      precision: "month",
      start: "2010-02-01",
      end: "2010-02-28",
      startDay: 14641,
      endDay: 14668,
    });
    expect(parsePartialDate("2012-02").end).toBe("2012-02-29");
    expect(parsePartialDate("2010-06-22")).toEqual({
      text: "2010-06-22",
      precision: "day",
      start: "2010-06-22",
      end: "2010-06-22",
      startDay: 14782,
      endDay: 14782,
    });
  });

  it("reads a Date as its UTC day", () => {
    expect(parsePartialDate(new Date("2010-06-22T23:30:00Z")).text).toBe("2010-06-22");
    expect(parsePartialDate(new Date("2010-06-22T00:00:00Z"))).toEqual(parsePartialDate("2010-06-22"));
    expect(parsePartialDate(new Date("1969-12-31T23:59:59.999Z")).text).toBe("1969-12-31");
    expect(parsePartialDate(new Date("1000-01-01T00:00:00Z")).text).toBe("1000-01-01");
    expect(parsePartialDate(new Date("9999-12-31T23:59:59.999Z")).text).toBe("9999-12-31");
  });

  it("accepts the ends of the supported range and real leap days", () => {
    expect(parsePartialDate("1000").startDay).toBe(-354_285);
    expect(parsePartialDate("9999").endDay).toBe(2_932_896);
    expect(parsePartialDate("2000-02-29").text).toBe("2000-02-29");
    expect(parsePartialDate("2012-02-29").text).toBe("2012-02-29");
  });

  it.each([
    "2010-13",
    "2010-00",
    "0999",
    "0000",
    "10000",
    "999",
    "+2010",
    "-2010",
    " 2010",
    "2010 ",
    "2010\n",
    "2010-6",
    "2010-06-2",
    "2010/06/22",
    "20100622",
    "2010-06-22T00:00:00Z",
    "2010-W25",
    "2010-173",
    "２０１０",
    "201a",
    "2010-0a",
    "2010-06-2a",
    "2010_06",
    "2010-06_22",
    "",
  ])("rejects %j with the documented message", (text) => {
    expect(() => parsePartialDate(text)).toThrow(new RangeError(badDate(text)));
    expect(isPartialDate(text)).toBe(false);
  });

  it.each([
    ["2010-02-30", "2010-02 has 28 days"],
    ["2011-02-29", "2011-02 has 28 days"],
    ["1900-02-29", "1900-02 has 28 days"],
    ["2012-02-30", "2012-02 has 29 days"],
    ["2010-04-31", "2010-04 has 30 days"],
    ["2010-06-00", "2010-06 has 30 days"],
    ["2010-06-32", "2010-06 has 30 days"],
    ["2010-12-99", "2010-12 has 31 days"],
  ])("says that %j is a day that does not exist, not a wrong format", (text, days) => {
    expect(() => parsePartialDate(text)).toThrow(new RangeError(`Expected a date that exists (${days}), got ${JSON.stringify(text)}`));
    expect(() => dayNumber(text)).toThrow(new RangeError(`Expected a date that exists (${days}), got ${JSON.stringify(text)}`));
    expect(isPartialDate(text)).toBe(false);
  });

  it("rejects an invalid Date and one outside the supported years", () => {
    expect(() => parsePartialDate(new Date(Number.NaN))).toThrow(new RangeError("Expected a valid Date, got an invalid Date"));
    expect(() => parsePartialDate(new Date("0999-12-31T23:59:59.999Z"))).toThrow(
      new RangeError("Expected a Date in the years 1000 to 9999 (UTC), got a Date (0999-12-31T23:59:59.999Z)"),
    );
    expect(() => parsePartialDate(new Date("+010000-01-01T00:00:00Z"))).toThrow(RangeError);
  });

  it("rejects what is neither a string nor a Date with a TypeError", () => {
    const expectation = "Expected a date as a string (YYYY, YYYY-MM or YYYY-MM-DD) or a Date";
    for (const [value, shown] of [
      [2010, "2010"],
      [null, "null"],
      [undefined, "undefined"],
      [{ year: 2010 }, '{"year":2010}'],
    ] as const) {
      expect(() => parsePartialDate(value as unknown as DateInput)).toThrow(new TypeError(`${expectation}, got ${shown}`));
    }
  });

  it("returns the text it was given for every valid date (property)", () => {
    fc.assert(
      fc.property(partsArbitrary, (parts) => {
        const text = formatPartialDate(parts);
        const interval = parsePartialDate(text);
        expect(interval.text).toBe(text);
        expect(isPartialDate(text)).toBe(true);
        const { year, month, day } = parts;
        const firstMonth = month ?? 1;
        const lastMonth = month ?? 12;
        const firstDay = day ?? 1;
        const lastDay = day ?? referenceDaysInMonth(year, lastMonth);
        expect(interval.precision).toBe(day !== undefined ? "day" : month !== undefined ? "month" : "year");
        expect(interval.startDay).toBe(referenceDayNumber(year, firstMonth, firstDay));
        expect(interval.endDay).toBe(referenceDayNumber(year, lastMonth, lastDay));
        expect(interval.start).toBe(new Date(interval.startDay * 86_400_000).toISOString().slice(0, 10));
        expect(interval.end).toBe(new Date(interval.endDay * 86_400_000).toISOString().slice(0, 10));
      }),
    );
  });

  it("rejects days that do not exist in their month (property)", () => {
    fc.assert(
      fc.property(yearArbitrary, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 99 }), (year, month, day) => {
        const text = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
        const real = day >= 1 && day <= referenceDaysInMonth(year, month);
        expect(isPartialDate(text)).toBe(real);
        // A day outside its month is told as such, not as a wrong format.
        const expectation = `Expected a date that exists (${text.slice(0, 7)} has ${referenceDaysInMonth(year, month)} days), got "${text}"`;
        if (!real) expect(() => parsePartialDate(text)).toThrow(new RangeError(expectation));
      }),
    );
  });

  it("rejects months outside 01-12 (property)", () => {
    fc.assert(
      fc.property(yearArbitrary, fc.integer({ min: 0, max: 99 }), (year, month) => {
        const text = `${year}-${String(month).padStart(2, "0")}`;
        expect(isPartialDate(text)).toBe(month >= 1 && month <= 12);
      }),
    );
  });

  it("agrees with the schema's pattern on arbitrary short strings (property)", () => {
    const pattern = /^[1-9]\d{3}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
    const characters = fc.constantFrom(..."0123456789-0123456789 x".split(""));
    fc.assert(
      fc.property(fc.string({ unit: characters, minLength: 0, maxLength: 11 }), (text) => {
        if (!pattern.test(text)) expect(isPartialDate(text)).toBe(false);
      }),
    );
  });
});

describe("isPartialDate", () => {
  it("matches the doc comment", () => {
    expect(isPartialDate("2012-02-29")).toBe(true);
    expect(isPartialDate("2011-02-29")).toBe(false);
    expect(isPartialDate(" 2010")).toBe(false);
    expect(isPartialDate(2010)).toBe(false);
    expect(isPartialDate(new Date())).toBe(false);
    expect(isPartialDate(null)).toBe(false);
  });
});

describe("formatPartialDate", () => {
  it("matches the doc comment", () => {
    expect(formatPartialDate({ year: 2010 })).toBe("2010");
    expect(formatPartialDate({ year: 2010, month: 6 })).toBe("2010-06");
    expect(formatPartialDate({ year: 2010, month: 6, day: 2 })).toBe("2010-06-02");
    expect(() => formatPartialDate({ year: 2011, month: 2, day: 29 })).toThrow(
      new RangeError("Expected a day from 1 to 28 in 2011-02, got 29"),
    );
  });

  it("rejects bad parts", () => {
    expect(() => formatPartialDate({ year: 999 })).toThrow(new RangeError("Expected a year from 1000 to 9999, got 999"));
    expect(() => formatPartialDate({ year: 2010.5 })).toThrow(new RangeError("Expected a year from 1000 to 9999, got 2010.5"));
    expect(() => formatPartialDate({ year: "2010" as unknown as number })).toThrow(
      new TypeError('Expected a year from 1000 to 9999, got "2010"'),
    );
    expect(() => formatPartialDate({ year: 2010, month: 13 })).toThrow(new RangeError("Expected a month from 1 to 12, got 13"));
    expect(() => formatPartialDate({ year: 2010, day: 3 })).toThrow(new RangeError("Expected a month when a day is given, got undefined"));
    expect(() => formatPartialDate(null as unknown as PartialDateParts)).toThrow(
      new TypeError("Expected date parts as { year, month?, day? }, got null"),
    );
  });
});

describe("comparePartialDates", () => {
  it("matches the doc comment", () => {
    expect(["2010-06-22", "2010-06", "2009", "2010"].sort(comparePartialDates)).toEqual(["2009", "2010", "2010-06", "2010-06-22"]);
    expect(comparePartialDates("2010-06", "2010-06")).toBe(0);
  });

  it("puts the wider interval first on the same first day", () => {
    expect(comparePartialDates("2010", "2010-01")).toBe(-1);
    expect(comparePartialDates("2010-01", "2010-01-01")).toBe(-1);
    expect(comparePartialDates("2010-01-01", "2010")).toBe(1);
    expect(comparePartialDates("2010-01-02", "2010-01")).toBe(1);
    expect(comparePartialDates("2009-12-31", "2010")).toBe(-1);
  });

  it("accepts Dates and parsed intervals", () => {
    expect(comparePartialDates(new Date("2010-06-22T12:00:00Z"), "2010-06-22")).toBe(0);
    expect(comparePartialDates(parsePartialDate("2010"), "2010-06")).toBe(-1);
  });

  it("throws for bad input", () => {
    expect(() => comparePartialDates("2010-13", "2010")).toThrow(new RangeError(badDate("2010-13")));
    expect(() => comparePartialDates(42 as unknown as string, "2010")).toThrow(
      new TypeError("Expected a date as a string (YYYY, YYYY-MM or YYYY-MM-DD), a Date or a parsed interval, got 42"),
    );
  });

  it("is a consistent total order (property)", () => {
    fc.assert(
      fc.property(partialDateArbitrary, partialDateArbitrary, partialDateArbitrary, (a, b, c) => {
        expect(comparePartialDates(a, a)).toBe(0);
        expect(comparePartialDates(a, b)).toBe(-comparePartialDates(b, a) || 0);
        expect(comparePartialDates(a, b) === 0).toBe(a === b);
        if (comparePartialDates(a, b) <= 0 && comparePartialDates(b, c) <= 0) {
          expect(comparePartialDates(a, c)).toBeLessThanOrEqual(0);
        }
      }),
    );
    fc.assert(
      fc.property(nearbyDateArbitrary, nearbyDateArbitrary, nearbyDateArbitrary, (a, b, c) => {
        expect(comparePartialDates(a, b)).toBe(-comparePartialDates(b, a) || 0);
        expect(comparePartialDates(a, b) === 0).toBe(a === b);
        if (comparePartialDates(a, b) < 0 && comparePartialDates(b, c) < 0) {
          expect(comparePartialDates(a, c)).toBe(-1);
        }
      }),
    );
  });

  it("sorts the same whatever the input order (property)", () => {
    fc.assert(
      fc.property(fc.array(nearbyDateArbitrary, { maxLength: 20 }), (dates) => {
        const sorted = [...dates].sort(comparePartialDates);
        const reversed = [...dates].reverse().sort(comparePartialDates);
        expect(reversed).toEqual(sorted);
      }),
    );
  });
});

describe("partialDateToDay", () => {
  it("matches the doc comment", () => {
    expect(partialDateToDay("2012-02", "end")).toBe("2012-02-29");
    expect(partialDateToDay("2010", "start")).toBe("2010-01-01");
    expect(partialDateToDay("2010-06-22", "end")).toBe("2010-06-22");
  });

  it("rejects a bad edge", () => {
    expect(() => partialDateToDay("2010", "middle" as IntervalEdge)).toThrow(
      new RangeError('Expected an edge of "start" or "end", got "middle"'),
    );
    expect(() => partialDateToDay("2010", 1 as unknown as IntervalEdge)).toThrow(
      new TypeError('Expected an edge of "start" or "end", got 1'),
    );
  });
});

describe("dayNumber and dayFromNumber", () => {
  it("match the doc comments", () => {
    expect(dayNumber("1970-01-01")).toBe(0);
    expect(dayNumber("1970-01-02")).toBe(1);
    expect(dayNumber("2010-06-22")).toBe(14782);
    expect(dayNumber("1000-01-01")).toBe(-354_285);
    expect(dayNumber("9999-12-31")).toBe(2_932_896);
    expect(dayFromNumber(0)).toBe("1970-01-01");
    expect(dayFromNumber(14782)).toBe("2010-06-22");
  });

  it("reject what is not a day or a day number", () => {
    expect(() => dayNumber("2010-06")).toThrow(new RangeError('Expected a day as YYYY-MM-DD, got "2010-06"'));
    expect(() => dayNumber("2010-02-30")).toThrow(new RangeError('Expected a date that exists (2010-02 has 28 days), got "2010-02-30"'));
    expect(() => dayNumber("2010-13-01")).toThrow(new RangeError('Expected a day as YYYY-MM-DD, got "2010-13-01"'));
    expect(() => dayNumber(14782 as unknown as string)).toThrow(new TypeError("Expected a day as YYYY-MM-DD, got 14782"));
    const expectation = "Expected a day number as an integer from -354285 to 2932896";
    expect(() => dayFromNumber(1.5)).toThrow(new RangeError(`${expectation}, got 1.5`));
    expect(() => dayFromNumber(Number.NaN)).toThrow(new RangeError(`${expectation}, got NaN`));
    expect(() => dayFromNumber(Number.POSITIVE_INFINITY)).toThrow(new RangeError(`${expectation}, got Infinity`));
    expect(() => dayFromNumber(2_932_897)).toThrow(new RangeError(`${expectation}, got 2932897`));
    expect(() => dayFromNumber(-354_286)).toThrow(new RangeError(`${expectation}, got -354286`));
    expect(() => dayFromNumber("0" as unknown as number)).toThrow(new TypeError(`${expectation}, got "0"`));
  });

  it("are inverses and agree with the built-in Date (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -354_285, max: 2_932_896 }), (value) => {
        const day = dayFromNumber(value);
        expect(day).toBe(new Date(value * 86_400_000).toISOString().slice(0, 10));
        expect(dayNumber(day)).toBe(value);
      }),
    );
  });
});

describe("overlaps and within", () => {
  it("match the doc comments", () => {
    expect(partialDatesOverlap("2010", "2010-12-31")).toBe(true);
    expect(partialDatesOverlap("2010-06", "2010-07-01")).toBe(false);
    expect(partialDatesOverlap("2010-06", "2010")).toBe(true);
    expect(isPartialDateWithin("2010-06-22", "2010-06")).toBe(true);
    expect(isPartialDateWithin("2010-12", "2010")).toBe(true);
    expect(isPartialDateWithin("2010", "2010-06")).toBe(false);
  });

  it("include both ends", () => {
    expect(partialDatesOverlap("2010-06-30", "2010-06")).toBe(true);
    expect(partialDatesOverlap("2010-06-01", "2010-06")).toBe(true);
    expect(partialDatesOverlap("2010-05-31", "2010-06")).toBe(false);
    expect(isPartialDateWithin("2010-06-30", "2010-06")).toBe(true);
    expect(isPartialDateWithin("2010-06", "2010-06")).toBe(true);
  });

  it("agree with a naive day-by-day check (property)", () => {
    fc.assert(
      fc.property(nearbyDateArbitrary, nearbyDateArbitrary, (a, b) => {
        const days = (text: string): Set<string> => {
          const result = new Set<string>();
          const { startDay, endDay } = parsePartialDate(text);
          for (let day = startDay; day <= endDay; day += 1) {
            result.add(new Date(day * 86_400_000).toISOString().slice(0, 10));
          }
          return result;
        };
        const daysOfA = days(a);
        const daysOfB = days(b);
        const shared = [...daysOfA].filter((day) => daysOfB.has(day)).length;
        expect(partialDatesOverlap(a, b)).toBe(shared > 0);
        expect(partialDatesOverlap(b, a)).toBe(shared > 0);
        expect(isPartialDateWithin(a, b)).toBe(shared === daysOfA.size);
        expect(isPartialDateWithin(parsePartialDate(a), parsePartialDate(b))).toBe(isPartialDateWithin(a, b));
      }),
    );
  });
});

describe("describeValue", () => {
  it("describes each kind of value", () => {
    expect(describeValue("2010-13")).toBe('"2010-13"');
    expect(describeValue("x".repeat(100))).toBe(`"${"x".repeat(80)}"... (100 characters)`);
    expect(describeValue(Number.NaN)).toBe("NaN");
    expect(describeValue(Number.NEGATIVE_INFINITY)).toBe("-Infinity");
    expect(describeValue(-0)).toBe("-0");
    expect(describeValue(12n)).toBe("12n");
    expect(describeValue(null)).toBe("null");
    expect(describeValue(undefined)).toBe("undefined");
    expect(describeValue(true)).toBe("true");
    expect(describeValue(Symbol("s"))).toBe("Symbol(s)");
    expect(describeValue(() => 1)).toBe("a function");
    expect(describeValue(new Date(Number.NaN))).toBe("an invalid Date");
    expect(describeValue(new Date(0))).toBe("a Date (1970-01-01T00:00:00.000Z)");
    expect(describeValue([1, 2, 3])).toBe("an array of length 3");
    expect(describeValue({ value: -1 })).toBe('{"value":-1}');
    expect(describeValue({ text: "x".repeat(100) })).toBe("an object");
    expect(describeValue(new Map())).toBe("an instance of Map");
    const cyclic: { self?: unknown } = {};
    cyclic.self = cyclic;
    expect(describeValue(cyclic)).toBe("an object");
    expect(expectedMessage("a total greater than 0", 0)).toBe("Expected a total greater than 0, got 0");
  });
});

describe("public types", () => {
  it("are what a caller sees", () => {
    expectTypeOf(parsePartialDate).parameters.toEqualTypeOf<[DateInput]>();
    expectTypeOf(parsePartialDate).returns.toEqualTypeOf<PartialDateInterval>();
    expectTypeOf<DateInput>().toEqualTypeOf<string | Date>();
    expectTypeOf<PartialDateInterval>().toEqualTypeOf<{
      readonly text: string;
      readonly precision: "year" | "month" | "day";
      readonly start: string;
      readonly end: string;
      readonly startDay: number;
      readonly endDay: number;
    }>();
    expectTypeOf(isPartialDate).guards.toEqualTypeOf<string>();
    expectTypeOf(formatPartialDate).parameters.toEqualTypeOf<[PartialDateParts]>();
    expectTypeOf(formatPartialDate).returns.toEqualTypeOf<string>();
    expectTypeOf(comparePartialDates).parameters.toEqualTypeOf<[IntervalInput, IntervalInput]>();
    expectTypeOf(comparePartialDates).returns.toEqualTypeOf<-1 | 0 | 1>();
    expectTypeOf(partialDateToDay).parameters.toEqualTypeOf<[IntervalInput, "start" | "end"]>();
    expectTypeOf(partialDateToDay).returns.toEqualTypeOf<string>();
    expectTypeOf(dayNumber).toEqualTypeOf<(day: string) => number>();
    expectTypeOf(dayFromNumber).toEqualTypeOf<(value: number) => string>();
    expectTypeOf(partialDatesOverlap).toEqualTypeOf<(a: IntervalInput, b: IntervalInput) => boolean>();
    expectTypeOf(isPartialDateWithin).toEqualTypeOf<(a: IntervalInput, b: IntervalInput) => boolean>();
    // @ts-expect-error: a number is not a date input
    expectTypeOf(parsePartialDate).toBeCallableWith(2010);
  });
});
