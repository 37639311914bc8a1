/**
 * Timing for ratio benchmarks: a fast function and its baseline are run in alternating rounds,
 * and the reported figure is the median of the per-round ratios. Pairing the two sides round by
 * round cancels most of the drift of a shared machine (another process taking a core for a few
 * hundred milliseconds slows both sides of that round alike).
 *
 * Batches are timed by the CPU time of this process (`process.cpuUsage`, user + system, in
 * microseconds), not by the wall clock: on a shared machine the wall clock also counts the time
 * the process waited for a core, which has nothing to do with the code measured. CPU time still
 * counts the work of V8's helper threads (concurrent GC marking), which is part of the cost of an
 * allocating workload.
 */

/** One side of a comparison: `run` does the whole workload once and returns its result. */
export interface Side {
  readonly name: string;
  readonly run: () => unknown;
}

/** How long and how often to measure. */
export interface TimingOptions {
  /** Time spent running each side before measuring, in milliseconds. */
  readonly warmupMs: number;
  /** Each timed batch repeats the workload until it lasts at least this long, in milliseconds. */
  readonly minBatchMs: number;
  /** Rounds to measure (each round times one batch of each side). */
  readonly rounds: number;
  /** Stop after this many milliseconds even when fewer rounds ran (at least 3 rounds always run). */
  readonly maxMs: number;
}

/** What a comparison measured. Times are per run of the workload, in milliseconds. */
export interface Timing {
  readonly fastMs: number;
  readonly baselineMs: number;
  /** Median over rounds of baseline time / fast time: above 1 means the fast side is faster. */
  readonly speedup: number;
  /** First and third quartile of the per-round speedups. */
  readonly speedupQuartiles: readonly [number, number];
  readonly rounds: number;
  /** Workload runs in one timed batch, for the fast side and the baseline. */
  readonly batch: readonly [number, number];
}

/** Keeps results reachable so the optimiser cannot drop the work that produced them. */
export let sink: unknown;

export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  const low = sorted[below] as number;
  const high = sorted[above] as number;
  return low + (high - low) * (position - below);
}

/** CPU time of this process so far, in milliseconds. */
export function cpuNow(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function timeBatch(run: () => unknown, count: number): number {
  const start = cpuNow();
  for (let index = 0; index < count; index += 1) sink = run();
  return (cpuNow() - start) / count;
}

function warm(run: () => unknown, milliseconds: number): number {
  const start = cpuNow();
  let runs = 0;
  do {
    sink = run();
    runs += 1;
  } while (cpuNow() - start < milliseconds);
  return (cpuNow() - start) / runs;
}

function batchSize(perRunMs: number, minBatchMs: number): number {
  return Math.max(1, Math.ceil(minBatchMs / Math.max(perRunMs, 1e-6)));
}

/** Measure a fast side against a baseline. */
export function compareSides(fast: Side, baseline: Side, options: TimingOptions): Timing {
  const fastEstimate = warm(fast.run, options.warmupMs);
  const baselineEstimate = warm(baseline.run, options.warmupMs);
  // A second, shorter estimate once both are warm: the first one includes compilation.
  const fastBatch = batchSize(
    Math.min(fastEstimate, timeBatch(fast.run, batchSize(fastEstimate, options.minBatchMs / 4))),
    options.minBatchMs,
  );
  const baselineBatch = batchSize(
    Math.min(baselineEstimate, timeBatch(baseline.run, batchSize(baselineEstimate, options.minBatchMs / 4))),
    options.minBatchMs,
  );
  const fastTimes: number[] = [];
  const baselineTimes: number[] = [];
  const speedups: number[] = [];
  const start = cpuNow();
  for (let round = 0; round < options.rounds; round += 1) {
    if (round >= 3 && cpuNow() - start > options.maxMs) break;
    let fastTime: number;
    let baselineTime: number;
    if (round % 2 === 0) {
      fastTime = timeBatch(fast.run, fastBatch);
      baselineTime = timeBatch(baseline.run, baselineBatch);
    } else {
      baselineTime = timeBatch(baseline.run, baselineBatch);
      fastTime = timeBatch(fast.run, fastBatch);
    }
    fastTimes.push(fastTime);
    baselineTimes.push(baselineTime);
    speedups.push(baselineTime / fastTime);
  }
  return {
    fastMs: median(fastTimes),
    baselineMs: median(baselineTimes),
    speedup: median(speedups),
    speedupQuartiles: [quantile(speedups, 0.25), quantile(speedups, 0.75)],
    rounds: speedups.length,
    batch: [fastBatch, baselineBatch],
  };
}

/** Time one function alone (median per run, in milliseconds). */
export function timeAlone(run: () => unknown, options: TimingOptions): number {
  const estimate = warm(run, options.warmupMs);
  const batch = batchSize(estimate, options.minBatchMs);
  const times: number[] = [];
  const start = cpuNow();
  for (let round = 0; round < options.rounds; round += 1) {
    if (round >= 3 && cpuNow() - start > options.maxMs) break;
    times.push(timeBatch(run, batch));
  }
  return median(times);
}

/** A duration in the unit that reads best. */
export function formatDuration(milliseconds: number): string {
  if (!Number.isFinite(milliseconds)) return "n/a";
  if (milliseconds >= 1000) return `${(milliseconds / 1000).toFixed(2)} s`;
  if (milliseconds >= 1) return `${milliseconds.toFixed(milliseconds >= 100 ? 0 : 2)} ms`;
  if (milliseconds >= 0.001) return `${(milliseconds * 1000).toFixed(milliseconds >= 0.1 ? 0 : 2)} µs`;
  return `${(milliseconds * 1e6).toFixed(0)} ns`;
}

/** A ratio with as many digits as it deserves. */
export function formatRatio(value: number): string {
  if (!Number.isFinite(value)) return "n/a";
  if (value >= 100) return value.toFixed(0);
  if (value >= 10) return value.toFixed(1);
  return value.toFixed(2);
}
