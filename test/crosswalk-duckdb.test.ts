import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { DuckDBInstance } from "@duckdb/node-api";
import { describe, expect, it } from "vitest";

// The DuckDB example of docs/places.md runs against the published files, and gives the table the
// guide shows under it.
const guide = readFileSync(new URL("../docs/places.md", import.meta.url), "utf8");
const published = fileURLToPath(new URL("../data/published/", import.meta.url));

function example(): { sql: string; header: string[]; rows: string[][] } {
  const match = guide.match(/```sql\n([\s\S]*?)```\n\n((?:\|.*\|\n)+)/);
  if (match === null) throw new Error("docs/places.md has no SQL example followed by its result table");
  const [, sql = "", table = ""] = match;
  const cells = (line: string) =>
    line
      .split("|")
      .slice(1, -1)
      .map((cell) => cell.trim());
  const [header = "", , ...rows] = table.trim().split("\n");
  return {
    sql: sql.replaceAll("node_modules/secure-communities/data/published/", published),
    header: cells(header),
    rows: rows.map(cells),
  };
}

describe("the crosswalk in DuckDB", () => {
  it("runs the guide's example and returns the rows it shows", async () => {
    const { sql, header, rows } = example();
    expect(rows.length).toBeGreaterThan(0);
    const instance = await DuckDBInstance.create(":memory:");
    const connection = await instance.connect();
    try {
      const reader = await connection.runAndReadAll(sql);
      expect(reader.columnNames()).toEqual(header);
      expect(reader.getRowsJS().map((row) => row.map((value) => String(value)))).toEqual(rows);
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  });

  it("reads every row of county-crosswalk.csv with the period and today's codes as text", async () => {
    const instance = await DuckDBInstance.create(":memory:");
    const connection = await instance.connect();
    try {
      const reader = await connection.runAndReadAll(
        `SELECT count(*) AS rows, count(DISTINCT period_code) AS period_codes, min(length(current_code)) AS shortest FROM read_csv('${published}county-crosswalk.csv', all_varchar = true)`,
      );
      const [[rowCount, periodCodes, shortest] = []] = reader.getRowsJS();
      const lines = readFileSync(`${published}county-crosswalk.csv`, "utf8").trim().split("\n").length - 1;
      expect(Number(rowCount)).toBe(lines);
      expect(Number(periodCodes)).toBe(3148);
      expect(Number(shortest)).toBe(5);
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  });
});
