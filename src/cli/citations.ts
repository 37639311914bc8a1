/**
 * The sources a command's answer rests on, by id and title.
 *
 * @module
 */

import { sources } from "../generated/sources.js";
import type { Citation } from "../generated/types.js";
import { type Context, dim, table } from "./output.js";

export const sourcesById = new Map<string, (typeof sources)[number]>();

export function sourceTitle(id: string): string {
  if (sourcesById.size === 0) for (const source of sources) sourcesById.set(source.id, source);
  return sourcesById.get(id)?.title ?? "(not in the bibliography)";
}

/** The distinct source ids of citations, in order of first appearance. */
export function sourceIds(citations: Iterable<Citation>): string[] {
  const ids = new Set<string>();
  for (const citation of citations) ids.add(citation.source);
  return [...ids];
}

export function sourceLines(context: Context, ids: readonly string[]): string[] {
  if (ids.length === 0) return [`  ${dim(context, "none")}`];
  return table(
    ids.map((id) => [id, sourceTitle(id)]),
    [],
    [(cell) => dim(context, cell)],
  ).map((line) => `  ${line}`);
}
