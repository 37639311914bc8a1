import { describe, expect, it } from "vitest";
import { runCli } from "../src/cli/run.js";
import type { TimelineEvent } from "../src/generated/types.js";
import type { CityStatus, CountyStatus, NationStatus, RolloutPoint, StateStatus } from "../src/participation.js";
import { jurisdictionsInStatus, participationStatus } from "../src/participation.js";
import { eventsBetween } from "../src/timeline.js";

// The command line's answers at the edges, run in process (the built binary is tested in cli.test.ts).

const plain = { env: { NO_COLOR: "1" } };
const escapeCharacter = "\u001b";

/** Split RFC 4180 CSV text (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index] as string;
    if (quoted) {
      if (character === '"' && text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (character === '"') quoted = false;
      else field += character;
    } else if (character === '"') quoted = true;
    else if (character === ",") {
      row.push(field);
      field = "";
    } else if (character === "\r" && text[index + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      index += 1;
    } else field += character;
  }
  expect(field).toBe("");
  return rows;
}

describe("an event belongs to the places it is about, whoever acted", () => {
  it("keeps Miami-Dade's surroundings to Florida and the nation, not other places ICE acted in", () => {
    const ids = eventsBetween(undefined, undefined, { jurisdiction: "12086", includeSurrounding: true }).map((event) => event.id);
    expect(ids).toContain("fl-statewide-activation");
    expect(ids).toContain("moa-termination");
    for (const elsewhere of [
      "first-activation",
      "pa-first-activations",
      "santa-clara-activated-without-consent",
      "tx-statewide-activation",
    ]) {
      expect(ids).not.toContain(elsewhere);
    }
    const losAngeles = eventsBetween(undefined, undefined, { jurisdiction: "06037", includeSurrounding: true }).map((event) => event.id);
    expect(losAngeles).not.toContain("wa-first-activation");
    // Events about a county belong to its state too.
    expect(eventsBetween(undefined, undefined, { jurisdiction: "IL" }).map((event) => event.id)).toContain(
      "cook-county-detainer-ordinance",
    );
    const cli = JSON.parse(runCli(["timeline", "--place", "12086", "--surrounding", "--json"]).stdout) as TimelineEvent[];
    expect(cli.map((event) => event.id)).toEqual(ids);
  });
});

describe("status at the edges", () => {
  it("keeps the counties switched on after 2014 and says unknown from 2021-01-20, in text and JSON", () => {
    for (const asOf of ["2014", "2014-12-31", "2015"]) {
      const status = JSON.parse(runCli(["status", "us", "--as-of", asOf, "--json"]).stdout) as NationStatus;
      expect(status.counties, asOf).toEqual({ activated: 3143, activatedDuring: 0, total: 3143, fraction: 1 });
      expect(runCli(["status", "us", "--as-of", asOf], plain).stdout).toContain("3,143 of 3,143");
    }
    const status = JSON.parse(runCli(["status", "us", "--as-of", "2021", "--json"]).stdout) as NationStatus;
    expect(status.counties).toEqual({ activated: null, activatedDuring: null, total: 3143, fraction: null });
    expect(status.statesComplete).toBeNull();
    const text = runCli(["status", "us", "--as-of", "2021"], plain).stdout;
    expect(text).toMatch(/counties\s+3,143 counties, status as of 2021 unknown: no source says how the fingerprint sharing stood/);
    expect(text).not.toContain("3,143 of 3,143");
  });

  it("does not tell the future in the past tense", () => {
    const text = runCli(["status", "DC", "--as-of", "2010-07-15"], plain).stdout;
    expect(text).not.toContain("was switched on 2012-06-05");
    expect(text).toContain("would be switched on 2012-06-05, after this date");
  });

  it("gives no internal day numbers in JSON", () => {
    const text = runCli(["status", "12086", "--as-of", "2010-05", "--json"]).stdout;
    expect(text).not.toMatch(/startDay|endDay/);
    expect((JSON.parse(text) as { asOf: { start: string } }).asOf.start).toBe("2010-05-01");
  });
});

describe("arguments", () => {
  it("escapes control characters and cuts long arguments in messages", () => {
    const nasty = `\u001b[2J${"x".repeat(300)}\nmore`;
    for (const args of [["status", nasty], ["timeline", "--kind", nasty], ["status", "12086", "--as-of", nasty], [nasty]]) {
      const result = runCli(args);
      expect(result.exitCode).toBeGreaterThan(0);
      expect(result.stderr).not.toContain(escapeCharacter);
      expect(result.stderr.trimEnd()).not.toContain("\n");
      expect(result.stderr).not.toContain("x".repeat(81));
      expect(result.stderr).toContain("(309 characters)");
    }
  });

  it("exits 1 for a state that is not there, in rollout as in status", () => {
    expect(runCli(["rollout", "--state", "XX"]).exitCode).toBe(1);
    expect(runCli(["status", "XX"]).exitCode).toBe(1);
  });

  it("refuses an option given twice, and --decimals without a statistic", () => {
    const twice = runCli(["status", "12086", "--as-of", "2010", "--as-of", "2011"]);
    expect(twice).toMatchObject({ exitCode: 2, stderr: "secure-communities: --as-of given 2 times: expected it once\n" });
    expect(runCli(["stats", "--decimals", "2"])).toMatchObject({ exitCode: 2 });
    expect(runCli(["stats", "--decimals", "2"]).stderr).toMatch(/--decimals without a statistic/);
  });

  it("does not suggest adding a state to a name that has one", () => {
    const result = runCli(["timeline", "--place", "Los Angeles, CA"]);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).not.toContain("CA, CA");
    expect(result.stderr).toContain("matches 2 places");
  });
});

describe("the panel command, rollout --by and stats --decimals", () => {
  const nasty = `\u001b[2J${"x".repeat(100_000)}\nmore`;

  it.each([
    ["panel --unit", ["panel", "--unit", nasty]],
    ["panel --by", ["panel", "--by", nasty]],
    ["panel --format", ["panel", "--format", nasty]],
    ["panel --from", ["panel", "--from", nasty]],
    ["panel --threshold", ["panel", "--threshold", nasty]],
    ["panel --new-york-city", ["panel", "--new-york-city", nasty]],
    ["panel with an argument", ["panel", nasty]],
    ["panel with an unknown option", ["panel", `--${nasty}`]],
    ["rollout --by", ["rollout", "--by", nasty]],
    ["stats --decimals", ["stats", "florida-2008-10-2011-02-custody", "--decimals", nasty]],
  ])("%s prints one escaped line, cut", (_what, args) => {
    const result = runCli(args);
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^secure-communities: [^\n]*\n$/);
    expect(result.stderr).not.toContain("\u001b");
    expect(result.stderr).not.toContain("x".repeat(81));
    expect(result.stderr.length).toBeLessThan(400);
  });
});

describe("a blank id is bad usage, not an unexpected error", () => {
  it.each([
    [["sources", ""], "missing source id: expected one of the ids that `secure-communities sources` lists"],
    [["stats", " "], "missing statistic id: expected one of the ids that `secure-communities stats` lists, or the start of one"],
  ])("%j", (args, message) => {
    expect(runCli(args)).toEqual({ exitCode: 2, stdout: "", stderr: `secure-communities: ${message}\n` });
  });
});

describe("timeline lines", () => {
  it("wrap to the terminal's width, and stay whole when piped", () => {
    const piped = runCli(["timeline"]).stdout.trimEnd().split("\n");
    expect(Math.max(...piped.map((line) => line.length))).toBeGreaterThan(120);
    const terminal = runCli(["timeline"], { isTTY: true, columns: 80, env: { NO_COLOR: "1" } })
      .stdout.trimEnd()
      .split("\n");
    expect(terminal.length).toBeGreaterThan(piped.length);
    expect(terminal.every((line) => [...line].length <= 80)).toBe(true);
    // Every word is still there, in order.
    expect(terminal.join(" ").split(/\s+/)).toEqual(piped.join(" ").split(/\s+/));
  });
});

describe("--csv on every listing command (RFC 4180)", () => {
  it.each([
    [
      ["timeline", "--from", "2011-06-07", "--to", "2011-06-07"],
      ["date", "id", "category", "kind", "title", "actor", "jurisdictions", "claims_about", "sources"],
    ],
    [["stats"], ["id", "place", "period", "title"]],
    [
      ["stats", "florida-2008-10-2011-02-custody"],
      ["statistic", "category", "label", "count", "qualifier", "percent", "reported", "approximate", "remainder"],
    ],
    [
      ["rollout", "--by", "year"],
      ["period", "status", "activated", "activated_during", "total", "fraction"],
    ],
    [
      ["rollout", "--states"],
      ["state", "name", "counties", "full_coverage"],
    ],
    [["sources"], ["id", "publisher", "title", "published", "url"]],
    [
      ["sources", "fcir-security-breach-2011-01-31"],
      ["dataset", "id", "title"],
    ],
  ])("%j", (args, header) => {
    const result = runCli([...args, "--csv"]);
    expect(result.exitCode).toBe(0);
    expect(result.stdout.endsWith("\r\n")).toBe(true);
    const rows = parseCsv(result.stdout);
    expect(rows[0]).toEqual(header);
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.every((row) => row.length === header.length)).toBe(true);
  });

  it("gives a statistic's categories as the text and the JSON give them", () => {
    expect(parseCsv(runCli(["stats", "florida-2008-10-2011-02-custody", "--csv"]).stdout).slice(1)).toEqual([
      [
        "florida-2008-10-2011-02-custody",
        "dangerous-criminals",
        "dangerous criminals",
        "4600",
        "more-than",
        "32.6",
        "false",
        "true",
        "false",
      ],
      ["florida-2008-10-2011-02-custody", "low-level-detainees", "low-level detainees", "2500", "almost", "17.7", "false", "true", "false"],
      ["florida-2008-10-2011-02-custody", "non-criminals", "non-criminals", "5100", "more-than", "36.2", "false", "true", "false"],
      ["florida-2008-10-2011-02-custody", "not-reported", "not reported in source", "1900", "", "13.5", "false", "true", "true"],
    ]);
    // A share the source reports has no count; --decimals rounds the computed shares.
    expect(parseCsv(runCli(["stats", "us-2008-10-2010-11-deportations", "--csv"]).stdout)[1]).toEqual([
      "us-2008-10-2010-11-deportations",
      "non-criminal",
      "non-criminal",
      "",
      "",
      "28",
      "true",
      "false",
      "false",
    ]);
    const twoDecimals = parseCsv(runCli(["stats", "us-2008-10-2011-02-deportations", "--decimals", "2", "--csv"]).stdout);
    expect(twoDecimals.slice(1).map((row) => [row[3], row[4], row[5]])).toEqual([
      ["27047", "exact", "28.71"],
      ["29741", "exact", "31.56"],
      ["37430", "", "39.73"],
    ]);
    expect(runCli(["stats", "florida", "--csv", "--json"]).exitCode).toBe(2);
  });

  it("quotes a field with a comma", () => {
    const rows = parseCsv(runCli(["stats", "--csv"]).stdout);
    expect(rows.some((row) => row.some((field) => field.includes(",")))).toBe(true);
  });
});

describe("what users expect", () => {
  it("rollout --from/--to and --by day", () => {
    const points = JSON.parse(
      runCli(["rollout", "--by", "day", "--from", "2010-06-21", "--to", "2010-06-23", "--json"]).stdout,
    ) as RolloutPoint[];
    expect(points.map((point) => [point.period, point.activatedDuring])).toEqual([
      ["2010-06-21", 0],
      ["2010-06-22", 54],
      ["2010-06-23", 0],
    ]);
    const years = JSON.parse(runCli(["rollout", "--from", "2020", "--to", "2021", "--json"]).stdout) as RolloutPoint[];
    expect(years.map((point) => point.status)).toEqual(["complete", "unknown"]);
  });

  it("rollout --states gives each state's full coverage", () => {
    const states = JSON.parse(runCli(["rollout", "--states", "--json"]).stdout) as { state: string; fullCoverage: string }[];
    expect(states).toHaveLength(51);
    expect(states.find((row) => row.state === "us-fl")?.fullCoverage).toBe("2010-06-22");
    expect(runCli(["rollout", "--state", "FL"], plain).stdout).toContain("Every county of Florida switched on by 2010-06-22.");
  });

  it("sources <id> lists the records that cite it", () => {
    const answer = JSON.parse(runCli(["sources", "fcir-security-breach-2011-01-31", "--json"]).stdout) as {
      source: { id: string };
      citedBy: { id: string }[];
    };
    expect(answer.source.id).toBe("fcir-security-breach-2011-01-31");
    expect(answer.citedBy.map((record) => record.id)).toEqual(["us-2008-10-2010-11-deportations", "non-criminal"]);
    expect(runCli(["sources", "nope"]).exitCode).toBe(1);
  });

  it("stats takes the start of an id", () => {
    expect(runCli(["stats", "florida"], plain).stdout).toContain("florida-2008-10-2011-02-custody");
    expect(runCli(["stats", "florida", "--json"]).stdout).toContain('"percentages"');
    const several = JSON.parse(runCli(["stats", "us-", "--json"]).stdout) as { id: string }[];
    expect(several.length).toBeGreaterThan(1);
    expect(several.every((statistic) => statistic.id.startsWith("us-"))).toBe(true);
    expect(runCli(["stats", "atlantis"]).exitCode).toBe(1);
  });
});

describe("status --kind settles a name that fits places of several kinds", () => {
  it("answers for the county or the city of Los Angeles", () => {
    const ambiguous = runCli(["status", "Los Angeles"]);
    expect(ambiguous.exitCode).toBe(1);
    expect(ambiguous.stderr).toBe(
      'secure-communities: "Los Angeles" matches 2 places: pick one by id or FIPS code (or narrow it with --kind)\n',
    );
    const county = JSON.parse(runCli(["status", "Los Angeles", "--kind", "county", "--json"]).stdout) as CountyStatus;
    expect(county.jurisdiction.id).toBe("county-06037");
    const city = JSON.parse(runCli(["status", "Los Angeles", "--kind", "city", "--as-of", "2010", "--json"]).stdout) as CityStatus;
    expect([city.kind, city.jurisdiction.id]).toEqual(["city", "city-0644000"]);
    const text = runCli(["status", "Los", "Angeles", "--kind", "county", "--as-of", "2010-05"], plain);
    expect(text.exitCode).toBe(0);
    expect(text.stdout).toMatch(/^Los Angeles County, California\n/);
  });

  it("narrows with --state as well, and hints only at what would narrow the name", () => {
    expect(runCli(["status", "Washington County"]).stderr).toMatch(/\(or narrow it with --state\)\n$/);
    const washington = JSON.parse(
      runCli(["status", "Washington County", "--kind", "county", "--state", "PA", "--json"]).stdout,
    ) as CountyStatus;
    expect(washington.jurisdiction.fips).toBe("42125");
  });

  it("refuses a kind that is none, and says when no place of the kind has the name", () => {
    expect(runCli(["status", "Los Angeles", "--kind", "town"])).toEqual({
      exitCode: 2,
      stdout: "",
      stderr: "secure-communities: unknown --kind town: expected city, county or state\n",
    });
    const none = runCli(["status", "Cook County", "--kind", "state"]);
    expect(none.exitCode).toBe(1);
    expect(none.stderr).toMatch(
      /^secure-communities: no state matches "Cook County": expected a state by name, FIPS code, USPS code or id/,
    );
    expect(runCli(["status", "Los Angeles", "--kind", "county", "--kind", "city"]).exitCode).toBe(2);
  });
});

describe("status says which fact each source supports", () => {
  /** The groups of the Sources block: each label (indented 2) with the source ids under it (indented 4). */
  function sourceGroups(text: string): Map<string, string[]> {
    const block = text
      .slice(text.indexOf("\nSources\n") + "\nSources\n".length)
      .trimEnd()
      .split("\n");
    const groups = new Map<string, string[]>();
    let ids: string[] = [];
    for (const line of block) {
      if (/^ {2}\S/.test(line)) {
        ids = [];
        groups.set(line.trim(), ids);
      } else if (/^ {4}\S/.test(line)) ids.push(line.trim().split(/\s+/)[0] as string);
      else throw new Error(`not a line of the Sources block: ${JSON.stringify(line)}`);
    }
    return groups;
  }
  const idsOf = (citations: readonly { source: string }[]) => [...new Set(citations.map((citation) => citation.source))];

  it("groups a state's sources under the place, its counties' activations, the program's phase and each decision", () => {
    const status = JSON.parse(runCli(["status", "IL", "--as-of", "2011-06-07", "--json"]).stdout) as StateStatus;
    const groups = sourceGroups(runCli(["status", "IL", "--as-of", "2011-06-07"], plain).stdout);
    const since = status.program.since as TimelineEvent;
    expect([...groups.keys()]).toEqual([
      "the place",
      "the activations of its counties",
      `the program's phase: active since ${since.date}, ${since.title}`,
      ...status.decisions.map(({ by, event }) => `${by === "federal" ? "federal decision" : "decision"} of ${event.date}: ${event.title}`),
    ]);
    expect(groups.get("the place")).toEqual(idsOf(status.jurisdiction.citations));
    expect(groups.get("the activations of its counties")).toEqual(["ice-activated-jurisdictions-dataset"]);
    expect(groups.get(`the program's phase: active since ${since.date}, ${since.title}`)).toEqual(idsOf(since.citations));
    for (const { by, event } of status.decisions)
      expect(groups.get(`${by === "federal" ? "federal decision" : "decision"} of ${event.date}: ${event.title}`)).toEqual(
        idsOf(event.citations),
      );
  });

  it("names a county's activation, its state's decisions and the claims others made", () => {
    const county = sourceGroups(runCli(["status", "12086", "--as-of", "2010-05"], plain).stdout);
    expect(county.get("its activation")).toEqual(["ice-activated-jurisdictions-dataset"]);
    const newYork = JSON.parse(runCli(["status", "New York City", "--as-of", "2012-05", "--json"]).stdout) as CityStatus;
    const city = sourceGroups(runCli(["status", "New York City", "--as-of", "2012-05"], plain).stdout);
    expect(city.has("the activations of its counties")).toBe(true);
    const stateDecision = newYork.decisions.find((decision) => decision.by === "state")?.event as TimelineEvent;
    expect(city.get(`its state's decision of ${stateDecision.date}: ${stateDecision.title}`)).toEqual(idsOf(stateDecision.citations));
    const pennsylvania = JSON.parse(runCli(["status", "PA", "--as-of", "2011-06-07", "--json"]).stdout) as StateStatus;
    const claim = pennsylvania.claims[0]?.event as TimelineEvent;
    expect(
      sourceGroups(runCli(["status", "PA", "--as-of", "2011-06-07"], plain).stdout).get(`claim of ${claim.date} by ${claim.actor}`),
    ).toEqual(idsOf(claim.citations));
  });
});

describe("counties: the counties (or states) in a status as of a date", () => {
  interface CountyRow {
    readonly fips: string;
    readonly id: string;
    readonly name: string;
    readonly state: string;
    readonly activationDate: string;
    readonly derivedFrom?: readonly string[];
  }

  it("lists Georgia's counties not yet switched on, as text, JSON and CSV", () => {
    const args = ["counties", "--status", "not-activated", "--as-of", "2011-12-05", "--state", "GA"];
    const expected = jurisdictionsInStatus("not-activated", "2011-12-05", { state: "GA" });
    expect(expected.length).toBeGreaterThan(0);
    const rows = JSON.parse(runCli([...args, "--json"]).stdout) as CountyRow[];
    expect(rows.map((row) => row.id)).toEqual(expected.map((county) => county.id));
    for (const row of rows) {
      const status = participationStatus(row.id, "2011-12-05") as CountyStatus;
      expect(row).toEqual({
        fips: status.jurisdiction.fips,
        id: row.id,
        name: status.jurisdiction.fullName,
        state: "GA",
        activationDate: status.activation.date,
      });
      expect(row.activationDate > "2011-12-05").toBe(true);
    }

    const text = runCli(args, plain);
    expect(text.exitCode).toBe(0);
    const lines = text.stdout.trimEnd().split("\n");
    expect(lines[0]).toBe(`${expected.length} counties of Georgia not yet switched on as of 2011-12-05`);
    expect(lines[1]).toMatch(/^FIPS\s+name\s+state\s+activation date$/);
    expect(lines.slice(2)).toHaveLength(rows.length);
    const first = rows[0] as CountyRow;
    expect(lines[2]).toMatch(new RegExp(`^${first.fips}\\s+${first.name}\\s+GA\\s+${first.activationDate}$`));

    const csvRows = parseCsv(runCli([...args, "--csv"]).stdout);
    expect(csvRows[0]).toEqual(["fips", "id", "name", "state", "activation_date", "derived_from"]);
    expect(csvRows.slice(1).map((row) => row[1])).toEqual(rows.map((row) => row.id));
  });

  it("lists states by their rollout with --kind state", () => {
    const states = JSON.parse(
      runCli(["counties", "--kind", "state", "--status", "complete", "--as-of", "2010-06-30", "--json"]).stdout,
    ) as {
      usps: string;
      activated: number;
      total: number;
      completionDate: string;
    }[];
    expect(states.map((state) => state.usps)).toEqual(["DE", "FL", "VA"]);
    expect(states.every((state) => state.activated === state.total && state.completionDate <= "2010-06-30")).toBe(true);
    const text = runCli(["counties", "--kind", "state", "--status", "partial", "--as-of", "2011-12-05"], plain).stdout;
    const partial = jurisdictionsInStatus("partial", "2011-12-05");
    expect(text.split("\n")[0]).toBe(`${partial.length} states with some of their counties switched on as of 2011-12-05`);
    expect(text).toMatch(/\n13\s+Georgia\s+GA\s+\d+ of 159\s+\d{4}-\d{2}-\d{2}\n/);
    expect(parseCsv(runCli(["counties", "--kind", "state", "--status", "partial", "--as-of", "2011-12-05", "--csv"]).stdout)[0]).toEqual([
      "fips",
      "id",
      "name",
      "usps",
      "activated",
      "total",
      "completion_date",
    ]);
  });

  it("answers as of the last activation by default, and says so; an empty list is a success", () => {
    const rows = JSON.parse(runCli(["counties", "--status", "activated-during", "--json"]).stdout) as CountyRow[];
    expect(rows.map((row) => row.id)).toEqual(jurisdictionsInStatus("activated-during", "2013-01-22").map((county) => county.id));
    expect(runCli(["counties", "--status", "activated-during"], plain).stdout.split("\n")[0]).toBe(
      `${rows.length} counties switched on during 2013-01-22 (the last activation: the rollout complete; choose another day with --as-of)`,
    );
    const none = runCli(["counties", "--status", "activated-during", "--as-of", "2010-06-23", "--state", "FL"], plain);
    expect(none).toEqual({ exitCode: 0, stdout: "0 counties of Florida switched on during 2010-06-23\n", stderr: "" });
    expect(runCli(["counties", "--status", "activated-during", "--as-of", "2010-06-23", "--json"]).stdout).toBe("[]\n");
    // A county ICE's list lacks takes the day of the listed area that covered it, and says so.
    const alaska = JSON.parse(
      runCli(["counties", "--status", "activated", "--as-of", "2013", "--state", "AK", "--json"]).stdout,
    ) as CountyRow[];
    expect(alaska.find((row) => row.fips === "02105")).toMatchObject({ activationDate: "2012-04-10", derivedFrom: ["02232"] });
    expect(runCli(["counties", "--status", "activated", "--as-of", "2013", "--state", "AK"], plain).stdout).toMatch(
      /\n02105\s+Hoonah-Angoon Census Area\s+AK\s+2012-04-10 \(derived from 02232\)\n/,
    );
    const unknown = runCli(["counties", "--status", "unknown", "--as-of", "2021"], plain).stdout;
    expect(unknown.split("\n")[0]).toBe("3,143 counties whose status as of 2021 is unknown");
    expect(unknown).toContain("no source says how the fingerprint sharing stood from 2021-01-20");
  });

  it.each([
    [["counties"], 2, "secure-communities: missing --status: expected --status activated, activated-during, not-activated or unknown\n"],
    [
      ["counties", "--status", "partial"],
      2,
      "secure-communities: unknown --status partial for counties: expected activated, activated-during, not-activated or unknown (partial is a status of states: add --kind state)\n",
    ],
    [
      ["counties", "--kind", "state", "--status", "activated"],
      2,
      "secure-communities: unknown --status activated for states: expected not-started, partial, complete or unknown (activated is a status of counties: leave out --kind state)\n",
    ],
    [["counties", "--kind", "city", "--status", "activated"], 2, "secure-communities: unknown --kind city: expected county or state\n"],
    [
      ["counties", "--status", "activated", "--as-of", "2011-02-29"],
      2,
      'secure-communities: bad --as-of: expected a date that exists (2011-02 has 28 days), got "2011-02-29"\n',
    ],
    [["counties", "--status", "activated", "--json", "--csv"], 2, "secure-communities: --json and --csv together: expected one of them\n"],
    [["counties", "GA", "--status", "activated"], 2, /^secure-communities: unexpected argument "GA" for counties: expected options only/],
    [["counties", "--status", "activated", "--state", "XX"], 1, /^secure-communities: unknown state XX/],
  ] as const)("%j exits %i", (args, exitCode, message) => {
    const result = runCli(args);
    expect(result.exitCode).toBe(exitCode);
    expect(result.stdout).toBe("");
    if (typeof message === "string") expect(result.stderr).toBe(message);
    else expect(result.stderr).toMatch(message);
  });
});
