import { describe, expect, it } from "vitest";
import {
  activations,
  detainers,
  events,
  getJurisdiction,
  isPartialDate,
  jurisdictions,
  offenseLevels,
  parsePartialDate,
  sources,
  statistics,
} from "../src/index.js";

const idPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const cited = [
  ...jurisdictions.map((record) => ({ dataset: "jurisdictions", id: record.id, citations: record.citations })),
  ...activations.map((record) => ({ dataset: "activations", id: record.county, citations: record.citations })),
  ...events.map((record) => ({ dataset: "events", id: record.id, citations: record.citations })),
  ...statistics.map((record) => ({ dataset: "statistics", id: record.id, citations: record.citations })),
  ...offenseLevels.map((record) => ({ dataset: "offenseLevels", id: record.id, citations: record.citations })),
  ...detainers.map((record) => ({ dataset: "detainers", id: record.id, citations: record.citations })),
];

/** The ways a number can be written in a source: 14100, 14,100. */
function spellings(value: number): string[] {
  return [String(value), value.toLocaleString("en-US")];
}

describe("ids", () => {
  it.each([
    ["sources", sources.map((record) => record.id)],
    ["jurisdictions", jurisdictions.map((record) => record.id)],
    ["activations", activations.map((record) => record.county)],
    ["events", events.map((record) => record.id)],
    ["statistics", statistics.map((record) => record.id)],
    ["offenseLevels", offenseLevels.map((record) => record.id)],
    ["detainers", detainers.map((record) => record.id)],
  ])("%s: unique and well formed", (_name, ids) => {
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(idPattern);
  });
});

describe("references", () => {
  const sourceIds = new Set(sources.map((source) => source.id));

  it("every record is cited, and every citation names a known source", () => {
    for (const record of cited) {
      expect(record.citations.length, `${record.dataset} ${record.id}`).toBeGreaterThan(0);
      for (const citation of record.citations) expect(sourceIds.has(citation.source), `${record.id} → ${citation.source}`).toBe(true);
    }
  });

  it("every jurisdiction an event, statistic, activation or jurisdiction names exists", () => {
    for (const event of events) {
      for (const id of [...event.jurisdictions, ...(event.actorJurisdiction === undefined ? [] : [event.actorJurisdiction])]) {
        expect(getJurisdiction(id), `${event.id} → ${id}`).toBeDefined();
      }
    }
    for (const statistic of statistics) expect(getJurisdiction(statistic.jurisdiction)).toBeDefined();
    for (const activation of activations) expect(getJurisdiction(activation.county)?.kind).toBe("county");
    for (const jurisdiction of jurisdictions) {
      if (jurisdiction.parent !== undefined) expect(getJurisdiction(jurisdiction.parent), jurisdiction.id).toBeDefined();
    }
  });

  it("related events exist", () => {
    const eventIds = new Set<string>(events.map((event) => event.id));
    for (const event of events) for (const id of event.related ?? []) expect(eventIds.has(id), `${event.id} → ${id}`).toBe(true);
  });
});

describe("dates", () => {
  it("are valid partial dates at the source's precision, and events are in date order", () => {
    for (const event of events) expect(isPartialDate(event.date), event.id).toBe(true);
    for (const source of sources) if (source.published !== undefined) expect(isPartialDate(source.published), source.id).toBe(true);
    const starts = events.map((event) => parsePartialDate(event.date).startDay);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it("lie inside the rollout for activations, 2008-10-27 to 2013-01-22", () => {
    for (const activation of activations) {
      expect(activation.date >= "2008-10-27" && activation.date <= "2013-01-22", activation.county).toBe(true);
    }
  });

  it("run from a statistic's start to its end", () => {
    for (const statistic of statistics) {
      expect(parsePartialDate(statistic.from).startDay <= parsePartialDate(statistic.to).endDay, statistic.id).toBe(true);
    }
  });
});

describe("evidence", () => {
  it("is a short phrase: at most 12 words", () => {
    for (const record of cited) {
      for (const citation of record.citations) {
        if (citation.evidence !== undefined) expect(citation.evidence.split(/\s+/).length, citation.evidence).toBeLessThanOrEqual(12);
      }
    }
  });

  it("carries every count a statistic states", () => {
    for (const statistic of statistics) {
      const evidence = statistic.citations.map((citation) => citation.evidence ?? "").join(" | ");
      const counts = [statistic.total, ...statistic.categories.map((category) => category.count)].filter((count) => count !== undefined);
      for (const count of counts) {
        expect(
          spellings(count.value).some((spelling) => evidence.includes(spelling)),
          `${statistic.id}: ${count.value} not in "${evidence}"`,
        ).toBe(true);
      }
      for (const category of statistic.categories) {
        if (category.reportedPercent !== undefined) expect(evidence).toContain(`${category.reportedPercent} percent`);
      }
    }
  });

  it("carries the numbers an event's title states (years aside)", () => {
    for (const event of events) {
      const evidence = event.citations.map((citation) => citation.evidence ?? "").join(" | ");
      const numbers = (event.title.match(/\d[\d,]*(?:-\d+)?/g) ?? []).filter((number) => !/^(19|20)\d\d$/.test(number));
      for (const number of numbers) expect(evidence, `${event.id}: ${number}`).toContain(number);
    }
  });

  it("keeps the article's qualifiers on the Florida statistic", () => {
    const florida = statistics.find((statistic) => statistic.id === "florida-2008-10-2011-02-custody");
    expect(florida?.total).toEqual({ value: 14100, qualifier: "more-than" });
    expect(florida?.categories.map((category) => [category.label, category.count])).toEqual([
      ["dangerous criminals", { value: 4600, qualifier: "more-than" }],
      ["low-level detainees", { value: 2500, qualifier: "almost" }],
      ["non-criminals", { value: 5100, qualifier: "more-than" }],
    ]);
  });
});

describe("the whole rollout", () => {
  it("holds 3,143 dated counties, 51 state-level jurisdictions and the nation", () => {
    expect(activations.length).toBe(3143);
    // 3,148 county records: the 3,143 counties of the period, counted in totals, and the five codes
    // ICE's list carries for former county-equivalents (listedOnly), which are not.
    expect(jurisdictions.filter((j) => j.kind === "county").length).toBe(3148);
    expect(jurisdictions.filter((j) => j.kind === "county" && j.listedOnly !== true).length).toBe(3143);
    expect(jurisdictions.filter((j) => j.kind === "state").length).toBe(51);
    expect(jurisdictions.filter((j) => j.kind === "nation").map((j) => j.id)).toEqual(["us"]);
  });
});

describe("exported data is frozen", () => {
  it("throws on a change in strict mode, and later lookups are unchanged", () => {
    const miamiDade = getJurisdiction("12086");
    expect(() => {
      (miamiDade as { name: string }).name = "Changed";
    }).toThrow(TypeError);
    expect(() => {
      (events as unknown as unknown[]).push({});
    }).toThrow(TypeError);
    expect(() => {
      (activations[0]?.citations[0] as { source: string }).source = "x";
    }).toThrow(TypeError);
    expect(() => {
      (statistics[0]?.total as { value: number }).value = 0;
    }).toThrow(TypeError);
    expect(getJurisdiction("12086")?.name).toBe("Miami-Dade");
    expect(Object.isFrozen(sources)).toBe(true);
    expect(Object.isFrozen(jurisdictions[0]?.aliases)).toBe(true);
  });
});
