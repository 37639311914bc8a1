/**
 * Dated happenings in the program's history, sorted by date, then id.
 *
 * A weekday in the founding article ("on Tuesday") becomes a date only through a dated source,
 * and `dateNote` says which. `programPhase` is set only on the milestones that change the
 * program's own state.
 */
import type { z } from "zod";
import { localDecisionEvents } from "./local-decisions.js";
import type { event } from "./schema.js";

const article = "florida-independent-la-resolution";
const dataset = "ice-activated-jurisdictions-dataset";
const resolutionWording = "Washington, Pennsylvania and Washington, D.C.";
const resolutionDateNote =
  "The date is that of the Los Angeles resolution (2011-06-07), which reports the refusal; the resolution as quoted gives no date for the refusal itself.";

export const events = [
  {
    id: "program-launch",
    date: "2008-03",
    dateNote:
      "The month comes from advocates' accounts (Center for Constitutional Rights, National Immigration Law Center); no ICE document giving the launch date was found. The launch is distinct from the first activation in a county, 2008-10-27.",
    category: "program",
    kind: "program-launch",
    title: "Secure Communities is launched",
    summary:
      "ICE's Secure Communities program begins. As the Florida Independent describes it, the program shares the fingerprints taken by local law enforcement, giving those agencies access to FBI criminal history records and Department of Homeland Security immigration records, as part of the effort to identify criminal aliens and remove them from the country. An ICE report to Congress notes that Congress appropriated $200 million for ICE in fiscal year 2008.",
    actor: "U.S. Immigration and Customs Enforcement (ICE)",
    actorJurisdiction: "us",
    jurisdictions: ["us"],
    programPhase: "active",
    citations: [
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
        source: article,
        locator: "paragraph 7",
        evidence: "identify and remove criminal aliens from the United States",
        confidence: "high",
      },
      {
        source: "ice-quarterly-report-2011-01-03",
        evidence: "Congress appropriated $200 million for U.S. Immigration and Customs Enforcement",
        confidence: "medium",
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
      { source: dataset, locator: "county_fips 48201", confidence: "high" },
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
      {
        source: "houston-public-media-harris-county-2010-09-29",
        evidence: "has been in place in Harris County since October of 2008",
        confidence: "high",
      },
    ],
  },
  {
    id: "pa-first-activations",
    date: "2008-12-16",
    dateNote:
      "The day is the county dataset's activation date for both counties; ICE's release names them as the first Pennsylvania sites.",
    category: "program",
    kind: "activation",
    title: "Bucks and Montgomery become the first Pennsylvania counties in Secure Communities",
    summary:
      "ICE activates the program in Bucks and Montgomery counties, the first sites in Pennsylvania; most of the state followed only years later.",
    actor: "U.S. Immigration and Customs Enforcement (ICE)",
    actorJurisdiction: "us",
    jurisdictions: ["county-42017", "county-42091", "us-pa"],
    citations: [
      {
        source: "ice-pa-first-sites-release",
        evidence: "Bucks and Montgomery counties are the first sites to join this program",
        confidence: "high",
      },
      { source: dataset, locator: "county_fips 42017 and 42091; state_fips 42", confidence: "high" },
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
    ],
  },
  {
    id: "ndlon-foia-lawsuit",
    date: "2010",
    dateNote:
      "The year comes from the docket number and from the article, which says the organizations filed in 2010; neither the day the suit was filed nor the date of the underlying FOIA request was found.",
    category: "litigation",
    kind: "lawsuit",
    title: "NDLON and allies sue ICE for Secure Communities records (No. 10 Civ. 3488)",
    summary:
      "The National Day Laborer Organizing Network, the Center for Constitutional Rights and the Cardozo Immigration Justice Clinic bring a Freedom of Information Act case against ICE in the Southern District of New York (NDLON v. ICE). The Florida Independent credits the organizations' FOIA action with leaving the Department of Homeland Security no choice but to release data on the program.",
    actor: "National Day Laborer Organizing Network, Center for Constitutional Rights and Cardozo Immigration Justice Clinic",
    jurisdictions: ["us"],
    citations: [
      { source: "vlex-ndlon-v-ice", evidence: "Docket Number No. 10 Civ. 3488(SAS)", confidence: "high" },
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
    id: "sf-board-opt-out-resolution",
    date: "2010",
    dateNote: "The resolution's number places it in 2010; the day it passed was not captured.",
    category: "decision",
    kind: "resolution",
    title: "San Francisco supervisors urge an opt-out from Secure Communities (Resolution 269-10)",
    summary: "The San Francisco Board of Supervisors passes a resolution urging that the city and county opt out of the program.",
    actor: "San Francisco Board of Supervisors",
    actorJurisdiction: "county-06075",
    jurisdictions: ["county-06075"],
    citations: [
      {
        source: "mtholyoke-sf-resolution-269-10",
        evidence: 'Resolution 269-10: Urging to Opt-Out of "Secure Communities"',
        confidence: "high",
      },
    ],
  },
  {
    id: "sf-opt-out-request-refused",
    date: "2010-05",
    dateNote:
      "The month is as reported in a Mercury News article of 2010-08-10 and is less certain (medium) than the refusal itself; the day is unknown.",
    category: "decision",
    kind: "opt-out-request",
    title: "California's Attorney General turns down San Francisco's request to opt out",
    summary:
      "San Francisco Sheriff Hennessey asked the California Attorney General's office to let the city and county opt out of Secure Communities; Attorney General Jerry Brown refused.",
    actor: "California Attorney General Jerry Brown",
    actorJurisdiction: "us-ca",
    jurisdictions: ["county-06075", "us-ca"],
    citations: [
      {
        source: "mercury-news-santa-clara-debate-2010-08-10",
        evidence: "San Francisco's sheriff asked the state Attorney General's Office",
        confidence: "high",
      },
      {
        source: "mercury-news-santa-clara-debate-2010-08-10",
        evidence: "to let that city and county opt out",
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
    citations: [
      {
        source: "ccr-dc-council-bill-2010-05-04",
        evidence: 'Councilmembers Phil Mendelson, Jim Graham introduced the "Secure Communities Act of 2010"',
        confidence: "high",
      },
      { source: "jrs-dc-bill-17-895-2010-08-11", locator: "bill number", confidence: "high" },
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
      { source: dataset, locator: "county_fips 06085", confidence: "high" },
    ],
  },
  {
    id: "fl-statewide-activation",
    date: "2010-06-22",
    dateNote:
      'The day is the county dataset\'s statewide date for Florida, the day its last county was activated. The article says only that all 67 counties took part "as of June 2010"; a report of 2010-06-29 tells of an announcement that the whole state was connected.',
    category: "program",
    kind: "statewide-activation",
    title: "Secure Communities covers all 67 Florida counties",
    summary: "With its last county activated, every county in Florida takes part in Secure Communities.",
    actor: "U.S. Immigration and Customs Enforcement (ICE)",
    actorJurisdiction: "us",
    jurisdictions: ["us-fl"],
    citations: [
      { source: dataset, locator: "state_fips 12, statewide_activation_date", confidence: "high" },
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
      { source: "homeland-security-newswire-florida-2010-07-06", locator: "headline", confidence: "high" },
    ],
  },
  {
    id: "dc-withdraws",
    date: "2010-07",
    dateNote: "The month is as reported; the day is unknown.",
    category: "decision",
    kind: "withdrawal",
    title: "The District of Columbia withdraws from Secure Communities, the first jurisdiction to do so",
    summary:
      "The District of Columbia pulls out of the program it had joined through its police chief's agreement with ICE, the first jurisdiction to withdraw.",
    actor: "District of Columbia",
    actorJurisdiction: "us-dc",
    jurisdictions: ["us-dc"],
    related: ["dc-moa-signing", "dc-council-bill-introduced"],
    citations: [
      {
        source: "deportation-nation-rapid-spread-2010-09",
        evidence: "In July 2010, the nation's capital became the first jurisdiction to withdraw",
        confidence: "high",
      },
    ],
  },
  {
    id: "arlington-opt-out-vote",
    date: "2010-09-28",
    dateNote: "Reported as Tuesday, September 28th, in a release about the 2010 votes.",
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
      { source: dataset, locator: "county_fips 51013", confidence: "high" },
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
      { source: dataset, locator: "county_fips 06085", confidence: "high" },
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
      { source: dataset, locator: "state_fips 48, statewide_activation_date", confidence: "high" },
    ],
  },
  {
    id: "il-suspends-participation",
    date: "2010-11",
    dateNote: 'The Chicago Tribune of May 2011 says the suspension came "in November", that is November 2010; the day is unknown.',
    category: "decision",
    kind: "suspension",
    title: "Illinois suspends its role in Secure Communities",
    summary: "Governor Pat Quinn's office suspends the state's part in the program, months before withdrawing formally.",
    actor: "Office of Governor Pat Quinn",
    actorJurisdiction: "us-il",
    jurisdictions: ["us-il"],
    citations: [
      {
        source: "chicago-tribune-quinn-withdrawal-2011-05",
        evidence: "Quinn's office suspended the state's role in the program in November",
        confidence: "high",
      },
    ],
  },
  {
    id: "dhs-data-release",
    date: "2011-03-07",
    dateNote: "The day is as reported by Viva Colorado; the release itself was not read.",
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
      "Governor Pat Quinn's office writes to the Department of Homeland Security that Illinois formally withdraws from the program. Illinois is the first state to leave, followed by New York and Massachusetts.",
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
    id: "dc-refusal-cited-by-la",
    date: "2011-06-07",
    dateNote: resolutionDateNote,
    category: "decision",
    kind: "refusal",
    title: "Los Angeles resolution names Washington, D.C., as having refused Secure Communities",
    summary:
      "The Los Angeles resolution, as the article quotes it, says Washington, D.C., refused to enter the program because it undermines community policing, public safety and protections against racial profiling.",
    actor: "District of Columbia",
    actorJurisdiction: "us-dc",
    jurisdictions: ["us-dc"],
    interpretation: {
      asWritten: resolutionWording,
      reading: "the District of Columbia",
      confidence: "high",
      note: "The District's police chief signed an agreement with ICE in November 2009, a Council bill followed on 2010-05-04, and in July 2010 the District became the first jurisdiction to withdraw. ICE nevertheless activated it on 2012-06-05.",
    },
    related: ["la-council-resolution", "dc-withdraws"],
    citations: [
      {
        source: article,
        locator: "paragraph 3",
        evidence: "Washington, Pennsylvania and Washington, D.C., have refused to enter Secure Communities",
        confidence: "high",
      },
      {
        source: "deportation-nation-rapid-spread-2010-09",
        evidence: "the nation's capital became the first jurisdiction to withdraw",
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
      "The Los Angeles City Council passes Resolution 11-0002-S92, moved by Councilmember Bernard Parks, by 11-1. It supports state legislation, the TRUST Act (AB 1081), under which the program would be offered to local governments only if they choose it and local legislative bodies could opt out on their own. The resolution names places it says refused the program because it undermines community policing, public safety and protections against racial profiling. The article notes that the program had come under serious question for jailing and deporting undocumented immigrants who had committed no crime.",
    actor: "Los Angeles City Council",
    actorJurisdiction: "city-0644000",
    jurisdictions: ["city-0644000", "us-ca"],
    citations: [
      {
        source: article,
        locator: "paragraph 1",
        evidence: "passed a resolution to ensure voluntary participation in Secure Communities",
        confidence: "high",
      },
      {
        source: article,
        locator: "paragraph 1",
        evidence: "jailed and deported undocumented immigrants who have committed no crime",
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
        source: "mtholyoke-la-resolution-11-0002-s92",
        evidence: "Resolution 11-0002-S92: Supporting Legislation wherein the Secure Communities Program is Provided",
        confidence: "high",
      },
      {
        source: "new-america-media-trust-act-2011-06",
        evidence: "Ammiano's bill, called the TRUST Act (AB 1081)",
        confidence: "high",
      },
    ],
  },
  {
    id: "pa-refusal-cited-by-la",
    date: "2011-06-07",
    dateNote: resolutionDateNote,
    category: "decision",
    kind: "refusal",
    title: "Los Angeles resolution names Pennsylvania as having refused Secure Communities (uncertain reading)",
    summary:
      "The Los Angeles resolution, as the article quotes it, lists Pennsylvania among places that refused to enter the program. No other source found confirms a refusal by Pennsylvania; the record keeps the resolution's claim, and reads it as the state only with low confidence.",
    actor: "Commonwealth of Pennsylvania",
    actorJurisdiction: "us-pa",
    jurisdictions: ["us-pa"],
    interpretation: {
      asWritten: resolutionWording,
      reading: "the Commonwealth of Pennsylvania",
      confidence: "low",
      note: "No source found says Pennsylvania refused the program; this is only how the resolution's words are read. The county dataset fits a state with no statewide agreement in mid-2011: only Bucks and Montgomery counties (2008-12-16) and Philadelphia (2009-07-21) were activated before the rest of the state (2012-05-30). Reading \"Washington, Pennsylvania\" as Washington County (or the city of Washington) in Pennsylvania has no support either: no source singles it out, and the dataset activates Washington County, PA, with the rest of the state. The resolution's own text was not found, so its exact wording is unverified.",
    },
    related: ["la-council-resolution"],
    citations: [
      {
        source: article,
        locator: "paragraph 3",
        evidence: "Washington, Pennsylvania and Washington, D.C., have refused to enter Secure Communities",
        confidence: "high",
      },
      { source: dataset, locator: "state_fips 42; county_fips 42017, 42091, 42101, 42125", confidence: "high" },
    ],
  },
  {
    id: "wa-refusal-cited-by-la",
    date: "2011-06-07",
    dateNote: resolutionDateNote,
    category: "decision",
    kind: "refusal",
    title: "Los Angeles resolution names Washington, read as Washington State, as having refused Secure Communities",
    summary:
      "The Los Angeles resolution, as the article quotes it, lists Washington among places that refused to enter the program because it undermines community policing, public safety and protections against racial profiling. Reporting of the time describes Washington State as one of the few states holding out.",
    actor: "State of Washington",
    actorJurisdiction: "us-wa",
    jurisdictions: ["us-wa"],
    interpretation: {
      asWritten: resolutionWording,
      reading: "Washington State",
      confidence: "medium",
      note: 'Seattle Weekly (about May 2011) calls Washington one of the few states often cited as having refused the program, and a September 2010 report found its plans to join stalled. In the county dataset no Washington county was activated until 2011-06-21 (Yakima), two weeks after the vote, and the whole state on 2012-04-03. The other possible reading of "Washington, Pennsylvania", Washington County, Pennsylvania, has no support. The resolution\'s own text was not found, so its exact wording is unverified.',
    },
    related: ["la-council-resolution"],
    citations: [
      {
        source: article,
        locator: "paragraph 3",
        evidence: "Washington, Pennsylvania and Washington, D.C., have refused to enter Secure Communities",
        confidence: "high",
      },
      {
        source: "seattle-weekly-washington-refused-2011",
        evidence: "one of the few states that has refused to go along",
        confidence: "medium",
      },
      {
        source: "deportation-nation-rapid-spread-2010-09",
        evidence: "Plans to join Secure Communities also seem stalled in Washington",
        confidence: "medium",
      },
      { source: dataset, locator: "state_fips 53; county_fips 53077", confidence: "high" },
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
      "Pablo Alvarado, executive director of the National Day Laborer Organizing Network, says that what began as an effort to uncover the truth about the program has become a broad consensus that it should be ended altogether, that it has come to stand for the President's broken promises on immigration reform, and that the failure to freeze it is now seen as a betrayal.",
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
      "The Times argues that President Obama, like George W. Bush before him, has kept pushing immigration enforcement schemes while giving no relief to the millions who want to leave illegal status behind, and that real reform needs both stricter enforcement and legalization. It says record deportations have not mended a failed system but have fed the claim that all undocumented immigrants are criminals. Its opening counts Massachusetts among the states and localities opposing the administration's immigration dragnet. The editorial's title was not found.",
    actor: "The New York Times editorial board",
    jurisdictions: ["us"],
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
      "ICE switches the program on in Yakima County, the first county in Washington State, two weeks after the Los Angeles resolution counted Washington among those refusing it.",
    actor: "U.S. Immigration and Customs Enforcement (ICE)",
    actorJurisdiction: "us",
    jurisdictions: ["county-53077", "us-wa"],
    related: ["wa-refusal-cited-by-la"],
    citations: [{ source: dataset, locator: "county_fips 53077; state_fips 53", confidence: "high" }],
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
      { source: dataset, locator: "county_fips 17031", confidence: "high" },
    ],
  },
  {
    id: "wa-statewide-activation",
    date: "2012-04-03",
    dateNote: "The day is the county dataset's statewide date for Washington; no other source for it was found.",
    category: "program",
    kind: "statewide-activation",
    title: "Secure Communities covers every Washington county",
    summary: "With its last county activated, every county in Washington State takes part in Secure Communities.",
    actor: "U.S. Immigration and Customs Enforcement (ICE)",
    actorJurisdiction: "us",
    jurisdictions: ["us-wa"],
    related: ["wa-first-activation"],
    citations: [{ source: dataset, locator: "state_fips 53, statewide_activation_date", confidence: "medium" }],
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
        source: "mv-times-ma-activation-2012-05-09",
        evidence: "activate the controversial Secure Communities program statewide in Massachusetts on May 15",
        confidence: "high",
      },
      { source: dataset, locator: "state_fips 25, statewide_activation_date", confidence: "high" },
    ],
  },
  {
    id: "ny-statewide-activation",
    date: "2012-05-15",
    dateNote: "The day is the county dataset's statewide date for New York; no other source for it was found.",
    category: "program",
    kind: "statewide-activation",
    title: "ICE switches Secure Communities on across New York",
    summary: "ICE activates the program in the last New York counties, despite the governor's suspension of the state's participation.",
    actor: "U.S. Immigration and Customs Enforcement (ICE)",
    actorJurisdiction: "us",
    jurisdictions: ["us-ny"],
    related: ["ny-governor-suspends"],
    citations: [{ source: dataset, locator: "state_fips 36, statewide_activation_date", confidence: "medium" }],
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
      { source: dataset, locator: "county_fips 11001", confidence: "high" },
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
    citations: [{ source: dataset, locator: "state_fips 17, statewide_activation_date; county_fips 17031", confidence: "medium" }],
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
      "With the last counties switched on, the program covers all 3,181 jurisdictions in the 50 states, by the House Judiciary Committee's count.",
    actor: "U.S. Immigration and Customs Enforcement (ICE)",
    actorJurisdiction: "us",
    jurisdictions: ["us"],
    citations: [
      {
        source: "house-judiciary-collateral-damage-2014",
        evidence: "Secure Communities was expanded to all 3,181 jurisdictions within 50 states",
        confidence: "high",
      },
      { source: dataset, locator: "latest date_secure", confidence: "medium" },
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
    ],
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
    ],
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
