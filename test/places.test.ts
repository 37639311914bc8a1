import { describe, expect, it } from "vitest";
import { runCli } from "../src/cli/run.js";
import {
  activations,
  type CityStatus,
  type CountyStatus,
  countyCodeChanges,
  countyCrosswalk,
  currentCountyCodes,
  eventsBetween,
  findJurisdictions,
  getActivation,
  getCity,
  getJurisdiction,
  jurisdictions,
  participationStatus,
  periodCountyCodes,
  resolveJurisdiction,
  type StateStatus,
  suggestJurisdictions,
} from "../src/index.js";

const ids = (query: string) => resolveJurisdiction(query).matches.map((match) => match.jurisdiction.id);
const listedDay = new Map(activations.map((activation) => [activation.county as string, activation.date]));

function city(place: string, asOf: string): CityStatus {
  const status = participationStatus(place, asOf);
  if (status?.kind !== "city") throw new Error(`${place} is not a city`);
  return status;
}

describe("counties of 2008-2013: the Alaska areas the list lacks, and the listed former codes", () => {
  it("has the five Alaska areas of the period, each with the listed area that covered it, marked derived", () => {
    const covering: Record<string, string[]> = {
      "02105": ["county-02232"],
      "02195": ["county-02280"],
      "02198": ["county-02201"],
      "02230": ["county-02232"],
      "02275": ["county-02280", "county-02201"],
    };
    for (const [code, from] of Object.entries(covering)) {
      const record = getJurisdiction(code);
      expect(record?.kind, code).toBe("county");
      expect(
        record?.activationFrom?.map((entry) => entry.county),
        code,
      ).toEqual(from);
      expect(
        record?.activationFrom?.every((entry) => entry.change === "split"),
        code,
      ).toBe(true);
      for (const entry of record?.activationFrom ?? []) {
        expect(
          countyCodeChanges.some((change) => change.id === entry.codeChange),
          entry.codeChange,
        ).toBe(true);
      }
      expect(
        record?.citations.map((citation) => citation.source),
        code,
      ).toContain("ice-activated-jurisdictions-dataset");
      expect(listedDay.has(`county-${code}`), `${code} has no listed activation`).toBe(false);
    }
  });

  it("answers status 02230 (Skagway) with the day of Skagway-Hoonah-Angoon, derived", () => {
    const status = participationStatus("02230", "2012-05") as CountyStatus;
    expect(status.activation).toMatchObject({ status: "activated", date: "2012-04-10" });
    expect(status.activation.derivedFrom?.map((area) => area.id)).toEqual(["county-02232"]);
    expect((participationStatus("02230", "2012-03") as CountyStatus).activation.status).toBe("not-activated");
    expect((participationStatus("02232", "2012-05") as CountyStatus).activation.derivedFrom).toBeUndefined();
  });

  it("keeps Clifton Forge and South Boston as listed, flagged, and counts no land twice", () => {
    for (const code of ["51560", "51780"]) {
      const record = getJurisdiction(code);
      expect(record?.listedOnly, code).toBe(true);
      expect((participationStatus(code, "2010-07") as CountyStatus).activation).toEqual({ status: "activated", date: "2010-06-15" });
    }
    const virginia = participationStatus("VA", "2013") as StateStatus;
    const alaska = participationStatus("AK", "2013") as StateStatus;
    // The counties of 2010: Virginia 95 counties and 39 cities; Alaska 29 areas.
    expect(virginia.counties.total).toBe(134);
    expect(alaska.counties.total).toBe(29);
    const nation = participationStatus("us", "2013");
    expect(nation?.kind === "nation" && nation.counties.total).toBe(3143);
    const counted = jurisdictions.filter((record) => record.kind === "county" && record.listedOnly !== true);
    expect(new Set(counted.map((record) => record.id)).size).toBe(3143);
  });
});

describe("countyCodeChanges", () => {
  it("holds the 47 cited changes, 19 of them Connecticut's", () => {
    expect(countyCodeChanges).toHaveLength(47);
    expect(countyCodeChanges.filter((change) => change.change === "replace")).toHaveLength(19);
    for (const change of countyCodeChanges) {
      expect(change.id).toBe(`${change.oldCode}-${change.newCode}`);
      expect(change.citations.length, change.id).toBeGreaterThan(0);
    }
    expect(Object.isFrozen(countyCodeChanges)).toBe(true);
  });
});

describe("a code of any era", () => {
  it.each([
    ["02158", "county-02270", "rename", "later"],
    ["46102", "county-46113", "rename", "later"],
    ["12025", "county-12086", "rename", "earlier"],
    ["02063", "county-02261", "split", "later"],
  ])("%s resolves to %s and says how it relates", (code, id, change, era) => {
    const result = resolveJurisdiction(code);
    expect(result.status).toBe("found");
    expect(result.matches[0]?.jurisdiction.id).toBe(id);
    expect(result.matches[0]?.by).toBe("other-code");
    expect(result.matches[0]?.otherCode).toMatchObject({ code, change, era });
    expect(getJurisdiction(code)?.id).toBe(id);
    expect(participationStatus(code, "2012")?.jurisdiction.id).toBe(id);
    expect(participationStatus(code, "2012")?.match?.otherCode?.code).toBe(code);
  });

  it("09110, a Connecticut planning region, gives every old county whose towns it holds", () => {
    const result = resolveJurisdiction("09110");
    expect(result.status).toBe("several");
    expect(result.matches.map((match) => match.jurisdiction.id)).toEqual(["county-09003", "county-09013"]);
    expect(result.matches.every((match) => match.otherCode?.change === "replace")).toBe(true);
    expect(() => getJurisdiction("09110")).toThrow(/covers 2 jurisdictions of 2008-2013.*resolveJurisdiction/);
    expect(() => participationStatus("09110", "2012")).toThrow(RangeError);
    for (let code = 9110; code <= 9190; code += 10) {
      expect(resolveJurisdiction(`0${code}`).matches.length, `0${code}`).toBeGreaterThan(0);
    }
  });

  it("finds names of other eras: Kusilvak, Oglala Lakota", () => {
    expect(findJurisdictions("Kusilvak").map((j) => j.id)).toEqual(["county-02270"]);
    expect(findJurisdictions("Oglala Lakota County").map((j) => j.id)).toEqual(["county-46113"]);
    expect(resolveJurisdiction("Kusilvak Census Area").matches[0]?.by).toBe("other-name");
  });

  it("filters the timeline by a code of another era", () => {
    const byOld = eventsBetween("2008", "2014", { jurisdiction: "02270", activations: "by-county" });
    const byNew = eventsBetween("2008", "2014", { jurisdiction: "02158", activations: "by-county" });
    expect(byNew).toEqual(byOld);
    expect(byNew.length).toBeGreaterThan(0);
  });
});

describe("the county crosswalk", () => {
  it("maps splits one to many and back, and Connecticut's counties to its planning regions", () => {
    expect(currentCountyCodes("02261").map((row) => row.currentCode)).toEqual(["02063", "02066"]);
    expect(currentCountyCodes("county-02270").map((row) => [row.currentCode, row.relation])).toEqual([["02158", "rename"]]);
    expect(currentCountyCodes("51515").map((row) => [row.currentCode, row.relation])).toEqual([["51019", "merge"]]);
    expect(currentCountyCodes("06037").map((row) => row.relation)).toEqual(["same"]);
    expect(periodCountyCodes("09110").map((row) => row.periodCode)).toEqual(["09003", "09013"]);
    expect(periodCountyCodes("02158").map((row) => row.periodCode)).toEqual(["02270"]);
    expect(currentCountyCodes("99999")).toEqual([]);
    expect(() => currentCountyCodes("9110")).toThrow(RangeError);
  });

  it("covers every county of the period, and every Connecticut county goes to planning regions", () => {
    const periodCodes = new Set(countyCrosswalk().map((row) => row.periodCode));
    const counties = jurisdictions.filter((record) => record.kind === "county");
    expect(periodCodes.size).toBe(counties.length);
    for (const row of countyCrosswalk().filter((row) => row.state === "CT")) expect(row.currentCode).toMatch(/^091[1-9]0$/);
    const changed = countyCrosswalk().filter((row) => row.relation !== "same");
    expect(changed.length).toBe(39);
  });
});

describe("cities", () => {
  it("has the 297 largest places of the 2020 Census in the 50 states and DC, as 296 cities with their counties", () => {
    const cities = jurisdictions.filter((record) => record.kind === "city");
    // Louisville's two Census codes are one city.
    expect(cities).toHaveLength(296);
    for (const record of cities) {
      expect(record.id).toBe(`city-${record.fips}`);
      const parts = record.counties ?? [];
      expect(parts.length, record.id).toBeGreaterThan(0);
      expect(
        parts.reduce((sum, part) => sum + part.population, 0),
        record.id,
      ).toBe(record.population);
      for (const part of parts) expect(getJurisdiction(part.county)?.kind, `${record.id} ${part.county}`).toBe("county");
    }
    // Los Angeles was written by hand first: one record, the import's structure with the hand's citations.
    expect(getCity("city-0644000")?.counties).toEqual([{ county: "county-06037", population: 3898747 }]);
    expect(getCity("city-0644000")?.citations.map((citation) => citation.source)).toContain("florida-independent-la-resolution");
  });

  it('findJurisdictions("Houston") offers Houston city, TX first', () => {
    const found = findJurisdictions("Houston");
    expect(found[0]?.id).toBe("city-4835000");
    expect(found.slice(1).every((record) => record.kind === "county" && record.name === "Houston")).toBe(true);
  });

  it("gives Houston's participation by its counties, each with its own activation, and the share covered", () => {
    const houston = city("city-4835000", "2009-06");
    // Geocorr's empty Waller County part (48473) is left out: no source confirms city land there.
    expect(houston.counties.map((part) => part.county.fips)).toEqual(["48201", "48157", "48339"]);
    expect(houston.counties.map((part) => part.activation.date)).toEqual(["2008-10-27", "2009-09-16", "2009-09-16"]);
    expect(houston.coveredPopulation).toBe(2255442);
    expect(houston.coveredFraction).toBeCloseTo(2255442 / 2304580, 12);
    expect(city("city-4835000", "2010-12").coveredFraction).toBe(1);
    expect(city("city-4835000", "2008-01").coveredFraction).toBe(0);
    expect(city("city-4835000", "2021").coveredFraction).toBeNull();
  });

  it("finds Chicago and New Orleans; Brooklyn, Manhattan, Queens, The Bronx and Staten Island are their counties", () => {
    expect(ids("Chicago")).toEqual(["city-1714000"]);
    expect(ids("New Orleans")).toEqual(["city-2255000"]);
    expect(ids("Brooklyn")).toEqual(["county-36047"]);
    expect(ids("Manhattan")).toEqual(["county-36061"]);
    expect(ids("Queens")).toEqual(["county-36081"]);
    expect(ids("The Bronx")).toEqual(["county-36005"]);
    expect(ids("Staten Island")).toEqual(["county-36085"]);
  });

  it('"New York City" and "NYC" give the city and its five counties', () => {
    for (const query of ["New York City", "NYC"]) {
      expect(ids(query)).toEqual(["city-3651000"]);
      const nyc = city(query, "2012-06");
      expect(nyc.counties.map((part) => part.county.fips).sort()).toEqual(["36005", "36047", "36061", "36081", "36085"]);
      expect(nyc.coveredFraction).toBe(1);
    }
  });
});

describe("tell, don't guess", () => {
  it('"Petersburg" is ambiguous: Petersburg city, VA and Petersburg Census Area, AK', () => {
    const result = resolveJurisdiction("Petersburg");
    expect(result.status).toBe("ambiguous");
    expect(result.matches.map((match) => match.jurisdiction.id).sort()).toEqual(["county-02195", "county-51730"]);
    expect(() => participationStatus("Petersburg", "2012")).toThrow(/names 2 jurisdictions/);
  });

  it("resolves a state without a comma, and spaced prefixes", () => {
    expect(ids("cook county il")).toEqual(["county-17031"]);
    expect(ids("Cook County Illinois")).toEqual(["county-17031"]);
    expect(ids("De Kalb County, IL")).toEqual(["county-17037"]);
    expect(ids("La Salle County, IL")).toEqual(["county-17099"]);
    expect(ids("Miami-Dade County, FL")).toEqual(["county-12086"]);
  });

  it('"District of Columbia" resolves to one place, the state-equivalent; its county-equivalent by code', () => {
    expect(ids("District of Columbia")).toEqual(["us-dc"]);
    expect(ids("DC")).toEqual(["us-dc"]);
    expect(ids("11001")).toEqual(["county-11001"]);
  });

  it("gives did-you-mean suggestions on a miss", () => {
    const miss = resolveJurisdiction("Harris Conty, TX");
    expect(miss.status).toBe("not-found");
    expect(miss.suggestions.map((suggestion) => suggestion.jurisdiction.id)).toEqual(["county-48201"]);
    expect(suggestJurisdictions("Los Angelos").map((suggestion) => suggestion.jurisdiction.id)).toEqual(["city-0644000", "county-06037"]);
    expect(resolveJurisdiction("Qqqqqqqq").suggestions).toEqual([]);
    expect(() => resolveJurisdiction(42 as unknown as string)).toThrow(TypeError);
    expect(() => resolveJurisdiction("")).toThrow(RangeError);
  });
});

describe("the command line", () => {
  const run = (...args: string[]) => runCli(args, { isTTY: false, env: {} });

  it("status 02158 answers for Wade Hampton and says which code was asked and how it relates", () => {
    const result = run("status", "02158");
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain("Wade Hampton Census Area, Alaska");
    expect(result.stdout).toMatch(/asked for 02158, Kusilvak Census Area \(a later code, 2015-07-01: .*renamed/);
    expect(run("status", "46102").stdout).toContain("Shannon County, South Dakota");
  });

  it("status 09110 shows each old county of the planning region", () => {
    const result = run("status", "09110");
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain("Hartford County, Connecticut");
    expect(result.stdout).toContain("Tolland County, Connecticut");
    expect(JSON.parse(run("status", "09110", "--json").stdout)).toHaveLength(2);
  });

  it("status 02230 gives Skagway's derived activation", () => {
    const result = run("status", "02230");
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain("derived from Skagway-Hoonah-Angoon Census Area (02232)");
    expect(run("status", "51560").stdout).toContain("not counted in state and national totals");
  });

  it("status Houston lists Houston city first; the city shows its counties and the share covered", () => {
    const houston = run("status", "Houston");
    expect(houston.exitCode).toBe(1);
    expect(houston.stdout.split("\n")[1]).toMatch(/^city-4835000\s+Houston city\s+Texas/);
    const byId = run("status", "city-4835000", "--as-of", "2009-06");
    expect(byId.stdout).toContain(
      "Harris County (48201): 2,255,442 of the city's people in 2020 (the county's own: 4,731,145); switched on 2008-10-27",
    );
    expect(byId.stdout).toContain("97.9% of its 2,304,580 people");
    expect(run("status", "Chicago").exitCode).toBe(0);
    expect(run("status", "New", "Orleans").stdout).toContain("Orleans Parish");
    expect(run("status", "Brooklyn").stdout).toContain("Kings County, New York");
  });

  it('status "New York City" and NYC give the city and its five counties', () => {
    for (const query of ["New York City", "NYC"]) {
      const result = run("status", query);
      expect(result.exitCode, query).toBe(0);
      for (const county of ["Kings County", "Queens County", "New York County", "Bronx County", "Richmond County"]) {
        expect(result.stdout, `${query} ${county}`).toContain(county);
      }
    }
  });

  it("status Petersburg lists both and picks none", () => {
    const result = run("status", "Petersburg");
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain("county-02195");
    expect(result.stdout).toContain("county-51730");
    expect(result.stderr).toContain("matches 2 places");
  });

  it("resolves cook county il, De Kalb, La Salle and District of Columbia, and suggests on a typo", () => {
    expect(run("status", "cook", "county", "il").stdout).toContain("Cook County, Illinois");
    expect(run("status", "De Kalb County, IL").stdout).toContain("DeKalb County, Illinois");
    expect(run("status", "La Salle County, IL").exitCode).toBe(0);
    expect(run("status", "District", "of", "Columbia").stdout.split("\n")[0]).toBe("District of Columbia");
    const typo = run("status", "Harris", "Conty");
    expect(typo.exitCode).toBe(1);
    // Equally close names, the more populous first.
    expect(typo.stderr).toContain("did you mean: Harris County, TX (48201); Harris County, GA (13145)?");
  });
});

describe("cities by the names people use", () => {
  const cities = jurisdictions.filter((place) => place.kind === "city");
  const uspsOf = (city: (typeof cities)[number]) => jurisdictions.find((place) => place.id === city.parent)?.usps as string;
  /** The record that answers for a city: itself, or the county-equivalent or state-equivalent that is the same place. */
  const answersFor = (city: (typeof cities)[number]) => {
    const only = city.counties?.length === 1 ? city.counties[0]?.county : undefined;
    const county = jurisdictions.find((place) => place.id === only);
    const samePlace = county !== undefined && ["city", "City and County"].includes(county.type) && county.name === city.name;
    return new Set([city.id, ...(samePlace ? [county.id] : []), ...(city.id === "city-1150000" ? ["us-dc"] : [])]);
  };

  it("finds every city by its Census name and its common names, with and without its state", () => {
    for (const city of cities) {
      for (const name of [city.fullName, city.name, ...city.aliases]) {
        for (const query of [name, `${name}, ${uspsOf(city)}`]) {
          const ids = resolveJurisdiction(query).matches.map((match) => match.jurisdiction.id);
          expect(
            ids.some((id) => answersFor(city).has(id)),
            `${query} → ${ids.join(" ")}`,
          ).toBe(true);
        }
      }
    }
  });

  it.each([
    ["Boise", ["city-1608830", "county-16015"]],
    ["Nashville", ["city-4752006"]],
    ["Louisville", ["city-2148006"]],
    ["Honolulu", ["city-1571550", "county-15003"]],
    ["Athens, GA", ["city-1303440"]],
    ["Augusta, GA", ["city-1304204"]],
    ["Lexington, KY", ["city-2146027"]],
    ["Ventura", ["city-0665042", "county-06111"]],
    ["Philadelphia", ["city-4260000"]],
    ["Arlington, VA", ["city-5103000"]],
  ])("%s gives %j, never a county alone when a city has that name", (query, ids) => {
    expect(resolveJurisdiction(query).matches.map((match) => match.jurisdiction.id)).toEqual(ids);
  });

  it("names both places in the error of a helper that takes one, and exits 1 on the command line", () => {
    expect(() => participationStatus("Boise", "2011")).toThrow(/city-1608830 \(Boise City city\), county-16015 \(Boise County\)/);
    const result = runCli(["status", "Boise", "--as-of", "2011"]);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain('"Boise" matches 2 places');
    expect(result.stdout).toContain("Boise City city");
    expect(result.stdout).toContain("Boise County");
  });

  it("suggests a city by its common name", () => {
    expect(resolveJurisdiction("Nashvile").suggestions[0]?.jurisdiction.id).toBe("city-4752006");
  });

  it("gives Louisville as one city of 633,045 people, and Houston without the empty Waller County part", () => {
    const louisville = jurisdictions.find((place) => place.id === "city-2148006");
    expect(louisville?.population).toBe(633045);
    expect(jurisdictions.some((place) => place.fips === "2148000")).toBe(false);
    expect(resolveJurisdiction("Louisville city").matches.map((match) => match.jurisdiction.id)).toEqual(["city-2148006"]);
    const houston = jurisdictions.find((place) => place.id === "city-4835000");
    expect(houston?.counties?.map((part) => part.county)).toEqual(["county-48201", "county-48157", "county-48339"]);
    expect(houston?.note).toMatch(/48473 with none of the city's 2020 population/);
  });

  it("shows a city's counties' decisions, as its counties'", () => {
    const chicago = participationStatus("Chicago", "2011-12");
    expect(chicago?.decisions.map((decision) => [decision.by, decision.event.id])).toContainEqual([
      "county",
      "cook-county-detainer-ordinance",
    ]);
    const text = runCli(["status", "Chicago", "--as-of", "2011-12"]).stdout;
    expect(text).toContain("Decisions of its counties' governments up to 2011-12");
  });

  it("weights coverage by the counties' 2020 populations for states and the nation", () => {
    const florida = participationStatus("FL", "2010-05");
    const counties = jurisdictions.filter((place) => place.kind === "county" && place.parent === "us-fl");
    const covered = counties
      .filter((county) => (getActivation(county.id)?.date ?? "9999") <= "2010-05-31")
      .reduce((sum, county) => sum + (county.population ?? 0), 0);
    expect(florida?.kind === "state" && florida.population).toEqual({
      total: counties.reduce((sum, county) => sum + (county.population ?? 0), 0),
      covered,
      fraction: covered / counties.reduce((sum, county) => sum + (county.population ?? 0), 0),
    });
    const nation = participationStatus("us", "2013");
    expect(nation?.kind === "nation" && nation.population.fraction).toBe(1);
  });
});

describe("status on the command line, weighted by population", () => {
  it("says how many people lived in the counties switched on", () => {
    const text = runCli(["status", "FL", "--as-of", "2010-05"]).stdout;
    const florida = participationStatus("FL", "2010-05");
    if (florida?.kind !== "state") throw new Error("Florida is a state");
    const { covered, total } = florida.population;
    expect(text).toContain(
      `${covered?.toLocaleString("en-US")} of ${total.toLocaleString("en-US")} people (2020 Census) in counties switched on`,
    );
  });
});
