import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

// Every TypeScript example of the README runs here: a line `expression; // => value` becomes an
// assertion that the expression equals the value, and a following `// => value` line asserts the
// expression on the line before it. Imports of the package point at the source.
const root = new URL("../", import.meta.url);
const readme = readFileSync(new URL("README.md", root), "utf8");
// The places guide's examples run the same way.
const places = readFileSync(new URL("docs/places.md", root), "utf8");
const blocks = [readme, places].flatMap((text) => [...text.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1] as string));
const directory = new URL(".tmp/readme/", root);

function toModule(block: string): string {
  const imports: string[] = [];
  const body: string[] = [];
  const lines = block.split("\n");
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] as string;
    if (line.startsWith("import ")) {
      imports.push(line.replace(/from "secure-communities"/, `from ${JSON.stringify(new URL("src/index.ts", root).pathname)}`));
      continue;
    }
    const next = lines[index + 1]?.trim() ?? "";
    const inline = line.match(/^(.*?);\s*\/\/ => (.*)$/);
    if (inline !== null) {
      body.push(`check(${inline[1]}, ${inline[2]}, ${JSON.stringify(line.trim())});`);
    } else if (next.startsWith("// => ") && line.trim().endsWith(";")) {
      body.push(`check(${line.trim().slice(0, -1)}, ${next.slice(6)}, ${JSON.stringify(line.trim())});`);
      index += 1;
    } else {
      body.push(line);
    }
  }
  return `${imports.join("\n")}\nexport function run(check: (actual: unknown, expected: unknown, line: string) => void): number {\n  let checks = 0;\n  const counted = (a: unknown, e: unknown, l: string) => { checks += 1; check(a, e, l); };\n  ((check) => {\n${body.join("\n")}\n  })(counted);\n  return checks;\n}\n`;
}

describe("README examples", () => {
  it("has TypeScript examples", () => {
    expect(blocks.length).toBeGreaterThanOrEqual(3);
  });

  it.each(blocks.map((block, index) => [index + 1, block] as const))("example %i runs and shows its real output", async (index, block) => {
    mkdirSync(directory, { recursive: true });
    const file = new URL(`example-${index}.ts`, directory);
    writeFileSync(file, toModule(block));
    const module = (await import(/* @vite-ignore */ file.href)) as {
      run: (check: (actual: unknown, expected: unknown, line: string) => void) => number;
    };
    const checks = module.run((actual, expected, line) => expect(actual, line).toEqual(expected));
    expect(checks).toBeGreaterThan(0);
  });
});

describe("README command lines", () => {
  const commands = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)]
    .flatMap((match) => (match[1] as string).split("\n"))
    .filter((line) => line.startsWith("npx secure-communities "));

  /** The words of a command line as a shell splits them (double quotes only). */
  function words(line: string): string[] {
    return [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((match) => match[1] ?? (match[2] as string));
  }

  it("has command-line examples", () => {
    expect(commands.length).toBeGreaterThanOrEqual(3);
  });

  it.each(commands)("%s runs and succeeds", async (line) => {
    const { spawnSync } = await import("node:child_process");
    const cli = new URL("dist/cli.js", root).pathname;
    const result = spawnSync(process.execPath, [cli, ...words(line).slice(2)], { encoding: "utf8" });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout.length).toBeGreaterThan(0);
  });
});
