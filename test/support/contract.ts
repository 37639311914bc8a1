/**
 * What the property suites of the contract share (test/contract-properties.test.ts for the
 * exports, test/cli-contract.test.ts for the command line): the values they try, the check of a
 * thrown error, and the walk that overwrites every unfrozen object an answer holds.
 */
import fc from "fast-check";

// ---------------------------------------------------------------------------------------------
// Values to try
// ---------------------------------------------------------------------------------------------

/** A Proxy revoked before use: any read of it throws the engine's own TypeError. */
export function revokedProxy(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

/** The JavaScript types a parameter may take or refuse, each with values of it. */
export type Category =
  | "undefined"
  | "null"
  | "boolean"
  | "number"
  | "bigint"
  | "string"
  | "symbol"
  | "function"
  | "array"
  | "date"
  | "object"
  | "revoked";

export const categories: readonly Category[] = [
  "undefined",
  "null",
  "boolean",
  "number",
  "bigint",
  "string",
  "symbol",
  "function",
  "array",
  "date",
  "object",
  "revoked",
];

/** Values of each category, as a wrong type for a parameter that does not take the category. */
export function samplesOf(category: Category): readonly unknown[] {
  switch (category) {
    case "undefined":
      return [undefined];
    case "null":
      return [null];
    case "boolean":
      return [true, false];
    case "number":
      return [0, 1, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2010, 12086];
    case "bigint":
      return [0n, 2010n, 10n ** 500n];
    case "string":
      return ["", "2010", "12086", "x"];
    case "symbol":
      return [Symbol("x"), Symbol.iterator, Symbol(longText(500)), Symbol()];
    case "function":
      return [() => "2010", Date, function named() {}, Object.defineProperty(() => 1, "name", { value: longText(500) })];
    case "array":
      return [[], ["2010"], [null], new Array(3)];
    case "date":
      return [new Date(0), new Date(Number.NaN)];
    case "object":
      return [{}, Object.create(null), { toString: () => "2010" }, new Map([["a", 1]])];
    case "revoked":
      return [revokedProxy()];
  }
}

/** Keys of Object.prototype, as names, codes, ids and option names. */
export const prototypeKeys = ["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf", "prototype", "__defineGetter__"];

/** Calendar edges: years out of range, leap days that are and are not, the last day, ill-formed dates. */
export const calendarEdgeTexts = [
  "0001",
  "0001-01-01",
  "0999-12-31",
  "1000",
  "1000-01",
  "1000-01-01",
  "9999",
  "9999-12",
  "9999-12-31",
  "10000",
  "10000-01-01",
  "2000-02-29",
  "1900-02-29",
  "2012-02-29",
  "2011-02-29",
  "2010-02-30",
  "2010-06-31",
  "2010-00",
  "2010-13",
  "2010-06-00",
  "+2010",
  "-2010",
  "2010-6",
  "20100622",
  "2010-06-22T00:00:00Z",
];

export const calendarEdgeDates = [
  new Date(Date.UTC(9999, 11, 31, 23, 59, 59, 999)),
  new Date("1000-01-01T00:00:00Z"),
  new Date("0999-12-31T23:59:59Z"),
  new Date("+010000-01-01T00:00:00Z"),
  new Date("0001-01-01T00:00:00Z"),
  new Date(8.64e15),
  new Date(-8.64e15),
  new Date("2012-02-29T12:00:00Z"),
  new Date(Number.NaN),
];

/** Texts that try a message: escape sequences, line breaks, C1 controls, separators, quotes, long texts. */
export const nastyTexts = [
  "",
  " ",
  "\t",
  "\u001b[2J\u001b[H",
  "line\nbreak",
  "carriage\rreturn",
  "\u0085\u009b31m",
  "\u2028\u2029",
  '"quoted"',
  "back\\slash",
  "\u0000",
  "\ud800",
  "😀".repeat(50),
  "é".normalize("NFD"),
  `${"\u001b[31m".repeat(30)}end`,
  "x".repeat(201),
  "Cook\u0007 County",
];

/** A string that a message must escape and cut: controls inside a long text. */
export function longText(length: number, unit = "ab\u001b"): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

/** Strings of every sort: nasty ones, prototype keys, calendar edges, long ones and random ones. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...nastyTexts, ...prototypeKeys, ...calendarEdgeTexts),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.integer({ min: 150, max: 2000 }).map((length) => longText(length)),
);

/** Numbers of every sort. */
export const anyNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(0, -0, 1, -1, 0.5, 1.5, 10, 11, 100, 9999, Number.NaN, Number.POSITIVE_INFINITY, -Number.POSITIVE_INFINITY),
  fc.constantFrom(Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 2, Number.MIN_VALUE, Number.MAX_VALUE, 1e21, -354_286, 2_932_897),
  fc.integer({ min: -1000, max: 5000 }),
  fc.double({ noNaN: false }),
);

// ---------------------------------------------------------------------------------------------
// The check of a thrown error
// ---------------------------------------------------------------------------------------------

/**
 * Whether a text holds a control character (C0, DEL, C1) or a line or paragraph separator,
 * other than those in `allowed`.
 */
export function hasControl(text: string, allowed = ""): boolean {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    const control = code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029;
    if (control && !allowed.includes(text.charAt(index))) return true;
  }
  return false;
}

/** Dates every message may name without the caller having passed them: the package's own edges. */
const knownDates = ["1000-01-01", "9999-12-31", "2008-10-27", "2013-01-22", "2014-11-20", "2021-01-20", "1970-01-01"];

/** The longest message an error may have: the expectation may list a closed set (28 event kinds). */
export const longestMessage = 1000;

/** Every string reachable from a value (bounded), and the ISO days of the Dates. */
function textsOf(value: unknown, found: string[] = [], seen = new Set<unknown>(), budget = { left: 5000 }): string[] {
  if (budget.left <= 0) return found;
  budget.left -= 1;
  if (typeof value === "string") {
    found.push(value.length > 200 ? value.slice(0, 200) : value);
    return found;
  }
  if (typeof value !== "object" || value === null || seen.has(value)) return found;
  seen.add(value);
  try {
    // A revoked Proxy throws on any of these: it holds no text.
    if (value instanceof Date) {
      if (!Number.isNaN(value.getTime()) && Math.abs(value.getTime()) <= 8.64e15) found.push(value.toISOString());
      return found;
    }
    const { year, month } = value as { year?: unknown; month?: unknown };
    // Date parts name their month (formatPartialDate's message says which month a day is not in).
    if (typeof year === "number" && typeof month === "number") found.push(`${year}-${String(month).padStart(2, "0")}`);
    const entries = Array.isArray(value) ? value.slice(0, 50) : Object.values(value).slice(0, 50);
    for (const entry of entries) textsOf(entry, found, seen, budget);
  } catch {
    return found;
  }
  return found;
}

const dateToken = /\b\d{4,5}-\d{2}(?:-\d{2})?\b/g;

/**
 * What is wrong with an error a helper threw for `args`, or `undefined` when it keeps the
 * contract: a TypeError (a wrong type) or a RangeError (a wrong value), with the message
 * `Expected ..., got ...` on one line, no control character, cut, naming no day the caller did not
 * pass (a calendar edge), and not the engine's own.
 */
export function contractViolation(
  error: unknown,
  args: readonly unknown[],
  expected?: typeof TypeError | typeof RangeError,
): string | undefined {
  if (!(error instanceof TypeError || error instanceof RangeError)) return `not a TypeError or RangeError: ${String(error)}`;
  const message = error.message;
  if (expected !== undefined && !(error instanceof expected)) return `a ${error.name} where a ${expected.name} was expected: ${message}`;
  if (!/^Expected [\s\S]+, got /.test(message)) return `not "Expected ..., got ...": ${message.slice(0, 300)}`;
  if (hasControl(message)) return `a control character in: ${JSON.stringify(message.slice(0, 300))}`;
  if (message.length > longestMessage) return `a message of ${message.length} characters`;
  if (
    /Cannot read|Cannot perform|is not a function|is not iterable|is not defined|Maximum call stack|Invalid array length|Invalid time value/.test(
      message,
    )
  ) {
    return `the engine's own message: ${message.slice(0, 300)}`;
  }
  const texts = textsOf(args);
  for (const text of texts) {
    // An echoed text is cut after about 80 characters: its first 100 never appear whole.
    if (text.length > 120) {
      const head = text.slice(0, 100);
      const escaped = JSON.stringify(head).slice(1, -1);
      if (message.includes(head) || message.includes(escaped)) return `a long argument echoed uncut: ${message.slice(0, 200)}`;
    }
  }
  const passed = texts.flatMap((text) => text.match(dateToken) ?? []);
  for (const token of message.match(dateToken) ?? []) {
    const named = (day: string) => day.startsWith(token) || token.startsWith(day);
    if (!passed.some(named) && !knownDates.some(named)) return `names a day the caller did not pass (${token}): ${message.slice(0, 300)}`;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Answers: their fingerprint, and every unfrozen object they hold
// ---------------------------------------------------------------------------------------------

/** The most rows of an iterable answer (a panel) that its fingerprint reads. */
const mostRows = 5000;

/** An answer as text, iterables (a panel) read into arrays, so that two answers compare. */
export function fingerprint(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => {
    if (item === undefined) return "(undefined)";
    if (typeof item === "function") return "(function)";
    if (typeof item === "number" && !Number.isFinite(item)) return `(${item})`;
    if (typeof item === "object" && item !== null && !Array.isArray(item) && Symbol.iterator in item) {
      const rows: unknown[] = [];
      for (const row of item as Iterable<unknown>) {
        rows.push(row);
        if (rows.length >= mostRows) break;
      }
      return { ...item, rows };
    }
    return item;
  });
}

/** Every object reachable from a value (bounded), in a set: the datasets, checked frozen once. */
export function reachable(value: unknown, found = new Set<object>()): Set<object> {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item !== "object" || item === null || found.has(item)) continue;
    found.add(item);
    for (const child of Object.values(item)) stack.push(child);
  }
  return found;
}

/** The unfrozen objects an answer holds, skipping the (frozen, checked) objects of `known`. */
export function unfrozenObjects(value: unknown, known: ReadonlySet<object>): object[] {
  const found: object[] = [];
  const seen = new Set<object>();
  const stack: unknown[] = [value];
  while (stack.length > 0 && seen.size < 200_000) {
    const item = stack.pop();
    if (typeof item !== "object" || item === null || seen.has(item) || known.has(item)) continue;
    seen.add(item);
    if (!Object.isFrozen(item)) found.push(item);
    for (const child of Object.values(item)) stack.push(child);
    // An iterable answer (a panel) holds its rows only as it is read.
    if (!Array.isArray(item) && Symbol.iterator in item) {
      let count = 0;
      for (const row of item as Iterable<unknown>) {
        stack.push(row);
        count += 1;
        if (count >= mostRows) break;
      }
    }
  }
  return found;
}

const sentinel = Object.freeze({ overwritten: true });

/** Do what a careless caller does to an object it got: push, sort, empty an array; overwrite and add fields. */
export function overwrite(target: object): void {
  const attempt = (change: () => void) => {
    try {
      change();
    } catch {
      // Refused (a frozen part, a non-writable field): what the contract allows.
    }
  };
  if (Array.isArray(target)) {
    attempt(() => target.push(sentinel));
    attempt(() => target.reverse());
    attempt(() => target.sort());
    attempt(() => {
      target[0] = sentinel;
    });
    attempt(() => {
      target.length = 1;
    });
    return;
  }
  for (const key of Object.keys(target)) {
    attempt(() => {
      (target as Record<string, unknown>)[key] = sentinel;
    });
  }
  attempt(() => {
    (target as Record<string, unknown>)["added"] = sentinel;
  });
}
