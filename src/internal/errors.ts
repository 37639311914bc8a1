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

/** Values an object's JSON may hold before it is shown by its kind only (a huge object costs no more than a small one). */
const mostJsonValues = 16;

/**
 * Describe a received value for an error message.
 *
 * Strings are quoted with `JSON.stringify`, with every control character escaped (so a message
 * is one line that cannot move a terminal's cursor), and long ones cut after 80 characters with
 * their length added; numbers are written as JavaScript writes them, including `NaN`, `Infinity`
 * and `-0`; `null` and `undefined` by name; a `Date` with its ISO time (or as invalid); arrays by
 * length; small plain objects as JSON; a revoked Proxy as one; anything else by its kind. A
 * bigint's digits, a symbol's description and a function's or class's name are escaped and cut
 * as a string is. The work is bounded whatever the value: a string of a million characters or an
 * object of a million keys is described as fast as a short one.
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
      return describeDigits(`${value}`);
    case "boolean":
      return String(value);
    case "undefined":
      return "undefined";
    case "symbol":
      return value.description === undefined ? "Symbol()" : `Symbol(${unquotedCut(value.description)})`;
    case "function":
      return describeFunction(value);
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

/** A bigint's digits and its `n`, cut like a long string. */
function describeDigits(digits: string): string {
  return digits.length <= longestShownString ? `${digits}n` : `${digits.slice(0, longestShownString)}...n (${digits.length} digits)`;
}

/** A function by its name (escaped and cut), when it has one. */
function describeFunction(value: { readonly name?: unknown }): string {
  let name: unknown;
  try {
    name = value.name;
  } catch {
    return "a function";
  }
  return typeof name !== "string" || name === "" ? "a function" : `a function (${unquotedCut(name)})`;
}

/** A name inside a description (a function's, a class's, a symbol's): escaped and cut like a string, without the quotes. */
function unquotedCut(text: string): string {
  if (text.length <= longestShownString) return quote(text).slice(1, -1);
  return `${quote(firstCharacters(text, longestShownString)).slice(1, -1)}... (${text.length} characters)`;
}

function describeString(value: string): string {
  if (value.length <= longestShownString) return quote(value);
  return `${quote(firstCharacters(value, longestShownString))}... (${value.length} characters)`;
}

/**
 * The first `count` characters (code points) of a text, read no further than they go, so that a
 * message about a text of a million characters costs no more than one about a short text.
 */
export function firstCharacters(text: string, count: number): string {
  let end = 0;
  for (let taken = 0; taken < count && end < text.length; taken += 1) {
    const code = text.charCodeAt(end);
    const pair = code >= 0xd800 && code <= 0xdbff && end + 1 < text.length;
    const next = pair ? text.charCodeAt(end + 1) : 0;
    end += pair && next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
  }
  return text.slice(0, end);
}

/**
 * A user's text as a message shows it: quoted with its control characters escaped (see
 * {@link quote}), and cut after 80 characters with its length added.
 */
export function quoteCut(text: string): string {
  return describeString(text);
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
 * Whether a value is a revoked Proxy, which throws a `TypeError` of the engine's own on any read:
 * the helpers check for one before they read an object a caller passed, so that it is refused
 * with their message instead.
 */
export function isRevokedProxy(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return false;
  try {
    // Array.isArray looks through a live Proxy to its target, and throws only for a revoked one.
    Array.isArray(value);
    return false;
  } catch {
    return true;
  }
}

/**
 * Whether a value is an object the helpers can read fields of: not `null`, not a revoked Proxy.
 * Arrays and Dates are objects here; callers that refuse them say so.
 */
export function isReadable(value: unknown): value is object {
  return typeof value === "object" && value !== null && !isRevokedProxy(value);
}

/**
 * Check that `value` is an options object (or absent): a `TypeError` otherwise. An array, a
 * `Date`, `null`, a function and a revoked Proxy are no options object.
 *
 * @param value - What came as options.
 * @param what - The options' name in the message (example: `"options of rolloutProgress"`).
 * @returns The options, or an empty object when they are `undefined`.
 */
export function optionsObject<T extends object>(value: T | undefined, what = "options"): Partial<T> {
  if (value === undefined) return {};
  if (!isReadable(value) || Array.isArray(value) || dateTime(value) !== undefined) {
    throw new TypeError(expectedMessage(`${what} as an object`, value));
  }
  return value;
}

/**
 * A filter of known values, as an option gives it: one value, or a list of them without repeats
 * (an empty list keeps nothing). `undefined` when the option is absent.
 *
 * @param value - The option's value.
 * @param allowed - The values the filter may hold.
 * @param typeExpectation - What the option takes, for a wrong type (example: `"kind as a string or a list of strings"`).
 * @param valueExpectation - What each value may be, for one that is not allowed (example: `"kind as one of county, city"`).
 * @throws {TypeError} When `value` is neither a string nor a list of strings (a sparse list, whose
 *   holes are no strings, included), or a revoked Proxy.
 * @throws {RangeError} When a string is not one of `allowed`.
 */
export function filterList<T extends string>(
  value: unknown,
  allowed: readonly T[],
  typeExpectation: string,
  valueExpectation: string,
): readonly T[] | undefined {
  if (value === undefined) return undefined;
  const list: readonly unknown[] | undefined =
    typeof value === "string" ? [value] : isReadable(value) && Array.isArray(value) ? value : undefined;
  if (list === undefined) throw new TypeError(expectedMessage(typeExpectation, value));
  const distinct: T[] = [];
  // A plain loop, not every(): a hole is read as undefined and refused like any other non-string.
  for (let index = 0; index < list.length; index += 1) {
    const item = list[index];
    if (typeof item !== "string") throw new TypeError(expectedMessage(typeExpectation, value));
    if (!(allowed as readonly string[]).includes(item)) throw new RangeError(expectedMessage(valueExpectation, item));
    // Kept once: a long list with repeats costs its one reading here, not a pass at every match.
    if (!(distinct as string[]).includes(item)) distinct.push(item as T);
  }
  return distinct;
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
  if (isRevokedProxy(value)) return "a revoked Proxy";
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
  return typeof constructorName === "string" && constructorName !== "" ? `an instance of ${unquotedCut(constructorName)}` : "an object";
}

/** Thrown by {@link tryJson}'s replacer to stop at the first value past {@link mostJsonValues}. */
const tooLong: unique symbol = Symbol("too long");

function tryJson(value: object): string | undefined {
  let values = 0;
  try {
    return JSON.stringify(value, (_key, item: unknown) => {
      values += 1;
      if (values > mostJsonValues) throw tooLong;
      return item;
    });
  } catch {
    return undefined;
  }
}
