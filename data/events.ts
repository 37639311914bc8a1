/**
 * Dated happenings in the program's history, sorted by date, then id.
 *
 * A weekday in the founding article ("on Tuesday") becomes a date only through a dated source,
 * and `dateNote` says which. `programPhase` is set only on the milestones that change the
 * program's own state.
 *
 * A decision is recorded only for the government that made it, on the date it made it. What one
 * party said about another place is a claim of the first (`claims`), never a decision of the
 * place it names.
 *
 * Locators into the county dataset name its own columns: `county` (the 5-digit county code) with
 * `date_secure`, and `statefips` with `date_statewide_secure`.
 */
import type { z } from "zod";
import { localDecisionEvents } from "./local-decisions.js";
import type { event } from "./schema.js";

const article = "florida-independent-la-resolution";
const dataset = "ice-activated-jurisdictions-dataset";
const resolutionWording = "Washington, Pennsylvania and Washington, D.C.";

export const events = [
  {
    id: "program-launch",
    date: "2008-10",
    dateNote:
      "DHS's press release of 2009-11-12 dates the program's inception to October 2008, and the county dataset's first activation is 2008-10-27 (Harris County, first-activation). ICE had announced the program in March 2008, the month advocates' accounts (Center for Constitutional Rights, National Immigration Law Center) give as its launch; the record dates the program's start by its first operation, not by the announcement.",
    category: "program",
    kind: "program-launch",
    title: "Secure Communities begins operating",
    summary:
      "ICE starts running Secure Communities. Under it, fingerprints taken when local police book a person are checked not only against FBI criminal history files but also against Department of Homeland Security immigration files, so that ICE can find noncitizens with criminal records and deport them. ICE's report to Congress of January 2011 says Congress set aside $200 million for this work in fiscal year 2008.",
    actor: "U.S. Immigration and Customs Enforcement (ICE)",
    actorJurisdiction: "us",
    jurisdictions: ["us"],
    programPhase: "active",
    note: "Earlier releases of this dataset dated the launch March 2008, from advocates' accounts; that month is when the program was announced.",
    citations: [
      {
        source: "dhs-release-2009-11-12",
        evidence: "Since its inception in October 2008, Secure Communities has identified",
        confidence: "high",
      },
      {
        source: "ndlon-foia-request-2010-02-03",
        evidence: "ICE announced the Secure Communities program in March",
        confidence: "high",
      },
      { source: "ccr-secure-communities-page", evidence: "The program, launched in March 2008", confidence: "medium" },
      { source: "nilc-no-rules-of-the-road-2011-03", evidence: "From the program's launch in March 2008", confidence: "medium" },
      {
        source: article,
        locator: "paragraph 7",
        evidence: "grants local law enforcement agencies access to FBI criminal history records",
        confidence: "high",
      },
      {
        source: article,
        locator: "paragraph 7",
        evidence: "Department of Homeland Security immigration records",
        confidence: "high",
      },
      {
        source: "ice-quarterly-report-2011-01-03",
        evidence: "Congress appropriated $200 million for U.S. Immigration and Customs Enforcement",
        confidence: "high",
      },
    ],
  },
  {
    id: "first-activation",
    date: "2008-10-27",
    dateNote:
      "The day is the county dataset's earliest activation date. Reporting names Harris County as the first partner and gives October 2008, but no report found states the day.",
    category: "program",
    kind: "first-activation",
    title: "Harris County, Texas, becomes the first county in Secure Communities",
    summary:
      "ICE switches on fingerprint sharing in Harris County, Texas, the program's first partner and the first of the 14 jurisdictions in its pilot year.",
    actor: "U.S. Immigration and Customs Enforcement (ICE)",
    actorJurisdiction: "us",
    jurisdictions: ["county-48201", "us-tx"],
    citations: [
      { source: dataset, locator: "county 48201, date_secure", confidence: "high" },
      {
        source: "legalmatch-secure-communities-pilot",
        evidence: "Harris County Sheriff's Office (Texas) was the first program partner.",
        confidence: "high",
      },
      {
        source: "legalmatch-secure-communities-pilot",
        evidence: "ICE recruited 14 jurisdictions to pilot Secure Communities in 2008.",
        confidence: "high",
      },
    ],
  },
  {
    id: "pa-first-activations",
    date: "2008-12-16",
    dateNote:
      "The day is the county dataset's activation date for both counties; ICE's release names them as the first Pennsylvania sites. An ICE spokesman quoted by The Intelligencer gave December 15 as the day the program began there.",
    category: "program",
    kind: "activation",
    title: "Bucks and Montgomery become the first Pennsylvania counties in Secure Communities",
    summary:
      "ICE activates the program in Bucks and Montgomery counties, the first sites in Pennsylvania; most of the state followed only years later.",
    actor: "U.S. Immigration and Customs Enforcement (ICE)",
    actorJurisdiction: "us",
    jurisdictions: ["county-42017", "county-42091", "us-pa"],
    note: "The two dates differ by one day: ICE's spokesman said Dec. 15 (2008), the county dataset says 2008-12-16. The record keeps the dataset's day for the activation, as it does for every county, and gives the spokesman's day here with its source.",
    citations: [
      {
        source: "ice-pa-first-sites-release",
        evidence: "Bucks and Montgomery counties are the first sites to join this program",
        confidence: "high",
      },
      { source: dataset, locator: "county 42017 and 42091, date_secure", confidence: "high" },
      {
        source: "intelligencer-bucks-montgomery-first-month",
        evidence: "since beginning on Dec. 15, said Mark Medvesky, spokesman",
        confidence: "medium",
      },
    ],
  },
  {
    id: "dc-moa-signing",
    date: "2009-11",
    dateNote: 'The Center for Constitutional Rights release of 2010-05-04 says the agreement was signed "last November", so November 2009.',
    category: "decision",
    kind: "moa-signing",
    title: "District of Columbia police chief signs a Secure Communities agreement with ICE",
    summary: "The District's police chief, Lanier, signs a memorandum of agreement with ICE to take part in Secure Communities.",
    actor: "Police Chief Lanier, District of Columbia",
    actorJurisdiction: "us-dc",
    jurisdictions: ["us-dc"],
    citations: [
      {
        source: "ccr-dc-council-bill-2010-05-04",
        evidence: "Last November, Chief Lanier signed a Memorandum of Agreement with ICE",
        confidence: "high",
      },
      {
        source: "dhs-release-2009-11-12",
        evidence: "D.C. Metropolitan Police Department will be the next jurisdiction",
        confidence: "high",
      },
    ],
  },
  {
    id: "ndlon-foia-request",
    date: "2010-02-03",
    category: "litigation",
    kind: "foia-request",
    title: "NDLON, CCR and the Cardozo clinic ask ICE for its Secure Communities records",
    summary:
      "The National Day Laborer Organizing Network, the Center for Constitutional Rights and the Immigration Justice Clinic of the Cardozo School of Law file a Freedom of Information Act request with ICE for records on Secure Communities. The Florida Independent credits the organizations' FOIA action with forcing the Department of Homeland Security to make the program's data public.",
    actor: "National Day Laborer Organizing Network, Center for Constitutional Rights and Cardozo Immigration Justice Clinic",
    jurisdictions: ["us"],
    citations: [
      { source: "ndlon-foia-request-2010-02-03", evidence: "February 3, 2010", confidence: "high" },
      {
        source: "ccr-secure-communities-page",
        evidence: "filed a request under the Freedom of Information Act",
        confidence: "high",
      },
      {
        source: article,
        locator: "paragraph 8",
        evidence: "filed a Freedom of Information Act in 2010",
        confidence: "high",
      },
      {
        source: article,
        locator: "paragraph 8",
        evidence: "no other choice but to release Secure Communities data",
        confidence: "high",
      },
    ],
  },
  {
    id: "ndlon-foia-lawsuit",
    date: "2010-04-27",
    dateNote:
      "The plaintiffs' release of 2010-04-27 says the suit was filed that day; the docket number (10 Civ. 3488) agrees on the year.",
    category: "litigation",
    kind: "lawsuit",
    title: "NDLON and allies sue ICE for Secure Communities records (No. 10 Civ. 3488)",
    summary:
      "The same three organizations take their records request to court: NDLON v. ICE, a Freedom of Information Act case in the Southern District of New York.",
    actor: "National Day Laborer Organizing Network, Center for Constitutional Rights and Cardozo Immigration Justice Clinic",
    jurisdictions: ["us"],
    related: ["ndlon-foia-request"],
    citations: [
      {
        source: "commondreams-ndlon-foia-suit-2010-04-27",
        evidence: "filed a lawsuit demanding records",
        confidence: "high",
      },
      {
        source: "commondreams-ndlon-foia-suit-2010-04-27",
        evidence: "FOIA Lawsuit Filed, National Campaign Launched",
        confidence: "high",
      },
      {
        source: "vlex-ndlon-v-ice",
        evidence: "10 Civ. 3488(SAS)",
        confidence: "high",
      },
    ],
  },
  {
    id: "sf-board-opt-out-resolution",
    date: "2010-06-08",
    dateNote:
      "El Tecolote says the resolution was adopted at the board's meeting of June 8; the San Francisco Chronicle of 2010-06-09 reports the vote as Tuesday's.",
    category: "decision",
    kind: "resolution",
    title: "San Francisco supervisors urge an opt-out from Secure Communities (Resolution 269-10)",
    summary:
      "By 9 votes to 2, the San Francisco Board of Supervisors passes a nonbinding resolution urging the sheriff, the police and the juvenile probation department not to take part in the program, on the day it was switched on in the city.",
    actor: "San Francisco Board of Supervisors",
    actorJurisdiction: "county-06075",
    jurisdictions: ["county-06075"],
    related: ["sf-sheriff-opt-out-request", "ca-attorney-general-refuses-sf-opt-out"],
    citations: [
      {
        source: "mtholyoke-sf-resolution-269-10",
        evidence: 'Resolution 269-10: Urging to Opt-Out of "Secure Communities"',
        confidence: "high",
      },
      {
        source: "el-tecolote-sf-supervisors-opt-out",
        evidence: "the June 8 Board of Supervisor’s meeting where the resolution was adopted",
        confidence: "high",
      },
      {
        source: "sf-chronicle-supervisors-2010-06-09",
        evidence: "On a 9-2 vote and with the backing of civil rights organizations",
        confidence: "high",
      },
    ],
  },
  {
    id: "dc-council-bill-introduced",
    date: "2010-05-04",
    dateNote: 'The Center for Constitutional Rights release dated 2010-05-04 says the bill was introduced "today".',
    category: "decision",
    kind: "bill-introduced",
    title: "D.C. Council members introduce the Secure Communities Act of 2010",
    summary:
      "Councilmembers Phil Mendelson and Jim Graham introduce a bill in the Council of the District of Columbia on the District's participation in Secure Communities.",
    actor: "Councilmembers Phil Mendelson and Jim Graham, Council of the District of Columbia",
    actorJurisdiction: "us-dc",
    jurisdictions: ["us-dc"],
    related: ["dc-moa-signing"],
    note: "The bill's number in the Council's register was not found; an earlier release of this dataset gave one from a source that could not be found again, and it is left out.",
    citations: [
      {
        source: "ccr-dc-council-bill-2010-05-04",
        evidence: 'Councilmembers Phil Mendelson, Jim Graham introduced the "Secure Communities Act of 2010"',
        confidence: "high",
      },
    ],
  },
  {
    id: "santa-clara-activated-without-consent",
    date: "2010-05-04",
    dateNote: "The county's own resolution and the county dataset give the same day.",
    category: "program",
    kind: "activation",
    title: "Santa Clara County is activated, by its own account without local authority",
    summary:
      "ICE switches on Secure Communities in Santa Clara County, California; the county later said this was done without any authority from the county.",
    actor: "U.S. Immigration and Customs Enforcement (ICE)",
    actorJurisdiction: "us",
    jurisdictions: ["county-06085"],
    citations: [
      {
        source: "santa-clara-county-resolution",
        evidence: 'on May 4, 2010, our County was "activated" in the Secure Communities',
        confidence: "high",
      },
      { source: dataset, locator: "county 06085, date_secure", confidence: "high" },
    ],
  },
  {
    id: "fl-statewide-activation",
    date: "2010-06-22",
    dateNote:
      'The day is the county dataset\'s statewide date for Florida, the day its last county was activated. The article says only that all 67 counties took part "as of June 2010"; ICE announced on Tuesday 2010-06-29 that every county was connected (Miami Herald, Portland Mercury).',
    category: "program",
    kind: "statewide-activation",
    title: "Secure Communities covers all 67 Florida counties",
    summary: "With its last county activated, every county in Florida takes part in Secure Communities.",
    actor: "U.S. Immigration and Customs Enforcement (ICE)",
    actorJurisdiction: "us",
    jurisdictions: ["us-fl"],
    citations: [
      { source: dataset, locator: "statefips 12, date_statewide_secure", confidence: "high" },
      {
        source: article,
        locator: "paragraph 7",
        evidence: "As of June 2010, all 67 Florida counties",
        confidence: "high",
      },
      {
        source: "portland-mercury-florida-2010-06-29",
        evidence: "the entire state of Florida is now hooked up",
        confidence: "high",
      },
      {
        source: "mcclatchy-miami-herald-florida-jails-2010-06-30",
        evidence: "booking centers in all 67 Florida counties are now linked",
        confidence: "high",
      },
      {
        source: "homeland-security-newswire-florida-2010-07-06",
        evidence: "ICE’s Secure Communities program has begun in Florida",
        confidence: "low",
      },
    ],
  },
  {
    id: "dc-withdraws",
    date: "2010",
    dateNote:
      "Deportation Nation's July 2010 could not be re-read. WAMU reports on 2010-07-11 that the program had been on hold since May 2010, and the Washington Post of 2011-02-27 says the city eventually withdrew; only the year is recorded.",
    category: "decision",
    kind: "withdrawal",
    title: "The District of Columbia withdraws from Secure Communities, the first jurisdiction to do so",
    summary:
      "The District of Columbia pulls out of the program it had joined through its police chief's agreement with ICE, the first jurisdiction to withdraw.",
    actor: "District of Columbia",
    actorJurisdiction: "us-dc",
    jurisdictions: ["us-dc"],
    note: "Who acted for the District (the police chief who signed the agreement, or the Mayor) is not stated in the sources found.",
    related: ["dc-moa-signing", "dc-council-bill-introduced"],
    citations: [
      {
        source: "washington-post-dc-inconsistent-2011-02-27",
        evidence: "Eventually, the city withdrew from the program.",
        confidence: "high",
      },
      {
        source: "wamu-dc-council-debate-scomm-2010-07-11",
        evidence: "Since then, the police say, the program has been on hold.",
        confidence: "medium",
      },
      {
        source: "deportation-nation-rapid-spread-2010-09",
        evidence: "In July 2010, the nation's capital became the first jurisdiction to withdraw",
        confidence: "low",
      },
    ],
  },
  {
    id: "arlington-opt-out-vote",
    date: "2010-09-28",
    dateNote: "The release dated Wednesday 2010-09-29 reports the vote as Tuesday, September 28th.",
    category: "decision",
    kind: "opt-out-vote",
    title: "Arlington County Board votes unanimously to opt out of Secure Communities",
    summary:
      "The Arlington County Board in Virginia votes unanimously to opt out of the program, on the same day as Santa Clara County's supervisors; ICE had already activated the county months earlier.",
    actor: "Arlington County Board",
    actorJurisdiction: "county-51013",
    jurisdictions: ["county-51013"],
    citations: [
      {
        source: "uncoverthetruth-arlington-santa-clara-opt-out",
        evidence: "both voted unanimously on Tuesday, September 28th, to opt out of SComm",
        confidence: "high",
      },
      { source: dataset, locator: "county 51013, date_secure", confidence: "high" },
    ],
  },
  {
    id: "santa-clara-opt-out-vote",
    date: "2010-09-28",
    dateNote: "Reported as Tuesday, September 28th; the Mercury News story of that day says the vote was on Tuesday.",
    category: "decision",
    kind: "opt-out-vote",
    title: "Santa Clara County supervisors vote unanimously to opt out of Secure Communities",
    summary:
      "The Santa Clara County Board of Supervisors votes unanimously to pursue opting out of the program, months after ICE had activated the county.",
    actor: "Santa Clara County Board of Supervisors",
    actorJurisdiction: "county-06085",
    jurisdictions: ["county-06085"],
    related: ["santa-clara-activated-without-consent"],
    citations: [
      {
        source: "uncoverthetruth-arlington-santa-clara-opt-out",
        evidence: "both voted unanimously on Tuesday, September 28th, to opt out of SComm",
        confidence: "high",
      },
      {
        source: "mercury-news-santa-clara-opt-out-2010-09-28",
        evidence: "Santa Clara County supervisors on Tuesday unanimously voted to pursue opting out",
        confidence: "high",
      },
      { source: dataset, locator: "county 06085, date_secure", confidence: "high" },
    ],
  },
  {
    id: "tx-statewide-activation",
    date: "2010-09-28",
    dateNote: 'ICE\'s release says every Texas county was active "as of Tuesday"; the county dataset gives 2010-09-28, a Tuesday.',
    category: "program",
    kind: "statewide-activation",
    title: "Secure Communities covers every Texas county",
    summary: "With its last county activated, every county in Texas takes part in Secure Communities.",
    actor: "U.S. Immigration and Customs Enforcement (ICE)",
    actorJurisdiction: "us",
    jurisdictions: ["us-tx"],
    citations: [
      {
        source: "ice-texas-all-counties-release",
        evidence: "activated in every county in Texas as of Tuesday",
        confidence: "high",
      },
      { source: "texas-tribune-all-texas-counties-2010-09-29", locator: "headline", confidence: "high" },
      { source: dataset, locator: "statefips 48, date_statewide_secure", confidence: "high" },
    ],
  },
  {
    id: "il-suspends-participation",
    date: "2010-11-09",
    dateNote:
      "The day is that given for the suspension in Governor Quinn's termination letter of May 2011, as reported by Deportation Nation; the Chicago Tribune says only November.",
    category: "decision",
    kind: "suspension",
    title: "Illinois suspends its role in Secure Communities",
    summary: "Governor Pat Quinn's office suspends the state's part in the program, months before withdrawing formally.",
    actor: "Office of Governor Pat Quinn",
    actorJurisdiction: "us-il",
    jurisdictions: ["us-il"],
    citations: [
      {
        source: "deportation-nation-illinois-terminates-2011-05",
        evidence: "Quinn had suspended the program in the state on Nov. 9, 2010",
        confidence: "high",
      },
      {
        source: "chicago-tribune-quinn-withdrawal-2011-05",
        evidence: "Quinn's office suspended the state's role in the program in November",
        confidence: "high",
      },
    ],
  },
  {
    id: "wa-state-patrol-declines-moa",
    date: "2010-11",
    dateNote:
      'First reported on 2010-11-30 (The Olympian; SF Weekly of 2010-12-01 cites the Seattle Times of that Tuesday) as a decision already taken; no report gives its day. The record gives the month of the first report; the decision may have been made earlier in 2010 (Seattle Weekly, May 2011, says the Patrol told the federal government "last year").',
    category: "decision",
    kind: "refusal",
    title: "Washington's State Patrol declines to sign the Secure Communities agreement",
    summary:
      "The Washington State Patrol, the agency that passes fingerprints from the state's jails to the FBI, chooses not to sign the agreement that would switch the program on statewide, saying it does not want to become an immigration agency. It leaves each county and city free to join on its own. SF Weekly called Washington the first state to refuse the agreement.",
    actor: "Washington State Patrol",
    actorJurisdiction: "us-wa",
    jurisdictions: ["us-wa"],
    note: "The governor's office had not made a final determination when the refusal was reported; in July 2011 the Associated Press wrote that it had declined to decide for all the state's sheriffs, which left the choice to each county. Six counties had asked to join by May 2011; Yakima County was the first activated (2011-06-21) and the whole state on 2012-04-03.",
    citations: [
      {
        source: "olympian-washington-declines-2010-11-30",
        evidence: "Washington state has declined to sign an agreement",
        confidence: "high",
      },
      {
        source: "olympian-washington-declines-2010-11-30",
        evidence: "the State Patrol, which has chosen not to sign the agreement",
        confidence: "high",
      },
      {
        source: "sf-weekly-washington-first-state-2010-12-01",
        evidence: "became the first state in the country to refuse to sign",
        confidence: "medium",
      },
      {
        source: "seattle-weekly-washington-refused-2011",
        evidence: "last year told the feds that it could not simply hand",
        confidence: "medium",
      },
      {
        source: "heraldnet-ap-counties-decide-2011-07-17",
        evidence: "the governor’s office declined last year to make a unilateral decision",
        confidence: "medium",
      },
    ],
  },
  {
    id: "dhs-data-release",
    date: "2011-03-07",
    dateNote:
      "Viva Colorado gives the day as March 7 (of 2011, the figures running through February 2011); the release itself was not read.",
    category: "publication",
    kind: "data-release",
    title: "DHS releases national Secure Communities deportation figures through February 2011",
    summary:
      "The Department of Homeland Security publishes figures on the people deported under the program from October 2008 through February 2011, including how many fell under none of ICE's three offense levels.",
    actor: "U.S. Department of Homeland Security",
    actorJurisdiction: "us",
    jurisdictions: ["us"],
    citations: [
      {
        source: "vivacolorado-deportations-2011-03",
        evidence: "data released by the Department of Homeland Security on March 7",
        confidence: "high",
      },
      {
        source: "vivacolorado-deportations-2011-03",
        evidence: "27,047 of the 94,218 people deported from October 2008 through February 2011",
        confidence: "high",
      },
    ],
  },
  {
    id: "il-governor-withdraws",
    date: "2011-05-04",
    dateNote:
      "The letter is dated May 4 (AllGov, Feet in 2 Worlds); the Chicago Tribune says it was sent on Wednesday, which was 2011-05-04.",
    category: "decision",
    kind: "withdrawal",
    title: "Illinois Governor Pat Quinn withdraws the state from Secure Communities",
    summary:
      "Governor Pat Quinn's office writes to the Department of Homeland Security that Illinois formally withdraws from the program, the first state to leave it. New York suspends its own participation four weeks later; Massachusetts, which had never signed the agreement, declines to sign it in June.",
    actor: "Governor Pat Quinn",
    actorJurisdiction: "us-il",
    jurisdictions: ["us-il"],
    related: ["il-suspends-participation"],
    citations: [
      {
        source: "chicago-tribune-quinn-withdrawal-2011-05",
        evidence: "declaring the state's formal withdrawal from Secure Communities",
        confidence: "high",
      },
      {
        source: "allgov-quinn-withdrawal-letter",
        evidence: "informed the Department of Homeland Security (DHS) in a May 4 letter",
        confidence: "high",
      },
      { source: "fi2w-pressure-on-cuomo", evidence: "his May 4th termination letter to Marc Rapp", confidence: "high" },
      { source: "democracy-now-ny-suspends-2011-06-02", evidence: "Illinois became the first last month", confidence: "high" },
      { source: article, locator: "paragraph 11", evidence: "by the governors of New York and Illinois", confidence: "high" },
    ],
  },
  {
    id: "ny-governor-suspends",
    date: "2011-06-01",
    dateNote:
      'The New York Times report marked "Published: June 1, 2011" says the governor announced it on Wednesday, that same day; the Daily News story is dated Wednesday, June 1st 2011.',
    category: "decision",
    kind: "suspension",
    title: "New York Governor Andrew Cuomo suspends the state's participation in Secure Communities",
    summary: "Governor Andrew Cuomo suspends New York's participation in the program, the second state to pull out after Illinois.",
    actor: "Governor Andrew Cuomo",
    actorJurisdiction: "us-ny",
    jurisdictions: ["us-ny"],
    related: ["il-governor-withdraws"],
    citations: [
      { source: "nyt-cuomo-suspends-2011-06-01", evidence: "he was suspending New York's participation", confidence: "high" },
      { source: "ny-daily-news-cuomo-2011-06-01", evidence: "Wednesday, June 1st 2011, 6:14 PM", confidence: "high" },
      { source: "democracy-now-ny-suspends-2011-06-02", evidence: "New York is the second state to opt out", confidence: "high" },
      { source: article, locator: "paragraph 11", evidence: "by the governors of New York and Illinois", confidence: "high" },
    ],
  },
  {
    id: "ma-governor-declines-moa",
    date: "2011-06-06",
    dateNote:
      "The article says \"on Monday\"; MIRA's statement is dated 6/6/11 and the Boston Herald story Monday, June 6, 2011. The administration's letter to ICE, from Public Safety Secretary Mary Beth Heffernan, was dated the Friday before (2011-06-03) and released on the Monday.",
    category: "decision",
    kind: "refusal",
    title: "Massachusetts governor declines to sign the Secure Communities agreement",
    summary:
      "Governor Deval Patrick announces that Massachusetts will not sign the program's memorandum of agreement and so will not take part, the third governor to turn the program down after those of Illinois and New York. The state's letter to ICE came from its Public Safety Secretary, Mary Beth Heffernan.",
    actor: "Governor Deval Patrick",
    actorJurisdiction: "us-ma",
    jurisdictions: ["us-ma"],
    related: ["il-governor-withdraws", "ny-governor-suspends"],
    citations: [
      {
        source: "mira-patrick-2011-06-06",
        evidence: "Deval Patrick announced that he would not sign the Memorandum of Agreement",
        confidence: "high",
      },
      { source: "mira-patrick-2011-06-06", evidence: "makes him the third governor to reject the program", confidence: "high" },
      {
        source: "cbs-boston-ap-patrick-2011-06-06",
        evidence: "in the letter dated Friday and released by the administration Monday",
        confidence: "high",
      },
      { source: "boston-herald-patrick-refuses-2011-06-06", evidence: "Monday, June 6, 2011", confidence: "high" },
      {
        source: article,
        locator: "paragraph 11",
        evidence: "announced on Monday that the state will not participate",
        confidence: "high",
      },
    ],
  },
  {
    id: "la-council-resolution",
    date: "2011-06-07",
    dateNote:
      'The article says the council acted "on Tuesday"; Southern California Public Radio\'s post dated 2011-06-07 reports the vote as "today", and NBC Los Angeles says Tuesday.',
    category: "decision",
    kind: "resolution",
    title: "Los Angeles City Council backs a voluntary Secure Communities with a local opt-out",
    summary:
      "By 11 votes to 1, the Los Angeles City Council adopts Resolution 11-0002-S92, moved by Councilmember Bernard Parks. It puts into the city's state legislative program support for legislation under which local governments would take part in the program only if they chose to, and their own legislative bodies could take them out of it. The resolution, as quoted in the press, names three places it says refused the program (see its claims).",
    actor: "Los Angeles City Council",
    actorJurisdiction: "city-0644000",
    jurisdictions: ["city-0644000", "us-ca"],
    claims: [
      {
        about: "us-wa",
        statement:
          "Named among the places that refused to join Secure Communities, on the ground that the program harms community policing, public safety and safeguards against racial profiling.",
        asWritten: resolutionWording,
        reading: "Washington State",
        confidence: "medium",
        note: 'Washington\'s own refusal is on record: its State Patrol declined to sign the state agreement in November 2010 (wa-state-patrol-declines-moa). By the time of the vote, though, six counties had asked to join, and Yakima County was switched on two weeks later. The other reading of "Washington, Pennsylvania", Washington County or the city of Washington in Pennsylvania, has no support in any source found.',
      },
      {
        about: "us-pa",
        statement: "Named among the places that refused to join Secure Communities, for the same reasons.",
        asWritten: resolutionWording,
        reading: "the Commonwealth of Pennsylvania",
        confidence: "low",
        note: "No source found records a decision by Pennsylvania to refuse the program, so the data records none: this is only what the Los Angeles resolution says. The county dataset fits a state with no statewide agreement in mid-2011: only Bucks and Montgomery counties (2008-12-16) and Philadelphia (2009-07-21) were switched on before the rest of the state (2012-05-30).",
      },
      {
        about: "us-dc",
        statement: "Named among the places that refused to join Secure Communities, for the same reasons.",
        asWritten: resolutionWording,
        reading: "the District of Columbia",
        confidence: "high",
        note: "The District's own decisions are recorded apart: its police chief's agreement with ICE (November 2009), the Council bill of 2010-05-04 and its withdrawal in July 2010, the first by any jurisdiction. ICE switched the program on there anyway on 2012-06-05.",
      },
    ],
    note: "What the resolution commits the city to is disputed in the reporting. Its archived abstract speaks of support for legislation, and NBC Los Angeles says the motion backs such legislation in general, not the California bill specifically; New America Media and Southern California Public Radio report the vote as support for Assemblymember Tom Ammiano's TRUST Act (AB 1081). The resolution's full text was not found, so its words about the three places are known only as the Florida Independent quotes them.",
    related: ["wa-state-patrol-declines-moa", "dc-withdraws"],
    citations: [
      {
        source: article,
        locator: "paragraph 1",
        evidence: "passed a resolution to ensure voluntary participation in Secure Communities",
        confidence: "high",
      },
      {
        source: article,
        locator: "paragraph 2",
        evidence: "may unilaterally opt-out of the Secure Communities program",
        confidence: "high",
      },
      {
        source: article,
        locator: "paragraph 3",
        evidence: "Washington, Pennsylvania and Washington, D.C., have refused to enter Secure Communities",
        confidence: "high",
      },
      {
        source: article,
        locator: "paragraph 3",
        evidence: "because it undermines community policing, public safety and protections",
        confidence: "high",
      },
      {
        source: "scpr-la-votes-opt-out-2011-06-07",
        evidence: "The City Council voted 11-1 today to support a California bill",
        confidence: "high",
      },
      {
        source: "nbc-los-angeles-la-opt-out",
        evidence: "The council approved Parks' measure Tuesday by an 11-1 vote.",
        confidence: "high",
      },
      {
        source: "nbc-los-angeles-la-opt-out",
        evidence: "not specifically the California bill",
        confidence: "high",
      },
      {
        source: "mtholyoke-la-resolution-11-0002-s92",
        evidence: "Resolution 11-0002-S92: Supporting Legislation wherein the Secure Communities Program is Provided",
        confidence: "high",
      },
      {
        source: "new-america-media-trust-act-2011-06",
        evidence: "voted 11-1 to support a bill proposed by California Assemblymember Tom Ammiano",
        confidence: "medium",
      },
      {
        source: "seattle-weekly-washington-refused-2011",
        evidence: "Yet six counties in Washington state are just now opting in.",
        confidence: "high",
      },
      { source: dataset, locator: "statefips 42; county 42017, 42091, 42101, 42125, date_secure", confidence: "high" },
      {
        source: "deportation-nation-rapid-spread-2010-09",
        evidence: "the nation's capital became the first jurisdiction to withdraw",
        confidence: "high",
      },
    ],
  },
  {
    id: "alvarado-statement",
    date: "2011-06-08",
    dateNote:
      'The article says he spoke "on Wednesday", taken as the same Wednesday as the New York Times editorial (2011-06-08); the article\'s own publication date is not known, so the day is medium confidence.',
    category: "publication",
    kind: "statement",
    title: "NDLON's Pablo Alvarado calls for Secure Communities to be scrapped",
    summary:
      "Pablo Alvarado, who heads NDLON, the National Day Laborer Organizing Network, says that a push to expose how the program works has turned into broad agreement that it should be ended altogether, that it has come to stand for the President's broken promises on immigration reform, and that the failure to freeze it is now seen as a betrayal.",
    actor: "Pablo Alvarado, executive director of the National Day Laborer Organizing Network",
    jurisdictions: ["us"],
    related: ["ndlon-foia-lawsuit"],
    citations: [
      { source: article, locator: "paragraph 8", evidence: "said on Wednesday", confidence: "medium" },
      {
        source: article,
        locator: "paragraph 8",
        evidence: "the director of the National Day Laborer Organizing Network",
        confidence: "high",
      },
      { source: article, locator: "paragraph 9", evidence: "the program should be scrapped all together", confidence: "high" },
      {
        source: article,
        locator: "paragraph 9",
        evidence: "S-Comm has come to symbolize the President’s broken promises",
        confidence: "high",
      },
      {
        source: "ndlon-pablo-alvarado",
        evidence: "Pablo Alvarado, Executive Director of the National Day Laborer Organizing Network (NDLON)",
        confidence: "high",
      },
    ],
  },
  {
    id: "nyt-editorial-2011-06-08",
    date: "2011-06-08",
    dateNote:
      'The article says the editorial was "published on Wednesday"; after the council vote of Tuesday 2011-06-07 that is 2011-06-08, and a blog post dated 2011-06-08 quotes it. An America\'s Voice post suggests it was online a day earlier, on 2011-06-07.',
    category: "publication",
    kind: "editorial",
    title: "New York Times editorial faults the administration's enforcement drive without reform",
    summary:
      "The Times argues that President Obama, as George W. Bush did, has kept pressing enforcement programs while offering nothing to the millions who want a way out of illegal status. Reform, it says, takes tougher enforcement together with legal status for the millions it would be unwise to tear out of American society and the economy. Deportations at record levels have not repaired a broken system; they have pleased hard-line Republicans and lent weight to the claim that every undocumented immigrant is a criminal waiting to be deported. Its opening counts Massachusetts among the states and localities opposing the administration's immigration dragnet.",
    actor: "The New York Times editorial board",
    jurisdictions: ["us"],
    note: "The editorial's title was not found; the record knows it through the article's quotation and two blog posts.",
    related: ["ma-governor-declines-moa"],
    citations: [
      {
        source: article,
        locator: "paragraph 4",
        evidence: "In an editorial published on Wednesday The New York Times argued",
        confidence: "medium",
      },
      {
        source: article,
        locator: "paragraph 5",
        evidence: "relentlessly pushed forward with immigration enforcement schemes",
        confidence: "high",
      },
      { source: article, locator: "paragraph 6", evidence: "stricter enforcement plus legalization", confidence: "high" },
      {
        source: article,
        locator: "paragraph 6",
        evidence: "legalization for the millions whom it would be foolish to uproot",
        confidence: "high",
      },
      {
        source: article,
        locator: "paragraph 6",
        evidence: "he has made Republican hard-liners happy by bolstering the noxious argument",
        confidence: "high",
      },
      {
        source: article,
        locator: "paragraph 6",
        evidence: "As Mr. Obama has driven deportations to record levels",
        confidence: "high",
      },
      {
        source: "ricorant-resistance-is-futile-2011-06-08",
        evidence: "Add Massachusetts to the groundswell of states and localities",
        confidence: "medium",
      },
      {
        source: "americas-voice-nyt-editorial-2011-06",
        evidence: "used that news as the basis for another very strong editorial",
        confidence: "medium",
      },
    ],
  },
  {
    id: "nyt-editorial-too-little-too-late",
    date: "2011-06-19",
    category: "publication",
    kind: "editorial",
    title: 'New York Times editorial "Too Little, Too Late" on Secure Communities',
    summary:
      'The New York Times runs another editorial on Secure Communities, titled "Too Little, Too Late". Its content is not described in the sources used here.',
    actor: "The New York Times editorial board",
    jurisdictions: ["us"],
    citations: [{ source: "nyt-too-little-too-late-2011-06-19", locator: "title and date", confidence: "high" }],
  },
  {
    id: "wa-first-activation",
    date: "2011-06-21",
    dateNote: "The day is the county dataset's earliest activation date in Washington State.",
    category: "program",
    kind: "activation",
    title: "Yakima County becomes the first Washington county in Secure Communities",
    summary:
      "ICE switches the program on in Yakima County, the first county in Washington State, one of six counties that had asked the State Patrol to forward their fingerprints; it comes two weeks after the Los Angeles resolution counted Washington among the places refusing the program.",
    actor: "U.S. Immigration and Customs Enforcement (ICE)",
    actorJurisdiction: "us",
    jurisdictions: ["county-53077", "us-wa"],
    related: ["wa-state-patrol-declines-moa", "la-council-resolution"],
    citations: [
      { source: dataset, locator: "county 53077, date_secure", confidence: "high" },
      {
        source: "seattle-weekly-washington-refused-2011",
        evidence: "Yakima, Lewis, Franklin, Grays Harbor, Pacific, and Island counties",
        confidence: "high",
      },
    ],
  },
  {
    id: "moa-termination",
    date: "2011-08-05",
    category: "program",
    kind: "moa-termination",
    title: "ICE terminates all state Secure Communities agreements",
    summary:
      "ICE Director John Morton writes to 39 state governors that ICE is ending all existing Secure Communities memoranda of agreement, so that the program no longer rests on agreements with the states; FierceGovernmentIT headlined the news as ICE saying participation is mandatory.",
    actor: "ICE Director John Morton",
    actorJurisdiction: "us",
    jurisdictions: ["us"],
    citations: [
      {
        source: "nilc-morton-letter-2011-08-05",
        evidence: "ICE has decided to terminate all existing Secure Communities MOAs.",
        confidence: "high",
      },
      {
        source: "fierce-government-it-moa-termination-2011-08-08",
        evidence: "John Morton informed 39 state governors in an August 5 letter",
        confidence: "high",
      },
      { source: "washington-post-moa-termination-2011-08-05", locator: "headline", confidence: "high" },
    ],
  },
  {
    id: "nyt-editorial-widening-dragnet",
    date: "2011-08-14",
    category: "publication",
    kind: "editorial",
    title: 'New York Times editorial "The Widening Dragnet" on Secure Communities',
    summary:
      'The New York Times runs an editorial on Secure Communities titled "The Widening Dragnet". Its content is not described in the sources used here.',
    actor: "The New York Times editorial board",
    jurisdictions: ["us"],
    citations: [{ source: "nyt-widening-dragnet-2011-08-14", locator: "title and date", confidence: "high" }],
  },
  {
    id: "cook-county-detainer-ordinance",
    date: "2011-09-07",
    category: "decision",
    kind: "ordinance",
    title: "Cook County limits compliance with ICE detainers by a 10-5 vote",
    summary:
      'Cook County, Illinois, passes the ordinance "Policy for Responding to ICE Detainers" by 10-5, limiting when the county honors ICE detainers. It is not a formal opt-out of Secure Communities, which ICE switched on in the county among the very last.',
    actor: "Cook County Board of Commissioners",
    actorJurisdiction: "county-17031",
    jurisdictions: ["county-17031"],
    citations: [
      {
        source: "cook-county-detainer-ordinance-2011-09-07",
        evidence: "Date Passed: Wednesday, September 07, 2011",
        confidence: "high",
      },
      {
        source: "chicago-tribune-cook-county-detainers-2011-09",
        evidence: "The legislation, which passed by a vote of 10-5",
        confidence: "high",
      },
      { source: dataset, locator: "county 17031, date_secure", confidence: "high" },
    ],
  },
  {
    id: "wa-statewide-activation",
    date: "2012-04-03",
    dateNote:
      "The Associated Press report dated 2012-04-04 says the program went live on Tuesday, that is 2012-04-03, the county dataset's statewide date for Washington.",
    category: "program",
    kind: "statewide-activation",
    title: "Secure Communities covers every Washington county",
    summary:
      "ICE switches the program on in every one of Washington's 39 counties, making it statewide; until then only counties that had asked to join took part.",
    actor: "U.S. Immigration and Customs Enforcement (ICE)",
    actorJurisdiction: "us",
    jurisdictions: ["us-wa"],
    related: ["wa-first-activation", "wa-state-patrol-declines-moa"],
    citations: [
      {
        source: "columbian-ap-washington-activated-2012-04-04",
        evidence: "says the program went live on Tuesday",
        confidence: "high",
      },
      {
        source: "seattle-times-all-39-washington-counties",
        evidence: "has been activated in every county in Washington state",
        confidence: "high",
      },
      { source: dataset, locator: "statefips 53, date_statewide_secure", confidence: "high" },
    ],
  },
  {
    id: "ma-statewide-activation",
    date: "2012-05-15",
    category: "program",
    kind: "statewide-activation",
    title: "ICE switches Secure Communities on across Massachusetts",
    summary: "ICE activates the program statewide in Massachusetts, despite the governor's refusal to sign its agreement.",
    actor: "U.S. Immigration and Customs Enforcement (ICE)",
    actorJurisdiction: "us",
    jurisdictions: ["us-ma"],
    related: ["ma-governor-declines-moa"],
    citations: [
      {
        source: "boston-globe-metrodesk-ma-activation-2012-05-08",
        evidence: "activate the controversial Secure Communities program statewide in Massachusetts on May 15",
        confidence: "high",
      },
      {
        source: "wicked-local-scomm-arrives-ma-2012-05-15",
        evidence: "officially kicked off in Massachusetts on Tuesday",
        confidence: "high",
      },
      {
        source: "ice-activated-jurisdictions-dataset",
        locator: "statefips 25, date_statewide_secure",
        confidence: "high",
      },
    ],
  },
  {
    id: "ny-statewide-activation",
    date: "2012-05-15",
    dateNote:
      "The day is the county dataset's statewide date for New York; the Boston Globe of 2012-05-08 says the program would be switched on in New York the same day as in Massachusetts, May 15.",
    category: "program",
    kind: "statewide-activation",
    title: "ICE switches Secure Communities on across New York",
    summary: "ICE activates the program in the last New York counties, despite the governor's suspension of the state's participation.",
    actor: "U.S. Immigration and Customs Enforcement (ICE)",
    actorJurisdiction: "us",
    jurisdictions: ["us-ny"],
    related: ["ny-governor-suspends"],
    citations: [
      {
        source: "ice-activated-jurisdictions-dataset",
        locator: "statefips 36, date_statewide_secure",
        confidence: "medium",
      },
      {
        source: "boston-globe-metrodesk-ma-activation-2012-05-08",
        evidence: "when the program will also be activated in New York",
        confidence: "medium",
      },
    ],
  },
  {
    id: "dc-activation",
    date: "2012-06-05",
    dateNote: "The Atlantic (June 2012) says the sharing began on Tuesday; the county dataset gives 2012-06-05, a Tuesday.",
    category: "program",
    kind: "statewide-activation",
    title: "Secure Communities is switched on in the District of Columbia despite its withdrawal",
    summary:
      "The FBI begins sharing with ICE the fingerprints of people held in the District of Columbia's jails, bringing the District into the program it had withdrawn from.",
    actor: "U.S. Immigration and Customs Enforcement (ICE) and the FBI",
    actorJurisdiction: "us",
    jurisdictions: ["us-dc", "county-11001"],
    related: ["dc-withdraws"],
    citations: [
      {
        source: "atlantic-dc-fingerprint-limits-2012-06",
        evidence: "began sharing the fingerprints of people held in District of Columbia jails",
        confidence: "high",
      },
      { source: dataset, locator: "county 11001, date_secure", confidence: "high" },
    ],
  },
  {
    id: "il-statewide-activation",
    date: "2013-01-22",
    dateNote:
      "The day is the county dataset's statewide date for Illinois, the day Cook County was activated; no other source for it was found.",
    category: "program",
    kind: "statewide-activation",
    title: "Secure Communities covers all of Illinois once Cook County is activated",
    summary:
      "With Cook County among the very last counties switched on, the program covers every county in Illinois, despite the state's withdrawal.",
    actor: "U.S. Immigration and Customs Enforcement (ICE)",
    actorJurisdiction: "us",
    jurisdictions: ["us-il", "county-17031"],
    related: ["il-governor-withdraws", "cook-county-detainer-ordinance"],
    citations: [{ source: dataset, locator: "statefips 17, date_statewide_secure; county 17031, date_secure", confidence: "medium" }],
  },
  {
    id: "nationwide-completion",
    date: "2013-01-22",
    dateNote:
      "The day is the last activation date in the county dataset (among the last were Cook County, Illinois, and counties in Alabama); no ICE announcement naming it was found, so the date is medium confidence while the count is high.",
    category: "program",
    kind: "nationwide-completion",
    title: "Secure Communities reaches every jurisdiction in the 50 states",
    summary:
      "With the last counties switched on, the program covers all 3,181 jurisdictions in the 50 states and the District of Columbia, by the House Judiciary Committee's count.",
    actor: "U.S. Immigration and Customs Enforcement (ICE)",
    actorJurisdiction: "us",
    jurisdictions: ["us"],
    citations: [
      {
        source: "house-judiciary-collateral-damage-2014",
        evidence: "Secure Communities was expanded to all 3,181 jurisdictions within 50 states",
        confidence: "high",
      },
      { source: dataset, locator: "date_secure, latest value", confidence: "medium" },
    ],
  },
  {
    id: "discontinuation",
    date: "2014-11-20",
    category: "program",
    kind: "discontinuation",
    title: "DHS Secretary Jeh Johnson orders Secure Communities discontinued",
    summary: "In a memo, Secretary of Homeland Security Jeh Johnson directs ICE to discontinue Secure Communities in its existing form.",
    actor: "Secretary of Homeland Security Jeh Johnson",
    actorJurisdiction: "us",
    jurisdictions: ["us"],
    programPhase: "discontinued",
    citations: [
      {
        source: "scribd-johnson-memo-2014-11-20",
        evidence: "directing U.S. Immigration and Customs Enforcement (ICE) to discontinue Secure Communities.",
        confidence: "high",
      },
      {
        source: "scribd-johnson-memo-2014-11-20",
        evidence: "The Secure Communities program, as we know it, will be discontinued.",
        confidence: "high",
      },
      {
        source: "scribd-johnson-memo-2014-11-20",
        evidence: "continue to rely on fingerprint-based biometric data submitted during bookings by",
        confidence: "high",
      },
      {
        source: "not1more-johnson-memo-text-2014-11-20",
        evidence: "and local law enforcement agencies to the Federal Bureau of Investigation",
        confidence: "high",
      },
      {
        source: "nilc-pep-not-a-fix-2015-06",
        evidence: "Fingerprints taken at booking will continue to be shared with DHS.",
        confidence: "high",
      },
    ],
    note: "What ended was the program, not the fingerprint sharing: the same memo has the program that replaces it rely on the fingerprints local agencies send to the FBI at booking, and makes no exception for any place. The record therefore keeps every county switched on after this date; from 2021-01-20, when Executive Order 13768 was revoked, no source it cites says how the sharing stood, and statuses are unknown.",
  },
  {
    id: "pep-rollout",
    date: "2015-07-02",
    dateNote:
      "The day comes from a mirror of the Wikipedia article on the Priority Enforcement Program; no DHS document giving it was found.",
    category: "program",
    kind: "replacement",
    title: "The Priority Enforcement Program replaces Secure Communities",
    summary: "The official rollout of the Priority Enforcement Program (PEP), which takes the place of Secure Communities, begins.",
    actor: "U.S. Immigration and Customs Enforcement (ICE)",
    actorJurisdiction: "us",
    jurisdictions: ["us"],
    programPhase: "replaced",
    related: ["discontinuation"],
    citations: [
      {
        source: "encycloreader-priority-enforcement-program",
        evidence: "The official rollout of the program started on July 2, 2015.",
        confidence: "medium",
      },
      {
        source: "wikipedia-secure-communities",
        evidence: "Secure Communities was replaced by the Priority Enforcement Program (PEP).",
        confidence: "medium",
      },
      {
        source: "ice-secure-communities-page-archived",
        evidence: "The program was replaced by Priority Enforcement Program (PEP) in July 2015.",
        confidence: "high",
      },
      {
        source: "baltsun-md-jails-pep-2015-08-11",
        evidence: "The Obama administration rolled out an initiative last month",
        confidence: "high",
      },
      {
        source: "ice-pep-brochure-docslib",
        evidence: "This same biometric data is also sent to",
        confidence: "high",
      },
    ],
    note: "ICE's own page and the Baltimore Sun give the month, July 2015; the day rests on the encyclopedia article alone. ICE's flyer on the program describes the same path as before: fingerprints taken at booking go to the FBI and on to ICE.",
  },
  {
    id: "eo-13768-reinstatement",
    date: "2017-01-25",
    category: "program",
    kind: "reinstatement",
    title: "Executive Order 13768 reinstates Secure Communities",
    summary:
      "President Donald Trump signs Executive Order 13768, whose review of earlier immigration policies has the Secretary of Homeland Security end the Priority Enforcement Program and bring back Secure Communities.",
    actor: "President Donald Trump",
    actorJurisdiction: "us",
    jurisdictions: ["us"],
    programPhase: "reinstated",
    related: ["pep-rollout"],
    citations: [
      {
        source: "govinfo-eo-13768",
        evidence: "Executive Order 13768—Enhancing Public Safety in the Interior of the United States",
        confidence: "high",
      },
      {
        source: "san-leandro-federal-register-eo-13768",
        evidence: "immediately take all appropriate action to terminate the Priority Enforcement",
        confidence: "high",
      },
      {
        source: "immpolicytracking-eo-13768",
        evidence: "reinstates Secure Communities (SComm) and supersedes the Priority Enforcement Program (PEP).",
        confidence: "high",
      },
      {
        source: "wikipedia-secure-communities",
        evidence: "President Donald Trump signed executive order 13768 re-instituting Secure Communities",
        confidence: "medium",
      },
    ],
  },
  {
    id: "eo-13768-revoked",
    date: "2021-01-20",
    category: "program",
    kind: "revocation",
    title: "President Biden revokes Executive Order 13768",
    summary:
      "President Joe Biden revokes the executive order that had reinstated Secure Communities. No source found says the program itself ended that day: ICE's Secure Communities web page is marked as archived and not reflecting current practice, and the fingerprint sharing between the FBI and DHS that the program rested on continues under ICE's Criminal Apprehension Program.",
    actor: "President Joe Biden",
    actorJurisdiction: "us",
    jurisdictions: ["us"],
    programPhase: "uncertain",
    related: ["eo-13768-reinstatement"],
    citations: [
      {
        source: "justia-eo-13993",
        evidence: "Sec. 2. Revocation. Executive Order 13768 of January 25, 2017",
        confidence: "high",
      },
      {
        source: "wikipedia-secure-communities",
        evidence: "On January 20, 2021, President Joe Biden revoked EO 13768.",
        confidence: "medium",
      },
      {
        source: "wikipedia-secure-communities",
        evidence: "archived and not reflective of current practice",
        confidence: "medium",
      },
    ],
  },
  ...localDecisionEvents,
] satisfies z.input<typeof event>[];
