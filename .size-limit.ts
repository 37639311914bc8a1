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
  check("categoryPercentages", "{ categoryPercentages }", "1.78 kB"), // measured 1,613 B
  check("parsePartialDate", "{ parsePartialDate }", "1.42 kB"), // measured 1,285 B
  // Helpers whose floor is data. As built today both pay for jurisdictions, activations and events:
  // getJurisdiction shares its index with participationStatus (which needs all three), and the
  // timeline module imports all three (activations as events, places for its filters).
  check("getJurisdiction", "{ getJurisdiction }", "80.9 kB"), // measured 73,470 B
  check("eventsBetween", "{ eventsBetween }", "83.3 kB"), // measured 75,639 B
  // Each dataset alone.
  check("events", "{ events }", "10.7 kB"), // measured 9,692 B
  check("sources", "{ sources }", "11.1 kB"), // measured 10,050 B
  check("statistics", "{ statistics }", "3.46 kB"), // measured 3,137 B
  check("offenseLevels", "{ offenseLevels }", "945 B"), // measured 856 B
  check("jurisdictions", "{ jurisdictions }", "53.3 kB"), // measured 48,449 B
  check("activations", "{ activations }", "12.6 kB"), // measured 11,451 B
  // Everything.
  check("everything (import * as all)", "*", "101.3 kB"), // measured 92,069 B
] satisfies SizeLimitConfig;
