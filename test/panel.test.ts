import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { borderCounties } from "../data/border-counties.js";
import { activations, events, jurisdictions } from "../src/index.js";
import { type ActivationPanelOptions, activationPanel, type PanelPeriod, type PanelRow, type PanelUnit } from "../src/panel.js";
import { parsePartialDate } from "../src/partial-date.js";

// ---------------------------------------------------------------------------------------------
// A naive panel: JavaScript Dates, day strings and loops over every day, nothing shared with the
// helper's day arithmetic.
// ---------------------------------------------------------------------------------------------

/** The first day of the "uncertain" phase (Executive Order 13768 revoked): from then on, unknown. */
const unknownFrom = events.find((event) => event.programPhase === "uncertain")?.date as string;

const iso = (date: Date) => date.toISOString().slice(0, 10);
const utc = (text: string) => new Date(`${text}T00:00:00Z`);
const addDays = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000);
const pad = (value: number) => String(value).padStart(2, "0");

interface NaivePeriod {
  readonly label: string;
  readonly start: string;
  readonly end: string;
  readonly days: readonly string[];
}

/** The period of a kind that holds a day, by Date arithmetic. */
function naivePeriodOf(by: PanelPeriod, text: string): NaivePeriod {
  const date = utc(text);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  let start: Date;
  let end: Date;
  let label: string;
  switch (by) {
    case "day":
      start = date;
      end = date;
      label = text;
      break;
    case "week": {
      const weekday = (date.getUTCDay() + 6) % 7; // Monday 0
      start = addDays(date, -weekday);
      end = addDays(start, 6);
      const thursday = addDays(start, 3);
      const isoYear = thursday.getUTCFullYear();
      const week = Math.floor((thursday.getTime() - Date.UTC(isoYear, 0, 1)) / 86_400_000 / 7) + 1;
      label = `${isoYear}-W${pad(week)}`;
      break;
    }
    case "month":
      start = new Date(Date.UTC(year, month, 1));
      end = new Date(Date.UTC(year, month + 1, 0));
      label = `${year}-${pad(month + 1)}`;
      break;
    case "quarter": {
      const quarter = Math.floor(month / 3);
      start = new Date(Date.UTC(year, quarter * 3, 1));
      end = new Date(Date.UTC(year, quarter * 3 + 3, 0));
      label = `${year}-Q${quarter + 1}`;
      break;
    }
    case "year":
      start = new Date(Date.UTC(year, 0, 1));
      end = new Date(Date.UTC(year, 11, 31));
      label = String(year);
      break;
  }
  const days: string[] = [];
  for (let day = start; day <= end; day = addDays(day, 1)) days.push(iso(day));
  return { label, start: iso(start), end: iso(end), days };
}

const labels = new Map<string, string>();

/** The label of the period that holds a day, remembered: many counties share a day. */
function naiveLabel(by: PanelPeriod, day: string): string {
  const key = `${by} ${day}`;
  let label = labels.get(key);
  if (label === undefined) {
    label = naivePeriodOf(by, day).label;
    labels.set(key, label);
  }
  return label;
}

function naivePeriods(by: PanelPeriod, from: string, to: string): NaivePeriod[] {
  const periods: NaivePeriod[] = [];
  let period = naivePeriodOf(by, from);
  const last = naivePeriodOf(by, to).end;
  while (period.start <= last) {
    periods.push(period);
    period = naivePeriodOf(by, iso(addDays(utc(period.end), 1)));
  }
  return periods;
}

/** Every period from 2000 to 2030 in order, listed once a granularity: a period's position is its place in the list. */
const periodLists = new Map<PanelPeriod, Map<string, number>>();

function periodPosition(by: PanelPeriod, label: string): number {
  let positions = periodLists.get(by);
  if (positions === undefined) {
    positions = new Map(naivePeriods(by, "2000-01-01", "2030-12-31").map((period, position) => [period.label, position]));
    periodLists.set(by, positions);
  }
  const position = positions.get(label);
  if (position === undefined) throw new Error(`no period ${label}`);
  return position;
}

interface NaiveUnit {
  readonly id: string;
  readonly dates: readonly string[];
}

function naiveUnits(unit: PanelUnit): NaiveUnit[] {
  // Every county of the period once: a code listed only under a former code is left out, and an
  // area the list lacks takes the day of the listed area that covered it.
  const listed = new Map(activations.map((activation) => [activation.county as string, activation.date]));
  const dateOf = new Map(
    jurisdictions.flatMap((jurisdiction): [string, string][] => {
      const date = listed.get(jurisdiction.id) ?? listed.get(jurisdiction.activationFrom?.[0]?.county ?? "");
      return jurisdiction.kind === "county" && jurisdiction.listedOnly !== true && date !== undefined ? [[jurisdiction.id, date]] : [];
    }),
  );
  const counties = jurisdictions.filter((jurisdiction) => dateOf.has(jurisdiction.id));
  if (unit === "county") return counties.map((county) => ({ id: county.id, dates: [dateOf.get(county.id) as string] }));
  if (unit === "nation") return [{ id: "us", dates: counties.map((county) => dateOf.get(county.id) as string) }];
  return jurisdictions
    .filter((jurisdiction) => jurisdiction.kind === "state")
    .map((state) => ({
      id: state.id,
      dates: counties.filter((county) => county.parent === state.id).map((county) => dateOf.get(county.id) as string),
    }))
    .filter((state) => state.dates.length > 0);
}

interface NaiveRow {
  readonly id: string;
  readonly period: string;
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly active: boolean | null;
  readonly activeDaysFraction: number | null;
  readonly activeCounties: number | null;
  readonly counties: number;
  readonly activationDate: string;
  readonly cohort: string;
  readonly eventTime: number | null;
}

function naivePanel(unit: PanelUnit, by: PanelPeriod, from: string, to: string): NaiveRow[] {
  const periods = naivePeriods(by, from, to);
  const rows: NaiveRow[] = [];
  for (const { id, dates } of naiveUnits(unit)) {
    const activationDate = [...dates].sort().at(-1) as string;
    const cohort = naiveLabel(by, activationDate);
    const cohortPosition = periodPosition(by, cohort);
    for (const period of periods) {
      const known = period.end < unknownFrom;
      let daysOn = 0;
      for (const day of period.days) for (const date of dates) if (date <= day) daysOn += 1;
      const activeCounties = dates.filter((date) => date <= period.end).length;
      const eventTime = periodPosition(by, period.label) - cohortPosition;
      rows.push({
        id,
        period: period.label,
        periodStart: period.start,
        periodEnd: period.end,
        active: known ? activeCounties === dates.length : null,
        activeDaysFraction: known ? daysOn / (period.days.length * dates.length) : null,
        activeCounties: known ? activeCounties : null,
        counties: dates.length,
        activationDate,
        cohort,
        eventTime: known ? eventTime : null,
      });
    }
  }
  return rows;
}

function comparable(row: PanelRow): NaiveRow {
  return {
    id: row.id,
    period: row.period,
    periodStart: row.periodStart,
    periodEnd: row.periodEnd,
    active: row.active,
    activeDaysFraction: row.activeDaysFraction === null ? null : Math.round(row.activeDaysFraction * 1e12) / 1e12,
    activeCounties: row.activeCounties,
    counties: row.counties,
    activationDate: row.activationDate,
    cohort: row.cohort,
    eventTime: row.eventTime,
  };
}

const rounded = (rows: NaiveRow[]) =>
  rows.map((row) => ({
    ...row,
    activeDaysFraction: row.activeDaysFraction === null ? null : Math.round(row.activeDaysFraction * 1e12) / 1e12,
  }));

// ---------------------------------------------------------------------------------------------

const granularities: readonly PanelPeriod[] = ["day", "week", "month", "quarter", "year"];
/** The longest random window per granularity, in days, so that the naive loops stay quick. */
const longestWindow: Record<PanelPeriod, number> = { day: 45, week: 250, month: 800, quarter: 1200, year: 2000 };

const dayBetween = (first: string, last: string) =>
  fc
    .integer({ min: utc(first).getTime() / 86_400_000, max: utc(last).getTime() / 86_400_000 })
    .map((day) => iso(new Date(day * 86_400_000)));

describe("activationPanel against a naive computation", () => {
  it.each(granularities)(
    "every county, by %s, over random windows",
    (by) => {
      fc.assert(
        fc.property(dayBetween("2007-06-01", "2021-06-30"), fc.integer({ min: 0, max: longestWindow[by] }), (from, length) => {
          const to = iso(addDays(utc(from), length));
          const panel = activationPanel({ unit: "county", by, from, to });
          const rows = Array.from(panel, comparable);
          expect(rows.length).toBe(panel.size);
          expect(rows).toEqual(rounded(naivePanel("county", by, from, to)));
        }),
        { numRuns: 4 },
      );
    },
    60_000,
  );

  it.each(granularities)(
    "every state and the nation, by %s, over random windows",
    (by) => {
      fc.assert(
        fc.property(
          dayBetween("2008-01-01", "2021-03-31"),
          fc.integer({ min: 0, max: Math.floor(longestWindow[by] / 2) }),
          fc.constantFrom<PanelUnit>("state", "nation"),
          (from, length, unit) => {
            const to = iso(addDays(utc(from), length));
            expect(Array.from(activationPanel({ unit, by, from, to }), comparable)).toEqual(rounded(naivePanel(unit, by, from, to)));
          },
        ),
        { numRuns: 4 },
      );
    },
    60_000,
  );

  it("the default window is the rollout, by month, one row a county and month", () => {
    const panel = activationPanel();
    expect([panel.unit, panel.by, panel.from, panel.to, panel.periods, panel.units]).toEqual([
      "county",
      "month",
      "2008-10",
      "2013-01",
      52,
      3143,
    ]);
    expect(Array.from(panel, comparable)).toEqual(rounded(naivePanel("county", "month", "2008-10-01", "2013-01-31")));
  }, 60_000);
});

describe("activationPanel rows", () => {
  const rowsOf = (options: ActivationPanelOptions) => Array.from(activationPanel(options));

  it("Miami-Dade County by month: switched on 2009-02-24, cohort 2009-02", () => {
    const miami = rowsOf({ from: "2009-01", to: "2009-03" }).filter((row) => row.fips === "12086");
    expect(miami.map((row) => [row.period, row.active, row.activeDaysFraction, row.eventTime])).toEqual([
      ["2009-01", false, 0, -1],
      ["2009-02", true, 5 / 28, 0],
      ["2009-03", true, 1, 1],
    ]);
    expect(miami[0]).toMatchObject({ unit: "county", id: "county-12086", state: "us-fl", cohort: "2009-02", activationDate: "2009-02-24" });
    expect(miami.map((row) => row.periodIndex)).toEqual([469, 470, 471]);
    expect(miami[0]?.cohortIndex).toBe(470);
  });

  it("labels each granularity, with consecutive period indexes", () => {
    const labels = (by: PanelPeriod, from: string, to: string) =>
      rowsOf({ unit: "nation", by, from, to }).map((row) => [row.period, row.periodStart, row.periodEnd, row.periodIndex]);
    expect(labels("week", "2009-12-31", "2010-01-04")).toEqual([
      ["2009-W53", "2009-12-28", "2010-01-03", 2088],
      ["2010-W01", "2010-01-04", "2010-01-10", 2089],
    ]);
    expect(labels("quarter", "2012-02", "2012-04")).toEqual([
      ["2012-Q1", "2012-01-01", "2012-03-31", 169],
      ["2012-Q2", "2012-04-01", "2012-06-30", 170],
    ]);
    expect(labels("year", "1970", "1970")).toEqual([["1970", "1970-01-01", "1970-12-31", 1]]);
    expect(labels("day", "1970-01-01", "1970-01-01")).toEqual([["1970-01-01", "1970-01-01", "1970-01-01", 1]]);
    expect(labels("month", "1970-01", "1970-01")).toEqual([["1970-01", "1970-01-01", "1970-01-31", 1]]);
  });

  it("a state is switched on when all its counties are: Florida, 2010-06-22", () => {
    const florida = rowsOf({ unit: "state", from: "2010-05", to: "2010-06" }).filter((row) => row.id === "us-fl");
    expect(florida.map((row) => [row.active, row.activeCounties, row.counties, row.cohort])).toEqual([
      [false, florida[0]?.activeCounties, 67, "2010-06"],
      [true, 67, 67, "2010-06"],
    ]);
    expect(florida[1]?.activeCountiesFraction).toBe(1);
  });

  it("the after-2014 rule: switched on through the discontinuation; a period that reaches 2021-01-20 is unknown", () => {
    const days = rowsOf({ unit: "county", by: "day", from: "2014-11-19", to: "2014-11-20" }).filter((row) => row.fips === "48201");
    expect(days.map((row) => [row.period, row.active, row.activeDaysFraction, row.activeCounties])).toEqual([
      ["2014-11-19", true, 1, 1],
      ["2014-11-20", true, 1, 1],
    ]);
    const edge = rowsOf({ unit: "county", by: "day", from: "2021-01-19", to: "2021-01-20" }).filter((row) => row.fips === "48201");
    expect(edge.map((row) => [row.period, row.active, row.activeDaysFraction, row.activeCounties, row.eventTime])).toEqual([
      ["2021-01-19", true, 1, 1, edge[0]?.eventTime],
      ["2021-01-20", null, null, null, null],
    ]);
    expect(edge[0]?.eventTime).toBeGreaterThan(0);
    const nation = rowsOf({ unit: "nation", by: "year", from: "2014", to: "2021" });
    expect(nation.map((row) => [row.period, row.active, row.activeCountiesFraction])).toEqual([
      ["2014", true, 1],
      ["2015", true, 1],
      ["2016", true, 1],
      ["2017", true, 1],
      ["2018", true, 1],
      ["2019", true, 1],
      ["2020", true, 1],
      ["2021", null, null],
    ]);
    expect(nation[7]?.cohort).toBe("2013");
  });

  it("before the first activation no county is switched on", () => {
    const [row] = rowsOf({ unit: "nation", by: "year", from: "2005", to: "2005" });
    expect([row?.active, row?.activeCounties, row?.activeDaysFraction]).toEqual([false, 0, 0]);
  });

  it("a cohort after the panel's last period has cohortIndex 0, never treated within the panel", () => {
    const rows = rowsOf({ by: "month", from: "2009-01", to: "2009-12" });
    const later = rows.filter((row) => row.activationDate > "2009-12-31");
    const within = rows.filter((row) => row.activationDate <= "2009-12-31");
    expect(later.length).toBeGreaterThan(0);
    expect(later.every((row) => row.cohortIndex === 0 && row.active === false)).toBe(true);
    expect(within.every((row) => row.cohortIndex === row.periodIndex - (row.eventTime as number))).toBe(true);
  });

  it("is lazy and can be iterated again; a Date is read as its UTC day", () => {
    const panel = activationPanel({ unit: "county", by: "day", from: new Date(Date.UTC(2010, 0, 1)), to: "2014-11" });
    expect(panel.size).toBe(3143 * panel.periods);
    const iterator = panel[Symbol.iterator]();
    const first = iterator.next();
    expect(first.done).toBe(false);
    expect(first.value?.period).toBe("2010-01-01");
    expect([...activationPanel({ unit: "state", by: "year", from: "2010", to: "2010" })]).toHaveLength(51);
    const twice = activationPanel({ unit: "nation", by: "year" });
    expect([...twice]).toEqual([...twice]);
  });
});

describe("activationPanel misuse", () => {
  it.each([
    [null, TypeError, "Expected options of activationPanel as an object, got null"],
    ["county", TypeError, 'Expected options of activationPanel as an object, got "county"'],
    [{ unit: "city" }, RangeError, 'Expected unit as county, state, nation, got "city"'],
    [{ by: "decade" }, RangeError, 'Expected by as day, week, month, quarter, year, got "decade"'],
    [{ from: "2010-13" }, RangeError, 'Expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got "2010-13"'],
    [{ to: 2010 }, TypeError, "got 2010"],
    [{ from: "2012", to: "2011" }, RangeError, 'Expected "from" on or before "to" (2011), got "2012"'],
    [{ by: "day", from: "1000", to: "9999" }, RangeError, "Expected a window of at most 100000 periods"],
  ])("%j throws %s", (options, type, message) => {
    expect(() => activationPanel(options as ActivationPanelOptions)).toThrow(type);
    expect(() => activationPanel(options as ActivationPanelOptions)).toThrow(message);
  });
});

describe("activationPanel at the edges of the calendar", () => {
  it.each(["month", "quarter", "year"] as const)("answers by %s for 9999-12", (by) => {
    const panel = activationPanel({ unit: "nation", by, from: "9999-12", to: "9999-12" });
    const rows = [...panel];
    expect(rows).toHaveLength(1);
    expect(rows[0]?.periodEnd).toBe("9999-12-31");
    expect(rows[0]?.active).toBeNull();
  });

  it("refuses a week that runs past 9999-12-31 by the date the caller gave", () => {
    expect(() => activationPanel({ unit: "nation", by: "week", from: "9999-12", to: "9999-12" })).toThrowError(
      new RangeError('Expected "to" in a week that ends by 9999-12-31, got "9999-12"'),
    );
    expect(() => activationPanel({ unit: "nation", by: "week", from: "1000", to: "1000-02" })).toThrowError(
      new RangeError('Expected "from" in a week that starts on or after 1000-01-01, got "1000"'),
    );
  });
});

describe("activationPanel's reversed range", () => {
  it("names the dates as YYYY-MM-DD, not as Date#toString gives them", () => {
    expect(() => activationPanel({ from: new Date("2012-01-01T00:00:00Z"), to: new Date("2011-01-01T00:00:00Z") })).toThrowError(
      new RangeError('Expected "from" on or before "to" (2011-01-01), got "2012-01-01"'),
    );
  });
});

// ---------------------------------------------------------------------------------------------
// The codings researchers build by hand, against a naive version of each
// ---------------------------------------------------------------------------------------------

describe("activationPanel codings against a naive computation", () => {
  const nationDates = naiveUnits("nation")[0]?.dates ?? [];
  const agreementOf = (state: string | null) =>
    events.find((event) => event.kind === "moa-signing" && event.category === "decision" && event.actorJurisdiction === state)?.date ??
    null;
  const boroughs = ["county-36061", "county-36047", "county-36081", "county-36005", "county-36085"];
  const stateOf = new Map(jurisdictions.map((jurisdiction) => [jurisdiction.id as string, jurisdiction.parent ?? null]));

  function naiveCodings(
    unit: PanelUnit,
    by: PanelPeriod,
    from: string,
    to: string,
    options: { month?: number | undefined; threshold?: number | undefined; nyc?: boolean },
  ) {
    let units = naiveUnits(unit);
    if (options.nyc === true && unit === "county") {
      const city = { id: "city-3651000", dates: units.filter((u) => boroughs.includes(u.id)).flatMap((u) => u.dates) };
      const first = units.findIndex((u) => boroughs.includes(u.id));
      units = units.filter((u) => !boroughs.includes(u.id));
      units.splice(first, 0, city);
    }
    const rows = [];
    for (const { id, dates } of units) {
      const activationDate = [...dates].sort().at(-1) as string;
      const state = unit === "nation" ? null : unit === "state" ? id : id === "city-3651000" ? "us-ny" : (stateOf.get(id) ?? null);
      const agreementDate = agreementOf(state);
      let agreementPosition: number | null = null;
      if (agreementDate !== null) {
        const { start, end } = parsePartialDate(agreementDate);
        const first = naivePeriodOf(by, start).label;
        agreementPosition = first === naivePeriodOf(by, end).label ? periodPosition(by, first) : null;
      }
      const fips = id.slice(id.indexOf("-") + 1);
      const border =
        unit === "nation"
          ? null
          : unit === "state"
            ? borderCounties.some((code) => stateOf.get(`county-${code}`) === id)
            : borderCounties.includes(fips);
      for (const period of naivePeriods(by, from, to)) {
        const known = period.end < unknownFrom;
        let daysOn = 0;
        for (const day of period.days) for (const date of dates) if (date <= day) daysOn += 1;
        const year = Number(period.start.slice(0, 4));
        const monthEnd = options.month === undefined ? undefined : iso(addDays(new Date(Date.UTC(year, options.month, 1)), -1));
        rows.push({
          id,
          period: period.label,
          firstTreatedYear: Number(activationDate.slice(0, 4)),
          waveSize: nationDates.filter((date) => date === activationDate).length,
          agreementDate,
          periodsFromAgreement: agreementPosition === null ? null : periodPosition(by, period.label) - agreementPosition,
          border,
          treatedAsOf: monthEnd === undefined || !known || monthEnd >= unknownFrom ? null : dates.every((date) => date <= monthEnd),
          atThreshold: options.threshold === undefined || !known ? null : daysOn / (period.days.length * dates.length) >= options.threshold,
          counties: dates.length,
        });
      }
    }
    return rows;
  }

  it.each(granularities)(
    "every unit, by %s, with a month, a threshold and New York City as one unit or five",
    (by) => {
      fc.assert(
        fc.property(
          dayBetween("2008-06-01", "2021-06-30"),
          fc.integer({ min: 0, max: Math.floor(longestWindow[by] / 3) }),
          fc.constantFrom<PanelUnit>("county", "state", "nation"),
          fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
          fc.option(
            fc.integer({ min: 0, max: 20 }).map((step) => step / 20),
            { nil: undefined },
          ),
          fc.boolean(),
          (from, length, unit, month, threshold, nyc) => {
            const to = iso(addDays(utc(from), length));
            const panel = activationPanel({
              unit,
              by,
              from,
              to,
              treatedAsOfMonth: month,
              threshold,
              newYorkCity: nyc ? "one-unit" : "boroughs",
            });
            const rows = Array.from(panel, (row) => ({
              id: row.id,
              period: row.period,
              firstTreatedYear: row.firstTreatedYear,
              waveSize: row.waveSize,
              agreementDate: row.agreementDate,
              periodsFromAgreement: row.periodsFromAgreement,
              border: row.border,
              treatedAsOf: row.treatedAsOf,
              atThreshold: row.atThreshold,
              counties: row.counties,
            }));
            expect(rows).toEqual(naiveCodings(unit, by, from, to, { month, threshold, nyc }));
          },
        ),
        { numRuns: 3 },
      );
    },
    120_000,
  );

  it("gives New York City's boroughs as one unit of five counties, switched on when all were", () => {
    const city = [...activationPanel({ unit: "county", by: "year", from: "2012", to: "2012", newYorkCity: "one-unit" })].filter(
      (row) => row.id === "city-3651000",
    );
    expect(city.map((row) => [row.counties, row.state, row.fips])).toEqual([[5, "us-ny", "3651000"]]);
    expect([...activationPanel({ unit: "county", by: "year", from: "2012", to: "2012", newYorkCity: "one-unit" })]).toHaveLength(3143 - 4);
  });

  it("dates a state's agreement where a source does, and says null where none does", () => {
    const illinois = [...activationPanel({ unit: "state", by: "month", from: "2009-11", to: "2010-01" })].filter(
      (row) => row.id === "us-il",
    );
    expect(illinois.map((row) => [row.agreementDate, row.periodsFromAgreement])).toEqual([
      ["2009-11-02", 0],
      ["2009-11-02", 1],
      ["2009-11-02", 2],
    ]);
    const texas = [...activationPanel({ unit: "state", by: "year", from: "2010", to: "2010" })].find((row) => row.id === "us-tx");
    expect([texas?.agreementDate, texas?.periodsFromAgreement]).toEqual([null, null]);
    // Rhode Island's agreement is known to the month: no day panel can place it.
    const rhodeIsland = [...activationPanel({ unit: "state", by: "day", from: "2011-01-15", to: "2011-01-15" })].find(
      (row) => row.id === "us-ri",
    );
    expect([rhodeIsland?.agreementDate, rhodeIsland?.periodsFromAgreement]).toEqual(["2011-01", null]);
  });

  it.each([
    [{ treatedAsOfMonth: 0 }, RangeError],
    [{ treatedAsOfMonth: 1.5 }, RangeError],
    [{ treatedAsOfMonth: "1" }, TypeError],
    [{ threshold: 2 }, RangeError],
    [{ threshold: Number.NaN }, RangeError],
    [{ newYorkCity: "merged" }, RangeError],
  ])("%j throws %o", (options, error) => {
    expect(() => activationPanel(options as never)).toThrow(error);
  });
});
