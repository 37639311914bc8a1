/**
 * The record as its sources give it: decisions only by the government that made them, claims
 * apart from decisions, the corrected facts, the project's own wording, and a bibliography in
 * which every source is used and no document appears twice.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  activations,
  countyCodeChanges,
  detainers,
  events,
  getJurisdiction,
  jurisdictions,
  offenseLevels,
  participationStatus,
  sources,
  statistics,
  type TimelineEvent,
} from "../src/index.js";
import { shingleLength, shingles } from "./support/shingles.js";

const here = dirname(fileURLToPath(import.meta.url));

function event(id: string): TimelineEvent {
  const found = events.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`no event ${id}`);
  return found;
}

describe("decisions are the acting government's own", () => {
  it("records no decision by Pennsylvania, and shows the Los Angeles resolution only as a claim about it", () => {
    expect(events.filter((candidate) => candidate.category === "decision" && candidate.actorJurisdiction === "us-pa")).toEqual([]);
    const pennsylvania = participationStatus("us-pa", "2012");
    expect(pennsylvania?.decisions).toEqual([]);
    expect(pennsylvania?.claims.map(({ by, event: claimEvent, claim }) => [by, claimEvent.id, claim.about, claim.confidence])).toEqual([
      ["own", "la-council-resolution", "us-pa", "low"],
    ]);
    // A Pennsylvania county sees the claim as one about its state, and still no decision.
    const washingtonCounty = participationStatus("county-42125", "2012");
    expect(washingtonCounty?.decisions).toEqual([]);
    expect(washingtonCounty?.claims.map(({ by, claim }) => [by, claim.about])).toEqual([["state", "us-pa"]]);
  });

  it("holds the Los Angeles council's statement as one event naming three places, each with its reading", () => {
    const sameDay = events.filter((candidate) => candidate.date === "2011-06-07");
    // Los Angeles's resolution is one event; the only other act of that day is Oakland's own.
    expect(sameDay.filter((candidate) => candidate.actorJurisdiction !== "city-0644000").map((candidate) => candidate.id)).toEqual([
      "oakland-council-endorses-trust-act-2011-06-07",
    ]);
    const withClaims = events.filter((candidate) => (candidate.claims ?? []).length > 0);
    expect(withClaims.filter((candidate) => candidate.category === "decision").map((candidate) => candidate.id)).toEqual([
      "la-council-resolution",
    ]);
    const resolution = event("la-council-resolution");
    expect(resolution.actor).toBe("Los Angeles City Council");
    expect(resolution.actorJurisdiction).toBe("city-0644000");
    expect(resolution.claims?.map((claim) => [claim.about, claim.reading, claim.confidence])).toEqual([
      ["us-wa", "Washington State", "medium"],
      ["us-pa", "the Commonwealth of Pennsylvania", "low"],
      ["us-dc", "the District of Columbia", "high"],
    ]);
    const article = sources.find((source) => source.id === "florida-independent-la-resolution");
    expect(article).toBeDefined();
    // The wording the three readings come from is the article's, as its citation carries it.
    for (const claim of resolution.claims ?? []) {
      expect(claim.asWritten).toBe("Washington, Pennsylvania and Washington, D.C.");
      expect(resolution.citations.some((citation) => citation.evidence?.includes(claim.asWritten) === true)).toBe(true);
    }
    // The resolution does not back the TRUST Act by name: its own record says "legislation".
    expect(resolution.summary).not.toMatch(/TRUST Act|AB 1081/);
    expect(resolution.note).toMatch(/not the California bill specifically/);
  });

  it("records Washington's own refusal, by its State Patrol, at the month it was reported", () => {
    const refusal = event("wa-state-patrol-declines-moa");
    expect([refusal.date, refusal.category, refusal.kind, refusal.actorJurisdiction]).toEqual(["2010-11", "decision", "refusal", "us-wa"]);
    expect(refusal.citations.map((citation) => citation.source)).toEqual(
      expect.arrayContaining(["olympian-washington-declines-2010-11-30", "sf-weekly-washington-first-state-2010-12-01"]),
    );
    const washington = participationStatus("us-wa", "2011-06-07");
    expect(washington?.decisions.map(({ by, event: decision }) => [by, decision.id])).toEqual([["own", "wa-state-patrol-declines-moa"]]);
    expect(washington?.claims.map(({ event: claimEvent }) => claimEvent.id)).toEqual(["la-council-resolution"]);
    // Before the report, no decision yet.
    expect(participationStatus("us-wa", "2010-10")?.decisions).toEqual([]);
    // Yakima County sees its state's decision and the claim about its state.
    const yakima = participationStatus("county-53077", "2011-06-07");
    expect(yakima?.decisions.map(({ by, event: decision }) => [by, decision.id])).toEqual([["state", "wa-state-patrol-declines-moa"]]);
    expect(yakima?.claims.map(({ by }) => by)).toEqual(["state"]);
  });

  it("keeps the District of Columbia's withdrawal of 2010 as its own decision, dated no closer than its sources", () => {
    const district = participationStatus("us-dc", "2011-06-07");
    expect(district?.decisions.map(({ event: decision }) => decision.id)).toContain("dc-withdraws");
    expect(event("dc-withdraws").date).toBe("2010");
  });

  it("lists claims only up to the date asked about", () => {
    expect(participationStatus("us-pa", "2011-06-06")?.claims).toEqual([]);
    expect(participationStatus("us-pa", "2011-06")?.claims).toHaveLength(1);
  });
});

describe("corrected facts", () => {
  it("starts the program in October 2008, with a dateNote that names the agency's own date", () => {
    const launch = event("program-launch");
    expect(launch.date).toBe("2008-10");
    expect(launch.dateNote).toMatch(/inception to October 2008/);
    expect(launch.dateNote).not.toMatch(/no ICE document/i);
    expect(launch.citations[0]).toMatchObject({ source: "dhs-release-2009-11-12", confidence: "high" });
    expect(participationStatus("us", "2008-09")?.program.phase).toBe("not-started");
    expect(participationStatus("us", "2008-10")?.program.phase).toBe("active");
  });

  it("counts 95 jurisdictions on 2009-11-12, from the DHS release of that day", () => {
    const count = statistics.find((statistic) => statistic.id === "us-2009-11-12-jurisdictions");
    expect(count?.total).toEqual({ value: 95, qualifier: "exact" });
    expect(count?.citations[0]?.source).toBe("dhs-release-2009-11-12");
  });

  it("stores 121,000 Level 1 removals without a qualifier the source does not give", () => {
    const removals = statistics.find((statistic) => statistic.id === "us-2008-10-2014-08-removals");
    expect(removals?.categories[0]?.count).toEqual({ value: 121000, qualifier: "exact" });
  });

  it("carries FCIR's violent-crime share beside its non-criminal share", () => {
    const fcir = statistics.find((statistic) => statistic.id === "us-2008-10-2010-11-deportations");
    expect(fcir?.categories.map((category) => [category.id, category.reportedPercent])).toEqual([
      ["non-criminal", 28],
      ["violent-convictions", 23],
    ]);
    expect(fcir?.note).not.toMatch(/only the non-criminal share/i);
  });

  it("does not say Massachusetts left a program it never joined", () => {
    expect(event("il-governor-withdraws").summary).not.toMatch(/followed by New York and Massachusetts/);
  });

  it("keeps the dataset's day for the first Pennsylvania activations and the ICE spokesman's day with its source", () => {
    const pa = event("pa-first-activations");
    expect(pa.date).toBe("2008-12-16");
    expect(pa.citations.find((citation) => citation.source === "intelligencer-bucks-montgomery-first-month")?.evidence).toContain(
      "Dec. 15",
    );
  });

  it("carries both of the editorial's claims the article quotes", () => {
    const editorial = event("nyt-editorial-2011-06-08");
    const evidence = editorial.citations.map((citation) => citation.evidence ?? "").join(" | ");
    expect(evidence).toContain("Republican hard-liners");
    expect(evidence).toContain("the millions whom it would be foolish to uproot");
    expect(editorial.summary).toMatch(/hard-line Republicans/);
  });
});

describe("locators name the replication file's own columns", () => {
  const dataset = "ice-activated-jurisdictions-dataset";
  const locators = [...events, ...statistics].flatMap((record) =>
    record.citations.filter((citation) => citation.source === dataset).map((citation) => citation.locator ?? ""),
  );

  it("never a column the file lacks", () => {
    expect(locators.length).toBeGreaterThan(10);
    for (const locator of locators) expect(locator).not.toMatch(/county_fips|state_fips|statewide_activation_date/);
  });

  it("give each of the 3,143 activations its row and column", () => {
    expect(activations).toHaveLength(3143);
    for (const activation of activations) {
      expect(activation.citations).toEqual([
        { source: dataset, locator: `county ${activation.county.slice("county-".length)}, date_secure`, confidence: "high" },
      ]);
    }
  });
});

describe("the project's own words", () => {
  const fixture = JSON.parse(readFileSync(join(here, "fixtures", "founding-article-shingles.json"), "utf8")) as {
    runLength: number;
    hashes: string[];
  };
  const article = new Set(fixture.hashes);
  const shared = (text: string) => shingles(text).filter(({ hash }) => article.has(hash));

  it("the fixture holds the article's runs of eight words, and finds a run known to be the article's", () => {
    expect(fixture.runLength).toBe(shingleLength);
    expect(article.size).toBeGreaterThan(400);
    // An evidence phrase is copied from the article on purpose; the check must see it.
    expect(shared("Washington, Pennsylvania and Washington, D.C., have refused to enter Secure Communities")).not.toEqual([]);
    expect(shared("Florida counties joined the program at different times")).toEqual([]);
  });

  it("no summary, title or note shares eight consecutive words with the founding article", () => {
    const texts: [string, string | undefined][] = [
      ...events.flatMap((record): [string, string | undefined][] => [
        [`events ${record.id} title`, record.title],
        [`events ${record.id} summary`, record.summary],
        [`events ${record.id} note`, record.note],
        [`events ${record.id} dateNote`, record.dateNote],
        ...(record.claims ?? []).flatMap((claim): [string, string | undefined][] => [
          [`events ${record.id} claim ${claim.about} statement`, claim.statement],
          [`events ${record.id} claim ${claim.about} reading`, claim.reading],
          [`events ${record.id} claim ${claim.about} note`, claim.note],
        ]),
      ]),
      ...statistics.flatMap((record): [string, string | undefined][] => [
        [`statistics ${record.id} title`, record.title],
        [`statistics ${record.id} note`, record.note],
        ...record.categories.map((category): [string, string | undefined] => [
          `statistics ${record.id} ${category.id} mappingNote`,
          category.mappingNote,
        ]),
      ]),
      // A source's title in brackets is the project's description; any other is the document's own title.
      ...sources.flatMap((record): [string, string | undefined][] => [
        [`sources ${record.id} title`, record.title.startsWith("[") ? record.title : undefined],
        [`sources ${record.id} notes`, record.notes],
      ]),
      ...jurisdictions
        .filter((record) => record.note !== undefined)
        .map((record): [string, string | undefined] => [`jurisdictions ${record.id} note`, record.note]),
      ...offenseLevels.flatMap((record): [string, string | undefined][] => [
        [`offenseLevels ${record.id} definition`, record.definition],
        [`offenseLevels ${record.id} note`, record.note],
      ]),
    ];
    const overlaps = texts.flatMap(([where, text]) => (text === undefined ? [] : shared(text).map(({ run }) => `${where}: "${run}"`)));
    expect(overlaps).toEqual([]);
  });
});

describe("the bibliography", () => {
  const cited = new Set(
    [...jurisdictions, ...activations, ...countyCodeChanges, ...events, ...statistics, ...offenseLevels, ...detainers].flatMap((record) =>
      record.citations.map((citation) => citation.source),
    ),
  );

  it("every source is cited by some record", () => {
    expect(sources.filter((source) => !cited.has(source.id)).map((source) => source.id)).toEqual([]);
  });

  it("no two source records share an address, mirrors included", () => {
    /** An address without its scheme, "www." or a trailing slash: the same page either way. */
    const key = (url: string) =>
      url
        .toLowerCase()
        .replace(/^https?:\/\//, "")
        .replace(/^www\./, "")
        .replace(/\/$/, "");
    const owners = new Map<string, string[]>();
    for (const source of sources) {
      for (const url of [...(source.url === undefined ? [] : [source.url]), ...(source.mirrors ?? [])]) {
        owners.set(key(url), [...(owners.get(key(url)) ?? []), source.id]);
      }
    }
    const shared = [...owners].filter(([, ids]) => ids.length > 1);
    expect(shared).toEqual([]);
  });

  it("drops the sources that could not be found again", () => {
    const ids = new Set<string>(sources.map((source) => source.id));
    for (const dropped of ["jrs-dc-bill-17-895-2010-08-11", "houston-public-media-harris-county-2010-09-29"])
      expect(ids.has(dropped)).toBe(false);
    expect(event("dc-council-bill-introduced").title).not.toMatch(/17-895/);
  });

  it("claims name jurisdictions that exist", () => {
    for (const record of events)
      for (const claim of record.claims ?? []) expect(getJurisdiction(claim.about), `${record.id} → ${claim.about}`).toBeDefined();
  });
});
