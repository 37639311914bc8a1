import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { borderCounties } from "../data/border-counties.js";

// The border flag's counties, derived again from the Census boundaries: a county's outline meets
// the nation's outer edge along an arc no other county shares; in Arizona and New Mexico every such
// arc is the Mexican border, and in California and Texas the coast is told apart by where it lies.

interface Topology {
  readonly arcs: readonly (readonly [number, number])[][];
  readonly transform: { readonly scale: [number, number]; readonly translate: [number, number] };
  readonly objects: { readonly counties: { readonly geometries: readonly { id: string; type: string; arcs: unknown }[] } };
}

const atlas = JSON.parse(readFileSync(new URL("../node_modules/us-atlas/counties-10m.json", import.meta.url), "utf8")) as Topology;

function arcIndexes(arcs: unknown): number[] {
  return (Array.isArray(arcs) ? arcs.flat(3) : []).map((arc: number) => (arc < 0 ? ~arc : arc));
}

function points(index: number): [number, number][] {
  const [scaleX, scaleY] = atlas.transform.scale;
  const [moveX, moveY] = atlas.transform.translate;
  let x = 0;
  let y = 0;
  return (atlas.arcs[index] ?? []).map(([dx, dy]) => {
    x += dx;
    y += dy;
    return [x * scaleX + moveX, y * scaleY + moveY];
  });
}

describe("border counties", () => {
  it("are the counties whose Census outline meets the U.S.-Mexico boundary", () => {
    const uses = new Map<number, number>();
    for (const county of atlas.objects.counties.geometries)
      for (const arc of arcIndexes(county.arcs)) uses.set(arc, (uses.get(arc) ?? 0) + 1);
    const onBorder = (state: string, [longitude, latitude]: [number, number]) =>
      state === "04" ||
      state === "35" ||
      (state === "06" && latitude < 32.72 && longitude > -117.12) ||
      (state === "48" && (longitude < -98.7 || (latitude < 26.1 && longitude < -97.2)));
    const derived = atlas.objects.counties.geometries
      .filter((county) => ["04", "06", "35", "48"].includes(county.id.slice(0, 2)))
      .filter((county) =>
        arcIndexes(county.arcs).some((arc) => uses.get(arc) === 1 && points(arc).some((point) => onBorder(county.id.slice(0, 2), point))),
      )
      .map((county) => county.id)
      .sort();
    expect(derived).toEqual([...borderCounties].sort());
    expect(derived).toHaveLength(22);
  });
});
