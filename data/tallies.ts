/**
 * Counts of places with a policy that sources of the period give without naming the places. Each
 * is the count an event's evidence phrase states; `docs/coverage.md` sets it beside the decisions
 * the record holds for the same places and year. They are not records of any dataset: the event
 * that states the count is the record, and the generator checks that its evidence holds the count.
 */
export interface Tally {
  /** The event whose evidence phrase gives the count. */
  readonly event: string;
  /** The count as the source gives it. */
  readonly count: number;
  /** The words of the evidence that give the count, when it is not written in digits (example: "Twenty-three"). */
  readonly written?: string;
  /** How the source qualifies it. */
  readonly qualifier: "exact" | "more-than" | "almost" | "about";
  /** What the source counts, in the project's words. */
  readonly counts: string;
  /** The places counted: "us" or a state's id. */
  readonly within: string;
  /** The year the count describes. */
  readonly year: number;
}

export const tallies: readonly Tally[] = [
  {
    event: "oregonian-oregon-detainer-tally-2014-04",
    count: 23,
    written: "Twenty-three",
    qualifier: "exact",
    counts: "Oregon law enforcement agencies that had changed their practice of holding people for ICE (the headline says counties)",
    within: "us-or",
    year: 2014,
  },
  {
    event: "aclu-iowa-22-counties-2014-08-18",
    count: 22,
    written: "Twenty-two",
    qualifier: "exact",
    counts: "Iowa county sheriffs who told the ACLU of Iowa they would no longer hold people on ICE detainers without a judge’s order",
    within: "us-ia",
    year: 2014,
  },
  {
    event: "aclu-iowa-26-county-jails-list",
    count: 26,
    qualifier: "exact",
    counts: "Iowa county jails that told the ACLU of Iowa they would not hold people for ICE without a judge-approved warrant",
    within: "us-ia",
    year: 2014,
  },
  {
    event: "aclu-nebraska-four-counties-2014-10-02",
    count: 4,
    written: "four largest counties",
    qualifier: "exact",
    counts: "Nebraska counties (the four largest) with a policy of declining ICE detainer requests",
    within: "us-ne",
    year: 2014,
  },
  {
    event: "aclu-ri-over-130-jurisdictions-2014-07-17",
    count: 130,
    qualifier: "more-than",
    counts:
      "jurisdictions nationwide that had voluntarily stopped honoring ICE detainers issued without judicial authorization in the preceding months",
    within: "us",
    year: 2014,
  },
  {
    event: "star-tribune-more-than-50-jurisdictions-2014-06",
    count: 50,
    qualifier: "more-than",
    counts: "jurisdictions nationwide that had recently stopped honoring ICE hold requests",
    within: "us",
    year: 2014,
  },
  {
    event: "pacifica-over-a-hundred-counties-2014-06-05",
    count: 100,
    written: "over a hundred",
    qualifier: "more-than",
    counts: "counties nationwide said to refuse to hold people for ICE",
    within: "us",
    year: 2014,
  },
  {
    event: "pacifica-over-a-hundred-counties-2014-06-05",
    count: 12,
    written: "Over a dozen",
    qualifier: "more-than",
    counts: 'California counties said to have stopped cooperating with Secure Communities holds ("over a dozen")',
    within: "us-ca",
    year: 2014,
  },
  {
    event: "baltimore-sun-maryland-three-largest-2014-10-07",
    count: 3,
    written: "three of Maryland",
    qualifier: "exact",
    counts: "of Maryland’s four largest jurisdictions, those that changed their detainer policies in 2014",
    within: "us-md",
    year: 2014,
  },
  {
    event: "temple-pennsylvania-county-survey-2015-03-04",
    count: 32,
    qualifier: "exact",
    counts: "Pennsylvania counties (of 52 that answered) that said they do not honor ICE detainers",
    within: "us-pa",
    year: 2014,
  },
  {
    event: "temple-pennsylvania-county-survey-2015-03-04",
    count: 14,
    qualifier: "exact",
    counts: "Pennsylvania counties that adopted formal policies against ICE holds in 2014",
    within: "us-pa",
    year: 2014,
  },
  {
    event: "temple-pennsylvania-county-survey-2015-03-04",
    count: 18,
    qualifier: "exact",
    counts: "other Pennsylvania counties that already had such a policy, were drafting one, or informally did not honor ICE holds",
    within: "us-pa",
    year: 2014,
  },
  {
    event: "ice-declined-detainer-outcome-report-2017-03-20",
    count: 96,
    qualifier: "exact",
    counts: "entries (cities, towns, counties and some agencies) in Section III of the first edition, as counted by WGBH",
    within: "us",
    year: 2017,
  },
  {
    event: "ice-declined-detainer-outcome-report-2017-03-20",
    count: 140,
    qualifier: "more-than",
    counts: "communities in Section III two weeks after the first edition (third edition), as counted by WGBH",
    within: "us",
    year: 2017,
  },
];
