/**
 * The README's performance section states only what the committed benchmark report shows: every
 * ratio and size it gives is a figure of docs/benchmarks.md (written by `npm run bench`).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
const report = readFileSync(new URL("../docs/benchmarks.md", import.meta.url), "utf8");
const section = readme.slice(readme.indexOf("## Performance"), readme.indexOf("\n## ", readme.indexOf("## Performance") + 1));

describe("the README's performance figures", () => {
  const figures = [...section.matchAll(/\b\d+(?:\.\d+)?(?:x| kB)/g)].map((match) => match[0]);

  it("gives figures", () => {
    expect(section.startsWith("## Performance")).toBe(true);
    expect(figures.length).toBeGreaterThan(10);
  });

  it.each(figures)("%s is a figure of docs/benchmarks.md", (figure) => {
    expect(report).toMatch(new RegExp(`(?<![\\d.])${figure.replace(".", "\\.")}(?![\\d])`));
  });
});
