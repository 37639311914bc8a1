/**
 * The screenshots the README and the explorer's guide show (docs/screenshots/) are the explorer
 * as `npm run screenshots` draws it from the data of today: docs/screenshots.json says, for each,
 * the view, a hash of the data it shows and the facts it shows, and here they are recomputed.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, posix } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  dataHash,
  expectedFacts,
  manifestPath,
  type ScreenshotManifest,
  screenshots,
  staleScreenshots,
} from "../data/scripts/explorer/screenshots.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const manifest = JSON.parse(readFileSync(join(root, manifestPath), "utf8")) as ScreenshotManifest;

/** A PNG's width and height, from its IHDR chunk; throws when the file is not a PNG. */
function pngSize(path: string): { width: number; height: number } {
  const bytes = readFileSync(path);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature) || bytes.toString("latin1", 12, 16) !== "IHDR")
    throw new Error(`Expected a PNG at ${path}, got other bytes`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The images a Markdown file shows: alt text and path from the repository root. */
function markdownImages(file: string): { alt: string; path: string }[] {
  const text = readFileSync(join(root, file), "utf8");
  return [...text.matchAll(/!\[([^\]]*)\]\(([^)\s]+)\)/g)].map((match) => ({
    alt: match[1] as string,
    path: posix.normalize(posix.join(posix.dirname(file), match[2] as string)),
  }));
}

describe("docs/screenshots.json", () => {
  it("describes each screenshot the script takes, and no other", () => {
    expect(manifest.generator).toBe("data/scripts/explorer/screenshots.ts");
    expect(manifest.screenshots.map((record) => record.image).sort()).toEqual(screenshots.map((shot) => shot.image).sort());
  });

  it("names PNG files that exist, at the size of the view's window", () => {
    for (const record of manifest.screenshots) {
      const path = join(root, record.image);
      expect(existsSync(path), record.image).toBe(true);
      expect(pngSize(path), record.image).toEqual(record.viewport);
    }
  });

  it.each(screenshots.map((shot) => [shot.image, shot] as const))("%s is not older than the data it shows", (image, shot) => {
    const record = manifest.screenshots.find((candidate) => candidate.image === image);
    expect(record?.data.sha256, `${image} is older than its data: run npm run screenshots`).toBe(dataHash(shot.data, root));
  });

  it.each(screenshots.map((shot) => [shot.image, shot] as const))("%s shows what the helpers say today", (image, shot) => {
    const record = manifest.screenshots.find((candidate) => candidate.image === image);
    expect(record?.facts, `${image} shows facts the helpers no longer give: run npm run screenshots`).toEqual(
      JSON.parse(JSON.stringify(expectedFacts(shot))),
    );
  });

  it("is current: npm run screenshots -- --check passes", () => {
    expect(staleScreenshots(root)).toEqual([]);
    const tsx = join(root, "node_modules", ".bin", "tsx");
    const result = spawnSync(tsx, [join(root, "data", "scripts", "explorer", "screenshots.ts"), "--check"], {
      cwd: root,
      encoding: "utf8",
    });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("up to date");
  });
});

describe("the screenshots the docs show", () => {
  const linked = [...markdownImages("README.md"), ...markdownImages("docs/explorer.md")].filter((image) => image.path.endsWith(".png"));

  it("are in the manifest, with its words as their alt text", () => {
    expect(linked.length).toBeGreaterThanOrEqual(manifest.screenshots.length);
    for (const image of linked) {
      const record = manifest.screenshots.find((candidate) => candidate.image === image.path);
      expect(record, `${image.path} is linked but not taken by npm run screenshots`).toBeDefined();
      expect(image.alt).toBe(record?.description);
    }
  });

  it("include every screenshot the script takes, in the README and in the explorer's guide", () => {
    const readme = markdownImages("README.md").map((image) => image.path);
    const guide = markdownImages("docs/explorer.md").map((image) => image.path);
    for (const record of manifest.screenshots) {
      expect(readme, "README.md").toContain(record.image);
      expect(guide, "docs/explorer.md").toContain(record.image);
    }
  });

  it("are at 1280 pixels wide and on a phone (390 pixels), of a 2010 view, a 2014 view with decisions, a 2019 view and a chosen city", () => {
    const dates = new Set(screenshots.map((shot) => shot.view["date"]?.slice(0, 4)));
    expect([...dates].sort()).toEqual(["2010", "2014", "2019"]);
    expect(screenshots.some((shot) => shot.view["layers"]?.includes("decisions") && shot.view["date"]?.startsWith("2014"))).toBe(true);
    expect(screenshots.some((shot) => shot.view["place"]?.startsWith("city-"))).toBe(true);
    for (const shot of screenshots) {
      const other = screenshots.filter((candidate) => JSON.stringify(candidate.view) === JSON.stringify(shot.view));
      expect(other.map((candidate) => candidate.viewport.width).sort((a, b) => a - b)).toEqual([390, 1280]);
    }
  });
});

describe("the staleness check", () => {
  /** A scratch copy of the manifest, the images and the data they show. */
  function scratchCopy(): string {
    const directory = mkdtempSync(join(tmpdir(), "screenshots-check-"));
    const files = [manifestPath, ...screenshots.flatMap((shot) => [shot.image, ...shot.data])];
    for (const file of new Set(files)) cpSync(join(root, file), join(directory, file), { recursive: true });
    return directory;
  }

  it("passes on an exact copy", () => {
    const directory = scratchCopy();
    try {
      expect(staleScreenshots(directory)).toEqual([]);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });

  it("names a screenshot older than the data it shows, an image replaced by hand and a missing manifest", () => {
    const directory = scratchCopy();
    try {
      const [shot] = screenshots;
      if (shot === undefined) throw new Error("Expected a screenshot");
      const events = join(directory, "data", "published", "events.json");
      const records = JSON.parse(readFileSync(events, "utf8")) as { title: string }[];
      (records[0] as { title: string }).title += " (corrected)";
      writeFileSync(events, JSON.stringify(records));
      // Every screenshot shows the events: each is named.
      expect(staleScreenshots(directory)).toEqual(
        screenshots.map((each) => `${each.image} is older than the data it shows (${each.data.join(", ")})`),
      );

      writeFileSync(join(directory, shot.image), Buffer.concat([readFileSync(join(directory, shot.image)), Buffer.from([0])]));
      expect(staleScreenshots(directory)).toContain(`${shot.image} is not the image ${manifestPath} describes`);

      rmSync(join(directory, manifestPath));
      expect(staleScreenshots(directory)).toEqual([`${manifestPath} is missing`]);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});
