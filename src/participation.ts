/**
 * Participation lookups: find a jurisdiction by code or by name, tell its participation status
 * as of a date, list the jurisdictions in a status, and follow the rollout over time.
 *
 * @module
 */

import { activations } from "./generated/activations.js";
import { coreJurisdictions as jurisdictions } from "./generated/core-jurisdictions.js";
import { events } from "./generated/events.js";
import type { Activation, Claim, Jurisdiction, JurisdictionKind, ProgramPhase, StateId, TimelineEvent } from "./generated/types.js";
import { jurisdictionByCode, jurisdictionsByOtherCode } from "./internal/code-index.js";
import { asciiLowerCase, expectedMessage, isRevokedProxy, optionsObject } from "./internal/errors.js";
import { compareNames } from "./internal/names.js";
import { sharingUnknownFromDay } from "./internal/sharing-end.js";
import { countUpTo } from "./internal/sorted-days.js";
import { type DateInput, dayFromNumber, dayNumber, type PartialDateInterval, parsePartialDate } from "./partial-date.js";
import { type JurisdictionMatch, resolveJurisdiction } from "./resolve.js";

export { type FindJurisdictionsOptions, findJurisdictions } from "./resolve.js";

// ---------------------------------------------------------------------------------------------
// Indexes, built once on first use
// ---------------------------------------------------------------------------------------------

// Three indexes, each over one dataset, so that a bundle with only the name and code lookups
// carries no activations and no events.

interface JurisdictionIndexes {
  /**
   * The counties each state's totals count: the counties of the period, without the codes ICE's
   * list carries for former county-equivalents (`listedOnly`), so that no land counts twice.
   */
  readonly countiesOfState: ReadonlyMap<string, readonly Jurisdiction[]>;
  /** Every county the totals count, in FIPS order. */
  readonly countedCounties: readonly Jurisdiction[];
  /** The states, by name. */
  readonly statesByName: readonly Jurisdiction[];
}

interface ActivationIndexes {
  /** Each county's activation: its day, its record, or the listed areas it is derived from. */
  readonly countyActivation: ReadonlyMap<string, CountyActivation>;
  /** Sorted activation day numbers of every county ("us"), and of the counties of each state. */
  readonly activationDays: ReadonlyMap<string, readonly number[]>;
  /**
   * The activation day of each county `countiesOfState` (or, under "us", `countedCounties`) lists,
   * in the same order: what {@link jurisdictionsInStatus} reads in one pass.
   */
  readonly countyDaysOf: ReadonlyMap<string, Float64Array>;
  /**
   * For the nation and each state: its counties' activation days, sorted, with the running sum of
   * their 2020 populations (`populationUpTo[i]` is the population of the first `i` counties), and
   * the whole population.
   */
  readonly populationsOf: ReadonlyMap<string, { readonly days: readonly number[]; readonly populationUpTo: Float64Array }>;
}

interface CountyActivation {
  readonly day: number;
  readonly date: string;
  /** The activation record, for a county ICE's list carries. */
  readonly record?: Activation;
  /** For a county the list lacks, the listed areas that covered it, whose day it takes. */
  readonly derivedFrom?: readonly Jurisdiction[];
}

interface DatedEvent {
  readonly startDay: number;
  readonly event: TimelineEvent;
}

interface DatedClaim extends DatedEvent {
  readonly claim: Claim;
}

interface EventIndexes {
  readonly phaseEvents: readonly DatedEvent[];
  /** Decisions, by the jurisdiction of the government that made them. */
  readonly decisionsBy: ReadonlyMap<string, readonly DatedEvent[]>;
  /** Decisions of the federal government, by each place they concern (the nation aside). */
  readonly federalDecisionsAbout: ReadonlyMap<string, readonly DatedEvent[]>;
  /** The claims events make, by the jurisdiction each claim is about. */
  readonly claimsAbout: ReadonlyMap<string, readonly DatedClaim[]>;
}

const nation = "us";
let jurisdictionIndexes: JurisdictionIndexes | undefined;
let activationIndexes: ActivationIndexes | undefined;
let eventIndexes: EventIndexes | undefined;

/** Appends `item` to the list under `key`, creating the list on first use. */
function push<K, V>(map: Map<K, V[]>, key: K, item: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [item]);
  else list.push(item);
}

function getJurisdictionIndexes(): JurisdictionIndexes {
  if (jurisdictionIndexes !== undefined) return jurisdictionIndexes;
  const countiesOfState = new Map<string, Jurisdiction[]>();
  const countedCounties: Jurisdiction[] = [];
  const states: Jurisdiction[] = [];
  for (const jurisdiction of jurisdictions) {
    if (jurisdiction.kind === "state") states.push(jurisdiction);
    if (jurisdiction.kind === "county" && jurisdiction.listedOnly !== true && jurisdiction.parent !== undefined) {
      push(countiesOfState, jurisdiction.parent, jurisdiction);
      countedCounties.push(jurisdiction);
    }
  }
  const statesByName = states.sort((a, b) => compareNames(a.name, b.name));
  jurisdictionIndexes = { countiesOfState, countedCounties, statesByName };
  return jurisdictionIndexes;
}

function getActivationIndexes(): ActivationIndexes {
  if (activationIndexes !== undefined) return activationIndexes;
  const { countedCounties, countiesOfState } = getJurisdictionIndexes();
  const countyActivation = new Map<string, CountyActivation>();
  const activationDays = new Map<string, number[]>([[nation, []]]);
  for (const activation of activations) {
    countyActivation.set(activation.county, { day: dayNumber(activation.date), date: activation.date, record: activation });
  }
  // A county of the period that the list lacks takes the day of the listed area that covered it.
  for (const county of jurisdictions) {
    const from = county.activationFrom?.[0]?.county;
    const listed = from === undefined ? undefined : countyActivation.get(from);
    if (listed === undefined || county.activationFrom === undefined) continue;
    const derivedFrom = Object.freeze(county.activationFrom.map((entry) => jurisdictionByCode(entry.county) as Jurisdiction));
    countyActivation.set(county.id, { day: listed.day, date: listed.date, derivedFrom });
  }
  const dayOf = (county: Jurisdiction) => (countyActivation.get(county.id) as CountyActivation).day;
  // Totals count the counties of the period, each once.
  for (const county of countedCounties) {
    push(activationDays, nation, dayOf(county));
    push(activationDays, county.parent ?? nation, dayOf(county));
  }
  for (const list of activationDays.values()) list.sort((a, b) => a - b);
  const daysOf = (counties: readonly Jurisdiction[]) => Float64Array.from(counties, dayOf);
  const countyDaysOf = new Map<string, Float64Array>([[nation, daysOf(countedCounties)]]);
  for (const [state, counties] of countiesOfState) countyDaysOf.set(state, daysOf(counties));
  const populationsOf = new Map<string, { days: number[]; populationUpTo: Float64Array }>();
  const sortedByDay = (counties: readonly Jurisdiction[]) => {
    const pairs = counties.map((county) => [dayOf(county), county.population ?? 0] as const).sort((a, b) => a[0] - b[0]);
    const populationUpTo = new Float64Array(pairs.length + 1);
    pairs.forEach(([, population], index) => {
      populationUpTo[index + 1] = (populationUpTo[index] as number) + population;
    });
    return { days: pairs.map(([day]) => day), populationUpTo };
  };
  populationsOf.set(nation, sortedByDay(countedCounties));
  for (const [state, counties] of countiesOfState) populationsOf.set(state, sortedByDay(counties));
  activationIndexes = { countyActivation, activationDays, countyDaysOf, populationsOf };
  return activationIndexes;
}

function getEventIndexes(): EventIndexes {
  if (eventIndexes !== undefined) return eventIndexes;
  const phaseEvents: DatedEvent[] = [];
  const decisionsBy = new Map<string, DatedEvent[]>();
  const federalDecisionsAbout = new Map<string, DatedEvent[]>();
  const claimsAbout = new Map<string, DatedClaim[]>();
  for (const event of events) {
    const entry = { startDay: parsePartialDate(event.date).startDay, event };
    if (event.programPhase !== undefined) phaseEvents.push(entry);
    if (event.category === "decision" && event.actorJurisdiction !== undefined) {
      push(decisionsBy, event.actorJurisdiction, entry);
      if (event.actorJurisdiction === nation)
        for (const id of event.jurisdictions) if (id !== nation) push(federalDecisionsAbout, id, entry);
    }
    for (const claim of event.claims ?? []) push(claimsAbout, claim.about, { ...entry, claim });
  }
  eventIndexes = { phaseEvents, decisionsBy, federalDecisionsAbout, claimsAbout };
  return eventIndexes;
}

// ---------------------------------------------------------------------------------------------
// Lookups by code and by name
// ---------------------------------------------------------------------------------------------

const codeExpectation = "a jurisdiction id, FIPS code, GEOID, USPS code or ISO 3166-2 code";
/** The longest code or name the lookups accept; anything longer is a mistake, not a miss. */
const longestName = 200;

/**
 * Get a jurisdiction by its id or one of its codes.
 *
 * Accepts the id (`"county-12086"`, `"us-fl"`, `"us"`), a 2-digit state FIPS code (`"12"`), a
 * 5-digit county FIPS code (`"12086"`), a USPS code (`"FL"`, any case) or an ISO 3166-2 code
 * (`"US-FL"`, any case; `"US"` for the nation), and the id or GEOID of a city (`"city-0644000"`,
 * `"0644000"`): every record of `jurisdictions` is found by its id. A county code of another era
 * answers with the county of 2008-2013 it leads to, whose `otherCodes` say how the two relate:
 * `"02158"` (Kusilvak, renamed from Wade Hampton in 2015) gives Wade Hampton Census Area.
 *
 * This lookup reads the jurisdictions, not the table of code changes. Names and the full story of
 * a match are {@link resolveJurisdiction}'s job.
 *
 * @param code - An id or a code.
 * @returns The jurisdiction, or `undefined` when no jurisdiction has that id or code.
 * @throws {TypeError} When `code` is not a string.
 * @throws {RangeError} When `code` is empty or longer than 200 characters, or is a code of another
 *   era whose land lies in several counties of the period (a Connecticut planning region):
 *   {@link resolveJurisdiction} lists them.
 * @example
 * ```ts
 * getJurisdiction("12086")?.fullName; // => "Miami-Dade County"
 * getJurisdiction("fl")?.id; // => "us-fl"
 * getJurisdiction("US-IL")?.name; // => "Illinois"
 * getJurisdiction("46102")?.fullName; // => "Shannon County"
 * getJurisdiction("city-0107000")?.name; // => "Birmingham"
 * getJurisdiction("99999"); // => undefined
 * ```
 * @category Participation
 */
export function getJurisdiction(code: string): Jurisdiction | undefined {
  if (typeof code !== "string") throw new TypeError(expectedMessage(codeExpectation, code));
  if (code.length === 0 || code.length > longestName) throw new RangeError(expectedMessage(codeExpectation, code));
  const found = jurisdictionByCode(code);
  if (found !== undefined || !/^\d{5}$/.test(code)) return found;
  const others = jurisdictionsByOtherCode(code);
  if (others.length > 1)
    throw severalError(
      code,
      others.map(({ jurisdiction }) => jurisdiction),
    );
  return others[0]?.jurisdiction;
}

/** How many candidates an error about several matches names. */
const namedCandidates = 5;

function severalError(code: string, candidates: readonly Jurisdiction[], ambiguous = false): RangeError {
  const shown =
    candidates
      .slice(0, namedCandidates)
      .map((candidate) => `${candidate.id} (${candidate.fullName})`)
      .join(", ") + (candidates.length > namedCandidates ? `, and ${candidates.length - namedCandidates} more` : "");
  const what = ambiguous ? `names ${candidates.length} jurisdictions` : `covers ${candidates.length} jurisdictions of 2008-2013`;
  return new RangeError(
    `${expectedMessage("a code or name of one jurisdiction", code)}, which ${what}: ${shown}; resolveJurisdiction lists them`,
  );
}

/**
 * Get the activation record of a county: the day Secure Communities was switched on there and
 * the source that says so.
 *
 * @param county - A county's id or 5-digit FIPS code (any code {@link getJurisdiction} takes).
 * @returns The activation, or `undefined` when the code names no county of the data.
 * @throws {TypeError} When `county` is not a string.
 * @throws {RangeError} When `county` is empty or longer than 200 characters.
 * @example
 * ```ts
 * getActivation("48201"); // => { county: "county-48201", date: "2008-10-27", citations: [{ source: "ice-activated-jurisdictions-dataset", locator: "county 48201, date_secure", confidence: "high" }] }
 * getActivation("us-fl"); // => undefined
 * ```
 * @category Participation
 */
export function getActivation(county: string): Activation | undefined {
  const jurisdiction = getJurisdiction(county);
  if (jurisdiction?.kind !== "county") return undefined;
  return getActivationIndexes().countyActivation.get(jurisdiction.id)?.record;
}

const stateExpectation = "a state as an id, code or name";

// The state of the call before: a caller often asks about one state many times.
let lastStateText: string | undefined;
let lastState: Jurisdiction | undefined;

function resolveState(state: unknown): Jurisdiction {
  if (typeof state !== "string") throw new TypeError(expectedMessage(stateExpectation, state));
  if (state === lastStateText && lastState !== undefined) return lastState;
  const found = state.trim() === "" || state.length > longestName ? undefined : resolvePlace(state, ["state"]);
  if (found?.kind !== "state") throw new RangeError(expectedMessage(stateExpectation, state));
  lastStateText = state;
  lastState = found;
  return found;
}

interface ResolvedPlace {
  readonly jurisdiction: Jurisdiction;
  readonly match?: JurisdictionMatch;
}

function resolvePlaceMatch(place: unknown, kinds?: readonly JurisdictionKind[]): ResolvedPlace | undefined {
  if (isRevokedProxy(place)) throw new TypeError(expectedMessage(placeExpectation, place));
  // Most places come as a code or a record the code index holds: answered as the resolver would
  // answer them (an exact code is its one match), without its name index.
  const direct = typeof place === "string" || typeof place === "object" ? codeMatchOf(place) : undefined;
  if (direct !== undefined && (kinds === undefined || kinds.includes(direct.jurisdiction.kind))) return direct;
  const ofKind = (found: Jurisdiction) => kinds === undefined || kinds.includes(found.kind);
  if (typeof place === "object" && place !== null && typeof (place as { id?: unknown }).id === "string") {
    const { id } = place as { id: string };
    if (id === "" || id.length > longestName) return undefined;
    const resolved = resolveJurisdiction(id);
    const match = resolved.matches[0];
    return resolved.status === "found" && match !== undefined && match.jurisdiction.id === id && ofKind(match.jurisdiction)
      ? { jurisdiction: match.jurisdiction }
      : undefined;
  }
  if (typeof place !== "string") throw new TypeError(expectedMessage(placeExpectation, place));
  if (place.trim() === "" || place.length > longestName) throw new RangeError(expectedMessage(placeExpectation, place));
  const resolved = resolveJurisdiction(place, kinds === undefined ? {} : { kind: kinds });
  if (resolved.status === "not-found") return undefined;
  const [match] = resolved.matches;
  if (resolved.status !== "found" || match === undefined) {
    throw severalError(
      place,
      resolved.matches.map(({ jurisdiction }) => jurisdiction),
      resolved.status === "ambiguous",
    );
  }
  return { jurisdiction: match.jurisdiction, match };
}

const placeExpectation = "a jurisdiction as an id, code, name or record";

/**
 * The answer {@link resolveJurisdiction} gives a code the code index holds exactly (a record by
 * its id, or a string without surrounding spaces): the jurisdiction, and for a string how it
 * matched. `undefined` for anything else, which the resolver answers.
 */
function codeMatchOf(place: unknown): ResolvedPlace | undefined {
  if (typeof place === "string") {
    if (place.length === 0 || place.length > longestName || place.trim() !== place) return undefined;
    const jurisdiction = jurisdictionByCode(place);
    if (jurisdiction === undefined) return undefined;
    const { id } = jurisdiction;
    const by = place === id || (place.length === id.length && asciiLowerCase(place) === id) ? "id" : "code";
    return { jurisdiction, match: { jurisdiction, by, matched: place } };
  }
  const id = place === null ? undefined : (place as { id?: unknown }).id;
  if (typeof id !== "string" || id.length === 0 || id.length > longestName) return undefined;
  const jurisdiction = jurisdictionByCode(id);
  return jurisdiction?.id === id ? { jurisdiction } : undefined;
}

/**
 * The one reading of a place argument that every helper shares: a record (by its id), then
 * {@link resolveJurisdiction} (an id, a code of any era, or a name that matches exactly one
 * jurisdiction), of the given kinds when `kinds` is given.
 *
 * @param place - What the caller passed.
 * @param kinds - Keep only jurisdictions of these kinds.
 * @returns The jurisdiction, or `undefined` when nothing matches.
 * @throws {TypeError} When `place` is neither a string nor a jurisdiction record.
 * @throws {RangeError} When `place` is empty or too long, or matches several jurisdictions (the
 *   message names them).
 * @internal
 */
export function resolvePlace(place: unknown, kinds?: readonly JurisdictionKind[]): Jurisdiction | undefined {
  return resolvePlaceMatch(place, kinds)?.jurisdiction;
}

// ---------------------------------------------------------------------------------------------
// Status as of a date
// ---------------------------------------------------------------------------------------------

/**
 * A county's record: a jurisdiction of kind `county`, which always has its FIPS code and its state.
 *
 * @category Places
 */
export type CountyJurisdiction = Jurisdiction & {
  /** Always `"county"`. */
  readonly kind: "county";
  /** The county's 5-digit FIPS code (example: `"12086"`). */
  readonly fips: string;
  /** Id of the county's state (example: `"us-fl"`). */
  readonly parent: StateId;
};

/**
 * A state's (or the District of Columbia's) record, which always has its FIPS, USPS and ISO codes.
 *
 * @category Places
 */
export type StateJurisdiction = Jurisdiction & {
  /** Always `"state"`. */
  readonly kind: "state";
  /** The state's 2-digit FIPS code (example: `"12"`). */
  readonly fips: string;
  /** The state's USPS code (example: `"FL"`). */
  readonly usps: string;
  /** The state's ISO 3166-2 code (example: `"US-FL"`). */
  readonly iso3166_2: string;
};

/**
 * A city's record, which always has its Census GEOID and its state.
 *
 * @category Places
 */
export type CityJurisdiction = Jurisdiction & {
  /** Always `"city"`. */
  readonly kind: "city";
  /** The city's 7-digit Census place GEOID (example: `"4835000"`). */
  readonly fips: string;
  /** Id of the city's state (example: `"us-tx"`). */
  readonly parent: StateId;
};

/**
 * Whether a county's Secure Communities switch was on as of a date or period (a day, a month or
 * a year): `activated` (switched on before its first day), `activated-during` (switched on from
 * its first day to its last; for a single day, on that day), `not-activated` (not yet by its
 * last day) or `unknown` (the period reaches 2021-01-20, when Executive Order 13768 was
 * revoked: no source says how the fingerprint sharing stood from then). A county counts as
 * switched on as of the period when it is `activated` or `activated-during`. The switch stayed on
 * after Secure Communities was discontinued on 2014-11-20: the Priority Enforcement Program and
 * the reinstated program of 2017 rested on the same fingerprints, and `program` says which
 * program was in force.
 *
 * @category Participation
 */
export type ActivationStatus = "activated" | "activated-during" | "not-activated" | "unknown";

/**
 * The program's own state as of a date, from the sourced program milestones.
 *
 * @category Participation
 */
export interface ProgramState {
  /** The phase in force on the last day asked about (example: `"active"`). */
  readonly phase: ProgramPhase;
  /** The milestone that began that phase; absent before the program's launch. */
  readonly since?: TimelineEvent;
  /** True when a milestone falls within the period asked about, from its first day to its last. */
  readonly changedDuring: boolean;
}

/**
 * A decision of a government up to a date, and whose it was.
 *
 * @category Participation
 */
export interface Decision {
  /**
   * `own` for the jurisdiction's own government, `state` for its state's, `county` for a city's
   * county's (the county ran the jail that held the city's arrestees), `federal` for a decision of
   * the federal government about the jurisdiction, its state or its county, such as ICE's refusal
   * of an opt-out (example: `"state"`).
   */
  readonly by: "own" | "state" | "county" | "federal";
  /** The event that records the decision. */
  readonly event: TimelineEvent;
}

/**
 * A claim that an event's actor made about a jurisdiction or about its state, up to a date: what
 * one party said of a place, never a decision of that place.
 *
 * @category Participation
 */
export interface ClaimAbout {
  /** `own` when the claim is about the jurisdiction itself, `state` when it is about its state (example: `"own"`). */
  readonly by: "own" | "state";
  /** The event whose actor made the claim (example: the Los Angeles City Council's resolution). */
  readonly event: TimelineEvent;
  /** The claim: the place it is about, what was said, the wording as written, the reading and its confidence. */
  readonly claim: Claim;
}

/**
 * How many counties were switched on, out of how many (example: `{ activated: 67, activatedDuring: 0, total: 67, fraction: 1 }`).
 * As of a period that reaches 2021-01-20 (Executive Order 13768 revoked), the counts are `null`:
 * no source says how the fingerprint sharing stood from then.
 *
 * @category Participation
 */
export interface CountyCounts {
  /** Counties switched on by the period's last day; `null` when unknown. */
  readonly activated: number | null;
  /** Counties switched on from the period's first day to its last (for a single day, on that day); `null` when unknown. */
  readonly activatedDuring: number | null;
  /** All counties. */
  readonly total: number;
  /** `activated / total`, a fraction from 0 to 1 (not a percent); `null` when unknown. */
  readonly fraction: number | null;
}

/**
 * How many people lived in the counties switched on, by the 2020 Census: coverage weighted by
 * population (example: `{ total: 21538187, covered: 21538187, fraction: 1 }`).
 *
 * @category Participation
 */
export interface PopulationCoverage {
  /** The 2020 population of all the place's counties. */
  readonly total: number;
  /** The 2020 population of its counties switched on by the period's last day; `null` when unknown. */
  readonly covered: number | null;
  /** `covered / total`, a fraction from 0 to 1; `null` when unknown. */
  readonly fraction: number | null;
}

interface StatusBase {
  /** The jurisdiction asked about, as its record in `jurisdictions`. */
  readonly jurisdiction: Jurisdiction;
  /** The date asked about, as an interval. */
  readonly asOf: PartialDateInterval;
  /** The program's own phase as of the date, from the program milestones in `events`. */
  readonly program: ProgramState;
  /** Decisions of the jurisdiction's government and of its state's up to the date, in date order. */
  readonly decisions: readonly Decision[];
  /** Claims others made about the jurisdiction or about its state up to the date, in date order; none of them is a decision of the place. */
  readonly claims: readonly ClaimAbout[];
  /**
   * When the place was given as text: how it matched (by id, code, a code of another era, name or
   * alias), and for a code of another era which code was asked and how it relates.
   */
  readonly match?: JurisdictionMatch;
}

/**
 * Status of a county (or county-equivalent).
 *
 * @category Participation
 */
export interface CountyStatus extends StatusBase {
  /** Tells this shape apart from the other {@link ParticipationStatusResult} shapes. */
  readonly kind: "county";
  /** The county asked about, as its record in `jurisdictions`. */
  readonly jurisdiction: CountyJurisdiction;
  /** The county's activation (example: `{ status: "activated", date: "2009-02-24" }`). */
  readonly activation: {
    /** Whether the county was switched on as of the date (example: `"activated"`). */
    readonly status: ActivationStatus;
    /** The day the county was switched on, `YYYY-MM-DD`, even when that is after the date asked about (example: `"2009-02-24"`). */
    readonly date: string;
    /**
     * For a county of the period that ICE's list does not carry (five Alaska areas): the listed
     * areas that covered it, whose day it takes. The activation is derived, not listed.
     */
    readonly derivedFrom?: readonly Jurisdiction[];
  };
}

/**
 * One county a city lies in, with the 2020 population of the city's part there and that county's
 * activation.
 *
 * @category Participation
 */
export interface CityCountyStatus {
  /** The county. */
  readonly county: Jurisdiction;
  /** The 2020 Census population of the city's part in the county: the city's people there, not the county's (example: `2255442`). */
  readonly population: number;
  /** The county's own 2020 Census population, when the data gives it (example: `4731145`). */
  readonly countyPopulation?: number;
  /** The county's activation as of the date (example: `{ status: "activated", date: "2008-10-27" }`). */
  readonly activation: {
    /** Whether the county was switched on as of the date (example: `"activated"`). */
    readonly status: ActivationStatus;
    /** The day the county was switched on, `YYYY-MM-DD` (example: `"2008-10-27"`). */
    readonly date: string;
  };
}

/**
 * Status of a city. Secure Communities ran through the jails, which are the counties', so a city's
 * participation is that of the counties it lies in, each with its own activation; a city in several
 * counties also says how much of its 2020 population lived in counties switched on by the date.
 *
 * @category Participation
 */
export interface CityStatus extends StatusBase {
  /** Tells this shape apart from the other {@link ParticipationStatusResult} shapes. */
  readonly kind: "city";
  /** The city asked about, as its record in `jurisdictions`. */
  readonly jurisdiction: CityJurisdiction;
  /** Every county the city lies in, largest part first, each with its activation; `[]` when the data names none. */
  readonly counties: readonly CityCountyStatus[];
  /** The city's 2020 Census population; absent when the data does not give it (example: `2304580`). */
  readonly population?: number;
  /**
   * The population of the city's parts in counties switched on by the last day asked about;
   * `null` when unknown (a period that reaches 2021-01-20, or no population) (example: `2304580`).
   */
  readonly coveredPopulation: number | null;
  /** `coveredPopulation / population`, from 0 to 1; `null` when unknown (example: `1`). */
  readonly coveredFraction: number | null;
  /** The county whose jail books the city's arrests (its largest part); absent when the data does not say. */
  readonly county?: Jurisdiction;
  /** The activation of the city's county (example: `{ status: "activated", date: "2009-08-27" }`). */
  readonly activation: {
    /** Whether the city's county was switched on as of the date; `unknown` when the data names no county for the city (example: `"activated"`). */
    readonly status: ActivationStatus;
    /** The day the city's county was switched on, `YYYY-MM-DD`; absent when the data names no county (example: `"2009-08-27"`). */
    readonly date?: string;
  };
}

/**
 * Status of a state or the District of Columbia: its counties switched on, and its completion.
 *
 * @category Participation
 */
export interface StateStatus extends StatusBase {
  /** Tells this shape apart from the other {@link ParticipationStatusResult} shapes. */
  readonly kind: "state";
  /** The state asked about, as its record in `jurisdictions`. */
  readonly jurisdiction: StateJurisdiction;
  /** Whether none, some or all of the state's counties were switched on by the last day asked about, or `unknown` after the data's coverage (example: `"complete"`). */
  readonly rollout: StateRolloutStatus;
  /** The state's counties switched on, out of all its counties. */
  readonly counties: CountyCounts;
  /** The same weighted by the counties' 2020 populations. */
  readonly population: PopulationCoverage;
  /** The day the state's last county was switched on (its full coverage), even when that is after the date asked about (example: `"2010-06-22"`). */
  readonly completionDate: string;
}

/**
 * Status of the nation: counties and states switched on.
 *
 * @category Participation
 */
export interface NationStatus extends StatusBase {
  /** Tells this shape apart from the other {@link ParticipationStatusResult} shapes. */
  readonly kind: "nation";
  /** The nation's counties switched on, out of all counties with an activation date. */
  readonly counties: CountyCounts;
  /** The same weighted by the counties' 2020 populations. */
  readonly population: PopulationCoverage;
  /** States (and DC) whose every county was switched on by the last day asked about; `null` when unknown. */
  readonly statesComplete: number | null;
}

/**
 * The result of {@link participationStatus}: one shape per kind of jurisdiction.
 *
 * @category Participation
 */
export type ParticipationStatusResult = CountyStatus | CityStatus | StateStatus | NationStatus;

/**
 * A state's (or the nation's) rollout as of a date or period: `not-started` (no county switched
 * on by its last day), `partial`, `complete` (every county switched on by its last day), or
 * `unknown` (the period reaches 2021-01-20, when Executive Order 13768 was revoked).
 *
 * @category Participation
 */
export type StateRolloutStatus = "not-started" | "partial" | "complete" | "unknown";

// A caller asks about many places as of one date: the date's interval and the program's state on
// it are kept from the call before (both frozen, so that results can share them).
let lastAsOfText: string | undefined;
let lastAsOf: PartialDateInterval | undefined;
let lastProgram: { readonly startDay: number; readonly endDay: number; readonly state: ProgramState } | undefined;

function asOfInterval(asOf: DateInput): PartialDateInterval {
  if (typeof asOf === "string" && asOf === lastAsOfText && lastAsOf !== undefined) return lastAsOf;
  const interval = Object.freeze(parsePartialDate(asOf));
  if (typeof asOf === "string") {
    lastAsOfText = asOf;
    lastAsOf = interval;
  }
  return interval;
}

function programState(asOf: PartialDateInterval): ProgramState {
  if (lastProgram !== undefined && lastProgram.startDay === asOf.startDay && lastProgram.endDay === asOf.endDay) return lastProgram.state;
  let current: TimelineEvent | undefined;
  let changedDuring = false;
  for (const { startDay, event } of getEventIndexes().phaseEvents) {
    if (startDay > asOf.endDay) break;
    current = event;
    if (startDay >= asOf.startDay) changedDuring = true;
  }
  const state: ProgramState = Object.freeze(
    current === undefined
      ? { phase: "not-started", changedDuring }
      : { phase: current.programPhase ?? "active", since: current, changedDuring },
  );
  lastProgram = { startDay: asOf.startDay, endDay: asOf.endDay, state };
  return state;
}

/**
 * The edge rule every helper applies: a county's switch stays on from its activation day through
 * Secure Communities, the Priority Enforcement Program and the reinstated program; a period that
 * reaches the day Executive Order 13768 was revoked (2021-01-20), after which no source says how
 * the sharing stood, is answered `unknown`, as every day after it is.
 */
function beyondCoverage(asOf: PartialDateInterval): boolean {
  return asOf.endDay >= sharingUnknownFromDay;
}

function activationStatus(day: number, asOf: PartialDateInterval): ActivationStatus {
  return beyondCoverage(asOf) ? "unknown" : coveredStatus(day, asOf);
}

/** A county's status as of a period within the data's coverage. */
function coveredStatus(day: number, asOf: PartialDateInterval): Exclude<ActivationStatus, "unknown"> {
  if (day < asOf.startDay) return "activated";
  if (day <= asOf.endDay) return "activated-during";
  return "not-activated";
}

/**
 * The entries under each `[key, by]` of `lookups` up to the last day asked about, in date order,
 * each made into a result item once (an event about a county and its state is listed once, under
 * the first lookup that finds it). Most places and their states decided nothing and are the
 * subject of no claim: they are answered without allocating.
 */
function datedOf<Entry extends DatedEvent, By extends string, Item>(
  by: ReadonlyMap<string, readonly Entry[]>,
  lookups: readonly (readonly [string | undefined, By])[],
  asOf: PartialDateInterval,
  item: (entry: Entry, whose: By) => Item,
): Item[] {
  let found: { startDay: number; entry: Entry; item: Item }[] | undefined;
  for (const [key, whose] of lookups) {
    const entries = key === undefined ? undefined : by.get(key);
    if (entries === undefined) continue;
    found ??= [];
    for (const entry of entries) {
      if (entry.startDay > asOf.endDay || found.some((seen) => seen.entry === entry)) continue;
      found.push({ startDay: entry.startDay, entry, item: item(entry, whose) });
    }
  }
  if (found === undefined) return [];
  return found.sort((a, b) => a.startDay - b.startDay).map((entry) => entry.item);
}

const decisionItem = ({ event }: DatedEvent, by: Decision["by"]): Decision => ({ by, event });
const claimItem = ({ event, claim }: DatedClaim, by: ClaimAbout["by"]): ClaimAbout => ({ by, event, claim });

/**
 * Decisions of a place's government, of its state's, of its counties' (for a city, whose jails
 * are its counties'), and of the federal government about any of them, up to the last day asked
 * about, in date order.
 */
function decisionsOf(own: string, state: string | undefined, asOf: PartialDateInterval, counties: readonly string[] = []): Decision[] {
  const { decisionsBy, federalDecisionsAbout } = getEventIndexes();
  const local = datedOf(
    decisionsBy,
    [[own, "own"], [state, "state"], ...counties.map((county) => [county, "county"] as const)] as const,
    asOf,
    decisionItem,
  );
  if (own === nation) return local;
  const federal = datedOf(
    federalDecisionsAbout,
    [[own, "federal"], [state, "federal"], ...counties.map((county) => [county, "federal"] as const)] as const,
    asOf,
    decisionItem,
  );
  if (federal.length === 0) return local;
  return [...local, ...federal].sort((a, b) => dayOfEvent(a.event) - dayOfEvent(b.event));
}

function dayOfEvent(event: TimelineEvent): number {
  return parsePartialDate(event.date).startDay;
}

/** Claims about a place and about its state up to the last day asked about, in date order. */
function claimsOf(own: string, state: string | undefined, asOf: PartialDateInterval): ClaimAbout[] {
  return datedOf(
    getEventIndexes().claimsAbout,
    [
      [own, "own"],
      [state, "state"],
    ] as const,
    asOf,
    claimItem,
  );
}

function countyCounts(days: readonly number[], total: number, asOf: PartialDateInterval): CountyCounts {
  if (beyondCoverage(asOf)) return { activated: null, activatedDuring: null, total, fraction: null };
  const activated = countUpTo(days, asOf.endDay);
  const before = countUpTo(days, asOf.startDay - 1);
  return { activated, activatedDuring: activated - before, total, fraction: total === 0 ? 0 : activated / total };
}

/**
 * The participation status of a jurisdiction as of a date.
 *
 * - A county: whether it was switched on (and the day), the program's own phase, and the
 *   decisions of its government and of its state's up to the date (a state's withdrawal shows
 *   on its counties with `by: "state"`), and apart from them the claims others made about it or
 *   its state (`claims`, the same `by`), which are never counted as its decisions.
 * - A city: its county's activation, its own and its state's decisions.
 * - A state: its counties switched on out of its total, its completion day, its decisions.
 * - The nation: the totals.
 *
 * A day, a month or a year is read as a period: a county counts as switched on when its
 * activation day is on or before the period's last day, and a switch-on from its first day to its
 * last is `activated-during` (for a single day, one on that day). The switch stays on after the
 * discontinuation of 2014-11-20, through the Priority Enforcement Program and the reinstated
 * program (their sources say both relied on the same fingerprints; `program` names the one in
 * force). A period that reaches 2021-01-20, when Executive Order 13768 was revoked, is beyond
 * what the sources say: counties are `unknown`, counts and fractions `null`, a state's rollout
 * `unknown`. An event whose date is a month or a year counts from its first day.
 *
 * A place may be a name too, when it names one jurisdiction (`"Miami-Dade County, FL"`); a name
 * that matches several throws and names them.
 *
 * @param place - An id, a code (see {@link getJurisdiction}), a name of one jurisdiction or a jurisdiction record.
 * @param asOf - The date asked about: `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or a `Date` (its UTC day).
 * @returns The status, or `undefined` when no jurisdiction has that id, code or name.
 * @throws {TypeError} When `place` is neither a string nor a jurisdiction, or `asOf` is not a date.
 * @throws {RangeError} When `place` is empty or a name of several jurisdictions, or `asOf` is not a valid partial date.
 * @example
 * ```ts
 * const status = participationStatus("12086", "2010-05");
 * status?.kind === "county" && status.activation; // => { status: "activated", date: "2009-02-24" }
 * status?.program.phase; // => "active"
 *
 * const illinois = participationStatus("us-il", "2011-06-07");
 * illinois?.decisions.map((d) => [d.by, d.event.id]);
 * // => [["own", "il-moa-signing"], ["own", "il-suspends-participation"], ["own", "il-governor-withdraws"], ["federal", "dhs-refuses-illinois-withdrawal-2011-05-05"]]
 *
 * const pennsylvania = participationStatus("us-pa", "2011-06-07");
 * pennsylvania?.decisions; // => []
 * pennsylvania?.claims.map((c) => [c.event.actor, c.claim.reading, c.claim.confidence]);
 * // => [["Los Angeles City Council", "the Commonwealth of Pennsylvania", "low"]]
 * participationStatus("us", "2015-03")?.program.phase; // => "discontinued"
 * const nation = participationStatus("us", "2021");
 * nation?.kind === "nation" && nation.counties; // => { activated: null, activatedDuring: null, total: 3143, fraction: null }
 * ```
 * @category Participation
 */
export function participationStatus(place: string | Jurisdiction, asOf: DateInput): ParticipationStatusResult | undefined {
  const interval = asOfInterval(asOf);
  const resolved = resolvePlaceMatch(place);
  if (resolved === undefined) return undefined;
  const { jurisdiction, match } = resolved;
  const { countiesOfState } = getJurisdictionIndexes();
  const { activationDays, countyActivation } = getActivationIndexes();
  const program = programState(interval);
  const state = jurisdiction.parent === undefined ? undefined : jurisdictionByCode(jurisdiction.parent);
  const stateId = state?.kind === "state" ? state.id : undefined;
  const cityCounties = jurisdiction.kind === "city" ? (jurisdiction.counties?.map((part) => part.county) ?? []) : [];
  const decisions = decisionsOf(jurisdiction.id, stateId, interval, cityCounties);
  const claims = claimsOf(jurisdiction.id, stateId, interval);

  if (jurisdiction.kind === "county") {
    // Written out rather than spread from a base: the status of every county is a common question,
    // and an object spread costs more than the rest of the answer.
    const { day, date, derivedFrom } = countyActivation.get(jurisdiction.id) as CountyActivation;
    const status = activationStatus(day, interval);
    const activation = derivedFrom === undefined ? { status, date } : { status, date, derivedFrom };
    // Every county record has its FIPS code and its state (the generator checks it).
    const county = jurisdiction as CountyJurisdiction;
    return match === undefined
      ? { kind: "county", jurisdiction: county, asOf: interval, program, decisions, claims, activation }
      : { kind: "county", jurisdiction: county, asOf: interval, program, decisions, claims, match, activation };
  }
  const base = { jurisdiction, asOf: interval, program, decisions, claims, ...(match === undefined ? {} : { match }) };

  switch (jurisdiction.kind) {
    case "city": {
      const county = jurisdiction.county === undefined ? undefined : jurisdictionByCode(jurisdiction.county);
      const day = county === undefined ? undefined : countyActivation.get(county.id)?.day;
      const activation =
        day === undefined ? { status: "unknown" as const } : { status: activationStatus(day, interval), date: dayFromNumber(day) };
      const parts =
        jurisdiction.counties ?? (county === undefined ? [] : [{ county: county.id, population: jurisdiction.population ?? 0 }]);
      const counties = parts.map((part): CityCountyStatus => {
        const partDay = (countyActivation.get(part.county) as CountyActivation).day;
        const partCounty = jurisdictionByCode(part.county) as Jurisdiction;
        const activation = { status: activationStatus(partDay, interval), date: dayFromNumber(partDay) };
        return partCounty.population === undefined
          ? { county: partCounty, population: part.population, activation }
          : { county: partCounty, population: part.population, countyPopulation: partCounty.population, activation };
      });
      const known = jurisdiction.population !== undefined && counties.every((part) => part.activation.status !== "unknown");
      const coveredPopulation = known
        ? counties.reduce((sum, part) => sum + (part.activation.status === "not-activated" ? 0 : part.population), 0)
        : null;
      const population = jurisdiction.population;
      const coveredFraction =
        coveredPopulation === null || population === undefined || population === 0 ? null : coveredPopulation / population;
      return {
        kind: "city",
        ...base,
        jurisdiction: jurisdiction as CityJurisdiction,
        counties,
        ...(population === undefined ? {} : { population }),
        coveredPopulation,
        coveredFraction,
        ...(county === undefined ? {} : { county }),
        activation,
      };
    }
    case "state": {
      const days = activationDays.get(jurisdiction.id) ?? [];
      const counties = countyCounts(days, countiesOfState.get(jurisdiction.id)?.length ?? 0, interval);
      return {
        kind: "state",
        ...base,
        jurisdiction: jurisdiction as StateJurisdiction,
        rollout: rolloutOf(counties),
        counties,
        population: populationCoverage(jurisdiction.id, interval),
        completionDate: dayFromNumber(days[days.length - 1] as number),
      };
    }
    case "nation": {
      const days = activationDays.get(nation) ?? [];
      let statesComplete: number | null = beyondCoverage(interval) ? null : 0;
      for (const [id, stateDays] of activationDays) {
        if (statesComplete !== null && id !== nation && (stateDays[stateDays.length - 1] as number) <= interval.endDay) statesComplete += 1;
      }
      return {
        kind: "nation",
        ...base,
        counties: countyCounts(days, days.length, interval),
        population: populationCoverage(nation, interval),
        statesComplete,
      };
    }
  }
}

function populationCoverage(place: string, asOf: PartialDateInterval): PopulationCoverage {
  const { days, populationUpTo } = getActivationIndexes().populationsOf.get(place) ?? { days: [], populationUpTo: new Float64Array(1) };
  const total = populationUpTo[days.length] as number;
  if (beyondCoverage(asOf)) return { total, covered: null, fraction: null };
  const covered = populationUpTo[countUpTo(days, asOf.endDay)] as number;
  return { total, covered, fraction: total === 0 ? 0 : covered / total };
}

function rolloutOf(counts: CountyCounts): StateRolloutStatus {
  if (counts.activated === null) return "unknown";
  if (counts.activated === 0) return "not-started";
  return counts.activated === counts.total ? "complete" : "partial";
}

/**
 * Options of {@link jurisdictionsInStatus}.
 *
 * @category Participation
 */
export interface JurisdictionsInStatusOptions {
  /** Keep only the counties of this state (or only this state): any id, code or name of a state (example: `"CA"`). */
  readonly state?: string | undefined;
  /** Which kind `unknown` lists, the one status both kinds share (default `"county"`). */
  readonly kind?: "county" | "state" | undefined;
}

const countyStatuses: readonly string[] = ["activated", "activated-during", "not-activated", "unknown"];
const stateStatuses: readonly string[] = ["not-started", "partial", "complete", "unknown"];
const statusExpectation = `a status: ${[...new Set([...countyStatuses, ...stateStatuses])].join(", ")}`;

/**
 * The jurisdictions in a status as of a date or period: counties by {@link ActivationStatus}, or
 * states by {@link StateRolloutStatus}, by the same rules as {@link participationStatus} (so the
 * counties `activated` and `activated-during` are the ones its `counties.activated` counts).
 *
 * @param status - A county status (`activated`, `activated-during`, `not-activated`, `unknown`)
 *   or a state status (`not-started`, `partial`, `complete`, `unknown`).
 * @param asOf - The date asked about.
 * @param options - Keep only the counties of one state; `kind: "state"` lists states for `unknown`.
 * @returns The matching counties (sorted by FIPS code) or states (by name).
 * @throws {TypeError} When `status` is not a string, `asOf` not a date or `options` not an object.
 * @throws {RangeError} When `status` is none of the above, `asOf` is not a valid date or
 *   `options.state` is not a state.
 * @example
 * ```ts
 * jurisdictionsInStatus("activated", "2011-06-07", { state: "CA" }).length; // => 58
 * jurisdictionsInStatus("complete", "2010-06-30").map((s) => s.usps); // => ["DE", "FL", "VA"]
 * jurisdictionsInStatus("activated-during", "2010-06-22").length; // => 54
 * // Switched on under the reinstated program; unknown from 2021-01-20.
 * jurisdictionsInStatus("activated", "2019").length; // => 3143
 * jurisdictionsInStatus("activated", "2021").length; // => 0
 * ```
 * @category Participation
 */
export function jurisdictionsInStatus(
  status: Exclude<ActivationStatus, "unknown">,
  asOf: DateInput,
  options?: JurisdictionsInStatusOptions,
): readonly CountyJurisdiction[];
export function jurisdictionsInStatus(
  status: Exclude<StateRolloutStatus, "unknown">,
  asOf: DateInput,
  options?: JurisdictionsInStatusOptions,
): readonly StateJurisdiction[];
export function jurisdictionsInStatus(
  status: "unknown",
  asOf: DateInput,
  options: JurisdictionsInStatusOptions & { readonly kind: "state" },
): readonly StateJurisdiction[];
export function jurisdictionsInStatus(
  status: "unknown",
  asOf: DateInput,
  options?: JurisdictionsInStatusOptions & { readonly kind?: "county" | undefined },
): readonly CountyJurisdiction[];
export function jurisdictionsInStatus(
  status: ActivationStatus | StateRolloutStatus,
  asOf: DateInput,
  options?: JurisdictionsInStatusOptions,
): readonly (CountyJurisdiction | StateJurisdiction)[];
export function jurisdictionsInStatus(
  status: ActivationStatus | StateRolloutStatus,
  asOf: DateInput,
  options: JurisdictionsInStatusOptions = {},
): readonly Jurisdiction[] {
  if (typeof status !== "string") throw new TypeError(expectedMessage(statusExpectation, status));
  if (!countyStatuses.includes(status) && !stateStatuses.includes(status)) throw new RangeError(expectedMessage(statusExpectation, status));
  const interval = asOfInterval(asOf);
  const { state: stateOption, kind = "county" } = optionsObject(options, "options of jurisdictionsInStatus");
  const kindExpectation = 'kind as "county" or "state"';
  if (typeof kind !== "string") throw new TypeError(expectedMessage(kindExpectation, kind));
  if (kind !== "county" && kind !== "state") throw new RangeError(expectedMessage(kindExpectation, kind));
  const state = stateOption === undefined ? undefined : resolveState(stateOption);
  const { countiesOfState, countedCounties, statesByName } = getJurisdictionIndexes();
  const { activationDays, countyDaysOf } = getActivationIndexes();
  if (!countyStatuses.includes(status) || (status === "unknown" && kind === "state")) {
    return statesByName.filter((jurisdiction) => {
      if (state !== undefined && jurisdiction.id !== state.id) return false;
      const counts = countyCounts(activationDays.get(jurisdiction.id) ?? [], countiesOfState.get(jurisdiction.id)?.length ?? 0, interval);
      return rolloutOf(counts) === status;
    });
  }
  // The counties and their activation days, listed once: one pass over a typed array.
  const counties = state === undefined ? countedCounties : (countiesOfState.get(state.id) ?? []);
  const days = countyDaysOf.get(state?.id ?? nation) ?? new Float64Array(0);
  if (beyondCoverage(interval)) return status === "unknown" ? counties.slice() : [];
  const found: Jurisdiction[] = [];
  for (let index = 0; index < days.length; index += 1) {
    if (coveredStatus(days[index] as number, interval) === status) found.push(counties[index] as Jurisdiction);
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// Rollout progress
// ---------------------------------------------------------------------------------------------

/**
 * Options of {@link rolloutProgress}.
 *
 * @category Participation
 */
export interface RolloutProgressOptions {
  /** A state (any id, code or name); the whole nation when absent (example: `"TX"`). */
  readonly state?: string | undefined;
  /** One point per day, month or year (default `"month"`). */
  readonly by?: "day" | "month" | "year" | undefined;
  /** First period of the series (default: the month, day or year of the first activation). */
  readonly from?: DateInput | undefined;
  /** Last period of the series (default: that of the last activation). */
  readonly to?: DateInput | undefined;
}

/**
 * One point of a rollout series: the counties switched on by the end of a period. A period that
 * reaches 2021-01-20 (Executive Order 13768 revoked) has status `unknown` and `null` counts.
 *
 * @category Participation
 */
export interface RolloutPoint extends CountyCounts {
  /** The period: `YYYY-MM-DD`, `YYYY-MM` or `YYYY` (example: `"2010-06"`). */
  readonly period: string;
  /** The rollout as of the period, as {@link participationStatus} gives it for the state or the nation (example: `"partial"`). */
  readonly status: StateRolloutStatus;
}

function periodText(day: number, by: "day" | "month" | "year"): string {
  const text = dayFromNumber(day);
  return by === "day" ? text : by === "month" ? text.slice(0, 7) : text.slice(0, 4);
}

/**
 * Rollout progress as a series: counties switched on by the end of each day, month or year,
 * nationally or for one state.
 *
 * @param options - The state, the step and the range (both ends included).
 * @returns One point per period from `from` to `to`.
 * @throws {TypeError} When `options` is not an object or one of them has the wrong type.
 * @throws {RangeError} When `by` is not day, month or year, a date is invalid, `from` is after
 *   `to`, the series would have more than 100,000 points, or `options.state` is not a state.
 * @example
 * ```ts
 * rolloutProgress({ by: "year" }).map((point) => point.activatedDuring);
 * // => [14, 91, 788, 1099, 1045, 106]
 * rolloutProgress({ state: "FL", by: "month", from: "2010-06", to: "2010-06" })[0]?.fraction; // => 1
 * rolloutProgress({ by: "year", from: "2020", to: "2021" }).map((point) => point.status); // => ["complete", "unknown"]
 * ```
 * @category Participation
 */
export function rolloutProgress(options: RolloutProgressOptions = {}): readonly RolloutPoint[] {
  const { by = "month", state: stateOption, from, to } = optionsObject(options, "options of rolloutProgress");
  const byExpectation = 'by as "day", "month" or "year"';
  if (typeof by !== "string") throw new TypeError(expectedMessage(byExpectation, by));
  if (by !== "day" && by !== "month" && by !== "year") throw new RangeError(expectedMessage(byExpectation, by));
  const state = stateOption === undefined ? undefined : resolveState(stateOption);
  const { countiesOfState } = getJurisdictionIndexes();
  const { activationDays } = getActivationIndexes();
  const days = activationDays.get(state?.id ?? nation) ?? [];
  const total = state === undefined ? days.length : (countiesOfState.get(state.id)?.length ?? 0);
  const first = parsePartialDate(from === undefined ? periodText(days[0] as number, by) : from);
  const last = parsePartialDate(to === undefined ? periodText(days[days.length - 1] as number, by) : to);
  if (first.startDay > last.endDay) {
    throw new RangeError(expectedMessage(`"from" on or before "to" (${last.text})`, first.text));
  }
  const size = periodCount(first.startDay, last.endDay, by);
  if (size > longestSeries)
    throw new RangeError(expectedMessage(`a range of at most ${longestSeries} ${by}s`, `${size} from ${first.text} to ${last.text}`));
  const points: RolloutPoint[] = [];
  let period = parsePartialDate(periodText(first.startDay, by));
  for (;;) {
    const counts = countyCounts(days, total, period);
    points.push({ period: period.text, status: rolloutOf(counts), ...counts });
    // The last period may end on 9999-12-31, after which no day has a number.
    if (period.endDay >= last.endDay) break;
    period = parsePartialDate(periodText(period.endDay + 1, by));
  }
  return points;
}

/** The most points a rollout series may have. */
const longestSeries = 100_000;

/** How many periods of the step touch the days from `firstDay` to `lastDay`. */
function periodCount(firstDay: number, lastDay: number, by: "day" | "month" | "year"): number {
  if (by === "day") return lastDay - firstDay + 1;
  const [firstYear, firstMonth] = dayFromNumber(firstDay).split("-").map(Number) as [number, number];
  const [lastYear, lastMonth] = dayFromNumber(lastDay).split("-").map(Number) as [number, number];
  return by === "year" ? lastYear - firstYear + 1 : (lastYear - firstYear) * 12 + lastMonth - firstMonth + 1;
}
