import { configDefaults, defineConfig } from "vitest/config";

const browserTests = ["test/explorer.test.ts", "test/rollout-counts.test.ts"];

export default defineConfig({
  test: {
    // Tests that spawn the CLI or type-check a packed package take a few hundred milliseconds
    // each, but many times that on a busy two-core machine: the default 5 s is too tight.
    testTimeout: 30_000,
    projects: [
      { extends: true, test: { name: "node", include: ["test/**/*.test.ts"], exclude: [...configDefaults.exclude, ...browserTests] } },
      // The browser tests run after the others, so that neither slows the other down.
      { extends: true, test: { name: "browser", include: browserTests, sequence: { groupOrder: 1 }, benchmark: { include: [] } } },
    ],
  },
});
