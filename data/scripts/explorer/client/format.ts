/** Formatting and DOM helpers of the explorer page. */

import { monthNames } from "../../month-names.js";

/** A partial date in words: `2010-05` → `"May 2010"`, `2011-06-07` → `"June 7, 2011"`. */
export function dateInWords(date: string): string {
  const [year = date, month, day] = date.split("-");
  const monthName = month === undefined ? undefined : monthNames[Number(month) - 1];
  if (monthName === undefined) return year;
  return day === undefined ? `${monthName} ${year}` : `${monthName} ${Number(day)}, ${year}`;
}

/** An integer with comma thousands separators. */
export function formatCount(value: number): string {
  return Math.round(value).toLocaleString("en-US");
}

/** A fraction from 0 to 1 as a percent at one decimal (`0.4282` → `"42.8%"`). */
export function formatFraction(fraction: number): string {
  return `${(Math.round(fraction * 1000) / 10).toLocaleString("en-US", { maximumFractionDigits: 1 })}%`;
}

const qualifierWords: Readonly<Record<string, string>> = { exact: "", "more-than": "more than ", almost: "almost ", about: "about " };

/** A reported count with its qualifier (`{ value: 14100, qualifier: "more-than" }` → `"more than 14,100"`). */
export function formatQualified(count: { readonly value: number; readonly qualifier: string }): string {
  return `${qualifierWords[count.qualifier] ?? ""}${formatCount(count.value)}`;
}

type Child = Node | string | undefined | false;

/** Creates an element with attributes (`undefined` ones left out) and children (`undefined` and `false` left out). */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Readonly<Record<string, string | undefined>> = {},
  ...children: readonly Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) node.setAttribute(name, value);
  for (const child of children) if (child !== undefined && child !== false) node.append(child);
  return node;
}
