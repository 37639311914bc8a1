/**
 * The ways a generated data module can hold its records, written out as plain ES modules from the
 * published JSON so that their load time, heap and bundle size can be compared:
 *
 * - `json-template`: `JSON.parse` of a template literal, what data/scripts/generate.ts emits for
 *   the small datasets;
 * - `json-string`: `JSON.parse` of an ordinary string literal;
 * - `object-literal`: the records as a JavaScript array literal;
 * - each with or without the deep freeze the package applies;
 * - `compact` (jurisdictions and activations only): the generator's own module for the dataset
 *   (src/generated, in the compact layout of data/scripts/compact.ts), bundled into one file with
 *   the code that rebuilds its records (src/internal/compact.ts).
 */
import { buildSync } from "esbuild";

export const datasetNames = ["sources", "jurisdictions", "activations", "events", "statistics", "offense-levels"] as const;
export type DatasetFile = (typeof datasetNames)[number];

/** The package's deep freeze (src/internal/freeze.ts), as plain JavaScript. */
const freezeSource = `function deepFreeze(value) {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    for (const key of Object.keys(value)) deepFreeze(value[key]);
    Object.freeze(value);
  }
  return value;
}
`;

/** The template literal the generator writes (data/scripts/generate.ts `templateLiteral`). */
function templateLiteral(text: string): string {
  return `\`${text.replaceAll("\\", "\\\\").replaceAll("`", "\\`").replaceAll("${", "\\${")}\``;
}

export type FormName =
  | "json-template+freeze"
  | "json-template"
  | "json-string+freeze"
  | "json-string"
  | "object-literal+freeze"
  | "object-literal"
  | "compact+freeze";

export const plainForms: readonly FormName[] = [
  "json-template+freeze",
  "json-template",
  "json-string+freeze",
  "json-string",
  "object-literal+freeze",
  "object-literal",
];

/** The module source of one form; `text` is the dataset's JSON, one record a line as generated. */
export function formModule(form: FormName, dataset: DatasetFile, text: string): string {
  if (form === "compact+freeze") return generatedModule(dataset);
  const freeze = form.endsWith("+freeze");
  const expression = form.startsWith("json-template")
    ? `JSON.parse(${templateLiteral(text)})`
    : form.startsWith("json-string")
      ? `JSON.parse(${JSON.stringify(text)})`
      : text.trim();
  return `${freeze ? freezeSource : ""}export const data = ${freeze ? `/* @__PURE__ */ deepFreeze(${expression})` : expression};\n`;
}

/** The records as the generator writes them: a JSON array, one record a line. */
export function jsonLines(records: readonly unknown[]): string {
  return `[\n${records.map((record) => JSON.stringify(record)).join(",\n")}\n]\n`;
}

/** The export name of each dataset in src/generated. */
export const exportNames: Record<DatasetFile, string> = {
  sources: "sources",
  jurisdictions: "jurisdictions",
  activations: "activations",
  events: "events",
  statistics: "statistics",
  "offense-levels": "offenseLevels",
};

/** The generator's module for a dataset, bundled with what it imports into one plain ES module exporting `data`. */
function generatedModule(dataset: DatasetFile): string {
  const source = new URL(`../../src/generated/${dataset}.ts`, import.meta.url).pathname;
  const result = buildSync({
    stdin: { contents: `export { ${exportNames[dataset]} as data } from ${JSON.stringify(source)};`, resolveDir: ".", loader: "ts" },
    bundle: true,
    format: "esm",
    platform: "neutral",
    write: false,
    logLevel: "silent",
  });
  return result.outputFiles[0]?.text ?? "";
}
