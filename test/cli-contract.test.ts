import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commandNames, runCli } from "../src/cli/run.js";
import { eventCategories, eventKinds, jurisdictions, sources, statistics } from "../src/index.js";
import { anyText, calendarEdgeTexts, hasControl, longText, nastyTexts, prototypeKeys } from "./support/contract.js";

// The contract of the command line, tried with arguments of every sort (fast-check) and run in
// process with runCli: bad usage exits 2 with one line on stderr that says what was expected,
// the value it echoes escaped (no raw control character) and cut; a miss exits 1 with one such
// line; nothing prints a stack trace or an "unexpected error"; a success prints nothing on stderr;
// and nothing a command is given changes a later answer. Every command the dispatcher lists needs
// a row below, which names every option its help lists (a new command or option fails the first
// tests until it has one).

/** An option of a command: a flag, or one that takes a value, with valid values and any text. */
type CliOption = { readonly flag: true } | { readonly flag?: false; readonly valid: fc.Arbitrary<string>; readonly repeatable?: boolean };

interface CliRow {
  readonly options: Readonly<Record<string, CliOption>>;
  /** Positional arguments it takes: valid ones, or none. */
  readonly positionals?: fc.Arbitrary<string>;
  /** Valid argument lists, each answered with exit code 0. */
  readonly valid: fc.Arbitrary<readonly string[]>;
  /** It prints a listing, and takes --csv as well as --json (one of them). */
  readonly listing: boolean;
}

const flag: CliOption = { flag: true };
const stateRecords = jurisdictions.filter((record) => record.kind === "state");
const stateCodes = stateRecords.flatMap((record) => [record.usps ?? "", record.fips ?? "", record.id, record.name]);
const ids = jurisdictions.map((record) => record.id);
const rolloutDate = fc
  .date({ min: new Date("2008-01-01T00:00:00Z"), max: new Date("2022-12-31T00:00:00Z"), noInvalidDate: true })
  .chain((date) => fc.constantFrom(10, 7, 4).map((length) => date.toISOString().slice(0, length)));
const anyDate = fc.oneof(rolloutDate, fc.constantFrom(...calendarEdgeTexts));
const countyStatuses = ["activated", "activated-during", "not-activated", "unknown"];
const stateStatuses = ["not-started", "partial", "complete", "unknown"];
const output = (listing: boolean) => (listing ? fc.constantFrom([], ["--json"], ["--csv"]) : fc.constantFrom([], ["--json"]));
const maybe = (option: string, values: fc.Arbitrary<string>) =>
  fc.option(
    values.map((value) => [option, value]),
    { nil: [] as string[] },
  );
const ordered = (first: string | undefined, second: string | undefined) =>
  first === undefined || second === undefined || first.slice(0, 4) <= second.slice(0, 4) ? [first, second] : [second, first];

const table: Readonly<Record<string, CliRow>> = {
  status: {
    options: {
      "as-of": { valid: anyDate },
      state: { valid: fc.constantFrom(...stateCodes) },
      kind: { valid: fc.constantFrom("city", "county", "state") },
      json: flag,
    },
    positionals: fc.constantFrom(...ids.slice(0, 400), "Miami-Dade County, FL", "12086", "IL", "02158"),
    valid: fc
      .tuple(
        fc.constantFrom(...ids, "Miami-Dade County, FL", "12086", "IL", "02158", "Los Angeles County", "city-0107000"),
        maybe("--as-of", fc.oneof(rolloutDate, fc.constantFrom("1000", "9999-12-31", "2012-02-29"))),
        output(false),
      )
      .map(([place, asOf, out]) => [place, ...asOf, ...out]),
    listing: false,
  },
  counties: {
    options: {
      status: { valid: fc.constantFrom(...countyStatuses, ...stateStatuses) },
      "as-of": { valid: anyDate },
      state: { valid: fc.constantFrom(...stateCodes) },
      kind: { valid: fc.constantFrom("county", "state") },
      csv: flag,
      json: flag,
    },
    valid: fc
      .tuple(fc.constantFrom("county", "state"), rolloutDate, fc.option(fc.constantFrom(...stateCodes), { nil: undefined }), output(true))
      .chain(([kind, asOf, state, out]) =>
        fc
          .constantFrom(...(kind === "county" ? countyStatuses : stateStatuses))
          .map((status) => [
            "--kind",
            kind,
            "--status",
            status,
            "--as-of",
            asOf,
            ...(state === undefined ? [] : ["--state", state]),
            ...out,
          ]),
      ),
    listing: true,
  },
  timeline: {
    options: {
      from: { valid: anyDate },
      to: { valid: anyDate },
      place: { valid: fc.constantFrom("FL", "12086", "Cook County, IL", "city-0107000", "us") },
      surrounding: flag,
      kind: { valid: fc.constantFrom(...eventKinds), repeatable: true },
      category: { valid: fc.constantFrom(...eventCategories), repeatable: true },
      activations: { valid: fc.constantFrom("none", "by-state-day", "by-county") },
      within: flag,
      csv: flag,
      json: flag,
    },
    valid: fc
      .tuple(
        fc.option(rolloutDate, { nil: undefined }),
        fc.option(rolloutDate, { nil: undefined }),
        maybe("--place", fc.constantFrom("FL", "12086", "Cook County, IL", "city-0107000", "us")),
        maybe("--kind", fc.constantFrom(...eventKinds)),
        maybe("--category", fc.constantFrom(...eventCategories)),
        maybe("--activations", fc.constantFrom("none", "by-state-day")),
        output(true),
      )
      .map(([from, to, place, kind, category, activations, out]) => {
        const [first, last] = ordered(from, to);
        return [
          ...(first === undefined ? [] : ["--from", first.slice(0, 4)]),
          ...(last === undefined ? [] : ["--to", last.slice(0, 4)]),
          ...place,
          ...kind,
          ...category,
          ...activations,
          ...out,
        ];
      }),
    listing: true,
  },
  stats: {
    options: { decimals: { valid: fc.integer({ min: 0, max: 10 }).map(String) }, csv: flag, json: flag },
    positionals: fc.constantFrom(...statistics.map((statistic) => statistic.id), "florida", "us-2008"),
    valid: fc.oneof(
      output(true),
      fc
        .tuple(
          fc.constantFrom(...statistics.map((statistic) => statistic.id)),
          maybe("--decimals", fc.integer({ min: 0, max: 10 }).map(String)),
          output(true),
        )
        .map(([id, decimals, out]) => [id, ...decimals, ...out]),
    ),
    listing: true,
  },
  detainers: {
    options: {
      by: { valid: fc.constantFrom("year", "month") },
      from: { valid: anyDate },
      to: { valid: anyDate },
      breakdown: { valid: fc.constantFrom("lift-reason", "type") },
      year: { valid: fc.constantFrom("2014", "2015") },
      csv: flag,
      json: flag,
    },
    valid: fc.oneof(
      fc.tuple(fc.constantFrom("year", "month"), output(true)).map(([by, out]) => ["--by", by, ...out]),
      fc
        .tuple(fc.constantFrom("lift-reason", "type"), fc.constantFrom("2014", "2015"), output(true))
        .map(([breakdown, year, out]) => ["--breakdown", breakdown, "--year", year, ...out]),
    ),
    listing: true,
  },
  rollout: {
    options: {
      state: { valid: fc.constantFrom(...stateCodes) },
      by: { valid: fc.constantFrom("year", "month", "day") },
      from: { valid: anyDate },
      to: { valid: anyDate },
      states: flag,
      csv: flag,
      json: flag,
    },
    valid: fc.oneof(
      output(true).map((out) => ["--states", ...out]),
      fc
        .tuple(
          fc.constantFrom("year", "month"),
          maybe("--state", fc.constantFrom(...stateCodes)),
          fc.option(rolloutDate, { nil: undefined }),
          fc.option(rolloutDate, { nil: undefined }),
          output(true),
        )
        .map(([by, state, from, to, out]) => {
          // Both ends or neither: one end alone may fall on the wrong side of the other's default.
          const [first, last] = from === undefined || to === undefined ? [undefined, undefined] : ordered(from, to);
          return [
            "--by",
            by,
            ...state,
            ...(first === undefined ? [] : ["--from", first.slice(0, 4)]),
            ...(last === undefined ? [] : ["--to", last.slice(0, 4)]),
            ...out,
          ];
        }),
    ),
    listing: true,
  },
  panel: {
    options: {
      // Not "county" by day in the fuzz: millions of rows are the benchmarks' business, not this suite's.
      unit: { valid: fc.constantFrom("state", "nation") },
      by: { valid: fc.constantFrom("week", "month", "quarter", "year") },
      from: { valid: anyDate },
      to: { valid: anyDate },
      format: { valid: fc.constantFrom("csv", "json") },
      json: flag,
      "treated-as-of-month": { valid: fc.integer({ min: 1, max: 12 }).map(String) },
      threshold: { valid: fc.constantFrom("0", "0.5", "1") },
      "new-york-city": { valid: fc.constantFrom("boroughs", "one-unit") },
    },
    valid: fc.oneof(
      fc
        .tuple(
          fc.constantFrom("state", "nation"),
          fc.constantFrom("month", "quarter", "year"),
          fc.constantFrom([], ["--json"], ["--format", "json"], ["--format", "csv"]),
        )
        .map(([unit, by, format]) => ["--unit", unit, "--by", by, "--from", "2010", "--to", "2011", ...format]),
      fc.constantFrom(
        ["--unit", "county", "--by", "year", "--from", "2010", "--to", "2010"],
        ["--unit", "nation", "--by", "month", "--from", "9999-12", "--to", "9999-12"],
      ),
    ),
    listing: false,
  },
  sources: {
    options: { csv: flag, json: flag },
    positionals: fc.constantFrom(...sources.map((source) => source.id)),
    valid: fc
      .tuple(fc.option(fc.constantFrom(...sources.slice(0, 40).map((source) => source.id)), { nil: undefined }), output(true))
      .map(([id, out]) => [...(id === undefined ? [] : [id]), ...out]),
    listing: true,
  },
};

// ---------------------------------------------------------------------------------------------
// The contract of one run
// ---------------------------------------------------------------------------------------------

const knownDates = ["1000-01-01", "9999-12-31", "2008-10-27", "2013-01-22", "2014-11-20", "2021-01-20", "2010-06-22"];
const dateToken = /\b\d{4,5}-\d{2}(?:-\d{2})?\b/g;

/** What is wrong with the result of `runCli(args)`, or `undefined` when it keeps the contract. */
function violation(args: readonly string[], result: ReturnType<typeof runCli>): string | undefined {
  const { exitCode, stdout, stderr } = result;
  if (![0, 1, 2].includes(exitCode)) return `exit code ${exitCode}`;
  if (exitCode === 0) return stderr === "" ? undefined : `a success with stderr: ${stderr.slice(0, 200)}`;
  if (!/^secure-communities: [^\n]*\n$/.test(stderr)) return `not one line on stderr: ${JSON.stringify(stderr.slice(0, 300))}`;
  const line = stderr.slice(0, -1);
  if (hasControl(line)) return `a raw control character on stderr: ${JSON.stringify(line.slice(0, 300))}`;
  if (line.length > 1000) return `a line of ${line.length} characters`;
  if (/unexpected error|\n\s+at |Cannot read|is not a function/.test(stderr)) return `an unexpected error: ${line.slice(0, 300)}`;
  if (exitCode === 2 && stdout !== "") return "bad usage with output on stdout";
  // Text, JSON and CSV (RFC 4180 ends its lines with CRLF): no other control character.
  if (hasControl(stdout, "\n\r\t")) return "a raw control character on stdout";
  for (const arg of args) {
    if (arg.length > 120) {
      const head = arg.slice(0, 100);
      if (line.includes(head) || line.includes(JSON.stringify(head).slice(1, -1)))
        return `a long argument echoed uncut: ${line.slice(0, 200)}`;
    }
  }
  const passed = args.flatMap((arg) => arg.match(dateToken) ?? []);
  for (const token of line.match(dateToken) ?? []) {
    const named = (day: string) => day.startsWith(token) || token.startsWith(day);
    if (!passed.some(named) && !knownDates.some(named)) return `names a day the caller did not pass (${token}): ${line.slice(0, 300)}`;
  }
  return undefined;
}

function expectContract(args: readonly string[], exitCodes: readonly number[] = [0, 1, 2]): ReturnType<typeof runCli> {
  const result = runCli(args);
  const problem = violation(args, result);
  const shown = args.map((arg) => (arg.length > 60 ? `${JSON.stringify(arg.slice(0, 60))}...` : JSON.stringify(arg))).join(" ");
  if (problem !== undefined) throw new Error(`runCli([${shown}]): ${problem}`);
  if (!exitCodes.includes(result.exitCode)) {
    throw new Error(`runCli([${shown}]) exited ${result.exitCode}, expected ${exitCodes.join(" or ")}: ${result.stderr.slice(0, 300)}`);
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// Arguments of every sort
// ---------------------------------------------------------------------------------------------

const nastyValue = fc.oneof(
  anyText,
  fc.constantFrom(...nastyTexts, ...prototypeKeys, ...calendarEdgeTexts, "-", "--", "-x", "--json"),
  fc.constant(longText(100_000)),
);

/** One option of a command as a user may write it: with a valid or any value, `--name=value`, or a flag with a value. */
function optionTokens(options: Readonly<Record<string, CliOption>>): fc.Arbitrary<string[]> {
  const names = Object.keys(options);
  return fc.constantFrom(...names).chain((name) => {
    const option = options[name] as CliOption;
    if (option.flag === true) return fc.constantFrom<string[]>([`--${name}`], [`--${name}=yes`]);
    const value = fc.oneof(option.valid, nastyValue);
    return fc.oneof(
      value.map((text) => [`--${name}`, text]),
      value.map((text) => [`--${name}=${text}`]),
      fc.constant<string[]>([`--${name}`]),
    );
  });
}

/**
 * Argument lists for a command: options, positionals and stray words in any order. A panel gets a
 * unit of few rows unless the list names one (the default, every county, by week over centuries
 * is a stream of millions of rows: the benchmarks' business, not this suite's).
 */
function anyArgs(name: string, row: CliRow): fc.Arbitrary<string[]> {
  const positional = fc.oneof(row.positionals ?? nastyValue, nastyValue);
  return fc
    .tuple(fc.array(optionTokens(row.options), { maxLength: 4 }), fc.array(positional, { maxLength: 2 }), fc.boolean())
    .map(([tokens, positionals, first]) => (first ? [...positionals, ...tokens.flat()] : [...tokens.flat(), ...positionals]))
    .map((args) => (name === "panel" && !args.some((arg) => arg.startsWith("--unit")) ? ["--unit", "nation", ...args] : args))
    .filter((args) => !args.includes("--help") && !args.includes("-h"));
}

// ---------------------------------------------------------------------------------------------
// What must not change
// ---------------------------------------------------------------------------------------------

const fixedQueries: readonly (readonly string[])[] = [
  ["status", "Miami-Dade County, FL", "--as-of", "2010-05", "--json"],
  ["status", "Los Angeles", "--kind", "city", "--as-of", "2010"],
  ["counties", "--status", "not-activated", "--as-of", "2011-12-05", "--state", "GA", "--csv"],
  ["timeline", "--from", "2011-05-04", "--to", "2011-08-05", "--json"],
  ["stats", "florida-2008-10-2011-02-custody", "--json"],
  ["rollout", "--by", "year", "--csv"],
  ["panel", "--unit", "state", "--by", "year", "--from", "2010", "--to", "2010"],
  ["sources", "fcir-security-breach-2011-01-31", "--json"],
];
const fixedAnswers = () => fixedQueries.map((args) => runCli(args));
let before: ReturnType<typeof fixedAnswers> = [];

beforeAll(() => {
  before = fixedAnswers();
  for (const answer of before) expect(answer.exitCode).toBe(0);
});

afterAll(() => {
  expect(fixedAnswers()).toEqual(before);
});

const runs = { any: 25, valid: 10 };

describe("the table covers the command line", () => {
  it("has a row for every command, and no row for anything else", () => {
    expect([...commandNames].sort()).toEqual(Object.keys(table).sort());
  });

  it.each(Object.keys(table))("%s: the row names every option its help lists", (name) => {
    const help = runCli([name, "--help"]);
    expect(help.exitCode).toBe(0);
    const listed = new Set([...help.stdout.matchAll(/(?<![\w-])--([a-z][a-z-]*)/g)].map((match) => match[1] as string));
    listed.delete("help");
    expect([...listed].sort()).toEqual(Object.keys(table[name]?.options ?? {}).sort());
  });
});

describe.each(Object.entries(table))("%s", (name, row) => {
  it("answers valid arguments with exit code 0 and nothing on stderr", () => {
    fc.assert(
      fc.property(row.valid, (args) => {
        expectContract([name, ...args], [0]);
      }),
      { numRuns: runs.valid },
    );
  });

  it("keeps the contract for arguments of every sort: one escaped, cut line; no stack, no unexpected error", () => {
    fc.assert(
      fc.property(anyArgs(name, row), (args) => {
        expectContract([name, ...args]);
      }),
      { numRuns: runs.any },
    );
  });

  it("exits 2 for an unknown option", () => {
    fc.assert(
      fc.property(nastyValue, fc.boolean(), (text, withValue) => {
        const option = `--${text.replace(/^-+/, "")}x`;
        if (Object.keys(row.options).includes(option.slice(2)) || option.slice(2).includes("=")) return;
        expectContract([name, ...(withValue ? [`${option}=1`] : [option])], [2]);
      }),
      { numRuns: 15 },
    );
  });

  it("exits 2 for an option given twice, and for --json with --csv", () => {
    for (const [option, spec] of Object.entries(row.options)) {
      if (spec.flag === true || spec.repeatable === true) continue;
      const value = fc.sample(spec.valid, { numRuns: 1, seed: 1 })[0] as string;
      const result = expectContract([name, `--${option}`, value, `--${option}`, value], [2]);
      expect(result.stderr).toBe(`secure-communities: --${option} given 2 times: expected it once\n`);
    }
    if (row.listing) expect(expectContract([name, "--json", "--csv"], [2]).stderr).toMatch(/--json and --csv together/);
    if (name === "panel") expect(expectContract([name, "--json", "--format", "csv"], [2]).stderr).toMatch(/--json with --format csv/);
  });

  it("cuts and escapes any value it echoes, and answers a huge one within the time cap", () => {
    const huge = `\u001b[2J${longText(100_000)}\nend`;
    for (const [option, spec] of Object.entries(row.options)) {
      if (spec.flag === true) continue;
      const started = performance.now();
      expectContract([name, `--${option}`, huge]);
      expect(performance.now() - started).toBeLessThan(3000);
    }
    expectContract([name, huge]);
    expectContract([name, `--${huge}`], [2]);
    expectContract([name, ...new Array<string>(10_000).fill("x")]);
  });

  it("takes the keys of Object.prototype as any other text", () => {
    for (const key of prototypeKeys) {
      expectContract([name, key]);
      for (const [option, spec] of Object.entries(row.options)) if (spec.flag !== true) expectContract([name, `--${option}`, key]);
    }
  });
});

describe("the dispatcher", () => {
  it("keeps the contract for any first argument", () => {
    fc.assert(
      fc.property(fc.array(nastyValue, { maxLength: 3 }), (args) => {
        expectContract(args.filter((arg) => arg !== "--help" && arg !== "-h" && arg !== "--version"));
      }),
      { numRuns: 30 },
    );
  });

  it("refuses arguments that are no list of strings with exit code 2", () => {
    const { proxy, revoke } = Proxy.revocable([], {});
    revoke();
    for (const argv of [null, "status", [5], new Array(2), proxy, [Symbol("x")]]) {
      const result = runCli(argv as never);
      expect(result).toEqual({ exitCode: 2, stdout: "", stderr: "secure-communities: bad arguments: expected a list of strings\n" });
    }
  });
});
