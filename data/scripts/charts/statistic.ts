/** florida-statistic.svg: the Florida custody statistic as one stacked bar. */

import { statisticPercentages } from "../../../src/percentages.js";
import { type ChartSource, type ChartStatistic, ink, mutedInk } from "./data.js";
import {
  attributes,
  escapeXml,
  formatCount,
  formatPartialDate,
  formatQualifiedCount,
  line,
  qualifierWords,
  svgDocument,
  text,
  textWidth,
  wrapText,
} from "./svg.js";

// ---------------------------------------------------------------------------------------------
// the Florida statistic
// ---------------------------------------------------------------------------------------------

/** Fills of the categories in order (Okabe-Ito), and of the unreported remainder; text colours to match. */
export const categoryFills = [
  { fill: "#0072b2", text: "#ffffff" },
  { fill: "#e69f00", text: ink },
  { fill: "#009e73", text: ink },
  { fill: "#cc79a7", text: ink },
  { fill: "#56b4e9", text: ink },
];
export const remainderFill = { fill: "#e6e6e6", text: ink };

export function renderStatistic(statistic: ChartStatistic, sources: readonly ChartSource[]): string {
  const width = 920;
  const contentWidth = width - 48;
  const titleLines = wrapText(statistic.title, 20 * 1.1, contentWidth);
  const titleBottom = 32 + (titleLines.length - 1) * 26;
  const bar = { left: 24, right: width - 24, top: titleBottom + 76, height: 48 };
  const percentages = statisticPercentages(statistic, { decimals: 1 });
  // The chart draws a statistic with counts, so every row has one.
  const countOf = (row: (typeof percentages.rows)[number]): number => row.count ?? 0;
  const barWidth = bar.right - bar.left;
  const categoriesById = new Map(statistic.categories.map((category) => [category.id, category]));
  const categorySum = percentages.rows.filter((row) => !row.remainder).reduce((sum, row) => sum + countOf(row), 0);
  const rowCount = (row: (typeof percentages.rows)[number]): string => {
    if (row.remainder) return `${formatCount(countOf(row))}, derived (${formatCount(percentages.total)} − ${formatCount(categorySum)})`;
    const count = categoriesById.get(row.id)?.count;
    return count === undefined ? formatCount(countOf(row)) : formatQualifiedCount(count);
  };

  // Segments in input order, the remainder last. Each label hangs below the start of its segment
  // (the last one below the bar's end, right-aligned); a label that would run into the one before
  // it in its row drops to the next row.
  let offset = bar.left;
  const rowEnds: number[] = [];
  const labelRowHeight = 44;
  const segments = percentages.rows.map((row, index) => {
    const isLast = index === percentages.rows.length - 1;
    const segmentWidth = (row.percent / 100) * barWidth;
    const x = offset;
    offset += segmentWidth;
    const countText = rowCount(row);
    const labelWidth = Math.max(textWidth(row.label, 14 * 1.1), textWidth(countText, 13));
    const labelX = isLast ? x + segmentWidth : x;
    const [start, end] = isLast ? [labelX - labelWidth, labelX] : [labelX, labelX + labelWidth];
    let level = 0;
    while ((rowEnds[level] ?? Number.NEGATIVE_INFINITY) + 12 > start) level += 1;
    rowEnds[level] = end;
    const colours = row.remainder ? remainderFill : (categoryFills[index % categoryFills.length] ?? remainderFill);
    return { row, x, width: segmentWidth, isLast, labelX, level, countText, colours };
  });
  const labelsBottom = bar.top + bar.height + 48 + (rowEnds.length - 1) * labelRowHeight;

  const body: string[] = [];
  for (const segment of segments) {
    const { row, isLast, labelX, level } = segment;
    const share = `${row.percent.toFixed(percentages.decimals)}%`;
    const anchor = isLast ? "end" : "start";
    const tickX = labelX + (isLast ? -0.75 : 0.75);
    const labelTop = bar.top + bar.height + level * labelRowHeight;
    body.push(
      `<g data-category="${escapeXml(row.id)}" data-share="${share.slice(0, -1)}">`,
      `<rect${attributes({ x: segment.x, y: bar.top, width: segment.width, height: bar.height, fill: segment.colours.fill, stroke: "#ffffff", "stroke-width": 1.5 })}/>`,
      text(segment.x + segment.width / 2, bar.top + bar.height / 2 + 6, share, {
        "text-anchor": "middle",
        "font-size": 16,
        "font-weight": "bold",
        fill: segment.colours.text,
      }),
      line(tickX, bar.top + bar.height, tickX, labelTop + 12, { stroke: mutedInk, "stroke-width": 1 }),
      text(labelX, labelTop + 30, row.label, { "text-anchor": anchor, "font-size": 14, "font-weight": "bold" }),
      text(labelX, labelTop + 48, segment.countText, { "text-anchor": anchor, "font-size": 13 }),
      "</g>",
    );
  }

  const period = `${formatPartialDate(statistic.from)} to ${formatPartialDate(statistic.to)}`;
  const subtitle = `${period}: ${formatQualifiedCount(statistic.total)} people ${statistic.measure} in all (100%)`;
  const citedSources = [...new Set(statistic.citations.map((citation) => citation.source))];
  const locators = [...new Set(statistic.citations.map((citation) => citation.locator).filter((locator) => locator !== undefined))];
  const sourceText = citedSources
    .map((id) => {
      const source = sources.find((record) => record.id === id);
      if (source === undefined) return id;
      return [`"${source.title}"`, source.publisher, source.published].filter((part) => part !== undefined).join(", ");
    })
    .join("; ");
  const approximate = percentages.rows.some((row) => row.approximate);
  const qualifiersUsed = [statistic.total, ...statistic.categories.map((category) => category.count)]
    .map((count) => (count === undefined ? "" : qualifierWords[count.qualifier].trim()))
    .filter((word, index, all) => word !== "" && all.indexOf(word) === index)
    .map((word) => `"${word}"`);
  const notes = [
    ...(approximate
      ? wrapText(
          `All figures are approximate: the counts carry the source's qualifiers (${qualifiersUsed.join(", ")}), and the shares are computed from the reported numbers (total ${formatCount(percentages.total)}), rounded to ${percentages.decimals} decimal by largest remainder so that they add up to 100.`,
          12,
          contentWidth,
        )
      : []),
    ...(segments.some((segment) => segment.row.remainder)
      ? wrapText(
          `"Not reported in source": the part of the total that the source's categories leave out; the source does not say who these people were.`,
          12,
          contentWidth,
        )
      : []),
    ...wrapText(`Source: ${sourceText}${locators.length > 0 ? `, ${locators.join(", ")}` : ""}.`, 12, contentWidth),
  ];
  const notesTop = labelsBottom + 36;
  const height = Math.ceil(notesTop + (notes.length - 1) * 12 * 1.3 + 20);
  const rowsSummary = percentages.rows
    .map((row) => `${row.label}: ${rowCount(row)}, ${row.percent.toFixed(percentages.decimals)}%`)
    .join("; ");
  const description = `One horizontal bar split into the categories of the statistic ${statistic.id}, ${period}, total ${formatQualifiedCount(statistic.total)}: ${rowsSummary}. Figures are approximate. Source: ${sourceText}.`;
  return svgDocument("florida-statistic", width, height, statistic.title, description, [
    text(24, 32, titleLines, { "font-size": 20, "font-weight": "bold" }),
    text(24, titleBottom + 24, subtitle, { "font-size": 14, fill: mutedInk }),
    text(24, titleBottom + 56, "Share of the total, by category as the source labels it:", { "font-size": 13, fill: mutedInk }),
    ...body,
    text(24, notesTop, notes, { "font-size": 12, fill: mutedInk }),
  ]);
}
