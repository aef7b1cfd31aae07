//! The sentences: one per code of every decision enum, in English and in Polish.
//!
//! Polish avoids declining product names by naming them after a noun ("dla produktu SQL Server
//! 2019", "Wersja SQL Server 2019"), and counts with the three Polish plural forms
//! ([`pl_form`]). Article terms follow the Polish article where it is right ("identyfikator
//! dostępu", "Korzyści techniczne", "Zarządzanie usługami") and Microsoft's usual Polish where the
//! article's machine translation is not ("wsparcie podstawowe" for mainstream support).

use super::sentences::{self, Sentences};
use super::{product_name, Lang, LinkText, AZURE_ACCESS_ID_ERROR};
use crate::rules::catalog;
use crate::rules::date::Date;
use crate::rules::decision::{
    AlternativeCode, BlockerCode, Decision, Incidents, Lifecycle, Outcome, Phase, Position, Route,
    RouteId, StepCode, Tier, WarningCode,
};
use crate::rules::links::{self, Link};
use crate::rules::sets::{self, RuleSet};

/// `tr!(lang, english, polish)`: evaluates only the chosen language's expression.
/// A one-language page build (`Lang::compiled`) keeps only its language's expression.
macro_rules! tr {
    ($lang:expr, $en:expr, $pl:expr $(,)?) => {
        match Lang::spoken($lang) {
            Lang::En => $en,
            Lang::Pl => $pl,
        }
    };
}

pub(crate) mod whatif;

/// The Polish plural form for `n`: 1 → `one`; 2–4, 22–24, 32–34 … (not 12–14) → `few`; else `many`.
pub(crate) fn pl_form<'a>(n: u64, one: &'a str, few: &'a str, many: &'a str) -> &'a str {
    if n == 1 {
        return one;
    }
    let (units, tens) = (n % 10, n % 100);
    if (2..=4).contains(&units) && !(12..=14).contains(&tens) {
        few
    } else {
        many
    }
}

/// "20 incidents" / "20 zdarzeń".
pub(crate) fn incidents(n: u32, lang: Lang) -> String {
    tr!(
        lang,
        format!("{n} {}", if n == 1 { "incident" } else { "incidents" }),
        format!(
            "{n} {}",
            pl_form(n.into(), "zdarzenie", "zdarzenia", "zdarzeń")
        ),
    )
}

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const MONTHS_PL: [&str; 12] = [
    "stycznia",
    "lutego",
    "marca",
    "kwietnia",
    "maja",
    "czerwca",
    "lipca",
    "sierpnia",
    "września",
    "października",
    "listopada",
    "grudnia",
];

/// `"2025-02-28"` → "28 February 2025" / "28 lutego 2025"; anything else unchanged.
pub(crate) fn date(s: &str, lang: Lang) -> String {
    match Date::parse(s) {
        Some(d) => day(d, lang),
        None => s.to_owned(),
    }
}

/// A date in words: "13 October 2026" / "13 października 2026".
pub(crate) fn day(d: Date, lang: Lang) -> String {
    let months = tr!(lang, &MONTHS_EN, &MONTHS_PL);
    let m = months
        .get(usize::from(d.month()).wrapping_sub(1))
        .copied()
        .unwrap_or("");
    format!("{} {m} {}", d.day(), d.year())
}

/// The label of a link in `lang`.
pub(crate) fn link_label(link: Link, lang: Lang) -> &'static str {
    let s = sentences::of(lang);
    match link.id {
        "technicalBenefits" => s.link_technical_benefits,
        "technicalSupportArticle" => s.link_article,
        "partnerCenterDashboard" => s.link_dashboard,
        "userManagement" => s.link_user_management,
        "supportForBusiness" => s.link_support_for_business,
        "n1Policy" => s.link_n1,
        "fixedLifecyclePolicy" => s.link_fixed_lifecycle,
        "remainingIncidents" => s.link_remaining,
        "partnerCenterCustomers" => s.link_customers,
        "comparePartnerSupportPlans" => s.link_compare_plans,
        "premierSupportForPartners" => s.link_premier,
        "advancedSupportForPartners" => s.link_advanced,
        "azurePortal" => s.link_azure,
        "microsoft365AdminCenter" => s.link_m365,
        "powerPlatformAdminCenter" => s.link_power_platform,
        "intuneAdminCenter" => s.link_intune,
        _ => link.url,
    }
}

/// The exact portal message a warning is about.
pub(crate) fn warning_message(code: WarningCode) -> Option<&'static str> {
    match code {
        WarningCode::AccessIdAlreadyAssociated | WarningCode::ContractHiddenInAzure => {
            Some(AZURE_ACCESS_ID_ERROR)
        }
        WarningCode::CurrentVersionPastMainstream
        | WarningCode::RulesMayHaveChanged
        | WarningCode::BenefitsRenamed
        | WarningCode::ActionPackNoBenefitsInAzure => None,
    }
}

/// Where a warning sends the reader: D-12 to the article as it stands today.
pub(crate) fn warning_link(code: WarningCode) -> Option<Link> {
    match code {
        WarningCode::RulesMayHaveChanged => Some(links::LIVE_ARTICLE),
        _ => None,
    }
}

/// Where to get a paid alternative when the decision gives no link (P-1).
pub(crate) fn alternative_link(code: AlternativeCode) -> Link {
    match code {
        AlternativeCode::PremierSupport => links::PREMIER,
        AlternativeCode::AdvancedSupport => links::ADVANCED,
        AlternativeCode::NewSupportPlan => links::COMPARE_PLANS,
        AlternativeCode::PayPerIncident => links::SUPPORT_FOR_BUSINESS,
    }
}

/// A decision with the names it mentions, ready to be put into sentences.
pub(crate) struct Ctx<'a> {
    d: &'a Decision,
    lang: Lang,
    /// The product family's name in `lang`.
    product: String,
    /// Family and version, e.g. "SQL Server 2019", when the lifecycle is known.
    version: Option<String>,
    /// The rule set that answered.
    set: &'static RuleSet,
    /// D-13: the benefits go by their 2025 names on the decision's date.
    renamed: bool,
    /// The fixed sentences in `lang`.
    said: &'static Sentences,
}

impl<'a> Ctx<'a> {
    pub(crate) fn new(d: &'a Decision, lang: Lang) -> Ctx<'a> {
        Ctx {
            d,
            lang,
            product: product_name(&d.product, lang),
            version: d.lifecycle.as_ref().map(|lc| version_name(lc, lang)),
            set: sets::by_id(d.rule_set),
            renamed: d
                .warnings
                .iter()
                .any(|w| w.code == WarningCode::BenefitsRenamed),
            said: sentences::of(lang),
        }
    }

    /// True for the 2023 rules (Solutions Partner designation, legacy Gold/Silver).
    fn cpp(&self) -> bool {
        self.set.differs.designation
    }

    /// "MPN" or the later programme, as an adjective ("MPN benefit" / "partner program benefit").
    fn programme(&self) -> &'static str {
        match (self.cpp(), self.lang) {
            (false, _) => "MPN",
            (true, Lang::En) => "partner program",
            (true, Lang::Pl) => "programu partnerskiego",
        }
    }

    /// One line naming the rules the answer follows (`programmes.md` §3).
    pub(crate) fn rules_line(&self) -> String {
        let s = self.set;
        let name = tr!(self.lang, s.programme.en, s.programme.pl);
        let article = day(s.article.ms_date, self.lang);
        match s.to {
            Some(to) => tr!(
                self.lang,
                format!("Rules of the {name}: Partner Center article of {article}, in force until {}.", day(to, Lang::En)),
                format!("Zasady programu {name}: artykuł Partner Center z {article}, obowiązujące do {}.", day(to, Lang::Pl)),
            ),
            None => tr!(
                self.lang,
                format!("Rules of the {name}: Partner Center article of {article}, last seen {}.", day(s.article.last_seen, Lang::En)),
                format!("Zasady programu {name}: artykuł Partner Center z {article}, ostatnio sprawdzony {}.", day(s.article.last_seen, Lang::Pl)),
            ),
        }
    }

    /// The product, with its version when known.
    fn subject(&self) -> &str {
        self.version.as_deref().unwrap_or(&self.product)
    }

    /// The version as the subject of a sentence: "SQL Server 2019" / "Wersja SQL Server 2019".
    fn version_subject(&self) -> String {
        match &self.version {
            Some(v) => tr!(self.lang, v.clone(), format!("Wersja {v}")),
            None => tr!(
                self.lang,
                format!("The chosen version of {}", self.product),
                format!("Wybrana wersja produktu {}", self.product),
            ),
        }
    }

    fn date(&self, s: &str) -> String {
        date(s, self.lang)
    }

    pub(crate) fn link_text(&self, link: Link) -> LinkText {
        LinkText {
            url: link.url.to_owned(),
            label: link_label(link, self.lang).to_owned(),
        }
    }

    /// The decision's link (a URL or a link id of our tables) with its label, else `default`:
    /// a link that is not one of ours is never passed through (`trust::check` refuses it in the
    /// JS API).
    pub(crate) fn given_or_default(
        &self,
        given: Option<&str>,
        default: Option<Link>,
    ) -> Option<LinkText> {
        given
            .and_then(|s| links::ALL_LINKS.iter().find(|l| l.url == s || l.id == s))
            .copied()
            .or(default)
            .map(|l| self.link_text(l))
    }

    /// The portal id of a listed route.
    fn portal_of(&self, id: RouteId) -> Option<&str> {
        self.d
            .routes
            .iter()
            .find(|r| r.id == id)
            .map(|r| r.portal.as_ref())
    }

    // ---------------------------------------------------------------- headline, tier

    pub(crate) fn headline(&self) -> String {
        let p = self.subject();
        let first_free = self.d.routes.iter().find(|r| r.actions.is_empty());
        match self.d.outcome {
            Outcome::Eligible => match first_free.or(self.d.routes.first()) {
                Some(r) => tr!(
                    self.lang,
                    format!("Yes: you can get technical support for {p} through {}.", self.via(r.id)),
                    format!(
                        "Tak: możesz uzyskać pomoc techniczną dla produktu {p} w ramach {}.",
                        self.via(r.id)
                    ),
                ),
                None => tr!(
                    self.lang,
                    format!("Yes: you can get technical support for {p}."),
                    format!("Tak: możesz uzyskać pomoc techniczną dla produktu {p}."),
                ),
            },
            Outcome::ActionNeeded => match self.d.routes.first() {
                Some(r) => tr!(
                    self.lang,
                    format!(
                        "You can get technical support for {p} through {}, but first you have to complete the actions listed below.",
                        self.via(r.id)
                    ),
                    format!(
                        "Możesz uzyskać pomoc techniczną dla produktu {p} w ramach {}, ale najpierw musisz wykonać działania opisane poniżej.",
                        self.via(r.id)
                    ),
                ),
                None => tr!(
                    self.lang,
                    format!("You can get technical support for {p}, but first you have to complete the actions listed below."),
                    format!("Możesz uzyskać pomoc techniczną dla produktu {p}, ale najpierw musisz wykonać działania opisane poniżej."),
                ),
            },
            Outcome::NotEligible => {
                let paid = !self.d.alternatives.is_empty();
                tr!(
                    self.lang,
                    format!(
                        "No: your {} technical support benefits cannot be used for {p}; the reasons{} are listed below.",
                        self.programme(),
                        if paid { " and the paid options" } else { "" }
                    ),
                    // Not "the benefits do not cover the product": the product may be covered
                    // while the incidents are used up, the contract expired or there is no
                    // membership. What is true of every reason: the benefits cannot be used.
                    format!(
                        "Nie: w tej sytuacji nie możesz skorzystać z korzyści pomocy technicznej {} dla produktu {p}; przyczyny{} opisano poniżej.",
                        self.programme(),
                        if paid { " i płatne możliwości" } else { "" }
                    ),
                )
            }
            Outcome::Undetermined => self.undecided(p),
        }
    }

    /// The headline while the outcome is open. A route listed now is certain (it is there in
    /// every completion, `rules.md` §6): it is said first, and what is open is whether something
    /// must be done before using it.
    fn undecided(&self, p: &str) -> String {
        let n = self.d.unknowns.len();
        let more = match n {
            0 => tr!(
                self.lang,
                "the remaining questions".to_owned(),
                "pozostałe pytania".to_owned()
            ),
            _ => tr!(
                self.lang,
                format!("{n} more {}", if n == 1 { "question" } else { "questions" }),
                format!(
                    "jeszcze {n} {}",
                    pl_form(n as u64, "pytanie", "pytania", "pytań")
                )
            ),
        };
        match self.d.routes.first() {
            Some(r) => tr!(
                self.lang,
                format!(
                    "You can get technical support for {p} through {}: answer {more} to find out whether you must do something first.",
                    self.via(r.id)
                ),
                format!(
                    "Możesz uzyskać pomoc techniczną dla produktu {p} w ramach {}: odpowiedz na {more}, aby sprawdzić, czy musisz najpierw coś zrobić.",
                    self.via(r.id)
                ),
            ),
            None => tr!(
                self.lang,
                format!("Not decided yet: answer {more} to find out whether you can get technical support for {p}."),
                format!("Jeszcze nie wiadomo: odpowiedz na {more}, aby sprawdzić, czy możesz uzyskać pomoc techniczną dla produktu {p}."),
            ),
        }
    }

    /// With two routes, which one to use and why: the first listed (the headline's; `rules.md`
    /// §4.4 lists routes with no actions first, then the benefit route before the CSP plan).
    pub(crate) fn recommendation(&self) -> Option<String> {
        let [first, second, ..] = self.d.routes.as_slice() else {
            return None;
        };
        let (a, b) = (self.via(first.id), self.via(second.id));
        Some(if first.actions.is_empty() && !second.actions.is_empty() {
            tr!(
                self.lang,
                format!("Use {a}: it needs nothing from you first, while {b} needs the actions listed with it."),
                format!("Skorzystaj z {a}: nie wymaga żadnych wcześniejszych działań, a w przypadku {b} trzeba najpierw wykonać działania wymienione poniżej."),
            )
        } else if second.id == RouteId::CspSupportPlan {
            tr!(
                self.lang,
                format!("Use {a}: it is the support your partner benefits include. {} works too, without a support contract, and uses none of these benefits.", capital(&b)),
                format!("Skorzystaj z {a}: to pomoc techniczna, którą obejmują Twoje korzyści partnerskie. Można też skorzystać z {b}, bez umowy pomocy technicznej i bez zużywania tych korzyści."),
            )
        } else {
            return None;
        })
    }

    pub(crate) fn tier(&self, tier: Tier) -> String {
        let l = self.lang;
        let unlimited_or = |level_en: &str, level_pl: &str, on_prem: u32, cloud: u32| {
            tr!(
                l,
                format!(
                    "Your organization holds a {level_en} competency: Microsoft Product Support gives {} for recent on-premises products, and Signature Cloud Support for cloud products is unlimited with a cloud competency, otherwise {}.",
                    incidents(on_prem, l),
                    incidents(cloud, l)
                ),
                format!(
                    "Twoja organizacja ma kompetencję na poziomie {level_pl}: Microsoft Product Support daje {} dla najnowszych produktów lokalnych, a Signature Cloud Support dla produktów w chmurze – nieograniczoną liczbę zdarzeń przy kompetencji w chmurze, a w przeciwnym razie {}.",
                    incidents(on_prem, l),
                    incidents(cloud, l)
                ),
            )
        };
        let legacy = self.cpp();
        match tier {
            Tier::SolutionsPartner => tr!(
                l,
                format!("Your organization has Solutions Partner designation benefits: Microsoft Product Support gives {} for recent on-premises products, and Signature Cloud Support for cloud products is unlimited.", incidents(20, l)),
                format!("Twoja organizacja ma korzyści oznaczenia Solutions Partner: Microsoft Product Support daje {} dla najnowszych produktów lokalnych, a Signature Cloud Support dla produktów w chmurze – nieograniczoną liczbę zdarzeń.", incidents(20, l)),
            ),
            Tier::Gold if legacy => unlimited_or("legacy gold", "Gold (dawne korzyści)", 20, 10),
            Tier::Silver if legacy => unlimited_or("legacy silver", "Silver (dawne korzyści)", 15, 5),
            Tier::None if legacy => self.said.tier_none_2023.to_owned(),
            Tier::Gold => unlimited_or("gold", "Gold", 20, 10),
            Tier::Silver => unlimited_or("silver", "Silver", 15, 5),
            Tier::ActionPack => tr!(
                l,
                format!(
                    "Your organization has a Microsoft Action Pack subscription: Microsoft Product Support gives {} for recent on-premises products, but Action Pack does not include Signature Cloud Support for cloud products.",
                    incidents(10, l)
                ),
                format!(
                    "Twoja organizacja ma subskrypcję Microsoft Action Pack: Microsoft Product Support daje {} dla najnowszych produktów lokalnych, ale Action Pack nie obejmuje Signature Cloud Support dla produktów w chmurze.",
                    incidents(10, l)
                ),
            ),
            Tier::None => self.said.tier_none.to_owned(),
        }
    }

    // ---------------------------------------------------------------- routes

    pub(crate) fn route_title(&self, id: RouteId) -> String {
        if self.renamed && id != RouteId::CspSupportPlan {
            let (new, old) = renamed(id);
            return tr!(
                self.lang,
                format!("{new} (formerly {old})"),
                format!("{new} (dawniej {old})"),
            );
        }
        match id {
            RouteId::ProductSupport => self.said.title_product_support,
            RouteId::SignatureCloudSupport => self.said.title_cloud_support,
            RouteId::CspSupportPlan => self.said.title_csp,
        }
        .to_owned()
    }

    pub(crate) fn route_text(&self, r: &Route) -> String {
        let l = self.lang;
        let mut s = match r.id {
            RouteId::ProductSupport if self.cpp() => self.said.product_support_text_2023.to_owned(),
            RouteId::ProductSupport => self.said.product_support_text.to_owned(),
            RouteId::SignatureCloudSupport => {
                let base = if self.cpp() {
                    self.said.cloud_support_text_2023
                } else {
                    self.said.cloud_support_text
                };
                let where_ = match r.portal.as_ref() {
                    "partnerCenterCustomers" => self.said.cloud_for_customer.to_owned(),
                    "azurePortal" => self.said.cloud_for_own_azure.to_owned(),
                    other => match links::by_id(other) {
                        Some(link) => tr!(
                            l,
                            format!("For your own organization, create the request in the product's portal: {}.", link_label(link, l)),
                            format!("Dla własnej organizacji zgłoszenie tworzy się w portalu produktu: {}.", link_label(link, l)),
                        ),
                        None => self.said.cloud_for_own_portal.to_owned(),
                    },
                };
                format!("{base} {where_}")
            }
            RouteId::CspSupportPlan => self.said.csp_text.to_owned(),
        };
        if !r.actions.is_empty() {
            let todo: Vec<&str> = r.actions.iter().map(|a| blocker_short(*a, l)).collect();
            s.push_str(&tr!(
                l,
                format!(" Before you can use it: {}.", todo.join("; ")),
                format!(" Najpierw: {}.", todo.join("; ")),
            ));
        }
        s
    }

    pub(crate) fn route_incidents(&self, r: &Route) -> String {
        let l = self.lang;
        match r.incidents {
            Some(Incidents::Count { count }) => match r.remaining {
                Some(0) => tr!(
                    l,
                    format!("{}, none remaining.", incidents(count, l)),
                    format!("{}, wszystkie wykorzystane.", incidents(count, l)),
                ),
                Some(left) => tr!(
                    l,
                    format!("{}, {left} remaining.", incidents(count, l)),
                    format!("{}, pozostało: {left}.", incidents(count, l)),
                ),
                None => format!("{}.", incidents(count, l)),
            },
            Some(Incidents::Unlimited { .. }) => self.said.unlimited.to_owned(),
            None if self.cpp() => self.said.not_counted_2023.to_owned(),
            None => self.said.not_counted.to_owned(),
        }
    }

    // ---------------------------------------------------------------- blockers

    pub(crate) fn blocker(&self, code: BlockerCode) -> String {
        let l = self.lang;
        let p = &self.product;
        match code {
            BlockerCode::NoMembership if self.cpp() => self.said.no_membership_2023.to_owned(),
            BlockerCode::ActionPackNoCloud if self.cpp() => tr!(
                l,
                format!("Microsoft Action Pack includes only Microsoft Product Support for on-premises products, not Signature Cloud Support, so your partner program benefits cannot be used for {p}, which is a cloud product. Signature Cloud Support comes with Solutions Partner designation benefits."),
                format!("Microsoft Action Pack obejmuje tylko Microsoft Product Support dla produktów lokalnych, a nie Signature Cloud Support, więc z korzyści programu partnerskiego nie możesz skorzystać dla produktu {p}, który jest produktem w chmurze. Signature Cloud Support przysługuje z korzyściami oznaczenia Solutions Partner."),
            ),
            BlockerCode::NoMembership => self.said.no_membership.to_owned(),
            BlockerCode::ActionPackNoCloud => tr!(
                l,
                format!("Microsoft Action Pack does not include Signature Cloud Support, so your MPN benefits cannot be used for {p}, which is a cloud product. Action Pack partners become eligible only by earning a silver or gold competency."),
                format!("Microsoft Action Pack nie obejmuje Signature Cloud Support, więc z korzyści MPN nie możesz skorzystać dla produktu {p}, który jest produktem w chmurze. Partner z Action Pack uzyska dostęp do tej usługi dopiero po zdobyciu kompetencji Silver lub Gold."),
            ),
            BlockerCode::VersionNotReleased => {
                let v = self.version_subject();
                let asof = self.date(&self.d.as_of);
                let start = self.d.lifecycle.as_ref().map(|lc| self.date(&lc.start));
                tr!(
                    l,
                    format!(
                        "{v} has not been released as of {asof}{}, so Microsoft Product Support does not cover it yet; check the version you chose, or check again once it is released.",
                        start.map(|s| format!(" (its support starts on {s})")).unwrap_or_default()
                    ),
                    format!(
                        "{v} nie jest jeszcze wydana na dzień {asof}{}, więc Microsoft Product Support jej nie obejmuje; sprawdź wybraną wersję lub wróć po jej premierze.",
                        start.map(|s| format!(" (początek wsparcia: {s})")).unwrap_or_default()
                    ),
                )
            }
            BlockerCode::VersionNotSupported => {
                let v = self.version_subject();
                let why = self.not_supported_reason();
                tr!(
                    l,
                    format!("{v} is not covered by Microsoft Product Support{why}. It covers only the current version (N) while it is supported, and the previous version (N-1) while it is in mainstream support. For this version, use a paid support option or buy a Partner support plan."),
                    format!("{v} nie jest objęta usługą Microsoft Product Support{why}. Usługa obejmuje tylko bieżącą wersję (N), dopóki jest wspierana, oraz poprzednią wersję (N-1), dopóki ta jest objęta wsparciem podstawowym. Dla tej wersji skorzystaj z płatnej opcji pomocy technicznej lub kup plan pomocy technicznej dla partnerów."),
                )
            }
            BlockerCode::ContractExpired => self.said.contract_expired.to_owned(),
            BlockerCode::NoIncidentsLeft => self.said.no_incidents_left.to_owned(),
            BlockerCode::ActivateBenefits => self.said.activate_benefits.to_owned(),
            BlockerCode::AskAdminToActivate => self.said.ask_admin_to_activate.to_owned(),
            BlockerCode::MpnAccountRequired => self.said.mpn_account_required.to_owned(),
            BlockerCode::AdminAgentRequired => self.said.admin_agent_required.to_owned(),
        }
    }

    /// Why the version is not covered, as the engine decided it from its position and phase
    /// (`rules::lifecycle::eligible`); empty without the version's lifecycle. The dates are in
    /// the lifecycle's own sentence and on the version's badges.
    fn not_supported_reason(&self) -> &'static str {
        let l = self.lang;
        let Some(lc) = &self.d.lifecycle else {
            return "";
        };
        match (lc.position, lc.phase) {
            (Position::Unreleased, _) | (_, Phase::NotReleased) => {
                tr!(
                    l,
                    ": it has not been released yet",
                    ": nie jest jeszcze wydana"
                )
            }
            (Position::Older, _) => tr!(
                l,
                ": it is older than the previous version (N-1)",
                ": jest starsza niż poprzednia wersja (N-1)"
            ),
            (_, Phase::Ended) => tr!(
                l,
                ": its support has ended",
                ": jej wsparcie się zakończyło"
            ),
            (Position::NMinus1, _) => tr!(
                l,
                ": it is the previous version (N-1), and its mainstream support has ended",
                ": to poprzednia wersja (N-1), a jej wsparcie podstawowe się zakończyło"
            ),
            _ => "",
        }
    }

    pub(crate) fn blocker_link(code: BlockerCode) -> Option<Link> {
        match code {
            BlockerCode::NoMembership | BlockerCode::ActivateBenefits => {
                Some(links::TECHNICAL_BENEFITS)
            }
            BlockerCode::ActionPackNoCloud | BlockerCode::VersionNotReleased => None,
            BlockerCode::VersionNotSupported => Some(links::N1_POLICY),
            BlockerCode::ContractExpired | BlockerCode::NoIncidentsLeft => {
                Some(links::COMPARE_PLANS)
            }
            BlockerCode::AskAdminToActivate | BlockerCode::AdminAgentRequired => {
                Some(links::USER_MANAGEMENT)
            }
            BlockerCode::MpnAccountRequired => Some(links::PARTNER_CENTER),
        }
    }

    // ---------------------------------------------------------------- steps

    pub(crate) fn step(&self, code: StepCode, route: RouteId) -> String {
        let l = self.lang;
        match code {
            StepCode::SignInWithMpnAccount => self.said.step_sign_in.to_owned(),
            StepCode::ActivateBenefits => self.said.step_activate.to_owned(),
            StepCode::AskAdminToActivate => self.said.step_ask_admin.to_owned(),
            StepCode::GetAdminAgentRole => self.said.step_admin_agent.to_owned(),
            StepCode::EnterIds => self.enter_ids(route),
            StepCode::CreateOnPremisesRequest => {
                let p = self.subject();
                tr!(
                    l,
                    format!("Create the support request for {p} in Support for Business."),
                    format!("Utwórz zgłoszenie pomocy technicznej dla produktu {p} w Support for Business (pomoc techniczna dla firm)."),
                )
            }
            StepCode::CreateCustomerRequest => self.said.step_customer_request.to_owned(),
            StepCode::CreateAzureRequest => self.said.step_azure_request.to_owned(),
            StepCode::CreateCloudRequest => {
                let p = &self.product;
                let portal = link_label(links::cloud_portal(&self.d.product), l);
                tr!(
                    l,
                    format!("Create the support request for {p} in the product's own support portal ({portal})."),
                    format!("Utwórz zgłoszenie pomocy technicznej dla produktu {p} w jego własnym portalu ({portal})."),
                )
            }
            StepCode::CreateCspRequest => self.said.step_csp_request.to_owned(),
            StepCode::CheckRemainingIncidents => {
                let w = self.set.differs.remaining_windows;
                let mut s = tr!(
                    l,
                    format!("To see how many incidents remain, open Support for Business, start an on-premises request for {w} with dummy details and read step 2 without submitting the request; cloud portals such as Azure do not show the balance."),
                    format!("Aby sprawdzić, ile zdarzeń pozostało, otwórz Support for Business, rozpocznij zgłoszenie dla produktu lokalnego {w} z fikcyjnymi danymi i odczytaj krok 2, nie wysyłając zgłoszenia; portale w chmurze, takie jak Azure, nie pokazują tej informacji."),
                );
                if route == RouteId::SignatureCloudSupport {
                    s.push_str(self.said.step_remaining_cloud);
                }
                s
            }
        }
    }

    fn enter_ids(&self, route: RouteId) -> String {
        let portal = self.portal_of(route);
        if route == RouteId::ProductSupport {
            self.said.enter_ids_product
        } else if portal == Some(links::AZURE_PORTAL.id) {
            self.said.enter_ids_azure
        } else {
            self.said.enter_ids_portal
        }
        .to_owned()
    }

    /// Where a step is done when the decision gives no link.
    pub(crate) fn step_link(&self, code: StepCode, route: RouteId) -> Option<Link> {
        Some(match code {
            StepCode::SignInWithMpnAccount => links::PARTNER_CENTER,
            StepCode::ActivateBenefits => links::TECHNICAL_BENEFITS,
            StepCode::AskAdminToActivate | StepCode::GetAdminAgentRole => links::USER_MANAGEMENT,
            StepCode::EnterIds => match route {
                RouteId::ProductSupport => links::SUPPORT_FOR_BUSINESS,
                RouteId::SignatureCloudSupport | RouteId::CspSupportPlan => {
                    return self.portal_of(route).and_then(links::by_id);
                }
            },
            StepCode::CreateOnPremisesRequest | StepCode::CheckRemainingIncidents => {
                links::SUPPORT_FOR_BUSINESS
            }
            StepCode::CreateCustomerRequest | StepCode::CreateCspRequest => links::CUSTOMERS,
            StepCode::CreateAzureRequest => links::AZURE_PORTAL,
            StepCode::CreateCloudRequest => links::cloud_portal(&self.d.product),
        })
    }

    // ---------------------------------------------------------------- warnings, alternatives

    pub(crate) fn warning(&self, code: WarningCode) -> String {
        let l = self.lang;
        match code {
            WarningCode::RulesMayHaveChanged => {
                let seen = day(self.set.article.last_seen, l);
                tr!(
                    l,
                    format!("The rules may have changed: this answer follows the Partner Center article as it stood on {seen}, and Microsoft has changed the programme since. Check the Technical support page in Partner Center before relying on it."),
                    format!("Zasady mogły się zmienić: ta odpowiedź opiera się na artykule Partner Center w wersji z {seen}, a Microsoft od tego czasu zmienił program. Zanim się na niej oprzesz, sprawdź stronę pomocy technicznej w Partner Center."),
                )
            }
            WarningCode::BenefitsRenamed => self.said.warn_renamed.to_owned(),
            WarningCode::ActionPackNoBenefitsInAzure => self.said.warn_action_pack_azure.to_owned(),
            WarningCode::AccessIdAlreadyAssociated => self.said.warn_access_id.to_owned(),
            WarningCode::ContractHiddenInAzure => self.said.warn_contract_hidden.to_owned(),
            WarningCode::CurrentVersionPastMainstream => {
                let end = self
                    .d
                    .lifecycle
                    .as_ref()
                    .and_then(|lc| lc.mainstream_end.as_deref())
                    .map(|e| self.date(e));
                let first = match (&self.version, end) {
                    (Some(v), Some(e)) => tr!(
                        l,
                        format!("{v} is the current version (N), but its mainstream support ended on {e}."),
                        format!("{v} to bieżąca wersja (N), ale jej wsparcie podstawowe zakończyło się {e}."),
                    ),
                    _ => tr!(
                        l,
                        format!("The current version (N) of {} is past the end of its mainstream support.", self.product),
                        format!("Bieżąca wersja (N) produktu {} nie jest już objęta wsparciem podstawowym.", self.product),
                    ),
                };
                format!("{first} {}", self.said.warn_past_mainstream)
            }
        }
    }

    pub(crate) fn alternative(&self, code: AlternativeCode) -> String {
        match code {
            AlternativeCode::PremierSupport => self.said.alt_premier,
            AlternativeCode::AdvancedSupport => self.said.alt_advanced,
            AlternativeCode::NewSupportPlan => self.said.alt_new_plan,
            AlternativeCode::PayPerIncident => self.said.alt_ppi,
        }
        .to_owned()
    }

    // ---------------------------------------------------------------- lifecycle, questions

    pub(crate) fn lifecycle(&self, lc: &Lifecycle) -> String {
        let l = self.lang;
        let name = version_name(lc, l);
        let d = |s: &Option<String>| s.as_deref().map(|x| self.date(x));
        let (ms, ext, ret) = (
            d(&lc.mainstream_end),
            d(&lc.extended_end),
            d(&lc.retirement),
        );
        let start = self.date(&lc.start);
        let position = match lc.position {
            Position::N => self.said.pos_n,
            Position::NMinus1 => self.said.pos_n1,
            Position::Older => self.said.pos_older,
            Position::Unreleased => self.said.pos_unreleased,
        };
        let phase = match lc.phase {
            Phase::Mainstream => match ms {
                Some(e) => tr!(l, format!(" and in mainstream support until {e}"), format!(", objęta wsparciem podstawowym do {e}")),
                None => self.said.phase_mainstream.to_owned(),
            },
            Phase::Extended => {
                let until = ext.map(|x| tr!(l, format!(" until {x}"), format!(" do {x}"))).unwrap_or_default();
                let since = ms
                    .map(|m| tr!(l, format!(" (mainstream support ended on {m})"), format!(" (wsparcie podstawowe zakończyło się {m})")))
                    .unwrap_or_default();
                tr!(l, format!(" and in extended support{until}{since}"), format!(", objęta wsparciem rozszerzonym{until}{since}"))
            }
            Phase::Modern => match ret {
                Some(r) => tr!(
                    l,
                    format!(" and supported under the Modern Lifecycle Policy until {r}"),
                    format!(", objęta zasadami nowoczesnego cyklu życia (Modern Lifecycle Policy) do {r}"),
                ),
                None => self.said.phase_modern_open.to_owned(),
            },
            Phase::Ended => match ret.or(ext).or(ms) {
                Some(e) => tr!(l, format!(", and its support ended on {e}"), format!(", której wsparcie zakończyło się {e}")),
                None => self.said.phase_ended.to_owned(),
            },
            Phase::NotReleased => tr!(l, format!(" (its support starts on {start})"), format!(" (początek wsparcia: {start})")),
        };
        let verdict = if lc.eligible {
            self.said.eligible
        } else {
            self.said.not_eligible
        };
        tr!(
            l,
            format!("{name} is {position}{phase}, {verdict}."),
            format!("{name} to {position}{phase}, {verdict}.")
        )
    }

    pub(crate) fn question(&self, field: &str) -> String {
        let l = self.lang;
        let p = &self.product;
        let s = self.said;
        match field {
            "account.association" if self.cpp() => s.q_association_2023,
            "account.association" => s.q_association,
            "account.roles" => s.q_roles,
            "organization.actionPack" => s.q_action_pack,
            "organization.solutionsPartner" => s.q_solutions_partner,
            "organization.competencies" if self.cpp() => s.q_competencies_2023,
            "organization.competencies" => s.q_competencies,
            "benefits.activated" => s.q_activated,
            "benefits.contractLinked" => s.q_linked,
            "benefits.contractExpired" => s.q_expired,
            "benefits.incidentsUsed" => s.q_incidents,
            "request.version" => {
                return tr!(
                    l,
                    format!("Which version of {p} is the request about?"),
                    format!("Której wersji produktu {p} dotyczy zgłoszenie?"),
                )
            }
            "request.forCustomer" => s.q_for_customer,
            "request.cspSubscription" => s.q_csp,
            "asOf" => s.q_as_of,
            other => {
                return tr!(
                    l,
                    format!("What is the answer for “{other}”?"),
                    format!("Jaka jest odpowiedź w polu „{other}”?"),
                )
            }
        }
        .to_owned()
    }
}

/// D-13: a benefit route's 2025 name and its earlier one.
fn renamed(id: RouteId) -> (&'static str, &'static str) {
    match id {
        RouteId::SignatureCloudSupport => ("Partner Cloud Support", "Signature Cloud Support"),
        _ => ("Partner On-premises Support", "Microsoft Product Support"),
    }
}

impl Ctx<'_> {
    /// The route after "through" / "w ramach", by its 2025 name from 23 June 2025 (D-13).
    fn via(&self, id: RouteId) -> String {
        if self.renamed && id != RouteId::CspSupportPlan {
            let (new, old) = renamed(id);
            return tr!(
                self.lang,
                format!("{new} (formerly {old})"),
                format!("usługi {new} (dawniej {old})"),
            );
        }
        route_via(id, self.lang).to_owned()
    }
}

/// `s` with its first letter in capitals, to start a sentence (the route names start with an
/// ASCII letter; Unicode's case tables would cost the page's wasm kilobytes).
fn capital(s: &str) -> String {
    let mut out = s.to_owned();
    if let Some(first) = out.get_mut(0..1) {
        first.make_ascii_uppercase();
    }
    out
}

/// The route as the object of "through …" / "w ramach …" (genitive) in a headline.
fn route_via(id: RouteId, lang: Lang) -> &'static str {
    let s = sentences::of(lang);
    match id {
        RouteId::ProductSupport => s.via_product_support,
        RouteId::SignatureCloudSupport => s.via_cloud_support,
        RouteId::CspSupportPlan => s.via_csp,
    }
}

/// A blocker as a short instruction, for a route's "before you can use it" list.
fn blocker_short(code: BlockerCode, lang: Lang) -> &'static str {
    let s = sentences::of(lang);
    match code {
        BlockerCode::NoMembership => s.short_no_membership,
        BlockerCode::ActionPackNoCloud => s.short_action_pack_no_cloud,
        BlockerCode::VersionNotReleased => s.short_not_released,
        BlockerCode::VersionNotSupported => s.short_not_supported,
        BlockerCode::ContractExpired => s.short_contract_expired,
        BlockerCode::NoIncidentsLeft => s.short_no_incidents,
        BlockerCode::ActivateBenefits => s.short_activate,
        BlockerCode::AskAdminToActivate => s.short_ask_admin,
        BlockerCode::MpnAccountRequired => s.short_mpn_account,
        BlockerCode::AdminAgentRequired => s.short_admin_agent,
    }
}

/// "SQL Server 2019": the catalog's display name of the version in `lang` (a full name, e.g.
/// "Windows 10" in the family "Windows (client)"); when the catalog lacks the version, the
/// family's name and the version id.
fn version_name(lc: &Lifecycle, lang: Lang) -> String {
    match catalog::family(&lc.family).and_then(|f| f.version(&lc.version)) {
        Some(v) => tr!(lang, v.name.en, v.name.pl).to_owned(),
        None => format!("{} {}", product_name(&lc.family, lang), lc.version),
    }
}
