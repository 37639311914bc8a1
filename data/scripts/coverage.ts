/**
 * docs/coverage.md: what the record knows of the decisions of the period, set against every list
 * and tally of the period it holds, and the decisions it holds by state and year.
 */
import { type Tally, tallies } from "../tallies.js";
import type { DatasetRecord, Records } from "./load.js";

interface Place {
  readonly id: string;
  readonly label: string;
  readonly state: string | undefined;
}

function placesById(jurisdictions: readonly DatasetRecord[]): Map<string, Place> {
  const byId = new Map(jurisdictions.map((record) => [String(record["id"]), record]));
  const places = new Map<string, Place>();
  for (const record of jurisdictions) {
    const id = String(record["id"]);
    const kind = String(record["kind"]);
    const state = kind === "state" ? id : kind === "nation" ? undefined : String(record["parent"]);
    const usps = state === undefined ? undefined : String(byId.get(state)?.["usps"]);
    const name = String(record["fullName"] ?? record["name"]);
    places.set(id, { id, label: kind === "county" || kind === "city" ? `${name}, ${usps}` : name, state });
  }
  return places;
}

function yearOf(event: DatasetRecord): number {
  return Number(String(event["date"]).slice(0, 4));
}

/** The places each decision governs: its jurisdictions and its actor's. */
function decisionPlaces(events: readonly DatasetRecord[]): Map<string, DatasetRecord[]> {
  const byPlace = new Map<string, DatasetRecord[]>();
  for (const event of events) {
    if (event["category"] !== "decision") continue;
    const ids = new Set([
      ...(event["jurisdictions"] as string[]),
      ...(event["actorJurisdiction"] === undefined ? [] : [String(event["actorJurisdiction"])]),
    ]);
    for (const id of ids) byPlace.set(id, [...(byPlace.get(id) ?? []), event]);
  }
  return byPlace;
}

function escapeCell(text: string): string {
  return text.replaceAll("|", "\\|").replaceAll("\n", " ");
}

function stateTable(events: readonly DatasetRecord[], places: ReadonlyMap<string, Place>): string[] {
  const counts = new Map<string, Map<number, number>>();
  const years = new Set<number>();
  for (const event of events) {
    if (event["category"] !== "decision") continue;
    const states = new Set((event["jurisdictions"] as string[]).map((id) => places.get(id)?.state).filter((state) => state !== undefined));
    const year = yearOf(event);
    years.add(year);
    for (const state of states) {
      const row = counts.get(state) ?? new Map<number, number>();
      row.set(year, (row.get(year) ?? 0) + 1);
      counts.set(state, row);
    }
  }
  const columns = [...years].sort((a, b) => a - b);
  const states = [...places.values()].filter((place) => place.state === place.id).sort((a, b) => (a.label < b.label ? -1 : 1));
  const rows = states
    .filter((state) => counts.has(state.id))
    .map((state) => {
      const row = counts.get(state.id) as Map<number, number>;
      const total = [...row.values()].reduce((sum, count) => sum + count, 0);
      return `| ${state.label} | ${columns.map((year) => row.get(year) ?? "").join(" | ")} | ${total} |`;
    });
  const none = states.filter((state) => !counts.has(state.id)).map((state) => state.label);
  return [
    "## Decisions by state and year",
    "",
    'Decision events (`category: "decision"`) that concern a state, one of its counties or one of its cities, by the year of their date. An event that concerns places in two states counts in each.',
    "",
    `| state | ${columns.join(" | ")} | total |`,
    `| --- | ${columns.map(() => "---:").join(" | ")} | ---: |`,
    ...rows,
    "",
    `States with no decision in the record (${none.length}): ${none.join(", ")}.`,
    "",
  ];
}

function listSection(
  events: readonly DatasetRecord[],
  places: ReadonlyMap<string, Place>,
  decided: ReadonlyMap<string, DatasetRecord[]>,
): string[] {
  const lists = events.filter((event) => ((event["claims"] as unknown[] | undefined) ?? []).length > 0);
  const lines = [
    "## Lists: claims by their authors",
    "",
    "Each list below is an event whose actor named places as having a policy; the record keeps each name as a claim of the list's author, never as a decision of the place. For each list: how many of the places it names have a decision of their own government in the record, and which do not.",
    "",
  ];
  for (const event of lists) {
    const claimed = [...new Set((event["claims"] as { about: string }[]).map((claim) => claim.about))];
    const missing = claimed.filter((id) => !decided.has(id));
    const sources = [...new Set((event["citations"] as { source: string }[]).map((citation) => `\`${citation.source}\``))];
    lines.push(
      `### ${escapeCell(String(event["title"]))}`,
      "",
      `\`${String(event["id"])}\`, ${String(event["date"])}, by ${String(event["actor"])} (sources: ${sources.join(", ")}).`,
      "",
      `Places named: ${claimed.length}. With a sourced decision record: ${claimed.length - missing.length}. Without: ${missing.length}${missing.length === 0 ? "." : `: ${missing.map((id) => places.get(id)?.label ?? id).join("; ")}.`}`,
      "",
    );
  }
  return lines;
}

function tallySection(
  events: readonly DatasetRecord[],
  places: ReadonlyMap<string, Place>,
  decided: ReadonlyMap<string, DatasetRecord[]>,
): string[] {
  const byId = new Map(events.map((event) => [String(event["id"]), event]));
  const rows = tallies.map((tally: Tally) => {
    const event = byId.get(tally.event);
    if (event === undefined) throw new Error(`tallies: unknown event "${tally.event}"`);
    const evidence = (event["citations"] as { evidence?: string }[]).map((citation) => citation.evidence ?? "");
    const written = tally.count.toLocaleString("en-US");
    const words = [tally.written ?? written, String(tally.count)];
    if (!evidence.some((phrase) => words.some((word) => phrase.includes(word))))
      throw new Error(`tallies: no evidence phrase of "${tally.event}" gives ${words[0]}`);
    const inScope = [...decided].filter(
      ([id, decisions]) =>
        id !== "us" &&
        (tally.within === "us" || places.get(id)?.state === tally.within) &&
        decisions.some((decision) => yearOf(decision) === tally.year),
    );
    const qualifier = { exact: "", "more-than": "more than ", almost: "almost ", about: "about " }[tally.qualifier];
    return `| \`${tally.event}\` | ${String(event["actor"])} | ${qualifier}${written} ${escapeCell(tally.counts)} | ${places.get(tally.within)?.label ?? tally.within}, ${tally.year} | ${inScope.length} |`;
  });
  return [
    "## Tallies without names",
    "",
    "Counts the sources give without naming the places, beside the number of places (states, counties, cities) of the same scope that have a decision of that year in the record.",
    "",
    "| event | by | count | scope | places with a decision in the record |",
    "| --- | --- | --- | --- | ---: |",
    ...rows,
    "",
  ];
}

/** Each state's Secure Communities agreement with ICE: the signing the record dates, or unknown. */
function agreementSection(events: readonly DatasetRecord[], places: ReadonlyMap<string, Place>): string[] {
  const states = [...places.values()].filter((place) => place.state === place.id).sort((a, b) => (a.label < b.label ? -1 : 1));
  const byState = new Map<string, DatasetRecord[]>();
  for (const event of events) {
    const actor = String(event["actorJurisdiction"]);
    if (
      event["category"] === "decision" &&
      ["moa-signing", "refusal", "withdrawal", "suspension"].includes(String(event["kind"])) &&
      places.get(actor)?.state === actor
    )
      byState.set(actor, [...(byState.get(actor) ?? []), event]);
  }
  const signed = states.filter((state) => byState.get(state.id)?.some((event) => event["kind"] === "moa-signing"));
  const rows = states
    .filter((state) => byState.has(state.id))
    .map((state) => {
      const acts = (byState.get(state.id) ?? []).map(
        (event) => `${String(event["kind"])} ${String(event["date"])} (\`${String(event["id"])}\`)`,
      );
      return `| ${state.label} | ${acts.join("; ")} |`;
    });
  const unknown = states.filter((state) => !signed.includes(state)).map((state) => state.label);
  return [
    "## State agreements with ICE",
    "",
    "Each state's memorandum of agreement for Secure Communities (2008-2011), and its state-level refusals, suspensions and withdrawals, as the record dates them. ICE ended every agreement on 2011-08-05 (`moa-termination`). A state listed as unknown signed on a day no source found gives, or did not sign; the record does not guess.",
    "",
    "| state | agreement and state decisions |",
    "| --- | --- |",
    ...rows,
    "",
    `Agreement signing dated: ${signed.length} of ${states.length}. Unknown (${unknown.length}): ${unknown.join(", ")}.`,
    "",
  ];
}

export function coverageDocument(records: Records): string {
  const places = placesById(records.jurisdictions);
  const decided = decisionPlaces(records.events);
  const decisions = records.events.filter((event) => event["category"] === "decision");
  return [
    "# Coverage of the record",
    "",
    "<!-- Generated by data/scripts/generate.ts from the records in data/. Do not edit. -->",
    "",
    `The record cannot hold every decision ever taken about Secure Communities and ICE detainers; this page says what it was checked against. It holds ${decisions.length} decision events concerning ${decided.size} places. A place that a list names but that has no decision record here is a place whose own act the record has not (yet) found in a source it can cite: its status shows the list's claim, not a decision.`,
    "",
    ...stateTable(records.events, places),
    ...agreementSection(records.events, places),
    ...listSection(records.events, places, decided),
    ...tallySection(records.events, places, decided),
  ].join("\n");
}
