import { describe, expect, expectTypeOf, it } from "vitest";
import {
  activations,
  type CountyStatus,
  events,
  findJurisdictions,
  getActivation,
  getCity,
  getJurisdiction,
  type Jurisdiction,
  jurisdictions,
  jurisdictionsInStatus,
  type ParticipationStatusResult,
  participationStatus,
  type RolloutPoint,
  resolveJurisdiction,
  rolloutProgress,
  type StateStatus,
} from "../src/index.js";

/**
 * The activation day of every county the totals count: the counties of the period, each once (a
 * derived Alaska area takes the day of the listed area that covered it; the five listedOnly codes
 * are left out). Computed from the records, not through the helpers.
 */
const listedDay = new Map(activations.map((activation) => [activation.county as string, activation.date]));
const countedDates = jurisdictions
  .filter((record) => record.kind === "county" && record.listedOnly !== true)
  .map((record) => listedDay.get(record.activationFrom?.[0]?.county ?? record.id) as string);

function county(place: string, asOf: string | Date): CountyStatus {
  const status = participationStatus(place, asOf);
  if (status?.kind !== "county") throw new Error(`${place} is not a county`);
  return status;
}

function state(place: string, asOf: string): StateStatus {
  const status = participationStatus(place, asOf);
  if (status?.kind !== "state") throw new Error(`${place} is not a state`);
  return status;
}

describe("getJurisdiction", () => {
  it("finds a jurisdiction by id, FIPS, GEOID, USPS and ISO 3166-2 code", () => {
    expect(getJurisdiction("county-12086")?.fullName).toBe("Miami-Dade County");
    expect(getJurisdiction("12086")?.id).toBe("county-12086");
    expect(getJurisdiction("12")?.id).toBe("us-fl");
    expect(getJurisdiction("FL")?.id).toBe("us-fl");
    expect(getJurisdiction("fl")?.id).toBe("us-fl");
    expect(getJurisdiction("US-FL")?.id).toBe("us-fl");
    expect(getJurisdiction("us-fl")?.id).toBe("us-fl");
    expect(getJurisdiction("0644000")?.id).toBe("city-0644000");
    expect(getJurisdiction("US")?.id).toBe("us");
    expect(getJurisdiction("11001")?.kind).toBe("county");
    expect(getJurisdiction("DC")?.kind).toBe("state");
  });

  it("returns undefined for a miss, including prototype names", () => {
    expect(getJurisdiction("99999")).toBeUndefined();
    expect(getJurisdiction("41006")).toBeUndefined(); // on ICE's list, but no county code ever in use
    expect(getJurisdiction("__proto__")).toBeUndefined();
    expect(getJurisdiction("constructor")).toBeUndefined();
    expect(getJurisdiction("toString")).toBeUndefined();
  });

  it("knows every jurisdiction by its id and its code, the cities the records do not name included", () => {
    const named = new Set(
      events.flatMap((event) => [
        ...event.jurisdictions,
        event.actorJurisdiction ?? "",
        ...(event.claims ?? []).map((claim) => claim.about),
      ]),
    );
    expect(named.has("city-0644000")).toBe(true);
    expect(named.has("city-0107000")).toBe(false);
    for (const jurisdiction of jurisdictions) {
      expect(getJurisdiction(jurisdiction.id)).toBe(jurisdiction);
      if (jurisdiction.fips !== undefined) expect(getJurisdiction(jurisdiction.fips)).toBe(jurisdiction);
    }
  });
});

describe("getJurisdiction finds every record of jurisdictions by its id", () => {
  it("finds the cities the records do not name, by id and by GEOID", () => {
    const missed = jurisdictions.filter((record) => getJurisdiction(record.id) !== record);
    expect(missed.map((record) => record.id)).toEqual([]);
    expect(getJurisdiction("city-0107000")?.name).toBe("Birmingham");
    expect(getJurisdiction("0107000")).toBe(getCity("0107000"));
  });
});

describe("getActivation", () => {
  it("gives a county's activation record with its citation", () => {
    expect(getActivation("48201")).toEqual({
      county: "county-48201",
      date: "2008-10-27",
      citations: [{ source: "ice-activated-jurisdictions-dataset", locator: "county 48201, date_secure", confidence: "high" }],
    });
    expect(getActivation("county-12086")?.date).toBe("2009-02-24");
    expect(getActivation("us-fl")).toBeUndefined();
    expect(getActivation("0644000")).toBeUndefined();
    expect(getActivation("99999")).toBeUndefined();
  });
});

describe("findJurisdictions", () => {
  it("forgives case, accents, punctuation, type words and a trailing state", () => {
    for (const name of [
      "Miami Dade",
      "Miami-Dade",
      "Miami-Dade County, FL",
      "miami-dade county, florida",
      "MIAMI–DADE",
      "Dade County, Florida",
    ]) {
      expect(
        findJurisdictions(name).map((j) => j.id),
        name,
      ).toEqual(["county-12086"]);
    }
    expect(findJurisdictions("Dade County").map((j) => j.fips)).toEqual(["12086", "13083", "29057"]);
    expect(findJurisdictions("Doña Ana County").map((j) => j.id)).toEqual(["county-35013"]);
    expect(findJurisdictions("dona ana").map((j) => j.id)).toEqual(["county-35013"]);
  });

  it('reads "St." as "Saint"', () => {
    expect(findJurisdictions("Saint Louis city").map((j) => j.fips)).toEqual(["29510"]);
    expect(findJurisdictions("St. Louis City, MO").map((j) => j.fips)).toEqual(["29510"]);
    expect(findJurisdictions("St Louis County", { state: "Minnesota" }).map((j) => j.fips)).toEqual(["27137"]);
    expect(findJurisdictions("Saint Tammany Parish").map((j) => j.fips)).toEqual(["22103"]);
  });

  it("finds the District of Columbia however it is written", () => {
    for (const name of ["Washington, D.C.", "D.C.", "District of Columbia", "DC"]) {
      expect(findJurisdictions(name)[0]?.id, name).toBe("us-dc");
    }
  });

  it('returns every "Washington County", narrowed by a state', () => {
    const all = findJurisdictions("Washington County");
    expect(all.length).toBe(30);
    expect(all.every((j) => j.kind === "county" && j.name === "Washington")).toBe(true);
    expect(findJurisdictions("Washington County", { state: "PA" }).map((j) => j.id)).toEqual(["county-42125"]);
    expect(findJurisdictions("Washington County", { state: "Pennsylvania" }).map((j) => j.id)).toEqual(["county-42125"]);
    expect(findJurisdictions("Washington County, PA").map((j) => j.id)).toEqual(["county-42125"]);
  });

  it('returns the city of Los Angeles first, then the county, for "Los Angeles"', () => {
    expect(findJurisdictions("Los Angeles").map((j) => j.id)).toEqual(["city-0644000", "county-06037"]);
    expect(findJurisdictions("Los Angeles County").map((j) => j.id)).toEqual(["county-06037"]);
    expect(findJurisdictions("Los Angeles", { kind: "county" }).map((j) => j.id)).toEqual(["county-06037"]);
  });

  it('orders states before counties: "Washington"', () => {
    const found = findJurisdictions("Washington");
    expect(found[0]?.id).toBe("us-wa");
    // Then the city of Washington, DC, then the counties.
    expect(found[1]?.id).toBe("city-1150000");
    expect(found.slice(2).every((j) => j.kind === "county")).toBe(true);
  });

  it("returns [] for a name nobody has", () => {
    expect(findJurisdictions("Atlantis")).toEqual([]);
    expect(findJurisdictions("constructor")).toEqual([]);
    expect(findJurisdictions("__proto__")).toEqual([]);
  });
});

describe("participationStatus of a county", () => {
  it("was Miami-Dade in the program in May 2010? Yes, since 2009-02-24", () => {
    const status = county(findJurisdictions("Miami-Dade County, FL")[0]?.id ?? "", "2010-05");
    expect(status.activation).toEqual({ status: "activated", date: "2009-02-24" });
    expect(status.program.phase).toBe("active");
  });

  it("tells not-activated, activated-during and activated apart", () => {
    expect(county("12086", "2009-02-23").activation.status).toBe("not-activated");
    expect(county("12086", "2009-02").activation.status).toBe("activated-during");
    // A single day is a period too: a county switched on that day is activated-during, the day after activated.
    expect(county("12086", "2009-02-24").activation.status).toBe("activated-during");
    expect(county("12086", "2009-02-25").activation.status).toBe("activated");
    expect(county("12086", "2009").activation.status).toBe("activated-during");
    expect(county("12086", new Date("2009-02-24T23:59:59Z")).activation.status).toBe("activated-during");
  });

  it("follows the program's own phases", () => {
    expect(county("48201", "2008-01").program.phase).toBe("not-started");
    expect(county("48201", "2008-10-27").program.phase).toBe("active");
    expect(county("48201", "2015-01-01").program.phase).toBe("discontinued");
    expect(county("48201", "2016-01-01").program.phase).toBe("replaced");
    expect(county("48201", "2018-01-01").program.phase).toBe("reinstated");
    expect(county("48201", "2022-01-01").program.phase).toBe("uncertain");
    expect(county("48201", "2014").program.changedDuring).toBe(true);
    expect(county("48201", "2014").program.since?.id).toBe("discontinuation");
  });

  it("stays switched on after the discontinuation, and says unknown from the revocation of Executive Order 13768", () => {
    expect(county("48201", "2014-11-19").activation.status).toBe("activated");
    expect(county("48201", "2014-11-20")).toMatchObject({ activation: { status: "activated" }, program: { phase: "discontinued" } });
    expect(county("48201", "2017-06")).toMatchObject({ activation: { status: "activated" }, program: { phase: "reinstated" } });
    expect(county("48201", "2021-01-19").activation.status).toBe("activated");
    expect(county("48201", "2021-01-20").activation).toEqual({ status: "unknown", date: "2008-10-27" });
  });

  it("shows its state's decisions, marked as the state's", () => {
    const cook = county("17031", "2011-06-07");
    expect(cook.activation.status).toBe("not-activated");
    expect(cook.decisions.map((decision) => [decision.by, decision.event.id])).toEqual([
      ["state", "il-moa-signing"],
      ["state", "il-suspends-participation"],
      ["state", "il-governor-withdraws"],
      ["federal", "dhs-refuses-illinois-withdrawal-2011-05-05"],
    ]);
    const later = county("17031", "2011-09-07");
    expect(later.decisions.map((decision) => [decision.by, decision.event.id])).toContainEqual(["own", "cook-county-detainer-ordinance"]);
  });

  it("shows a federal answer to a place's decision as the federal government's, not the place's", () => {
    const santaClara = county("06085", "2010-12");
    expect(santaClara.decisions.map((decision) => [decision.by, decision.event.id])).toEqual(
      expect.arrayContaining([
        ["own", "santa-clara-opt-out-vote"],
        ["federal", "ice-refuses-santa-clara-opt-out-2010-11-09"],
      ]),
    );
    for (const decision of santaClara.decisions)
      expect(decision.by === "federal", decision.event.id).toBe(decision.event.actorJurisdiction === "us");
    // The nation's own decisions are its own.
    expect(participationStatus("us", "2011-06")?.decisions.every((decision) => decision.by === "own")).toBe(true);
  });

  it("includes no decision from after the date", () => {
    expect(county("17031", "2009-11-01").decisions).toEqual([]);
    expect(county("17031", "2010-10-31").decisions.map((decision) => decision.event.id)).toEqual(["il-moa-signing"]);
    expect(county("17031", "2010-11").decisions.map((decision) => decision.event.id)).toEqual([
      "il-moa-signing",
      "il-suspends-participation",
    ]);
  });
});

describe("participationStatus of a state, a city and the nation", () => {
  it("counts Florida's counties: all 67 by the end of June 2010", () => {
    const florida = state("FL", "2010-06-30");
    expect(florida.counties).toMatchObject({ activated: 67, total: 67, fraction: 1 });
    expect(florida.rollout).toBe("complete");
    expect(florida.completionDate).toBe("2010-06-22");
    expect(state("FL", "2010-06-21").rollout).toBe("partial");
  });

  it("shows a state's own decisions", () => {
    const massachusetts = state("MA", "2011-06-30");
    expect(massachusetts.decisions.map((decision) => decision.event.id)).toEqual(["ma-governor-declines-moa"]);
    expect(massachusetts.decisions.every((decision) => decision.by === "own")).toBe(true);
    expect(state("MA", "2012-05-15").rollout).toBe("complete");
  });

  it("gives a city its county's activation and its own decisions", () => {
    const losAngeles = participationStatus("city-0644000", "2011-06-07");
    expect(losAngeles?.kind).toBe("city");
    if (losAngeles?.kind !== "city") return;
    expect(losAngeles.county?.id).toBe("county-06037");
    expect(losAngeles.activation).toEqual({ status: "activated", date: "2009-08-27" });
    expect(losAngeles.decisions.filter((decision) => decision.by === "own").map((decision) => decision.event.id)).toEqual([
      "la-council-resolution",
    ]);
  });

  it("gives the nation its totals", () => {
    const nation = participationStatus("us", "2013-01-22");
    expect(nation?.kind).toBe("nation");
    if (nation?.kind !== "nation") return;
    expect(nation.counties).toMatchObject({ activated: 3143, total: 3143, fraction: 1 });
    expect(nation.statesComplete).toBe(51);
    const before = participationStatus("us", "2008-10-26");
    expect(before?.kind === "nation" && before.counties.activated).toBe(0);
  });

  it("accepts a jurisdiction record and returns undefined for an unknown code", () => {
    const miamiDade = getJurisdiction("12086") as Jurisdiction;
    expect(participationStatus(miamiDade, "2010")?.jurisdiction).toBe(miamiDade);
    expect(participationStatus("99999", "2010")).toBeUndefined();
  });
});

describe("jurisdictionsInStatus", () => {
  it("lists the counties activated by a date, optionally in one state", () => {
    // Switched on as of the day: before it (activated) or on it (activated-during).
    const byLaVote = [...jurisdictionsInStatus("activated", "2011-06-07"), ...jurisdictionsInStatus("activated-during", "2011-06-07")];
    const expected = countedDates.filter((date) => date <= "2011-06-07").length;
    expect(byLaVote.length).toBe(expected);
    expect(jurisdictionsInStatus("activated", "2011-06-07", { state: "CA" }).length).toBe(58);
    expect(jurisdictionsInStatus("not-activated", "2011-06-07", { state: "IL" }).map((j) => j.id)).toContain("county-17031");
  });

  it("splits the counties into activated, activated-during and not-activated", () => {
    const asOf = "2010-06";
    const sizes = (["activated", "activated-during", "not-activated"] as const).map((status) => jurisdictionsInStatus(status, asOf).length);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(3143);
    expect(sizes[1]).toBe(countedDates.filter((date) => date.startsWith("2010-06")).length);
  });

  it("lists states by rollout", () => {
    expect(jurisdictionsInStatus("complete", "2010-06-30").map((j) => j.usps)).toEqual(["DE", "FL", "VA"]);
    expect(jurisdictionsInStatus("complete", "2013-01-22").length).toBe(51);
    expect(jurisdictionsInStatus("not-started", "2008-10-27").length).toBe(50);
  });
});

describe("rolloutProgress", () => {
  it("counts counties switched on per year, as the dataset has them", () => {
    const byYear = rolloutProgress({ by: "year" });
    expect(byYear.map((point) => point.period)).toEqual(["2008", "2009", "2010", "2011", "2012", "2013"]);
    expect(byYear.map((point) => point.activatedDuring)).toEqual([14, 91, 788, 1099, 1045, 106]);
    expect(byYear.at(-1)).toEqual({ period: "2013", status: "complete", activated: 3143, activatedDuring: 106, total: 3143, fraction: 1 });
  });

  it("gives a monthly series for a state, from its first to its last month", () => {
    const texas = rolloutProgress({ state: "TX" });
    expect(texas[0]?.period).toBe("2008-10");
    expect(texas.at(-1)).toMatchObject({ period: "2010-09", status: "complete", activated: 254, fraction: 1 });
    for (let index = 1; index < texas.length; index += 1) {
      const point = texas[index] as RolloutPoint;
      expect((point.activated ?? 0) - ((texas[index - 1] as RolloutPoint).activated ?? 0)).toBe(point.activatedDuring);
    }
  });

  it("gives a daily series matching a count of the records", () => {
    const days = rolloutProgress({ by: "day", from: "2010-06-20", to: "2010-06-23" });
    expect(days.map((point) => point.period)).toEqual(["2010-06-20", "2010-06-21", "2010-06-22", "2010-06-23"]);
    for (const point of days) {
      expect(point.activated).toBe(countedDates.filter((date) => date <= point.period).length);
    }
  });
});

describe("public types", () => {
  it("are what a caller sees", () => {
    expectTypeOf(participationStatus).returns.toEqualTypeOf<ParticipationStatusResult | undefined>();
    expectTypeOf(findJurisdictions).returns.toEqualTypeOf<readonly Jurisdiction[]>();
    expectTypeOf(getJurisdiction).parameter(0).toEqualTypeOf<string>();
    expectTypeOf<CountyStatus["activation"]["status"]>().toEqualTypeOf<"activated" | "activated-during" | "not-activated" | "unknown">();
    expectTypeOf(events).toEqualTypeOf<readonly (typeof events)[number][]>();
  });
});

describe("the answer to a code, without the resolver's name index", () => {
  it("matches every code of every jurisdiction as resolveJurisdiction does", () => {
    for (const place of jurisdictions) {
      const codes = [place.id, place.fips, place.usps, place.iso3166_2, place.id.toUpperCase(), place.usps?.toLowerCase()];
      for (const code of codes) {
        if (code === undefined) continue;
        const resolved = resolveJurisdiction(code);
        const status = participationStatus(code, "2011-06-07");
        expect(status?.jurisdiction, code).toBe(resolved.matches[0]?.jurisdiction);
        expect(status?.match, code).toEqual(resolved.matches[0]);
        // A record answers for itself, with no match to report.
        expect(participationStatus(place, "2011-06-07")?.match, place.id).toBeUndefined();
      }
    }
  });

  it("leaves codes with spaces, other eras and names to the resolver", () => {
    expect(participationStatus(" 12086 ", "2010-05")?.match).toEqual(resolveJurisdiction(" 12086 ").matches[0]);
    expect(participationStatus("02158", "2010-05")?.match?.by).toBe("other-code");
    expect(participationStatus("Miami-Dade County, FL", "2010-05")?.match?.by).toBe("name");
  });

  it("answers a repeated date or state as a new one would be answered", () => {
    const first = participationStatus("12086", "2010-05");
    const again = participationStatus("12086", "2010-05");
    const other = participationStatus("12086", "2008");
    expect(again).toEqual(first);
    expect(other?.asOf.text).toBe("2008");
    expect(other?.kind === "county" && other.activation.status).toBe("not-activated");
    expect(participationStatus("12086", "2010-05")?.asOf).toEqual(first?.asOf);
    expect(jurisdictionsInStatus("activated", "2010-06", { state: "CA" })).toEqual(
      jurisdictionsInStatus("activated", "2010-06", { state: "us-ca" }),
    );
    expect(jurisdictionsInStatus("activated", "2010-06", { state: "TX" }).every((place) => place.parent === "us-tx")).toBe(true);
  });
});
