/**
 * The explorer's map, made small at build time: the us-atlas county borders (pre-projected to
 * 975x610 Albers USA) simplified and written once each, as arcs the page assembles into shapes.
 *
 * - Each arc (a border between two counties, or a stretch of coast) is simplified on its own
 *   (Visvalingam's effective area, below {@link simplifyArea} square pixels), so that the two
 *   counties on either side of a border still share it exactly, and rounded to a quarter pixel.
 * - A county, a state or a border line is a list of rings (or lines), each a list of arcs by
 *   index, reversed when needed, as in TopoJSON.
 * - Numbers are written as variable-length base-64 digits (zigzag, 5 bits a digit, the sixth
 *   bit saying that more follow), in the URL-safe base-64 alphabet: a string JSON and HTML take
 *   as it is. The page reads them with `decodeNumbers` (client/geometry-format.ts).
 *
 * The counties drawn are the package's counties of 2008-2013, those every count of the
 * helpers counts (see `participationStatus`), each with its own shape: the codes ICE's list
 * carries only for former county-equivalents are not drawn (their land is drawn as the counties
 * that took their day), and a county of the period without a 2017 shape is listed as a gap.
 */
import { meshArcs } from "topojson-client";
import type { MultiPolygon as TopoMultiPolygon, Polygon as TopoPolygon } from "topojson-specification";
import { type CountyTopology, countiesWithoutShape, formerCountyShapes } from "../charts/data.js";
import { type MapGeometry, numberDigits } from "./client/geometry-format.js";

export type { MapGeometry } from "./client/geometry-format.js";

/** Arc points whose effective area is below this many square pixels (at 975 pixels wide) are left out. */
export const simplifyArea = 1;
/** Coordinates are written in units of a quarter pixel. */
export const unitsPerPixel = 4;

/** Writes integers as variable-length base-64 digits (zigzag: 0, -1, 1, -2 … → 0, 1, 2, 3 …). */
export function encodeNumbers(values: readonly number[]): string {
  let text = "";
  for (const value of values) {
    if (!Number.isSafeInteger(value)) throw new Error(`Expected an integer to encode, got ${value}`);
    let zigzag = value < 0 ? -2 * value - 1 : 2 * value;
    while (zigzag >= 32) {
      text += numberDigits[32 | (zigzag % 32)];
      zigzag = Math.floor(zigzag / 32);
    }
    text += numberDigits[zigzag];
  }
  return text;
}

type Point = readonly [number, number];

/** Twice the area of the triangle of three points. */
function doubleArea(a: Point, b: Point, c: Point): number {
  return Math.abs((b[0] - a[0]) * (c[1] - a[1]) - (c[0] - a[0]) * (b[1] - a[1]));
}

/**
 * Visvalingam's simplification of one arc: the point whose triangle with its neighbours is the
 * smallest goes first, until every triangle left is at least `area` square pixels. An arc keeps
 * its ends, and enough points that no ring made of it can fold into a line: 4 for a closed arc
 * (an island, a county inside another), 3 for an open one.
 */
export function simplifyArc(points: readonly Point[], area: number = simplifyArea): Point[] {
  const first = points[0];
  const last = points.at(-1);
  const closed = first !== undefined && last !== undefined && first[0] === last[0] && first[1] === last[1];
  const least = Math.min(points.length, closed ? 4 : 3);
  const live = points.map((_, index) => index);
  while (live.length > least) {
    let smallest = Number.POSITIVE_INFINITY;
    let at = -1;
    for (let index = 1; index < live.length - 1; index += 1) {
      const size = doubleArea(
        points[live[index - 1] as number] as Point,
        points[live[index] as number] as Point,
        points[live[index + 1] as number] as Point,
      );
      if (size < smallest) {
        smallest = size;
        at = index;
      }
    }
    if (at < 0 || smallest / 2 >= area) break;
    live.splice(at, 1);
  }
  return live.map((index) => points[index] as Point);
}

/**
 * Rings (or lines) of arcs as numbers: the number of rings, then for each its number of arcs and
 * each arc as the step from the previous arc's index times two, plus one when it is reversed.
 *  */
export function ringValues(rings: readonly (readonly number[])[]): number[] {
  const values: number[] = [rings.length];
  let previous = 0;
  for (const ring of rings) {
    values.push(ring.length);
    for (const reference of ring) {
      const reversed = reference < 0;
      const index = reversed ? ~reference : reference;
      values.push(2 * (index - previous) + (reversed ? 1 : 0));
      previous = index;
    }
  }
  return values;
}

/** Places by FIPS code, each with its values, as one string: the step from the previous code, then the values. */
function encodePlaces(places: readonly (readonly [fips: string, values: readonly number[]])[]): string {
  const values: number[] = [];
  let previous = 0;
  for (const [fips, rings] of [...places].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    values.push(Number(fips) - previous, ...rings);
    previous = Number(fips);
  }
  return encodeNumbers(values);
}

/** The rings of a TopoJSON polygon or multipolygon, flattened (the fill rule tells holes apart by their winding). */
function ringsOf(shape: TopoPolygon | TopoMultiPolygon): number[][] {
  return shape.type === "Polygon" ? shape.arcs.map((ring) => [...ring]) : shape.arcs.flat().map((ring) => [...ring]);
}

/**
 * Builds the map's geometry from the us-atlas topology and the package's counties of 2008-2013.
 *
 * @param topology - counties-albers-10m.json.
 * @param counties - The counties every count counts, by FIPS code.
 * @returns The geometry, and the counties without a shape of their own (with the county whose shape holds their land).
 */
export function mapGeometry(
  topology: CountyTopology,
  counties: readonly { readonly fips: string }[],
): { geometry: MapGeometry; gaps: readonly { readonly fips: string; readonly within: string }[] } {
  const transform = topology.transform;
  if (transform === undefined) throw new Error("Expected a quantized topology (with a transform), got none");
  const [scaleX, scaleY] = transform.scale;
  const [translateX, translateY] = transform.translate;

  // The arcs in pixels, simplified, then in quarter pixels.
  const arcPoints = topology.arcs.map((arc) => {
    let [x, y] = [0, 0];
    const points = arc.map(([dx = 0, dy = 0]): Point => {
      x += dx;
      y += dy;
      return [x * scaleX + translateX, y * scaleY + translateY];
    });
    const units: [number, number][] = [];
    for (const [px, py] of simplifyArc(points)) {
      const point: [number, number] = [Math.round(px * unitsPerPixel), Math.round(py * unitsPerPixel)];
      const previous = units.at(-1);
      if (previous === undefined || previous[0] !== point[0] || previous[1] !== point[1]) units.push(point);
    }
    // An arc whose ends round to one point keeps both, so that it still joins its neighbours.
    if (units.length === 1) units.push([...(units[0] as [number, number])]);
    return units;
  });

  /** The distinct points of a ring as the page assembles it. */
  const ringPoints = (ring: readonly number[]): [number, number][] => {
    const points: [number, number][] = [];
    for (const reference of ring) {
      const arc = reference < 0 ? [...(arcPoints[~reference] ?? [])].reverse() : (arcPoints[reference] ?? []);
      for (const point of arc) {
        const previous = points.at(-1);
        if (previous === undefined || previous[0] !== point[0] || previous[1] !== point[1]) points.push(point);
      }
    }
    const [start] = points;
    const end = points.at(-1);
    if (points.length > 1 && start !== undefined && end !== undefined && start[0] === end[0] && start[1] === end[1]) points.pop();
    return points;
  };

  // Arcs numbered in the order the counties (in FIPS order) first use them, so that the arcs of a
  // county mostly follow one another and the steps between their numbers are small.
  const order = new Map<number, number>();
  const renumber = (rings: readonly (readonly number[])[]): number[][] =>
    rings.map((ring) =>
      ring.map((reference) => {
        const index = reference < 0 ? ~reference : reference;
        let renumbered = order.get(index);
        if (renumbered === undefined) {
          renumbered = order.size;
          order.set(index, renumbered);
        }
        return reference < 0 ? ~renumbered : renumbered;
      }),
    );

  const shapes = new Map(topology.objects.counties.geometries.map((shape) => [String(shape.id), shape]));
  const used = new Set<string>();
  const drawn: [string, number[]][] = [];
  const gaps: { fips: string; within: string }[] = [];
  for (const { fips } of [...counties].sort((a, b) => (a.fips < b.fips ? -1 : 1))) {
    const former = formerCountyShapes[fips];
    const code = shapes.has(fips) ? fips : former?.length === 1 ? former[0] : undefined;
    const shape = code === undefined ? undefined : shapes.get(code);
    if (code === undefined || shape === undefined) {
      const within = countiesWithoutShape[fips];
      if (within === undefined) throw new Error(`County ${fips} has no shape in us-atlas and no entry in countiesWithoutShape`);
      gaps.push({ fips, within });
      continue;
    }
    if (used.has(code)) throw new Error(`The us-atlas shape ${code} is drawn twice`);
    used.add(code);
    if (shape.type !== "Polygon" && shape.type !== "MultiPolygon")
      throw new Error(`Expected a polygon for county ${code}, got ${shape.type}`);
    const rings = ringsOf(shape).filter((ring) => ringPoints(ring).length >= 3);
    if (rings.length > 0) {
      drawn.push([fips, ringValues(renumber(rings))]);
      continue;
    }
    // A sliver without area (a few small independent cities of Virginia): a dot at its middle.
    const points = ringsOf(shape).flatMap(ringPoints);
    const [sumX, sumY] = points.reduce(([ax, ay], [px, py]) => [ax + px, ay + py], [0, 0]);
    drawn.push([fips, [0, Math.round(sumX / points.length), Math.round(sumY / points.length)]]);
  }
  const unused = [...shapes.keys()].filter((code) => !used.has(code)).sort();
  if (unused.length > 0) throw new Error(`us-atlas shapes drawn for no county of the data: ${unused.join(", ")}`);

  const states = topology.objects.states.geometries.map((shape): [string, number[]] => {
    if (shape.type !== "Polygon" && shape.type !== "MultiPolygon")
      throw new Error(`Expected a polygon for state ${shape.id}, got ${shape.type}`);
    return [String(shape.id), ringValues(renumber(ringsOf(shape).filter((ring) => ringPoints(ring).length >= 3)))];
  });
  const lines = (filter: (a: unknown, b: unknown) => boolean): string =>
    encodeNumbers(ringValues(renumber(meshArcs(topology, topology.objects.states, filter).arcs as number[][])));
  const stateBorders = lines((a, b) => a !== b);
  const nationBorder = lines((a, b) => a === b);

  // The arcs in their new order: each its number of points, its first point, then the steps.
  const arcValues: number[] = [];
  const byNewNumber = [...order.entries()].sort((a, b) => a[1] - b[1]).map(([index]) => arcPoints[index] ?? []);
  for (const points of byNewNumber) {
    arcValues.push(points.length);
    let [x, y] = [0, 0];
    points.forEach(([px, py], index) => {
      arcValues.push(index === 0 ? px : px - x, index === 0 ? py : py - y);
      [x, y] = [px, py];
    });
  }
  return {
    geometry: {
      unitsPerPixel,
      arcs: encodeNumbers(arcValues),
      counties: encodePlaces(drawn),
      states: encodePlaces(states),
      stateBorders,
      nationBorder,
    },
    gaps,
  };
}
