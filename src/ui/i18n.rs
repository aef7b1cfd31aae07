//! The page's own words in Polish and English (the answer's sentences come from `describe`).

use crate::describe::relative::Units;
use crate::describe::sentences;
use crate::describe::Lang;
use crate::rules::catalog::{Gap, GAPS};
use crate::rules::date::Date;

crate::words_struct! {
    /// Every fixed string of the page, in one language.
    Words {
        pub title: &'static str,
        pub brand: &'static str,
        pub start_again: &'static str,
        pub cleared: &'static str,
        pub as_of: &'static str,
        pub as_of_hint: &'static str,
        pub s_product: &'static str,
        pub s_org: &'static str,
        pub s_person: &'static str,
        pub s_benefits: &'static str,
        pub s_customer: &'static str,
        pub product: &'static str,
        pub choose: &'static str,
        pub on_prem: &'static str,
        pub cloud: &'static str,
        pub version: &'static str,
        pub version_hint: &'static str,
        pub action_pack: &'static str,
        /// The highest competency level held (2021 rules).
        pub comp_level: &'static str,
        /// The same question under the 2023 rules: legacy benefits.
        pub comp_level_legacy: &'static str,
        pub level_none: &'static str,
        /// Whether any of them is a cloud competency (the list follows it).
        pub comp_cloud: &'static str,
        /// Opens the optional list of every competency.
        pub comp_pick: &'static str,
        /// "Your answers": the link that takes the focus back to a question.
        pub change: &'static str,
        /// The designation question (2023 rules).
        pub solutions_partner: &'static str,
        /// Marks a quote shown in English on a Polish page.
        pub english_original: &'static str,
        /// Said above the reasons when the article's words (`quotes.js`) could not be loaded.
        pub no_quotes: &'static str,
        pub comps_cloud: &'static str,
        pub comps_other: &'static str,
        pub not_held: &'static str,
        pub silver: &'static str,
        pub gold: &'static str,
        pub cloud_mark: &'static str,
        pub association: &'static str,
        pub assoc_mpn: &'static str,
        pub assoc_csp: &'static str,
        pub roles: &'static str,
        pub roles_hint: &'static str,
        pub role_ga: &'static str,
        pub role_pa: &'static str,
        pub role_aa: &'static str,
        pub role_none: &'static str,
        pub activated: &'static str,
        pub linked: &'static str,
        pub expired: &'static str,
        pub incidents: &'static str,
        pub incidents_hint: &'static str,
        pub incidents_error: &'static str,
        pub for_customer: &'static str,
        pub customer_yes: &'static str,
        pub customer_no: &'static str,
        pub csp: &'static str,
        pub yes: &'static str,
        pub no: &'static str,
        pub not_needed: &'static str,
        pub h_routes: &'static str,
        pub h_steps: &'static str,
        pub h_blockers: &'static str,
        pub h_warnings: &'static str,
        pub h_alternatives: &'static str,
        pub h_lifecycle: &'static str,
        pub h_why: &'static str,
        pub h_unknowns: &'static str,
        pub ours: &'static str,
        pub why_intro: &'static str,
        pub intro: &'static str,
        /// The intro's three rows (what each membership gives).
        pub intro_row1: &'static str,
        pub intro_row2: &'static str,
        pub intro_row3: &'static str,
        pub notice_dropped: &'static str,
        pub notice_format: &'static str,
        pub notice_long: &'static str,
        pub data_as_of: &'static str,
        pub sources: &'static str,
        /// The sources and licences page in this language (beside the page).
        pub sources_page: &'static str,
        pub badge_n: &'static str,
        pub badge_n1: &'static str,
        pub badge_older: &'static str,
        pub badge_mainstream: &'static str,
        pub badge_extended: &'static str,
        pub badge_modern: &'static str,
        pub badge_modern_until: &'static str,
        pub badge_ended: &'static str,
        pub badge_not_released: &'static str,
        /// Whether the benefit covers a version on the date (the coloured badge).
        pub covered_yes: &'static str,
        pub covered_no: &'static str,
        /// How far a date is from the answer's (`describe::relative::Units`, field by field).
        pub rel_future: &'static str,
        pub rel_past: &'static str,
        pub rel_today: &'static str,
        pub rel_tomorrow: &'static str,
        pub rel_yesterday: &'static str,
        pub rel_and: &'static str,
        pub rel_year_1: &'static str,
        pub rel_year_few: &'static str,
        pub rel_year_many: &'static str,
        pub rel_month_1: &'static str,
        pub rel_month_few: &'static str,
        pub rel_month_many: &'static str,
        pub rel_week_1: &'static str,
        pub rel_week_few: &'static str,
        pub rel_week_many: &'static str,
        pub rel_day_1: &'static str,
        pub rel_day_few: &'static str,
        pub rel_day_many: &'static str,
        /// The support timeline (`timeline.rs`).
        pub tl_summary: &'static str,
        pub tl_caption: &'static str,
        pub tl_mainstream: &'static str,
        pub tl_extended: &'static str,
        pub tl_n: &'static str,
        pub tl_n1: &'static str,
        pub tl_from: &'static str,
        pub tl_never: &'static str,
        pub tl_choose: &'static str,
        pub tl_rules_2023: &'static str,
        pub tl_last_read: &'static str,
        pub tl_renamed: &'static str,
        pub tl_as_of: &'static str,
        /// Beyond the answer (`whatif.rs`).
        pub h_to_yes: &'static str,
        pub h_next_change: &'static str,
        pub add_to_calendar: &'static str,
        pub ics_title: &'static str,
        pub to_answer: &'static str,
        pub today: &'static str,
        pub use_today: &'static str,
        pub sum_title: &'static str,
    }
}

impl Words {
    /// The words `describe::relative::in_words` says a distance with: the `rel_` fields.
    pub fn units(&self) -> &Units<'static> {
        // SAFETY: `Words` is `repr(C)` with only `&'static str` fields, so its 18 fields from
        // `rel_future` to `rel_day_many` lie one after another like an array of 18 of them;
        // `Units` is `repr(C)` of 6 `&str` then 4 `[&str; 3]`, the same 18 in the same order
        // (same size, alignment and no padding). `tests/versions.rs` reads every one back.
        // Copying them field by field cost the page's wasm more than the words it says.
        unsafe {
            let start = std::ptr::from_ref(self)
                .cast::<u8>()
                .add(std::mem::offset_of!(Words, rel_future));
            &*start.cast::<Units<'static>>()
        }
    }
}

/// English.
pub const EN: Words = Words {
    title: "Which technical support can you use?",
    brand: "MPN support eligibility checker",
    start_again: "Start again",
    cleared: "All answers cleared.",
    as_of: "Answer as of",
    as_of_hint: "Today by default. Change it to see what happens when mainstream support ends.",
    s_product: "Product and version",
    s_org: "Your organization",
    s_person: "Your account and roles",
    s_benefits: "The support benefits",
    s_customer: "Who the support is for",
    product: "Product",
    choose: "— Choose a product —",
    on_prem: "On-premises products",
    cloud: "Cloud products",
    version: "Version",
    version_hint: "Only the current version (N) and the previous one (N-1, while in mainstream support) can use the incidents.",
    action_pack: "Does your organization have a Microsoft Action Pack subscription?",
    comp_level: "What is the highest level of the MPN competencies your organization holds?",
    comp_level_legacy: "What is the highest level of the legacy benefits your organization kept (from the competencies it held on 30 September 2022)?",
    level_none: "None",
    comp_cloud: "Is any of them a cloud competency?",
    comp_pick: "Or choose each competency and its level",
    change: "Change",
    solutions_partner: "Does your organization have Solutions Partner designation benefits?",
    english_original: "The article's original words (English):",
    no_quotes: "The article's words could not be loaded: reload the page to read them here, or open each rule's section of the article.",
    comps_cloud: "Cloud competencies",
    comps_other: "Other competencies",
    not_held: "not held",
    silver: "Silver",
    gold: "Gold",
    cloud_mark: "cloud",
    association: "Is your Partner Center sign-in associated with MPN?",
    assoc_mpn: "Yes, with MPN",
    assoc_csp: "No, with CSP only",
    roles: "Which Partner Center roles do you hold?",
    roles_hint: "Tick every role you hold, or “None of these”.",
    role_ga: "Global admin",
    role_pa: "MPN Partner admin",
    role_aa: "Admin agent",
    role_none: "None of these",
    activated: "Have the technical benefits been activated (Access ID and Contract ID shown on the Technical benefits page)?",
    linked: "Is the support contract already linked to your sign-in (you entered the Access ID and Contract ID before)?",
    expired: "Has the support contract expired?",
    incidents: "How many support incidents have you used?",
    incidents_hint: "Leave empty if you don't know.",
    incidents_error: "Incidents used: enter a whole number, 0 or more. Your other answers are kept.",
    for_customer: "Is the request on behalf of a customer?",
    customer_yes: "Yes, for a customer",
    customer_no: "No, for your own organization",
    csp: "Did you sell the customer's Azure subscription as a Cloud Solution Provider (CSP)?",
    yes: "Yes",
    no: "No",
    not_needed: "not needed for this answer",
    h_routes: "Support you can use",
    h_steps: "What to do, in order",
    h_blockers: "What stands in the way",
    h_warnings: "Good to know",
    h_alternatives: "Paid alternatives",
    h_lifecycle: "Product lifecycle",
    h_why: "Why? The rules behind this answer",
    h_unknowns: "Answer these to be sure",
    ours: "our reading",
    why_intro: "Only the rules that decided this answer: what each means, then the Partner Center article's own words and a link to its section. Rules marked “our reading” are this checker's decisions where the article is silent.",
    intro: "Choose a product and the answer appears here, from the first question. What the membership gives:",
    intro_row1: "Microsoft Product Support, for recent on-premises products: Action Pack 10, Silver 15, Gold 20 incidents.",
    intro_row2: "Signature Cloud Support, for cloud products: unlimited with a cloud competency; otherwise 5 (Silver) or 10 (Gold) incidents; none with Action Pack only.",
    intro_row3: "Customers' Azure subscriptions sold through CSP: the “Cloud Solution Provider” support plan.",
    notice_dropped: "Part of the link could not be read and was ignored:",
    notice_format: "This link was made by another version of the checker; some answers may be missing.",
    notice_long: "The link was too long and was ignored.",
    data_as_of: "Lifecycle data as of",
    sources: "Sources and licences",
    sources_page: "attribution.html",
    badge_n: "N (current)",
    badge_n1: "N-1",
    badge_older: "older",
    badge_mainstream: "mainstream until",
    badge_extended: "extended support until",
    badge_modern: "supported (Modern policy)",
    badge_modern_until: "supported until",
    badge_ended: "support ended",
    covered_yes: "✓ covered",
    covered_no: "✗ not covered",
    rel_future: "in",
    rel_past: "ago",
    rel_today: "today",
    rel_tomorrow: "tomorrow",
    rel_yesterday: "yesterday",
    rel_and: " ",
    rel_year_1: "year",
    rel_year_few: "years",
    rel_year_many: "years",
    rel_month_1: "month",
    rel_month_few: "months",
    rel_month_many: "months",
    rel_week_1: "week",
    rel_week_few: "weeks",
    rel_week_many: "weeks",
    rel_day_1: "day",
    rel_day_few: "days",
    rel_day_many: "days",
    badge_not_released: "not released until",
    tl_summary: "Support timeline",
    tl_caption: "Bars: mainstream and extended support. The band below: when the benefit covered the version, as N or N-1. Select a row to choose its version.",
    tl_mainstream: "mainstream support",
    tl_extended: "extended support",
    tl_n: "covered as N",
    tl_n1: "covered as N-1",
    tl_from: "from",
    tl_never: "never covered",
    tl_choose: "Choose this version",
    tl_rules_2023: "the 2023 rules from",
    tl_last_read: "the article as last read on",
    tl_renamed: "the benefits' new names from",
    tl_as_of: "as of",
    h_to_yes: "How to get to “yes”",
    h_next_change: "When the answer changes",
    add_to_calendar: "Add to calendar",
    ics_title: "The support answer changes",
    to_answer: "Go to the answer",
    today: "today",
    use_today: "Use today's date",
    sum_title: "Your answers",
};

/// Polish.
pub const PL: Words = Words {
    title: "Z jakiej pomocy technicznej możesz skorzystać?",
    brand: "Sprawdzanie uprawnień do pomocy technicznej MPN",
    start_again: "Zacznij od nowa",
    cleared: "Wszystkie odpowiedzi wyczyszczone.",
    as_of: "Stan na dzień",
    as_of_hint: "Domyślnie dzisiaj. Zmień datę, aby zobaczyć, co się stanie po zakończeniu wsparcia podstawowego.",
    s_product: "Produkt i wersja",
    s_org: "Twoja organizacja",
    s_person: "Twoje konto i role",
    s_benefits: "Korzyści pomocy technicznej",
    s_customer: "Dla kogo jest pomoc",
    product: "Produkt",
    choose: "— Wybierz produkt —",
    on_prem: "Produkty lokalne",
    cloud: "Produkty w chmurze",
    version: "Wersja",
    version_hint: "Zdarzeń można użyć tylko dla bieżącej wersji (N) i poprzedniej (N-1, dopóki ma wsparcie podstawowe).",
    action_pack: "Czy Twoja organizacja ma subskrypcję Microsoft Action Pack?",
    comp_level: "Jaki jest najwyższy poziom kompetencji MPN Twojej organizacji?",
    comp_level_legacy: "Jaki jest najwyższy poziom dawnych korzyści, które zachowała Twoja organizacja (z kompetencji posiadanych 30 września 2022 r.)?",
    level_none: "Brak",
    comp_cloud: "Czy któraś z nich jest kompetencją w chmurze?",
    comp_pick: "Albo wybierz każdą kompetencję i jej poziom",
    change: "Zmień",
    solutions_partner: "Czy Twoja organizacja ma korzyści oznaczenia Solutions Partner?",
    english_original: "Oryginalne brzmienie artykułu (po angielsku):",
    no_quotes: "Nie udało się wczytać słów artykułu: odśwież stronę, aby je tu przeczytać, albo otwórz sekcję artykułu przy każdej zasadzie.",
    comps_cloud: "Kompetencje w chmurze",
    comps_other: "Inne kompetencje",
    not_held: "brak",
    silver: "Silver",
    gold: "Gold",
    cloud_mark: "chmura",
    association: "Czy konto, którym logujesz się do Partner Center, jest skojarzone z MPN?",
    assoc_mpn: "Tak, z MPN",
    assoc_csp: "Nie, tylko z CSP",
    roles: "Jakie role w Partner Center masz?",
    roles_hint: "Zaznacz każdą swoją rolę albo „Żadna z powyższych”.",
    role_ga: "Administrator globalny",
    role_pa: "Administrator partnera MPN",
    role_aa: "Agent administracyjny (Admin agent)",
    role_none: "Żadna z powyższych",
    activated: "Czy korzyści techniczne zostały aktywowane (identyfikator dostępu i identyfikator kontraktu widać na stronie Korzyści techniczne)?",
    linked: "Czy umowa pomocy technicznej jest już skojarzona z kontem, którym logujesz się do Partner Center (identyfikator dostępu i identyfikator kontraktu zostały już wpisane)?",
    expired: "Czy umowa pomocy technicznej wygasła?",
    incidents: "Ile zdarzeń pomocy technicznej już wykorzystano?",
    incidents_hint: "Zdarzenie (incydent) to jedno zgłoszenie do pomocy technicznej. Zostaw puste, jeśli nie wiesz.",
    incidents_error: "Wykorzystane zdarzenia: wpisz liczbę całkowitą, 0 lub więcej. Pozostałe odpowiedzi są zachowane.",
    for_customer: "Czy zgłoszenie jest w imieniu klienta?",
    customer_yes: "Tak, dla klienta",
    customer_no: "Nie, dla własnej organizacji",
    csp: "Czy subskrypcję Azure klienta sprzedała Twoja firma jako dostawca rozwiązań w chmurze (CSP)?",
    yes: "Tak",
    no: "Nie",
    not_needed: "niepotrzebne do tej odpowiedzi",
    h_routes: "Pomoc, z której możesz skorzystać",
    h_steps: "Co zrobić, po kolei",
    h_blockers: "Co stoi na przeszkodzie",
    h_warnings: "Warto wiedzieć",
    h_alternatives: "Płatne możliwości",
    h_lifecycle: "Cykl życia produktu",
    h_why: "Dlaczego? Zasady stojące za odpowiedzią",
    h_unknowns: "Odpowiedz, aby mieć pewność",
    ours: "interpretacja narzędzia",
    why_intro: "Tylko zasady, które rozstrzygnęły tę odpowiedź: najpierw ich znaczenie, potem dosłowne brzmienie artykułu Partner Center i odnośnik do jego sekcji. Zasady oznaczone jako „interpretacja narzędzia” to decyzje tego narzędzia tam, gdzie artykuł milczy.",
    intro: "Wybierz produkt, a odpowiedź pojawi się tutaj od pierwszego pytania. Co daje członkostwo:",
    intro_row1: "Microsoft Product Support (pomoc techniczna firmy Microsoft) dla najnowszych produktów lokalnych: Action Pack 10, Silver 15, Gold 20 zdarzeń; zdarzenie (incydent) to jedno zgłoszenie do pomocy technicznej.",
    intro_row2: "Signature Cloud Support dla produktów w chmurze: bez limitu z kompetencją w chmurze; w innym razie 5 (Silver) lub 10 (Gold) zdarzeń; sam Action Pack go nie obejmuje.",
    intro_row3: "Subskrypcje Azure klientów sprzedane przez CSP: plan pomocy technicznej „Cloud Solution Provider”.",
    notice_dropped: "Części linku nie udało się odczytać i ją pominięto:",
    notice_format: "Ten link utworzyła inna wersja narzędzia; części odpowiedzi może brakować.",
    notice_long: "Link był za długi i został pominięty.",
    data_as_of: "Dane o cyklu życia z dnia",
    sources: "Źródła i licencje",
    sources_page: "attribution.pl.html",
    badge_n: "N (bieżąca)",
    badge_n1: "N-1",
    badge_older: "starsza",
    badge_mainstream: "wsparcie podstawowe do",
    badge_extended: "wsparcie rozszerzone do",
    badge_modern: "objęta wsparciem (nowoczesne zasady cyklu życia)",
    badge_modern_until: "objęta wsparciem do",
    badge_ended: "wsparcie zakończone",
    covered_yes: "✓ objęta",
    covered_no: "✗ nieobjęta",
    rel_future: "za",
    rel_past: "temu",
    rel_today: "dzisiaj",
    rel_tomorrow: "jutro",
    rel_yesterday: "wczoraj",
    rel_and: " i ",
    rel_year_1: "rok",
    rel_year_few: "lata",
    rel_year_many: "lat",
    rel_month_1: "miesiąc",
    rel_month_few: "miesiące",
    rel_month_many: "miesięcy",
    rel_week_1: "tydzień",
    rel_week_few: "tygodnie",
    rel_week_many: "tygodni",
    rel_day_1: "dzień",
    rel_day_few: "dni",
    rel_day_many: "dni",
    badge_not_released: "premiera",
    tl_summary: "Oś czasu wsparcia",
    tl_caption: "Paski: wsparcie podstawowe i rozszerzone. Pasek pod spodem: kiedy korzyść obejmowała wersję, jako N lub N-1. Zaznacz wiersz, aby wybrać wersję.",
    tl_mainstream: "wsparcie podstawowe",
    tl_extended: "wsparcie rozszerzone",
    tl_n: "objęta jako N",
    tl_n1: "objęta jako N-1",
    tl_from: "od",
    tl_never: "nigdy nieobjęta",
    tl_choose: "Wybierz tę wersję",
    tl_rules_2023: "zasady z 2023 r. od",
    tl_last_read: "stan artykułu z",
    tl_renamed: "nowe nazwy korzyści od",
    tl_as_of: "stan na",
    h_to_yes: "Jak dojść do odpowiedzi „tak”",
    h_next_change: "Kiedy odpowiedź się zmieni",
    add_to_calendar: "Dodaj do kalendarza",
    ics_title: "Zmienia się odpowiedź w sprawie pomocy technicznej",
    to_answer: "Przejdź do odpowiedzi",
    today: "dzisiaj",
    use_today: "Użyj dzisiejszej daty",
    sum_title: "Twoje odpowiedzi",
};

/// The words of a language.
pub fn words(lang: Lang) -> &'static Words {
    if FROM_FILE {
        return loaded().0;
    }
    match Lang::spoken(lang) {
        Lang::Pl => &PL,
        Lang::En => &EN,
    }
}

/// True in the page's builds, which take their words (both tables) from `words.js` ([`load`]).
const FROM_FILE: bool = cfg!(all(
    any(feature = "page-en", feature = "page-pl"),
    not(feature = "api"),
    not(feature = "embed")
));

/// What the page's build loads from `words.js`: its words, its own words, and the whole list
/// (whose end is the known gaps' texts).
type Loaded = (&'static Words, &'static PageWords, &'static [String]);

thread_local! {
    static LOADED: std::cell::RefCell<Option<Loaded>> = const { std::cell::RefCell::new(None) };
}

/// The page's words from `words.js`'s list (`Words`, `PageWords`, the answers' fixed sentences
/// for `describe`, then the catalog's known gaps in its order; kept for the page's life):
/// `words`, `page` and `gap` return them.
pub fn load(list: Vec<String>) -> Loaded {
    let list: &'static [String] = Box::leak(list.into_boxed_slice());
    let (w, rest) = list.split_at(Words::COUNT.min(list.len()));
    let (p, said) = rest.split_at(PageWords::COUNT.min(rest.len()));
    if sentences::LOADED {
        sentences::load(&said[..sentences::Sentences::COUNT.min(said.len())]);
    }
    let loaded: Loaded = (
        Box::leak(Box::new(Words::from_list(w))),
        Box::leak(Box::new(PageWords::from_list(p))),
        list,
    );
    LOADED.with(|l| *l.borrow_mut() = Some(loaded));
    loaded
}

/// The loaded words (empty ones before `load`).
fn loaded() -> Loaded {
    LOADED
        .with(|l| *l.borrow())
        .unwrap_or_else(|| load(Vec::new()))
}

/// The `index`-th known gap's text (`catalog::GAPS`) in the language spoken: loaded in the
/// page's build (whose catalog has none of it), compiled in the others.
pub fn gap(index: usize, g: &Gap, lang: Lang) -> &'static str {
    if FROM_FILE {
        let at = Words::COUNT + PageWords::COUNT + sentences::Sentences::COUNT + index;
        return loaded().2.get(at).map_or("", String::as_str);
    }
    crate::describe::name(&g.name, Lang::spoken(lang))
}

/// The known gaps' texts in `lang`, in the catalog's order: the end of `words.js`.
#[allow(dead_code)]
pub fn gaps(lang: Lang) -> Vec<&'static str> {
    GAPS.iter()
        .map(|g| crate::describe::name(&g.name, lang))
        .collect()
}

/// A date as people read it: "13 October 2026" / "13 października 2026" (the answer's wording).
pub fn date(d: Date, lang: Lang) -> String {
    crate::describe::date_in_words(d, lang)
}

crate::words_struct! {
    /// The words only the page has (the header's language switch, Copy link, Print, the footer,
    /// the print summary's rows): apart from `Words`, so an embed's build leaves them out.
    PageWords {
        pub switch_to: &'static str,
        pub switch_label: &'static str,
        pub copy_link: &'static str,
        pub copied: &'static str,
        pub copy_fallback: &'static str,
        pub print: &'static str,
        pub privacy: &'static str,
        pub article_credit: &'static str,
        pub sum_link: &'static str,
        pub sum_assoc: &'static str,
        pub sum_roles: &'static str,
        pub sum_ap: &'static str,
        pub sum_sp: &'static str,
        pub sum_comps: &'static str,
        pub sum_comp_level: &'static str,
        pub sum_comp_cloud: &'static str,
        pub sum_act: &'static str,
        pub sum_lnk: &'static str,
        pub sum_exp: &'static str,
        pub sum_inc: &'static str,
        pub sum_cust: &'static str,
        pub sum_csp: &'static str,
    }
}

const PAGE_EN: PageWords = PageWords {
    switch_to: "Polski",
    switch_label: "Zmień język na polski",
    copy_link: "Copy link",
    copied: "Link copied. It holds your answers in the part after #, which never reaches a server.",
    copy_fallback: "Copy this link:",
    print: "Print",
    privacy: "Nothing you answer leaves this device: no server, no cookies, no analytics.",
    article_credit: "Rules from Microsoft Partner Center, “Technical Support for On-premises or Cloud products” (CC BY 4.0).",
    sum_link: "These answers on the checker:",
    sum_assoc: "Partner Center sign-in",
    sum_roles: "Partner Center roles",
    sum_ap: "Microsoft Action Pack",
    sum_sp: "Solutions Partner designation benefits",
    sum_comps: "Competencies",
    sum_comp_level: "Highest competency level",
    sum_comp_cloud: "A cloud competency",
    sum_act: "Technical benefits activated",
    sum_lnk: "Contract linked to the sign-in",
    sum_exp: "Contract expired",
    sum_inc: "Incidents used",
    sum_cust: "Request for",
    sum_csp: "Customer's Azure subscription sold through CSP",
};

const PAGE_PL: PageWords = PageWords {
    switch_to: "English",
    switch_label: "Switch the language to English",
    copy_link: "Kopiuj link",
    copied: "Link skopiowany. Odpowiedzi są w części po #, która nigdy nie trafia na serwer.",
    copy_fallback: "Skopiuj ten link:",
    print: "Drukuj",
    privacy: "Żadna z Twoich odpowiedzi nie opuszcza tego urządzenia: bez serwera, plików cookie i analityki.",
    article_credit: "Zasady z artykułu Microsoft Partner Center „Pomoc techniczna dla produktów lokalnych lub w chmurze” (CC BY 4.0).",
    sum_link: "Te odpowiedzi w narzędziu:",
    sum_assoc: "Konto, którym logujesz się do Partner Center",
    sum_roles: "Role w Partner Center",
    sum_ap: "Microsoft Action Pack",
    sum_sp: "Korzyści oznaczenia Solutions Partner",
    sum_comps: "Kompetencje",
    sum_comp_level: "Najwyższy poziom kompetencji",
    sum_comp_cloud: "Kompetencja w chmurze",
    sum_act: "Korzyści techniczne aktywowane",
    sum_lnk: "Umowa skojarzona z kontem",
    sum_exp: "Umowa wygasła",
    sum_inc: "Wykorzystane zdarzenia",
    sum_cust: "Zgłoszenie dla",
    sum_csp: "Subskrypcja Azure klienta sprzedana przez CSP",
};

/// The page's own words in the language spoken.
pub fn page(lang: Lang) -> &'static PageWords {
    if FROM_FILE {
        return loaded().1;
    }
    match Lang::spoken(lang) {
        Lang::Pl => &PAGE_PL,
        Lang::En => &PAGE_EN,
    }
}
