/**
 * The zod schemas the datasets are validated with, for callers who validate their own records.
 * zod is an optional peer dependency: only this subpath loads it. Each schema is typed by the
 * record type it validates, so what it parses is the package's own type.
 *
 * @example
 * ```ts
 * import { event } from "secure-communities/zod";
 * event.safeParse({ id: "x" }).success; // => false
 * ```
 * @module secure-communities/zod
 */

import type { ZodType } from "zod";
import * as schema from "../data/schema.js";
import type {
  Activation,
  Citation,
  Claim,
  Confidence,
  CountyCodeChange,
  CountyCodeChangeKind,
  CountyPart,
  Day,
  DerivedActivation,
  DetainerBreakdownKind,
  DetainerCount,
  EventCategory,
  EventKind,
  Jurisdiction,
  JurisdictionKind,
  OffenseLevel,
  OffenseLevelId,
  OtherCode,
  PartialDate,
  ProgramPhase,
  QualifiedCount,
  Qualifier,
  Source,
  SourceKind,
  Statistic,
  StatisticCategory,
  TimelineEvent,
} from "./generated/types.js";

/**
 * A record as its schema parses it: the package's record type `T`, with every string field a
 * plain `string` (and an optional field may be `undefined`). A schema checks the form of an id or a code (`county-` and five digits), not
 * that the package knows it, so a record of your own parses with ids the package does not have.
 *
 * @category Zod
 */
export type ParsedRecord<T> = T extends string
  ? string
  : T extends readonly (infer Item)[]
    ? ParsedRecord<Item>[]
    : T extends object
      ? { [Key in keyof T]: ParsedRecord<T[Key]> | (Pick<T, Key> extends Required<Pick<T, Key>> ? never : undefined) }
      : T;

/**
 * The schema of a partial date, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, naming a day or month that exists.
 *
 * @example
 * ```ts
 * partialDate.safeParse("2010-02-30").success; // => false
 * ```
 * @category Zod
 */
export const partialDate: ZodType<PartialDate> = schema.partialDate;

/**
 * The schema of a day, `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * day.safeParse("2010-06").success; // => false
 * ```
 * @category Zod
 */
export const day: ZodType<Day> = schema.day;

/**
 * The schema of a citation's confidence: `high`, `medium` or `low`.
 *
 * @example
 * ```ts
 * confidence.parse("high"); // => "high"
 * ```
 * @category Zod
 */
export const confidence: ZodType<Confidence> = schema.confidence;

/**
 * The schema of a citation: a source id with its locator, evidence and confidence.
 *
 * @example
 * ```ts
 * citation.safeParse({ source: "x" }).success; // => false
 * ```
 * @category Zod
 */
export const citation: ZodType<ParsedRecord<Citation>> = schema.citation;

/**
 * The schema of a count's qualifier: `exact`, `more-than`, `almost` or `about`.
 *
 * @example
 * ```ts
 * qualifier.safeParse("roughly").success; // => false
 * ```
 * @category Zod
 */
export const qualifier: ZodType<Qualifier> = schema.qualifier;

/**
 * The schema of a reported count with its qualifier.
 *
 * @example
 * ```ts
 * qualifiedCount.parse({ value: 14100, qualifier: "more-than" }).value; // => 14100
 * ```
 * @category Zod
 */
export const qualifiedCount: ZodType<ParsedRecord<QualifiedCount>> = schema.qualifiedCount;

/**
 * The schema of a claim: what an event's actor said about another place, with the reading taken.
 *
 * @example
 * ```ts
 * claim.safeParse({}).success; // => false
 * ```
 * @category Zod
 */
export const claim: ZodType<ParsedRecord<Claim>> = schema.claim;

/**
 * The schema of a county code of another era, as a jurisdiction record lists it.
 *
 * @example
 * ```ts
 * otherCode.safeParse({}).success; // => false
 * ```
 * @category Zod
 */
export const otherCode: ZodType<ParsedRecord<OtherCode>> = schema.otherCode;

/**
 * The schema of the part of a city that lies in one county, with its 2020 population.
 *
 * @example
 * ```ts
 * countyPart.safeParse({ county: "county-48201" }).success; // => false
 * ```
 * @category Zod
 */
export const countyPart: ZodType<ParsedRecord<CountyPart>> = schema.countyPart;

/**
 * The schema of an activation derived from the listed area that covered a county.
 *
 * @example
 * ```ts
 * derivedActivation.safeParse({}).success; // => false
 * ```
 * @category Zod
 */
export const derivedActivation: ZodType<ParsedRecord<DerivedActivation>> = schema.derivedActivation;

/**
 * The schema of the kind of a county code change (`rename`, `merge`, `split`, `new`, `replace`).
 *
 * @example
 * ```ts
 * countyCodeChangeKind.safeParse("vanish").success; // => false
 * ```
 * @category Zod
 */
export const countyCodeChangeKind: ZodType<CountyCodeChangeKind> = schema.countyCodeChangeKind;

/**
 * The schema of a county code change record.
 *
 * @example
 * ```ts
 * countyCodeChange.safeParse({}).success; // => false
 * ```
 * @category Zod
 */
export const countyCodeChange: ZodType<ParsedRecord<CountyCodeChange>> = schema.countyCodeChange;

/**
 * The schema of a source's kind (`news-article`, `dataset`, ...).
 *
 * @example
 * ```ts
 * sourceKind.safeParse("rumour").success; // => false
 * ```
 * @category Zod
 */
export const sourceKind: ZodType<SourceKind> = schema.sourceKind;

/**
 * The schema of a source record of the bibliography.
 *
 * @example
 * ```ts
 * source.safeParse(sources[0]).success; // => true
 * ```
 * @category Zod
 */
export const source: ZodType<ParsedRecord<Source>> = schema.source;

/**
 * The schema of a jurisdiction's kind: `nation`, `state`, `county` or `city`.
 *
 * @example
 * ```ts
 * jurisdictionKind.parse("county"); // => "county"
 * ```
 * @category Zod
 */
export const jurisdictionKind: ZodType<JurisdictionKind> = schema.jurisdictionKind;

/**
 * The schema of a jurisdiction record.
 *
 * @example
 * ```ts
 * jurisdiction.safeParse(jurisdictions[0]).success; // => true
 * ```
 * @category Zod
 */
export const jurisdiction: ZodType<ParsedRecord<Jurisdiction>> = schema.jurisdiction;

/**
 * The schema of a county activation record.
 *
 * @example
 * ```ts
 * activation.safeParse(activations[0]).success; // => true
 * ```
 * @category Zod
 */
export const activation: ZodType<ParsedRecord<Activation>> = schema.activation;

/**
 * The schema of an event's category: `program`, `decision`, `publication` or `litigation`.
 *
 * @example
 * ```ts
 * eventCategory.parse("decision"); // => "decision"
 * ```
 * @category Zod
 */
export const eventCategory: ZodType<EventCategory> = schema.eventCategory;

/**
 * The schema of an event's kind (`refusal`, `withdrawal`, ...).
 *
 * @example
 * ```ts
 * eventKind.safeParse("party").success; // => false
 * ```
 * @category Zod
 */
export const eventKind: ZodType<EventKind> = schema.eventKind;

/**
 * The schema of the program's phase (`active`, `discontinued`, ...).
 *
 * @example
 * ```ts
 * programPhase.parse("active"); // => "active"
 * ```
 * @category Zod
 */
export const programPhase: ZodType<ProgramPhase> = schema.programPhase;

/**
 * The schema of an event record of the timeline.
 *
 * @example
 * ```ts
 * event.safeParse({ id: "x" }).success; // => false
 * ```
 * @category Zod
 */
export const event: ZodType<ParsedRecord<TimelineEvent>> = schema.event;

/**
 * The schema of an offense level's id (`level-1`, ..., `non-criminal`).
 *
 * @example
 * ```ts
 * offenseLevelId.parse("level-1"); // => "level-1"
 * ```
 * @category Zod
 */
export const offenseLevelId: ZodType<OffenseLevelId> = schema.offenseLevelId;

/**
 * The schema of an offense level record.
 *
 * @example
 * ```ts
 * offenseLevel.safeParse(offenseLevels[0]).success; // => true
 * ```
 * @category Zod
 */
export const offenseLevel: ZodType<ParsedRecord<OffenseLevel>> = schema.offenseLevel;

/**
 * The schema of a category of a statistic, with its count or reported percent.
 *
 * @example
 * ```ts
 * statisticCategory.safeParse({}).success; // => false
 * ```
 * @category Zod
 */
export const statisticCategory: ZodType<ParsedRecord<StatisticCategory>> = schema.statisticCategory;

/**
 * The schema of a statistic record.
 *
 * @example
 * ```ts
 * statistic.safeParse(statistics[0]).success; // => true
 * ```
 * @category Zod
 */
export const statistic: ZodType<ParsedRecord<Statistic>> = schema.statistic;

/**
 * The schema of what a detainer count counts (`total`, `lift-reason`, `type`).
 *
 * @example
 * ```ts
 * detainerBreakdownKind.safeParse("county").success; // => false
 * ```
 * @category Zod
 */
export const detainerBreakdownKind: ZodType<DetainerBreakdownKind> = schema.detainerBreakdownKind;

/**
 * The schema of a detainer count record.
 *
 * @example
 * ```ts
 * detainerCount.safeParse(detainers[0]).success; // => true
 * ```
 * @category Zod
 */
export const detainerCount: ZodType<ParsedRecord<DetainerCount>> = schema.detainerCount;

/**
 * Whether a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` string names a day or month that exists.
 *
 * @param value - The text to check.
 * @returns `true` for `"2012-02-29"`, `false` for `"2011-02-29"` or `"2010-13"`.
 * @throws Never.
 * @example
 * ```ts
 * isRealPartialDate("2011-02-29"); // => false
 * ```
 * @category Zod
 */
export function isRealPartialDate(value: string): boolean {
  return schema.isRealPartialDate(value);
}

/**
 * The name of a dataset (example: `"events"`).
 *
 * @category Zod
 */
export type DatasetName = keyof Datasets;

/**
 * One dataset: the schema of its record, its key, the singular name of one record (for key
 * columns of child tables), the file name its published files share, a title and a description.
 *
 * @category Zod
 */
export interface DatasetSchema<T> {
  /** The schema of one record. */
  readonly record: ZodType<ParsedRecord<T>>;
  /** The field that identifies a record (example: `"id"`). */
  readonly key: string;
  /** One record's name (example: `"event"`). */
  readonly singular: string;
  /** The file name the published files share (example: `"events"`). */
  readonly file: string;
  /** A title (example: `"Events"`). */
  readonly title: string;
  /** What one record is. */
  readonly description: string;
}

/**
 * Every dataset with its record schema, key, file name, title and description.
 *
 * @example
 * ```ts
 * datasets.events.key; // => "id"
 * ```
 * @category Zod
 */
export const datasets: Datasets = schema.datasets;

/**
 * The datasets of {@link datasets}, by name.
 *
 * @category Zod
 */
export interface Datasets {
  /** The bibliography. */
  readonly sources: DatasetSchema<Source>;
  /** The nation, the states and DC, the counties and the cities. */
  readonly jurisdictions: DatasetSchema<Jurisdiction>;
  /** The day the program was switched on in each county. */
  readonly activations: DatasetSchema<Activation>;
  /** The dated events. */
  readonly events: DatasetSchema<TimelineEvent>;
  /** The reported statistics. */
  readonly statistics: DatasetSchema<Statistic>;
  /** ICE's offense levels. */
  readonly offenseLevels: DatasetSchema<OffenseLevel>;
  /** The national counts of ICE detainers. */
  readonly detainers: DatasetSchema<DetainerCount>;
}
