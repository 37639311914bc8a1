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
  // Helpers whose floor is data. The name and code lookups read jurisdictions only; the timeline
  // reads events, and jurisdictions and activations (for its place filter and merged activations).
  check("getJurisdiction", "{ getJurisdiction }", "17.7 kB"), // measured 16,070 B
  check("eventsBetween", "{ eventsBetween }", "35 kB"), // measured 31,740 B
  // The panel reads jurisdictions and activations, not events.
  check("activationPanel", "{ activationPanel }", "24.1 kB"), // measured 21,890 B
  // Each dataset alone; jurisdictions and activations in their compact layout.
  check("events", "{ events }", "10.7 kB"), // measured 9,692 B
  check("sources", "{ sources }", "11.1 kB"), // measured 10,050 B
  check("statistics", "{ statistics }", "3.46 kB"), // measured 3,137 B
  check("offenseLevels", "{ offenseLevels }", "945 B"), // measured 856 B
  check("jurisdictions", "{ jurisdictions }", "16.4 kB"), // measured 14,890 B
  check("activations", "{ activations }", "3.73 kB"), // measured 3,390 B
  // Everything.
  check("everything (import * as all)", "*", "54 kB"), // measured 49,010 B
] satisfies SizeLimitConfig;
