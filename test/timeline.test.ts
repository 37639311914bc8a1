import fc from "fast-check";
import { describe, expect, expectTypeOf, it } from "vitest";
import { coreJurisdictions } from "../src/generated/core-jurisdictions.js";
import {
  activations,
  createTimeline,
  dayFromNumber,
  type EventsBetweenOptions,
  events,
  eventsBetween,
  type JurisdictionId,
  jurisdictions,
  parsePartialDate,
  type TimelineEvent,
} from "../src/index.js";
import { timelineOrder } from "../src/internal/timeline-order.js";

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
    expect(ids(eventsBetween("2010-11-15", "2010-11-15"))).toContain("wa-state-patrol-declines-moa"); // dated 2010-11
    expect(ids(eventsBetween("2010-11-15", "2010-11-15", { mode: "within" }))).not.toContain("wa-state-patrol-declines-moa");
    expect(ids(eventsBetween("2010-11", "2010-11", { mode: "within" }))).toContain("wa-state-patrol-declines-moa");
    expect(ids(eventsBetween("2010-06", "2010-06"))).toContain("dc-withdraws"); // dated 2010
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
    const year2010 = eventsBetween("2010-01-01", "2010-11-30");
    expect(year2010.findIndex((event) => event.date === "2010-11")).toBeGreaterThan(0);
    expect(year2010.findIndex((event) => event.date === "2010")).toBeLessThan(year2010.findIndex((event) => event.date === "2010-11"));
  });

  it("filters by kind, category, jurisdiction, actor and source", () => {
    expect(ids(eventsBetween("2011", "2011", { kind: ["withdrawal", "suspension", "refusal"], category: "decision" }))).toEqual([
      "il-governor-withdraws",
      "dhs-refuses-illinois-withdrawal-2011-05-05",
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

describe("createTimeline: the jurisdiction filter reads the code alone", () => {
  const timeline = createTimeline(events);
  const codes = coreJurisdictions.flatMap((place) =>
    [place.id, place.fips, place.usps, place.iso3166_2].flatMap((code) =>
      code === undefined ? [] : [...new Set([code, code.toLowerCase(), code.toUpperCase()])],
    ),
  );

  it("keeps what eventsBetween keeps, for every id and code of every jurisdiction a lookup by code knows", () => {
    expect(codes.length).toBeGreaterThan(6000);
    for (const code of codes) {
      for (const includeSurrounding of [false, true]) {
        const options = { jurisdiction: code, includeSurrounding };
        expect(ids(timeline.between(undefined, undefined, options)), `${code} ${includeSurrounding}`).toEqual(
          ids(eventsBetween(undefined, undefined, options)),
        );
      }
    }
  });

  it("keeps a county's cities' events and a city's county's events around it, as eventsBetween does", () => {
    const namedByEvents = new Set(events.flatMap((event) => event.jurisdictions));
    for (const city of coreJurisdictions.filter((place) => place.kind === "city" && namedByEvents.has(place.id))) {
      const county = city.county as string;
      const own = ids(eventsBetween(undefined, undefined, { jurisdiction: city.id }));
      expect(own.length, city.id).toBeGreaterThan(0);
      expect(ids(timeline.between(undefined, undefined, { jurisdiction: county })), county).toEqual(expect.arrayContaining(own));
    }
  });

  it("throws a RangeError pointing to resolveJurisdiction for a name or a code of no jurisdiction", () => {
    for (const code of [
      "Cook County",
      "cook county il",
      "Illinois",
      "ZZ",
      "US-ZZ",
      "99",
      "03",
      "99001",
      "county-99001",
      "city-9900000",
      "1703",
      "county-1703",
      "__proto__",
      "",
      " IL",
      "IL ",
    ]) {
      expect(() => timeline.between(undefined, undefined, { jurisdiction: code }), code).toThrow(RangeError);
      expect(() => timeline.between(undefined, undefined, { jurisdiction: code }), code).toThrow(
        /takes an id or a code, not a name \(resolveJurisdiction/,
      );
    }
    expect(() => timeline.between(undefined, undefined, { jurisdiction: 17 as never })).toThrow(TypeError);
    // eventsBetween resolves names with the one resolver.
    expect(ids(eventsBetween(undefined, undefined, { jurisdiction: "Cook County, IL" }))).toContain("cook-county-detainer-ordinance");
  });

  it("takes a well-formed county or city code of a known state even when no county or city has it", () => {
    const unknownCounty = {
      ...(events[0] as TimelineEvent),
      id: "x" as TimelineEvent["id"],
      jurisdictions: ["county-17999" as JurisdictionId],
    };
    const own = createTimeline([...events, unknownCounty]);
    expect(ids(own.between(undefined, undefined, { jurisdiction: "17999" }))).toEqual(["x"]);
    expect(ids(own.between(undefined, undefined, { jurisdiction: "IL" }))).toContain("x");
    // With its surroundings: the events about it, its state or the nation, not those about other places in them.
    const naming = (...places: string[]) => ids(own.between().filter((event) => event.jurisdictions.some((id) => places.includes(id))));
    expect(ids(own.between(undefined, undefined, { jurisdiction: "county-17999", includeSurrounding: true }))).toEqual(
      naming("county-17999", "us-il", "us"),
    );
    expect(own.between(undefined, undefined, { jurisdiction: "city-1799999" })).toEqual([]);
    expect(ids(own.between(undefined, undefined, { jurisdiction: "city-1799999", includeSurrounding: true }))).toEqual(
      naming("us-il", "us"),
    );
  });
});

describe("createTimeline: one category or one kind", () => {
  const arbitraryDay = fc.integer({ min: parsePartialDate("2007-06-01").startDay, max: parsePartialDate("2013-06-30").startDay });
  const arbitraryRange = fc.tuple(fc.option(arbitraryDay), fc.option(arbitraryDay)).map(([a, b]) => {
    const days = [a, b].map((day) => (day === null ? undefined : dayFromNumber(day)));
    const [from, to] = days;
    return from !== undefined && to !== undefined && from > to ? [to, from] : [from, to];
  });
  // The package's events, and copies of them widened to their month and their year, so that many
  // events lasting a month or a year reach into any range.
  const widened = events.flatMap((event, index) => [
    event,
    { ...event, id: `${event.id}-month-${index}` as TimelineEvent["id"], date: event.date.slice(0, 7) },
    { ...event, id: `${event.id}-year-${index}` as TimelineEvent["id"], date: event.date.slice(0, 4) },
  ]);
  const timeline = createTimeline(widened);
  const categories = [...new Set(events.map((event) => event.category))];
  const kinds = [...new Set(events.map((event) => event.kind))];

  it("equals the same filter applied over all events, for random ranges", () => {
    fc.assert(
      fc.property(
        arbitraryRange,
        fc.constantFrom(...categories),
        fc.constantFrom(...kinds),
        fc.constantFrom("overlaps" as const, "within" as const),
        ([from, to], category, kind, mode) => {
          const all = timeline.between(from, to, { mode });
          expect(ids(all)).toEqual(ids(naiveBetween(widened, from, to, mode)));
          expect(ids(timeline.between(from, to, { mode, category }))).toEqual(ids(all.filter((event) => event.category === category)));
          expect(ids(timeline.between(from, to, { mode, category: [category] }))).toEqual(
            ids(all.filter((event) => event.category === category)),
          );
          expect(ids(timeline.between(from, to, { mode, kind }))).toEqual(ids(all.filter((event) => event.kind === kind)));
          expect(ids(timeline.between(from, to, { mode, kind: [kind], category: [category, "program"] }))).toEqual(
            ids(all.filter((event) => event.kind === kind && (event.category === category || event.category === "program"))),
          );
          expect(ids(timeline.between(from, to, { mode, category, kind: [kind, "withdrawal"] }))).toEqual(
            ids(all.filter((event) => event.category === category && (event.kind === kind || event.kind === "withdrawal"))),
          );
          expect(ids(timeline.between(from, to, { mode, category, actor: "governor" }))).toEqual(
            ids(all.filter((event) => event.category === category && event.actor.toLowerCase().includes("governor"))),
          );
          expect(ids(timeline.between(from, to, { mode, kind, jurisdiction: "IL" }))).toEqual(
            ids(timeline.between(from, to, { mode, jurisdiction: "IL" }).filter((event) => event.kind === kind)),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it("equals a plain filter of eventsBetween's results, with and without the activations", () => {
    fc.assert(
      fc.property(
        arbitraryRange,
        fc.constantFrom(...categories),
        fc.constantFrom(...kinds, "activation" as const),
        fc.constantFrom("none" as const, "by-state-day" as const, "by-county" as const),
        ([from, to], category, kind, activationEvents) => {
          const all = eventsBetween(from, to, { activations: activationEvents });
          expect(ids(eventsBetween(from, to, { category, activations: activationEvents }))).toEqual(
            ids(all.filter((event) => event.category === category)),
          );
          expect(ids(eventsBetween(from, to, { kind, activations: activationEvents }))).toEqual(
            ids(all.filter((event) => event.kind === kind)),
          );
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe("createTimeline: order", () => {
  const at = (date: string, id: string): TimelineEvent => ({ ...(events[0] as TimelineEvent), id: id as TimelineEvent["id"], date });

  it("keeps the given order of events with the same dates, wider intervals first", () => {
    const list = [
      at("2010-06-01", "d1"),
      at("2010", "y1"),
      at("2010-06", "m1"),
      at("2010-06-01", "d2"),
      at("2010", "y2"),
      at("2010-06", "m2"),
    ];
    for (let copy = 0; copy < 200; copy += 1) list.push(at("2010-06-01", `d-${copy}`));
    const expected = ["y1", "y2", "m1", "m2", "d1", "d2", ...Array.from({ length: 200 }, (_, copy) => `d-${copy}`)];
    expect(ids(createTimeline(list).between())).toEqual(expected);
    expect(ids(createTimeline(list).between("2010-06-01", "2010-06-01"))).toEqual(expected);
  });

  it("orders events spread over the whole range of dates (years 1000 to 9999) as a comparison sort does", () => {
    const dates = fc.tuple(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 28 }));
    fc.assert(
      fc.property(fc.array(dates, { maxLength: 80 }), (parts) => {
        const list = parts.map(([year, month, day], index) => {
          const text =
            month === 0
              ? `${year}`
              : day === 0
                ? `${year}-${String(month).padStart(2, "0")}`
                : `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
          return at(text, `e${index}`);
        });
        expect(ids(createTimeline(list).between())).toEqual(ids(naiveBetween(list, undefined, undefined, "overlaps")));
      }),
      { numRuns: 200 },
    );
  });

  it("falls back to a stable comparison sort when first day, length and index do not fit in 53 bits", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: -354_285, max: 2_932_896 }), fc.constantFrom(0, 27, 28, 29, 30, 364, 365)), { maxLength: 200 }),
        (intervals) => {
          const firstDays = Int32Array.from(intervals, ([first]) => first);
          const lastDays = Int32Array.from(intervals, ([first, length]) => first + length);
          const lowest = Math.min(...firstDays);
          const highest = Math.max(...firstDays);
          const longest = Math.max(0, ...intervals.map(([, length]) => length));
          const expected = intervals
            .map((_, index) => index)
            .sort(
              (a, b) => (firstDays[a] as number) - (firstDays[b] as number) || (lastDays[b] as number) - (lastDays[a] as number) || a - b,
            );
          // With 53 bits the keys fit (22 bits of days, 9 of length, 8 of index); with fewer they do not.
          for (const keyBits of [53, 30, 10, 0]) {
            expect(Array.from(timelineOrder(firstDays, lastDays, lowest, highest, longest, keyBits)), String(keyBits)).toEqual(expected);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("eventsBetween around a city the events do not name", () => {
  it("keeps the county's, the state's and the nation's events, as a timeline of the same events does", () => {
    const city = jurisdictions.find((record) => record.id === "city-0107000"); // Birmingham, Alabama
    expect(city?.kind).toBe("city");
    const options = { jurisdiction: "city-0107000", includeSurrounding: true } as const;
    const found = eventsBetween(undefined, undefined, options).map((event) => event.id);
    expect(found).toEqual(
      createTimeline(events)
        .between(undefined, undefined, options)
        .map((event) => event.id),
    );
    expect(found).toContain("nationwide-completion");
  });
});
