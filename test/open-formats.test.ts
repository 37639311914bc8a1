/**
 * The open-format files as people outside JavaScript get them (data/published):
 *
 * - each dataset's JSON validates against its shipped JSON Schema (draft 2020-12, ajv strict), and
 *   a corrupted record does not;
 * - each CSV parses as RFC 4180 text in the dialect datapackage.json declares, and has as many
 *   rows as the JSON has records (or, for a child table, as the JSON's nested lists have items);
 * - datapackage.json is a valid Frictionless (Tabular) Data Package, v1. No maintained npm package
 *   ships the Frictionless profiles (the `datapackage` package is unmaintained and drags in axios
 *   0.21, tv4 and others), so the rules of the specs are checked here: the descriptor's shape,
 *   resource names and paths, each CSV's header against its Table Schema, every value against its
 *   field's type and constraints, missing values, primary keys and foreign keys resolved in the data.
 */
import { existsSync, readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";

const published = new URL("../data/published/", import.meta.url);
const readText = (file: string): string => readFileSync(new URL(file, published), "utf8");
const readJson = (file: string): unknown => JSON.parse(readText(file));

/** The datasets and their files: `<name>.json`, `<name>.schema.json`, `<name>.csv`. */
const datasets = [
  "sources",
  "jurisdictions",
  "activations",
  "events",
  "statistics",
  "county-code-changes",
  "offense-levels",
  "detainers",
] as const;
/** Tables derived from the datasets and published without a JSON Schema of their own. */
const derivedTables: readonly string[] = ["county-crosswalk"];

type JsonRecord = Record<string, unknown>;

// ---------------------------------------------------------------------------------------------
// JSON against JSON Schema
// ---------------------------------------------------------------------------------------------

function schemaValidator() {
  // Strict mode catches unknown keywords and formats; `examples` is a standard annotation ajv knows.
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats.default(ajv);
  return ajv;
}

/** The schema of one record: the definition the top-level `items` points at. */
function itemSchema(schema: JsonRecord): JsonRecord {
  const ref = (schema["items"] as JsonRecord | undefined)?.["$ref"];
  expect(ref, "a dataset schema is an array whose items point at a definition").toMatch(/^#\/\$defs\/\w+$/);
  const definition = (schema["$defs"] as Record<string, JsonRecord>)[String(ref).slice("#/$defs/".length)];
  expect(definition).toBeDefined();
  return definition as JsonRecord;
}

describe("the JSON data against the shipped JSON Schemas (draft 2020-12, ajv strict)", () => {
  const ajv = schemaValidator();

  it.each(datasets)("%s: the JSON validates against its .schema.json", (name) => {
    const schema = readJson(`${name}.schema.json`) as JsonRecord;
    expect(schema["$schema"]).toBe("https://json-schema.org/draft/2020-12/schema");
    const validate = ajv.compile(schema);
    const valid = validate(readJson(`${name}.json`));
    expect(validate.errors ?? [], ajv.errorsText(validate.errors)).toEqual([]);
    expect(valid).toBe(true);
  });

  it.each(datasets)("%s: a record with a required field removed, an unknown field or a wrong type fails", (name) => {
    const schema = readJson(`${name}.schema.json`) as JsonRecord;
    const validate = ajv.compile(schema);
    const records = readJson(`${name}.json`) as JsonRecord[];
    const first = records[0] as JsonRecord;
    const required = itemSchema(schema)["required"] as string[];
    expect(required.length).toBeGreaterThan(0);

    for (const field of required) {
      const { [field]: _removed, ...rest } = first;
      expect(validate([rest, ...records.slice(1)]), `without ${field}`).toBe(false);
      expect(validate.errors?.some((error) => error.keyword === "required" && error.instancePath === "/0")).toBe(true);
    }
    expect(validate([{ ...first, unexpected: 1 }, ...records.slice(1)]), "with an unknown field").toBe(false);
    expect(validate([{ ...first, citations: [] }, ...records.slice(1)]), "with no citation").toBe(false);
    expect(validate([{ ...first, [required[0] as string]: 42 }, ...records.slice(1)]), "with a number for a string").toBe(false);
  });

  it("rejects an impossible date and a malformed id in an activation", () => {
    const validate = ajv.compile(readJson("activations.schema.json") as JsonRecord);
    const [first] = readJson("activations.json") as JsonRecord[];
    expect(validate([{ ...first, date: "2010-13-01" }])).toBe(false);
    expect(validate([{ ...first, county: "12086" }])).toBe(false);
    expect(validate([first])).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// CSV (RFC 4180) in the declared dialect
// ---------------------------------------------------------------------------------------------

interface Dialect {
  readonly delimiter: string;
  readonly lineTerminator: string;
  readonly quoteChar: string;
  readonly doubleQuote: boolean;
  readonly header: boolean;
}

/**
 * Parses CSV strictly: quotes only around a whole field, a quote inside a quoted field doubled,
 * every record ended by the line terminator, every record as long as the first. Throws with the
 * line number otherwise.
 */
function parseCsv(text: string, dialect: Dialect): string[][] {
  const { delimiter, lineTerminator, quoteChar } = dialect;
  const records: string[][] = [];
  let record: string[] = [];
  let position = 0;
  let line = 1;
  const fail = (message: string): never => {
    throw new Error(`line ${line}: ${message}`);
  };
  if (text.length > 0 && !text.endsWith(lineTerminator)) fail("the file does not end with the line terminator");
  while (position < text.length) {
    let field = "";
    if (text.startsWith(quoteChar, position)) {
      position += quoteChar.length;
      for (;;) {
        const next = text.indexOf(quoteChar, position);
        if (next === -1) fail("a quoted field is never closed");
        field += text.slice(position, next);
        line += text.slice(position, next).split("\n").length - 1;
        position = next + quoteChar.length;
        if (dialect.doubleQuote && text.startsWith(quoteChar, position)) {
          field += quoteChar;
          position += quoteChar.length;
        } else {
          break;
        }
      }
      if (!text.startsWith(delimiter, position) && !text.startsWith(lineTerminator, position)) fail("text follows a closing quote");
    } else {
      let end = position;
      while (end < text.length && !text.startsWith(delimiter, end) && !text.startsWith(lineTerminator, end)) end += 1;
      field = text.slice(position, end);
      if (field.includes(quoteChar)) fail(`a quote inside an unquoted field: ${JSON.stringify(field)}`);
      if (field.includes("\r") || field.includes("\n")) fail(`a line break outside quotes: ${JSON.stringify(field)}`);
      position = end;
    }
    record.push(field);
    if (text.startsWith(delimiter, position)) {
      position += delimiter.length;
      if (position === text.length) fail("the file ends after a delimiter");
    } else {
      position += lineTerminator.length;
      if (records.length > 0 && record.length !== (records[0] as string[]).length) {
        fail(`${record.length} fields where the header has ${(records[0] as string[]).length}`);
      }
      records.push(record);
      record = [];
      line += 1;
    }
  }
  return records;
}

describe("the CSV parser used here", () => {
  const dialect: Dialect = { delimiter: ",", lineTerminator: "\n", quoteChar: '"', doubleQuote: true, header: true };
  it("reads quoted fields with delimiters, doubled quotes and line breaks", () => {
    expect(parseCsv('a,b\n"x, ""y""","1\n2"\n,\n', dialect)).toEqual([
      ["a", "b"],
      ['x, "y"', "1\n2"],
      ["", ""],
    ]);
  });
  it.each([
    ["a stray quote", 'a,b\nx"y,1\n'],
    ["text after a closing quote", 'a,b\n"x"y,1\n'],
    ["an unclosed quote", 'a,b\n"x,1\n'],
    ["a short record", "a,b\nx\n"],
    ["a missing final line terminator", "a,b\nx,y"],
    ["a carriage return", "a,b\r\nx,y\r\n"],
  ])("rejects %s", (_what, text) => {
    expect(() => parseCsv(text, dialect)).toThrow();
  });
});

// ---------------------------------------------------------------------------------------------
// datapackage.json: Frictionless Data Package, Tabular Data Package, Data Resource, CSV Dialect
// and Table Schema (v1 specs)
// ---------------------------------------------------------------------------------------------

interface Field {
  readonly name: string;
  readonly type?: string;
  readonly format?: string;
  readonly constraints?: Record<string, unknown>;
  readonly [key: string]: unknown;
}

interface ForeignKey {
  readonly fields: string | string[];
  readonly reference: { readonly resource: string; readonly fields: string | string[] };
}

interface TableSchema {
  readonly fields: Field[];
  readonly missingValues?: string[];
  readonly primaryKey?: string | string[];
  readonly foreignKeys?: ForeignKey[];
}

interface Resource {
  readonly name: string;
  readonly path: string;
  readonly profile?: string;
  readonly format?: string;
  readonly mediatype?: string;
  readonly encoding?: string;
  readonly dialect: Dialect;
  readonly schema: TableSchema;
  readonly [key: string]: unknown;
}

const descriptor = readJson("datapackage.json") as JsonRecord & { resources: Resource[] };
// The CSV resources; the Parquet files declared beside them are read by DuckDB in test/duckdb.test.ts.
const resources = descriptor.resources.filter((resource) => resource.format === "csv");
const asList = (value: string | string[]): string[] => (typeof value === "string" ? [value] : value);

const fieldTypes: Record<string, readonly string[]> = {
  // Each Table Schema type with the formats the spec allows for it ("any" for pattern-like formats).
  string: ["default", "email", "uri", "binary", "uuid"],
  number: ["default"],
  integer: ["default"],
  boolean: ["default"],
  object: ["default"],
  array: ["default"],
  date: ["default", "any"],
  time: ["default", "any"],
  datetime: ["default", "any"],
  year: ["default"],
  yearmonth: ["default"],
  duration: ["default"],
  geopoint: ["default", "array", "object"],
  geojson: ["default", "topojson"],
  any: ["default"],
};
const fieldProperties = [
  "name",
  "title",
  "description",
  "type",
  "format",
  "constraints",
  "rdfType",
  "example",
  "bareNumber",
  "decimalChar",
  "groupChar",
  "trueValues",
  "falseValues",
];
const constraintNames = ["required", "unique", "minLength", "maxLength", "minimum", "maximum", "pattern", "enum"];
const dialectProperties: Record<string, string> = {
  delimiter: "string",
  lineTerminator: "string",
  quoteChar: "string",
  doubleQuote: "boolean",
  escapeChar: "string",
  nullSequence: "string",
  skipInitialSpace: "boolean",
  header: "boolean",
  commentChar: "string",
  caseSensitiveHeader: "boolean",
  csvddfVersion: "number",
};

function isRealDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** Casts a cell by its field's type (the types this package uses; others fail the check). */
function castCell(field: Field, cell: string): { ok: true; value: unknown } | { ok: false } {
  switch (field.type ?? "string") {
    case "string":
      if (field.format === "uri") {
        try {
          return /^[a-z][a-z0-9+.-]*:/i.test(cell) && new URL(cell) ? { ok: true, value: cell } : { ok: false };
        } catch {
          return { ok: false };
        }
      }
      return { ok: true, value: cell };
    case "integer":
      return /^[-+]?\d+$/.test(cell) ? { ok: true, value: Number(cell) } : { ok: false };
    case "number":
      return /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(cell) || ["NaN", "INF", "-INF"].includes(cell)
        ? { ok: true, value: Number(cell.replace("INF", "Infinity")) }
        : { ok: false };
    case "boolean": {
      const trueValues = (field["trueValues"] as string[] | undefined) ?? ["true", "True", "TRUE", "1"];
      const falseValues = (field["falseValues"] as string[] | undefined) ?? ["false", "False", "FALSE", "0"];
      if (trueValues.includes(cell)) return { ok: true, value: true };
      return falseValues.includes(cell) ? { ok: true, value: false } : { ok: false };
    }
    case "date":
      return isRealDay(cell) ? { ok: true, value: cell } : { ok: false };
    default:
      return { ok: false };
  }
}

interface Table {
  readonly resource: Resource;
  readonly header: string[];
  readonly rows: string[][];
}

const tables = new Map<string, Table>(
  resources.map((resource) => {
    const records = parseCsv(readText(resource.path), resource.dialect);
    return [resource.name, { resource, header: records[0] ?? [], rows: records.slice(1) }];
  }),
);

function table(name: string): Table {
  const found = tables.get(name);
  if (found === undefined) throw new Error(`no resource named ${JSON.stringify(name)}`);
  return found;
}

/** The key of a row over some fields, or undefined when one of them is missing. */
function rowKey(found: Table, row: readonly string[], fields: readonly string[]): string | undefined {
  const missing = found.resource.schema.missingValues ?? [""];
  const values = fields.map((field) => row[found.header.indexOf(field)] as string);
  return values.some((value) => missing.includes(value)) ? undefined : JSON.stringify(values);
}

/** Values that are missing though required, do not cast to their field's type, or break a constraint. */
function valueProblems(found: Table): string[] {
  const name = found.resource.name;
  const missing = found.resource.schema.missingValues ?? [""];
  const problems: string[] = [];
  found.resource.schema.fields.forEach((field, column) => {
    const constraints = field.constraints ?? {};
    // A Table Schema pattern matches the whole value, as if anchored at both ends.
    const pattern = typeof constraints["pattern"] === "string" ? new RegExp(`^(?:${constraints["pattern"]})$`, "u") : undefined;
    const seen = new Set<unknown>();
    found.rows.forEach((row, index) => {
      const cell = row[column] as string;
      const where = `${name} row ${index + 2} ${field.name} ${JSON.stringify(cell)}`;
      if (missing.includes(cell)) {
        if (constraints["required"] === true) problems.push(`${where}: required`);
        return;
      }
      const cast = castCell(field, cell);
      if (!cast.ok) {
        problems.push(`${where}: not a ${field.type ?? "string"}${field.format === undefined ? "" : ` (${field.format})`}`);
        return;
      }
      if (pattern !== undefined && !pattern.test(cell)) problems.push(`${where}: does not match ${String(constraints["pattern"])}`);
      if (Array.isArray(constraints["enum"]) && !constraints["enum"].includes(cast.value)) problems.push(`${where}: not in enum`);
      if (typeof constraints["minLength"] === "number" && cell.length < constraints["minLength"]) problems.push(`${where}: too short`);
      if (typeof constraints["maxLength"] === "number" && cell.length > constraints["maxLength"]) problems.push(`${where}: too long`);
      if (typeof constraints["minimum"] === "number" && (cast.value as number) < constraints["minimum"])
        problems.push(`${where}: below minimum`);
      if (typeof constraints["maximum"] === "number" && (cast.value as number) > constraints["maximum"])
        problems.push(`${where}: above maximum`);
      if (constraints["unique"] === true) {
        if (seen.has(cast.value)) problems.push(`${where}: not unique`);
        seen.add(cast.value);
      }
    });
  });
  return problems;
}

/** Foreign keys whose values are not among the referenced resource's (a key with a missing value is skipped). */
function foreignKeyProblems(found: Table, lookup: (name: string) => Table): string[] {
  const problems: string[] = [];
  for (const foreignKey of found.resource.schema.foreignKeys ?? []) {
    const target = foreignKey.reference.resource === "" ? found : lookup(foreignKey.reference.resource);
    const targetKeys = new Set(target.rows.map((row) => rowKey(target, row, asList(foreignKey.reference.fields))));
    for (const row of found.rows) {
      const key = rowKey(found, row, asList(foreignKey.fields));
      if (key !== undefined && !targetKeys.has(key))
        problems.push(`${asList(foreignKey.fields).join("+")} = ${key} not in ${target.resource.name}`);
    }
  }
  return problems;
}

describe("datapackage.json as a Frictionless Tabular Data Package (v1)", () => {
  it("has the package properties the spec requires and recommends, well formed", () => {
    expect(descriptor["profile"]).toBe("tabular-data-package");
    expect(descriptor["name"]).toMatch(/^[a-z0-9._/-]+$/);
    expect(descriptor["version"]).toMatch(/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/);
    expect(typeof descriptor["title"]).toBe("string");
    expect(typeof descriptor["description"]).toBe("string");
    expect(() => new URL(String(descriptor["homepage"]))).not.toThrow();
    const licenses = descriptor["licenses"] as JsonRecord[];
    expect(licenses.length).toBeGreaterThan(0);
    for (const license of licenses) {
      expect(license["name"] !== undefined || license["path"] !== undefined, JSON.stringify(license)).toBe(true);
      if (license["name"] !== undefined) expect(license["name"]).toMatch(/^[-a-zA-Z0-9._]+$/);
      if (license["path"] !== undefined) expect(() => new URL(String(license["path"]))).not.toThrow();
    }
    for (const source of (descriptor["sources"] as JsonRecord[] | undefined) ?? []) {
      expect(typeof source["title"], JSON.stringify(source)).toBe("string");
      if (source["path"] !== undefined) expect(() => new URL(String(source["path"]))).not.toThrow();
    }
    for (const keyword of (descriptor["keywords"] as unknown[] | undefined) ?? []) expect(typeof keyword).toBe("string");
    expect(resources.length).toBeGreaterThan(0);
  });

  it("names each resource uniquely, in lowercase, with a relative path to a file that ships", () => {
    const names = resources.map((resource) => resource.name);
    expect(new Set(names).size).toBe(names.length);
    for (const resource of resources) {
      expect(resource.name).toMatch(/^[-a-z0-9._/]+$/);
      expect(typeof resource.path, resource.name).toBe("string");
      expect(resource.path, resource.name).not.toMatch(/^\/|^[a-z]+:|\\|(^|\/)\.\.(\/|$)/i);
      expect(existsSync(new URL(resource.path, published)), resource.path).toBe(true);
    }
  });

  it("declares every resource a tabular CSV resource in UTF-8 with a valid CSV dialect", () => {
    for (const resource of resources) {
      expect(resource.profile, resource.name).toBe("tabular-data-resource");
      expect(resource.format, resource.name).toBe("csv");
      expect(resource.mediatype, resource.name).toBe("text/csv");
      expect(resource.encoding, resource.name).toBe("utf-8");
      const bytes = readFileSync(new URL(resource.path, published));
      expect(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes), resource.path).not.toThrow();
      expect(bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])), `${resource.path} starts with a byte-order mark`).toBe(false);
      for (const [key, value] of Object.entries(resource.dialect)) {
        expect(dialectProperties[key], `${resource.name}: dialect property ${key}`).toBeDefined();
        expect(typeof value, `${resource.name}: dialect ${key}`).toBe(dialectProperties[key]);
      }
      expect(resource.dialect.delimiter).toHaveLength(1);
      expect(resource.dialect.quoteChar).toHaveLength(1);
      expect(["\n", "\r\n"]).toContain(resource.dialect.lineTerminator);
      expect(resource.dialect.header).toBe(true);
    }
  });

  it.each(resources.map((resource) => resource.name))("%s: its Table Schema is well formed", (name) => {
    const { schema } = table(name).resource;
    expect(schema.fields.length).toBeGreaterThan(0);
    const names = schema.fields.map((field) => field.name);
    expect(new Set(names).size, "field names are unique").toBe(names.length);
    for (const field of schema.fields) {
      expect(
        Object.keys(field).filter((key) => !fieldProperties.includes(key)),
        field.name,
      ).toEqual([]);
      expect(Object.keys(fieldTypes), `${field.name}: type`).toContain(field.type ?? "string");
      expect(fieldTypes[field.type ?? "string"], `${field.name}: format`).toContain(field.format ?? "default");
      for (const [constraint, value] of Object.entries(field.constraints ?? {})) {
        expect(constraintNames, `${field.name}: constraint ${constraint}`).toContain(constraint);
        if (constraint === "pattern") expect(() => new RegExp(String(value), "u")).not.toThrow();
        if (constraint === "enum") expect(Array.isArray(value) && value.length > 0).toBe(true);
        if (constraint === "required" || constraint === "unique") expect(typeof value).toBe("boolean");
      }
    }
    expect(Array.isArray(schema.missingValues) && schema.missingValues.every((value) => typeof value === "string")).toBe(true);
    for (const key of asList(schema.primaryKey ?? [])) expect(names, "primary key field").toContain(key);
    for (const foreignKey of schema.foreignKeys ?? []) {
      const local = asList(foreignKey.fields);
      const target = foreignKey.reference.resource === "" ? name : foreignKey.reference.resource;
      for (const field of local) expect(names, "foreign key field").toContain(field);
      const targetNames = table(target).resource.schema.fields.map((field) => field.name);
      expect(asList(foreignKey.reference.fields)).toHaveLength(local.length);
      for (const field of asList(foreignKey.reference.fields)) expect(targetNames, `field of ${target}`).toContain(field);
    }
  });

  it.each(resources.map((resource) => resource.name))("%s: the CSV header equals the schema's field names, in order", (name) => {
    const found = table(name);
    expect(found.header).toEqual(found.resource.schema.fields.map((field) => field.name));
  });

  it.each(resources.map((resource) => resource.name))("%s: every value has its field's type and meets its constraints", (name) => {
    expect(valueProblems(table(name)).slice(0, 20)).toEqual([]);
  });

  it.each(resources.map((resource) => resource.name))("%s: primary key values are present and unique", (name) => {
    const found = table(name);
    const fields = asList(found.resource.schema.primaryKey ?? []);
    expect(fields.length, "every table has a primary key").toBeGreaterThan(0);
    const keys = found.rows.map((row) => rowKey(found, row, fields));
    expect(keys.filter((key) => key === undefined)).toEqual([]);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it.each(resources.map((resource) => resource.name))("%s: every foreign key resolves in the data", (name) => {
    expect(foreignKeyProblems(table(name), table).slice(0, 20)).toEqual([]);
  });

  it("finds a wrong type, a broken constraint, a missing required value and a dangling foreign key", () => {
    const activations = table("activations");
    const corrupted: Table = {
      ...activations,
      rows: [
        ["county-99999", "2010-01-01"],
        ["county-12086", "2010-02-30"],
        ["", "2010-01-01"],
        ["12086", "2010-01-01"],
      ],
    };
    expect(valueProblems(corrupted)).toEqual([
      'activations row 4 county "": required',
      'activations row 5 county "12086": does not match ^(us|us-[a-z]{2}|county-\\d{5}|city-\\d{7})$',
      'activations row 3 date "2010-02-30": not a date',
    ]);
    expect(foreignKeyProblems(corrupted, table)).toEqual([
      'county = ["county-99999"] not in jurisdictions',
      'county = ["12086"] not in jurisdictions',
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// CSV and JSON tell the same story
// ---------------------------------------------------------------------------------------------

describe("the CSV tables against the JSON records", () => {
  it.each(datasets)("%s: the CSV has one row per JSON record, keyed the same, in the same order", (name) => {
    const records = readJson(`${name}.json`) as JsonRecord[];
    const found = table(name);
    expect(found.resource.path).toBe(`${name}.csv`);
    expect(found.rows).toHaveLength(records.length);
    const key = found.resource.schema.primaryKey;
    expect(typeof key).toBe("string");
    const column = found.header.indexOf(key as string);
    expect(found.rows.map((row) => row[column])).toEqual(records.map((record) => record[key as string]));
  });

  it.each(
    resources
      .filter((resource) => !(datasets as readonly string[]).includes(resource.name) && !derivedTables.includes(resource.name))
      .map((resource) => resource.name),
  )("child table %s has one row per item of the records' nested list", (name) => {
    const parent = datasets.filter((dataset) => name.startsWith(`${dataset}-`)).sort((a, b) => b.length - a.length)[0];
    expect(parent, "a child table is named <dataset>-<list>").toBeDefined();
    const list = name.slice(`${parent}-`.length).replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
    const records = readJson(`${parent}.json`) as JsonRecord[];
    const items = records.reduce((sum, record) => sum + ((record[list] as unknown[] | undefined)?.length ?? 0), 0);
    expect(items).toBeGreaterThan(0);
    expect(table(name).rows).toHaveLength(items);
  });

  it("the activations table has 3,143 rows after its header", () => {
    expect(table("activations").rows).toHaveLength(3143);
    expect(readText("activations.csv").split("\n")[0]).toBe("county,date");
  });
});
