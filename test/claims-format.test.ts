import { describe, expect, it } from "vitest";
import { claimReadingText, decisionAndClaimLines } from "../src/cli/claims-format.js";
import { participationStatus } from "../src/index.js";

function status(place: string, asOf: string) {
  const found = participationStatus(place, asOf);
  if (found === undefined) throw new Error(`no status for ${place}`);
  return found;
}

describe("decisionAndClaimLines", () => {
  it("shows a state with no decision of its own, and the claim another party made about it, each under its heading", () => {
    expect(decisionAndClaimLines(status("us-pa", "2011-06-07"))).toEqual([
      "Decisions of its own government up to 2011-06-07",
      "  none recorded",
      "",
      "Claims others made about it up to 2011-06-07 (not decisions of it)",
      "  2011-06-07  Los Angeles City Council said of it: Named among the places that refused to join Secure Communities, for the same reasons.",
      '              as written "Washington, Pennsylvania and Washington, D.C.", read as the Commonwealth of Pennsylvania (low confidence)',
    ]);
  });

  it("shows a county's own decisions, its state's, and a claim about its state, apart", () => {
    const lines = decisionAndClaimLines(status("county-53077", "2012"));
    const own = lines.indexOf("Decisions of its own government up to 2012");
    const state = lines.indexOf("Decisions of its state's government up to 2012");
    const claims = lines.indexOf("Claims others made about it or its state up to 2012 (not decisions of it)");
    expect([own, state, claims].every((index) => index >= 0)).toBe(true);
    expect(lines.slice(own + 1, state - 1)).toEqual(["  none recorded"]);
    expect(lines.slice(state + 1, claims - 1)).toEqual([
      "  2010-11  Washington's State Patrol declines to sign the Secure Communities agreement",
    ]);
    expect(lines[claims + 1]).toMatch(/^ {2}2011-06-07 {2}Los Angeles City Council said of its state: /);
    expect(lines[claims + 2]).toContain("read as Washington State (medium confidence)");
  });

  it("styles headings and secondary text with the style it is given", () => {
    const lines = decisionAndClaimLines(status("us-pa", "2011-06-07"), {
      heading: (text) => `<b>${text}</b>`,
      quiet: (text) => `<i>${text}</i>`,
    });
    expect(lines[0]).toBe("<b>Decisions of its own government up to 2011-06-07</b>");
    expect(lines[1]).toBe("  <i>none recorded</i>");
    expect(lines.at(-1)).toMatch(/^ +<i>as written /);
  });

  it("has no state section for a state or the nation", () => {
    expect(decisionAndClaimLines(status("us", "2011")).some((line) => line.includes("its state's"))).toBe(false);
  });
});

describe("claimReadingText", () => {
  it("gives the wording, the reading and its confidence", () => {
    expect(
      claimReadingText({
        about: "us-dc",
        statement: "x",
        asWritten: "Washington, D.C.",
        reading: "the District of Columbia",
        confidence: "high",
      }),
    ).toBe('as written "Washington, D.C.", read as the District of Columbia (high confidence)');
  });
});
