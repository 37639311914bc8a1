/**
 * Shared wording for the errors the helpers throw.
 *
 * Every helper reports misuse as `Expected <what>, got <what came>`: a `TypeError` when the value
 * has the wrong type, a `RangeError` when the type is right and the value is not. The received
 * value is shown by {@link describeValue} so that all messages read alike.
 *
 * @module
 */

/** Strings longer than this are cut in messages, and their length is shown as well. */
const longestShownString = 80;

/** Objects whose JSON is longer than this are shown by their kind only. */
const longestShownJson = 60;

/**
 * Describe a received value for an error message.
 *
 * Strings are quoted with `JSON.stringify`, with every control character escaped (so a message
 * is one line that cannot move a terminal's cursor), and long ones cut after 80 characters with
 * their length added; numbers are written as JavaScript writes them, including `NaN`, `Infinity`
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
      try {
        return describeObject(value as object | null);
      } catch {
        // A Proxy whose traps throw: say no more than what it is.
        return "an object";
      }
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
  if (value.length <= longestShownString) return quote(value);
  return `${quote(Array.from(value).slice(0, longestShownString).join(""))}... (${value.length} characters)`;
}

/** `JSON.stringify`, which escapes C0 controls, with C1 controls and line separators escaped too. */
export function quote(value: string): string {
  return escapeControls(JSON.stringify(value));
}

/** Whether a UTF-16 code unit is a control character (C0, DEL, C1) or a line or paragraph separator. */
function isControl(code: number): boolean {
  return code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029;
}

/**
 * Write every control character as `\uXXXX`, so that a message stays one line and cannot move
 * a terminal's cursor or clear it.
 */
export function escapeControls(text: string): string {
  let out = "";
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    out += isControl(code) ? `\\u${code.toString(16).padStart(4, "0")}` : text[index];
  }
  return out;
}

const intrinsicGetTime = Date.prototype.getTime;

/**
 * The time of a real `Date` (from any realm, whatever its `getTime` was overridden with), or
 * `undefined` for anything else: a Proxy of a Date or an object made from `Date.prototype` has no
 * time of its own.
 */
export function dateTime(value: unknown): number | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  // Reading the time of anything but a Date throws, and a throw costs microseconds: every caller
  // passing an options object would pay it. Object.prototype.toString names every real Date
  // "Date" unless a string Symbol.toStringTag overrides that name, so an object it names
  // otherwise, without such a tag, is no Date.
  if (surelyNoDate(value)) return undefined;
  try {
    return intrinsicGetTime.call(value);
  } catch {
    return undefined;
  }
}

const intrinsicToString = Object.prototype.toString;

function surelyNoDate(value: object): boolean {
  try {
    if (intrinsicToString.call(value) === "[object Date]") return false;
    return typeof (value as { [Symbol.toStringTag]?: unknown })[Symbol.toStringTag] !== "string";
  } catch {
    // A Proxy whose traps throw: let the time decide, as before.
    return false;
  }
}

/**
 * Check that `value` is an options object (or absent): a `TypeError` otherwise.
 *
 * @param value - What came as options.
 * @param what - The options' name in the message (example: `"options of rolloutProgress"`).
 * @returns The options, or an empty object when they are `undefined`.
 */
export function optionsObject<T extends object>(value: T | undefined, what = "options"): Partial<T> {
  if (value === undefined) return {};
  if (typeof value !== "object" || value === null || Array.isArray(value) || dateTime(value) !== undefined) {
    throw new TypeError(expectedMessage(`${what} as an object`, value));
  }
  return value;
}

/** ASCII-only case mapping: codes are ASCII, so "\ufb02" (fl) or the Kelvin sign never map to letters. */
export function asciiLowerCase(text: string): string {
  return text.replace(/[A-Z]/g, (letter) => String.fromCharCode(letter.charCodeAt(0) + 32));
}

/** ASCII-only upper case; see {@link asciiLowerCase}. */
export function asciiUpperCase(text: string): string {
  return text.replace(/[a-z]/g, (letter) => String.fromCharCode(letter.charCodeAt(0) - 32));
}

function describeObject(value: object | null): string {
  if (value === null) return "null";
  const time = dateTime(value);
  if (time !== undefined) return Number.isNaN(time) ? "an invalid Date" : `a Date (${new Date(time).toISOString()})`;
  // A Proxy of a Date, or an object made from Date.prototype, looks like a Date but has no time.
  if (Object.prototype.isPrototypeOf.call(Date.prototype, value)) return "an object that is not a real Date";
  if (Array.isArray(value)) return `an array of length ${value.length}`;
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype === Object.prototype || prototype === null) {
    const json = tryJson(value);
    if (json !== undefined && json.length <= longestShownJson) return json;
    return "an object";
  }
  let constructorName: unknown;
  try {
    constructorName = (value as { constructor?: { name?: unknown } }).constructor?.name;
  } catch {
    return "an object";
  }
  return typeof constructorName === "string" && constructorName !== ""
    ? `an instance of ${describeString(constructorName).slice(1, -1)}`
    : "an object";
}

function tryJson(value: object): string | undefined {
  try {
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
}
