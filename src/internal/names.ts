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

/** ASCII words separated by single spaces, none of them "St" or "Ste": their key is the name in lower case. */
const plainWords = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/;
const abbreviated = /(?:^| )ste?(?: |$)/i;

/** The comparison key of a name: lowercase ASCII words separated by single spaces. */
export function nameKey(name: string): string {
  // Most names are plain words, for which the full reduction below only lowercases: skip it.
  if (plainWords.test(name) && !abbreviated.test(name)) return name.toLowerCase();
  return fullNameKey(name);
}

/** {@link nameKey} without its shortcut for plain words (the tests check they agree). */
export function fullNameKey(name: string): string {
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

let collator: Intl.Collator | undefined;
/** Characters whose order in English collation is their order as code units, once lowercased. */
const plainCharacter = /[a-z0-9 ]/;

/**
 * The order of `left.localeCompare(right, "en")`, without creating a collator (tens of
 * milliseconds in a fresh process) when it is not needed: when the lowercased texts first differ
 * at letters, digits or a space (or one ends there), and agree before it, that position decides
 * in English collation exactly as it does by code unit. Anything else asks the collator.
 */
export function compareNames(left: string, right: string): number {
  if (left === right) return 0;
  const a = left.toLowerCase();
  const b = right.toLowerCase();
  let at = 0;
  while (at < a.length && at < b.length && a.charCodeAt(at) === b.charCodeAt(at)) at += 1;
  const nextA = a.charAt(at);
  const nextB = b.charAt(at);
  if (a !== b && (nextA === "" || plainCharacter.test(nextA)) && (nextB === "" || plainCharacter.test(nextB))) return a < b ? -1 : 1;
  collator ??= new Intl.Collator("en");
  return collator.compare(left, right);
}
