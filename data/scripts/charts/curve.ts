/** rollout-curve.svg: counties activated (cumulative) by day, with dated decisions marked. */

import { type ChartData, type ChartEvent, decisionMarkers, gridInk, ink, mutedInk } from "./data.js";
import { dayNumber, escapeXml, formatCount, formatNumber, line, svgDocument, text } from "./svg.js";

// ---------------------------------------------------------------------------------------------
// the rollout curve
// ---------------------------------------------------------------------------------------------

/** Finds a marked decision: by its id, else by kind (and government) within the rollout window. */
export function findDecision(events: readonly ChartEvent[], marker: (typeof decisionMarkers)[number]): ChartEvent | undefined {
  const byId = events.find((event) => event.id === marker.id);
  if (byId !== undefined) return byId;
  const candidates = events.filter(
    (event) =>
      marker.kinds.includes(event.kind) &&
      (marker.jurisdiction === undefined ||
        event.actorJurisdiction === marker.jurisdiction ||
        (event.jurisdictions ?? []).includes(marker.jurisdiction)),
  );
  return [...candidates].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1))[0];
}

export function renderCurve(data: ChartData): string {
  const width = 920;
  const height = 540;
  const plot = { left: 84, right: width - 36, top: 92, bottom: height - 70 };
  // The counts are the helpers': each county of 2008-2013 once (see ./counts.ts).
  const { byDay, total } = data.counts;
  const first = byDay[0]?.date ?? "2008-10-27";
  const last = byDay.at(-1)?.date ?? "2013-01-22";
  const domainStart = dayNumber(`${first.slice(0, 7)}-01`);
  const domainEnd = dayNumber(last) + 40;
  const x = (day: number): number => plot.left + ((day - domainStart) / (domainEnd - domainStart)) * (plot.right - plot.left);
  const yMax = total;
  const y = (count: number): number => plot.bottom - (count / yMax) * (plot.bottom - plot.top);

  // The step curve: flat until each activation day, then up to the counties switched on by its end.
  const cumulative = byDay.map(({ date, activated }): [string, number] => [date, activated]);
  let curve = `M${formatNumber(x(domainStart))} ${formatNumber(y(0))}`;
  for (const [date, count] of cumulative) curve += `H${formatNumber(x(dayNumber(date)))}V${formatNumber(y(count))}`;
  const curveEnd = `H${formatNumber(x(domainEnd))}`;
  const area = `${curve}${curveEnd}V${formatNumber(y(0))}z`;

  // Axes.
  const body: string[] = [];
  const yTicks = [0, 500, 1000, 1500, 2000, 2500, 3000];
  body.push(`<g data-axis="y" font-size="12">`);
  for (const tick of yTicks) {
    body.push(line(plot.left, y(tick), plot.right, y(tick), { stroke: tick === 0 ? mutedInk : gridInk, "stroke-width": 1 }));
    body.push(text(plot.left - 8, y(tick) + 4, formatCount(tick), { "text-anchor": "end", fill: mutedInk }));
  }
  body.push(line(plot.left, y(total), plot.right, y(total), { stroke: mutedInk, "stroke-width": 1, "stroke-dasharray": "2 3" }));
  body.push(text(plot.left - 8, y(total) + 4, formatCount(total), { "text-anchor": "end", "font-weight": "bold" }));
  body.push(
    text(0, 0, "Counties activated (cumulative)", {
      transform: `translate(22 ${formatNumber((plot.top + plot.bottom) / 2)}) rotate(-90)`,
      "text-anchor": "middle",
      "font-size": 13,
    }),
    "</g>",
  );
  const firstYear = Number(first.slice(0, 4));
  const lastYear = Number(last.slice(0, 4));
  body.push(`<g data-axis="x" font-size="12">`);
  for (let year = firstYear + 1; year <= lastYear; year += 1) {
    const tickX = x(dayNumber(`${year}-01-01`));
    body.push(line(tickX, plot.top, tickX, plot.bottom, { stroke: gridInk, "stroke-width": 1 }));
    body.push(line(tickX, plot.bottom, tickX, plot.bottom + 6, { stroke: mutedInk, "stroke-width": 1 }));
    body.push(text(tickX, plot.bottom + 20, String(year), { "text-anchor": "middle", fill: mutedInk }));
  }
  body.push(
    text((plot.left + plot.right) / 2, plot.bottom + 44, "Date of activation (year ticks on January 1)", {
      "text-anchor": "middle",
      "font-size": 13,
    }),
    "</g>",
  );

  // The curve.
  body.push(
    `<path data-series="cumulative-activations" d="${area}" fill="#2a788e" fill-opacity="0.12" stroke="none"/>`,
    `<path data-series="cumulative-activations" d="${curve}${curveEnd}" fill="none" stroke="#2a788e" stroke-width="2.5" stroke-linejoin="round"/>`,
  );

  // Decisions. All but the last fall in mid-2011, within three months of each other: their
  // labels are stacked in the empty space above the curve, left of the earliest line, the latest
  // decision highest, so that no leader crosses another decision's line. The last (the
  // completion, at the right edge) is labelled under the curve.
  const found = decisionMarkers.map((marker) => ({ marker, event: findDecision(data.events, marker) }));
  const present = found.filter(
    (entry): entry is { marker: (typeof decisionMarkers)[number]; event: ChartEvent } => entry.event !== undefined,
  );
  const completion = present.find((entry) => entry.marker.id === "nationwide-completion");
  const stacked = present.filter((entry) => entry !== completion);
  const markerLines: string[] = [];
  const leftmost = Math.min(...stacked.map((entry) => x(dayNumber(entry.event.date))));
  stacked.forEach((entry, index) => {
    const { event } = entry;
    const lineX = x(dayNumber(event.date));
    const labelY = plot.top + 24 + (stacked.length - 1 - index) * 20;
    markerLines.push(
      `<g data-decision="${escapeXml(event.id)}" data-date="${escapeXml(event.date)}">`,
      `<title>${escapeXml(`${event.date}: ${event.title}`)}</title>`,
      line(lineX, labelY - 4, lineX, plot.bottom, { stroke: ink, "stroke-width": 1, "stroke-dasharray": "4 3" }),
      line(leftmost - 10, labelY - 4, lineX, labelY - 4, { stroke: ink, "stroke-width": 1 }),
      text(leftmost - 14, labelY, `${entry.marker.label}, ${event.date}`, { "text-anchor": "end", "font-size": 12 }),
      "</g>",
    );
  });
  if (completion !== undefined) {
    const { event } = completion;
    const lineX = x(dayNumber(event.date));
    markerLines.push(
      `<g data-decision="${escapeXml(event.id)}" data-date="${escapeXml(event.date)}">`,
      `<title>${escapeXml(`${event.date}: ${event.title}`)}</title>`,
      line(lineX, plot.top, lineX, plot.bottom, { stroke: ink, "stroke-width": 1, "stroke-dasharray": "4 3" }),
      text(lineX - 8, plot.bottom - 40, `${completion.marker.label}, ${event.date}`, { "text-anchor": "end", "font-size": 12 }),
      "</g>",
    );
  }
  body.push(`<g data-layer="decisions">`, ...markerLines, "</g>");

  const title = "Secure Communities rollout: counties activated, 2008-2013";
  const subtitle = `All ${formatCount(total)} counties and county-equivalents by day of activation, ${first} to ${last}; dashed lines mark decisions`;
  const marked = found
    .map(({ marker, event }) =>
      event === undefined ? `${marker.label} (not in the published events)` : `${marker.label} on ${event.date}`,
    )
    .join("; ");
  const description = [
    `Step chart of the number of counties where Secure Communities was active, from 0 before ${first} to all ${formatCount(total)} on ${last}.`,
    `Counties activated by the start of each year: ${yearStarts(cumulative, firstYear + 1, lastYear)}.`,
    `Vertical lines mark: ${marked}.`,
  ].join(" ");
  return svgDocument("rollout-curve", width, height, title, description, [
    text(24, 32, title, { "font-size": 20, "font-weight": "bold" }),
    text(24, 54, subtitle, { "font-size": 13, fill: mutedInk }),
    ...body,
  ]);
}

export function yearStarts(cumulative: readonly [string, number][], fromYear: number, toYear: number): string {
  const starts: string[] = [];
  for (let year = fromYear; year <= toYear; year += 1) {
    const before = cumulative.filter(([date]) => date < `${year}-01-01`).at(-1);
    starts.push(`${year}: ${formatCount(before?.[1] ?? 0)}`);
  }
  return starts.join("; ");
}
