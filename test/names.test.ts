import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findJurisdictions, jurisdictions } from "../src/index.js";
import { compareNames, fullNameKey, nameKey } from "../src/internal/names.js";

const names = jurisdictions.flatMap((place) => [place.name, place.fullName, ...place.aliases]);
const sign = (value: number) => Math.sign(value);

describe("name keys and name order", () => {
  it("gives every name of the data the key of the full reduction", () => {
    for (const name of names) expect(nameKey(name), name).toBe(fullNameKey(name));
  });

  it("gives any text the key of the full reduction", () => {
    const text = fc.stringMatching(/^[A-Za-z0-9 .'&éñ-]{0,24}$/);
    fc.assert(fc.property(text, (name) => nameKey(name) === fullNameKey(name)));
    for (const name of ["St Louis", "ste genevieve", "Saint St", "a  b", " a", "b "]) expect(nameKey(name)).toBe(fullNameKey(name));
  });

  it("orders texts as English collation does", () => {
    const sample = names.filter((_, index) => index % 7 === 0);
    for (const left of sample.slice(0, 300)) {
      for (const right of sample.slice(0, 300)) {
        expect(sign(compareNames(left, right)), `${left} / ${right}`).toBe(sign(left.localeCompare(right, "en")));
      }
    }
    const text = fc.stringMatching(/^[A-Za-z0-9 .'-]{0,12}$/);
    fc.assert(
      fc.property(text, text, (left, right) => sign(compareNames(left, right)) === sign(left.localeCompare(right, "en"))),
      { numRuns: 2000 },
    );
    for (const [left, right] of [
      ["Baltimore city", "Baltimore County"],
      ["St. Louis city", "St. Louis County"],
      ["ab c", "abc"],
      ["Abc", "abc"],
      ["Dona Ana", "Doña Ana"],
    ] as const) {
      expect(sign(compareNames(left, right)), `${left} / ${right}`).toBe(sign(left.localeCompare(right, "en")));
    }
  });

  it("lists the matches of every name in the promised order (by English collation)", () => {
    const byId = new Map(jurisdictions.map((place) => [place.id as string, place]));
    const kinds: Record<string, number> = { nation: 0, state: 1, city: 2, county: 3 };
    const stateName = (place: (typeof jurisdictions)[number]) =>
      place.kind === "state" || place.parent === undefined ? place.name : (byId.get(place.parent)?.name ?? "");
    for (const name of new Set(names)) {
      const found = findJurisdictions(name);
      const sorted = [...found].sort(
        (a, b) =>
          (kinds[a.kind] as number) - (kinds[b.kind] as number) ||
          (b.population ?? 0) - (a.population ?? 0) ||
          stateName(a).localeCompare(stateName(b), "en") ||
          a.fullName.localeCompare(b.fullName, "en") ||
          (a.id < b.id ? -1 : 1),
      );
      expect(
        found.map((place) => place.id),
        name,
      ).toEqual(sorted.map((place) => place.id));
    }
  });
});
