/**
 * Timeline queries: the events between two dates, filtered by kind, jurisdiction, actor or
 * source, answered by binary search over events sorted once.
 *
 * @module
 */

import { activations } from "./generated/activations.js";
import { coreJurisdictions as jurisdictions } from "./generated/core-jurisdictions.js";
import { events } from "./generated/events.js";
import type {
  CountyId,
  EventCategory,
  EventKind,
  Jurisdiction,
  JurisdictionId,
  SourceId,
  StateId,
  TimelineEvent,
} from "./generated/types.js";
import { eventCategories, eventKinds } from "./generated/values.js";
import { writeTextDays } from "./internal/calendar.js";
import { expectedMessage, filterList, isReadable, optionsObject } from "./internal/errors.js";
import { deepFreeze } from "./internal/freeze.js";
import { concernsPlace, placeOfCode } from "./internal/places.js";
import { timelineOrder } from "./internal/timeline-order.js";
import { type DateInput, parsePartialDate } from "./partial-date.js";
import { getJurisdiction, resolvePlace } from "./participation.js";

/**
 * How a partial date matches the range: `overlaps` keeps an event whose interval shares at least
 * one day with the range (`2010-06` is kept for a range ending 2010-06-15); `within` keeps only
 * events that lie wholly inside it.
 *
 * @category Timeline
 */
export type MatchMode = "overlaps" | "within";

/**
 * How county activations join the timeline: not at all (`none`, the default), one event per day
 * and state (`by-state-day`: "switched on in 12 counties of Florida"), or one per county
 * (`by-county`).
 *
 * @category Timeline
 */
export type ActivationEvents = "none" | "by-state-day" | "by-county";

/**
 * Options of {@link eventsBetween} and {@link Timeline.between}.
 *
 * @category Timeline
 */
export interface EventsBetweenOptions {
  /** How partial dates match the range (default `"overlaps"`). */
  readonly mode?: MatchMode | undefined;
  /** Keep only these kinds of event (example: `["withdrawal", "suspension"]`). */
  readonly kind?: EventKind | readonly EventKind[] | undefined;
  /** Keep only these categories (example: `"decision"`). */
  readonly category?: EventCategory | readonly EventCategory[] | undefined;
  /**
   * Keep only events that concern this jurisdiction (an id, any code, or a name of one
   * jurisdiction; example: `"IL"`). An event concerns the places it is about (its
   * `jurisdictions`) and the places that contain them, whoever acted: an event about Cook County
   * concerns Illinois and the nation too. A timeline from {@link createTimeline} takes an id or a
   * code only, not a name (see there).
   */
  readonly jurisdiction?: string | undefined;
  /**
   * With `jurisdiction`: also keep the events about the places that contain it, its state and
   * the nation, but not those about other places in them (default `false`).
   */
  readonly includeSurrounding?: boolean | undefined;
  /** Keep only events whose actor contains this text, ignoring case (example: `"governor"`). */
  readonly actor?: string | undefined;
  /** Keep only events that cite this source (example: `"florida-independent-la-resolution"`). */
  readonly source?: SourceId | (string & {}) | undefined;
  /** Merge the county activations into the timeline (default `"none"`). */
  readonly activations?: ActivationEvents | undefined;
}

/**
 * A set of events sorted once, queried by binary search. {@link eventsBetween} uses one built
 * from the package's events; {@link createTimeline} builds one for any events.
 *
 * @category Timeline
 */
export interface Timeline {
  /** Number of events in the timeline. */
  readonly size: number;
  /**
   * The events between two dates, in date order. See {@link eventsBetween} for the arguments;
   * `activations` is ignored here (a timeline holds the events it was built with).
   */
  between(from?: DateInput, to?: DateInput, options?: EventsBetweenOptions): readonly TimelineEvent[];
}

const modeExpectation = 'mode as "overlaps" or "within"';

/**
 * Build a timeline from any events: sorted once (by first day, then the wider interval first,
 * then their given order), then each query is a few binary searches and a copy of the matches.
 *
 * The `jurisdiction` filter of such a timeline reads the code alone, so a timeline carries none of
 * the package's jurisdictions: it takes an id or a code as {@link getJurisdiction} does (an id, a
 * FIPS code or GEOID, a USPS or ISO 3166-2 code, in any case), not a name (resolve one first with
 * `resolveJurisdiction`). A county's or a city's state is the one of the first two digits of
 * its code, so a well-formed county FIPS code or city GEOID of a known state is taken even when no
 * county or city has it, and a county code of another era is not translated to today's. The events'
 * `jurisdictions` are read as ids. For the package's events it keeps what {@link eventsBetween}
 * keeps for the same code.
 *
 * @param timelineEvents - The events; each needs a valid partial `date`.
 * @returns A timeline to query with `between`.
 * An event without the field a filter reads (an `actor`, `citations`, `jurisdictions`) is not
 * kept by that filter.
 *
 * @throws {TypeError} When `timelineEvents` is not a list of events with a `date`.
 * @throws {RangeError} When an event's date is not a valid partial date, or the list holds more
 *   than 10,000,000 events; `between` throws one when the jurisdiction filter is a name, or a code
 *   that names no jurisdiction of a known state.
 * @example
 * ```ts
 * const timeline = createTimeline(events);
 * timeline.between("2011-05", "2011-06-07", { category: "decision" }).length; // => 6
 * timeline.between("2011", "2011", { jurisdiction: "17031", includeSurrounding: true }).length; // => 12
 * ```
 * @category Timeline
 */
export function createTimeline(timelineEvents: readonly TimelineEvent[]): Timeline {
  return buildTimeline(timelineEvents, placesByCode);
}

/** Which ids of an event's `jurisdictions` a jurisdiction filter keeps; throws when it names no jurisdiction. */
type PlaceFilter = (code: unknown, includeSurrounding: boolean) => (id: string) => boolean;

const codeExpectation = "jurisdiction as an id or code of a known jurisdiction";

/** A caller's timeline reads the code alone (src/internal/places.ts): it carries no jurisdictions. */
function placesByCode(code: unknown, includeSurrounding: boolean): (id: string) => boolean {
  if (typeof code !== "string") throw new TypeError(expectedMessage(codeExpectation, code));
  const place = code.length > 0 && code.length <= 200 ? placeOfCode(code) : undefined;
  if (place === undefined) {
    throw new RangeError(
      `${expectedMessage(codeExpectation, code)}: the filter of a timeline from createTimeline takes an id or a code, not a name (resolveJurisdiction finds a name's jurisdiction)`,
    );
  }
  return concernsPlace(place, includeSurrounding);
}

/** The events of a timeline, or of one category or kind of them: what a query reads. */
interface Run {
  /** The events in timeline order. */
  readonly events: readonly TimelineEvent[];
  /** The first and the last day of each event, in the same order. */
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly index: DayIndex;
  /** The events lasting more than a day, grouped by the bit length of their length. */
  readonly groups: readonly SpanGroup[];
  /** Room for a query's segments of the groups (group, first match, end: three per group). */
  readonly spans: Int32Array;
}

/** Events lasting more than a day whose lengths share a bit length (so differ at most twofold), in timeline order. */
interface SpanGroup {
  /** Position of each event in the run. */
  readonly ranks: Int32Array;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly index: DayIndex;
  readonly events: readonly TimelineEvent[];
  /** The longest interval in the group, in days after its first. */
  readonly longest: number;
}

/** The most events a timeline holds: its day arrays take 8 bytes an event, built before anything is checked. */
const mostEvents = 10_000_000;

function buildTimeline(timelineEvents: readonly TimelineEvent[], places: PlaceFilter): Timeline {
  if (!isReadable(timelineEvents) || !Array.isArray(timelineEvents))
    throw new TypeError(expectedMessage("a list of events", timelineEvents));
  if (timelineEvents.length > mostEvents) throw new RangeError(expectedMessage(`at most ${mostEvents} events`, timelineEvents));
  const whole = sortedRun(timelineEvents);
  // The events of one category or one kind as runs of their own, each built on the first query that asks.
  const byCategory = new Map<string, Run>();
  const byKind = new Map<string, Run>();

  return {
    size: whole.events.length,
    between(from, to, rawOptions) {
      const options = optionsObject(rawOptions, "options of between");
      const fromInterval = from === undefined ? undefined : parsePartialDate(from);
      const toInterval = to === undefined ? undefined : parsePartialDate(to);
      const first = fromInterval?.startDay ?? Number.NEGATIVE_INFINITY;
      const last = toInterval?.endDay ?? Number.POSITIVE_INFINITY;
      if (first > last) throw new RangeError(expectedMessage(`"from" on or before "to" (${toInterval?.text})`, fromInterval?.text));
      const mode = options.mode === undefined ? "overlaps" : options.mode;
      if (typeof mode !== "string") throw new TypeError(expectedMessage(modeExpectation, mode));
      if (mode !== "overlaps" && mode !== "within") throw new RangeError(expectedMessage(modeExpectation, mode));
      const filter = eventFilter(options, places);
      if (filter === undefined) return query(whole, first, last, mode, undefined);
      // A filter on one category or one kind reads the run of those events; the rest of the
      // filter, if there is more, runs on it.
      const { category, kind } = filter;
      const more = filter.actor !== undefined || filter.source !== undefined || filter.concerns !== undefined;
      if (category !== undefined) {
        let run = byCategory.get(category);
        if (run === undefined) {
          run = subRun(whole, (event) => event.category === category);
          byCategory.set(category, run);
        }
        return query(run, first, last, mode, more || filter.kinds !== undefined ? filter : undefined);
      }
      if (kind !== undefined) {
        let run = byKind.get(kind);
        if (run === undefined) {
          run = subRun(whole, (event) => event.kind === kind);
          byKind.set(kind, run);
        }
        return query(run, first, last, mode, more || filter.categories !== undefined ? filter : undefined);
      }
      return query(whole, first, last, mode, filter);
    },
  };
}

function sortedRun(list: readonly TimelineEvent[]): Run {
  const count = list.length;
  const firstDays = new Int32Array(count);
  const lastDays = new Int32Array(count);
  let lowest = Number.POSITIVE_INFINITY;
  let highest = Number.NEGATIVE_INFINITY;
  let longest = 0;
  // A plain loop, not map: a sparse array's holes are visited and reported like any other non-event.
  for (let index = 0; index < count; index += 1) {
    const event: unknown = list[index];
    if (!isReadable(event) || typeof (event as { date?: unknown }).date !== "string") {
      throw new TypeError(expectedMessage(`an event with a date at index ${index}`, event));
    }
    const { date } = event as TimelineEvent;
    // The days straight into the arrays; an invalid date gets the parser's own error.
    if (!writeTextDays(date, firstDays, lastDays, index)) parsePartialDate(date);
    const startDay = firstDays[index] as number;
    const endDay = lastDays[index] as number;
    if (startDay < lowest) lowest = startDay;
    if (startDay > highest) highest = startDay;
    if (endDay - startDay > longest) longest = endDay - startDay;
  }
  const order = timelineOrder(firstDays, lastDays, lowest, highest, longest);
  // Pushed, not written into `new Array(count)`: a packed array copies out faster than a holey one.
  const events: TimelineEvent[] = [];
  const starts = new Int32Array(count);
  const ends = new Int32Array(count);
  for (let rank = 0; rank < count; rank += 1) {
    const index = order[rank] as number;
    events.push(list[index] as TimelineEvent);
    starts[rank] = firstDays[index] as number;
    ends[rank] = lastDays[index] as number;
  }
  return runOf(events, starts, ends);
}

/** The events of a run that pass `test`, as a run of their own (already in order). */
function subRun(run: Run, test: (event: TimelineEvent) => boolean): Run {
  const events: TimelineEvent[] = [];
  const picked: number[] = [];
  for (let rank = 0; rank < run.events.length; rank += 1) {
    const event = run.events[rank] as TimelineEvent;
    if (test(event)) {
      events.push(event);
      picked.push(rank);
    }
  }
  const starts = Int32Array.from(picked, (rank) => run.starts[rank] as number);
  const ends = Int32Array.from(picked, (rank) => run.ends[rank] as number);
  return runOf(events, starts, ends);
}

function runOf(events: readonly TimelineEvent[], starts: Int32Array, ends: Int32Array): Run {
  const groups = spanGroups(events, starts, ends);
  return { events, starts, ends, index: dayIndex(starts), groups, spans: new Int32Array(groups.length * 3) };
}

function spanGroups(events: readonly TimelineEvent[], starts: Int32Array, ends: Int32Array): readonly SpanGroup[] {
  const byLength = new Map<number, number[]>();
  for (let rank = 0; rank < starts.length; rank += 1) {
    const span = (ends[rank] as number) - (starts[rank] as number);
    if (span === 0) continue;
    const key = 32 - Math.clz32(span);
    const ranks = byLength.get(key);
    if (ranks === undefined) byLength.set(key, [rank]);
    else ranks.push(rank);
  }
  // The longest events first: see withReachingIn.
  return [...byLength.entries()]
    .sort(([a], [b]) => b - a)
    .map(([, ranks]) => {
      let longest = 0;
      for (const rank of ranks) longest = Math.max(longest, (ends[rank] as number) - (starts[rank] as number));
      const groupStarts = Int32Array.from(ranks, (rank) => starts[rank] as number);
      return {
        ranks: Int32Array.from(ranks),
        starts: groupStarts,
        ends: Int32Array.from(ranks, (rank) => ends[rank] as number),
        index: dayIndex(groupStarts),
        events: ranks.map((rank) => events[rank] as TimelineEvent),
        longest,
      };
    });
}

/**
 * Where to look up a day in sorted first days: the days from the first are cut into buckets of
 * `size` days (a power of two, so there are at most as many buckets as days), and `table[bucket]`
 * is the position of the first event starting on or after the bucket's first day. A lookup is
 * then a binary search within one bucket.
 */
interface DayIndex {
  readonly base: number;
  readonly size: number;
  readonly table: Int32Array;
}

function dayIndex(starts: Int32Array): DayIndex {
  const count = starts.length;
  if (count === 0) return { base: 0, size: 1, table: new Int32Array(1) };
  const base = starts[0] as number;
  const span = (starts[count - 1] as number) - base + 1;
  let size = 1;
  while (span / size > count) size *= 2;
  const buckets = Math.ceil(span / size);
  const table = new Int32Array(buckets + 1);
  let position = 0;
  for (let bucket = 0; bucket <= buckets; bucket += 1) {
    const day = base + bucket * size;
    while (position < count && (starts[position] as number) < day) position += 1;
    table[bucket] = position;
  }
  return { base, size, table };
}

/** Position of the first of the sorted `starts` that is at least `day` (`starts.length` when none is). */
function atLeast(starts: Int32Array, index: DayIndex, day: number): number {
  const offset = day - index.base;
  if (!(offset > 0)) return 0;
  const bucket = Math.floor(offset / index.size);
  const { table } = index;
  if (bucket >= table.length - 1) return starts.length;
  return firstAtLeast(starts, day, table[bucket] as number, table[bucket + 1] as number);
}

/** Index of the first of the sorted `values` (from `low`, before `high`) that is at least `day`. */
function firstAtLeast(values: Int32Array, day: number, low: number, high: number): number {
  let start = low;
  let end = high;
  while (start < end) {
    const middle = (start + end) >>> 1;
    if ((values[middle] as number) < day) start = middle + 1;
    else end = middle;
  }
  return start;
}

/** The events of a run from day `first` to day `last` (both included) that `filter` keeps. */
function query(run: Run, first: number, last: number, mode: MatchMode, filter: EventFilter | undefined): TimelineEvent[] {
  const { events, starts, ends } = run;
  // Events starting inside the range are one run of the timeline; with `overlaps`, the events
  // that start before it and reach into it come first, from the span groups.
  const begin = atLeast(starts, run.index, first);
  const stop = atLeast(starts, run.index, last + 1);
  if (mode === "within") {
    const result: TimelineEvent[] = [];
    for (let index = begin; index < stop; index += 1) {
      const event = events[index] as TimelineEvent;
      if ((ends[index] as number) <= last && (filter === undefined || passes(filter, event))) result.push(event);
    }
    return result;
  }
  if (filter === undefined) return begin === 0 ? events.slice(begin, stop) : withReachingIn(run, first, begin, stop);
  const before = begin === 0 ? undefined : ranksReachingInto(run.groups, first);
  const result: TimelineEvent[] = [];
  if (before !== undefined) {
    for (let index = 0; index < before.length; index += 1) {
      const event = events[before[index] as number] as TimelineEvent;
      if (passes(filter, event)) result.push(event);
    }
  }
  for (let index = begin; index < stop; index += 1) {
    const event = events[index] as TimelineEvent;
    if (passes(filter, event)) result.push(event);
  }
  return result;
}

/**
 * The events from `begin` to `stop` (those starting in the range), after the events that start
 * before `day` and reach into it, in timeline order. One copy of the right length, whose slots
 * before `begin` are then overwritten by the events that reach into the range (there are never
 * more of them than events before `begin`), read from the span groups.
 */
function withReachingIn(run: Run, day: number, begin: number, stop: number): TimelineEvent[] {
  const { groups, events, spans } = run;
  // First the candidates of each group and how many of them reach into the range.
  let total = 0;
  let contributing = 0;
  // The groups go from the longest events to the shortest, and the longer ones reaching into a
  // day usually start before the shorter ones (a year before the months that start within it):
  // then the groups' matches follow one another. Should they interleave, they are sorted by rank.
  let ordered = true;
  let lastRank = -1;
  for (let at = 0; at < groups.length; at += 1) {
    const group = groups[at] as SpanGroup;
    const end = atLeast(group.starts, group.index, day);
    const low = atLeast(group.starts, group.index, day - group.longest);
    let count = 0;
    let firstMatch = -1;
    for (let index = low; index < end; index += 1) {
      if ((group.ends[index] as number) < day) continue;
      if (firstMatch < 0) firstMatch = index;
      count += 1;
    }
    if (count === 0) continue;
    if ((group.ranks[firstMatch] as number) < lastRank) ordered = false;
    lastRank = group.ranks[end - 1] as number;
    spans[contributing * 3] = at;
    spans[contributing * 3 + 1] = firstMatch;
    spans[contributing * 3 + 2] = end;
    contributing += 1;
    total += count;
  }
  if (total === 0) return run.events.slice(begin, stop);
  if (!ordered) {
    const result = events.slice(begin - total, stop);
    const ranks = ranksReachingInto(groups, day);
    for (let index = 0; index < ranks.length; index += 1) result[index] = events[ranks[index] as number] as TimelineEvent;
    return result;
  }
  const result = events.slice(begin - total, stop);
  let written = 0;
  for (let segment = 0; segment < contributing; segment += 1) {
    const group = groups[spans[segment * 3] as number] as SpanGroup;
    const end = spans[segment * 3 + 2] as number;
    for (let index = spans[segment * 3 + 1] as number; index < end; index += 1) {
      if ((group.ends[index] as number) >= day) {
        result[written] = group.events[index] as TimelineEvent;
        written += 1;
      }
    }
  }
  return result;
}

/**
 * The ranks of the events that start before `day` and end on or after it, in timeline order. In
 * a group whose lengths differ at most twofold, at least the later half of the candidates it walks
 * match.
 */
function ranksReachingInto(groups: readonly SpanGroup[], day: number): ArrayLike<number> {
  let ranks: number[] | undefined;
  let ordered = true;
  for (let at = 0; at < groups.length; at += 1) {
    const group = groups[at] as SpanGroup;
    const end = atLeast(group.starts, group.index, day);
    const begin = atLeast(group.starts, group.index, day - group.longest);
    let found = false;
    for (let index = begin; index < end; index += 1) {
      if ((group.ends[index] as number) < day) continue;
      const rank = group.ranks[index] as number;
      if (ranks === undefined) ranks = [];
      // A group's ranks rise; the groups' runs are in order when each starts after the last.
      else if (!found && ranks.length > 0 && (ranks[ranks.length - 1] as number) > rank) ordered = false;
      ranks.push(rank);
      found = true;
    }
  }
  if (ranks === undefined) return [];
  // The groups' events usually follow one another (a year starts before the months that start
  // within it); should they interleave, the ranks are sorted.
  return ordered ? ranks : Int32Array.from(ranks).sort();
}

/**
 * What a query keeps, checked and read once per query. Plain data and one function that reads it
 * (no closure made per query), with the one category or kind it asks for, if so.
 */
interface EventFilter {
  readonly kinds: readonly EventKind[] | undefined;
  readonly categories: readonly EventCategory[] | undefined;
  readonly actor: string | undefined;
  readonly source: string | undefined;
  readonly concerns: ((id: string) => boolean) | undefined;
  /** The one category asked for (a string or a list of one), if so. */
  readonly category: EventCategory | undefined;
  /** The one kind asked for (a string or a list of one), if so. */
  readonly kind: EventKind | undefined;
}

function passes(filter: EventFilter, event: TimelineEvent): boolean {
  const { kinds, categories, actor, source, concerns } = filter;
  return (
    (kinds === undefined || kinds.includes(event.kind)) &&
    (categories === undefined || categories.includes(event.category)) &&
    (actor === undefined || (typeof event.actor === "string" && event.actor.toLowerCase().includes(actor))) &&
    (source === undefined || citesSource(event.citations, source)) &&
    (concerns === undefined || (Array.isArray(event.jurisdictions) && event.jurisdictions.some(concerns)))
  );
}

/** Whether an event's citations (as a caller's event may have them, or not) cite a source. */
function citesSource(citations: unknown, source: string): boolean {
  if (!Array.isArray(citations)) return false;
  for (const citation of citations as readonly unknown[]) {
    if (isReadable(citation) && (citation as { source?: unknown }).source === source) return true;
  }
  return false;
}

const kindExpectations = ["kind as a string or a list of strings", `kind as one of ${eventKinds.join(", ")}`] as const;
const categoryExpectations = ["category as a string or a list of strings", `category as one of ${eventCategories.join(", ")}`] as const;

function eventFilter(options: EventsBetweenOptions, placeFilter: PlaceFilter): EventFilter | undefined {
  const kinds = filterList(options.kind, eventKinds, ...kindExpectations);
  const categories = filterList(options.category, eventCategories, ...categoryExpectations);
  if (options.actor !== undefined && typeof options.actor !== "string")
    throw new TypeError(expectedMessage("actor as a string", options.actor));
  if (options.actor !== undefined && options.actor.trim() === "")
    throw new RangeError(expectedMessage("actor as a non-empty string", options.actor));
  if (options.source !== undefined && typeof options.source !== "string")
    throw new TypeError(expectedMessage("source as a source id", options.source));
  if (options.source === "") throw new RangeError(expectedMessage("source as a source id", options.source));
  const surrounding = options.includeSurrounding;
  if (surrounding !== undefined && typeof surrounding !== "boolean")
    throw new TypeError(expectedMessage("includeSurrounding as a boolean", surrounding));
  const actor = options.actor?.toLowerCase();
  const source = options.source;
  const concerns = options.jurisdiction === undefined ? undefined : placeFilter(options.jurisdiction, surrounding === true);
  if (kinds === undefined && categories === undefined && actor === undefined && source === undefined && concerns === undefined) {
    return undefined;
  }
  return {
    kinds,
    categories,
    actor,
    source,
    concerns,
    category: categories?.length === 1 ? categories[0] : undefined,
    kind: kinds?.length === 1 ? kinds[0] : undefined,
  };
}

/**
 * Which places' events a jurisdiction filter of the package's timeline keeps. An event belongs
 * to the places it is about and to every place that contains one of them, whoever acted: so a
 * place keeps the events about itself and about the places inside it; with its surroundings,
 * also those about the places that contain it (its state, the nation), but not those about their
 * other places.
 */
function placesAround(code: unknown, includeSurrounding: boolean): (id: string) => boolean {
  const expectation = "jurisdiction as an id, code or name of a known jurisdiction";
  if (typeof code !== "string") throw new TypeError(expectedMessage(expectation, code));
  const place = resolvePlace(code);
  if (place === undefined) throw new RangeError(expectedMessage(expectation, code));
  const surroundings = new Set<string>();
  if (includeSurrounding) for (const id of containersOf(place.id)) surroundings.add(id);
  const inside = new Map<string, boolean>();
  return (id) => {
    if (id === place.id || surroundings.has(id)) return true;
    let known = inside.get(id);
    if (known === undefined) {
      known = containersOf(id).includes(place.id);
      inside.set(id, known);
    }
    return known;
  };
}

/** The places that contain a jurisdiction: its county (for a city), its state, the nation. */
function containersOf(id: unknown): string[] {
  const found: string[] = [];
  let current = typeof id === "string" && id.length > 0 && id.length <= 200 ? getJurisdiction(id) : undefined;
  if (current?.kind === "city" && current.county !== undefined) found.push(current.county);
  while (current?.parent !== undefined && !found.includes(current.parent)) {
    found.push(current.parent);
    current = getJurisdiction(current.parent);
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// The package's own timelines, built once per way of merging activations
// ---------------------------------------------------------------------------------------------

const timelines = new Map<ActivationEvents, Timeline>();

function activationCitations(): TimelineEvent["citations"] {
  return activations[0]?.citations ?? [];
}

/** One synthetic event per county activation. */
function eventsByCounty(): TimelineEvent[] {
  const byId = new Map<string, Jurisdiction>(jurisdictions.map((jurisdiction) => [jurisdiction.id, jurisdiction]));
  return activations.map((activation): TimelineEvent => {
    const county = byId.get(activation.county) as Jurisdiction;
    const state = byId.get(county.parent as string) as Jurisdiction;
    return {
      id: `activation-${activation.county as CountyId}`,
      date: activation.date,
      category: "program",
      kind: "activation",
      title: `Secure Communities switched on in ${county.fullName}, ${state.name}`,
      summary: `Fingerprints taken at booking in ${county.fullName}, ${state.name}, began to be checked against DHS immigration records.`,
      actor: "U.S. Immigration and Customs Enforcement",
      jurisdictions: [activation.county, state.id as JurisdictionId],
      citations: activation.citations,
    };
  });
}

/** One synthetic event per day and state on which counties were switched on. */
function eventsByStateDay(): TimelineEvent[] {
  const byId = new Map<string, Jurisdiction>(jurisdictions.map((jurisdiction) => [jurisdiction.id, jurisdiction]));
  const groups = new Map<string, { date: string; state: Jurisdiction; counties: JurisdictionId[] }>();
  for (const activation of activations) {
    const state = byId.get(byId.get(activation.county)?.parent as string) as Jurisdiction;
    const key = `${activation.date} ${state.id}`;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, { date: activation.date, state, counties: [activation.county] });
    else group.counties.push(activation.county);
  }
  return [...groups.values()].map(({ date, state, counties }): TimelineEvent => {
    const count = counties.length === 1 ? "1 county" : `${counties.length} counties`;
    return {
      id: `activations-${state.id as StateId}-${date}`,
      date,
      category: "program",
      kind: "activation",
      title: `Secure Communities switched on in ${count} of ${state.name}`,
      summary: `On this day ${count} of ${state.name} began to have fingerprints taken at booking checked against DHS immigration records.`,
      actor: "U.S. Immigration and Customs Enforcement",
      jurisdictions: [state.id as JurisdictionId, ...counties],
      citations: activationCitations(),
    };
  });
}

function packageTimeline(mode: ActivationEvents): Timeline {
  let timeline = timelines.get(mode);
  if (timeline === undefined) {
    const extra = mode === "by-county" ? eventsByCounty() : mode === "by-state-day" ? eventsByStateDay() : [];
    // Activations go after the sourced events of the same day: sorting is stable.
    timeline = buildTimeline([...events, ...deepFreeze(extra)], placesAround);
    timelines.set(mode, timeline);
  }
  return timeline;
}

/**
 * The package's events between two dates, in date order.
 *
 * Both ends are included; either may be left out (`undefined`) for an open range. A partial date
 * is an interval: with `mode: "overlaps"` (the default) an event is kept when its interval shares
 * a day with the range, with `mode: "within"` only when it lies wholly inside.
 *
 * Order: by first day; on the same first day the wider interval first (`2011` before `2011-06`
 * before `2011-06-01`); then the published order of `events`, with merged activations after the
 * sourced events of their day.
 *
 * @param from - First day of the range (its first day, for a month or year); `undefined` for no lower bound.
 * @param to - Last day of the range (its last day, for a month or year); `undefined` for no upper bound.
 * @param options - Filters, the match mode and whether to merge county activations.
 * @returns The matching events; `[]` when none match.
 * @throws {TypeError} When a date is neither a string nor a Date, or a filter has the wrong type.
 * @throws {RangeError} When a date is invalid, `from` is after `to`, the mode is unknown, or the
 *   jurisdiction filter names no known jurisdiction.
 * @example
 * ```ts
 * // What happened between the Illinois withdrawal and the MOA termination?
 * eventsBetween("2011-05-04", "2011-08-05").map((event) => `${event.date} ${event.id}`);
 * // => ["2011-05-04 il-governor-withdraws", ..., "2011-08-05 moa-termination"]
 *
 * eventsBetween("2010", "2010", { jurisdiction: "us-dc", kind: "withdrawal" })[0]?.date; // => "2010"
 * ```
 * @category Timeline
 */
export function eventsBetween(from?: DateInput, to?: DateInput, options: EventsBetweenOptions = {}): readonly TimelineEvent[] {
  const { activations: mode = "none" } = optionsObject(options, "options of eventsBetween");
  const activationsExpectation = 'activations as "none", "by-state-day" or "by-county"';
  if (typeof mode !== "string") throw new TypeError(expectedMessage(activationsExpectation, mode));
  if (mode !== "none" && mode !== "by-state-day" && mode !== "by-county")
    throw new RangeError(expectedMessage(activationsExpectation, mode));
  return packageTimeline(mode).between(from, to, options);
}
