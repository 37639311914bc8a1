/**
 * The charts in docs/charts: well-formed SVG that says what it shows, drawn from the data, and
 * equal to what `npm run charts` draws now.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  chartsDirectory,
  compareCharts,
  countiesWithoutShape,
  decisionMarkers,
  floridaStatisticId,
  formerCountyShapes,
  loadChartData,
  renderCharts,
  yearColours,
} from "../data/scripts/charts.js";
import { rolloutProgress } from "../src/participation.js";
import { statisticPercentages } from "../src/percentages.js";
import { descendants, parseXml, textContent, type XmlElement } from "./support/parse-xml.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const chartNames = ["detainers-and-rollout.svg", "florida-statistic.svg", "rollout-curve.svg", "rollout-map.svg"];
const data = loadChartData(root);
const rendered = renderCharts(data);
const committed = Object.fromEntries(chartNames.map((name) => [name, readFileSync(join(root, chartsDirectory, name), "utf8")]));
const documents = Object.fromEntries(chartNames.map((name) => [name, parseXml(committed[name] ?? "")])) as Record<string, XmlElement>;

function chart(name: string): XmlElement {
  const document = documents[name];
  if (document === undefined) throw new Error(`No chart ${name}`);
  return document;
}

function elements(name: string, predicate: (element: XmlElement) => boolean): XmlElement[] {
  return [...descendants(chart(name))].filter(predicate);
}

function child(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((node): node is XmlElement => typeof node !== "string" && node.name === name);
}

const fipsOf = (county: string): string => county.replace(/^county-/, "");
const activationDates = new Map(data.activations.map((record) => [fipsOf(record.county), record.date]));

describe("docs/charts", () => {
  it("holds exactly the charts that renderCharts draws", () => {
    expect(Object.keys(rendered).sort()).toEqual(chartNames);
  });

  it.each(chartNames)("%s equals a fresh rendering (otherwise run npm run charts)", (name) => {
    expect(committed[name] === rendered[name], `${chartsDirectory}/${name} is stale: run npm run charts`).toBe(true);
  });

  it("is deterministic: a second rendering gives the same bytes", () => {
    expect(renderCharts(loadChartData(root))).toEqual(rendered);
  });

  it.each(chartNames)("%s is well-formed SVG 1.1 with a title, a description and role img", (name) => {
    const svg = chart(name);
    expect(svg.name).toBe("svg");
    expect(svg.attributes["xmlns"]).toBe("http://www.w3.org/2000/svg");
    expect(svg.attributes["version"]).toBe("1.1");
    expect(svg.attributes["viewBox"]).toMatch(/^0 0 \d+ \d+$/);
    expect(svg.attributes["role"]).toBe("img");
    expect(svg.attributes["font-family"]).toMatch(/sans-serif$/);
    const [first, second] = svg.children.filter((node): node is XmlElement => typeof node !== "string");
    expect(first?.name).toBe("title");
    expect(second?.name).toBe("desc");
    expect(textContent(first as XmlElement).length).toBeGreaterThan(10);
    expect(textContent(second as XmlElement).length).toBeGreaterThan(40);
    expect(svg.attributes["aria-labelledby"]).toBe(`${first?.attributes["id"]} ${second?.attributes["id"]}`);
    const names = new Set([...descendants(svg)].map((element) => element.name));
    for (const forbidden of ["script", "foreignObject", "image", "style"]) expect(names.has(forbidden), forbidden).toBe(false);
    expect(committed[name]).not.toMatch(/@import|url\(|https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
  });

  it("the well-formedness check rejects broken XML", () => {
    expect(() => parseXml("<svg><g></svg>")).toThrow(SyntaxError);
    expect(() => parseXml('<svg a="1" a="2"/>')).toThrow(SyntaxError);
    expect(() => parseXml("<svg>AT&T</svg>")).toThrow(SyntaxError);
    expect(() => parseXml("<svg/><svg/>")).toThrow(SyntaxError);
    expect(parseXml('<?xml version="1.0"?>\n<svg a="&quot;x&quot;">&lt;y&gt;</svg>\n')).toEqual({
      name: "svg",
      attributes: { a: '"x"' },
      children: ["<y>"],
    });
  });
});

describe("rollout-map.svg", () => {
  const counties = elements("rollout-map.svg", (element) => element.name === "path" && element.attributes["data-fips"] !== undefined);
  const byFips = new Map(counties.map((path) => [path.attributes["data-fips"], path]));
  const gaps = Object.keys(countiesWithoutShape);

  it("draws one path per county of the data, except the listed gaps (3,143 - 3 = 3,140)", () => {
    expect(data.activations).toHaveLength(3143);
    expect(gaps).toEqual(["51515", "51560", "51780"]);
    expect(counties).toHaveLength(3140);
    expect(byFips.size).toBe(counties.length);
    expect([...byFips.keys(), ...gaps].sort()).toEqual([...activationDates.keys()].sort());
  });

  it("names the listed gaps and the redrawn former codes in its description", () => {
    const description = textContent(child(chart("rollout-map.svg"), "desc") as XmlElement);
    for (const fips of gaps) expect(description).toContain(fips);
    for (const [fips, shapes] of Object.entries(formerCountyShapes)) {
      expect(description).toContain(fips);
      for (const shape of shapes) expect(description).toContain(shape);
      expect(byFips.has(fips), fips).toBe(true);
    }
  });

  it("draws the counties whose us-atlas shape has no area as small diamonds, named in the description", () => {
    const dots = counties.filter((path) => path.attributes["data-shape"] === "dot").map((path) => path.attributes["data-fips"]);
    expect(dots).toEqual(["51610", "51678", "51685"]);
    const description = textContent(child(chart("rollout-map.svg"), "desc") as XmlElement);
    for (const fips of dots) expect(description).toContain(`${fips} `);
  });

  it("gives every county its activation date, the colour of its year and a title with its name and date", () => {
    for (const path of counties) {
      const fips = path.attributes["data-fips"] ?? "";
      const date = activationDates.get(fips);
      expect(path.attributes["data-date"], fips).toBe(date);
      expect(path.attributes["fill"], fips).toBe(yearColours[(date ?? "").slice(0, 4)]);
      expect(path.attributes["d"], fips).toMatch(/^M-?[\d.]+ -?[\d.]+l/);
      const title = textContent(child(path, "title") as XmlElement);
      expect(title, fips).toContain(date);
      expect(title, fips).toMatch(/^\S.*, [A-Z]{2}: activated /);
    }
  });

  it.each([
    ["48201", "Harris County, TX", "2008"],
    ["12086", "Miami-Dade County, FL", "2009"],
    ["06085", "Santa Clara County, CA", "2010"],
    ["17031", "Cook County, IL", "2013"],
    ["02270", "Wade Hampton Census Area, AK", "2012"],
  ])("colours %s (%s) as %s", (fips, name, year) => {
    const path = byFips.get(fips) as XmlElement;
    expect(path.attributes["fill"]).toBe(yearColours[year]);
    expect(path.attributes["data-date"]?.slice(0, 4)).toBe(year);
    expect(textContent(child(path, "title") as XmlElement)).toContain(name);
  });

  it("uses six distinct colours and a legend listing 2008 to 2013 with the helpers' counts", () => {
    expect(Object.keys(yearColours)).toEqual(["2008", "2009", "2010", "2011", "2012", "2013"]);
    expect(new Set(Object.values(yearColours)).size).toBe(6);
    const [legend] = elements("rollout-map.svg", (element) => element.attributes["data-legend"] === "activation-year");
    expect(legend).toBeDefined();
    const items = [...descendants(legend as XmlElement)].filter((element) => element.attributes["data-year"] !== undefined);
    expect(items.map((item) => item.attributes["data-year"])).toEqual(["2008", "2009", "2010", "2011", "2012", "2013"]);
    for (const item of items) {
      const year = item.attributes["data-year"] ?? "";
      // Each county of 2008-2013 once, as rolloutProgress counts it (not the codes of ICE's list).
      const count = rolloutProgress({ by: "year", from: year, to: year })[0]?.activatedDuring;
      expect(textContent(item)).toContain(year);
      expect(textContent(item).replace(",", "")).toContain(`${count} count`);
      expect(child(item, "rect")?.attributes["fill"]).toBe(yearColours[year]);
    }
  });

  it("draws state borders on top and annotates Florida's completion and the last activations", () => {
    const layers = elements("rollout-map.svg", (element) => element.attributes["data-layer"] !== undefined).map(
      (element) => element.attributes["data-layer"],
    );
    expect(layers.indexOf("state-borders")).toBeGreaterThan(layers.indexOf("counties"));
    const florida = elements("rollout-map.svg", (element) => element.attributes["data-annotation"] === "florida")[0] as XmlElement;
    expect(textContent(florida)).toMatch(/Florida: all 67\s*counties by\s*2010-06-22/);
    const last = elements("rollout-map.svg", (element) => element.attributes["data-annotation"] === "last-activations")[0] as XmlElement;
    expect(textContent(last)).toContain("2013-01-22");
    expect(textContent(last)).toContain("106 counties");
  });

  it("stays under 1.5 MB", () => {
    expect(statSync(join(root, chartsDirectory, "rollout-map.svg")).size).toBeLessThan(1_500_000);
  });
});

describe("rollout-curve.svg", () => {
  it("has labelled axes: year ticks on x, counties from 0 to 3,143 on y", () => {
    const [xAxis] = elements("rollout-curve.svg", (element) => element.attributes["data-axis"] === "x");
    const [yAxis] = elements("rollout-curve.svg", (element) => element.attributes["data-axis"] === "y");
    const xTexts = [...descendants(xAxis as XmlElement)].filter((element) => element.name === "text").map(textContent);
    const yTexts = [...descendants(yAxis as XmlElement)].filter((element) => element.name === "text").map(textContent);
    expect(xTexts).toEqual(expect.arrayContaining(["2009", "2010", "2011", "2012", "2013"]));
    expect(xTexts.some((label) => /date/i.test(label))).toBe(true);
    expect(yTexts).toEqual(expect.arrayContaining(["0", "1,000", "3,000", "3,143"]));
    expect(yTexts.some((label) => /counties activated/i.test(label))).toBe(true);
  });

  it("marks the five decisions with the dates of the published events", () => {
    const markers = elements("rollout-curve.svg", (element) => element.attributes["data-decision"] !== undefined);
    expect(markers.map((marker) => marker.attributes["data-decision"]).sort()).toEqual(decisionMarkers.map((marker) => marker.id).sort());
    for (const marker of decisionMarkers) {
      const event = data.events.find((record) => record.id === marker.id);
      const element = markers.find((candidate) => candidate.attributes["data-decision"] === marker.id) as XmlElement;
      expect(event, marker.id).toBeDefined();
      expect(element.attributes["data-date"]).toBe(event?.date);
      const label = [...descendants(element)]
        .filter((node) => node.name === "text")
        .map(textContent)
        .join(" ");
      expect(label).toBe(`${marker.label}, ${event?.date}`);
    }
    expect(decisionMarkers.map((marker) => marker.label)).toEqual([
      "Illinois withdrawal",
      "New York suspension",
      "Massachusetts decision",
      "MOA termination",
      "Nationwide completion",
    ]);
  });

  it("ends at the number of counties in the data", () => {
    expect(textContent(child(chart("rollout-curve.svg"), "desc") as XmlElement)).toContain(
      `all 3,143 on ${[...activationDates.values()].sort().at(-1)}`,
    );
  });
});

describe("florida-statistic.svg", () => {
  const statistic = data.statistics.find((record) => record.id === floridaStatisticId);

  it("shows each category's share from statisticPercentages at one decimal: 32.6, 17.7, 36.2 and 13.5", () => {
    expect(statistic).toBeDefined();
    const expected = statisticPercentages(statistic as NonNullable<typeof statistic>, { decimals: 1 }).rows.map((row) =>
      row.percent.toFixed(1),
    );
    expect(expected).toEqual(["32.6", "17.7", "36.2", "13.5"]);
    const segments = elements("florida-statistic.svg", (element) => element.attributes["data-category"] !== undefined);
    expect(segments.map((segment) => segment.attributes["data-share"])).toEqual(expected);
    const texts = [...descendants(chart("florida-statistic.svg"))].filter((element) => element.name === "text").map(textContent);
    for (const share of expected) expect(texts).toContain(`${share}%`);
  });

  it("labels the categories as reported, with their qualified counts, and the unreported remainder", () => {
    const all = textContent(chart("florida-statistic.svg"));
    for (const label of ["dangerous criminals", "low-level detainees", "non-criminals", "not reported in source"])
      expect(all).toContain(label);
    for (const count of ["more than 4,600", "almost 2,500", "more than 5,100", "more than 14,100"]) expect(all).toContain(count);
  });

  it("says the figures are approximate and names the source", () => {
    const all = textContent(chart("florida-statistic.svg"));
    expect(all).toMatch(/approximate/);
    expect(all).toContain("Source: ");
    expect(all).toContain("The Florida Independent");
  });
});

describe("npm run charts -- --check", () => {
  it("names a stale chart and an SVG that no chart draws", () => {
    const directory = mkdtempSync(join(tmpdir(), "charts-check-"));
    try {
      for (const [name, content] of Object.entries(rendered)) writeFileSync(join(directory, name), content);
      expect(compareCharts(rendered, directory)).toEqual({ stale: [], extra: [] });
      writeFileSync(join(directory, "rollout-curve.svg"), "<svg/>");
      writeFileSync(join(directory, "old-chart.svg"), "<svg/>");
      expect(compareCharts(rendered, directory)).toEqual({ stale: ["rollout-curve.svg"], extra: ["old-chart.svg"] });
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });

  it("passes on the committed charts", () => {
    const tsx = join(root, "node_modules", ".bin", "tsx");
    const result = spawnSync(tsx, [join(root, "data", "scripts", "charts.ts"), "--check"], { cwd: root, encoding: "utf8" });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("4 charts are up to date.");
  });
});

describe("detainers-and-rollout.svg", () => {
  it("draws a bar for every month of the detainer series and the rollout line from the helpers", async () => {
    const { detainerSeries } = await import("../src/detainers.js");
    const { rolloutProgress } = await import("../src/participation.js");
    const svg = readFileSync(new URL("../docs/charts/detainers-and-rollout.svg", import.meta.url), "utf8");
    const months = detainerSeries({ by: "month" });
    expect((svg.match(/<rect x=/g) ?? []).length).toBe(months.length);
    const points = /<polyline points="([^"]+)"/.exec(svg)?.[1]?.split(" ") ?? [];
    expect(points).toHaveLength(rolloutProgress({ by: "month", from: "2007-10", to: "2015-07" }).length);
    expect(svg).toContain(`a peak of ${Math.max(...months.map((month) => month.count)).toLocaleString("en-US")}`);
  });
});
