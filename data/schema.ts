/**
 * The one place where the shape of every dataset is written.
 *
 * `npm run generate` turns these zod schemas into the runtime's plain TypeScript types (with
 * each description as a doc comment), JSON Schema files, CSV table schemas, `datapackage.json`
 * and `docs/data-dictionary.md`. Every field has a description that ends with an example value.
 *
 * `tsType` in a field's metadata names the TypeScript type the generator writes for that field
 * (an id union built from the data); it is removed from the published JSON Schemas.
 */
import { z } from "zod";

/** Description text with its example value, the way every field documents itself. */
function describe(text: string, example: unknown): { description: string; examples: unknown[] } {
  return { description: `${text} (example: ${JSON.stringify(example)})`, examples: [example] };
}

// ---------------------------------------------------------------------------------------------
// Shared pieces
// ---------------------------------------------------------------------------------------------

const partialDatePattern = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const dayPattern = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** True when a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` string names a day or month that exists. */
export function isRealPartialDate(value: string): boolean {
  if (!partialDatePattern.test(value)) return false;
  const [year, month, day] = value.split("-").map(Number);
  if (day === undefined || month === undefined || year === undefined) return true;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= last;
}

export const partialDate = z
  .string()
  .regex(partialDatePattern)
  .refine(isRealPartialDate, { message: "Expected a real calendar date" })
  .meta({
    id: "PartialDate",
    ...describe(
      "An ISO 8601 date at the precision its source gives: a year (YYYY), a month (YYYY-MM) or a day (YYYY-MM-DD); it stands for the whole interval from its first to its last day",
      "2010-06",
    ),
  });

export const day = z
  .string()
  .regex(dayPattern)
  .refine(isRealPartialDate, { message: "Expected a real calendar date" })
  .meta({ id: "Day", ...describe("An ISO 8601 calendar day, YYYY-MM-DD", "2010-06-22") });

export const confidence = z.enum(["high", "medium", "low"]).meta({
  id: "Confidence",
  ...describe(
    "How sure the data is: high when a primary or near-primary source states it directly; medium for a secondary source or a date derived from a weekday and a publication date; low when it is inferred or the sources are indirect",
    "high",
  ),
});

const sourceIdRef = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  .meta({ tsType: "SourceId", ...describe("Id of a record in `sources`", "florida-independent-la-resolution") });

const jurisdictionIdRef = z
  .string()
  .regex(/^(us|us-[a-z]{2}|county-\d{5}|city-\d{7})$/)
  .meta({ tsType: "JurisdictionId", ...describe("Id of a record in `jurisdictions`", "county-12086") });

const eventIdRef = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  .meta({ tsType: "EventId", ...describe("Id of a record in `events`", "ma-governor-declines-moa") });

export const citation = z
  .object({
    source: sourceIdRef,
    locator: z
      .string()
      .min(1)
      .optional()
      .meta(describe("Where in the source the fact stands: a paragraph, page, section, row or snippet position", "paragraph 7")),
    evidence: z
      .string()
      .min(1)
      .optional()
      .meta(
        describe(
          "A short phrase copied verbatim from the source (at most 12 words) that carries the record's key fact",
          "all 67 Florida counties",
        ),
      ),
    confidence,
  })
  .strict()
  .meta({
    id: "Citation",
    ...describe("Where a record's fact comes from and how sure it is", {
      source: "florida-independent-la-resolution",
      locator: "paragraph 7",
      evidence: "all 67 Florida counties",
      confidence: "high",
    }),
  });

const citations = z
  .array(citation)
  .min(1)
  .meta(describe("The sources the record rests on; at least one", [{ source: "florida-independent-la-resolution", confidence: "high" }]));

export const qualifier = z.enum(["exact", "more-than", "almost", "about"]).meta({
  id: "Qualifier",
  ...describe(
    'How the source qualifies a number: exact, more-than ("more than 14,100"), almost ("almost 2,500") or about (a rounded or approximate figure)',
    "more-than",
  ),
});

export const qualifiedCount = z
  .object({
    value: z.number().int().nonnegative().meta(describe("The number as the source gives it", 14100)),
    qualifier,
  })
  .strict()
  .meta({
    id: "QualifiedCount",
    ...describe("A reported count with the qualifier its source puts on it", { value: 14100, qualifier: "more-than" }),
  });

export const claim = z
  .object({
    about: jurisdictionIdRef.meta({
      tsType: "JurisdictionId",
      ...describe("The place the claim is about, in the reading the data takes", "us-pa"),
    }),
    statement: z
      .string()
      .min(1)
      .meta(
        describe(
          "What the actor says of that place, in the project's words",
          "Counted among the places that refused to enter Secure Communities.",
        ),
      ),
    asWritten: z
      .string()
      .min(1)
      .meta(describe("The wording that names the place, verbatim from the source", "Washington, Pennsylvania and Washington, D.C.")),
    reading: z
      .string()
      .min(1)
      .meta(describe("Which place the data takes the wording to name, in the project's words", "the Commonwealth of Pennsylvania")),
    confidence: confidence.meta(describe("How sure the data is of the reading (not of the claim itself, which is the actor's)", "low")),
    note: z
      .string()
      .min(1)
      .optional()
      .meta(
        describe(
          "Why this reading, and what the sources say or leave open about the claim",
          "No source found records a refusal by Pennsylvania itself.",
        ),
      ),
  })
  .strict()
  .meta({
    id: "Claim",
    ...describe("What an event's actor said about another place: a claim by the actor, not a decision of that place", {
      about: "us-pa",
      statement: "Counted among the places that refused to enter Secure Communities.",
      asWritten: "Washington, Pennsylvania and Washington, D.C.",
      reading: "the Commonwealth of Pennsylvania",
      confidence: "low",
    }),
  });

// ---------------------------------------------------------------------------------------------
// sources
// ---------------------------------------------------------------------------------------------

export const sourceKind = z
  .enum([
    "news-article",
    "editorial",
    "blog-post",
    "press-release",
    "government-document",
    "legislation",
    "court-record",
    "letter",
    "dataset",
    "report",
    "reference-work",
    "advocacy",
  ])
  .meta({ id: "SourceKind", ...describe("What kind of document the source is", "news-article") });

export const source = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
      .meta({
        tsType: "SourceId",
        ...describe("Stable id of the source, lowercase words joined by hyphens", "florida-independent-la-resolution"),
      }),
    title: z
      .string()
      .min(1)
      .meta(
        describe(
          "Title of the document, or a description in brackets when it has none that was found",
          "Los Angeles passes resolution opposing Secure Communities",
        ),
      ),
    publisher: z.string().min(1).meta(describe("Who published it: outlet, agency, court or organisation", "The Florida Independent")),
    kind: sourceKind,
    url: z
      .url()
      .optional()
      .meta(
        describe(
          "Where the document was read; a repost's address when the original was not reachable",
          "https://floridaindependent.com/los-angeles-passes-resolution-opposing-secure-communities/",
        ),
      ),
    mirrors: z
      .array(z.url())
      .optional()
      .meta(
        describe("Other addresses where the same document was read: copies, reposts, archives", [
          "https://archive.inn.org/2011/02/fcir-publishes-investigation-on-the-ice-program-secure-communities/",
        ]),
      ),
    published: partialDate.optional().meta(describe("When it was published, at the precision known; absent when unknown", "2011-06")),
    author: z.string().min(1).optional().meta(describe("Author or authors, when known", "Hillary Chabot")),
    notes: z
      .string()
      .min(1)
      .optional()
      .meta(
        describe(
          "What a reader should know about the source: reposts, unknown dates, what is unverified",
          "Publication date not shown on the page; most likely 2011-06-08 or 2011-06-09.",
        ),
      ),
  })
  .strict()
  .meta({
    id: "Source",
    title: "Source",
    ...describe("A document the data cites", {
      id: "florida-independent-la-resolution",
      title: "Los Angeles passes resolution opposing Secure Communities",
      publisher: "The Florida Independent",
      kind: "news-article",
    }),
  });

// ---------------------------------------------------------------------------------------------
// county code changes (shared by jurisdictions and countyCodeChanges)
// ---------------------------------------------------------------------------------------------

export const countyCodeChangeKind = z.enum(["rename", "merge", "split", "new", "replace"]).meta({
  id: "CountyCodeChangeKind",
  ...describe(
    "How a county code changed: rename (new code and name, same land); merge (the old entity ceased and was absorbed); split (the old entity ceased or shrank and this part went to the new code); new (a new entity made from part of the old one, whose code continues); replace (Connecticut's eight counties replaced by nine planning regions as county-equivalents, one row per county and region that share towns)",
    "rename",
  ),
});

const countyCode = z.string().regex(/^\d{5}$/);

const countyCodeChangeIdRef = z
  .string()
  .regex(/^\d{5}-\d{5}$/)
  .meta({ tsType: "CountyCodeChangeId", ...describe("Id of a record in `countyCodeChanges`", "02270-02158") });

export const otherCode = z
  .object({
    code: countyCode.meta(describe("A county code of another era, one the data's jurisdictions do not carry", "02158")),
    name: z.string().min(1).meta(describe("The name that goes with that code", "Kusilvak Census Area")),
    era: z
      .enum(["earlier", "later"])
      .meta(describe("Whether the code was in use before the jurisdiction's own code (earlier) or after it (later)", "later")),
    change: countyCodeChangeKind,
    date: partialDate.meta(describe("When the change took effect, at the precision its source gives", "2015-07-01")),
    codeChange: countyCodeChangeIdRef,
  })
  .strict()
  .meta({
    id: "OtherCode",
    ...describe("A county code of another era that resolves to this jurisdiction, and how it relates", {
      code: "02158",
      name: "Kusilvak Census Area",
      era: "later",
      change: "rename",
      date: "2015-07-01",
      codeChange: "02270-02158",
    }),
  });

export const countyPart = z
  .object({
    county: jurisdictionIdRef.meta({ tsType: "CountyId", ...describe("Id of the county", "county-48201") }),
    population: z
      .number()
      .int()
      .nonnegative()
      .meta(describe("The 2020 Census population of the part of the city in that county (0 when the source lists an empty part)", 2255442)),
  })
  .strict()
  .meta({
    id: "CountyPart",
    ...describe("The part of a city that lies in one county", { county: "county-48201", population: 2255442 }),
  });

export const derivedActivation = z
  .object({
    county: jurisdictionIdRef.meta({
      tsType: "CountyId",
      ...describe("Id of the area on ICE's activation list that covered this one", "county-02232"),
    }),
    change: countyCodeChangeKind,
    codeChange: countyCodeChangeIdRef,
  })
  .strict()
  .meta({
    id: "DerivedActivation",
    ...describe("A listed area whose activation a county of the period takes", {
      county: "county-02232",
      change: "split",
      codeChange: "02232-02230",
    }),
  });

// ---------------------------------------------------------------------------------------------
// jurisdictions
// ---------------------------------------------------------------------------------------------

export const jurisdictionKind = z.enum(["nation", "state", "county", "city"]).meta({
  id: "JurisdictionKind",
  ...describe(
    "Level of government: the nation; a state or state-equivalent (the 50 states and the District of Columbia); a county or county-equivalent; a city",
    "county",
  ),
});

export const jurisdiction = z
  .object({
    id: z
      .string()
      .regex(/^(us|us-[a-z]{2}|county-\d{5}|city-\d{7})$/)
      .meta({
        tsType: "JurisdictionId",
        ...describe(
          'Stable id: "us", "us-" and the lowercase USPS code for a state, "county-" and the 5-digit FIPS code, "city-" and the 7-digit Census place GEOID',
          "county-12086",
        ),
      }),
    kind: jurisdictionKind,
    name: z.string().min(1).meta(describe("Name in the 2008-2013 period, without its type", "Miami-Dade")),
    fullName: z.string().min(1).meta(describe("Name with its type, as Census writes it", "Miami-Dade County")),
    type: z
      .enum([
        "Nation",
        "State",
        "Federal district",
        "County",
        "Parish",
        "Borough",
        "Census Area",
        "City and Borough",
        "Municipality",
        "city",
        "City and County",
        "town",
        "CDP",
        "urban county",
        "consolidated government",
        "unified government",
        "metropolitan government",
        "metro government",
      ])
      .meta(
        describe(
          'The jurisdiction\'s type as Census names it; lowercase "city" is an incorporated city, among them the independent cities that are county-equivalents; the lowercase types after it are Census place types of cities ("CDP" is a census-designated place, unincorporated)',
          "County",
        ),
      ),
    fips: z
      .string()
      .regex(/^(\d{2}|\d{5}|\d{7})$/)
      .optional()
      .meta(describe("Census code: 2-digit state FIPS, 5-digit county FIPS or 7-digit place GEOID; absent for the nation", "12086")),
    usps: z
      .string()
      .regex(/^[A-Z]{2}$/)
      .optional()
      .meta(describe("USPS code of a state or the District of Columbia", "FL")),
    iso3166_2: z
      .string()
      .regex(/^US(-[A-Z]{2})?$/)
      .optional()
      .meta(describe('ISO 3166 code: "US" for the nation, ISO 3166-2 for a state', "US-FL")),
    parent: jurisdictionIdRef.optional().meta({
      tsType: "JurisdictionId",
      ...describe("The jurisdiction it lies in: a county's or city's state, a state's nation; absent for the nation", "us-fl"),
    }),
    county: jurisdictionIdRef
      .optional()
      .meta({ tsType: "JurisdictionId", ...describe("For a city: the county whose jail books its arrests", "county-06037") }),
    counties: z
      .array(countyPart)
      .optional()
      .meta(
        describe("For a city: every county it lies in, largest part first, with the 2020 Census population of each part", [
          { county: "county-48201", population: 2255442 },
        ]),
      ),
    population: z
      .number()
      .int()
      .nonnegative()
      .optional()
      .meta(
        describe(
          "The 2020 Census population: for a city, the sum of its county parts; for a county, its own (under its 2020 code, or the codes that renamed or split it); absent for a county merged into another after 2013",
          2304580,
        ),
      ),
    listedOnly: z
      .literal(true)
      .optional()
      .meta(
        describe(
          "True for a code on ICE's activation list that was no county-equivalent of the period (split or merged before 2008-10-27): its activation is kept as listed, but state and national totals count its land through the counties of the period instead, so that no area counts twice",
          true,
        ),
      ),
    activationFrom: z
      .array(derivedActivation)
      .optional()
      .meta(
        describe(
          "For a county of the period that ICE's list does not carry: the listed area or areas that covered it, whose activation it takes (they share one date); its activation is derived, not listed",
          [{ county: "county-02232", change: "split", codeChange: "02232-02230" }],
        ),
      ),
    otherCodes: z
      .array(otherCode)
      .optional()
      .meta(
        describe("County codes of other eras that resolve to this jurisdiction, from `countyCodeChanges`", [
          { code: "02158", name: "Kusilvak Census Area", era: "later", change: "rename", date: "2015-07-01", codeChange: "02270-02158" },
        ]),
      ),
    aliases: z
      .array(z.string().min(1))
      .meta(describe("Other names the jurisdiction goes by in the sources or in common use", ["Dade County"])),
    note: z
      .string()
      .min(1)
      .optional()
      .meta(
        describe(
          "What changed about the code or name after 2008, or anything else a reader should know",
          "Renamed Kusilvak Census Area (02158) in 2015.",
        ),
      ),
    citations,
  })
  .strict()
  .meta({
    id: "Jurisdiction",
    title: "Jurisdiction",
    ...describe("A nation, state, county or city the record names", {
      id: "county-12086",
      kind: "county",
      name: "Miami-Dade",
      fullName: "Miami-Dade County",
      type: "County",
      fips: "12086",
      parent: "us-fl",
    }),
  });

// ---------------------------------------------------------------------------------------------
// activations
// ---------------------------------------------------------------------------------------------

export const activation = z
  .object({
    county: jurisdictionIdRef.meta({ tsType: "JurisdictionId", ...describe("Id of the county or county-equivalent", "county-12086") }),
    date: day.meta(describe("The day Secure Communities (fingerprint sharing at booking) was switched on in the county", "2009-02-24")),
    citations,
  })
  .strict()
  .meta({
    id: "Activation",
    title: "Activation",
    ...describe("The day Secure Communities was switched on in a county", { county: "county-48201", date: "2008-10-27" }),
  });

// ---------------------------------------------------------------------------------------------
// events
// ---------------------------------------------------------------------------------------------

export const eventCategory = z.enum(["program", "decision", "publication", "litigation"]).meta({
  id: "EventCategory",
  ...describe(
    "Broad class of event: the program's own milestones; decisions of governments; publications (editorials, statements, data releases); litigation",
    "decision",
  ),
});

export const eventKind = z
  .enum([
    "program-launch",
    "first-activation",
    "statewide-activation",
    "nationwide-completion",
    "activation",
    "moa-signing",
    "moa-termination",
    "discontinuation",
    "replacement",
    "reinstatement",
    "revocation",
    "refusal",
    "withdrawal",
    "suspension",
    "opt-out-vote",
    "opt-out-request",
    "resolution",
    "ordinance",
    "bill-introduced",
    "editorial",
    "statement",
    "data-release",
    "foia-request",
    "lawsuit",
    "detainer-policy",
    "law",
    "bill-passed",
    "executive-order",
  ])
  .meta({ id: "EventKind", ...describe("What happened, as a closed set of kinds", "withdrawal") });

export const programPhase = z.enum(["not-started", "active", "discontinued", "replaced", "reinstated", "uncertain"]).meta({
  id: "ProgramPhase",
  ...describe(
    "The program's own state: not-started before its launch; active; discontinued (2014-11-20 memo); replaced (the Priority Enforcement Program rolled out); reinstated (Executive Order 13768); uncertain (after that order was revoked, no source says how the program stands)",
    "discontinued",
  ),
});

export const event = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
      .meta({ tsType: "EventId", ...describe("Stable id of the event", "ma-governor-declines-moa") }),
    date: partialDate.meta(describe("When it happened, at the precision the sources give", "2011-06-06")),
    dateNote: z
      .string()
      .min(1)
      .optional()
      .meta(
        describe(
          "How the date was established when no source states it plainly, e.g. a weekday resolved with a dated source",
          'The article says "on Monday"; the announcement is dated 6/6/11 by MIRA.',
        ),
      ),
    category: eventCategory,
    kind: eventKind,
    title: z
      .string()
      .min(1)
      .meta(
        describe("A one-line headline in the project's words", "Massachusetts governor declines to sign the Secure Communities agreement"),
      ),
    summary: z
      .string()
      .min(1)
      .meta(
        describe(
          "What happened, in the project's own words",
          "Governor Deval Patrick announced that Massachusetts would not sign the program's memorandum of agreement.",
        ),
      ),
    actor: z.string().min(1).meta(describe("Who acted: a person, body or organisation", "Governor Deval Patrick")),
    actorJurisdiction: jurisdictionIdRef
      .optional()
      .meta({ tsType: "JurisdictionId", ...describe("The government that acted, for a decision: its own jurisdiction", "us-ma") }),
    jurisdictions: z
      .array(jurisdictionIdRef)
      .min(1)
      .meta(describe('The jurisdictions the event concerns ("us" for a national event)', ["us-ma"])),
    programPhase: programPhase
      .optional()
      .meta(describe("For a program milestone that changes the program's own state: the phase that begins on this date", "discontinued")),
    claims: z
      .array(claim)
      .optional()
      .meta(
        describe(
          "What the actor said about other places, each with the reading the data takes; a claim is the actor's, never a decision of the place it names",
          [{ about: "us-pa", reading: "the Commonwealth of Pennsylvania", confidence: "low" }],
        ),
      ),
    note: z
      .string()
      .min(1)
      .optional()
      .meta(
        describe(
          "What a reader should know about the event that the summary does not say: what the sources leave open, disagree on, or what the record does not claim",
          "A news report gives the day before the county dataset's; the dataset's day is kept.",
        ),
      ),
    related: z
      .array(eventIdRef)
      .optional()
      .meta(describe("Ids of events this one answers, reports or follows from", ["il-governor-withdraws"])),
    citations,
  })
  .strict()
  .meta({
    id: "TimelineEvent",
    title: "TimelineEvent",
    ...describe("A dated happening in the program's history", {
      id: "moa-termination",
      date: "2011-08-05",
      category: "program",
      kind: "moa-termination",
    }),
  });

// ---------------------------------------------------------------------------------------------
// offense levels
// ---------------------------------------------------------------------------------------------

export const offenseLevelId = z
  .enum(["level-1", "level-2", "level-3", "non-criminal"])
  .meta({ id: "OffenseLevelId", ...describe("One of ICE's categories for people identified through the program", "level-1") });

export const offenseLevel = z
  .object({
    id: offenseLevelId,
    name: z.string().min(1).meta(describe("The category's name as ICE's reports use it", "Level 1")),
    definition: z
      .string()
      .min(1)
      .meta(
        describe(
          "What the category covers, in the project's own words",
          "People convicted of the most serious crimes, such as homicide, kidnapping or major drug offenses.",
        ),
      ),
    order: z.number().int().min(1).max(4).meta(describe("Rank from most to least serious", 1)),
    note: z
      .string()
      .min(1)
      .optional()
      .meta(describe("What is unverified about the definition", "ICE's own definition document was not found.")),
    citations,
  })
  .strict()
  .meta({ id: "OffenseLevel", title: "OffenseLevel", ...describe("An ICE offense level", { id: "level-1", name: "Level 1", order: 1 }) });

// ---------------------------------------------------------------------------------------------
// statistics
// ---------------------------------------------------------------------------------------------

export const statisticCategory = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
      .meta(describe("Id of the category, unique within its statistic", "non-criminals")),
    label: z.string().min(1).meta(describe("The category as the source labels it", "non-criminals")),
    count: qualifiedCount.optional().meta(
      describe("The count reported for the category; absent when only a percentage was reported", {
        value: 5100,
        qualifier: "more-than",
      }),
    ),
    reportedPercent: z
      .number()
      .min(0)
      .max(100)
      .optional()
      .meta(describe("A percentage of the total the source reports for the category, when it gives one", 28)),
    offenseLevels: z
      .array(offenseLevelId)
      .meta(describe("The ICE offense levels the category most likely corresponds to; empty when none is known", ["non-criminal"])),
    mappingConfidence: confidence
      .optional()
      .meta(describe("How sure the mapping to offense levels is; absent when there is no mapping", "medium")),
    mappingNote: z
      .string()
      .min(1)
      .optional()
      .meta(describe("Why the category maps to those levels", "The source's label; ICE's reports call this group non-criminal.")),
  })
  .strict()
  .meta({
    id: "StatisticCategory",
    ...describe("One category of a statistic", {
      id: "non-criminals",
      label: "non-criminals",
      count: { value: 5100, qualifier: "more-than" },
      offenseLevels: ["non-criminal"],
    }),
  });

export const statistic = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
      .meta({ tsType: "StatisticId", ...describe("Stable id of the statistic", "florida-2008-10-2011-02-custody") }),
    title: z
      .string()
      .min(1)
      .meta(
        describe(
          "A one-line description in the project's words",
          "Florida: people arrested or booked into ICE custody under Secure Communities",
        ),
      ),
    jurisdiction: jurisdictionIdRef.meta({ tsType: "JurisdictionId", ...describe("Where the count applies", "us-fl") }),
    from: partialDate.meta(describe("First day, month or year the count covers; for a count at one moment, the same as `to`", "2008-10")),
    to: partialDate.meta(describe("Last day, month or year the count covers", "2011-02")),
    measure: z.string().min(1).meta(describe("What is counted, in the source's terms", "people arrested or booked into ICE custody")),
    total: qualifiedCount,
    categories: z
      .array(statisticCategory)
      .meta(
        describe("The categories the source splits the total into; they may add up to less than the total", [
          { id: "non-criminals", label: "non-criminals" },
        ]),
      ),
    note: z
      .string()
      .min(1)
      .optional()
      .meta(
        describe("What a reader should know: unverified figures, how categories relate", "These figures appear in no other source found."),
      ),
    citations,
  })
  .strict()
  .meta({
    id: "Statistic",
    title: "Statistic",
    ...describe("A count reported for a place and period, split into categories", {
      id: "florida-2008-10-2011-02-custody",
      jurisdiction: "us-fl",
      from: "2008-10",
      to: "2011-02",
    }),
  });

// ---------------------------------------------------------------------------------------------
// county code changes
// ---------------------------------------------------------------------------------------------

export const countyCodeChange = z
  .object({
    id: z
      .string()
      .regex(/^\d{5}-\d{5}$/)
      .meta({ tsType: "CountyCodeChangeId", ...describe("Stable id: the old code and the new code joined by a hyphen", "02270-02158") }),
    oldCode: countyCode.meta(describe("The county code before the change", "02270")),
    oldName: z.string().min(1).meta(describe("The name before the change, as the source names it", "Wade Hampton Census Area")),
    newCode: countyCode.meta(describe("The county code after the change", "02158")),
    newName: z.string().min(1).meta(describe("The name after the change", "Kusilvak Census Area")),
    date: partialDate.meta(describe("When the change took effect, at the precision its source gives", "2015-07-01")),
    change: countyCodeChangeKind,
    note: z
      .string()
      .min(1)
      .meta(
        describe(
          "The Census sentence the record rests on, quoted as the source transcribed it, and any remark",
          "Census text (as quoted): Kusilvak Census Area changed name and code from Wade Hampton Census Area.",
        ),
      ),
    citations,
  })
  .strict()
  .meta({
    id: "CountyCodeChange",
    title: "CountyCodeChange",
    ...describe("One relation between an old and a new county code created by a change of county codes", {
      id: "02270-02158",
      oldCode: "02270",
      newCode: "02158",
      date: "2015-07-01",
      change: "rename",
    }),
  });

// ---------------------------------------------------------------------------------------------
// detainers
// ---------------------------------------------------------------------------------------------

export const detainerBreakdownKind = z.enum(["total", "lift-reason", "type"]).meta({
  id: "DetainerBreakdownKind",
  ...describe(
    "What a detainer count counts: every detainer of the period (total); those that ended for one lift reason (lift-reason), counted only among detainers with a lift reason; or those made on one form (type), 2014 and 2015 only",
    "lift-reason",
  ),
});

export const detainerCount = z
  .object({
    id: z
      .string()
      .regex(/^\d{4}(-(0[1-9]|1[0-2])|-(lift|type)-[a-z0-9]+(-[a-z0-9]+)*)?$/)
      .meta(
        describe(
          'Stable id: the period for a total ("2014", "2014-06"); for a breakdown, the year, then "lift-" and the lift reason in lowercase words joined by hyphens, or "type-" and the form\'s code with the words in brackets that tell two versions of a form apart ("2015-type-i247d", "2015-type-i247-as-of-march-2013")',
          "2014-lift-detainer-declined-by-lea",
        ),
      ),
    period: partialDate.meta(
      describe(
        "The calendar year (YYYY) or month (YYYY-MM) of the detainers' prepare date that the count covers; a breakdown is always by year",
        "2014-06",
      ),
    ),
    from: day.meta(
      describe("First day the count covers: the period's first day, or 2007-10-01, the first day of the records, for 2007", "2007-10-01"),
    ),
    to: day.meta(
      describe(
        "Last day the count covers: the period's last day, or 2015-07-19, the last day of the records, for 2015 and 2015-07",
        "2015-07-19",
      ),
    ),
    breakdown: detainerBreakdownKind,
    category: z
      .string()
      .min(1)
      .optional()
      .meta(describe("The lift reason or the form, exactly as the source writes it; absent for a total", "Detainer Declined by LEA")),
    count: z.number().int().nonnegative().meta(describe("Number of detainers", 13595)),
    citations,
  })
  .strict()
  .meta({
    id: "DetainerCount",
    title: "DetainerCount",
    ...describe(
      "A national count of ICE detainers issued to local law enforcement agencies, for a year or a month, in total or for one lift reason or form",
      {
        id: "2014",
        period: "2014",
        from: "2014-01-01",
        to: "2014-12-31",
        breakdown: "total",
        count: 147849,
      },
    ),
  });

/**
 * Every dataset: the schema of one record, the field that identifies a record, the name of one
 * record (for key columns of child tables), the file name its published files share, a title
 * and a description.
 */
export const datasets = {
  sources: {
    record: source,
    key: "id",
    singular: "source",
    file: "sources",
    title: "Sources",
    description: "The documents the data cites: a bibliography.",
  },
  jurisdictions: {
    record: jurisdiction,
    key: "id",
    singular: "jurisdiction",
    file: "jurisdictions",
    title: "Jurisdictions",
    description:
      "The nation, the 50 states and the District of Columbia, every county or county-equivalent of 2008-2013 (and the codes ICE's list carries for former ones), and the largest cities of the 2020 Census with the counties they lie in.",
  },
  activations: {
    record: activation,
    key: "county",
    singular: "activation",
    file: "activations",
    title: "County activations",
    description: "The day Secure Communities was switched on in each of 3,143 counties, 2008-10-27 to 2013-01-22.",
  },
  events: {
    record: event,
    key: "id",
    singular: "event",
    file: "events",
    title: "Events",
    description: "Dated happenings: program milestones, decisions of governments, publications and litigation.",
  },
  statistics: {
    record: statistic,
    key: "id",
    singular: "statistic",
    file: "statistics",
    title: "Statistics",
    description: "Counts reported for a place and period, split into categories, with their qualifiers.",
  },
  countyCodeChanges: {
    record: countyCodeChange,
    key: "id",
    singular: "county_code_change",
    file: "county-code-changes",
    title: "County code changes",
    description:
      "Changes to county and county-equivalent codes, 1990-2022: one record per old and new code they relate (renames, merges, splits, new entities, Connecticut's planning regions).",
  },
  offenseLevels: {
    record: offenseLevel,
    key: "id",
    singular: "offense_level",
    file: "offense-levels",
    title: "Offense levels",
    description: "ICE's categories for people identified through the program, in the project's words.",
  },
  detainers: {
    record: detainerCount,
    key: "id",
    singular: "detainer_count",
    file: "detainers",
    title: "ICE detainers",
    description:
      "National counts of the immigration detainers ICE issued to local law enforcement agencies, 2007-10-01 to 2015-07-19, by month and year, by lift reason and year, and by form (2014 and 2015), as NPR counted them from ICE's records.",
  },
} as const;

export type DatasetName = keyof typeof datasets;
