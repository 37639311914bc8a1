/**
 * The map: the shapes the build wrote (client/geometry-format.ts) assembled into SVG paths, the
 * zoom, the chosen place's highlight, the marks of the decisions layer and the tooltip. What the
 * map shows (which county is switched on, which has a decision) is decided in main.ts with the
 * library's helpers; this module only draws it.
 */

import geometry from "explorer:geometry";
import { decodeNumbers } from "./geometry-format.js";

const svgNamespace = "http://www.w3.org/2000/svg";
const unit = geometry.unitsPerPixel;

/** A box in the map's pixels: left, top, right, bottom. */
export type Box = readonly [number, number, number, number];

/** A shape as SVG path data, with its box and the middle of its largest ring (where its marks go). */
export interface Shape {
  readonly d: string;
  readonly box: Box;
  readonly centre: readonly [number, number];
}

/** The whole map's box: the Aleutians reach x = -58, Hawaii y = 606. */
export const nationBox: Box = [-60, -5, 980, 615];
const aspect = (nationBox[2] - nationBox[0]) / (nationBox[3] - nationBox[1]);

/** The arcs, each as a flat list of absolute coordinates in units: x0, y0, x1, y1 … */
const arcs: Int32Array[] = (() => {
  const values = decodeNumbers(geometry.arcs);
  const decoded: Int32Array[] = [];
  let at = 0;
  while (at < values.length) {
    const count = values[at] as number;
    const points = new Int32Array(count * 2);
    let [x, y] = [0, 0];
    for (let index = 0; index < count; index += 1) {
      x += values[at + 1 + 2 * index] as number;
      y += values[at + 2 + 2 * index] as number;
      points[2 * index] = x;
      points[2 * index + 1] = y;
    }
    decoded.push(points);
    at += 1 + 2 * count;
  }
  return decoded;
})();

/** Reads one place's rings (or lines) from `values` at `at`; returns them and where the next place starts. */
function readRings(values: readonly number[], start: number): { rings: number[][] | undefined; dot?: [number, number]; next: number } {
  let at = start;
  const count = values[at++] as number;
  if (count === 0) return { rings: undefined, dot: [values[at] as number, values[at + 1] as number], next: at + 2 };
  const rings: number[][] = [];
  let previous = 0;
  for (let ring = 0; ring < count; ring += 1) {
    const length = values[at++] as number;
    const references: number[] = [];
    for (let index = 0; index < length; index += 1) {
      const value = values[at++] as number;
      const reversed = ((value % 2) + 2) % 2;
      const arc = previous + (value - reversed) / 2;
      previous = arc;
      references.push(reversed === 1 ? ~arc : arc);
    }
    rings.push(references);
  }
  return { rings, next: at };
}

/** The points of a ring (or line) of arcs, without repeats, as a flat list of coordinates in units. */
function pointsOf(references: readonly number[], closed: boolean): number[] {
  const points: number[] = [];
  for (const reference of references) {
    const arc = arcs[reference < 0 ? ~reference : reference];
    if (arc === undefined) continue;
    const count = arc.length / 2;
    for (let step = 0; step < count; step += 1) {
      const index = reference < 0 ? count - 1 - step : step;
      const x = arc[2 * index] as number;
      const y = arc[2 * index + 1] as number;
      if (points.length > 0 && points[points.length - 2] === x && points[points.length - 1] === y) continue;
      points.push(x, y);
    }
  }
  if (closed && points.length > 2 && points[0] === points[points.length - 2] && points[1] === points[points.length - 1]) points.length -= 2;
  return points;
}

/** Path data of rings or lines: a move to the first point, then relative lines, in pixels. */
function shapeOf(rings: readonly (readonly number[])[], closed: boolean): Shape {
  const parts: string[] = [];
  let [left, top, right, bottom] = [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY];
  let largest = 0;
  let centre: [number, number] = [0, 0];
  for (const ring of rings) {
    const points = pointsOf(ring, closed);
    if (points.length < (closed ? 6 : 4)) continue;
    const steps: number[] = [];
    let area = 0;
    let [cx, cy] = [0, 0];
    const count = points.length / 2;
    for (let index = 0; index < count; index += 1) {
      const x = points[2 * index] as number;
      const y = points[2 * index + 1] as number;
      if (x < left) left = x;
      if (x > right) right = x;
      if (y < top) top = y;
      if (y > bottom) bottom = y;
      if (index > 0) steps.push((x - (points[2 * index - 2] as number)) / unit, (y - (points[2 * index - 1] as number)) / unit);
      const nextIndex = (index + 1) % count;
      const nx = points[2 * nextIndex] as number;
      const ny = points[2 * nextIndex + 1] as number;
      const cross = x * ny - nx * y;
      area += cross;
      cx += (x + nx) * cross;
      cy += (y + ny) * cross;
    }
    parts.push(`M${(points[0] as number) / unit} ${(points[1] as number) / unit}l${steps.join(" ")}${closed ? "z" : ""}`);
    if (closed && Math.abs(area) > largest) {
      largest = Math.abs(area);
      centre = [cx / (3 * area) / unit, cy / (3 * area) / unit];
    }
  }
  const box: Box = [left / unit, top / unit, right / unit, bottom / unit];
  if (largest === 0) centre = [(box[0] + box[2]) / 2, (box[1] + box[3]) / 2];
  return { d: parts.join(""), box, centre };
}

/** Half the diagonal of the diamond that stands for a county without area (a sliver in us-atlas). */
const dotRadius = 1.2;

function dotShape([x, y]: readonly [number, number]): Shape {
  const [cx, cy] = [x / unit, y / unit];
  const r = dotRadius;
  return { d: `M${cx} ${cy - r}l${r} ${r} ${-r} ${r} ${-r} ${-r}z`, box: [cx - r, cy - r, cx + r, cy + r], centre: [cx, cy] };
}

/** Places by FIPS code, each with its rings, as the build wrote them. */
function readPlaces(text: string): { fips: string; rings: number[][] | undefined; dot?: [number, number] }[] {
  const values = decodeNumbers(text);
  const places: { fips: string; rings: number[][] | undefined; dot?: [number, number] }[] = [];
  let at = 0;
  let code = 0;
  while (at < values.length) {
    code += values[at++] as number;
    const { rings, dot, next } = readRings(values, at);
    places.push(dot === undefined ? { fips: String(code), rings } : { fips: String(code), rings, dot });
    at = next;
  }
  return places;
}

/** Each county drawn, by FIPS code (five digits), with its shape and whether it is a dot. */
export const countyShapes: ReadonlyMap<string, Shape & { readonly dot: boolean }> = new Map(
  readPlaces(geometry.counties).map(({ fips, rings, dot }): [string, Shape & { readonly dot: boolean }] => {
    const code = fips.padStart(5, "0");
    if (dot !== undefined || rings === undefined) return [code, { ...dotShape(dot ?? [0, 0]), dot: true }];
    return [code, { ...shapeOf(rings, true), dot: false }];
  }),
);

const statePlaces = new Map(readPlaces(geometry.states).map((place) => [place.fips.padStart(2, "0"), place.rings ?? []]));
const stateShapeCache = new Map<string, Shape>();

/** The shape of a state (or DC), by its FIPS code; `undefined` for none. */
export function stateShape(fips: string): Shape | undefined {
  const cached = stateShapeCache.get(fips);
  if (cached !== undefined) return cached;
  const rings = statePlaces.get(fips);
  if (rings === undefined) return undefined;
  const shape = shapeOf(rings, true);
  stateShapeCache.set(fips, shape);
  return shape;
}

function linesOf(text: string): string {
  const { rings } = readRings(decodeNumbers(text), 0);
  return shapeOf(rings ?? [], false).d;
}

// ---------------------------------------------------------------------------------------------
// the SVG
// ---------------------------------------------------------------------------------------------

function svgElement<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Readonly<Record<string, string>> = {},
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(svgNamespace, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

function byId<T extends Element>(id: string): T {
  const found = document.getElementById(id);
  if (found === null) throw new Error(`Expected an element #${id} in the page, got none`);
  return found as unknown as T;
}

export const svg = byId<SVGSVGElement>("map");
const countyGroup = byId<SVGGElement>("counties");
const stateMarkGroup = byId<SVGGElement>("state-marks");
const markGroup = byId<SVGGElement>("marks");
const highlightGroup = byId<SVGGElement>("highlight");
const frame = byId<HTMLElement>("map-frame");
const tooltip = byId<HTMLElement>("map-tooltip");

/** Draws every county (a path with its FIPS code as `data-fips`) and the borders. */
export function drawMap(): Map<string, SVGPathElement> {
  const paths = new Map<string, SVGPathElement>();
  const fragment = document.createDocumentFragment();
  for (const [fips, shape] of countyShapes) {
    const path = svgElement("path", shape.dot ? { "data-fips": fips, "data-shape": "dot", d: shape.d } : { "data-fips": fips, d: shape.d });
    paths.set(fips, path);
    fragment.append(path);
  }
  countyGroup.replaceChildren(fragment);
  byId<SVGPathElement>("state-borders").setAttribute("d", linesOf(geometry.stateBorders));
  byId<SVGPathElement>("nation-border").setAttribute("d", linesOf(geometry.nationBorder));
  return paths;
}

let viewBox: Box = nationBox;

/** The map's width on screen, kept by a ResizeObserver (which reports it after layout, before paint) so that no code forces a layout. */
let mapWidth = 0;
new ResizeObserver((entries) => {
  const width = entries.at(-1)?.contentRect.width ?? 0;
  if (width === mapWidth) return;
  mapWidth = width;
  resizeMarks();
}).observe(svg);

/** How many screen pixels one map pixel takes at the present zoom. */
function screenScale(): number {
  return (mapWidth || 1) / (viewBox[2] - viewBox[0]);
}

/**
 * The box to show for a place's box: the box with a margin, at least `least` map pixels wide,
 * widened or heightened to the map's proportions so that nothing is stretched.
 */
export function zoomBox(box: Box, least = 60): Box {
  let [left, top, right, bottom] = box;
  const margin = Math.max(right - left, bottom - top) * 0.08 + 4;
  [left, top, right, bottom] = [left - margin, top - margin, right + margin, bottom + margin];
  let width = Math.max(right - left, least);
  let height = Math.max(bottom - top, least / aspect);
  if (width / height > aspect) height = width / aspect;
  else width = height * aspect;
  const [cx, cy] = [(left + right) / 2, (top + bottom) / 2];
  return [cx - width / 2, cy - height / 2, cx + width / 2, cy + height / 2];
}

/** Shows a box of the map (the whole nation when `undefined`), then redraws what keeps its size on screen. */
export function setViewBox(box: Box | undefined): void {
  viewBox = box ?? nationBox;
  const [left, top, right, bottom] = viewBox;
  svg.setAttribute("viewBox", `${round(left)} ${round(top)} ${round(right - left)} ${round(bottom - top)}`);
  svg.dataset["zoom"] = box === undefined ? "nation" : "zoomed";
  resizeMarks();
}

function round(value: number): string {
  return String(Math.round(value * 100) / 100);
}

// ---------------------------------------------------------------------------------------------
// the chosen place's highlight
// ---------------------------------------------------------------------------------------------

/** Outlines shapes (a halo under a dark line) and rings the first one's middle, so that a small county is found at once. */
export function highlight(shapes: readonly Shape[], ring: boolean): void {
  highlightGroup.replaceChildren();
  if (shapes.length === 0) return;
  const d = shapes.map((shape) => shape.d).join("");
  highlightGroup.append(svgElement("path", { class: "highlight-halo", d }), svgElement("path", { class: "highlight-line", d }));
  const [first] = shapes;
  if (ring && first !== undefined) {
    const [x, y] = first.centre;
    const attributes = { cx: String(x), cy: String(y), r: "0", "data-screen-r": "15" };
    highlightGroup.append(
      svgElement("circle", { ...attributes, class: "highlight-ring-halo" }),
      svgElement("circle", { ...attributes, class: "highlight-ring" }),
    );
  }
  resizeMarks();
}

// ---------------------------------------------------------------------------------------------
// the decisions layer's marks
// ---------------------------------------------------------------------------------------------

/** A mark on the map: a decision's dot or a claim's ring at a county's or a state's middle. */
export interface Mark {
  readonly kind: "decision" | "claim";
  /** `county` or `state`. */
  readonly level: "county" | "state";
  /** The county's FIPS code or the state's USPS code. */
  readonly code: string;
  readonly centre: readonly [number, number];
  /** What the mark is, in words (its tooltip). */
  readonly label: string;
}

/**
 * Draws the marks: a dark dot for each county with decisions, a square for each state, a ring
 * for each place claims are about; and outlines the states with decisions of their own.
 */
export function drawMarks(marks: readonly Mark[], stateOutlines: readonly Shape[]): void {
  const fragment = document.createDocumentFragment();
  // Rings under dots, so that a county with both shows a dot inside a ring.
  for (const mark of [...marks].sort((a, b) => (a.kind === b.kind ? 0 : a.kind === "claim" ? -1 : 1))) {
    const [x, y] = mark.centre;
    const data = {
      "data-mark": mark.kind,
      [`data-${mark.level}`]: mark.code,
      class: `mark mark-${mark.kind} mark-${mark.level}`,
    };
    const screen = mark.kind === "claim" ? 5.2 : mark.level === "state" ? 5.5 : 3.4;
    const node =
      mark.level === "state" && mark.kind === "decision"
        ? svgElement("rect", { ...data, "data-screen-r": String(screen), "data-x": String(x), "data-y": String(y) })
        : svgElement("circle", { ...data, cx: String(x), cy: String(y), r: "0", "data-screen-r": String(screen) });
    const title = svgElement("title");
    title.textContent = mark.label;
    node.append(title);
    fragment.append(node);
  }
  markGroup.replaceChildren(fragment);
  stateMarkGroup.replaceChildren(...stateOutlines.map((shape) => svgElement("path", { class: "state-mark", d: shape.d })));
  resizeMarks();
}

/** Gives the marks and the highlight's ring their size on screen at the present zoom. */
export function resizeMarks(): void {
  const scale = screenScale();
  // Smaller marks on a small map (a phone), down to 60% of their size.
  const size = Math.min(1, Math.max(0.6, mapWidth / 800));
  for (const node of svg.querySelectorAll<SVGElement>("[data-screen-r]")) {
    const r = (Number(node.dataset["screenR"]) * size) / scale;
    if (node instanceof SVGRectElement) {
      const [x, y] = [Number(node.dataset["x"]), Number(node.dataset["y"])];
      node.setAttribute("x", String(x - r));
      node.setAttribute("y", String(y - r));
      node.setAttribute("width", String(2 * r));
      node.setAttribute("height", String(2 * r));
    } else node.setAttribute("r", String(r));
  }
}

// ---------------------------------------------------------------------------------------------
// the tooltip
// ---------------------------------------------------------------------------------------------

/**
 * Shows the tooltip near a point of the map's frame, on the side where it fits: to the right and
 * below when there is room, else to the left or above, and never past the frame's edges.
 *
 * @param text - What it says.
 * @param clientX - The point, in the window's coordinates.
 * @param clientY - The point, in the window's coordinates.
 */
export function showTooltip(text: string, clientX: number, clientY: number): void {
  tooltip.textContent = text;
  tooltip.hidden = false;
  const area = frame.getBoundingClientRect();
  const [x, y] = [clientX - area.left, clientY - area.top];
  const { offsetWidth: width, offsetHeight: height } = tooltip;
  const gap = 12;
  let left = x + gap + width <= area.width ? x + gap : x - gap - width;
  left = Math.max(0, Math.min(left, area.width - width));
  let top = y + gap + height <= area.height ? y + gap : y - gap - height;
  top = Math.max(0, Math.min(top, area.height - height));
  tooltip.style.left = `${Math.round(left)}px`;
  tooltip.style.top = `${Math.round(top)}px`;
}

export function hideTooltip(): void {
  tooltip.hidden = true;
}
