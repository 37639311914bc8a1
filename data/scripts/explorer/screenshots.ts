/**
 * `npm run screenshots`: builds the explorer (docs/explorer/index.html, as `npm run explorer`
 * does) and writes the screenshots the README and the explorer's guide show, from that build, in
 * Debian's chromium through playwright-core. Beside them it writes docs/screenshots.json, which
 * says for each image the view it shows, a hash of the data it shows (the published files and
 * the data version) and the facts it shows (the counts, the place's status, its decisions and
 * claims), read from the page.
 *
 * Before writing, the facts the page shows are checked against the package's helpers: a page
 * that disagrees with them is an error, not a screenshot. `npm run screenshots -- --check` opens
 * no browser and writes nothing: it exits 1, naming each stale image, when an image is missing
 * or not the one the manifest describes, or the data or the facts it shows have changed since
 * (test/screenshots.test.ts runs the same check).
 *
 * Run `npm run build` first (`npm run screenshots` does): the page is built from dist/.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium, type Page } from "playwright-core";
import { jurisdictions } from "../../../src/generated/jurisdictions.js";
import { meta } from "../../../src/generated/meta.js";
import { type DateInput, dayFromNumber, parsePartialDate } from "../../../src/partial-date.js";
import { getJurisdiction, participationStatus } from "../../../src/participation.js";
import { eventsBetween } from "../../../src/timeline.js";
import { buildExplorer, explorerPath } from "./build.js";

const root = fileURLToPath(new URL("../../../", import.meta.url));

/** Where the manifest is written, relative to the repository root. */
export const manifestPath = "docs/screenshots.json";

/** A view of the explorer to capture, and the image it is written to. */
export interface Screenshot {
  /** The image, relative to the repository root (example: `"docs/screenshots/explorer-2010.png"`). */
  readonly image: string;
  /** The view: the page's address parameters (example: `{ date: "2010-06-22", colour: "year" }`). */
  readonly view: Readonly<Record<string, string>>;
  /** The browser window, in CSS pixels (one image pixel each). */
  readonly viewport: { readonly width: number; readonly height: number };
  /** What the image shows, in words: the alt text of every link to it. */
  readonly description: string;
  /** The published data files whose records the image shows, relative to the repository root. */
  readonly data: readonly string[];
}

const shownData = [
  "data/published/activations.json",
  "data/published/events.json",
  "data/published/jurisdictions.json",
  "data/published/sources.json",
];

/** The views the guide and the README show, each at 1280 pixels wide and on a phone (390 by 844). */
const views: readonly {
  readonly name: string;
  readonly view: Readonly<Record<string, string>>;
  readonly description: string;
}[] = [
  {
    name: "explorer-2010",
    view: { date: "2010-06-22" },
    description:
      "The rollout explorer as of 22 June 2010: the counties switched on that month in orange, those switched on before in blue, the first decisions of governments marked",
  },
  {
    name: "explorer-2014-decisions",
    view: { date: "2014-12-31", layers: "claims,decisions" },
    description:
      "The rollout explorer as of 31 December 2014, after the discontinuation: every county still switched on, the counties and states with decisions recorded marked (most of them the detainer limits of 2014), and the places others made claims about ringed",
  },
  {
    name: "explorer-2019",
    view: { date: "2019-06-30", colour: "year" },
    description:
      "The rollout explorer as of 30 June 2019, under the reinstated program: every county coloured by the year it was switched on, 2008 to 2013",
  },
  {
    name: "explorer-city",
    view: { place: "city-0644000", date: "2014-07-07", zoom: "city-0644000" },
    description:
      "The rollout explorer with the city of Los Angeles chosen as of 7 July 2014: the map zoomed to Los Angeles County, outlined, with the city's answer and the decisions of its city, county and state",
  },
];

/** The screenshots, each a view of the explorer at one width. */
export const screenshots: readonly Screenshot[] = views.flatMap(({ name, view, description }) => [
  {
    image: `docs/screenshots/${name}.png`,
    view,
    viewport: { width: 1280, height: 960 },
    description: `${description} (1280 pixels wide)`,
    data: shownData,
  },
  {
    image: `docs/screenshots/${name}-phone.png`,
    view,
    viewport: { width: 390, height: 844 },
    description: `${description} (on a phone)`,
    data: shownData,
  },
]);

/** The facts a screenshot shows: what the page printed, which the helpers must still say. */
export interface ScreenshotFacts {
  /** The data version the page's header names (example: `"0.1.0"`). */
  readonly version: string;
  /** Counties switched on as of the date, out of all counties. */
  readonly counties: { readonly activated: number; readonly total: number };
  /** Counties switched on in the month of the date, up to it (for a month or a year: in it). */
  readonly recent: number;
  /** States (with DC) whose every county was switched on. */
  readonly statesComplete: number;
  /** The program's phase as of the date (example: `"reinstated"`). */
  readonly phase: string;
  /** The marks of the decisions and claims layers shown: counties and states with decisions, places with claims. */
  readonly marks: { readonly counties: number; readonly states: number; readonly claims: number };
  /** The chosen place's status as of the date (example: `"not-activated"`); `""` when no place is chosen. */
  readonly status: string;
  /** The place's decisions and claims shown, as `[by, event id]`, in the page's order. */
  readonly decisions: readonly (readonly [string, string])[];
  readonly claims: readonly (readonly [string, string])[];
}

/** One entry of docs/screenshots.json. */
export interface ScreenshotRecord {
  readonly image: string;
  /** The page's address query of the view (example: `"?place=17031&date=2011-06-07"`). */
  readonly view: string;
  readonly viewport: { readonly width: number; readonly height: number };
  readonly description: string;
  /** SHA-256 of the image file, so that the record describes this image and no other. */
  readonly imageSha256: string;
  /** The data the image shows: the files, the version, and a SHA-256 of both. */
  readonly data: { readonly files: readonly string[]; readonly version: string; readonly sha256: string };
  readonly facts: ScreenshotFacts;
}

/** docs/screenshots.json. */
export interface ScreenshotManifest {
  readonly generator: string;
  readonly screenshots: readonly ScreenshotRecord[];
}

function sha256(content: string | Buffer): string {
  return createHash("sha256").update(content).digest("hex");
}

/** The page's address query of a view. */
export function viewQuery(shot: Screenshot): string {
  return `?${new URLSearchParams(shot.view).toString().replaceAll("%2C", ",")}`;
}

/**
 * A hash of the data an image shows: each file's path and SHA-256, in path order, and the data
 * version.
 *
 * @param files - The files, relative to `directory`.
 * @param directory - The repository root.
 */
export function dataHash(files: readonly string[], directory: string = root): string {
  const lines = [...files].sort().map((file) => `${file} ${sha256(readFileSync(join(directory, file)))}`);
  return sha256([...lines, `version ${meta.version}`, ""].join("\n"));
}

function statusOrThrow(place: string, date: DateInput) {
  const status = participationStatus(place, date);
  if (status === undefined) throw new Error(`Expected a jurisdiction for the screenshot's place "${place}", got none`);
  return status;
}

/** The nation's counties switched on as of a date (an integer, within the data's coverage). */
function activatedBy(date: string): number {
  const nation = statusOrThrow("us", date);
  if (nation.kind !== "nation" || nation.counties.activated === null) throw new Error(`Expected the nation's count as of ${date}`);
  return nation.counties.activated;
}

/** The counties (a city's on its counties) and states a list of places names, as FIPS and USPS codes. */
function countiesAndStates(ids: Iterable<string>): { counties: Set<string>; states: Set<string> } {
  const counties = new Set<string>();
  const states = new Set<string>();
  for (const id of ids) {
    const place = getJurisdiction(id);
    if (place?.kind === "state" && place.usps !== undefined) states.add(place.usps);
    if (place?.kind === "county" && place.fips !== undefined) counties.add(place.fips);
    if (place?.kind === "city")
      for (const county of place.counties?.map((part) => part.county) ?? (place.county === undefined ? [] : [place.county]))
        counties.add(county.replace(/^county-/, ""));
  }
  return { counties, states };
}

/**
 * The places the decisions and claims layers mark as of a date, by the rule docs/explorer.md
 * states, from the helpers: each county a decision up to the date names, and each county of a
 * city it names; each state with a decision of its own government or a federal one about it (an
 * agreement to join the program, `moa-signing`, marks nothing); apart, each county (a city's on
 * its counties) and state a claim up to the date is about.
 *
 * @param date - `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 * @returns FIPS codes of counties and USPS codes of states, sorted.
 */
export function expectedMarks(date: DateInput): {
  decisions: { counties: string[]; states: string[] };
  claims: { counties: string[]; states: string[] };
} {
  const marking = (event: { readonly kind: string }) => event.kind !== "moa-signing";
  const decided = countiesAndStates(
    eventsBetween(undefined, date, { category: "decision" })
      .filter(marking)
      .flatMap((event) => event.jurisdictions),
  );
  const states = jurisdictions
    .filter((place) => place.kind === "state")
    .filter((place) =>
      participationStatus(place.id, date)?.decisions.some(
        (decision) => (decision.by === "own" || decision.by === "federal") && marking(decision.event),
      ),
    )
    .map((place) => place.usps ?? "");
  const claimed = countiesAndStates(
    eventsBetween(undefined, date).flatMap((event) => (event.claims ?? []).map((claim) => claim.about as string)),
  );
  return {
    decisions: { counties: [...decided.counties].sort(), states: states.sort() },
    claims: { counties: [...claimed.counties].sort(), states: [...claimed.states].sort() },
  };
}

/**
 * The facts a view shows, as the package's helpers give them now: what the page prints for the
 * nation, the marks, the place's status, and its decisions and claims.
 *
 * @param shot - The view.
 */
export function expectedFacts(shot: Screenshot): ScreenshotFacts {
  const date = shot.view["date"];
  if (date === undefined) throw new Error(`Expected a date in the view of ${shot.image}, got none`);
  const nation = statusOrThrow("us", date);
  if (nation.kind !== "nation" || nation.counties.activated === null || nation.statesComplete === null)
    throw new Error(`Expected the nation's counts as of ${date}, got none`);
  // The page's "switched on that month": for a day, from the first of its month up to it.
  const interval = parsePartialDate(date);
  const firstDay = interval.precision === "day" ? `${date.slice(0, 7)}-01` : dayFromNumber(interval.startDay);
  const before = dayFromNumber(parsePartialDate(firstDay).startDay - 1);
  const layers = (shot.view["layers"] ?? "decisions").split(",");
  const marks = expectedMarks(date);
  const placeCode = shot.view["place"];
  const place = placeCode === undefined ? undefined : statusOrThrow(placeCode, date);
  const status =
    place === undefined
      ? ""
      : place.kind === "county" || place.kind === "city"
        ? place.activation.status
        : place.kind === "state"
          ? place.rollout
          : "nation";
  return {
    version: meta.version,
    counties: { activated: nation.counties.activated, total: nation.counties.total },
    recent: nation.counties.activated - activatedBy(before),
    statesComplete: nation.statesComplete,
    phase: nation.program.phase,
    marks: {
      counties: layers.includes("decisions") ? marks.decisions.counties.length : 0,
      states: layers.includes("decisions") ? marks.decisions.states.length : 0,
      claims: layers.includes("claims") ? marks.claims.counties.length + marks.claims.states.length : 0,
    },
    status,
    decisions: place?.decisions.map((decision) => [decision.by, decision.event.id] as const) ?? [],
    claims: place?.claims.map((claim) => [claim.by, claim.event.id] as const) ?? [],
  };
}

/** What the page shows of a view's facts, read from its DOM. */
async function pageFacts(page: Page): Promise<ScreenshotFacts> {
  const attribute = async (selector: string, name: string): Promise<string> => (await page.locator(selector).getAttribute(name)) ?? "";
  const events = (list: string) =>
    page.$$eval(`#place-status #${list} > li`, (items) =>
      items.map((item) => [item.getAttribute("data-by") ?? "", item.getAttribute("data-event") ?? ""] as const),
    );
  const header = (await page.locator("header .intro").textContent()) ?? "";
  const total = /of ([\d,]+) counties switched on/.exec((await page.locator("#summary").textContent()) ?? "")?.[1] ?? "";
  const chosen = (await page.locator("#place-status .status").count()) > 0;
  return {
    version: /secure-communities\s+(\S+?)\.?$/.exec(header.trim())?.[1] ?? "",
    counties: { activated: Number(await attribute("#count", "data-count")), total: Number(total.replaceAll(",", "")) },
    recent: Number(await attribute("#count-recent", "data-count")),
    statesComplete: Number((await page.locator("#states-complete").textContent()) ?? ""),
    phase: await attribute("#program-line", "data-phase"),
    marks: {
      counties: await page.locator("#marks [data-mark=decision][data-county]").count(),
      states: await page.locator("#marks [data-mark=decision][data-state]").count(),
      claims: await page.locator("#marks [data-mark=claim]").count(),
    },
    status: chosen ? await attribute("#place-status .status", "data-status") : "",
    decisions: await events("decisions"),
    claims: await events("claims"),
  };
}

/**
 * Why each committed screenshot is stale, as messages: a missing image, an image the manifest
 * does not describe, data or facts that changed since, a view no longer in {@link screenshots}.
 * Opens no browser.
 *
 * @param directory - The repository root.
 * @returns The problems; none when every screenshot is current.
 */
export function staleScreenshots(directory: string = root): string[] {
  const path = join(directory, manifestPath);
  if (!existsSync(path)) return [`${manifestPath} is missing`];
  const manifest = JSON.parse(readFileSync(path, "utf8")) as ScreenshotManifest;
  const problems: string[] = [];
  const recorded = new Map(manifest.screenshots.map((record) => [record.image, record]));
  for (const shot of screenshots) {
    const record = recorded.get(shot.image);
    if (record === undefined) {
      problems.push(`${shot.image} is not in ${manifestPath}`);
      continue;
    }
    const imagePath = join(directory, shot.image);
    if (!existsSync(imagePath)) problems.push(`${shot.image} is missing`);
    else if (sha256(readFileSync(imagePath)) !== record.imageSha256)
      problems.push(`${shot.image} is not the image ${manifestPath} describes`);
    const view = { view: viewQuery(shot), viewport: shot.viewport, description: shot.description, files: [...shot.data].sort() };
    const recordedView = { view: record.view, viewport: record.viewport, description: record.description, files: record.data.files };
    if (JSON.stringify(view) !== JSON.stringify(recordedView)) problems.push(`${shot.image} shows another view than the script's`);
    if (record.data.version !== meta.version) problems.push(`${shot.image} shows data version ${record.data.version}, not ${meta.version}`);
    else if (dataHash(shot.data, directory) !== record.data.sha256)
      problems.push(`${shot.image} is older than the data it shows (${shot.data.join(", ")})`);
    if (JSON.stringify(expectedFacts(shot)) !== JSON.stringify(record.facts))
      problems.push(`${shot.image} shows facts the helpers no longer give (${JSON.stringify(record.facts)})`);
  }
  for (const image of recorded.keys())
    if (!screenshots.some((shot) => shot.image === image)) problems.push(`${image} is in ${manifestPath} but no screenshot draws it`);
  return problems;
}

/** The browser the screenshots are taken in: Debian's chromium, headless. */
const chromiumPath = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";
const chromiumArgs = [
  "--no-sandbox",
  "--headless",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
];

/** Builds the page, takes every screenshot, checks what each shows and writes the manifest. */
async function writeScreenshots(): Promise<void> {
  const html = await buildExplorer(root);
  const pagePath = join(root, explorerPath);
  mkdirSync(dirname(pagePath), { recursive: true });
  writeFileSync(pagePath, html);
  console.log(`wrote ${explorerPath}`);
  if (!existsSync(chromiumPath))
    throw new Error(`Expected chromium at ${chromiumPath} (apt-get install -y chromium, or set CHROMIUM_PATH)`);
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const records: ScreenshotRecord[] = [];
  try {
    for (const shot of screenshots) {
      const page = await browser.newPage({ viewport: shot.viewport, deviceScaleFactor: 1 });
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      await page.goto(`${pathToFileURL(pagePath).href}${viewQuery(shot)}`);
      await page.locator("#count").waitFor();
      await page.waitForFunction(() => performance.getEntriesByName("explorer:complete").length > 0);
      // A string, evaluated in the page, where the DOM is (the scripts' types have none).
      await page.evaluate("document.fonts.ready.then(() => true)");
      if (errors.length > 0) throw new Error(`The page failed for ${shot.image}: ${errors.join("; ")}`);
      const facts = await pageFacts(page);
      const expected = expectedFacts(shot);
      if (JSON.stringify(facts) !== JSON.stringify(expected))
        throw new Error(`Expected the page to show ${JSON.stringify(expected)} for ${shot.image}, got ${JSON.stringify(facts)}`);
      const imagePath = join(root, shot.image);
      mkdirSync(dirname(imagePath), { recursive: true });
      // A phone without a chosen place: the counts and the map, as a reader who scrolled down to
      // them sees them (a chosen place's answer is scrolled into view by the page itself).
      if (shot.viewport.width < 900 && shot.view["place"] === undefined)
        await page.locator("#summary").evaluate((summary) => summary.scrollIntoView());
      await page.screenshot({ path: imagePath, animations: "disabled", caret: "hide" });
      await page.close();
      records.push({
        image: shot.image,
        view: viewQuery(shot),
        viewport: shot.viewport,
        description: shot.description,
        imageSha256: sha256(readFileSync(imagePath)),
        data: { files: [...shot.data].sort(), version: meta.version, sha256: dataHash(shot.data) },
        facts,
      });
      console.log(`wrote ${shot.image} (${viewQuery(shot)}, ${shot.viewport.width}x${shot.viewport.height})`);
    }
  } finally {
    await browser.close();
  }
  const manifest: ScreenshotManifest = { generator: "data/scripts/explorer/screenshots.ts", screenshots: records };
  writeFileSync(join(root, manifestPath), `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(`wrote ${manifestPath}`);
}

async function main(): Promise<void> {
  if (process.argv.includes("--check")) {
    const problems = staleScreenshots();
    if (problems.length > 0) {
      console.error(`Screenshots are out of date:\n- ${problems.join("\n- ")}\nRun \`npm run screenshots\` and commit the result.`);
      process.exitCode = 1;
      return;
    }
    console.log(`${screenshots.length} screenshot(s) are up to date.`);
    return;
  }
  await writeScreenshots();
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
