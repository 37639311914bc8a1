import { build } from "esbuild";
import { describe, expect, it } from "vitest";

// What a bundler keeps of the built package when a caller imports one thing: the article's facts
// and the helpers without data must not carry the 3,143 counties. `npm test` builds dist/ first.
const entry = new URL("../dist/index.js", import.meta.url).pathname;

async function bundle(names: string): Promise<string> {
  const result = await build({
    stdin: { contents: `export { ${names} } from ${JSON.stringify(entry)};`, resolveDir: ".", loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
    logLevel: "silent",
  });
  return result.outputFiles[0]?.text ?? "";
}

/** Marks of the county data: a county name and the compact activation columns. */
const countyMarks = ["Autauga", "expandJurisdictions", '"dateOf"'];
const carriesCounties = (code: string) => countyMarks.some((mark) => code.includes(mark));

describe("each entry point bundles only what it needs", () => {
  it.each([
    "events",
    "statistics",
    "sources",
    "offenseLevels",
    "meta",
    "categoryPercentages",
    "statisticPercentages",
    "parsePartialDate",
    "eventKinds",
    "detainers",
    "detainerSeries",
    "detainerBreakdown",
  ])("%s carries no county data", async (name) => {
    const code = await bundle(name);
    expect(code.length).toBeGreaterThan(0);
    expect(carriesCounties(code)).toBe(false);
  });

  it("the counties come with jurisdictions, activations and the participation helpers", async () => {
    expect((await bundle("jurisdictions")).includes("Autauga")).toBe(true);
    expect((await bundle("activations")).includes('"dateOf"')).toBe(true);
    expect(carriesCounties(await bundle("participationStatus"))).toBe(true);
  });

  it("a lookup by code carries every jurisdiction it finds, but not the code changes table", async () => {
    const code = await bundle("getJurisdiction");
    expect(code.includes("Autauga")).toBe(true);
    // A city only the places import names: getJurisdiction finds it by its id, so it carries it.
    expect(code.includes("Birmingham")).toBe(true);
    // A Census sentence of a code change's note.
    expect(code.includes("Census text (as transcribed)")).toBe(false);
    // The codes of other eras travel with the counties they lead to.
    expect(code.includes("Kusilvak")).toBe(true);
  });

  it("the resolver carries the cities; the crosswalk carries the code changes", async () => {
    expect((await bundle("resolveJurisdiction")).includes("Birmingham")).toBe(true);
    expect((await bundle("currentCountyCodes")).includes("Census text (as transcribed)")).toBe(true);
    expect((await bundle("currentCountyCodes")).includes("Birmingham")).toBe(false);
  });

  it("a lookup by code or name carries the jurisdictions but not the activations or events", async () => {
    const code = await bundle("getJurisdiction, findJurisdictions");
    expect(code.includes("Autauga")).toBe(true);
    expect(code.includes('"dateOf"')).toBe(false);
    expect(code.includes("moa-termination")).toBe(false);
  });
});
