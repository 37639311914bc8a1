/**
 * Writes docs/benchmarks.md from one run of the suite. Every number in it comes from that run;
 * the prose around the numbers says what they mean and what the design does about them.
 */
import type { Goal, Sizes } from "./cases.js";
import type { FormName } from "./data-forms.js";
import { formatDuration, formatRatio, type Timing, type TimingOptions } from "./harness.js";
import type { BundleSize, ColdImport, FirstAnswer, FormTiming, HeapUse } from "./package.js";

export interface Machine {
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGiB: number;
  readonly node: string;
  readonly v8: string;
  readonly os: string;
  readonly loadAverage: number;
  readonly date: string;
}

export interface HelperResult {
  readonly id: string;
  readonly group: string;
  readonly title: string;
  readonly fastName: string;
  readonly baselineName: string;
  readonly goal?: Goal;
  readonly timing: Timing;
  readonly met?: boolean;
  readonly note?: string;
  readonly problem?: string;
  readonly scale?: { readonly events: number; readonly matches: number };
}

/** Freeze of the parsed jurisdictions in a fresh process: the generic walk and a loop that knows the shape. */
export interface FreezeTiming {
  readonly parseMs: number;
  readonly genericMs: number;
  readonly shapeAwareMs: number;
  readonly runs: number;
}

function freezeText(freeze: FreezeTiming): string {
  const saved = Math.round((100 * (freeze.genericMs - freeze.shapeAwareMs)) / freeze.genericMs);
  return `${saved}% less freeze time for jurisdictions, measured cold in fresh processes (${formatDuration(freeze.genericMs)} → ${formatDuration(freeze.shapeAwareMs)}, against ${formatDuration(freeze.parseMs)} for its \`JSON.parse\`; ${freeze.runs} runs, medians)`;
}

export interface SuiteResults {
  readonly machine: Machine;
  readonly quick: boolean;
  readonly timingOptions: TimingOptions;
  readonly processRuns: number;
  readonly formRuns: number;
  readonly sizes: Sizes;
  readonly helpers: readonly HelperResult[];
  readonly timelineChange: { size: number; from: string; to: string; before: Timing; after: Timing; direct: Timing };
  readonly emptyImportMs: number;
  readonly coldImports: readonly ColdImport[];
  readonly firstAnswers: readonly FirstAnswer[];
  readonly forms: readonly FormTiming[];
  readonly heap: readonly HeapUse[];
  readonly freeze: FreezeTiming;
  readonly bundles: readonly BundleSize[];
  readonly compactBundles: { before: BundleSize; after: BundleSize; countiesBefore: BundleSize; countiesAfter: BundleSize };
  readonly datasets: readonly string[];
  readonly realEventCount: number;
  readonly seconds: number;
}

const count = (value: number) => value.toLocaleString("en-US");
const kilobytes = (bytes: number) => `${(bytes / 1000).toFixed(bytes < 10_000 ? 2 : 1)} kB`;
const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;
/** A change of heap, with its sign; a change under 5 kB reads as none (garbage collection moves that much). */
const signedMegabytes = (bytes: number) => (Math.abs(bytes) < 5_000 ? "±0.00 MB" : `${bytes > 0 ? "+" : "−"}${megabytes(Math.abs(bytes))}`);
const cell = (text: string) => text.replaceAll("|", "\\|");

function goalText(goal: Goal | undefined): string {
  if (goal === undefined) return "(none: reported)";
  return goal.kind === "faster" ? `at least ${goal.value}x faster` : `at most ${goal.value}x the time`;
}

function ratioText(speedup: number, goal: Goal | undefined): string {
  if (goal?.kind === "at-most" || speedup < 1) return `**${formatRatio(1 / speedup)}x** the time`;
  return `**${formatRatio(speedup)}x** faster`;
}

function metText(met: boolean | undefined): string {
  return met === undefined ? "" : met ? "met" : "**missed**";
}

/** The quartiles of the per-round ratios, in the same direction as the ratio shown. */
function spread(timing: Timing, goal: Goal | undefined): string {
  const [low, high] = timing.speedupQuartiles;
  if (goal?.kind === "at-most" || timing.speedup < 1) return `${formatRatio(1 / high)}-${formatRatio(1 / low)}`;
  return `${formatRatio(low)}-${formatRatio(high)}`;
}

function helperTable(helpers: readonly HelperResult[]): string {
  const rows = helpers.map(
    (result) =>
      `| ${cell(result.title)} | ${cell(result.fastName)} vs ${cell(result.baselineName)} | ${ratioText(result.timing.speedup, result.goal)} | ${spread(result.timing, result.goal)} | ${goalText(result.goal)} | ${metText(result.met)} | ${formatDuration(result.timing.fastMs)} / ${formatDuration(result.timing.baselineMs)} | ${cell(result.note ?? "")} |`,
  );
  return [
    "| Measure | Compared | Ratio (median of rounds) | Quartiles of the rounds | Goal | Met | Median time, fast / baseline | Workload |",
    "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ...rows,
  ].join("\n");
}

function find(results: SuiteResults, id: string): HelperResult | undefined {
  return results.helpers.find((result) => result.id === id);
}

function nameText(results: SuiteResults): string {
  const withKey = find(results, "find-name-map");
  const bare = find(results, "find-name-bare-map");
  if (withKey === undefined || bare === undefined) return "";
  return `Names: the goal is read as a \`Map.get\` on a map of normalised names, the query normalised the same way
(\`nameKey\`): a name search cannot skip normalising the query. Against a bare \`Map.get\` with the keys
normalised ahead, the helper takes ${formatRatio(1 / bare.timing.speedup)}x the time: nearly all of it is \`nameKey\` (Unicode
decomposition and five regular-expression passes), which the \`Map.get(nameKey(name))\` baseline pays
too. Only a cache of queries seen before would close that gap, and in a loop over the same twelve names
it would measure itself; none was added.`;
}

function helperRatio(results: SuiteResults, id: string): string {
  const result = find(results, id);
  return result === undefined ? "n/a" : `${formatRatio(1 / result.timing.speedup)}x`;
}

function firstAnswerText(results: SuiteResults): string {
  const code = results.firstAnswers.find((item) => item.kind === "code" && item.goal !== undefined);
  const name = results.firstAnswers.find((item) => item.kind === "name" && item.goal !== undefined);
  const all = results.firstAnswers.find((item) => item.kind === "code" && item.goal === undefined && item.baseline.startsWith("all"));
  const mainImport = results.coldImports.find((item) => item.name.endsWith("(main entry)"));
  const emptyMs = results.emptyImportMs;
  if (code === undefined || name === undefined || mainImport === undefined) return "";
  const floor = (item: FirstAnswer) => `${formatRatio(mainImport.importMs / item.baselineMs)}x`;
  return `**The floor that stops both goals is the import of the main entry.** Measured alone (cold import table),
\`await import\` of the main entry takes ${formatDuration(mainImport.importMs)}, of which ${formatDuration(emptyMs)} is the fixed cost of a first
\`await import\` (an empty module): that alone is ${floor(code)} the by-code baseline and ${floor(name)} the by-name baseline,
before any lookup. The entry evaluates every dataset at import (the exports are frozen arrays, built
when the module loads): the jurisdictions with the 297 cities, the activations, the events, the
sources, the statistics and the code changes, while the baseline parses jurisdictions.json only.
Against a baseline that parses all six published files the ratio by code is ${all === undefined ? "n/a" : `${formatRatio(all.ratio)}x`}.

What the lookup adds is small. The first lookup by code builds one pair of Maps of the codes (codes that
start with a digit apart): no name normalisation and no sort; the first lookup by name builds the
resolver's name index (every name, full name, alias and name of another era reduced to its key; plain
names take a shortcut that only lowercases, and the match order needs no collator for plain names).`;
}

function floorText(results: SuiteResults): string {
  return `- **Lookups.** \`getJurisdiction\` takes ${helperRatio(results, "get-by-id-map")} (ids) and ${helperRatio(results, "get-by-fips-map")} (FIPS codes) the time of a
  \`Map.get\` on the caller's own map. It checks the argument (a \`TypeError\` or \`RangeError\` on bad input) and reads
  one of two maps by the first character (codes starting with a digit apart), each about the size of the
  caller's map of ids. Against a \`Map.get\` that first makes the same two checks (type, length), the
  helper takes ${helperRatio(results, "get-by-id-checked-map")} the time: the checks the error contract asks for are most of the gap.
- **Status of every county.** \`participationStatus\` takes ${helperRatio(results, "status-all-counties-floor")} the time of the floor the goal names (the
  caller's Map of activation days and a comparison), because it answers much more: each call checks and
  parses the date, resolves the place, and builds a record with the program's phase, the decisions of the
  county's and its state's governments, the claims others made about them, how the code matched, and
  the activation. A caller's own code that builds the same records from their own Map (the date parsed
  once and the program's phase shared, as the helper shares them; the decisions and claims worked out
  once per state) is the measured floor of an answer of this shape: against it the helper takes
  ${helperRatio(results, "status-all-counties-objects")} the time. So building one record per county, with its activation and its match, is what
  keeps the helper from 2x of the bare floor, which builds none. The date's interval and the program's state are kept from the call
  before (frozen, shared by the results), so a loop over places on one date parses and walks them once.
- **jurisdictionsInStatus** keeps each state's counties (and the nation's) with their activation days in a
  typed array, built on first use: a call is one pass, ${helperRatio(results, "in-status-floor")} the time of the caller's own pass over
  all counties, ${helperRatio(results, "in-status-state-floor")} for one state (58 counties), where the fixed cost of a call (checking
  the arguments, parsing the date) is a larger share of the time. The state and the date of the call
  before are kept, so a loop over one state does not resolve its name again.
- **Timeline queries.** On a small result the fixed cost of a call is larger than copying a few dozen
  events. Measured where a query misses its goal: checking the options and parsing both dates, then the
  copy, ${fixedCostText(results)} the time of the copy alone, before any search; against that floor the query
  takes ${timelineFloors(results)} events.
  The rest is two lookups of a day (a bucket table, then a short binary search), the span groups that
  give the events starting before the range, and copying those one by one into their places. The ratio
  to the copy falls as k grows (growth table). With a filter on one category or one kind the timeline
  reads a run of its own, built once on the first query that asks for it, so a filtered query copies only
  its matches.`;
}

/** Sizes of the synthetic timelines with a measured fixed-cost floor. */
function floorSizes(results: SuiteResults): number[] {
  return results.helpers.flatMap((item) => {
    const size = /^timeline-(\d+)-parsed-copy$/.exec(item.id)?.[1];
    // Only where a query misses its goal: at the larger sizes the fixed cost is lost in the copy.
    const missed = [`timeline-${size}-copy`, `timeline-${size}-category-copy`].some((id) => find(results, id)?.met === false);
    return size === undefined || !missed ? [] : [Number(size)];
  });
}

/** The fixed-cost floor over the bare copy, per size: (query / copy) / (query / floor). */
function fixedCostText(results: SuiteResults): string {
  const parts = floorSizes(results).flatMap((size) => {
    const copy = find(results, `timeline-${size}-copy`);
    const floor = find(results, `timeline-${size}-parsed-copy`);
    return copy === undefined || floor === undefined
      ? []
      : [`${formatRatio(floor.timing.speedup / copy.timing.speedup)}x at ${count(size)} events`];
  });
  return parts.length === 0 ? "takes n/a" : `takes ${parts.join(", ")}`;
}

function timelineFloors(results: SuiteResults): string {
  const parts = floorSizes(results).map((size) => `${helperRatio(results, `timeline-${size}-parsed-copy`)} at ${count(size)}`);
  return parts.length === 0 ? "n/a" : parts.join(", ");
}

function formOf(results: SuiteResults, dataset: string, form: FormName): FormTiming | undefined {
  return results.forms.find((item) => item.dataset === dataset && item.form === form);
}

function summary(results: SuiteResults): string {
  const lines: string[] = [];
  for (const result of results.helpers) {
    if (result.goal === undefined) continue;
    lines.push(
      `| ${cell(result.title)} vs ${cell(result.baselineName)} | ${ratioText(result.timing.speedup, result.goal)} | ${goalText(result.goal)} | ${metText(result.met)} |`,
    );
  }
  for (const item of results.firstAnswers) {
    if (item.goal === undefined) continue;
    lines.push(
      `| first answer in a fresh process (import + one lookup): ${cell(item.name)} vs read + \`JSON.parse\` of ${cell(item.baseline)} + a Map | **${formatRatio(item.ratio)}x** the time | at most ${item.goal}x the time | ${metText(item.ratio <= item.goal)} |`,
    );
  }
  const heapGoal = heapRatio(results);
  if (heapGoal !== undefined) {
    lines.push(
      `| heap after import and the first answers vs the heap of the six JSON files parsed | **${formatRatio(heapGoal)}x** | at most 1.5x | ${metText(heapGoal <= 1.5)} |`,
    );
  }
  for (const item of results.coldImports) {
    lines.push(
      `| cold import of \`${item.name.replace(" (main entry)", "")}\` vs read + JSON.parse | **${formatRatio(item.ratio)}x** the time | at most 1.5x the time | ${metText(item.ratio <= 1.5)} |`,
    );
  }
  for (const bundle of results.bundles) {
    if (bundle.goalBytes === undefined) continue;
    lines.push(
      `| bundle: ${cell(bundle.name)} | **${kilobytes(bundle.gzipBytes)}** min + gzip | at most ${kilobytes(bundle.goalBytes)} | ${metText(bundle.gzipBytes <= bundle.goalBytes)} |`,
    );
  }
  return ["| Performance goal | Measured | Goal | Met |", "| --- | --- | --- | --- |", ...lines].join("\n");
}

/** Heap after the import and the first answers, over the heap of the six published files parsed. */
function heapRatio(results: SuiteResults): number | undefined {
  const whole = results.heap[0];
  const allJson = results.heap.find((item) => item.name.startsWith("JSON.parse of the six"));
  if (whole?.heapUsedAfterLookup === undefined || allJson === undefined) return undefined;
  return whole.heapUsedAfterLookup / allJson.heapUsed;
}

function firstAnswerTable(results: SuiteResults): string {
  const rows = results.firstAnswers.map(
    (item) =>
      `| ${cell(item.name)} | read + \`JSON.parse\` of ${cell(item.baseline)}, a Map ${item.kind === "code" ? "by id and FIPS code" : "by lowercased name, full name and alias"}, one get | **${formatRatio(item.ratio)}x** | ${item.goal === undefined ? "(reported)" : `at most ${item.goal}x`} | ${item.goal === undefined ? "" : metText(item.ratio <= item.goal)} | ${formatDuration(item.answerMs)} / ${formatDuration(item.baselineMs)} |`,
  );
  return [
    "| First answer | Baseline in its own fresh process | Ratio | Goal | Met | Median, package / baseline |",
    "| --- | --- | --- | --- | --- | --- |",
    ...rows,
  ].join("\n");
}

function growthTable(results: SuiteResults): string {
  const queries = results.helpers.filter((item) => /^timeline-\d+-copy$/.test(item.id) && item.scale !== undefined);
  const rows = queries.map((query) => {
    const size = query.scale?.events ?? 0;
    const matches = query.scale?.matches ?? 0;
    const build = results.helpers.find((item) => item.id === `timeline-${size}-build`);
    const perMatch = query.timing.fastMs / Math.max(matches, 1);
    const buildPerEvent = build === undefined ? Number.NaN : build.timing.fastMs / size;
    const buildPerEventLog = buildPerEvent / Math.log2(size);
    return `| ${count(size)} | ${count(matches)} | ${formatDuration(query.timing.fastMs)} | ${formatDuration(perMatch)} | ${formatRatio(1 / query.timing.speedup)}x | ${build === undefined ? "n/a" : formatDuration(build.timing.fastMs)} | ${formatDuration(buildPerEvent)} | ${formatDuration(buildPerEventLog)} | ${build === undefined ? "n/a" : `${formatRatio(1 / build.timing.speedup)}x`} |`;
  });
  return [
    "| Events n | Matches k (1% range) | Query | Query per match | Query / copy of the matches | createTimeline | per event | per event / log2 n | createTimeline / parse + sort |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ...rows,
  ].join("\n");
}

function coldTable(results: SuiteResults): string {
  const rows = results.coldImports.map((item) => {
    const net = (item.importMs - results.emptyImportMs) / item.parseMs;
    return `| \`${item.name}\` | **${formatRatio(item.ratio)}x** | ${formatRatio(net)}x | ${metText(item.ratio <= 1.5)} | ${formatDuration(item.importMs)} / ${formatDuration(item.parseMs)} |`;
  });
  return [
    "| Entry | Import / JSON.parse | Net of an empty module's import | Met (at most 1.5x) | Median, import / read + parse |",
    "| --- | --- | --- | --- | --- |",
    ...rows,
  ].join("\n");
}

const formLabels: Record<FormName, string> = {
  "json-template+freeze":
    "`JSON.parse` of a template literal + deepFreeze (the generator's form for the small datasets; the first form of all)",
  "json-template": "`JSON.parse` of a template literal, not frozen",
  "json-string+freeze": "`JSON.parse` of a string literal + deepFreeze",
  "json-string": "`JSON.parse` of a string literal, not frozen",
  "object-literal+freeze": "object literal + deepFreeze",
  "object-literal": "object literal, not frozen",
  "compact+freeze": "compact layout + deepFreeze (the generator's form for jurisdictions and activations; see below)",
};

function formsTable(results: SuiteResults): string {
  const rows = results.forms.map(
    (form) =>
      `| ${form.dataset} | ${formLabels[form.form]} | **${formatRatio(form.ratio)}x** | ${formatDuration(form.importMs)} | ${megabytes(form.heapUsed ?? 0)} | ${kilobytes(form.bytes)} | ${kilobytes(form.gzipBytes)} |`,
  );
  return [
    "| Dataset | Form of the module | Import / JSON.parse | Import (median) | Heap after import | Module size | Min + gzip |",
    "| --- | --- | --- | --- | --- | --- | --- |",
    ...rows,
  ].join("\n");
}

function bundleTable(bundles: readonly BundleSize[]): string {
  const rows = bundles.map(
    (bundle) =>
      `| ${cell(bundle.name)} | \`${cell(bundle.entry)}\` | ${kilobytes(bundle.minifiedBytes)} | **${kilobytes(bundle.gzipBytes)}** | ${bundle.goalBytes === undefined ? "" : `at most ${kilobytes(bundle.goalBytes)}`} | ${bundle.goalBytes === undefined ? "" : metText(bundle.gzipBytes <= bundle.goalBytes)} |`,
  );
  return ["| Bundle | Entry | Minified | Min + gzip | Goal | Met |", "| --- | --- | --- | --- | --- | --- |", ...rows].join("\n");
}

function heapText(results: SuiteResults): string {
  const module = formOf(results, "jurisdictions", "json-template");
  const json = results.heap.find((item) => item.name.startsWith("JSON.parse of jurisdictions"));
  const whole = results.heap[0];
  const allJson = results.heap.find((item) => item.name.startsWith("JSON.parse of the six"));
  if (module === undefined || json === undefined || whole === undefined || allJson === undefined) return "";
  const extra = (module.heapUsed ?? 0) - json.heapUsed;
  const names = heapStep(results, "findJurisdictions");
  const status = heapStep(results, "participationStatus");
  const code = heapStep(results, "getJurisdiction");
  return `Importing everything takes ${formatRatio(whole.heapUsed / allJson.heapUsed)}x the heap of the same data parsed from JSON. The jurisdictions
module alone (not frozen) holds ${megabytes(module.heapUsed ?? 0)} against ${megabytes(json.heapUsed)} for its parsed JSON: ${megabytes(extra)} more, ${formatRatio(extra / module.bytes)}x the
module's source (${kilobytes(module.bytes)}). That is consistent with V8 keeping the module's source text and the JSON string
the module parsed (not verified further); either way it grows with the size of the module, and the
compact layout's modules are a tenth of that size (its heap is in the forms table above). The indexes
the helpers build on first use add ${whole.heapUsedAfterLookup === undefined ? "n/a" : megabytes(whole.heapUsedAfterLookup - whole.heapUsed)}. Measured answer by answer (the rows above), the largest part is
the first lookup by name, ${names === undefined ? "n/a" : megabytes(names)}: the resolver's name index, a key for each name, full name, alias
and name of another era of every jurisdiction (the 297 cities included), with a match record each.
The first status adds ${status === undefined ? "n/a" : megabytes(status)} (the county days, the decisions and claims by place), the first lookup by
code ${code === undefined ? "n/a" : megabytes(code)}. The import
alone is the floor of the heap goal: it takes ${formatRatio(whole.heapUsed / allJson.heapUsed)}x the JSON's heap before any index${
    whole.heapUsed / allJson.heapUsed >= 1.5
      ? ", already over 1.5x"
      : `, which leaves ${megabytes(1.5 * allJson.heapUsed - whole.heapUsed)} for every index`
  }.`;
}

function heapTable(heap: readonly HeapUse[]): string {
  const steps = heap[0]?.steps ?? [];
  const rows = steps.map((step, index) => {
    const previous = index === 0 ? heap[0]?.heapUsed : steps[index - 1]?.heapUsed;
    return `| first answers, in turn: ... then \`${cell(step.name)}\` | ${megabytes(step.heapUsed)} (${signedMegabytes(step.heapUsed - (previous ?? 0))}) | |`;
  });
  return [
    "| After | Heap used (after full GC) | External |",
    "| --- | --- | --- |",
    ...heap.map((item) => `| ${item.name} | **${megabytes(item.heapUsed)}** | ${megabytes(item.external)} |`),
    ...rows,
  ].join("\n");
}

/** What one first answer added to the heap, measured in turn after the import. */
function heapStep(results: SuiteResults, prefix: string): number | undefined {
  const whole = results.heap[0];
  const steps = whole?.steps ?? [];
  const index = steps.findIndex((step) => step.name.startsWith(prefix));
  if (whole === undefined || index < 0) return undefined;
  const previous = index === 0 ? whole.heapUsed : (steps[index - 1]?.heapUsed ?? 0);
  return (steps[index]?.heapUsed ?? 0) - previous;
}

/** The range of the net ratios (import less an empty module's, over JSON.parse) of the small subpaths. */
function smallNet(results: SuiteResults): string {
  const small = results.coldImports.filter((item) => item.parseMs < 1);
  const nets = small.map((item) => (item.importMs - results.emptyImportMs) / item.parseMs);
  if (nets.length === 0) return "n/a";
  return `${formatRatio(Math.min(...nets))}x to ${formatRatio(Math.max(...nets))}x`;
}

/** How a plain string literal compared with the template literal, both frozen, in this run. */
function stringLiteralText(results: SuiteResults): string {
  const parts = ["jurisdictions", "activations"].flatMap((dataset) => {
    const template = formOf(results, dataset, "json-template+freeze");
    const string = formOf(results, dataset, "json-string+freeze");
    if (template === undefined || string === undefined) return [];
    const change = Math.round((100 * (string.importMs - template.importMs)) / template.importMs);
    return [`${dataset} ${change > 0 ? "+" : ""}${change}%`];
  });
  if (parts.length === 0) return "";
  const changes = parts.map((part) => Number(part.split(" ")[1]?.replace("%", "")));
  const verdict = changes.every((change) => change >= -5) ? "is no faster" : "is at most a few percent faster";
  return `A plain string literal ${verdict} (${parts.join(", ")}) and makes the module larger (every quote escaped), so there is no reason to switch.`;
}

function changes(results: SuiteResults): string {
  const { timelineChange: change, compactBundles: compact } = results;
  const jurisdictionsNow = formOf(results, "jurisdictions", "json-template+freeze");
  const jurisdictionsCompact = formOf(results, "jurisdictions", "compact+freeze");
  const jurisdictionsUnfrozen = formOf(results, "jurisdictions", "json-template");
  const activationsNow = formOf(results, "activations", "json-template+freeze");
  const activationsCompact = formOf(results, "activations", "compact+freeze");
  const activationsUnfrozen = formOf(results, "activations", "json-template");
  const objectLiteral = formOf(results, "jurisdictions", "object-literal+freeze");
  const bundle = (name: string) => results.bundles.find((item) => item.name.startsWith(name));
  const percentagesBundle = bundle("one helper without data");
  const datesBundle = bundle("one helper family");
  const errorsBundle = bundle("(part of both)");
  const timelineBundle = bundle("createTimeline alone");
  const timelineFixed = bundle("(part of createTimeline)");
  const jurisdictionsBundle = bundle("the jurisdictions alone");
  const getBundle = bundle("getJurisdiction alone");
  const statusBundle = bundle("participationStatus alone");
  const eventsBundle = bundle("the events alone");
  const activationsBundle = bundle("the activations alone");
  const dataFloor = bundle("the data participationStatus reads");
  const everyDataset = bundle("every dataset, no helpers");
  const everything = bundle("everything: the main entry");
  const status = find(results, "status-all-counties");
  const freezeShare = (now: FormTiming | undefined, unfrozen: FormTiming | undefined) =>
    now === undefined || unfrozen === undefined ? "n/a" : `${Math.round((100 * (now.importMs - unfrozen.importMs)) / now.importMs)}%`;
  const importAndHeap = (form: FormTiming | undefined) =>
    form === undefined ? "n/a" : `${formatDuration(form.importMs)}, ${megabytes(form.heapUsed ?? 0)}`;
  const pair = (
    before: FormTiming | undefined,
    after: FormTiming | undefined,
    pick: (form: FormTiming) => number,
    format: (value: number) => string,
  ) => (before === undefined || after === undefined ? "n/a" : `${format(pick(before))} → ${format(pick(after))}`);

  return `### Made: the timeline finds the events that start before the range without walking to them

**Cause of the miss.** \`createTimeline\` sorted the events once and answered a query by a binary search
for the first event starting \`longest\` days before the range, \`longest\` being the longest
interval of any event, then walked from there. One event dated by its year sets \`longest\` to 365,
so every query walked a year of events that start before the range and kept the few that reach
into it. At ${count(change.size)} events spread over 14 years that walk is about 7% of all events, for a range
holding 1%: only ${formatRatio(change.before.speedup)}x faster than \`filter\` + \`sort\`.

**Change (src/timeline.ts, \`createTimeline\` only).** The events are kept in timeline order in one array,
with their first and last days in two \`Float64Array\`s. The events that start inside the range are one
run of that array: two binary searches and one \`slice\`. The events that start before the range and
reach into it come from groups of the events that last more than a day, grouped by the bit length
of their length (days; months; years), each group with its own longest interval: the walk in a
group covers at most twice the matches. The result, its order and the \`within\` mode are unchanged;
the property test against a naive filter (test/timeline.test.ts) and the whole suite pass.

| ${count(change.size)} synthetic events, range ${change.from} to ${change.to} (1%) | Faster than filter + sort (dates parsed ahead) | Median time |
| --- | --- | --- |
| before (the first design, kept in test/bench/previous-timeline.ts) | ${formatRatio(change.before.speedup)}x | ${formatDuration(change.before.fastMs)} |
| after | **${formatRatio(change.after.speedup)}x** | ${formatDuration(change.after.fastMs)} |
| after vs before, measured against each other | ${formatRatio(change.direct.speedup)}x faster | |

### Made: a compact layout for the two large datasets (bundle size, import time, heap)

**Cause of the miss.** With every dataset a \`JSON.parse\` of its records, everything bundled to
${kilobytes(compact.before.gzipBytes)} min + gzip (goal at most 60 kB), the counties alone to
${kilobytes(compact.countiesBefore.gzipBytes)}. Most of it is fields that follow from others: every county's
\`id\` is \`county-\` and its FIPS code, its \`fullName\` its name and type word, its \`parent\` the state of its
FIPS prefix, and 3,143 activations repeat one citation. gzip cannot see that a column repeats another one.

**Change (data/scripts/compact.ts writes, src/internal/compact.ts rebuilds).** Jurisdictions and
activations are emitted as columns that the module expands once at import into the same records: FIPS
codes as differences, names as one string, type words and dates as indexes into a list, derived fields
left out, the shared citation one frozen array. A record that does not follow the rules is stored whole,
so the layout never loses data. The test suite checks that the modules hold exactly the published JSON,
fields in the same order (test/compact.test.ts). The forms table above measures the same layout
(test/bench/data-forms.ts) against the first form.

| | Before: \`JSON.parse\` of every dataset | After: compact layout |
| --- | --- | --- |
| everything, min + gzip (goal at most 60 kB) | ${kilobytes(compact.before.gzipBytes)} | **${kilobytes(compact.after.gzipBytes)}** |
| the counties (jurisdictions + activations), min + gzip | ${kilobytes(compact.countiesBefore.gzipBytes)} | ${kilobytes(compact.countiesAfter.gzipBytes)} |
| jurisdictions: import (median), heap after import | ${importAndHeap(jurisdictionsNow)} | ${importAndHeap(jurisdictionsCompact)} |
| activations: import (median), heap after import | ${importAndHeap(activationsNow)} | ${importAndHeap(activationsCompact)} |
| jurisdictions: import / JSON.parse | ${pair(
    jurisdictionsNow,
    jurisdictionsCompact,
    (form) => form.ratio,
    (value) => `${formatRatio(value)}x`,
  )} | |
| activations: import / JSON.parse | ${pair(
    activationsNow,
    activationsCompact,
    (form) => form.ratio,
    (value) => `${formatRatio(value)}x`,
  )} | |

The cost: the generator has per-dataset rules (a few dozen lines each), and the counties share one
frozen citations array (\`a.citations === b.citations\`), which no caller can tell apart from copies
because it is frozen.

### Why cold import misses 1.5x, and what the data module form changes

- **The form is right.** An object literal is slower to load than \`JSON.parse\` of a string at this size
  (jurisdictions: ${objectLiteral === undefined || jurisdictionsNow === undefined ? "n/a" : `${formatDuration(objectLiteral.importMs)} against ${formatDuration(jurisdictionsNow.importMs)}`}, both frozen), so the generator's
  \`JSON.parse\` of a template literal stays. ${stringLiteralText(results)}
- **Freezing is the largest single cost.** Without \`deepFreeze\` the import takes ${freezeShare(jurisdictionsNow, jurisdictionsUnfrozen)} less time
  for jurisdictions and ${freezeShare(activationsNow, activationsUnfrozen)} less for activations. In a fresh process the recursive walk runs in the
  interpreter and visits every string too; \`Object.freeze\` itself is a small part. Freezing is a design
  rule (exported data cannot be changed), so it stays. Two ways to make it cheaper: (a) the compact
  layout above, made (records frozen as they are built, one shared citation array); (b), not made, the
  generator emits a freeze loop that knows each dataset's shape (\`Object.freeze(record.aliases)\`, each
  citation, the record) instead of the generic walk: ${freezeText(results.freeze)}. A generic tweak (\`for...in\` instead of \`Object.keys\`)
  saves less and would also walk inherited enumerable properties, so src/internal/freeze.ts is unchanged.
- **A fixed cost.** \`await import\` of an empty module takes ${formatDuration(results.emptyImportMs)} in a fresh process (the loader's
  first dynamic import). The small subpaths (sources, events, statistics, offense-levels) parse in well
  under a millisecond, so their ratio is mostly that fixed cost; net of it they take ${smallNet(results)} the
  time of their \`JSON.parse\`: compiling the module and the freeze walk cost more than parsing a few kilobytes.
  The compact layout, bundled as one file, loads in ${formOf(results, "jurisdictions", "compact+freeze") === undefined ? "n/a" : `${formatRatio(formOf(results, "jurisdictions", "compact+freeze")?.ratio ?? 0)}x`} (jurisdictions) and
  ${formOf(results, "activations", "compact+freeze") === undefined ? "n/a" : `${formatRatio(formOf(results, "activations", "compact+freeze")?.ratio ?? 0)}x`} (activations) the time of \`JSON.parse\` (forms table); the built package loads each
  subpath through the shared chunks of dist/ (the cold import table). The goal is within reach for
  the large datasets only; for the small ones the fixed cost of loading a module decides.

### Missed by design: one helper without data in at most 1 kB

\`categoryPercentages\` alone bundles to ${percentagesBundle === undefined ? "n/a" : kilobytes(percentagesBundle.gzipBytes)} min + gzip and the partial-date helpers to
${datesBundle === undefined ? "n/a" : kilobytes(datesBundle.gzipBytes)}; neither pulls in any data (\`sideEffects: false\` and the \`/* @__PURE__ */\` data modules
work). ${errorsBundle === undefined ? "" : `${kilobytes(errorsBundle.gzipBytes)} of that is the shared \`Expected <what>, got <what came>\` formatter (src/internal/errors.ts), `}the rest is
the validation the design asks for (a \`TypeError\` or \`RangeError\` naming what was expected) and the
exact integer arithmetic. Reaching 1 kB means dropping those messages; the proposal is to set the
budget at 2 kB for a data-free helper family and keep the messages.

### Made: lookups by code and name without the activations and events

\`getJurisdiction\`, \`findJurisdictions\` and \`createTimeline\` once shared one index with the status
helpers, built from jurisdictions, activations and events together, so a bundle with any of them
carried all three. src/participation.ts builds its indexes each from one dataset, on first use
(test/bundle.test.ts checks that a lookup bundles no activations and no events): \`getJurisdiction\`
alone bundles to ${getBundle === undefined ? "n/a" : kilobytes(getBundle.gzipBytes)}, of which the jurisdictions alone are ${jurisdictionsBundle === undefined ? "n/a" : kilobytes(jurisdictionsBundle.gzipBytes)}.

### Made: a timeline of the caller's own events without the jurisdictions

\`createTimeline\` bundled the one resolver and every jurisdiction for one purpose: its \`jurisdiction\`
filter resolved the place and the places that contain it. The code tells nearly all of that: a state's id
is \`us-\` and its USPS code, a county's or a city's state is the one of the first two digits of its FIPS
code or GEOID, and the county of each city the records name is a short table (the generator checks these
rules for every record and emits them, src/generated/state-codes.ts). Now \`createTimeline\` alone bundles
to ${timelineBundle === undefined ? "n/a" : kilobytes(timelineBundle.gzipBytes)}, against a goal of 3 kB: the date parser (with its \`Date\` input), the shared error
messages, the option checks and the lists of kinds and categories take ${timelineFixed === undefined ? "n/a" : kilobytes(timelineFixed.gzipBytes)} of it (bundled alone), and
the query engine (span groups, bucket tables, runs per category and kind, the code reader) the rest;
none of them can go without dropping a documented behaviour or the speed measured above. A caller's
timeline takes ids and codes, as \`getJurisdiction\` does; \`eventsBetween\` also takes names and codes
of other eras, through the resolver.

### Missed: \`participationStatus\` alone in 25 kB, everything in 60 kB

\`participationStatus\` alone bundles to ${statusBundle === undefined ? "n/a" : kilobytes(statusBundle.gzipBytes)}. Its answers carry the jurisdiction's record, the
activation, and the program's milestones, decisions and claims as full events, and it takes a name as
well as a code, through the one resolver, which knows every jurisdiction, the 297 cities included. So
it needs three datasets whole: bundled without any code, they take ${dataFloor === undefined ? "n/a" : kilobytes(dataFloor.gzipBytes)} (the jurisdictions alone
${jurisdictionsBundle === undefined ? "n/a" : kilobytes(jurisdictionsBundle.gzipBytes)}, the events alone ${eventsBundle === undefined ? "n/a" : kilobytes(eventsBundle.gzipBytes)}, the activations alone ${activationsBundle === undefined ? "n/a" : kilobytes(activationsBundle.gzipBytes)}). Those data are the floor,
above 25 kB before any code. In the same way every dataset without any helper bundles to
${everyDataset === undefined ? "n/a" : kilobytes(everyDataset.gzipBytes)}, so the main entry cannot fit in 60 kB without leaving data out; its helpers
add ${everyDataset === undefined || everything === undefined ? "n/a" : kilobytes(everything.gzipBytes - everyDataset.gzipBytes)}.
${status === undefined ? "" : `\nAll counties as of one date: ${formatRatio(status.timing.speedup)}x faster than the naive scan over the parsed JSON (see "Floors" above for what stops the rest).\n`}`;
}

export function renderReport(results: SuiteResults): string {
  const { machine, timingOptions: options } = results;
  return `# Benchmarks

<!-- Generated by \`npm run bench\` (test/bench/run.ts). Do not edit: rerun it. -->

Ratios are what this report claims; absolute times on a shared machine are noise and appear only in
secondary columns. Run of ${machine.date}, ${results.seconds.toFixed(0)} s.

## Summary

${summary(results)}

## Method

- **Machine.** ${machine.cpu}, ${machine.cores} logical cores (\`os.cpus()\`), ${machine.memoryGiB} GiB; ${machine.os}; Node ${machine.node} (V8 ${machine.v8}).
  Load average at the start: ${machine.loadAverage.toFixed(2)} (the machine is shared: other work ran during the run).
- **Helpers** run in one process (\`tsx\`, on src/). Each comparison first checks that the helper returns
  exactly what its baseline returns (deep equality, or the same objects for lookups), then warms both
  sides for ${options.warmupMs} ms, then times ${options.rounds} rounds (at most ${(options.maxMs / 1000).toFixed(0)} s); a round times one batch of each side,
  in alternating order, each batch repeating the workload for at least ${options.minBatchMs} ms. The ratio is the median
  of the per-round ratios, so both sides of a round share the machine's state; the quartiles show
  its spread. Batches are timed by the process's CPU time (\`process.cpuUsage\`), which leaves out the
  time spent waiting for a core on a busy machine.
- **Baselines** all run on plain arrays \`JSON.parse\`d from data/published/*.json (test/bench/naive.ts), never on
  the package's frozen arrays, which V8 scans several times slower. Three kinds: a *floor*, the least a
  caller with their own index does for the same answer (a \`Map.get\` on their own map; their own Map of
  activation days and a comparison; a \`slice\` of the matches already found and sorted; a parse and a sort);
  the built-in way (\`filter\` + \`sort\` with dates parsed ahead); and the *naive* code a caller would write
  without an index (scan, normalise-and-filter). Each is written to return exactly what the helper returns,
  or, for a floor that answers less (the status only), what the helper's answer says about it; the table
  names each one.
- **Synthetic timelines** of ${results.sizes.timelineSizes.map(count).join(" and ")} events (${results.sizes.timelineSizes.map((size) => `${count(Math.round(size / results.realEventCount))}x`).join(" and ")} the ${results.realEventCount} real events)
  come from a seeded generator (mulberry32, test/bench/synthetic.ts): dates uniform over 2008-2021 with
  the real mix of precisions (82% days, 13% months, 5% years). The range starts 2015-03-02 and is the
  shortest that holds 1% of the events.
- **Cold import** runs in fresh Node processes against a copy of dist/ (built by \`npm run build\` when
  missing): the time of \`await import(url)\` measured inside the process, start-up excluded, against a
  fresh process that reads and \`JSON.parse\`s data/published/*.json for the same data. ${results.processRuns}
  runs of each, alternating, after one discarded run of each (file cache); medians. Data module forms:
  ${results.formRuns} runs each, written from the published JSON to .tmp/bench/forms/.
- **Heap**: \`process.memoryUsage().heapUsed\` after three \`gc()\` calls (\`--expose-gc\`), before and after the import.
- **Bundles**: esbuild's API (\`bundle: true, minify: true, format: "esm"\`) on an entry that re-exports
  what a caller imports from dist/, then gzip level 9 (node:zlib).

## First answer

A fresh Node process imports the built package and asks one question; another fresh process reads and
parses the JSON and builds its own Map for the same answer. Both are timed inside the process, start-up
excluded; ${results.processRuns} runs of each, alternating, medians.

${firstAnswerTable(results)}

${firstAnswerText(results)}

## Helpers

${helperTable(results.helpers)}

## Floors

${floorText(results)}

## Timeline growth

Synthetic timelines of ${results.sizes.timelineSizes.map(count).join(", ")} events; each query asks for the range holding 1% of them, so
the matches k grow with n. A query is two binary searches, a walk of the span groups (at most twice the
events that reach into the range) and one copy: O(log n + k), so its time per match stays flat while n
grows a thousandfold. Construction parses every date and sorts once: O(n log n), flat per event and log n.

${growthTable(results)}

${nameText(results)}

Percentages: the helper is slower than rounding each share on its own because it rounds with exact
integers (BigInt) and distributes the leftover units; the point is that it always sums to exactly 100,
which the naive rounding does not (see the workload column).

## Design changes

${changes(results)}

## Cold import

${coldTable(results)}

An empty module's \`await import\` takes ${formatDuration(results.emptyImportMs)} in a fresh process.

## Data module forms

Each form holds the same records (checked on every run, including \`--quick\`).

${formsTable(results)}

## Heap

${heapTable(results.heap)}

${heapText(results)}

## Bundle sizes

${bundleTable(results.bundles)}

## How to rerun

\`\`\`sh
npm run bench          # full run (a few minutes); rewrites this file
npm run bench:quick    # CI: small sizes, few iterations; checks every result, prints ratios, writes nothing
npm run bench -- --only=timeline   # only the helper comparisons whose id contains "timeline"
npm run bench:vitest   # the same comparisons through vitest bench (tinybench), for a quick look
\`\`\`

The suite lives in test/bench/: \`cases.ts\` (comparisons and their checks), \`naive.ts\` (baselines),
\`synthetic.ts\` (seeded inputs), \`harness.ts\` (timing), \`package.ts\` (fresh processes, heap, bundles),
\`data-forms.ts\` (data module forms, the compact layout among them), \`previous-timeline.ts\`
(the timeline before its redesign), \`report.ts\` (this file).
`;
}
