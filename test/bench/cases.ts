/**
 * The helper comparisons: each pairs a helper with a baseline on one workload, says what the
 * performance goal is, and knows how to check that both sides return the same thing.
 */
import { isDeepStrictEqual } from "node:util";
import { coreJurisdictions } from "../../src/generated/core-jurisdictions.js";
import { events } from "../../src/generated/events.js";
import { jurisdictions } from "../../src/generated/jurisdictions.js";
import { statistics } from "../../src/generated/statistics.js";
import type { Jurisdiction, TimelineEvent } from "../../src/generated/types.js";
import { optionsObject } from "../../src/internal/errors.js";
import { nameKey, withoutTypeSuffix } from "../../src/internal/names.js";
import { dayNumber, parsePartialDate } from "../../src/partial-date.js";
import {
  findJurisdictions,
  getJurisdiction,
  jurisdictionsInStatus,
  participationStatus,
  rolloutProgress,
} from "../../src/participation.js";
import { categoryPercentages, statisticPercentages } from "../../src/percentages.js";
import { createTimeline, eventsBetween } from "../../src/timeline.js";
import type { Side } from "./harness.js";
import {
  filterSortBetween,
  naiveBetween,
  naiveCountyStatus,
  naiveFindJurisdictions,
  naiveGetJurisdiction,
  naivePercentages,
  naiveRollout,
  normalisedNameMap,
  type ParsedEvent,
  parseEvents,
  activations as plainActivations,
  events as plainEvents,
  jurisdictions as plainJurisdictions,
} from "./naive.js";
import { syntheticCounts, syntheticEvents } from "./synthetic.js";

/** A performance goal: the fast side at most `value` times the baseline's time, or at least `value` times faster. */
export type Goal = { readonly kind: "at-most"; readonly value: number } | { readonly kind: "faster"; readonly value: number };

export interface Comparison {
  readonly id: string;
  readonly group: string;
  /** What is measured, with the workload's size. */
  readonly title: string;
  readonly fast: Side;
  readonly baseline: Side;
  readonly goal?: Goal;
  /** Checks the fast side against the baseline; returns what differs, or `undefined` when nothing does. */
  readonly check: () => string | undefined;
  /** Facts about the workload worth printing beside the ratio (checked once, before timing). */
  readonly note?: () => string;
  /** For the timeline's growth table: events in the timeline and events a query returns. */
  readonly scale?: { readonly events: number; readonly matches: number };
}

/** Workload sizes: the full run, or the quick run CI uses. */
export interface Sizes {
  /** Synthetic timelines, the "real size x 100" pair of the goals (30k and 300k in the full run). */
  readonly timelineSizes: readonly number[];
  /** Synthetic splits for the percentages. */
  readonly countSplits: number;
}

export const fullSizes: Sizes = { timelineSizes: [3_000, 30_000, 300_000, 3_000_000], countSplits: 1_000 };
export const quickSizes: Sizes = { timelineSizes: [3_000, 30_000], countSplits: 100 };

function firstDifference<T>(
  items: readonly T[],
  fast: (item: T) => unknown,
  baseline: (item: T) => unknown,
  same = isDeepStrictEqual,
): string | undefined {
  for (const item of items) {
    if (!same(fast(item), baseline(item))) return `differs for ${JSON.stringify(item)}`;
  }
  return undefined;
}

function sameResult(fast: unknown, baseline: unknown): string | undefined {
  return isDeepStrictEqual(fast, baseline) ? undefined : "results differ";
}

const count = (value: number) => value.toLocaleString("en-US");

// ---------------------------------------------------------------------------------------------
// getJurisdiction
// ---------------------------------------------------------------------------------------------

function lookupComparisons(): Comparison[] {
  // The caller's own maps, built from the parsed JSON (plain records) of the jurisdictions
  // getJurisdiction knows: the nation, states, counties and the cities the records name (the other
  // cities are the resolver's).
  const known = new Set<string>(coreJurisdictions.map((jurisdiction) => jurisdiction.id));
  const records = plainJurisdictions.filter((jurisdiction) => known.has(jurisdiction.id));
  // The codes asked for are strings of their own (as a caller's input is), not the very strings the
  // caller's map holds as keys: a Map compares those by pointer, which no real query gets.
  const own = (code: string) => ` ${code}`.slice(1);
  const ids = records.map((jurisdiction) => own(jurisdiction.id));
  const fipsCodes = records.flatMap((jurisdiction) => (jurisdiction.fips === undefined ? [] : [own(jurisdiction.fips)]));
  const byId = new Map(records.map((jurisdiction) => [jurisdiction.id as string, jurisdiction]));
  const byFips = new Map(
    records.flatMap((jurisdiction) => (jurisdiction.fips === undefined ? [] : [[jurisdiction.fips, jurisdiction] as const])),
  );

  const lookups = (codes: readonly string[], lookup: (code: string) => Jurisdiction | undefined) => () => {
    let found = 0;
    for (const code of codes) if (lookup(code) !== undefined) found += 1;
    return found;
  };
  const identical = (codes: readonly string[], map: ReadonlyMap<string, Jurisdiction>) => () =>
    firstDifference(codes, getJurisdiction, (code) => map.get(code));

  return [
    {
      id: "get-by-id-map",
      group: "Lookups",
      title: `getJurisdiction by id (${count(ids.length)} ids)`,
      fast: { name: "getJurisdiction", run: lookups(ids, getJurisdiction) },
      baseline: { name: "Map.get on the caller's map of the parsed JSON", run: lookups(ids, (code) => byId.get(code)) },
      goal: { kind: "at-most", value: 1.2 },
      check: identical(ids, byId),
    },
    {
      id: "get-by-fips-map",
      group: "Lookups",
      title: `getJurisdiction by FIPS (${count(fipsCodes.length)} codes)`,
      fast: { name: "getJurisdiction", run: lookups(fipsCodes, getJurisdiction) },
      baseline: { name: "Map.get on the caller's map of the parsed JSON", run: lookups(fipsCodes, (code) => byFips.get(code)) },
      goal: { kind: "at-most", value: 1.2 },
      check: identical(fipsCodes, byFips),
    },
    {
      id: "get-by-id-checked-map",
      group: "Lookups",
      title: `getJurisdiction by id (${count(ids.length)} ids)`,
      fast: { name: "getJurisdiction", run: lookups(ids, getJurisdiction) },
      baseline: {
        name: "Map.get on the caller's map, after the argument checks the helper must make (type, length)",
        run: lookups(ids, (code) => {
          if (typeof code !== "string") throw new TypeError("Expected a string");
          if (code.length === 0 || code.length > 200) throw new RangeError("Expected 1 to 200 characters");
          return byId.get(code);
        }),
      },
      check: identical(ids, byId),
    },
    {
      id: "get-by-fips-naive",
      group: "Lookups",
      title: `getJurisdiction by FIPS (${count(fipsCodes.length)} codes)`,
      fast: { name: "getJurisdiction", run: lookups(fipsCodes, getJurisdiction) },
      baseline: { name: "naive: jurisdictions.find", run: lookups(fipsCodes, naiveGetJurisdiction) },
      check: () => firstDifference(fipsCodes, getJurisdiction, naiveGetJurisdiction),
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// findJurisdictions
// ---------------------------------------------------------------------------------------------

/** Names as people type them: exact, loose, ambiguous, with a type word, an alias, a miss. */
export const nameQueries: readonly string[] = [
  "Miami-Dade County",
  "miami dade",
  "Los Angeles",
  "Los Angeles County",
  "Washington County",
  "D.C.",
  "St. Louis",
  "Dona Ana County",
  "prince george's",
  "Cook",
  "Harris County",
  "Nowhere Land",
];

/** Names narrowed by a state after a comma. */
export const nameWithStateQueries: readonly string[] = ["Washington County, PA", "miami-dade county, florida", "Cook County, IL"];

function nameComparisons(): Comparison[] {
  const map = normalisedNameMap();
  const mapFind = (name: string): readonly Jurisdiction[] => {
    const key = nameKey(name);
    const exact = map.get(key);
    if (exact !== undefined) return exact;
    const stripped = withoutTypeSuffix(key);
    return (stripped === undefined ? undefined : map.get(stripped)) ?? [];
  };
  const keys = nameQueries.map(nameKey);
  const find = (queries: readonly string[], lookup: (name: string) => readonly Jurisdiction[]) => () => {
    let found = 0;
    for (const query of queries) found += lookup(query).length;
    return found;
  };
  const findFast = (name: string) => findJurisdictions(name);
  return [
    {
      id: "find-name-map",
      group: "Lookups",
      title: `findJurisdictions by name (${nameQueries.length} names)`,
      fast: { name: "findJurisdictions", run: find(nameQueries, findFast) },
      baseline: { name: "Map.get(nameKey(name)) on a prebuilt normalised map", run: find(nameQueries, mapFind) },
      goal: { kind: "at-most", value: 3 },
      check: () => firstDifference(nameQueries, findFast, mapFind),
    },
    {
      id: "find-name-bare-map",
      group: "Lookups",
      title: `findJurisdictions by name (${nameQueries.length} names)`,
      fast: { name: "findJurisdictions", run: find(nameQueries, findFast) },
      baseline: {
        name: "bare Map.get on keys normalised ahead (no normalising in the loop)",
        run: () => {
          let found = 0;
          for (const key of keys) found += map.get(key)?.length ?? 0;
          return found;
        },
      },
      check: () => firstDifference(nameQueries, findFast, (name) => map.get(nameKey(name)) ?? mapFind(name)),
    },
    {
      id: "find-name-naive",
      group: "Lookups",
      title: `findJurisdictions by name (${nameQueries.length} names)`,
      fast: { name: "findJurisdictions", run: find(nameQueries, findFast) },
      baseline: { name: "naive: normalise every name and filter", run: find(nameQueries, naiveFindJurisdictions) },
      check: () => firstDifference(nameQueries, findFast, naiveFindJurisdictions),
    },
    {
      id: "find-name-state-naive",
      group: "Lookups",
      title: `findJurisdictions by "name, state" (${nameWithStateQueries.length} names)`,
      fast: { name: "findJurisdictions", run: find(nameWithStateQueries, findFast) },
      baseline: { name: "naive: normalise every name and filter", run: find(nameWithStateQueries, naiveFindJurisdictions) },
      check: () => firstDifference(nameWithStateQueries, findFast, naiveFindJurisdictions),
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// participationStatus
// ---------------------------------------------------------------------------------------------

export const statusDate = "2011-06-07";

function statusComparisons(): Comparison[] {
  // The counties the totals count: those of the period, without the codes ICE's list carries for
  // former county-equivalents (listedOnly). A county the list lacks takes the day of the listed
  // area that covered it (activationFrom).
  const counties = jurisdictions.filter((jurisdiction) => jurisdiction.kind === "county" && jurisdiction.listedOnly !== true);
  const plainCounties = plainJurisdictions.filter((jurisdiction) => jurisdiction.kind === "county" && jurisdiction.listedOnly !== true);
  const fast = () => counties.map((county) => participationStatus(county.id, statusDate));
  const naive = () => plainCounties.map((county) => naiveCountyStatus(county, statusDate));
  // The floor: the caller's own Map of activation days (from the parsed JSON) and a comparison
  // with the date's first and last day, parsed once. It answers the status and nothing else.
  const listedDays = new Map(plainActivations.map((activation) => [activation.county as string, dayNumber(activation.date)]));
  const activationDays = new Map(
    plainCounties.map((county) => [county.id as string, listedDays.get(county.activationFrom?.[0]?.county ?? county.id) as number]),
  );
  const unknownFrom = dayNumber("2021-01-20"); // Executive Order 13768 revoked: the "uncertain" phase
  const statusOf = (day: number, asOf: { startDay: number; endDay: number }) =>
    asOf.endDay >= unknownFrom ? "unknown" : day < asOf.startDay ? "activated" : day <= asOf.endDay ? "activated-during" : "not-activated";
  const statusFloor = () => {
    const asOf = parsePartialDate(statusDate);
    return plainCounties.map((county) => statusOf(activationDays.get(county.id) as number, asOf));
  };
  // The same floor building the result the helper returns: the program state, the decisions and
  // the claims are the same for every county of a state on one date, so they are worked out once
  // (from the helper itself, outside the loop) and copied into each record.
  const ownDeciders = new Set(
    plainEvents.flatMap((event) => [
      ...(event.category === "decision" && event.actorJurisdiction !== undefined ? [event.actorJurisdiction] : []),
      ...(event.claims ?? []).map((claim) => claim.about),
    ]),
  );
  const byId = new Map(plainJurisdictions.map((jurisdiction) => [jurisdiction.id as string, jurisdiction]));
  // Worked out ahead, as a caller's own index would hold them: each county's day, date and the
  // areas it is derived from.
  const listedDates = new Map(plainActivations.map((activation) => [activation.county as string, activation.date]));
  const countyFacts = new Map(
    plainCounties.map((county) => {
      const listed = county.activationFrom?.[0]?.county ?? county.id;
      const derivedFrom = county.activationFrom?.map((entry) => byId.get(entry.county) as Jurisdiction);
      return [county.id as string, { day: activationDays.get(county.id) as number, date: listedDates.get(listed) as string, derivedFrom }];
    }),
  );
  const statusObjects = () => {
    // The date is parsed once, and the program's phase, shared by every record as the helper shares it.
    const asOf = parsePartialDate(statusDate);
    const shared = new Map<string, { program: unknown; decisions: readonly unknown[]; claims: readonly unknown[] }>();
    return plainCounties.map((county) => {
      // A county whose own government decided something, or that a claim is about, has its own: worked out once too.
      const key = ownDeciders.has(county.id) ? county.id : (county.parent as string);
      let common = shared.get(key);
      if (common === undefined) {
        const answer = participationStatus(key, statusDate);
        // Seen from a county, its state's own items are the state's; federal answers stay federal.
        const asState = key !== county.id;
        const as = <T extends { by: string }>(item: T) => (asState && item.by === "own" ? { ...item, by: "state" } : { ...item });
        common = { program: answer?.program, decisions: (answer?.decisions ?? []).map(as), claims: (answer?.claims ?? []).map(as) };
        shared.set(key, common);
      }
      const { day, date, derivedFrom } = countyFacts.get(county.id) as { day: number; date: string; derivedFrom?: Jurisdiction[] };
      const status = statusOf(day, asOf);
      return {
        kind: "county",
        jurisdiction: county,
        asOf,
        program: common.program,
        decisions: common.decisions.length === 0 ? [] : [...common.decisions],
        claims: common.claims.length === 0 ? [] : [...common.claims],
        match: { jurisdiction: county, by: "id", matched: county.id },
        activation: derivedFrom === undefined ? { status, date } : { status, date, derivedFrom },
      };
    });
  };
  // jurisdictionsInStatus: the floor is a pass over the caller's own counties and their days.
  const plainCountyDays = plainCounties.map((county) => activationDays.get(county.id) as number);
  const inStatusFast = () => jurisdictionsInStatus("activated", statusDate);
  const inStatusFloor = () => {
    const asOf = parsePartialDate(statusDate);
    const found: Jurisdiction[] = [];
    for (let index = 0; index < plainCounties.length; index += 1) {
      if ((plainCountyDays[index] as number) < asOf.startDay) found.push(plainCounties[index] as Jurisdiction);
    }
    return found;
  };
  const californiaCounties = plainCounties.filter((county) => county.parent === "us-ca");
  const californiaDays = californiaCounties.map((county) => activationDays.get(county.id) as number);
  const inStateFast = () => jurisdictionsInStatus("activated", "2010-06", { state: "CA" });
  const inStateFloor = () => {
    const asOf = parsePartialDate("2010-06");
    const found: Jurisdiction[] = [];
    for (let index = 0; index < californiaCounties.length; index += 1) {
      if ((californiaDays[index] as number) < asOf.startDay) found.push(californiaCounties[index] as Jurisdiction);
    }
    return found;
  };
  return [
    {
      id: "status-all-counties-floor",
      group: "Participation",
      title: `participationStatus of all ${count(counties.length)} counties as of ${statusDate}`,
      fast: { name: "participationStatus", run: fast },
      baseline: { name: "floor: the caller's Map of activation days and a comparison (the status only)", run: statusFloor },
      goal: { kind: "at-most", value: 2 },
      check: () =>
        sameResult(
          fast().map((result) => (result?.kind === "county" ? result.activation.status : undefined)),
          statusFloor(),
        ),
    },
    {
      id: "status-all-counties-objects",
      group: "Participation",
      title: `participationStatus of all ${count(counties.length)} counties as of ${statusDate}`,
      fast: { name: "participationStatus", run: fast },
      baseline: {
        name: "the same floor building the same result records (date and phase shared, decisions and claims worked out once per state)",
        run: statusObjects,
      },
      check: () => sameResult(fast(), statusObjects()),
    },
    {
      id: "status-all-counties",
      group: "Participation",
      title: `participationStatus of all ${count(counties.length)} counties as of ${statusDate}`,
      fast: { name: "participationStatus", run: fast },
      baseline: { name: "naive: scan activations and events per county", run: naive },
      goal: { kind: "faster", value: 20 },
      check: () => sameResult(fast(), naive()),
    },
    {
      id: "in-status-floor",
      group: "Participation",
      title: `jurisdictionsInStatus("activated", "${statusDate}"): ${count(inStatusFloor().length)} of ${count(counties.length)} counties`,
      fast: { name: "jurisdictionsInStatus", run: inStatusFast },
      baseline: { name: "floor: one pass over the caller's counties and their activation days", run: inStatusFloor },
      goal: { kind: "at-most", value: 2 },
      check: () => sameResult(inStatusFast(), inStatusFloor()),
    },
    {
      id: "in-status-state-floor",
      group: "Participation",
      title: `jurisdictionsInStatus("activated", "2010-06", { state: "CA" }): ${inStateFloor().length} of ${californiaCounties.length} counties`,
      fast: { name: "jurisdictionsInStatus", run: inStateFast },
      baseline: { name: "floor: one pass over the caller's counties of the state and their activation days", run: inStateFloor },
      goal: { kind: "at-most", value: 2 },
      check: () => sameResult(inStateFast(), inStateFloor()),
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// rolloutProgress
// ---------------------------------------------------------------------------------------------

function rolloutComparisons(): Comparison[] {
  const from = "2008-01";
  const to = "2013-12";
  const states = jurisdictions.filter((jurisdiction) => jurisdiction.kind === "state");
  const stateOf = new Map(
    plainJurisdictions.flatMap((jurisdiction) =>
      jurisdiction.parent === undefined ? [] : [[jurisdiction.id, jurisdiction.parent] as const],
    ),
  );
  const nationalFast = () => rolloutProgress({ from, to });
  const nationalNaive = () => naiveRollout(stateOf, undefined, from, to);
  const statesFast = () => states.map((state) => rolloutProgress({ state: state.id, from, to }));
  const statesNaive = () => states.map((state) => naiveRollout(stateOf, state.id, from, to));
  return [
    {
      id: "rollout-nation",
      group: "Participation",
      title: `rolloutProgress by month ${from} to ${to}, nationally (72 points)`,
      fast: { name: "rolloutProgress", run: nationalFast },
      baseline: { name: "naive: count activations for every month", run: nationalNaive },
      check: () => sameResult(nationalFast(), nationalNaive()),
    },
    {
      id: "rollout-states",
      group: "Participation",
      title: `rolloutProgress by month ${from} to ${to}, every state (${states.length} x 72 points)`,
      fast: { name: "rolloutProgress", run: statesFast },
      baseline: { name: "naive: count the state's activations for every month", run: statesNaive },
      check: () => sameResult(statesFast(), statesNaive()),
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// Timeline
// ---------------------------------------------------------------------------------------------

/** A range starting 2015-03-02 just long enough to hold `share` of the events (overlapping it). */
function rangeHolding(parsed: readonly ParsedEvent[], share: number): { from: string; to: string; matched: number } {
  const first = parsePartialDate("2015-03-02").startDay;
  const matching = (last: number) => parsed.reduce((sum, entry) => sum + (entry.startDay <= last && entry.endDay >= first ? 1 : 0), 0);
  let low = first;
  let high = first + 4000;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (matching(middle) < share * parsed.length) low = middle + 1;
    else high = middle;
  }
  return { from: "2015-03-02", to: parsePartialDate(new Date(low * 86_400_000)).text, matched: matching(low) };
}

/** What a caller does to sort events by date: parse each date, sort by first day then the wider interval first. */
export function parseAndSort(list: readonly TimelineEvent[]): TimelineEvent[] {
  return parseEvents(list)
    .sort((a, b) => a.startDay - b.startDay || b.endDay - a.endDay)
    .map((entry) => entry.event);
}

function timelineComparisons(sizes: Sizes): Comparison[] {
  const comparisons: Comparison[] = [];
  // The package's own events, through the exported function.
  const realFrom = "2011-05-04";
  const realTo = "2011-08-05";
  const realParsed = parseEvents(plainEvents);
  const realFirst = parsePartialDate(realFrom).startDay;
  const realLast = parsePartialDate(realTo).endDay;
  const realFast = () => eventsBetween(realFrom, realTo);
  comparisons.push(
    {
      id: "timeline-real-filter",
      group: "Timeline",
      title: `eventsBetween("${realFrom}", "${realTo}") on the ${events.length} real events`,
      fast: { name: "eventsBetween", run: realFast },
      baseline: {
        name: "Array.prototype.filter + sort (dates parsed ahead)",
        run: () => filterSortBetween(realParsed, realFirst, realLast),
      },
      check: () => sameResult(realFast(), filterSortBetween(realParsed, realFirst, realLast)),
      note: () => `${realFast().length} events in range`,
    },
    {
      id: "timeline-real-naive",
      group: "Timeline",
      title: `eventsBetween("${realFrom}", "${realTo}") on the ${events.length} real events`,
      fast: { name: "eventsBetween", run: realFast },
      baseline: { name: "naive: filter + sort, parsing dates in both", run: () => naiveBetween(plainEvents, realFrom, realTo) },
      check: () => sameResult(realFast(), naiveBetween(plainEvents, realFrom, realTo)),
    },
  );
  for (const size of sizes.timelineSizes) {
    const synthetic: TimelineEvent[] = syntheticEvents(plainEvents, size, 20_081_027 + size);
    const parsed = parseEvents(synthetic);
    const timeline = createTimeline(synthetic);
    const { from, to, matched } = rangeHolding(parsed, 0.01);
    const first = parsePartialDate(from).startDay;
    const last = parsePartialDate(to).endDay;
    const fast = () => timeline.between(from, to);
    const builtIn = () => filterSortBetween(parsed, first, last);
    // The floor of a query: its matches, already found and sorted, copied out (one `slice`).
    const matches = builtIn();
    const copy = () => matches.slice();
    // The same copy after the fixed cost every call of the helper pays whatever its size: parsing
    // both dates (the helper's own parser) and checking the options object.
    const parsedCopy = () => {
      optionsObject({}, "options");
      parsePartialDate(from);
      parsePartialDate(to);
      return matches.slice();
    };
    const decisions = { category: "decision" } as const;
    const filteredFast = () => timeline.between(from, to, decisions);
    const filteredMatches = matches.filter((event) => event.category === "decision");
    const filteredCopy = () => filteredMatches.slice();
    const filteredBuiltIn = () =>
      parsed
        .filter((entry) => entry.startDay <= last && entry.endDay >= first && entry.event.category === "decision")
        .sort((a, b) => a.startDay - b.startDay || b.endDay - a.endDay)
        .map((entry) => entry.event);
    const note = () => `range ${from} to ${to}: ${count(matched)} events (${((100 * matched) / size).toFixed(2)}%)`;
    const large = size >= 300_000;
    comparisons.push(
      {
        id: `timeline-${size}-copy`,
        group: "Timeline",
        title: `Timeline.between on ${count(size)} synthetic events, a range holding 1%`,
        fast: { name: "createTimeline(...).between", run: fast },
        baseline: { name: "floor: copy the matches out of a sorted array of them (slice)", run: copy },
        goal: { kind: "at-most", value: 2 },
        check: () => sameResult(fast(), copy()),
        note,
        scale: { events: size, matches: matches.length },
      },
      {
        id: `timeline-${size}-parsed-copy`,
        group: "Timeline",
        title: `Timeline.between on ${count(size)} synthetic events, a range holding 1%`,
        fast: { name: "createTimeline(...).between", run: fast },
        baseline: { name: "floor with the call's fixed cost: check the options, parse both dates, copy the matches", run: parsedCopy },
        check: () => sameResult(fast(), parsedCopy()),
      },
      {
        id: `timeline-${size}-category-copy`,
        group: "Timeline",
        title: `Timeline.between on ${count(size)} synthetic events, a range holding 1%, category "decision"`,
        fast: { name: "createTimeline(...).between", run: filteredFast },
        baseline: { name: "floor: copy the matches out of a sorted array of them (slice)", run: filteredCopy },
        goal: { kind: "at-most", value: 2 },
        check: () => sameResult(filteredFast(), filteredCopy()),
        note: () => `${count(filteredMatches.length)} events`,
      },
      {
        id: `timeline-${size}-filter`,
        group: "Timeline",
        title: `Timeline.between on ${count(size)} synthetic events, a range holding 1%`,
        fast: { name: "createTimeline(...).between", run: fast },
        baseline: { name: "Array.prototype.filter + sort (dates parsed ahead)", run: builtIn },
        check: () => sameResult(fast(), builtIn()),
      },
      {
        id: `timeline-${size}-category-filter`,
        group: "Timeline",
        title: `Timeline.between on ${count(size)} synthetic events, a range holding 1%, category "decision"`,
        fast: { name: "createTimeline(...).between", run: filteredFast },
        baseline: { name: "Array.prototype.filter + sort (dates parsed ahead)", run: filteredBuiltIn },
        check: () => sameResult(filteredFast(), filteredBuiltIn()),
      },
      {
        id: `timeline-${size}-build`,
        group: "Timeline",
        title: `createTimeline of ${count(size)} synthetic events`,
        fast: { name: "createTimeline", run: () => createTimeline(synthetic) },
        baseline: { name: "parse every date (parsePartialDate) and sort (Array.prototype.sort)", run: () => parseAndSort(synthetic) },
        goal: { kind: "at-most", value: 1.2 },
        check: () => sameResult(createTimeline(synthetic).between(), parseAndSort(synthetic)),
        scale: { events: size, matches: size },
      },
    );
    if (!large) {
      comparisons.push({
        id: `timeline-${size}-naive`,
        group: "Timeline",
        title: `Timeline.between on ${count(size)} synthetic events, a range holding 1%`,
        fast: { name: "createTimeline(...).between", run: fast },
        baseline: { name: "naive: filter + sort, parsing dates in both", run: () => naiveBetween(synthetic, from, to) },
        check: () => sameResult(fast(), naiveBetween(synthetic, from, to)),
      });
    }
  }
  return comparisons;
}

// ---------------------------------------------------------------------------------------------
// Percentages
// ---------------------------------------------------------------------------------------------

/** Units of 10^-decimals in a share (shares are the nearest doubles to decimals). */
const units = (share: number, decimals: number) => Math.round(share * 10 ** decimals);

interface Split {
  readonly total: number;
  readonly counts: readonly number[];
}

function percentagesComparison(
  id: string,
  title: string,
  splits: readonly Split[],
  fast: () => readonly (readonly number[])[],
): Comparison {
  const decimals = 1;
  const naive = () => splits.map((split) => naivePercentages(split.total, split.counts, decimals));
  const whole = 100 * 10 ** decimals;
  return {
    id,
    group: "Percentages",
    title,
    fast: { name: "largest remainder (exact integers)", run: fast },
    baseline: { name: "naive: round each share", run: naive },
    check: () => {
      const fastShares = fast();
      const naiveShares = naive();
      for (const [index, shares] of fastShares.entries()) {
        const sum = shares.reduce((total, share) => total + units(share, decimals), 0);
        if (sum !== whole) return `split ${index} sums to ${sum / 10 ** decimals}, not 100`;
        const other = naiveShares[index] ?? [];
        if (
          other.length !== shares.length ||
          shares.some((share, row) => Math.abs(units(share, decimals) - units(other[row] ?? 0, decimals)) > 1)
        ) {
          return `split ${index} is more than one unit away from the naive rounding`;
        }
      }
      return undefined;
    },
    note: () => {
      const naiveShares = naive();
      const off = naiveShares.filter((shares) => shares.reduce((total, share) => total + units(share, decimals), 0) !== whole);
      return `naive rounding misses 100 in ${off.length} of ${naiveShares.length} splits; the helper never does`;
    },
  };
}

function percentagesComparisons(sizes: Sizes): Comparison[] {
  const counted = statistics.filter(
    (statistic) => statistic.categories.length > 0 && statistic.categories.every((category) => category.count !== undefined),
  );
  const realSplits: Split[] = counted.map((statistic) => ({
    total: statistic.total.value,
    counts: statistic.categories.map((category) => category.count?.value ?? 0),
  }));
  const synthetic = syntheticCounts(sizes.countSplits, 1_234);
  const syntheticSplits: Split[] = synthetic.map((split) => ({
    total: split.total,
    counts: split.categories.map((category) => category.count),
  }));
  return [
    percentagesComparison(
      "percentages-statistics",
      `statisticPercentages of the ${counted.length} statistics with counts`,
      realSplits,
      () => counted.map((statistic) => statisticPercentages(statistic, { decimals: 1 }).rows.map((row) => row.percent)),
    ),
    percentagesComparison(
      "percentages-synthetic",
      `categoryPercentages of ${count(synthetic.length)} random splits (2-8 categories)`,
      syntheticSplits,
      () => synthetic.map((split) => categoryPercentages(split, { decimals: 1 }).rows.map((row) => row.percent)),
    ),
  ];
}

/** Every comparison, in report order. */
export function comparisons(sizes: Sizes): Comparison[] {
  // Build the helpers' indexes before anything is timed: the first call pays for them once.
  getJurisdiction("us");
  findJurisdictions("us");
  participationStatus("us", statusDate);
  return [
    ...lookupComparisons(),
    ...nameComparisons(),
    ...statusComparisons(),
    ...rolloutComparisons(),
    ...timelineComparisons(sizes),
    ...percentagesComparisons(sizes),
  ];
}
