import { describe, expect, expectTypeOf, it } from "vitest";
import {
  type CountyJurisdiction,
  type DetainerBreakdownResult,
  type DetainerSeriesPoint,
  detainerBreakdown,
  detainerSeries,
  eventsBetween,
  jurisdictionsInStatus,
  participationStatus,
  rolloutProgress,
  type StateJurisdiction,
} from "../src/index.js";

// Compiled by `tsc` under strict mode with exactOptionalPropertyTypes (tsconfig.json): a caller's
// `string | undefined` goes into an option, and a list of counties has FIPS codes that are strings.

describe("types under exactOptionalPropertyTypes", () => {
  it("takes undefined for any option", () => {
    const state: string | undefined = Math.random() > 2 ? "GA" : undefined;
    expect(jurisdictionsInStatus("activated", "2011", { state }).length).toBe(jurisdictionsInStatus("activated", "2011").length);
    expect(rolloutProgress({ state, by: undefined }).length).toBeGreaterThan(0);
    expect(eventsBetween(undefined, undefined, { jurisdiction: state, kind: undefined })).toHaveLength(eventsBetween().length);
  });

  it("types the detainer helpers: a step and a range that may be undefined, a split that may miss", () => {
    const by: "year" | "month" | undefined = Math.random() > 2 ? "month" : undefined;
    expectTypeOf(detainerSeries({ by, from: undefined })).toEqualTypeOf<readonly DetainerSeriesPoint[]>();
    expectTypeOf(detainerBreakdown(2014, "type")).toEqualTypeOf<DetainerBreakdownResult | undefined>();
    // @ts-expect-error: the totals are no breakdown
    expect(() => detainerBreakdown(2014, "total")).toThrow(RangeError);
    expect(detainerSeries({ by })).toHaveLength(9);
  });

  it("narrows by kind: counties have FIPS codes and a state, states their codes", () => {
    const counties = jurisdictionsInStatus("not-activated", "2011-12-05", { state: "GA" });
    expectTypeOf(counties).toEqualTypeOf<readonly CountyJurisdiction[]>();
    const fips = counties.map((county) => county.fips);
    expectTypeOf(fips).toEqualTypeOf<string[]>();
    expect(fips.every((code) => /^13\d{3}$/.test(code))).toBe(true);
    expectTypeOf(jurisdictionsInStatus("complete", "2012")).toEqualTypeOf<readonly StateJurisdiction[]>();
    expectTypeOf(jurisdictionsInStatus("unknown", "2021", { kind: "state" })).toEqualTypeOf<readonly StateJurisdiction[]>();
    expectTypeOf(jurisdictionsInStatus("unknown", "2021")).toEqualTypeOf<readonly CountyJurisdiction[]>();
    const status = participationStatus("12086", "2010-05");
    if (status?.kind === "county") expectTypeOf(status.jurisdiction.fips).toEqualTypeOf<string>();
    if (status?.kind === "state") expectTypeOf(status.jurisdiction.usps).toEqualTypeOf<string>();
    expect(status?.jurisdiction.fips).toBe("12086");
  });
});
