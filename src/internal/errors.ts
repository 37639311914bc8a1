/**
 * Shared wording for the errors the helpers throw.
 *
 * Every helper reports misuse as `Expected <what>, got <what came>`: a `TypeError` when the value
 * has the wrong type, a `RangeError` when the type is right and the value is not. The received
 * value is shown by {@link describeValue} so that all messages read alike.
 *
 * @module
 */

/** Strings longer than this are cut in messages, and their length is shown instead. */
const longestShownString = 40;

/** Objects whose JSON is longer than this are shown by their kind only. */
const longestShownJson = 60;

/**
 * Describe a received value for an error message.
 *
 * Strings are quoted with `JSON.stringify` (long ones are cut after 40 characters and their
 * length is added); numbers are written as JavaScript writes them, including `NaN`, `Infinity`
 * and `-0`; `null` and `undefined` by name; a `Date` with its ISO time (or as invalid); arrays by
 * length; small plain objects as JSON; anything else by its kind.
 *
 * @param value - The value that came.
 * @returns A short, single-line description of the value.
 * @throws Never.
 * @example
 * ```ts
 * describeValue("2010-13"); // => "\"2010-13\""
 * describeValue(Number.NaN); // => "NaN"
 * describeValue(new Date(Number.NaN)); // => "an invalid Date"
 * describeValue({ value: -1 }); // => "{\"value\":-1}"
 * ```
 * @category Errors
 * @internal
 */
export function describeValue(value: unknown): string {
  switch (typeof value) {
    case "string":
      return describeString(value);
    case "number":
      return Object.is(value, -0) ? "-0" : String(value);
    case "bigint":
      return `${value}n`;
    case "boolean":
      return String(value);
    case "undefined":
      return "undefined";
    case "symbol":
      return value.toString();
    case "function":
      return value.name === "" ? "a function" : `a function (${value.name})`;
    default:
      return describeObject(value as object | null);
  }
}

/**
 * Build the message `Expected <what>, got <what came>`.
 *
 * @param expected - What the helper wanted, as a phrase (`a date as YYYY, YYYY-MM or YYYY-MM-DD`).
 * @param received - The value that came; it is shown with {@link describeValue}.
 * @returns The error message.
 * @throws Never.
 * @example
 * ```ts
 * expectedMessage("a total greater than 0", 0); // => "Expected a total greater than 0, got 0"
 * ```
 * @category Errors
 * @internal
 */
export function expectedMessage(expected: string, received: unknown): string {
  return `Expected ${expected}, got ${describeValue(received)}`;
}

function describeString(value: string): string {
  if (value.length <= longestShownString) return JSON.stringify(value);
  return `${JSON.stringify(value.slice(0, longestShownString))}... (${value.length} characters)`;
}

function describeObject(value: object | null): string {
  if (value === null) return "null";
  if (value instanceof Date) {
    const time = value.getTime();
    return Number.isNaN(time) ? "an invalid Date" : `a Date (${value.toISOString()})`;
  }
  if (Array.isArray(value)) return `an array of length ${value.length}`;
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype === Object.prototype || prototype === null) {
    const json = tryJson(value);
    if (json !== undefined && json.length <= longestShownJson) return json;
    return "an object";
  }
  const constructorName = (value as { constructor?: { name?: unknown } }).constructor?.name;
  return typeof constructorName === "string" && constructorName !== "" ? `an instance of ${constructorName}` : "an object";
}

function tryJson(value: object): string | undefined {
  try {
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
}
