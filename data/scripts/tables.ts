/**
 * Flat tables for CSV and the Frictionless Data Package, derived from each dataset's JSON Schema.
 *
 * The rules, the same for every dataset:
 * - a scalar field is a column; a nested object's fields become `<field>_<subfield>` columns;
 * - a list of scalars is one column, its values joined with `|`;
 * - a list of objects (citations, categories) is a child table `<dataset>-<field>` whose rows
 *   carry the parent's key and a 1-based `position`.
 */
import { type DatasetName, datasets } from "../schema.js";
import { type JsonSchema, referenceName } from "./json-schema.js";
import type { DatasetRecord } from "./load.js";

/** The separator of a list of values inside one CSV cell. */
export const listSeparator = "|";

export interface Column {
  readonly name: string;
  readonly path: readonly string[];
  readonly schema: JsonSchema;
  readonly required: boolean;
  readonly list: boolean;
}

export interface Table {
  readonly name: string;
  readonly dataset: DatasetName;
  readonly description: string;
  readonly columns: readonly Column[];
  readonly primaryKey: readonly string[];
  readonly parent?: { readonly table: string; readonly column: string; readonly key: string };
  readonly rows: readonly (readonly string[])[];
}

const referencedTables: Record<string, { dataset: DatasetName; key: string }> = {
  SourceId: { dataset: "sources", key: "id" },
  JurisdictionId: { dataset: "jurisdictions", key: "id" },
  EventId: { dataset: "events", key: "id" },
};

export function snakeCase(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase();
}

function kebabCase(name: string): string {
  return snakeCase(name).replaceAll("_", "-");
}

/** A schema with its `$ref` followed, keeping the referring schema's own description. */
function resolve(schema: JsonSchema, definitions: Record<string, JsonSchema>): JsonSchema {
  if (schema.$ref === undefined) return schema;
  const target = definitions[referenceName(schema.$ref)];
  if (target === undefined) throw new Error(`Unresolved reference ${schema.$ref}`);
  const { $ref: _reference, ...own } = schema;
  return { ...resolve(target, definitions), ...own };
}

interface Layout {
  readonly columns: Column[];
  readonly children: { field: string; path: readonly string[]; item: JsonSchema }[];
}

function layout(schema: JsonSchema, definitions: Record<string, JsonSchema>, path: readonly string[] = [], required = true): Layout {
  const result: Layout = { columns: [], children: [] };
  const requiredKeys = new Set(schema.required ?? []);
  for (const [key, property] of Object.entries(schema.properties ?? {})) {
    const resolved = resolve(property, definitions);
    const here = [...path, key];
    const isRequired = required && requiredKeys.has(key);
    if (resolved.type === "object") {
      const nested = layout(resolved, definitions, here, isRequired);
      result.columns.push(...nested.columns);
      result.children.push(...nested.children);
    } else if (resolved.type === "array") {
      const item = resolve(resolved.items as JsonSchema, definitions);
      if (item.type === "object") result.children.push({ field: key, path: here, item });
      else
        result.columns.push({
          name: here.map(snakeCase).join("_"),
          path: here,
          schema: { ...item, description: resolved.description },
          required: false,
          list: true,
        });
    } else {
      result.columns.push({ name: here.map(snakeCase).join("_"), path: here, schema: resolved, required: isRequired, list: false });
    }
  }
  return result;
}

function valueAt(record: unknown, path: readonly string[]): unknown {
  let value = record;
  for (const key of path) value = value === undefined || value === null ? undefined : (value as DatasetRecord)[key];
  return value;
}

function cell(value: unknown, list: boolean): string {
  if (value === undefined || value === null) return "";
  if (list) {
    const items = value as readonly unknown[];
    for (const item of items) {
      if (String(item).includes(listSeparator)) throw new Error(`A list value contains "${listSeparator}": ${String(item)}`);
    }
    return items.map(String).join(listSeparator);
  }
  // TRUE and FALSE: logical in base R's read.csv, boolean in DuckDB and a Table Schema.
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

/** Every table of one dataset: its main table first, then its child tables. */
export function datasetTables(name: DatasetName, schema: JsonSchema, records: readonly DatasetRecord[]): Table[] {
  const definitions = schema.$defs ?? {};
  const recordSchema = resolve(schema.items as JsonSchema, definitions);
  const { key, singular, file, description } = datasets[name];
  const { columns, children } = layout(recordSchema, definitions);
  const rowOf = (record: unknown, tableColumns: readonly Column[]) =>
    tableColumns.map((column) => cell(valueAt(record, column.path), column.list));
  const tables: Table[] = [
    {
      name: file,
      dataset: name,
      description,
      columns,
      primaryKey: [snakeCase(key)],
      rows: records.map((record) => rowOf(record, columns)),
    },
  ];
  for (const child of children) {
    const parentColumn = key === "id" ? `${singular}_id` : snakeCase(key);
    const childLayout = layout(child.item, definitions);
    if (childLayout.children.length > 0) throw new Error(`${name}.${child.field}: lists inside lists have no table layout`);
    const keyColumn: Column = {
      name: parentColumn,
      path: [],
      schema: { type: "string", description: `The ${key} of the ${singular.replaceAll("_", " ")} this row belongs to` },
      required: true,
      list: false,
    };
    const positionColumn: Column = {
      name: "position",
      path: [],
      schema: { type: "integer", description: "Position in the list, from 1" },
      required: true,
      list: false,
    };
    const childName = `${file}-${kebabCase(child.field)}`;
    const rows = records.flatMap((record) =>
      ((valueAt(record, child.path) as readonly unknown[] | undefined) ?? []).map((item, index) => [
        String(record[key]),
        String(index + 1),
        ...rowOf(item, childLayout.columns),
      ]),
    );
    tables.push({
      name: childName,
      dataset: name,
      description: `${child.item.description ?? child.field}: one row each, for every record of ${file}.csv.`,
      columns: [keyColumn, positionColumn, ...childLayout.columns],
      primaryKey: [parentColumn, "position"],
      parent: { table: file, column: parentColumn, key: snakeCase(key) },
      rows,
    });
  }
  return tables;
}

function quote(value: string): string {
  return /[",\n\r]|^\s|\s$/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function tableCsv(table: Table): string {
  const lines = [table.columns.map((column) => column.name), ...table.rows];
  return `${lines.map((line) => line.map(quote).join(",")).join("\n")}\n`;
}

function frictionlessType(column: Column): { type: string; format?: string } {
  if (column.list) return { type: "string" };
  if (column.schema.type === "integer") return { type: "integer" };
  if (column.schema.type === "number") return { type: "number" };
  if (column.schema.type === "boolean") return { type: "boolean" };
  if (column.schema["format"] === "uri") return { type: "string", format: "uri" };
  if (column.schema["pattern"] === "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$") return { type: "date" };
  return { type: "string" };
}

/**
 * A pattern for one value widened to a cell of such values joined with the list separator: a
 * Table Schema `pattern` constraint applies to the whole cell.
 */
function listPattern(pattern: string): string {
  // Plain groups, not (?:...): Table Schema patterns are XML Schema regular expressions.
  const one = `(${pattern.replace(/^\^/, "").replace(/\$$/, "")})`;
  const separator = listSeparator.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return `^${one}(${separator}${one})*$`;
}

/** The Frictionless Table Schema of a table. */
export function tableSchema(table: Table): Record<string, unknown> {
  const fields = table.columns.map((column) => {
    const constraints: Record<string, unknown> = {};
    if (column.required) constraints["required"] = true;
    if (column.schema.enum !== undefined && !column.list) constraints["enum"] = column.schema.enum;
    if (typeof column.schema["pattern"] === "string" && frictionlessType(column).type === "string")
      constraints["pattern"] = column.list ? listPattern(column.schema["pattern"]) : column.schema["pattern"];
    const description = column.list
      ? `${column.schema.description ?? ""} Several values are joined with "${listSeparator}".`.trim()
      : column.schema.description;
    return {
      name: column.name,
      ...frictionlessType(column),
      ...(description === undefined ? {} : { description }),
      ...(Object.keys(constraints).length > 0 ? { constraints } : {}),
    };
  });
  const foreignKeys: Record<string, unknown>[] = [];
  if (table.parent !== undefined) {
    foreignKeys.push({ fields: table.parent.column, reference: { resource: table.parent.table, fields: table.parent.key } });
  }
  for (const column of table.columns) {
    const target = column.schema.tsType === undefined || column.list ? undefined : referencedTables[column.schema.tsType];
    if (target === undefined) continue;
    const resource = datasets[target.dataset].file;
    foreignKeys.push({ fields: column.name, reference: { resource: resource === table.name ? "" : resource, fields: target.key } });
  }
  return {
    fields,
    missingValues: [""],
    primaryKey: table.primaryKey.length === 1 ? table.primaryKey[0] : table.primaryKey,
    ...(foreignKeys.length > 0 ? { foreignKeys } : {}),
  };
}
