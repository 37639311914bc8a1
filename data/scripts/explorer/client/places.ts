/**
 * The search box's one entry into the library: a query in, the places it names (or the places
 * it most likely meant) out. `resolvePlaces` is the only function that calls the library's
 * lookups, so a resolver with its own suggestions plugs in here and nowhere else.
 */

import type { Jurisdiction } from "../../../../dist/index.js";
import { findJurisdictions, getJurisdiction, jurisdictions } from "../../../../dist/index.js";

/** What a query found: the places it names, or "did you mean" suggestions when it names none. */
export interface PlaceSearch {
  readonly matches: readonly Jurisdiction[];
  readonly suggestions: readonly Jurisdiction[];
}

/**
 * Resolves a query typed into the search box: a code (FIPS, USPS, ISO, id), then a name.
 *
 * @param query - What the reader typed.
 * @returns The matches, or suggestions when nothing matches.
 */
export function resolvePlaces(query: string): PlaceSearch {
  const text = query.trim();
  if (text.length === 0 || text.length > 200) return { matches: [], suggestions: [] };
  const byCode = getJurisdiction(text);
  if (byCode !== undefined) return { matches: [byCode], suggestions: [] };
  const byName = findJurisdictions(text);
  if (byName.length > 0) return { matches: byName, suggestions: [] };
  return { matches: [], suggestions: suggestPlaces(text) };
}

// ---------------------------------------------------------------------------------------------
// "Did you mean": the closest names by edit distance, for a query that names no place
// ---------------------------------------------------------------------------------------------

const typeWords = /\b(county|parish|borough|census area|city and borough|municipality|city)\b/g;

function simplify(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\bst\.? /g, "saint ")
    .replace(typeWords, " ")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** Levenshtein distance, giving up (returning `limit + 1`) once it exceeds `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length] ?? limit + 1;
}

let names: { readonly key: string; readonly jurisdiction: Jurisdiction }[] | undefined;

/**
 * Up to five places whose name is closest to the query: within a third of the query's length
 * in edits (at most 3), or starting with the query; a state after a comma is ignored.
 */
function suggestPlaces(query: string): Jurisdiction[] {
  names ??= jurisdictions.flatMap((jurisdiction) =>
    [...new Set([jurisdiction.name, ...jurisdiction.aliases].map(simplify))].map((key) => ({ key, jurisdiction })),
  );
  const comma = query.lastIndexOf(",");
  const key = simplify(comma > 0 ? query.slice(0, comma) : query);
  if (key.length < 2) return [];
  const limit = Math.min(3, Math.max(1, Math.floor(key.length / 3)));
  const scored = new Map<Jurisdiction, number>();
  for (const { key: name, jurisdiction } of names) {
    const distance = name.startsWith(key) ? 0.5 : editDistance(key, name, limit);
    if (distance <= limit && distance < (scored.get(jurisdiction) ?? Number.POSITIVE_INFINITY)) scored.set(jurisdiction, distance);
  }
  return [...scored]
    .sort((a, b) => a[1] - b[1] || a[0].fullName.localeCompare(b[0].fullName, "en") || (a[0].id < b[0].id ? -1 : 1))
    .slice(0, 5)
    .map(([jurisdiction]) => jurisdiction);
}
