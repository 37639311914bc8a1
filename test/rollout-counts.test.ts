/**
 * One counting rule on every surface: the counties switched on each year, as the helpers count
 * them (each county of 2008-2013 once: the codes ICE's list carries only for former
 * county-equivalents left out, the Alaska areas the list lacks counted with the area that covered
 * them), are the same in the rollout charts, the explorer, the command line and
 * `rolloutProgress`.
 *
 * The explorer is built into a scratch folder and read in Debian's chromium, as
 * test/explorer.test.ts does; without chromium that part skips, except in CI, where it fails.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chartsDirectory } from "../data/scripts/charts.js";
import { buildExplorer } from "../data/scripts/explorer/build.js";
import { runCli } from "../src/cli/run.js";
import { rolloutProgress } from "../src/index.js";
import { descendants, parseXml, textContent, type XmlElement } from "./support/parse-xml.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const chromiumPath = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";
const hasChromium = existsSync(chromiumPath);
const inCi = process.env["CI"] !== undefined && process.env["CI"] !== "" && process.env["CI"] !== "false";
const timeout = 120_000;

/** A count as the surfaces print it ("1,099") as a number. */
function countOf(text: string): number {
  return Number(text.replaceAll(",", ""));
}

/** The helpers' answer: counties switched on during each year, and by the end of it. */
const helperYears = rolloutProgress({ by: "year" }).map((point) => ({
  year: point.period,
  during: point.activatedDuring,
  byEnd: point.activated,
}));

/** The map's legend: each year and the counties it says were switched on that year. */
function mapLegendCounts(): { year: string; during: number }[] {
  const svg = parseXml(readFileSync(join(root, chartsDirectory, "rollout-map.svg"), "utf8"));
  const items = [...descendants(svg)].filter((element) => element.attributes["data-year"] !== undefined);
  return items.map((item) => {
    const texts = [...descendants(item)].filter((element) => element.name === "text").map(textContent);
    const counted = texts.map((text) => /^([\d,]+) count/.exec(text)?.[1]).find((count) => count !== undefined);
    return { year: item.attributes["data-year"] ?? "", during: countOf(counted ?? "NaN") };
  });
}

/** The map's and the curve's text alternatives: the counts a year, and the counts by the start of each year. */
function chartDescriptions(): { map: string; curve: string } {
  const description = (name: string): string => {
    const svg = parseXml(readFileSync(join(root, chartsDirectory, name), "utf8"));
    const desc = svg.children.find((node): node is XmlElement => typeof node !== "string" && node.name === "desc");
    return desc === undefined ? "" : textContent(desc);
  };
  return { map: description("rollout-map.svg"), curve: description("rollout-curve.svg") };
}

/** "2009: 14; 2010: 105" → year to count. */
function yearList(text: string | undefined): Map<string, number> {
  return new Map([...(text ?? "").matchAll(/(\d{4}): ([\d,]+)/g)].map((match) => [match[1] as string, countOf(match[2] as string)]));
}

describe("the counties switched on each year", () => {
  it("are 14, 91, 788, 1,099, 1,045 and 106 by the helpers", () => {
    expect(helperYears.map((point) => point.during)).toEqual([14, 91, 788, 1099, 1045, 106]);
    expect(helperYears.map((point) => point.year)).toEqual(["2008", "2009", "2010", "2011", "2012", "2013"]);
  });

  it("are the same in the command line's rollout --by year --json", () => {
    const result = runCli(["rollout", "--by", "year", "--json"]);
    expect(result.exitCode).toBe(0);
    const points = JSON.parse(result.stdout) as { period: string; activated: number; activatedDuring: number }[];
    expect(points.map((point) => ({ year: point.period, during: point.activatedDuring, byEnd: point.activated }))).toEqual(helperYears);
  });

  it("are the same in the rollout map's legend and text alternative", () => {
    expect(mapLegendCounts()).toEqual(helperYears.map(({ year, during }) => ({ year, during })));
    const perYear = yearList(/Counties activated a year: ([^.]*)\./.exec(chartDescriptions().map)?.[1]);
    expect(Object.fromEntries(perYear)).toEqual(Object.fromEntries(helperYears.map(({ year, during }) => [year, during])));
  });

  it("add up, year by year, to the rollout curve's counts at the start of each year", () => {
    const starts = yearList(/Counties activated by the start of each year: ([^.]*)\./.exec(chartDescriptions().curve)?.[1]);
    const expected = helperYears.slice(0, -1).map(({ year, byEnd }) => [String(Number(year) + 1), byEnd]);
    expect(Object.fromEntries(starts)).toEqual(Object.fromEntries(expected));
  });
});

if (!hasChromium && inCi) {
  describe("the explorer's yearly counts in CI", () => {
    it("has a browser to run in", () => {
      expect.fail(`The explorer's counts are read in chromium at ${chromiumPath} (apt-get install -y chromium), and CI must read them`);
    });
  });
}

describe.skipIf(!hasChromium)("the counties switched on each year, in the explorer", () => {
  let browser: Browser;
  let directory: string;

  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), "explorer-counts-"));
    writeFileSync(join(directory, "index.html"), await buildExplorer(root));
    browser = await chromium.launch({ executablePath: chromiumPath, args: ["--no-sandbox"] });
  }, timeout);

  afterAll(async () => {
    await browser?.close();
    if (directory !== undefined) rmSync(directory, { recursive: true, force: true });
  });

  it(
    "are the helpers' in the summary and the map's legend, for each year as the date",
    async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const shown: { year: string; during: number; byEnd: number }[] = [];
      for (const { year } of helperYears) {
        await page.goto(`${pathToFileURL(join(directory, "index.html")).href}?date=${year}`);
        await page.locator("#count").waitFor();
        const summary = (await page.locator("#summary").textContent()) ?? "";
        const during = /; ([\d,]+) of them switched on in (\d{4})/.exec(summary);
        expect(during?.[2], summary).toBe(year);
        const legend = (await page.locator("#legend-recent").textContent()) ?? "";
        expect(legend).toBe(`switched on in ${year} (${during?.[1]})`);
        shown.push({ year, during: countOf(during?.[1] ?? "NaN"), byEnd: countOf((await page.locator("#count").textContent()) ?? "NaN") });
      }
      expect(shown).toEqual(helperYears);
      await page.close();
    },
    timeout,
  );
});
