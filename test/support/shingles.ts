/**
 * Word runs ("shingles") for the overlap test: the project's own texts must not share a run of
 * eight or more consecutive words with the founding article. The article itself is not kept in
 * the repository, only a hash of each of its eight-word runs (test/fixtures/founding-article-shingles.json),
 * built by test/support/build-article-shingles.ts.
 */
import { createHash } from "node:crypto";

/** The length of a run that counts as shared wording. */
export const shingleLength = 8;

/** The words of a text, lowercased, with typographic quotes and apostrophes made plain. */
export function words(text: string): string[] {
  const plain = text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"');
  return plain.match(/[a-z0-9]+(?:'[a-z0-9]+)*/g) ?? [];
}

/** A short, stable hash of a run of words. */
export function hashRun(run: readonly string[]): string {
  return createHash("sha256").update(run.join(" ")).digest("hex").slice(0, 16);
}

/** Every run of `shingleLength` consecutive words in a text, each with its hash. */
export function shingles(text: string): { run: string; hash: string }[] {
  const all = words(text);
  const out: { run: string; hash: string }[] = [];
  for (let index = 0; index + shingleLength <= all.length; index++) {
    const run = all.slice(index, index + shingleLength);
    out.push({ run: run.join(" "), hash: hashRun(run) });
  }
  return out;
}
