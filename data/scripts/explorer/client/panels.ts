/** The page's panels: a place's status, its sources, the timeline and the statistics. */

import shownSources from "explorer:sources";
import type { Citation, Jurisdiction, TimelineEvent } from "../../../../dist/index.js";
import { getJurisdiction, statistics } from "../../../../dist/index.js";
import { dateInWords, element, formatCount, formatFraction, formatQualified } from "./format.js";
import type { CountyDecision, PlaceClaim, StateDecision } from "./layers.js";
import { phaseMeaning, phaseNames } from "./phases.js";
import { type CountsView, type PlaceView, readShares, type ShareView } from "./read.js";

// The package's sources, with the fields the page shows (the build leaves out their notes).
const sourcesById = new Map(shownSources.map((source) => [source.id, source]));

/** A place's name with its state: `"Miami-Dade County, Florida"`. */
export function placeName(place: Jurisdiction): string {
  const parent = place.parent === undefined ? undefined : getJurisdiction(place.parent);
  return parent === undefined || parent.kind === "nation" ? place.fullName : `${place.fullName}, ${parent.name}`;
}

/** The sources behind a list of citations, one item a source, with the evidence phrases each gives. */
export function sourceList(citations: readonly Citation[]): HTMLUListElement {
  const bySource = new Map<string, Citation[]>();
  for (const citation of citations) bySource.set(citation.source, [...(bySource.get(citation.source) ?? []), citation]);
  const list = element("ul", { class: "sources" });
  for (const [id, cited] of bySource) {
    const source = sourcesById.get(id);
    if (source === undefined) continue;
    const title =
      source.url === undefined ? element("cite", {}, source.title) : element("a", { href: source.url }, element("cite", {}, source.title));
    const details = [source.publisher, source.published === undefined ? undefined : dateInWords(source.published)]
      .filter(Boolean)
      .join(", ");
    const phrases = [...new Set(cited.map((citation) => citation.evidence).filter((phrase): phrase is string => phrase !== undefined))];
    const locators = [...new Set(cited.map((citation) => citation.locator).filter((locator): locator is string => locator !== undefined))];
    list.append(
      element(
        "li",
        {},
        title,
        details === "" ? undefined : ` (${details})`,
        locators.length === 0 ? undefined : `, ${locators.join("; ")}`,
        ...phrases.map((phrase) => element("q", { class: "evidence" }, phrase)),
      ),
    );
  }
  return list;
}

function countsText(counts: CountsView | undefined, what: string): string {
  if (counts?.activated === undefined)
    return `Unknown for ${what}: no source says how the fingerprint sharing stood after Executive Order 13768 was revoked on 2021-01-20.`;
  const share = counts.fraction === undefined ? "" : ` (${formatFraction(counts.fraction)})`;
  return `${formatCount(counts.activated)} of ${formatCount(counts.total)} counties switched on${share}.`;
}

/** The activation line of a county or city: the text the reader sees, and the status it stands for. */
function activationLine(view: PlaceView, date: string): HTMLParagraphElement {
  const activation = view.activation;
  const status = activation?.status ?? "unknown";
  const day = activation?.date;
  const asOf = dateInWords(date);
  const who = view.kind !== "city" ? undefined : view.county === undefined ? "Its county was" : `Its county, ${view.county.fullName}, was`;
  const switchedOn = (rest: string): string => (who === undefined ? `Switched on ${rest}` : `${who} switched on ${rest}`);
  let text: string;
  if (status === "activated" && day !== undefined) text = switchedOn(`${day}.`);
  else if (status === "activated-during" && day !== undefined) text = switchedOn(`${day}, within ${asOf}.`);
  else if (status === "not-activated")
    text = `Not yet switched on as of ${asOf}${day === undefined ? "" : ` (${view.kind === "city" ? "its county was " : ""}switched on later, on ${day})`}.`;
  else text = `Unknown: the activation data does not say whether it was switched on as of ${asOf}.`;
  return element("p", { class: "status", "data-status": status }, text);
}

/** A city in several counties: each county's activation, and the share of the city's people covered. */
function cityCountiesBlock(view: PlaceView, date: string): HTMLDivElement {
  const asOf = dateInWords(date);
  const covered =
    view.coveredFraction === undefined
      ? `Unknown share of its people covered as of ${asOf}.`
      : `${formatFraction(view.coveredFraction)} of its 2020 population lived in counties switched on as of ${asOf}.`;
  const item = (part: PlaceView["cityCounties"][number]) => {
    const state =
      part.status === "activated" || part.status === "activated-during"
        ? `switched on ${part.date}`
        : part.status === "not-activated"
          ? `not yet (switched on ${part.date})`
          : "unknown";
    return element("li", { "data-status": part.status }, `${part.county.fullName} (${formatCount(part.population)} people): ${state}`);
  };
  return element(
    "div",
    { class: "city-counties" },
    element(
      "p",
      { class: "status" },
      `The program ran through county jails; this city lies in ${view.cityCounties.length} counties. ${covered}`,
    ),
    element("ul", {}, ...view.cityCounties.map(item)),
  );
}

/** An event in a place's status: its label, date, title and summary; `by` says whose decision or claim it is. */
function eventLine(event: TimelineEvent, label: string, by: string): HTMLLIElement {
  return element(
    "li",
    { "data-event": event.id, "data-by": by },
    element("span", { class: "label" }, label),
    " ",
    element("time", { datetime: event.date }, event.date),
    ": ",
    element("strong", {}, event.title),
    element("p", {}, event.summary),
    event.dateNote === undefined ? undefined : element("p", { class: "note" }, `Date: ${event.dateNote}`),
  );
}

const decisionLabels: Readonly<Record<string, string>> = {
  own: "Decision of its own government",
  state: "Decision of its state",
  county: "Decision of its county (which ran the jail)",
  federal: "Federal decision about it or its state",
};

/** The status panel of a place as of a date. */
export function placePanel(view: PlaceView, date: string, link: string): HTMLElement {
  const place = view.jurisdiction;
  const panel = element("article", { class: "place-status", "aria-labelledby": "place-name" });
  panel.append(
    element("h3", { id: "place-name" }, placeName(place)),
    element(
      "p",
      { class: "as-of" },
      element("span", { id: "place-as-of" }, `As of ${dateInWords(date)}`),
      " · ",
      element("a", { href: link, id: "view-link" }, "Link to this view"),
    ),
  );

  if (view.kind === "county" || (view.kind === "city" && view.cityCounties.length <= 1)) panel.append(activationLine(view, date));
  if (view.kind === "city" && view.cityCounties.length > 1) panel.append(cityCountiesBlock(view, date));
  if (view.kind === "state") {
    const rollout = view.rollout === undefined ? "" : ` Rollout: ${view.rollout === "not-started" ? "not started" : view.rollout}.`;
    const completion = view.completionDate === undefined ? "" : ` Every county was switched on by ${view.completionDate}.`;
    panel.append(
      element(
        "p",
        { class: "status", "data-status": view.rollout ?? "unknown" },
        `${countsText(view.counties, "its counties")}${rollout}${completion}`,
      ),
    );
  }
  if (view.kind === "nation") {
    const states = view.statesComplete === undefined ? "" : ` ${view.statesComplete} states (with DC) complete.`;
    panel.append(element("p", { class: "status", "data-status": "nation" }, `${countsText(view.counties, "the nation")}${states}`));
  }
  const since = view.program.since;
  panel.append(
    element(
      "p",
      { class: "program", "data-phase": view.program.phase },
      `The program: ${phaseNames[view.program.phase] ?? view.program.phase.replaceAll("-", " ")}`,
      since === undefined ? "." : ` since ${since.date} (${since.title}).`,
    ),
  );
  const meaning = phaseMeaning(view.program.phase);
  if (meaning !== "" && view.kind !== "nation") panel.append(element("p", { class: "note" }, meaning));

  panel.append(element("h4", {}, "Decisions up to this date"));
  if (view.decisions.length === 0)
    panel.append(element("p", {}, "No decision of its own government or of its state is recorded up to this date."));
  else
    panel.append(
      element(
        "ul",
        { class: "events", id: "decisions" },
        ...view.decisions.map(({ by, event }) => eventLine(event, decisionLabels[by] ?? `Decision (${by})`, by)),
      ),
    );

  if (view.claims !== undefined) {
    panel.append(element("h4", {}, "What others said of it"));
    if (view.claims.length === 0) panel.append(element("p", {}, "No claim about it or its state is recorded up to this date."));
    else
      panel.append(
        element(
          "ul",
          { class: "events", id: "claims" },
          ...view.claims.map((claim) => {
            const item = eventLine(claim.event, `Claim by ${claim.event.actor}`, claim.by);
            const about = claim.about === undefined ? "" : ` about ${claim.about.fullName}${claim.by === "state" ? " (its state)" : ""}`;
            item.append(element("p", {}, `The claim${about}: ${claim.statement}`));
            if (claim.asWritten !== undefined)
              item.append(
                element(
                  "p",
                  { class: "note" },
                  "As written: ",
                  element("q", {}, claim.asWritten),
                  claim.reading === undefined ? "" : `; read as ${claim.reading}`,
                  claim.confidence === undefined ? "" : ` (confidence: ${claim.confidence})`,
                  ".",
                ),
              );
            if (claim.note !== undefined) item.append(element("p", { class: "note" }, claim.note));
            return item;
          }),
        ),
      );
  }

  panel.append(element("h4", {}, "Sources"));
  if (view.citations.length === 0) panel.append(element("p", {}, "The counts come from the county activation records."));
  else panel.append(sourceList(view.citations));
  return panel;
}

/**
 * What a mark of the decisions or claims layer opens: the decisions that mark the place and the
 * claims about it up to the date, each with its date, whose it is, what it did and its sources.
 *
 * @param place - The county or state the mark stands on.
 * @param date - The map's date.
 * @param decisions - The decisions that mark it (see layers.ts).
 * @param claims - The claims about it.
 * @param onChoose - Makes the place the chosen one.
 */
export function markPanel(
  place: Jurisdiction,
  date: string,
  decisions: readonly (CountyDecision | StateDecision)[],
  claims: readonly PlaceClaim[],
  onChoose: () => void,
): HTMLElement[] {
  const choose = element("button", { type: "button", id: "mark-choose" }, `Show ${placeName(place)} as the chosen place`);
  choose.addEventListener("click", onChoose);
  const parts: HTMLElement[] = [
    element("h3", { id: "mark-heading" }, `${placeName(place)}: the record up to ${dateInWords(date)}`),
    element("p", {}, choose),
  ];
  parts.push(element("h4", {}, `Decisions (${decisions.length})`));
  if (decisions.length === 0) parts.push(element("p", {}, "No decision marks it up to this date."));
  else
    parts.push(
      element(
        "ul",
        { class: "events", id: "mark-decisions" },
        ...decisions.map((decision) => {
          const whose =
            "by" in decision
              ? decision.by === "own"
                ? `Decision of its own government (${decision.event.actor})`
                : `Federal decision about it (${decision.event.actor})`
              : decision.via.id === place.id
                ? `Decision about it, by ${decision.event.actor}`
                : `Decision about ${decision.via.fullName}, a city in it, by ${decision.event.actor}`;
          const item = eventLine(decision.event, whose, "by" in decision ? decision.by : decision.via.kind);
          item.append(sourceList(decision.event.citations));
          return item;
        }),
      ),
    );
  if (claims.length > 0) {
    parts.push(element("h4", {}, `Claims about it (${claims.length})`));
    parts.push(
      element(
        "ul",
        { class: "events", id: "mark-claims" },
        ...claims.map(({ event, claim, about }) => {
          const item = eventLine(event, `Claim by ${event.actor}`, about.kind);
          const where = about.id === place.id ? "" : ` (about ${about.fullName})`;
          item.append(element("p", {}, `The claim${where}: ${claim.statement}`));
          item.append(
            element(
              "p",
              { class: "note" },
              "As written: ",
              element("q", {}, claim.asWritten),
              `; read as ${claim.reading} (confidence: ${claim.confidence}).`,
            ),
          );
          item.append(sourceList(event.citations));
          return item;
        }),
      ),
    );
  }
  return parts;
}

/** The timeline: every event in date order, each with a button that moves the date to it when the map covers it. */
export function timelineList(
  events: readonly TimelineEvent[],
  covered: (date: string) => boolean,
  onChoose: (event: TimelineEvent) => void,
): HTMLOListElement {
  const list = element("ol", { class: "timeline", id: "timeline" });
  for (const event of events) {
    const date = covered(event.date)
      ? element(
          "button",
          { type: "button", class: "event-date", "aria-label": `${event.date}: move the date to ${dateInWords(event.date)}` },
          event.date,
        )
      : element("span", { class: "event-date outside", title: "outside the map's dates" }, event.date);
    if (date instanceof HTMLButtonElement) date.addEventListener("click", () => onChoose(event));
    list.append(
      element(
        "li",
        { "data-category": event.category, "data-date": event.date, "data-event": event.id },
        date,
        " ",
        element("span", { class: `tag tag-${event.category}` }, event.category),
        " ",
        element("span", { class: "event-title" }, event.title),
        element("details", {}, element("summary", {}, "More"), element("p", {}, event.summary), sourceList(event.citations)),
      ),
    );
  }
  return list;
}

/**
 * A share as the page prints it: one computed from counts at the shares' decimals, "about" when
 * a count is qualified (`"about 32.6%"`); one the source reports as the source gives it, said to
 * be reported (`"28% (as reported)"`), and for the remainder of reported ones, said how it is
 * found (`"49% (100 less the reported percentages)"`).
 */
export function shareText(share: ShareView, decimals: number): string {
  if (share.percent === undefined) return "";
  if (share.reported) return `${share.percent}% (${share.remainder ? "100 less the reported percentages" : "as reported"})`;
  return `${share.approximate ? "about " : ""}${share.percent.toFixed(decimals)}%`;
}

/** The statistics, each with its categories' counts as reported and their shares. */
export function statisticsList(): HTMLElement {
  const container = element("div", { class: "statistics" });
  for (const statistic of statistics) {
    const place = getJurisdiction(statistic.jurisdiction);
    const period = statistic.from === statistic.to ? `as of ${statistic.to}` : `${statistic.from} to ${statistic.to}`;
    const article = element(
      "article",
      { class: "statistic", "data-statistic": statistic.id },
      element("h3", {}, statistic.title),
      element("p", {}, `${place?.name ?? statistic.jurisdiction}, ${period}: ${formatQualified(statistic.total)} ${statistic.measure}.`),
    );
    const shares = readShares(statistic);
    if (statistic.categories.length > 0) {
      const table = element(
        "table",
        {},
        element("caption", {}, "Categories as reported, and their shares of the total"),
        element(
          "thead",
          {},
          element(
            "tr",
            {},
            element("th", { scope: "col" }, "Category"),
            element("th", { scope: "col" }, "Count"),
            element("th", { scope: "col" }, "Share"),
          ),
        ),
      );
      const body = element("tbody");
      const row = (id: string, label: string, count: string, share: string, reported: boolean): HTMLTableRowElement =>
        element(
          "tr",
          { "data-row": id, "data-reported": reported ? "true" : undefined },
          element("th", { scope: "row" }, label),
          element("td", {}, count),
          element("td", {}, share),
        );
      for (const category of statistic.categories) {
        const computed = shares.rows.find((candidate) => candidate.id === category.id && !candidate.remainder);
        const share =
          computed !== undefined
            ? shareText(computed, shares.decimals)
            : category.reportedPercent !== undefined
              ? `${category.reportedPercent}% (as reported)`
              : "";
        const reported = computed?.reported ?? category.reportedPercent !== undefined;
        body.append(
          row(
            category.id,
            category.label,
            category.count === undefined ? "not reported" : formatQualified(category.count),
            share,
            reported,
          ),
        );
      }
      for (const remainder of shares.rows.filter((candidate) => candidate.remainder)) {
        // The rest of a total split by counts is a count too; the rest of reported percentages is not.
        const count =
          remainder.count === undefined
            ? "not reported as a count"
            : `${formatCount(remainder.count)} (derived: the total less the categories)`;
        body.append(row(remainder.id, remainder.label, count, shareText(remainder, shares.decimals), remainder.reported));
      }
      table.append(body);
      article.append(table);
      if (shares.rows.some((candidate) => candidate.approximate && !candidate.reported))
        article.append(element("p", { class: "note" }, "Shares marked “about” are built from qualified counts, so they are approximate."));
      if (shares.rows.some((candidate) => candidate.reported))
        article.append(
          element("p", { class: "note" }, "Shares marked “as reported” are the source’s own percentages, shown as it gives them."),
        );
    }
    if (statistic.note !== undefined) article.append(element("p", { class: "note" }, statistic.note));
    article.append(sourceList(statistic.citations));
    container.append(article);
  }
  return container;
}
