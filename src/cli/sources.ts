/**
 * `secure-communities sources [id]`: the bibliography, or one source with the records that cite it.
 *
 * @module
 */

import { getSource } from "../citations.js";
import { activations } from "../generated/activations.js";
import { detainers } from "../generated/detainers.js";
import { events } from "../generated/events.js";
import { jurisdictions } from "../generated/jurisdictions.js";
import { offenseLevels } from "../generated/offense-levels.js";
import { sources } from "../generated/sources.js";
import { statistics } from "../generated/statistics.js";
import type { Citation } from "../generated/types.js";
import { commandArgs, outputFlags } from "./args.js";
import { type CliCommand, program } from "./command.js";
import { notFound, quoted, usage } from "./failure.js";
import { bold, type Context, csv, dim, groupDigits, json, lines, success, table } from "./output.js";

interface CitingRecord {
  readonly dataset: string;
  readonly id: string;
  readonly title: string;
}

const cites = (citations: readonly Citation[], id: string) => citations.some((citation) => citation.source === id);

/** The records that cite a source, dataset by dataset; activations, counties and detainer counts are counted, not listed. */
function citingRecords(id: string): { records: CitingRecord[]; activations: number } {
  const records: CitingRecord[] = [];
  for (const event of events) if (cites(event.citations, id)) records.push({ dataset: "events", id: event.id, title: event.title });
  for (const statistic of statistics) {
    if (cites(statistic.citations, id)) records.push({ dataset: "statistics", id: statistic.id, title: statistic.title });
  }
  for (const level of offenseLevels)
    if (cites(level.citations, id)) records.push({ dataset: "offenseLevels", id: level.id, title: level.name });
  for (const jurisdiction of jurisdictions) {
    if (jurisdiction.kind !== "county" && cites(jurisdiction.citations, id)) {
      records.push({ dataset: "jurisdictions", id: jurisdiction.id, title: jurisdiction.fullName });
    }
  }
  let counties = 0;
  for (const jurisdiction of jurisdictions) if (jurisdiction.kind === "county" && cites(jurisdiction.citations, id)) counties += 1;
  if (counties > 0) records.push({ dataset: "jurisdictions", id: "(counties)", title: `${groupDigits(counties)} county records` });
  let detainerCounts = 0;
  for (const count of detainers) if (cites(count.citations, id)) detainerCounts += 1;
  if (detainerCounts > 0) records.push({ dataset: "detainers", id: "(counts)", title: `${groupDigits(detainerCounts)} detainer counts` });
  let activationCount = 0;
  for (const activation of activations) if (cites(activation.citations, id)) activationCount += 1;
  return { records, activations: activationCount };
}

/**
 * `secure-communities sources [ID] [--json|--csv]`: the bibliography, one entry a source: id,
 * publisher, title, publication date (`n.d.` when unknown) and address; with an ID, that source
 * and the records that cite it.
 *
 * @example
 * ```ts
 * JSON.parse(runCli(["sources", "--json"]).stdout)[0].id; // => "allgov-quinn-withdrawal-letter"
 * ```
 */
export const sourcesCommand: CliCommand = {
  name: "sources",
  synopsis: "sources [id]",
  summary: "The bibliography, or one source and the records that cite it",
  help: sourcesHelp,
  run(args, context) {
    const { parsed, answer } = commandArgs(sourcesCommand, args, { csv: { type: "boolean" } }, context);
    if (answer !== undefined) return answer;
    const { values, positionals } = parsed;
    const { asJson, asCsv } = outputFlags(values);
    const [id, extra] = positionals;
    if (extra !== undefined) throw usage(`unexpected argument ${quoted(extra)} for sources: expected at most one source id`);
    if (id !== undefined) {
      if (id.trim() === "") throw usage(`missing source id: expected one of the ids that \`${program} sources\` lists`);
      const source = id.length > 200 ? undefined : getSource(id);
      if (source === undefined)
        throw notFound(`no source has the id ${quoted(id)}: expected one of the ids that \`${program} sources\` lists`);
      const { records, activations: activationCount } = citingRecords(source.id);
      if (asJson) return success(json({ source, citedBy: records, activations: activationCount }));
      if (asCsv)
        return success(
          csv(
            ["dataset", "id", "title"],
            records.map((record) => [record.dataset, record.id, record.title]),
          ),
        );
      const out = [bold(context, source.id), `  ${source.publisher}, ${source.published ?? "n.d."}: ${source.title}`];
      if (source.url !== undefined) out.push(`  ${dim(context, source.url)}`);
      out.push("", bold(context, "Cited by"));
      if (records.length === 0 && activationCount === 0) out.push(`  ${dim(context, "no record")}`);
      out.push(
        ...table(
          records.map((record) => [record.dataset, record.id, record.title]),
          [],
          [(cell) => dim(context, cell)],
        ).map((line) => `  ${line}`),
      );
      if (activationCount > 0) out.push(`  ${dim(context, "activations")}  ${groupDigits(activationCount)} county activations`);
      return success(lines(...out));
    }
    if (asJson) return success(json(sources));
    if (asCsv) {
      return success(
        csv(
          ["id", "publisher", "title", "published", "url"],
          sources.map((source) => [source.id, source.publisher, source.title, source.published, source.url]),
        ),
      );
    }
    const out: string[] = [];
    for (const source of sources) {
      if (out.length > 0) out.push("");
      out.push(bold(context, source.id), `  ${source.publisher}, ${source.published ?? "n.d."}: ${source.title}`);
      if (source.url !== undefined) out.push(`  ${dim(context, source.url)}`);
    }
    return success(out.length === 0 ? "" : lines(...out));
  },
};

function sourcesHelp(context: Context): string {
  const heading = (text: string) => bold(context, text);
  const example = (text: string) => `  ${dim(context, "$")} ${program} ${text}`;
  return lines(
    `${heading("Usage:")} ${program} sources [ID] [--json|--csv]`,
    "",
    "The bibliography: every document the data cites, with its id, publisher, title, date and address.",
    "With ID, that source and the records that cite it.",
    "",
    heading("Options:"),
    "  --json              Print machine output (JSON)",
    "  --csv               Print CSV (RFC 4180) instead of text",
    "  -h, --help          Show this help",
    "",
    heading("Examples:"),
    example("sources"),
    example("sources fcir-security-breach-2011-01-31"),
    example("sources --csv"),
  );
}
