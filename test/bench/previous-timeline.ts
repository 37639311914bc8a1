/**
 * The first design of `createTimeline(...).between` (commit ca54d3d), kept so that every run of
 * the benchmarks measures the redesign against it: events sorted once by first day, and a query
 * that binary-searches for the first event starting `longest` days before the range (`longest`
 * being the longest interval of any event) and walks from there. One event dated by its year
 * makes every query walk a year of events before the range.
 *
 * Only the `overlaps` query without filters is kept; it returns what `Timeline.between(from, to)`
 * returns.
 */
import type { TimelineEvent } from "../../src/generated/types.js";
import { parsePartialDate } from "../../src/partial-date.js";

interface Entry {
  readonly startDay: number;
  readonly endDay: number;
  readonly event: TimelineEvent;
}

export function previousTimeline(timelineEvents: readonly TimelineEvent[]): (from: string, to: string) => TimelineEvent[] {
  const entries: Entry[] = timelineEvents.map((event) => {
    const interval = parsePartialDate(event.date);
    return { startDay: interval.startDay, endDay: interval.endDay, event };
  });
  entries.sort((a, b) => a.startDay - b.startDay || b.endDay - a.endDay);
  const starts = Float64Array.from(entries, (entry) => entry.startDay);
  let longest = 0;
  for (const entry of entries) longest = Math.max(longest, entry.endDay - entry.startDay);

  const firstStartingFrom = (day: number) => {
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((starts[middle] as number) < day) low = middle + 1;
      else high = middle;
    }
    return low;
  };

  return (from, to) => {
    const first = parsePartialDate(from).startDay;
    const last = parsePartialDate(to).endDay;
    const result: TimelineEvent[] = [];
    for (let index = firstStartingFrom(first - longest); index < entries.length; index += 1) {
      const entry = entries[index] as Entry;
      if (entry.startDay > last) break;
      if (entry.endDay >= first) result.push(entry.event);
    }
    return result;
  };
}
