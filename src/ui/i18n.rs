//! The page's own words in Polish and English (the answer's sentences come from `describe`).

use crate::describe::Lang;
use crate::rules::date::Date;

/// Declares a table of words and how it becomes a list of strings and back: the page's build
/// reads its words from `app/<lang>/words.js` (written by `src/bin/texts_js.rs` from `list`), so
/// its wasm carries none of them; the element's and the JS API's builds read `EN` / `PL`.
macro_rules! words_struct {
    ($(#[$sm:meta])* $name:ident { $( $(#[$m:meta])* pub $f:ident: &'static str, )* }) => {
        $(#[$sm])*
        ///
        /// `repr(C)` with one type of field: laid out as an array of them (`from_list`).
        #[repr(C)]
        pub struct $name {
            $( $(#[$m])* pub $f: &'static str, )*
        }

        impl $name {
            /// How many strings it has.
            pub const COUNT: usize = [$(stringify!($f)),*].len();

            /// Every string, in field order (what `words.js` holds; read by the native
            /// `src/bin/texts_js.rs`, so unused in every wasm build).
            #[allow(dead_code)]
            pub fn list(&self) -> Vec<&'static str> {
                vec![$(self.$f),*]
            }

            /// The words from such a list (`""` for any it lacks; the page's build only).
            #[allow(dead_code)]
            pub fn from_list(list: &'static [String]) -> $name {
                let strings: [&'static str; Self::COUNT] =
                    std::array::from_fn(|i| list.get(i).map_or("", String::as_str));
                // SAFETY: the struct is `repr(C)` with exactly `COUNT` fields, all
                // `&'static str`: its layout is that of `[&'static str; COUNT]` (same size and
                // alignment, fields in order, no padding), and every value is a valid
                // `&'static str`. A field-by-field copy cost the page's wasm more bytes than
                // the strings it moved out.
                unsafe { std::mem::transmute::<[&'static str; Self::COUNT], $name>(strings) }
            }
        }
    };
}

words_struct! {
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
        pub has_comps: &'static str,
        /// The competency question under the 2023 rules: legacy benefits.
        pub has_comps_legacy: &'static str,
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

/// English.
pub const EN: Words = Words {
    title: "Which technical support can you use?",
    brand: "MPN support eligibility checker",
    start_again: "Start again",
    cleared: "All answers cleared.",
    as_of: "Answer as of",
    as_of_hint: "Today by default. Change it to see what happens when mainstream support ends.",
    s_product: "1. Product and version",
    s_org: "2. Your organization",
    s_person: "3. You, the person asking",
    s_benefits: "4. The support benefits",
    s_customer: "5. Who the support is for",
    product: "Product",
    choose: "— Choose a product —",
    on_prem: "On-premises products",
    cloud: "Cloud products",
    version: "Version",
    version_hint: "Only the current version (N) and the previous one (N-1, while in mainstream support) can use the incidents.",
    action_pack: "Does your organization have a Microsoft Action Pack subscription?",
    has_comps: "Does your organization hold MPN competencies (Silver or Gold)?",
    has_comps_legacy: "Does your organization have legacy Silver or Gold benefits (kept from the competencies it held on 30 September 2022)?",
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
    customer_no: "No, for our own organization",
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
    as_of: "Odpowiedź na dzień",
    as_of_hint: "Domyślnie dzisiaj. Zmień datę, aby zobaczyć, co się stanie po zakończeniu wsparcia podstawowego.",
    s_product: "1. Produkt i wersja",
    s_org: "2. Twoja organizacja",
    s_person: "3. Ty, osoba pytająca",
    s_benefits: "4. Korzyści pomocy technicznej",
    s_customer: "5. Dla kogo jest pomoc",
    product: "Produkt",
    choose: "— Wybierz produkt —",
    on_prem: "Produkty lokalne",
    cloud: "Produkty w chmurze",
    version: "Wersja",
    version_hint: "Zdarzeń można użyć tylko dla bieżącej wersji (N) i poprzedniej (N-1, dopóki ma wsparcie podstawowe).",
    action_pack: "Czy Twoja organizacja ma subskrypcję Microsoft Action Pack?",
    has_comps: "Czy Twoja organizacja ma kompetencje MPN (Silver lub Gold)?",
    has_comps_legacy: "Czy Twoja organizacja ma dawne korzyści Silver lub Gold (zachowane z kompetencji posiadanych 30 września 2022 r.)?",
    solutions_partner: "Czy Twoja organizacja ma korzyści oznaczenia Solutions Partner?",
    english_original: "Oryginalne brzmienie artykułu (po angielsku):",
    no_quotes: "Nie udało się wczytać słów artykułu: odśwież stronę, aby je tu przeczytać, albo otwórz sekcję artykułu przy każdej zasadzie.",
    comps_cloud: "Kompetencje w chmurze",
    comps_other: "Inne kompetencje",
    not_held: "brak",
    silver: "Silver",
    gold: "Gold",
    cloud_mark: "chmura",
    association: "Czy Twoje logowanie do Partner Center jest skojarzone z MPN?",
    assoc_mpn: "Tak, z MPN",
    assoc_csp: "Nie, tylko z CSP",
    roles: "Jakie role w Partner Center masz?",
    roles_hint: "Zaznacz każdą swoją rolę albo „Żadna z tych”.",
    role_ga: "Administrator globalny",
    role_pa: "Administrator partnera MPN",
    role_aa: "Agent administracyjny (Admin agent)",
    role_none: "Żadna z tych",
    activated: "Czy korzyści techniczne zostały aktywowane (identyfikator dostępu i identyfikator kontraktu widać na stronie Korzyści techniczne)?",
    linked: "Czy umowa pomocy technicznej jest już skojarzona z Twoim logowaniem (wpisano już identyfikator dostępu i identyfikator kontraktu)?",
    expired: "Czy umowa pomocy technicznej wygasła?",
    incidents: "Ile zdarzeń pomocy technicznej już wykorzystano?",
    incidents_hint: "Zostaw puste, jeśli nie wiesz.",
    incidents_error: "Wykorzystane zdarzenia: wpisz liczbę całkowitą, 0 lub więcej. Pozostałe odpowiedzi zostają.",
    for_customer: "Czy zgłoszenie jest w imieniu klienta?",
    customer_yes: "Tak, dla klienta",
    customer_no: "Nie, dla naszej organizacji",
    csp: "Czy subskrypcję Azure klienta sprzedaliście jako dostawca rozwiązań w chmurze (CSP)?",
    yes: "Tak",
    no: "Nie",
    not_needed: "niepotrzebne dla tej odpowiedzi",
    h_routes: "Pomoc, z której możesz skorzystać",
    h_steps: "Co zrobić, po kolei",
    h_blockers: "Co stoi na przeszkodzie",
    h_warnings: "Warto wiedzieć",
    h_alternatives: "Płatne możliwości",
    h_lifecycle: "Cykl życia produktu",
    h_why: "Dlaczego? Zasady stojące za odpowiedzią",
    h_unknowns: "Odpowiedz, aby mieć pewność",
    ours: "nasza interpretacja",
    why_intro: "Tylko zasady, które rozstrzygnęły tę odpowiedź: najpierw ich znaczenie, potem dosłowne brzmienie artykułu Partner Center i odnośnik do jego sekcji. Zasady oznaczone jako „nasza interpretacja” to decyzje tego narzędzia tam, gdzie artykuł milczy.",
    intro: "Wybierz produkt, a odpowiedź pojawi się tutaj od pierwszego pytania. Co daje członkostwo:",
    intro_row1: "Pomoc techniczna firmy Microsoft dla najnowszych produktów lokalnych: Action Pack 10, Silver 15, Gold 20 zdarzeń.",
    intro_row2: "Signature Cloud Support dla produktów w chmurze: bez limitu z kompetencją w chmurze; w innym razie 5 (Silver) lub 10 (Gold) zdarzeń; nic z samym Action Pack.",
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
    badge_modern: "wspierana (zasady Modern)",
    badge_modern_until: "wspierana do",
    badge_ended: "wsparcie zakończone",
    covered_yes: "✓ objęta",
    covered_no: "✗ nieobjęta",
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
    ics_title: "Zmienia się odpowiedź o pomoc techniczną",
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

thread_local! {
    static LOADED: std::cell::RefCell<Option<(&'static Words, &'static PageWords)>> =
        const { std::cell::RefCell::new(None) };
}

/// The page's words from `words.js`'s list (`Words` then `PageWords`, kept for the page's life);
/// `words` and `page` return them.
pub fn load(list: Vec<String>) -> (&'static Words, &'static PageWords) {
    let list: &'static [String] = Box::leak(list.into_boxed_slice());
    let (w, p) = list.split_at(Words::COUNT.min(list.len()));
    let loaded: (&'static Words, &'static PageWords) = (
        Box::leak(Box::new(Words::from_list(w))),
        Box::leak(Box::new(PageWords::from_list(p))),
    );
    LOADED.with(|l| *l.borrow_mut() = Some(loaded));
    loaded
}

/// The loaded words (empty ones before `load`).
fn loaded() -> (&'static Words, &'static PageWords) {
    LOADED
        .with(|l| *l.borrow())
        .unwrap_or_else(|| load(Vec::new()))
}

/// A date as people read it: "13 October 2026" / "13 października 2026" (the answer's wording).
pub fn date(d: Date, lang: Lang) -> String {
    crate::describe::date_in_words(d, lang)
}

words_struct! {
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
        pub sum_comps_none: &'static str,
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
    sum_comps_none: "none",
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
    privacy: "Nic z Twoich odpowiedzi nie opuszcza tego urządzenia: bez serwera, bez plików cookie, bez analityki.",
    article_credit: "Zasady z artykułu Microsoft Partner Center „Pomoc techniczna dla produktów lokalnych lub w chmurze” (CC BY 4.0).",
    sum_link: "Te odpowiedzi w narzędziu:",
    sum_assoc: "Logowanie do Partner Center",
    sum_roles: "Role w Partner Center",
    sum_ap: "Microsoft Action Pack",
    sum_sp: "Korzyści oznaczenia Solutions Partner",
    sum_comps: "Kompetencje",
    sum_comps_none: "brak",
    sum_act: "Korzyści techniczne aktywowane",
    sum_lnk: "Umowa skojarzona z logowaniem",
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
