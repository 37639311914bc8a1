/**
 * The jurisdictions written by hand: the nation and the cities the records name. The states,
 * the District of Columbia and the counties are written by the county import, which takes
 * `aliases` below for the extra names of the records it writes.
 */
import type { z } from "zod";
import type { jurisdiction } from "./schema.js";

export const places = [
  {
    id: "us",
    kind: "nation",
    name: "United States",
    fullName: "United States",
    type: "Nation",
    iso3166_2: "US",
    aliases: ["United States of America", "U.S.", "USA"],
    citations: [
      { source: "census-us-atlas-counties", locator: "objects.nation", confidence: "high" },
      {
        source: "florida-independent-la-resolution",
        locator: "paragraph 7",
        evidence: "identify and remove criminal aliens from the United States",
        confidence: "high",
      },
    ],
  },
  {
    id: "city-0644000",
    kind: "city",
    name: "Los Angeles",
    fullName: "Los Angeles city",
    type: "city",
    fips: "0644000",
    parent: "us-ca",
    county: "county-06037",
    aliases: ["City of Los Angeles", "L.A."],
    note: "Census place GEOID 0644000 (state 06, place 44000); the place code is not in the us-atlas county file, which gives the county's code and name. The city lies in Los Angeles County (06037); the program's activation dates are recorded by county.",
    citations: [
      {
        source: "florida-independent-la-resolution",
        locator: "paragraph 1",
        evidence: "The Los Angeles City Council on Tuesday passed a resolution",
        confidence: "high",
      },
      { source: "census-us-atlas-counties", locator: "counties, id 06037", confidence: "high" },
    ],
  },
] satisfies z.input<typeof jurisdiction>[];

/**
 * Extra names, by jurisdiction id, for states and counties the import writes: older names, names
 * the sources use and names in common use.
 */
export const aliases: Record<string, string[]> = {
  // New York City's five boroughs, each a county: the names people use for them.
  "county-36005": ["The Bronx", "Bronx"],
  "county-36047": ["Brooklyn"],
  "county-36061": ["Manhattan"],
  "county-36081": ["Queens"],
  "county-36085": ["Staten Island"],
  "county-06075": ["City and County of San Francisco"],
  "county-12086": ["Dade County"],
  "us-dc": ["Washington, D.C.", "D.C.", "DC", "Washington DC"],
  "us-ma": ["Commonwealth of Massachusetts"],
  "us-pa": ["Commonwealth of Pennsylvania"],
  "us-wa": ["Washington State"],
};
