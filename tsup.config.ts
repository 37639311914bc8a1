import { defineConfig } from "tsup";

/** One entry per public subpath; shared code is split into chunks so no data is bundled twice. */
export const entries: Record<string, string> = {
  index: "src/index.ts",
  "partial-date": "src/partial-date.ts",
  participation: "src/participation.ts",
  percentages: "src/percentages.ts",
  timeline: "src/timeline.ts",
  panel: "src/panel.ts",
  sources: "src/generated/sources.ts",
  jurisdictions: "src/generated/jurisdictions.ts",
  activations: "src/generated/activations.ts",
  events: "src/generated/events.ts",
  statistics: "src/generated/statistics.ts",
  "offense-levels": "src/generated/offense-levels.ts",
  zod: "src/zod.ts",
  // The command line; src/cli.ts starts with a shebang, which esbuild keeps.
  cli: "src/cli.ts",
};

export default defineConfig({
  entry: entries,
  format: ["esm", "cjs"],
  dts: true,
  splitting: true,
  treeshake: true,
  clean: true,
  target: "es2022",
  outDir: "dist",
  // Keep `node:` on built-in imports (only the command line has any).
  removeNodeProtocol: false,
});
