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
import { expectedMessage, optionsObject } from "./internal/errors.js";
import { deepFreeze } from "./internal/freeze.js";
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
  readonly mode?: MatchMode;
  /** Keep only these kinds of event (example: `["withdrawal", "suspension"]`). */
  readonly kind?: EventKind | readonly EventKind[];
  /** Keep only these categories (example: `"decision"`). */
  readonly category?: EventCategory | readonly EventCategory[];
  /**
   * Keep only events that concern this jurisdiction (an id, any code, or a name of one
   * jurisdiction; example: `"IL"`). An event concerns the places it is about (its
   * `jurisdictions`) and the places that contain them, whoever acted: an event about Cook County
   * concerns Illinois and the nation too.
   */
  readonly jurisdiction?: string;
  /**
   * With `jurisdiction`: also keep the events about the places that contain it, its state and
   * the nation, but not those about other places in them (default `false`).
   */
  readonly includeSurrounding?: boolean;
  /** Keep only events whose actor contains this text, ignoring case (example: `"governor"`). */
  readonly actor?: string;
  /** Keep only events that cite this source (example: `"florida-independent-la-resolution"`). */
  readonly source?: SourceId | (string & {});
  /** Merge the county activations into the timeline (default `"none"`). */
  readonly activations?: ActivationEvents;
}

interface Entry {
  readonly startDay: number;
  readonly endDay: number;
  readonly event: TimelineEvent;
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

function asList<T extends string>(value: T | readonly T[] | undefined, name: string): readonly T[] | undefined {
  if (value === undefined) return undefined;
  if (typeof value === "string") return [value];
  if (Array.isArray(value) && value.every((item) => typeof item === "string")) return value as unknown as readonly T[];
  throw new TypeError(expectedMessage(`${name} as a string or a list of strings`, value));
}

/**
 * Build a timeline from any events: sorted once (by first day, then the wider interval first,
 * then their given order), then each query is a few binary searches and a copy of the matches.
 *
 * @param timelineEvents - The events; each needs a valid partial `date`.
 * @returns A timeline to query with `between`.
 * @throws {RangeError} When an event's date is not a valid partial date.
 * @example
 * ```ts
 * const timeline = createTimeline(events);
 * timeline.between("2011-05", "2011-06-07", { category: "decision" }).length; // => 4
 * ```
 * @category Timeline
 */
export function createTimeline(timelineEvents: readonly TimelineEvent[]): Timeline {
  if (!Array.isArray(timelineEvents)) throw new TypeError(expectedMessage("a list of events", timelineEvents));
  const entries: Entry[] = [];
  // A plain loop, not map: a sparse array's holes are visited and reported like any other non-event.
  for (let index = 0; index < timelineEvents.length; index += 1) {
    const event: unknown = timelineEvents[index];
    if (typeof event !== "object" || event === null || typeof (event as { date?: unknown }).date !== "string") {
      throw new TypeError(expectedMessage(`an event with a date at index ${index}`, event));
    }
    const interval = parsePartialDate((event as TimelineEvent).date);
    entries.push({ startDay: interval.startDay, endDay: interval.endDay, event: event as TimelineEvent });
  }
  // Array.prototype.sort is stable, so equal dates keep their given order.
  entries.sort((a, b) => a.startDay - b.startDay || b.endDay - a.endDay);
  // Parallel arrays in timeline order: a query reads them in sequence and copies a run of `sorted`.
  const sorted = entries.map((entry) => entry.event);
  const starts = Float64Array.from(entries, (entry) => entry.startDay);
  const ends = Float64Array.from(entries, (entry) => entry.endDay);
  const spans = spanGroups(starts, ends, sorted);

  return {
    size: entries.length,
    between(from, to, rawOptions) {
      const options = optionsObject(rawOptions, "options of between");
      const fromInterval = from === undefined ? undefined : parsePartialDate(from);
      const toInterval = to === undefined ? undefined : parsePartialDate(to);
      const first = fromInterval?.startDay ?? Number.NEGATIVE_INFINITY;
      const last = toInterval?.endDay ?? Number.POSITIVE_INFINITY;
      if (first > last) throw new RangeError(expectedMessage(`"from" on or before "to" (${toInterval?.text})`, fromInterval?.text));
      const mode = options.mode ?? "overlaps";
      if (typeof mode !== "string") throw new TypeError(expectedMessage(modeExpectation, mode));
      if (mode !== "overlaps" && mode !== "within") throw new RangeError(expectedMessage(modeExpectation, mode));
      const keep = eventFilter(options);
      // Events starting inside the range are one run of the timeline; with `overlaps`, the events
      // that start before it and reach into it come first, from the span groups.
      const begin = firstAtLeast(starts, first, 0, starts.length);
      const stop = firstAtLeast(starts, last + 1, begin, starts.length);
      if (mode === "within") {
        const result: TimelineEvent[] = [];
        for (let index = begin; index < stop; index += 1) {
          const event = sorted[index] as TimelineEvent;
          if ((ends[index] as number) <= last && (keep === undefined || keep(event))) result.push(event);
        }
        return result;
      }
      const before = first === Number.NEGATIVE_INFINITY ? [] : reachingInto(spans, first);
      if (keep === undefined) return before.length === 0 ? sorted.slice(begin, stop) : before.concat(sorted.slice(begin, stop));
      const result = before.filter(keep);
      for (let index = begin; index < stop; index += 1) {
        const event = sorted[index] as TimelineEvent;
        if (keep(event)) result.push(event);
      }
      return result;
    },
  };
}

/** Index of the first of the sorted `values` (from `low`, before `high`) that is at least `day`. */
function firstAtLeast(values: Float64Array, day: number, low: number, high: number): number {
  let start = low;
  let end = high;
  while (start < end) {
    const middle = (start + end) >>> 1;
    if ((values[middle] as number) < day) start = middle + 1;
    else end = middle;
  }
  return start;
}

/** Events lasting more than a day whose lengths share a bit length (so differ at most twofold), in timeline order. */
interface SpanGroup {
  /** Position of each event in the whole timeline. */
  readonly ranks: Int32Array;
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  readonly events: readonly TimelineEvent[];
  /** The longest interval in the group, in days after its first. */
  readonly longest: number;
}

function spanGroups(starts: Float64Array, ends: Float64Array, sorted: readonly TimelineEvent[]): readonly SpanGroup[] {
  const byLength = new Map<number, number[]>();
  for (let rank = 0; rank < starts.length; rank += 1) {
    const span = (ends[rank] as number) - (starts[rank] as number);
    if (span === 0) continue;
    const key = 32 - Math.clz32(span);
    const ranks = byLength.get(key);
    if (ranks === undefined) byLength.set(key, [rank]);
    else ranks.push(rank);
  }
  return [...byLength.values()].map((ranks) => {
    let longest = 0;
    for (const rank of ranks) longest = Math.max(longest, (ends[rank] as number) - (starts[rank] as number));
    return {
      ranks: Int32Array.from(ranks),
      starts: Float64Array.from(ranks, (rank) => starts[rank] as number),
      ends: Float64Array.from(ranks, (rank) => ends[rank] as number),
      events: ranks.map((rank) => sorted[rank] as TimelineEvent),
      longest,
    };
  });
}

/** The events of one span group that reach into a day, and the first and last of their ranks. */
interface Segment {
  readonly group: SpanGroup;
  readonly begin: number;
  readonly end: number;
  readonly firstRank: number;
  readonly lastRank: number;
  readonly events: TimelineEvent[];
}

/**
 * The events that start before `day` and end on or after it, in timeline order. In a group whose
 * lengths differ at most twofold, at least the later half of the candidates it walks match.
 */
function reachingInto(groups: readonly SpanGroup[], day: number): TimelineEvent[] {
  const segments: Segment[] = [];
  for (const group of groups) {
    const end = firstAtLeast(group.starts, day, 0, group.starts.length);
    const begin = firstAtLeast(group.starts, day - group.longest, 0, end);
    const events: TimelineEvent[] = [];
    let firstRank = -1;
    let lastRank = -1;
    for (let index = begin; index < end; index += 1) {
      if ((group.ends[index] as number) < day) continue;
      lastRank = group.ranks[index] as number;
      if (firstRank < 0) firstRank = lastRank;
      events.push(group.events[index] as TimelineEvent);
    }
    if (events.length > 0) segments.push({ group, begin, end, firstRank, lastRank, events });
  }
  if (segments.length <= 1) return segments[0]?.events ?? [];
  // The groups' events usually follow one another (a year starts before the months that start
  // within it): then they are joined in order. Should they interleave, they are sorted by rank.
  segments.sort((a, b) => a.firstRank - b.firstRank);
  let result = (segments[0] as Segment).events;
  for (let index = 1; index < segments.length; index += 1) {
    const segment = segments[index] as Segment;
    if (segment.firstRank < (segments[index - 1] as Segment).lastRank) return byRank(segments, day);
    result = result.concat(segment.events);
  }
  return result;
}

function byRank(segments: readonly Segment[], day: number): TimelineEvent[] {
  const ranked: { rank: number; event: TimelineEvent }[] = [];
  for (const { group, begin, end } of segments) {
    for (let index = begin; index < end; index += 1) {
      if ((group.ends[index] as number) >= day)
        ranked.push({ rank: group.ranks[index] as number, event: group.events[index] as TimelineEvent });
    }
  }
  return ranked.sort((a, b) => a.rank - b.rank).map(({ event }) => event);
}

function eventFilter(options: EventsBetweenOptions): ((event: TimelineEvent) => boolean) | undefined {
  const kinds = asList(options.kind, "kind");
  const categories = asList(options.category, "category");
  for (const kind of kinds ?? [])
    if (!eventKinds.includes(kind)) throw new RangeError(expectedMessage(`kind as one of ${eventKinds.join(", ")}`, kind));
  for (const category of categories ?? []) {
    if (!eventCategories.includes(category))
      throw new RangeError(expectedMessage(`category as one of ${eventCategories.join(", ")}`, category));
  }
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
  const places = options.jurisdiction === undefined ? undefined : placesAround(options.jurisdiction, surrounding === true);
  if (kinds === undefined && categories === undefined && actor === undefined && options.source === undefined && places === undefined) {
    return undefined;
  }
  return (event) =>
    (kinds === undefined || kinds.includes(event.kind)) &&
    (categories === undefined || categories.includes(event.category)) &&
    (actor === undefined || event.actor.toLowerCase().includes(actor)) &&
    (options.source === undefined || event.citations.some((citation) => citation.source === options.source)) &&
    (places === undefined || event.jurisdictions.some((id) => places.concerns(id)));
}

/**
 * Which places' events a jurisdiction filter keeps. An event belongs to the places it is about
 * and to every place that contains one of them, whoever acted: so a place keeps the events about
 * itself and about the places inside it; with its surroundings, also those about the places that
 * contain it (its state, the nation), but not those about their other places.
 */
function placesAround(code: unknown, includeSurrounding: boolean): { concerns(id: string): boolean } {
  const expectation = "jurisdiction as an id, code or name of a known jurisdiction";
  if (typeof code !== "string") throw new TypeError(expectedMessage(expectation, code));
  const place = resolvePlace(code);
  if (place === undefined) throw new RangeError(expectedMessage(expectation, code));
  const surroundings = new Set<string>();
  if (includeSurrounding) for (const id of containersOf(place.id)) surroundings.add(id);
  const inside = new Map<string, boolean>();
  return {
    concerns(id) {
      if (id === place.id || surroundings.has(id)) return true;
      let known = inside.get(id);
      if (known === undefined) {
        known = containersOf(id).includes(place.id);
        inside.set(id, known);
      }
      return known;
    },
  };
}

/** The places that contain a jurisdiction: its county (for a city), its state, the nation. */
function containersOf(id: string): string[] {
  const found: string[] = [];
  let current = id.length > 0 && id.length <= 200 ? getJurisdiction(id) : undefined;
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
    timeline = createTimeline([...events, ...deepFreeze(extra)]);
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
 * eventsBetween("2010", "2010", { jurisdiction: "us-dc", kind: "withdrawal" })[0]?.date; // => "2010-07"
 * ```
 * @category Timeline
 */
export function eventsBetween(from?: DateInput, to?: DateInput, options: EventsBetweenOptions = {}): readonly TimelineEvent[] {
  const mode = optionsObject(options, "options of eventsBetween").activations ?? "none";
  if (mode !== "none" && mode !== "by-state-day" && mode !== "by-county") {
    throw new RangeError(expectedMessage('activations as "none", "by-state-day" or "by-county"', mode));
  }
  return packageTimeline(mode).between(from, to, options);
}
