/**
 * A small SVG toolkit for the charts: escaping, numbers and dates formatted by hand (so the
 * output is the same on every machine), text, lines, documents and path data.
 */

import type { Geometry, MultiLineString, MultiPolygon, Polygon, Position } from "geojson";
import { monthNames } from "../month-names.js";
import { type ChartQualifiedCount, fontFamily, ink } from "./data.js";

// ---------------------------------------------------------------------------------------------
// formatting
// ---------------------------------------------------------------------------------------------

export function escapeXml(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;").replaceAll("'", "&apos;");
}

/** An integer with comma thousands separators (`14100` → `"14,100"`). */
export function formatCount(value: number): string {
  const digits = String(Math.abs(Math.round(value)));
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return value < 0 ? `-${grouped}` : grouped;
}

/** A coordinate at one decimal, without a trailing `.0` and never `-0`. */
export function formatNumber(value: number): string {
  return formatUnits(Math.round(value * 10), 1);
}

/**
 * An integer number of units of 10^-decimals as a decimal, without trailing zeros and never
 * `-0` (`-3` at 1 decimal → `"-0.3"`, `120` at 2 decimals → `"1.2"`).
 */
export function formatUnits(units: number, decimals: number): string {
  if (units === 0) return "0";
  const scale = 10 ** decimals;
  const sign = units < 0 ? "-" : "";
  const magnitude = Math.abs(units);
  const whole = Math.floor(magnitude / scale);
  const fraction = String(magnitude % scale)
    .padStart(decimals, "0")
    .replace(/0+$/, "");
  return fraction === "" ? `${sign}${whole}` : `${sign}${whole}.${fraction}`;
}

export const qualifierWords: Readonly<Record<ChartQualifiedCount["qualifier"], string>> = {
  exact: "",
  "more-than": "more than ",
  almost: "almost ",
  about: "about ",
};

export function formatQualifiedCount(count: ChartQualifiedCount): string {
  return `${qualifierWords[count.qualifier]}${formatCount(count.value)}`;
}

/** A partial date in words: `2008-10` → `"October 2008"`, `2010-06-22` → `"June 22, 2010"`. */
export function formatPartialDate(date: string): string {
  const [year, month, day] = date.split("-");
  if (month === undefined) return year ?? date;
  const monthName = monthNames[Number(month) - 1] ?? month;
  return day === undefined ? `${monthName} ${year}` : `${monthName} ${Number(day)}, ${year}`;
}

/** Days since 1970-01-01 of the first day of a partial date. */
export function dayNumber(date: string): number {
  const [year, month, day] = date.split("-").map(Number);
  return Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1) / 86_400_000;
}

/** A rough width of a line of text in the system sans-serif fonts (average glyph ~0.56 em). */
export function textWidth(text: string, fontSize: number): number {
  return text.length * fontSize * 0.56;
}

/** Splits text into lines no wider than `width` (roughly), at spaces. */
export function wrapText(text: string, fontSize: number, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    const candidate = line === "" ? word : `${line} ${word}`;
    if (line !== "" && textWidth(candidate, fontSize) > width) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line !== "") lines.push(line);
  return lines;
}

export type Attributes = Record<string, string | number | undefined>;

export function attributes(values: Attributes): string {
  return Object.entries(values)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXml(typeof value === "number" ? formatNumber(value) : value)}"`)
    .join("");
}

/** A `<text>` element; several lines become `<tspan>`s one line-height apart. */
export function text(x: number, y: number, content: string | readonly string[], values: Attributes = {}): string {
  const lines = typeof content === "string" ? [content] : content;
  const size = Number(values["font-size"] ?? 12);
  if (lines.length === 1) return `<text${attributes({ x, y, ...values })}>${escapeXml(lines[0] ?? "")}</text>`;
  const spans = lines.map(
    (line, index) => `<tspan${attributes({ x, dy: index === 0 ? undefined : size * 1.3 })}>${escapeXml(line)}</tspan>`,
  );
  return `<text${attributes({ x, y, ...values })}>${spans.join("")}</text>`;
}

export function line(x1: number, y1: number, x2: number, y2: number, values: Attributes = {}): string {
  return `<line${attributes({ x1, y1, x2, y2, ...values })}/>`;
}

/** The opening of a chart: XML declaration, root element, title and description. */
export function svgDocument(
  name: string,
  width: number,
  height: number,
  title: string,
  description: string,
  body: readonly string[],
): string {
  const root = attributes({
    xmlns: "http://www.w3.org/2000/svg",
    version: "1.1",
    width: String(width),
    height: String(height),
    viewBox: `0 0 ${width} ${height}`,
    role: "img",
    "aria-labelledby": `${name}-title ${name}-desc`,
    "font-family": fontFamily,
    fill: ink,
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg${root}>`,
    `<title id="${name}-title">${escapeXml(title)}</title>`,
    `<desc id="${name}-desc">${escapeXml(description)}</desc>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    ...body,
    "</svg>",
    "",
  ].join("\n");
}

// ---------------------------------------------------------------------------------------------
// path data
// ---------------------------------------------------------------------------------------------

/**
 * Path data of rings or lines in the map's pixel space, rounded to `decimals`: an absolute move
 * to the first point, then relative lines. Every point is rounded in absolute terms before the
 * differences are taken, so neighbouring counties share their rounded border exactly. A ring or
 * line that rounds to fewer than 3 (or 2) distinct points is left out.
 */
export function pathData(lines: readonly (readonly Position[])[], closed: boolean, decimals = 1): string {
  const scale = 10 ** decimals;
  const format = (units: number): string => formatUnits(units, decimals);
  let d = "";
  for (const points of lines) {
    const rounded: [number, number][] = [];
    for (const [x = 0, y = 0] of points) {
      const point: [number, number] = [Math.round(x * scale), Math.round(y * scale)];
      const previous = rounded.at(-1);
      if (previous === undefined || previous[0] !== point[0] || previous[1] !== point[1]) rounded.push(point);
    }
    if (closed && rounded.length > 1) {
      const [first, last] = [rounded[0], rounded.at(-1)];
      if (first !== undefined && last !== undefined && first[0] === last[0] && first[1] === last[1]) rounded.pop();
    }
    if (rounded.length < (closed ? 3 : 2)) continue;
    const [start, ...rest] = rounded as [[number, number], ...[number, number][]];
    let numbers = "";
    let [x, y] = start;
    for (const [nextX, nextY] of rest) {
      for (const value of [format(nextX - x), format(nextY - y)]) {
        numbers += numbers === "" || value.startsWith("-") ? value : ` ${value}`;
      }
      [x, y] = [nextX, nextY];
    }
    d += `M${format(start[0])} ${format(start[1])}l${numbers}${closed ? "z" : ""}`;
  }
  return d;
}

/** Half the diagonal of the diamond that stands for a county whose shape has no area. */
export const dotRadius = 1.2;

/**
 * Path data of a county shape at one decimal. A few small independent cities of Virginia are
 * slivers without area in us-atlas at 1:10m (their rings go out and back along one line): such a
 * county is drawn as a small diamond at the middle of its sliver, so that it can still be seen
 * and pointed at. The second value says whether that happened.
 */
export function polygonPathData(geometry: Geometry): { d: string; dot: boolean } {
  if (geometry.type !== "Polygon" && geometry.type !== "MultiPolygon") {
    throw new Error(`Expected a county shape as a Polygon or MultiPolygon, got a ${geometry.type}`);
  }
  const rings = geometry.type === "Polygon" ? (geometry as Polygon).coordinates : (geometry as MultiPolygon).coordinates.flat();
  const d = pathData(rings, true, 1);
  if (d !== "") return { d, dot: false };
  const points = rings.flat();
  if (points.length === 0) throw new Error("Expected a county shape with at least one point, got none");
  let [x, y] = [0, 0];
  for (const [px = 0, py = 0] of points) [x, y] = [x + px / points.length, y + py / points.length];
  const diamond = [
    [x, y - dotRadius],
    [x + dotRadius, y],
    [x, y + dotRadius],
    [x - dotRadius, y],
    [x, y - dotRadius],
  ];
  return { d: pathData([diamond], true, 1), dot: true };
}

export function linePathData(geometry: MultiLineString): string {
  return pathData(geometry.coordinates, false);
}
