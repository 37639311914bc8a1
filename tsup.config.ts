import { defineConfig } from "tsup";

/** One entry per public subpath; shared code is split into chunks so no data is bundled twice. */
export const entries: Record<string, string> = {
  index: "src/index.ts",
  "partial-date": "src/partial-date.ts",
  participation: "src/participation.ts",
  percentages: "src/percentages.ts",
  timeline: "src/timeline.ts",
  resolve: "src/resolve.ts",
  crosswalk: "src/crosswalk.ts",
  detainers: "src/detainers.ts",
  panel: "src/panel.ts",
  sources: "src/generated/sources.ts",
  jurisdictions: "src/generated/jurisdictions.ts",
  activations: "src/generated/activations.ts",
  events: "src/generated/events.ts",
  statistics: "src/generated/statistics.ts",
  "county-code-changes": "src/generated/county-code-changes.ts",
  "offense-levels": "src/generated/offense-levels.ts",
  zod: "src/zod.ts",
};

export default defineConfig([
  {
    entry: entries,
    format: ["esm", "cjs"],
    dts: true,
    splitting: true,
    treeshake: true,
    // Everything but the command line, which the second build writes, maybe first.
    clean: ["!cli.js"],
    target: "es2022",
    outDir: "dist",
  },
  // The command line, ESM only: `bin` points at dist/cli.js, and nothing imports it. src/cli.ts
  // starts with a shebang, which esbuild keeps. It shares no chunk with the library entries.
  {
    entry: { cli: "src/cli.ts" },
    format: ["esm"],
    dts: false,
    splitting: false,
    treeshake: true,
    clean: false,
    target: "es2022",
    outDir: "dist",
    // Keep `node:` on built-in imports (only the command line has any).
    removeNodeProtocol: false,
  },
]);
