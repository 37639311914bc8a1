/**
 * The published files on a real engine: DuckDB reads every CSV and Parquet file that
 * datapackage.json declares, and its answers (counties switched on by month, per state, the
 * cohorts) equal the package's helpers and a naive computation over activations.json.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { activationPanel, rolloutProgress } from "../src/index.js";

const root = fileURLToPath(new URL("../", import.meta.url));
const published = `${root}data/published/`;

interface Resource {
  readonly name: string;
  readonly path: string;
  readonly format: string;
  readonly schema: { readonly fields: readonly { readonly name: string; readonly type: string }[] };
}

const descriptor = JSON.parse(readFileSync(`${published}datapackage.json`, "utf8")) as { resources: Resource[] };
// The datasets' tables; the county crosswalk is a derived CSV of its own, published without a Parquet twin.
// Every CSV table has its Parquet twin, the crosswalk included.
const csvResources = descriptor.resources.filter((resource) => resource.format === "csv");
const parquetResources = descriptor.resources.filter((resource) => resource.format === "parquet");
/** The activations as listed, one row a code on ICE's list. */
const listedDates = (JSON.parse(readFileSync(`${published}activations.json`, "utf8")) as { county: string; date: string }[]).map(
  (activation) => ({ ...activation, state: activation.county.slice(7, 9) }),
);
/**
 * The counties the helpers count: every county of the period once (a code listed only under a
 * former code left out; an area the list lacks dated by its covering area).
 */
const listedDate = new Map(listedDates.map((activation) => [activation.county, activation.date]));
const activationDates = (
  JSON.parse(readFileSync(`${published}jurisdictions.json`, "utf8")) as {
    id: string;
    kind: string;
    listedOnly?: boolean;
    activationFrom?: { county: string }[];
  }[]
)
  .filter((jurisdiction) => jurisdiction.kind === "county" && jurisdiction.listedOnly !== true)
  .map((county) => ({
    county: county.id,
    date: (listedDate.get(county.id) ?? listedDate.get(county.activationFrom?.[0]?.county ?? "")) as string,
    state: county.id.slice(7, 9),
  }));

let instance: DuckDBInstance;
let connection: DuckDBConnection;

async function query(sql: string): Promise<Record<string, unknown>[]> {
  const reader = await connection.runAndReadAll(sql);
  return reader.getRowObjectsJson() as Record<string, unknown>[];
}

const file = (path: string) => `'${published}${path}'`;

beforeAll(async () => {
  instance = await DuckDBInstance.create(":memory:");
  connection = await instance.connect();
});

afterAll(() => {
  connection.closeSync();
  instance.closeSync();
});

/** The months from 2008-10 to 2014-11 with their last day, by Date arithmetic. */
const months = Array.from({ length: 74 }, (_, index) => {
  const end = new Date(Date.UTC(2008, 9 + index + 1, 0)).toISOString().slice(0, 10);
  return { month: end.slice(0, 7), end };
});

describe("DuckDB reads every published file", () => {
  it("declares a Parquet file beside each CSV table, and the panel", () => {
    expect(parquetResources.map((resource) => resource.name).sort()).toEqual(
      [...csvResources.map((resource) => `${resource.name}-parquet`), "panel-county-month"].sort(),
    );
    const names = descriptor.resources.map((resource) => resource.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(csvResources.map((resource) => resource.name))("%s: the CSV and its Parquet twin hold the same table", async (name) => {
    const resource = csvResources.find((candidate) => candidate.name === name) as Resource;
    const twin = parquetResources.find((candidate) => candidate.name === `${name}-parquet`) as Resource;
    const fields = resource.schema.fields.map((field) => field.name);
    const duckTypes: Record<string, string> = { integer: "INTEGER", number: "DOUBLE", boolean: "BOOLEAN", date: "DATE", string: "VARCHAR" };
    const columns = fields.map((field) => `CAST("${field}" AS VARCHAR) AS "${field}"`).join(", ");
    // Each CSV cell cast to its field's type by DuckDB, then printed as the Parquet value is.
    const typed = resource.schema.fields
      .map((field) => `CAST(CAST("${field.name}" AS ${duckTypes[field.type]}) AS VARCHAR) AS "${field.name}"`)
      .join(", ");
    const fromCsv = await query(`SELECT ${typed} FROM read_csv(${file(resource.path)}, header = true, all_varchar = true)`);
    const fromParquet = await query(`SELECT ${columns} FROM read_parquet(${file(twin.path)})`);
    expect(fromCsv.length).toBeGreaterThan(0);
    const describeParquet = await query(`DESCRIBE SELECT * FROM read_parquet(${file(twin.path)})`);
    expect(describeParquet.map((column) => column["column_name"])).toEqual(fields);
    // The Parquet columns carry the Table Schema's types.
    expect(describeParquet.map((column) => column["column_type"])).toEqual(resource.schema.fields.map((field) => duckTypes[field.type]));
    // A missing value is "" in the CSV (read as NULL by DuckDB) and NULL in Parquet; numbers print alike.
    expect(fromParquet).toEqual(fromCsv);
  });

  it("the panel's Parquet equals activationPanel's rows", async () => {
    const rows = await query(
      `SELECT id, period, CAST(period_start AS VARCHAR) AS period_start, active, active_days_fraction, cohort, cohort_index, event_time
       FROM read_parquet(${file("panel-county-month.parquet")}) ORDER BY id, period`,
    );
    const expected = Array.from(activationPanel({ unit: "county", by: "month", from: "2008-10", to: "2014-11" }), (row) => ({
      id: row.id,
      period: row.period,
      period_start: row.periodStart,
      active: row.active,
      active_days_fraction: row.activeDaysFraction,
      cohort: row.cohort,
      cohort_index: row.cohortIndex,
      event_time: row.eventTime,
    })).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : a.period < b.period ? -1 : 1));
    expect(rows).toHaveLength(3143 * 74);
    expect(rows).toEqual(expected);
  });
});

describe("DuckDB's answers equal the helpers and a naive computation", () => {
  it("counties switched on by the end of each month, from the panel and from activations.csv", async () => {
    const fromPanel = await query(
      `SELECT period, CAST(sum(CAST(active AS INTEGER)) AS INTEGER) AS active FROM read_parquet(${file("panel-county-month.parquet")}) GROUP BY period ORDER BY period`,
    );
    const fromCsv = await query(
      `WITH months AS (SELECT strftime(m, '%Y-%m') AS period, last_day(m) AS last FROM range(DATE '2008-10-01', DATE '2014-12-01', INTERVAL 1 MONTH) t(m))
       SELECT period, CAST(count(a.county) AS INTEGER) AS active FROM months LEFT JOIN read_csv(${file("activations.csv")}) a ON a.date <= months.last
       GROUP BY period ORDER BY period`,
    );
    const naive = months.map(({ month, end }) => ({ period: month, active: activationDates.filter((a) => a.date <= end).length }));
    const listed = months.map(({ month, end }) => ({ period: month, active: listedDates.filter((a) => a.date <= end).length }));
    const helper = rolloutProgress({ by: "month", from: "2008-10", to: "2014-11" }).map((point) => ({
      period: point.period,
      active: point.activated,
    }));
    expect(fromPanel).toEqual(naive);
    // activations.csv is ICE's list as given: every listed code, the counting rule not applied.
    expect(fromCsv).toEqual(listed);
    expect(helper).toEqual(naive);
  });

  it("counties switched on per state and month, from the panel", async () => {
    const fromPanel = await query(
      `SELECT state, period, CAST(sum(CAST(active AS INTEGER)) AS INTEGER) AS active, CAST(count(*) AS INTEGER) AS counties
       FROM read_parquet(${file("panel-county-month.parquet")}) GROUP BY state, period ORDER BY state, period`,
    );
    const states = [...new Set(activationDates.map((a) => a.state))];
    const stateIds = await query(`SELECT id, fips FROM read_parquet(${file("jurisdictions.parquet")}) WHERE kind = 'state'`);
    const idOf = new Map(stateIds.map((row) => [row["fips"] as string, row["id"] as string]));
    const naive = states
      .map((fips) => idOf.get(fips) as string)
      .sort()
      .flatMap((id) => {
        const fips = [...idOf].find(([, candidate]) => candidate === id)?.[0];
        const dates = activationDates.filter((a) => a.state === fips);
        return months.map(({ month, end }) => ({
          state: id,
          period: month,
          active: dates.filter((a) => a.date <= end).length,
          counties: dates.length,
        }));
      });
    const helper = Array.from(activationPanel({ unit: "state", by: "month", from: "2008-10", to: "2014-11" }), (row) => ({
      state: row.id,
      period: row.period,
      active: row.activeCounties,
      counties: row.counties,
    })).sort((a, b) => (a.state < b.state ? -1 : a.state > b.state ? 1 : a.period < b.period ? -1 : 1));
    expect(fromPanel).toEqual(naive);
    expect(helper).toEqual(naive);
  });

  it("the cohorts: counties by month of activation", async () => {
    const fromPanel = await query(
      `SELECT cohort, CAST(count(DISTINCT id) AS INTEGER) AS counties FROM read_parquet(${file("panel-county-month.parquet")}) GROUP BY cohort ORDER BY cohort`,
    );
    const fromCsv = await query(
      `SELECT strftime(date, '%Y-%m') AS cohort, CAST(count(*) AS INTEGER) AS counties FROM read_csv(${file("activations.csv")}) GROUP BY cohort ORDER BY cohort`,
    );
    const naive = new Map<string, number>();
    for (const { date } of activationDates) naive.set(date.slice(0, 7), (naive.get(date.slice(0, 7)) ?? 0) + 1);
    const expected = [...naive].sort(([a], [b]) => (a < b ? -1 : 1)).map(([cohort, counties]) => ({ cohort, counties }));
    const helper = new Map<string, number>();
    for (const row of activationPanel({ by: "month", from: "2008-10", to: "2008-10" }))
      helper.set(row.cohort, (helper.get(row.cohort) ?? 0) + 1);
    const listed = new Map<string, number>();
    for (const { date } of listedDates) listed.set(date.slice(0, 7), (listed.get(date.slice(0, 7)) ?? 0) + 1);
    expect(fromPanel).toEqual(expected);
    // activations.csv is ICE's list as given: every listed code, the counting rule not applied.
    expect(fromCsv).toEqual([...listed].sort(([a], [b]) => (a < b ? -1 : 1)).map(([cohort, counties]) => ({ cohort, counties })));
    expect([...helper].sort(([a], [b]) => (a < b ? -1 : 1)).map(([cohort, counties]) => ({ cohort, counties }))).toEqual(expected);
  });

  it("the DuckDB snippet of docs/research-guide.md runs and answers as the helper does", async () => {
    const guide = readFileSync(`${root}docs/research-guide.md`, "utf8");
    const snippet = /<!-- tested: duckdb -->\s*```sql\n([\s\S]*?)```/.exec(guide)?.[1];
    expect(snippet, "the guide has a tested DuckDB snippet").toBeDefined();
    const rows = await query((snippet as string).replaceAll("node_modules/secure-communities/", root));
    expect(rows.length).toBeGreaterThan(0);
    const expected = Array.from(activationPanel({ unit: "nation", by: "month", from: "2008-10", to: "2014-11" }), (row) => ({
      period: row.period,
      active_counties: row.activeCounties,
      active_fraction: Math.round((row.activeCountiesFraction as number) * 1e4) / 1e4,
    }));
    expect(rows).toEqual(expected);
  });
});
