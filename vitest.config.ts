import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Tests that spawn the CLI or type-check a packed package take a few hundred milliseconds
    // each, but many times that on a busy two-core machine: the default 5 s is too tight.
    testTimeout: 30_000,
  },
});
