/**
 * detainers-and-rollout.svg: ICE detainers issued to local agencies each month (bars), and the
 * share of counties switched on at the month's end (a line), October 2007 to July 2015: the
 * outcome aligned with the rollout, both from the package's helpers.
 */

import { detainerSeries } from "../../../src/detainers.js";
import { rolloutProgress } from "../../../src/participation.js";
import { ink, mutedInk } from "./data.js";
import { formatCount, line, svgDocument, text } from "./svg.js";

const barFill = "#0072b2";
const lineColour = "#d55e00";

export function renderDetainers(): string {
  const months = detainerSeries({ by: "month" });
  const first = months[0];
  const last = months[months.length - 1];
  if (first === undefined || last === undefined) throw new Error("no detainer counts");
  const rollout = rolloutProgress({ by: "month", from: first.period, to: last.period });
  const width = 920;
  const height = 420;
  const plot = { left: 64, right: width - 64, top: 76, bottom: height - 70 };
  const peak = Math.max(...months.map((month) => month.count));
  const top = Math.ceil(peak / 10_000) * 10_000;
  const step = (plot.right - plot.left) / months.length;
  const y = (count: number) => plot.bottom - (count / top) * (plot.bottom - plot.top);
  const share = (fraction: number) => plot.bottom - fraction * (plot.bottom - plot.top);
  const body: string[] = [
    text(plot.left, 30, "ICE detainers issued each month, and the share of counties switched on", {
      "font-size": 18,
      "font-weight": "bold",
    }),
    text(plot.left, 52, "Bars: detainers nationwide (left axis). Line: counties switched on by the month's end (right axis).", {
      "font-size": 12,
      fill: mutedInk,
    }),
  ];
  for (let tick = 0; tick <= top; tick += top / 4) {
    body.push(line(plot.left, y(tick), plot.right, y(tick), { stroke: "#e6e6e6" }));
    body.push(text(plot.left - 6, y(tick) + 4, formatCount(tick), { "font-size": 11, "text-anchor": "end", fill: mutedInk }));
  }
  for (const fraction of [0, 0.25, 0.5, 0.75, 1]) {
    body.push(text(plot.right + 6, share(fraction) + 4, `${fraction * 100}%`, { "font-size": 11, fill: lineColour }));
  }
  months.forEach((month, index) => {
    const x = plot.left + index * step;
    body.push(
      `<rect x="${(x + 0.5).toFixed(1)}" y="${y(month.count).toFixed(1)}" width="${Math.max(step - 1, 1).toFixed(1)}" height="${(plot.bottom - y(month.count)).toFixed(1)}" fill="${barFill}"/>`,
    );
    if (month.period.endsWith("-01")) body.push(text(x, plot.bottom + 16, month.period.slice(0, 4), { "font-size": 11, fill: mutedInk }));
  });
  const points = rollout.map((point, index) => `${(plot.left + (index + 0.5) * step).toFixed(1)},${share(point.fraction ?? 0).toFixed(1)}`);
  body.push(`<polyline points="${points.join(" ")}" fill="none" stroke="${lineColour}" stroke-width="2"/>`);
  body.push(line(plot.left, plot.bottom, plot.right, plot.bottom, { stroke: ink }));
  body.push(
    text(
      plot.left,
      height - 24,
      [
        `Detainers: ICE's I-247 records (FOIA), counted by NPR (source npr-sanctuary-cities-detainers); ${first.period} to ${last.period}, the last month to ${last.to}.`,
        "Counties: the package's activation dates, every county of 2008-2013 counted once.",
      ],
      { "font-size": 11, fill: mutedInk },
    ),
  );
  const peakMonth = months.find((month) => month.count === peak);
  return svgDocument(
    "detainers",
    width,
    height,
    "ICE detainers issued each month, and the share of counties switched on, October 2007 to July 2015",
    `Monthly detainers rise from ${formatCount(first.count)} in ${first.period} to a peak of ${formatCount(peak)} in ${peakMonth?.period ?? ""} and fall to ${formatCount(last.count)} in ${last.period} (a partial month); the share of counties switched on rises from 0 in 2008 to 100% in January 2013.`,
    body,
  );
}
