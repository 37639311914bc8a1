/**
 * `secure-communities sources`: the bibliography.
 *
 * @module
 */

import { sources } from "../generated/sources.js";
import { commandArgs, flag, noPositionals } from "./args.js";
import { type CliCommand, program } from "./command.js";
import { bold, type Context, dim, json, lines, success } from "./output.js";

/**
 * `secure-communities sources [--json]`: the bibliography, one entry a source: id, publisher,
 * title, publication date (`n.d.` when unknown) and address.
 *
 * @param args - The arguments after the command name.
 * @param environment - `env` (for `NO_COLOR`), `isTTY` of stdout and the package `version`.
 * @returns Exit code 0 with the bibliography; 2 on bad usage.
 * @throws Never.
 * @example
 * ```ts
 * JSON.parse(sourcesCommand(["--json"]).stdout)[0].id; // => "allgov-quinn-withdrawal-letter"
 * ```
 */
export const sourcesCommand: CliCommand = {
  name: "sources",
  synopsis: "sources",
  summary: "The bibliography",
  help: sourcesHelp,
  run(args, context) {
    const { parsed, answer } = commandArgs(sourcesCommand, args, {}, context);
    if (answer !== undefined) return answer;
    noPositionals("sources", parsed.positionals);
    if (flag(parsed.values, "json")) return success(json(sources));
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
  const common = ["  --json              Print machine output (JSON)", "  -h, --help          Show this help"];
  return lines(
    `${heading("Usage:")} ${program} sources [--json]`,
    "",
    "The bibliography: every document the data cites, with its id, publisher, title, date and address.",
    "",
    heading("Options:"),
    ...common,
    "",
    heading("Examples:"),
    example("sources"),
    example("sources --json"),
  );
}
