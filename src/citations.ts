/**
 * Sources by id, and the sources a record cites.
 *
 * @module
 */

import { sources } from "./generated/sources.js";
import type { Citation, Source } from "./generated/types.js";
import { expectedMessage, isReadable } from "./internal/errors.js";

let sourcesById: ReadonlyMap<string, Source> | undefined;

function sourceIndex(): ReadonlyMap<string, Source> {
  sourcesById ??= new Map(sources.map((source) => [source.id, source]));
  return sourcesById;
}

/**
 * Get a source of the bibliography by its id.
 *
 * @param id - A source id (example: `"fcir-security-breach-2011-01-31"`).
 * @returns The source, or `undefined` when no source has that id.
 * @throws {TypeError} When `id` is not a string.
 * @throws {RangeError} When `id` is empty or longer than 200 characters.
 * @example
 * ```ts
 * getSource("fcir-security-breach-2011-01-31")?.kind; // => "news-article"
 * getSource("no-such-source"); // => undefined
 * ```
 * @category Datasets
 */
export function getSource(id: string): Source | undefined {
  if (typeof id !== "string") throw new TypeError(expectedMessage("a source id as a string", id));
  if (id === "" || id.length > 200) throw new RangeError(expectedMessage("a source id", id));
  return sourceIndex().get(id);
}

/**
 * The sources a record cites, each once, in the order the record first cites them. Works on any
 * record with `citations` (a jurisdiction, an activation, an event, a statistic, an offense
 * level), or on a list of citations.
 *
 * @param record - A record with `citations`, or the citations themselves.
 * @returns The cited sources; a citation of a source not in the bibliography is left out.
 * @throws {TypeError} When `record` has no `citations` list, or a citation has no `source` string.
 * @example
 * ```ts
 * sourcesOf(statistics[0]).map((source) => source.id); // => ["florida-independent-la-resolution"]
 * sourcesOf([{ source: "nope", confidence: "low" }]); // => []
 * ```
 * @category Datasets
 */
export function sourcesOf(record: { readonly citations: readonly Citation[] } | readonly Citation[]): readonly Source[] {
  const citations: unknown = !isReadable(record)
    ? undefined
    : Array.isArray(record)
      ? record
      : (record as { citations?: unknown }).citations;
  if (!isReadable(citations) || !Array.isArray(citations)) {
    throw new TypeError(expectedMessage("a record with citations, or a list of citations", record));
  }
  const seen = new Set<string>();
  const found: Source[] = [];
  for (const citation of citations as readonly unknown[]) {
    const id = isReadable(citation) ? (citation as { source?: unknown }).source : undefined;
    if (typeof id !== "string") throw new TypeError(expectedMessage("a citation as { source, confidence }", citation));
    if (seen.has(id)) continue;
    seen.add(id);
    const source = sourceIndex().get(id);
    if (source !== undefined) found.push(source);
  }
  return found;
}
