import type { SizeLimitConfig } from "size-limit";

/**
 * Size budgets (`npm run size`): what a browser bundle pays, minified and gzipped, bundled by
 * esbuild from dist/ after `npm run build`, for one import at a time. Each limit sits about 10%
 * above the size measured when it was set; raise one only with a reason in the commit.
 */
const check = (name: string, imports: string, limit: string): SizeLimitConfig[number] => ({
  name,
  path: "dist/index.js",
  import: imports,
  gzip: true,
  limit,
  // esbuild warns that `import "./chunk-….js"` in dist/index.js is dropped under
  // "sideEffects": false; that chunk only defines functions, so dropping the bare import is right.
  modifyEsbuildConfig: (config: Record<string, unknown>) => ({ ...config, logOverride: { "ignored-bare-import": "silent" } }),
});

export default [
  // Helpers alone: the maths and the dates carry no data.
  // Raised for the bad-input contract (control characters escaped, real Dates of any realm): measured 1,834 B;
  // then for the contract of every export (options checked as objects, revoked proxies refused, huge
  // values described in bounded work, at most 100,000 categories): measured 2,211 B.
  check("categoryPercentages", "{ categoryPercentages }", "2.44 kB"),
  // Raised for the same reason, then for the message that names a month's length ("2011-02 has 28 days"): measured 1,696 B;
  // then for the contract of every export (a parsed interval checked against its text, bounded descriptions): measured 1,923 B.
  check("parsePartialDate", "{ parsePartialDate }", "2.12 kB"),
  // Helpers whose floor is data. The name and code lookups read jurisdictions only; the timeline
  // reads events, and jurisdictions and activations (for its place filter and merged activations).
  // getJurisdiction reads no code changes table; its records carry the codes of other eras and the
  // five derived Alaska areas. It finds every record of `jurisdictions` by its id, so it carries
  // the 281 cities the records do not name as well (8.9 kB of it): a lookup by id that missed a
  // record the package ships was a trap.
  check("getJurisdiction", "{ getJurisdiction }", "42.2 kB"), // measured 38,369 B: every jurisdiction, with the codes of other eras and every county's 2020 population
  // The resolver reads every jurisdiction, cities included; the crosswalk reads the counties and the code changes.
  check("resolveJurisdiction", "{ resolveJurisdiction }", "44.6 kB"), // measured 40,563 B with the counties' 2020 populations
  check("currentCountyCodes", "{ currentCountyCodes }", "38 kB"), // measured 34,452 B with the counties' 2020 populations
  // A timeline of the caller's own events reads codes itself: no jurisdictions, no resolver.
  // Raised for the contract of every export (filter lists read once, revoked proxies refused, at most 10,000,000 events).
  check("createTimeline", "{ createTimeline }", "6.25 kB"), // measured 5,681 B (goal 3 kB: docs/benchmarks.md shows what stops it)
  // A status reads the jurisdictions (names through the resolver, cities included), events and activations.
  check("participationStatus", "{ participationStatus }", "130 kB"), // measured 117,915 B with the record of 2009-2014, the counties' populations and the derived statewide events (155 decisions, 19 lists with 194 claims); its data alone are above the 25 kB goal
  check("eventsBetween", "{ eventsBetween }", "131 kB"), // measured 119,133 B: the events of 2009-2014 and their claims, and the one resolver for its place filter (which reads every jurisdiction)
  // The panel reads jurisdictions and activations, not events.
  check("activationPanel", "{ activationPanel }", "48.3 kB"), // measured 43,891 B: jurisdictions (cities and county populations included) and activations
  // The detainer series reads the detainer counts only (and the date parser for its range).
  check("detainerSeries", "{ detainerSeries }", "8.05 kB"), // measured 7,312 B: the 219 detainer counts are 4,958 B of it
  // Each dataset alone; jurisdictions and activations in their compact layout.
  check("events", "{ events }", "75 kB"), // measured 68,088 B with the record of 2009-2014: 210 events, 194 claims of 19 lists, their notes
  // Raised for the sources of the record of 2009-2014.
  check("sources", "{ sources }", "54 kB"), // measured 49,084 B: 383 sources, most of them of the decisions and lists of 2009-2014
  check("statistics", "{ statistics }", "3.46 kB"), // measured 3,137 B
  check("offenseLevels", "{ offenseLevels }", "945 B"), // measured 856 B
  // Raised for the 297 cities (compact layout) and the codes of other eras.
  check("jurisdictions", "{ jurisdictions }", "40.3 kB"), // measured 36,629 B: a column of 3,143 county populations
  check("countyCodeChanges", "{ countyCodeChanges }", "5.1 kB"), // measured 4,610 B
  check("activations", "{ activations }", "3.73 kB"), // measured 3,390 B
  check("detainers", "{ detainers }", "5.46 kB"), // measured 4,958 B: 219 counts, each citing its file and line
  // Everything.
  // Raised for the cities, the code changes, the resolver and the crosswalk; then for the record of 2009-2014, the county populations and the detainer counts.
  check("everything (import * as all)", "*", "215 kB"), // measured 192,959 B on the detainer branch (186,532 B before it): the events and sources are most of it
] satisfies SizeLimitConfig;
