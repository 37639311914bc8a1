/**
 * Output of the command line: colour only on a terminal without NO_COLOR, columns, numbers.
 *
 * @module
 */

import type { QualifiedCount } from "../generated/types.js";
import { sharingUnknownFrom } from "../internal/sharing-end.js";
import type { CliEnvironment, CliResult } from "./command.js";

export interface Context {
  readonly color: boolean;
  readonly version: () => string;
  /** The terminal's width when stdout is a terminal; `undefined` when piped (then nothing wraps). */
  readonly columns: number | undefined;
}

export function contextOf(environment: CliEnvironment): Context {
  const { NO_COLOR: noColor } = environment.env ?? {};
  const { version } = environment;
  return {
    color: environment.isTTY === true && noColor === undefined,
    version: typeof version === "function" ? version : () => version ?? "unknown",
    columns:
      environment.isTTY === true && typeof environment.columns === "number" && environment.columns >= 40 ? environment.columns : undefined,
  };
}

export function bold(context: Context, text: string): string {
  return context.color ? `\u001b[1m${text}\u001b[22m` : text;
}

export function dim(context: Context, text: string): string {
  return context.color ? `\u001b[2m${text}\u001b[22m` : text;
}

export function success(stdout: string): CliResult {
  return { exitCode: 0, stdout, stderr: "" };
}

export function lines(...parts: readonly string[]): string {
  return `${parts.join("\n")}\n`;
}

/** Day numbers are the helpers' internal arithmetic: machine output gives the dates as text. */
const internalKeys: ReadonlySet<string> = new Set(["startDay", "endDay"]);

export function json(value: unknown): string {
  return `${JSON.stringify(value, (key, item: unknown) => (internalKeys.has(key) ? undefined : item), 2)}\n`;
}

/** One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break; `null` and `undefined` are empty. */
function csvField(value: string | number | boolean | null | undefined): string {
  const text = value === null || value === undefined ? "" : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** CSV text (RFC 4180): a header row, then one row a record, each line ending in CRLF. */
export function csv(header: readonly string[], rows: readonly (readonly (string | number | boolean | null | undefined)[])[]): string {
  return [header, ...rows].map((row) => `${row.map(csvField).join(",")}\r\n`).join("");
}

/** Number of characters as a terminal shows them (code points; the data has no wide characters). */
export function width(text: string): number {
  return Array.from(text).length;
}

export function padEnd(text: string, size: number): string {
  return text + " ".repeat(Math.max(0, size - width(text)));
}

export function padStart(text: string, size: number): string {
  return " ".repeat(Math.max(0, size - width(text))) + text;
}

export type Align = "left" | "right";

/**
 * Lay out rows in columns two spaces apart. The last column is not padded. `styles` style a
 * column's cells after padding, so colour codes do not upset the widths.
 */
export function table(
  rows: readonly (readonly string[])[],
  align: readonly Align[] = [],
  styles: readonly (((text: string) => string) | undefined)[] = [],
): string[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, index) => {
      widths[index] = Math.max(widths[index] ?? 0, width(cell));
    });
  }
  return rows.map((row) =>
    row
      .map((cell, index) => {
        const last = index === row.length - 1;
        const size = widths[index] ?? 0;
        const padded = align[index] === "right" ? padStart(cell, size) : last ? cell : padEnd(cell, size);
        const style = styles[index];
        return style === undefined ? padded : style(padded);
      })
      .join("  ")
      .trimEnd(),
  );
}

/** `14100` → `"14,100"`, without depending on the runtime's locale data. */
export function groupDigits(value: number): string {
  const [whole = "", fraction] = String(value).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

export const qualifierWords: Record<QualifiedCount["qualifier"], string> = {
  exact: "",
  "more-than": "more than ",
  almost: "almost ",
  about: "about ",
};

/** `{ value: 4600, qualifier: "more-than" }` → `"more than 4,600"`. */
export function qualifiedText(count: QualifiedCount): string {
  return `${qualifierWords[count.qualifier]}${groupDigits(count.value)}`;
}

/** A fraction from 0 to 1 as a percent: `0.428` → `"42.8%"`; `null` (unknown) → `"unknown"`. */
export function percent(fraction: number | null, decimals: number): string {
  return fraction === null ? "unknown" : `${(fraction * 100).toFixed(decimals)}%`;
}

const barWidth = 40;
const partialBlocks = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"] as const;

/** A bar of `fraction` (0 to 1) of 40 cells, in eighths of a cell; never empty above 0; none when unknown. */
export function bar(fraction: number | null): string {
  if (fraction === null) return "";
  let eighths = Math.round(fraction * barWidth * 8);
  if (fraction > 0 && eighths === 0) eighths = 1;
  return "█".repeat(Math.floor(eighths / 8)) + partialBlocks[eighths % 8];
}

/** A count, or `unknown` for `null`. */
export function countText(value: number | null): string {
  return value === null ? "unknown" : groupDigits(value);
}

/** Wrap words to lines of at most `size` characters, each after `indent`. */
export function wrap(words: readonly string[], indent: string, size = 96): string[] {
  const result: string[] = [];
  let line = "";
  for (const word of words) {
    if (line !== "" && width(indent + line) + 1 + width(word) > size) {
      result.push(indent + line);
      line = word;
    } else {
      line = line === "" ? word : `${line} ${word}`;
    }
  }
  if (line !== "") result.push(indent + line);
  return result;
}

/** Why a status is unknown, in the words every command uses. */
export const unknownReason = `no source says how the fingerprint sharing stood from ${sharingUnknownFrom}, when Executive Order 13768 was revoked`;
