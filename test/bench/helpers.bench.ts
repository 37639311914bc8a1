/**
 * The helper comparisons of the suite through `vitest bench` (tinybench), at the quick sizes:
 * `npm run bench:vitest`. vitest prints how many times faster each fast side is than its
 * baseline. tinybench times every call on its own, so for calls of a few microseconds the timer's
 * own cost flattens the ratios; the report's numbers come from `npm run bench` (test/bench/run.ts),
 * which times batches, pairs the two sides round by round and checks their results first.
 */
import { bench, describe } from "vitest";
import { comparisons, quickSizes } from "./cases.js";

for (const comparison of comparisons(quickSizes)) {
  describe(`${comparison.id}: ${comparison.title}`, () => {
    const options = { time: 100, iterations: 3, warmupIterations: 1 };
    bench(
      comparison.fast.name,
      () => {
        comparison.fast.run();
      },
      options,
    );
    bench(
      comparison.baseline.name,
      () => {
        comparison.baseline.run();
      },
      options,
    );
  });
}
