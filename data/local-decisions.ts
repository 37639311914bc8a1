/**
 * Decisions of 2009-2014 that limited, refused, sought to leave or joined cooperation with Secure
 * Communities or with ICE detainers (of states, counties, cities, sheriffs and police, and the
 * federal answers to them), and the lists and tallies of the period as events of their authors.
 * Their sources are in data/sources.ts; the generator sorts these records with the rest of `events`.
 *
 * A decision is recorded only where the place's own government, sheriff or police acted, on the
 * date its sources give. A list compiled by an advocacy group, a law firm, a survey, a newspaper or
 * ICE is a `publication` whose places are claims of its author, never evidence of a place's
 * decision. A date given only relative to a dated article ("on Tuesday", "earlier this month") is
 * resolved in `dateNote`, or kept to the month.
 */
import type { z } from "zod";
import type { event } from "./schema.js";

const oregonRuling =
  "The day is not given; the report places the change in the days after the federal ruling of 2014-04-11 in Miranda-Olivares v. Clackamas County, within April 2014.";

export const localDecisionEvents = [
  {
    id: "santa-clara-civil-detainer-policy",
    date: "2011-10-18",
    category: "decision",
    kind: "detainer-policy",
    title: "Santa Clara County adopts its Civil Detainer Policy (Board Policy 3.54)",
    summary:
      "The Santa Clara County Board of Supervisors adopts a policy under which the county honors an ICE detainer only if ICE has agreed in writing to pay the costs and the person has a serious or violent felony conviction; since ICE does not pay, the county in practice holds almost no one for ICE.",
    actor: "Santa Clara County Board of Supervisors",
    actorJurisdiction: "county-06085",
    jurisdictions: ["county-06085"],
    citations: [
      {
        source: "santa-clara-civil-detainer-policy-report-66920",
        evidence: "since its adoption on October 18, 2011",
        confidence: "high",
      },
      {
        source: "santa-clara-civil-detainer-policy-report-66920",
        evidence: "Board Policy No. 3.54 (the Civil Detainer Policy)",
        confidence: "high",
      },
      {
        source: "san-jose-inside-civil-detainer-review-2013-11",
        evidence: "The county put its civil detainer policy in place in 2011.",
        confidence: "high",
      },
    ],
  },
  {
    id: "dc-mayors-order-2011-174",
    date: "2011-10-19",
    category: "decision",
    kind: "executive-order",
    title: "D.C. Mayor Gray bars public-safety agencies from asking about immigration status (Mayor's Order 2011-174)",
    summary:
      "Mayor Vincent Gray signs an order telling District public-safety agencies not to ask people about their immigration status or pass such information to federal agencies unless it bears directly on a criminal investigation, and not to hold anyone on immigration status alone. City officials said the order was not a way of leaving Secure Communities.",
    actor: "Mayor Vincent C. Gray",
    actorJurisdiction: "us-dc",
    jurisdictions: ["us-dc"],
    note: "The order's number is given only by an advocates' release; the draft text seen is numbered 2011-xx.",
    citations: [
      {
        source: "washington-times-dc-order-2011-10-19",
        evidence: "D.C. Mayor Vincent C. Gray signed an order Wednesday",
        confidence: "high",
      },
      {
        source: "washington-post-dc-wire-gray-order-2011-10-19",
        evidence: "signed an executive order Wednesday that prohibits public safety agencies",
        confidence: "high",
      },
      {
        source: "bawza-dc-mayor-executive-order-2011-10-19",
        evidence: "or transmit information about immigration status to federal agencies",
        confidence: "high",
      },
      {
        source: "dcjwj-emergency-detainer-act-2012-06-05",
        evidence: "the Mayor’s Order 2011-174 (October 19, 2011)",
        confidence: "medium",
      },
      {
        source: "washington-times-dc-order-2011-10-19",
        evidence: "should not be viewed as a plan to opt out",
        confidence: "high",
      },
      {
        source: "washington-times-dc-detainer-bill-2011-11-15",
        evidence: "D.C. Mayor Vincent C. Gray signed an order last month",
        confidence: "high",
      },
    ],
  },
  {
    id: "nyc-local-law-62-2011",
    date: "2011-11-22",
    category: "decision",
    kind: "law",
    title: "New York City limits when its jails hold people for ICE (Local Law 62 of 2011)",
    summary:
      "Mayor Bloomberg signs Int. 656-A, which the City Council had approved on 2011-11-03. It narrows the cases in which the Department of Correction holds a person on an ICE detainer.",
    actor: "New York City Council and Mayor Michael R. Bloomberg",
    actorJurisdiction: "city-3651000",
    jurisdictions: ["city-3651000"],
    citations: [
      {
        source: "nyc-council-int-656-2011",
        evidence: "Enactment date: 11/22/2011 Law number: 2011/062",
        confidence: "high",
      },
      { source: "nyc-council-int-656-2011", evidence: "Persons not to be detained.", confidence: "high" },
    ],
  },
  {
    id: "dc-detainer-emergency-act",
    date: "2012-06-05",
    category: "decision",
    kind: "bill-passed",
    title: "D.C. Council passes an emergency act limiting compliance with ICE detainers",
    summary:
      "On the day ICE switches Secure Communities on in the District, the D.C. Council passes the Immigration Detainer Compliance Emergency Amendment Act, under which the District answers detainers only for adults convicted of a dangerous crime.",
    actor: "Council of the District of Columbia",
    actorJurisdiction: "us-dc",
    jurisdictions: ["us-dc"],
    related: ["dc-activation"],
    citations: [
      {
        source: "dcjwj-emergency-detainer-act-2012-06-05",
        evidence: "passing the Immigration Detainer Compliance Emergency Amendment Act",
        confidence: "high",
      },
    ],
  },
  {
    id: "dc-detainer-act-council-vote",
    date: "2012-07-10",
    dateNote: 'The article\'s address dates it 2012-07-10, a Tuesday, and it says the Council voted "on Tuesday".',
    category: "decision",
    kind: "bill-passed",
    title: "D.C. Council unanimously approves its permanent detainer law",
    summary:
      "The D.C. Council votes unanimously for the permanent Immigration Detainer Compliance Amendment Act, which restricts the cases in which people are kept in local custody at ICE's request.",
    actor: "Council of the District of Columbia",
    actorJurisdiction: "us-dc",
    jurisdictions: ["us-dc"],
    related: ["dc-detainer-emergency-act"],
    citations: [
      {
        source: "huffpost-dc-detainer-law-2012-07-10",
        evidence: "In a unanimous vote, the D.C. Council approved a bill",
        confidence: "high",
      },
      {
        source: "huffpost-dc-detainer-law-2012-07-10",
        evidence: "approved its own measure on Tuesday",
        confidence: "high",
      },
    ],
  },
  {
    id: "nyc-detainer-laws-2013",
    date: "2013-03-18",
    category: "decision",
    kind: "law",
    title: "New York City widens its detainer limits to the police department (Int. 982-A and 989-A)",
    summary:
      "Mayor Bloomberg signs two bills updating the city's rules for honoring ICE detainers, one for the Police Department and one for the Department of Correction, in answer to Secure Communities.",
    actor: "New York City Council and Mayor Michael R. Bloomberg",
    actorJurisdiction: "city-3651000",
    jurisdictions: ["city-3651000"],
    related: ["nyc-local-law-62-2011"],
    citations: [
      {
        source: "nyc-mayor-release-detainer-bills-2013-03-18",
        evidence: "MAYOR BLOOMBERG SIGNS LEGISLATION UPDATING CITY GUIDELINES FOR HONORING DETAINERS",
        confidence: "high",
      },
      {
        source: "nyc-mayor-release-detainer-bills-2013-03-18",
        evidence: "Introductory Number 989-A applies to detainers issued to the Department of Correction",
        confidence: "high",
      },
      {
        source: "nyc-mayor-release-detainer-bills-2013-03-18",
        evidence: "Introductory Number 982-A applies to detainers issued to the New York City",
        confidence: "high",
      },
    ],
  },
  {
    id: "ct-trust-act-passed",
    date: "2013-05",
    dateNote:
      'The Center for Popular Democracy (post dated 2013-06-01) gives May 22, 2013 for passage by the legislature; Colorlines of 2013-06-03 says the Senate voted "on Friday", that is 2013-05-31, after the House. The sources disagree on the day, perhaps because one of them dates the House vote, so only the month is recorded. The governor\'s signature was not found in a source.',
    category: "decision",
    kind: "bill-passed",
    title: "Connecticut's legislature passes the TRUST Act unanimously",
    summary:
      "Both chambers of the Connecticut General Assembly approve the TRUST Act (HB 6659) without a dissenting vote. The bill lets state and local officers keep someone for immigration authorities only in listed cases, such as a serious conviction, a removal order already issued, or a name on a terrorist watch list.",
    actor: "Connecticut General Assembly",
    actorJurisdiction: "us-ct",
    jurisdictions: ["us-ct"],
    note: "The Senate's day (2013-05-31, from Colorlines' \"on Friday\") and the advocacy group's May 22 cannot both be the final vote; a legislative journal would settle it.",
    citations: [
      {
        source: "populardemocracy-ct-trust-act-2013-06-01",
        evidence: "in the state legislature on May 22, 2013",
        confidence: "medium",
      },
      {
        source: "populardemocracy-ct-trust-act-2013-06-01",
        evidence: "The state’s House and Senate unanimously supported this historic legislation",
        confidence: "high",
      },
      {
        source: "colorlines-ct-limits-secure-communities-2013-06-03",
        evidence: "The Connecticut State Senate voted unanimously on Friday",
        confidence: "high",
      },
      {
        source: "colorlines-ct-limits-secure-communities-2013-06-03",
        evidence: "The House already approved the bill.",
        confidence: "high",
      },
      {
        source: "free-speech-tv-ct-trust-act-2013-06-12",
        evidence: "the Connecticut state legislature voted unanimously to enact the",
        confidence: "high",
      },
      {
        source: "ct-governor-trust-act-2019-05",
        evidence: "makes updates to the Trust Act of 2013",
        confidence: "medium",
      },
    ],
  },
  {
    id: "newark-police-detainer-order",
    date: "2013-07-24",
    category: "decision",
    kind: "detainer-policy",
    title: "Newark police stop honoring most ICE detainers",
    summary:
      "A general order from Newark Police Director Samuel DeMaio, in force from July 24, tells officers to turn down ICE detainer requests for people arrested on minor charges. Immigration advocates called Newark the first police force in New Jersey with such a rule.",
    actor: "Newark Police Director Samuel DeMaio",
    actorJurisdiction: "city-3451000",
    jurisdictions: ["city-3451000", "county-34013"],
    citations: [
      {
        source: "aclu-nj-newark-detainers-2013-08-15",
        evidence: "The general order, which went into effect July 24",
        confidence: "high",
      },
      {
        source: "nj-com-newark-detainers-2013-08",
        evidence: "Newark Police Director Samuel DeMaio issued a policy last month",
        confidence: "high",
      },
    ],
  },
  {
    id: "orleans-parish-sheriff-detainer-policy",
    date: "2013-07",
    dateNote:
      "Newsmax of 2013-08-13, citing the New York Times, says the policy went into effect the month before; the Times-Picayune (August 2013) says it was set about six weeks earlier. The sheriff's statement announcing it is dated 2013-08-14. The day the policy was adopted is not given.",
    category: "decision",
    kind: "detainer-policy",
    title: "Orleans Parish Sheriff declines ICE detainers except for the gravest charges",
    summary:
      "Sheriff Marlin Gusman's office adopts a policy of refusing voluntary ICE detainer requests except for people charged with a short list of grave violent felonies, among them first- and second-degree murder, aggravated rape and armed robbery with a gun; the policy forms part of the settlement of Cacho v. Gusman.",
    actor: "Orleans Parish Sheriff Marlin N. Gusman",
    actorJurisdiction: "county-22071",
    jurisdictions: ["county-22071"],
    citations: [
      {
        source: "newsmax-orleans-sheriff-2013-08-13",
        evidence: "the new policy, which went into effect last month",
        confidence: "medium",
      },
      {
        source: "nola-orleans-immigration-holds-2013-08",
        evidence: "The new policy, established about six weeks ago",
        confidence: "high",
      },
      {
        source: "opcso-gusman-revises-ice-policy-2013-08-14",
        evidence: "The Sheriff's Office shall decline all voluntary ICE detainer requests",
        confidence: "high",
      },
    ],
  },
  {
    id: "ca-trust-act-signed",
    date: "2013-10-05",
    category: "decision",
    kind: "law",
    title: "Governor Brown signs California's TRUST Act (AB 4)",
    summary:
      "California Governor Jerry Brown signs AB 4, the TRUST Act, which bars local law enforcement from holding people for deportation when they are arrested for minor crimes and otherwise eligible for release.",
    actor: "Governor Edmund G. Brown Jr.",
    actorJurisdiction: "us-ca",
    jurisdictions: ["us-ca"],
    citations: [
      {
        source: "scpr-brown-signs-trust-act-2013-10-05",
        evidence: "one of eight immigration-related measures Brown signed on Saturday",
        confidence: "high",
      },
      {
        source: "scpr-brown-signs-trust-act-2013-10-05",
        evidence: "AB4 by Assemblyman Tom Ammiano, D-San Francisco",
        confidence: "high",
      },
      {
        source: "nilc-trust-act-signed-2013-10-05",
        evidence: "Governor Jerry Brown today signed legislation",
        confidence: "high",
      },
    ],
  },
  {
    id: "sf-due-process-for-all-ordinance",
    date: "2013-10",
    dateNote:
      "The amended ordinance was before the Board on Tuesday 2013-09-24 (San Francisco Bay Guardian of that day), which fits HuffPost's report of its approval \"on Tuesday\"; Pangea Legal Services' notice of 2013-11-08 says it took effect that day, one month after it was signed, so the signing is dated to October 2013. The day of the final vote and of the signing were not found.",
    category: "decision",
    kind: "ordinance",
    title: 'San Francisco passes its "Due Process for All" ordinance (Ordinance 204-13)',
    summary:
      "After amendments adding narrow exceptions, the San Francisco Board of Supervisors unanimously approves Supervisor John Avalos's ordinance, which adds Chapter 121 to the Administrative Code and forbids keeping people on civil immigration detainers once they are due for release, save for some people with serious convictions. First approved in late September, it was signed in October and took effect on 2013-11-08.",
    actor: "San Francisco Board of Supervisors",
    actorJurisdiction: "county-06075",
    jurisdictions: ["county-06075"],
    note: "HuffPost's report is of the Board's vote in late September; a separate event for that vote (2013-09-24) could be added if wanted.",
    citations: [
      {
        source: "mtholyoke-sf-ordinance-204-13",
        evidence: "Ordinance 204-13: Amending the Administrative Code",
        confidence: "high",
      },
      {
        source: "mtholyoke-sf-ordinance-204-13",
        evidence: "detaining individuals on the basis of a civil immigration detainer",
        confidence: "high",
      },
      {
        source: "huffpost-sf-due-process-for-all-2013-10",
        evidence: "The San Francisco Board of Supervisors has unanimously passed an ordinance",
        confidence: "medium",
      },
      {
        source: "sfbg-detainer-limits-watered-down-2013-09-24",
        evidence: "But an amended version returned to the board on Sept. 24",
        confidence: "high",
      },
      {
        source: "pangea-due-process-for-all-in-effect-2013-11-08",
        evidence: "one month after it was signed",
        confidence: "medium",
      },
    ],
  },
  {
    id: "king-county-ordinance-17706",
    date: "2013-12-02",
    dateNote: "The Council's final action was on 2013-12-02; the ordinance was enacted on 2013-12-10.",
    category: "decision",
    kind: "ordinance",
    title: "King County limits which ICE holds its jail honors (Ordinance 17706)",
    summary:
      "The Metropolitan King County Council passes an ordinance on how the county answers ICE's civil immigration hold requests: people arrested for low-level offenses are no longer held for ICE, while those held on serious charges still are.",
    actor: "Metropolitan King County Council",
    actorJurisdiction: "county-53033",
    jurisdictions: ["county-53033"],
    citations: [
      {
        source: "king-county-ordinance-17706",
        evidence: "Final action: 12/2/2013",
        confidence: "high",
      },
      {
        source: "king-county-ordinance-17706",
        evidence: "Enactment date: 12/10/2013 Enactment #: 17706",
        confidence: "high",
      },
      {
        source: "seattle-times-counties-dropping-holds-2014-04",
        evidence: "In a December vote, the Metropolitan King County Council said",
        confidence: "high",
      },
    ],
  },
  {
    id: "miami-dade-r-1008-13",
    date: "2013-12-03",
    category: "decision",
    kind: "resolution",
    title: "Miami-Dade directs the mayor to limit compliance with ICE detainers (Resolution R-1008-13)",
    summary:
      "The Miami-Dade Board of County Commissioners adopts a resolution directing the mayor to put in place a policy on answering ICE detainer requests, under which the county largely stops holding people for ICE.",
    actor: "Miami-Dade Board of County Commissioners",
    actorJurisdiction: "county-12086",
    jurisdictions: ["county-12086"],
    citations: [
      { source: "miami-dade-file-132196", evidence: "Reference: R-1008-13", confidence: "high" },
      { source: "miami-dade-file-132196", evidence: "Final Action: 12/3/2013", confidence: "high" },
      {
        source: "miami-herald-2013-detainer-policy-2017-02",
        evidence: "voted unanimously three years ago to stop honoring most detention requests",
        confidence: "medium",
      },
    ],
  },
  {
    id: "washington-county-or-detainer-change",
    date: "2014-04-14",
    dateNote:
      "The Oregonian's report of April 2014 says the sheriff's office re-evaluated its policy \"on Monday\", after the ruling of Friday 2014-04-11; that Monday is 2014-04-14.",
    category: "decision",
    kind: "detainer-policy",
    title: "Washington County, Oregon, stops holding people on ICE detainers alone",
    summary:
      "After the federal ruling in the Clackamas County case, the Washington County Sheriff's Office says it will hold people for immigration only with a court order or warrant.",
    actor: "Washington County Sheriff's Office",
    actorJurisdiction: "county-41067",
    jurisdictions: ["county-41067"],
    citations: [
      {
        source: "oregonian-washington-county-detainers-2014-04",
        evidence: "re-evaluated that policy on Monday",
        confidence: "high",
      },
      {
        source: "oregonian-washington-county-detainers-2014-04",
        evidence: "if they provide a court order or warrant we would",
        confidence: "high",
      },
    ],
  },
  {
    id: "multnomah-county-detainer-change",
    date: "2014-04-16",
    dateNote:
      "The Oregonian dates the Portland-area sheriffs' announcement to the Wednesday after the ruling of Friday 2014-04-11, that is 2014-04-16; the ACLU of Oregon's statement dated 2014-04-17 says they \"acted today\".",
    category: "decision",
    kind: "detainer-policy",
    title: "Multnomah County stops honoring ICE detainers without probable cause",
    summary:
      "The Multnomah County sheriff suspends holding jail inmates on ICE detainers alone after the Clackamas County ruling; by the end of that week the county had lifted holds on 50 inmates.",
    actor: "Multnomah County Sheriff's Office",
    actorJurisdiction: "county-41051",
    jurisdictions: ["county-41051"],
    citations: [
      {
        source: "oregonian-detainer-changes-quotes-2014-04",
        evidence: "Multnomah County had lifted immigration holds on 50 jail inmates",
        confidence: "high",
      },
      {
        source: "aclu-oregon-sheriffs-suspend-ice-holds-2014-04-17",
        evidence: "Sheriffs in Multnomah, Clackamas, and Washington Counties acted today",
        confidence: "medium",
      },
      {
        source: "oregonian-50-holds-lifted-multnomah-2014-04",
        evidence: "since Wednesday, when sheriffs across the Portland area announced",
        confidence: "high",
      },
      {
        source: "lexisnexis-ap-oregon-ruling-halt-detainers-2014-04-18",
        evidence: "Multnomah, Washington, Marion and Deschutes counties to suspend",
        confidence: "high",
      },
    ],
  },
  {
    id: "clackamas-county-detainer-change",
    date: "2014-04-16",
    dateNote:
      'The Oregonian says the Clackamas, Multnomah and Washington sheriffs announced the change on the Wednesday after the ruling of Friday 2014-04-11, that is 2014-04-16; the ACLU of Oregon\'s statement dated 2014-04-17 says they "acted today".',
    category: "decision",
    kind: "detainer-policy",
    title: "Clackamas County stops holding people on ICE detainers alone",
    summary:
      "Five days after a federal judge held that Clackamas County's jail acted unconstitutionally when it kept a woman for ICE without probable cause, Sheriff Craig Roberts suspends holds made only at ICE's request and releases inmates who were being kept solely for ICE.",
    actor: "Clackamas County Sheriff Craig Roberts",
    actorJurisdiction: "county-41005",
    jurisdictions: ["county-41005"],
    citations: [
      {
        source: "oregonian-detainer-changes-quotes-2014-04",
        evidence: "Clackamas County had released two inmates with such holds",
        confidence: "high",
      },
      {
        source: "oregonian-detainer-changes-23-counties-2014-04",
        evidence: "Sheriff Craig Roberts was among the first to change his policy.",
        confidence: "high",
      },
      {
        source: "oregonian-50-holds-lifted-multnomah-2014-04",
        evidence: "joined sheriffs in Clackamas and Washington counties who responded Wednesday",
        confidence: "high",
      },
    ],
  },
  {
    id: "marion-county-or-detainer-change",
    date: "2014-04",
    dateNote: oregonRuling,
    category: "decision",
    kind: "detainer-policy",
    title: "Marion County, Oregon, suspends immigration holds",
    summary: "Marion County, Oregon, is among the counties that suspend holding jail inmates on ICE detainers after the Clackamas ruling.",
    actor: "Marion County Sheriff's Office",
    actorJurisdiction: "county-41047",
    jurisdictions: ["county-41047"],
    citations: [
      {
        source: "bend-bulletin-central-oregon-holds-2014-04",
        evidence: "Washington and Marion counties have also suspended the use of immigration holds",
        confidence: "medium",
      },
      {
        source: "statesman-journal-marion-polk-end-holds-2014-04-20",
        evidence: "Both the Marion County and Polk County jails will no longer hold",
        confidence: "high",
      },
    ],
  },
  {
    id: "deschutes-county-detainer-change",
    date: "2014-04-17",
    dateNote:
      "The Bulletin reports the statement as made on Thursday in the week after the ruling of Friday 2014-04-11, that is 2014-04-17; the AP report of 2014-04-17 names Deschutes among the counties that had stopped.",
    category: "decision",
    kind: "detainer-policy",
    title: "Deschutes County stops holding people on an ICE detainer alone",
    summary:
      "The Deschutes County Sheriff's Office, which runs the county jail, says it no longer keeps anyone in custody on the strength of an ICE detainer alone, citing the Clackamas ruling.",
    actor: "Deschutes County Sheriff's Office",
    actorJurisdiction: "county-41017",
    jurisdictions: ["county-41017"],
    note: "KTVZ (2014-04-19) puts the change on Wednesday 2014-04-16; the Bend Bulletin quotes the jail captain on Thursday 2014-04-17 and the AP of 2014-04-17 already names the county. The record keeps the 17th, the day of the county's own statement.",
    citations: [
      {
        source: "bend-bulletin-central-oregon-holds-2014-04",
        evidence: "no longer holding people in our facility based on an ICE detainer",
        confidence: "high",
      },
      {
        source: "lexisnexis-ap-oregon-ruling-halt-detainers-2014-04-18",
        evidence: "Multnomah, Washington, Marion and Deschutes counties to suspend",
        confidence: "high",
      },
      {
        source: "ktvz-ore-ruling-ends-detaining-2014-04-19",
        evidence: "stopped holding people solely on immigration detainers on Wednesday",
        confidence: "high",
      },
    ],
  },
  {
    id: "philadelphia-executive-order-detainers",
    date: "2014-04-16",
    category: "decision",
    kind: "executive-order",
    title: "Philadelphia's mayor orders an end to most ICE holds",
    summary:
      "Mayor Michael Nutter signs an executive order under which no one in city custody is held on an ICE detainer unless convicted of a first- or second-degree violent felony and the detainer is backed by a judicial warrant.",
    actor: "Mayor Michael A. Nutter",
    actorJurisdiction: "city-4260000",
    jurisdictions: ["city-4260000", "county-42101"],
    citations: [
      {
        source: "philadelphia-nutter-detainer-order-2014-04-16",
        evidence: "Philadelphia, April 16, 2014– Mayor Michael A. Nutter",
        confidence: "high",
      },
      {
        source: "inquirer-nutter-limits-cooperation-2014-04-17",
        evidence: "MAYOR NUTTER yesterday signed an executive order",
        confidence: "high",
      },
    ],
  },
  {
    id: "boulder-county-detainer-change",
    date: "2014-04-28",
    dateNote: "The day is that of Sheriff Pelle's email, dated Monday in an AP report excerpted on 2014-04-29; 2014-04-28 was that Monday.",
    category: "decision",
    kind: "detainer-policy",
    title: "Boulder County's sheriff stops honoring ICE detainers",
    summary:
      "Boulder County Sheriff Joe Pelle tells the ACLU that, after the Oregon ruling, his jail will release inmates with ICE detainers once their state or federal charges are resolved, unless there is an arrest warrant.",
    actor: "Boulder County Sheriff Joe Pelle",
    actorJurisdiction: "county-08013",
    jurisdictions: ["county-08013"],
    citations: [
      {
        source: "lexisnexis-colorado-sheriffs-drop-ice-holds-2014-04-29",
        evidence: "Pelle said in an email dated Monday.",
        confidence: "high",
      },
      {
        source: "denver-post-colorado-counties-ice-2014-04-29",
        evidence: "Boulder and San Miguel counties announced that they will no longer honor",
        confidence: "high",
      },
    ],
  },
  {
    id: "san-miguel-county-detainer-change",
    date: "2014-04-29",
    dateNote: 'The AP report excerpted on 2014-04-29 says the sheriff announced it "on Tuesday", which was 2014-04-29.',
    category: "decision",
    kind: "detainer-policy",
    title: "San Miguel County's sheriff will hold people for ICE only on a warrant",
    summary:
      "San Miguel County Sheriff Bill Masters says his jail will go on telling ICE when it books someone thought to be in the country unlawfully, but will not keep anyone on an ordinary detainer; ICE must instead get an arrest warrant from a federal magistrate explaining why the person should stay in custody.",
    actor: "San Miguel County Sheriff Bill Masters",
    actorJurisdiction: "county-08113",
    jurisdictions: ["county-08113"],
    citations: [
      {
        source: "lexisnexis-colorado-sheriffs-drop-ice-holds-2014-04-29",
        evidence: "announced a similar decision as Boulder on Tuesday",
        confidence: "high",
      },
      {
        source: "denver-post-colorado-counties-ice-2014-04-29",
        evidence: "ICE detainers are not based on the same system of probable cause",
        confidence: "high",
      },
    ],
  },
  {
    id: "mesa-county-detainer-change",
    date: "2014-04",
    dateNote:
      "Reported on 2014-04-29 by the AP as following Boulder's decision of 2014-04-28, while the Denver Post of the same day still described Mesa as moving toward a new policy; the Denver Post of 2014-04-30 lists it among counties no longer honoring holds. The day is not given.",
    category: "decision",
    kind: "detainer-policy",
    title: "Mesa County follows Boulder in dropping ICE holds",
    summary:
      "A Mesa County Sheriff's Office spokeswoman says the western Colorado county is following Boulder's decision to stop honoring ICE detainers.",
    actor: "Mesa County Sheriff's Office",
    actorJurisdiction: "county-08077",
    jurisdictions: ["county-08077"],
    citations: [
      {
        source: "lexisnexis-colorado-sheriffs-drop-ice-holds-2014-04-29",
        evidence: "Mesa County in western Colorado is also emulating Pelle's decision",
        confidence: "high",
      },
      {
        source: "denver-post-denver-wont-hold-inmates-2014-04-30",
        evidence: "On Wednesday, Denver joined Boulder, Mesa, Routt, Jefferson, Grand and San Miguel",
        confidence: "medium",
      },
      {
        source: "denver-post-colorado-counties-ice-2014-04-29",
        evidence: "Adams, Jefferson, Mesa, Routt and Weld counties have indicated",
        confidence: "medium",
      },
      {
        source: "mcso-hilkey-suspends-ice-holds-2014-04-29",
        evidence: "Sheriff Stan Hilkey has issued a directive",
        confidence: "high",
      },
    ],
  },
  {
    id: "sf-resolution-535-11",
    date: "2011-12-13",
    category: "decision",
    kind: "resolution",
    title: "San Francisco supervisors urge the sheriff not to honor unpaid ICE detainers (Resolution 535-11)",
    summary:
      "By 8 votes to 3, the San Francisco Board of Supervisors urges the Sheriff's Department and the Juvenile Probation Department not to honor civil ICE detainers unless the federal government has agreed in writing to pay the costs, on the model of Santa Clara County.",
    actor: "San Francisco Board of Supervisors",
    actorJurisdiction: "county-06075",
    jurisdictions: ["county-06075"],
    related: ["santa-clara-civil-detainer-policy"],
    citations: [
      {
        source: "nnirr-sf-supervisors-ice-holds-2011-12-13",
        evidence: "voted by an 8-3 supermajority this afternoon",
        confidence: "high",
      },
      {
        source: "mtholyoke-sf-resolution-535-11",
        evidence: "Resolution 535-11: Policy Restricting Use of Local Funds",
        confidence: "high",
      },
    ],
  },
  {
    id: "denver-sheriff-detainer-change",
    date: "2014-04-30",
    category: "decision",
    kind: "detainer-policy",
    title: "Denver's sheriff stops holding people for ICE on immigration status alone",
    summary:
      "Denver Sheriff Gary Wilson announces that the department will no longer keep people in custody for federal immigration authorities on the basis of immigration status alone, joining six other Colorado counties.",
    actor: "Denver Sheriff Department",
    actorJurisdiction: "county-08031",
    jurisdictions: ["county-08031"],
    citations: [
      {
        source: "denver-post-denver-wont-hold-inmates-2014-04-30",
        evidence: "Sheriff Gary Wilson said Wednesday",
        confidence: "high",
      },
      {
        source: "denver-post-denver-wont-hold-inmates-2014-04-30",
        evidence: "Denver will no longer hold inmates for federal immigration authorities",
        confidence: "high",
      },
    ],
    dateNote: "The Denver Post article of 2014-04-30, a Wednesday, reports the announcement as made that Wednesday.",
  },
  {
    id: "walla-walla-county-detainer-change",
    date: "2014-04-28",
    dateNote: "The Union-Bulletin of Wednesday 2014-04-30 says the sheriff's order was issued Monday, that is 2014-04-28.",
    category: "decision",
    kind: "detainer-policy",
    title: "Walla Walla County stops holding people for ICE past their release",
    summary:
      "Walla Walla County, Washington, says it will no longer keep people eligible for release in jail on ICE's behalf; its sheriff says the change lowers the county's risk of being sued as Clackamas County was.",
    actor: "Walla Walla County Sheriff John Turner",
    actorJurisdiction: "county-53071",
    jurisdictions: ["county-53071"],
    citations: [
      {
        source: "heraldnet-washington-counties-dropping-holds-2014-04",
        evidence: "Walla Walla and Kitsap counties will no longer detain immigrants",
        confidence: "high",
      },
      {
        source: "union-bulletin-walla-walla-ends-holds-2014-04-30",
        evidence: "Under a new sheriff’s order issued Monday, Walla Walla County",
        confidence: "high",
      },
    ],
  },
  {
    id: "kitsap-county-detainer-change",
    date: "2014-04",
    dateNote: oregonRuling,
    category: "decision",
    kind: "detainer-policy",
    title: "Kitsap County stops holding people for ICE past their release",
    summary:
      "Kitsap County, Washington, is among the first in the state to say it will no longer detain people eligible for release on ICE's behalf.",
    actor: "Kitsap County",
    actorJurisdiction: "county-53035",
    jurisdictions: ["county-53035"],
    citations: [
      {
        source: "heraldnet-washington-counties-dropping-holds-2014-04",
        evidence: "Walla Walla and Kitsap are some of the first confirmed counties",
        confidence: "high",
      },
    ],
  },
  {
    id: "thurston-county-detainer-change",
    date: "2014-04",
    dateNote: oregonRuling,
    category: "decision",
    kind: "detainer-policy",
    title: "Thurston County stops holding people for ICE past their release",
    summary: "Thurston County, Washington, changes its jail policy so that people eligible for release are no longer held on ICE's behalf.",
    actor: "Thurston County",
    actorJurisdiction: "county-53067",
    jurisdictions: ["county-53067"],
    citations: [
      {
        source: "seattle-times-counties-dropping-holds-2014-04",
        evidence: "Walla Walla, Kitsap and Thurston counties are some of the first",
        confidence: "high",
      },
    ],
  },
  {
    id: "yakima-county-detainer-change",
    date: "2014",
    dateNote:
      "Reported without a day in an undated radio report and by 2014-05-02 in a Walla Walla Union-Bulletin editorial; the change came after the Oregon ruling of 2014-04-11 and most likely in the last days of April or the first days of May, so only the year is recorded.",
    category: "decision",
    kind: "detainer-policy",
    title: "Yakima County stops jailing people solely on ICE detainer requests",
    summary:
      "After the Oregon ruling, Yakima County, Washington, says its jail will no longer keep inmates only because ICE asks; its corrections director, Ed Campbell, complained that the ruling put the liability on counties. The jail went on holding people on ICE administrative warrants until a legal settlement in 2019.",
    actor: "Yakima County Department of Corrections (Director Ed Campbell)",
    actorJurisdiction: "county-53077",
    jurisdictions: ["county-53077"],
    note: "The 2014 change concerned ICE detainer requests. Columbia Legal Services, which represented the plaintiffs, describes a continuing practice of holding people on ICE administrative warrants that the county gave up in a settlement of 2019-02-06.",
    citations: [
      {
        source: "newstalkkit-yakima-ice-holds-2014",
        evidence: "Yakima has joined the growing number of counties refusing to keep inmates",
        confidence: "medium",
      },
      {
        source: "union-bulletin-editorial-ice-detentions-2014-05-02",
        evidence: "and Yakima County have also taken this stand",
        confidence: "medium",
      },
      {
        source: "peninsula-daily-news-counties-refusing-holds-2014-04",
        evidence: "Walla Walla, Kitsap, Thurston and Yakima counties are the latest",
        confidence: "medium",
      },
      {
        source: "columbia-legal-yakima-settlement-2019-02-07",
        evidence: "county officials entered an immigration hold any time federal immigration officers sent",
        confidence: "high",
      },
    ],
  },
  {
    id: "snohomish-county-detainer-change",
    date: "2014",
    dateNote:
      "The sheriff's statement of 2017-03-21 gives April 2014, but the Seattle Times, in a report of late April 2014 (probably of 2014-04-30), says the county was still reviewing its policy that Wednesday and expected to decide within days. The change came at the end of April or early in May; only the year is recorded.",
    category: "decision",
    kind: "detainer-policy",
    title: "Snohomish County stops honoring ICE detainers",
    summary:
      "The Snohomish County Sheriff's Office stops honoring ICE detainers in April 2014, in answer to the ruling in Miranda-Olivares v. Clackamas County, as its sheriff later stated.",
    actor: "Snohomish County Sheriff's Office",
    actorJurisdiction: "county-53061",
    jurisdictions: ["county-53061"],
    note: "Contemporary reporting has the county still undecided at the end of April 2014; the April date rests on the sheriff's later account.",
    citations: [
      {
        source: "my-everett-news-snohomish-sheriff-statement-2017-03-21",
        evidence: "Snohomish County has not honored ICE detainers since April 2014.",
        confidence: "medium",
      },
      {
        source: "seattle-times-counties-dropping-holds-2014-04",
        evidence: "Snohomish County is reviewing its policy and should make a decision",
        confidence: "high",
      },
    ],
  },
  {
    id: "sacramento-county-detainer-change",
    date: "2014-05-15",
    dateNote: "The Sheriff's Department stopped honoring the requests pending a legal review.",
    category: "decision",
    kind: "detainer-policy",
    title: "Sacramento County stops honoring ICE detainer requests",
    summary:
      "The Sacramento County Sheriff's Department stops honoring ICE requests to hold people on immigration grounds alone, pending a legal review.",
    actor: "Sacramento County Sheriff's Department",
    actorJurisdiction: "county-06067",
    jurisdictions: ["county-06067"],
    citations: [
      {
        source: "cbs-sacramento-san-diego-holds-2014-05-30",
        evidence: "stopped honoring the requests May 15, pending a legal review",
        confidence: "high",
      },
    ],
  },
  {
    id: "contra-costa-county-detainer-change",
    date: "2014-05",
    dateNote: 'The AP report of 2014-05-30 says the county announced it "this month".',
    category: "decision",
    kind: "detainer-policy",
    title: "Contra Costa County stops honoring ICE detainer requests",
    summary:
      "The Contra Costa County Sheriff's Office, citing the Oregon ruling, says it will stop honoring ICE's requests to hold people.",
    actor: "Contra Costa County Sheriff's Office",
    actorJurisdiction: "county-06013",
    jurisdictions: ["county-06013"],
    citations: [
      {
        source: "cbs-sacramento-san-diego-holds-2014-05-30",
        evidence: "Sheriff’s departments in Contra Costa cited the ruling",
        confidence: "medium",
      },
      {
        source: "mercurynews-east-bay-sheriffs-release-immigrants-2014-05-21",
        evidence: "said Wednesday he implemented an identical order last week",
        confidence: "high",
      },
    ],
  },
  {
    id: "san-diego-county-detainer-change",
    date: "2014-05-29",
    dateNote: 'The AP report of Friday 2014-05-30 says the sheriff announced it "Thursday", 2014-05-29.',
    category: "decision",
    kind: "detainer-policy",
    title: "San Diego County's sheriff will no longer hold people for ICE without a warrant",
    summary:
      "San Diego County Sheriff Bill Gore says his department will no longer hold people only because federal authorities have an immigration interest, though it will honor ICE arrest warrants and tell ICE when detainees are released.",
    actor: "San Diego County Sheriff Bill Gore",
    actorJurisdiction: "county-06073",
    jurisdictions: ["county-06073"],
    citations: [
      {
        source: "cbs-sacramento-san-diego-holds-2014-05-30",
        evidence: "Sheriff Bill Gore said Thursday his department would no longer hold people",
        confidence: "high",
      },
    ],
  },
  {
    id: "sf-sheriff-detainer-policy-2014",
    date: "2014-05-29",
    category: "decision",
    kind: "detainer-policy",
    title: "San Francisco's sheriff stops honoring ICE detainers without a warrant",
    summary:
      "Sheriff Ross Mirkarimi announces that, effective at once, the San Francisco Sheriff's Department honors ICE detainers only with a judicial finding of probable cause or an arrest warrant.",
    actor: "San Francisco Sheriff Ross Mirkarimi",
    actorJurisdiction: "county-06075",
    jurisdictions: ["county-06075"],
    related: ["sf-due-process-for-all-ordinance"],
    citations: [
      {
        source: "sf-sheriff-no-ice-detainers-2014-05-29",
        evidence: "will no longer honor U.S. Immigration and Customs Enforcement (ICE) detainers",
        confidence: "high",
      },
    ],
  },
  {
    id: "polk-county-ia-detainer-change",
    date: "2014-06",
    dateNote: 'The sheriff told the Des Moines Register, in a report of 2014-07-26, that the practice "ended in early June".',
    category: "decision",
    kind: "detainer-policy",
    title: "Polk County, Iowa, honors only ICE holds a judge has signed",
    summary:
      "Polk County Sheriff Bill McCarthy ends his jail's practice of honoring every ICE hold request; from early June only requests signed by a judge are honored.",
    actor: "Polk County Sheriff Bill McCarthy",
    actorJurisdiction: "county-19153",
    jurisdictions: ["county-19153"],
    citations: [
      {
        source: "des-moines-register-polk-ice-holds-2014-07-26",
        evidence: "That practice ended in early June",
        confidence: "high",
      },
      {
        source: "des-moines-register-polk-ice-holds-2014-07-26",
        evidence: "now Polk County honors only the ICE requests signed by a judge",
        confidence: "high",
      },
    ],
  },
  {
    id: "orange-county-ca-detainer-change",
    date: "2014-06",
    dateNote: 'The Los Angeles Times report of 2014-06-26 says the county decided "earlier this month".',
    category: "decision",
    kind: "detainer-policy",
    title: "Orange County, California, stops honoring ICE detainer requests",
    summary:
      "After first limiting the holds it honored, the Orange County Sheriff's Department decides to stop holding inmates past their release for ICE, in answer to the Oregon ruling.",
    actor: "Orange County Sheriff's Department",
    actorJurisdiction: "county-06059",
    jurisdictions: ["county-06059"],
    citations: [
      {
        source: "la-times-orange-county-detainers-2014-06-26",
        evidence: "The county made the decision earlier this month",
        confidence: "high",
      },
      {
        source: "oc-weekly-oc-sheriff-immigration-holds-2014-06-05",
        evidence: "sent a statement to the media late Wednesday afternoon",
        confidence: "high",
      },
    ],
  },
  {
    id: "hennepin-county-detainer-change",
    date: "2014-06-11",
    category: "decision",
    kind: "detainer-policy",
    title: "Hennepin County will no longer hold inmates for ICE without a court order",
    summary:
      "Hennepin County Sheriff Rich Stanek, with County Attorney Mike Freeman, announces that the county jail will no longer honor ICE detainers without judicial authority, the first Minnesota county to do so.",
    actor: "Hennepin County Sheriff Rich Stanek",
    actorJurisdiction: "county-27053",
    jurisdictions: ["county-27053"],
    citations: [
      {
        source: "mpr-hennepin-ice-holds-2014-06-11",
        evidence: "Hennepin County Sheriff Rich Stanek said Wednesday",
        confidence: "high",
      },
      {
        source: "mpr-hennepin-ice-holds-2014-06-11",
        evidence: "the first county in the state to refuse to hold jail inmates",
        confidence: "high",
      },
    ],
    dateNote: "The MPR News report is of 2014-06-11, a Wednesday, the day of the announcement.",
  },
  {
    id: "ri-governor-detainer-policy",
    date: "2014-07",
    dateNote:
      "The month is as reported; on 2014-08-14 the governor replaced the policy with one for all executive agencies that honors detainers backed by judicial removal orders.",
    category: "decision",
    kind: "detainer-policy",
    title: "Rhode Island's governor tells the prison system to stop honoring ICE detainers without a warrant",
    summary:
      "Governor Lincoln Chafee instructs the Rhode Island Department of Corrections to stop holding people on ICE detainers unless a warrant has been issued, after federal court rulings on detainers.",
    actor: "Governor Lincoln D. Chafee",
    actorJurisdiction: "us-ri",
    jurisdictions: ["us-ri"],
    citations: [
      {
        source: "washington-times-ri-detainers-2014-08-15",
        evidence: "the one Chafee adopted in July",
        confidence: "high",
      },
      {
        source: "washington-times-ri-detainers-2014-08-15",
        evidence: "instructed the Department of Corrections to stop honoring immigration detainers",
        confidence: "high",
      },
    ],
  },
  {
    id: "md-governor-baltimore-jail-detainers",
    date: "2014-08-27",
    dateNote:
      "The AP report of Friday 2014-08-29 says the governor's letter was dated Wednesday, that is 2014-08-27; the Baltimore Sun says the policy was made public on the Friday. The Baltimore Sun of 2014-10-07 gives only August.",
    category: "decision",
    kind: "detainer-policy",
    title: "Maryland's governor limits ICE detainers at the state-run Baltimore jail",
    summary:
      "In a letter to his public safety and corrections secretary, Governor Martin O'Malley directs that the state-run Central Booking facility in Baltimore honor an ICE detainer only when it is backed by probable cause, following advice from the state attorney general's office on the Fourth Amendment.",
    actor: "Governor Martin O'Malley",
    actorJurisdiction: "us-md",
    jurisdictions: ["us-md", "county-24510", "city-2404000"],
    note: "Baltimore City is both a county-equivalent (county-24510) and a city (city-2404000); its jail is run by the state, so the actor is the governor. An earlier narrowing at the same jail, announced 2014-04-18, is not recorded here.",
    citations: [
      {
        source: "washington-times-ap-md-probable-cause-2014-08-29",
        evidence: "outlined in a letter dated Wednesday from the governor",
        confidence: "high",
      },
      {
        source: "washington-times-ap-md-probable-cause-2014-08-29",
        evidence: "in its role as administrator of Central Booking in Baltimore City",
        confidence: "high",
      },
      {
        source: "baltimore-sun-omalley-detainers-2014-08-29",
        evidence: "The governor's decision applies only to the state-run jail in Baltimore",
        confidence: "high",
      },
      {
        source: "baltimore-sun-montgomery-detainers-2014-10-07",
        evidence: "issued a similar policy in August for the state-run jail in Baltimore",
        confidence: "medium",
      },
    ],
  },
  {
    id: "king-county-ordinance-17886",
    date: "2014-09-02",
    dateNote: "The Council's final action was on 2014-09-02; the ordinance was enacted on 2014-09-05.",
    category: "decision",
    kind: "ordinance",
    title: "King County stops honoring ICE holds without a judicial warrant (Ordinance 17886)",
    summary:
      "The Metropolitan King County Council amends its 2013 ordinance so that the county jail no longer honors civil immigration hold requests, holding only people named in a federal judicial warrant.",
    actor: "Metropolitan King County Council",
    actorJurisdiction: "county-53033",
    jurisdictions: ["county-53033"],
    related: ["king-county-ordinance-17706"],
    citations: [
      { source: "king-county-ordinance-17886", evidence: "Final action: 9/2/2014", confidence: "high" },
      { source: "king-county-ordinance-17886", evidence: "Enactment date: 9/5/2014 Enactment #: 17886", confidence: "high" },
      {
        source: "king-county-ordinance-17886",
        evidence: "AN ORDINANCE ending the honoring of civil immigration hold requests",
        confidence: "high",
      },
    ],
  },
  {
    id: "prince-georges-county-detainer-change",
    date: "2014-09",
    dateNote: 'The Baltimore Sun of 2014-10-07 says the county announced its change "late last month".',
    category: "decision",
    kind: "detainer-policy",
    title: "Prince George's County changes its ICE detainer policy",
    summary: "Prince George's County, Maryland, announces that it will stop treating ICE detainers the same as criminal warrants.",
    actor: "Prince George's County",
    actorJurisdiction: "county-24033",
    jurisdictions: ["county-24033"],
    citations: [
      {
        source: "baltimore-sun-montgomery-detainers-2014-10-07",
        evidence: "Prince George’s County officials announced their own policy change late last month",
        confidence: "medium",
      },
    ],
  },
  {
    id: "montgomery-county-md-detainer-change",
    date: "2014-10-07",
    category: "decision",
    kind: "detainer-policy",
    title: "Montgomery County, Maryland, honors ICE detainers only with probable cause",
    summary:
      "County Executive Isiah Leggett orders, effective at once, that Montgomery County comply only with ICE detainers supported by probable cause under the Fourth Amendment, ending blanket acceptance of them.",
    actor: "Montgomery County Executive Isiah Leggett",
    actorJurisdiction: "county-24031",
    jurisdictions: ["county-24031"],
    citations: [
      {
        source: "baltimore-sun-montgomery-detainers-2014-10-07",
        evidence: "effective immediately, Montgomery County will no longer comply with ICE detainer requests",
        confidence: "high",
      },
      {
        source: "washington-post-montgomery-probable-cause-2014-10-07",
        evidence: "Montgomery County announced Tuesday that it will no longer honor requests",
        confidence: "high",
      },
    ],
  },
  {
    id: "nyc-detainer-laws-2014",
    date: "2014-11-14",
    category: "decision",
    kind: "law",
    title: "New York City ends most cooperation with ICE detainers (Int. 486-A and 487-A)",
    summary:
      "Mayor Bill de Blasio signs two laws, passed by the City Council 41 to 6, under which the Police Department and the Department of Correction honor an ICE detainer only with a federal judge's warrant and a recent violent or serious conviction or a terrorist watch-list match; ICE also loses its office on Rikers Island.",
    actor: "New York City Council and Mayor Bill de Blasio",
    actorJurisdiction: "city-3651000",
    jurisdictions: ["city-3651000"],
    related: ["nyc-detainer-laws-2013"],
    citations: [
      {
        source: "nyc-mayor-signs-detainer-bills-2014-11-14",
        evidence: "Mayor Bill de Blasio today signed into law Introductions 486-A and 487-A",
        confidence: "high",
      },
      {
        source: "nyc-council-int-486-2014",
        evidence: "Enactment date: 11/14/2014 Law number: 2014/058",
        confidence: "high",
      },
      {
        source: "silive-council-passes-detainer-laws-2014-10",
        evidence: "approved Wednesday in a 41-to-6 vote",
        confidence: "high",
      },
    ],
  },
  {
    id: "lapd-detainer-policy",
    date: "2012-12-11",
    category: "decision",
    kind: "detainer-policy",
    title: "Los Angeles Police Commission approves limits on LAPD's ICE holds",
    summary:
      "The Los Angeles Police Commission approves Chief Charlie Beck's plan, announced in October, under which the LAPD no longer holds people arrested for low-level offenses on ICE detainers, while still honoring them for felony arrests and some others.",
    actor: "Los Angeles Board of Police Commissioners",
    actorJurisdiction: "city-0644000",
    jurisdictions: ["city-0644000", "county-06037"],
    citations: [
      {
        source: "la-times-police-commission-detainers-2012-12-11",
        evidence: "The Los Angeles Police Commission on Tuesday approved a plan",
        confidence: "high",
      },
      {
        source: "la-times-lapd-detainers-2012-10-04",
        evidence: "his department will no longer honor requests from federal immigration officials",
        confidence: "high",
      },
    ],
    dateNote: "The Los Angeles Times post is dated 2012-12-11, a Tuesday, and reports the vote as taken that Tuesday.",
  },
  {
    id: "lehigh-county-detainer-resolution",
    date: "2014-05-14",
    dateNote: 'The Morning Call article of 2014-05-14, a Wednesday, says the commissioners approved the policy "Wednesday".',
    category: "decision",
    kind: "resolution",
    title: "Lehigh County will hold people for ICE only on a judicial order",
    summary:
      "After the Third Circuit's ruling in Galarza v. Szalczyk, a case from its own jail, the Lehigh County Board of Commissioners adopts a policy of releasing people held on ICE detainers unless a judicially issued detainer, warrant or order says otherwise, while telling ICE when they are released.",
    actor: "Lehigh County Board of Commissioners",
    actorJurisdiction: "county-42077",
    jurisdictions: ["county-42077"],
    citations: [
      {
        source: "morning-call-lehigh-detainers-2014-05-14",
        evidence: "county commissioners approved the new policy Wednesday",
        confidence: "high",
      },
      {
        source: "morning-call-lehigh-detainers-2014-05-14",
        evidence: "Lehigh County will no longer cooperate with federal requests",
        confidence: "high",
      },
    ],
  },
  {
    id: "bernalillo-county-detainer-change",
    date: "2014-08",
    dateNote: "The AP report is of 2014-08-29 and gives no day for the change.",
    category: "decision",
    kind: "detainer-policy",
    title: "Bernalillo County stops jailing inmates on immigration requests alone",
    summary:
      "Bernalillo County, New Mexico, announces that its Metropolitan Detention Center will no longer keep inmates who have posted bail merely because immigration authorities ask, though it will still tell federal agents of release orders.",
    actor: "Bernalillo County",
    actorJurisdiction: "county-35001",
    jurisdictions: ["county-35001"],
    citations: [
      {
        source: "kanw-bernalillo-immigration-checks-2014-08-29",
        evidence: "New Mexico's most populous county no longer will keep inmates in jail",
        confidence: "high",
      },
    ],
  },
  {
    id: "milwaukee-county-detainer-resolution",
    date: "2012-05-24",
    dateNote:
      'A report of 2012-05-25 (a Friday) says the board voted "On Thursday"; the county executive signed the resolution on 2012-06-04, by the same writer\'s report of that day.',
    category: "decision",
    kind: "resolution",
    title: "Milwaukee County Board votes to limit the ICE detainers its jail honors",
    summary:
      "By 14 votes to 4, the Milwaukee County Board adopts a resolution directing the sheriff to decline ICE detainer requests except for people with certain criminal records, pending charges or warrants, or suspected gang or terrorist ties. Sheriff David Clarke, separately elected, kept honoring detainers.",
    actor: "Milwaukee County Board of Supervisors",
    actorJurisdiction: "county-55079",
    jurisdictions: ["county-55079"],
    citations: [
      {
        source: "hispanic-news-network-milwaukee-detainer-vote-2012-05-25",
        evidence: "On Thursday, the Milwaukee County Board on a vote of 14-4 approved",
        confidence: "high",
      },
      {
        source: "hispanic-news-network-milwaukee-abele-signs-2012-06-04",
        evidence: "Milwaukee County Executive Chris Abele signed a resolution",
        confidence: "medium",
      },
      {
        source: "reveal-milwaukee-follows-immigration-law-2017",
        evidence: "By honoring such detainer requests – and ignoring county policy – Clarke",
        confidence: "medium",
      },
    ],
  },
  {
    id: "sedgwick-county-detainer-change",
    date: "2014-06-11",
    category: "decision",
    kind: "detainer-policy",
    title: "Sedgwick County's jail stops honoring ICE detainer requests",
    summary:
      "Sedgwick County Sheriff Jeff Easter says the county jail will no longer hold inmates past the end of their sentences at ICE's request, citing the liability the Galarza ruling exposed.",
    actor: "Sedgwick County Sheriff Jeff Easter",
    actorJurisdiction: "county-20173",
    jurisdictions: ["county-20173"],
    dateNote: "The Wichita Eagle article is dated June 11, 2014, a Wednesday, and reports the sheriff's statement as made that Wednesday.",
    citations: [
      {
        source: "wichita-eagle-sedgwick-detainers-2014-06-11",
        evidence: "Sheriff Jeff Easter said Wednesday the Sedgwick County Jail will no longer",
        confidence: "high",
      },
    ],
  },
  {
    id: "finney-county-detainer-change",
    date: "2014-06",
    dateNote:
      "The sheriff's statement is undated; the ACLU of Kansas reported his position on 2014-06-09 and the AP on 2014-06-10, so the statement came no later than 2014-06-09.",
    category: "decision",
    kind: "detainer-policy",
    title: "Finney County's sheriff will honor immigration holds only with supporting documents",
    summary:
      "Following an ACLU letter warning Kansas sheriffs of possible lawsuits, Finney County Sheriff Kevin Bascue says his jail will keep someone on an immigration hold only after ICE supplies charging papers such as a Notice to Appear, or once a warrant for removal proceedings has been served.",
    actor: "Finney County Sheriff Kevin Bascue",
    actorJurisdiction: "county-20055",
    jurisdictions: ["county-20055"],
    citations: [
      {
        source: "western-kansas-news-finney-holds-2014-06",
        evidence: "Immigration holds will be honored when our office receives a Notice",
        confidence: "medium",
      },
      {
        source: "aclu-kansas-counties-holds-2014-06-09",
        evidence: "the sheriffs in Johnson and Finney Counties have indicated",
        confidence: "medium",
      },
      {
        source: "washington-times-ap-kansas-counties-2014-06-10",
        evidence: "sheriff’s departments in Shawnee, Johnson and Finney counties will require probable cause",
        confidence: "medium",
      },
    ],
  },
  {
    id: "la-county-sheriff-detainers-2012",
    date: "2012-12-05",
    dateNote:
      "The Los Angeles Times post of 2012-12-05, a Wednesday, says the sheriff spoke Wednesday; the Press-Enterprise of 2012-12-07 likewise puts it the day after the Attorney General's bulletin of Tuesday 2012-12-04. The day the new practice took effect was not found.",
    category: "decision",
    kind: "detainer-policy",
    title: "Los Angeles County's sheriff announces he will stop ICE holds on some low-level offenders",
    summary:
      "Sheriff Lee Baca announces that his department will stop honoring ICE requests to hold people arrested for misdemeanors, dropping his earlier view that the requests were mandatory, a day after Attorney General Kamala Harris advised that compliance was up to each agency. His staff still had to work out the details, so the change was not immediate.",
    actor: "Los Angeles County Sheriff Lee Baca",
    actorJurisdiction: "county-06037",
    jurisdictions: ["county-06037"],
    note: "An announcement of a policy still to be drafted; it might take effect only in early 2013.",
    citations: [
      {
        source: "la-times-baca-blog-2012-12-05",
        evidence: "Lee Baca said Wednesday he will no longer honor requests",
        confidence: "high",
      },
      {
        source: "la-times-baca-blog-2012-12-05",
        evidence: "The change may not take effect immediately.",
        confidence: "high",
      },
      {
        source: "egp-news-baca-changes-stance-2012-12",
        evidence: "The change may not take effect until early next year",
        confidence: "medium",
      },
      {
        source: "press-enterprise-immigration-hold-talks-2012-12-07",
        evidence: "Sheriff Lee Baca said he would stop putting immigration holds",
        confidence: "high",
      },
    ],
  },
  {
    id: "lane-county-detainer-change",
    date: "2014-04-21",
    category: "decision",
    kind: "detainer-policy",
    title: "Lane County's jail stops holding inmates on ICE detainers without a warrant",
    summary:
      "The Lane County Jail in Oregon says it will stop keeping inmates on ICE detainers unless a warrant or court order backs them, ending its practice of holding people up to four hours as a courtesy to ICE; it will still tell ICE when someone with a detainer is in custody.",
    actor: "Lane County Sheriff's Office",
    actorJurisdiction: "county-41039",
    jurisdictions: ["county-41039"],
    citations: [
      {
        source: "eugene-weekly-lane-county-holds-2014-04-24",
        evidence: "The Lane County Jail announced on April 21 that it will",
        confidence: "high",
      },
      {
        source: "klcc-lane-county-holds-2014-04-23",
        evidence: "Lane County Will No Longer Hold Inmates For Federal Immigration Officials",
        confidence: "high",
      },
    ],
  },
  {
    id: "polk-county-or-detainer-change",
    date: "2014-04",
    dateNote: oregonRuling,
    category: "decision",
    kind: "detainer-policy",
    title: "Polk County, Oregon, stops ICE detainer holds",
    summary: "Polk County, Oregon, is among the counties that stop holding people on ICE detainers after the Clackamas ruling.",
    actor: "Polk County Sheriff's Office",
    actorJurisdiction: "county-41053",
    jurisdictions: ["county-41053"],
    citations: [
      {
        source: "eugene-weekly-lane-county-holds-2014-04-24",
        evidence: "Washington, Marion and Polk counties have all stopped the ICE detainers.",
        confidence: "medium",
      },
      {
        source: "statesman-journal-marion-polk-end-holds-2014-04-20",
        evidence: "county sheriffs announced this week",
        confidence: "high",
      },
    ],
  },
  {
    id: "riverside-county-detainer-change",
    date: "2014",
    dateNote:
      "The change came between the Oregon ruling of 2014-04-11 and the Press-Enterprise report of 2014-05-15, which gives no day; only the year is recorded.",
    category: "decision",
    kind: "detainer-policy",
    title: "Riverside County stops honoring ICE requests to hold jail inmates",
    summary:
      "The Riverside County Sheriff's Department, worried about being sued, stops keeping jail inmates for possible deportation at ICE's request after the Oregon ruling.",
    actor: "Riverside County Sheriff's Department",
    actorJurisdiction: "county-06065",
    jurisdictions: ["county-06065"],
    citations: [
      {
        source: "press-enterprise-inland-holds-stopped-2014-05-15",
        evidence: "Riverside and San Bernardino counties have stopped honoring federal immigration authorities’ requests",
        confidence: "high",
      },
    ],
  },
  {
    id: "san-bernardino-county-detainer-change",
    date: "2014-05-12",
    dateNote:
      "The San Bernardino Sun of 2014-05-19 gives May 12 as the day of the suspension, describing it as a halt to holding inmates for ICE (it uses the name 287(g) for that arrangement).",
    category: "decision",
    kind: "detainer-policy",
    title: "San Bernardino County suspends all ICE holds",
    summary:
      "The San Bernardino County Sheriff's Department suspends all ICE holds until there is a binding decision on the legality of detainers.",
    actor: "San Bernardino County Sheriff's Department",
    actorJurisdiction: "county-06071",
    jurisdictions: ["county-06071"],
    citations: [
      {
        source: "press-enterprise-inland-holds-stopped-2014-05-15",
        evidence: "All holds are suspended until there’s a legally binding decision",
        confidence: "high",
      },
      {
        source: "sb-sun-inland-holds-probable-cause-2014-05-19",
        evidence: "As of May 12, the San Bernardino County Sheriff’s Department suspended",
        confidence: "medium",
      },
    ],
  },
  {
    id: "alameda-county-detainer-change",
    date: "2014-05-21",
    dateNote:
      "CBS San Francisco (2014-05-22, a Thursday) dates the jail memo 'Wednesday', i.e. 2014-05-21; Pangea Legal Services gives May 21, 2014.",
    category: "decision",
    kind: "detainer-policy",
    title: "Alameda County sheriff stops holding people on ICE detainers alone",
    summary:
      "The Alameda County Sheriff's Office orders its jails to release everyone held only on an immigration detainer and to stop accepting ICE detainer requests; Sheriff Greg Ahern says holds will be honored only when a judge has ordered them. People facing pending criminal cases are not affected.",
    actor: "Alameda County Sheriff Gregory J. Ahern",
    actorJurisdiction: "county-06001",
    jurisdictions: ["county-06001"],
    note: "The written order was a memo by sheriff's Capt. Colby Staysa to jail staff; ICE kept access to the jail.",
    citations: [
      {
        source: "cbs-sf-alameda-detainers-2014-05-22",
        evidence: "The Alameda County Sheriff’s Office will no longer honor requests",
        confidence: "high",
      },
      {
        source: "cbs-sf-alameda-detainers-2014-05-22",
        evidence: "In a memo Wednesday, sheriff’s Capt. Colby Staysa ordered",
        confidence: "high",
      },
      {
        source: "mercurynews-east-bay-sheriffs-release-immigrants-2014-05-21",
        evidence: "We’re not going to be honoring the ICE holds unless they’re backed",
        confidence: "high",
      },
      {
        source: "pangea-alameda-contra-costa-detainers-2014-05-23",
        evidence: "On May 21, 2014, Alameda County Sheriff Greg Ahern",
        confidence: "medium",
      },
    ],
  },
  {
    id: "alameda-county-sheriff-january-2014-order",
    date: "2014-01",
    dateNote:
      "The LCCR release speaks of the sheriff's 'January memorandum'; the Mercury News of 2014-05-21 of an order 'earlier this year'. The sheriff's General Order 1.24 gives its issue date as January 1, 2014.",
    category: "decision",
    kind: "detainer-policy",
    title: "Alameda County sheriff narrows which ICE holds his jails will honor",
    summary:
      "At the start of 2014, as the TRUST Act took effect, Alameda County Sheriff Greg Ahern issued an order limiting the ICE hold requests his jails would agree to, so that federal agents could pick up only people with the most serious criminal records.",
    actor: "Alameda County Sheriff Gregory J. Ahern",
    actorJurisdiction: "county-06001",
    jurisdictions: ["county-06001"],
    note: "The 2014 text of the order was not found; the stored General Order 1.24 is the 2017 revision, so what exactly the January 2014 order allowed is known only from the news and advocacy descriptions. Precedes alameda-county-detainer-change (2014-05-21).",
    citations: [
      {
        source: "mercurynews-east-bay-sheriffs-release-immigrants-2014-05-21",
        evidence: "earlier this year with an order that freed many immigrants",
        confidence: "medium",
      },
      {
        source: "lccr-alameda-sheriff-ice-holds-2014-05",
        evidence: "builds on his January memorandum, which limited when Alameda County would assent",
        confidence: "medium",
      },
      {
        source: "alameda-sheriff-general-order-1-24",
        evidence: "ISSUE DATE: January 1, 2014",
        confidence: "low",
      },
    ],
  },
  {
    id: "san-mateo-county-detainer-change",
    date: "2014-05-22",
    dateNote:
      "The San Francisco Examiner says the policy took effect May 22; the Almanac (2014-06-18) says 'As of May 23'. The earlier day is kept.",
    category: "decision",
    kind: "detainer-policy",
    title: "San Mateo County sheriff stops honoring most ICE holds",
    summary:
      "The San Mateo County Sheriff's Office changes its jail policy so that people due for release are let go despite ICE hold requests, except in rare cases of serious public-safety concern that the sheriff's executive staff must approve one by one.",
    actor: "San Mateo County Sheriff Greg Munks",
    actorJurisdiction: "county-06081",
    jurisdictions: ["county-06081"],
    note: "The sources disagree by one day on the effective date (May 22 or 23). Unlike Alameda and Contra Costa, the policy keeps a case-by-case exception.",
    citations: [
      {
        source: "sf-examiner-san-mateo-ice-holds-2014-05",
        evidence: "The new San Mateo County policy took effect May 22.",
        confidence: "high",
      },
      {
        source: "almanac-san-mateo-sheriff-policy-2014-06-18",
        evidence: "As of May 23, immigrants eligible for release after being arrested",
        confidence: "high",
      },
    ],
  },
  {
    id: "santa-cruz-county-detainer-change",
    date: "2014-05",
    dateNote: "Reported by the Santa Cruz Sentinel on 2014-05-12, which gives no day for the change itself.",
    category: "decision",
    kind: "detainer-policy",
    title: "Santa Cruz County sheriff stops holding people on ICE detainers alone",
    summary:
      "Citing the risk of lawsuits after the Oregon ruling, Santa Cruz County Sheriff Phil Wowak says his jail no longer keeps anyone solely because of an ICE detainer; some other offense must justify custody.",
    actor: "Santa Cruz County Sheriff Phil Wowak",
    actorJurisdiction: "county-06087",
    jurisdictions: ["county-06087"],
    citations: [
      {
        source: "santa-cruz-sentinel-immigration-holds-2014-05-12",
        evidence: "we are no longer holding someone solely on an ICE detainer",
        confidence: "high",
      },
      {
        source: "santa-cruz-sentinel-immigration-holds-2014-05-12",
        evidence: "Santa Cruz County will no longer honor federal immigration holds",
        confidence: "high",
      },
    ],
  },
  {
    id: "monterey-county-detainer-change",
    date: "2014-05-13",
    dateNote:
      "The Salinas Californian of 2014-05-14 (a Wednesday) says Sheriff Miller announced it 'Tuesday', 2014-05-13, and that the change took effect that week.",
    category: "decision",
    kind: "detainer-policy",
    title: "Monterey County jail stops honoring routine ICE detention requests",
    summary:
      "Monterey County Sheriff Scott Miller says the county jail will no longer honor ordinary ICE requests to hold inmates, following the April 2014 Oregon ruling; the change builds on a TRUST Act-style order he issued in January.",
    actor: "Monterey County Sheriff Scott Miller",
    actorJurisdiction: "county-06053",
    jurisdictions: ["county-06053"],
    citations: [
      {
        source: "salinas-californian-monterey-ice-holds-2014-05-14",
        evidence: "will no longer honor routine Immigration and Customs Enforcement requests for detention",
        confidence: "high",
      },
      {
        source: "salinas-californian-monterey-ice-holds-2014-05-14",
        evidence: "Miller said Tuesday the change in policy took effect this week.",
        confidence: "high",
      },
      {
        source: "santa-cruz-sentinel-immigration-holds-2014-05-12",
        evidence: "Wowak said Monterey County also has changed its policy",
        confidence: "medium",
      },
    ],
  },
  {
    id: "monterey-county-general-order-14-01",
    date: "2014-01-31",
    dateNote: "The Monterey County Herald (2014-02-06) says the order took effect Jan. 31.",
    category: "decision",
    kind: "detainer-policy",
    title: "Monterey County sheriff's General Order 14-01 limits immigration cooperation",
    summary:
      "Sheriff Scott Miller signs General Order 14-01, written to carry out the TRUST Act: deputies stop joining ICE sweeps, may help ICE only on request in emergencies or criminal cases, and may not stop or hold anyone on immigration status alone.",
    actor: "Monterey County Sheriff Scott Miller",
    actorJurisdiction: "county-06053",
    jurisdictions: ["county-06053"],
    note: "The Herald headlines it as limiting immigration holds, but the passages seen describe sweeps, contacts and detentions; how the order treated ICE detainers in the jail beyond the TRUST Act's minimum is not stated in the passages read. Precedes monterey-county-detainer-change (2014-05-13).",
    citations: [
      {
        source: "monterey-herald-sheriff-limits-holds-2014-02-06",
        evidence: "an order signed by Sheriff Scott Miller and effective Jan. 31",
        confidence: "high",
      },
      {
        source: "salinas-californian-general-order-14-01-2014-02-07",
        evidence: "General Order No: 14-01 puts it plainly",
        confidence: "high",
      },
    ],
  },
  {
    id: "sonoma-county-interim-detainer-policy",
    date: "2014-01",
    dateNote:
      "The interim policy is labelled version 01.01.14 and was published in the sheriff's alert of 2014-01-19; the Press Democrat reported it in January 2014. The exact day it took effect is not given.",
    category: "decision",
    kind: "detainer-policy",
    title: "Sonoma County sheriff adopts an interim policy ending automatic ICE holds",
    summary:
      "Sheriff Steve Freitas, a former opponent of the TRUST Act, issues an interim jail policy under which people are no longer kept automatically on every ICE hold, and invites public comment on a final version. In its first weeks the jail turned down most of the holds ICE requested.",
    actor: "Sonoma County Sheriff Steve Freitas",
    actorJurisdiction: "county-06097",
    jurisdictions: ["county-06097"],
    citations: [
      {
        source: "watchsonoma-freitas-shifting-stance-2014-01",
        evidence: "he has issued an interim policy that ends the practice",
        confidence: "high",
      },
      {
        source: "nixle-sonoma-sheriff-trust-act-meeting-2014-01-19",
        evidence: "create a temporary policy regarding his implementation of the Trust Act",
        confidence: "high",
      },
      {
        source: "press-democrat-trust-act-sonoma-holds-2014-02",
        evidence: "his office's rejection of 28 of the 38 federal holds",
        confidence: "medium",
      },
    ],
  },
  {
    id: "sonoma-county-detainer-change",
    date: "2014-05-07",
    dateNote:
      "The Press Democrat reports a letter to ICE dated May 7; the year (2014) is inferred from the letter's citing Galarza v. Szalczyk (March 2014) and from CBS San Francisco of 2014-06-06 calling the announcement recent.",
    category: "decision",
    kind: "detainer-policy",
    title: "Sonoma County sheriff tells ICE the jail will honor holds only with probable cause",
    summary:
      "In a letter to ICE's San Francisco field office, Sheriff Steve Freitas says his jail will stop honoring immigration hold requests unless they are backed by probable cause such as an arrest warrant, citing recent court rulings that detainers are voluntary.",
    actor: "Sonoma County Sheriff Steve Freitas",
    actorJurisdiction: "county-06097",
    jurisdictions: ["county-06097"],
    note: "Follows the interim policy recorded as sonoma-county-interim-detainer-policy (January 2014).",
    citations: [
      {
        source: "press-democrat-freitas-may-7-letter-2014-05",
        evidence: "no longer honor requests for an immigration hold in the local jail",
        confidence: "high",
      },
      {
        source: "press-democrat-freitas-may-7-letter-2014-05",
        evidence: "In a May 7 letter to ICE assistant field office director",
        confidence: "high",
      },
      {
        source: "cbs-sf-napa-immigration-holds-2014-06-06",
        evidence: "Sonoma County Sheriff Steve Freitas recently announced",
        confidence: "medium",
      },
    ],
  },
  {
    id: "napa-county-detainer-change",
    date: "2014-06",
    dateNote: "CBS San Francisco of Friday 2014-06-06 says the jail director announced it 'this week' (2014-06-02 to 06-06).",
    category: "decision",
    kind: "detainer-policy",
    title: "Napa County jail stops holding inmates for ICE without probable cause",
    summary:
      "The Napa County Department of Corrections, which runs the county jail, decides not to keep inmates past their release date for ICE unless a court has found probable cause, following the Oregon ruling and ICE's own statement that its holds are not mandatory.",
    actor: "Napa County Department of Corrections Director Lenard Vare",
    actorJurisdiction: "county-06055",
    jurisdictions: ["county-06055"],
    note: "In Napa County the jail is run by a county Department of Corrections, not the sheriff.",
    citations: [
      {
        source: "cbs-sf-napa-immigration-holds-2014-06-06",
        evidence: "The Napa County Department of Corrections is the latest California county",
        confidence: "high",
      },
      {
        source: "cbs-sf-napa-immigration-holds-2014-06-06",
        evidence: "the jail's director Lenard Vare said this week",
        confidence: "high",
      },
      {
        source: "patch-sonoma-napa-jails-holds-2014-06",
        evidence: "will no longer detain inmates past their release date",
        confidence: "high",
      },
    ],
  },
  {
    id: "san-joaquin-county-detainer-change",
    date: "2014-06-02",
    dateNote:
      "The Record (2014-06-09) quotes the Sheriff's Office statement of June 2; the Modesto Bee of 2014-06-06 says the county acted 'this week'.",
    category: "decision",
    kind: "detainer-policy",
    title: "San Joaquin County sheriff releases everyone held only on ICE detainers",
    summary:
      "Sheriff Steve Moore issues an interim directive that inmates held solely on an immigration detainer be released at once and that no one be kept on a detainer after becoming eligible for release; judge-signed arrest warrants are still honored. The office cites the Oregon and Pennsylvania court rulings.",
    actor: "San Joaquin County Sheriff Steve Moore",
    actorJurisdiction: "county-06077",
    jurisdictions: ["county-06077"],
    note: "The directive was to stand until the jail's booking policy 4.1.1 was revised.",
    citations: [
      {
        source: "record-san-joaquin-immigration-detainees-2014-06-09",
        evidence: "the June 2 statement from the Sheriff's Office said",
        confidence: "high",
      },
      {
        source: "modbee-stanislaus-merced-weigh-holds-2014-06-06",
        evidence: "San Joaquin County this week joined a growing list",
        confidence: "high",
      },
      {
        source: "escalon-times-sj-jail-hold-policy",
        evidence: "The San Joaquin County Jail will no longer honor immigration detainers",
        confidence: "high",
      },
    ],
  },
  {
    id: "sutter-county-detainer-change",
    date: "2014-05-06",
    category: "decision",
    kind: "detainer-policy",
    title: "Sutter County jail stops holding people on ICE detainers alone",
    summary:
      "A command order of the Sutter County Sheriff's Office jail division directs staff, effective at once, not to keep inmates or arrestees solely on ICE holds, while still notifying ICE of possible immigration violations.",
    actor: "Sutter County Sheriff's Office (Jail Division Commander Capt. Dave Samson)",
    actorJurisdiction: "county-06101",
    jurisdictions: ["county-06101"],
    note: "Known only from a copy of Command Order #05-2014 reproduced on studylib.net; no news report was found.",
    citations: [
      {
        source: "sutter-command-order-05-2014",
        evidence: "The Sutter County Sheriff’s Office will no longer hold inmates",
        confidence: "high",
      },
      {
        source: "sutter-command-order-05-2014",
        evidence: "COMMAND ORDER #05-2014 (JAIL)",
        confidence: "high",
      },
    ],
  },
  {
    id: "la-county-sheriff-detainer-change-2014",
    date: "2014-05",
    dateNote:
      "The Los Angeles Times of 2014-06-01 says the county stopped complying 'in recent weeks'; OC Weekly of 2014-06-05 says Los Angeles had already ended the holds. No day is given.",
    category: "decision",
    kind: "detainer-policy",
    title: "Los Angeles County Sheriff's Department stops complying with ICE detainers",
    summary:
      "After the Oregon ruling, the Los Angeles County Sheriff's Department, whose jails received many ICE detainers each day, stops holding inmates past their release for immigration agents; it continues to tell ICE when inmates it is interested in are released.",
    actor: "Los Angeles County Sheriff's Department",
    actorJurisdiction: "county-06037",
    jurisdictions: ["county-06037"],
    note: "The sheriff in office is not named in the sources seen. The notification practice is from the Orange County Register of late June 2014, citing a Los Angeles sheriff's spokeswoman. Goes beyond the 2012 partial limit already recorded as la-county-sheriff-detainers-2012.",
    citations: [
      {
        source: "la-times-local-federal-odds-holds-2014-06-01",
        evidence: "the decision of the Los Angeles County Sheriff's Department to stop complying",
        confidence: "high",
      },
      {
        source: "la-times-local-federal-odds-holds-2014-06-01",
        evidence: "In recent weeks, officials in counties including Los Angeles",
        confidence: "high",
      },
      {
        source: "oc-weekly-oc-sheriff-immigration-holds-2014-06-05",
        evidence: "Los Angeles, San Bernardino and about a dozen other counties",
        confidence: "medium",
      },
      {
        source: "chirla-sheriff-gets-it-right-2014-06",
        evidence: "the Los Angeles County Sheriff finally joins others",
        confidence: "medium",
      },
      {
        source: "oc-register-oc-sheriff-ends-all-holds-2014-06",
        evidence: "The Los Angeles Sheriff’s Office also notifies ICE agents",
        confidence: "medium",
      },
    ],
  },
  {
    id: "lapd-detainer-change-2014",
    date: "2014-07-07",
    dateNote: "The Los Angeles Times post of 2014-07-08 says Mayor Garcetti announced it 'Monday', 2014-07-07.",
    category: "decision",
    kind: "detainer-policy",
    title: "LAPD stops holding people for ICE without a court order or warrant",
    summary:
      "Mayor Eric Garcetti announces that the Los Angeles Police Department no longer keeps arrestees past their release for immigration agents unless a judge has reviewed the request, going beyond the department's 2012 limits that covered only low-level offenses.",
    actor: "Los Angeles Police Department",
    actorJurisdiction: "city-0644000",
    jurisdictions: ["city-0644000"],
    note: "Announced by Mayor Eric Garcetti; the Santa Barbara Independent attributes the announcement to Police Chief Charlie Beck. Either could be recorded as the actor. Goes beyond the 2012 policy recorded as lapd-detainer-policy.",
    citations: [
      {
        source: "la-times-lapd-detention-requests-2014-07-08",
        evidence: "Mayor Eric Garcetti announced Monday alongside a cheering crowd",
        confidence: "high",
      },
      {
        source: "la-times-lapd-detention-requests-2014-07-08",
        evidence: "unless a judge has vetted the request",
        confidence: "high",
      },
      {
        source: "sb-independent-counties-ending-holds-2014-07",
        evidence: "Los Angeles Police Chief Charlie Beck announced his department",
        confidence: "medium",
      },
    ],
  },
  {
    id: "santa-barbara-county-detainer-change",
    date: "2014-05-28",
    dateNote:
      "The Santa Barbara Independent gives 'effective May 28'; the year follows from its placing the Oregon ruling 'the month before' and reporting the LAPD change of July 2014 as 'This week'.",
    category: "decision",
    kind: "detainer-policy",
    title: "Santa Barbara County sheriff quietly ends ICE holds",
    summary:
      "Without public announcement, Santa Barbara County Sheriff Bill Brown stops keeping jail inmates for 48 extra hours at ICE's request, after the Oregon court ruling; ICE had asked for such holds on 611 county jail inmates.",
    actor: "Santa Barbara County Sheriff Bill Brown",
    actorJurisdiction: "county-06083",
    jurisdictions: ["county-06083"],
    note: "KEYT says holds now require a federal warrant. The period covered by the 611 figure is not stated.",
    citations: [
      {
        source: "sb-independent-counties-ending-holds-2014-07",
        evidence: "effective May 28, County Sheriff Bill Brown has stopped holding immigrants",
        confidence: "high",
      },
      {
        source: "keyt-sb-jail-holds-without-warrant-2014",
        evidence: "That policy changed in the wake of an April Federal Court ruling",
        confidence: "high",
      },
    ],
  },
  {
    id: "santa-ana-police-detainer-policy-2013",
    date: "2013-08-27",
    dateNote:
      "The Orange County Register says the policy was announced 'Tuesday' at the council's public safety committee; El Don News places that meeting on Aug. 27 (2013-08-27, a Tuesday) and says the policy changed that day.",
    category: "decision",
    kind: "detainer-policy",
    title: "Santa Ana police stop automatically honoring ICE detainers at the city jail",
    summary:
      "The Santa Ana Police Department, which runs the city jail, adopts a policy under which ICE detainers are no longer honored automatically: supervisors weigh the charge, criminal history and risk to the public, and people held on low-level offenses who pose no danger are not kept for ICE.",
    actor: "Santa Ana Police Department (acting Chief Carlos Rojas)",
    actorJurisdiction: "city-0669000",
    jurisdictions: ["city-0669000"],
    note: "A case-by-case limit, not a full stop. It did not touch the city's separate contract to house ICE detainees in the jail. The policy cites the Attorney General's bulletin of 2012-12-04.",
    citations: [
      {
        source: "oc-register-santa-ana-detention-policy-2013-08",
        evidence: "will no longer automatically honor requests from immigration officials",
        confidence: "high",
      },
      {
        source: "oc-register-santa-ana-detention-policy-2013-08",
        evidence: "The policy was announced Tuesday at a meeting",
        confidence: "high",
      },
      {
        source: "el-don-santa-ana-detainment-policy-2013-09-14",
        evidence: "before a public safety committee meeting Aug. 27",
        confidence: "medium",
      },
      {
        source: "el-don-santa-ana-detainment-policy-2013-09-14",
        evidence: "The detainment policy changed the same day as the protest.",
        confidence: "medium",
      },
      {
        source: "sapd-ice-detainer-policy-scribd",
        evidence: "jail staff will not honor detainers on individuals charged with low-level offenses",
        confidence: "high",
      },
    ],
  },
  {
    id: "berkeley-council-detainer-policy-2012",
    date: "2012-10-30",
    dateNote: "The council voted 'Tuesday' (Daily Californian and Berkeleyside, both 2012-10-31); BOCA gives Tuesday, October 30.",
    category: "decision",
    kind: "detainer-policy",
    title: "Berkeley City Council bars its police from honoring ICE detainers",
    summary:
      "The Berkeley City Council unanimously rejects the police chief's proposal to honor ICE detainers for repeat serious felons and instead adopts a policy that the Berkeley Police Department will not honor ICE detainer requests at the city jail at all.",
    actor: "Berkeley City Council",
    actorJurisdiction: "city-0606000",
    jurisdictions: ["city-0606000"],
    note: "Berkeleyside notes most Berkeley arrestees were then passed to the county, which did cooperate with ICE.",
    citations: [
      {
        source: "daily-cal-berkeley-detainers-2012-10-31",
        evidence: "unanimously voting to revoke a policy requiring Berkeley Police Department to hold",
        confidence: "high",
      },
      {
        source: "berkeleyside-berkeley-says-no-detainers-2012-10-31",
        evidence: "the Berkeley City Council voted unanimously Tuesday night to decline requests",
        confidence: "high",
      },
      {
        source: "boca-berkeley-says-no-ice-detainers-2012-10-31",
        evidence: "On Tuesday, October 30, the Berkeley City Council unanimously approved",
        confidence: "medium",
      },
    ],
  },
  {
    id: "wasco-county-detainer-change",
    date: "2014-04",
    dateNote:
      "The day is not given. The AP report credited 2014-04-17 already names the regional jail's change, and the Oregonian says more Oregon counties followed the Wednesday metro-area announcements on Thursday (2014-04-17); the month is certain.",
    category: "decision",
    kind: "detainer-policy",
    title: "Wasco County, Oregon, stops ICE detainer holds at the regional jail",
    summary:
      "The Wasco County sheriff's office joins the Portland-area counties in ending the practice of keeping suspected undocumented inmates in jail for ICE once their local charges are cleared, following the Clackamas County ruling. Its prisoners are held at the NORCOR regional jail in The Dalles.",
    actor: "Wasco County Sheriff's Office",
    actorJurisdiction: "county-41065",
    jurisdictions: ["county-41065"],
    note: "Wasco, Sherman, Gilliam and Hood River counties share one jail, the Northern Oregon Regional Corrections Facility (NORCOR) in The Dalles; the AP reported the change as the regional jail's. Wheeler County, which uses NORCOR or Grant County's jail and has none of its own, was said to be affected by the change; no decision of its own was found. KLCC reported in 2018 that the regional jail had in fact gone on honoring ICE detainers until it changed its policy in April 2018, after a lawsuit: the decision of 2014 is recorded as reported then, and what the jail did under it is in doubt.",
    citations: [
      {
        source: "oregonian-six-oregon-counties-join-2014-04",
        evidence: "Sheriff's offices in Deschutes, Wasco, Sherman, Gilliam and Hood River counties",
        confidence: "high",
      },
      {
        source: "lexisnexis-ap-oregon-ruling-halt-detainers-2014-04-18",
        evidence: "The regional jail that serves Hood River, Wasco, Gilliam, and Sherman counties",
        confidence: "high",
      },
      {
        source: "oregonian-50-holds-lifted-multnomah-2014-04",
        evidence: "More Oregon counties followed on Thursday.",
        confidence: "medium",
      },
      {
        source: "klcc-norcor-changes-immigration-policy-2018-05-08",
        evidence: "until recently, NORCOR also honored ICE detainers",
        confidence: "medium",
      },
    ],
  },
  {
    id: "sherman-county-detainer-change",
    date: "2014-04",
    dateNote:
      "The day is not given. The AP report credited 2014-04-17 already names the regional jail's change, and the Oregonian says more Oregon counties followed the Wednesday metro-area announcements on Thursday (2014-04-17); the month is certain.",
    category: "decision",
    kind: "detainer-policy",
    title: "Sherman County, Oregon, stops ICE detainer holds at the regional jail",
    summary:
      "The Sherman County sheriff's office joins the Portland-area counties in ending the practice of keeping suspected undocumented inmates in jail for ICE once their local charges are cleared, following the Clackamas County ruling. Its prisoners are held at the NORCOR regional jail in The Dalles.",
    actor: "Sherman County Sheriff's Office",
    actorJurisdiction: "county-41055",
    jurisdictions: ["county-41055"],
    note: "Wasco, Sherman, Gilliam and Hood River counties share one jail, the Northern Oregon Regional Corrections Facility (NORCOR) in The Dalles; the AP reported the change as the regional jail's. Wheeler County, which uses NORCOR or Grant County's jail and has none of its own, was said to be affected by the change; no decision of its own was found. KLCC reported in 2018 that the regional jail had in fact gone on honoring ICE detainers until it changed its policy in April 2018, after a lawsuit: the decision of 2014 is recorded as reported then, and what the jail did under it is in doubt.",
    citations: [
      {
        source: "oregonian-six-oregon-counties-join-2014-04",
        evidence: "Sheriff's offices in Deschutes, Wasco, Sherman, Gilliam and Hood River counties",
        confidence: "high",
      },
      {
        source: "lexisnexis-ap-oregon-ruling-halt-detainers-2014-04-18",
        evidence: "The regional jail that serves Hood River, Wasco, Gilliam, and Sherman counties",
        confidence: "high",
      },
      {
        source: "oregonian-50-holds-lifted-multnomah-2014-04",
        evidence: "More Oregon counties followed on Thursday.",
        confidence: "medium",
      },
      {
        source: "klcc-norcor-changes-immigration-policy-2018-05-08",
        evidence: "until recently, NORCOR also honored ICE detainers",
        confidence: "medium",
      },
    ],
  },
  {
    id: "gilliam-county-detainer-change",
    date: "2014-04",
    dateNote:
      "The day is not given. The AP report credited 2014-04-17 already names the regional jail's change, and the Oregonian says more Oregon counties followed the Wednesday metro-area announcements on Thursday (2014-04-17); the month is certain.",
    category: "decision",
    kind: "detainer-policy",
    title: "Gilliam County, Oregon, stops ICE detainer holds at the regional jail",
    summary:
      "Gilliam County's sheriff, then president of the Oregon State Sheriffs' Association, says his office is ending ICE detainer holds after the Clackamas County ruling, saying the decision leaves sheriffs little choice. Gilliam County's prisoners are held at the NORCOR regional jail in The Dalles.",
    actor: "Gilliam County Sheriff Gary Bettencourt",
    actorJurisdiction: "county-41021",
    jurisdictions: ["county-41021"],
    note: "Wasco, Sherman, Gilliam and Hood River counties share one jail, the Northern Oregon Regional Corrections Facility (NORCOR) in The Dalles; the AP reported the change as the regional jail's. Wheeler County, which uses NORCOR or Grant County's jail and has none of its own, was said to be affected by the change; no decision of its own was found. KLCC reported in 2018 that the regional jail had in fact gone on honoring ICE detainers until it changed its policy in April 2018, after a lawsuit: the decision of 2014 is recorded as reported then, and what the jail did under it is in doubt.",
    citations: [
      {
        source: "oregonian-six-oregon-counties-join-2014-04",
        evidence: "Sheriff's offices in Deschutes, Wasco, Sherman, Gilliam and Hood River counties",
        confidence: "high",
      },
      {
        source: "lexisnexis-ap-oregon-ruling-halt-detainers-2014-04-18",
        evidence: "The regional jail that serves Hood River, Wasco, Gilliam, and Sherman counties",
        confidence: "high",
      },
      {
        source: "oregonian-50-holds-lifted-multnomah-2014-04",
        evidence: "More Oregon counties followed on Thursday.",
        confidence: "medium",
      },
      {
        source: "klcc-norcor-changes-immigration-policy-2018-05-08",
        evidence: "until recently, NORCOR also honored ICE detainers",
        confidence: "medium",
      },
    ],
  },
  {
    id: "hood-river-county-detainer-change",
    date: "2014-04",
    dateNote:
      "The day is not given. The AP report credited 2014-04-17 already names the regional jail's change, and the Oregonian says more Oregon counties followed the Wednesday metro-area announcements on Thursday (2014-04-17); the month is certain.",
    category: "decision",
    kind: "detainer-policy",
    title: "Hood River County, Oregon, stops ICE detainer holds at the regional jail",
    summary:
      "The Hood River County sheriff's office joins the Portland-area counties in ending the practice of keeping suspected undocumented inmates in jail for ICE once their local charges are cleared, following the Clackamas County ruling. Its prisoners are held at the NORCOR regional jail in The Dalles.",
    actor: "Hood River County Sheriff's Office",
    actorJurisdiction: "county-41027",
    jurisdictions: ["county-41027"],
    note: "Wasco, Sherman, Gilliam and Hood River counties share one jail, the Northern Oregon Regional Corrections Facility (NORCOR) in The Dalles; the AP reported the change as the regional jail's. Wheeler County, which uses NORCOR or Grant County's jail and has none of its own, was said to be affected by the change; no decision of its own was found. KLCC reported in 2018 that the regional jail had in fact gone on honoring ICE detainers until it changed its policy in April 2018, after a lawsuit: the decision of 2014 is recorded as reported then, and what the jail did under it is in doubt.",
    citations: [
      {
        source: "oregonian-six-oregon-counties-join-2014-04",
        evidence: "Sheriff's offices in Deschutes, Wasco, Sherman, Gilliam and Hood River counties",
        confidence: "high",
      },
      {
        source: "lexisnexis-ap-oregon-ruling-halt-detainers-2014-04-18",
        evidence: "The regional jail that serves Hood River, Wasco, Gilliam, and Sherman counties",
        confidence: "high",
      },
      {
        source: "oregonian-50-holds-lifted-multnomah-2014-04",
        evidence: "More Oregon counties followed on Thursday.",
        confidence: "medium",
      },
      {
        source: "klcc-norcor-changes-immigration-policy-2018-05-08",
        evidence: "until recently, NORCOR also honored ICE detainers",
        confidence: "medium",
      },
    ],
  },
  {
    id: "columbia-county-or-detainer-change",
    date: "2014-04-22",
    dateNote: "The article dates Sheriff Dickerson's confirmation to Tuesday, April 22 (2014).",
    category: "decision",
    kind: "detainer-policy",
    title: "Columbia County, Oregon, stops honoring ICE requests to hold people without charge",
    summary:
      "Columbia County Sheriff Jeff Dickerson confirms that, after the Clackamas County ruling, his office will no longer keep people in detention without charge at ICE's request while their status is checked. The county jail keeps renting beds to ICE for detainees charged with or convicted of crimes, an arrangement he says is under review.",
    actor: "Columbia County Sheriff Jeff Dickerson",
    actorJurisdiction: "county-41009",
    jurisdictions: ["county-41009"],
    citations: [
      {
        source: "pamplin-columbia-county-ice-holds-2014-04",
        evidence: "Columbia County will no longer comply with requests from U.S. Immigration",
        confidence: "high",
      },
      {
        source: "pamplin-columbia-county-ice-holds-2014-04",
        evidence: "Sheriff Jeff Dickerson confirmed Tuesday, April 22",
        confidence: "high",
      },
    ],
  },
  {
    id: "oregon-sheriffs-association-detainer-statement",
    date: "2014-04",
    dateNote: "Said in the week after the 2014-04-11 ruling; the day is not given in either report.",
    category: "publication",
    kind: "statement",
    title: "Oregon sheriffs' association head says every county will have to drop ICE holds",
    summary:
      "Gilliam County Sheriff Gary Bettencourt, speaking as president of the Oregon State Sheriffs' Association, says the Clackamas County ruling leaves Oregon sheriffs no real option but to stop holding people on ICE detainers, and that he expects all counties to follow the Portland-area sheriffs.",
    actor: "Oregon State Sheriffs' Association (president Gary Bettencourt)",
    jurisdictions: ["us-or"],
    note: "The association is a professional body, not a government, and it sets no policy for member sheriffs; this records its president's public remarks, not a formal association resolution, which was not found. Each county's own change is recorded separately.",
    citations: [
      {
        source: "oregonian-six-oregon-counties-join-2014-04",
        evidence: "he believes all Oregon counties will have to follow the precedent",
        confidence: "high",
      },
      {
        source: "bend-bulletin-central-oregon-holds-2014-04",
        evidence: "left with much choice but comply with the court ruling",
        confidence: "high",
      },
    ],
  },
  {
    id: "routt-county-detainer-change",
    date: "2014-04",
    dateNote:
      "The Denver Post and The Gazette, both of 2014-04-30, report that by that Wednesday these counties had said they would stop honoring detainers; the day of each county's decision is not given.",
    category: "decision",
    kind: "detainer-policy",
    title: "Routt County, Colorado, stops honoring ICE detainers",
    summary:
      "The Routt County sheriff is among the first in Colorado to say the jail will no longer keep inmates past their release on an ICE detainer, after the Oregon ruling and an ACLU letter to the state's sheriffs.",
    actor: "Routt County Sheriff's Office",
    actorJurisdiction: "county-08107",
    jurisdictions: ["county-08107"],
    note: "The Denver Post of 2014-04-29 had put Routt among counties only moving toward new policies, and Sheriff Pelle's email cites the Routt County Attorney's agreement with Boulder's legal view.",
    citations: [
      {
        source: "denver-post-denver-wont-hold-inmates-2014-04-30",
        evidence: "Denver joined Boulder, Mesa, Routt, Jefferson, Grand and San Miguel counties",
        confidence: "high",
      },
      {
        source: "craig-daily-press-colorado-sheriffs-aclu-letter-2014",
        evidence: "said they would not honor the ICE requests anymore",
        confidence: "medium",
      },
    ],
  },
  {
    id: "jefferson-county-co-detainer-change",
    date: "2014-04",
    dateNote:
      "The Denver Post and The Gazette, both of 2014-04-30, report that by that Wednesday these counties had said they would stop honoring detainers; the day of each county's decision is not given.",
    category: "decision",
    kind: "detainer-policy",
    title: "Jefferson County, Colorado, stops honoring ICE detainers",
    summary:
      "Jefferson County is named with Boulder, Mesa, Routt, Grand and San Miguel among the Colorado counties that had said, by the end of April 2014, that they would stop holding inmates on ICE detainers alone.",
    actor: "Jefferson County Sheriff's Office",
    actorJurisdiction: "county-08059",
    jurisdictions: ["county-08059"],
    note: "The sources name the county only; the sheriff's own 2014 statement was not found. The Denver Post of 2014-04-29 had put Jefferson among counties moving toward new policies.",
    citations: [
      {
        source: "denver-post-denver-wont-hold-inmates-2014-04-30",
        evidence: "Denver joined Boulder, Mesa, Routt, Jefferson, Grand and San Miguel counties",
        confidence: "high",
      },
      {
        source: "gazette-denver-joins-counties-2014-04-30",
        evidence: "Denver joined Boulder, Mesa, Routt, Jefferson, Grand and San Miguel counties",
        confidence: "high",
      },
    ],
  },
  {
    id: "grand-county-co-detainer-change",
    date: "2014-04",
    dateNote:
      "The Denver Post and The Gazette, both of 2014-04-30, report that by that Wednesday these counties had said they would stop honoring detainers; the day of each county's decision is not given.",
    category: "decision",
    kind: "detainer-policy",
    title: "Grand County, Colorado, stops honoring ICE detainers",
    summary:
      "Grand County is among the Colorado counties reported, by the end of April 2014, to have said they would no longer keep inmates in jail on ICE detainers alone.",
    actor: "Grand County Sheriff's Office",
    actorJurisdiction: "county-08049",
    jurisdictions: ["county-08049"],
    note: "Only the county is named; no statement of its sheriff was found.",
    citations: [
      {
        source: "denver-post-denver-wont-hold-inmates-2014-04-30",
        evidence: "Denver joined Boulder, Mesa, Routt, Jefferson, Grand and San Miguel counties",
        confidence: "high",
      },
      {
        source: "gazette-denver-joins-counties-2014-04-30",
        evidence: "Denver joined Boulder, Mesa, Routt, Jefferson, Grand and San Miguel counties",
        confidence: "high",
      },
    ],
  },
  {
    id: "rio-blanco-county-detainer-change",
    date: "2014",
    dateNote:
      "Neither report is dated in the part read. The Craig Daily Press item follows the ACLU's April 2014 letter; the Herald Times item is from early July 2014. Only the year is certain.",
    category: "decision",
    kind: "detainer-policy",
    title: "Rio Blanco County, Colorado, stops holding inmates for ICE past their release",
    summary:
      "Rio Blanco County Sheriff Si Woodruff tells the ACLU of Colorado that his jail no longer keeps people past their release date because ICE asks it to.",
    actor: "Rio Blanco County Sheriff Si Woodruff",
    actorJurisdiction: "county-08103",
    jurisdictions: ["county-08103"],
    citations: [
      {
        source: "herald-times-woodruff-rejects-ice-holds-2014",
        evidence: "including Rio Blanco County Sheriff Si Woodruff, have confirmed to the ACLU",
        confidence: "high",
      },
      {
        source: "craig-daily-press-colorado-sheriffs-aclu-letter-2014",
        evidence: "said they would not honor the ICE requests anymore",
        confidence: "medium",
      },
    ],
  },
  {
    id: "arapahoe-county-detainer-change",
    date: "2014",
    dateNote:
      "The sheriff described the change as already made when the settlement was announced on 2014-06-19; the date of the change itself is not given.",
    category: "decision",
    kind: "detainer-policy",
    title: "Arapahoe County, Colorado, stops holding inmates for ICE without a court order",
    summary:
      "Arapahoe County Sheriff David Walcher says that, after recent court rulings, his jail will no longer keep inmates at ICE's request unless a signed court order is presented. He says so as the county settles, for $30,000, the claim of a woman held three days on a detainer in 2012.",
    actor: "Arapahoe County Sheriff David C. Walcher",
    actorJurisdiction: "county-08005",
    jurisdictions: ["county-08005"],
    citations: [
      {
        source: "denver-post-arapahoe-pays-30000-2014-06-19",
        evidence: "the county has changed its policy, Arapahoe Sheriff David C. Walcher said",
        confidence: "high",
      },
      {
        source: "sentinel-arapahoe-settles-30k-2014",
        evidence: "the county will no longer hold inmates at the request of ICE",
        confidence: "high",
      },
    ],
  },
  {
    id: "adams-county-co-detainer-change",
    date: "2014",
    dateNote: "The year is the sheriff's office's own, given in a later statement; no month or day is given.",
    category: "decision",
    kind: "detainer-policy",
    title: "Adams County, Colorado, stops holding inmates solely on ICE detainers",
    summary:
      "The Adams County Sheriff's Office revises its jail policy so that no inmate is kept in custody only because of an ICE detainer or federal administrative warrant; ICE is told of the pending release and may act if an agent is present.",
    actor: "Adams County Sheriff's Office",
    actorJurisdiction: "county-08001",
    jurisdictions: ["county-08001"],
    note: "The Denver Post of 2014-04-29 put Adams among counties moving toward new policies. The policy wording quoted is the office's current one at the time of its later statement, which may have been refined after 2014.",
    citations: [
      {
        source: "prime-time-news-adams-county-policy",
        evidence: "In 2014, Adams County revised its policy",
        confidence: "high",
      },
      {
        source: "prime-time-news-adams-county-policy",
        evidence: "not maintain custody of any inmate solely based on an I.C.E. Detainer",
        confidence: "medium",
      },
    ],
  },
  {
    id: "clark-county-wa-detainer-change",
    date: "2014",
    dateNote:
      "The Columbian's page carries 2014/apr/30 in its address but its local passage refers to 'Thursday night', which would be 2014-05-01; whether the change fell at the end of April or the start of May is not settled, so only the year is given.",
    category: "decision",
    kind: "detainer-policy",
    title: "Clark County, Washington, starts lifting ICE detainers at its jail",
    summary:
      "Clark County's chief jail deputy says the jail will follow other Washington counties in no longer keeping people eligible for release on ICE's behalf; staff begin removing detainers while a written policy awaits the sheriff's signature.",
    actor: "Clark County Sheriff's Office (chief jail deputy Ric Bishop; Sheriff Garry Lucas)",
    actorJurisdiction: "county-53011",
    jurisdictions: ["county-53011"],
    note: "The city of Vancouver (city-5374060) lies in the county; the jail is the county's. The signing of the written policy was not found.",
    citations: [
      {
        source: "columbian-three-wash-counties-drop-holds-2014-04-30",
        evidence: "Clark County will follow the lead of other Washington counties",
        confidence: "high",
      },
      {
        source: "columbian-three-wash-counties-drop-holds-2014-04-30",
        evidence: "awaiting a signature from Clark County Sheriff Garry Lucas",
        confidence: "high",
      },
    ],
  },
  {
    id: "whatcom-county-detainer-change",
    date: "2014-05",
    dateNote: "Reported on 2014-05-12 as a new change; the day of the sheriff's order is not given.",
    category: "decision",
    kind: "detainer-policy",
    title: "Whatcom County's sheriff orders the jail to stop delaying releases for ICE",
    summary:
      "After taking advice from the county prosecutor's office, Whatcom County Sheriff Bill Elfo issues an order ending the jail's practice of keeping inmates up to six hours past release for immigration authorities, citing the Oregon ruling.",
    actor: "Whatcom County Sheriff Bill Elfo",
    actorJurisdiction: "county-53073",
    jurisdictions: ["county-53073"],
    citations: [
      {
        source: "bellingham-herald-whatcom-wont-hold-2014-05-12",
        evidence: "the Whatcom County Sheriff's Office has changed its policy",
        confidence: "high",
      },
      {
        source: "bellingham-herald-whatcom-wont-hold-2014-05-12",
        evidence: "Sheriff Elfo issued a special order to his department",
        confidence: "high",
      },
    ],
  },
  {
    id: "skagit-county-detainer-change",
    date: "2014",
    dateNote:
      "The article says the change came on a Thursday but its own date is not shown; it mentions the late-April changes in Walla Walla, Kitsap and Thurston as recent, so late April or May 2014.",
    category: "decision",
    kind: "detainer-policy",
    title: "Skagit County jail stops holding inmates on ICE detainers",
    summary:
      "Skagit County Sheriff Will Reichardt tells jail staff that, on legal advice and to avoid lawsuits, inmates whose sentences are done or who have posted bail will no longer be kept for ICE; the office informs ICE of the change.",
    actor: "Skagit County Sheriff Will Reichardt",
    actorJurisdiction: "county-53057",
    jurisdictions: ["county-53057"],
    citations: [
      {
        source: "goskagit-skagit-wont-detain-2014",
        evidence: "The Skagit County Jail changed its policy Thursday to no longer hold",
        confidence: "high",
      },
      {
        source: "goskagit-skagit-wont-detain-2014",
        evidence: "the jail will no longer hold people for ICE",
        confidence: "high",
      },
    ],
  },
  {
    id: "san-juan-county-wa-detainer-change",
    date: "2014-05-23",
    category: "decision",
    kind: "detainer-policy",
    title: "San Juan County, Washington, ends ICE holds at its jail",
    summary:
      "The San Juan County Sheriff's Department ends its long-standing practice of keeping people up to 48 hours for ICE once local matters are done; Sheriff Rob Nou explains the change to the county council, which plans to confirm it by resolution.",
    actor: "San Juan County Sheriff Rob Nou",
    actorJurisdiction: "county-53055",
    jurisdictions: ["county-53055"],
    note: "The council resolution expected on 2014-06-17 was not found, so it is not recorded.",
    citations: [
      {
        source: "san-juan-journal-deep-freeze-ice-holds-2014",
        evidence: "As of May 23, the San Juan County Sheriff’s Department ended",
        confidence: "high",
      },
    ],
  },
  {
    id: "chelan-county-detainer-change",
    date: "2014",
    dateNote: "Later reports give only the year.",
    category: "decision",
    kind: "detainer-policy",
    title: "Chelan County's regional jail stops holding inmates on ICE detainers",
    summary:
      "The Chelan County Regional Justice Center, the county jail in Wenatchee, stops keeping inmates on ICE detainer requests in 2014, after federal rulings that such holds lack a legal basis; the county later says it still notifies ICE of releases but will not hold people past their release date.",
    actor: "Chelan County Regional Justice Center",
    actorJurisdiction: "county-53007",
    jurisdictions: ["county-53007"],
    note: "The county says the jail is run under the county commissioners, not the sheriff. Both sources are from 2017.",
    citations: [
      {
        source: "wenatchee-world-chelan-non-cooperative-2017-03-20",
        evidence: "ceased holding inmates on immigration detainer requests in 2014",
        confidence: "medium",
      },
      {
        source: "koho-chelan-county-perception-2017-04-06",
        evidence: "the jail stopped holding inmates on immigration detainer requests in 2014",
        confidence: "medium",
      },
    ],
  },
  {
    id: "benton-county-wa-detainer-change",
    date: "2014",
    dateNote:
      "The report is undated; it presents the change as following soon after Walla Walla County's (2014-04-28). Only the year is certain.",
    category: "decision",
    kind: "detainer-policy",
    title: "Benton County, Washington, stops holding people for ICE past their release",
    summary:
      "Benton County in the Tri-Cities follows Walla Walla County in no longer keeping people in jail on immigration grounds once they would otherwise be freed; ICE can take them only after release.",
    actor: "Benton County",
    actorJurisdiction: "county-53005",
    jurisdictions: ["county-53005"],
    note: "The source names Benton and Franklin counties together and does not say which official made the change.",
    citations: [
      {
        source: "kepr-jails-no-longer-holding-for-ice-2014",
        evidence: "Benton and Franklin Counties quickly followed suit.",
        confidence: "medium",
      },
    ],
  },
  {
    id: "franklin-county-wa-detainer-change",
    date: "2014",
    dateNote:
      "The report is undated; it presents the change as following soon after Walla Walla County's (2014-04-28). Only the year is certain.",
    category: "decision",
    kind: "detainer-policy",
    title: "Franklin County, Washington, stops holding people for ICE past their release",
    summary:
      "Franklin County in the Tri-Cities follows Walla Walla County in no longer keeping people in jail on immigration grounds once they would otherwise be freed; ICE can take them only after release.",
    actor: "Franklin County",
    actorJurisdiction: "county-53021",
    jurisdictions: ["county-53021"],
    note: "The source names Benton and Franklin counties together and does not say which official made the change.",
    citations: [
      {
        source: "kepr-jails-no-longer-holding-for-ice-2014",
        evidence: "Benton and Franklin Counties quickly followed suit.",
        confidence: "medium",
      },
    ],
  },
  {
    id: "las-vegas-metro-detainer-change",
    date: "2014-07",
    dateNote:
      "NBC News places the department's statement on a Monday one week after the LAPD's announcement of July 2014; the article's own date is not shown, so the month is kept.",
    category: "decision",
    kind: "detainer-policy",
    title: "Las Vegas Metro stops holding people for ICE without a warrant or court order",
    summary:
      "Clark County Sheriff Doug Gillespie announces that the Las Vegas Metropolitan Police Department, which runs the county jail, will honor ICE detainers only with a judicial finding of probable cause or a judge's warrant, saying the step responds to court rulings rather than to immigration politics.",
    actor: "Clark County Sheriff Doug Gillespie (Las Vegas Metropolitan Police Department)",
    actorJurisdiction: "county-32003",
    jurisdictions: ["county-32003"],
    note: "LVMPD also polices the city of Las Vegas (city-3240000), but the policy concerns the Clark County Detention Center; the city's own jail is not covered by the sources. An ACLU of Nevada letter of October 2019 (seen, not cited here) says Sheriff Lombardo later reversed his predecessor's decision.",
    citations: [
      {
        source: "nbc-news-las-vegas-halt-detention-2014-07",
        evidence: "The statement Monday from the Las Vegas Metropolitan Police Department",
        confidence: "high",
      },
      {
        source: "kmvt-cnn-nevada-sheriff-warrant-2014",
        evidence: "no longer hold illegal immigrants unless the federal government has a warrant",
        confidence: "high",
      },
      {
        source: "las-vegas-sun-metro-jailed-immigrants-2016-11-16",
        evidence: "judicial determination of probable cause or a warrant from a judicial officer",
        confidence: "high",
      },
    ],
  },
  {
    id: "dona-ana-commission-immigration-resolution-2014-04",
    date: "2014-04-22",
    dateNote: "The AP report dated Wednesday 2014-04-23 says the commission voted 'Tuesday', i.e. 2014-04-22.",
    category: "decision",
    kind: "resolution",
    title: "Doña Ana County commissioners ask for policies leaving immigration enforcement to federal agencies",
    summary:
      "By 4 votes to 1, the Doña Ana County Commission adopts a non-binding resolution calling for clear county policies that keep local authorities out of federal immigration enforcement, and urging other local agencies in the county to do likewise.",
    actor: "Doña Ana County Board of County Commissioners",
    actorJurisdiction: "county-35013",
    jurisdictions: ["county-35013"],
    note: "The resolution does not mention detainers or the sheriff by name; it preceded the jail's detainer change of May 2014.",
    citations: [
      {
        source: "washington-times-ap-dona-ana-resolution-2014-04-23",
        evidence: "A nonbinding resolution that the commission approved 4-1 Tuesday",
        confidence: "high",
      },
      {
        source: "lcsun-dona-ana-commissioners-clear-policies-2014-04",
        evidence: "The county commission resolution, approved 4-1",
        confidence: "high",
      },
    ],
  },
  {
    id: "dona-ana-county-detainer-change",
    date: "2014-05",
    dateNote: "The Albuquerque Journal (June 2014) says the county manager ended the practice 'in early May'.",
    category: "decision",
    kind: "detainer-policy",
    title: "Doña Ana County's jail stops holding people for ICE",
    summary:
      "County Manager Julia Brown ends the Doña Ana County Detention Center's practice of keeping people arrested on other charges for 48 hours at ICE's request; the county makes the change public in June, when it also settles a lawsuit by two sisters held for two months on ICE holds.",
    actor: "Doña Ana County Manager Julia Brown",
    actorJurisdiction: "county-35013",
    jurisdictions: ["county-35013"],
    note: "In New Mexico the county, not the sheriff, runs the jail. A county spokesman said the change was decided independently of the settlement. The city of Las Cruces (city-3539380) lies in the county.",
    citations: [
      {
        source: "abq-journal-dona-ana-stops-ice-detainments-2014",
        evidence: "County Manager Julia Brown ended that policy in early May.",
        confidence: "high",
      },
      {
        source: "immigration-impact-counties-limit-detainers-2014-06-19",
        evidence: "announced this week it will stop honoring detainer requests",
        confidence: "medium",
      },
    ],
  },
  {
    id: "dona-ana-safe-communities-resolution",
    date: "2014-09-09",
    dateNote:
      "The AP report of 2014-09-10 says commissioners voted on Tuesday; the Border Network's release of 2014-09-08 had announced the vote for September 9.",
    category: "decision",
    kind: "resolution",
    title: "Doña Ana County declares itself a 'safe county' for immigrants",
    summary:
      "Doña Ana County commissioners vote 5-0 for a 'safe communities' resolution that bars county employees from asking about immigration status or spending county resources on federal immigration enforcement unless federal or state law requires it.",
    actor: "Doña Ana County Board of County Commissioners",
    actorJurisdiction: "county-35013",
    jurisdictions: ["county-35013"],
    related: ["dona-ana-county-detainer-change"],
    citations: [
      {
        source: "lubbock-ap-dona-ana-safe-county-2014-09-10",
        evidence: "In a 5-0 vote, Dona Ana County commissioners approved a resolution",
        confidence: "high",
      },
      {
        source: "bnhr-dona-ana-vote-tomorrow-2014-09-08",
        evidence: "scheduled for a vote tomorrow morning, September the 9th",
        confidence: "medium",
      },
    ],
  },
  {
    id: "linn-county-ia-detainer-change",
    date: "2014",
    dateNote:
      "The Gazette of 2014-08-04 says the Linn and Johnson county changes were made quietly in May and June 2014 without naming which month for which county; KCRG/The Gazette of 2014-08-18 says both sheriffs had not held inmates for ICE without a judge's order since the spring. Only the year is recorded.",
    category: "decision",
    kind: "detainer-policy",
    title: "Linn County, Iowa, stops holding jail inmates on ICE requests alone",
    summary:
      "Linn County Sheriff Brian Gardner ends the practice of keeping inmates past their release time solely because ICE has asked for a hold; a judge's order is now needed.",
    actor: "Linn County Sheriff Brian Gardner",
    actorJurisdiction: "county-19113",
    jurisdictions: ["county-19113"],
    note: "Cedar Rapids (city-1912000) lies in Linn County; the sheriff runs the county jail.",
    citations: [
      {
        source: "gazette-iowa-sheriffs-ice-holds-2014-08-04",
        evidence: "We will no longer hold any inmates past their release time",
        confidence: "high",
      },
      {
        source: "gazette-iowa-sheriffs-ice-holds-2014-08-04",
        evidence: "The changes were quietly made in May and June.",
        confidence: "high",
      },
      {
        source: "kcrg-22-iowa-counties-2014-08-18",
        evidence: "holding inmates for ICE without a judge’s order since the spring",
        confidence: "high",
      },
    ],
  },
  {
    id: "johnson-county-ia-detainer-change",
    date: "2014",
    dateNote:
      "As for Linn County: the change was made in May or June 2014 (The Gazette, 2014-08-04); KCRG/The Gazette of 2014-08-18 says since the spring.",
    category: "decision",
    kind: "detainer-policy",
    title: "Johnson County, Iowa, sheriff stops honoring ICE holds without a court order",
    summary:
      "Johnson County Sheriff Lonny Pulkrabek says his jail will release people when their local charges are done rather than keep them for ICE, unless there is a court order.",
    actor: "Johnson County Sheriff Lonny Pulkrabek",
    actorJurisdiction: "county-19103",
    jurisdictions: ["county-19103"],
    citations: [
      {
        source: "gazette-iowa-sheriffs-ice-holds-2014-08-04",
        evidence: "Pulkrabek said they'll no longer honor those requests without a court order",
        confidence: "high",
      },
      {
        source: "gazette-iowa-sheriffs-ice-holds-2014-08-04",
        evidence: "The changes were quietly made in May and June.",
        confidence: "high",
      },
      {
        source: "kcrg-22-iowa-counties-2014-08-18",
        evidence: "holding inmates for ICE without a judge’s order since the spring",
        confidence: "high",
      },
    ],
  },
  {
    id: "winneshiek-county-detainer-change",
    date: "2014-05",
    dateNote: 'The Decorah News item of 2014-08-21 says the new system "began in late May"; the year is that of the article.',
    category: "decision",
    kind: "detainer-policy",
    title: "Winneshiek County, Iowa, asks ICE for a judge's warrant before holding anyone",
    summary:
      "After its county attorney reviewed the Oregon ruling, the Winneshiek County Sheriff's Department decides it will require ICE to obtain a warrant from a judge before it detains anyone for the agency.",
    actor: "Winneshiek County Sheriff Leon Bohr",
    actorJurisdiction: "county-19191",
    jurisdictions: ["county-19191"],
    citations: [
      {
        source: "decorah-news-winneshiek-ice-holds-2014-08-21",
        evidence: "Winneshiek County has changed its policy about holding foreign-born inmates",
        confidence: "high",
      },
      {
        source: "decorah-news-winneshiek-ice-holds-2014-08-21",
        evidence: "the new system—which began in late May—is more uniform",
        confidence: "high",
      },
    ],
  },
  {
    id: "ramsey-county-detainer-change",
    date: "2014-06",
    dateNote:
      "The Pioneer Press says the sheriff's office spoke \"Wednesday\", the same day Hennepin County announced its change (2014-06-11 by MPR News); the article's address carries 2014/06/10, so only the month is kept.",
    category: "decision",
    kind: "detainer-policy",
    title: "Ramsey County, Minnesota, stops honoring ICE detainers without a judge's order",
    summary:
      "The Ramsey County Sheriff's Office says its jail will no longer hold people on ICE detainers alone, keeping them only on a judicial order or criminal probable cause, in line with Hennepin County's new policy.",
    actor: "Ramsey County Sheriff's Office",
    actorJurisdiction: "county-27123",
    jurisdictions: ["county-27123"],
    note: "St. Paul (city-2758000) lies in Ramsey County; the county jail is run by the sheriff.",
    citations: [
      {
        source: "pioneer-press-ramsey-immigration-holds-2014-06",
        evidence: "it no longer will honor U.S. Immigration and Customs Enforcement detainers",
        confidence: "high",
      },
      {
        source: "pioneer-press-ramsey-immigration-holds-2014-06",
        evidence: "no longer participate in this practice",
        confidence: "high",
      },
    ],
  },
  {
    id: "somerville-executive-order-detainers",
    date: "2014-05-22",
    dateNote: "Announced at a press conference on 2014-05-21 and signed on 2014-05-22 (Wicked Local, 2014-05-29).",
    category: "decision",
    kind: "executive-order",
    title: "Somerville's mayor signs an order limiting the city's part in Secure Communities",
    summary:
      "Mayor Joseph Curtatone signs an executive order under which Somerville police hold people for ICE only when there is a criminal warrant or a law-enforcement reason unrelated to immigration; supporters called it the first such policy in Massachusetts.",
    actor: "Mayor Joseph A. Curtatone",
    jurisdictions: ["county-25017"],
    note: "Somerville is not among the package's cities; it lies in Middlesex County, Massachusetts (county-25017), which is given here. The order binds only the city, not the county. The event names no actor's jurisdiction for that reason: it is no decision of Middlesex County's government.",
    citations: [
      {
        source: "wicked-local-somerville-order-2014-05-29",
        evidence: "announced the order May 21 and signed it May 22",
        confidence: "high",
      },
      {
        source: "somerville-city-secure-communities-order-2014-05",
        evidence: "an executive order that will limit Somerville’s participation in",
        confidence: "high",
      },
      {
        source: "metro-somerville-trust-act-2014-05-21",
        evidence: "police will only hold undocumented immigrants if immigration authorities have a warrant",
        confidence: "high",
      },
    ],
  },
  {
    id: "somerville-trust-act-ordinance",
    date: "2014",
    dateNote:
      "The city council's 2019 record says the Board of Aldermen passed the Trust Act in 2014; the archive lists it as Ordinance 2014-07. No day was found.",
    category: "decision",
    kind: "ordinance",
    title: "Somerville's Board of Aldermen passes a local Trust Act",
    summary:
      "The Somerville Board of Aldermen enacts an ordinance barring city law enforcement from keeping people in custody on a civil immigration detainer once they are eligible for release, except in listed circumstances; it followed the mayor's executive order of the same year.",
    actor: "Somerville Board of Aldermen",
    jurisdictions: ["county-25017"],
    note: "Somerville is not among the package's cities; its county, Middlesex County, Massachusetts (county-25017), is given. The ordinance later became Section 2-6 of the city code and was replaced in 2019 by the Welcoming Community Ordinance. The event names no actor's jurisdiction for that reason: it is no decision of Middlesex County's government.",
    related: ["somerville-executive-order-detainers"],
    citations: [
      {
        source: "somerville-council-welcoming-ordinance-item-2019",
        evidence: "In 2014, the Board of Alderman passed the Trust Act",
        confidence: "high",
      },
      {
        source: "mtholyoke-somerville-ordinance-2014-07",
        evidence: "a law enforcement official shall not detain an individual on the basis",
        confidence: "high",
      },
    ],
  },
  {
    id: "cambridge-council-detainer-policy-order",
    date: "2014-06-02",
    dateNote:
      "The policy order is dated 2014-06-02 in the city clerk's list; Councillor Carlone's page said the council would vote on it that Monday.",
    category: "decision",
    kind: "resolution",
    title: "Cambridge City Council asks that police honor ICE detainers only with a criminal warrant",
    summary:
      "The Cambridge City Council takes up a policy order that asks the city's manager and police chief to have Cambridge police honor ICE detainer requests only where there is a criminal warrant or a law-enforcement reason unrelated to immigration.",
    actor: "Cambridge City Council",
    actorJurisdiction: "city-2511000",
    jurisdictions: ["city-2511000"],
    note: "The sources seen show the order in the city clerk's policy-order list and in an archive as Resolution O-1, but no text seen states the vote or its result. A 2017 Cambridge Day report says the police department kept a written detainer policy allowing such holds until it rescinded it in August 2017.",
    citations: [
      {
        source: "cambridge-policy-order-ice-detainers-2014-06-02",
        evidence: "June 2, 2014",
        confidence: "medium",
      },
      {
        source: "mtholyoke-cambridge-resolution-o-1",
        evidence: "only in cases where immigration agents have a criminal warrant",
        confidence: "medium",
      },
      {
        source: "carlone-cambridge-secure-communities-2014-06",
        evidence: "the Cambridge City Council will vote on a policy order",
        confidence: "medium",
      },
    ],
  },
  {
    id: "boston-trust-act-ordinance",
    date: "2014-08-20",
    dateNote:
      "The council vote was on Wednesday 2014-08-20 (Boston Magazine of that day; IrishCentral gives August 20). The mayor signed it later in 2014; the day was not found.",
    category: "decision",
    kind: "ordinance",
    title: "Boston City Council unanimously passes the Boston Trust Act",
    summary:
      "The Boston City Council votes unanimously for Councilor Josh Zakim's Trust Act, under which Boston police no longer hold people on ICE detainers unless ICE has a criminal warrant or the person poses a serious danger; Mayor Martin Walsh, who had pledged to sign it, signs it into law in 2014.",
    actor: "Boston City Council",
    actorJurisdiction: "city-2507000",
    jurisdictions: ["city-2507000"],
    citations: [
      {
        source: "irishcentral-boston-trust-act-2014-08",
        evidence: "The Boston City Council voted unanimously on August 20 to pass",
        confidence: "high",
      },
      {
        source: "boston-magazine-trust-act-passed-2014-08-20",
        evidence: "Boston City Councilors voted Wednesday",
        confidence: "high",
      },
      {
        source: "masslive-boston-trust-act-2014-08",
        evidence: "blocks police from holding immigrants living in the country illegally",
        confidence: "high",
      },
      {
        source: "boston-gov-trust-act-amendments-2019",
        evidence: "signed into law by Mayor Walsh in 2014",
        confidence: "high",
      },
    ],
  },
  {
    id: "middlesex-county-nj-detainer-policy",
    date: "2014-07-08",
    dateNote:
      'The policy was "put into effect Tuesday" by the nj.com report of Thursday 2014-07-10, that is 2014-07-08; the freeholders had approved it the week before, on a day not given.',
    category: "decision",
    kind: "detainer-policy",
    title: "Middlesex County, New Jersey, stops honoring most ICE detainers",
    summary:
      "The Middlesex County freeholders approve a jail policy under which people with ICE detainers go free when their local case allows, except those meeting the policy's serious-case criteria (first- or second-degree charges, known gang membership, a final removal order); immigrant advocates said it did not go far enough.",
    actor: "Middlesex County Board of Chosen Freeholders",
    actorJurisdiction: "county-34023",
    jurisdictions: ["county-34023"],
    citations: [
      {
        source: "nj-com-middlesex-detainers-2014-07-10",
        evidence: "In a policy change approved by Middlesex County freeholders last week",
        confidence: "high",
      },
      {
        source: "nj-com-middlesex-detainers-2014-07-10",
        evidence: "put into effect Tuesday",
        confidence: "high",
      },
      {
        source: "mycentraljersey-middlesex-detainers-2014-07-18",
        evidence: "Middlesex County this month became the first county in the state",
        confidence: "high",
      },
    ],
  },
  {
    id: "union-county-nj-detainer-policy",
    date: "2014-08-04",
    category: "decision",
    kind: "detainer-policy",
    title: "Union County, New Jersey, ends holding people on ICE detainers alone",
    summary:
      "On the county counsel's advice, the Union County Department of Corrections stops keeping people past their release date for ICE unless ICE provides a warrant, court order or other proof of probable cause.",
    actor: "Union County Department of Corrections",
    actorJurisdiction: "county-34039",
    jurisdictions: ["county-34039"],
    citations: [
      {
        source: "nj-com-union-detainers-2014-08-11",
        evidence: "Union County ended that practice of holding immigrants on Aug. 4",
        confidence: "high",
      },
      {
        source: "aclu-nj-union-county-detainers-2014-08-12",
        evidence: "in effect as of August 4, 2014",
        confidence: "high",
      },
    ],
  },
  {
    id: "burlington-county-nj-detainer-policy",
    date: "2014-08",
    dateNote: "The Burlington County Times of 2017-02-08 dates the change to August 2014; no day is given.",
    category: "decision",
    kind: "detainer-policy",
    title: "Burlington County, New Jersey, stops holding people on immigration detainers",
    summary:
      "The Burlington County Department of Corrections changes its policy so the county jail no longer keeps people up to 48 hours past release for ICE, citing court rulings and ACLU pressure.",
    actor: "Burlington County Department of Corrections",
    actorJurisdiction: "county-34005",
    jurisdictions: ["county-34005"],
    citations: [
      {
        source: "burlington-county-times-sanctuary-2017-02-08",
        evidence: "has not held people on immigration detainers since August 2014",
        confidence: "high",
      },
      {
        source: "burlington-county-times-sanctuary-2017-02-08",
        evidence: "when the county Department of Corrections’ policy on the issue was changed",
        confidence: "high",
      },
      {
        source: "nj-com-county-jails-detainers-2014-11",
        evidence: "have changed their policies and are no longer honoring requests",
        confidence: "medium",
      },
    ],
  },
  {
    id: "ocean-county-nj-detainer-policy",
    date: "2014",
    dateNote: "Reported in November 2014 as a recent change; no day or month of adoption was found.",
    category: "decision",
    kind: "detainer-policy",
    title: "Ocean County, New Jersey, jail stops housing people solely on ICE detainers",
    summary:
      "The Ocean County Jail adopts a policy, drawn up by its warden on the county counsel's advice, that no one is to be held there solely on an ICE detainer or warrant without a commitment from a judge.",
    actor: "Ocean County Jail Warden Theodore J. Hutler",
    actorJurisdiction: "county-34029",
    jurisdictions: ["county-34029"],
    note: "A 2017 Shorebeat article describes the 2014 policy as one that still honored detainers for listed serious offenses, and says a new warden replaced it in 2015; the November 2014 reports quote a broader rule. The sources disagree on its scope.",
    citations: [
      {
        source: "shorebeat-ocean-county-detainers-2014-11",
        evidence: "shall not be housed in this facility solely on an ICE detainer",
        confidence: "high",
      },
      {
        source: "shorebeat-ocean-county-detainers-2014-11",
        evidence: "Ocean County recently joined Union, Burlington and Camden counties",
        confidence: "medium",
      },
      {
        source: "shorebeat-ocean-non-sanctuary-2017-04",
        evidence: "a now-defunct policy developed by former jail warden Theodore J. Hutler",
        confidence: "medium",
      },
      {
        source: "nj-com-county-jails-detainers-2014-11",
        evidence: "have changed their policies and are no longer honoring requests",
        confidence: "medium",
      },
    ],
  },
  {
    id: "camden-county-nj-detainer-policy",
    date: "2014",
    dateNote:
      "Reported in November 2014 among counties that had changed their policies since the Third Circuit's March 2014 ruling; no date of the change was found.",
    category: "decision",
    kind: "detainer-policy",
    title: "Camden County, New Jersey, jail stops honoring ICE hold requests",
    summary:
      "Camden County's jail changes its policy and no longer keeps people past their release date at ICE's request, according to November 2014 reports.",
    actor: "Camden County (county jail)",
    actorJurisdiction: "county-34007",
    jurisdictions: ["county-34007"],
    note: "Only secondary reports naming several counties were found; the office that made the change and its date are not given.",
    citations: [
      {
        source: "nj-com-county-jails-detainers-2014-11",
        evidence: "have changed their policies and are no longer honoring requests",
        confidence: "medium",
      },
      {
        source: "shorebeat-ocean-county-detainers-2014-11",
        evidence: "Ocean County recently joined Union, Burlington and Camden counties",
        confidence: "medium",
      },
    ],
  },
  {
    id: "suffolk-county-ny-detainer-policy",
    date: "2014-09",
    dateNote:
      "Long Island Wins (December 2016) says the policy was set in September 2014; the sheriff dates the ACLU letter and the county attorney's opinion to 2014.",
    category: "decision",
    kind: "detainer-policy",
    title: "Suffolk County, New York, requires a judge's order to hold people for ICE",
    summary:
      "After an ACLU letter, Suffolk County Sheriff Vincent DeMarco, acting on a county attorney's legal opinion, stops holding anyone solely on an ICE detainer without a judicial warrant. He reversed the policy in December 2016.",
    actor: "Suffolk County Sheriff Vincent F. DeMarco",
    actorJurisdiction: "county-36103",
    jurisdictions: ["county-36103"],
    citations: [
      {
        source: "longislandwins-suffolk-sheriff-reversal-2016-12",
        evidence: "The previous policy, set in September 2014",
        confidence: "high",
      },
      {
        source: "longislandwins-suffolk-sheriff-reversal-2016-12",
        evidence: "the county would require a judge’s order",
        confidence: "high",
      },
      {
        source: "wshu-suffolk-reverses-policy-2016-12-28",
        evidence: "should not hold anyone solely on a detainer without a judicial warrant",
        confidence: "high",
      },
    ],
  },
  {
    id: "madison-county-ny-detainer-policy",
    date: "2014-07",
    dateNote: "From the syracuse.com report of July 2014; no day is given.",
    category: "decision",
    kind: "detainer-policy",
    title: "Madison County, New York, sheriff will refuse ICE requests for extra holds",
    summary:
      "Following the New York State Sheriffs' Association's advice, the Madison County sheriff will say no to ICE requests to keep prisoners longer without a warrant.",
    actor: "Madison County Sheriff",
    actorJurisdiction: "county-36053",
    jurisdictions: ["county-36053"],
    note: "The report names the county, not the sheriff; it groups Madison with Onondaga and Cortland.",
    citations: [
      {
        source: "syracuse-cny-sheriffs-detainers-2014-07",
        evidence: "If the feds ask the sheriffs in Madison, Onondaga or Cortland counties",
        confidence: "medium",
      },
      {
        source: "syracuse-cny-sheriffs-detainers-2014-07",
        evidence: "officially ditching what had become a common practice",
        confidence: "medium",
      },
    ],
  },
  {
    id: "cortland-county-ny-detainer-policy",
    date: "2014-07",
    dateNote: "From the syracuse.com report of July 2014; no day is given.",
    category: "decision",
    kind: "detainer-policy",
    title: "Cortland County, New York, sheriff will refuse ICE requests for extra holds",
    summary:
      "Following the New York State Sheriffs' Association's advice, the Cortland County sheriff will turn down ICE requests to keep prisoners longer without a warrant.",
    actor: "Cortland County Sheriff",
    actorJurisdiction: "county-36023",
    jurisdictions: ["county-36023"],
    note: "The report names the county, not the sheriff; it groups Cortland with Madison and Onondaga.",
    citations: [
      {
        source: "syracuse-cny-sheriffs-detainers-2014-07",
        evidence: "If the feds ask the sheriffs in Madison, Onondaga or Cortland counties",
        confidence: "medium",
      },
      {
        source: "syracuse-cny-sheriffs-detainers-2014-07",
        evidence: "officially ditching what had become a common practice",
        confidence: "medium",
      },
    ],
  },
  {
    id: "shawnee-county-ks-detainer-change",
    date: "2014-06",
    dateNote: 'The ACLU of Kansas received the county\'s letter "last week" before its release of 2014-06-09, so in early June 2014.',
    category: "decision",
    kind: "detainer-policy",
    title: "Shawnee County, Kansas, stops treating ICE detainers as probable cause to hold",
    summary:
      "The Shawnee County Department of Corrections informs ICE and the ACLU that a detainer request alone will no longer keep someone in its jail: ICE must show probable cause, for instance with a warrant.",
    actor: "Shawnee County Department of Corrections Director Brian W. Cole",
    actorJurisdiction: "county-20177",
    jurisdictions: ["county-20177"],
    note: "Topeka (city-2071000) lies in Shawnee County.",
    citations: [
      {
        source: "cjonline-shawnee-jail-ice-2014-06-09",
        evidence: "will no longer automatically honor requests from Immigration and Customs Enforcement",
        confidence: "high",
      },
      {
        source: "aclu-kansas-counties-detainers-2014-06-09",
        evidence: "have ceased recognizing any “probable cause” authority in the I-247 form",
        confidence: "high",
      },
      {
        source: "washington-times-ap-kansas-counties-2014-06-10",
        evidence: "sheriff’s departments in Shawnee, Johnson and Finney counties will require probable cause",
        confidence: "medium",
      },
    ],
  },
  {
    id: "johnson-county-ks-detainer-change",
    date: "2014-06",
    dateNote: "Reported in the ACLU of Kansas release of 2014-06-09 and the AP report of 2014-06-10; no day is given.",
    category: "decision",
    kind: "detainer-policy",
    title: "Johnson County, Kansas, sheriff stops automatically honoring ICE detainers",
    summary:
      "The Johnson County sheriff lets it be known that an ICE detainer alone will no longer keep anyone in his jail: ICE must show probable cause, such as a warrant.",
    actor: "Johnson County Sheriff Frank Denning",
    actorJurisdiction: "county-20091",
    jurisdictions: ["county-20091"],
    note: "The 2014 reports name the sheriff's office only; Frank Denning was sheriff (KCUR, 2015), and said in 2015 that he releases people when he has no state or local charge to hold them on.",
    citations: [
      {
        source: "aclu-kansas-counties-detainers-2014-06-09",
        evidence: "sheriffs in Johnson and Finney Counties have indicated",
        confidence: "medium",
      },
      {
        source: "washington-times-ap-kansas-counties-2014-06-10",
        evidence: "sheriff’s departments in Shawnee, Johnson and Finney counties will require probable cause",
        confidence: "medium",
      },
      {
        source: "kcur-johnson-county-sanctuary-label-2015-07-28",
        evidence: "So he lets those individuals go.",
        confidence: "medium",
      },
    ],
  },
  {
    id: "douglas-county-ne-detainer-change",
    date: "2014-10-02",
    dateNote:
      "The AP report of Thursday 2014-10-02 says the county announced the change that Thursday; the ACLU release carries the same date.",
    category: "decision",
    kind: "detainer-policy",
    title: "Douglas County, Nebraska, stops honoring ICE detainers without a warrant",
    summary:
      "Douglas County, home to Omaha and the source of far more ICE holds than any other Nebraska county, announces that its jail no longer honors 48-hour ICE detainer requests without a warrant.",
    actor: "Douglas County Corrections Director Mark Foxall",
    actorJurisdiction: "county-31055",
    jurisdictions: ["county-31055"],
    note: "Omaha (city-3137000) lies in Douglas County; the county runs the jail through its Department of Corrections.",
    citations: [
      {
        source: "kios-ap-douglas-county-detainers-2014-10-02",
        evidence: "Nebraska's most populous county has stopped honoring federal requests",
        confidence: "high",
      },
      {
        source: "aclu-nebraska-douglas-county-2014-10-02",
        evidence: "Douglas County is no longer honoring 48 hour detainer requests",
        confidence: "high",
      },
    ],
  },
  {
    id: "hall-county-ne-detainer-change",
    date: "2014-06",
    dateNote:
      'The AP report says "in mid-June" without a year; the ACLU of Nebraska release of 2014-10-02 lists Hall among counties that had already adopted such a policy, which places it in 2014.',
    category: "decision",
    kind: "detainer-policy",
    title: "Hall County, Nebraska, becomes the first Nebraska jail to drop ICE detainers",
    summary:
      "After consulting the jail's attorney, the county attorney and its insurer's lawyer, the Hall County Department of Corrections stops holding people on ICE detainers unless ICE supplies a signed warrant.",
    actor: "Hall County Corrections Director Fred Ruiz",
    actorJurisdiction: "county-31079",
    jurisdictions: ["county-31079"],
    citations: [
      {
        source: "custer-county-chief-hall-detainers-2014",
        evidence: "in mid-June became the first local agency in the state",
        confidence: "medium",
      },
      {
        source: "aclu-nebraska-douglas-county-2014-10-02",
        evidence: "Douglas County has joined Sarpy, Hall and Lancaster Counties",
        confidence: "medium",
      },
    ],
  },
  {
    id: "md-governor-detainer-limits-april-2014",
    date: "2014-04",
    dateNote: "The AP report of 2014-08-29 says the governor first outlined restrictions in April 2014; no day is given.",
    category: "decision",
    kind: "detainer-policy",
    title: "Maryland's governor narrows the ICE detainers the state-run Baltimore jail will honor",
    summary:
      "Governor Martin O'Malley limits the state's compliance with ICE detainers to people considered threats to public safety, a first step before his August 2014 probable-cause policy for the state-run Baltimore jail.",
    actor: "Governor Martin O'Malley",
    actorJurisdiction: "us-md",
    jurisdictions: ["us-md"],
    note: "The report does not say in so many words which facilities the April policy covered; the August letter concerns the state-run Central Booking in Baltimore City (county-24510).",
    related: ["md-governor-baltimore-jail-detainers"],
    citations: [
      {
        source: "washington-times-ap-md-probable-cause-2014-08-29",
        evidence: "the Democratic governor outlined in April",
        confidence: "medium",
      },
      {
        source: "washington-times-ap-md-probable-cause-2014-08-29",
        evidence: "narrowed reasons for honoring U.S. Immigration and Customs Enforcement detainers",
        confidence: "medium",
      },
    ],
  },
  {
    id: "md-attorney-general-detainer-opinion",
    date: "2014-08",
    dateNote: 'The AP report of 2014-08-29 says the opinion came "this month"; the day is not given.',
    category: "decision",
    kind: "statement",
    title: "Maryland's attorney general advises that holding people on ICE detainers likely violates the Fourth Amendment",
    summary:
      "Asked by a county sheriff (Washington County's) how to treat detainers, the Maryland attorney general's office advises that holding someone on an ICE detainer without probable cause likely breaches the Fourth Amendment; the governor relied on the advice for his August policy.",
    actor: "Maryland Attorney General Douglas F. Gansler",
    actorJurisdiction: "us-md",
    jurisdictions: ["us-md"],
    note: "This is legal advice, not an order; a 2017 Baltimore Sun piece names Gansler as the attorney general who gave it.",
    related: ["md-governor-baltimore-jail-detainers"],
    citations: [
      {
        source: "washington-times-ap-md-probable-cause-2014-08-29",
        evidence: "an opinion from the Maryland attorney general’s office this month about detainers",
        confidence: "high",
      },
      {
        source: "washington-times-ap-md-probable-cause-2014-08-29",
        evidence: "the continued detention likely constitutes a violation of the Fourth Amendment",
        confidence: "high",
      },
      {
        source: "baltimore-sun-at-the-jail-2017-02-19",
        evidence: "Then-Maryland Attorney General Douglas F. Gansler, also a Democrat, had advised",
        confidence: "medium",
      },
    ],
  },
  {
    id: "chicago-welcoming-city-ordinance",
    date: "2012",
    dateNote:
      'Mayor Emanuel announced the ordinance on a Tuesday in July 2012 (Lawndale News); HuffPost reports the council approved it "Thursday" in an article that mentions August 2012 events, so after August 2012. The day was not found.',
    category: "decision",
    kind: "ordinance",
    title: "Chicago passes its Welcoming City Ordinance",
    summary:
      "The Chicago City Council approves Mayor Rahm Emanuel's Welcoming City Ordinance, under which city police keep undocumented people for immigration authorities only if a criminal warrant is out for them or they have a serious conviction.",
    actor: "Chicago City Council",
    actorJurisdiction: "city-1714000",
    jurisdictions: ["city-1714000"],
    citations: [
      {
        source: "huffpost-chicago-welcoming-city-ordinance-2012",
        evidence: "The Chicago City Council approved an ordinance Thursday",
        confidence: "high",
      },
      {
        source: "huffpost-chicago-welcoming-city-ordinance-2012",
        evidence: "protect undocumented immigrants from being held for immigration authorities",
        confidence: "high",
      },
      {
        source: "lawndale-news-welcoming-city-2012-07",
        evidence: "announced Tuesday his intention to introduce a Welcoming City Ordinance",
        confidence: "high",
      },
    ],
  },
  {
    id: "bradford-county-pa-detainer-policy",
    date: "2014-06",
    dateNote: "The Daily Review of 2017-04-14 says the prison board adopted the policy in June 2014; no day is given.",
    category: "decision",
    kind: "detainer-policy",
    title: "Bradford County, Pennsylvania, prison board requires a judge's signature for ICE holds",
    summary:
      "The Bradford County Prison Board adopts a policy that the county jail will keep someone past release for ICE only if ICE presents a judge-signed arrest warrant or detainer. The board rescinded it in April 2017.",
    actor: "Bradford County Prison Board",
    actorJurisdiction: "county-42015",
    jurisdictions: ["county-42015"],
    citations: [
      {
        source: "daily-review-bradford-sanctuary-2017-04-14",
        evidence: "The prison board had adopted the policy in June 2014.",
        confidence: "high",
      },
      {
        source: "daily-review-bradford-sanctuary-2017-04-14",
        evidence: "a warrant signed by a judge for the individual’s arrest",
        confidence: "high",
      },
    ],
  },
  {
    id: "westmoreland-county-pa-detainer-policy",
    date: "2014",
    dateNote:
      "TribLIVE (2017-03-03) dates the practice from 2014 and the county solicitor's memorandum to three years before; no month was found.",
    category: "decision",
    kind: "detainer-policy",
    title: "Westmoreland County, Pennsylvania, stops holding people on ICE detainers",
    summary:
      "On a memorandum from the county solicitor's office warning of lawsuit risk, Westmoreland County's jail stops honoring ICE detainer requests, treating them as requests rather than orders after the Third Circuit's 2014 ruling.",
    actor: "Westmoreland County (county solicitor's office and county prison)",
    actorJurisdiction: "county-42129",
    jurisdictions: ["county-42129"],
    note: 'TribLIVE words it as refusing "immigration detainees"; WESA describes the county jail as following the 2014 ruling that detainers are only requests. In 2024 the prison board adopted a policy to comply with detainers.',
    citations: [
      {
        source: "triblive-westmoreland-sanctuary-bill-2017-03-03",
        evidence: "since 2014 has refused to accept immigration detainees at its jail",
        confidence: "medium",
      },
      {
        source: "triblive-westmoreland-sanctuary-bill-2017-03-03",
        evidence: "a memorandum released three years ago by the county solicitor's office",
        confidence: "medium",
      },
      {
        source: "wesa-westmoreland-butler-sanctuary-bill-2017-02-14",
        evidence: "complies with a 2014 Third Circuit Court decision",
        confidence: "medium",
      },
    ],
  },
  {
    id: "perry-county-pa-detainer-policy",
    date: "2014",
    dateNote:
      "PennLive (republished) says the policy ran for five years until 2019 and that the county required a judge's warrant since 2014; no month was found.",
    category: "decision",
    kind: "detainer-policy",
    title: "Perry County, Pennsylvania, prison requires a judge's warrant to hold people for ICE",
    summary:
      "The Perry County Prison adopts a policy of holding someone named in an ICE detainer only on a warrant from a judge; the prison board altered it in 2017 and ended it in 2019.",
    actor: "Perry County Prison",
    actorJurisdiction: "county-42099",
    jurisdictions: ["county-42099"],
    note: "The body that adopted the 2014 policy is not named in the text seen; the prison board ended it in 2019.",
    citations: [
      {
        source: "pennlive-perry-county-policy-reversal",
        evidence: "the Perry County Prison ended a five-year policy",
        confidence: "medium",
      },
      {
        source: "pennlive-perry-county-policy-reversal",
        evidence: "it required a warrant from a judge to hold someone",
        confidence: "medium",
      },
    ],
  },
  {
    id: "ice-setting-the-record-straight-2010-08-17",
    date: "2010-08-17",
    dateNote:
      "The date the document carries, as the CCR/NDLON/Cardozo response and Sheriff Hennessey's letter of August 31 give it. The San Francisco Examiner and SF Appeal report it as released publicly on a Thursday about a week later, late in August; the release day is left open.",
    category: "program",
    kind: "statement",
    title: 'ICE\'s "Setting the Record Straight" describes a way for localities to decline activation',
    summary:
      "In a seven-page fact sheet answering its critics, ICE denies forcing states and localities into Secure Communities and, for the first time, describes a procedure: a jurisdiction that does not want to be switched on writes to its state identification bureau and to ICE, after which a meeting may lead to a later activation date or removal from the deployment plan.",
    actor: "U.S. Immigration and Customs Enforcement (ICE)",
    actorJurisdiction: "us",
    jurisdictions: ["us"],
    note: "ICE's own copy of the document was not found; its words are known through the American Prospect, the SF Examiner and Hennessey's letter as quoted by the Bay Guardian. A Scribd copy (scribd.com/doc/38563566) was seen only in its opening claims. Within two months ICE and Secretary Napolitano said the program could not be declined (see napolitano-no-opt-out-statement-2010-10-06).",
    citations: [
      {
        source: "uncoverthetruth-ccr-response-ice-spin-2010",
        evidence: "In a document dated August 17, 2010, ICE purports",
        confidence: "high",
      },
      {
        source: "uncoverthetruth-ccr-response-ice-spin-2010",
        evidence: "announced a procedure for local jurisdictions to request to opt-out",
        confidence: "high",
      },
      {
        source: "sfbg-hennessey-opt-out-letter-2010-08-31",
        evidence: "on August 17, ICE issued a communication",
        confidence: "high",
      },
      {
        source: "prospect-ice-changes-mind-2010-10",
        evidence: "ICE does not coerce states and localities into participation in Secure Communities",
        confidence: "high",
      },
      {
        source: "sf-examiner-sheriff-meeting-ice-2010-09",
        evidence: "fact sheet called “Secure Communities: Setting the Record Straight",
        confidence: "high",
      },
      {
        source: "mercury-news-santa-clara-opt-out-2010-09-28",
        evidence: "A seven-page memo released last month by U.S. Immigration and Customs Enforcement",
        confidence: "high",
      },
    ],
  },
  {
    id: "sf-sheriff-renewed-opt-out-request-2010-08-31",
    date: "2010-08-31",
    dateNote:
      "The Bay Guardian post of 2010-08-31 calls it his August 31 letter; the SF Examiner says Tuesday, and 2010-08-31 was a Tuesday. A reposted Chronicle story says he sent a further letter on Wednesday (2010-09-01) repeating Tuesday's request.",
    category: "decision",
    kind: "opt-out-request",
    title: "San Francisco's sheriff asks again to leave Secure Communities, citing ICE's new procedure",
    summary:
      "Sheriff Michael Hennessey writes to Attorney General Jerry Brown and to ICE's Secure Communities officials David Venturella and Marc Rapp, invoking the opt-out steps in ICE's August fact sheet and renewing San Francisco's request, refused in May, to be taken out of the program.",
    actor: "San Francisco Sheriff Michael Hennessey",
    actorJurisdiction: "county-06075",
    jurisdictions: ["county-06075"],
    note: "His first request (May 2010) and the Attorney General's refusal are sf-sheriff-opt-out-request and ca-attorney-general-refuses-sf-opt-out.",
    citations: [
      {
        source: "sfbg-hennessey-opt-out-letter-2010-08-31",
        evidence: "In his August 31 letter, Hennessey observes",
        confidence: "high",
      },
      {
        source: "sfbg-hennessey-opt-out-letter-2010-08-31",
        evidence: "reaffirming San Francisco’s desire to opt out of Secure-Communities",
        confidence: "high",
      },
      {
        source: "sf-examiner-sheriff-meeting-ice-2010-09",
        evidence: "On Tuesday, Hennessey sent a letter to Attorney General Jerry Brown",
        confidence: "high",
      },
      {
        source: "ccr-new-document-voluntary-2010-09-01",
        evidence: "The Sheriff re-submitted a request to opt out this week",
        confidence: "high",
      },
    ],
  },
  {
    id: "ice-agrees-to-review-sf-opt-out-2010-09-01",
    date: "2010-09-01",
    dateNote:
      "The Chronicle story reposted on Thursday 2010-09-02 says ICE spoke on Wednesday, i.e. 2010-09-01; the SF Examiner also gives Wednesday.",
    category: "program",
    kind: "statement",
    title: "ICE says it will review San Francisco's opt-out request with the state",
    summary:
      "Answering the sheriff's renewed letters, an ICE spokeswoman says the agency has contacted the state Attorney General's office and will meet the parties, and that a resolution could include changing San Francisco's activation status.",
    actor: "U.S. Immigration and Customs Enforcement (ICE)",
    actorJurisdiction: "us",
    jurisdictions: ["county-06075"],
    note: "The meeting, first set for October 13 and postponed at the sheriff's request until after the November election (Mercury News, 2010-09-28), ended in ICE's refusal of 2010-11-09 (ice-refuses-sf-opt-out-2010-11-09).",
    citations: [
      {
        source: "sf-chronicle-repost-ice-ponders-sf-opt-out-2010-09-02",
        evidence: "U.S. immigration officials said Wednesday they will consider San Francisco's request",
        confidence: "medium",
      },
      {
        source: "sf-examiner-sheriff-meeting-ice-2010-09",
        evidence: "ICE spokeswoman Virginia Kice said federal authorities have contacted Brown’s office",
        confidence: "high",
      },
      {
        source: "sf-appeal-ice-agrees-consider-sf-opt-out-2010-09",
        evidence: "Federal immigration officials said they would consider the request.",
        confidence: "high",
      },
    ],
  },
  {
    id: "napolitano-letter-lofgren-opt-out-2010-09-07",
    date: "2010-09-07",
    category: "program",
    kind: "statement",
    title: "Napolitano's letter to Rep. Lofgren sets out how a local agency can stay out of the deployment plan",
    summary:
      "Answering Representative Zoe Lofgren's July 27 inquiry, Homeland Security Secretary Janet Napolitano writes that a police or sheriff's agency wishing to stay out should tell both ICE's Secure Communities assistant director and its state identification bureau; advocates read the letter as confirming an opt-out.",
    actor: "Secretary of Homeland Security Janet Napolitano",
    actorJurisdiction: "us",
    jurisdictions: ["us"],
    note: 'The letter itself was not found; it is known through Deportation Nation and the Washington Independent\'s quotation. The Washington Independent notes she never used the words "opt out", and on 2010-10-06 she said her letter concerned only timing.',
    citations: [
      {
        source: "deportation-nation-napolitano-confirms-opt-out-2010-09",
        evidence: "letter sent Sept. 7 to Representative Zoe Lofgren",
        confidence: "high",
      },
      {
        source: "washington-independent-napolitano-no-opt-out-2010-10-06",
        evidence: "In a Sept. 7 letter to Rep. Zoe Lofgren",
        confidence: "high",
      },
      {
        source: "washington-independent-napolitano-no-opt-out-2010-10-06",
        evidence: "does not wish to participate in the Secure Communities deployment plan",
        confidence: "high",
      },
    ],
  },
  {
    id: "ice-official-no-opt-out-wapo-2010-10-01",
    date: "2010-10-01",
    dateNote:
      "Immigration Impact's post dated 2010-10-01 cites \"Today's Washington Post\"; the Post story itself was not seen and may have gone online a day earlier.",
    category: "program",
    kind: "statement",
    title: "A senior ICE official tells the Washington Post localities cannot opt out",
    summary:
      "Days after the Arlington and Santa Clara votes, a senior ICE official speaking without his name tells the Washington Post that the program rests on information sharing between the FBI and ICE, not on local cooperation, so local fingerprints will keep reaching ICE.",
    actor: "U.S. Immigration and Customs Enforcement (ICE), through an unnamed senior official",
    actorJurisdiction: "us",
    jurisdictions: ["us"],
    note: "An anonymous statement reported by the press, not a signed act; Secretary Napolitano confirmed the position on the record on 2010-10-06.",
    citations: [
      {
        source: "uncoverthetruth-deportation-nation-opt-out-part-2",
        evidence: "not based on state or local cooperation in federal law enforcement",
        confidence: "high",
      },
      {
        source: "immigration-impact-counties-say-no-2010-10-01",
        evidence: "is not a realistic possibility, and never was",
        confidence: "medium",
      },
      {
        source: "prospect-ice-changes-mind-2010-10",
        evidence: "A senior ICE official, speaking on the condition of anonymity",
        confidence: "medium",
      },
    ],
  },
  {
    id: "napolitano-no-opt-out-statement-2010-10-06",
    date: "2010-10-06",
    dateNote:
      'The Washington Independent story dated October 06, 2010 says she confirmed it "today"; the Washington Post of 2011-02-16 places the statement in October.',
    category: "program",
    kind: "statement",
    title: "Napolitano says Secure Communities is not an opt-in, opt-out program",
    summary:
      "At a press event on deportation figures, Secretary Janet Napolitano says the department does not regard Secure Communities as something localities can join or leave, and that her September letter concerned only timing of implementation. The statement marks the turn from a program presented as voluntary to one treated as mandatory.",
    actor: "Secretary of Homeland Security Janet Napolitano",
    actorJurisdiction: "us",
    jurisdictions: ["us"],
    note: "The Washington Independent attributes the quotation to an ICE spokeswoman relaying her words; Deportation Nation (via the American Prospect) gives a fuller version.",
    citations: [
      {
        source: "washington-independent-napolitano-no-opt-out-2010-10-06",
        evidence: "We don’t consider Secure Communities an opt in/opt out program",
        confidence: "high",
      },
      {
        source: "washington-independent-napolitano-no-opt-out-2010-10-06",
        evidence: "October 06, 2010",
        confidence: "high",
      },
      {
        source: "prospect-napolitano-confirms-no-opt-out-2010-10",
        evidence: "we do not view this as an opt-in, opt-out program",
        confidence: "high",
      },
      {
        source: "washington-post-authorities-at-odds-2011-02-16",
        evidence: "In October, DHS Secretary Janet Napolitano declared that Secure Communities was not",
        confidence: "high",
      },
    ],
  },
  {
    id: "ice-refuses-arlington-opt-out-2010-11-05",
    date: "2010-11-05",
    dateNote: "The county's release of Friday, November 05, 2010 carries the manager's memo written after that day's meeting.",
    category: "decision",
    kind: "refusal",
    title: "ICE tells Arlington County it cannot withhold fingerprints from Secure Communities",
    summary:
      "Meeting Arlington's county manager, police chief and sheriff, ICE officials say an activated locality cannot keep its fingerprints out of the program; its only choices are not to receive ICE's replies, or to stop sending prints to the state, which Virginia law does not allow. The reason given was Virginia's own participation.",
    actor: "U.S. Immigration and Customs Enforcement (ICE)",
    actorJurisdiction: "us",
    jurisdictions: ["county-51013"],
    citations: [
      {
        source: "arlington-county-manager-memo-ice-2010-11-05",
        evidence: "local activated communities do not have the option of withholding information",
        confidence: "high",
      },
      {
        source: "arlington-county-manager-memo-ice-2010-11-05",
        evidence: "Friday, November 05, 2010",
        confidence: "high",
      },
      {
        source: "washington-independent-arlington-drops-opt-out-2010-11",
        evidence: "cannot be removed from Secure Communities because the state of Virginia agreed",
        confidence: "high",
      },
      {
        source: "arlnow-arlington-declines-opt-out-2010-11-05",
        evidence: "Arlington officials were given two options for opting out",
        confidence: "high",
      },
    ],
  },
  {
    id: "arlington-drops-opt-out-effort-2010-11",
    date: "2010-11",
    dateNote:
      'Colorlines (2010-11-09), citing the Washington Independent, says the effort was dropped "as of Monday", which would be 2010-11-08; the Washington Independent story\'s own date was not seen, so the month is kept.',
    category: "decision",
    kind: "statement",
    title: "Arlington County gives up its attempt to opt out of Secure Communities",
    summary:
      "After the November 5 meeting with ICE, Arlington's county manager rejects both options ICE offered as unworkable, and the county abandons the opt-out the County Board had voted for in September.",
    actor: "Arlington County Manager Barbara Donnellan",
    actorJurisdiction: "county-51013",
    jurisdictions: ["county-51013"],
    note: "Reports speak of 'the county' and 'county officials'; no Board vote to end the effort was found, so the manager, whose memo rejected the options, is given as actor. Follows arlington-opt-out-vote (2010-09-28).",
    citations: [
      {
        source: "colorlines-arlington-ends-fight-2010-11-09",
        evidence: "county officials in Arlington have dropped their effort to opt out",
        confidence: "high",
      },
      {
        source: "washington-independent-arlington-drops-opt-out-2010-11",
        evidence: "is giving up on its push to remove itself from Secure Communities",
        confidence: "high",
      },
      {
        source: "arlnow-arlington-declines-opt-out-2010-11-05",
        evidence: "Donnellan wrote, rejecting the option",
        confidence: "medium",
      },
    ],
  },
  {
    id: "ice-refuses-sf-opt-out-2010-11-09",
    date: "2010-11-09",
    dateNote: 'The Washington Independent item is dated Tuesday, November 09, 2010 and reports the meeting as held "today".',
    category: "decision",
    kind: "refusal",
    title: "ICE tells San Francisco it cannot leave Secure Communities",
    summary:
      "At the meeting San Francisco had sought since its opt-out request, ICE concedes it had spread confusing information but says fingerprints taken for criminal checks will still be shared with it; its Secure Communities director adds that local jails need not honor its detainer requests.",
    actor: "U.S. Immigration and Customs Enforcement (ICE)",
    actorJurisdiction: "us",
    jurisdictions: ["county-06075"],
    note: "The sheriff's office said afterwards it might stop honoring some detainers instead; San Francisco's later detainer decisions are in sf-resolution-535-11 and sf-due-process-for-all-ordinance.",
    citations: [
      {
        source: "washington-independent-sf-wont-opt-out-2010-11-09",
        evidence: "San Francisco won’t be opting out of Secure Communities",
        confidence: "high",
      },
      {
        source: "washington-independent-sf-wont-opt-out-2010-11-09",
        evidence: "counties cannot prevent fingerprints collected for criminal background checks from being shared",
        confidence: "high",
      },
      {
        source: "washington-independent-sf-wont-opt-out-2010-11-09",
        evidence: "Tuesday, November 09, 2010",
        confidence: "high",
      },
    ],
  },
  {
    id: "ice-refuses-santa-clara-opt-out-2010-11-09",
    date: "2010-11-09",
    dateNote:
      "The county's release of 2010-11-10 says it learned on Tuesday; the Gilroy Dispatch of 2010-11-10 speaks of Tuesday's announcement. Tuesday was 2010-11-09.",
    category: "decision",
    kind: "refusal",
    title: "Federal and state officials refuse Santa Clara County's request to leave Secure Communities",
    summary:
      "ICE, with the California Department of Justice, tells Santa Clara County that it cannot opt out and that the program will keep running in the county jail, despite an earlier letter from ICE's Secure Communities director offering to discuss removing counties.",
    actor: "U.S. Immigration and Customs Enforcement (ICE)",
    actorJurisdiction: "us",
    jurisdictions: ["county-06085"],
    note: "The county's release names both federal and state officials as blocking the opt-out; the state's part (California Department of Justice) is not described further. Follows santa-clara-opt-out-vote (2010-09-28).",
    citations: [
      {
        source: "gilroy-dispatch-feds-to-county-2010-11-10",
        evidence: "the local jurisdiction will not be able to opt out",
        confidence: "high",
      },
      {
        source: "gilroy-dispatch-feds-to-county-2010-11-10",
        evidence: "Tuesday’s announcement that counties can’t avoid the net",
        confidence: "high",
      },
      {
        source: "santa-clara-county-denied-opt-out-2010-11-10",
        evidence: "learned Tuesday that federal and state officials will block",
        confidence: "high",
      },
    ],
  },
  {
    id: "santa-clara-resolution-2010-316",
    date: "2010-06-22",
    dateNote:
      "The county report quoted by Uncover the Truth dates the resolution to June 22, 2010; the archive record gives the number. That the two are the same rests on their matching subject, so the pairing is medium confidence.",
    category: "decision",
    kind: "resolution",
    title: "Santa Clara County restates that it does not enforce federal civil immigration law (Resolution 2010-316)",
    summary:
      "Weeks after ICE switched Secure Communities on in the county without its consent, the Santa Clara County supervisors unanimously adopt a resolution barring county staff from acting on a person's immigration status alone and affirming that the county does not enforce civil immigration law.",
    actor: "Santa Clara County Board of Supervisors",
    actorJurisdiction: "county-06085",
    jurisdictions: ["county-06085"],
    citations: [
      {
        source: "mtholyoke-santa-clara-resolution-2010-316",
        evidence: "Resolution 2010-316: Advancing Public Safety and Affirming the Separation between County Operations",
        confidence: "high",
      },
      {
        source: "mtholyoke-santa-clara-resolution-2010-316",
        evidence: "no County department, agency, officer, or employee shall initiate any inquiry",
        confidence: "high",
      },
      {
        source: "santa-clara-county-resolution",
        evidence: "The Board of Supervisors on June 22, 2010 unanimously passed a resolution",
        confidence: "high",
      },
      {
        source: "sccgov-affirms-commitment-public-health-safety",
        evidence: "immigrants need not be fearful of County employees reporting their immigration status",
        confidence: "medium",
      },
    ],
  },
  {
    id: "santa-clara-board-seeks-clarification-2010-08-10",
    date: "2010-08-10",
    category: "decision",
    kind: "statement",
    title: "Santa Clara supervisors tell county counsel to ask whether the county must take part",
    summary:
      "The Santa Clara County Board of Supervisors directs County Counsel to ask the Department of Homeland Security, the California Department of Justice and the county's members of Congress what obligation the county has to take part in Secure Communities.",
    actor: "Santa Clara County Board of Supervisors",
    actorJurisdiction: "county-06085",
    jurisdictions: ["county-06085"],
    note: "It led to the report behind the opt-out vote of 2010-09-28.",
    citations: [
      {
        source: "santa-clara-county-resolution",
        evidence: "On August 10, 2010, the Board of Supervisors directed County Counsel",
        confidence: "high",
      },
    ],
  },
  {
    id: "napolitano-opt-out-misunderstanding-2011-04-25",
    date: "2011-04-25",
    dateNote:
      'The ImmigrationProf post of Tuesday 2011-04-26 says she met the Chronicle\'s editorial board "yesterday", and the quoted Chronicle story says Monday.',
    category: "program",
    kind: "statement",
    title: "Napolitano calls the opt-out question a misunderstanding from the start",
    summary:
      "Meeting the San Francisco Chronicle's editorial board, Secretary Napolitano admits ICE's messages could be misread but says local governments cannot decide for themselves to leave the fingerprint check.",
    actor: "Secretary of Homeland Security Janet Napolitano",
    actorJurisdiction: "us",
    jurisdictions: ["us"],
    note: "Three days later Rep. Lofgren asked the DHS Inspector General to investigate the agency's statements on opting out (Menendez and CCR releases of 2011-04-28, seen but not recorded as events).",
    citations: [
      {
        source: "lawprofessors-napolitano-no-opt-out-2011-04-26",
        evidence: "This whole opt-in, opt-out thing was a misunderstanding from the get-go",
        confidence: "high",
      },
      {
        source: "lawprofessors-napolitano-no-opt-out-2011-04-26",
        evidence: "local governments cannot decide on their own to",
        confidence: "high",
      },
    ],
  },
  {
    id: "dhs-refuses-illinois-withdrawal-2011-05-05",
    date: "2011-05-05",
    dateNote:
      "The Huffington Post story, as quoted by America's Voice, says DHS officials confirmed it on Thursday, the day after Governor Quinn's Wednesday (2011-05-04) letter. Its address carries 2011/05/06, and a Colorlines item reposted on 2011-05-07 says DHS spoke 'two days after' Quinn's announcement, i.e. Friday; Thursday is kept, as the original report's own word.",
    category: "decision",
    kind: "refusal",
    title: "DHS says Illinois must keep sharing fingerprints despite its withdrawal",
    summary:
      "A day after Governor Pat Quinn ends Illinois's agreement, Homeland Security officials tell the Huffington Post the state's arrest fingerprints will still go to immigration authorities, overriding the first state withdrawal from the program.",
    actor: "U.S. Department of Homeland Security",
    actorJurisdiction: "us",
    jurisdictions: ["us-il"],
    note: "Follows il-governor-withdraws (2011-05-04). ICE Director Morton was to meet Illinois officials on Friday 2011-05-06 (Deportation Nation). Illinois was fully activated on 2013-01-22 (il-statewide-activation).",
    citations: [
      {
        source: "americas-voice-dhs-force-illinois-2011-05",
        evidence: "will not allow Illinois law enforcement to stop sharing information",
        confidence: "high",
      },
      {
        source: "americas-voice-dhs-force-illinois-2011-05",
        evidence: "DHS officials confirmed on Thursday",
        confidence: "high",
      },
      {
        source: "eyesoverarizona-dhs-overrides-illinois-2011-05-06",
        evidence: "DHS Overrides State, Says Illinois Must Share Fingerprint Data For Deportations",
        confidence: "medium",
      },
      {
        source: "deportation-nation-illinois-terminates-2011-05",
        evidence: "DHS has confirmed that the agency will not allow the state",
        confidence: "high",
      },
      {
        source: "allgov-quinn-withdrawal-letter",
        evidence: "DHS has told Illinois it can’t withdraw from Secure Communities",
        confidence: "high",
      },
    ],
  },
  {
    id: "ice-secure-communities-changes-2011-06-17",
    date: "2011-06-17",
    category: "program",
    kind: "statement",
    title: "ICE announces changes to Secure Communities and a prosecutorial discretion memo",
    summary:
      "ICE announces adjustments to the program: an advisory committee of police, sheriffs, prosecutors and advocates to report within 45 days, including on people charged with minor traffic offenses; a memo from Director John Morton on prosecutorial discretion and protecting crime victims and witnesses; and new civil-rights training for local agencies.",
    actor: "U.S. Immigration and Customs Enforcement (ICE)",
    actorJurisdiction: "us",
    jurisdictions: ["us"],
    note: "Advocates called the changes minor and noted that ICE did not accept the refusals of states and counties. The advisory group became the Homeland Security Advisory Council's Task Force on Secure Communities (hsac-task-force-report-2011-09). AJC dates the announcement only 'On Friday'; 2011-06-17 was a Friday.",
    citations: [
      {
        source: "uncoverthetruth-briefing-guide-ice-modifications-2011",
        evidence: "On June 17, 2011, Immigration and Customs Enforcement (ICE) announced",
        confidence: "high",
      },
      {
        source: "ajc-improvements-secure-communities-2011-06",
        evidence: "ICE is creating a new advisory committee that will advise the Director",
        confidence: "high",
      },
      {
        source: "ajc-improvements-secure-communities-2011-06",
        evidence: "ICE Director Morton has issued a new memo providing guidance",
        confidence: "high",
      },
      {
        source: "immigrationlawdc-morton-memo-2011-06-17",
        evidence: "issued a memorandum on June 17, 2011 allowing for an increase",
        confidence: "high",
      },
      {
        source: "indonesiamedia-ice-announces-improvements-2011-06",
        evidence: "today announced key improvements to the Secure Communities program",
        confidence: "medium",
      },
    ],
  },
  {
    id: "hsac-task-force-report-2011-09",
    date: "2011-09",
    dateNote:
      "The report is dated September 2011; a blog post of 2011-09-21 says it was submitted 'this week'. DHS says the full Advisory Council endorsed and released it in November 2011.",
    category: "program",
    kind: "statement",
    title: "DHS advisory task force delivers its findings on Secure Communities",
    summary:
      "The Homeland Security Advisory Council's Task Force on Secure Communities, set up in June at the Secretary's request, reports on confusion over the program's voluntary nature, the gap between its stated goals and who is deported, minor traffic offenses, harm to community policing and whether to suspend it.",
    actor: "Homeland Security Advisory Council Task Force on Secure Communities",
    actorJurisdiction: "us",
    jurisdictions: ["us"],
    note: "An advisory body's report, not an ICE act; ICE's written response came later (DHS page mentions training completed by January 2012). ImmigrationDirect says 5 of 19 members resigned before release; another account calls it a 20-member task force.",
    citations: [
      {
        source: "scribd-hsac-task-force-report-2011-09",
        evidence: "TASK FORCE ON SECURE COMMUNITIES FINDINGS AND RECOMMENDATIONS SEPTEMBER 2011",
        confidence: "high",
      },
      {
        source: "johnmanley-task-force-recommendations-2011-09-21",
        evidence: "that task force submitted its final recommendations in a report",
        confidence: "medium",
      },
      {
        source: "dhs-ice-response-task-force",
        evidence: "In November 2011, the HSAC endorsed and released the Task Force’s",
        confidence: "high",
      },
      {
        source: "dhs-ice-response-task-force",
        evidence: "was created in June 2011 at the request of the Secretary",
        confidence: "high",
      },
      {
        source: "immigrationdirect-task-force-criticizes",
        evidence: "Five of the 19 task force members resigned",
        confidence: "medium",
      },
    ],
  },
  {
    id: "ri-attorney-general-signs-moa-2011-01",
    date: "2011-01",
    dateNote:
      "GoLocalProv of Monday 2011-01-17 says he signed 'last week', i.e. the week of 2011-01-10; the RI.gov release's own date was not seen.",
    category: "decision",
    kind: "moa-signing",
    title: "Rhode Island's attorney general signs the state into Secure Communities",
    summary:
      "Newly sworn-in Attorney General Peter Kilmartin, whose office runs the state's criminal fingerprint bureau, signs the Secure Communities memorandum of agreement with ICE, and DHS countersigns soon after, enrolling the whole state.",
    actor: "Rhode Island Attorney General Peter F. Kilmartin",
    actorJurisdiction: "us-ri",
    jurisdictions: ["us-ri"],
    note: "Governor Lincoln Chafee had days earlier rescinded his predecessor's 287(g) order (Indypendent, 2011-01-10), a separate matter. The state was activated on 2011-03-22 (ri-statewide-activation-2011-03-22).",
    citations: [
      {
        source: "ri-gov-kilmartin-signs-moa",
        evidence: "Kilmartin today signed a memorandum of agreement (MOA)",
        confidence: "high",
      },
      {
        source: "golocalprov-providence-may-opt-out-2011-01-17",
        evidence: "Kilmartin signed a memorandum of agreement with the U.S. Department",
        confidence: "high",
      },
      {
        source: "colorlines-providence-says-no-2011-03-09",
        evidence: "Attorney General Peter Kilmartin signed the entire state up",
        confidence: "high",
      },
      {
        source: "ri-gov-kilmartin-dhs-signed-moa",
        evidence: "DHS has signed the memorandum of agreement (MOA) for Rhode Island",
        confidence: "high",
      },
    ],
  },
  {
    id: "providence-asks-to-opt-out-2011-02",
    date: "2011-02",
    dateNote:
      "The Providence Journal of 2011-02-25 says the letter went 'two weeks ago' (about 2011-02-11); GoLocalProv of 2011-02-26 says it made headlines that week. The month is kept.",
    category: "decision",
    kind: "opt-out-request",
    title: "Providence's public safety commissioner asks DHS to keep the city out of Secure Communities",
    summary:
      "Steven Pare writes to the Department of Homeland Security asking that Providence be allowed to stay out of the program, arguing it would undermine the trust community policing has built with immigrants. The state police superintendent publicly attacks the request before Governor Chafee silences him.",
    actor: "Providence Commissioner of Public Safety Steven M. Pare",
    actorJurisdiction: "city-4459000",
    jurisdictions: ["city-4459000"],
    note: "GoLocalProv of 2011-02-26 describes the letter as asking whether the city could opt out; the Providence Journal calls it a request for permission. The program was switched on statewide, Providence included, on 2011-03-22.",
    citations: [
      {
        source: "projo-chafee-stifles-dispute-2011-02-25",
        evidence: "Providence Public Safety Commissioner Steven M. Pare two weeks ago asked permission",
        confidence: "high",
      },
      {
        source: "golocalprov-ri-immigration-chaos-2011-02-26",
        evidence: "Steven Pare sent a letter to the Department of Homeland Security",
        confidence: "high",
      },
      {
        source: "riaclu-applauds-providence-opt-out",
        evidence: "a letter to federal immigration officials requesting to opt out",
        confidence: "high",
      },
      {
        source: "colorlines-providence-says-no-2011-03-09",
        evidence: "prompted Providence Public Safety Commissioner Steve Pare to send a letter",
        confidence: "high",
      },
    ],
  },
  {
    id: "providence-council-resolution-2011-03-03",
    date: "2011-03-03",
    dateNote: "WPRI (2017) gives the vote as March 3, 2011; Colorlines of 2011-03-09 says 'last week'.",
    category: "decision",
    kind: "resolution",
    title: "Providence City Council passes a resolution opposing Secure Communities",
    summary:
      "The Providence City Council adopts a resolution, introduced by Councilor Seth Yurdin, opposing Secure Communities after testimony from immigrant and civil rights groups.",
    actor: "Providence City Council",
    actorJurisdiction: "city-4459000",
    jurisdictions: ["city-4459000"],
    note: "A resolution asking the public safety commissioner and police chief to study the program and the city's opt-out options was sponsored by the whole council in January 2011 and referred to committee (GoLocalProv, 2011-01-17); whether the March resolution is that one, as amended, is not stated. ICE's 2017 declined-detainer report cited a 2011 Providence resolution.",
    citations: [
      {
        source: "colorlines-providence-says-no-2011-03-09",
        evidence: "the city council of Providence last week passed a resolution",
        confidence: "high",
      },
      {
        source: "wpri-providence-doc-federal-list-2017-03-21",
        evidence: "the City Council’s vote on March 3, 2011",
        confidence: "medium",
      },
    ],
  },
  {
    id: "oakland-council-endorses-trust-act-2011-06-07",
    date: "2011-06-07",
    dateNote:
      "New America Media says the Oakland vote came hours after the Los Angeles council's, which was Tuesday 2011-06-07 (la-council-resolution); read as the same day.",
    category: "decision",
    kind: "resolution",
    title: "Oakland City Council endorses California's TRUST Act, 8-0",
    summary:
      "The Oakland City Council votes unanimously to support Assemblymember Tom Ammiano's TRUST Act (AB 1081), which as then written would have let California counties opt out of Secure Communities.",
    actor: "Oakland City Council",
    actorJurisdiction: "city-0653000",
    jurisdictions: ["city-0653000"],
    note: "The resolution's number and text were not found.",
    citations: [
      {
        source: "new-america-media-trust-act-2011-06",
        evidence: "the Oakland City Council voted 8-0 to endorse the TRUST Act",
        confidence: "high",
      },
      {
        source: "new-america-media-trust-act-2011-06",
        evidence: "Hours after the Los Angeles City Council's vote",
        confidence: "medium",
      },
    ],
  },
  {
    id: "boston-mayor-threatens-withdrawal-2011-07-11",
    date: "2011-07-11",
    dateNote:
      "MIRA's statement dated Monday, July 11, 2011 and CBS Boston of 2011-07-11; Homeland Security Newswire (2011-07-13) says Monday.",
    category: "decision",
    kind: "statement",
    title: "Boston's mayor says the city will leave Secure Communities unless it changes",
    summary:
      "Mayor Thomas Menino, whose city had piloted the program, sends his police commissioner to Washington with a letter to the Secure Communities task force: unless the program separates people charged with felonies from those arrested for minor offenses, Boston will stop taking part.",
    actor: "Mayor Thomas M. Menino",
    actorJurisdiction: "city-2507000",
    jurisdictions: ["city-2507000"],
    note: "Conditional: most reports call it a threat; Metro US headlined that Menino removed Boston from the program. No later withdrawal was found; Massachusetts was activated statewide on 2012-05-15 (Suffolk County, Boston's county, since 2008-11-05 in the county dataset).",
    citations: [
      {
        source: "hsnw-boston-threatens-withdraw-2011-07-13",
        evidence: "will withdraw the city from the controversial Secure Communities program unless",
        confidence: "high",
      },
      {
        source: "cbs-boston-menino-threatens-2011-07-11",
        evidence: "Mayor Menino is threatening to end the city of Boston’s participation",
        confidence: "high",
      },
      {
        source: "mira-advocates-encourage-menino-2011-07-11",
        evidence: "Monday, July 11, 2011",
        confidence: "high",
      },
      {
        source: "metro-menino-removes-boston",
        evidence: "Menino removes Boston from federal immigration program",
        confidence: "low",
      },
    ],
  },
  {
    id: "springfield-ma-council-resolves-2011-07",
    date: "2011-07",
    dateNote: "Month from the address of the blog post describing a Monday council meeting; the day was not seen.",
    category: "decision",
    kind: "resolution",
    title: "Springfield, Massachusetts, City Council passes resolves against Secure Communities",
    summary:
      "The Springfield City Council takes up and, by MassLive's later account, passes resolves opposing the federal Secure Communities program before a packed chamber.",
    actor: "Springfield City Council (Massachusetts)",
    actorJurisdiction: "city-2567000",
    jurisdictions: ["city-2567000"],
    note: "The blog excerpt read lists the resolves on the agenda and mentions 'the votes on the resolves' without the result; that they passed rests on MassLive's May 2012 report, hence medium confidence.",
    citations: [
      {
        source: "wmasspi-springfield-council-2011-07",
        evidence: "resolves opposed to the Federal Government’s Secure Communities initiative",
        confidence: "medium",
      },
      {
        source: "masslive-amherst-town-meeting-2012-05",
        evidence: "the Springfield City councils have passed similar resolutions",
        confidence: "medium",
      },
    ],
  },
  {
    id: "new-haven-mayor-asks-ice-to-delay-2012-02-20",
    date: "2012-02-20",
    dateNote:
      "WNPR's story is dated Feb 20, 2012 and the New Haven Independent reports a Monday press conference; 2012-02-20 was a Monday.",
    category: "decision",
    kind: "statement",
    title: "New Haven's mayor asks ICE to delay Secure Communities in Connecticut",
    summary:
      "Two days before the program's statewide start, Mayor John DeStefano calls it a threat to community policing that conflicts with the city's order barring officers from acting on immigration status, and asks ICE to delay it and the governor to reject it.",
    actor: "Mayor John DeStefano Jr.",
    actorJurisdiction: "city-0952000",
    jurisdictions: ["city-0952000"],
    note: "The New Haven Board of Aldermen's Resolution LM-2011-0330 on Secure Communities (ida.mtholyoke.edu/items/98131e55-be45-45ff-b839-f135bb588d02) was found, but not its date.",
    citations: [
      {
        source: "new-haven-independent-city-pushes-back-2012-02",
        evidence: "issued the public plea to federal Immigration and Customs Enforcement (ICE)",
        confidence: "high",
      },
      {
        source: "wnpr-new-haven-rejects-2012-02-20",
        evidence: "calling on Governor Dannel Malloy to reject the initiative",
        confidence: "high",
      },
      {
        source: "yale-daily-news-officials-protest-2012-02-21",
        evidence: "called on U.S. Immigrations and Customs Enforcement to delay the implementation",
        confidence: "high",
      },
    ],
  },
  {
    id: "ct-governor-detainer-review-2012-02",
    date: "2012-02",
    dateNote: "Reported 2012-02-20 as already in place; when it began is not stated.",
    category: "decision",
    kind: "detainer-policy",
    title: "Connecticut weighs ICE detainer requests case by case under the governor's review",
    summary:
      "As the program reaches the whole state, WNPR reports that Governor Dannel Malloy has asked for a continuing review of Secure Communities and that, meanwhile, each ICE detention request is to be considered individually.",
    actor: "Governor Dannel P. Malloy",
    actorJurisdiction: "us-ct",
    jurisdictions: ["us-ct"],
    note: "The report does not say who ordered the case-by-case handling or which agencies it binds; attributed to the governor's review, medium confidence. Connecticut's later TRUST Act is ct-trust-act-passed.",
    citations: [
      {
        source: "wnpr-new-haven-rejects-2012-02-20",
        evidence: "Governor Malloy has asked for an ongoing review of the program",
        confidence: "medium",
      },
      {
        source: "wnpr-new-haven-rejects-2012-02-20",
        evidence: "will be considered on a case by case basis",
        confidence: "medium",
      },
    ],
  },
  {
    id: "chicago-mayor-announces-welcoming-city-2012-07-10",
    date: "2012-07-10",
    dateNote:
      "The Sun-Times item of Thursday 2012-07-12 (quoted by a blog) says the plan was unveiled Tuesday, i.e. 2012-07-10; Lawndale News (July 2012) also says Tuesday.",
    category: "decision",
    kind: "statement",
    title: "Chicago's mayor announces a Welcoming City ordinance to limit police holds for ICE",
    summary:
      "Mayor Rahm Emanuel, with Rep. Luis Gutierrez, announces an ordinance under which Chicago police would hold undocumented people for immigration authorities only if wanted on a criminal warrant, convicted of a serious crime, or otherwise a clear threat.",
    actor: "Mayor Rahm Emanuel",
    actorJurisdiction: "city-1714000",
    jurisdictions: ["city-1714000"],
    note: "The City Council's passage of the ordinance (reportedly later in 2012) was not found in the pages read and is not recorded.",
    citations: [
      {
        source: "lawndale-news-welcoming-city-2012-07",
        evidence: "announced Tuesday his intention to introduce a Welcoming City Ordinance",
        confidence: "high",
      },
      {
        source: "ncimmigrationlawyer-sun-times-welcome-city-2012-07-12",
        evidence: "under a mayoral plan unveiled Tuesday",
        confidence: "medium",
      },
      {
        source: "ncimmigrationlawyer-sun-times-welcome-city-2012-07-12",
        evidence: "Chicago Sun-Times, July 12, 2012",
        confidence: "medium",
      },
    ],
  },
  {
    id: "amherst-town-meeting-resolution-2012-05",
    date: "2012-05",
    dateNote:
      "MassLive's report (May 2012, from its address) says the annual Town Meeting concluded 'this week'; the Gazette (2017) confirms a 2012 resolution.",
    category: "decision",
    kind: "resolution",
    title: "Amherst Town Meeting directs town officials to stay out of Secure Communities",
    summary:
      "Amherst's Town Meeting adopts a resolution, rewritten by the town manager from a proposed bylaw and backed by the police, that town officials shall not take part, as far as the law allows, in federal immigration enforcement programs including Secure Communities.",
    actor: "Amherst Town Meeting",
    jurisdictions: ["county-25015"],
    note: "Amherst, Massachusetts, is a town not among the package's cities; the event is filed under its county, Hampshire County (county-25015), whose own government did not act, so it names no actor's jurisdiction. The resolution was strengthened into a sanctuary bylaw in May 2017.",
    citations: [
      {
        source: "masslive-amherst-town-meeting-2012-05",
        evidence: "instructs police, town officials to opt out of Secure Communities",
        confidence: "high",
      },
      {
        source: "masslive-amherst-town-meeting-2012-05",
        evidence: "shall not participate in federal law enforcement programs relating to immigration enforcement",
        confidence: "high",
      },
      {
        source: "gazettenet-amherst-editorial-2017-05-11",
        evidence: "strengthens a resolution adopted by Town Meeting in 2012",
        confidence: "high",
      },
    ],
  },
  {
    id: "ca-trust-act-ab1081-passed-2012-08",
    date: "2012-08",
    dateNote:
      "Final (Assembly concurrence) vote reported in a post dated 2012-08-25 as 'today'; the exact day is left at the month. The Senate passed the bill on Thursday 2012-07-05 (Free Speech TV, dated that day).",
    category: "decision",
    kind: "bill-passed",
    title: "California Legislature sends the TRUST Act (AB 1081) to the governor",
    summary:
      "After the state Senate approves it 21-13 in July, the Assembly passes Tom Ammiano's TRUST Act with 48 votes, sending the governor a bill that would have barred local jails from holding people on ICE detainers unless they faced or had serious or violent felony charges or convictions.",
    actor: "California State Legislature",
    actorJurisdiction: "us-ca",
    jurisdictions: ["us-ca"],
    citations: [
      {
        source: "josezcalderon-assembly-passes-trust-act-2012-08-25",
        evidence: "The CA Assembly passed the TRUST Act (AB 1081) today",
        confidence: "medium",
      },
      {
        source: "freespeech-ca-senate-approves-trust-act-2012-07-05",
        evidence: "The California State Senate on Thursday approved AB 1081",
        confidence: "high",
      },
    ],
  },
  {
    id: "ca-governor-vetoes-trust-act-2012-09-30",
    date: "2012-09-30",
    dateNote: "ABC News of 2012-09-30 says Sunday; KPCC of 2012-10-01 says 'last night'.",
    category: "decision",
    kind: "refusal",
    title: "Governor Jerry Brown vetoes the TRUST Act",
    summary:
      "On the signing deadline, Governor Brown vetoes the TRUST Act, saying that although federal agents should not press local officers to hold people arrested for minor offenses, the bill's list of serious crimes left out offenses such as some child abuse, drug trafficking and weapons sales.",
    actor: "Governor Jerry Brown",
    actorJurisdiction: "us-ca",
    jurisdictions: ["us-ca"],
    note: "A revised bill, AB 4, was introduced on 2012-12-03 and signed on 2013-10-05 (ca-trust-act-signed).",
    citations: [
      {
        source: "abc-news-brown-vetoes-trust-act-2012-09-30",
        evidence: "California Gov. Jerry Brown on Sunday vetoed the TRUST Act",
        confidence: "high",
      },
      {
        source: "kpcc-why-did-brown-veto-trust-act-2012-10-01",
        evidence: "was vetoed last night by Gov. Jerry Brown",
        confidence: "high",
      },
      {
        source: "24ahead-brown-vetoes-trust-act",
        evidence: "the list of offenses codified in the bill is fatally flawed",
        confidence: "medium",
      },
    ],
  },
  {
    id: "ca-trust-act-ab4-introduced-2012-12-03",
    date: "2012-12-03",
    dateNote:
      "Reuters and Immigration Impact both place the reintroduction on the day before the Attorney General's bulletin of Tuesday 2012-12-04.",
    category: "decision",
    kind: "bill-introduced",
    title: "The TRUST Act is reintroduced in the California Legislature as AB 4",
    summary:
      "A revised TRUST Act is introduced the day before the Attorney General's detainer bulletin, again limiting local holds on ICE detainers to people convicted of serious or violent felonies.",
    actor: "Assemblymember Tom Ammiano",
    actorJurisdiction: "us-ca",
    jurisdictions: ["us-ca"],
    note: "The sources for the day do not name the bill number or author; NDLON's 2013 page gives 'AB 4 – Ammiano'.",
    citations: [
      {
        source: "immigration-impact-guidance-ripples-2012-12-11",
        evidence: "the day after the re-introduction of the TRUST Act",
        confidence: "high",
      },
      {
        source: "reuters-chicago-tribune-ca-detention-voluntary-2012-12-04",
        evidence: "the day after a bill was introduced in the state legislature",
        confidence: "high",
      },
      {
        source: "ndlon-trust-act-heads-to-governor-2013",
        evidence: "TRUST Act (AB 4 – Ammiano)",
        confidence: "medium",
      },
    ],
  },
  {
    id: "ca-attorney-general-detainer-bulletin-2012-12-04",
    date: "2012-12-04",
    category: "decision",
    kind: "detainer-policy",
    title: "California's attorney general tells police that ICE detainers are requests, not orders (Bulletin 2012-DLE-01)",
    summary:
      "Attorney General Kamala Harris issues an information bulletin to state and local law enforcement saying that federal detainers under Secure Communities are requests each agency may decline, and that agencies may adopt their own rules on when to honor them.",
    actor: "California Attorney General Kamala D. Harris",
    actorJurisdiction: "us-ca",
    jurisdictions: ["us-ca"],
    note: "The bulletin is guidance rather than a binding rule. Immigration Impact stresses that it did not make the fingerprint sharing itself optional, contrary to some headlines (LA Times: 'Secure Communities is optional').",
    citations: [
      {
        source: "scribd-ca-doj-bulletin-2012-dle-01",
        evidence: "individual federal detainers are requests, not commands",
        confidence: "high",
      },
      {
        source: "scribd-ca-doj-bulletin-2012-dle-01",
        evidence: "2012-DLE-01",
        confidence: "high",
      },
      {
        source: "kpcc-ag-detainers-not-compulsory-2012-12-04",
        evidence: "Kamala Harris issued this guidance to law enforcement agencies Tuesday",
        confidence: "high",
      },
      {
        source: "reuters-chicago-tribune-ca-detention-voluntary-2012-12-04",
        evidence: "immigration detainers are not compulsory",
        confidence: "high",
      },
    ],
  },
  {
    id: "colorado-repeals-sb90-2013-04-26",
    date: "2013-04-26",
    category: "decision",
    kind: "law",
    title: "Colorado repeals its 2006 immigrant-reporting law",
    summary:
      "Governor John Hickenlooper signs the Community and Law Enforcement Trust Act, repealing the 2006 law that required police to report arrestees suspected of being undocumented to ICE and barred local limits on cooperation. Supporters argued Secure Communities' fingerprint checks had made it redundant.",
    actor: "Governor John Hickenlooper",
    actorJurisdiction: "us-co",
    jurisdictions: ["us-co"],
    note: "The Senate's final vote was 21-13 on 2013-04-08 (ACLU bill history; KDVR 'Monday'); the House passed it on 2013-03-25.",
    citations: [
      {
        source: "aclu-co-hb13-1258",
        evidence: "04/26/2013 - Governor Action - Signed",
        confidence: "high",
      },
      {
        source: "cbs-denver-ap-reporting-requirement-repealed-2013-04-26",
        evidence: "Hickenlooper on Friday signed a bill that repeals the 2006 law",
        confidence: "high",
      },
      {
        source: "denver-post-ap-reporting-requirement-repealed-2013-04-26",
        evidence: "Democratic Gov. John Hickenlooper signed a bill Friday that repeals",
        confidence: "high",
      },
      {
        source: "kdvr-repeal-clears-senate-2013-04",
        evidence: "clearing the state senate Monday on a final 21-13 vote",
        confidence: "high",
      },
    ],
  },
  {
    id: "galarza-v-szalczyk-third-circuit-2014-03-04",
    date: "2014-03-04",
    category: "litigation",
    kind: "lawsuit",
    title: "Third Circuit rules ICE detainers are requests in Galarza v. Szalczyk",
    summary:
      "In the case of Ernesto Galarza, a U.S. citizen held three days in the Lehigh County jail on an ICE detainer after posting bail, the federal appeals court holds that detainers do not oblige local jails to hold anyone, so a county can be liable for holds it chooses to carry out.",
    actor: "U.S. Court of Appeals for the Third Circuit",
    actorJurisdiction: "us",
    jurisdictions: ["county-42077", "us-pa"],
    note: "The ruling reversed the district court's dismissal of the claims against Lehigh County; the county changed its detainer policy in 2014 (lehigh-county-detainer-resolution). 745 F.3d 634, No. 12-3991.",
    citations: [
      {
        source: "elawyers-galarza-v-szalczyk-opinion",
        evidence: "Opinion Filed: March 4, 2014",
        confidence: "high",
      },
      {
        source: "vlex-galarza-v-szalczyk",
        evidence: "Decision Date04 March 2014",
        confidence: "high",
      },
      {
        source: "aba-media-alert-galarza-2014-03-05",
        evidence: "Do Not Require State and Local Agencies to Detain Suspects",
        confidence: "high",
      },
      {
        source: "immigrationlawnj-galarza-2014",
        evidence: "ruled that an immigration detainer is NOT mandatory",
        confidence: "high",
      },
    ],
  },
  {
    id: "miranda-olivares-v-clackamas-2014-04-11",
    date: "2014-04-11",
    category: "litigation",
    kind: "lawsuit",
    title: "Federal court in Oregon rules Clackamas County violated the Fourth Amendment by holding a woman on an ICE detainer",
    summary:
      "Ruling on Maria Miranda-Olivares's suit, the court finds that Clackamas County, by keeping her jailed on an ICE detainer after she was due for release, made a new seizure without probable cause, and that the detainer was a request the county was free to refuse. Oregon sheriffs began dropping detainer holds within days.",
    actor: "U.S. District Court for the District of Oregon (Magistrate Judge Janice M. Stewart)",
    actorJurisdiction: "us",
    jurisdictions: ["county-41005", "us-or"],
    note: "Case No. 3:12-cv-02317-ST, filed 2012-12-21. The Oregonian calls her a U.S. District Court judge; Ballotpedia and the opinion call her a magistrate judge. The Oregon counties' changes are in clackamas-county-detainer-change and related records.",
    citations: [
      {
        source: "ballotpedia-miranda-olivares",
        evidence: "District of Oregon on April 11, 2014",
        confidence: "high",
      },
      {
        source: "oregonian-clackamas-violated-rights-2014-04",
        evidence: "ruled Friday that county officials misinterpreted a request to detain",
        confidence: "high",
      },
      {
        source: "lexisnexis-miranda-olivares-2014-04-17",
        evidence: "county officials violated a woman’s Fourth Amendment rights",
        confidence: "high",
      },
    ],
  },
  {
    id: "ilg-oregon-counties-list-2014-05-02",
    date: "2014-05-02",
    dateNote: "The date is the one the list gives itself: “Updated list of Counties (May 2, 2014)”.",
    category: "publication",
    kind: "data-release",
    title: "Immigrant Law Group lists the Oregon counties that no longer honor ICE holds",
    summary:
      "The Portland firm Immigrant Law Group published an updated list of Oregon counties it said would not hold people on an ICE detainer alone after the Clackamas County ruling of 11 April 2014. The list names 30 counties and the Springfield police department, and was compiled from sheriffs’ public statements and from what community members were told by sheriffs’ information officers.",
    actor: "Immigrant Law Group (Portland, Oregon)",
    jurisdictions: ["us-or"],
    claims: [
      {
        about: "county-41001",
        statement:
          "Listed by the firm among Oregon counties that no longer treat an ICE hold on its own as grounds to keep someone in jail.",
        asWritten: "Baker",
        reading: "Baker County, Oregon",
        confidence: "high",
      },
      {
        about: "county-41005",
        statement:
          "Listed by the firm among Oregon counties that no longer treat an ICE hold on its own as grounds to keep someone in jail.",
        asWritten: "Clackamas",
        reading: "Clackamas County, Oregon",
        confidence: "high",
      },
      {
        about: "county-41007",
        statement:
          "Listed by the firm among Oregon counties that no longer treat an ICE hold on its own as grounds to keep someone in jail.",
        asWritten: "Clatsop",
        reading: "Clatsop County, Oregon",
        confidence: "high",
      },
      {
        about: "county-41011",
        statement:
          "Listed by the firm among Oregon counties that no longer treat an ICE hold on its own as grounds to keep someone in jail.",
        asWritten: "Coos",
        reading: "Coos County, Oregon",
        confidence: "high",
      },
      {
        about: "county-41013",
        statement:
          "Listed by the firm among Oregon counties that no longer treat an ICE hold on its own as grounds to keep someone in jail.",
        asWritten: "Crook",
        reading: "Crook County, Oregon",
        confidence: "high",
      },
      {
        about: "county-41015",
        statement:
          "Listed by the firm among Oregon counties that no longer treat an ICE hold on its own as grounds to keep someone in jail.",
        asWritten: "Curry",
        reading: "Curry County, Oregon",
        confidence: "high",
      },
      {
        about: "county-41017",
        statement:
          "Listed by the firm among Oregon counties that no longer treat an ICE hold on its own as grounds to keep someone in jail.",
        asWritten: "Deschutes",
        reading: "Deschutes County, Oregon",
        confidence: "high",
      },
      {
        about: "county-41019",
        statement:
          "Listed by the firm among Oregon counties that no longer treat an ICE hold on its own as grounds to keep someone in jail.",
        asWritten: "Douglas",
        reading: "Douglas County, Oregon",
        confidence: "high",
      },
      {
        about: "county-41021",
        statement:
          "Listed by the firm among Oregon counties that no longer treat an ICE hold on its own as grounds to keep someone in jail.",
        asWritten: "Gilliam",
        reading: "Gilliam County, Oregon",
        confidence: "high",
      },
      {
        about: "county-41023",
        statement:
          "Listed by the firm among Oregon counties that no longer treat an ICE hold on its own as grounds to keep someone in jail.",
        asWritten: "Grant",
        reading: "Grant County, Oregon",
        confidence: "high",
      },
      {
        about: "county-41027",
        statement:
          "Listed by the firm among Oregon counties that no longer treat an ICE hold on its own as grounds to keep someone in jail.",
        asWritten: "Hood River",
        reading: "Hood River County, Oregon",
        confidence: "high",
      },
      {
        about: "county-41029",
        statement:
          "Listed by the firm among Oregon counties that no longer treat an ICE hold on its own as grounds to keep someone in jail.",
        asWritten: "Jackson",
        reading: "Jackson County, Oregon",
        confidence: "high",
      },
      {
        about: "county-41031",
        statement:
          "Listed by the firm among Oregon counties that no longer treat an ICE hold on its own as grounds to keep someone in jail.",
        asWritten: "Jefferson",
        reading: "Jefferson County, Oregon",
        confidence: "high",
      },
      {
        about: "county-41033",
        statement:
          "Listed by the firm among Oregon counties that no longer treat an ICE hold on its own as grounds to keep someone in jail.",
        asWritten: "Josephine",
        reading: "Josephine County, Oregon",
        confidence: "high",
        note: "The Oregonian’s April 2014 article on the same list says the firm had not yet heard back from Josephine County; by the 2 May update the county is on the list.",
      },
      {
        about: "county-41039",
        statement:
          "Listed by the firm among Oregon counties that no longer treat an ICE hold on its own as grounds to keep someone in jail.",
        asWritten: "Lane",
        reading: "Lane County, Oregon",
        confidence: "high",
      },
      {
        about: "county-41041",
        statement:
          "Listed by the firm among Oregon counties that no longer treat an ICE hold on its own as grounds to keep someone in jail.",
        asWritten: "Lincoln",
        reading: "Lincoln County, Oregon",
        confidence: "high",
      },
      {
        about: "county-41043",
        statement:
          "Listed by the firm among Oregon counties that no longer treat an ICE hold on its own as grounds to keep someone in jail.",
        asWritten: "Linn",
        reading: "Linn County, Oregon",
        confidence: "high",
      },
      {
        about: "county-41045",
        statement:
          "Listed by the firm among Oregon counties that no longer treat an ICE hold on its own as grounds to keep someone in jail.",
        asWritten: "Malheur",
        reading: "Malheur County, Oregon",
        confidence: "high",
      },
      {
        about: "county-41047",
        statement:
          "Listed by the firm among Oregon counties that no longer treat an ICE hold on its own as grounds to keep someone in jail.",
        asWritten: "Marion",
        reading: "Marion County, Oregon",
        confidence: "high",
      },
      {
        about: "county-41051",
        statement:
          "Listed by the firm among Oregon counties that no longer treat an ICE hold on its own as grounds to keep someone in jail.",
        asWritten: "Multnomah",
        reading: "Multnomah County, Oregon",
        confidence: "high",
      },
      {
        about: "county-41053",
        statement:
          "Listed by the firm among Oregon counties that no longer treat an ICE hold on its own as grounds to keep someone in jail.",
        asWritten: "Polk",
        reading: "Polk County, Oregon",
        confidence: "high",
      },
      {
        about: "county-41055",
        statement:
          "Listed by the firm among Oregon counties that no longer treat an ICE hold on its own as grounds to keep someone in jail.",
        asWritten: "Sherman",
        reading: "Sherman County, Oregon",
        confidence: "high",
      },
      {
        about: "county-41057",
        statement:
          "Listed by the firm among Oregon counties that no longer treat an ICE hold on its own as grounds to keep someone in jail.",
        asWritten: "Tillamook",
        reading: "Tillamook County, Oregon",
        confidence: "high",
      },
      {
        about: "county-41059",
        statement:
          "Listed by the firm among Oregon counties that no longer treat an ICE hold on its own as grounds to keep someone in jail.",
        asWritten: "Umatilla",
        reading: "Umatilla County, Oregon",
        confidence: "high",
      },
      {
        about: "county-41061",
        statement:
          "Listed by the firm among Oregon counties that no longer treat an ICE hold on its own as grounds to keep someone in jail.",
        asWritten: "Union",
        reading: "Union County, Oregon",
        confidence: "high",
      },
      {
        about: "county-41063",
        statement:
          "Listed by the firm among Oregon counties that no longer treat an ICE hold on its own as grounds to keep someone in jail.",
        asWritten: "Wallowa",
        reading: "Wallowa County, Oregon",
        confidence: "high",
      },
      {
        about: "county-41065",
        statement:
          "Listed by the firm among Oregon counties that no longer treat an ICE hold on its own as grounds to keep someone in jail.",
        asWritten: "Wasco",
        reading: "Wasco County, Oregon",
        confidence: "high",
      },
      {
        about: "county-41067",
        statement:
          "Listed by the firm among Oregon counties that no longer treat an ICE hold on its own as grounds to keep someone in jail.",
        asWritten: "Washington",
        reading: "Washington County, Oregon",
        confidence: "high",
      },
      {
        about: "county-41069",
        statement:
          "Listed by the firm among Oregon counties that no longer treat an ICE hold on its own as grounds to keep someone in jail.",
        asWritten: "Wheeler",
        reading: "Wheeler County, Oregon",
        confidence: "high",
        note: "The Oregonian notes that Wheeler County has no jail of its own and contracts with other agencies to hold prisoners, so the entry concerns the jail that holds its prisoners.",
      },
      {
        about: "county-41071",
        statement:
          "Listed by the firm among Oregon counties that no longer treat an ICE hold on its own as grounds to keep someone in jail.",
        asWritten: "Yamhill",
        reading: "Yamhill County, Oregon",
        confidence: "high",
      },
      {
        about: "county-41039",
        statement:
          "Listed by the firm, alongside the counties, as an agency that no longer treats an ICE hold on its own as grounds to hold someone.",
        asWritten: "Springfield Police Department",
        reading: "the police department of the city of Springfield, Oregon, which lies in Lane County",
        confidence: "low",
        note: "Springfield is not among the cities the package records, so the claim is filed under Lane County, where the city lies. It concerns the city police, not the Lane County sheriff, which the list names separately.",
      },
    ],
    note: "The firm’s own caveat: the list rests on public statements and on reports by community members, with sources to be linked later. The Oregonian said in April 2014 that the firm’s attorney Stephen Manning had called every county. Of Oregon’s 36 counties, the six not on the list are Benton, Columbia, Harney, Klamath, Lake and Morrow.",
    citations: [
      {
        source: "ilg-ice-holds-oregon-2014-05-02",
        evidence: "Updated list of Counties (May 2, 2014)",
        confidence: "high",
      },
      {
        source: "ilg-ice-holds-oregon-2014-05-02",
        evidence: "Counties* in Oregon that do not honor ICE holds",
        confidence: "high",
      },
      {
        source: "oregonian-detainer-changes-23-counties-2014-04",
        evidence: "Attorney Stephen Manning said his team has called every county.",
        confidence: "medium",
      },
    ],
  },
  {
    id: "oregonian-oregon-detainer-tally-2014-04",
    date: "2014-04",
    dateNote: "Month from the article’s address; the article post-dates the 11 April 2014 ruling it reports.",
    category: "publication",
    kind: "statement",
    title: "The Oregonian counts twenty-three Oregon agencies that changed their detainer practice",
    summary:
      "The Oregonian reported that 23 Oregon law enforcement agencies had so far stopped holding people solely for ICE, drawing on the Immigrant Law Group’s running list. It names the Washington, Clackamas and Multnomah county agencies as the first to announce changes.",
    actor: "The Oregonian",
    jurisdictions: ["us-or"],
    claims: [
      {
        about: "county-41067",
        statement: "Named among the first Oregon agencies to announce a changed detainer policy after the April 2014 ruling.",
        asWritten: "Washington, Clackamas and Multnomah counties",
        reading: "Washington County, Oregon",
        confidence: "high",
      },
      {
        about: "county-41005",
        statement: "Named among the first Oregon agencies to announce a changed detainer policy after the April 2014 ruling.",
        asWritten: "Washington, Clackamas and Multnomah counties",
        reading: "Clackamas County, Oregon",
        confidence: "high",
      },
      {
        about: "county-41051",
        statement: "Named among the first Oregon agencies to announce a changed detainer policy after the April 2014 ruling.",
        asWritten: "Washington, Clackamas and Multnomah counties",
        reading: "Multnomah County, Oregon",
        confidence: "high",
      },
    ],
    note: "The headline counts counties, the text counts law enforcement agencies. Josephine County is named only as a county the law firm had not yet heard from; Wheeler County only as one without its own jail.",
    citations: [
      {
        source: "oregonian-detainer-changes-23-counties-2014-04",
        evidence: "Twenty-three Oregon law enforcement agencies so far have changed",
        confidence: "high",
      },
      {
        source: "oregonian-detainer-changes-23-counties-2014-04",
        evidence: "agencies in Washington, Clackamas and Multnomah counties were the first",
        confidence: "high",
      },
    ],
  },
  {
    id: "meyer-law-colorado-list-2014-06-24",
    date: "2014-06-24",
    dateNote: "The list says it is current as of June 24, 2014; the page hosting it was first posted on 5 May 2014.",
    category: "publication",
    kind: "data-release",
    title: "Meyer Law Office lists the Colorado jurisdictions that stopped honoring ICE holds",
    summary:
      "The Meyer Law Office, a Colorado law firm, kept a numbered list of Colorado jurisdictions that had decided to stop honoring ICE holds after the spring 2014 court rulings. In its 24 June 2014 state the list has 32 entries: 31 counties and an entry for “Aurora Municipal”.",
    actor: "The Meyer Law Office",
    jurisdictions: ["us-co"],
    claims: [
      {
        about: "county-08001",
        statement:
          "Listed by the law office among Colorado jurisdictions that decided to stop honoring ICE holds it calls unconstitutional.",
        asWritten: "Adams",
        reading: "Adams County, Colorado",
        confidence: "high",
      },
      {
        about: "city-0804000",
        statement: "Listed by the law office among Colorado jurisdictions that decided to stop honoring ICE holds.",
        asWritten: "Aurora Municipal",
        reading: "the city of Aurora, Colorado",
        confidence: "medium",
        note: "The only entry that is not a county; “Aurora Municipal” is read as the city of Aurora’s own (municipal) law enforcement, not any county.",
      },
      {
        about: "county-08013",
        statement:
          "Listed by the law office among Colorado jurisdictions that decided to stop honoring ICE holds it calls unconstitutional.",
        asWritten: "Boulder",
        reading: "Boulder County, Colorado",
        confidence: "high",
      },
      {
        about: "county-08019",
        statement:
          "Listed by the law office among Colorado jurisdictions that decided to stop honoring ICE holds it calls unconstitutional.",
        asWritten: "Clear Creek",
        reading: "Clear Creek County, Colorado",
        confidence: "high",
      },
      {
        about: "county-08031",
        statement:
          "Listed by the law office among Colorado jurisdictions that decided to stop honoring ICE holds it calls unconstitutional.",
        asWritten: "Denver",
        reading: "Denver County, Colorado",
        confidence: "high",
        note: "Denver is a consolidated city and county; the package records it as county-08031.",
      },
      {
        about: "county-08037",
        statement:
          "Listed by the law office among Colorado jurisdictions that decided to stop honoring ICE holds it calls unconstitutional.",
        asWritten: "Eagle",
        reading: "Eagle County, Colorado",
        confidence: "high",
      },
      {
        about: "county-08043",
        statement:
          "Listed by the law office among Colorado jurisdictions that decided to stop honoring ICE holds it calls unconstitutional.",
        asWritten: "Fremont",
        reading: "Fremont County, Colorado",
        confidence: "high",
      },
      {
        about: "county-08045",
        statement:
          "Listed by the law office among Colorado jurisdictions that decided to stop honoring ICE holds it calls unconstitutional.",
        asWritten: "Garfield",
        reading: "Garfield County, Colorado",
        confidence: "high",
      },
      {
        about: "county-08049",
        statement:
          "Listed by the law office among Colorado jurisdictions that decided to stop honoring ICE holds it calls unconstitutional.",
        asWritten: "Grand",
        reading: "Grand County, Colorado",
        confidence: "high",
      },
      {
        about: "county-08051",
        statement:
          "Listed by the law office among Colorado jurisdictions that decided to stop honoring ICE holds it calls unconstitutional.",
        asWritten: "Gunnison",
        reading: "Gunnison County, Colorado",
        confidence: "high",
      },
      {
        about: "county-08053",
        statement:
          "Listed by the law office among Colorado jurisdictions that decided to stop honoring ICE holds it calls unconstitutional.",
        asWritten: "Hinsdale",
        reading: "Hinsdale County, Colorado",
        confidence: "high",
      },
      {
        about: "county-08059",
        statement:
          "Listed by the law office among Colorado jurisdictions that decided to stop honoring ICE holds it calls unconstitutional.",
        asWritten: "Jefferson",
        reading: "Jefferson County, Colorado",
        confidence: "high",
      },
      {
        about: "county-08063",
        statement:
          "Listed by the law office among Colorado jurisdictions that decided to stop honoring ICE holds it calls unconstitutional.",
        asWritten: "Kit Carson",
        reading: "Kit Carson County, Colorado",
        confidence: "high",
      },
      {
        about: "county-08067",
        statement:
          "Listed by the law office among Colorado jurisdictions that decided to stop honoring ICE holds it calls unconstitutional.",
        asWritten: "La Plata",
        reading: "La Plata County, Colorado",
        confidence: "high",
      },
      {
        about: "county-08065",
        statement:
          "Listed by the law office among Colorado jurisdictions that decided to stop honoring ICE holds it calls unconstitutional.",
        asWritten: "Lake",
        reading: "Lake County, Colorado",
        confidence: "high",
      },
      {
        about: "county-08075",
        statement:
          "Listed by the law office among Colorado jurisdictions that decided to stop honoring ICE holds it calls unconstitutional.",
        asWritten: "Logan",
        reading: "Logan County, Colorado",
        confidence: "high",
      },
      {
        about: "county-08077",
        statement:
          "Listed by the law office among Colorado jurisdictions that decided to stop honoring ICE holds it calls unconstitutional.",
        asWritten: "Mesa",
        reading: "Mesa County, Colorado",
        confidence: "high",
      },
      {
        about: "county-08081",
        statement:
          "Listed by the law office among Colorado jurisdictions that decided to stop honoring ICE holds it calls unconstitutional.",
        asWritten: "Moffat",
        reading: "Moffat County, Colorado",
        confidence: "high",
      },
      {
        about: "county-08085",
        statement:
          "Listed by the law office among Colorado jurisdictions that decided to stop honoring ICE holds it calls unconstitutional.",
        asWritten: "Montrose",
        reading: "Montrose County, Colorado",
        confidence: "high",
      },
      {
        about: "county-08087",
        statement:
          "Listed by the law office among Colorado jurisdictions that decided to stop honoring ICE holds it calls unconstitutional.",
        asWritten: "Morgan",
        reading: "Morgan County, Colorado",
        confidence: "high",
      },
      {
        about: "county-08089",
        statement:
          "Listed by the law office among Colorado jurisdictions that decided to stop honoring ICE holds it calls unconstitutional.",
        asWritten: "Otero",
        reading: "Otero County, Colorado",
        confidence: "high",
      },
      {
        about: "county-08097",
        statement:
          "Listed by the law office among Colorado jurisdictions that decided to stop honoring ICE holds it calls unconstitutional.",
        asWritten: "Pitkin",
        reading: "Pitkin County, Colorado",
        confidence: "high",
      },
      {
        about: "county-08099",
        statement:
          "Listed by the law office among Colorado jurisdictions that decided to stop honoring ICE holds it calls unconstitutional.",
        asWritten: "Prowers",
        reading: "Prowers County, Colorado",
        confidence: "high",
      },
      {
        about: "county-08101",
        statement:
          "Listed by the law office among Colorado jurisdictions that decided to stop honoring ICE holds it calls unconstitutional.",
        asWritten: "Pueblo",
        reading: "Pueblo County, Colorado",
        confidence: "high",
      },
      {
        about: "county-08103",
        statement:
          "Listed by the law office among Colorado jurisdictions that decided to stop honoring ICE holds it calls unconstitutional.",
        asWritten: "Rio Blanco",
        reading: "Rio Blanco County, Colorado",
        confidence: "high",
      },
      {
        about: "county-08107",
        statement:
          "Listed by the law office among Colorado jurisdictions that decided to stop honoring ICE holds it calls unconstitutional.",
        asWritten: "Routt",
        reading: "Routt County, Colorado",
        confidence: "high",
      },
      {
        about: "county-08109",
        statement:
          "Listed by the law office among Colorado jurisdictions that decided to stop honoring ICE holds it calls unconstitutional.",
        asWritten: "Saguache",
        reading: "Saguache County, Colorado",
        confidence: "high",
      },
      {
        about: "county-08111",
        statement:
          "Listed by the law office among Colorado jurisdictions that decided to stop honoring ICE holds it calls unconstitutional.",
        asWritten: "San Juan",
        reading: "San Juan County, Colorado",
        confidence: "high",
      },
      {
        about: "county-08113",
        statement:
          "Listed by the law office among Colorado jurisdictions that decided to stop honoring ICE holds it calls unconstitutional.",
        asWritten: "San Miguel",
        reading: "San Miguel County, Colorado",
        confidence: "high",
      },
      {
        about: "county-08115",
        statement:
          "Listed by the law office among Colorado jurisdictions that decided to stop honoring ICE holds it calls unconstitutional.",
        asWritten: "Sedgewick",
        reading: "Sedgwick County, Colorado",
        confidence: "high",
        note: "Spelled “Sedgewick” in the list; read as Sedgwick County, the only Colorado county of a like name.",
      },
      {
        about: "county-08121",
        statement:
          "Listed by the law office among Colorado jurisdictions that decided to stop honoring ICE holds it calls unconstitutional.",
        asWritten: "Washington",
        reading: "Washington County, Colorado",
        confidence: "high",
      },
      {
        about: "county-08125",
        statement:
          "Listed by the law office among Colorado jurisdictions that decided to stop honoring ICE holds it calls unconstitutional.",
        asWritten: "Yuma",
        reading: "Yuma County, Colorado",
        confidence: "high",
      },
    ],
    note: "The office says the list was built from sheriffs’ public statements and from community members’ reports after speaking with sheriff’s departments. Weld County, named by the Denver Post on 29 April as moving toward a new policy, is not on it.",
    citations: [
      {
        source: "meyer-law-colorado-ice-detainers-2014",
        evidence: "This list is current as of June 24, 2014",
        confidence: "high",
      },
      {
        source: "meyer-law-colorado-ice-detainers-2014",
        evidence: "decided to no longer honor unconstitutional ICE holds",
        confidence: "high",
      },
    ],
  },
  {
    id: "gazette-colorado-counties-list-2014-04-30",
    date: "2014-04-30",
    category: "publication",
    kind: "statement",
    title: "Colorado Springs Gazette names seven Colorado places refusing ICE holds",
    summary:
      "Reporting Denver’s announcement, the Gazette listed the six Colorado counties that had already said they would stop honoring ICE detainers, making seven with Denver.",
    actor: "The Gazette (Colorado Springs)",
    jurisdictions: ["us-co"],
    claims: [
      {
        about: "county-08031",
        statement: "Named among the Colorado places that said they would no longer honor ICE hold requests.",
        asWritten: "Denver joined Boulder, Mesa, Routt, Jefferson, Grand and San Miguel counties",
        reading: "Denver County, Colorado",
        confidence: "high",
      },
      {
        about: "county-08013",
        statement: "Named among the Colorado places that said they would no longer honor ICE hold requests.",
        asWritten: "Denver joined Boulder, Mesa, Routt, Jefferson, Grand and San Miguel counties",
        reading: "Boulder County, Colorado",
        confidence: "high",
      },
      {
        about: "county-08077",
        statement: "Named among the Colorado places that said they would no longer honor ICE hold requests.",
        asWritten: "Denver joined Boulder, Mesa, Routt, Jefferson, Grand and San Miguel counties",
        reading: "Mesa County, Colorado",
        confidence: "high",
      },
      {
        about: "county-08107",
        statement: "Named among the Colorado places that said they would no longer honor ICE hold requests.",
        asWritten: "Denver joined Boulder, Mesa, Routt, Jefferson, Grand and San Miguel counties",
        reading: "Routt County, Colorado",
        confidence: "high",
      },
      {
        about: "county-08059",
        statement: "Named among the Colorado places that said they would no longer honor ICE hold requests.",
        asWritten: "Denver joined Boulder, Mesa, Routt, Jefferson, Grand and San Miguel counties",
        reading: "Jefferson County, Colorado",
        confidence: "high",
      },
      {
        about: "county-08049",
        statement: "Named among the Colorado places that said they would no longer honor ICE hold requests.",
        asWritten: "Denver joined Boulder, Mesa, Routt, Jefferson, Grand and San Miguel counties",
        reading: "Grand County, Colorado",
        confidence: "high",
      },
      {
        about: "county-08113",
        statement: "Named among the Colorado places that said they would no longer honor ICE hold requests.",
        asWritten: "Denver joined Boulder, Mesa, Routt, Jefferson, Grand and San Miguel counties",
        reading: "San Miguel County, Colorado",
        confidence: "high",
      },
    ],
    note: "A day earlier the Denver Post had Boulder and San Miguel as having announced, and Jefferson, Mesa and Routt (with Adams and Weld) only as moving toward new policies.",
    citations: [
      {
        source: "gazette-denver-joins-counties-2014-04-30",
        evidence: "Denver joined Boulder, Mesa, Routt, Jefferson, Grand and San Miguel counties",
        confidence: "high",
      },
      {
        source: "denver-post-colorado-counties-ice-2014-04-29",
        evidence: "Boulder and San Miguel counties announced that they will no longer honor",
        confidence: "high",
      },
    ],
  },
  {
    id: "nwirp-washington-counties-list-2014",
    date: "2014",
    dateNote:
      "The page is undated. It follows the 22 April 2014 letter to sheriffs and cites no event after 2014 in the part read; kept at the year.",
    category: "publication",
    kind: "data-release",
    title: "Northwest Immigrant Rights Project lists Washington counties that changed detainer practice",
    summary:
      "NWIRP kept a list of Washington counties and local jurisdictions that announced changes to their handling of ICE detainers after the Oregon ruling of April 2014, with each county’s share of the state’s non-citizen population. Only the first twelve names could be read.",
    actor: "Northwest Immigrant Rights Project",
    jurisdictions: ["us-wa"],
    claims: [
      {
        about: "county-53005",
        statement: "Listed by NWIRP among Washington counties that announced they would stop, or limit, honoring ICE detainers.",
        asWritten: "Benton",
        reading: "Benton County, Washington",
        confidence: "high",
      },
      {
        about: "county-53007",
        statement: "Listed by NWIRP among Washington counties that announced they would stop, or limit, honoring ICE detainers.",
        asWritten: "Chelan",
        reading: "Chelan County, Washington",
        confidence: "high",
      },
      {
        about: "county-53009",
        statement: "Listed by NWIRP among Washington counties that announced they would stop, or limit, honoring ICE detainers.",
        asWritten: "Clallam",
        reading: "Clallam County, Washington",
        confidence: "high",
      },
      {
        about: "county-53011",
        statement: "Listed by NWIRP among Washington counties that announced they would stop, or limit, honoring ICE detainers.",
        asWritten: "Clark",
        reading: "Clark County, Washington",
        confidence: "high",
      },
      {
        about: "county-53015",
        statement: "Listed by NWIRP among Washington counties that announced they would stop, or limit, honoring ICE detainers.",
        asWritten: "Cowlitz",
        reading: "Cowlitz County, Washington",
        confidence: "high",
      },
      {
        about: "county-53017",
        statement: "Listed by NWIRP among Washington counties that announced they would stop, or limit, honoring ICE detainers.",
        asWritten: "Douglas",
        reading: "Douglas County, Washington",
        confidence: "high",
      },
      {
        about: "county-53021",
        statement: "Listed by NWIRP among Washington counties that announced they would stop, or limit, honoring ICE detainers.",
        asWritten: "Franklin",
        reading: "Franklin County, Washington",
        confidence: "high",
      },
      {
        about: "county-53033",
        statement: "Listed by NWIRP among Washington counties that announced they would stop, or limit, honoring ICE detainers.",
        asWritten: "King",
        reading: "King County, Washington",
        confidence: "high",
        note: "Marked with a footnote sign (**) in the list; the footnote was not read. King County’s limits came by ordinance in 2013, before the April 2014 ruling.",
      },
      {
        about: "county-53035",
        statement: "Listed by NWIRP among Washington counties that announced they would stop, or limit, honoring ICE detainers.",
        asWritten: "Kitsap",
        reading: "Kitsap County, Washington",
        confidence: "high",
      },
      {
        about: "county-53047",
        statement: "Listed by NWIRP among Washington counties that announced they would stop, or limit, honoring ICE detainers.",
        asWritten: "Okanogan",
        reading: "Okanogan County, Washington",
        confidence: "high",
      },
      {
        about: "county-53053",
        statement: "Listed by NWIRP among Washington counties that announced they would stop, or limit, honoring ICE detainers.",
        asWritten: "Pierce",
        reading: "Pierce County, Washington",
        confidence: "high",
      },
      {
        about: "county-53057",
        statement: "Listed by NWIRP among Washington counties that announced they would stop, or limit, honoring ICE detainers.",
        asWritten: "Skagit",
        reading: "Skagit County, Washington",
        confidence: "high",
        note: "The copy read ends right after this name.",
      },
    ],
    note: "Incomplete: the copy read stops alphabetically at Skagit, so counties later in the alphabet (for example Snohomish, Thurston, Walla Walla, Whatcom, Yakima) may be on the list but are not recorded here. NWIRP says some counties may still honor detainers in narrower cases.",
    citations: [
      {
        source: "nwirp-detainers-washington-2014",
        evidence: "a list of counties and local jurisdictions that have announced changes",
        confidence: "high",
      },
      {
        source: "nwirp-detainers-washington-2014",
        evidence: "they will not continue honoring ICE detainers as they had previously",
        confidence: "high",
      },
    ],
  },
  {
    id: "aclu-iowa-22-counties-2014-08-18",
    date: "2014-08-18",
    dateNote: "Radio Iowa and KCRG both carry the announcement on 2014-08-18; KCRG says the ACLU announced it “Monday”.",
    category: "publication",
    kind: "statement",
    title: "ACLU of Iowa names twenty-two counties that stopped honoring ICE detainers",
    summary:
      "After writing to all 99 Iowa sheriffs, the ACLU of Iowa announced that 22 of them had said they would no longer hold people on ICE detainers unless a judge had approved it, and named the 22 counties.",
    actor: "ACLU of Iowa",
    jurisdictions: ["us-ia"],
    claims: [
      {
        about: "county-19005",
        statement:
          "Named by the ACLU of Iowa among counties whose sheriffs told it they would no longer hold people for ICE without a judge’s order.",
        asWritten: "Allamakee",
        reading: "Allamakee County, Iowa",
        confidence: "high",
      },
      {
        about: "county-19011",
        statement:
          "Named by the ACLU of Iowa among counties whose sheriffs told it they would no longer hold people for ICE without a judge’s order.",
        asWritten: "Benton",
        reading: "Benton County, Iowa",
        confidence: "high",
      },
      {
        about: "county-19029",
        statement:
          "Named by the ACLU of Iowa among counties whose sheriffs told it they would no longer hold people for ICE without a judge’s order.",
        asWritten: "Cass",
        reading: "Cass County, Iowa",
        confidence: "high",
      },
      {
        about: "county-19045",
        statement:
          "Named by the ACLU of Iowa among counties whose sheriffs told it they would no longer hold people for ICE without a judge’s order.",
        asWritten: "Clinton",
        reading: "Clinton County, Iowa",
        confidence: "high",
      },
      {
        about: "county-19061",
        statement:
          "Named by the ACLU of Iowa among counties whose sheriffs told it they would no longer hold people for ICE without a judge’s order.",
        asWritten: "Dubuque",
        reading: "Dubuque County, Iowa",
        confidence: "high",
      },
      {
        about: "county-19069",
        statement:
          "Named by the ACLU of Iowa among counties whose sheriffs told it they would no longer hold people for ICE without a judge’s order.",
        asWritten: "Franklin",
        reading: "Franklin County, Iowa",
        confidence: "high",
        note: "In March 2017 this county’s sheriff told the Des Moines Register “If we get a detainer, we hold them” (Montgomery) or disputed ICE’s figures (Franklin), after ICE listed the county as non-cooperative.",
      },
      {
        about: "county-19071",
        statement:
          "Named by the ACLU of Iowa among counties whose sheriffs told it they would no longer hold people for ICE without a judge’s order.",
        asWritten: "Fremont",
        reading: "Fremont County, Iowa",
        confidence: "high",
      },
      {
        about: "county-19093",
        statement:
          "Named by the ACLU of Iowa among counties whose sheriffs told it they would no longer hold people for ICE without a judge’s order.",
        asWritten: "Ida",
        reading: "Ida County, Iowa",
        confidence: "high",
      },
      {
        about: "county-19095",
        statement:
          "Named by the ACLU of Iowa among counties whose sheriffs told it they would no longer hold people for ICE without a judge’s order.",
        asWritten: "Iowa",
        reading: "Iowa County, Iowa",
        confidence: "high",
      },
      {
        about: "county-19073",
        statement:
          "Named by the ACLU of Iowa among counties whose sheriffs told it they would no longer hold people for ICE without a judge’s order.",
        asWritten: "Greene",
        reading: "Greene County, Iowa",
        confidence: "high",
      },
      {
        about: "county-19101",
        statement:
          "Named by the ACLU of Iowa among counties whose sheriffs told it they would no longer hold people for ICE without a judge’s order.",
        asWritten: "Jefferson",
        reading: "Jefferson County, Iowa",
        confidence: "high",
      },
      {
        about: "county-19103",
        statement:
          "Named by the ACLU of Iowa among counties whose sheriffs told it they would no longer hold people for ICE without a judge’s order.",
        asWritten: "Johnson",
        reading: "Johnson County, Iowa",
        confidence: "high",
      },
      {
        about: "county-19113",
        statement:
          "Named by the ACLU of Iowa among counties whose sheriffs told it they would no longer hold people for ICE without a judge’s order.",
        asWritten: "Linn",
        reading: "Linn County, Iowa",
        confidence: "high",
      },
      {
        about: "county-19125",
        statement:
          "Named by the ACLU of Iowa among counties whose sheriffs told it they would no longer hold people for ICE without a judge’s order.",
        asWritten: "Marion",
        reading: "Marion County, Iowa",
        confidence: "high",
      },
      {
        about: "county-19133",
        statement:
          "Named by the ACLU of Iowa among counties whose sheriffs told it they would no longer hold people for ICE without a judge’s order.",
        asWritten: "Monona",
        reading: "Monona County, Iowa",
        confidence: "high",
      },
      {
        about: "county-19137",
        statement:
          "Named by the ACLU of Iowa among counties whose sheriffs told it they would no longer hold people for ICE without a judge’s order.",
        asWritten: "Montgomery",
        reading: "Montgomery County, Iowa",
        confidence: "high",
        note: "In March 2017 this county’s sheriff told the Des Moines Register “If we get a detainer, we hold them” (Montgomery) or disputed ICE’s figures (Franklin), after ICE listed the county as non-cooperative.",
      },
      {
        about: "county-19153",
        statement:
          "Named by the ACLU of Iowa among counties whose sheriffs told it they would no longer hold people for ICE without a judge’s order.",
        asWritten: "Polk",
        reading: "Polk County, Iowa",
        confidence: "high",
      },
      {
        about: "county-19155",
        statement:
          "Named by the ACLU of Iowa among counties whose sheriffs told it they would no longer hold people for ICE without a judge’s order.",
        asWritten: "Pottawattamie",
        reading: "Pottawattamie County, Iowa",
        confidence: "high",
      },
      {
        about: "county-19167",
        statement:
          "Named by the ACLU of Iowa among counties whose sheriffs told it they would no longer hold people for ICE without a judge’s order.",
        asWritten: "Sioux",
        reading: "Sioux County, Iowa",
        confidence: "high",
      },
      {
        about: "county-19169",
        statement:
          "Named by the ACLU of Iowa among counties whose sheriffs told it they would no longer hold people for ICE without a judge’s order.",
        asWritten: "Story",
        reading: "Story County, Iowa",
        confidence: "high",
      },
      {
        about: "county-19179",
        statement:
          "Named by the ACLU of Iowa among counties whose sheriffs told it they would no longer hold people for ICE without a judge’s order.",
        asWritten: "Wapello",
        reading: "Wapello County, Iowa",
        confidence: "high",
      },
      {
        about: "county-19191",
        statement:
          "Named by the ACLU of Iowa among counties whose sheriffs told it they would no longer hold people for ICE without a judge’s order.",
        asWritten: "Winneshiek",
        reading: "Winneshiek County, Iowa",
        confidence: "high",
      },
    ],
    note: "KCRG adds that the Linn and Johnson sheriffs had stopped such holds in the spring. The ACLU later published a longer list of 26 (see aclu-iowa-26-county-jails-list).",
    citations: [
      {
        source: "radio-iowa-22-counties-aclu-2014-08-18",
        evidence: "Twenty-two of Iowa’s 99 county sheriffs are no longer complying",
        confidence: "high",
      },
      {
        source: "kcrg-22-iowa-counties-2014-08-18",
        evidence: "The counties that are no longer honoring detainer requests from ICE are",
        confidence: "high",
      },
      {
        source: "desmoines-register-iowa-sheriffs-dispute-2017-03-23",
        evidence: '"If we get a detainer, we hold them," Sampson said.',
        confidence: "high",
      },
    ],
  },
  {
    id: "aclu-iowa-26-county-jails-list",
    date: "2014",
    dateNote:
      "The page is undated. It says the counties told the ACLU of Iowa in 2014; the Iowa City Press-Citizen cites the figure of 26 Iowa counties on 2016-03-01. The year is the year of the counties’ statements, not a proven publication date.",
    category: "publication",
    kind: "data-release",
    title: "ACLU of Iowa lists 26 county jails that no longer honor ICE detainers",
    summary:
      "A later version of the ACLU of Iowa’s list names 26 county jails, adding Black Hawk, Plymouth, Scott and Wright counties to the 22 announced in August 2014.",
    actor: "ACLU of Iowa",
    jurisdictions: ["us-ia"],
    claims: [
      {
        about: "county-19005",
        statement:
          "Named by the ACLU of Iowa among county jails that said in 2014 they would not hold people suspected of being undocumented without a judge-approved warrant.",
        asWritten: "Allamakee",
        reading: "Allamakee County, Iowa",
        confidence: "high",
      },
      {
        about: "county-19011",
        statement:
          "Named by the ACLU of Iowa among county jails that said in 2014 they would not hold people suspected of being undocumented without a judge-approved warrant.",
        asWritten: "Benton",
        reading: "Benton County, Iowa",
        confidence: "high",
      },
      {
        about: "county-19013",
        statement:
          "Named by the ACLU of Iowa among county jails that said in 2014 they would not hold people suspected of being undocumented without a judge-approved warrant.",
        asWritten: "Black Hawk",
        reading: "Black Hawk County, Iowa",
        confidence: "high",
        note: "Not on the ACLU’s 22-county list of 18 August 2014; added later.",
      },
      {
        about: "county-19029",
        statement:
          "Named by the ACLU of Iowa among county jails that said in 2014 they would not hold people suspected of being undocumented without a judge-approved warrant.",
        asWritten: "Cass",
        reading: "Cass County, Iowa",
        confidence: "high",
      },
      {
        about: "county-19045",
        statement:
          "Named by the ACLU of Iowa among county jails that said in 2014 they would not hold people suspected of being undocumented without a judge-approved warrant.",
        asWritten: "Clinton",
        reading: "Clinton County, Iowa",
        confidence: "high",
      },
      {
        about: "county-19061",
        statement:
          "Named by the ACLU of Iowa among county jails that said in 2014 they would not hold people suspected of being undocumented without a judge-approved warrant.",
        asWritten: "Dubuque",
        reading: "Dubuque County, Iowa",
        confidence: "high",
      },
      {
        about: "county-19069",
        statement:
          "Named by the ACLU of Iowa among county jails that said in 2014 they would not hold people suspected of being undocumented without a judge-approved warrant.",
        asWritten: "Franklin",
        reading: "Franklin County, Iowa",
        confidence: "high",
      },
      {
        about: "county-19071",
        statement:
          "Named by the ACLU of Iowa among county jails that said in 2014 they would not hold people suspected of being undocumented without a judge-approved warrant.",
        asWritten: "Fremont",
        reading: "Fremont County, Iowa",
        confidence: "high",
      },
      {
        about: "county-19093",
        statement:
          "Named by the ACLU of Iowa among county jails that said in 2014 they would not hold people suspected of being undocumented without a judge-approved warrant.",
        asWritten: "Ida",
        reading: "Ida County, Iowa",
        confidence: "high",
      },
      {
        about: "county-19095",
        statement:
          "Named by the ACLU of Iowa among county jails that said in 2014 they would not hold people suspected of being undocumented without a judge-approved warrant.",
        asWritten: "Iowa",
        reading: "Iowa County, Iowa",
        confidence: "high",
      },
      {
        about: "county-19073",
        statement:
          "Named by the ACLU of Iowa among county jails that said in 2014 they would not hold people suspected of being undocumented without a judge-approved warrant.",
        asWritten: "Greene",
        reading: "Greene County, Iowa",
        confidence: "high",
      },
      {
        about: "county-19101",
        statement:
          "Named by the ACLU of Iowa among county jails that said in 2014 they would not hold people suspected of being undocumented without a judge-approved warrant.",
        asWritten: "Jefferson",
        reading: "Jefferson County, Iowa",
        confidence: "high",
      },
      {
        about: "county-19103",
        statement:
          "Named by the ACLU of Iowa among county jails that said in 2014 they would not hold people suspected of being undocumented without a judge-approved warrant.",
        asWritten: "Johnson",
        reading: "Johnson County, Iowa",
        confidence: "high",
      },
      {
        about: "county-19113",
        statement:
          "Named by the ACLU of Iowa among county jails that said in 2014 they would not hold people suspected of being undocumented without a judge-approved warrant.",
        asWritten: "Linn",
        reading: "Linn County, Iowa",
        confidence: "high",
      },
      {
        about: "county-19125",
        statement:
          "Named by the ACLU of Iowa among county jails that said in 2014 they would not hold people suspected of being undocumented without a judge-approved warrant.",
        asWritten: "Marion",
        reading: "Marion County, Iowa",
        confidence: "high",
      },
      {
        about: "county-19133",
        statement:
          "Named by the ACLU of Iowa among county jails that said in 2014 they would not hold people suspected of being undocumented without a judge-approved warrant.",
        asWritten: "Monona",
        reading: "Monona County, Iowa",
        confidence: "high",
      },
      {
        about: "county-19137",
        statement:
          "Named by the ACLU of Iowa among county jails that said in 2014 they would not hold people suspected of being undocumented without a judge-approved warrant.",
        asWritten: "Montgomery",
        reading: "Montgomery County, Iowa",
        confidence: "high",
      },
      {
        about: "county-19149",
        statement:
          "Named by the ACLU of Iowa among county jails that said in 2014 they would not hold people suspected of being undocumented without a judge-approved warrant.",
        asWritten: "Plymouth",
        reading: "Plymouth County, Iowa",
        confidence: "high",
        note: "Not on the ACLU’s 22-county list of 18 August 2014; added later.",
      },
      {
        about: "county-19153",
        statement:
          "Named by the ACLU of Iowa among county jails that said in 2014 they would not hold people suspected of being undocumented without a judge-approved warrant.",
        asWritten: "Polk",
        reading: "Polk County, Iowa",
        confidence: "high",
      },
      {
        about: "county-19155",
        statement:
          "Named by the ACLU of Iowa among county jails that said in 2014 they would not hold people suspected of being undocumented without a judge-approved warrant.",
        asWritten: "Pottawattamie",
        reading: "Pottawattamie County, Iowa",
        confidence: "high",
      },
      {
        about: "county-19163",
        statement:
          "Named by the ACLU of Iowa among county jails that said in 2014 they would not hold people suspected of being undocumented without a judge-approved warrant.",
        asWritten: "Scott",
        reading: "Scott County, Iowa",
        confidence: "high",
        note: "Not on the ACLU’s 22-county list of 18 August 2014; added later.",
      },
      {
        about: "county-19167",
        statement:
          "Named by the ACLU of Iowa among county jails that said in 2014 they would not hold people suspected of being undocumented without a judge-approved warrant.",
        asWritten: "Sioux",
        reading: "Sioux County, Iowa",
        confidence: "high",
      },
      {
        about: "county-19169",
        statement:
          "Named by the ACLU of Iowa among county jails that said in 2014 they would not hold people suspected of being undocumented without a judge-approved warrant.",
        asWritten: "Story",
        reading: "Story County, Iowa",
        confidence: "high",
      },
      {
        about: "county-19179",
        statement:
          "Named by the ACLU of Iowa among county jails that said in 2014 they would not hold people suspected of being undocumented without a judge-approved warrant.",
        asWritten: "Wapello",
        reading: "Wapello County, Iowa",
        confidence: "high",
      },
      {
        about: "county-19197",
        statement:
          "Named by the ACLU of Iowa among county jails that said in 2014 they would not hold people suspected of being undocumented without a judge-approved warrant.",
        asWritten: "Wright",
        reading: "Wright County, Iowa",
        confidence: "high",
        note: "Not on the ACLU’s 22-county list of 18 August 2014; added later.",
      },
      {
        about: "county-19191",
        statement:
          "Named by the ACLU of Iowa among county jails that said in 2014 they would not hold people suspected of being undocumented without a judge-approved warrant.",
        asWritten: "Winneshiek",
        reading: "Winneshiek County, Iowa",
        confidence: "high",
      },
    ],
    note: "Publication date uncertain (see dateNote). The ACLU of Iowa repeated the figure of 26 county jails in a later statement on President Trump’s immigration executive action.",
    citations: [
      {
        source: "aclu-iowa-26-county-jails",
        evidence: "26 Iowa county jails have told the ACLU of Iowa",
        confidence: "high",
      },
      {
        source: "aclu-iowa-26-county-jails",
        evidence: "all indicated to the ACLU of Iowa in 2014",
        confidence: "high",
      },
      {
        source: "press-citizen-sanctuary-bill-2016-03-01",
        evidence: "hundreds of communities nationwide and 26 Iowa counties, including Polk",
        confidence: "medium",
      },
    ],
  },
  {
    id: "aclu-kansas-three-counties-2014-06-09",
    date: "2014-06-09",
    category: "publication",
    kind: "statement",
    title: "ACLU of Kansas names three counties that stopped automatically honoring ICE detainers",
    summary:
      "The ACLU Foundation of Kansas announced that Shawnee County’s corrections department had written to say it would no longer automatically honor ICE hold requests, and that the Johnson and Finney county sheriffs had indicated the same.",
    actor: "ACLU Foundation of Kansas",
    jurisdictions: ["us-ks"],
    claims: [
      {
        about: "county-20177",
        statement:
          "Named by the ACLU of Kansas as having written that it will no longer automatically honor ICE detainers without probable cause.",
        asWritten: "Shawnee County, Kansas, Department of Corrections",
        reading: "Shawnee County, Kansas",
        confidence: "high",
      },
      {
        about: "county-20091",
        statement:
          "Named by the ACLU of Kansas as a county that will no longer automatically honor ICE detainers without a warrant or other showing of probable cause.",
        asWritten: "the sheriffs in Johnson and Finney Counties",
        reading: "Johnson County, Kansas",
        confidence: "high",
      },
      {
        about: "county-20055",
        statement:
          "Named by the ACLU of Kansas as a county that will no longer automatically honor ICE detainers without a warrant or other showing of probable cause.",
        asWritten: "the sheriffs in Johnson and Finney Counties",
        reading: "Finney County, Kansas",
        confidence: "high",
      },
    ],
    citations: [
      {
        source: "aclu-kansas-counties-detainers-2014-06-09",
        evidence: "Shawnee County will no longer automatically honor requests",
        confidence: "high",
      },
      {
        source: "aclu-kansas-counties-detainers-2014-06-09",
        evidence: "the sheriffs in Johnson and Finney Counties have indicated",
        confidence: "high",
      },
    ],
  },
  {
    id: "aclu-nebraska-four-counties-2014-10-02",
    date: "2014-10-02",
    category: "publication",
    kind: "statement",
    title: "ACLU of Nebraska says the state’s four largest counties now decline ICE detainers",
    summary:
      "The ACLU of Nebraska and Justice for Our Neighbors-Nebraska welcomed Douglas County’s new policy of declining ICE hold requests and named Sarpy, Hall and Lancaster counties as having already adopted such policies after the groups’ summer letters.",
    actor: "ACLU of Nebraska and Justice for Our Neighbors-Nebraska",
    jurisdictions: ["us-ne"],
    claims: [
      {
        about: "county-31055",
        statement:
          "Named by the ACLU of Nebraska and Justice for Our Neighbors among Nebraska counties with a policy of declining to hold people on ICE requests.",
        asWritten: "Douglas County has joined Sarpy, Hall and Lancaster Counties",
        reading: "Douglas County, Nebraska",
        confidence: "high",
      },
      {
        about: "county-31153",
        statement:
          "Named by the ACLU of Nebraska and Justice for Our Neighbors among Nebraska counties with a policy of declining to hold people on ICE requests.",
        asWritten: "Douglas County has joined Sarpy, Hall and Lancaster Counties",
        reading: "Sarpy County, Nebraska",
        confidence: "high",
      },
      {
        about: "county-31079",
        statement:
          "Named by the ACLU of Nebraska and Justice for Our Neighbors among Nebraska counties with a policy of declining to hold people on ICE requests.",
        asWritten: "Douglas County has joined Sarpy, Hall and Lancaster Counties",
        reading: "Hall County, Nebraska",
        confidence: "high",
      },
      {
        about: "county-31109",
        statement:
          "Named by the ACLU of Nebraska and Justice for Our Neighbors among Nebraska counties with a policy of declining to hold people on ICE requests.",
        asWritten: "Douglas County has joined Sarpy, Hall and Lancaster Counties",
        reading: "Lancaster County, Nebraska",
        confidence: "high",
      },
    ],
    citations: [
      {
        source: "aclu-nebraska-douglas-county-2014-10-02",
        evidence: "Douglas County has joined Sarpy, Hall and Lancaster Counties",
        confidence: "high",
      },
      {
        source: "aclu-nebraska-douglas-county-2014-10-02",
        evidence: "Nebraska’s four largest counties now ensure constitutional protections",
        confidence: "high",
      },
    ],
  },
  {
    id: "aclu-ri-over-130-jurisdictions-2014-07-17",
    date: "2014-07-17",
    category: "publication",
    kind: "statement",
    title: "ACLU of Rhode Island counts over 130 jurisdictions that stopped honoring warrantless detainers",
    summary:
      "Welcoming Governor Lincoln Chafee’s new policy for the state prison (the ACI), the ACLU of Rhode Island said that more than 130 jurisdictions nationwide had in recent months stopped honoring ICE detainers issued without judicial authorization. It names no other place.",
    actor: "ACLU of Rhode Island",
    jurisdictions: ["us", "us-ri"],
    claims: [
      {
        about: "us-ri",
        statement:
          "Said to have joined, through the governor’s new policy for the state prison, the jurisdictions that no longer hold people on ICE detainers alone.",
        asWritten: "Rhode Island now joins dozens of jurisdictions",
        reading: "the State of Rhode Island (its Department of Corrections)",
        confidence: "high",
      },
    ],
    note: "The governor’s own policy is a separate decision record (ri-governor-detainer-policy); the claim here is only what the ACLU said of it.",
    citations: [
      {
        source: "aclu-ri-chafee-detainer-policy-2014-07-17",
        evidence: "over 130 jurisdictions across the country in the past few months",
        confidence: "high",
      },
      {
        source: "aclu-ri-chafee-detainer-policy-2014-07-17",
        evidence: "Rhode Island now joins dozens of jurisdictions across the country",
        confidence: "high",
      },
    ],
  },
  {
    id: "star-tribune-more-than-50-jurisdictions-2014-06",
    date: "2014-06",
    dateNote:
      "The article reports Hennepin County’s announcement “Wednesday” (2014-06-11, MPR News) and Ramsey County’s “Thursday”, so it is from 2014-06-12 or later; kept at the month.",
    category: "publication",
    kind: "statement",
    title: "Star Tribune puts Hennepin in a national trend of more than 50 jurisdictions",
    summary:
      "Reporting Hennepin County’s decision to stop honoring ICE holds, the Star Tribune said more than 50 jurisdictions nationwide had recently stopped the practice, naming Philadelphia and several Oregon counties, and said Los Angeles, Chicago and San Francisco would not detain immigrants with minor records. It added that Ramsey County would also stop.",
    actor: "Star Tribune (Minneapolis)",
    jurisdictions: ["us", "us-mn"],
    claims: [
      {
        about: "county-27053",
        statement: "Reported as having said it will no longer grant ICE requests to hold inmates past their release.",
        asWritten: "Hennepin County",
        reading: "Hennepin County, Minnesota",
        confidence: "high",
      },
      {
        about: "county-27123",
        statement: "Reported as having said it too will no longer grant ICE hold requests.",
        asWritten: "Ramsey County said Thursday it, too, will no longer grant the requests",
        reading: "Ramsey County, Minnesota",
        confidence: "high",
      },
      {
        about: "county-42101",
        statement: "Named among the jurisdictions that recently stopped honoring ICE holds.",
        asWritten: "sheriffs in Philadelphia",
        reading: "Philadelphia, Pennsylvania (city and county are one; the package also records the city as city-4260000)",
        confidence: "medium",
        note: "Philadelphia’s 2014 change was a mayoral executive order (philadelphia-executive-order-detainers); the article’s “sheriffs” is its own wording.",
      },
      {
        about: "county-06037",
        statement: "Named among places that will not detain immigrants with minor criminal records for ICE.",
        asWritten: "Los Angeles",
        reading: "Los Angeles County, California (the sheriff runs the county jails)",
        confidence: "low",
        note: "The article does not say whether it means the county sheriff, who runs the jails, or the city (city-0644000); the package’s record la-county-sheriff-detainers-2012 is the sheriff’s earlier limit on holds.",
      },
      {
        about: "city-1714000",
        statement: "Named among places that will not detain immigrants with minor criminal records for ICE.",
        asWritten: "Chicago",
        reading: "the city of Chicago, Illinois",
        confidence: "low",
        note: "The jail in Chicago is run by Cook County (county-17031); the article may mean the city or the county.",
      },
      {
        about: "county-06075",
        statement: "Named among places that will not detain immigrants with minor criminal records for ICE.",
        asWritten: "San Francisco",
        reading: "the City and County of San Francisco, California",
        confidence: "high",
      },
    ],
    note: "Dakota County is described only as leaning toward the change and Anoka County as continuing to honor the requests; neither is recorded as a claim. The Oregon counties are not named.",
    citations: [
      {
        source: "star-tribune-hennepin-ice-holds-2014-06",
        evidence: "More than 50 jurisdictions nationwide, including sheriffs in Philadelphia",
        confidence: "high",
      },
      {
        source: "star-tribune-hennepin-ice-holds-2014-06",
        evidence: "Los Angeles, Chicago and San Francisco won't detain immigrants",
        confidence: "high",
      },
      {
        source: "mpr-hennepin-ice-holds-2014-06-11",
        evidence: "Hennepin County Sheriff Rich Stanek said Wednesday",
        confidence: "high",
      },
    ],
  },
  {
    id: "pacifica-over-a-hundred-counties-2014-06-05",
    date: "2014-06-05",
    category: "publication",
    kind: "statement",
    title: "Pacifica reports over a hundred counties refusing ICE detainers",
    summary:
      "A Pacifica Evening News item said the refusal to hold people for ICE had reportedly spread to over a hundred counties nationwide, more than a dozen of them in California. It names no county.",
    actor: "Pacifica Evening News",
    jurisdictions: ["us", "us-ca"],
    note: "The item hedges its count (“reportedly”) and gives no source for it.",
    citations: [
      {
        source: "pacifica-evening-news-detainers-2014-06-05",
        evidence: "reportedly taken hold in over a hundred counties across the country",
        confidence: "high",
      },
      {
        source: "pacifica-evening-news-detainers-2014-06-05",
        evidence: "Over a dozen counties in California have stopped cooperating",
        confidence: "high",
      },
    ],
  },
  {
    id: "baltimore-sun-maryland-three-largest-2014-10-07",
    date: "2014-10-07",
    category: "publication",
    kind: "statement",
    title: "Baltimore Sun counts three of Maryland’s four largest jurisdictions limiting detainers",
    summary:
      "Reporting Montgomery County’s new detainer policy, the Baltimore Sun noted that Montgomery, Prince George’s and Baltimore city, three of the state’s four biggest jurisdictions, had each changed how they treat ICE detainers during 2014.",
    actor: "The Baltimore Sun",
    jurisdictions: ["us-md"],
    claims: [
      {
        about: "county-24031",
        statement: "Counted among Maryland’s largest jurisdictions that changed their ICE detainer policy in 2014.",
        asWritten: "Montgomery and Prince George's counties along with Baltimore city",
        reading: "Montgomery County, Maryland",
        confidence: "high",
      },
      {
        about: "county-24033",
        statement: "Counted among Maryland’s largest jurisdictions that changed their ICE detainer policy in 2014.",
        asWritten: "Montgomery and Prince George's counties along with Baltimore city",
        reading: "Prince George's County, Maryland",
        confidence: "high",
      },
      {
        about: "county-24510",
        statement: "Counted among Maryland’s largest jurisdictions that changed their ICE detainer policy in 2014.",
        asWritten: "Montgomery and Prince George's counties along with Baltimore city",
        reading: "Baltimore city, Maryland (an independent city; its jail is state-run; the package also records the city as city-2404000)",
        confidence: "high",
        note: "The change was the governor’s policy for the state-run jail, not an act of the city government.",
      },
    ],
    note: "Baltimore city’s jail is run by the state; the change there was Governor O’Malley’s August 2014 policy for that jail (md-governor-baltimore-jail-detainers), which the article also mentions.",
    citations: [
      {
        source: "baltimore-sun-montgomery-detainers-2014-10-07",
        evidence: "three of Maryland’s four largest jurisdictions",
        confidence: "high",
      },
      {
        source: "baltimore-sun-montgomery-detainers-2014-10-07",
        evidence: "Montgomery and Prince George's counties along with Baltimore city",
        confidence: "high",
      },
    ],
  },
  {
    id: "la-times-california-counties-2014-06-26",
    date: "2014-06-26",
    category: "publication",
    kind: "statement",
    title: "Los Angeles Times names counties that stopped honoring detainers before Orange County",
    summary:
      "Reporting Orange County’s decision to stop holding inmates for ICE, the Los Angeles Times said that several counties, among them Los Angeles, San Diego and Riverside, had already ceased to honor detainers, citing the Oregon ruling.",
    actor: "Los Angeles Times",
    jurisdictions: ["us-ca"],
    claims: [
      {
        about: "county-06037",
        statement: "Named among California counties that had already stopped honoring ICE detainers, citing the Oregon ruling.",
        asWritten: "Los Angeles, San Diego, Riverside and several other counties",
        reading: "Los Angeles County, California",
        confidence: "high",
      },
      {
        about: "county-06073",
        statement: "Named among California counties that had already stopped honoring ICE detainers, citing the Oregon ruling.",
        asWritten: "Los Angeles, San Diego, Riverside and several other counties",
        reading: "San Diego County, California",
        confidence: "high",
      },
      {
        about: "county-06065",
        statement: "Named among California counties that had already stopped honoring ICE detainers, citing the Oregon ruling.",
        asWritten: "Los Angeles, San Diego, Riverside and several other counties",
        reading: "Riverside County, California",
        confidence: "high",
      },
      {
        about: "county-06059",
        statement: "Reported as halting its practice of holding inmates for ICE past their release.",
        asWritten: "Orange County",
        reading: "Orange County, California",
        confidence: "high",
      },
    ],
    citations: [
      {
        source: "la-times-orange-county-detainers-2014-06-26",
        evidence: "Los Angeles, San Diego, Riverside and several other counties have already stopped",
        confidence: "high",
      },
      {
        source: "la-times-orange-county-detainers-2014-06-26",
        evidence: "Orange County will halt its practice of holding inmates",
        confidence: "high",
      },
    ],
  },
  {
    id: "temple-pennsylvania-county-survey-2015-03-04",
    date: "2015-03-04",
    dateNote:
      "The Sheller Center’s release is dated 2015-03-04; the Morning Call and the Inquirer reported it on 2015-03-06 (“released this week”).",
    category: "publication",
    kind: "data-release",
    title: "Temple survey finds 32 Pennsylvania counties do not honor ICE detainers",
    summary:
      "Law students at Temple University’s Sheller Center surveyed Pennsylvania’s counties in August 2014 under the Right to Know law. Among the 52 respondents, 32 reported that they no longer hold people for ICE and 20 that they still do; 14 counties, Lehigh among them, had adopted formal policies against the holds in 2014.",
    actor: "Sheller Center for Social Justice, Temple University Beasley School of Law",
    jurisdictions: ["us-pa"],
    claims: [
      {
        about: "county-42129",
        statement:
          "Named by the survey’s authors among Pennsylvania counties that adopted new policies or practices against holding people for ICE.",
        asWritten: "western counties, such as Westmoreland and Clarion",
        reading: "Westmoreland County, Pennsylvania",
        confidence: "high",
      },
      {
        about: "county-42031",
        statement:
          "Named by the survey’s authors among Pennsylvania counties that adopted new policies or practices against holding people for ICE.",
        asWritten: "western counties, such as Westmoreland and Clarion",
        reading: "Clarion County, Pennsylvania",
        confidence: "high",
      },
      {
        about: "county-42017",
        statement:
          "Named by the survey’s authors among Pennsylvania counties that adopted new policies or practices against holding people for ICE. The Morning Call adds that it has a policy against honoring detainers.",
        asWritten: "eastern counties, such as Bucks and Montgomery",
        reading: "Bucks County, Pennsylvania",
        confidence: "high",
      },
      {
        about: "county-42091",
        statement:
          "Named by the survey’s authors among Pennsylvania counties that adopted new policies or practices against holding people for ICE. The Morning Call adds that it has a policy against honoring detainers.",
        asWritten: "eastern counties, such as Bucks and Montgomery",
        reading: "Montgomery County, Pennsylvania",
        confidence: "high",
      },
      {
        about: "county-42077",
        statement: "Reported from the survey as one of 14 counties that adopted a formal policy in 2014 against holding prisoners for ICE.",
        asWritten: "Fourteen Pennsylvania counties, including Lehigh",
        reading: "Lehigh County, Pennsylvania",
        confidence: "high",
        note: "Known from the Morning Call’s report of the survey, not from the report itself.",
      },
      {
        about: "county-42025",
        statement: "Reported from the survey as having no formal policy but not honoring detainers unless a federal judge has signed them.",
        asWritten: "Carbon County",
        reading: "Carbon County, Pennsylvania",
        confidence: "high",
        note: "Known from the Morning Call’s report of the survey; an informal practice, not a written policy.",
      },
    ],
    note: "Only the counties named in the press release and the two news reports are recorded; the report’s full tables were not readable. The Morning Call also names Berks and Northampton as the only counties with written policies to comply with detainers, and Schuylkill and Monroe as holding people without a written policy; those are not claims of a limiting policy and are left out. Four counties have no jail and twelve gave no usable answer. The report was prepared for the ACLU of Pennsylvania and the Pennsylvania Immigration and Citizenship Coalition.",
    citations: [
      {
        source: "temple-changing-landscape-2015-03-04",
        evidence: "About half of Pennsylvania counties no longer hold individuals",
        confidence: "high",
      },
      {
        source: "temple-changing-landscape-2015-03-04",
        evidence: "such as Westmoreland and Clarion, and eastern counties, such as Bucks",
        confidence: "high",
      },
      {
        source: "inquirer-many-pa-counties-2015-03-06",
        evidence: "32 said they do not honor ICE detainers",
        confidence: "high",
      },
      {
        source: "morning-call-pa-county-jails-2015-03-06",
        evidence: "Fourteen Pennsylvania counties, including Lehigh, adopted formal policies in 2014",
        confidence: "high",
      },
      {
        source: "morning-call-pa-county-jails-2015-03-06",
        evidence: "Carbon County reported it has no formal policy but does not honor",
        confidence: "high",
      },
      {
        source: "morning-call-pa-county-jails-2015-03-06",
        evidence: "Those counties joined 18 others that already had such policies",
        confidence: "high",
      },
    ],
  },
  {
    id: "clinic-detainer-policies-list-2014-01",
    date: "2014-01",
    dateNote: "Month from the document’s own title “(Jan 2014)”.",
    category: "publication",
    kind: "data-release",
    title: "CLINIC publishes its January 2014 chart of places limiting ICE detainers",
    summary:
      "The Catholic Legal Immigration Network published a chart of the states and local governments restricting their cooperation with ICE detainers, with an introduction on why places refuse them. Its introduction counts two states and the District of Columbia among them; the places in the chart could not be read.",
    actor: "Catholic Legal Immigration Network, Inc. (CLINIC)",
    jurisdictions: ["us"],
    note: "No place is recorded as a claim: the copy read ends inside the introduction, mid-sentence, before the chart. The count of two states is from that cut-off sentence, whose verb is not visible.",
    citations: [
      {
        source: "clinic-detainer-localities-2014-01",
        evidence: "States and Localities That Limit Compliance with ICE Detainer Requests (Jan 2014)",
        confidence: "high",
      },
      {
        source: "clinic-detainer-localities-2014-01",
        evidence: "Over the past several years, two states, the District of Columbi",
        confidence: "medium",
      },
    ],
  },
  {
    id: "clinic-detainer-policies-list-2014-06",
    date: "2014-06",
    dateNote: "Month from the document’s own title “(June 2014)”.",
    category: "publication",
    kind: "data-release",
    title: "CLINIC updates its chart of places limiting ICE detainers (June 2014)",
    summary:
      "CLINIC issued a June 2014 edition of its chart of state and local governments that restrict cooperation with ICE detainers, opening with the same introduction as the January edition. Neither its count nor its places could be read.",
    actor: "Catholic Legal Immigration Network, Inc. (CLINIC)",
    jurisdictions: ["us"],
    note: "Only a third-party copy of the introduction was found; no place is recorded. An October 2014 edition was not found.",
    citations: [
      {
        source: "clinic-detainer-localities-2014-06",
        evidence: "States and Localities That Limit Compliance with ICE Detainer Requests",
        confidence: "high",
      },
      {
        source: "clinic-detainer-localities-2014-06",
        evidence: "(June 2014)",
        confidence: "high",
      },
    ],
  },
  {
    id: "ice-declined-detainer-outcome-report-2017-03-20",
    date: "2017-03-20",
    dateNote:
      "The first edition was released on Monday 2017-03-20 (KPTV of 2017-03-21: “released Monday”; Oregonian: “released March 20, 2017”). It covers declined detainers recorded 2017-01-28 to 2017-02-03. Claims from the second and third editions (released about 2017-03-29 and 2017-04-05) are marked as such.",
    category: "publication",
    kind: "data-release",
    title: "ICE publishes its first Declined Detainer Outcome Report naming non-cooperative jurisdictions",
    summary:
      "Under Executive Order 13768, ICE began a weekly report on jurisdictions that declined its detainers. Section I ranks ten jurisdictions it called non-cooperative by detainers received; Section III tables jurisdictions it said had enacted policies limiting cooperation, with each policy’s month and criteria, about 96 entries in the first edition. Only a few rows could be read.",
    actor: "U.S. Immigration and Customs Enforcement (ICE), Enforcement and Removal Operations",
    jurisdictions: ["us"],
    claims: [
      {
        about: "county-36109",
        statement:
          "Listed in Section III of ICE’s report, the table of jurisdictions said to have enacted policies limiting cooperation with ICE: a February 2017 municipal code change under which Ithaca honors warrantless detainers only in limited cases.",
        asWritten: "Ithaca, New York (Buffalo)",
        reading: "the city of Ithaca, New York, which lies in Tompkins County",
        confidence: "medium",
        note: "Ithaca is not among the cities the package records, so the claim is filed under Tompkins County; it concerns the city, not the county. First row of the table (most recent policy).",
      },
      {
        about: "county-48453",
        statement:
          "Listed in Section III of ICE’s report, the table of jurisdictions said to have enacted policies limiting cooperation with ICE: the sheriff’s January 2017 policy, honoring requests only with a court order or for a few grave charges.",
        asWritten: "Travis County, Texas (San Antonio)",
        reading: "Travis County, Texas",
        confidence: "high",
        note: "Second row of the table.",
      },
      {
        about: "county-19103",
        statement:
          "Listed in Section III of ICE’s report, the table of jurisdictions said to have enacted policies limiting cooperation with ICE: the Iowa City council’s January 2017 resolution on the role of local police.",
        asWritten: "Iowa City, Johnson County, Iowa (Saint Paul)",
        reading: "the city of Iowa City, Iowa, in Johnson County",
        confidence: "medium",
        note: "Iowa City is not among the cities the package records, so the claim is filed under Johnson County; the policy is the city’s, not the county sheriff’s. Third row of the table.",
      },
      {
        about: "county-08013",
        statement:
          "Listed in Section III of ICE’s report, the table of jurisdictions said to have enacted policies limiting cooperation with ICE, with a January 2017 entry that cites the Boulder Municipal Code.",
        asWritten: "Boulder County, Colorado (Denver)",
        reading: "Boulder County, Colorado",
        confidence: "low",
        note: "The row names the county but its policy cell cites the Boulder Municipal Code, which is the city of Boulder’s code, so ICE appears to conflate city and county; the cell is cut off in the copy read. Fourth row.",
      },
      {
        about: "county-42075",
        statement:
          "Listed in Section III of ICE’s report, the table of jurisdictions said to have enacted policies limiting cooperation with ICE, for a 2008 prison board policy of not holding anyone on an immigration detainer alone.",
        asWritten: "Lebanon County Correctional Facility",
        reading: "Lebanon County, Pennsylvania",
        confidence: "high",
        note: "Known from the Lebanon Daily News of 2017-03-21, which says the prison was in Section III of the report issued that Monday.",
      },
      {
        about: "county-20173",
        statement:
          "Listed in Section III of ICE’s report, the table of jurisdictions said to have enacted policies limiting cooperation with ICE, with a policy dated June 2014.",
        asWritten: "Sedgwick County, Kansas",
        reading: "Sedgwick County, Kansas",
        confidence: "high",
        note: "Reported by the Lawrence Journal-World (2017-03-31) as on the report’s list of jurisdictions limiting cooperation; the edition is not stated. The Sentinel gives the table’s entry as June 2014: “Will not honor ICE detainer without a court order or warrant.” The Wichita Eagle reports the sheriff said the county should not have been listed, having recently changed its policy.",
      },
      {
        about: "county-20177",
        statement:
          "Listed in Section III of ICE’s report, the table of jurisdictions said to have enacted policies limiting cooperation with ICE, with a policy dated June 2014.",
        asWritten: "Shawnee County, Kansas",
        reading: "Shawnee County, Kansas",
        confidence: "high",
        note: "Reported by the Lawrence Journal-World (2017-03-31) as on the report’s list of jurisdictions limiting cooperation; the edition is not stated. The Sentinel gives the table’s entry as June 2014: “Will not honor detainers without additional probable cause.”",
      },
      {
        about: "county-20015",
        statement:
          "Listed in Section III of ICE’s report, the table of jurisdictions said to have enacted policies limiting cooperation with ICE, with a policy dated June 2014.",
        asWritten: "Butler County, Kansas",
        reading: "Butler County, Kansas",
        confidence: "high",
        note: "Reported by the Lawrence Journal-World (2017-03-31) as on the report’s list of jurisdictions limiting cooperation; the edition is not stated. The Sentinel gives the table’s entry as June 2014: “Will not honor ICE detainer without a court order or warrant.”",
      },
      {
        about: "county-20055",
        statement:
          "Listed in Section III of ICE’s report, the table of jurisdictions said to have enacted policies limiting cooperation with ICE, with a policy dated June 2014.",
        asWritten: "Finney County, Kansas",
        reading: "Finney County, Kansas",
        confidence: "high",
        note: "Reported by the Lawrence Journal-World (2017-03-31) as on the report’s list of jurisdictions limiting cooperation; the edition is not stated. The Sentinel gives the table’s entry as June 2014: “Will not honor ICE detainer without a court order or warrant.”",
      },
      {
        about: "county-20079",
        statement:
          "Listed in Section III of ICE’s report, the table of jurisdictions said to have enacted policies limiting cooperation with ICE, with a policy dated June 2014.",
        asWritten: "Harvey County, Kansas",
        reading: "Harvey County, Kansas",
        confidence: "high",
        note: "Reported by the Lawrence Journal-World (2017-03-31) as on the report’s list of jurisdictions limiting cooperation; the edition is not stated. The Sentinel gives the table’s entry as June 2014: “Will not honor ICE detainer without a court order or warrant.”",
      },
      {
        about: "city-2507000",
        statement:
          "Listed in Section III of ICE’s report, the table of jurisdictions said to have enacted policies limiting cooperation with ICE.",
        asWritten: "Boston",
        reading: "the city of Boston, Massachusetts",
        confidence: "medium",
        note: "Known from secondary reports (Wishesh, drawing on WGBH) of the first edition’s list of 96; the row itself was not read.",
      },
      {
        about: "city-2511000",
        statement:
          "Listed in Section III of ICE’s report, the table of jurisdictions said to have enacted policies limiting cooperation with ICE.",
        asWritten: "Cambridge",
        reading: "the city of Cambridge, Massachusetts",
        confidence: "medium",
        note: "Known from secondary reports (Wishesh, drawing on WGBH) of the first edition’s list of 96; the row itself was not read.",
      },
      {
        about: "county-25015",
        statement:
          "Listed in Section III of ICE’s report, the table of jurisdictions said to have enacted policies limiting cooperation with ICE.",
        asWritten: "Amherst",
        reading: "the town or city of Amherst, Massachusetts, in Hampshire County",
        confidence: "low",
        note: "Amherst is not among the cities the package records, so the claim is filed under Hampshire County; it concerns the municipality, not the county. Known from secondary reports of the first edition; the row itself was not read.",
      },
      {
        about: "county-25015",
        statement:
          "Listed in Section III of ICE’s report, the table of jurisdictions said to have enacted policies limiting cooperation with ICE.",
        asWritten: "Northampton",
        reading: "the town or city of Northampton, Massachusetts, in Hampshire County",
        confidence: "low",
        note: "Northampton is not among the cities the package records, so the claim is filed under Hampshire County; it concerns the municipality, not the county. Known from secondary reports of the first edition; the row itself was not read.",
      },
      {
        about: "county-25017",
        statement:
          "Listed in Section III of ICE’s report, the table of jurisdictions said to have enacted policies limiting cooperation with ICE.",
        asWritten: "Somerville",
        reading: "the town or city of Somerville, Massachusetts, in Middlesex County",
        confidence: "low",
        note: "Somerville is not among the cities the package records, so the claim is filed under Middlesex County; it concerns the municipality, not the county. Known from secondary reports of the first edition; the row itself was not read.",
      },
      {
        about: "county-53033",
        statement:
          "Listed in Section III of ICE’s report, the table of jurisdictions said to have enacted policies limiting cooperation with ICE.",
        asWritten: "King County",
        reading: "King County, Washington",
        confidence: "low",
        note: "Not seen in any text of the report itself. KNKX (2017-03-22) says eleven Washington counties were in the report’s list of jurisdictions limiting cooperation and quotes King County’s council chair on it; the other ten are not named there (see kiro7-washington-counties-list-2017-03 for a list from another outlet).",
      },
      {
        about: "county-32003",
        statement:
          "Named in Section I of ICE’s report among the ten jurisdictions ICE called non-cooperative that received the most detainers that week (first edition, week of 28 January – 3 February 2017).",
        asWritten: "Clark, Nevada",
        reading: "Clark County, Nevada",
        confidence: "high",
        note: "First in Section I, with 51 detainers.",
      },
      {
        about: "county-36059",
        statement:
          "Named in Section I of ICE’s report among the ten jurisdictions ICE called non-cooperative that received the most detainers that week (first edition, week of 28 January – 3 February 2017).",
        asWritten: "Nassau County, N.Y.",
        reading: "Nassau County, New York",
        confidence: "high",
        note: "Second in Section I, with 38 detainers.",
      },
      {
        about: "county-17031",
        statement:
          "Named in Section I of ICE’s report among the ten jurisdictions ICE called non-cooperative that received the most detainers that week (first edition, week of 28 January – 3 February 2017).",
        asWritten: "Cook County, Ill.",
        reading: "Cook County, Illinois",
        confidence: "high",
        note: "Third in Section I, with 13 detainers.",
      },
      {
        about: "county-19137",
        statement:
          "Named in Section I of ICE’s report among the ten jurisdictions ICE called non-cooperative that received the most detainers that week (first edition, week of 28 January – 3 February 2017).",
        asWritten: "Montgomery County, Iowa",
        reading: "Montgomery County, Iowa",
        confidence: "medium",
        note: "Fourth in Section I, with 12 detainers; the sheriff said the county holds people on detainers and received none that week.",
      },
      {
        about: "county-53061",
        statement:
          "Named in Section I of ICE’s report among the ten jurisdictions ICE called non-cooperative that received the most detainers that week (first edition, week of 28 January – 3 February 2017).",
        asWritten: "Snohomish, Washington",
        reading: "Snohomish County, Washington",
        confidence: "high",
        note: "Fifth in Section I, with 12 detainers.",
      },
      {
        about: "county-41067",
        statement:
          "Named in Section I of ICE’s report among the ten jurisdictions ICE called non-cooperative that received the most detainers that week (first edition, week of 28 January – 3 February 2017).",
        asWritten: "Washington County, Oregon",
        reading: "Washington County, Oregon",
        confidence: "high",
        note: "Seventh in Section I, with 7 detainers.",
      },
      {
        about: "county-19069",
        statement:
          "Named in Section I of ICE’s report among the ten jurisdictions ICE called non-cooperative that received the most detainers that week (first edition, week of 28 January – 3 February 2017).",
        asWritten: "Franklin County, Iowa",
        reading: "Franklin County, Iowa",
        confidence: "medium",
        note: "Ninth in Section I, with 5 detainers; the sheriff disputed ICE’s figures.",
      },
      {
        about: "county-06073",
        statement:
          "Named in Section I of ICE’s report among the ten jurisdictions ICE called non-cooperative that received the most detainers that week (second edition, week of 4–10 February 2017).",
        asWritten: "San Diego County Sheriff’s Department",
        reading: "San Diego County, California",
        confidence: "high",
        note: "The Union-Tribune says the county was in Section I only, with 44 detainers, not in the policy table, and was absent from the third edition.",
      },
    ],
    note: "A fragment. Only the first four rows of Section III were read directly (from a third-party copy); the other claims come from news reports that name places on the list, and the Section I entries from reports of the ranking. Section II (individual declined detainers) is not recorded. ICE says the table rests on announcements, news reports, disclosed policies and information given to its officers, and may omit places. Several listed counties disputed the report, and ICE suspended it in April 2017. The table sorts policies most recent first, so the older policies of the Secure Communities years (2011–2014) fall among the rows not read directly; the Kansas and Lebanon County entries are known only from news reports.",
    citations: [
      {
        source: "npa-ddor-section-iii-2017",
        evidence: "Table of Jurisdictions that have Enacted Policies which Limit Cooperation with ICE",
        confidence: "high",
      },
      {
        source: "npa-ddor-section-iii-2017",
        evidence: "there may be other non-cooperative jurisdictions not contained in this Section",
        confidence: "high",
      },
      {
        source: "npa-ddor-section-iii-2017",
        evidence: "Travis County Sheriff’s Office Policy on Cooperation with U.S.",
        confidence: "high",
      },
      {
        source: "npa-ddor-section-iii-2017",
        evidence: "Boulder Municipal Code Title 12, Chapt",
        confidence: "high",
      },
      {
        source: "ice-ddor-2017-01-28-documentcloud",
        evidence: "Highest Volume of Detainers Issued to Non-Cooperative Jurisdictions",
        confidence: "high",
      },
      {
        source: "kptv-oregon-county-ice-list-2017-03-21",
        evidence: "Washington County, Oregon is seventh on the list.",
        confidence: "high",
      },
      {
        source: "usa-today-sheriffs-dispute-2017-03-25",
        evidence: "Nassau County, N.Y., on Long Island just east of Queens, 38.",
        confidence: "high",
      },
      {
        source: "usa-today-sheriffs-dispute-2017-03-25",
        evidence: '"These counties have a policy of noncooperation," according to the report',
        confidence: "high",
      },
      {
        source: "desmoines-register-iowa-sheriffs-dispute-2017-03-23",
        evidence: "Franklin County, about 90 miles north of Des Moines, ranked ninth nationally.",
        confidence: "high",
      },
      {
        source: "wgbh-new-england-uncooperative-2017-03-21",
        evidence: "The list currently features 96 cities, towns, counties and some agencies.",
        confidence: "high",
      },
      {
        source: "wgbh-non-cooperative-soar-2017-04-05",
        evidence: "That list has apparently grown, two weeks later, to over 140 communities",
        confidence: "high",
      },
      {
        source: "wishesh-ice-list-massachusetts-2017-03-23",
        evidence: "Amherst, Cambridge, Northampton, and Somerville are the other four Massachusetts towns",
        confidence: "medium",
      },
      {
        source: "ldnews-lebanon-county-ice-list-2017-03-21",
        evidence: "Lebanon County prison was included in Section III of the report",
        confidence: "high",
      },
      {
        source: "ljworld-kansas-counties-sanctuary-list-2017-03-31",
        evidence: "on that list — Harvey, Butler, Sedgwick, Finney and Shawnee",
        confidence: "high",
      },
      {
        source: "sentinel-five-kansas-counties-2017",
        evidence: "Shawnee County, Kansas, June 2014–“Will not honor detainers without additional probable cause.”",
        confidence: "medium",
      },
      {
        source: "wichita-eagle-ddor-suspended-2017-04-11",
        evidence: "Sedgwick County should not have been included on the list",
        confidence: "high",
      },
      {
        source: "knkx-washington-counties-non-cooperative-2017-03-22",
        evidence: "Eleven Washington counties appear in a report the administration published Monday",
        confidence: "high",
      },
      {
        source: "sdut-san-diego-ice-list-2017-04-05",
        evidence: "appeared on Section I of the list last week",
        confidence: "high",
      },
      {
        source: "star-tribune-ice-suspends-ddor-2017",
        evidence: "is suspending its weekly list of law enforcement agencies",
        confidence: "high",
      },
    ],
  },
  {
    id: "kiro7-washington-counties-list-2017-03",
    date: "2017-03",
    dateNote: "Undated; it reports ICE’s first weekly report of 2017-03-20, so it appeared about then. Kept at the month.",
    category: "publication",
    kind: "statement",
    title: "Seattle's KIRO-TV lists ten Washington counties that publicly refuse ICE detainers",
    summary:
      "Covering ICE’s first weekly detainer report, KIRO 7 listed ten Washington counties that it said had publicly declared they would not honor ICE detainers, one of them with an exception for detainers backed by a probable cause affidavit.",
    actor: "KIRO 7 (Seattle)",
    jurisdictions: ["us-wa"],
    claims: [
      {
        about: "county-53055",
        statement: "Named by KIRO 7 among Washington counties that have publicly said they will not honor ICE detainers.",
        asWritten: "San Juan County",
        reading: "San Juan County, Washington",
        confidence: "high",
      },
      {
        about: "county-53009",
        statement: "Named by KIRO 7 among Washington counties that have publicly said they will not honor ICE detainers.",
        asWritten: "Clallam County",
        reading: "Clallam County, Washington",
        confidence: "high",
      },
      {
        about: "county-53031",
        statement: "Named by KIRO 7 among Washington counties that have publicly said they will not honor ICE detainers.",
        asWritten: "Jefferson County",
        reading: "Jefferson County, Washington",
        confidence: "high",
      },
      {
        about: "county-53073",
        statement: "Named by KIRO 7 among Washington counties that have publicly said they will not honor ICE detainers.",
        asWritten: "Whatcom County",
        reading: "Whatcom County, Washington",
        confidence: "high",
      },
      {
        about: "county-53057",
        statement: "Named by KIRO 7 among Washington counties that have publicly said they will not honor ICE detainers.",
        asWritten: "Skagit County",
        reading: "Skagit County, Washington",
        confidence: "high",
      },
      {
        about: "county-53011",
        statement: "Named by KIRO 7 among Washington counties that have publicly said they will not honor ICE detainers.",
        asWritten: "Clark County",
        reading: "Clark County, Washington",
        confidence: "high",
        note: "Listed with the exception that it honors a detainer backed by a probable cause affidavit.",
      },
      {
        about: "county-53015",
        statement: "Named by KIRO 7 among Washington counties that have publicly said they will not honor ICE detainers.",
        asWritten: "Cowlitz County",
        reading: "Cowlitz County, Washington",
        confidence: "high",
      },
      {
        about: "county-53061",
        statement: "Named by KIRO 7 among Washington counties that have publicly said they will not honor ICE detainers.",
        asWritten: "Snohomish County",
        reading: "Snohomish County, Washington",
        confidence: "high",
      },
      {
        about: "county-53067",
        statement: "Named by KIRO 7 among Washington counties that have publicly said they will not honor ICE detainers.",
        asWritten: "Thurston County",
        reading: "Thurston County, Washington",
        confidence: "high",
      },
      {
        about: "county-53033",
        statement: "Named by KIRO 7 among Washington counties that have publicly said they will not honor ICE detainers.",
        asWritten: "King County",
        reading: "King County, Washington",
        confidence: "high",
      },
    ],
    note: "The article does not say whether its list reproduces ICE’s policy table or is the station’s own; it is recorded as the station’s claim. KNKX counts eleven Washington counties in ICE’s table.",
    citations: [
      {
        source: "kiro7-washington-counties-least-cooperative-2017-03",
        evidence: "have publicly said they will not honor ICE detainers",
        confidence: "high",
      },
      {
        source: "kiro7-washington-counties-least-cooperative-2017-03",
        evidence: "an exception is made if ICE has a probable cause affidavit",
        confidence: "high",
      },
    ],
  },
  {
    id: "sf-sheriff-opt-out-request",
    date: "2010-05-18",
    dateNote:
      'SFGate\'s City Insider post of 2010-05-18 says the letter went to the Attorney General "today"; the AP report of the same day says the sheriff announced it Tuesday, which was 2010-05-18; El Tecolote gives May 18.',
    category: "decision",
    kind: "opt-out-request",
    title: "San Francisco's sheriff asks the Attorney General to keep the city out of Secure Communities",
    summary:
      "Sheriff Michael Hennessey writes to California Attorney General Jerry Brown asking that fingerprints of people booked into San Francisco's jails not be passed from the state's database to ICE, so that the city and county could stay out of the program due to start there on June 1. He argues that the program conflicts with the city's sanctuary ordinance.",
    actor: "San Francisco Sheriff Michael Hennessey",
    actorJurisdiction: "county-06075",
    jurisdictions: ["county-06075"],
    note: "This is the request to the state. Deportation Nation reports a separate letter from the sheriff to ICE on June 3, turned down by telephone by ICE's Marc Rapp, which the record does not hold; the sheriff's renewed request of 2010-08-31 is sf-sheriff-renewed-opt-out-request-2010-08-31.",
    related: ["ca-attorney-general-refuses-sf-opt-out", "sf-board-opt-out-resolution", "sf-sheriff-renewed-opt-out-request-2010-08-31"],
    citations: [
      {
        source: "sfgate-hennessey-asks-opt-out-2010-05-18",
        evidence: "sent a formal letter to state Attorney General Jerry Brown today",
        confidence: "high",
      },
      {
        source: "sdut-ap-sf-sheriff-seeks-opt-out-2010-05-18",
        evidence: "sheriff said Tuesday he was seeking to opt the city out",
        confidence: "high",
      },
      {
        source: "el-tecolote-sf-supervisors-opt-out",
        evidence: "In a letter to state Attorney General Jerry Brown on May 18",
        confidence: "high",
      },
    ],
  },
  {
    id: "ca-attorney-general-refuses-sf-opt-out",
    date: "2010-05-25",
    dateNote:
      'The AP report in the East Bay Times of 2010-05-26, a Wednesday, says Brown wrote to the sheriff "Tuesday", which was 2010-05-25; the San Francisco Bay Guardian reported the refusal on 2010-05-26.',
    category: "decision",
    kind: "refusal",
    title: "California's Attorney General turns down San Francisco's opt-out request",
    summary:
      "Attorney General Jerry Brown answers Sheriff Hennessey by letter and declines to hold back San Francisco's fingerprint records from ICE. He writes that the program serves public safety by helping to find people in the country unlawfully who have serious criminal records; the sheriff says he is disappointed.",
    actor: "California Attorney General Jerry Brown",
    actorJurisdiction: "us-ca",
    jurisdictions: ["us-ca", "county-06075"],
    note: "The Attorney General governs the state's fingerprint system; San Francisco is listed because the refusal concerns its records. The Mercury News of 2010-08-10 places the refusal in May 2010, consistent with this day.",
    related: ["sf-sheriff-opt-out-request", "sf-board-opt-out-resolution"],
    citations: [
      {
        source: "east-bay-times-ap-sf-cant-opt-out-2010-05-26",
        evidence: "Brown told the sheriff in a letter Tuesday",
        confidence: "high",
      },
      {
        source: "east-bay-times-ap-sf-cant-opt-out-2010-05-26",
        evidence: "has denied the San Francisco sheriff’s request to opt out",
        confidence: "high",
      },
      {
        source: "sfbg-immigration-update-2010-05-26",
        evidence: "declined San Francisco Sheriff Mike Hennessey request",
        confidence: "high",
      },
      {
        source: "el-tecolote-sf-supervisors-opt-out",
        evidence: "Brown’s response denied the Sheriff’s request",
        confidence: "high",
      },
      {
        source: "mercury-news-santa-clara-debate-2010-08-10",
        evidence: "San Francisco’s sheriff asked the state Attorney General’s Office",
        confidence: "medium",
      },
    ],
  },
  {
    id: "ca-moa-signing",
    date: "2009-01-23",
    dateNote:
      "The day the agreement is dated, as KPCC quotes it when ICE ended the agreements; whether it is the state's or ICE's signature is not said.",
    category: "decision",
    kind: "moa-signing",
    title: "California's Department of Justice enters a Secure Communities agreement with ICE",
    summary:
      "California's Department of Justice, which runs the state's fingerprint bureau, and DHS are parties to a memorandum of agreement for Secure Communities dated this day.",
    actor: "California Department of Justice",
    actorJurisdiction: "us-ca",
    jurisdictions: ["us-ca"],
    note: "Who signed for the state is not given.",
    citations: [
      {
        source: "scpr-ice-letter-terminating-moas-2011-08-05",
        evidence: "the agreement dated January 23, 2009",
        confidence: "medium",
      },
      {
        source: "kpcc-ice-rescinds-moas-2011-08-05",
        evidence: "the California Department of Justice, dated January 23, 2009",
        confidence: "medium",
      },
    ],
  },
  {
    id: "il-moa-signing",
    date: "2009-11-02",
    category: "decision",
    kind: "moa-signing",
    title: "The Illinois State Police sign the state's Secure Communities agreement with ICE",
    summary:
      "The head of the Illinois State Police, the state's identification bureau, signs the memorandum of agreement for Secure Communities; ICE countersigned it on 2009-11-20.",
    actor: "Illinois State Police",
    actorJurisdiction: "us-il",
    jurisdictions: ["us-il"],
    note: "ICE's own chronology gives its countersignature of 2009-11-20; the state ended the agreement on 2011-05-04 (il-governor-withdraws).",
    related: ["il-governor-withdraws"],
    citations: [
      {
        source: "ilga-hb929-ham002-2011",
        evidence: "the Illinois State Police on November 2, 2009",
        confidence: "high",
      },
      {
        source: "ice-foia-cook-county-chronology",
        evidence: "Memorandum of Agreement (MOA) is signed by the Chief of the ISP",
        confidence: "high",
      },
      {
        source: "sfbg-illinois-pulls-out-2011-05-04",
        evidence: "terminating the November 2009 S-Comm Memorandum of Agreement (MOA)",
        confidence: "high",
      },
    ],
  },
  {
    id: "ny-moa-signing",
    date: "2010-05-18",
    category: "decision",
    kind: "moa-signing",
    title: "New York's Division of Criminal Justice Services signs a Secure Communities agreement with ICE",
    summary:
      "New York's criminal justice agency, which holds the state's fingerprint records, signs the memorandum of agreement for Secure Communities. A revised agreement followed on 2010-12-28.",
    actor: "New York State Division of Criminal Justice Services",
    actorJurisdiction: "us-ny",
    jurisdictions: ["us-ny"],
    note: "Governor Paterson's release of 2010-12-30 reports the revised agreement signed 2010-12-28; Governor Cuomo suspended the state's part on 2011-06-01 (ny-governor-suspends).",
    related: ["ny-governor-suspends"],
    citations: [
      {
        source: "nyc-council-res-547-2010",
        evidence: "May 18, 2010, the New York State Division of Criminal Justice Services",
        confidence: "high",
      },
      {
        source: "ny-toolkit-stop-scomm-2011-06",
        evidence: "regarding Secure Communities (S-Comm) on May 18, 2010",
        confidence: "medium",
      },
      {
        source: "paterson-new-scomm-agreement-2010-12-30",
        evidence: "Under the new agreement, signed December 28",
        confidence: "high",
      },
    ],
  },
  {
    id: "co-moa-signing",
    date: "2011-01-04",
    dateNote:
      "The articles say Ritter acted 'on Tuesday'. The Denver Post article's address is dated 2011-01-04, a Tuesday, and the governor's release was reprinted under the date 'Tuesday, January 4, 2011'.",
    category: "decision",
    kind: "moa-signing",
    title: "Governor Ritter approves Colorado's Secure Communities agreement with ICE",
    summary:
      "In his last week in office, Governor Bill Ritter approves the agreement between the Colorado Department of Public Safety and ICE, making Colorado the 36th state to join, over protests from immigrant groups.",
    actor: "Governor Bill Ritter",
    actorJurisdiction: "us-co",
    jurisdictions: ["us-co"],
    note: "The day is the governor's approval and announcement; the day the department's signature went on the document is not shown.",
    citations: [
      {
        source: "chieftain-ritter-approves-2011-01",
        evidence: "Gov. Bill Ritter on Tuesday approved an agreement",
        confidence: "high",
      },
      {
        source: "gatewaynews-colorado-join-scomm-2011-01-04",
        evidence: "Gov. Bill Ritter announced today that Colorado will join 35 other states",
        confidence: "medium",
      },
      {
        source: "denverpost-ritter-signs-2011-01-04",
        evidence: "join 35 other states in signing onto the federal Secure Communities program",
        confidence: "medium",
      },
    ],
  },
] satisfies z.input<typeof event>[];
