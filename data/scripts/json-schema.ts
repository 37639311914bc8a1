/**
 * JSON Schema (draft 2020-12) of each dataset, from data/schema.ts, and the TypeScript types the
 * runtime is typed with, written from those JSON Schemas so that each field's description
 * becomes its doc comment.
 */
import { z } from "zod";
import { type DatasetName, datasets } from "../schema.js";

export type JsonSchema = {
  type?: string;
  enum?: readonly (string | number)[];
  const?: string | number;
  $ref?: string;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: readonly string[];
  description?: string | undefined;
  tsType?: string | undefined;
  title?: string;
  minItems?: number;
  $defs?: Record<string, JsonSchema>;
  [keyword: string]: unknown;
};

/** The JSON Schema of one dataset: an array of its records, with the shared pieces in `$defs`. */
export function datasetJsonSchema(name: DatasetName, options: { keepTsType?: boolean } = {}): JsonSchema {
  const { record, title, description } = datasets[name];
  const schema = z.toJSONSchema(z.array(record), { target: "draft-2020-12" }) as JsonSchema;
  const withTitle: JsonSchema = { $schema: schema["$schema"], title, description, ...schema };
  return options.keepTsType ? withTitle : (stripKeyword(withTitle, "tsType") as JsonSchema);
}

function stripKeyword(value: unknown, keyword: string): unknown {
  if (Array.isArray(value)) return value.map((item) => stripKeyword(item, keyword));
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== keyword)
      .map(([key, item]) => [key, key === "examples" ? item : stripKeyword(item, keyword)]),
  );
}

/** The name of a type a `$ref` points to: `#/$defs/Citation` → `Citation`. */
export function referenceName(reference: string): string {
  return reference.slice(reference.lastIndexOf("/") + 1);
}

function docComment(text: string | undefined, tags: readonly string[], indent: string): string {
  const lines = [...(text === undefined ? [] : text.replaceAll("*/", "*\\/").split("\n")), ...tags];
  if (lines.length === 0) return "";
  return `${indent}/**\n${lines.map((line) => `${indent} *${line === "" ? "" : ` ${line}`}`).join("\n")}\n${indent} */\n`;
}

type Definitions = Readonly<Record<string, JsonSchema>>;

function typeExpression(schema: JsonSchema, indent: string, definitions: Definitions): string {
  if (schema.tsType !== undefined) return schema.tsType;
  if (schema.$ref !== undefined) return referenceName(schema.$ref);
  if (schema.enum !== undefined) return schema.enum.map((value) => JSON.stringify(value)).join(" | ");
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  switch (schema.type) {
    case "string":
      return "string";
    case "integer":
    case "number":
      return "number";
    case "boolean":
      return "boolean";
    case "array": {
      if (schema.items === undefined) throw new Error("An array schema without items");
      const item = typeExpression(schema.items, indent, definitions);
      return item.includes(" | ") ? `readonly (${item})[]` : `readonly ${item}[]`;
    }
    case "object":
      return `{\n${propertyLines(schema, `${indent}  `, definitions)}${indent}}`;
    default:
      throw new Error(`No TypeScript type for JSON Schema ${JSON.stringify(schema)}`);
  }
}

function propertyLines(schema: JsonSchema, indent: string, definitions: Definitions): string {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {})
    .map(([key, property]) => {
      const optional = required.has(key) ? "" : "?";
      // A field that only refers to a shared type is documented by that type's description.
      const description =
        property.description ?? (property.$ref === undefined ? undefined : definitions[referenceName(property.$ref)]?.description);
      return `${docComment(description, [], indent)}${indent}readonly ${key}${optional}: ${typeExpression(property, indent, definitions)};\n`;
    })
    .join("");
}

/**
 * TypeScript declarations for every `$def` of the given JSON Schemas: an interface for an object,
 * a type alias for anything else, each with its description as a doc comment.
 */
export function typeDeclarations(schemas: readonly JsonSchema[]): string {
  const definitions = new Map<string, JsonSchema>();
  for (const schema of schemas) {
    for (const [name, definition] of Object.entries(schema.$defs ?? {})) definitions.set(name, definition);
  }
  const allDefinitions = Object.fromEntries(definitions);
  return [...definitions.keys()]
    .sort()
    .map((name) => {
      const definition = definitions.get(name) as JsonSchema;
      const comment = docComment(definition.description, ["", "@category Types"], "");
      return definition.type === "object" && definition.tsType === undefined
        ? `${comment}export interface ${name} {\n${propertyLines(definition, "  ", allDefinitions)}}\n`
        : `${comment}export type ${name} = ${typeExpression(definition, "", allDefinitions)};\n`;
    })
    .join("\n");
}
