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
import { meta } from "../../../src/generated/meta.js";
import { type DateInput, dayFromNumber, parsePartialDate } from "../../../src/partial-date.js";
import { participationStatus } from "../../../src/participation.js";
import { buildExplorer, explorerPath } from "./build.js";

const root = fileURLToPath(new URL("../../../", import.meta.url));

/** Where the manifest is written, relative to the repository root. */
export const manifestPath = "docs/screenshots.json";

/** A view of the explorer to capture, and the image it is written to. */
export interface Screenshot {
  /** The image, relative to the repository root (example: `"docs/explorer.png"`). */
  readonly image: string;
  /** The place chosen, as the page's `place` parameter takes it (example: `"17031"`). */
  readonly place: string;
  /** The date on the map, `YYYY-MM-DD` (example: `"2011-06-07"`). */
  readonly date: string;
  /** The browser window, in CSS pixels (one image pixel each). */
  readonly viewport: { readonly width: number; readonly height: number };
  /** What the image shows, in words: the alt text of every link to it. */
  readonly description: string;
  /** The published data files whose records the image shows, relative to the repository root. */
  readonly data: readonly string[];
}

/** The screenshots, each a view of the explorer. */
export const screenshots: readonly Screenshot[] = [
  {
    image: "docs/explorer.png",
    place: "17031",
    date: "2011-06-07",
    viewport: { width: 1280, height: 1080 },
    description:
      "The rollout explorer as of 7 June 2011 with Cook County, Illinois chosen: the county map, the count of counties switched on, the county's status and its state's decisions",
    data: [
      "data/published/activations.json",
      "data/published/events.json",
      "data/published/jurisdictions.json",
      "data/published/sources.json",
    ],
  },
];

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
  /** The place's status as of the date (example: `"not-activated"`). */
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
  return `?${new URLSearchParams({ place: shot.place, date: shot.date }).toString()}`;
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

/**
 * The facts a view shows, as the package's helpers give them now: what the page prints for the
 * nation, the place's status, and its decisions and claims.
 *
 * @param shot - The view.
 */
export function expectedFacts(shot: Screenshot): ScreenshotFacts {
  const nation = statusOrThrow("us", shot.date);
  if (nation.kind !== "nation" || nation.counties.activated === null || nation.statesComplete === null)
    throw new Error(`Expected the nation's counts as of ${shot.date}, got none`);
  // The page's "switched on that month": for a day, from the first of its month up to it.
  const interval = parsePartialDate(shot.date);
  const firstDay = interval.precision === "day" ? `${shot.date.slice(0, 7)}-01` : dayFromNumber(interval.startDay);
  const before = dayFromNumber(parsePartialDate(firstDay).startDay - 1);
  const place = statusOrThrow(shot.place, shot.date);
  const status =
    place.kind === "county" || place.kind === "city" ? place.activation.status : place.kind === "state" ? place.rollout : "nation";
  return {
    version: meta.version,
    counties: { activated: nation.counties.activated, total: nation.counties.total },
    recent: nation.counties.activated - activatedBy(before),
    statesComplete: nation.statesComplete,
    status,
    decisions: place.decisions.map((decision) => [decision.by, decision.event.id] as const),
    claims: place.claims.map((claim) => [claim.by, claim.event.id] as const),
  };
}

/** What the page shows of a view's facts, read from its DOM. */
async function pageFacts(page: Page): Promise<ScreenshotFacts> {
  const attribute = async (selector: string, name: string): Promise<string> => (await page.locator(selector).getAttribute(name)) ?? "";
  const events = (list: string) =>
    page.$$eval(`#place-status #${list} > li`, (items) =>
      items.map((item) => [item.getAttribute("data-by") ?? "", item.getAttribute("data-event") ?? ""] as const),
    );
  const header = (await page.locator("header").textContent()) ?? "";
  const total = /of ([\d,]+) counties switched on/.exec((await page.locator("#summary").textContent()) ?? "")?.[1] ?? "";
  return {
    version: /secure-communities\s+(\S+?)\.?$/.exec(header.trim())?.[1] ?? "",
    counties: { activated: Number(await attribute("#count", "data-count")), total: Number(total.replaceAll(",", "")) },
    recent: Number(await attribute("#count-recent", "data-count")),
    statesComplete: Number((await page.locator("#states-complete").textContent()) ?? ""),
    status: await attribute("#place-status .status", "data-status"),
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
      await page.locator("#place-name").waitFor();
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
