import { describe, expect, it } from "vitest";
import { localDecisionEvents } from "../data/local-decisions.js";
import { events, getJurisdiction, sources } from "../src/index.js";

const sourceById = new Map<string, (typeof sources)[number]>(sources.map((record) => [record.id, record]));
const eventById = new Map<string, (typeof events)[number]>(events.map((record) => [record.id, record]));
const newIds = localDecisionEvents.map((record) => record.id);

function wordCount(text: string): number {
  return text.trim().split(/\s+/).length;
}

const decisions = localDecisionEvents.filter((record) => record.category === "decision");

describe("local decisions of 2009-2014", () => {
  it("holds at least 120 decision events in all, each in the published data", () => {
    expect(events.filter((record) => record.category === "decision").length).toBeGreaterThanOrEqual(120);
    for (const id of newIds) expect(eventById.get(id), id).toBeDefined();
  });

  it("dates every decision between 2009 and 2014", () => {
    for (const record of decisions) {
      const year = Number(record.date.slice(0, 4));
      expect(year, record.id).toBeGreaterThanOrEqual(2009);
      expect(year, record.id).toBeLessThanOrEqual(2014);
    }
  });

  it("gives every decision the jurisdiction of its actor: among its places, or the nation's for a federal answer", () => {
    for (const record of decisions) {
      const actor = record.actorJurisdiction;
      if (actor === undefined) {
        // A town that is not among the package's cities: filed under its county, which did not act.
        expect("note" in record && record.note, record.id).toMatch(/not among the package's cities/);
        continue;
      }
      expect(getJurisdiction(actor), `${record.id}: ${actor}`).toBeDefined();
      if (actor === "us")
        expect(
          record.jurisdictions.some((id) => id !== "us"),
          record.id,
        ).toBe(true);
      else expect(record.jurisdictions, record.id).toContain(actor);
    }
  });

  it("cites for every record a source with an address and a short verbatim phrase", () => {
    for (const record of localDecisionEvents) {
      const withEvidence = record.citations.filter((citation) => "evidence" in citation && citation.evidence !== undefined);
      expect(withEvidence.length, record.id).toBeGreaterThan(0);
      for (const citation of record.citations) {
        const cited = sourceById.get(citation.source);
        expect(cited, `${record.id} cites ${citation.source}`).toBeDefined();
        if (cited?.kind !== "dataset") expect(cited?.url, citation.source).toMatch(/^https?:\/\//);
        if ("evidence" in citation && citation.evidence !== undefined)
          expect(wordCount(citation.evidence), citation.evidence).toBeLessThanOrEqual(12);
      }
    }
  });

  it("gives no two sources one address", () => {
    const urls = sources.map((record) => record.url).filter((url) => url !== undefined);
    expect(new Set(urls).size).toBe(urls.length);
  });

  it("keeps a list's places as claims of its author, never as decisions", () => {
    const lists = localDecisionEvents.filter((record) => (record.claims?.length ?? 0) > 0);
    expect(lists.length).toBeGreaterThanOrEqual(10);
    for (const record of lists) {
      expect(record.category, record.id).toBe("publication");
      expect(record.actorJurisdiction, record.id).toBeUndefined();
    }
  });

  it.each([
    ["santa-clara-civil-detainer-policy", "2011-10-18", "county-06085", "since its adoption on October 18, 2011"],
    ["dc-detainer-act-council-vote", "2012-07-10", "us-dc", "In a unanimous vote, the D.C. Council approved a bill"],
    ["sf-resolution-535-11", "2011-12-13", "county-06075", "voted by an 8-3 supermajority this afternoon"],
    ["miami-dade-r-1008-13", "2013-12-03", "county-12086", "Final Action: 12/3/2013"],
    ["ca-trust-act-signed", "2013-10-05", "us-ca", "one of eight immigration-related measures Brown signed on Saturday"],
    ["nyc-local-law-62-2011", "2011-11-22", "city-3651000", "Enactment date: 11/22/2011 Law number: 2011/062"],
    ["nyc-detainer-laws-2014", "2014-11-14", "city-3651000", "Mayor Bill de Blasio today signed into law Introductions 486-A and 487-A"],
    ["king-county-ordinance-17706", "2013-12-02", "county-53033", "Final action: 12/2/2013"],
    ["newark-police-detainer-order", "2013-07-24", "city-3451000", "The general order, which went into effect July 24"],
    ["philadelphia-executive-order-detainers", "2014-04-16", "city-4260000", "Philadelphia, April 16, 2014– Mayor Michael A. Nutter"],
  ])("%s is dated %s, decided by %s, with its evidence", (id, date, actor, evidence) => {
    const record = eventById.get(id);
    expect(record?.date).toBe(date);
    expect(record?.actorJurisdiction).toBe(actor);
    expect(record?.citations.map((citation) => citation.evidence)).toContain(evidence);
  });

  it("keeps to the month what its sources give only to the month", () => {
    expect(eventById.get("ct-trust-act-passed")?.date).toBe("2013-05");
    expect(eventById.get("sf-due-process-for-all-ordinance")?.date).toBe("2013-10");
    expect(eventById.get("snohomish-county-detainer-change")?.date).toBe("2014");
    for (const id of ["ct-trust-act-passed", "sf-due-process-for-all-ordinance", "snohomish-county-detainer-change"]) {
      expect(eventById.get(id)?.dateNote, id).toBeTruthy();
    }
  });

  it("records the San Francisco ordinance after the resolution that preceded it", () => {
    const order: string[] = events.map((record) => record.id);
    expect(order.indexOf("sf-resolution-535-11")).toBeLessThan(order.indexOf("sf-due-process-for-all-ordinance"));
    expect(order.indexOf("sf-due-process-for-all-ordinance")).toBeLessThan(order.indexOf("sf-sheriff-detainer-policy-2014"));
  });
});
