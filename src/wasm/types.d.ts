export type FamilyId =
  | "windows-server" | "sql-server" | "exchange-server" | "sharepoint-server"
  | "skype-for-business-server" | "system-center" | "windows" | "office" | "dynamics-crm"
  | "dynamics-nav" | "biztalk-server" | "visual-studio"
  | "azure" | "microsoft-365" | "dynamics-365" | "power-platform" | "intune";
export type CompetencyId =
  | "security" | "cloudBusinessApplications" | "cloudPlatform" | "cloudProductivity"
  | "enterpriseMobilityManagement" | "smallMidmarketCloudSolutions"
  | "applicationDevelopment" | "applicationIntegration" | "devops" | "datacenter"
  | "enterpriseResourcePlanning" | "projectAndPortfolio" | "dataAnalytics" | "dataPlatform"
  | "collaborationAndContent" | "communications" | "messaging" | "windowsAndDevices";
export type RoleId = "globalAdmin" | "mpnPartnerAdmin" | "adminAgent";

/** A request; every field but `request.product` may be omitted or null (unanswered). */
export interface CheckRequest {
  /** "YYYY-MM-DD"; omitted: today on the device. */
  asOf?: string | null;
  /** The rules to answer by; omitted: the rule set in force on `asOf` (D-9). */
  ruleSet?: RuleSetId | null;
  account?: {
    association?: "mpn" | "cspOnly" | null;
    roles?: RoleId[] | null;
  } | null;
  organization?: {
    actionPack?: boolean | null;
    /** From 2022-10-01: the legacy Gold/Silver benefits kept from these competencies. */
    competencies?: { id: CompetencyId; level: "silver" | "gold" }[] | null;
    /** Solutions Partner designation benefits (read by the 2023 rules, from 2022-10-01). */
    solutionsPartner?: boolean | null;
  } | null;
  benefits?: {
    activated?: boolean | null;
    contractLinked?: boolean | null;
    contractExpired?: boolean | null;
    /** A whole number >= 0. */
    incidentsUsed?: number | null;
  } | null;
  request: {
    product: FamilyId;
    /** A version id of an on-premises family. */
    version?: string | null;
    forCustomer?: boolean | null;
    cspSubscription?: boolean | null;
  };
}

export type Outcome = "eligible" | "actionNeeded" | "notEligible" | "undetermined";
export type TierId = "gold" | "silver" | "actionPack" | "none" | "solutionsPartner";
/** The dated, sourced rule sets (`catalog().ruleSets`). */
export type RuleSetId = "mpn-2021" | "cpp-2023";
export type RouteId = "productSupport" | "signatureCloudSupport" | "cspSupportPlan";
export type FinalBlockerCode = "noMembership" | "actionPackNoCloud" | "versionNotReleased"
  | "versionNotSupported" | "contractExpired" | "noIncidentsLeft";
export type FixableBlockerCode = "activateBenefits" | "askAdminToActivate" | "mpnAccountRequired"
  | "adminAgentRequired";
export type BlockerCode = FinalBlockerCode | FixableBlockerCode;
export type StepCode = "signInWithMpnAccount" | "activateBenefits" | "askAdminToActivate"
  | "getAdminAgentRole" | "enterIds" | "createOnPremisesRequest" | "createCustomerRequest"
  | "createAzureRequest" | "createCloudRequest" | "createCspRequest" | "checkRemainingIncidents";
export type WarningCode = "accessIdAlreadyAssociated" | "contractHiddenInAzure"
  | "currentVersionPastMainstream" | "rulesMayHaveChanged" | "benefitsRenamed"
  | "actionPackNoBenefitsInAzure";
export type AlternativeCode = "premierSupport" | "advancedSupport" | "newSupportPlan"
  | "payPerIncident";
export type PortalId = "supportForBusiness" | "partnerCenterCustomers" | "azurePortal"
  | "microsoft365AdminCenter" | "powerPlatformAdminCenter" | "intuneAdminCenter";
export type UnknownField = "account.association" | "account.roles" | "organization.actionPack"
  | "organization.competencies" | "benefits.activated" | "benefits.contractLinked"
  | "benefits.contractExpired" | "benefits.incidentsUsed" | "request.version"
  | "request.forCustomer" | "request.cspSubscription" | "organization.solutionsPartner";

export interface Route {
  id: RouteId;
  /** null: not counted by these benefits (the CSP plan). */
  incidents: { unlimited: true } | { count: number } | null;
  /** Allowance minus incidents used, when both are known and the allowance is a number. */
  remaining: number | null;
  /** Fixable blockers to clear before using this route. */
  actions: FixableBlockerCode[];
  portal: PortalId;
}

export interface Lifecycle {
  family: FamilyId;
  version: string;
  position: "N" | "N-1" | "older" | "unreleased";
  phase: "mainstream" | "extended" | "modern" | "ended" | "notReleased";
  eligible: boolean;
  start: string;
  mainstreamEnd: string | null;
  extendedEnd: string | null;
  retirement: string | null;
}

export interface Decision {
  outcome: Outcome;
  /** null: unanswered (completions disagree). */
  tier: TierId | null;
  /** Recommended first. */
  routes: Route[];
  blockers: { code: BlockerCode; final: boolean; rule: string }[];
  steps: { code: StepCode; route: RouteId; rule: string; link?: string }[];
  warnings: { code: WarningCode; rule: string }[];
  alternatives: { code: AlternativeCode; rule: string; link?: string }[];
  lifecycle: Lifecycle | null;
  /** Rules and decisions that fired, in order: "T-2", "V-2", "D-1", … */
  reasons: { rule: string; anchor: string }[];
  /** Unanswered inputs that can still change the outcome or the routes. */
  unknowns: UnknownField[];
  asOf: string;
  rulesVersion: string;
  dataAsOf: string;
  /** The product asked about. */
  product: FamilyId;
  /** The rule set that answered: `reasons` cite its ids ("T-2/2023" in cpp-2023). */
  ruleSet: RuleSetId;
}

export interface LocalizedName { pl: string; en: string }

export interface Version {
  id: string;
  name: LocalizedName;
  policy: "fixed" | "fixedMainstreamOnly" | "modern";
  start: string;
  mainstreamEnd: string | null;
  extendedEnd: string | null;
  retirement: string | null;
  /** Where the dates were read. */
  source: string;
  /** Where sources disagree: which value was taken and why. */
  note?: string;
}

export interface Family {
  id: FamilyId;
  kind: "onPremises" | "cloud";
  name: LocalizedName;
  /** On-premises only, ordered by start; [] for cloud. */
  versions: Version[];
}

export interface Competency { id: CompetencyId; cloud: boolean; name: LocalizedName }

export interface Catalog {
  rulesVersion: string;
  dataAsOf: string;
  families: Family[];
  competencies: Competency[];
  /** Products the catalog knowingly does not cover. */
  gaps: { id: string; name: LocalizedName }[];
  sources: { id: string; description: string }[];
  /** The rule sets, oldest first; `from`/`to`: the as-of dates each answers (null: open). */
  ruleSets: {
    id: RuleSetId;
    programme: LocalizedName;
    article: { title: string; msDate: string; lastSeen: string; source: string };
    from: string | null;
    to: string | null;
  }[];
}

/** A link with its label in the description's language. */
export interface LinkText { url: string; label: string }

/** A decision as sentences, from `describe(decision, lang)`. */
export interface Description {
  lang: "pl" | "en";
  /** Which rules the answer follows: programme, article date, until when they are known. */
  rules: string;
  /** The outcome as a full sentence naming the product. */
  headline: string;
  /** The membership tier and its allowances; null when unanswered. */
  tier: string | null;
  routes: { id: RouteId; title: string; text: string; incidents: string; link: LinkText | null }[];
  /** With two routes: which one to use and why (the first listed); null otherwise. */
  recommendation: string | null;
  blockers: { code: BlockerCode; final: boolean; text: string; link: LinkText | null }[];
  steps: { code: StepCode; route: RouteId; text: string; link: LinkText | null }[];
  /** `message`: an on-screen message quoted exactly (the Azure portal's Access ID error). */
  /** `link`: where to check (rulesMayHaveChanged: the article as it stands today). */
  warnings: { code: WarningCode; text: string; message: string | null; link: LinkText | null }[];
  alternatives: { code: AlternativeCode; text: string; link: LinkText | null }[];
  lifecycle: string | null;
  /**
   * Each reason that fired with the article's own sentence in `lang` (`decision`: a D-n, the
   * project's reading, quoted as our sentence), the section title and a link to it.
   */
  reasons: {
    rule: string; decision: boolean; quote: string; section: string; link: string; note: string | null;
    /** The quote's language: "en" for the 2023 article on both pages (no Polish text exists). */
    quoteLang: "pl" | "en";
    /** What an article rule means, in the description's language (none for a D-n). */
    explanation?: string;
    /** The row of the article's table the rule cites (T-2, T-3 and their 2023 ids), under the header cells. */
    table?: { head: string[]; row: string[]; isQuote: boolean };
    /** True when the rule decided what the answer shows; every rule that fired is listed. */
    decisive: boolean;
  }[];
  /** The question to answer for each unknown field. */
  unknowns: { field: UnknownField; question: string }[];
}

/** How far "yes" is (`whatIf`). */
export type Reach = "eligible" | "reachable" | "outOfReach" | "needsAnswers";
/** What a person does for one part of a suggestion. */
export type ActionCode = "activateBenefits" | "askAdminToActivate" | "signInWithMpnAccount"
  | "getAdminAgentRole" | "chooseVersion" | "buyNewSupportPlan" | "getIdsFromColleague";
/** A field of the request set to a value: the request's dotted path and the JSON value. */
export type SuggestedChange =
  | { field: "benefits.activated" | "benefits.contractLinked"; value: true }
  | { field: "benefits.contractExpired"; value: false }
  | { field: "benefits.incidentsUsed"; value: 0 }
  | { field: "account.association"; value: "mpn" }
  /** The whole new list of roles. */
  | { field: "account.roles"; value: RoleId[] }
  | { field: "request.version"; value: string };
/** A smallest set of changes that makes the request eligible. */
export interface Suggestion {
  /** The fields to set, in the order of `actions`. */
  change: SuggestedChange[];
  /** The rule of the first action ("R-5", "V-2/2023"). */
  rule: string;
  /** What to do, in the article's order, each with the rule whose condition it satisfies. */
  actions: { code: ActionCode; rule: string }[];
}
/** What makes the answer change on `NextChange.date`. */
export type NextChangeCode = "released" | "newVersion" | "mainstreamEnds" | "supportEnds"
  | "ruleSet" | "rulesUnseen" | "renamed";
/** The first date after `asOf` on which `check()` answers the same request differently. */
export interface NextChange {
  /** "YYYY-MM-DD": the first day of the new answer. */
  date: string;
  what: {
    code: NextChangeCode;
    /** The version whose date it is (the asked one, when one is asked); null for rule sets' dates. */
    version: string | null;
    /** For "ruleSet": the rule set that answers from that date. */
    ruleSet: RuleSetId | null;
    /** `check()`'s outcome from that date. */
    outcome: Outcome;
    /** Whether the asked version is covered from that date, when that changes; else null. */
    covered: boolean | null;
  };
}
/** `whatIf(request)`: how to get to "yes", and when the answer changes by itself. */
export interface WhatIf {
  product: FamilyId;
  reach: Reach;
  /** Smallest first, at most 5; [] unless `reach` is "reachable". */
  toEligible: Suggestion[];
  /** For "outOfReach": the final blockers no change removes; else []. */
  blockers: FinalBlockerCode[];
  nextChange: NextChange | null;
}
