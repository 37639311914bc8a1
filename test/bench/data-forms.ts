/**
 * The ways a generated data module can hold its records, written out as plain ES modules from the
 * published JSON so that their load time, heap and bundle size can be compared:
 *
 * - `json-template`: `JSON.parse` of a template literal, what data/scripts/generate.ts emits;
 * - `json-string`: `JSON.parse` of an ordinary string literal;
 * - `object-literal`: the records as a JavaScript array literal;
 * - each with or without the deep freeze the package applies;
 * - `compact` (jurisdictions and activations only): a prototype of a smaller layout. Fields that
 *   follow from others are left out (a county's id is `county-` and its FIPS code, its full name
 *   its name and type word, its state the state with its FIPS prefix), the rest is stored as
 *   columns (FIPS codes as differences, dates and type words as indexes into a list), and the
 *   citation every county shares is one frozen array. A record that does not follow the rules is
 *   stored whole, so the layout holds any data; the module rebuilds the same records, fields in
 *   the same order.
 */

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
  if (form === "compact+freeze") return compactModule(dataset, text);
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

// ---------------------------------------------------------------------------------------------
// The compact layout (prototype)
// ---------------------------------------------------------------------------------------------

/** The fields the compact layout reads; a record may have others (it is then stored whole). */
interface Row {
  readonly id?: unknown;
  readonly kind?: unknown;
  readonly name?: unknown;
  readonly fullName?: unknown;
  readonly type?: unknown;
  readonly fips?: unknown;
  readonly parent?: unknown;
  readonly aliases?: unknown;
  readonly citations?: unknown;
  readonly county?: unknown;
  readonly date?: unknown;
}

const countyKeys = "id,kind,name,fullName,type,fips,parent,aliases,citations";
const activationKeys = "county,date,citations";

/** The most common value of `pick` among `rows`, as JSON. */
function mostCommon(rows: readonly Row[], pick: (row: Row) => unknown): string {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const key = JSON.stringify(pick(row));
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "null";
}

/** Differences between successive FIPS codes, the first from 0. */
function differences(codes: readonly string[]): string {
  let previous = 0;
  return codes
    .map((code) => {
      const value = Number(code);
      const difference = value - previous;
      previous = value;
      return difference;
    })
    .join(",");
}

function compactModule(dataset: DatasetFile, text: string): string {
  const rows = JSON.parse(text) as Row[];
  if (dataset === "jurisdictions") return compactJurisdictions(rows);
  if (dataset === "activations") return compactActivations(rows);
  throw new Error(`no compact layout for ${dataset}`);
}

function compactJurisdictions(rows: readonly Row[]): string {
  const stateByFips = new Map(rows.filter((row) => row.kind === "state").map((row) => [row.fips as string, row.id as string]));
  const counties = rows.filter((row) => row.kind === "county");
  const citations = mostCommon(counties, (row) => row.citations);
  const fits = (row: Row) =>
    Object.keys(row).join(",") === countyKeys &&
    row.kind === "county" &&
    typeof row.fips === "string" &&
    /^\d{5}$/.test(row.fips) &&
    row.id === `county-${row.fips}` &&
    row.fullName === `${row.name as string} ${row.type as string}` &&
    row.parent === stateByFips.get(row.fips.slice(0, 2)) &&
    Array.isArray(row.aliases) &&
    row.aliases.length === 0 &&
    JSON.stringify(row.citations) === citations &&
    !/[\n\t]/.test(row.name as string);
  const fitting = rows.filter(fits);
  const whole = rows.flatMap((row, index) => (fits(row) ? [] : [[index, row] as const]));
  const types = [...new Set(fitting.map((row) => row.type as string))];
  const columns = {
    length: rows.length,
    whole,
    names: fitting.map((row) => row.name).join("\n"),
    types,
    typeOf: fitting.map((row) => types.indexOf(row.type as string).toString(36)).join(""),
    fips: differences(fitting.map((row) => row.fips as string)),
  };
  return `${freezeSource}
const columns = JSON.parse(${JSON.stringify(JSON.stringify(columns))});
const citations = deepFreeze(JSON.parse(${JSON.stringify(citations)}));
function rebuild() {
  const rows = new Array(columns.length);
  for (const [index, row] of columns.whole) rows[index] = row;
  const stateByFips = new Map();
  for (const [, row] of columns.whole) if (row.kind === "state") stateByFips.set(row.fips, row.id);
  const names = columns.names.split("\\n");
  const steps = columns.fips.split(",");
  let fipsNumber = 0;
  let next = 0;
  for (let index = 0; index < rows.length; index += 1) {
    if (rows[index] !== undefined) continue;
    fipsNumber += Number(steps[next]);
    const fips = String(fipsNumber).padStart(5, "0");
    const name = names[next];
    const type = columns.types[parseInt(columns.typeOf[next], 36)];
    rows[index] = { id: "county-" + fips, kind: "county", name, fullName: name + " " + type, type, fips, parent: stateByFips.get(fips.slice(0, 2)), aliases: [], citations };
    next += 1;
  }
  return rows;
}
export const data = /* @__PURE__ */ deepFreeze(rebuild());
`;
}

function compactActivations(rows: readonly Row[]): string {
  const citations = mostCommon(rows, (row) => row.citations);
  const fits = (row: Row) =>
    Object.keys(row).join(",") === activationKeys &&
    typeof row.county === "string" &&
    /^county-\d{5}$/.test(row.county) &&
    typeof row.date === "string" &&
    JSON.stringify(row.citations) === citations;
  const fitting = rows.filter(fits);
  const whole = rows.flatMap((row, index) => (fits(row) ? [] : [[index, row] as const]));
  const dates = [...new Set(fitting.map((row) => row.date as string))].sort();
  const columns = {
    length: rows.length,
    whole,
    dates,
    dateOf: fitting.map((row) => dates.indexOf(row.date as string)).join(","),
    fips: differences(fitting.map((row) => (row.county as string).slice(7))),
  };
  return `${freezeSource}
const columns = JSON.parse(${JSON.stringify(JSON.stringify(columns))});
const citations = deepFreeze(JSON.parse(${JSON.stringify(citations)}));
function rebuild() {
  const rows = new Array(columns.length);
  for (const [index, row] of columns.whole) rows[index] = row;
  const steps = columns.fips.split(",");
  const dateOf = columns.dateOf.split(",");
  let fipsNumber = 0;
  let next = 0;
  for (let index = 0; index < rows.length; index += 1) {
    if (rows[index] !== undefined) continue;
    fipsNumber += Number(steps[next]);
    rows[index] = { county: "county-" + String(fipsNumber).padStart(5, "0"), date: columns.dates[Number(dateOf[next])], citations };
    next += 1;
  }
  return rows;
}
export const data = /* @__PURE__ */ deepFreeze(rebuild());
`;
}
