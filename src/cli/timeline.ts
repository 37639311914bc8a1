/**
 * `secure-communities timeline`: the events in date order.
 *
 * @module
 */

import type { TimelineEvent } from "../generated/types.js";
import { eventCategories, eventKinds } from "../generated/values.js";
import { parsePartialDate } from "../partial-date.js";
import { type ActivationEvents, eventsBetween } from "../timeline.js";
import { commandArgs, dateOption, flag, listOption, noPositionals, oneOf, orList, outputFlags, stringOption } from "./args.js";
import { sourceIds } from "./citations.js";
import { type CliCommand, program } from "./command.js";
import { fromHelper, shown, usage } from "./failure.js";
import { bold, type Context, csv, dim, json, lines, padEnd, success, table, width, wrap } from "./output.js";
import { resolvePlace } from "./places.js";

const activationModes = ["by-state-day", "by-county", "none"] as const satisfies readonly ActivationEvents[];

function timelineText(found: readonly TimelineEvent[], context: Context): string[] {
  const cells = found.map(
    (event) => [event.date, `${event.title}${claimsNote(event)}`, `[${sourceIds(event.citations).join(", ")}]`] as const,
  );
  const laidOut = table(cells, [], [(cell) => bold(context, cell), undefined, (cell) => dim(context, cell)]);
  const { columns } = context;
  // Piped output never wraps (a line a record, for grep and cut); a terminal wraps to its width.
  if (columns === undefined) return laidOut;
  const dateWidth = Math.max(0, ...cells.map(([date]) => width(date)));
  const indent = " ".repeat(dateWidth + 2);
  const out: string[] = [];
  cells.forEach(([date, title, ids], index) => {
    const plain = `${padEnd(date, dateWidth)}  ${title}  ${ids}`;
    if (width(plain) <= columns) {
      out.push(laidOut[index] as string);
      return;
    }
    const wrapped = wrap(`${title} ${ids}`.split(" "), indent, columns);
    wrapped[0] = `${bold(context, padEnd(date, dateWidth))}  ${(wrapped[0] ?? "").slice(indent.length)}`;
    out.push(...wrapped);
  });
  return out;
}

/** After an event's title, how many places its actor made claims about (claims, not decisions of those places). */
function claimsNote(event: TimelineEvent): string {
  const about = new Set((event.claims ?? []).map((claim) => claim.about));
  return about.size === 0 ? "" : ` (claims about ${about.size} ${about.size === 1 ? "place" : "places"}, not their decisions)`;
}

/**
 * `secure-communities timeline [--from DATE] [--to DATE] [--place PLACE] [--surrounding]
 * [--kind KIND] [--category CATEGORY] [--activations MODE] [--within] [--json]`: the events in
 * date order, one a line: date, title and the ids of its sources.
 *
 * @returns Exit code 0 with the events (none is still a success); 1 when `--place` matches no
 *   place or several; 2 on bad usage.
 * @throws Never.
 * @example
 * ```ts
 * runCli(["timeline", "--from", "2011-08-05", "--to", "2011-08-05"]).stdout;
 * // => "2011-08-05  ICE terminates all state Secure Communities agreements  [nilc-morton-letter-2011-08-05, ...]\n"
 * ```
 */
export const timelineCommand: CliCommand = {
  name: "timeline",
  synopsis: "timeline",
  summary: "Events in date order: date, title and sources",
  help: timelineHelp,
  run(args, context) {
    const options = {
      from: { type: "string" },
      to: { type: "string" },
      place: { type: "string" },
      surrounding: { type: "boolean" },
      kind: { type: "string", multiple: true },
      category: { type: "string", multiple: true },
      activations: { type: "string" },
      within: { type: "boolean" },
      csv: { type: "boolean" },
    } as const;
    const { parsed, answer } = commandArgs(timelineCommand, args, options, context);
    if (answer !== undefined) return answer;
    const { values, positionals } = parsed;
    noPositionals("timeline", positionals);
    const { asJson, asCsv } = outputFlags(values);
    const from = dateOption(values, "from");
    const to = dateOption(values, "to");
    if (from !== undefined && to !== undefined && parsePartialDate(from).startDay > parsePartialDate(to).endDay) {
      throw usage(`bad range --from ${from} --to ${to}: expected --from on or before --to`);
    }
    const kinds = listOption(values, "kind");
    for (const kind of kinds ?? [])
      if (!oneOf(kind, eventKinds)) throw usage(`unknown kind ${shown(kind)}: expected ${orList(eventKinds)}`);
    const categories = listOption(values, "category");
    for (const category of categories ?? []) {
      if (!oneOf(category, eventCategories)) throw usage(`unknown category ${shown(category)}: expected ${orList(eventCategories)}`);
    }
    const activationText = stringOption(values, "activations") ?? "none";
    if (!oneOf(activationText, activationModes))
      throw usage(`unknown --activations ${shown(activationText)}: expected ${orList(activationModes)}`);
    const surrounding = flag(values, "surrounding");
    const placeText = stringOption(values, "place");
    if (surrounding && placeText === undefined) throw usage("--surrounding needs a place: expected --place PLACE --surrounding");
    const place = placeText === undefined ? undefined : resolvePlace(placeText, undefined, context, asJson, "comma");

    const found = fromHelper("bad timeline query", () =>
      eventsBetween(from, to, {
        mode: flag(values, "within") ? "within" : "overlaps",
        activations: activationText,
        ...(kinds === undefined ? {} : { kind: kinds.filter((kind) => oneOf(kind, eventKinds)) }),
        ...(categories === undefined ? {} : { category: categories.filter((category) => oneOf(category, eventCategories)) }),
        ...(place === undefined ? {} : { jurisdiction: place.id, includeSurrounding: surrounding }),
      }),
    );
    if (asJson) return success(json(found));
    if (asCsv) {
      return success(
        csv(
          ["date", "id", "category", "kind", "title", "actor", "jurisdictions", "claims_about", "sources"],
          found.map((event) => [
            event.date,
            event.id,
            event.category,
            event.kind,
            event.title,
            event.actor,
            event.jurisdictions.join(" "),
            [...new Set((event.claims ?? []).map((claim) => claim.about))].join(" "),
            sourceIds(event.citations).join(" "),
          ]),
        ),
      );
    }
    if (found.length === 0) return success(lines(dim(context, "No events match.")));
    return success(lines(...timelineText(found, context)));
  },
};

function timelineHelp(context: Context): string {
  const heading = (text: string) => bold(context, text);
  const example = (text: string) => `  ${dim(context, "$")} ${program} ${text}`;
  const common = [
    "  --json              Print machine output (JSON)",
    "  --csv               Print CSV (RFC 4180) instead of text",
    "  -h, --help          Show this help",
  ];
  return lines(
    `${heading("Usage:")} ${program} timeline [--from DATE] [--to DATE] [--place PLACE [--surrounding]]`,
    "                             [--kind KIND] [--category CATEGORY] [--activations MODE] [--within] [--json|--csv]",
    "",
    "The events in date order, one a line: date, title and [source ids]. Both ends are included.",
    "An event whose actor said something of other places notes how many (claims, not their decisions);",
    "--json gives the claims, --csv their places' ids.",
    "On a terminal, long lines wrap to its width; piped, every event stays on one line.",
    "",
    heading("Options:"),
    "  --from DATE         First day of the range (YYYY, YYYY-MM or YYYY-MM-DD; default: no limit)",
    "  --to DATE           Last day of the range (default: no limit)",
    "  --place PLACE       Only events about a place or about places inside it, whoever acted",
    "                      (name, FIPS code, USPS code or id)",
    "  --surrounding       With --place: also the events about its state and the nation themselves",
    "  --kind KIND         Only these kinds (repeat the option or separate with commas):",
    ...wrap(eventKinds, "                        "),
    `  --category CATEGORY Only these categories: ${eventCategories.join(", ")}`,
    "  --activations MODE  Merge county activations: by-state-day (one line a state and day),",
    "                      by-county (one line a county) or none (default)",
    "  --within            Keep only events whose date lies wholly inside the range (default: any overlap,",
    "                      so a month-precision event counts for a range that ends inside that month)",
    ...common,
    "",
    heading("Examples:"),
    example("timeline --from 2011-05-04 --to 2011-08-05"),
    example("timeline --place IL --category decision"),
    example("timeline --from 2008-10 --to 2008-11 --activations by-state-day"),
  );
}
