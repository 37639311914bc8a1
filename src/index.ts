/**
 * The public record of the U.S. Secure Communities immigration-enforcement program (2008-2021)
 * as typed, cited, frozen datasets, with pure helpers to query them.
 *
 * Every export keeps one contract:
 *
 * - A miss is a value: `undefined` or `[]`, never `null` and never an error.
 * - Misuse is an error that says what was expected: a `TypeError` for a wrong type, a `RangeError`
 *   for a wrong value of the right type, with the message `Expected <what>, got <value>` on one
 *   line, the value escaped and cut after 80 characters. An option left `undefined` is absent;
 *   `null` is a wrong type for every option; an empty list of kinds keeps nothing; a revoked Proxy
 *   is refused like any other wrong type. Work that grows with the input is capped where it could
 *   run long.
 * - Nothing a caller does changes a later answer: the data and every index entry are frozen, and
 *   every list or object a helper returns is frozen or the caller's own.
 *
 * @packageDocumentation
 */

// Sources of records
export { getSource, sourcesOf } from "./citations.js";
// Places: the one resolver, cities and the county crosswalk
export { type CrosswalkRelation, type CrosswalkRow, countyCrosswalk, currentCountyCodes, periodCountyCodes } from "./crosswalk.js";
// National detainer counts
export {
  type DetainerBreakdownResult,
  type DetainerBreakdownRow,
  type DetainerSeriesOptions,
  type DetainerSeriesPoint,
  detainerBreakdown,
  detainerSeries,
} from "./detainers.js";
// Datasets
export { activations } from "./generated/activations.js";
export { countyCodeChanges } from "./generated/county-code-changes.js";
export { detainers } from "./generated/detainers.js";
export { events } from "./generated/events.js";
export { jurisdictions } from "./generated/jurisdictions.js";
export { type DatasetMeta, meta, type PackageMeta } from "./generated/meta.js";
export { offenseLevels } from "./generated/offense-levels.js";
export { sources } from "./generated/sources.js";
export { statistics } from "./generated/statistics.js";
export type {
  Activation,
  ActivationEventId,
  Citation,
  CityId,
  Claim,
  Confidence,
  CountyCodeChange,
  CountyCodeChangeId,
  CountyCodeChangeKind,
  CountyId,
  CountyPart,
  Day,
  DerivedActivation,
  DetainerBreakdownKind,
  DetainerCount,
  EventCategory,
  EventId,
  EventKind,
  Jurisdiction,
  JurisdictionId,
  JurisdictionKind,
  OffenseLevel,
  OffenseLevelId,
  OtherCode,
  PartialDate,
  ProgramPhase,
  QualifiedCount,
  Qualifier,
  Source,
  SourceId,
  SourceKind,
  StateId,
  Statistic,
  StatisticCategory,
  StatisticId,
  TimelineEvent,
} from "./generated/types.js";
export {
  confidences,
  countyCodeChangeKinds,
  detainerBreakdownKinds,
  eventCategories,
  eventKinds,
  jurisdictionKinds,
  offenseLevelIds,
  programPhases,
  qualifiers,
  sourceKinds,
} from "./generated/values.js";

// Research panels
export {
  type ActivationPanel,
  type ActivationPanelOptions,
  activationPanel,
  type PanelPeriod,
  type PanelRow,
  type PanelUnit,
} from "./panel.js";

// Dates
export {
  comparePartialDates,
  type DateInput,
  dayFromNumber,
  dayNumber,
  formatPartialDate,
  type IntervalEdge,
  type IntervalInput,
  isPartialDate,
  isPartialDateWithin,
  type PartialDateInterval,
  type PartialDateParts,
  type PartialDatePrecision,
  parsePartialDate,
  partialDatesOverlap,
  partialDateToDay,
} from "./partial-date.js";
// Participation lookups
export {
  type ActivationStatus,
  type CityCountyStatus,
  type CityJurisdiction,
  type CityStatus,
  type ClaimAbout,
  type CountyCounts,
  type CountyJurisdiction,
  type CountyStatus,
  type Decision,
  getActivation,
  getJurisdiction,
  type JurisdictionsInStatusOptions,
  jurisdictionsInStatus,
  type NationStatus,
  type ParticipationStatusResult,
  type PopulationCoverage,
  type ProgramState,
  participationStatus,
  type RolloutPoint,
  type RolloutProgressOptions,
  rolloutProgress,
  type StateJurisdiction,
  type StateRolloutStatus,
  type StateStatus,
} from "./participation.js";
// Category percentages
export {
  type CategoryCountInput,
  type CategoryPercentagesInput,
  type CategoryPercentagesOptions,
  type CategoryPercentagesResult,
  type CategoryShare,
  type CountInput,
  categoryPercentages,
  type QualifiedCountInput,
  type StatisticLike,
  type StatisticPercentagesOptions,
  type StatisticPercentagesResult,
  statisticPercentages,
} from "./percentages.js";
export {
  type FindJurisdictionsOptions,
  findJurisdictions,
  getCity,
  type JurisdictionMatch,
  type JurisdictionMatchKind,
  type JurisdictionSuggestion,
  type ResolveJurisdictionOptions,
  type ResolveJurisdictionResult,
  type ResolveJurisdictionStatus,
  resolveJurisdiction,
  suggestJurisdictions,
} from "./resolve.js";

// Timeline queries
export {
  type ActivationEvents,
  createTimeline,
  type EventsBetweenOptions,
  eventsBetween,
  type MatchMode,
  type Timeline,
} from "./timeline.js";
