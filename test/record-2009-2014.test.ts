import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { tallies } from "../data/tallies.js";
import { runCli } from "../src/cli/run.js";
import { events, participationStatus } from "../src/index.js";

// The record of 2009-2014: federal answers shown as the federal government's, lists kept as claims
// of their authors, and a coverage page that says what the record was checked against.

const plain = { isTTY: false, env: { NO_COLOR: "1" } } as const;
const coverage = readFileSync(new URL("../docs/coverage.md", import.meta.url), "utf8");

describe("federal answers and the 2014 wave", () => {
  it("shows ICE's refusal of Santa Clara's opt-out under its own heading in status", () => {
    const text = runCli(["status", "Santa Clara County, CA", "--as-of", "2010-12"], plain).stdout;
    const federal = text.indexOf("Federal decisions about it or its state up to 2010-12");
    expect(federal).toBeGreaterThan(text.indexOf("Decisions of its own government"));
    expect(text.slice(federal)).toContain("2010-11-09");
  });

  it("answers Alameda County as of 2014-12 with its sheriff's decisions", () => {
    const alameda = participationStatus("Alameda County, CA", "2014-12");
    const own = alameda?.decisions.filter((decision) => decision.by === "own").map((decision) => decision.event.id);
    expect(own).toContain("alameda-county-detainer-change");
    expect(runCli(["status", "Alameda County, CA", "--as-of", "2014-12"], plain).stdout).not.toMatch(
      /Decisions of its own government up to 2014-12\n {2}none recorded/,
    );
  });

  it("shows a list's places as claims in the timeline, in text and CSV", () => {
    const text = runCli(["timeline", "--from", "2014-05-02", "--to", "2014-05-02"], plain).stdout;
    expect(text).toMatch(/Immigrant Law Group .*\(claims about 30 places, not their decisions\)/);
    const csv = runCli(["timeline", "--from", "2014-05-02", "--to", "2014-05-02", "--csv"], plain).stdout;
    expect(csv).toContain("county-41051");
  });

  it("keeps a county named only by a list free of decisions, with the list's claim", () => {
    // Wheeler County, Oregon: named by the Immigrant Law Group's list, with no decision of its own found.
    const wheeler = participationStatus("county-41069", "2014-12");
    expect(wheeler?.decisions.filter((decision) => decision.by === "own")).toEqual([]);
    expect(wheeler?.claims.map((claim) => claim.event.id)).toContain("ilg-oregon-counties-list-2014-05-02");
  });
});

describe("docs/coverage.md", () => {
  it("counts the decision events the record holds", () => {
    const decisions = events.filter((event) => event.category === "decision").length;
    expect(coverage).toContain(`It holds ${decisions} decision events`);
  });

  it("sets every list beside the record's decisions, naming the places without one", () => {
    for (const event of events.filter((candidate) => (candidate.claims?.length ?? 0) > 0)) {
      expect(coverage, event.id).toContain(`\`${event.id}\``);
    }
    const ilg = coverage.slice(coverage.indexOf("`ilg-oregon-counties-list-2014-05-02`"));
    expect(ilg).toMatch(/Places named: 30\. With a sourced decision record: \d+\. Without: \d+: /);
  });

  it("takes every tally's count from its event's evidence", () => {
    for (const tally of tallies) {
      const event = events.find((candidate) => candidate.id === tally.event);
      const evidence = event?.citations.map((citation) => citation.evidence ?? "").join(" | ") ?? "";
      expect(evidence, tally.event).toContain(tally.written ?? String(tally.count));
      expect(coverage).toContain(`| \`${tally.event}\` |`);
    }
  });
});
