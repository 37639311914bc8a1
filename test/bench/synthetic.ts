/**
 * Seeded inputs for the benchmarks: the same seed gives the same events and counts on every
 * machine, so a ratio measured in CI and one measured on a laptop describe the same workload.
 */
import type { TimelineEvent } from "../../src/generated/types.js";
import { dayFromNumber, dayNumber } from "../../src/partial-date.js";

/** mulberry32: a small, fast 32-bit generator; returns floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

/** First and last day the synthetic events fall on: the years the package's record covers. */
export const syntheticFirstDay = dayNumber("2008-01-01");
export const syntheticLastDay = dayNumber("2021-12-31");

/**
 * `count` events shaped like the package's, with dates spread evenly over 2008-2021 and the
 * precision mix of the real events (about 82% days, 13% months, 5% years). Each is a copy of a
 * real event (taken in turn) with a new id and date; they are not frozen.
 */
export function syntheticEvents(templates: readonly TimelineEvent[], count: number, seed: number): TimelineEvent[] {
  const random = seededRandom(seed);
  const span = syntheticLastDay - syntheticFirstDay + 1;
  const result: TimelineEvent[] = [];
  for (let index = 0; index < count; index += 1) {
    const template = templates[index % templates.length] as TimelineEvent;
    const day = dayFromNumber(syntheticFirstDay + Math.floor(random() * span));
    const precision = random();
    const date = precision < 0.05 ? day.slice(0, 4) : precision < 0.175 ? day.slice(0, 7) : day;
    result.push({ ...template, id: `synthetic-${index}` as TimelineEvent["id"], date });
  }
  return result;
}

/** A total and category counts as `categoryPercentages` takes them. */
export interface SyntheticCounts {
  readonly total: number;
  readonly categories: readonly { readonly id: string; readonly count: number }[];
}

/**
 * `count` random splits: a total up to 1,000,000 and 2 to 8 categories covering all of it or,
 * one time in two, part of it.
 */
export function syntheticCounts(count: number, seed: number): SyntheticCounts[] {
  const random = seededRandom(seed);
  const result: SyntheticCounts[] = [];
  for (let index = 0; index < count; index += 1) {
    const total = 1 + Math.floor(random() * 1_000_000);
    const size = 2 + Math.floor(random() * 7);
    const covered = random() < 0.5 ? total : Math.floor(total * random());
    const cuts = Array.from({ length: size - 1 }, () => Math.floor(random() * (covered + 1))).sort((a, b) => a - b);
    const categories = [...cuts, covered].map((cut, position) => ({
      id: `category-${position}`,
      count: cut - (position === 0 ? 0 : (cuts[position - 1] as number)),
    }));
    result.push({ total, categories });
  }
  return result;
}
