/** rollout-map.svg: every county coloured by the year Secure Communities was switched on there. */

import { geoPath } from "d3-geo";
import type { Geometry } from "geojson";
import { feature, merge, mesh } from "topojson-client";
import type { GeometryObject, MultiPolygon as TopoMultiPolygon, Polygon as TopoPolygon } from "topojson-specification";
import {
  type ChartData,
  type ChartJurisdiction,
  type CountyTopology,
  countiesWithoutShape,
  formerCountyShapes,
  ink,
  mutedInk,
  yearColours,
} from "./data.js";
import { attributes, escapeXml, formatCount, formatNumber, linePathData, polygonPathData, svgDocument, text, wrapText } from "./svg.js";

// ---------------------------------------------------------------------------------------------
// the map
// ---------------------------------------------------------------------------------------------

export interface MapCounty {
  readonly fips: string;
  readonly date: string;
  readonly title: string;
  readonly geometry: Geometry;
}

export function countyLabel(county: ChartJurisdiction | undefined, fips: string, states: ReadonlyMap<string, ChartJurisdiction>): string {
  if (county === undefined) return fips;
  const state = county.parent === undefined ? undefined : states.get(county.parent);
  const name = county.fullName ?? county.name;
  return state?.usps === undefined ? name : `${name}, ${state.usps}`;
}

export function shapeGeometry(topology: CountyTopology, shape: TopoPolygon | TopoMultiPolygon): Geometry {
  return shape.type === "Polygon" ? feature(topology, shape).geometry : feature(topology, shape).geometry;
}

/**
 * Pairs every code of ICE's list with its shape; throws when a code can be neither drawn nor
 * listed. The shapes are drawn by the list's codes; what the charts count is `data.counts`.
 */
export function mapCounties(data: Pick<ChartData, "activations" | "jurisdictions" | "topology">): {
  counties: MapCounty[];
  gaps: { fips: string; date: string; title: string; within: string }[];
} {
  const { topology } = data;
  const shapes = new Map<string, GeometryObject>(topology.objects.counties.geometries.map((shape) => [String(shape.id), shape]));
  const jurisdictions = new Map(data.jurisdictions.map((record) => [record.id, record]));
  const states = new Map(data.jurisdictions.filter((record) => record.kind === "state").map((record) => [record.id, record]));
  const used = new Set<string>();
  const counties: MapCounty[] = [];
  const gaps: { fips: string; date: string; title: string; within: string }[] = [];
  const sorted = [...data.activations].sort((a, b) => (a.county < b.county ? -1 : a.county > b.county ? 1 : 0));
  for (const activation of sorted) {
    const fips = activation.county.replace(/^county-/, "");
    const title = countyLabel(jurisdictions.get(activation.county), fips, states);
    const within = countiesWithoutShape[fips];
    if (within !== undefined && !shapes.has(fips)) {
      gaps.push({ fips, date: activation.date, title, within });
      continue;
    }
    const codes = shapes.has(fips) ? [fips] : formerCountyShapes[fips];
    if (codes === undefined)
      throw new Error(`County ${fips} has no shape in us-atlas and no entry in formerCountyShapes or countiesWithoutShape`);
    const parts = codes.map((code) => {
      const shape = shapes.get(code);
      if (shape === undefined) throw new Error(`formerCountyShapes maps ${fips} to ${code}, which us-atlas does not have`);
      if (used.has(code)) throw new Error(`The us-atlas shape ${code} is drawn twice`);
      used.add(code);
      return shape;
    });
    const polygons = parts as (TopoPolygon | TopoMultiPolygon)[];
    const [only] = polygons;
    const geometry: Geometry = polygons.length > 1 || only === undefined ? merge(topology, polygons) : shapeGeometry(topology, only);
    counties.push({ fips, date: activation.date, title, geometry });
  }
  const unused = [...shapes.keys()].filter((code) => !used.has(code)).sort();
  if (unused.length > 0) throw new Error(`us-atlas shapes drawn for no county of the data: ${unused.join(", ")}`);
  return { counties, gaps };
}

/** The map sits this far right of the chart's left edge: the Aleutians reach x = -58 in us-atlas. */
export const mapLeft = 64;
export const mapTop = 76;

export function renderMap(data: ChartData): string {
  const { counties, gaps } = mapCounties(data);
  const { topology, counts } = data;
  const states = new Map(data.jurisdictions.filter((record) => record.kind === "state").map((record) => [record.id, record]));
  const first = counts.byDay[0]?.date ?? "";
  const last = counts.byDay.at(-1)?.date ?? "";
  const years = Object.keys(yearColours);
  const countsByYear = new Map(years.map((year) => [year, 0]));
  for (const { year, activatedDuring } of counts.byYear) {
    if (!countsByYear.has(year)) throw new Error(`No colour for the activation year ${year}`);
    countsByYear.set(year, activatedDuring);
  }
  const colour = (date: string): string => {
    const value = yearColours[date.slice(0, 4)];
    if (value === undefined) throw new Error(`No colour for the activation year of ${date}`);
    return value;
  };
  const planar = geoPath();
  const width = 1040;

  const dots: MapCounty[] = [];
  const countyPaths = counties.map((county) => {
    const { d, dot } = polygonPathData(county.geometry);
    if (dot) dots.push(county);
    const title = escapeXml(`${county.title}: activated ${county.date}`);
    return `<path${attributes({ "data-fips": county.fips, "data-date": county.date, "data-shape": dot ? "dot" : undefined, fill: colour(county.date) })} d="${d}"><title>${title}</title></path>`;
  });
  const stateBorders = linePathData(mesh(topology, topology.objects.states, (a, b) => a !== b));
  const nationBorder = linePathData(mesh(topology, topology.objects.states, (a, b) => a === b));

  // Callout: Florida, every county activated.
  const florida = states.get("us-fl");
  const floridaCounts = counts.states.find((state) => state.state === "us-fl");
  const floridaTotal = floridaCounts?.total ?? 0;
  const floridaLast = floridaCounts === undefined || floridaCounts.completionDate > last ? undefined : floridaCounts.completionDate;
  const annotations: string[] = [];
  if (florida?.fips !== undefined && floridaLast !== undefined) {
    const shape = topology.objects.states.geometries.find((state) => state.id === florida.fips);
    if (shape !== undefined) {
      const [[, top], [right]] = planar.bounds(feature(topology, shape));
      const [anchorX, anchorY] = [right - 12, top + 58];
      const [labelX, labelY] = [right + 22, top + 20];
      annotations.push(
        `<g data-annotation="florida">`,
        `<path d="${linePathData(mesh(topology, shape))}" fill="none" stroke="${ink}" stroke-width="1.2" stroke-linejoin="round"/>`,
        `<path d="M${formatNumber(labelX - 4)} ${formatNumber(labelY + 10)}L${formatNumber(anchorX)} ${formatNumber(anchorY)}" fill="none" stroke="${ink}" stroke-width="1"/>`,
        `<circle${attributes({ cx: anchorX, cy: anchorY, r: 2.5, fill: ink })}/>`,
        text(labelX, labelY, [`${florida.name}: all ${floridaTotal}`, "counties by", floridaLast], { "font-size": 13 }),
        "</g>",
      );
    }
  }

  // Callout: the last activations, which completed the rollout.
  const lastStates = counts.lastDay.map(({ state, counties: ids }): [string, readonly string[]] => [state, ids]);
  const lastCount = lastStates.reduce((sum, [, ids]) => sum + ids.length, 0);
  if (lastCount > 0) {
    const shapesByFips = new Map(counties.map((county) => [county.fips, county.geometry]));
    const labelX = 610;
    const labelY = 22;
    const leaders = lastStates.map(([, ids]) => {
      const geometries = ids.map((id) => shapesByFips.get(id.replace(/^county-/, ""))).filter((geometry) => geometry !== undefined);
      const [x, y] = planar.centroid({ type: "GeometryCollection", geometries });
      return { x, y };
    });
    const textLines = [
      `Last activations, ${last}:`,
      `${formatCount(lastCount)} counties (${lastStatesSummary(lastStates, states)})`,
      "complete the nationwide rollout",
    ];
    annotations.push(
      `<g data-annotation="last-activations">`,
      ...leaders.map(
        ({ x, y }) =>
          `<path d="M${formatNumber(labelX + 40)} ${formatNumber(labelY + 40)}L${formatNumber(x)} ${formatNumber(y)}" fill="none" stroke="${ink}" stroke-width="1"/><circle${attributes({ cx: x, cy: y, r: 2.5, fill: ink })}/>`,
      ),
      text(labelX, labelY, textLines, { "font-size": 13 }),
      "</g>",
    );
  }

  // Legend and notes.
  const legendTop = mapTop + 628;
  const swatchWidth = 90;
  const legend = [
    `<g data-legend="activation-year">`,
    text(24, legendTop, "Year the county was activated", { "font-size": 13, "font-weight": "bold" }),
    ...years.map((year, index) => {
      const x = 24 + index * (swatchWidth + 6);
      const count = countsByYear.get(year) ?? 0;
      return [
        `<g data-year="${year}">`,
        `<rect${attributes({ x, y: legendTop + 10, width: swatchWidth, height: 14, fill: yearColours[year] })}/>`,
        text(x, legendTop + 40, year, { "font-size": 13, "font-weight": "bold" }),
        text(x, legendTop + 56, `${formatCount(count)} ${count === 1 ? "county" : "counties"}`, { "font-size": 12, fill: mutedInk }),
        "</g>",
      ].join("");
    }),
    "</g>",
  ];
  const gapNames = gaps.map((gap) => gap.title).join(", ");
  const dataSources = [
    ...new Set(data.activations.flatMap((record) => (record.citations ?? []).map((citation) => citation.source))),
  ].sort();
  const dataText = dataSources
    .map((id) => {
      const author = data.sources.find((record) => record.id === id)?.author;
      return author === undefined ? `"${id}"` : `"${id}", ${author}`;
    })
    .join("; ");
  const listedOnly = data.jurisdictions.filter((record) => record.listedOnly === true);
  const derived = data.jurisdictions.filter((record) => record.activationFrom !== undefined);
  const notesLeft = 620;
  const notes = [
    ...wrapText(
      `Counts: each county of 2008-2013 once, as the package's helpers count them${listedOnly.length === 0 ? "" : `; ${listedOnly.length} codes ICE's list carries for former county-equivalents are left out`}${derived.length === 0 ? "" : `, and ${derived.length} areas it lacks count on the day of the listed area that covered them`}.`,
      11,
      width - notesLeft - 16,
    ),
    ...(dataText === "" ? [] : wrapText(`Data: the package's activations dataset; source ${dataText}.`, 11, width - notesLeft - 16)),
    ...wrapText(
      "Shapes: Census county boundaries of 2017 (us-atlas); codes of 2008-2013 they lack are drawn with the shapes of the same land (Alaska approximate).",
      11,
      width - notesLeft - 16,
    ),
    ...(gaps.length > 0
      ? wrapText(
          `No shape of their own: ${gapNames}; their land is part of the county around each, which has the same date.`,
          11,
          width - notesLeft - 16,
        )
      : []),
    ...(dots.length > 0
      ? wrapText(
          `Small diamonds: ${dots.map((county) => county.title).join(", ")}, which have no area at this scale.`,
          11,
          width - notesLeft - 16,
        )
      : []),
  ];
  const notesBlock = text(notesLeft, legendTop, notes, { "font-size": 11, fill: mutedInk });
  const height = Math.ceil(Math.max(legendTop + 56, legendTop + (notes.length - 1) * 11 * 1.3) + 20);

  const title = "Secure Communities rollout: the year each county was activated, 2008-2013";
  const subtitle = `${formatCount(counts.total)} counties and county-equivalents, by the day ICE switched on fingerprint sharing there (first ${first}, last ${last})`;
  const yearSummary = years.map((year) => `${year}: ${formatCount(countsByYear.get(year) ?? 0)}`).join("; ");
  const atlasNames = new Map(
    topology.objects.counties.geometries.map((shape) => [
      String(shape.id),
      (shape.properties as { name?: string } | undefined)?.name ?? "",
    ]),
  );
  const periodNames = new Map(data.jurisdictions.map((record) => [record.fips, record.fullName ?? record.name]));
  const mappingSummary = Object.keys(formerCountyShapes)
    .sort()
    .map(
      (fips) =>
        `${fips} ${periodNames.get(fips) ?? ""} as ${(formerCountyShapes[fips] ?? []).map((code) => `${code} ${atlasNames.get(code) ?? ""}`).join(" + ")}`,
    )
    .join("; ");
  const gapSummary = gaps
    .map((gap) => `${gap.fips} ${gap.title} (${gap.date}, inside ${gap.within} ${periodNames.get(gap.within) ?? ""})`)
    .join("; ");
  const description = [
    `Map of the United States (Albers USA, with Alaska and Hawaii inset) with ${formatCount(counties.length)} county shapes, coloured by the year Secure Communities was activated there, from ${first} to ${last}.`,
    `Counties activated a year: ${yearSummary}.`,
    `The counts count each of the ${formatCount(counts.total)} counties of 2008-2013 once, as the package's helpers do${listedOnly.length === 0 ? "" : `: codes ICE's list carries for former county-equivalents are left out (${codeList(listedOnly)})`}${derived.length === 0 ? "" : `, and areas of the period the list lacks count on the day of the listed area that covered them (${codeList(derived)})`}.`,
    floridaLast === undefined ? "" : `A callout marks Florida, where all ${floridaTotal} counties were activated by ${floridaLast}.`,
    lastCount > 0
      ? `A callout marks the last ${formatCount(lastCount)} counties, activated on ${last} (${lastStatesSummary(lastStates, states)}).`
      : "",
    `County codes of the period that the 2017 us-atlas shapes lack are drawn with the current shapes of the same land, coloured with the period code's date: ${mappingSummary}.`,
    gaps.length > 0
      ? `Listed gaps, with no shape of their own (their land is drawn as part of the county around them, which has the same date): ${gapSummary}.`
      : "",
    dots.length > 0
      ? `Counties whose us-atlas shape has no area at this scale, drawn as a small diamond where the shape lies: ${dots.map((county) => `${county.fips} ${county.title}`).join("; ")}.`
      : "",
  ]
    .filter((sentence) => sentence !== "")
    .join(" ");

  return svgDocument("rollout-map", width, height, title, description, [
    text(24, 32, title, { "font-size": 20, "font-weight": "bold" }),
    text(24, 54, subtitle, { "font-size": 13, fill: mutedInk }),
    `<g transform="translate(${mapLeft} ${mapTop})">`,
    `<g data-layer="counties" stroke="#ffffff" stroke-width="0.2" stroke-linejoin="round">`,
    ...countyPaths,
    "</g>",
    `<path data-layer="state-borders" d="${stateBorders}" fill="none" stroke="#ffffff" stroke-width="1" stroke-linejoin="round"/>`,
    `<path data-layer="nation-border" d="${nationBorder}" fill="none" stroke="${mutedInk}" stroke-width="0.6" stroke-linejoin="round"/>`,
    ...annotations,
    "</g>",
    ...legend,
    notesBlock,
  ]);
}

/** Codes and names, for a description: `"02201 Prince of Wales-Outer Ketchikan Census Area; ..."`. */
export function codeList(records: readonly ChartJurisdiction[]): string {
  return records
    .map((record) => `${record.fips ?? record.id} ${record.fullName ?? record.name}`)
    .sort()
    .join("; ");
}

export function lastStatesSummary(
  lastStates: readonly [string, readonly string[]][],
  states: ReadonlyMap<string, ChartJurisdiction>,
): string {
  return lastStates.map(([state, ids]) => `${states.get(state)?.name ?? state} ${ids.length}`).join(", ");
}
