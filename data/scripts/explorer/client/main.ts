/**
 * The rollout explorer: the page's state (a date, a place, the categories shown), the controls
 * that change it, the map, and the URL that holds it (`?place=12086&date=2010-05`).
 */

import type { Jurisdiction, TimelineEvent } from "../../../../dist/index.js";
import {
  activations,
  comparePartialDates,
  dayFromNumber,
  dayNumber,
  eventCategories,
  events,
  jurisdictions,
  parsePartialDate,
} from "../../../../dist/index.js";
import { dateInWords, element, formatCount, formatFraction } from "./format.js";
import { placeName, placePanel, statisticsList, timelineList } from "./panels.js";
import { resolvePlaces } from "./places.js";
import { readActivatedBetween, readNation, readPlace, readState } from "./read.js";

/** The dates the map covers: the first and the last activation. */
const firstDate = "2008-10-27";
const lastDate = "2013-01-22";
const firstDay = dayNumber(firstDate);
const lastDay = dayNumber(lastDate);

function byId<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (found === null) throw new Error(`Expected an element #${id} in the page, got none`);
  return found as T;
}

const slider = byId<HTMLInputElement>("date-slider");
const playButton = byId<HTMLButtonElement>("play");
const dateForm = byId<HTMLFormElement>("date-form");
const dateInput = byId<HTMLInputElement>("date-input");
const dateMessage = byId<HTMLElement>("date-message");
const summary = byId<HTMLElement>("summary");
const mapDate = byId<HTMLElement>("map-date");
const legendRecent = byId<HTMLElement>("legend-recent");
const searchForm = byId<HTMLFormElement>("search-form");
const searchInput = byId<HTMLInputElement>("place-search");
const searchResults = byId<HTMLElement>("search-results");
const placeStatus = byId<HTMLElement>("place-status");
const stateTableDetails = byId<HTMLDetailsElement>("state-table-details");
const stateTableBody = byId<HTMLTableSectionElement>("state-table-body");
const stateTableDate = byId<HTMLElement>("state-table-date");
const categoryFilter = byId<HTMLElement>("category-filter");
const timelineBox = byId<HTMLElement>("timeline-box");
const tooltip = byId<HTMLElement>("map-tooltip");
const countyGroup = document.getElementById("counties") as SVGGElement | null;
const selectedOutline = document.getElementById("selected-outline") as SVGPathElement | null;
if (countyGroup === null || selectedOutline === null) throw new Error("Expected the map's counties and outline in the page, got none");

// ---------------------------------------------------------------------------------------------
// state
// ---------------------------------------------------------------------------------------------

interface PageState {
  /** `YYYY-MM-DD` or `YYYY-MM` (or `YYYY`), inside the map's dates. */
  date: string;
  place: Jurisdiction | undefined;
  readonly hiddenCategories: Set<string>;
}

const state: PageState = { date: lastDate, place: undefined, hiddenCategories: new Set() };
let playing: number | undefined;

/** Whether a date (any precision) shares at least one day with the map's dates. */
function covered(date: string): boolean {
  const interval = parsePartialDate(date);
  return interval.endDay >= firstDay && interval.startDay <= lastDay;
}

/** The last day a date stands for, inside the map's dates. */
function endDayOf(date: string): number {
  return Math.min(lastDay, Math.max(firstDay, parsePartialDate(date).endDay));
}

/** The code a deep link names a place by: a county's FIPS code, a state's USPS code, a city's id. */
function placeCode(place: Jurisdiction): string {
  if (place.kind === "county" && place.fips !== undefined) return place.fips;
  if (place.kind === "state" && place.usps !== undefined) return place.usps;
  return place.id;
}

function viewQuery(): string {
  const parameters = new URLSearchParams();
  if (state.place !== undefined) parameters.set("place", placeCode(state.place));
  parameters.set("date", state.date);
  return `?${parameters.toString()}`;
}

function writeUrl(): void {
  try {
    history.replaceState(null, "", viewQuery());
  } catch {
    // Some browsers refuse to rewrite a file:// address; the "Link to this view" still holds it.
  }
}

// ---------------------------------------------------------------------------------------------
// the map
// ---------------------------------------------------------------------------------------------

const activationDates = new Map(activations.map((activation) => [activation.county.replace(/^county-/, ""), activation.date]));
const countyPaths = [...countyGroup.querySelectorAll<SVGPathElement>("path[data-fips]")].map((path) => ({
  path,
  fips: path.getAttribute("data-fips") ?? "",
  date: activationDates.get(path.getAttribute("data-fips") ?? "") ?? "9999-12-31",
  status: "",
}));

/** The days of a month up to a day, in words: `2011-06-07` → `"June 1–7, 2011"`, `2011-06-01` → `"June 1, 2011"`. */
function daysOfMonthInWords(day: string): string {
  const words = dateInWords(day);
  return day.endsWith("-01") ? words : words.replace(/ (\d+),/, " 1–$1,");
}

/**
 * Colours the counties as of the date: switched on in the latest month (for a month or a year: in
 * that period), before it, or not yet. The shapes are those of ICE's list, each coloured with its
 * day; the counts the page prints are the library's (see {@link readActivatedBetween}). Returns
 * the days of the latest month (or period) up to the date, and their words for the legend.
 */
function paintMap(date: string): { recentStart: string; end: string; recentLabel: string } {
  const interval = parsePartialDate(date);
  const end = dayFromNumber(endDayOf(date));
  const recentStart = interval.precision === "day" ? `${end.slice(0, 7)}-01` : dayFromNumber(interval.startDay);
  const recentLabel = interval.precision === "day" ? daysOfMonthInWords(end) : `in ${dateInWords(date)}`;
  for (const county of countyPaths) {
    const status = county.date > end ? "not-yet" : county.date >= recentStart ? "recent" : "on";
    if (status !== county.status) {
      county.path.setAttribute("class", status);
      county.status = status;
    }
  }
  return { recentStart, end, recentLabel };
}

function outlineSelected(): void {
  const place = state.place;
  const county =
    place?.kind === "county"
      ? place
      : place?.kind === "city" && place.county !== undefined
        ? { fips: place.county.replace(/^county-/, "") }
        : undefined;
  const path = county?.fips === undefined ? undefined : countyPaths.find((candidate) => candidate.fips === county.fips)?.path;
  selectedOutline?.setAttribute("d", path?.getAttribute("d") ?? "");
}

// ---------------------------------------------------------------------------------------------
// rendering
// ---------------------------------------------------------------------------------------------

const states = jurisdictions.filter((jurisdiction) => jurisdiction.kind === "state").sort((a, b) => a.name.localeCompare(b.name, "en"));

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

function renderSummary(date: string, map: { recentStart: string; end: string; recentLabel: string }): void {
  const nation = readNation(date);
  const counties = nation.counties;
  const recent = readActivatedBetween(map.recentStart, map.end);
  mapDate.textContent = dateInWords(date);
  legendRecent.textContent = `switched on ${map.recentLabel}${recent === undefined ? "" : ` (${formatCount(recent)})`}`;
  if (counties?.activated === undefined) {
    summary.replaceChildren(
      "Unknown: no source says how the fingerprint sharing stood after Executive Order 13768 was revoked on 2021-01-20.",
    );
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
}

function renderPlace(): void {
  const place = state.place;
  if (place === undefined) {
    placeStatus.replaceChildren(element("p", {}, "Search for a place, or click a county on the map, to see its status as of the date."));
    return;
  }
  const view = readPlace(place, state.date);
  placeStatus.replaceChildren(
    view === undefined ? element("p", {}, "No status for this place.") : placePanel(view, state.date, viewQuery()),
  );
}

/** Marks the events after the date, and scrolls the timeline to the last events up to it. */
function renderTimelineMarks(scroll: boolean): void {
  const end = endDayOf(state.date);
  // The last two events shown up to the date: the box starts at the earlier of them.
  const shown: HTMLElement[] = [];
  for (const item of timelineBox.querySelectorAll<HTMLElement>("li[data-date]")) {
    const after = parsePartialDate(item.dataset["date"] ?? "").startDay > end;
    item.classList.toggle("after", after);
    if (!after && !item.hidden) shown.splice(0, shown.length, ...shown.slice(-1), item);
  }
  const [top] = shown;
  if (scroll) timelineBox.scrollTop = top === undefined ? 0 : top.offsetTop;
}

/** Renders everything that depends on the date and the place; `scroll` follows the date in the timeline. */
function render(scroll = true): void {
  const date = state.date;
  const value = String(endDayOf(date) - firstDay);
  if (slider.value !== value) slider.value = value;
  slider.setAttribute("aria-valuetext", dateInWords(date));
  if (document.activeElement !== dateInput) dateInput.value = date;
  const map = paintMap(date);
  renderSummary(date, map);
  renderStateTable(date);
  renderPlace();
  renderTimelineMarks(scroll);
  outlineSelected();
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

playButton.addEventListener("click", () => {
  if (playing !== undefined) {
    stopPlaying();
    return;
  }
  const lastMonth = lastDate.slice(0, 7);
  if (state.date.slice(0, 7) >= lastMonth) setDate(firstDate.slice(0, 7));
  playButton.textContent = "Pause";
  playButton.setAttribute("aria-pressed", "true");
  playing = window.setInterval(() => {
    const month = nextMonth(state.date.slice(0, 7));
    setDate(month);
    if (month >= lastMonth) stopPlaying();
  }, 400);
});

slider.addEventListener("input", () => {
  stopPlaying();
  setDate(dayFromNumber(firstDay + Number(slider.value)));
});

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

function choosePlace(place: Jurisdiction): void {
  state.place = place;
  searchResults.replaceChildren();
  render();
}

function placeButtons(places: readonly Jurisdiction[]): HTMLUListElement {
  return element(
    "ul",
    { class: "choices" },
    ...places.map((place) => {
      const button = element("button", { type: "button" }, placeName(place), element("span", { class: "kind" }, ` (${place.kind})`));
      button.addEventListener("click", () => {
        searchInput.value = placeName(place);
        choosePlace(place);
        byId("place-status").focus();
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
    choosePlace(only);
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

searchForm.addEventListener("submit", (event) => {
  event.preventDefault();
  search(searchInput.value);
});

countyGroup.addEventListener("click", (event) => {
  const fips = (event.target as Element | null)?.getAttribute("data-fips");
  const place =
    fips === null || fips === undefined
      ? undefined
      : jurisdictions.find((candidate) => candidate.fips === fips && candidate.kind === "county");
  if (place !== undefined) {
    searchInput.value = placeName(place);
    choosePlace(place);
  }
});

countyGroup.addEventListener("mousemove", (event) => {
  const target = event.target as Element | null;
  const fips = target?.getAttribute("data-fips");
  const place =
    fips === null || fips === undefined
      ? undefined
      : jurisdictions.find((candidate) => candidate.fips === fips && candidate.kind === "county");
  if (place === undefined) {
    tooltip.hidden = true;
    return;
  }
  tooltip.textContent = `${placeName(place)}: switched on ${activationDates.get(fips ?? "") ?? "unknown"}`;
  tooltip.hidden = false;
  tooltip.style.left = `${event.offsetX + 12}px`;
  tooltip.style.top = `${event.offsetY + 12}px`;
});
countyGroup.addEventListener("mouseleave", () => {
  tooltip.hidden = true;
});

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

const parameters = new URLSearchParams(location.search);
const messages: string[] = [];
const dateParameter = parameters.get("date");
if (dateParameter !== null) {
  const parsed = parseDate(dateParameter);
  if ("message" in parsed) messages.push(parsed.message);
  else state.date = parsed.date;
}
const placeParameter = parameters.get("place");
if (placeParameter !== null) {
  const { matches } = resolvePlaces(placeParameter);
  const [only] = matches;
  if (matches.length === 1 && only !== undefined) {
    state.place = only;
    searchInput.value = placeName(only);
  } else {
    search(placeParameter);
  }
}
render();
dateMessage.textContent = messages.join(" ");
// The first render: controls, map, counts, the place and the timeline. The statistics, below, follow.
performance.mark("explorer:first-render");
byId("statistics").append(statisticsList());
performance.mark("explorer:complete");
