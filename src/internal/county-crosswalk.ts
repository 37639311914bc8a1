/**
 * The rule that maps a county code of 2008-2013 to today's codes, shared by the crosswalk helper
 * (src/crosswalk.ts) and the generator that publishes `county-crosswalk.csv`.
 *
 * A county of the period follows the code changes that start from its code on or after the program's
 * first day (2008-10-27); a code that ICE's list carries for a former county-equivalent
 * (`listedOnly`) follows every change from its code. Each change leads to its new code, which then
 * follows the changes after it; a `new` change (a new entity made from part of the old one) keeps the
 * old code too. A code that no change starts from is today's code.
 */

/**
 * How a code of 2008-2013 relates to one of today's codes.
 *
 * @category Places
 */
export type CrosswalkRelation = "same" | "continues" | "rename" | "merge" | "split" | "new" | "replace";

/** What the rule reads of a code change. */
export interface CrosswalkChange {
  readonly id: string;
  readonly oldCode: string;
  readonly newCode: string;
  readonly newName: string;
  readonly date: string;
  readonly change: "rename" | "merge" | "split" | "new" | "replace";
}

/** What the rule reads of a county of the period. */
export interface CrosswalkCounty {
  readonly fips?: string;
  readonly fullName: string;
  readonly parent?: string;
  readonly listedOnly?: true;
}

/**
 * One row of the crosswalk: a code of 2008-2013 and one of today's codes for (part of) its land.
 *
 * @category Places
 */
export interface CrosswalkRow {
  /** The county code of 2008-2013, as the data's jurisdictions carry it (example: `"02270"`). */
  readonly periodCode: string;
  /** Its name with its type (example: `"Wade Hampton Census Area"`). */
  readonly periodName: string;
  /** USPS code of its state (example: `"AK"`). */
  readonly state: string;
  /** Today's county code for the land, or for part of it (example: `"02158"`). */
  readonly currentCode: string;
  /** Today's name for that code (example: `"Kusilvak Census Area"`). */
  readonly currentName: string;
  /**
   * `same` (no change), `continues` (the code continues after part of its land went to a new
   * entity), or the kind of the first change on the way: `rename`, `merge`, `split`, `new`,
   * `replace` (example: `"rename"`).
   */
  readonly relation: CrosswalkRelation;
  /** Ids of the `countyCodeChanges` records on the way, in date order (example: `["02270-02158"]`). */
  readonly codeChanges: readonly string[];
  /** True when the period code is one ICE's list carries for a former county-equivalent (example: `false`). */
  readonly listedOnly: boolean;
}

/** The program's first activation day: changes before it had already happened in 2008-2013. */
const periodStart = "2008-10-27";

const startOf = (date: string) => (date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date);

interface Step {
  readonly code: string;
  readonly name: string | undefined;
  readonly via: readonly CrosswalkChange[];
}

function follow(code: string, after: string, inclusive: boolean, byOld: ReadonlyMap<string, readonly CrosswalkChange[]>): Step[] {
  const rows = (byOld.get(code) ?? []).filter((row) => (inclusive ? startOf(row.date) >= after : startOf(row.date) > after));
  if (rows.length === 0) return [{ code, name: undefined, via: [] }];
  const steps: Step[] = [];
  const continues = rows.some((row) => row.change === "new");
  for (const row of rows) {
    const next = follow(row.newCode, startOf(row.date), false, byOld);
    for (const step of next) steps.push({ code: step.code, name: step.name ?? row.newName, via: [row, ...step.via] });
  }
  if (continues && !rows.some((row) => row.newCode === code)) {
    let last = after;
    for (const row of rows) if (startOf(row.date) > last) last = startOf(row.date);
    steps.push(...follow(code, last, false, byOld));
  }
  return steps;
}

/**
 * The crosswalk rows of every county of the period, in order of period code and then today's code.
 *
 * @param counties - The counties of 2008-2013 (kind `county`).
 * @param changes - The county code changes.
 * @param uspsOf - USPS code of a state, by state id.
 */
export function crosswalkRows(
  counties: readonly CrosswalkCounty[],
  changes: readonly CrosswalkChange[],
  uspsOf: (stateId: string) => string,
): CrosswalkRow[] {
  const byOld = new Map<string, CrosswalkChange[]>();
  for (const change of changes) byOld.set(change.oldCode, [...(byOld.get(change.oldCode) ?? []), change]);
  const rows: CrosswalkRow[] = [];
  for (const county of counties) {
    const code = county.fips ?? "";
    const listedOnly = county.listedOnly === true;
    const steps = follow(code, listedOnly ? "0000-01-01" : periodStart, true, byOld);
    const byCode = new Map<string, Step>();
    for (const step of steps) if (!byCode.has(step.code)) byCode.set(step.code, step);
    for (const step of [...byCode.values()].sort((a, b) => (a.code < b.code ? -1 : 1))) {
      const first = step.via[0];
      const relation: CrosswalkRelation =
        first === undefined
          ? steps.length > 1 || (byOld.get(code) ?? []).some((row) => startOf(row.date) >= periodStart)
            ? "continues"
            : "same"
          : first.change === "new" && first.newCode === code
            ? "continues"
            : first.change;
      rows.push({
        periodCode: code,
        periodName: county.fullName,
        state: uspsOf(county.parent ?? ""),
        currentCode: step.code,
        currentName: step.name ?? county.fullName,
        relation,
        codeChanges: step.via.map((row) => row.id),
        listedOnly,
      });
    }
  }
  return rows.sort((a, b) => (a.periodCode < b.periodCode ? -1 : a.periodCode > b.periodCode ? 1 : a.currentCode < b.currentCode ? -1 : 1));
}
