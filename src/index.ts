/**
 * The public record of the U.S. Secure Communities immigration-enforcement program (2008-2021)
 * as typed, cited, frozen datasets, with pure helpers to query them.
 *
 * @packageDocumentation
 */

export { activations } from "./generated/activations.js";
export { events } from "./generated/events.js";
export { jurisdictions } from "./generated/jurisdictions.js";
export { offenseLevels } from "./generated/offense-levels.js";
export { sources } from "./generated/sources.js";
export { statistics } from "./generated/statistics.js";
export type * from "./generated/types.js";
export * from "./partial-date.js";
export * from "./participation.js";
export * from "./percentages.js";
export * from "./timeline.js";
