/**
 * How names are compared: the forgiving key a name and a query are both reduced to.
 *
 * Case, accents and punctuation do not count; "St." and "Ste." read as "Saint" and "Sainte";
 * "&" reads as "and". A trailing type word (County, Parish, Borough, Census Area, City and
 * Borough, Municipality, city) can be removed with {@link withoutTypeSuffix}.
 */

const diacritics = /\p{Diacritic}/gu;
const abbreviations: Record<string, string> = { st: "saint", ste: "sainte" };
const typeSuffixes = ["city and borough", "census area", "municipality", "borough", "parish", "county", "city"];

/** The comparison key of a name: lowercase ASCII words separated by single spaces. */
export function nameKey(name: string): string {
  return name
    .normalize("NFD")
    .replace(diacritics, "")
    .toLowerCase()
    .replaceAll("&", " and ")
    .replace(/[.'’`]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(" ")
    .map((word) => abbreviations[word] ?? word)
    .join(" ");
}

/** The key without its trailing type word, or `undefined` when it has none (or is only that word). */
export function withoutTypeSuffix(key: string): string | undefined {
  for (const suffix of typeSuffixes) {
    if (key.endsWith(` ${suffix}`)) return key.slice(0, -suffix.length - 1);
  }
  return undefined;
}
