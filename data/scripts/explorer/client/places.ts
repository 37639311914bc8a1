/**
 * The search box's one entry into the library: a query in, the places it names (or the places
 * it most likely meant) out. `resolvePlaces` is the only function that calls the library's
 * lookups, so a resolver with its own suggestions plugs in here and nowhere else.
 */

import type { Jurisdiction } from "../../../../dist/index.js";
import { resolveJurisdiction } from "../../../../dist/index.js";

/** What a query found: the places it names, or "did you mean" suggestions when it names none. */
export interface PlaceSearch {
  readonly matches: readonly Jurisdiction[];
  readonly suggestions: readonly Jurisdiction[];
}

/**
 * Resolves a query typed into the search box through the library's one resolver: a code of any
 * era (FIPS, USPS, ISO, id), then a name or alias; a miss brings the resolver's suggestions.
 *
 * @param query - What the reader typed.
 * @returns The matches, or suggestions when nothing matches.
 */
export function resolvePlaces(query: string): PlaceSearch {
  const text = query.trim();
  if (text.length === 0 || text.length > 200) return { matches: [], suggestions: [] };
  const resolved = resolveJurisdiction(text);
  return {
    matches: resolved.matches.map((match) => match.jurisdiction),
    suggestions: resolved.suggestions.map((suggestion) => suggestion.jurisdiction),
  };
}
