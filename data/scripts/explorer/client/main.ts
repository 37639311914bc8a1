/**
 * The rollout explorer: the page's state (a date, a place, the colours, the marks, the zoom), the
 * controls that change it, the map, and the URL that holds it
 * (`?place=12086&date=2010-05&colour=year&layers=decisions,claims&zoom=FL`).
 *
 * Every answer comes from the library's helpers: the map's colours from `jurisdictionsInStatus`,
 * the counts from `participationStatus`, the marks from `eventsBetween` and `participationStatus`
 * (layers.ts), the places from `resolveJurisdiction` (places.ts).
 */

import type { Jurisdiction, TimelineEvent } from "../../../../dist/index.js";
import {
  activations,
  comparePartialDates,
  dayFromNumber,
  dayNumber,
  eventCategories,
  events,
  getJurisdiction,
  jurisdictions,
  jurisdictionsInStatus,
  parsePartialDate,
  participationStatus,
  rolloutProgress,
} from "../../../../dist/index.js";
import { dateInWords, element, formatCount, formatFraction } from "./format.js";
import { countiesOf, type Marks, marksAsOf } from "./layers.js";
import {
  type Box,
  countyShapes,
  drawMap,
  drawMarks,
  hideTooltip,
  highlight,
  type Mark,
  type Shape,
  setViewBox,
  showTooltip,
  stateShape,
  svg,
  zoomBox,
} from "./map.js";
import { markPanel, placeName, placePanel, statisticsList, timelineList } from "./panels.js";
import { phaseEvents, phaseMeaning, phaseNames } from "./phases.js";
import { resolvePlaces } from "./places.js";
import { readActivatedBetween, readNation, readPlace, readState } from "./read.js";

// ---------------------------------------------------------------------------------------------
// the dates
// ---------------------------------------------------------------------------------------------

const activationDates = activations.map((activation) => activation.date).sort();
/** The first activation: where the slider starts. */
const firstDate = activationDates[0] ?? "2008-10-27";
/** The last activation: the rollout's end, the date shown when the address names none. */
const rolloutEnd = activationDates.at(-1) ?? "2013-01-22";
/** The end of the year of the record's last milestone (2021, when the reinstating order was revoked): where the slider ends. */
const lastDate = `${(phaseEvents.at(-1)?.date ?? "2021").slice(0, 4)}-12-31`;
const firstDay = dayNumber(firstDate);
const lastDay = dayNumber(lastDate);

function byId<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (found === null) throw new Error(`Expected an element #${id} in the page, got none`);
  return found as T;
}

const slider = byId<HTMLInputElement>("date-slider");
const phaseBand = byId<HTMLElement>("phase-band");
const phaseList = byId<HTMLUListElement>("phases");
const playButton = byId<HTMLButtonElement>("play");
const dateForm = byId<HTMLFormElement>("date-form");
const dateInput = byId<HTMLInputElement>("date-input");
const dateMessage = byId<HTMLElement>("date-message");
const summary = byId<HTMLElement>("summary");
const programLine = byId<HTMLElement>("program-line");
const mapDate = byId<HTMLElement>("map-date");
const legend = byId<HTMLUListElement>("legend");
const colourSelect = byId<HTMLSelectElement>("colour-select");
const decisionsBox = byId<HTMLInputElement>("layer-decisions");
const claimsBox = byId<HTMLInputElement>("layer-claims");
const zoomSelect = byId<HTMLSelectElement>("zoom-select");
const zoomPlaceButton = byId<HTMLButtonElement>("zoom-place");
const placeAnswer = byId<HTMLElement>("place-answer");
const markDetails = byId<HTMLElement>("mark-details");
const marksDetails = byId<HTMLDetailsElement>("marks-details");
const marksList = byId<HTMLElement>("marks-list");
const searchForm = byId<HTMLFormElement>("search-form");
const searchInput = byId<HTMLInputElement>("place-search");
const searchResults = byId<HTMLElement>("search-results");
const placeStatus = byId<HTMLElement>("place-status");
const stateTableDetails = byId<HTMLDetailsElement>("state-table-details");
const stateTableBody = byId<HTMLTableSectionElement>("state-table-body");
const stateTableDate = byId<HTMLElement>("state-table-date");
const downloadButton = byId<HTMLButtonElement>("download-csv");
const downloadNote = byId<HTMLElement>("download-note");
const shareUrl = byId<HTMLInputElement>("share-url");
const shareLink = byId<HTMLAnchorElement>("share-link");
const embedCode = byId<HTMLTextAreaElement>("embed-code");
const fullLink = byId<HTMLAnchorElement>("full-link");
const categoryFilter = byId<HTMLElement>("category-filter");
const timelineBox = byId<HTMLElement>("timeline-box");

// ---------------------------------------------------------------------------------------------
// state
// ---------------------------------------------------------------------------------------------

type Colour = "status" | "year";
type Layer = "decisions" | "claims";

interface PageState {
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, inside the slider's dates. */
  date: string;
  place: Jurisdiction | undefined;
  colour: Colour;
  readonly layers: Set<Layer>;
  /** What the map is zoomed to: a state's USPS code or a place's code; the whole country when `undefined`. */
  zoom: string | undefined;
  /** The mark whose decisions are open: a county's FIPS code or a state's USPS code. */
  mark: { readonly level: "county" | "state"; readonly code: string } | undefined;
  embed: boolean;
  readonly hiddenCategories: Set<string>;
}

/** The marks shown when the address says nothing of them. */
const defaultLayers: readonly Layer[] = ["decisions"];

const state: PageState = {
  date: rolloutEnd,
  place: undefined,
  colour: "status",
  layers: new Set(defaultLayers),
  zoom: undefined,
  mark: undefined,
  embed: false,
  hiddenCategories: new Set(),
};
let playing: number | undefined;

/** Whether a date (any precision) shares at least one day with the slider's dates. */
function covered(date: string): boolean {
  const interval = parsePartialDate(date);
  return interval.endDay >= firstDay && interval.startDay <= lastDay;
}

/** The last day a date stands for, inside the slider's dates. */
function endDayOf(date: string): number {
  return Math.min(lastDay, Math.max(firstDay, parsePartialDate(date).endDay));
}

/** The code a deep link names a place by: a county's FIPS code, a state's USPS code, a city's id. */
function placeCode(place: Jurisdiction): string {
  if (place.kind === "county" && place.fips !== undefined) return place.fips;
  if (place.kind === "state" && place.usps !== undefined) return place.usps;
  return place.id;
}

/** The address query of the view shown; `embed` adds the embedded form's flag. */
function viewQuery(embed = state.embed): string {
  const parameters = new URLSearchParams();
  if (state.place !== undefined) parameters.set("place", placeCode(state.place));
  parameters.set("date", state.date);
  if (state.colour !== "status") parameters.set("colour", state.colour);
  const layers = [...state.layers].sort();
  if (layers.join(",") !== [...defaultLayers].sort().join(",")) parameters.set("layers", layers.join(","));
  if (state.zoom !== undefined) parameters.set("zoom", state.zoom);
  if (embed) parameters.set("embed", "1");
  // Commas read better than %2C in a shared link, and URLSearchParams reads either.
  return `?${parameters.toString().replaceAll("%2C", ",")}`;
}

function writeUrl(): void {
  try {
    history.replaceState(null, "", viewQuery());
  } catch {
    // Some browsers refuse to rewrite a file:// address; the "Link to this view" still holds it.
  }
}

/** The page's address without its query: what a shared link and an embed start with. */
function pageAddress(): string {
  return location.href.replace(/[?#].*$/, "");
}

/** One column of the layout (a phone, a narrow window): a chosen place's answer must be scrolled to. */
function narrow(): boolean {
  return window.matchMedia("(max-width: 900px)").matches;
}

// ---------------------------------------------------------------------------------------------
// the map's colours: the library's statuses
// ---------------------------------------------------------------------------------------------

const countyPaths = drawMap();
const countyByFips = new Map(
  jurisdictions
    .filter((jurisdiction) => jurisdiction.kind === "county" && jurisdiction.fips !== undefined)
    .map((county) => [county.fips as string, county]),
);
const states = jurisdictions.filter((jurisdiction) => jurisdiction.kind === "state").sort((a, b) => a.name.localeCompare(b.name, "en"));
const stateByUsps = new Map(states.map((place) => [place.usps as string, place]));

/** The counties switched on by a date's last day, by id: `activated` and `activated-during`, as every count counts them. */
function switchedOnBy(date: string): Set<string> {
  return new Set<string>(
    [...jurisdictionsInStatus("activated", date), ...jurisdictionsInStatus("activated-during", date)].map((county) => county.id),
  );
}

/** The years of the rollout, and the counties switched on in each (by id). */
const rolloutYears = rolloutProgress({ by: "year" }).map((point) => point.period);
const yearOfCounty = new Map<string, string>();
for (const year of rolloutYears) for (const county of jurisdictionsInStatus("activated-during", year)) yearOfCounty.set(county.id, year);

/** The days of a month up to a day, in words: `2011-06-07` → `"June 1–7, 2011"`, `2011-06-01` → `"June 1, 2011"`. */
function daysOfMonthInWords(day: string): string {
  const words = dateInWords(day);
  return day.endsWith("-01") ? words : words.replace(/ (\d+),/, " 1–$1,");
}

interface Painted {
  readonly unknown: boolean;
  readonly recentStart: string;
  readonly end: string;
  readonly recentLabel: string;
}

const paintedClass = new Map<string, string>();

/**
 * Colours the counties as of the date, by the helpers' statuses: switched on in the latest month
 * (for a month or a year: in that period), before it, or not yet; or by the year switched on; or,
 * from 2021-01-20, unknown.
 */
function paintMap(date: string): Painted {
  const interval = parsePartialDate(date);
  const end = dayFromNumber(endDayOf(date));
  const recentStart = interval.precision === "day" ? `${end.slice(0, 7)}-01` : dayFromNumber(Math.max(firstDay, interval.startDay));
  const recentLabel = interval.precision === "day" ? daysOfMonthInWords(end) : `in ${dateInWords(date)}`;
  const unknown = new Set<string>(jurisdictionsInStatus("unknown", date).map((county) => county.id));
  const on = switchedOnBy(date);
  const before = switchedOnBy(dayFromNumber(dayNumber(recentStart) - 1));
  for (const [fips, path] of countyPaths) {
    const id = `county-${fips}`;
    let name: string;
    if (unknown.has(id)) name = "unknown";
    else if (!on.has(id)) name = "not-yet";
    else if (state.colour === "year") name = `y${yearOfCounty.get(id) ?? ""}`;
    else name = before.has(id) ? "on" : "recent";
    if (paintedClass.get(fips) !== name) {
      path.setAttribute("class", name);
      paintedClass.set(fips, name);
    }
  }
  return { unknown: unknown.size > 0, recentStart, end, recentLabel };
}

// ---------------------------------------------------------------------------------------------
// the zoom and the chosen place's highlight
// ---------------------------------------------------------------------------------------------

function countyShapesOf(place: Jurisdiction): Shape[] {
  return countiesOf(place)
    .map((id) => countyShapes.get(id.replace(/^county-/, "")))
    .filter((shape): shape is Shape & { dot: boolean } => shape !== undefined);
}

function shapesOf(place: Jurisdiction): Shape[] {
  if (place.kind === "state") {
    const shape = place.fips === undefined ? undefined : stateShape(place.fips);
    return shape === undefined ? [] : [shape];
  }
  return countyShapesOf(place);
}

function unionBox(shapes: readonly Shape[]): Box | undefined {
  if (shapes.length === 0) return undefined;
  return [
    Math.min(...shapes.map((shape) => shape.box[0])),
    Math.min(...shapes.map((shape) => shape.box[1])),
    Math.max(...shapes.map((shape) => shape.box[2])),
    Math.max(...shapes.map((shape) => shape.box[3])),
  ];
}

/** The place a zoom code names: a state by its USPS code, or a place by any code the lookups take. */
function zoomPlace(code: string | undefined): Jurisdiction | undefined {
  if (code === undefined) return undefined;
  const place = stateByUsps.get(code.toUpperCase()) ?? lookUp(code);
  return place === undefined || place.kind === "nation" ? undefined : place;
}

function lookUp(code: string): Jurisdiction | undefined {
  try {
    return getJurisdiction(code);
  } catch {
    return undefined;
  }
}

/** The state a zoom shows: the state zoomed to, or the state of the place zoomed to. */
function zoomState(): Jurisdiction | undefined {
  const place = zoomPlace(state.zoom);
  if (place === undefined) return undefined;
  if (place.kind === "state") return place;
  return place.parent === undefined ? undefined : lookUp(place.parent);
}

function applyZoom(): void {
  const place = zoomPlace(state.zoom);
  const box = place === undefined ? undefined : unionBox(shapesOf(place));
  setViewBox(box === undefined ? undefined : zoomBox(box, place?.kind === "state" ? 60 : 160));
  const placeOption = byId<HTMLOptionElement>("zoom-place-option");
  placeOption.hidden = place === undefined || place.kind === "state";
  placeOption.textContent = place === undefined || place.kind === "state" ? "the chosen place" : place.fullName;
  zoomSelect.value = place === undefined ? "" : place.kind === "state" && place.usps !== undefined ? place.usps : "place";
  const chosen = state.place;
  const canZoom = chosen !== undefined && chosen.kind !== "nation";
  zoomPlaceButton.disabled = !canZoom;
  zoomPlaceButton.textContent = canZoom ? `Zoom to ${chosen.kind === "state" ? chosen.name : chosen.fullName}` : "Zoom to the chosen place";
}

function highlightChosen(): void {
  const place = state.place;
  if (place === undefined || place.kind === "nation") {
    highlight([], false);
    return;
  }
  const shapes = shapesOf(place);
  // The ring goes round a city's own county (its largest part) first.
  const main = place.kind === "city" && place.county !== undefined ? countyShapes.get(place.county.replace(/^county-/, "")) : undefined;
  const ordered = main === undefined ? shapes : [main, ...shapes.filter((shape) => shape !== main)];
  highlight(ordered, place.kind !== "state");
}

// ---------------------------------------------------------------------------------------------
// the marks
// ---------------------------------------------------------------------------------------------

function countyOfId(id: string): Jurisdiction | undefined {
  return countyByFips.get(id.replace(/^county-/, ""));
}

function plural(count: number, one: string, many: string): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}

function renderMarks(marks: Marks): void {
  const shown: Mark[] = [];
  const outlines: Shape[] = [];
  if (state.layers.has("decisions")) {
    for (const [id, decisions] of marks.countyDecisions) {
      const shape = countyShapes.get(id.replace(/^county-/, ""));
      const county = countyOfId(id);
      if (shape === undefined || county === undefined) continue;
      shown.push({
        kind: "decision",
        level: "county",
        code: county.fips as string,
        centre: shape.centre,
        label: `${placeName(county)}: ${plural(decisions.length, "decision", "decisions")} up to this date`,
      });
    }
    for (const [id, decisions] of marks.stateDecisions) {
      const place = getJurisdiction(id);
      const shape = place?.fips === undefined ? undefined : stateShape(place.fips);
      if (place === undefined || shape === undefined) continue;
      outlines.push(shape);
      shown.push({
        kind: "decision",
        level: "state",
        code: place.usps as string,
        centre: shape.centre,
        label: `${place.name}: ${plural(decisions.length, "decision", "decisions")} of its government or about it up to this date`,
      });
    }
  }
  if (state.layers.has("claims")) {
    for (const [id, claims] of marks.countyClaims) {
      const shape = countyShapes.get(id.replace(/^county-/, ""));
      const county = countyOfId(id);
      if (shape === undefined || county === undefined) continue;
      shown.push({
        kind: "claim",
        level: "county",
        code: county.fips as string,
        centre: shape.centre,
        label: `${placeName(county)}: ${plural(claims.length, "claim", "claims")} about it up to this date`,
      });
    }
    for (const [id, claims] of marks.stateClaims) {
      const place = getJurisdiction(id);
      const shape = place?.fips === undefined ? undefined : stateShape(place.fips);
      if (place === undefined || shape === undefined) continue;
      shown.push({
        kind: "claim",
        level: "state",
        code: place.usps as string,
        centre: shape.centre,
        label: `${place.name}: ${plural(claims.length, "claim", "claims")} about it up to this date`,
      });
    }
  }
  drawMarks(shown, outlines);
}

function markPlace(mark: NonNullable<PageState["mark"]>): Jurisdiction | undefined {
  return mark.level === "state" ? stateByUsps.get(mark.code) : countyByFips.get(mark.code);
}

/** Opens the decisions and claims a mark stands for, under the map. */
function renderMarkDetails(marks: Marks): void {
  const mark = state.mark;
  const place = mark === undefined ? undefined : markPlace(mark);
  if (mark === undefined || place === undefined) {
    markDetails.hidden = true;
    markDetails.replaceChildren();
    return;
  }
  const decisions = mark.level === "state" ? marks.stateDecisions.get(place.id) : marks.countyDecisions.get(place.id);
  const claims = mark.level === "state" ? marks.stateClaims.get(place.id) : marks.countyClaims.get(place.id);
  const close = element("button", { type: "button", class: "close" }, "Close");
  close.addEventListener("click", () => {
    state.mark = undefined;
    renderMarkDetails(marks);
  });
  markDetails.replaceChildren(
    ...markPanel(place, state.date, decisions ?? [], claims ?? [], () => {
      searchInput.value = placeName(place);
      choosePlace(place, "map");
    }),
    element("p", {}, close),
  );
  markDetails.dataset["level"] = mark.level;
  markDetails.dataset["code"] = mark.code;
  markDetails.hidden = false;
}

function openMark(level: "county" | "state", code: string): void {
  state.mark = { level, code };
  renderMarkDetails(marksAsOf(state.date));
  if (narrow()) markDetails.scrollIntoView({ block: "nearest" });
}

/** The marks as a list, for the keyboard and for reading: each opens what the mark opens. */
function renderMarksList(marks: Marks): void {
  if (!marksDetails.open) return;
  const button = (label: string, level: "county" | "state", code: string) => {
    const node = element("button", { type: "button", "data-level": level, "data-code": code }, label);
    node.addEventListener("click", () => openMark(level, code));
    return element("li", {}, node);
  };
  const countyItems = (map: ReadonlyMap<string, readonly unknown[]>, what: [string, string]) =>
    [...map]
      .map(([id, items]) => [countyOfId(id), items.length] as const)
      .filter((entry): entry is readonly [Jurisdiction, number] => entry[0] !== undefined)
      .sort((a, b) => placeName(a[0]).localeCompare(placeName(b[0]), "en"))
      .map(([county, count]) => button(`${placeName(county)} (${plural(count, ...what)})`, "county", county.fips as string));
  const stateItems = (map: ReadonlyMap<string, readonly unknown[]>, what: [string, string]) =>
    [...map]
      .map(([id, items]) => [getJurisdiction(id), items.length] as const)
      .filter((entry): entry is readonly [Jurisdiction, number] => entry[0] !== undefined)
      .sort((a, b) => a[0].name.localeCompare(b[0].name, "en"))
      .map(([place, count]) => button(`${place.name} (${plural(count, ...what)})`, "state", place.usps as string));
  const section = (title: string, items: HTMLLIElement[]) => [
    element("h4", {}, `${title} (${items.length})`),
    items.length === 0 ? element("p", {}, "None up to this date.") : element("ul", { class: "choices" }, ...items),
  ];
  marksList.replaceChildren(
    ...section("Counties with decisions", countyItems(marks.countyDecisions, ["decision", "decisions"])),
    ...section(
      "States with decisions of their own or federal ones about them",
      stateItems(marks.stateDecisions, ["decision", "decisions"]),
    ),
    ...section("Counties claims are about", countyItems(marks.countyClaims, ["claim", "claims"])),
    ...section("States claims are about", stateItems(marks.stateClaims, ["claim", "claims"])),
  );
}

// ---------------------------------------------------------------------------------------------
// rendering
// ---------------------------------------------------------------------------------------------

/** Fills the table per state, when it is open: the map's text alternative, as of the date. */
function renderStateTable(date: string): void {
  if (!stateTableDetails.open) return;
  stateTableDate.textContent = dateInWords(date);
  const rows = states.map((place) => {
    const { counties, rollout } = readState(place, date);
    return element(
      "tr",
      { "data-state": place.usps },
      element("th", { scope: "row" }, place.name),
      element("td", {}, counties?.activated === undefined ? "unknown" : formatCount(counties.activated)),
      element("td", {}, counties === undefined ? "" : formatCount(counties.total)),
      element("td", {}, counties?.fraction === undefined ? "unknown" : formatFraction(counties.fraction)),
      element("td", {}, rollout === undefined ? "unknown" : rollout === "not-started" ? "not started" : rollout),
    );
  });
  stateTableBody.replaceChildren(...rows);
}

function renderSummary(date: string, map: Painted): void {
  const nation = readNation(date);
  const counties = nation.counties;
  const recent = readActivatedBetween(map.recentStart, map.end);
  mapDate.textContent = dateInWords(date);
  const since = nation.program.since;
  programLine.dataset["phase"] = nation.program.phase;
  programLine.replaceChildren(
    element("strong", {}, `The program: ${phaseNames[nation.program.phase] ?? nation.program.phase}`),
    since === undefined ? "." : ` since ${dateInWords(since.date)} (${since.title}). `,
    phaseMeaning(nation.program.phase),
  );
  if (counties?.activated === undefined) {
    summary.replaceChildren(
      `As of ${dateInWords(date)}: unknown. No source says how the fingerprint sharing stood after Executive Order 13768 was revoked on 2021-01-20.`,
    );
    renderLegend(map, undefined);
    return;
  }
  summary.replaceChildren(
    `As of ${dateInWords(date)}: `,
    element("strong", { id: "count", "data-count": String(counties.activated) }, formatCount(counties.activated)),
    ` of ${formatCount(counties.total)} counties switched on`,
    counties.fraction === undefined ? "" : ` (${formatFraction(counties.fraction)})`,
    "; ",
    element(
      "span",
      { id: "count-recent", "data-count": recent === undefined ? undefined : String(recent) },
      recent === undefined ? "an unknown number" : formatCount(recent),
    ),
    ` of them switched on ${map.recentLabel}. States complete (with DC): `,
    element("strong", { id: "states-complete" }, nation.statesComplete === undefined ? "unknown" : String(nation.statesComplete)),
    " of 51.",
  );
  renderLegend(map, recent);
}

function legendItem(swatch: string, ...text: (string | Node)[]): HTMLLIElement {
  return element("li", {}, element("span", { class: `swatch ${swatch}`, "aria-hidden": "true" }), ...text);
}

/**
 * The legend: what each colour and mark of the map is, with how many counties it stands for, as
 * the helpers count them (every county of 2008-2013 once; one of them has no shape of its own).
 */
function renderLegend(map: Painted, recent: number | undefined): void {
  const items: HTMLLIElement[] = [];
  const nation = readNation(map.end).counties;
  if (map.unknown || nation?.activated === undefined) {
    items.push(legendItem("unknown", "unknown: no source says how the sharing stood"));
  } else if (state.colour === "year") {
    items.push(legendItem("not-yet", `not yet switched on (${formatCount(nation.total - nation.activated)})`));
    for (const year of rolloutYears) {
      const first = `${year}-01-01` < firstDate ? firstDate : `${year}-01-01`;
      const last = `${year}-12-31` < map.end ? `${year}-12-31` : map.end;
      const during = first > last ? undefined : readActivatedBetween(first, last);
      if (during !== undefined && during > 0) items.push(legendItem(`y${year}`, `switched on in ${year} (${formatCount(during)})`));
    }
  } else {
    items.push(legendItem("not-yet", `not yet switched on (${formatCount(nation.total - nation.activated)})`));
    items.push(legendItem("on", `switched on (${formatCount(nation.activated - (recent ?? 0))})`));
    // After the rollout no county was switched on: the month's colour is left out of the legend.
    if (recent !== 0 || map.end <= rolloutEnd)
      items.push(
        legendItem(
          "recent",
          element(
            "span",
            { id: "legend-recent" },
            `switched on ${map.recentLabel}${recent === undefined ? "" : ` (${formatCount(recent)})`}`,
          ),
        ),
      );
  }
  const marks = marksAsOf(state.date);
  if (state.layers.has("decisions")) {
    items.push(
      legendItem("mark-decision", `a decision recorded for the county or a city in it (${formatCount(marks.countyDecisions.size)})`),
    );
    items.push(
      legendItem(
        "mark-state",
        `a state with a decision of its own or a federal one about it, outlined (${formatCount(marks.stateDecisions.size)})`,
      ),
    );
  }
  if (state.layers.has("claims"))
    items.push(
      legendItem("mark-claim", `a place others made claims about (${formatCount(marks.countyClaims.size + marks.stateClaims.size)})`),
    );
  if (state.place !== undefined && state.place.kind !== "nation")
    items.push(legendItem("chosen", `the chosen place: ${placeName(state.place)}`));
  legend.replaceChildren(...items);
}

function renderPlace(): void {
  const place = state.place;
  if (place === undefined) {
    placeStatus.replaceChildren(element("p", {}, "Search for a place, or click a county on the map, to see its status as of the date."));
    placeAnswer.replaceChildren();
    return;
  }
  const view = readPlace(place, state.date);
  const panel = view === undefined ? element("p", {}, "No status for this place.") : placePanel(view, state.date, viewQuery());
  placeStatus.replaceChildren(panel);
  // Under the map, on a narrow screen: the place's answer next to its highlight.
  const statuses = [...panel.querySelectorAll(":scope > .status, :scope > .city-counties")].map((node) => node.cloneNode(true));
  const decisions = view?.decisions.length ?? 0;
  placeAnswer.replaceChildren(
    element("p", { class: "answer-name" }, element("strong", { id: "answer-name" }, placeName(place)), ` as of ${dateInWords(state.date)}`),
    ...statuses,
    element(
      "p",
      {},
      `${plural(decisions, "decision", "decisions")} of its governments up to this date · `,
      element("a", { href: "#place-status" }, "the full answer, with sources"),
    ),
  );
}

/** Marks the events after the date, and scrolls the timeline to the last events up to it. */
function renderTimelineMarks(scroll: boolean): void {
  const end = endDayOf(state.date);
  const shown: HTMLElement[] = [];
  for (const item of timelineBox.querySelectorAll<HTMLElement>("li[data-date]")) {
    const after = parsePartialDate(item.dataset["date"] ?? "").startDay > end;
    item.classList.toggle("after", after);
    if (!after && !item.hidden) shown.splice(0, shown.length, ...shown.slice(-1), item);
  }
  const [top] = shown;
  if (!scroll) return;
  // Read the layout in the next frame, once the browser has laid the page out anyway, rather than forcing a layout now.
  if (timelineScroll !== undefined) cancelAnimationFrame(timelineScroll);
  timelineScroll = requestAnimationFrame(() => {
    timelineScroll = undefined;
    timelineBox.scrollTop = top === undefined ? 0 : top.offsetTop;
  });
}

let timelineScroll: number | undefined;

function renderPhases(): void {
  const phase = readNation(state.date).program.phase;
  for (const button of phaseList.querySelectorAll<HTMLButtonElement>("button[data-phase]")) {
    const current = button.dataset["phase"] === phase;
    button.classList.toggle("current", current);
    if (current) button.setAttribute("aria-current", "true");
    else button.removeAttribute("aria-current");
  }
}

function renderShare(): void {
  const query = viewQuery(false);
  shareLink.href = query;
  shareUrl.value = `${pageAddress()}${query}`;
  embedCode.value = `<iframe src="${pageAddress()}${viewQuery(true)}" title="Secure Communities, county by county: the map as of ${dateInWords(state.date)}" width="100%" height="760" style="border:0" loading="lazy"></iframe>`;
  fullLink.href = query;
}

/** Renders everything that depends on the view; `scroll` follows the date in the timeline. */
function render(scroll = true): void {
  const date = state.date;
  const value = String(endDayOf(date) - firstDay);
  if (slider.value !== value) slider.value = value;
  slider.setAttribute("aria-valuetext", dateInWords(date));
  if (document.activeElement !== dateInput) dateInput.value = date;
  colourSelect.value = state.colour;
  decisionsBox.checked = state.layers.has("decisions");
  claimsBox.checked = state.layers.has("claims");
  const map = paintMap(date);
  renderSummary(date, map);
  renderPhases();
  const marks = marksAsOf(date);
  renderMarks(marks);
  renderMarkDetails(marks);
  renderMarksList(marks);
  renderStateTable(date);
  renderPlace();
  applyZoom();
  highlightChosen();
  renderTimelineMarks(scroll);
  renderShare();
  writeUrl();
}

// ---------------------------------------------------------------------------------------------
// controls
// ---------------------------------------------------------------------------------------------

function setDate(date: string, scroll = true): void {
  state.date = date;
  dateMessage.textContent = "";
  render(scroll);
}

function stopPlaying(): void {
  if (playing === undefined) return;
  window.clearInterval(playing);
  playing = undefined;
  playButton.textContent = "Play";
  playButton.setAttribute("aria-pressed", "false");
}

function nextMonth(month: string): string {
  const [year = 0, number = 1] = month.split("-").map(Number);
  return number === 12 ? `${year + 1}-01` : `${year}-${String(number + 1).padStart(2, "0")}`;
}

// Play steps month by month to the slider's end; from the start when the date is the rollout's end (the page's first view) or the slider's end.
playButton.addEventListener("click", () => {
  if (playing !== undefined) {
    stopPlaying();
    return;
  }
  const lastMonth = lastDate.slice(0, 7);
  if (state.date.slice(0, 7) >= lastMonth || state.date === rolloutEnd) setDate(firstDate.slice(0, 7));
  playButton.textContent = "Pause";
  playButton.setAttribute("aria-pressed", "true");
  playing = window.setInterval(() => {
    const month = nextMonth(state.date.slice(0, 7));
    setDate(month);
    if (month >= lastMonth) stopPlaying();
  }, 300);
});

slider.min = "0";
slider.max = String(lastDay - firstDay);
slider.addEventListener("input", () => {
  stopPlaying();
  setDate(dayFromNumber(firstDay + Number(slider.value)));
});

/** The band under the slider: a stretch for each phase of the program; and a button for each, to go to its start. */
function drawPhases(): void {
  const span = lastDay - firstDay + 1;
  const starts = phaseEvents.map((event) => Math.max(firstDay, parsePartialDate(event.date).startDay));
  phaseBand.replaceChildren(
    ...phaseEvents.map((event, index) => {
      const start = starts[index] as number;
      const end = (starts[index + 1] ?? lastDay + 1) - 1;
      const stretch = element("span", { class: `phase phase-${event.programPhase ?? ""}` });
      stretch.style.left = `${((start - firstDay) / span) * 100}%`;
      stretch.style.width = `${((end - start + 1) / span) * 100}%`;
      return stretch;
    }),
  );
  phaseList.replaceChildren(
    ...phaseEvents.map((event, index) => {
      const phase = event.programPhase ?? "";
      const start = dayFromNumber(starts[index] as number);
      const button = element(
        "button",
        {
          type: "button",
          "data-phase": phase,
          title: `From ${dateInWords(event.date)}: ${event.title}`,
        },
        element("span", { class: `phase-key phase-${phase}`, "aria-hidden": "true" }),
        `${event.date.slice(0, 4)} ${phaseNames[phase] ?? phase}`,
      );
      button.addEventListener("click", () => {
        stopPlaying();
        setDate(event.date.length === 10 ? event.date : start);
      });
      return element("li", {}, button);
    }),
  );
}

/** Reads a date typed by the reader or given in the URL; a message instead when it cannot be shown. */
function parseDate(text: string): { date: string } | { message: string } {
  const date = text.trim();
  const expected = `Expected a date as YYYY, YYYY-MM or YYYY-MM-DD between ${firstDate} and ${lastDate}, got "${date.slice(0, 80)}"`;
  try {
    return covered(date) ? { date: parsePartialDate(date).text } : { message: expected };
  } catch {
    return { message: expected };
  }
}

dateForm.addEventListener("submit", (event) => {
  event.preventDefault();
  stopPlaying();
  const parsed = parseDate(dateInput.value);
  if ("message" in parsed) dateMessage.textContent = parsed.message;
  else setDate(parsed.date);
});

/**
 * Makes a place the chosen one, and on a narrow screen brings its answer into view: under the
 * map when it was chosen on the map or by a link, under the search box when it was searched.
 */
function choosePlace(place: Jurisdiction, from: "map" | "search" | "link"): void {
  state.place = place;
  searchResults.replaceChildren();
  render();
  if (!narrow()) return;
  if (from === "search") (placeStatus.querySelector(".status") ?? placeStatus).scrollIntoView({ block: "nearest" });
  else placeAnswer.scrollIntoView({ block: from === "link" ? "end" : "nearest" });
}

function placeButtons(places: readonly Jurisdiction[]): HTMLUListElement {
  return element(
    "ul",
    { class: "choices" },
    ...places.map((place) => {
      const button = element("button", { type: "button" }, placeName(place), element("span", { class: "kind" }, ` (${place.kind})`));
      button.addEventListener("click", () => {
        searchInput.value = placeName(place);
        choosePlace(place, "search");
        placeStatus.focus({ preventScroll: true });
      });
      return element("li", {}, button);
    }),
  );
}

/** Shows what a query found: the place itself, a choice among several, or "did you mean". */
function search(query: string): void {
  const { matches, suggestions } = resolvePlaces(query);
  const [only] = matches;
  if (matches.length === 1 && only !== undefined) {
    choosePlace(only, "search");
    return;
  }
  if (matches.length > 1) {
    searchResults.replaceChildren(
      element("p", {}, `${matches.length} places match “${query.trim()}”. Choose one:`),
      placeButtons(matches.slice(0, 50)),
    );
    return;
  }
  searchResults.replaceChildren(
    element("p", {}, `No place matches “${query.trim().slice(0, 80)}”.${suggestions.length > 0 ? " Did you mean:" : ""}`),
    ...(suggestions.length > 0 ? [placeButtons(suggestions)] : []),
  );
}

stateTableDetails.addEventListener("toggle", () => renderStateTable(state.date));
marksDetails.addEventListener("toggle", () => renderMarksList(marksAsOf(state.date)));

searchForm.addEventListener("submit", (event) => {
  event.preventDefault();
  search(searchInput.value);
});

colourSelect.addEventListener("change", () => {
  state.colour = colourSelect.value === "year" ? "year" : "status";
  render(false);
});

for (const box of [decisionsBox, claimsBox]) {
  box.addEventListener("change", () => {
    const layer = box.value as Layer;
    if (box.checked) state.layers.add(layer);
    else state.layers.delete(layer);
    render(false);
  });
}

for (const place of states) zoomSelect.append(element("option", { value: place.usps }, place.name));
zoomSelect.addEventListener("change", () => {
  if (zoomSelect.value === "place") return;
  state.zoom = zoomSelect.value === "" ? undefined : zoomSelect.value;
  render(false);
});
zoomPlaceButton.addEventListener("click", () => {
  if (state.place === undefined || state.place.kind === "nation") return;
  state.zoom = placeCode(state.place);
  render(false);
});

/** The county a map event is on, if any. */
function countyAt(target: EventTarget | null): Jurisdiction | undefined {
  const fips = target instanceof Element ? target.getAttribute("data-fips") : null;
  return fips === null ? undefined : countyByFips.get(fips);
}

function tooltipText(county: Jurisdiction): string {
  const status = participationStatus(county.id, state.date);
  const activation = status?.kind === "county" ? status.activation : undefined;
  const words =
    activation === undefined || activation.status === "unknown"
      ? "unknown"
      : activation.status === "not-activated"
        ? `not yet switched on (${activation.date})`
        : `switched on ${activation.date}`;
  const decisions = state.layers.has("decisions") ? (marksAsOf(state.date).countyDecisions.get(county.id)?.length ?? 0) : 0;
  return `${placeName(county)}: ${words}${decisions > 0 ? ` · ${plural(decisions, "decision", "decisions")}` : ""}`;
}

svg.addEventListener("click", (event) => {
  const target = event.target instanceof Element ? event.target : null;
  const mark = target?.closest<SVGElement>("[data-mark]");
  if (mark !== null && mark !== undefined) {
    const level = mark.dataset["state"] === undefined ? "county" : "state";
    openMark(level, mark.dataset["state"] ?? mark.dataset["county"] ?? "");
    return;
  }
  const county = countyAt(target);
  if (county === undefined) return;
  searchInput.value = placeName(county);
  choosePlace(county, "map");
  showTooltip(tooltipText(county), event.clientX, event.clientY);
});

svg.addEventListener("pointermove", (event) => {
  if (event.pointerType !== "mouse") return;
  const county = countyAt(event.target);
  if (county === undefined) {
    hideTooltip();
    return;
  }
  showTooltip(tooltipText(county), event.clientX, event.clientY);
});
svg.addEventListener("pointerleave", hideTooltip);

// ---------------------------------------------------------------------------------------------
// take it away: the view's table as CSV
// ---------------------------------------------------------------------------------------------

function csvField(value: string | number): string {
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The table of the view: one row per state as of the date, or, zoomed to a state or a place,
 * one row per county of that state; every value from the helpers.
 */
function viewTable(): { name: string; rows: (string | number)[][]; what: string } {
  const date = state.date;
  const marks = marksAsOf(date);
  const phase = readNation(date).program.phase;
  const zoomed = zoomState();
  const ids = (events: readonly { readonly event: TimelineEvent }[] | undefined) =>
    [...new Set((events ?? []).map((entry) => entry.event.id))].join(" ");
  if (zoomed === undefined) {
    const rows: (string | number)[][] = [
      ["state", "usps", "fips", "as_of", "counties_switched_on", "counties", "fraction", "rollout", "program_phase", "decisions"],
    ];
    for (const place of states) {
      const { counties, rollout } = readState(place, date);
      rows.push([
        place.name,
        place.usps ?? "",
        place.fips ?? "",
        date,
        counties?.activated ?? "",
        counties?.total ?? "",
        counties?.fraction === undefined ? "" : Math.round(counties.fraction * 10_000) / 10_000,
        rollout ?? "unknown",
        phase,
        ids(marks.stateDecisions.get(place.id)),
      ]);
    }
    return { name: `secure-communities-${date}-states.csv`, rows, what: `${states.length} states as of ${dateInWords(date)}` };
  }
  const counties = jurisdictions
    .filter((county) => county.kind === "county" && county.parent === zoomed.id && county.listedOnly !== true)
    .sort((a, b) => ((a.fips ?? "") < (b.fips ?? "") ? -1 : 1));
  const rows: (string | number)[][] = [
    ["fips", "county", "state", "as_of", "status", "switched_on", "program_phase", "decisions", "claims"],
  ];
  for (const county of counties) {
    const status = participationStatus(county.id, date);
    const activation = status?.kind === "county" ? status.activation : undefined;
    rows.push([
      county.fips ?? "",
      county.fullName,
      zoomed.usps ?? "",
      date,
      activation?.status ?? "unknown",
      activation?.date ?? "",
      phase,
      ids(marks.countyDecisions.get(county.id)),
      ids(marks.countyClaims.get(county.id)),
    ]);
  }
  return {
    name: `secure-communities-${date}-${zoomed.usps ?? zoomed.id}.csv`,
    rows,
    what: `the ${counties.length} counties of ${zoomed.name} as of ${dateInWords(date)}`,
  };
}

downloadButton.addEventListener("click", () => {
  const { name, rows, what } = viewTable();
  const text = `${rows.map((row) => row.map(csvField).join(",")).join("\r\n")}\r\n`;
  const url = URL.createObjectURL(new Blob([text], { type: "text/csv;charset=utf-8" }));
  const link = element("a", { href: url, download: name, hidden: "" });
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
  downloadNote.textContent = `${name}: ${what}.`;
});

for (const field of [shareUrl, embedCode]) field.addEventListener("focus", () => field.select());

// ---------------------------------------------------------------------------------------------
// the timeline: drawn once
// ---------------------------------------------------------------------------------------------

const sortedEvents: readonly TimelineEvent[] = [...events].sort((a, b) => comparePartialDates(a.date, b.date) || (a.id < b.id ? -1 : 1));
timelineBox.append(
  timelineList(sortedEvents, covered, (event) => {
    stopPlaying();
    setDate(event.date, false);
  }),
);

for (const category of eventCategories) {
  const checkbox = element("input", { type: "checkbox", id: `category-${category}`, value: category, checked: "" });
  checkbox.addEventListener("change", () => {
    if (checkbox.checked) state.hiddenCategories.delete(category);
    else state.hiddenCategories.add(category);
    for (const item of timelineBox.querySelectorAll<HTMLElement>("li[data-category]"))
      item.hidden = state.hiddenCategories.has(item.dataset["category"] ?? "");
  });
  const count = sortedEvents.filter((event) => event.category === category).length;
  categoryFilter.append(element("label", { for: `category-${category}` }, checkbox, ` ${category} (${count})`));
}

// ---------------------------------------------------------------------------------------------
// start: the view the URL names
// ---------------------------------------------------------------------------------------------

drawPhases();
const parameters = new URLSearchParams(location.search);
const messages: string[] = [];
const dateParameter = parameters.get("date");
if (dateParameter !== null) {
  const parsed = parseDate(dateParameter);
  if ("message" in parsed) messages.push(parsed.message);
  else state.date = parsed.date;
}
const colourParameter = parameters.get("colour");
if (colourParameter === "year" || colourParameter === "status") state.colour = colourParameter;
else if (colourParameter !== null) messages.push(`Expected colour=status or colour=year, got "${colourParameter.slice(0, 40)}"`);
const layersParameter = parameters.get("layers");
if (layersParameter !== null) {
  state.layers.clear();
  for (const layer of layersParameter.split(",").filter((name) => name !== "")) {
    if (layer === "decisions" || layer === "claims") state.layers.add(layer);
    else messages.push(`Expected layers from decisions and claims, got "${layer.slice(0, 40)}"`);
  }
}
const zoomParameter = parameters.get("zoom");
if (zoomParameter !== null) {
  if (zoomPlace(zoomParameter) !== undefined) state.zoom = zoomParameter;
  else messages.push(`Expected zoom as a state's USPS code or a place's code, got "${zoomParameter.slice(0, 40)}"`);
}
state.embed = parameters.get("embed") === "1";
document.body.classList.toggle("embed", state.embed);
const placeParameter = parameters.get("place");
let linkedPlace: Jurisdiction | undefined;
if (placeParameter !== null) {
  const { matches } = resolvePlaces(placeParameter);
  const [only] = matches;
  if (matches.length === 1 && only !== undefined) {
    state.place = only;
    linkedPlace = only;
    searchInput.value = placeName(only);
  } else {
    search(placeParameter);
  }
}
render();
dateMessage.textContent = messages.join(" ");
// A place named by the link: its answer in view on a narrow screen, under the map.
if (linkedPlace !== undefined && narrow()) placeAnswer.scrollIntoView({ block: "end" });
// The first render: controls, map, counts, the place and the timeline. The statistics, below, follow.
performance.mark("explorer:first-render");
byId("statistics").append(statisticsList());
performance.mark("explorer:complete");
