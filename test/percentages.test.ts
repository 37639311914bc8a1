import fc from "fast-check";
import { describe, expect, expectTypeOf, it } from "vitest";
import { statistics } from "../src/generated/statistics.js";
import type { Statistic } from "../src/generated/types.js";
import {
  type CategoryCountInput,
  type CategoryPercentagesInput,
  type CategoryPercentagesOptions,
  type CategoryPercentagesResult,
  type CategoryShare,
  categoryPercentages,
  type QualifiedCountInput,
  type StatisticLike,
  type StatisticPercentagesResult,
  statisticPercentages,
} from "../src/percentages.js";

const florida: CategoryPercentagesInput = {
  total: { value: 14100, qualifier: "more-than" },
  categories: [
    { id: "dangerous-criminals", count: { value: 4600, qualifier: "more-than" } },
    { id: "low-level-detainees", count: { value: 2500, qualifier: "almost" } },
    { id: "non-criminals", count: { value: 5100, qualifier: "more-than" } },
  ],
};

/** Scaled integer units of a share: the share times 10^decimals. */
const unitsOf = (share: number, decimals: number): number => Math.round(share * 10 ** decimals);

describe("categoryPercentages", () => {
  it("splits Florida's custody figures as the doc comment says", () => {
    const result = categoryPercentages(florida);
    expect(result).toEqual({
      total: 14100,
      decimals: 1,
      rows: [
        {
          id: "dangerous-criminals",
          label: "dangerous-criminals",
          count: 4600,
          percent: 32.6,
          reported: false,
          approximate: true,
          remainder: false,
        },
        {
          id: "low-level-detainees",
          label: "low-level-detainees",
          count: 2500,
          percent: 17.7,
          reported: false,
          approximate: true,
          remainder: false,
        },
        { id: "non-criminals", label: "non-criminals", count: 5100, percent: 36.2, reported: false, approximate: true, remainder: false },
        {
          id: "not-reported",
          label: "not reported in source",
          count: 1900,
          percent: 13.5,
          reported: false,
          approximate: true,
          remainder: true,
        },
      ],
    });
    expect(result.rows.map((row) => [row.id, row.percent])).toEqual([
      ["dangerous-criminals", 32.6],
      ["low-level-detainees", 17.7],
      ["non-criminals", 36.2],
      ["not-reported", 13.5],
    ]);
  });

  it("breaks ties by larger count, then by id, as the doc comment says", () => {
    const thirds = categoryPercentages(
      {
        total: 3,
        categories: [
          { id: "c", count: 1 },
          { id: "a", count: 1 },
          { id: "b", count: 1 },
        ],
      },
      { decimals: 0 },
    );
    expect(thirds.rows.map((row) => [row.id, row.percent])).toEqual([
      ["c", 33],
      ["a", 34],
      ["b", 33],
    ]);
    expect(
      categoryPercentages(
        {
          total: 3,
          categories: [
            { id: "a", count: 1 },
            { id: "b", count: 1 },
            { id: "c", count: 1 },
          ],
        },
        { decimals: 0 },
      ).rows.map((row) => row.percent),
    ).toEqual([34, 33, 33]);
    // Equal fractions with different counts: total 8, counts 1 and 5 and a remainder of 2 give
    // quotas 12.5, 62.5 and 25, so one unit is left over and the larger count gets it.
    const byCount = categoryPercentages(
      {
        total: 8,
        categories: [
          { id: "small", count: 1 },
          { id: "large", count: 5 },
        ],
      },
      { decimals: 0 },
    );
    expect(byCount.rows.map((row) => [row.id, row.percent])).toEqual([
      ["small", 12],
      ["large", 63],
      ["not-reported", 25],
    ]);
  });

  it("uses labels, the remainder label and the approximate rule", () => {
    const result = categoryPercentages(
      {
        total: 10,
        categories: [
          { id: "a", label: "Group A", count: 3 },
          { id: "b", count: { value: 3, qualifier: "about" } },
        ],
      },
      { decimals: 0, remainderLabel: "other" },
    );
    expect(result.rows).toEqual([
      { id: "a", label: "Group A", count: 3, percent: 30, reported: false, approximate: false, remainder: false },
      { id: "b", label: "b", count: 3, percent: 30, reported: false, approximate: true, remainder: false },
      { id: "not-reported", label: "other", count: 4, percent: 40, reported: false, approximate: true, remainder: true },
    ]);
    const exact = categoryPercentages({ total: 10, categories: [{ id: "a", count: { value: 3, qualifier: "exact" } }] });
    expect(exact.rows.map((row) => row.approximate)).toEqual([false, false]);
    const approximateTotal = categoryPercentages({
      total: { value: 10, qualifier: "almost" },
      categories: [{ id: "a", count: 3 }],
    });
    expect(approximateTotal.rows.map((row) => row.approximate)).toEqual([true, true]);
  });

  it("adds no remainder row when the categories cover the total", () => {
    const result = categoryPercentages({
      total: 2,
      categories: [
        { id: "a", count: 1 },
        { id: "b", count: 1 },
      ],
    });
    expect(result.rows.map((row) => row.id)).toEqual(["a", "b"]);
    expect(result.rows.map((row) => row.percent)).toEqual([50, 50]);
  });

  it("gives the whole total to the remainder row when there are no categories", () => {
    expect(categoryPercentages({ total: 7, categories: [] }, { decimals: 3 }).rows).toEqual([
      { id: "not-reported", label: "not reported in source", count: 7, percent: 100, reported: false, approximate: false, remainder: true },
    ]);
  });

  it("keeps zero counts at zero", () => {
    const result = categoryPercentages({
      total: 3,
      categories: [
        { id: "none", count: 0 },
        { id: "all", count: 3 },
      ],
    });
    expect(result.rows.map((row) => row.percent)).toEqual([0, 100]);
  });

  it("stays exact at 10 decimals with counts near 2^53", () => {
    const large = Number.MAX_SAFE_INTEGER;
    const result = categoryPercentages(
      {
        total: large,
        categories: [
          { id: "a", count: large - 2 },
          { id: "b", count: 1 },
        ],
      },
      { decimals: 10 },
    );
    const units = result.rows.map((row) => unitsOf(row.percent, 10));
    expect(units.reduce((sum, value) => sum + value, 0)).toBe(100 * 10 ** 10);
    expect(result.rows.map((row) => row.percent)).toEqual([100, 0, 0]);
    const thirds = categoryPercentages(
      {
        total: 3,
        categories: [
          { id: "a", count: 1 },
          { id: "b", count: 1 },
        ],
      },
      { decimals: 10 },
    );
    expect(thirds.rows.map((row) => row.percent)).toEqual([33.3333333334, 33.3333333333, 33.3333333333]);
  });

  describe("rejects impossible input", () => {
    const cases: [string, () => unknown, RangeError | TypeError][] = [
      [
        "a zero total with categories",
        () => categoryPercentages({ total: 0, categories: [{ id: "a", count: 0 }] }),
        new RangeError("Expected a total greater than 0, got 0"),
      ],
      [
        "a zero total without categories",
        () => categoryPercentages({ total: { value: 0, qualifier: "about" }, categories: [] }),
        new RangeError("Expected a total greater than 0, got 0"),
      ],
      [
        "categories adding up to more than the total",
        () =>
          categoryPercentages({
            total: 10,
            categories: [
              { id: "a", count: 6 },
              { id: "b", count: 5 },
            ],
          }),
        new RangeError("Expected categories adding up to at most the total 10, got 11"),
      ],
      [
        "the doc comment's example",
        () => categoryPercentages({ total: 10, categories: [{ id: "a", count: 11 }] }),
        new RangeError("Expected categories adding up to at most the total 10, got 11"),
      ],
      [
        "a negative count",
        () => categoryPercentages({ total: 10, categories: [{ id: "a", count: -1 }] }),
        new RangeError('Expected a count for category "a" as a non-negative integer, got -1'),
      ],
      [
        "a fractional count",
        () => categoryPercentages({ total: 10, categories: [{ id: "a", count: { value: 1.5, qualifier: "exact" } }] }),
        new RangeError('Expected a count for category "a" as a non-negative integer, got 1.5'),
      ],
      [
        "a NaN count",
        () => categoryPercentages({ total: 10, categories: [{ id: "a", count: Number.NaN }] }),
        new RangeError('Expected a count for category "a" as a non-negative integer, got NaN'),
      ],
      [
        "an infinite total",
        () => categoryPercentages({ total: Number.POSITIVE_INFINITY, categories: [] }),
        new RangeError("Expected a count for the total as a non-negative integer, got Infinity"),
      ],
      [
        "a total beyond 2^53",
        () => categoryPercentages({ total: 2 ** 53, categories: [] }),
        new RangeError("Expected a count for the total as a non-negative integer, got 9007199254740992"),
      ],
      [
        "a count that is a string",
        () => categoryPercentages({ total: 10, categories: [{ id: "a", count: "3" as unknown as number }] }),
        new TypeError('Expected a count for category "a" as a non-negative integer or { value, qualifier }, got "3"'),
      ],
      [
        "a qualified count whose value is not a number",
        () =>
          categoryPercentages({
            total: 10,
            categories: [{ id: "a", count: { value: "3", qualifier: "exact" } as unknown as QualifiedCountInput }],
          }),
        new TypeError('Expected a count value for category "a" as a number, got "3"'),
      ],
      [
        "an unknown qualifier",
        () =>
          categoryPercentages({
            total: { value: 10, qualifier: "roughly" } as unknown as QualifiedCountInput,
            categories: [],
          }),
        new RangeError('Expected a qualifier for the total of "exact", "more-than", "almost" or "about", got "roughly"'),
      ],
      [
        "a missing qualifier",
        () =>
          categoryPercentages({
            total: { value: 10 } as unknown as QualifiedCountInput,
            categories: [],
          }),
        new TypeError('Expected a qualifier for the total of "exact", "more-than", "almost" or "about", got undefined'),
      ],
      [
        "fractional decimals",
        () => categoryPercentages(florida, { decimals: 1.5 }),
        new RangeError("Expected decimals as an integer from 0 to 10, got 1.5"),
      ],
      [
        "too many decimals",
        () => categoryPercentages(florida, { decimals: 11 }),
        new RangeError("Expected decimals as an integer from 0 to 10, got 11"),
      ],
      [
        "negative decimals",
        () => categoryPercentages(florida, { decimals: -1 }),
        new RangeError("Expected decimals as an integer from 0 to 10, got -1"),
      ],
      [
        "decimals that are not a number",
        () => categoryPercentages(florida, { decimals: "1" as unknown as number }),
        new TypeError('Expected decimals as an integer from 0 to 10, got "1"'),
      ],
      [
        "a remainder label that is not a string",
        () => categoryPercentages(florida, { remainderLabel: 1 as unknown as string }),
        new TypeError("Expected a remainder label as a string, got 1"),
      ],
      [
        "duplicate ids",
        () =>
          categoryPercentages({
            total: 10,
            categories: [
              { id: "a", count: 1 },
              { id: "a", count: 2 },
            ],
          }),
        new RangeError('Expected unique category ids, got "a" twice'),
      ],
      [
        "the reserved id",
        () => categoryPercentages({ total: 10, categories: [{ id: "not-reported", count: 1 }] }),
        new RangeError('Expected a category id other than "not-reported" (the remainder row\'s id), got "not-reported"'),
      ],
      [
        "an empty id",
        () => categoryPercentages({ total: 10, categories: [{ id: "", count: 1 }] }),
        new RangeError('Expected a non-empty category id, got ""'),
      ],
      [
        "an id that is not a string",
        () => categoryPercentages({ total: 10, categories: [{ id: 1 as unknown as string, count: 1 }] }),
        new TypeError("Expected a category id as a string, got 1"),
      ],
      [
        "a label that is not a string",
        () => categoryPercentages({ total: 10, categories: [{ id: "a", label: 2 as unknown as string, count: 1 }] }),
        new TypeError('Expected a label as a string for category "a", got 2'),
      ],
      [
        "a category that is not an object",
        () => categoryPercentages({ total: 10, categories: [null as unknown as CategoryCountInput] }),
        new TypeError("Expected a category as { id, label?, count }, got null"),
      ],
      [
        "categories that are not an array",
        () => categoryPercentages({ total: 10, categories: "a" as unknown as CategoryCountInput[] }),
        new TypeError('Expected categories as an array, got "a"'),
      ],
      [
        "counts that are not an object",
        () => categoryPercentages(undefined as unknown as CategoryPercentagesInput),
        new TypeError("Expected counts as { total, categories }, got undefined"),
      ],
    ];
    it.each(cases)("%s", (_name, run, error) => {
      expect(run).toThrow(error);
      expect(run).toThrow(error.constructor as typeof Error);
    });
  });

  const categoriesArbitrary = fc
    .uniqueArray(
      fc.record({
        id: fc.string({ minLength: 1, maxLength: 6 }).filter((id) => id !== "not-reported"),
        count: fc.oneof(
          fc.integer({ min: 0, max: 1000 }),
          fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
          fc.constantFrom(0, 1, 2, 3, 7),
        ),
        qualifier: fc.constantFrom<QualifiedCountInput["qualifier"]>("exact", "more-than", "almost", "about"),
      }),
      { selector: (category) => category.id, maxLength: 12 },
    )
    .map((categories) => categories.map(({ id, count, qualifier }) => ({ id, count: { value: count, qualifier } })));

  const countsArbitrary: fc.Arbitrary<CategoryPercentagesInput> = fc
    .tuple(categoriesArbitrary, fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 1000 }), fc.nat()))
    .map(([categories, extra]) => {
      // Keep every count and the total safe integers: scale down when the sum would overflow.
      let sum = categories.reduce((total, category) => total + category.count.value, 0);
      let safeCategories = categories;
      if (sum + extra > Number.MAX_SAFE_INTEGER) {
        const divisor = Math.ceil((sum + extra) / Number.MAX_SAFE_INTEGER) * 2;
        safeCategories = categories.map((category) => ({
          ...category,
          count: { ...category.count, value: Math.floor(category.count.value / divisor) },
        }));
        sum = safeCategories.reduce((total, category) => total + category.count.value, 0);
      }
      return { total: Math.max(1, sum + extra), categories: safeCategories };
    });

  it("sums to exactly 100 in units of 10^-decimals, each share in [0, 100] (property)", () => {
    fc.assert(
      fc.property(countsArbitrary, fc.integer({ min: 0, max: 10 }), (counts, decimals) => {
        const result = categoryPercentages(counts, { decimals });
        let units = 0;
        let sum = 0;
        for (const row of result.rows) {
          expect(row.percent).toBeGreaterThanOrEqual(0);
          expect(row.percent).toBeLessThanOrEqual(100);
          const rowUnits = unitsOf(row.percent, decimals);
          expect(rowUnits / 10 ** decimals).toBe(row.percent);
          expect(Number(row.percent.toFixed(decimals))).toBe(row.percent);
          units += rowUnits;
          sum += row.percent;
        }
        expect(units).toBe(100 * 10 ** decimals);
        expect(Number(sum.toFixed(decimals))).toBe(100);
        expect(result.rows.reduce((total, row) => total + (row.count ?? Number.NaN), 0)).toBe(result.total);
      }),
    );
  });

  it("rounds each share to a neighbour of its exact quota (property)", () => {
    fc.assert(
      fc.property(countsArbitrary, fc.integer({ min: 0, max: 10 }), (counts, decimals) => {
        const result = categoryPercentages(counts, { decimals });
        const scale = 100n * 10n ** BigInt(decimals);
        for (const row of result.rows) {
          const floor = (BigInt(row.count ?? Number.NaN) * scale) / BigInt(result.total);
          const units = BigInt(unitsOf(row.percent, decimals));
          expect(units === floor || units === floor + 1n).toBe(true);
        }
      }),
    );
  });

  /** Small, repeated counts, so that equal remainders compete for the leftover units. */
  const tiedCountsArbitrary: fc.Arbitrary<CategoryPercentagesInput> = fc
    .tuple(
      fc.uniqueArray(fc.constantFrom("a", "b", "c", "d", "e", "f", "g", "h"), { minLength: 2 }),
      fc.array(fc.constantFrom(1, 1, 2, 3), { minLength: 8, maxLength: 8 }),
      fc.integer({ min: 0, max: 3 }),
    )
    .map(([ids, counts, extra]) => {
      const categories = ids.map((id, index) => ({ id, count: counts[index] ?? 1 }));
      return { total: categories.reduce((sum, category) => sum + category.count, extra), categories };
    });

  it("gives every id the same share whatever the order of the categories (property)", () => {
    fc.assert(
      fc.property(
        fc
          .oneof(countsArbitrary, tiedCountsArbitrary)
          .chain((counts) =>
            fc.tuple(fc.constant(counts), fc.shuffledSubarray([...counts.categories], { minLength: counts.categories.length })),
          ),
        fc.integer({ min: 0, max: 10 }),
        ([counts, shuffled], decimals) => {
          const shares = (categories: readonly CategoryCountInput[]): Map<string, number> =>
            new Map(categoryPercentages({ total: counts.total, categories }, { decimals }).rows.map((row) => [row.id, row.percent]));
          expect(shares(shuffled)).toEqual(shares(counts.categories));
          const output = categoryPercentages({ total: counts.total, categories: shuffled }, { decimals });
          expect(output.rows.filter((row) => !row.remainder).map((row) => row.id)).toEqual(shuffled.map((category) => category.id));
        },
      ),
    );
  });

  it("never changes its input", () => {
    const input = structuredClone(florida);
    categoryPercentages(input, { decimals: 2 });
    expect(input).toEqual(florida);
  });
});

describe("statisticPercentages", () => {
  it("matches the doc comment", () => {
    const result = statisticPercentages({
      id: "florida-2008-10-2011-02-custody",
      total: { value: 14100, qualifier: "more-than" },
      categories: [{ id: "non-criminals", label: "non-criminals", count: { value: 5100, qualifier: "more-than" } }],
    });
    expect(result.rows.map((row) => `${row.label}: ${row.percent}%`)).toEqual(["non-criminals: 36.2%", "not reported in source: 63.8%"]);
  });

  it("is categoryPercentages on the statistic's counts and labels", () => {
    const statistic: StatisticLike = {
      id: "florida-2008-10-2011-02-custody",
      total: { value: 14100, qualifier: "more-than" },
      categories: [
        { id: "dangerous-criminals", label: "had no criminal conviction", count: { value: 4600, qualifier: "more-than" } },
        { id: "low-level-detainees", label: "minor offenses", count: { value: 2500, qualifier: "almost" } },
        { id: "non-criminals", label: "non-criminals", count: { value: 5100, qualifier: "more-than" } },
      ],
    };
    const result = statisticPercentages(statistic, { decimals: 1 });
    expect(result.rows.map((row) => [row.label, row.percent])).toEqual([
      ["had no criminal conviction", 32.6],
      ["minor offenses", 17.7],
      ["non-criminals", 36.2],
      ["not reported in source", 13.5],
    ]);
  });

  it("answers a statistic that reports only percentages with those percentages, marked as reported", () => {
    expect(
      statisticPercentages({
        id: "example",
        total: { value: 100, qualifier: "exact" },
        categories: [{ id: "level-1", label: "Level 1", reportedPercent: 28 }],
      }).rows,
    ).toEqual([
      { id: "level-1", label: "Level 1", count: null, percent: 28, reported: true, approximate: false, remainder: false },
      {
        id: "not-reported",
        label: "not reported in source",
        count: null,
        percent: 72,
        reported: true,
        approximate: false,
        remainder: true,
      },
    ]);
    // Every statistic the package ships gets an answer.
    for (const statistic of statistics) expect(statisticPercentages(statistic).rows.length).toBeGreaterThan(0);
    expect(statisticPercentages("us-2008-10-2010-11-deportations")?.rows.map((row) => [row.percent, row.reported])).toEqual([
      [28, true],
      [23, true],
      [49, true],
    ]);
    expect(() =>
      statisticPercentages({
        id: "example",
        total: { value: 100, qualifier: "exact" },
        categories: [{ id: "level-1", label: "Level 1" }],
      }),
    ).toThrow(
      new RangeError(
        'Expected a count or a reported percentage for every category of statistic "example", got neither for category "level-1"',
      ),
    );
    expect(() => statisticPercentages(null as unknown as StatisticLike)).toThrow(
      new TypeError("Expected a statistic as { id, total, categories }, got null"),
    );
  });
});

describe("public types", () => {
  it("are what a caller sees", () => {
    expectTypeOf(categoryPercentages).parameters.toEqualTypeOf<[CategoryPercentagesInput, (CategoryPercentagesOptions | undefined)?]>();
    expectTypeOf(categoryPercentages).returns.toEqualTypeOf<CategoryPercentagesResult>();
    expectTypeOf<CategoryPercentagesResult>().toEqualTypeOf<{
      readonly total: number;
      readonly decimals: number;
      readonly rows: readonly CategoryShare[];
    }>();
    expectTypeOf<CategoryShare>().toEqualTypeOf<{
      readonly id: string;
      readonly label: string;
      readonly count: number | null;
      readonly percent: number;
      readonly reported: boolean;
      readonly approximate: boolean;
      readonly remainder: boolean;
    }>();
    expectTypeOf<QualifiedCountInput["qualifier"]>().toEqualTypeOf<"exact" | "more-than" | "almost" | "about">();
    expectTypeOf(statisticPercentages(statistics[0] as Statistic)).toEqualTypeOf<StatisticPercentagesResult>();
    expectTypeOf(statisticPercentages("florida-2008-10-2011-02-custody")).toEqualTypeOf<StatisticPercentagesResult | undefined>();

    // A record shaped like the generated `Statistic` (with more fields) is accepted.
    const record = {
      id: "florida-2008-10-2011-02-custody",
      title: "Florida",
      jurisdiction: "us-fl",
      from: "2008-10",
      to: "2011-02",
      measure: "people",
      total: { value: 14100, qualifier: "more-than" },
      categories: [
        {
          id: "non-criminals",
          label: "non-criminals",
          count: { value: 5100, qualifier: "more-than" },
          offenseLevels: ["non-criminal"],
        },
        { id: "level-1", label: "Level 1", reportedPercent: 28, offenseLevels: [] },
      ],
      citations: [{ source: "x", confidence: "high" }],
    } as const;
    expectTypeOf(record).toExtend<StatisticLike>();
    // A plain number is a count; a string is not.
    expectTypeOf(categoryPercentages).toBeCallableWith({ total: 3, categories: [{ id: "a", count: 1 }] });
    // @ts-expect-error: a count must be a number or a qualified count
    expectTypeOf(categoryPercentages).toBeCallableWith({ total: 3, categories: [{ id: "a", count: "1" }] });
  });
});

describe("statisticPercentages by id", () => {
  it("splits the package's Florida statistic as the article's figures give it", () => {
    const result = statisticPercentages("florida-2008-10-2011-02-custody");
    expect(result?.rows.map((row) => [row.id, row.count, row.percent, row.approximate])).toEqual([
      ["dangerous-criminals", 4600, 32.6, true],
      ["low-level-detainees", 2500, 17.7, true],
      ["non-criminals", 5100, 36.2, true],
      ["not-reported", 1900, 13.5, true],
    ]);
  });

  it("returns undefined for an id no statistic has, and rejects an empty id", () => {
    expect(statisticPercentages("no-such-statistic")).toBeUndefined();
    expect(statisticPercentages("__proto__")).toBeUndefined();
    expect(() => statisticPercentages("")).toThrow(new RangeError('Expected a statistic id, got ""'));
  });
});
