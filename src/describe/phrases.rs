//! The sentences: one per code of every decision enum, in English and in Polish.
//!
//! Polish avoids declining product names by naming them after a noun ("dla produktu SQL Server
//! 2019", "Wersja SQL Server 2019"), and counts with the three Polish plural forms
//! ([`pl_form`]). Article terms follow the Polish article where it is right ("identyfikator
//! dostępu", "Korzyści techniczne", "Zarządzanie usługami") and Microsoft's usual Polish where the
//! article's machine translation is not ("wsparcie podstawowe" for mainstream support).

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
    let (en, pl) = match link.id {
        "technicalBenefits" => (
            "Technical benefits (Partner Center)",
            "Korzyści techniczne (Partner Center)",
        ),
        "technicalSupportArticle" => (
            "Technical support for on-premises or cloud products (the article today)",
            "Pomoc techniczna dla produktów lokalnych lub w chmurze (artykuł dziś, po angielsku)",
        ),
        "partnerCenterDashboard" => (
            "Partner Center dashboard",
            "Pulpit nawigacyjny Partner Center",
        ),
        "userManagement" => (
            "User Management (Partner Center)",
            "Zarządzanie użytkownikami (Partner Center)",
        ),
        "supportForBusiness" => (
            "Support for Business",
            "Support for Business (pomoc techniczna dla firm)",
        ),
        "n1Policy" => ("N-1 support policy", "Zasady obsługi N-1"),
        "fixedLifecyclePolicy" => (
            "Fixed Lifecycle Policy",
            "Zasady stałego cyklu życia (Fixed Lifecycle Policy)",
        ),
        "remainingIncidents" => (
            "How many Partner support incidents are remaining?",
            "Ile zdarzeń pomocy technicznej partnera pozostało?",
        ),
        "partnerCenterCustomers" => (
            "Customers (Partner Center, CSP)",
            "Klienci (Partner Center, CSP)",
        ),
        "comparePartnerSupportPlans" => (
            "Compare partner support plans",
            "Porównanie planów pomocy technicznej dla partnerów",
        ),
        "premierSupportForPartners" => (
            "Premier Support for Partners",
            "Premier Support for Partners (pomoc techniczna Premier dla partnerów)",
        ),
        "advancedSupportForPartners" => (
            "Advanced Support for Partners",
            "Advanced Support for Partners (zaawansowana pomoc techniczna dla partnerów)",
        ),
        "azurePortal" => (
            "Azure portal: Help + support",
            "Azure Portal: Pomoc i obsługa techniczna",
        ),
        "microsoft365AdminCenter" => (
            "Microsoft 365 admin center",
            "Centrum administracyjne Microsoft 365",
        ),
        "powerPlatformAdminCenter" => (
            "Power Platform admin center",
            "Centrum administracyjne Power Platform",
        ),
        "intuneAdminCenter" => (
            "Microsoft Intune admin center",
            "Centrum administracyjne Microsoft Intune",
        ),
        _ => (link.url, link.url),
    };
    tr!(lang, en, pl)
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
                    format!(
                        "Nie: korzyści pomocy technicznej {} nie obejmują produktu {p}; przyczyny{} opisano poniżej.",
                        self.programme(),
                        if paid { " i płatne opcje" } else { "" }
                    ),
                )
            }
            Outcome::Undetermined => {
                let n = self.d.unknowns.len();
                if n == 0 {
                    tr!(
                        self.lang,
                        format!("Not decided yet: answer the remaining questions to find out whether you can get technical support for {p}."),
                        format!("Jeszcze nie wiadomo: odpowiedz na pozostałe pytania, aby sprawdzić, czy możesz uzyskać pomoc techniczną dla produktu {p}."),
                    )
                } else {
                    tr!(
                        self.lang,
                        format!(
                            "Not decided yet: answer {n} more {} to find out whether you can get technical support for {p}.",
                            if n == 1 { "question" } else { "questions" }
                        ),
                        format!(
                            "Jeszcze nie wiadomo: odpowiedz na jeszcze {n} {}, aby sprawdzić, czy możesz uzyskać pomoc techniczną dla produktu {p}.",
                            pl_form(n as u64, "pytanie", "pytania", "pytań")
                        ),
                    )
                }
            }
        }
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
            Tier::None if legacy => tr!(
                l,
                "Your organization has no Solutions Partner designation benefits, no legacy Gold or Silver benefits and no Microsoft Action Pack, so it has no technical support incidents.".to_owned(),
                "Twoja organizacja nie ma korzyści oznaczenia Solutions Partner, dawnych korzyści Gold ani Silver, ani Microsoft Action Pack, więc nie przysługują jej zdarzenia pomocy technicznej.".to_owned(),
            ),
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
            Tier::None => tr!(
                l,
                "Your organization has no active membership offer (Gold, Silver or Microsoft Action Pack), so it has no technical support incidents.".to_owned(),
                "Twoja organizacja nie ma aktywnej oferty członkostwa (Gold, Silver ani Microsoft Action Pack), więc nie przysługują jej zdarzenia pomocy technicznej.".to_owned(),
            ),
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
        tr!(
            self.lang,
            match id {
                RouteId::ProductSupport => "Microsoft Product Support (on-premises)",
                RouteId::SignatureCloudSupport => "Signature Cloud Support (cloud)",
                RouteId::CspSupportPlan => "“Cloud Solution Provider” support plan",
            },
            match id {
                RouteId::ProductSupport => "Microsoft Product Support (produkty lokalne)",
                RouteId::SignatureCloudSupport => "Signature Cloud Support (produkty w chmurze)",
                RouteId::CspSupportPlan => "Plan pomocy technicznej „Cloud Solution Provider”",
            },
        )
        .to_owned()
    }

    pub(crate) fn route_text(&self, r: &Route) -> String {
        let l = self.lang;
        let mut s = match r.id {
            RouteId::ProductSupport => tr!(
                l,
                format!("Microsoft Product Support is the {} benefit for recent on-premises products: the current version (N), and the previous version (N-1) while it is in mainstream support. Any work or Microsoft account (AAD or MSA) that has the Access ID and Contract ID can create the request in Support for Business, for a customer or for your own organization.", self.programme()),
                format!("Microsoft Product Support to korzyść {} dla najnowszych produktów lokalnych: bieżącej wersji (N) oraz poprzedniej wersji (N-1), dopóki jest objęta wsparciem podstawowym. Zgłoszenie w Support for Business (pomoc techniczna dla firm) może utworzyć każde konto służbowe lub konto Microsoft (AAD lub MSA), które ma identyfikator dostępu i identyfikator kontraktu – w imieniu klienta lub dla własnej organizacji.", self.programme()),
            ),
            RouteId::SignatureCloudSupport => {
                let base = match (self.cpp(), l) {
                    (false, _) => tr!(
                        l,
                        "Signature Cloud Support is the MPN benefit for cloud products, for partners with a silver or gold competency.",
                        "Signature Cloud Support to korzyść MPN dla produktów w chmurze, dostępna dla partnerów z kompetencją Silver lub Gold.",
                    ),
                    (true, Lang::En) => "Signature Cloud Support is the partner program benefit for cloud products, for partners with Solutions Partner designation benefits or legacy silver or gold benefits.",
                    (true, Lang::Pl) => "Signature Cloud Support to korzyść programu partnerskiego dla produktów w chmurze, dostępna dla partnerów z korzyściami oznaczenia Solutions Partner lub dawnymi korzyściami Silver albo Gold.",
                };
                let where_ = match r.portal.as_ref() {
                    "partnerCenterCustomers" => tr!(
                        l,
                        "For a customer, a user with the Admin agent role creates the request in Partner Center: Customers, Service management, New request.".to_owned(),
                        "W imieniu klienta zgłoszenie tworzy w Partner Center użytkownik z rolą agenta administracyjnego: Klienci, Zarządzanie usługami, Nowe żądanie.".to_owned(),
                    ),
                    "azurePortal" => tr!(
                        l,
                        "For your own organization, create the request in the Azure portal under Help + support.".to_owned(),
                        "Dla własnej organizacji zgłoszenie tworzy się w Azure Portal, w sekcji Pomoc i obsługa techniczna.".to_owned(),
                    ),
                    other => match links::by_id(other) {
                        Some(link) => tr!(
                            l,
                            format!("For your own organization, create the request in the product's portal: {}.", link_label(link, l)),
                            format!("Dla własnej organizacji zgłoszenie tworzy się w portalu produktu: {}.", link_label(link, l)),
                        ),
                        None => tr!(
                            l,
                            "For your own organization, create the request in the product's own support portal.".to_owned(),
                            "Dla własnej organizacji zgłoszenie tworzy się we własnym portalu pomocy technicznej produktu.".to_owned(),
                        ),
                    },
                };
                format!("{base} {where_}")
            }
            RouteId::CspSupportPlan => tr!(
                l,
                "CSP partners creating Azure requests for a customer's CSP subscription can use the “Cloud Solution Provider” support plan without adding a support contract; the request is made in Partner Center: Customers, Service management, New request.",
                "Partnerzy CSP tworzący zgłoszenia dotyczące platformy Azure dla subskrypcji CSP klienta mogą użyć planu pomocy technicznej „Cloud Solution Provider” bez dodawania umowy pomocy technicznej; zgłoszenie tworzy się w Partner Center: Klienci, Zarządzanie usługami, Nowe żądanie.",
            )
            .to_owned(),
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
            Some(Incidents::Unlimited { .. }) => {
                tr!(l, "Unlimited incidents.", "Nieograniczona liczba zdarzeń.").to_owned()
            }
            None => tr!(
                l,
                format!("Not counted: requests under this plan do not use your {} support incidents.", self.programme()),
                format!("Nie wlicza się do puli: zgłoszenia w ramach tego planu nie zużywają zdarzeń pomocy technicznej {}.", self.programme()),
            ),
        }
    }

    // ---------------------------------------------------------------- blockers

    pub(crate) fn blocker(&self, code: BlockerCode) -> String {
        let l = self.lang;
        let p = &self.product;
        match code {
            BlockerCode::NoMembership if self.cpp() => tr!(
                l,
                "Your organization has no active membership offer (Solutions Partner designation, legacy Gold or Silver benefits, or Microsoft Action Pack), so the Technical support & consultation benefits page shows “Looks like you don't have any benefits yet” and there are no support incidents to use. If your company does have active membership offers, you signed in with the wrong account: select the Account icon in the top right of Partner Center and choose Sign-in with another account.",
                "Twoja organizacja nie ma aktywnej oferty członkostwa (oznaczenia Solutions Partner, dawnych korzyści Gold lub Silver ani Microsoft Action Pack), dlatego strona korzyści pomocy technicznej wyświetla komunikat „Looks like you don't have any benefits yet” i nie ma zdarzeń pomocy technicznej do wykorzystania. Jeśli Twoja firma ma aktywne oferty członkostwa, zalogowano się niewłaściwym kontem: wybierz ikonę Konto w prawym górnym rogu Partner Center i zaloguj się przy użyciu innego konta.",
            )
            .to_owned(),
            BlockerCode::ActionPackNoCloud if self.cpp() => tr!(
                l,
                format!("Microsoft Action Pack includes only Microsoft Product Support for on-premises products, not Signature Cloud Support, so your partner program benefits cannot be used for {p}, which is a cloud product. Signature Cloud Support comes with Solutions Partner designation benefits."),
                format!("Microsoft Action Pack obejmuje tylko Microsoft Product Support dla produktów lokalnych, a nie Signature Cloud Support, więc korzyści programu partnerskiego nie mogą być używane dla produktu {p}, który jest produktem w chmurze. Signature Cloud Support daje oznaczenie Solutions Partner."),
            ),
            BlockerCode::NoMembership => tr!(
                l,
                "Your organization has no active membership offer (Gold, Silver or Microsoft Action Pack), so the Technical benefits page shows “Looks like you don't have any benefits yet” and there are no support incidents to use. If your company does have active membership offers, you signed in with the wrong account: select the Account icon in the top right of Partner Center and choose Sign-in with another account.",
                "Twoja organizacja nie ma aktywnej oferty członkostwa (Gold, Silver ani Microsoft Action Pack), dlatego strona Korzyści techniczne wyświetla komunikat „Wygląda na to, że nie masz jeszcze żadnych korzyści” i nie ma zdarzeń pomocy technicznej do wykorzystania. Jeśli Twoja firma ma aktywne oferty członkostwa, zalogowano się niewłaściwym kontem: wybierz ikonę Konto w prawym górnym rogu Partner Center i zaloguj się przy użyciu innego konta.",
            )
            .to_owned(),
            BlockerCode::ActionPackNoCloud => tr!(
                l,
                format!("Microsoft Action Pack does not include Signature Cloud Support, so your MPN benefits cannot be used for {p}, which is a cloud product. Action Pack partners become eligible only by earning a silver or gold competency."),
                format!("Microsoft Action Pack nie obejmuje Signature Cloud Support, więc korzyści MPN nie mogą być używane dla produktu {p}, który jest produktem w chmurze. Partner z Action Pack uzyska dostęp do tej usługi dopiero po zdobyciu kompetencji Silver lub Gold."),
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
                        "{v} nie jest jeszcze wydana na dzień {asof}{}, więc Microsoft Product Support jej nie obejmuje; sprawdź wybraną wersję lub sprawdź ponownie po jej premierze.",
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
            BlockerCode::ContractExpired => tr!(
                l,
                "Your support contract has expired, so the benefits associated with your account can no longer be used, and an expired contract cannot be linked again. To get support, buy a new support plan.",
                "Twoja umowa pomocy technicznej wygasła, więc skojarzonych z Twoim kontem korzyści nie można już używać, a wygasłej umowy nie da się ponownie połączyć. Aby uzyskać pomoc techniczną, kup nowy plan pomocy technicznej.",
            )
            .to_owned(),
            BlockerCode::NoIncidentsLeft => tr!(
                l,
                "All the support incidents of your contract have been used, so no support incidents remain and the benefit cannot be used until you get new ones. To get support now, buy a new support plan.",
                "Wszystkie zdarzenia pomocy technicznej z Twojej umowy zostały wykorzystane, więc nie pozostały żadne zdarzenia i z korzyści nie można korzystać, dopóki nie uzyskasz nowych. Aby uzyskać pomoc techniczną teraz, kup nowy plan pomocy technicznej.",
            )
            .to_owned(),
            BlockerCode::ActivateBenefits => tr!(
                l,
                "Your technical support benefits are not activated yet, and they must be activated before you can use them. As a Global admin or MPN Partner admin you can do it yourself: in Partner Center expand Benefits, select Technical benefits and select Activate.",
                "Korzyści pomocy technicznej nie zostały jeszcze aktywowane, a trzeba je aktywować, zanim będzie można z nich korzystać. Jako administrator globalny lub administrator partnera MPN możesz to zrobić samodzielnie: w Partner Center rozwiń pozycję Korzyści, wybierz Korzyści techniczne, a następnie przycisk Aktywuj.",
            )
            .to_owned(),
            BlockerCode::AskAdminToActivate => tr!(
                l,
                "Your technical support benefits are not activated yet, and your account cannot activate them: activation needs an MPN-associated account with the Global admin or MPN Partner admin role (otherwise the Activate button is greyed out). Use User Management and filter on Global admin or MPN Partner admin to find someone who can activate the benefits for you.",
                "Korzyści pomocy technicznej nie zostały jeszcze aktywowane, a Twoje konto nie może ich aktywować: aktywacja wymaga konta skojarzonego z MPN z rolą administratora globalnego lub administratora partnera MPN (w przeciwnym razie przycisk Aktywuj jest nieaktywny). Użyj funkcji Zarządzanie użytkownikami i przefiltruj listę według ról administratora globalnego lub administratora partnera MPN, aby znaleźć osobę, która aktywuje korzyści za Ciebie.",
            )
            .to_owned(),
            BlockerCode::MpnAccountRequired => tr!(
                l,
                "Your Partner Center account is associated only with CSP, not with MPN, so the Technical benefits page shows the error “You are not authorized for this action” and you cannot see the Access ID and Contract ID. Sign in with an MPN-associated account, or get the Access ID and Contract ID from a colleague whose account is associated with MPN.",
                "Twoje konto Partner Center jest skojarzone tylko z CSP, a nie z MPN, dlatego strona Korzyści techniczne wyświetla błąd „Nie masz autoryzacji do tej akcji” i nie widzisz identyfikatora dostępu ani identyfikatora kontraktu. Zaloguj się kontem skojarzonym z MPN albo poproś współpracownika, którego konto jest skojarzone z MPN, o identyfikator dostępu i identyfikator kontraktu.",
            )
            .to_owned(),
            BlockerCode::AdminAgentRequired => tr!(
                l,
                "Support requests for a customer on a cloud product can only be created by a user with the Admin agent role, and your account does not have it. Ask a Global admin to assign you the Admin agent role in User Management, or ask a colleague who has it to create the request.",
                "Zgłoszenia pomocy technicznej w imieniu klienta dla produktów w chmurze może tworzyć tylko użytkownik z rolą agenta administracyjnego (Admin agent), a Twoje konto jej nie ma. Poproś administratora globalnego o przypisanie Ci tej roli w sekcji Zarządzanie użytkownikami albo poproś współpracownika, który ją ma, o utworzenie zgłoszenia.",
            )
            .to_owned(),
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
            StepCode::SignInWithMpnAccount => tr!(
                l,
                "Sign in to the Partner Center dashboard with your MPN-associated account.",
                "Zaloguj się do pulpitu nawigacyjnego Partner Center kontem skojarzonym z MPN.",
            )
            .to_owned(),
            StepCode::ActivateBenefits => tr!(
                l,
                "Activate the benefits: in Partner Center expand Benefits, select Technical benefits and select Activate; the Access ID and Contract ID are then shown to all MPN-associated users.",
                "Aktywuj korzyści: w Partner Center rozwiń pozycję Korzyści, wybierz Korzyści techniczne i wybierz przycisk Aktywuj; identyfikator dostępu i identyfikator kontraktu będą wtedy widoczne dla wszystkich użytkowników skojarzonych z MPN.",
            )
            .to_owned(),
            StepCode::AskAdminToActivate => tr!(
                l,
                "Ask a Global admin or MPN Partner admin (find one in User Management by filtering on these roles) to activate the technical benefits.",
                "Poproś administratora globalnego lub administratora partnera MPN (znajdziesz go w sekcji Zarządzanie użytkownikami, filtrując według tych ról) o aktywowanie korzyści technicznych.",
            )
            .to_owned(),
            StepCode::GetAdminAgentRole => tr!(
                l,
                "Get the Admin agent role in Partner Center (a Global admin can assign it in User Management); requests for customers need it.",
                "Uzyskaj rolę agenta administracyjnego w Partner Center (może ją przypisać administrator globalny w sekcji Zarządzanie użytkownikami); jest ona wymagana do zgłoszeń w imieniu klientów.",
            )
            .to_owned(),
            StepCode::EnterIds => self.enter_ids(route),
            StepCode::CreateOnPremisesRequest => {
                let p = self.subject();
                tr!(
                    l,
                    format!("Create the support request for {p} in Support for Business."),
                    format!("Utwórz zgłoszenie pomocy technicznej dla produktu {p} w Support for Business (pomoc techniczna dla firm)."),
                )
            }
            StepCode::CreateCustomerRequest => tr!(
                l,
                "In Partner Center select Customers (under CSP), then Service management and New request; choose the workload, and in the portal that opens add the support contract and create the request.",
                "W Partner Center wybierz pozycję Klienci (w obszarze CSP), następnie Zarządzanie usługami i Nowe żądanie; wybierz obciążenie, a w portalu, który się otworzy, dodaj umowę pomocy technicznej i utwórz zgłoszenie.",
            )
            .to_owned(),
            StepCode::CreateAzureRequest => tr!(
                l,
                "In the Azure portal open Help + support and select + New support request; your support plan is shown there, so there is no need to link the benefits again.",
                "W Azure Portal otwórz sekcję Pomoc i obsługa techniczna i wybierz „+ New support request” (nowe żądanie pomocy technicznej); plan pomocy technicznej zostanie tam wyświetlony, więc nie trzeba ponownie łączyć korzyści.",
            )
            .to_owned(),
            StepCode::CreateCloudRequest => {
                let p = &self.product;
                let portal = link_label(links::cloud_portal(&self.d.product), l);
                tr!(
                    l,
                    format!("Create the support request for {p} in the product's own support portal ({portal})."),
                    format!("Utwórz zgłoszenie pomocy technicznej dla produktu {p} w jego własnym portalu ({portal})."),
                )
            }
            StepCode::CreateCspRequest => tr!(
                l,
                "In Partner Center select Customers, then Service management and New request, and choose the “Cloud Solution Provider” support plan; no support contract needs to be added.",
                "W Partner Center wybierz pozycję Klienci, następnie Zarządzanie usługami i Nowe żądanie, a potem wybierz plan pomocy technicznej „Cloud Solution Provider”; nie trzeba dodawać umowy pomocy technicznej.",
            )
            .to_owned(),
            StepCode::CheckRemainingIncidents => {
                let w = self.set.differs.remaining_windows;
                let mut s = tr!(
                    l,
                    format!("To see how many incidents remain, open Support for Business, start an on-premises request for {w} with dummy details and read step 2 without submitting the request; cloud portals such as Azure do not show the balance."),
                    format!("Aby sprawdzić, ile zdarzeń pozostało, otwórz Support for Business, rozpocznij zgłoszenie dla produktu lokalnego {w} z fikcyjnymi danymi i odczytaj krok 2, nie wysyłając zgłoszenia; portale w chmurze, takie jak Azure, nie pokazują tej informacji."),
                );
                if route == RouteId::SignatureCloudSupport {
                    s.push_str(tr!(
                        l,
                        " For Signature Cloud Support, expand “Would you like to see unavailable support plans?” in step 2 to see the Partner Signature contract.",
                        " W przypadku Signature Cloud Support rozwiń w kroku 2 sekcję „Czy chcesz zobaczyć niedostępne plany pomocy technicznej?”, aby zobaczyć umowę Partner Signature.",
                    ));
                }
                s
            }
        }
    }

    fn enter_ids(&self, route: RouteId) -> String {
        let l = self.lang;
        let portal = self.portal_of(route);
        if route == RouteId::ProductSupport {
            tr!(
                l,
                "Enter the Access ID and Contract ID once for this sign-in: in Support for Business expand “Do you need to purchase or add more support plans” and select Add Contract; later requests will not ask for them again.",
                "Wprowadź identyfikator dostępu i identyfikator kontraktu jeden raz dla tego konta: w Support for Business rozwiń pozycję „Czy musisz kupić lub dodać więcej planów pomocy technicznej” i wybierz przycisk Dodaj kontrakt; przy kolejnych zgłoszeniach nie trzeba ich podawać ponownie.",
            )
            .to_owned()
        } else if portal == Some(links::AZURE_PORTAL.id) {
            tr!(
                l,
                "Enter the Access ID and Contract ID once for this sign-in: in the Azure portal select Help + support, Support plans, then Link support benefits; do it only once, because linking again shows a misleading error.",
                "Wprowadź identyfikator dostępu i identyfikator kontraktu jeden raz dla tego konta: w Azure Portal wybierz Pomoc i obsługa techniczna, Plany pomocy technicznej, a następnie „Połącz korzyści pomocy technicznej” (Link support benefits); zrób to tylko raz, bo ponowne połączenie wyświetla mylący błąd.",
            )
            .to_owned()
        } else {
            tr!(
                l,
                "Enter the Access ID and Contract ID once for this sign-in, when the product's support portal asks you to add a support contract; later requests will not ask for them again.",
                "Wprowadź identyfikator dostępu i identyfikator kontraktu jeden raz dla tego konta, gdy portal pomocy technicznej produktu poprosi o dodanie umowy pomocy technicznej; przy kolejnych zgłoszeniach nie trzeba ich podawać ponownie.",
            )
            .to_owned()
        }
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
                    format!("Zasady mogły się zmienić: ta odpowiedź opiera się na artykule Partner Center w wersji z {seen}, a Microsoft od tego czasu zmienił program. Zanim na niej polegasz, sprawdź stronę pomocy technicznej w Partner Center."),
                )
            }
            WarningCode::BenefitsRenamed => tr!(
                l,
                "Since 23 June 2025 Partner Center and the support portals call Microsoft Product Support “Partner On-premises Support” and Signature Cloud Support “Partner Cloud Support” (for example, “Partner Signature 5pack” is now “Partner Cloud Support 5”); look for the new names.",
                "Od 23 czerwca 2025 r. Partner Center i portale pomocy technicznej nazywają Microsoft Product Support „Partner On-premises Support”, a Signature Cloud Support „Partner Cloud Support” (na przykład „Partner Signature 5pack” to teraz „Partner Cloud Support 5”); szukaj nowych nazw.",
            )
            .to_owned(),
            WarningCode::ActionPackNoBenefitsInAzure => tr!(
                l,
                "After you enter the Access ID and Contract ID, the Azure portal shows no benefits: Action Pack includes only on-premises support, and the Azure portal displays only valid benefits.",
                "Po wpisaniu identyfikatora dostępu i identyfikatora kontraktu Azure Portal nie pokaże żadnych korzyści: Action Pack obejmuje tylko pomoc dla produktów lokalnych, a Azure Portal wyświetla tylko ważne korzyści.",
            )
            .to_owned(),
            WarningCode::AccessIdAlreadyAssociated => tr!(
                l,
                "In the Azure portal you may see the error “This Access ID is already associated to an account…”. The message is wrong and should be ignored: your support contract is already associated with your account, and there is no need to contact a Technical Account Manager. Do not use Link support benefits again; select + New support request and create the request as usual, and your support plan will be displayed.",
                "W Azure Portal może pojawić się błąd „This Access ID is already associated to an account…”. Ten komunikat jest nieprawidłowy i należy go zignorować: umowa pomocy technicznej jest już skojarzona z Twoim kontem i nie trzeba kontaktować się z opiekunem technicznym (Technical Account Manager). Nie używaj ponownie opcji „Połącz korzyści pomocy technicznej” (Link support benefits); wybierz „+ New support request” i utwórz zgłoszenie jak zwykle, a plan pomocy technicznej zostanie wyświetlony.",
            )
            .to_owned(),
            WarningCode::ContractHiddenInAzure => tr!(
                l,
                "Your support contract has expired or its Signature 10-pack or 5-pack has no incidents left, so the Azure portal hides it as invalid; linking it again with Link support benefits only shows the error “This Access ID is already associated to an account…”. To get Azure support incidents, buy a new support plan.",
                "Twoja umowa pomocy technicznej wygasła lub w pakiecie Signature 10-pack albo 5-pack nie zostały żadne zdarzenia, więc Azure Portal ukrywa ją jako nieprawidłową; ponowne połączenie korzyści (Link support benefits) wyświetli tylko błąd „This Access ID is already associated to an account…”. Aby uzyskać zdarzenia pomocy technicznej dla platformy Azure, kup nowy plan pomocy technicznej.",
            )
            .to_owned(),
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
                tr!(
                    l,
                    format!("{first} The article requires mainstream support only of the previous version, so this checker counts it as eligible; the N-1 policy the article links to, however, excludes “any product where Mainstream Support has ended”, so Microsoft may refuse the request."),
                    format!("{first} Artykuł wymaga wsparcia podstawowego tylko od poprzedniej wersji, więc to narzędzie uznaje ją za kwalifikującą się; zasady N-1, do których odsyła artykuł, wykluczają jednak każdy produkt, którego wsparcie podstawowe się zakończyło, więc Microsoft może odmówić przyjęcia zgłoszenia."),
                )
            }
        }
    }

    pub(crate) fn alternative(&self, code: AlternativeCode) -> String {
        tr!(
            self.lang,
            match code {
                AlternativeCode::PremierSupport => "Premier Support for Partners is Microsoft's top level of paid technical support, for on-premises and cloud products.",
                AlternativeCode::AdvancedSupport => "Advanced Support for Partners is paid technical support for cloud products only.",
                AlternativeCode::NewSupportPlan => "Buy a new partner support plan to get new support incidents; compare the partner support plans to choose one.",
                AlternativeCode::PayPerIncident => "Buy pay-per-incident (PPI) support in Support for Business: the version is still in Microsoft's Fixed Lifecycle Policy, though your benefit does not cover it (the portal says “Support plan cannot be used for the specified product”). Only a personal Microsoft account (MSA) can buy it online; work accounts (Azure AD) do not see the option.",
            },
            match code {
                AlternativeCode::PremierSupport => "Premier Support for Partners (pomoc techniczna Premier dla partnerów) to najwyższy poziom płatnej pomocy technicznej firmy Microsoft, dla produktów lokalnych i w chmurze.",
                AlternativeCode::AdvancedSupport => "Advanced Support for Partners (zaawansowana pomoc techniczna dla partnerów) to płatna pomoc techniczna wyłącznie dla produktów w chmurze.",
                AlternativeCode::NewSupportPlan => "Kup nowy plan pomocy technicznej dla partnerów, aby uzyskać nowe zdarzenia pomocy technicznej; porównaj plany, aby wybrać odpowiedni.",
                AlternativeCode::PayPerIncident => "Kup w Support for Business pomoc za zdarzenie (pay-per-incident, PPI): ta wersja jest jeszcze objęta zasadami stałego cyklu życia Microsoft, choć Twoja korzyść jej nie obejmuje (portal pokazuje „Support plan cannot be used for the specified product”). Kupić ją online można tylko kontem Microsoft (MSA); konta służbowe (Azure AD) nie widzą tej opcji.",
            },
        )
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
            Position::N => tr!(l, "the current version (N)", "bieżąca wersja (N)"),
            Position::NMinus1 => tr!(l, "the previous version (N-1)", "poprzednia wersja (N-1)"),
            Position::Older => tr!(
                l,
                "an older version (N-2 or earlier)",
                "starsza wersja (N-2 lub wcześniejsza)"
            ),
            Position::Unreleased => tr!(l, "not released yet", "wersja jeszcze niewydana"),
        };
        let phase = match lc.phase {
            Phase::Mainstream => match ms {
                Some(e) => tr!(l, format!(" and in mainstream support until {e}"), format!(", objęta wsparciem podstawowym do {e}")),
                None => tr!(l, " and in mainstream support", ", objęta wsparciem podstawowym").to_owned(),
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
                None => tr!(
                    l,
                    " and supported under the Modern Lifecycle Policy, with no end of support announced",
                    ", objęta zasadami nowoczesnego cyklu życia (Modern Lifecycle Policy), bez ogłoszonej daty zakończenia wsparcia",
                )
                .to_owned(),
            },
            Phase::Ended => match ret.or(ext).or(ms) {
                Some(e) => tr!(l, format!(", and its support ended on {e}"), format!(", której wsparcie zakończyło się {e}")),
                None => tr!(l, ", and its support has ended", ", której wsparcie się zakończyło").to_owned(),
            },
            Phase::NotReleased => tr!(l, format!(" (its support starts on {start})"), format!(" (początek wsparcia: {start})")),
        };
        let verdict = match (lc.eligible, l) {
            (true, Lang::En) => "so it is eligible for Microsoft Product Support",
            (false, Lang::En) => "so it is not eligible for Microsoft Product Support",
            (true, Lang::Pl) => "więc kwalifikuje się do usługi Microsoft Product Support",
            (false, Lang::Pl) => "więc nie kwalifikuje się do usługi Microsoft Product Support",
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
        let (en, pl) = match field {
            "account.association" if self.cpp() => (
                "Is the account you sign in to Partner Center with associated with the Microsoft AI Cloud Partner Program, or only with CSP?",
                "Czy konto, którym logujesz się do Partner Center, jest skojarzone z programem Microsoft AI Cloud Partner Program, czy tylko z CSP?",
            ),
            "account.association" => (
                "Is the account you sign in to Partner Center with associated with MPN, or only with CSP?",
                "Czy konto, którym logujesz się do Partner Center, jest skojarzone z MPN, czy tylko z CSP?",
            ),
            "account.roles" => (
                "Which Partner Center roles do you hold: Global admin, MPN Partner admin, Admin agent?",
                "Które role w Partner Center masz: administrator globalny, administrator partnera MPN, agent administracyjny?",
            ),
            "organization.actionPack" => (
                "Does your organization have a Microsoft Action Pack subscription?",
                "Czy Twoja organizacja ma subskrypcję Microsoft Action Pack?",
            ),
            "organization.solutionsPartner" => (
                "Does your organization have Solutions Partner designation benefits (not the legacy Gold or Silver benefits)?",
                "Czy Twoja organizacja ma korzyści oznaczenia Solutions Partner (a nie dawne korzyści Gold lub Silver)?",
            ),
            "organization.competencies" if self.cpp() => (
                "Which legacy Silver or Gold benefits did your organization keep (the competencies it held on 30 September 2022)?",
                "Jakie dawne korzyści Silver lub Gold zachowała Twoja organizacja (kompetencje posiadane 30 września 2022 r.)?",
            ),
            "organization.competencies" => (
                "Which competencies does your organization hold, and at which level (silver or gold)?",
                "Jakie kompetencje ma Twoja organizacja i na jakim poziomie (Silver czy Gold)?",
            ),
            "benefits.activated" => (
                "Have your organization's technical support benefits been activated (are the Access ID and Contract ID shown on the Technical benefits page)?",
                "Czy korzyści pomocy technicznej Twojej organizacji są aktywowane (czy na stronie Korzyści techniczne widać identyfikator dostępu i identyfikator kontraktu)?",
            ),
            "benefits.contractLinked" => (
                "Is the support contract already associated with the account you will create the request with?",
                "Czy umowa pomocy technicznej jest już skojarzona z kontem, którym utworzysz zgłoszenie?",
            ),
            "benefits.contractExpired" => (
                "Has the support contract expired?",
                "Czy umowa pomocy technicznej wygasła?",
            ),
            "benefits.incidentsUsed" => (
                "How many support incidents of the contract have already been used?",
                "Ile zdarzeń pomocy technicznej z umowy już wykorzystano?",
            ),
            "request.version" => {
                return tr!(
                    l,
                    format!("Which version of {p} is the request about?"),
                    format!("Której wersji produktu {p} dotyczy zgłoszenie?"),
                )
            }
            "request.forCustomer" => (
                "Is the request on behalf of a customer, or for your own organization?",
                "Czy zgłoszenie jest składane w imieniu klienta, czy dla Twojej własnej organizacji?",
            ),
            "request.cspSubscription" => (
                "Was the customer's Azure subscription sold by your company as a Cloud Solution Provider (CSP)?",
                "Czy subskrypcję Azure klienta sprzedała Twoja firma jako dostawca CSP (Cloud Solution Provider)?",
            ),
            "asOf" => (
                "For which date should the eligibility be checked?",
                "Na jaki dzień sprawdzić uprawnienia?",
            ),
            other => {
                return tr!(
                    l,
                    format!("What is the answer for “{other}”?"),
                    format!("Jaka jest odpowiedź w polu „{other}”?"),
                )
            }
        };
        tr!(l, en, pl).to_owned()
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

/// The route as the object of "through …" / "w ramach …" (genitive) in a headline.
fn route_via(id: RouteId, lang: Lang) -> &'static str {
    match id {
        RouteId::ProductSupport => tr!(
            lang,
            "Microsoft Product Support",
            "usługi Microsoft Product Support"
        ),
        RouteId::SignatureCloudSupport => tr!(
            lang,
            "Signature Cloud Support",
            "usługi Signature Cloud Support"
        ),
        RouteId::CspSupportPlan => tr!(
            lang,
            "the “Cloud Solution Provider” support plan",
            "planu pomocy technicznej „Cloud Solution Provider”"
        ),
    }
}

/// A blocker as a short instruction, for a route's "before you can use it" list.
fn blocker_short(code: BlockerCode, lang: Lang) -> &'static str {
    match code {
        BlockerCode::NoMembership => tr!(lang, "get an active membership offer", "uzyskaj aktywną ofertę członkostwa"),
        BlockerCode::ActionPackNoCloud => tr!(lang, "earn a silver or gold competency", "zdobądź kompetencję Silver lub Gold"),
        BlockerCode::VersionNotReleased => tr!(lang, "wait for the version's release", "poczekaj na premierę wersji"),
        BlockerCode::VersionNotSupported => tr!(lang, "use a supported version", "użyj obsługiwanej wersji"),
        BlockerCode::ContractExpired => tr!(lang, "get a valid support contract", "uzyskaj ważną umowę pomocy technicznej"),
        BlockerCode::NoIncidentsLeft => tr!(lang, "get new support incidents", "uzyskaj nowe zdarzenia pomocy technicznej"),
        BlockerCode::ActivateBenefits => tr!(lang, "activate the technical benefits", "aktywuj korzyści techniczne"),
        BlockerCode::AskAdminToActivate => tr!(
            lang,
            "have a Global admin or MPN Partner admin activate the benefits",
            "poproś administratora globalnego lub administratora partnera MPN o aktywowanie korzyści"
        ),
        BlockerCode::MpnAccountRequired => tr!(lang, "sign in with an MPN-associated account", "zaloguj się kontem skojarzonym z MPN"),
        BlockerCode::AdminAgentRequired => tr!(lang, "get the Admin agent role", "uzyskaj rolę agenta administracyjnego"),
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
