/**
 * Parquet files for the engines researchers use (DuckDB, Spark, pandas, R arrow, BigQuery):
 * - every CSV table as `<table>.parquet`, in the CSV's layout (the same columns in the same order,
 *   the same rows; a list of values is one text cell joined with "|", a list of objects is its own
 *   child table), typed by its Table Schema (integer, number, boolean, date, string) and with
 *   missing values as nulls;
 * - the county-by-month activation panel from 2008-10 to 2014-11 as `panel-county-month.parquet`,
 *   the rows of `activationPanel({ unit: "county", by: "month", from: "2008-10", to: "2014-11" })`.
 *
 * Written with hyparquet-writer, a development dependency only: the runtime never reads Parquet.
 * The bytes are deterministic (no clock, fixed writer name), so `npm run generate -- --check`
 * covers them as it covers the text files.
 */
import { ByteWriter, parquetWrite } from "hyparquet-writer";
import { activationPanel, type PanelRow } from "../../src/panel.js";
import { type Table, tableSchema } from "./tables.js";

type ParquetType = "integer" | "number" | "boolean" | "date" | "string";

interface ParquetColumn {
  readonly name: string;
  readonly type: ParquetType;
  readonly required: boolean;
  readonly description: string;
  readonly data: readonly (string | number | boolean | null)[];
}

/** What the writer names as the file's creator; fixed so that the bytes do not change by themselves. */
const createdBy = "secure-communities data/scripts/parquet.ts (hyparquet-writer)";

/** The published county-by-month panel: its window and the resource's name. */
export const panelWindow = { unit: "county", by: "month", from: "2008-10", to: "2014-11", treatedAsOfMonth: 1, threshold: 0.5 } as const;
export const panelName = "panel-county-month";

const millisecondsPerDay = 86_400_000;

function dayOf(text: string): number {
  return Date.parse(`${text}T00:00:00Z`) / millisecondsPerDay;
}

function schemaElement(column: ParquetColumn): Record<string, unknown> {
  const repetition_type = column.required ? "REQUIRED" : "OPTIONAL";
  switch (column.type) {
    case "integer":
      return { name: column.name, type: "INT32", repetition_type };
    case "number":
      return { name: column.name, type: "DOUBLE", repetition_type };
    case "boolean":
      return { name: column.name, type: "BOOLEAN", repetition_type };
    case "date":
      return { name: column.name, type: "INT32", converted_type: "DATE", logical_type: { type: "DATE" }, repetition_type };
    case "string":
      return { name: column.name, type: "BYTE_ARRAY", converted_type: "UTF8", logical_type: { type: "STRING" }, repetition_type };
  }
}

function parquetBytes(columns: readonly ParquetColumn[]): Uint8Array {
  const writer = new ByteWriter();
  parquetWrite({
    writer,
    columnData: columns.map((column) => ({
      name: column.name,
      data: column.type === "date" ? column.data.map((value) => (value === null ? null : dayOf(String(value)))) : [...column.data],
    })),
    schema: [{ name: "root", num_children: columns.length }, ...columns.map(schemaElement)],
    createdBy,
    // biome-ignore lint/suspicious/noExplicitAny: the writer's schema element type is not exported in a usable form
  } as any);
  return new Uint8Array(writer.getBuffer());
}

/** A CSV cell as the value of its Table Schema type; the missing value "" is null. */
function cellValue(type: ParquetType, cell: string): string | number | boolean | null {
  if (cell === "") return null;
  if (type === "integer" || type === "number") return Number(cell);
  if (type === "boolean") return cell === "TRUE" || cell === "true";
  return cell;
}

/** The columns of a CSV table, typed by its Table Schema. */
/** A Table Schema field, as the CSV resources declare it. */
interface SchemaField {
  readonly name: string;
  readonly type: string;
  readonly description?: string;
  readonly constraints?: { readonly required?: boolean };
}

function tableColumns(table: Table): ParquetColumn[] {
  return schemaColumns(tableSchema(table)["fields"] as SchemaField[], table.rows);
}

/** A CSV resource's rows (as text) as Parquet, typed by its Table Schema fields. */
export function parquetOfRows(fields: readonly SchemaField[], rows: readonly (readonly string[])[]): Uint8Array {
  return parquetBytes(schemaColumns(fields, rows));
}

/** The Data Package resource of a CSV resource's Parquet twin. */
export function parquetTwinResource(name: string, description: string, schema: Record<string, unknown>): Record<string, unknown> {
  return parquetResource(`${name}-parquet`, `${name}.parquet`, `${description} The same table as ${name}.csv, as Parquet.`, schema);
}

function schemaColumns(fields: readonly SchemaField[], rows: readonly (readonly string[])[]): ParquetColumn[] {
  return fields.map((field, index) => {
    const type = (["integer", "number", "boolean", "date"].includes(field.type) ? field.type : "string") as ParquetType;
    return {
      name: field.name,
      type,
      required: field.constraints?.required === true,
      description: field.description ?? "",
      data: rows.map((row) => cellValue(type, row[index] as string)),
    };
  });
}

/** The panel's columns: the fields of {@link PanelRow} in snake case, with their descriptions. */
const panelColumns: readonly { key: keyof PanelRow; type: ParquetType; required: boolean; description: string }[] = [
  { key: "unit", type: "string", required: true, description: "What the row's unit is: county (example: county)" },
  { key: "id", type: "string", required: true, description: 'Id of the county in jurisdictions (example: "county-12086")' },
  { key: "fips", type: "string", required: true, description: 'FIPS code of the county (example: "12086")' },
  { key: "state", type: "string", required: true, description: 'Id of the county\'s state (example: "us-fl")' },
  { key: "period", type: "string", required: true, description: 'The month, YYYY-MM (example: "2010-06")' },
  { key: "periodStart", type: "date", required: true, description: "First day of the month (example: 2010-06-01)" },
  { key: "periodEnd", type: "date", required: true, description: "Last day of the month (example: 2010-06-30)" },
  {
    key: "periodIndex",
    type: "integer",
    required: true,
    description: "The month as a consecutive integer, 1 for 1970-01 (example: 486 for 2010-06)",
  },
  {
    key: "active",
    type: "boolean",
    required: false,
    description: "Whether the county was switched on by the month's last day; null when unknown (a month that reaches 2021-01-20)",
  },
  {
    key: "activeDaysFraction",
    type: "number",
    required: false,
    description: "Fraction of the month's days (0 to 1) on which the county was switched on; null when unknown",
  },
  {
    key: "activeCounties",
    type: "integer",
    required: false,
    description: "1 when the county was switched on by the month's last day, else 0; null when unknown",
  },
  { key: "counties", type: "integer", required: true, description: "Counties of the unit: 1 for a county" },
  { key: "activeCountiesFraction", type: "number", required: false, description: "activeCounties / counties; null when unknown" },
  { key: "activationDate", type: "date", required: true, description: "The day the county was switched on (example: 2009-02-24)" },
  {
    key: "cohort",
    type: "string",
    required: true,
    description: 'The month of activationDate: the first-treated cohort (example: "2009-02")',
  },
  {
    key: "cohortIndex",
    type: "integer",
    required: true,
    description: "The periodIndex of cohort; 0 when the cohort comes after the panel's last month (never treated within it)",
  },
  {
    key: "eventTime",
    type: "integer",
    required: false,
    description: "Months since the cohort: 0 in it, negative before; null when unknown",
  },
  {
    key: "firstTreatedYear",
    type: "integer",
    required: true,
    description: "The year of activationDate: the first treated year (example: 2009)",
  },
  {
    key: "waveSize",
    type: "integer",
    required: true,
    description:
      "How many counties in the nation ICE switched on on activationDate: the size of the county's activation wave (example: 122)",
  },
  {
    key: "agreementDate",
    type: "string",
    required: false,
    description:
      "The day (or month) the county's state signed its Secure Communities agreement with ICE, at its source's precision; null where no source dates it (example: \"2009-11-02\")",
  },
  {
    key: "periodsFromAgreement",
    type: "integer",
    required: false,
    description: "Months since the month of agreementDate: 0 in it, negative before; null without an agreement date",
  },
  {
    key: "border",
    type: "boolean",
    required: true,
    description:
      "Whether the county's outline in the Census cartographic boundary file (us-atlas counties-10m) meets the U.S.-Mexico boundary",
  },
  {
    key: "treatedAsOf",
    type: "boolean",
    required: false,
    description: "Whether the county was switched on by the end of January of the month's year (East et al.'s SC_jan); null when unknown",
  },
  {
    key: "atThreshold",
    type: "boolean",
    required: false,
    description: "Whether the county was switched on for at least half of the month's days (activeDaysFraction >= 0.5); null when unknown",
  },
];

function snakeCase(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase();
}

function panelParquetColumns(): ParquetColumn[] {
  const rows = Array.from(activationPanel(panelWindow));
  return panelColumns.map((column) => ({
    name: snakeCase(column.key),
    type: column.type,
    required: column.required,
    description: column.description,
    data: rows.map((row) => row[column.key]),
  }));
}

const frictionlessTypes: Record<ParquetType, string> = {
  integer: "integer",
  number: "number",
  boolean: "boolean",
  date: "date",
  string: "string",
};

/** A Data Package resource for a Parquet file. */
function parquetResource(name: string, path: string, description: string, schema: Record<string, unknown>): Record<string, unknown> {
  return {
    name,
    path,
    profile: "tabular-data-resource",
    title: name,
    description,
    format: "parquet",
    mediatype: "application/vnd.apache.parquet",
    schema,
  };
}

/** Every Parquet file, by path relative to the repository, with its bytes. */
export function parquetFiles(tables: readonly Table[]): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  for (const table of tables) files.set(`data/published/${table.name}.parquet`, parquetBytes(tableColumns(table)));
  files.set(`data/published/${panelName}.parquet`, parquetBytes(panelParquetColumns()));
  return files;
}

/**
 * The Data Package resources of the Parquet files: each table's under `<table>-parquet` with the
 * CSV's Table Schema, and the panel's with its own.
 */
export function parquetResources(tables: readonly Table[]): Record<string, unknown>[] {
  const resources = tables.map((table) =>
    parquetResource(
      `${table.name}-parquet`,
      `${table.name}.parquet`,
      `${table.description} The same table as ${table.name}.csv, as Parquet.`,
      tableSchema(table),
    ),
  );
  resources.push(
    parquetResource(
      panelName,
      `${panelName}.parquet`,
      "The county-by-month activation panel, 2008-10 to 2014-11: one row a county and month with whether it was switched on by the month's last day, the fraction of the month's days it was on, its first-treated cohort and the event time, its first treated year and activation wave, its state's agreement date, the border flag, and two codings (switched on by the end of January of the year; on for at least half the month). Periods that reach 2021-01-20 are unknown (null); none does in this window.",
      {
        fields: panelColumns.map((column) => ({
          name: snakeCase(column.key),
          type: frictionlessTypes[column.type],
          description: column.description,
          ...(column.required ? { constraints: { required: true } } : {}),
        })),
        missingValues: [""],
        primaryKey: ["id", "period"],
        foreignKeys: [{ fields: "id", reference: { resource: "jurisdictions", fields: "id" } }],
      },
    ),
  );
  return resources;
}
