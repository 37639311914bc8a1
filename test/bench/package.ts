/**
 * Measurements of the built package: cold import in fresh Node processes, the heap the data
 * takes, and bundle sizes (esbuild, minified, gzip level 9). Everything runs against a copy of
 * dist/ taken at the start, so that a rebuild by someone else in the same tree cannot change the
 * files halfway through a run.
 */
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { isDeepStrictEqual } from "node:util";
import { gzipSync } from "node:zlib";
import { build, type Plugin } from "esbuild";
import { type DatasetFile, datasetNames, exportNames, type FormName, formModule, plainForms } from "./data-forms.js";
import { median } from "./harness.js";

export const root = fileURLToPath(new URL("../../", import.meta.url));
const workDirectory = join(root, ".tmp", "bench");
const distCopy = join(workDirectory, "dist");
const formsDirectory = join(workDirectory, "forms");
const publishedDirectory = join(root, "data", "published");

/** The entry file in dist/ of each data subpath. */
const subpathFiles: Record<DatasetFile, string> = {
  sources: "sources.js",
  jurisdictions: "jurisdictions.js",
  activations: "activations.js",
  events: "events.js",
  statistics: "statistics.js",
  "offense-levels": "offense-levels.js",
};

export const publishedFile = (dataset: DatasetFile) => join(publishedDirectory, `${dataset}.json`);

/** Build dist/ when it is missing, then copy its JavaScript to .tmp/bench/dist. */
export function prepareDist(log: (line: string) => void): string {
  const dist = join(root, "dist");
  if (!existsSync(join(dist, "index.js"))) {
    log("dist/ is missing: running npm run build");
    execFileSync("npm", ["run", "build"], { cwd: root, stdio: "inherit" });
  }
  rmSync(distCopy, { recursive: true, force: true });
  mkdirSync(distCopy, { recursive: true });
  for (const name of readdirSync(dist)) if (name.endsWith(".js")) cpSync(join(dist, name), join(distCopy, name));
  return distCopy;
}

// ---------------------------------------------------------------------------------------------
// Fresh processes
// ---------------------------------------------------------------------------------------------

/** An environment for child processes without the loaders of the process that runs the suite. */
function childEnvironment(): NodeJS.ProcessEnv {
  const environment = { ...process.env };
  delete environment["NODE_OPTIONS"];
  return environment;
}

/** Run `code` as an ES module in a fresh Node process; it prints one JSON value, which is returned. */
function inFreshProcess<T>(code: string, argument: string, flags: readonly string[] = []): T {
  const output = execFileSync(process.execPath, [...flags, "--input-type=module", "--eval", code, argument], {
    env: childEnvironment(),
    encoding: "utf8",
  });
  return JSON.parse(output) as T;
}

/** Milliseconds of `await import(url)`, timed inside the process (start-up excluded). */
const importTimer = `
const url = process.argv[1];
const start = performance.now();
await import(url);
const end = performance.now();
process.stdout.write(JSON.stringify(end - start));
`;

/** Milliseconds to read and JSON.parse the files, timed inside the process. */
const parseTimer = `
import { readFileSync } from "node:fs";
const files = JSON.parse(process.argv[1]);
const start = performance.now();
const data = files.map((file) => JSON.parse(readFileSync(file, "utf8")));
const end = performance.now();
globalThis.kept = data;
process.stdout.write(JSON.stringify(end - start));
`;

/** Milliseconds from `await import(url)` to the first answer of a lookup by code or by name, timed inside the process. */
const firstAnswerTimer = `
const [url, kind, query] = JSON.parse(process.argv[1]);
const start = performance.now();
const module = await import(url);
const found = kind === "code" ? module.getJurisdiction(query) : module.findJurisdictions(query)[0];
const end = performance.now();
if (found === undefined) throw new Error("no answer for " + query);
process.stdout.write(JSON.stringify(end - start));
`;

/**
 * The same first answer by hand: read and JSON.parse the files (the first is jurisdictions), build a
 * Map (by id and FIPS code; or by lowercased name, full name and alias), one get.
 */
const firstAnswerBaseline = `
import { readFileSync } from "node:fs";
const [files, kind, query] = JSON.parse(process.argv[1]);
const start = performance.now();
const data = files.map((file) => JSON.parse(readFileSync(file, "utf8")));
const map = new Map();
for (const jurisdiction of data[0]) {
  if (kind === "code") {
    map.set(jurisdiction.id, jurisdiction);
    if (jurisdiction.fips !== undefined) map.set(jurisdiction.fips, jurisdiction);
  } else {
    for (const name of [jurisdiction.name, jurisdiction.fullName, ...jurisdiction.aliases]) {
      const key = name.toLowerCase();
      const list = map.get(key);
      if (list === undefined) map.set(key, [jurisdiction]);
      else list.push(jurisdiction);
    }
  }
}
const found = kind === "code" ? map.get(query) : map.get(query.toLowerCase())?.[0];
const end = performance.now();
if (found === undefined) throw new Error("no answer for " + query);
globalThis.kept = data;
process.stdout.write(JSON.stringify(end - start));
`;

/** A first answer in a fresh process against the same answer by hand. */
export interface FirstAnswer {
  readonly name: string;
  readonly baseline: string;
  readonly kind: "code" | "name";
  readonly answerMs: number;
  readonly baselineMs: number;
  /** answerMs / baselineMs. */
  readonly ratio: number;
  readonly goal?: number;
  readonly runs: number;
}

export function firstAnswers(dist: string, runs: number): FirstAnswer[] {
  const main = pathToFileURL(join(dist, "index.js")).href;
  const participation = pathToFileURL(join(dist, "participation.js")).href;
  const jurisdictionsOnly = [publishedFile("jurisdictions")];
  const everything = ["jurisdictions", ...datasetNames.filter((name) => name !== "jurisdictions")].map((name) =>
    publishedFile(name as DatasetFile),
  );
  const cases: [string, string, string, readonly string[], "code" | "name", string, number | undefined][] = [
    ['main entry, getJurisdiction("12086")', main, "jurisdictions.json", jurisdictionsOnly, "code", "12086", 1.2],
    ['main entry, getJurisdiction("12086")', main, "all six published JSON files", everything, "code", "12086", undefined],
    ['`/participation`, getJurisdiction("12086")', participation, "jurisdictions.json", jurisdictionsOnly, "code", "12086", undefined],
    ['main entry, findJurisdictions("Miami-Dade County")', main, "jurisdictions.json", jurisdictionsOnly, "name", "Miami-Dade County", 1.5],
    [
      'main entry, findJurisdictions("Miami-Dade County")',
      main,
      "all six published JSON files",
      everything,
      "name",
      "Miami-Dade County",
      undefined,
    ],
  ];
  return cases.map(([name, url, baseline, files, kind, query, goal]) => {
    const answers: number[] = [];
    const baselines: number[] = [];
    for (let run = -1; run < runs; run += 1) {
      const answerMs = inFreshProcess<number>(firstAnswerTimer, JSON.stringify([url, kind, query]));
      const baselineMs = inFreshProcess<number>(firstAnswerBaseline, JSON.stringify([files, kind, query]));
      if (run < 0) continue;
      answers.push(answerMs);
      baselines.push(baselineMs);
    }
    const answerMs = median(answers);
    const baselineMs = median(baselines);
    return { name, baseline, kind, answerMs, baselineMs, ratio: answerMs / baselineMs, ...(goal === undefined ? {} : { goal }), runs };
  });
}

/** Heap used (after full GCs) before and after importing `url`, then after a first lookup. */
const heapMeter = `
const [url, kind] = JSON.parse(process.argv[1]);
const settle = () => { for (let i = 0; i < 3; i += 1) globalThis.gc(); return process.memoryUsage(); };
const before = settle();
let kept;
if (kind === "json") {
  const { readFileSync } = await import("node:fs");
  kept = url.map((file) => JSON.parse(readFileSync(file, "utf8")));
} else {
  kept = await import(url);
}
const afterImport = settle();
let afterLookup = afterImport;
const steps = [];
if (kind === "package") {
  // The first answers one after the other, the heap settled after each: what each one's indexes add.
  const answers = [
    ['getJurisdiction("12086")', () => kept.getJurisdiction("12086")],
    ['findJurisdictions("Miami-Dade County")', () => kept.findJurisdictions("Miami-Dade County")],
    ['participationStatus("12086", "2011-06-07")', () => kept.participationStatus("12086", "2011-06-07")],
    ['jurisdictionsInStatus("activated", "2011-06-07")', () => kept.jurisdictionsInStatus("activated", "2011-06-07")],
    ['rolloutProgress({ by: "year" })', () => kept.rolloutProgress({ by: "year" })],
    ['eventsBetween("2011", "2011")', () => kept.eventsBetween("2011", "2011")],
  ];
  globalThis.answers = [];
  for (const [name, answer] of answers) {
    globalThis.answers.push(answer());
    afterLookup = settle();
    steps.push({ name, heapUsed: afterLookup.heapUsed - before.heapUsed });
  }
}
globalThis.kept = kept;
process.stdout.write(JSON.stringify({
  heapUsed: afterImport.heapUsed - before.heapUsed,
  external: afterImport.external - before.external,
  rss: afterImport.rss - before.rss,
  heapUsedAfterLookup: afterLookup.heapUsed - before.heapUsed,
  steps,
}));
`;

/** A cold-import comparison: the module's import against reading and parsing the same JSON. */
export interface ColdImport {
  readonly name: string;
  readonly importMs: number;
  readonly parseMs: number;
  /** importMs / parseMs. */
  readonly ratio: number;
  readonly runs: number;
}

/** Alternate the two measurements `runs` times (after one discarded run of each, which warms the file cache). */
function alternate(url: string, files: readonly string[], runs: number): { importMs: number; parseMs: number; ratio: number } {
  const imports: number[] = [];
  const parses: number[] = [];
  for (let run = -1; run < runs; run += 1) {
    const importMs = inFreshProcess<number>(importTimer, url);
    const parseMs = inFreshProcess<number>(parseTimer, JSON.stringify(files));
    if (run < 0) continue;
    imports.push(importMs);
    parses.push(parseMs);
  }
  const importMs = median(imports);
  const parseMs = median(parses);
  return { importMs, parseMs, ratio: importMs / parseMs };
}

/** Cold import of the main entry and of each data subpath, against JSON.parse of the same data. */
export function coldImports(dist: string, runs: number): ColdImport[] {
  const entries: [string, string, readonly string[]][] = [
    ["secure-communities (main entry)", "index.js", datasetNames.map(publishedFile)],
    ...datasetNames.map((dataset): [string, string, readonly string[]] => [
      `secure-communities/${dataset}`,
      subpathFiles[dataset],
      [publishedFile(dataset)],
    ]),
  ];
  return entries.map(([name, file, files]) => ({ name, ...alternate(pathToFileURL(join(dist, file)).href, files, runs), runs }));
}

/** The fixed cost of `await import` in a fresh process: an empty module. */
export function emptyImportMs(runs: number): number {
  mkdirSync(formsDirectory, { recursive: true });
  const file = join(formsDirectory, "empty.js");
  writeFileSync(file, "export {};\n");
  const times: number[] = [];
  for (let run = -1; run < runs; run += 1) {
    const time = inFreshProcess<number>(importTimer, pathToFileURL(file).href);
    if (run >= 0) times.push(time);
  }
  return median(times);
}

// ---------------------------------------------------------------------------------------------
// Data module forms
// ---------------------------------------------------------------------------------------------

export interface FormTiming {
  readonly dataset: DatasetFile;
  readonly form: FormName;
  readonly importMs: number;
  readonly parseMs: number;
  readonly ratio: number;
  /** Module size in bytes, and minified + gzipped. */
  readonly bytes: number;
  readonly gzipBytes: number;
  readonly heapUsed?: number;
}

function writeForm(dataset: DatasetFile, form: FormName): string {
  mkdirSync(formsDirectory, { recursive: true });
  const file = join(formsDirectory, `${dataset}.${form.replace("+", "-")}.js`);
  writeFileSync(file, formModule(form, dataset, readFileSync(publishedFile(dataset), "utf8")));
  return file;
}

/** Checks that every form's `data` equals the published JSON, fields in the same order; returns what differs. */
export async function checkForms(
  datasets: readonly DatasetFile[],
  forms: (dataset: DatasetFile) => readonly FormName[],
): Promise<string[]> {
  const problems: string[] = [];
  for (const dataset of datasets) {
    const expected = JSON.stringify(JSON.parse(readFileSync(publishedFile(dataset), "utf8")));
    for (const form of forms(dataset)) {
      const module = (await import(pathToFileURL(writeForm(dataset, form)).href)) as { data: unknown };
      if (JSON.stringify(module.data) !== expected) problems.push(`${dataset} as ${form} differs from data/published/${dataset}.json`);
      if (form.endsWith("+freeze") && !isDeeplyFrozen(module.data)) problems.push(`${dataset} as ${form} is not deeply frozen`);
    }
  }
  return problems;
}

/** Checks that each data subpath of the built package exports exactly the published JSON. */
export async function checkDist(dist: string): Promise<string[]> {
  const problems: string[] = [];
  for (const dataset of datasetNames) {
    const module = (await import(pathToFileURL(join(dist, subpathFiles[dataset])).href)) as Record<string, unknown>;
    const expected: unknown = JSON.parse(readFileSync(publishedFile(dataset), "utf8"));
    if (!isDeepStrictEqual(module[exportNames[dataset]], expected))
      problems.push(`dist/${subpathFiles[dataset]} differs from data/published/${dataset}.json`);
  }
  return problems;
}

function isDeeplyFrozen(value: unknown): boolean {
  if (value === null || typeof value !== "object") return true;
  return Object.isFrozen(value) && Object.values(value).every(isDeeplyFrozen);
}

export function formTimings(
  datasets: readonly DatasetFile[],
  forms: (dataset: DatasetFile) => readonly FormName[],
  runs: number,
): FormTiming[] {
  const timings: FormTiming[] = [];
  for (const dataset of datasets) {
    for (const form of forms(dataset)) {
      const file = writeForm(dataset, form);
      const source = readFileSync(file, "utf8");
      const { importMs, parseMs, ratio } = alternate(pathToFileURL(file).href, [publishedFile(dataset)], runs);
      const heap = inFreshProcess<{ heapUsed: number }>(heapMeter, JSON.stringify([pathToFileURL(file).href, "module"]), ["--expose-gc"]);
      timings.push({ dataset, form, importMs, parseMs, ratio, bytes: Buffer.byteLength(source), gzipBytes: 0, heapUsed: heap.heapUsed });
    }
  }
  return timings;
}

export { plainForms };

/** Freeze of parsed jurisdictions in a fresh process: the package's generic walk, and a loop that knows the records' shape. */
const freezeTimer = `
import { readFileSync } from "node:fs";
const [file, kind] = JSON.parse(process.argv[1]);
function deepFreeze(value) {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    for (const key of Object.keys(value)) deepFreeze(value[key]);
    Object.freeze(value);
  }
  return value;
}
function freezeJurisdictions(records) {
  for (let index = 0; index < records.length; index += 1) {
    const record = records[index];
    Object.freeze(record.aliases);
    const citations = record.citations;
    for (let at = 0; at < citations.length; at += 1) Object.freeze(citations[at]);
    Object.freeze(citations);
    Object.freeze(record);
  }
  return Object.freeze(records);
}
const text = readFileSync(file, "utf8");
const start = performance.now();
const data = JSON.parse(text);
const parsed = performance.now();
if (kind === "generic") deepFreeze(data);
else freezeJurisdictions(data);
const end = performance.now();
process.stdout.write(JSON.stringify([parsed - start, end - parsed]));
`;

export function freezeTimings(runs: number): { parseMs: number; genericMs: number; shapeAwareMs: number; runs: number } {
  const parse: number[] = [];
  const generic: number[] = [];
  const shapeAware: number[] = [];
  const file = publishedFile("jurisdictions");
  for (let run = 0; run < runs; run += 1) {
    const [parseMs, genericMs] = inFreshProcess<[number, number]>(freezeTimer, JSON.stringify([file, "generic"]));
    const [, shapeAwareMs] = inFreshProcess<[number, number]>(freezeTimer, JSON.stringify([file, "shape"]));
    parse.push(parseMs);
    generic.push(genericMs);
    shapeAware.push(shapeAwareMs);
  }
  return { parseMs: median(parse), genericMs: median(generic), shapeAwareMs: median(shapeAware), runs };
}

// ---------------------------------------------------------------------------------------------
// Heap
// ---------------------------------------------------------------------------------------------

export interface HeapUse {
  readonly name: string;
  readonly heapUsed: number;
  readonly external: number;
  readonly heapUsedAfterLookup?: number;
  /** For the first answers: the heap after each one, in turn. */
  readonly steps?: readonly { readonly name: string; readonly heapUsed: number }[];
}

export function heapUse(dist: string): HeapUse[] {
  const measure = (argument: unknown) =>
    inFreshProcess<{ heapUsed: number; external: number; heapUsedAfterLookup: number; steps: HeapUse["steps"] }>(
      heapMeter,
      JSON.stringify(argument),
      ["--expose-gc"],
    );
  const whole = measure([pathToFileURL(join(dist, "index.js")).href, "package"]);
  const json = measure([datasetNames.map(publishedFile), "json"]);
  const jurisdictions = measure([[publishedFile("jurisdictions")], "json"]);
  return [
    {
      name: "import of the main entry (all data and helpers)",
      heapUsed: whole.heapUsed,
      external: whole.external,
      heapUsedAfterLookup: whole.heapUsedAfterLookup,
      ...(whole.steps === undefined ? {} : { steps: whole.steps }),
    },
    {
      name: "... then the first answers: a lookup by code and by name, a status, the counties in a status, a rollout, a timeline query (indexes built)",
      heapUsed: whole.heapUsedAfterLookup,
      external: whole.external,
    },
    { name: "JSON.parse of the six published JSON files, kept", heapUsed: json.heapUsed, external: json.external },
    { name: "JSON.parse of jurisdictions alone, kept", heapUsed: jurisdictions.heapUsed, external: jurisdictions.external },
  ];
}

// ---------------------------------------------------------------------------------------------
// Bundle size
// ---------------------------------------------------------------------------------------------

export interface BundleSize {
  readonly name: string;
  /** What the bundled module contains. */
  readonly entry: string;
  readonly minifiedBytes: number;
  readonly gzipBytes: number;
  /** Goal for the gzipped size in bytes. */
  readonly goalBytes?: number;
}

async function bundle(contents: string, resolveDir: string, plugins: Plugin[] = []): Promise<{ minifiedBytes: number; gzipBytes: number }> {
  const result = await build({
    stdin: { contents, resolveDir, loader: "ts", sourcefile: "entry.ts" },
    bundle: true,
    minify: true,
    format: "esm",
    write: false,
    logLevel: "silent",
    plugins,
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return { minifiedBytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length };
}

/** What each bundle contains; `from` is the module path, relative to dist/ (or src/ for `source`). */
interface BundleCase {
  readonly name: string;
  readonly entry: string;
  readonly goalBytes?: number;
  readonly source?: boolean;
}

const bundleCases: readonly BundleCase[] = [
  { name: "one helper without data: categoryPercentages", entry: 'export { categoryPercentages } from "./index.js"', goalBytes: 1000 },
  { name: "one helper family without data: the partial-date helpers", entry: 'export * from "./partial-date.js"', goalBytes: 1000 },
  {
    name: "(part of both) the shared error messages, src/internal/errors.ts",
    entry: 'export { expectedMessage } from "./internal/errors.js"',
    source: true,
  },
  { name: "the percentages subpath (statisticPercentages looks statistics up by id)", entry: 'export * from "./percentages.js"' },
  {
    name: "createTimeline alone (a timeline of the caller's own events)",
    entry: 'export { createTimeline } from "./index.js"',
    goalBytes: 3_000,
  },
  {
    name: "(part of createTimeline) what any timeline query checks with: the date parser, the option checks, the kinds and categories",
    entry:
      'export { parsePartialDate } from "./partial-date.js"; export { expectedMessage, optionsObject } from "./internal/errors.js"; export { eventCategories, eventKinds } from "./generated/values.js";',
    source: true,
  },
  { name: "participationStatus alone", entry: 'export { participationStatus } from "./index.js"', goalBytes: 25_000 },
  { name: "getJurisdiction alone", entry: 'export { getJurisdiction } from "./index.js"' },
  { name: "the article's facts: events, statistics, sources", entry: 'export { events, statistics, sources } from "./index.js"' },
  { name: "the counties: jurisdictions, activations", entry: 'export { jurisdictions, activations } from "./index.js"' },
  { name: "the jurisdictions alone", entry: 'export { jurisdictions } from "./index.js"' },
  { name: "the events alone", entry: 'export { events } from "./index.js"' },
  { name: "the activations alone", entry: 'export { activations } from "./index.js"' },
  {
    name: "the data participationStatus reads: jurisdictions (cities included, for names), events, activations",
    entry: 'export { jurisdictions, events, activations } from "./index.js"',
  },
  {
    name: "every dataset, no helpers",
    entry: 'export { activations, countyCodeChanges, events, jurisdictions, meta, offenseLevels, sources, statistics } from "./index.js"',
  },
  { name: "everything: the main entry", entry: 'export * from "./index.js"', goalBytes: 60_000 },
];

export async function bundleSizes(dist: string): Promise<BundleSize[]> {
  const sizes: BundleSize[] = [];
  for (const item of bundleCases) {
    const size = await bundle(item.entry, item.source === true ? join(root, "src") : dist);
    sizes.push({ name: item.name, entry: item.entry, ...size, ...(item.goalBytes === undefined ? {} : { goalBytes: item.goalBytes }) });
  }
  return sizes;
}

/** Redirects src/generated/<dataset>.js to that dataset written in another form. */
function dataForm(datasets: readonly DatasetFile[], form: FormName): Plugin {
  return {
    name: `data-form-${form}`,
    setup(setupBuild) {
      setupBuild.onResolve({ filter: /generated\/[a-z-]+\.js$/ }, (args) => {
        const dataset = datasets.find((name) => args.path.endsWith(`generated/${name}.js`));
        if (dataset === undefined) return undefined;
        const file = writeForm(dataset, form);
        // A form module exports `data`; the package's modules export the dataset by name.
        const wrapper = join(dirname(file), `${dataset}.${form.replace("+", "-")}-wrapper.js`);
        writeFileSync(wrapper, `export { data as ${exportNames[dataset]} } from "./${file.slice(dirname(file).length + 1)}";\n`);
        return { path: wrapper };
      });
    },
  };
}

/**
 * The main entry and the counties bundled from src/ as they are (jurisdictions and activations in
 * the compact layout the generator emits), and as they were before it: every dataset as
 * `JSON.parse` of a template literal, deeply frozen.
 */
export async function compactBundleSizes(): Promise<{
  before: BundleSize;
  after: BundleSize;
  countiesBefore: BundleSize;
  countiesAfter: BundleSize;
}> {
  const source = join(root, "src");
  const everything = 'export * from "./index.js"';
  const counties = 'export { jurisdictions, activations } from "./index.js"';
  const firstForm = dataForm(["jurisdictions", "activations"], "json-template+freeze");
  return {
    before: {
      name: "everything, before: JSON.parse for every dataset",
      entry: everything,
      ...(await bundle(everything, source, [firstForm])),
      goalBytes: 60_000,
    },
    after: {
      name: "everything, after: the compact layout (as generated)",
      entry: everything,
      ...(await bundle(everything, source)),
      goalBytes: 60_000,
    },
    countiesBefore: { name: "the counties, before: JSON.parse", entry: counties, ...(await bundle(counties, source, [firstForm])) },
    countiesAfter: { name: "the counties, after: the compact layout", entry: counties, ...(await bundle(counties, source)) },
  };
}

/** Minified + gzipped size of a form module on its own. */
export async function formGzipBytes(dataset: DatasetFile, form: FormName): Promise<number> {
  const file = writeForm(dataset, form);
  return (await bundle(`export { data } from "./${file.slice(formsDirectory.length + 1)}"`, formsDirectory)).gzipBytes;
}
