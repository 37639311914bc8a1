/**
 * Checks every record against its zod schema and the invariants that tie records together.
 * Returns the parsed records (keys in schema order) or throws one error that lists every problem.
 */
import { type DatasetName, datasets } from "../schema.js";
import { type DatasetRecord, dateBounds, type Records } from "./load.js";

/** The most words an evidence phrase may have. */
export const maximumEvidenceWords = 12;

export function validateRecords(records: Records): Records {
  const problems: string[] = [];
  const parsed = {} as Records;

  for (const name of Object.keys(datasets) as DatasetName[]) {
    const { record: schema, key } = datasets[name];
    const seen = new Set<string>();
    parsed[name] = records[name].map((record, index) => {
      const result = schema.safeParse(record);
      const label = `${name}[${index}] (${String(record[key])})`;
      if (!result.success) {
        for (const issue of result.error.issues) {
          problems.push(`${label}: ${issue.path.join(".") || "record"}: ${issue.message}`);
        }
        return record;
      }
      const id = String(record[key]);
      if (seen.has(id)) problems.push(`${label}: duplicate ${key} "${id}"`);
      seen.add(id);
      return result.data as DatasetRecord;
    });
  }
  if (problems.length === 0) problems.push(...crossRecordProblems(parsed));
  if (problems.length > 0) {
    throw new Error(`The data has ${problems.length} problem(s):\n- ${problems.slice(0, 50).join("\n- ")}`);
  }
  return parsed;
}

type Citation = { source: string; evidence?: string };
type Count = { value: number };

function crossRecordProblems(records: Records): string[] {
  const problems: string[] = [];
  const sourceIds = new Set(records.sources.map((record) => String(record["id"])));
  const jurisdictions = new Map(records.jurisdictions.map((record) => [String(record["id"]), record]));
  const eventIds = new Set(records.events.map((record) => String(record["id"])));

  const checkJurisdiction = (label: string, id: unknown, kinds?: readonly string[]) => {
    const target = jurisdictions.get(String(id));
    if (target === undefined) problems.push(`${label}: unknown jurisdiction "${String(id)}"`);
    else if (kinds !== undefined && !kinds.includes(String(target["kind"]))) {
      problems.push(`${label}: "${String(id)}" is a ${String(target["kind"])}, expected ${kinds.join(" or ")}`);
    }
  };

  for (const name of Object.keys(datasets) as DatasetName[]) {
    if (name === "sources") continue;
    const { key } = datasets[name];
    for (const record of records[name]) {
      for (const citation of (record["citations"] as Citation[] | undefined) ?? []) {
        const label = `${name} "${String(record[key])}"`;
        if (!sourceIds.has(citation.source)) problems.push(`${label}: cites unknown source "${citation.source}"`);
        const words = citation.evidence?.trim().split(/\s+/).length ?? 0;
        if (words > maximumEvidenceWords) {
          problems.push(`${label}: evidence of ${words} words, at most ${maximumEvidenceWords}: "${citation.evidence}"`);
        }
      }
    }
  }

  for (const record of records.jurisdictions) {
    const id = String(record["id"]);
    const label = `jurisdictions "${id}"`;
    const kind = record["kind"];
    const fips = record["fips"] as string | undefined;
    const parentKinds = { nation: undefined, state: ["nation"], county: ["state"], city: ["state"] }[String(kind)];
    if (parentKinds === undefined) {
      if (record["parent"] !== undefined) problems.push(`${label}: the nation has no parent`);
    } else {
      checkJurisdiction(`${label} parent`, record["parent"], parentKinds);
    }
    if (kind === "state") {
      const usps = String(record["usps"]);
      if (id !== `us-${usps.toLowerCase()}` || record["iso3166_2"] !== `US-${usps}` || fips?.length !== 2) {
        problems.push(`${label}: id, USPS, ISO 3166-2 and 2-digit FIPS disagree`);
      }
    }
    if (kind === "county" && (id !== `county-${fips}` || jurisdictions.get(String(record["parent"]))?.["fips"] !== fips?.slice(0, 2))) {
      problems.push(`${label}: id, FIPS and parent state disagree`);
    }
    if (kind === "city") {
      if (id !== `city-${fips}`) problems.push(`${label}: id and GEOID disagree`);
      if (record["county"] !== undefined) checkJurisdiction(`${label} county`, record["county"], ["county"]);
    } else if (record["county"] !== undefined) {
      problems.push(`${label}: only a city names its county`);
    }
  }

  const activated = new Set<string>();
  for (const record of records.activations) {
    checkJurisdiction(`activations "${String(record["county"])}"`, record["county"], ["county"]);
    activated.add(String(record["county"]));
  }
  const codeChangeIds = new Set(records.countyCodeChanges.map((record) => String(record["id"])));
  for (const record of records.jurisdictions) {
    const label = `jurisdictions "${String(record["id"])}"`;
    const from = record["activationFrom"] as { county: string; codeChange: string }[] | undefined;
    if (record["kind"] === "county" && !activated.has(String(record["id"])) && from === undefined) {
      problems.push(`${label}: a county with no activation record`);
    }
    if (from !== undefined && activated.has(String(record["id"])))
      problems.push(`${label}: activationFrom on a county with its own activation`);
    for (const entry of from ?? []) {
      checkJurisdiction(`${label} activationFrom`, entry.county, ["county"]);
      if (!activated.has(entry.county)) problems.push(`${label}: activationFrom "${entry.county}" has no activation`);
      if (jurisdictions.get(entry.county)?.["listedOnly"] !== true)
        problems.push(`${label}: activationFrom "${entry.county}" is not listedOnly`);
    }
    for (const entry of (record["otherCodes"] as { codeChange: string }[] | undefined) ?? []) {
      if (!codeChangeIds.has(entry.codeChange)) problems.push(`${label}: otherCodes cites unknown code change "${entry.codeChange}"`);
    }
    const parts = record["counties"] as { county: string; population: number }[] | undefined;
    if (parts !== undefined) {
      if (record["kind"] !== "city") problems.push(`${label}: only a city lists county parts`);
      for (const part of parts) checkJurisdiction(`${label} counties`, part.county, ["county"]);
      const sum = parts.reduce((total, part) => total + part.population, 0);
      if (record["population"] !== sum)
        problems.push(`${label}: population ${String(record["population"])} is not the sum of its parts, ${sum}`);
      if (record["county"] !== parts[0]?.county) problems.push(`${label}: county is not the largest part`);
    }
  }

  for (const record of records.events) {
    const label = `events "${String(record["id"])}"`;
    if (record["actorJurisdiction"] !== undefined) checkJurisdiction(`${label} actorJurisdiction`, record["actorJurisdiction"]);
    for (const id of record["jurisdictions"] as string[]) checkJurisdiction(`${label} jurisdictions`, id);
    for (const id of (record["related"] as string[] | undefined) ?? []) {
      if (!eventIds.has(id)) problems.push(`${label}: related event "${id}" does not exist`);
      if (id === record["id"]) problems.push(`${label}: related to itself`);
    }
    if (record["programPhase"] !== undefined && record["category"] !== "program") {
      problems.push(`${label}: only a program milestone sets the program's phase`);
    }
  }

  for (const record of records.statistics) {
    const label = `statistics "${String(record["id"])}"`;
    checkJurisdiction(`${label} jurisdiction`, record["jurisdiction"]);
    if (dateBounds(String(record["from"]))[0] > dateBounds(String(record["to"]))[1]) problems.push(`${label}: "from" is after "to"`);
    const categories = record["categories"] as {
      id: string;
      count?: Count;
      reportedPercent?: number;
      offenseLevels: string[];
      mappingConfidence?: string;
    }[];
    const categoryIds = new Set<string>();
    let sum = 0;
    for (const category of categories) {
      if (categoryIds.has(category.id)) problems.push(`${label}: duplicate category "${category.id}"`);
      categoryIds.add(category.id);
      if (category.id === "not-reported") problems.push(`${label}: "not-reported" is the derived remainder's id`);
      if (category.count === undefined && category.reportedPercent === undefined) {
        problems.push(`${label}: category "${category.id}" has neither a count nor a reported percentage`);
      }
      sum += category.count?.value ?? 0;
      if (category.offenseLevels.length > 0 !== (category.mappingConfidence !== undefined)) {
        problems.push(`${label}: category "${category.id}" needs a mappingConfidence exactly when it maps to offense levels`);
      }
    }
    if (sum > (record["total"] as Count).value) problems.push(`${label}: the categories add up to ${sum}, more than the total`);
  }
  problems.push(...detainerProblems(records.detainers));
  return problems;
}

/**
 * The detainer counts: a total has no category and a breakdown has one, by year; the days a count
 * covers lie inside its period; each year's months add up to its total; a year's lift reasons, and
 * its forms, add up to no more than its total.
 */
function detainerProblems(records: readonly DatasetRecord[]): string[] {
  const problems: string[] = [];
  const totals = new Map<string, number>();
  const monthSums = new Map<string, number>();
  const breakdownSums = new Map<string, number>();
  for (const record of records) {
    const label = `detainers "${String(record["id"])}"`;
    const period = String(record["period"]);
    const [from, to] = [String(record["from"]), String(record["to"])];
    const [start, end] = dateBounds(period);
    const count = Number(record["count"]);
    if (!/^\d{4}(-\d{2})?$/.test(period)) problems.push(`${label}: the period is a year or a month, not ${period}`);
    if (from > to || from < start || to > end) problems.push(`${label}: ${from} to ${to} is not inside ${period}`);
    if (record["breakdown"] === "total") {
      if (record["category"] !== undefined) problems.push(`${label}: a total has no category`);
      if (record["id"] !== period) problems.push(`${label}: a total's id is its period`);
      if (period.length === 4) totals.set(period, count);
      else monthSums.set(period.slice(0, 4), (monthSums.get(period.slice(0, 4)) ?? 0) + count);
    } else {
      if (record["category"] === undefined) problems.push(`${label}: a breakdown names its category`);
      if (period.length !== 4) problems.push(`${label}: a breakdown is by year`);
      const key = `${String(record["breakdown"])} ${period}`;
      breakdownSums.set(key, (breakdownSums.get(key) ?? 0) + count);
    }
  }
  for (const [year, sum] of monthSums) {
    if (totals.get(year) !== sum)
      problems.push(`detainers "${year}": the months add up to ${sum}, the year's total is ${totals.get(year)}`);
  }
  for (const [key, sum] of breakdownSums) {
    const year = key.slice(-4);
    const total = totals.get(year);
    if (total === undefined || sum > total) problems.push(`detainers: the ${key} counts add up to ${sum}, more than the total ${total}`);
  }
  return problems;
}
