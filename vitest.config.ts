import { configDefaults, defineConfig } from "vitest/config";

const browserTests = ["test/explorer.test.ts"];

export default defineConfig({
  test: {
    projects: [
      { extends: true, test: { name: "node", include: ["test/**/*.test.ts"], exclude: [...configDefaults.exclude, ...browserTests] } },
      // The browser tests run after the others, so that neither slows the other down.
      { extends: true, test: { name: "browser", include: browserTests, sequence: { groupOrder: 1 }, benchmark: { include: [] } } },
    ],
  },
});
