/**
 * Writes test/fixtures/founding-article-shingles.json from the founding article (a file outside
 * the repository), or with --check fails when the committed fixture differs from it.
 *
 * Usage: tsx test/support/build-article-shingles.ts <path to the article> [--check]
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { shingleLength, shingles } from "./shingles.js";

const fixture = join(dirname(fileURLToPath(import.meta.url)), "..", "fixtures", "founding-article-shingles.json");
const [articlePath, flag] = process.argv.slice(2);
if (articlePath === undefined) {
  console.error("Usage: tsx test/support/build-article-shingles.ts <path to the article> [--check]");
  process.exit(2);
}
const hashes = [...new Set(shingles(readFileSync(articlePath, "utf8")).map(({ hash }) => hash))].sort();
const text = `${JSON.stringify({ runLength: shingleLength, hashes }, null, 1)}\n`;
if (flag === "--check") {
  // Compare content, not bytes: the formatter may lay the committed file out differently.
  const committed = readFileSync(fixture, "utf8");
  if (JSON.stringify(JSON.parse(committed)) !== JSON.stringify(JSON.parse(text))) {
    console.error(`${fixture} is out of date with ${articlePath}. Run: tsx test/support/build-article-shingles.ts ${articlePath}`);
    process.exit(1);
  }
  console.log(`${fixture} is up to date.`);
} else {
  mkdirSync(dirname(fixture), { recursive: true });
  writeFileSync(fixture, text);
  console.log(`Wrote ${fixture} (${hashes.length} runs of ${shingleLength} words).`);
}
