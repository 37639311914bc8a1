/**
 * ICE's categories for people identified through Secure Communities, from most to least serious,
 * defined in the project's own words after the secondary sources that describe them.
 */
import type { z } from "zod";
import type { offenseLevel } from "./schema.js";

const unverifiedDefinition =
  "ICE's own definition text was not found; this definition follows secondary sources that describe or quote it, and ICE's exact wording (such as any rule on sentence length) is unverified.";

export const offenseLevels = [
  {
    id: "level-1",
    name: "Level 1",
    definition:
      "People convicted of the gravest offenses: aggravated felonies such as homicide, kidnapping, robbery and major drug offenses, together with violent and national security crimes; one summary also speaks of sentences longer than a year.",
    order: 1,
    note: unverifiedDefinition,
    citations: [
      {
        source: "homeland-security-newswire-facts-and-figures-2011-05-02",
        evidence: "convicted of aggravated felonies including major drug offenses, national security crimes",
        confidence: "medium",
      },
      {
        source: "civilmedia-secure-communities-history",
        locator: "Level 1",
        evidence: "Those convicted of serious crimes, such as homicide, kidnapping, robbery",
        confidence: "medium",
      },
    ],
  },
  {
    id: "level-2",
    name: "Level 2",
    definition: "People convicted of a felony that does not fall under Level 1.",
    order: 2,
    note: unverifiedDefinition,
    citations: [
      {
        source: "civilmedia-secure-communities-history",
        locator: "Level 2",
        evidence: "All other felonies.",
        confidence: "medium",
      },
    ],
  },
  {
    id: "level-3",
    name: "Level 3",
    definition: "People convicted only of misdemeanors or other minor offenses.",
    order: 3,
    note: unverifiedDefinition,
    citations: [
      {
        source: "civilmedia-secure-communities-history",
        locator: "Level 3",
        evidence: "Misdemeanors and lesser crimes.",
        confidence: "medium",
      },
    ],
  },
  {
    id: "non-criminal",
    name: "Non-criminal",
    definition:
      "People booked by police on a suspected offense who have not been convicted of a crime, and so fall under none of the three levels.",
    order: 4,
    note: `${unverifiedDefinition} Reports of the time also count people who "did not fall under the three levels" in national removal figures.`,
    citations: [
      {
        source: "fcir-security-breach-2011-01-31",
        evidence: "booked by police for an alleged crime but never convicted",
        confidence: "medium",
      },
      {
        source: "vivacolorado-deportations-2011-03",
        evidence: "did not fall under the three levels",
        confidence: "medium",
      },
    ],
  },
] satisfies z.input<typeof offenseLevel>[];
