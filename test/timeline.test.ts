import fc from "fast-check";
import { describe, expect, expectTypeOf, it } from "vitest";
import {
  activations,
  createTimeline,
  type EventsBetweenOptions,
  events,
  eventsBetween,
  parsePartialDate,
  type TimelineEvent,
} from "../src/index.js";

const ids = (list: readonly TimelineEvent[]) => list.map((event) => event.id);

/** The naive answer: filter every event, then sort by first day, wider first, given order. */
function naiveBetween(list: readonly TimelineEvent[], from: string | undefined, to: string | undefined, mode: "overlaps" | "within") {
  const first = from === undefined ? Number.NEGATIVE_INFINITY : parsePartialDate(from).startDay;
  const last = to === undefined ? Number.POSITIVE_INFINITY : parsePartialDate(to).endDay;
  return list
    .map((event, index) => ({ event, index, interval: parsePartialDate(event.date) }))
    .filter(({ interval }) =>
      mode === "within" ? interval.startDay >= first && interval.endDay <= last : interval.endDay >= first && interval.startDay <= last,
    )
    .sort((a, b) => a.interval.startDay - b.interval.startDay || b.interval.endDay - a.interval.endDay || a.index - b.index)
    .map(({ event }) => event);
}

describe("eventsBetween", () => {
  it("answers: what happened between the Illinois withdrawal and the MOA termination?", () => {
    const between = eventsBetween("2011-05-04", "2011-08-05");
    expect(between[0]?.id).toBe("il-governor-withdraws");
    expect(between.at(-1)?.id).toBe("moa-termination");
    expect(ids(between)).toEqual(
      expect.arrayContaining(["ny-governor-suspends", "ma-governor-declines-moa", "la-council-resolution", "nyt-editorial-2011-06-08"]),
    );
    expect(between.map((event) => event.date)).toEqual([...between.map((event) => event.date)].sort());
  });

  it("keeps an event whose month or year overlaps the range, or only those within it", () => {
    expect(ids(eventsBetween("2010-07-15", "2010-07-15"))).toContain("dc-withdraws"); // dated 2010-07
    expect(ids(eventsBetween("2010-07-15", "2010-07-15", { mode: "within" }))).not.toContain("dc-withdraws");
    expect(ids(eventsBetween("2010-07", "2010-07", { mode: "within" }))).toContain("dc-withdraws");
    expect(ids(eventsBetween("2010-06", "2010-06"))).toContain("ndlon-foia-lawsuit"); // dated 2010
  });

  it("includes both ends and allows an open start or end", () => {
    expect(ids(eventsBetween("2011-08-05", "2011-08-05"))).toEqual(["moa-termination"]);
    expect(eventsBetween()).toEqual(events);
    expect(ids(eventsBetween("2021-01-20"))).toEqual(["eo-13768-revoked"]);
    expect(ids(eventsBetween(undefined, "2008-10"))).toEqual(["program-launch", "first-activation"]);
  });

  it("orders wider intervals first on the same first day, then in published order", () => {
    const sameDay = eventsBetween("2011-06-07", "2011-06-07", { mode: "within" });
    expect(ids(sameDay)).toEqual(ids(events.filter((event) => event.date === "2011-06-07")));
    const year2010 = eventsBetween("2010-01-01", "2010-05-31");
    expect(year2010.findIndex((event) => event.date === "2010")).toBeLessThan(year2010.findIndex((event) => event.date === "2010-05"));
  });

  it("filters by kind, category, jurisdiction, actor and source", () => {
    expect(ids(eventsBetween("2011", "2011", { kind: ["withdrawal", "suspension", "refusal"], category: "decision" }))).toEqual([
      "il-governor-withdraws",
      "ny-governor-suspends",
      "ma-governor-declines-moa",
    ]);
    expect(ids(eventsBetween(undefined, undefined, { jurisdiction: "IL" }))).toEqual(
      expect.arrayContaining(["il-suspends-participation", "il-governor-withdraws", "il-statewide-activation"]),
    );
    expect(ids(eventsBetween(undefined, undefined, { actor: "governor" }))).toEqual(
      expect.arrayContaining(["il-governor-withdraws", "ny-governor-suspends", "ma-governor-declines-moa"]),
    );
    const fromArticle = eventsBetween(undefined, undefined, { source: "florida-independent-la-resolution" });
    expect(fromArticle.length).toBeGreaterThan(5);
    expect(fromArticle.every((event) => event.citations.some((citation) => citation.source === "florida-independent-la-resolution"))).toBe(
      true,
    );
  });

  it("adds the state's and the nation's events around a county on request", () => {
    const own = eventsBetween(undefined, undefined, { jurisdiction: "17031" });
    const around = eventsBetween(undefined, undefined, { jurisdiction: "17031", includeSurrounding: true });
    expect(ids(own)).toContain("cook-county-detainer-ordinance");
    expect(ids(own)).not.toContain("il-governor-withdraws");
    expect(ids(around)).toEqual(expect.arrayContaining(["cook-county-detainer-ordinance", "il-governor-withdraws", "moa-termination"]));
  });

  it("merges county activations, one event a day and state or one a county", () => {
    const byStateDay = eventsBetween("2010-06-22", "2010-06-22", { activations: "by-state-day", jurisdiction: "FL" });
    expect(ids(byStateDay)).toEqual(["fl-statewide-activation", "activations-us-fl-2010-06-22"]);
    expect(byStateDay[1]?.title).toBe("Secure Communities switched on in 43 counties of Florida");
    const byCounty = eventsBetween("2010-06-22", "2010-06-22", { activations: "by-county", jurisdiction: "FL" });
    expect(byCounty.length).toBe(1 + activations.filter((a) => a.date === "2010-06-22" && a.county.startsWith("county-12")).length);
    expect(eventsBetween(undefined, undefined, { activations: "by-county", kind: "activation" }).length).toBeGreaterThanOrEqual(3143);
    const first = eventsBetween("2008-10-27", "2008-10-27", { activations: "by-county" });
    expect(ids(first)).toEqual(["program-launch", "first-activation", "activation-county-48201"]);
  });

  it("returns [] when nothing matches", () => {
    expect(eventsBetween("1999", "2000")).toEqual([]);
    expect(eventsBetween("2011", "2011", { actor: "nobody at all" })).toEqual([]);
  });
});

describe("createTimeline", () => {
  const arbitraryDate = fc
    .tuple(fc.integer({ min: 2005, max: 2012 }), fc.option(fc.integer({ min: 1, max: 12 })), fc.option(fc.integer({ min: 1, max: 28 })))
    .map(([year, month, day]) =>
      month === null
        ? `${year}`
        : day === null
          ? `${year}-${String(month).padStart(2, "0")}`
          : `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`,
    );
  const arbitraryEvents = fc
    .array(arbitraryDate, { maxLength: 60 })
    .map((dates) =>
      dates.map((date, index): TimelineEvent => ({ ...(events[0] as TimelineEvent), id: `e${index}` as TimelineEvent["id"], date })),
    );

  it("answers exactly as a naive filter and sort, for random events and ranges", () => {
    fc.assert(
      fc.property(
        arbitraryEvents,
        fc.option(arbitraryDate),
        fc.option(arbitraryDate),
        fc.constantFrom("overlaps" as const, "within" as const),
        (list, a, b, mode) => {
          let from = a ?? undefined;
          let to = b ?? undefined;
          if (from !== undefined && to !== undefined && parsePartialDate(from).startDay > parsePartialDate(to).endDay)
            [from, to] = [to, from];
          if (from !== undefined && to !== undefined && parsePartialDate(from).startDay > parsePartialDate(to).endDay) return;
          expect(ids(createTimeline(list).between(from, to, { mode }))).toEqual(ids(naiveBetween(list, from, to, mode)));
        },
      ),
      { numRuns: 500 },
    );
  });

  it("answers the package's events as the naive filter does", () => {
    for (const [from, to] of [
      ["2010", "2011-06"],
      ["2011-06-07", "2011-06-07"],
      ["2008", "2021"],
    ] as const) {
      for (const mode of ["overlaps", "within"] as const) {
        expect(ids(eventsBetween(from, to, { mode }))).toEqual(ids(naiveBetween(events, from, to, mode)));
      }
    }
  });
});

describe("public types", () => {
  it("are what a caller sees", () => {
    expectTypeOf(eventsBetween).returns.toEqualTypeOf<readonly TimelineEvent[]>();
    expectTypeOf<EventsBetweenOptions["mode"]>().toEqualTypeOf<"overlaps" | "within" | undefined>();
    expectTypeOf(createTimeline).parameter(0).toEqualTypeOf<readonly TimelineEvent[]>();
  });
});
