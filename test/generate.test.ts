import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generatedFiles } from "../data/scripts/generate.js";

const root = new URL("../", import.meta.url);

describe("npm run generate", () => {
  const files = generatedFiles();

  it("writes the types, a data module per dataset, the open formats and the data dictionary", () => {
    const paths = [...files.keys()];
    expect(paths).toContain("src/generated/types.ts");
    for (const name of ["sources", "jurisdictions", "activations", "events", "statistics", "offense-levels", "detainers"]) {
      expect(paths).toContain(`src/generated/${name}.ts`);
      expect(paths).toContain(`data/published/${name}.json`);
      expect(paths).toContain(`data/published/${name}.schema.json`);
      expect(paths).toContain(`data/published/${name}.csv`);
    }
    expect(paths).toContain("data/published/datapackage.json");
    expect(paths).toContain("docs/data-dictionary.md");
  });

  it("is deterministic: a second run yields the same bytes", () => {
    expect(generatedFiles()).toEqual(files);
  });

  it("matches what is committed (otherwise run npm run generate)", () => {
    for (const [path, content] of files) {
      const onDisk = readFileSync(new URL(path, root));
      if (typeof content === "string") expect(onDisk.toString("utf8"), path).toBe(content);
      else expect(onDisk.equals(content), path).toBe(true);
    }
  });

  it("keeps zod out of the runtime types and data modules", () => {
    for (const [path, content] of files) {
      if (path.startsWith("src/generated/")) expect(String(content), path).not.toMatch(/zod/i);
    }
  });

  it("writes every field's description into the types as a doc comment", () => {
    const types = String(files.get("src/generated/types.ts") ?? "");
    expect(types).toContain("FIPS code");
    expect(types).toMatch(/\/\*\*\n {3}\* How sure the data is/);
    expect(types).toContain("export interface TimelineEvent {");
    expect(types).toContain("readonly citations: readonly Citation[];");
  });
});

describe("npm run generate -- --check", () => {
  it("names a stale file and a file nothing generates", async () => {
    const { mkdtempSync, mkdirSync, writeFileSync, rmSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const { dirname, join } = await import("node:path");
    const { compareWithDirectory } = await import("../data/scripts/generate.js");
    const files = generatedFiles();
    const directory = mkdtempSync(join(tmpdir(), "generate-check-"));
    try {
      for (const [path, content] of files) {
        mkdirSync(dirname(join(directory, path)), { recursive: true });
        writeFileSync(join(directory, path), content);
      }
      expect(compareWithDirectory(files, directory)).toEqual({ stale: [], extra: [] });
      writeFileSync(join(directory, "data/published/events.csv"), "edited by hand\n");
      writeFileSync(join(directory, "src/generated/leftover.ts"), "export {};\n");
      expect(compareWithDirectory(files, directory)).toEqual({
        stale: ["data/published/events.csv"],
        extra: ["src/generated/leftover.ts"],
      });
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});
