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
  {
    id: "city-3651000",
    kind: "city",
    name: "New York",
    fullName: "New York city",
    type: "city",
    fips: "3651000",
    parent: "us-ny",
    aliases: ["New York City", "NYC", "City of New York"],
    note: "Census place GEOID 3651000 (state 36, place 51000). The city spans five counties (Bronx 36005, Kings 36047, New York 36061, Queens 36081, Richmond 36085), so no single county is named; its Department of Correction runs the jails for all five.",
    citations: [
      {
        source: "nyc-mayor-signs-detainer-bills-2014-11-14",
        evidence: "Dramatically Reduce New York City's Cooperation",
        confidence: "high",
      },
    ],
  },
  {
    id: "city-3451000",
    kind: "city",
    name: "Newark",
    fullName: "Newark city",
    type: "city",
    fips: "3451000",
    parent: "us-nj",
    county: "county-34013",
    aliases: ["City of Newark"],
    note: "Census place GEOID 3451000 (state 34, place 51000). The city lies in Essex County (34013); the program's activation dates are recorded by county.",
    citations: [
      { source: "nj-com-newark-detainers-2013-08", evidence: "Newark Police first in N.J.", confidence: "high" },
      { source: "census-us-atlas-counties", locator: "counties, id 34013", confidence: "high" },
    ],
  },
  {
    id: "city-4260000",
    kind: "city",
    name: "Philadelphia",
    fullName: "Philadelphia city",
    type: "city",
    fips: "4260000",
    parent: "us-pa",
    county: "county-42101",
    aliases: ["City of Philadelphia"],
    note: "Census place GEOID 4260000 (state 42, place 60000). The city and Philadelphia County (42101) have the same bounds; the program's activation dates are recorded by county.",
    citations: [
      {
        source: "philadelphia-nutter-detainer-order-2014-04-16",
        evidence: "Philadelphia, April 16, 2014– Mayor Michael A. Nutter",
        confidence: "high",
      },
      { source: "census-us-atlas-counties", locator: "counties, id 42101", confidence: "high" },
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
