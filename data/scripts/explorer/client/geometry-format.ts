/**
 * The format of the map's geometry, shared by the build (data/scripts/explorer/geometry.ts, which
 * writes it) and the page (client/map.ts, which reads it). It imports nothing, so that both the
 * build's and the page's type checks read it.
 */

/** The digits numbers are written in: the URL-safe base-64 alphabet, which JSON and HTML take as it is. */
export const numberDigits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/** The map the page draws: arcs, and the shapes made of them. */
export interface MapGeometry {
  /** Units per pixel of the coordinates (pixels of the 975x610 Albers USA projection of us-atlas). */
  readonly unitsPerPixel: number;
  /** Every arc: its number of points, its first point, then the steps from point to point. */
  readonly arcs: string;
  /**
   * Each county drawn, in FIPS order: the step from the previous county's FIPS code (as a
   * number), then its rings (the number of rings, then for each its number of arcs and each arc as
   * the step from the previous arc's number times two, plus one when it is reversed), or `0` and
   * a dot's centre for a county without area.
   */
  readonly counties: string;
  /** Each state (and DC), the same way. */
  readonly states: string;
  /** The borders between states, as lines of arcs written as rings are. */
  readonly stateBorders: string;
  /** The nation's outline, the same way. */
  readonly nationBorder: string;
}

/**
 * Reads integers written as variable-length digits of {@link numberDigits}: 5 bits a digit, low
 * bits first, the sixth bit saying that more digits follow; zigzag signs (0, -1, 1, -2 … are
 * written 0, 1, 2, 3 …).
 *
 * @param text - The digits.
 * @returns The integers.
 */
export function decodeNumbers(text: string): number[] {
  const values: number[] = [];
  let value = 0;
  let scale = 1;
  for (let at = 0; at < text.length; at += 1) {
    const digit = numberDigits.indexOf(text.charAt(at));
    if (digit < 0) throw new Error(`Expected a digit of the map's geometry, got "${text.charAt(at)}"`);
    value += (digit & 31) * scale;
    if (digit >= 32) {
      scale *= 32;
      continue;
    }
    values.push(value % 2 === 1 ? -(value + 1) / 2 : value / 2);
    value = 0;
    scale = 1;
  }
  return values;
}
