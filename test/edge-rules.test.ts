import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { activations } from "../src/generated/activations.js";
import { jurisdictions } from "../src/generated/jurisdictions.js";
import { dayFromNumber, dayNumber, parsePartialDate } from "../src/partial-date.js";
import { jurisdictionsInStatus, participationStatus, rolloutProgress } from "../src/participation.js";

// One rule for each edge (see the README): a period counts a county as switched on when its
// activation day is on or before the period's last day; activatedDuring counts the days inside
// it; counties stay switched on after the discontinuation of 2014-11-20 (the Priority Enforcement
// Program and the reinstated program used the same fingerprints), and a period that reaches the
// revocation of Executive Order 13768 (2021-01-20), whose phase is "uncertain", is unknown everywhere.
// participationStatus, jurisdictionsInStatus and rolloutProgress must agree on every place and
// every date, and with a plain count over the activation records.

import { events } from "../src/generated/events.js";

/** Read from the events, not from the helpers' constant: the day the "uncertain" phase begins. */
const unknownFrom = events.find((event) => event.programPhase === "uncertain")?.date as string;
const states = jurisdictions.filter((jurisdiction) => jurisdiction.kind === "state");
const places = ["us", ...states.map((state) => state.id)];
const stateOfCounty = new Map(jurisdictions.map((jurisdiction) => [jurisdiction.id, jurisdiction.parent]));

/** Days from 2007 (before the rollout) to 2023 (after the revocation), as days, months or years. */
const asOfDates = fc.oneof(
  fc.integer({ min: dayNumber("2007-01-01"), max: dayNumber("2023-12-31") }).map((day) => dayFromNumber(day)),
  fc.integer({ min: dayNumber("2007-01-01"), max: dayNumber("2023-12-31") }).map((day) => dayFromNumber(day).slice(0, 7)),
  fc.integer({ min: 2007, max: 2023 }).map(String),
  // The edges themselves: the first and last activations, the discontinuation, the revocation.
  fc.constantFrom(
    "2008-10-27",
    "2008-10",
    "2013-01-22",
    "2013-01",
    "2014-11-19",
    "2014-11-20",
    "2014-11",
    "2014",
    "2014-12-31",
    "2015",
    "2021-01-19",
    "2021-01-20",
    "2021-01",
    "2021",
  ),
);

/**
 * The activation days of each place's counties, as ISO strings: every county of the period counted
 * once (a county listed only under a former code is not counted; an area of the period that the list
 * lacks takes the day of the listed area that covered it).
 */
const listedDate = new Map(activations.map((activation) => [activation.county as string, activation.date]));
const countedCounties = jurisdictions.filter((jurisdiction) => jurisdiction.kind === "county" && jurisdiction.listedOnly !== true);
const countyDate = (county: (typeof jurisdictions)[number]): string =>
  (listedDate.get(county.id) ?? listedDate.get(county.activationFrom?.[0]?.county ?? "")) as string;
const datesOf = new Map(
  places.map((place) => [
    place,
    countedCounties.filter((county) => place === "us" || stateOfCounty.get(county.id) === place).map(countyDate),
  ]),
);

/** The plain count: a scan of the activation records, dates compared as ISO strings. */
function plainCounts(place: string, asOf: string): { activated: number; activatedDuring: number; total: number } {
  const { start, end } = parsePartialDate(asOf);
  const dates = datesOf.get(place) ?? [];
  let activated = 0;
  let activatedDuring = 0;
  for (const date of dates) {
    if (date <= end) activated += 1;
    if (date >= start && date <= end) activatedDuring += 1;
  }
  return { activated, activatedDuring, total: dates.length };
}

describe("the edge rules, in every helper alike", () => {
  it("participationStatus, jurisdictionsInStatus and rolloutProgress agree for every state and the nation (property, 500 dates)", {
    timeout: 300_000,
  }, () => {
    fc.assert(
      fc.property(asOfDates, (asOf) => {
        const interval = parsePartialDate(asOf);
        const unknown = interval.end >= unknownFrom;
        const by = interval.precision;
        const stateStatuses = new Map(
          (["not-started", "partial", "complete"] as const).map((rollout) => [
            rollout,
            jurisdictionsInStatus(rollout, asOf).map((state) => state.id),
          ]),
        );
        for (const place of places) {
          const status = participationStatus(place, asOf);
          if (status?.kind !== "state" && status?.kind !== "nation") throw new Error(`no aggregate status for ${place}`);
          const options = place === "us" ? {} : { state: place };
          const [point] = rolloutProgress({ ...options, by, from: asOf, to: asOf });
          expect(point?.period).toBe(asOf);
          const expected = plainCounts(place, asOf);
          const activated = jurisdictionsInStatus("activated", asOf, options).length;
          const during = jurisdictionsInStatus("activated-during", asOf, options).length;
          const notYet = jurisdictionsInStatus("not-activated", asOf, options).length;
          const unknownCounties = jurisdictionsInStatus("unknown", asOf, options).length;
          if (unknown) {
            expect(status.counties).toEqual({ activated: null, activatedDuring: null, total: expected.total, fraction: null });
            expect(point).toMatchObject({ status: "unknown", activated: null, activatedDuring: null, fraction: null });
            expect([activated, during, notYet, unknownCounties]).toEqual([0, 0, 0, expected.total]);
            if (status.kind === "state") expect(status.rollout).toBe("unknown");
            else expect(status.statesComplete).toBeNull();
          } else {
            const fraction = expected.activated / expected.total;
            expect(status.counties).toEqual({ ...expected, fraction });
            expect(point).toMatchObject({ ...expected, fraction });
            expect(activated + during).toBe(expected.activated);
            expect(during).toBe(expected.activatedDuring);
            expect(notYet).toBe(expected.total - expected.activated);
            expect(unknownCounties).toBe(0);
            const rollout = expected.activated === 0 ? "not-started" : expected.activated === expected.total ? "complete" : "partial";
            expect(point?.status).toBe(rollout);
            if (status.kind === "state") {
              expect(status.rollout).toBe(rollout);
              expect(stateStatuses.get(rollout)).toContain(place);
            }
          }
          if (status.kind === "nation") {
            const complete = stateStatuses.get("complete")?.length;
            expect(status.statesComplete).toBe(unknown ? null : complete);
            if (unknown) expect(jurisdictionsInStatus("unknown", asOf, { kind: "state" })).toHaveLength(states.length);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it("lists states by name, Alabama before Alaska", () => {
    const names = jurisdictionsInStatus("complete", "2013").map((state) => state.name);
    expect(names[0]).toBe("Alabama");
    expect(names.slice(0, 2)).toEqual(["Alabama", "Alaska"]);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "en")));
  });

  it("counts a single day's switch-ons on that day, as jurisdictionsInStatus lists them", () => {
    const nation = participationStatus("us", "2010-06-22");
    expect(nation?.kind === "nation" && nation.counties.activatedDuring).toBe(54);
    expect(jurisdictionsInStatus("activated-during", "2010-06-22")).toHaveLength(54);
    const california = participationStatus("CA", "2011-02");
    const during = jurisdictionsInStatus("activated-during", "2011-02", { state: "CA" }).length;
    expect(california?.kind === "state" && california.counties.activatedDuring).toBe(during);
  });

  it("answers every form of a day after the discontinuation alike, and unknown from the revocation on", () => {
    // 2014, 2014-12 and 2014-12-31 end on the same day: one answer.
    const forms = ["2014", "2014-12", "2014-12-31", new Date(Date.UTC(2014, 11, 31))];
    const answers = forms.map((asOf) => {
      const nation = participationStatus("us", asOf);
      return nation?.kind === "nation" ? [nation.counties.activated, nation.statesComplete] : undefined;
    });
    expect(answers).toEqual(forms.map(() => [3143, 51]));
    expect(participationStatus("us", "2014-12-31")?.program.phase).toBe("discontinued");
    expect(
      participationStatus("county-12086", "2016-06")?.kind === "county" && participationStatus("county-12086", "2016-06"),
    ).toMatchObject({
      activation: { status: "activated", date: "2009-02-24" },
      program: { phase: "replaced" },
    });
    expect(participationStatus("county-12086", "2019")).toMatchObject({
      activation: { status: "activated" },
      program: { phase: "reinstated" },
    });
    expect(jurisdictionsInStatus("activated", "2019")).toHaveLength(3143);
    // From the revocation on, and for any period that reaches it, unknown everywhere.
    for (const asOf of ["2021", "2021-01", "2021-01-20", "2022-06-30"]) {
      expect(jurisdictionsInStatus("activated", asOf), asOf).toEqual([]);
      const nation = participationStatus("us", asOf);
      expect(nation?.kind === "nation" && nation.counties.activated, asOf).toBeNull();
      expect(jurisdictionsInStatus("complete", asOf)).toEqual([]);
    }
    expect(participationStatus("us", "2021-01-19")).toMatchObject({ counties: { activated: 3143 } });
    expect(rolloutProgress({ by: "year", from: "2014", to: "2022" }).map((point) => point.status)).toEqual([
      ...Array.from({ length: 7 }, () => "complete"),
      "unknown",
      "unknown",
    ]);
  });
});
