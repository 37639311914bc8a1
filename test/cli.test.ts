import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCli } from "../src/cli/run.js";
import { activations } from "../src/generated/activations.js";
import type { Jurisdiction, Source, Statistic, TimelineEvent } from "../src/generated/types.js";
import { comparePartialDates, parsePartialDate } from "../src/partial-date.js";
import type { CountyStatus, RolloutPoint, StateStatus } from "../src/participation.js";
import type { StatisticPercentagesResult } from "../src/percentages.js";

const root = fileURLToPath(new URL("../", import.meta.url));
const cli = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
const packageVersion = (JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string }).version;
const ansiEscape = "\u001b";

// `npm test` builds dist/ before the tests run; these run the built command line.

interface Run {
  readonly exitCode: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Run the built CLI as a child process: stdout is a pipe, so it is never a TTY. */
function run(args: readonly string[], extraEnv: Record<string, string> = {}): Run {
  // The caller's NO_COLOR and FORCE_COLOR must not leak into the test.
  const inherited = Object.entries(process.env).filter(([name]) => name !== "NO_COLOR" && name !== "FORCE_COLOR");
  const env = { ...Object.fromEntries(inherited), ...extraEnv };
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: "utf8", env });
  return { exitCode: result.status, stdout: result.stdout, stderr: result.stderr };
}

function runJson<T>(args: readonly string[]): T {
  const result = run([...args, "--json"]);
  expect(result.stderr).toBe("");
  expect(result.exitCode).toBe(0);
  return JSON.parse(result.stdout) as T;
}

/** The day of the last activation, as `status` without --as-of should use it. */
function rolloutEnd(): string {
  return (
    activations
      .map((activation) => activation.date)
      .sort()
      .at(-1) ?? ""
  );
}

describe("the built binary", () => {
  it("starts with the shebang and prints the package version", () => {
    expect(readFileSync(cli, "utf8").split("\n")[0]).toBe("#!/usr/bin/env node");
    expect(run(["--version"])).toEqual({ exitCode: 0, stdout: `${packageVersion}\n`, stderr: "" });
  });

  it("prints help at the top and for every command, with the command's options", { timeout: 30_000 }, () => {
    const top = run(["--help"]);
    expect(top.exitCode).toBe(0);
    for (const command of ["status", "counties", "timeline", "stats", "rollout", "detainers", "sources", "--json", "--version"])
      expect(top.stdout).toContain(command);
    expect(run(["-h"]).stdout).toBe(top.stdout);
    expect(run(["help"]).stdout).toBe(top.stdout);

    const options: Record<string, readonly string[]> = {
      status: ["<place>", "--as-of", "--state", "--kind", "city|county|state", "--json", "--help"],
      timeline: [
        "--from",
        "--to",
        "--place",
        "--kind",
        "--category",
        "--activations",
        "by-state-day",
        "by-county",
        "--within",
        "--json",
        "--csv",
      ],
      stats: ["[ID]", "--decimals", "--json", "--csv"],
      rollout: ["--state", "--by", "year", "month", "day", "--from", "--to", "--states", "--json", "--csv"],
      detainers: ["--by", "year", "month", "--from", "--to", "--breakdown", "lift-reason", "type", "--year", "--json", "--csv"],
      sources: ["[ID]", "--json", "--csv", "--help"],
      counties: ["--status", "not-activated", "partial", "--as-of", "--state", "--kind", "county|state", "--json", "--csv"],
    };
    for (const [command, names] of Object.entries(options)) {
      for (const flag of ["--help", "-h"]) {
        const help = run([command, flag]);
        expect(help.exitCode, `${command} ${flag}`).toBe(0);
        expect(help.stderr).toBe("");
        expect(help.stdout).toContain(`Usage: secure-communities ${command}`);
        for (const name of names) expect(help.stdout, `${command} help mentions ${name}`).toContain(name);
      }
      // --help wins over arguments that would otherwise be an error.
      expect(run([command, "--bogus", "--help"]).exitCode).toBe(0);
    }
  });
});

describe("status", () => {
  it("gives Miami-Dade's activation as of May 2010", () => {
    const status = runJson<CountyStatus>(["status", "Miami-Dade County, FL", "--as-of", "2010-05"]);
    expect(status.kind).toBe("county");
    expect(status.jurisdiction.id).toBe("county-12086");
    expect(status.activation).toEqual({ status: "activated", date: "2009-02-24" });
    expect(status.asOf.text).toBe("2010-05");
    expect(status.program.phase).toBe("active");

    const text = run(["status", "Miami-Dade County, FL", "--as-of", "2010-05"]);
    expect(text.exitCode).toBe(0);
    expect(text.stderr).toBe("");
    expect(text.stdout).toMatch(/^Miami-Dade County, Florida\n/);
    for (const part of [
      "county, FIPS 12086",
      "Florida (FL)",
      "switched on 2009-02-24",
      "program",
      "active",
      "Decisions of its own government up to 2010-05",
      "Decisions of its state's government up to 2010-05",
      "Claims others made about it or its state up to 2010-05 (not decisions of it)",
      "Sources",
    ]) {
      expect(text.stdout).toContain(part);
    }
  });

  it("labels a place's own decisions apart from what others claimed about it", () => {
    const pennsylvania = runJson<StateStatus>(["status", "PA", "--as-of", "2011-06-07"]);
    expect(pennsylvania.decisions).toEqual([]);
    expect(pennsylvania.claims.map(({ by, event, claim }) => [by, event.id, claim.about])).toEqual([
      ["own", "la-council-resolution", "us-pa"],
    ]);
    const text = run(["status", "PA", "--as-of", "2011-06-07"]).stdout;
    expect(text).toMatch(/Decisions of its own government up to 2011-06-07\n {2}none recorded\n/);
    expect(text).toContain("Claims others made about it up to 2011-06-07 (not decisions of it)");
    expect(text).toContain("read as the Commonwealth of Pennsylvania (low confidence)");
  });

  it("finds a place by FIPS code, USPS code and id, and lists the sources of a status", () => {
    expect(runJson<CountyStatus>(["status", "12086", "--as-of", "2010-05"]).jurisdiction.id).toBe("county-12086");
    const illinois = runJson<StateStatus>(["status", "IL", "--as-of", "2011-06-07"]);
    expect(illinois.jurisdiction.id).toBe("us-il");
    expect(illinois.decisions.map((decision) => decision.event.id)).toContain("il-governor-withdraws");
    const text = run(["status", "us-il", "--as-of", "2011-06-07"]).stdout;
    expect(text).toContain("Illinois Governor Pat Quinn withdraws");
    const sourceLines = text.slice(text.indexOf("\nSources\n"));
    for (const citation of illinois.decisions.flatMap((decision) => decision.event.citations))
      expect(sourceLines).toContain(citation.source);
  });

  it("without --as-of, answers as of the last activation and says so", () => {
    const latest = rolloutEnd();
    expect(latest).toBe("2013-01-22");
    const status = runJson<CountyStatus>(["status", "county-12086"]);
    expect(status.asOf.text).toBe(latest);
    expect(status.activation).toEqual({ status: "activated", date: "2009-02-24" });
    const text = run(["status", "county-12086"]).stdout;
    expect(text).toContain(`as of       ${latest} (the last activation`);
    expect(text).toContain("2009-02-24");
  });

  it("lists the candidates of an ambiguous name and exits 1; --state narrows it", () => {
    const ambiguous = run(["status", "Washington County"]);
    expect(ambiguous.exitCode).toBe(1);
    expect(ambiguous.stdout).toContain("county-42125");
    expect(ambiguous.stdout).toContain("Pennsylvania");
    expect(ambiguous.stdout.split("\n").length).toBeGreaterThan(10);
    expect(ambiguous.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(ambiguous.stderr).toMatch(/^secure-communities: "Washington County" matches \d+ places: pick one by id or FIPS code/);

    const candidates = JSON.parse(run(["status", "Washington County", "--json"]).stdout) as Jurisdiction[];
    expect(candidates.map((candidate) => candidate.id)).toContain("county-42125");

    const narrowed = runJson<CountyStatus>(["status", "Washington County", "--state", "PA", "--as-of", "2011"]);
    expect(narrowed.jurisdiction.fips).toBe("42125");
  });

  it("exits 1 for a place that does not exist", () => {
    const result = run(["status", "Nowhere"]);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^secure-communities: no place matches "Nowhere"[^\n]*\n$/);
  });
});

describe("timeline", () => {
  it("lists the events from the Illinois withdrawal to the MOA termination, in order", () => {
    const found = runJson<TimelineEvent[]>(["timeline", "--from", "2011-05-04", "--to", "2011-08-05"]);
    const ids = found.map((event) => event.id);
    expect(ids).toContain("il-governor-withdraws");
    expect(ids).toContain("moa-termination");
    expect(ids.indexOf("il-governor-withdraws")).toBeLessThan(ids.indexOf("moa-termination"));
    for (let index = 1; index < found.length; index += 1) {
      expect(comparePartialDates((found[index - 1] as TimelineEvent).date, (found[index] as TimelineEvent).date)).toBeLessThanOrEqual(0);
    }

    const text = run(["timeline", "--from", "2011-05-04", "--to", "2011-08-05"]);
    expect(text.exitCode).toBe(0);
    const lines = text.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(found.length);
    lines.forEach((line, index) => {
      const event = found[index] as TimelineEvent;
      expect(line.startsWith(event.date)).toBe(true);
      expect(line).toContain(event.title);
      expect(line).toMatch(new RegExp(`\\[${event.citations[0]?.source}[^\\]]*\\]$`));
    });
  });

  it("filters by place, kind and category, and merges activations", () => {
    const decisions = runJson<TimelineEvent[]>(["timeline", "--place", "Illinois", "--category", "decision"]);
    expect(decisions.length).toBeGreaterThan(0);
    expect(decisions.every((event) => event.category === "decision")).toBe(true);
    // An event about a place in Illinois (Cook County, FIPS 17031; Chicago, 1714000) is an event of Illinois too.
    expect(
      decisions.every((event) =>
        event.jurisdictions.some((id) => id === "us-il" || id.startsWith("county-17") || id.startsWith("city-17")),
      ),
    ).toBe(true);

    const kinds = runJson<TimelineEvent[]>(["timeline", "--kind", "withdrawal,suspension"]);
    expect(kinds.length).toBeGreaterThan(0);
    expect(kinds.every((event) => event.kind === "withdrawal" || event.kind === "suspension")).toBe(true);

    const merged = runJson<TimelineEvent[]>(["timeline", "--from", "2008-10-27", "--to", "2008-10-27", "--activations", "by-state-day"]);
    expect(merged.map((event) => event.title)).toContain("Secure Communities switched on in 1 county of Texas");

    const within = runJson<TimelineEvent[]>(["timeline", "--from", "2011-06-01", "--to", "2011-06-15", "--within"]);
    expect(within.every((event) => parsePartialDate(event.date).precision === "day")).toBe(true);
  });
});

describe("stats", () => {
  it("lists the statistics", () => {
    const list = runJson<Statistic[]>(["stats"]);
    expect(list.length).toBeGreaterThan(0);
    const text = run(["stats"]).stdout;
    for (const statistic of list) expect(text).toContain(statistic.id);
    expect(text).toContain("2008-10 to 2011-02");
  });

  it("splits Florida's custody figures with their qualifiers", () => {
    const { statistic, percentages } = runJson<{ statistic: Statistic; percentages: StatisticPercentagesResult }>([
      "stats",
      "florida-2008-10-2011-02-custody",
    ]);
    expect(statistic.id).toBe("florida-2008-10-2011-02-custody");
    expect(percentages.rows.map((row) => row.percent)).toEqual([32.6, 17.7, 36.2, 13.5]);
    expect(percentages.rows.at(-1)?.remainder).toBe(true);

    const text = run(["stats", "florida-2008-10-2011-02-custody"]).stdout;
    for (const part of [
      "more than 14,100",
      "more than 4,600",
      "almost 2,500",
      "more than 5,100",
      "~32.6%",
      "~13.5%",
      "not reported in source",
      "1,900",
    ]) {
      expect(text).toContain(part);
    }

    const two = runJson<{ percentages: StatisticPercentagesResult }>(["stats", "florida-2008-10-2011-02-custody", "--decimals", "2"]);
    expect(two.percentages.decimals).toBe(2);
    expect(two.percentages.rows.reduce((sum, row) => sum + Math.round(row.percent * 100), 0)).toBe(10_000);
  });

  it("shows a percentage the source reports without deriving a count", () => {
    // The JSON gives the reported percentages, marked as reported, as the text shows them.
    const { percentages } = runJson<{ percentages: StatisticPercentagesResult }>(["stats", "us-2008-10-2010-11-deportations"]);
    expect(percentages.rows.map((row) => [row.label, row.count, row.percent, row.reported])).toEqual([
      ["non-criminal", null, 28, true],
      ["convictions for violent crimes such as murder or rape", null, 23, true],
      ["not reported in source", null, 49, true],
    ]);
    const text = run(["stats", "us-2008-10-2010-11-deportations"]).stdout;
    expect(text).toContain("75,461");
    expect(text).toMatch(/non-criminal\s+not reported\s+28%/);
    expect(text).toMatch(/convictions for violent crimes such as murder or rape\s+not reported\s+23%/);
    expect(text).toMatch(/not reported in source\s+49%/);
  });

  it("exits 1 for an unknown statistic", () => {
    const result = run(["stats", "nope"]);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(/^secure-communities: no statistic has the id "nope"[^\n]*\n$/);
  });
});

describe("rollout", () => {
  it("gives the counties switched on each year", () => {
    const points = runJson<RolloutPoint[]>(["rollout", "--by", "year"]);
    expect(points.map((point) => point.period)).toEqual(["2008", "2009", "2010", "2011", "2012", "2013"]);
    expect(points.map((point) => point.activatedDuring)).toEqual([14, 91, 788, 1099, 1045, 106]);
    expect(runJson<RolloutPoint[]>(["rollout"])).toEqual(points);

    const lines = run(["rollout"]).stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(2 + points.length);
    expect(lines[2]).toMatch(/^2008\s+partial\s+14\s+\+14\s+0\.4%\s+▏$/);
    expect(lines.at(-1)).toMatch(/^2013\s+complete\s+3,143\s+\+106\s+100\.0%\s+█{40}$/);
  });

  it("follows one state by month", () => {
    const points = runJson<RolloutPoint[]>(["rollout", "--state", "Florida", "--by", "month"]);
    expect(points.every((point) => /^\d{4}-\d{2}$/.test(point.period))).toBe(true);
    expect(points.at(-1)).toMatchObject({ status: "complete", activated: 67, total: 67, fraction: 1 });
    expect(run(["rollout", "--state", "FL", "--by", "month"]).stdout).toContain("Counties switched on in Florida (67 counties), by month");
  });
});

describe("sources", () => {
  it("prints the bibliography", () => {
    const list = runJson<Source[]>(["sources"]);
    expect(list.length).toBeGreaterThan(0);
    expect(new Set(list.map((source) => source.id)).size).toBe(list.length);
    const text = run(["sources"]).stdout;
    for (const source of list) {
      expect(text).toContain(`${source.id}\n  ${source.publisher}, ${source.published ?? "n.d."}: ${source.title}\n`);
      if (source.url !== undefined) expect(text).toContain(source.url);
    }
  });
});

describe("bad usage exits 2 with one line on stderr", () => {
  const cases: [readonly string[], string | RegExp][] = [
    [
      ["status", "Miami-Dade County, FL", "--as-of", "2010-13"],
      "secure-communities: unknown date 2010-13: expected YYYY, YYYY-MM or YYYY-MM-DD\n",
    ],
    [["timeline", "--from", "2010-06-2"], "secure-communities: unknown date 2010-06-2: expected YYYY, YYYY-MM or YYYY-MM-DD\n"],
    [
      ["timeline", "--from", "2010-02-30"],
      'secure-communities: bad --from: expected a date that exists (2010-02 has 28 days), got "2010-02-30"\n',
    ],
    [
      ["status", "12086", "--as-of", "2011-02-30"],
      'secure-communities: bad --as-of: expected a date that exists (2011-02 has 28 days), got "2011-02-30"\n',
    ],
    [
      ["rollout", "--to", "2012-04-31"],
      'secure-communities: bad --to: expected a date that exists (2012-04 has 30 days), got "2012-04-31"\n',
    ],
    [
      ["frobnicate"],
      /^secure-communities: unknown command frobnicate: expected status, counties, timeline, stats, rollout, detainers, panel or sources/,
    ],
    [[], /^secure-communities: missing command: expected /],
    [["--frob"], /^secure-communities: unknown option --frob: expected /],
    [
      ["status", "12086", "--frob"],
      /^secure-communities: unknown option --frob for status: expected --as-of, --state, --kind, --json or --help/,
    ],
    [["status"], /^secure-communities: missing place: expected /],
    [["status", "12086", "--as-of"], /^secure-communities: missing value for --as-of: expected --as-of DATE/],
    [["rollout", "--by", "week"], "secure-communities: unknown --by week: expected year, month or day\n"],
    [
      ["stats", "florida-2008-10-2011-02-custody", "--decimals", "11"],
      "secure-communities: bad --decimals 11: expected an integer from 0 to 10\n",
    ],
    [["stats", "--decimals", "two"], "secure-communities: bad --decimals two: expected an integer from 0 to 10\n"],
    [["timeline", "--kind", "party"], /^secure-communities: unknown kind party: expected program-launch, /],
    [
      ["timeline", "--category", "gossip"],
      /^secure-communities: unknown category gossip: expected program, decision, publication or litigation/,
    ],
    [["timeline", "--activations", "all"], /^secure-communities: unknown --activations all: expected by-state-day, by-county or none/],
    [
      ["timeline", "--from", "2012", "--to", "2011"],
      /^secure-communities: bad range --from 2012 --to 2011: expected --from on or before --to/,
    ],
    [["timeline", "extra"], /^secure-communities: unexpected argument "extra" for timeline/],
    [["sources", "--json=yes"], /^secure-communities: option --json takes no value/],
  ];
  it.each(cases)("%j", (args, message) => {
    const result = run(args);
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr.endsWith("\n")).toBe(true);
    expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(result.stderr).not.toMatch(/\bat .*:\d+:\d+/);
    if (typeof message === "string") expect(result.stderr).toBe(message);
    else expect(result.stderr).toMatch(message);
  });
});

describe("colour", () => {
  const commands: readonly (readonly string[])[] = [
    ["--help"],
    ["status", "12086", "--as-of", "2010-05"],
    ["status", "Washington County"],
    ["counties", "--status", "not-activated", "--as-of", "2011-12-05", "--state", "GA"],
    ["timeline", "--from", "2011-05", "--to", "2011-06"],
    ["stats", "florida-2008-10-2011-02-custody"],
    ["rollout"],
    ["sources"],
  ];

  it("is off when stdout is not a TTY, and with NO_COLOR set", { timeout: 30_000 }, () => {
    for (const args of commands) {
      for (const env of [{}, { NO_COLOR: "1" }, { NO_COLOR: "" }]) {
        const result = run(args, env);
        expect(result.stdout.length).toBeGreaterThan(0);
        expect(result.stdout + result.stderr).not.toContain(ansiEscape);
      }
    }
  });

  it("is on for a terminal unless NO_COLOR is set (in process)", () => {
    for (const args of commands) {
      expect(runCli(args, { isTTY: true, env: {} }).stdout).toContain(ansiEscape);
      expect(runCli(args, { isTTY: true, env: { NO_COLOR: "" } }).stdout).not.toContain(ansiEscape);
      expect(runCli(args, { isTTY: false, env: {} }).stdout).not.toContain(ansiEscape);
    }
  });
});

describe("runCli in process", () => {
  it("answers like the binary", () => {
    const status = runCli(["status", "Miami-Dade County, FL", "--as-of", "2010-05", "--json"]);
    expect(status.exitCode).toBe(0);
    expect((JSON.parse(status.stdout) as CountyStatus).activation.date).toBe("2009-02-24");
    expect(runCli(["status", "Nowhere"]).exitCode).toBe(1);
    expect(runCli(["rollout", "--by", "week"])).toEqual({
      exitCode: 2,
      stdout: "",
      stderr: "secure-communities: unknown --by week: expected year, month or day\n",
    });
  });

  it("takes the version as a value or a function it calls only for --version", () => {
    expect(runCli(["--version"], { version: "1.2.3" }).stdout).toBe("1.2.3\n");
    let calls = 0;
    const version = () => {
      calls += 1;
      return "4.5.6";
    };
    expect(runCli(["sources", "--json"], { version }).exitCode).toBe(0);
    expect(calls).toBe(0);
    expect(runCli(["--version"], { version }).stdout).toBe("4.5.6\n");
    expect(calls).toBe(1);
    expect(runCli(["--version"]).stdout).toBe("unknown\n");
  });

  it("accepts global options before the command and an unquoted name", () => {
    const before = runCli(["--json", "stats", "florida-2008-10-2011-02-custody"]);
    expect(before.exitCode).toBe(0);
    expect(JSON.parse(before.stdout)).toHaveProperty("percentages.total", 14100);
    const unquoted = runCli(["status", "Miami-Dade", "County,", "FL", "--as-of", "2010", "--json"]);
    expect((JSON.parse(unquoted.stdout) as CountyStatus).jurisdiction.id).toBe("county-12086");
  });

  it("ends every output with a newline and never prints a stack trace", () => {
    for (const args of [["sources"], ["stats"], ["timeline", "--from", "2011", "--to", "2011"], ["status", "us"], ["status", "%%%"]]) {
      const result = runCli(args);
      const output = result.stdout + result.stderr;
      expect(output.endsWith("\n")).toBe(true);
      expect(output).not.toContain("    at ");
    }
  });
});
