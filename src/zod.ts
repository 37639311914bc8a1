/**
 * The zod schemas the datasets are validated with, for callers who validate their own records.
 * zod is an optional peer dependency: only this subpath loads it.
 *
 * @example
 * ```ts
 * import { event } from "secure-communities/zod";
 * event.safeParse({ id: "x" }).success; // => false
 * ```
 * @module
 */
export * from "../data/schema.js";
