/**
 * The modules the build (data/scripts/explorer/build.ts) gives the page's script, made from the
 * package's build and the us-atlas shapes at build time.
 */

declare module "explorer:geometry" {
  /** The map's shapes: see client/geometry-format.ts. */
  const geometry: import("./geometry-format.js").MapGeometry;
  export default geometry;
}

declare module "explorer:sources" {
  /** The package's sources, with the fields the page shows (not their notes). */
  const sources: readonly {
    readonly id: string;
    readonly title: string;
    readonly publisher?: string;
    readonly published?: string;
    readonly url?: string;
  }[];
  export default sources;
}
