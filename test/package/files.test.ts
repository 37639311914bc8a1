/**
 * What `npm publish` would ship: the file list of `npm pack --dry-run --json` against an
 * allowlist, and no script in package.json that would run on a user's install.
 *
 * `npm test` builds dist/ first; this reads the work tree as it is.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { posix } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
const manifest = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as {
  scripts?: Record<string, string>;
  exports: Record<string, unknown>;
  bin?: Record<string, string>;
  main?: string;
  module?: string;
  types?: string;
  typesVersions?: Record<string, Record<string, string[]>>;
  dependencies?: Record<string, string>;
};

// The environment without the `npm_*` variables of an enclosing `npm run`.
const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
const packed = JSON.parse(
  execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: root, env, encoding: "utf8" }),
) as [{ files: { path: string }[] }];
const files = packed[0].files.map((file) => file.path).sort();

/** What may ship. dist/ holds built code and types only: no source maps, no tests. */
const allowed: readonly RegExp[] = [
  /^package\.json$/,
  /^README\.md$/,
  /^LICEN[CS]E(\.(md|txt))?$/,
  /^CHANGELOG\.md$/,
  // How to cite the release (generated with it).
  /^CITATION\.cff$/,
  /^dist\/([\w-]+\/)*[\w.-]+\.(js|cjs|mjs|d\.ts|d\.cts|d\.mts)$/,
  /^data\/published\/([\w-]+\/)*[\w.-]+\.(json|csv|parquet)$/,
  // The licence of a table the data is derived from, shipped with the data as it requires.
  /^data\/published\/[\w.-]+\.LICENSE$/,
  // The guides and charts the README links to, so that its links work from an installed copy.
  /^docs\/[\w-]+\.md$/,
  /^docs\/[\w-]+\.png$/,
  /^docs\/charts\/[\w-]+\.svg$/,
  // The explorer, built by prepack, and the screenshots of it the README and its guide show.
  /^docs\/explorer\/index\.html$/,
  /^docs\/screenshots\/[\w-]+\.png$/,
];
const forbidden: readonly RegExp[] = [/\.map$/, /\.(test|spec|bench)(-d)?\.[cm]?[jt]s$/, /(^|\/)(test|tests|__tests__|bench)\//];

/** Every path a manifest field or the exports map points at, without its leading "./". */
function targets(value: unknown): string[] {
  if (typeof value === "string") return [value.replace(/^\.\//, "")];
  if (Array.isArray(value)) return value.flatMap(targets);
  if (value !== null && typeof value === "object") return Object.values(value).flatMap(targets);
  return [];
}

function matches(target: string): string[] {
  if (!target.includes("*")) return files.filter((file) => file === target);
  const [prefix = "", suffix = ""] = target.split("*");
  return files.filter((file) => file.startsWith(prefix) && file.endsWith(suffix) && file.length > prefix.length + suffix.length);
}

describe("the published file list (npm pack --dry-run)", () => {
  it("was built: run `npm run build` first when this fails", () => {
    expect(files).toEqual(expect.arrayContaining(["dist/index.js", "dist/index.cjs", "dist/index.d.ts", "dist/index.d.cts"]));
  });

  it("holds only allowlisted files: package.json, README, LICENSE, CHANGELOG, dist/ code and types, data/published, docs", () => {
    expect(files.filter((file) => !allowed.some((pattern) => pattern.test(file)))).toEqual([]);
    expect(files.filter((file) => forbidden.some((pattern) => pattern.test(file)))).toEqual([]);
  });

  it("ships the readme, the licence and every open-format file", () => {
    expect(files).toEqual(
      expect.arrayContaining([
        "package.json",
        "README.md",
        "LICENSE",
        "data/published/datapackage.json",
        "data/published/ct-towns-counties-planning-regions.LICENSE",
        "data/published/npr-sanctuary-cities.LICENSE",
      ]),
    );
    for (const name of ["sources", "jurisdictions", "activations", "events", "statistics", "offense-levels", "detainers"]) {
      expect(files).toEqual(
        expect.arrayContaining([`data/published/${name}.json`, `data/published/${name}.schema.json`, `data/published/${name}.csv`]),
      );
    }
  });

  it("ships every file the exports map, main, module, types, typesVersions and bin point at", () => {
    const pointed = [
      ...targets(manifest.exports),
      ...targets([manifest.main, manifest.module, manifest.types].filter((field) => field !== undefined)),
      ...targets(Object.values(manifest.typesVersions ?? {})),
      ...targets(manifest.bin ?? {}),
    ];
    expect(pointed.filter((target) => matches(target).length === 0)).toEqual([]);
  });
});

describe("package.json", () => {
  it("has no script that runs on a user's install (preinstall, install, postinstall, prepare, prepublish)", () => {
    const scripts = Object.keys(manifest.scripts ?? {});
    expect(scripts.filter((name) => ["preinstall", "install", "postinstall", "prepare", "prepublish"].includes(name))).toEqual([]);
  });

  it("has no runtime dependencies (zod is an optional peer)", () => {
    expect(manifest.dependencies ?? {}).toEqual({});
  });
});

describe("what the README links to", () => {
  it("ships: every relative link and image of the README is in the tarball", () => {
    const readme = readFileSync(`${root}/README.md`, "utf8");
    const links = [...readme.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)]
      .map((match) => match[1] as string)
      .filter((target) => !/^[a-z]+:/i.test(target));
    expect(links.length).toBeGreaterThan(5);
    expect(links.filter((target) => !files.includes(target))).toEqual([]);
  });

  it("ships: every relative link and image of the explorer's guide is in the tarball, the page itself built on pack", () => {
    const guide = readFileSync(`${root}/docs/explorer.md`, "utf8");
    const links = [...guide.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)]
      .map((match) => match[1] as string)
      .filter((target) => !/^[a-z]+:/i.test(target))
      .map((target) => posix.normalize(posix.join("docs", target)));
    const page = "docs/explorer/index.html";
    expect(links).toContain(page);
    // The page is built output (not committed): "files" names it and prepack builds it, so
    // `npm pack` and `npm publish` ship it; a dry run with --ignore-scripts lists it once built.
    expect((manifest as unknown as { files: string[] }).files).toContain(page);
    expect(manifest.scripts?.["prepack"]).toMatch(/npm run build && npm run explorer/);
    const built = existsSync(`${root}/${page}`);
    expect(links.filter((target) => !files.includes(target) && !(target === page && !built))).toEqual([]);
  });

  it("names the repository, its home page and where to report bugs", () => {
    const { repository, homepage, bugs } = manifest as { repository?: { url?: string }; homepage?: string; bugs?: { url?: string } };
    expect(repository?.url).toMatch(/^git\+https:\/\/github\.com\/[\w-]+\/[\w-]+\.git$/);
    expect(homepage).toMatch(/^https:\/\/github\.com\//);
    expect(bugs?.url).toMatch(/\/issues$/);
  });

  it("ships the command line as ESM only: no dist/cli.cjs that nothing could reach", () => {
    expect(files).toContain("dist/cli.js");
    expect(files).not.toContain("dist/cli.cjs");
  });
});
