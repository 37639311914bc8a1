/**
 * Counts reported for a place and period, with the qualifiers their sources put on them, sorted
 * by id. A count of jurisdictions "as of" a day has that day as both `from` and `to`.
 */
import type { z } from "zod";
import type { statistic } from "./schema.js";

export const statistics = [
  {
    id: "florida-2008-10-2011-02-custody",
    title: "Florida: people arrested or booked into ICE custody under Secure Communities",
    jurisdiction: "us-fl",
    from: "2008-10",
    to: "2011-02",
    measure: "arrested or booked into ICE custody",
    total: { value: 14100, qualifier: "more-than" },
    categories: [
      {
        id: "dangerous-criminals",
        label: "dangerous criminals",
        count: { value: 4600, qualifier: "more-than" },
        offenseLevels: ["level-1"],
        mappingConfidence: "low",
        mappingNote:
          "The article's own label, not an ICE category. It most likely stands for Level 1, ICE's most serious offenders, but the article does not say which levels it counted.",
      },
      {
        id: "low-level-detainees",
        label: "low-level detainees",
        count: { value: 2500, qualifier: "almost" },
        offenseLevels: ["level-2", "level-3"],
        mappingConfidence: "low",
        mappingNote:
          "The article's own label, not an ICE category. People convicted of lesser offenses most likely fall under Levels 2 and 3, but the article does not say which levels it counted.",
      },
      {
        id: "non-criminals",
        label: "non-criminals",
        count: { value: 5100, qualifier: "more-than" },
        offenseLevels: ["non-criminal"],
        mappingConfidence: "medium",
        mappingNote:
          "The label matches ICE's non-criminal category (people booked but not convicted of a crime), but the article does not say it used ICE's categories.",
      },
    ],
    note: "The article gives these as Department of Homeland Security data. They appear in no other source found and are unverified elsewhere; the national figures for the same window are in us-2008-10-2011-02-deportations. The three categories add up to less than the total, and the article does not say what the rest of the people were.",
    citations: [
      {
        source: "florida-independent-la-resolution",
        locator: "paragraph 10",
        evidence: "more than 14,100 people were arrested or booked into ICE custody",
        confidence: "medium",
      },
      {
        source: "florida-independent-la-resolution",
        locator: "paragraph 10",
        evidence: "more than 4,600 were dangerous criminals, almost 2,500 were low-level detainees",
        confidence: "medium",
      },
      {
        source: "florida-independent-la-resolution",
        locator: "paragraph 10",
        evidence: "more than 5,100 were non-criminals",
        confidence: "medium",
      },
    ],
  },
  {
    id: "us-2008-10-2010-11-deportations",
    title: "United States: immigrants deported under Secure Communities, and the share classed as non-criminal",
    jurisdiction: "us",
    from: "2008-10",
    to: "2010-11",
    measure: "immigrants deported",
    total: { value: 75461, qualifier: "exact" },
    categories: [
      {
        id: "non-criminal",
        label: "non-criminal",
        reportedPercent: 28,
        offenseLevels: ["non-criminal"],
        mappingConfidence: "medium",
        mappingNote: "The source's label is ICE's own category name.",
      },
      {
        id: "violent-convictions",
        label: "convictions for violent crimes such as murder or rape",
        reportedPercent: 23,
        offenseLevels: ["level-1"],
        mappingConfidence: "low",
        mappingNote:
          "Violent crimes such as murder or rape fall under ICE's Level 1, but Level 1 also holds other offenses (major drug crimes, national security crimes), and the source does not say it used ICE's levels.",
      },
    ],
    note: 'An analysis by the Florida Center for Investigative Reporting of ICE data on deportations from the program\'s start in 2008 to November 2010. Both shares are reported only as percentages, and the counts they imply are not stored. The source gives the violent-crime share of "those detained and deported", which it seems to use for the same group.',
    citations: [
      {
        source: "fcir-security-breach-2011-01-31",
        evidence: "28 percent of the 75,461 immigrants deported",
        confidence: "high",
      },
      {
        source: "fcir-security-breach-2011-01-31",
        evidence: "23 percent of those detained and deported have convictions for violent crimes",
        confidence: "high",
      },
    ],
  },
  {
    id: "us-2008-10-2011-02-deportations",
    title:
      "United States: people deported under Secure Communities, with those outside the three offense levels and those convicted of misdemeanors",
    jurisdiction: "us",
    from: "2008-10",
    to: "2011-02",
    measure: "people deported",
    total: { value: 94218, qualifier: "exact" },
    categories: [
      {
        id: "outside-the-three-levels",
        label: "did not fall under the three levels",
        count: { value: 27047, qualifier: "exact" },
        offenseLevels: ["non-criminal"],
        mappingConfidence: "medium",
        mappingNote:
          'People who fall under none of Levels 1 to 3 are those without a criminal conviction, whom ICE classes as non-criminal; the source itself calls them "non-criminal".',
      },
      {
        id: "misdemeanors",
        label: "convicted of misdemeanors, or minor crimes",
        count: { value: 29741, qualifier: "exact" },
        offenseLevels: ["level-3"],
        mappingConfidence: "medium",
        mappingNote: "Level 3 is the level of misdemeanors and lesser crimes.",
      },
    ],
    note: "Department of Homeland Security figures released on 2011-03-07, for the same window as the Florida figures in florida-2008-10-2011-02-custody. The Level 1 and Level 2 counts for this window were not captured, so the two categories add up to less than the total.",
    citations: [
      {
        source: "vivacolorado-deportations-2011-03",
        evidence: "27,047 of the 94,218 people deported from October 2008 through February 2011",
        confidence: "high",
      },
      {
        source: "vivacolorado-deportations-2011-03",
        evidence: "Another 29,741 of those deportees had been convicted of misdemeanors",
        confidence: "high",
      },
      {
        source: "vivacolorado-deportations-2011-03",
        evidence: 'deported under a federal initiative called Secure Communities were identified as "non-criminal,"',
        confidence: "high",
      },
    ],
  },
  {
    id: "us-2008-10-2011-03-31-fingerprints",
    title: "United States: fingerprints sent through Secure Communities",
    jurisdiction: "us",
    from: "2008-10",
    to: "2011-03-31",
    measure: "fingerprints submitted",
    total: { value: 7225393, qualifier: "exact" },
    categories: [],
    note: "The same page gives national counts for the same period of people arrested or booked into ICE custody (197,302), deported (101,741) and convicted and deported (72,445), drawn from the San Francisco Chronicle; they are not stored as statistics here.",
    citations: [
      {
        source: "homeland-security-newswire-facts-and-figures-2011-05-02",
        evidence: "Nationally: 7,225,393 fingerprints were sent between October 2008 and 31 March 2011.",
        confidence: "high",
      },
    ],
  },
  {
    id: "us-2008-10-2012-08-convicted-removals",
    title: "United States: immigrants convicted of crimes who were identified through Secure Communities and removed",
    jurisdiction: "us",
    from: "2008-10",
    to: "2012-08",
    measure: "immigrants convicted of crimes identified and removed",
    total: { value: 166000, qualifier: "more-than" },
    categories: [
      {
        id: "aggravated-felony-convictions",
        label: "aggravated felony convictions",
        count: { value: 61000, qualifier: "more-than" },
        offenseLevels: ["level-1"],
        mappingConfidence: "medium",
        mappingNote: "Level 1 is described as people convicted of aggravated felonies.",
      },
    ],
    note: "The source, citing ICE, gives the figures through August 2012 and does not state the start; it is taken as the program's first activation, in October 2008.",
    citations: [
      {
        source: "shautsova-what-is-secure-communities-2013-01-09",
        evidence: "Secure Communities identified more then 166,000 immigrants convicted of crimes",
        confidence: "medium",
      },
      {
        source: "shautsova-what-is-secure-communities-2013-01-09",
        evidence: "More than 61,000 of those immigrants had aggravated felony convictions.",
        confidence: "medium",
      },
    ],
  },
  {
    id: "us-2008-10-2014-08-removals",
    title: "United States: aliens removed through Secure Communities, and Level 1 convicted criminals among them",
    jurisdiction: "us",
    from: "2008-10",
    to: "2014-08",
    measure: "aliens removed",
    total: { value: 375000, qualifier: "more-than" },
    categories: [
      {
        id: "level-1",
        label: "Level 1 convicted criminals",
        count: { value: 121000, qualifier: "exact" },
        offenseLevels: ["level-1"],
        mappingConfidence: "high",
        mappingNote: "The source names ICE's Level 1.",
      },
    ],
    note: 'Cumulative figures through August 2014, from a House Judiciary Committee press release citing the Administration; the start is not stated and is taken as the program\'s first activation, in October 2008. The release puts "over" before the total and no qualifier before 121,000, so the count is stored as the release gives it (exact means unqualified, not that the figure was not rounded).',
    citations: [
      {
        source: "house-judiciary-collateral-damage-2014",
        evidence: "over 375,000 aliens and 121,000 Level 1",
        confidence: "medium",
      },
    ],
  },
  {
    id: "us-2008-pilot-jurisdictions",
    title: "United States: jurisdictions in the Secure Communities pilot",
    jurisdiction: "us",
    from: "2008",
    to: "2008",
    measure: "jurisdictions recruited to pilot Secure Communities",
    total: { value: 14, qualifier: "exact" },
    categories: [],
    note: "Harris County, Texas, was the first; the county dataset likewise has 14 counties activated in 2008.",
    citations: [
      {
        source: "legalmatch-secure-communities-pilot",
        evidence: "ICE recruited 14 jurisdictions to pilot Secure Communities in 2008.",
        confidence: "high",
      },
      {
        source: "ice-activated-jurisdictions-dataset",
        locator: "county, date_secure: the counties dated in 2008",
        confidence: "high",
      },
    ],
  },
  {
    id: "us-2009-11-12-jurisdictions",
    title: "United States: jurisdictions using Secure Communities a year into the program, across 11 states",
    jurisdiction: "us",
    from: "2009-11-12",
    to: "2009-11-12",
    measure: "jurisdictions across 11 states using Secure Communities",
    total: { value: 95, qualifier: "exact" },
    categories: [],
    note: "The Department of Homeland Security's press release of the day gives 95 jurisdictions across 11 states; its blog of the same day speaks of Starr County, Texas, and 94 others, the same 95. Counts from different sources over time are approximate and not strictly comparable.",
    citations: [
      {
        source: "dhs-release-2009-11-12",
        evidence: "joining 95 jurisdictions across 11 states that currently utilize Secure Communities",
        confidence: "high",
      },
      {
        source: "dhs-blog-one-year-later-2009-11-12",
        evidence: "Starr County and 94 other jurisdictions across the country",
        confidence: "high",
      },
    ],
  },
  {
    id: "us-2010-09-30-jurisdictions",
    title: "United States: jurisdictions where IDENT/IAFIS interoperability had been activated, across 32 states",
    jurisdiction: "us",
    from: "2010-09-30",
    to: "2010-09-30",
    measure: "jurisdictions where IDENT/IAFIS interoperability had been activated (in 32 states)",
    total: { value: 658, qualifier: "exact" },
    categories: [],
    note: "As of the end of the fourth quarter of fiscal year 2010; the federal fiscal year ends on 30 September. Counts from different sources over time are approximate and not strictly comparable.",
    citations: [
      {
        source: "ice-quarterly-report-2011-01-03",
        evidence: "IDENT/IAFIS interoperability had been activated in 658 jurisdictions in 32 States",
        confidence: "high",
      },
    ],
  },
  {
    id: "us-2011-09-30-jurisdictions",
    title: "United States: jurisdictions where Secure Communities was deployed at the end of FY11",
    note: "As of the end of fiscal year 2011 (the federal fiscal year ends on 30 September), from ICE testimony of 2012-07-10, which also gives 88 jurisdictions at the end of fiscal year 2009. Other counts of the period, not stored as statistics: almost 1,400 jurisdictions in 43 states on 2011-07-11 (a Center for Constitutional Rights press release); 1,508 jurisdictions in 43 states in August 2011 (FierceGovernmentIT). Counts from different sources over time are approximate and not strictly comparable.",
    citations: [
      {
        source: "dhs-testimony-2012-07-10",
        evidence: "the end of FY11, Secure Communities deployed this capability to 1,595 jurisdictions",
        confidence: "high",
      },
    ],
    jurisdiction: "us",
    from: "2011-09-30",
    to: "2011-09-30",
    measure: "jurisdictions where Secure Communities was deployed",
    total: { value: 1595, qualifier: "exact" },
    categories: [],
  },
  {
    id: "us-2013-01-22-jurisdictions",
    title: "United States: all jurisdictions in the 50 states covered once the rollout was complete",
    jurisdiction: "us",
    from: "2013-01-22",
    to: "2013-01-22",
    measure: "jurisdictions where Secure Communities was activated",
    total: { value: 3181, qualifier: "exact" },
    categories: [],
    note: "The count is the House Judiciary Committee's (late 2014), which gives no date. The date is the last activation date in the county dataset; no ICE announcement of completion on that day was found, so the date is less certain than the count.",
    citations: [
      {
        source: "house-judiciary-collateral-damage-2014",
        evidence: "Secure Communities was expanded to all 3,181 jurisdictions within 50 states",
        confidence: "high",
      },
      {
        source: "ice-activated-jurisdictions-dataset",
        locator: "date_secure, latest value: 2013-01-22",
        confidence: "medium",
      },
    ],
  },
] satisfies z.input<typeof statistic>[];
