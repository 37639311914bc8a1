import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { connecticutPairs, importPlaces, PlacesImportError, parseCsv } from "../data/scripts/import-places.js";

// The places import, on small inputs written here (the package never reads ../shared).
const changeHeader = "old_code,old_name,new_code,new_name,effective_date,change,source,note";
const townHeader = "town_name,town_fips_2020,town_fips_2022,ce_name_2022,ce_fips_2022";
const placeHeader = "rank,place_geoid,place_name,state,county_fips,county_pop_2020,population,population_year";
const jurisdictions = [
  { id: "us-ct", kind: "state", fips: "09", usps: "CT" },
  { id: "us-ak", kind: "state", fips: "02", usps: "AK" },
  { id: "county-09003", kind: "county", fips: "09003" },
  { id: "county-02270", kind: "county", fips: "02270" },
];
const input = {
  codeChanges: [
    changeHeader,
    '02270,Wade Hampton Census Area,02158,Kusilvak Census Area,2015-07-01,rename,rdinter/test-counties 0-Data/FIPS_Issues.md@5119c72,"Census text: ""changed name and code"""',
    "09003,Hartford County,09110,Capitol Planning Region,2022,replace,CT-Data-Collaborative/ct-town-to-planning-region ct-town-to-planning-region.csv@ef1555b,Derived from the town file.",
  ].join("\n"),
  connecticutTowns: `\uFEFF${townHeader}\r\nAvon,900302060,911002060,Capitol Planning Region,9110\r\n`,
  connecticutTownsLicense: "MIT License\n\nCopyright (c) 2023 CTData Collaborative\n",
  places: [
    placeHeader,
    '1,0203000,"Anchorage municipality, AK",AK,02158,291247,291247,2020',
    '2,0937000,"Hartford city, CT",CT,09003,121054,121054,2020',
    '3,7276770,"San Juan zona urbana, PR",PR,72127,300000,300000,2020',
  ].join("\n"),
  countyPopulations: "county_fips,state,county_name,population_2020\n02158,AK,Kusilvak AK,8368\n09003,CT,Hartford CT,899498\n",
  jurisdictions,
};

describe("importPlaces", () => {
  it("imports code changes with their sources, and cities with their counties of the period", () => {
    const { files, leftOut } = importPlaces(input);
    const changes = JSON.parse(files["county-code-changes.json"] as string) as {
      id: string;
      citations: { source: string }[];
      note: string;
    }[];
    expect(changes.map((change) => change.id)).toEqual(["02270-02158", "09003-09110"]);
    expect(changes[0]?.citations.map((citation) => citation.source)).toEqual(["rdinter-test-counties-fips-issues"]);
    expect(changes[0]?.note).toBe('Census text: "changed name and code"');
    const cities = JSON.parse(files["cities.json"] as string) as { id: string; name: string; type: string; counties: unknown[] }[];
    // Anchorage's part is in 02158 today: the county of the period is 02270 (a rename). Puerto Rico is left out.
    expect(cities.map((city) => [city.id, city.name, city.type])).toEqual([
      ["city-0203000", "Anchorage", "Municipality"],
      ["city-0937000", "Hartford", "city"],
    ]);
    expect(cities[0]?.counties).toEqual([{ county: "county-02270", population: 291247 }]);
    expect(leftOut).toEqual(["San Juan zona urbana, PR (7276770)"]);
    expect(files["ct-towns-counties-planning-regions.LICENSE"]).toContain("CTData Collaborative");
    // A county's 2020 population comes under the code of today that leads to it.
    expect(JSON.parse(files["county-populations.json"] as string)).toEqual([
      { county: "county-02270", population: 8368, codes: ["02158"] },
      { county: "county-09003", population: 899498, codes: ["09003"] },
    ]);
  });

  it("leaves out a city's county parts with no people, and says so", () => {
    const withEmptyPart = {
      ...input,
      places: [placeHeader, '1,0937000,"Hartford city, CT",CT,09003;02158,121054;0,121054,2020'].join("\n"),
    };
    const [hartford] = JSON.parse(importPlaces(withEmptyPart).files["cities.json"] as string) as { counties: unknown[]; note: string }[];
    expect(hartford?.counties).toEqual([{ county: "county-09003", population: 121054 }]);
    expect(hartford?.note).toMatch(/also lists county 02158 with none of the city's 2020 population/);
  });

  it("finds a consolidated city by the city's part of its name, and a bracketed name by both", () => {
    const consolidated = {
      ...input,
      places: [
        placeHeader,
        '1,0937000,"Hartford-Capitol metropolitan government (balance), CT",CT,09003,121054,121054,2020',
        '2,0937001,"Old Name (New Name) city, CT",CT,09003,1000,1000,2020',
      ].join("\n"),
    };
    const cities = JSON.parse(importPlaces(consolidated).files["cities.json"] as string) as { name: string; aliases: string[] }[];
    expect(cities.map((city) => [city.name, city.aliases])).toEqual([
      ["Hartford-Capitol", ["Hartford"]],
      ["Old Name (New Name)", ["Old Name", "New Name"]],
    ]);
  });

  it("fails when a Connecticut row pairs no towns, or towns pair without a row", () => {
    const noTowns = {
      ...input,
      connecticutTowns: `${townHeader}\nAshford,901501430,915001430,Northeastern Connecticut Planning Region,9150\n`,
    };
    expect(() => importPlaces(noTowns)).toThrow(PlacesImportError);
    try {
      importPlaces(noTowns);
    } catch (error) {
      expect((error as PlacesImportError).problems).toEqual([
        "Connecticut: the towns pair 09015-09150, but no replace row says so",
        "Connecticut: the replace row 09003-09110 pairs no towns of the town table",
      ]);
    }
  });

  it("fails on an unknown source, a bad date, and a county no change leads to", () => {
    const bad = {
      ...input,
      codeChanges: `${changeHeader}\n02270,Wade Hampton,02158,Kusilvak,July 2015,rename,somebody/else x.md@1,note`,
      places: `${placeHeader}\n1,0203000,"Anchorage municipality, AK",AK,02999,5,5,2020`,
      connecticutTowns: `${townHeader}\n`,
    };
    try {
      importPlaces(bad);
      expect.unreachable();
    } catch (error) {
      const problems = (error as PlacesImportError).problems.join("\n");
      expect(problems).toContain('unknown source "somebody/else"');
      expect(problems).toContain("effective_date must be YYYY or YYYY-MM-DD");
      expect(problems).toContain("county 02999 is no county of 2008-2013");
    }
  });

  it("reads the committed imports back: 47 changes, 296 cities (Louisville's two codes are one), and the licence", () => {
    const changes = JSON.parse(readFileSync(new URL("../data/imported/county-code-changes.json", import.meta.url), "utf8")) as unknown[];
    const cities = JSON.parse(readFileSync(new URL("../data/imported/cities.json", import.meta.url), "utf8")) as unknown[];
    expect(changes).toHaveLength(47);
    expect(cities).toHaveLength(296);
    expect(readFileSync(new URL("../data/imported/ct-towns-counties-planning-regions.LICENSE", import.meta.url), "utf8")).toMatch(
      /Copyright \(c\) 2023 CTData Collaborative/,
    );
  });

  it("parses quoted CSV fields and reads Connecticut codes without their leading zero", () => {
    expect(parseCsv('a,"b, ""c""",d\r\n1,2,3')).toEqual([
      ["a", 'b, "c"', "d"],
      ["1", "2", "3"],
    ]);
    expect([...connecticutPairs(`${townHeader}\nAvon,900302060,911002060,Capitol Planning Region,9110\n`, [])]).toEqual(["09003-09110"]);
  });
});
