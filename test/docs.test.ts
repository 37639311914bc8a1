import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import * as api from "../src/index.js";

// The doc comments of the public API, read with the TypeScript compiler the way TypeDoc reads
// them. TypeDoc (`npm run docs`) fails on an undocumented export or a broken link; it has no
// rule that asks for examples, so this test does: every exported function and constant needs an
// `@example`, and every example runs here, so its output cannot drift. In an example,
//
//   expression; // => value            asserts that the expression equals the value;
//   expression;                        the same, with the value on the next line, which may go on
//   // => value                        over lines that start with `//` and two or more spaces;
//   expression;
//   // throws RangeError: message      asserts that the expression throws that error.
//
// `...` in an expected array stands for any elements there. Imports are left out: every export
// of src/index.ts is in scope.

const categories = ["Datasets", "Participation", "Places", "Percentages", "Timeline", "Detainers", "Panels", "Dates", "Types"];
const indexFile = fileURLToPath(new URL("../src/index.ts", import.meta.url));

interface ExportDoc {
  readonly name: string;
  readonly kind: "function" | "constant" | "type";
  readonly summary: string;
  readonly tags: readonly { readonly name: string; readonly text: string }[];
}

function publicExports(): ExportDoc[] {
  const configFile = ts.findConfigFile(indexFile, ts.sys.fileExists);
  const { options } = ts.parseJsonConfigFileContent(ts.readConfigFile(configFile as string, ts.sys.readFile).config, ts.sys, ".");
  const program = ts.createProgram([indexFile], { ...options, noEmit: true });
  const checker = program.getTypeChecker();
  const moduleSymbol = checker.getSymbolAtLocation(program.getSourceFile(indexFile) as ts.SourceFile) as ts.Symbol;
  return checker.getExportsOfModule(moduleSymbol).map((exported) => {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const docs = (symbol.declarations ?? []).flatMap((declaration) => ts.getJSDocCommentsAndTags(declaration).filter(ts.isJSDoc));
    const kind = symbol.flags & ts.SymbolFlags.Function ? "function" : symbol.flags & ts.SymbolFlags.Variable ? "constant" : "type";
    return {
      name: exported.name,
      kind,
      summary: docs
        .map((doc) => ts.getTextOfJSDocComment(doc.comment) ?? "")
        .join("\n")
        .trim(),
      tags: docs.flatMap((doc) =>
        (doc.tags ?? []).map((tag) => ({ name: tag.tagName.text, text: ts.getTextOfJSDocComment(tag.comment) ?? "" })),
      ),
    };
  });
}

/** The TypeScript code blocks of an export's `@example` tags. */
function exampleBlocks(doc: ExportDoc): string[] {
  return doc.tags
    .filter((tag) => tag.name === "example")
    .flatMap((tag) => [...tag.text.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1] as string));
}

// ---------------------------------------------------------------------------------------------
// Running an example
// ---------------------------------------------------------------------------------------------

type Expectation =
  | { readonly kind: "equals"; readonly text: string }
  | { readonly kind: "throws"; readonly name: string; readonly message?: string };

interface Check {
  readonly line: string;
  readonly expectation: Expectation;
}

const ellipsis = "\u2026 any elements \u2026";

/** The expectation in the comments right after a statement (same line or the next), if any. */
function expectationAfter(trivia: string): Expectation | undefined {
  const lines = trivia.split("\n").map((line) => line.trim());
  // lines[0] is the rest of the statement's own line; lines[1] the next line.
  const start = lines[0] !== "" ? 0 : 1;
  const first = lines[start] ?? "";
  const continuation: string[] = [];
  for (const line of lines.slice(start + 1)) {
    const match = line.match(/^\/\/ {2,}(.*)$/);
    if (match === null) break;
    continuation.push(match[1] as string);
  }
  const value = first.match(/^\/\/ => (.*)$/);
  if (value !== null) return { kind: "equals", text: [value[1] as string, ...continuation].join("\n") };
  const thrown = first.match(/^\/\/ throws (\w+)(?:: (.*))?$/);
  if (thrown !== null) {
    const message = thrown[2] === undefined ? undefined : [thrown[2], ...continuation].join(" ");
    return { kind: "throws", name: thrown[1] as string, ...(message === undefined ? {} : { message }) };
  }
  return undefined;
}

/** Turn an example into a function body: each statement with an expectation becomes a check. */
function compileExample(code: string): { body: string; checks: Check[] } {
  const source = ts.createSourceFile("example.ts", code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const checks: Check[] = [];
  const pieces: string[] = [];
  source.statements.forEach((statement, index) => {
    if (ts.isImportDeclaration(statement)) return;
    const next = source.statements[index + 1];
    const expectation = expectationAfter(code.slice(statement.end, next === undefined ? code.length : next.getStart(source)));
    if (expectation === undefined) {
      pieces.push(statement.getText(source));
      return;
    }
    if (!ts.isExpressionStatement(statement)) throw new Error(`An expectation must follow an expression: ${statement.getText(source)}`);
    pieces.push(`__check(${checks.length}, () => (${statement.expression.getText(source)}));`);
    checks.push({ line: statement.getText(source).split("\n")[0] as string, expectation });
  });
  const body = ts.transpileModule(pieces.join("\n"), {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
  }).outputText;
  return { body, checks };
}

function expectedValue(text: string): unknown {
  // `...` that is not a spread (it stands alone before `,` or `]`) marks elements left out.
  const withEllipses = text.replaceAll(/\.\.\.(?=\s*[,\]])/g, JSON.stringify(ellipsis));
  return new Function(`return (${withEllipses});`)();
}

/** Compare like `toEqual`, where an array element `ellipsis` stands for any run of elements. */
function expectMatch(actual: unknown, expected: unknown, label: string): void {
  if (Array.isArray(expected) && expected.includes(ellipsis)) {
    expect(Array.isArray(actual), `${label}: an array`).toBe(true);
    const list = actual as unknown[];
    const at = expected.indexOf(ellipsis);
    const head = expected.slice(0, at);
    const tail = expected.slice(at + 1);
    expect(tail.includes(ellipsis), `${label}: one "..." at most`).toBe(false);
    expect(list.length, `${label}: length`).toBeGreaterThanOrEqual(head.length + tail.length);
    expect(list.slice(0, head.length), label).toEqual(head);
    expect(list.slice(list.length - tail.length), label).toEqual(tail);
    return;
  }
  expect(actual, label).toEqual(expected);
}

type Outcome = { readonly returned: unknown } | { readonly threw: unknown };

function runExample(name: string, code: string): number {
  const { body, checks } = compileExample(code);
  const outcomes: Outcome[] = [];
  const record = (index: number, run: () => unknown) => {
    try {
      outcomes[index] = { returned: run() };
    } catch (error) {
      outcomes[index] = { threw: error };
    }
  };
  const names = Object.keys(api);
  new Function("__check", ...names, body)(record, ...names.map((key) => (api as Record<string, unknown>)[key]));
  checks.forEach(({ line, expectation }, index) => {
    const outcome = outcomes[index] as Outcome;
    const label = `${name}: ${line}`;
    if (expectation.kind === "equals") {
      if ("threw" in outcome) throw new Error(`${label} threw ${String(outcome.threw)}`);
      expectMatch(outcome.returned, expectedValue(expectation.text), label);
    } else {
      expect("threw" in outcome, `${label} throws`).toBe(true);
      const error = (outcome as { threw: unknown }).threw as Error;
      expect(error.name, label).toBe(expectation.name);
      if (expectation.message !== undefined) expect(error.message, label).toBe(expectation.message);
    }
  });
  return checks.length;
}

// ---------------------------------------------------------------------------------------------
// The tests
// ---------------------------------------------------------------------------------------------

describe("doc comments of the public API", () => {
  const docs = publicExports();
  const withExamples = docs.filter((doc) => exampleBlocks(doc).length > 0);

  it("reads every export of src/index.ts", () => {
    expect(
      docs
        .filter((doc) => doc.kind !== "type")
        .map((doc) => doc.name)
        .sort(),
    ).toEqual(Object.keys(api).sort());
    expect(docs.length).toBeGreaterThan(50);
  });

  it("gives every export a summary", () => {
    expect(docs.filter((doc) => doc.summary === "").map((doc) => doc.name)).toEqual([]);
  });

  it(`puts every export in exactly one category: ${categories.join(", ")}`, () => {
    const problems = docs.flatMap((doc) => {
      const tags = doc.tags.filter((tag) => tag.name === "category").map((tag) => tag.text.trim());
      if (tags.length !== 1) return [`${doc.name}: ${tags.length} @category tags`];
      return categories.includes(tags[0] as string) ? [] : [`${doc.name}: unknown category "${tags[0]}"`];
    });
    expect(problems).toEqual([]);
  });

  it("gives every exported function and constant an @example with a TypeScript code block", () => {
    const missing = docs.filter((doc) => doc.kind !== "type" && exampleBlocks(doc).length === 0).map((doc) => `${doc.name} (${doc.kind})`);
    expect(missing).toEqual([]);
  });

  it.each(withExamples.map((doc) => [doc.name, doc] as const))("the examples of %s run and show their real output", (name, doc) => {
    const checks = exampleBlocks(doc).reduce((count, block) => count + runExample(name, block), 0);
    expect(checks, `${name}: an example with no "// =>" or "// throws" shows no output`).toBeGreaterThan(0);
  });
});

describe("the example runner", () => {
  it("reads values on the same line, on the next lines, thrown errors, and ellipses", () => {
    expect(runExample("runner", 'dayNumber("1970-01-02"); // => 1\n[1, 2, 3].map((n) => n * 2);\n// => [2,\n//      ...]\n')).toBe(2);
    expect(runExample("runner", 'dayNumber("2010-06");\n// throws RangeError: Expected a day as YYYY-MM-DD,\n//   got "2010-06"\n')).toBe(
      1,
    );
  });

  it("fails on a wrong value, a missing throw and a wrong message", () => {
    expect(() => runExample("runner", 'dayNumber("1970-01-02"); // => 2\n')).toThrow();
    expect(() => runExample("runner", 'dayNumber("1970-01-02");\n// throws RangeError\n')).toThrow();
    expect(() => runExample("runner", 'dayNumber("x");\n// throws RangeError: something else\n')).toThrow();
    expect(() => runExample("runner", "[1, 2, 3]; // => [1, ..., 4]\n")).toThrow();
  });
});
