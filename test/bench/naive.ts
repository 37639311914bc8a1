/**
 * The naive versions the helpers are measured against: what a caller would write with the
 * exported arrays and no index. Each returns exactly what its helper returns (the benchmark
 * checks that before it times anything), so a ratio compares equal work.
 *
 * Every baseline reads plain arrays, `JSON.parse`d from data/published/*.json, never the package's
 * frozen arrays: V8 scans frozen arrays of frozen records several times slower than plain ones, so a
 * baseline on them would flatter the package.
 */
import { readFileSync } from "node:fs";
import type { Activation, Jurisdiction, TimelineEvent } from "../../src/generated/types.js";
import { nameKey, withoutTypeSuffix } from "../../src/internal/names.js";
import { dayNumber, type PartialDateInterval, parsePartialDate } from "../../src/partial-date.js";
import type {
  ClaimAbout,
  CountyJurisdiction,
  Decision,
  ParticipationStatusResult,
  ProgramState,
  RolloutPoint,
} from "../../src/participation.js";

/** A published dataset as plain, unfrozen records, the way a caller who parses the JSON holds them. */
export function plainDataset<T>(name: string): T[] {
  return JSON.parse(readFileSync(new URL(`../../data/published/${name}.json`, import.meta.url), "utf8")) as T[];
}

export const jurisdictions: readonly Jurisdiction[] = plainDataset<Jurisdiction>("jurisdictions");
export const activations: readonly Activation[] = plainDataset<Activation>("activations");
export const events: readonly TimelineEvent[] = plainDataset<TimelineEvent>("events");

// ---------------------------------------------------------------------------------------------
// Lookups
// ---------------------------------------------------------------------------------------------

/** `getJurisdiction` by a scan: the first record with the code as given, in lower case, in upper case. */
export function naiveGetJurisdiction(code: string): Jurisdiction | undefined {
  const has = (candidate: string) => (jurisdiction: Jurisdiction) =>
    jurisdiction.id === candidate ||
    jurisdiction.fips === candidate ||
    jurisdiction.usps === candidate ||
    jurisdiction.iso3166_2 === candidate;
  return jurisdictions.find(has(code)) ?? jurisdictions.find(has(code.toLowerCase())) ?? jurisdictions.find(has(code.toUpperCase()));
}

const kindOrder: Record<string, number> = { nation: 0, state: 1, city: 2, county: 3 };

/** The order `findJurisdictions` promises: nation, states, cities, counties; then state name, name, id. */
export function compareJurisdictions(a: Jurisdiction, b: Jurisdiction, parentName: (id: string) => string): number {
  const stateName = (jurisdiction: Jurisdiction) =>
    jurisdiction.kind === "state" || jurisdiction.parent === undefined ? jurisdiction.name : parentName(jurisdiction.parent);
  return (
    (kindOrder[a.kind] as number) - (kindOrder[b.kind] as number) ||
    (b.population ?? 0) - (a.population ?? 0) ||
    stateName(a).localeCompare(stateName(b), "en") ||
    a.fullName.localeCompare(b.fullName, "en") ||
    (a.id < b.id ? -1 : 1)
  );
}

const scanParentName = (id: string) => jurisdictions.find((candidate) => candidate.id === id)?.name ?? "";

function namesOf(jurisdiction: Jurisdiction): string[] {
  return [jurisdiction.name, jurisdiction.fullName, ...jurisdiction.aliases];
}

/**
 * One answer for two records of one place, as the resolver gives it: a county that is the whole of
 * its state-equivalent gives way to the state, and a city that lies only in a county-equivalent city
 * of the same name gives way to it.
 */
export function withoutDuplicatePlaces(found: readonly Jurisdiction[]): Jurisdiction[] {
  const ids = new Set(found.map((jurisdiction) => jurisdiction.id));
  return found.filter((jurisdiction) => {
    if (jurisdiction.kind === "county") {
      const siblings = jurisdictions.filter(
        (candidate) => candidate.kind === "county" && candidate.listedOnly !== true && candidate.parent === jurisdiction.parent,
      );
      return !(siblings.length === 1 && jurisdiction.parent !== undefined && ids.has(jurisdiction.parent));
    }
    const only = jurisdiction.kind === "city" && jurisdiction.counties?.length === 1 ? jurisdiction.counties[0]?.county : undefined;
    const county = only === undefined || !ids.has(only) ? undefined : jurisdictions.find((candidate) => candidate.id === only);
    return !(
      county !== undefined &&
      (county.type === "city" || county.type === "City and County") &&
      nameKey(county.name) === nameKey(jurisdiction.name)
    );
  });
}

/** Every jurisdiction one of whose names normalises to `key`, by normalising every name. */
function scanNames(key: string): Jurisdiction[] {
  return withoutDuplicatePlaces(
    jurisdictions
      .filter((jurisdiction) => namesOf(jurisdiction).some((name) => nameKey(name) === key))
      .sort((a, b) => compareJurisdictions(a, b, scanParentName)),
  );
}

function scanNamesMatching(key: string): Jurisdiction[] {
  const exact = scanNames(key);
  if (exact.length > 0) return exact;
  const stripped = withoutTypeSuffix(key);
  return stripped === undefined ? [] : scanNames(stripped);
}

function scanState(text: string): Jurisdiction | undefined {
  const byCode = text.length <= 16 ? naiveGetJurisdiction(text) : undefined;
  const found = byCode ?? scanNames(nameKey(text)).find((candidate) => candidate.kind === "state");
  return found?.kind === "state" ? found : undefined;
}

/** `findJurisdictions(name)` as a normalise-and-filter over every name of every jurisdiction. */
export function naiveFindJurisdictions(name: string): Jurisdiction[] {
  const matches = scanNamesMatching(nameKey(name));
  const comma = name.lastIndexOf(",");
  if (matches.length > 0 || comma <= 0) return matches;
  const suffix = name.slice(comma + 1).trim();
  const state = suffix.length === 0 ? undefined : scanState(suffix);
  if (state === undefined) return [];
  return scanNamesMatching(nameKey(name.slice(0, comma))).filter(
    (jurisdiction) => jurisdiction.id === state.id || jurisdiction.parent === state.id,
  );
}

/** A map from every normalised name to its jurisdictions in result order, built once. */
export function normalisedNameMap(): Map<string, Jurisdiction[]> {
  const byId = new Map<string, Jurisdiction>(jurisdictions.map((jurisdiction) => [jurisdiction.id, jurisdiction]));
  const map = new Map<string, Jurisdiction[]>();
  for (const jurisdiction of jurisdictions) {
    for (const name of namesOf(jurisdiction)) {
      const key = nameKey(name);
      const list = map.get(key);
      if (list === undefined) map.set(key, [jurisdiction]);
      else if (!list.includes(jurisdiction)) list.push(jurisdiction);
    }
  }
  for (const [key, list] of map) {
    list.sort((a, b) => compareJurisdictions(a, b, (id) => byId.get(id)?.name ?? ""));
    map.set(key, withoutDuplicatePlaces(list));
  }
  return map;
}

// ---------------------------------------------------------------------------------------------
// Participation status of a county
// ---------------------------------------------------------------------------------------------

/**
 * `participationStatus(county, asOf)` for a county, by scanning `activations` for its day and
 * `events` for the program's phase and the decisions of its government and its state's.
 */
export function naiveCountyStatus(county: Jurisdiction, asOf: string): ParticipationStatusResult {
  const interval = parsePartialDate(asOf);
  // A county of the period the list lacks takes the day of the listed area that covered it.
  const listed = county.activationFrom?.[0]?.county ?? county.id;
  const activation = activations.find((candidate) => candidate.county === listed);
  if (activation === undefined) throw new Error(`no activation for ${county.id}`);
  const derivedFrom = county.activationFrom?.map(
    (entry) => jurisdictions.find((candidate) => candidate.id === entry.county) as Jurisdiction,
  );
  const day = dayNumber(activation.date);

  const phases = events
    .filter((event) => event.programPhase !== undefined)
    .map((event) => ({ startDay: parsePartialDate(event.date).startDay, event }))
    .sort((a, b) => a.startDay - b.startDay);
  let current: TimelineEvent | undefined;
  let changedDuring = false;
  for (const { startDay, event } of phases) {
    if (startDay > interval.endDay) break;
    current = event;
    if (startDay > interval.startDay) changedDuring = true;
  }
  const program: ProgramState =
    current === undefined
      ? { phase: "not-started", changedDuring }
      : { phase: current.programPhase ?? "active", since: current, changedDuring };

  // Unknown for a period that reaches the revocation of Executive Order 13768 (the "uncertain" phase).
  const unknownFrom = phases.find(({ event }) => event.programPhase === "uncertain")?.startDay;
  const status =
    unknownFrom !== undefined && interval.endDay >= unknownFrom
      ? "unknown"
      : day < interval.startDay
        ? "activated"
        : day <= interval.endDay
          ? "activated-during"
          : "not-activated";

  const state = jurisdictions.find((candidate) => candidate.id === county.parent);
  const decisionsBy = (id: string | undefined, by: Decision["by"]) =>
    id === undefined
      ? []
      : events
          .filter((event) => event.category === "decision" && event.actorJurisdiction === id)
          .map((event) => ({ startDay: parsePartialDate(event.date).startDay, decision: { by, event } }))
          .filter(({ startDay }) => startDay <= interval.endDay);
  const stateId = state?.kind === "state" ? state.id : undefined;
  // The federal government's decisions about the county or its state.
  const federal = events
    .filter(
      (event) =>
        event.category === "decision" &&
        event.actorJurisdiction === "us" &&
        event.jurisdictions.some((id) => id === county.id || id === stateId),
    )
    .map((event) => ({ startDay: parsePartialDate(event.date).startDay, decision: { by: "federal" as const, event } }))
    .filter(({ startDay }) => startDay <= interval.endDay);
  const decisions = [...decisionsBy(county.id, "own"), ...decisionsBy(stateId, "state"), ...federal]
    .sort((a, b) => a.startDay - b.startDay)
    .map(({ decision }) => decision);

  const claimsAbout = (id: string | undefined, by: ClaimAbout["by"]) =>
    id === undefined
      ? []
      : events.flatMap((event) =>
          (event.claims ?? [])
            .filter((claim) => claim.about === id)
            .map((claim) => ({ startDay: parsePartialDate(event.date).startDay, claim: { by, event, claim } })),
        );
  const claims = [...claimsAbout(county.id, "own"), ...claimsAbout(state?.kind === "state" ? state.id : undefined, "state")]
    .filter(({ startDay }) => startDay <= interval.endDay)
    .sort((a, b) => a.startDay - b.startDay)
    .map(({ claim }) => claim);

  return {
    kind: "county",
    jurisdiction: county as CountyJurisdiction,
    asOf: interval,
    program,
    decisions,
    claims,
    match: { jurisdiction: county, by: "id", matched: county.id },
    activation: { status, date: activation.date, ...(derivedFrom === undefined ? {} : { derivedFrom }) },
  };
}

// ---------------------------------------------------------------------------------------------
// Rollout progress
// ---------------------------------------------------------------------------------------------

/** The months from `from` to `to` (both `YYYY-MM`), with their first and last day. */
export function monthsBetween(from: string, to: string): { period: string; first: string; last: string }[] {
  const months: { period: string; first: string; last: string }[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  for (;;) {
    const period = `${year}-${String(month).padStart(2, "0")}`;
    const interval = parsePartialDate(period);
    months.push({ period, first: interval.start, last: interval.end });
    if (period === to) return months;
    month += 1;
    if (month === 13) {
      month = 1;
      year += 1;
    }
  }
}

/**
 * `rolloutProgress({ state, from, to })` by month, counting the activations of the nation or
 * the state for every month by a scan of all activations (dates compared as ISO strings).
 */
export function naiveRollout(stateOf: ReadonlyMap<string, string>, state: string | undefined, from: string, to: string): RolloutPoint[] {
  // The counties the totals count, each once, with their listed or derived day.
  const counted = jurisdictions
    .filter((candidate) => candidate.kind === "county" && candidate.listedOnly !== true)
    .map((county) => ({
      county: county.id,
      date: activations.find((activation) => activation.county === (county.activationFrom?.[0]?.county ?? county.id))?.date ?? "",
    }));
  const total = state === undefined ? counted.length : counted.filter((candidate) => stateOf.get(candidate.county) === state).length;
  return monthsBetween(from, to).map(({ period, first, last }) => {
    let activated = 0;
    let activatedDuring = 0;
    for (const activation of counted) {
      if (state !== undefined && stateOf.get(activation.county) !== state) continue;
      if (activation.date <= last) {
        activated += 1;
        if (activation.date >= first) activatedDuring += 1;
      }
    }
    const status = activated === 0 ? "not-started" : activated === total ? "complete" : "partial";
    return { period, status, activated, activatedDuring, total, fraction: total === 0 ? 0 : activated / total };
  });
}

// ---------------------------------------------------------------------------------------------
// Timeline
// ---------------------------------------------------------------------------------------------

/** Events whose dates overlap the range, by `filter` and `sort`, parsing dates as it goes. */
export function naiveBetween(list: readonly TimelineEvent[], from: string, to: string): TimelineEvent[] {
  const first = parsePartialDate(from).startDay;
  const last = parsePartialDate(to).endDay;
  return list
    .filter((event) => {
      const interval = parsePartialDate(event.date);
      return interval.startDay <= last && interval.endDay >= first;
    })
    .sort((a, b) => {
      const left = parsePartialDate(a.date);
      const right = parsePartialDate(b.date);
      return left.startDay - right.startDay || right.endDay - left.endDay;
    });
}

/** An event with its dates parsed once, ahead of any query. */
export interface ParsedEvent {
  readonly startDay: number;
  readonly endDay: number;
  readonly event: TimelineEvent;
}

export function parseEvents(list: readonly TimelineEvent[]): ParsedEvent[] {
  return list.map((event) => {
    const interval: PartialDateInterval = parsePartialDate(event.date);
    return { startDay: interval.startDay, endDay: interval.endDay, event };
  });
}

/** The built-in way with dates parsed ahead: `Array.prototype.filter`, then `sort`, then `map`. */
export function filterSortBetween(parsed: readonly ParsedEvent[], first: number, last: number): TimelineEvent[] {
  return parsed
    .filter((entry) => entry.startDay <= last && entry.endDay >= first)
    .sort((a, b) => a.startDay - b.startDay || b.endDay - a.endDay)
    .map((entry) => entry.event);
}

// ---------------------------------------------------------------------------------------------
// Percentages
// ---------------------------------------------------------------------------------------------

/** Each share rounded on its own (`Math.round`), the remainder as a last row: may not sum to 100. */
export function naivePercentages(total: number, counts: readonly number[], decimals: number): number[] {
  const scale = 10 ** decimals;
  const covered = counts.reduce((sum, count) => sum + count, 0);
  const rows = covered < total ? [...counts, total - covered] : counts;
  return rows.map((count) => Math.round((count / total) * 100 * scale) / scale);
}
