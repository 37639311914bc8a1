/**
 * The package as a user gets it: build, pack the tarball, install it into scratch projects with
 * `npm install --offline <tarball>` (the package has no dependencies, so no registry is needed),
 * then import it from plain ESM, plain CommonJS, TypeScript (node16 and bundler resolution, strict,
 * without skipLibCheck), a browser bundle made with esbuild, the JSON and CSV subpaths, and the
 * zod subpath with zod present.
 *
 * It builds into its own temporary folder rather than reading dist/, so it does not depend on (or
 * disturb) a build that another test or a person is running in the work tree.
 */
import { execFile } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildExplorer, explorerPath } from "../../data/scripts/explorer/build.js";

const execFileAsync = promisify(execFile);
const root = fileURLToPath(new URL("../..", import.meta.url));
const requireFromRepo = createRequire(join(root, "package.json"));
/** The repo's own TypeScript and zod: the scratch projects never fetch them. */
const tsc = requireFromRepo.resolve("typescript/bin/tsc");
const tsup = join(root, "node_modules", ".bin", "tsup");
const zodDirectory = dirname(requireFromRepo.resolve("zod/package.json"));

/**
 * The environment without the `npm_*` variables of an enclosing `npm run`, which would steer a
 * nested npm, and with a registry nothing listens on: nothing here may need the registry.
 */
const cleanEnv = {
  ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key))),
  npm_config_registry: "http://127.0.0.1:9/",
};

async function run(command: string, args: readonly string[], cwd: string): Promise<string> {
  try {
    const { stdout } = await execFileAsync(command, args, { cwd, env: { ...cleanEnv, NO_COLOR: "1" }, maxBuffer: 64 * 1024 * 1024 });
    return stdout;
  } catch (error) {
    const { stdout = "", stderr = "" } = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(" ")} failed in ${cwd}\n${stdout}\n${stderr}`);
  }
}

/** Runs a script with node and parses the one JSON line it prints. */
async function runJson(cwd: string, args: readonly string[]): Promise<unknown> {
  return JSON.parse(await run(process.execPath, args, cwd));
}

let temporary = "";
let tarball = "";

/** Writes a scratch project and installs the tarball (and `extra` paths) into it, offline. */
async function scratch(name: string, files: Record<string, string>, extra: readonly string[] = []): Promise<string> {
  const directory = join(temporary, name);
  mkdirSync(directory);
  for (const [file, text] of Object.entries(files)) writeFileSync(join(directory, file), text);
  await run("npm", ["install", "--no-audit", "--no-fund", "--offline", "--no-update-notifier", tarball, ...extra], directory);
  return directory;
}

// ---------------------------------------------------------------------------------------------
// What every scratch project computes, with one helper of each family and one data subpath.
// ---------------------------------------------------------------------------------------------

const probeBody = `
const status = participationStatus("12086", "2010-05");
const result = {
  jurisdiction: getJurisdiction("12086")?.id,
  miss: getJurisdiction("nope") === undefined,
  activation: status?.kind === "county" ? status.activation : undefined,
  share: statisticPercentages("florida-2008-10-2011-02-custody")?.rows[0]?.percent,
  shares: categoryPercentages({ total: 4, categories: [{ id: "a", count: 1 }, { id: "b", count: 2 }] }).rows.map((row) => row.percent),
  precision: parsePartialDate("2010-06").precision,
  events: eventsBetween("2011-05-04", "2011-08-05").map((event) => event.id),
  activations: activations.length,
  frozen: Object.isFrozen(activations) && Object.isFrozen(activations[0]),
  detainerYears: detainerSeries().length,
  declined: detainerBreakdown(2014, "lift-reason")?.rows[1]?.category,
};
`;
const probeImports = [
  "categoryPercentages",
  "eventsBetween",
  "getJurisdiction",
  "parsePartialDate",
  "participationStatus",
  "statisticPercentages",
];
const esmProbe = `import { ${probeImports.join(", ")} } from "secure-communities";
import { activations } from "secure-communities/activations";
import { detainerBreakdown, detainerSeries } from "secure-communities/detainers";
${probeBody}`;

function expectProbe(result: unknown): void {
  expect(result).toMatchObject({
    jurisdiction: "county-12086",
    miss: true,
    activation: { status: "activated", date: "2009-02-24" },
    share: 32.6,
    shares: [25, 50, 25],
    precision: "month",
    activations: 3143,
    frozen: true,
    detainerYears: 9,
    declined: "Detainer Declined by LEA",
  });
  expect((result as { events: string[] }).events).toEqual(expect.arrayContaining(["il-governor-withdraws", "moa-termination"]));
}

/** Checks that the public types are real (not `any`) and readonly; never called, only type-checked. */
const typeOnlyChecks = `
export function typeOnlyChecks(): void {
  // @ts-expect-error: exported data is readonly
  activations.push(activations[0]);
  // @ts-expect-error: a place is a string or a Jurisdiction, not a number
  participationStatus(12086, "2010-05");
  const share: number | undefined = statisticPercentages("florida-2008-10-2011-02-custody")?.rows[0]?.percent;
  const ids: readonly string[] = eventsBetween("2011-05-04", "2011-08-05").map((event) => event.id);
  void share;
  void ids;
}
`;

/** TypeScript scratch projects: strict, skipLibCheck off, no @types and no zod installed. */
function tsconfig(compilerOptions: Record<string, unknown>, include: readonly string[]): string {
  return JSON.stringify(
    { compilerOptions: { target: "es2022", lib: ["es2022"], strict: true, skipLibCheck: false, types: [], ...compilerOptions }, include },
    null,
    2,
  );
}

beforeAll(async () => {
  temporary = mkdtempSync(join(tmpdir(), "secure-communities-smoke-"));

  // Stage the package: the repo's package.json, its `files` (dist/ freshly built here), README etc.
  const stage = join(temporary, "stage");
  mkdirSync(stage);
  const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { files: string[] };
  cpSync(join(root, "package.json"), join(stage, "package.json"));
  // The explorer's page is built output: prepack builds it on `npm pack`; here it is built from the staged dist/.
  for (const entry of manifest.files.filter((file) => !file.startsWith("!") && file !== "dist" && file !== explorerPath)) {
    cpSync(join(root, entry), join(stage, entry), { recursive: true });
  }
  for (const file of readdirSync(root).filter((name) => /^(readme|license|licence|changelog)/i.test(name))) {
    cpSync(join(root, file), join(stage, file));
  }
  await run(tsup, ["--out-dir", join(stage, "dist")], root);
  expect(manifest.files).toContain(explorerPath);
  mkdirSync(join(stage, dirname(explorerPath)), { recursive: true });
  writeFileSync(join(stage, explorerPath), await buildExplorer(stage, root));

  const packed = JSON.parse(await run("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", temporary], stage)) as [
    { filename: string },
  ];
  tarball = join(temporary, packed[0].filename);
}, 180_000);

afterAll(() => {
  if (temporary !== "") rmSync(temporary, { recursive: true, force: true });
});

describe("the packed package", () => {
  let plain = "";
  let node16 = "";
  let bundler = "";
  let browser = "";
  let withZod = "";

  beforeAll(async () => {
    [plain, node16, bundler, browser, withZod] = await Promise.all([
      scratch("plain", {
        "package.json": JSON.stringify({ name: "scratch-plain", private: true }),
        "app.mjs": `${esmProbe}\nconsole.log(JSON.stringify(result));\n`,
        "app.cjs": `const { ${probeImports.join(", ")} } = require("secure-communities");
const { activations } = require("secure-communities/activations");
const { detainerBreakdown, detainerSeries } = require("secure-communities/detainers");
${probeBody}
console.log(JSON.stringify(result));
`,
        "json.mjs": `import records from "secure-communities/data/activations.json" with { type: "json" };
import datapackage from "secure-communities/datapackage.json" with { type: "json" };
import { activations } from "secure-communities/activations";
console.log(JSON.stringify({
  length: records.length,
  same: JSON.stringify(records) === JSON.stringify(activations),
  resources: datapackage.resources.map((resource) => resource.name),
}));
`,
        "csv.cjs": `const { readFileSync } = require("node:fs");
const path = require.resolve("secure-communities/data/activations.csv");
const lines = readFileSync(path, "utf8").split(/\\r?\\n/);
if (lines.at(-1) === "") lines.pop();
console.log(JSON.stringify({ path, header: lines[0], lines: lines.length }));
`,
        "no-zod.mjs": `import("secure-communities/zod").then(
  () => console.log(JSON.stringify({ loaded: true })),
  (error) => console.log(JSON.stringify({ loaded: false, code: error.code, message: error.message })),
);
`,
      }),
      scratch("typescript-node16", {
        "package.json": JSON.stringify({ name: "scratch-typescript-node16", private: true, type: "module" }),
        "tsconfig.json": tsconfig({ module: "node16", moduleResolution: "node16", outDir: "out", rootDir: "." }, ["app.mts", "app.cts"]),
        "app.mts": `${esmProbe}\nexport { result };\n${typeOnlyChecks}`,
        "app.cts": `import { ${probeImports.join(", ")} } from "secure-communities";
import { activations } from "secure-communities/activations";
import { detainerBreakdown, detainerSeries } from "secure-communities/detainers";
${probeBody}
export { result };
${typeOnlyChecks}`,
      }),
      scratch("typescript-bundler", {
        "package.json": JSON.stringify({ name: "scratch-typescript-bundler", private: true, type: "module" }),
        "tsconfig.json": tsconfig({ module: "esnext", moduleResolution: "bundler", noEmit: true }, ["app.ts"]),
        "app.ts": `${esmProbe}\nexport { result };\n${typeOnlyChecks}`,
      }),
      scratch("browser", {
        "package.json": JSON.stringify({ name: "scratch-browser", private: true, type: "module" }),
        "app.js": `${esmProbe}\nexport { result };\n`,
      }),
      scratch(
        "zod",
        {
          "package.json": JSON.stringify({ name: "scratch-zod", private: true, type: "module" }),
          "app.mjs": `import { activation, event } from "secure-communities/zod";
import { activations } from "secure-communities/activations";
import { events } from "secure-communities/events";
console.log(JSON.stringify({
  activations: activations.every((record) => activation.safeParse(record).success),
  events: events.every((record) => event.safeParse(record).success),
  corrupted: activation.safeParse({ ...activations[0], date: "2010-13-01" }).success,
}));
`,
          "app.cjs": `const { activation } = require("secure-communities/zod");
const { activations } = require("secure-communities/activations");
console.log(JSON.stringify({ activations: activations.every((record) => activation.safeParse(record).success) }));
`,
        },
        // The repo's own copy of zod, linked, so the install stays offline.
        [zodDirectory],
      ),
    ]);
  }, 120_000);

  it("installs offline and brings nothing with it: no dependencies, zod not installed as a peer", () => {
    expect(readdirSync(join(plain, "node_modules")).filter((name) => !name.startsWith("."))).toEqual(["secure-communities"]);
    const manifest = JSON.parse(readFileSync(join(plain, "node_modules", "secure-communities", "package.json"), "utf8")) as Record<
      string,
      unknown
    >;
    expect(manifest["dependencies"]).toBeUndefined();
  });

  it("ships the explorer: every link and image of its guide opens a file of the installed package", () => {
    const installed = join(plain, "node_modules", "secure-communities");
    const guide = readFileSync(join(installed, "docs", "explorer.md"), "utf8");
    const links = [...guide.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)]
      .map((match) => match[1] as string)
      .filter((target) => !/^[a-z]+:/i.test(target));
    expect(links).toContain("explorer/index.html");
    expect(links.filter((target) => !existsSync(join(installed, "docs", target)))).toEqual([]);
    const page = readFileSync(join(installed, "docs", "explorer", "index.html"), "utf8");
    expect(page).toContain('<svg id="map"');
    expect(page).not.toMatch(/<script[^>]+src=|<link[^>]+stylesheet/);
  });

  it("runs from plain ESM (node app.mjs)", async () => {
    expectProbe(await runJson(plain, ["app.mjs"]));
  });

  it("runs from plain CommonJS (node app.cjs, require)", async () => {
    expectProbe(await runJson(plain, ["app.cjs"]));
  });

  it("serves the JSON data as a JSON module (import ... with { type: 'json' })", async () => {
    const result = (await runJson(plain, ["--no-warnings", "json.mjs"])) as { length: number; same: boolean; resources: string[] };
    expect(result.length).toBe(3143);
    expect(result.same).toBe(true);
    expect(result.resources).toContain("activations");
  });

  it("serves the CSV data at the path the exports map resolves", async () => {
    const result = (await runJson(plain, ["csv.cjs"])) as { path: string; header: string; lines: number };
    expect(result.path).toBe(join(plain, "node_modules", "secure-communities", "data", "published", "activations.csv"));
    expect(result.header).toBe("county,date");
    expect(result.lines).toBe(3144);
  });

  it("loads the main entry without zod, and says so when the zod subpath is used without it", async () => {
    expect(existsSync(join(plain, "node_modules", "zod"))).toBe(false);
    expect(await runJson(plain, ["no-zod.mjs"])).toMatchObject({
      loaded: false,
      code: "ERR_MODULE_NOT_FOUND",
      message: expect.stringContaining("'zod'"),
    });
  });

  it("type-checks with moduleResolution node16 (ESM and CJS files), strict, skipLibCheck off, then runs", async () => {
    await run(process.execPath, [tsc, "-p", "tsconfig.json"], node16);
    expectProbe(
      await runJson(node16, ["--input-type=module", "-e", `console.log(JSON.stringify((await import("./out/app.mjs")).result))`]),
    );
    expectProbe(await runJson(node16, ["-e", `console.log(JSON.stringify(require("./out/app.cjs").result))`]));
  });

  it("type-checks with moduleResolution bundler (module esnext), strict, skipLibCheck off", async () => {
    await run(process.execPath, [tsc, "-p", "tsconfig.json"], bundler);
  });

  it("bundles for the browser with esbuild: no node: import, no require(, no zod; and the bundle runs", async () => {
    const bundled = await build({
      absWorkingDir: browser,
      entryPoints: ["app.js"],
      bundle: true,
      platform: "browser",
      format: "esm",
      write: false,
      metafile: true,
      logLevel: "silent",
    });
    expect(bundled.errors).toEqual([]);
    const [output] = bundled.outputFiles;
    const code = output?.text ?? "";
    expect(code).not.toMatch(/["']node:/);
    expect(code).not.toContain("require(");
    expect(Object.keys(bundled.metafile.inputs).filter((input) => input.includes("node_modules/zod"))).toEqual([]);
    writeFileSync(join(browser, "bundle.mjs"), code);
    expectProbe(
      await runJson(browser, ["--input-type=module", "-e", `console.log(JSON.stringify((await import("./bundle.mjs")).result))`]),
    );
  });

  it("validates records with secure-communities/zod when zod is installed (ESM and CJS)", async () => {
    expect(await runJson(withZod, ["app.mjs"])).toEqual({ activations: true, events: true, corrupted: false });
    expect(await runJson(withZod, ["app.cjs"])).toEqual({ activations: true });
  });
});
