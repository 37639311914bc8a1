import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

// `npm test` builds dist/ first (see package.json); this checks what the build produced.
const dist = new URL("../dist/", import.meta.url);
const files = existsSync(dist) ? readdirSync(dist).filter((name) => /\.(c?js|d\.c?ts)$/.test(name)) : [];

function specifiers(source: string): string[] {
  const found: string[] = [];
  const patterns = [
    /^\s*(?:import|export)\b[^;"'`]*?\bfrom\s*["']([^"']+)["']/gm,
    /^\s*import\s*["']([^"']+)["']/gm,
    /\bimport\(\s*["']([^"']+)["']\s*\)/g,
    /\brequire\(\s*["']([^"']+)["']\s*\)/g,
  ];
  for (const pattern of patterns) {
    for (const match of source.matchAll(pattern)) found.push(match[1] as string);
  }
  return found;
}

describe("the built package", () => {
  it("was built: ESM, CJS and both kinds of type files for the main entry", () => {
    for (const name of ["index.js", "index.cjs", "index.d.ts", "index.d.cts"]) expect(files).toContain(name);
  });

  it.each(files)("%s imports nothing outside dist/ but what it may", (name) => {
    const source = readFileSync(new URL(name, dist), "utf8");
    const outside = specifiers(source).filter((specifier) => !specifier.startsWith("./"));
    const allowed = name.startsWith("zod.") ? ["zod"] : name.startsWith("cli.") ? outside.filter((s) => s.startsWith("node:")) : [];
    expect(outside.filter((specifier) => !allowed.includes(specifier))).toEqual([]);
  });

  it("keeps zod out of everything but the zod subpath", () => {
    for (const name of files.filter((file) => !file.startsWith("zod."))) {
      expect(readFileSync(new URL(name, dist), "utf8"), name).not.toMatch(/from ["']zod["']|require\(["']zod["']\)/);
    }
  });
});
