import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runCli } from "../src/cli/run.js";
import {
  type DetainerBreakdownResult,
  type DetainerCount,
  type DetainerSeriesPoint,
  dayFromNumber,
  dayNumber,
  detainerBreakdown,
  detainerSeries,
  detainers,
  getSource,
  parsePartialDate,
} from "../src/index.js";

// The national detainer counts: the committed import against the sums NPR's tables give, the
// helpers against a naive recomputation from the records, and the command line.

const imported = JSON.parse(readFileSync(new URL("../data/imported/detainers.json", import.meta.url), "utf8")) as DetainerCount[];
const totals = imported.filter((record) => record.breakdown === "total");
const yearTotals = totals.filter((record) => record.period.length === 4);
const monthTotals = totals.filter((record) => record.period.length === 7);

/** detainers_by_year.csv, as published. */
const byYear: Record<string, number> = {
  "2007": 39124,
  "2008": 228077,
  "2009": 256947,
  "2010": 301119,
  "2011": 314966,
  "2012": 272878,
  "2013": 204215,
  "2014": 147849,
  "2015": 49653,
};

describe("the detainer counts", () => {
  it("are the dataset the package exports, record for record", () => {
    expect(JSON.stringify(detainers)).toBe(JSON.stringify(imported));
    expect(imported).toHaveLength(9 + 94 + 108 + 8);
    expect(new Set(imported.map((record) => record.id)).size).toBe(imported.length);
  });

  it("hold the yearly totals of detainers_by_year.csv, and each year's months add up to its total", () => {
    expect(Object.fromEntries(yearTotals.map((record) => [record.period, record.count]))).toEqual(byYear);
    expect(monthTotals).toHaveLength(94);
    for (const year of yearTotals) {
      const months = monthTotals.filter((record) => record.period.startsWith(`${year.period}-`));
      expect(
        months.reduce((sum, record) => sum + record.count, 0),
        year.period,
      ).toBe(year.count);
    }
    expect(monthTotals[0]?.period).toBe("2007-10");
    expect(monthTotals.at(-1)?.period).toBe("2015-07");
  });

  it("keep each year's lift reasons and forms at or below its total (2014: 75,480 of 147,849 have a lift reason)", () => {
    for (const breakdown of ["lift-reason", "type"] as const) {
      for (const year of yearTotals) {
        const rows = imported.filter((record) => record.breakdown === breakdown && record.period === year.period);
        expect(rows.reduce((sum, record) => sum + record.count, 0)).toBeLessThanOrEqual(year.count);
      }
    }
    const liftReasons2014 = imported.filter((record) => record.breakdown === "lift-reason" && record.period === "2014");
    expect(liftReasons2014).toHaveLength(12);
    expect(liftReasons2014.reduce((sum, record) => sum + record.count, 0)).toBe(75480);
    expect(imported.filter((record) => record.breakdown === "type").map((record) => record.period)).toEqual([
      ...Array(4).fill("2014"),
      ...Array(4).fill("2015"),
    ]);
  });

  it("cover the days of their period, cut to 2007-10-01 and 2015-07-19", () => {
    for (const record of imported) {
      const period = parsePartialDate(record.period);
      const from = period.start < "2007-10-01" ? "2007-10-01" : period.start;
      const to = record.period === "2015" || record.period === "2015-07" ? "2015-07-19" : period.end;
      expect([record.from, record.to], record.id).toEqual([from, to]);
    }
    expect(imported.find((record) => record.id === "2015-07")).toMatchObject({ from: "2015-07-01", to: "2015-07-19" });
  });

  it("name their category only in a breakdown, and cite NPR's file and line", () => {
    expect(getSource("npr-sanctuary-cities-detainers")?.kind).toBe("dataset");
    for (const record of imported) {
      expect(record.category === undefined, record.id).toBe(record.breakdown === "total");
      expect(record.citations).toHaveLength(1);
      expect(record.citations[0]?.source).toBe("npr-sanctuary-cities-detainers");
      expect(record.citations[0]?.locator).toMatch(/^export\/detainers_by_[a-z_]+\.csv, line \d+ \(.+\)$/);
    }
    expect(imported.find((record) => record.id === "2014")?.citations[0]?.locator).toBe("export/detainers_by_year.csv, line 9 (2014)");
    expect(imported.find((record) => record.id === "2014-lift-detainer-declined-by-lea")).toMatchObject({
      category: "Detainer Declined by LEA",
      count: 13595,
    });
    expect(imported.find((record) => record.id === "2015-type-i247d")?.count).toBe(2805);
  });
});

// ---------------------------------------------------------------------------------------------
// The helpers against a naive recomputation
// ---------------------------------------------------------------------------------------------

/** The series the naive way: filter the records, compare the days as numbers. */
function naiveSeries(by: "year" | "month", from?: string, to?: string): DetainerSeriesPoint[] {
  const first = from === undefined ? Number.NEGATIVE_INFINITY : parsePartialDate(from).startDay;
  const last = to === undefined ? Number.POSITIVE_INFINITY : parsePartialDate(to).endDay;
  return detainers
    .filter((record) => record.breakdown === "total" && record.period.length === (by === "year" ? 4 : 7))
    .filter((record) => dayNumber(record.to) >= first && dayNumber(record.from) <= last)
    .sort((a, b) => dayNumber(a.from) - dayNumber(b.from))
    .map(({ period, from: start, to: end, count }) => ({ period, from: start, to: end, count }));
}

function naiveBreakdown(year: string, breakdown: "lift-reason" | "type"): DetainerBreakdownResult | undefined {
  const rows = detainers.filter((record) => record.breakdown === breakdown && record.period === year);
  const total = detainers.find((record) => record.breakdown === "total" && record.period === year);
  if (rows.length === 0 || total === undefined) return undefined;
  const counted = rows.reduce((sum, record) => sum + record.count, 0);
  return {
    year,
    breakdown,
    from: total.from,
    to: total.to,
    total: total.count,
    counted,
    countedFraction: counted / total.count,
    rows: rows
      .map((record) => ({ category: record.category as string, count: record.count, fraction: record.count / counted }))
      .sort((a, b) => b.count - a.count || (a.category < b.category ? -1 : 1)),
  };
}

/** A partial date of any precision between 2005 and 2017. */
const partialDate = fc.integer({ min: dayNumber("2005-01-01"), max: dayNumber("2017-12-31") }).chain((day) => {
  const text = dayFromNumber(day);
  return fc.constantFrom(text, text.slice(0, 7), text.slice(0, 4));
});

describe("detainerSeries", () => {
  it("gives every year and every month in order without a range", () => {
    expect(detainerSeries()).toEqual(naiveSeries("year"));
    expect(detainerSeries({ by: "year" }).map((point) => point.count)).toEqual(Object.values(byYear));
    expect(detainerSeries({ by: "month" })).toEqual(naiveSeries("month"));
    expect(detainerSeries({ by: "month" })).toHaveLength(94);
  });

  it("equals the naive filter for any range (both ends included, a point in when any of its days is)", () => {
    fc.assert(
      fc.property(fc.constantFrom("year" as const, "month" as const), partialDate, partialDate, (by, a, b) => {
        const [from, to] = parsePartialDate(a).startDay <= parsePartialDate(b).endDay ? [a, b] : [b, a];
        if (parsePartialDate(from).startDay > parsePartialDate(to).endDay) return;
        expect(detainerSeries({ by, from, to })).toEqual(naiveSeries(by, from, to));
        expect(detainerSeries({ by, from })).toEqual(naiveSeries(by, from));
        expect(detainerSeries({ by, to })).toEqual(naiveSeries(by, undefined, to));
      }),
      { numRuns: 300 },
    );
  });

  it("reads the edges by the days a count covers", () => {
    // 2007 counts from 2007-10-01 only; 2015 up to 2015-07-19 only.
    expect(detainerSeries({ to: "2007-09-30" })).toEqual([]);
    expect(detainerSeries({ to: "2007-10-01" }).map((point) => point.period)).toEqual(["2007"]);
    expect(detainerSeries({ by: "month", from: "2015-07-19" }).map((point) => point.period)).toEqual(["2015-07"]);
    expect(detainerSeries({ from: "2015-07-20" })).toEqual([]);
    expect(
      detainerSeries({ from: new Date("2014-12-31T23:00:00Z"), to: new Date("2015-01-01T00:00:00Z") }).map((point) => point.period),
    ).toEqual(["2014", "2015"]);
    expect(detainerSeries({ by: undefined, from: undefined, to: undefined })).toHaveLength(9);
  });

  it("returns new arrays of frozen points", () => {
    const first = detainerSeries();
    expect(first).not.toBe(detainerSeries());
    expect(Object.isFrozen(first[0])).toBe(true);
  });
});

describe("detainerBreakdown", () => {
  it("equals the naive split for every year and kind, a year as a number or a string", () => {
    for (let year = 2005; year <= 2017; year += 1) {
      for (const breakdown of ["lift-reason", "type"] as const) {
        const expected = naiveBreakdown(String(year), breakdown);
        expect(detainerBreakdown(year, breakdown), `${year} ${breakdown}`).toEqual(expected);
        expect(detainerBreakdown(String(year), breakdown)).toEqual(expected);
      }
    }
  });

  it("gives shares of the counted detainers that add up to 1, and says how many the split counts", () => {
    for (const year of Object.keys(byYear)) {
      const result = detainerBreakdown(year, "lift-reason") as DetainerBreakdownResult;
      expect(result.rows.reduce((sum, row) => sum + row.count, 0)).toBe(result.counted);
      expect(result.rows.reduce((sum, row) => sum + row.fraction, 0)).toBeCloseTo(1, 12);
      expect(result.counted).toBeLessThanOrEqual(result.total);
      expect(result.total).toBe(byYear[year]);
    }
    const forms2014 = detainerBreakdown(2014, "type");
    expect([forms2014?.counted, forms2014?.total]).toEqual([29400, 147849]);
    expect(detainerBreakdown(2015, "type")?.countedFraction).toBe(1);
    expect(detainerBreakdown(2007, "lift-reason")).toMatchObject({ from: "2007-10-01", to: "2007-12-31", total: 39124 });
  });

  it("misses with undefined: forms before 2014, years without counts", () => {
    expect(detainerBreakdown(2013, "type")).toBeUndefined();
    expect(detainerBreakdown(2016, "lift-reason")).toBeUndefined();
    expect(detainerBreakdown("1999", "lift-reason")).toBeUndefined();
  });
});

// ---------------------------------------------------------------------------------------------
// The command line
// ---------------------------------------------------------------------------------------------

describe("secure-communities detainers", () => {
  it("prints the yearly totals with a bar, and marks the partial years", () => {
    const result = runCli(["detainers"]);
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toBe("");
    const lines = result.stdout.split("\n");
    expect(lines[0]).toBe("ICE detainers issued to local law enforcement agencies, nationwide, by year");
    expect(lines[1]).toBe("period  detainers");
    expect(lines[2]).toMatch(/^2007\* {6}39,124 {2}█+/);
    expect(lines[6]).toBe(`2011      314,966  ${"█".repeat(40)}`);
    expect(result.stdout).toContain("* Part of the period only: 2007 from 2007-10-01; 2015 to 2015-07-19.");
    expect(result.stdout).toContain("npr-sanctuary-cities-detainers");
  });

  it("gives the series as JSON and CSV, by month and within a range", () => {
    const json = JSON.parse(runCli(["detainers", "--by", "month", "--from", "2015-06", "--json"]).stdout) as DetainerSeriesPoint[];
    expect(json).toEqual(detainerSeries({ by: "month", from: "2015-06" }));
    expect(runCli(["detainers", "--from", "2014", "--to", "2015", "--csv"]).stdout).toBe(
      "period,from,to,count\r\n2014,2014-01-01,2014-12-31,147849\r\n2015,2015-01-01,2015-07-19,49653\r\n",
    );
    const empty = runCli(["detainers", "--from", "2016"]);
    expect(empty.exitCode).toBe(0);
    expect(empty.stdout).toContain("No counts in that range: the counts cover 2007-10-01 to 2015-07-19.");
    expect(runCli(["detainers", "--from", "2016", "--json"]).stdout).toBe("[]\n");
  });

  it("splits a year by lift reason or form, saying what the shares are of", () => {
    const text = runCli(["detainers", "--breakdown", "lift-reason", "--year", "2014"]);
    expect(text.exitCode).toBe(0);
    expect(text.stdout).toContain("ICE detainers of 2014 by lift reason");
    expect(text.stdout).toMatch(/\nBooked into Detention {17}50,072 {3}66\.3%\n/);
    expect(text.stdout).toContain("75,480 of the 147,849 detainers of 2014 (51.1%) have a lift reason; the shares are of those 75,480.");
    const json = JSON.parse(runCli(["detainers", "--breakdown", "type", "--year", "2015", "--json"]).stdout) as DetainerBreakdownResult;
    expect(json).toEqual(detainerBreakdown(2015, "type"));
    const csv = runCli(["detainers", "--breakdown", "type", "--year", "2015", "--csv"]).stdout.split("\r\n");
    expect(csv[0]).toBe("year,breakdown,category,count,fraction");
    expect(csv[1]).toBe("2015,type,I247 - Immigration Detainer - Notice of Action (as of March 2013),46187,0.9301955571667372");
    expect(runCli(["detainers", "--breakdown", "type", "--year", "2015"]).stdout).toContain(
      "The form table counts 49,653 of the 49,653 detainers of 2015 (to 2015-07-19) (100.0%)",
    );
  });

  it("exits 1 on a year without the split, 2 on bad usage, with one line saying what was expected", () => {
    expect(runCli(["detainers", "--breakdown", "type", "--year", "2010"])).toEqual({
      exitCode: 1,
      stdout: "",
      stderr: "secure-communities: no form counts for 2010: expected a year from 2014 to 2015\n",
    });
    const usage: [string[], string][] = [
      [["--breakdown", "type"], "--breakdown without --year: expected --breakdown lift-reason|type --year YYYY"],
      [["--year", "2014"], "--year without --breakdown: expected --breakdown lift-reason|type --year YYYY"],
      [["--breakdown", "reason", "--year", "2014"], "unknown --breakdown reason: expected lift-reason or type"],
      [["--breakdown", "type", "--year", "15"], "bad --year 15: expected a year as YYYY"],
      [["--breakdown", "type", "--year", "2015", "--from", "2015"], "--breakdown with --from: expected --breakdown and --year alone"],
      [["--by", "day"], "unknown --by day: expected year or month"],
      [["--from", "2010-13"], "unknown date 2010-13: expected YYYY, YYYY-MM or YYYY-MM-DD"],
      [["--from", "2012", "--to", "2011"], 'bad detainers query: expected "from" on or before "to" (2011)'],
      [["--json", "--csv"], "--json and --csv together: expected one of them"],
    ];
    for (const [args, message] of usage) {
      const result = runCli(["detainers", ...args]);
      expect(result.exitCode, args.join(" ")).toBe(2);
      expect(result.stdout).toBe("");
      expect(result.stderr).toContain(`secure-communities: ${message}`);
      expect(result.stderr.split("\n")).toHaveLength(2);
    }
  });

  it("shows in the top help and in the records that cite NPR's tables", () => {
    expect(runCli(["--help"]).stdout).toContain("detainers        ICE detainers issued to local law enforcement");
    const citing = JSON.parse(runCli(["sources", "npr-sanctuary-cities-detainers", "--json"]).stdout) as {
      citedBy: { dataset: string; id: string; title: string }[];
    };
    expect(citing.citedBy).toEqual([{ dataset: "detainers", id: "(counts)", title: "219 detainer counts" }]);
  });
});
