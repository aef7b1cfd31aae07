//! The words each reason of the 2023 rule set (`cpp-2023`) cites: the 2023 article's English
//! sentence (no Polish text of that version exists, so both languages quote the English
//! original), a Polish explanation shown before it on the Polish page, and the project's
//! decisions D-9 … D-13 in both languages. D-1 … D-8 cite the same words as in 2021.
//!
//! Sentences are copied from the 2023 article with only the markdown removed (links, `**`, `*`,
//! runs of spaces; a table row as in `quotes.rs`, a cell's two spaces between its lines as
//! `\n`); `tests/describe.rs` checks each against `data/articles/`.

use crate::rules::rule::Rule::{self, *};
use crate::rules::rule::ALL_RULES;
use crate::rules::sets::cpp2023::anchor;

/// What a 2023 reason cites.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Quote2023 {
    /// The rule.
    pub rule: Rule,
    /// The 2023 article's sentence, in English (D-n: the decision in English).
    pub en: &'static str,
    /// In Polish: what the sentence means (D-n: the decision in Polish).
    pub pl: &'static str,
}

const fn q(rule: Rule, en: &'static str, pl: &'static str) -> Quote2023 {
    Quote2023 { rule, en, pl }
}

/// Every rule of the 2023 set that has words of its own (D-1 … D-8 are in `quotes::QUOTES`).
pub static QUOTES_2023: [Quote2023; 41] = LIST;

/// Each rule's place in [`QUOTES_2023`] (`u8::MAX`: no 2023 words), by the rule's place in
/// `ALL_RULES`: the builds that load the words find a place without the table.
const PLACES: [u8; ALL_RULES.len()] = {
    let mut places = [u8::MAX; ALL_RULES.len()];
    let mut k = 0;
    while k < LIST.len() {
        places[LIST[k].rule as usize] = k as u8;
        k += 1;
    }
    places
};

const LIST: [Quote2023; 41] = [
    q(
        R1,
        any_text!("The user account used for activation must have the Global admin or MPN Partner Admin role."),
        pl_text!("Korzyści aktywuje konto z rolą administratora globalnego lub administratora partnera MPN."),
    ),
    q(
        R2,
        any_text!("After activation, all user accounts can view the Access ID and Contract ID needed to associate the benefits with their account."),
        pl_text!("Po aktywacji identyfikator dostępu i identyfikator kontraktu widzi każde konto użytkownika."),
    ),
    q(
        R3,
        any_text!("Users with Admin agent role can select Customers under CSP in the left navigation menu, select Service Management, and select New request."),
        pl_text!("Zgłoszenie w imieniu klienta tworzy użytkownik z rolą agenta administracyjnego: Klienci, Zarządzanie usługami, Nowe żądanie."),
    ),
    q(
        R4,
        any_text!("Any user account (Azure AD or MSA) can use technical support for on-premises products if they have the Access ID and Contract ID."),
        pl_text!("Z pomocy dla produktów lokalnych może skorzystać każde konto (Azure AD lub MSA), które ma oba identyfikatory."),
    ),
    q(
        R5,
        any_text!("If the Activate button appears dimmed, your account doesn't have the Global admin or MPN Partner Admin security role."),
        pl_text!("Wyszarzony przycisk Aktywuj oznacza, że konto nie ma wymaganej roli; osobę z tą rolą znajdziesz w Zarządzaniu użytkownikami."),
    ),
    q(
        R6,
        any_text!("If your account is only associated with CSP and not associated with Microsoft AI Cloud Partner Program, you'll get the error message, You are not authorized for this action."),
        pl_text!("Konto skojarzone tylko z CSP, a nie z programem partnerskim, dostaje błąd „You are not authorized for this action”."),
    ),
    q(
        M1,
        any_text!("The Technical support & consultation benefits page displays your organization's active Solutions Partner designation, ISV or legacy Gold/Silver benefits pack or Microsoft Action Pack membership offers."),
        pl_text!("Strona korzyści pokazuje oznaczenie Solutions Partner, dawne korzyści Gold/Silver lub Action Pack organizacji."),
    ),
    q(
        M2,
        any_text!("If you don't have active membership offers, you will see the message Looks like you don't have any benefits yet."),
        pl_text!("Bez aktywnej oferty członkostwa strona pokazuje „Looks like you don't have any benefits yet”."),
    ),
    q(
        M3,
        any_text!("If your company has active membership offers but you can't see them, you have signed in using the wrong account."),
        pl_text!("Jeśli Twoja firma ma oferty, a ich nie widzisz, logujesz się niewłaściwym kontem."),
    ),
    q(
        A1,
        any_text!("Your technical support benefits must be activated before you can use them."),
        pl_text!("Korzyści trzeba aktywować, zanim można z nich korzystać."),
    ),
    q(
        A3,
        any_text!("You will need the Access ID and Contract ID the first time you use Microsoft Product Support or Signature Product Support for each account."),
        pl_text!("Identyfikatory wpisuje się raz na konto, przy pierwszym użyciu."),
    ),
    q(
        A4,
        any_text!("The benefits are associated with your user account until they expire or there are no more support incidents remaining."),
        pl_text!("Korzyści działają, dopóki nie wygasną albo nie skończą się zdarzenia."),
    ),
    q(
        T1,
        any_text!("(Not all products and versions are supported)."),
        pl_text!("Nie wszystkie produkty i wersje są objęte pomocą."),
    ),
    q(
        T2,
        any_text!("Microsoft Product Support - For recent on-premises products only | 10 Incidents | 20 Incidents | 15 Incidents | 20 Incidents"),
        pl_text!("Microsoft Product Support: Action Pack 10, oznaczenie Solutions Partner 20, dawny Silver 15, dawny Gold 20 zdarzeń."),
    ),
    q(
        T3,
        any_text!("Signature Cloud Support - For cloud products only | | Unlimited | Cloud Competencies: Unlimited\nOther competencies: Five Incidents | Cloud Competencies: Unlimited\nOther competencies: 10 Incidents"),
        pl_text!("Signature Cloud Support: Action Pack – brak, oznaczenie bez limitu, dawny Silver i Gold bez limitu z kompetencją w chmurze, inaczej 5 i 10 zdarzeń."),
    ),
    q(
        V1,
        any_text!("Recent versions of on-premises products include only the current product (N) and the previous product version (N-1)."),
        pl_text!("Pomoc obejmuje tylko bieżącą wersję (N) i poprzednią (N-1)."),
    ),
    q(
        V2,
        any_text!("Previous versions are supported only if they are within mainstream support, based on the N-1 support policy."),
        pl_text!("Poprzednia wersja tylko w okresie wsparcia podstawowego."),
    ),
    q(
        V3,
        any_text!("Nonsupported products and versions: use the relevant paid support option or purchase a partner support plan."),
        pl_text!("Dla innych wersji zostaje płatna pomoc lub plan pomocy dla partnerów."),
    ),
    q(
        V4,
        any_text!("Select Support for Business to create a support request for an on-premises product."),
        pl_text!("Zgłoszenie dla produktu lokalnego tworzy się w Support for Business."),
    ),
    q(
        V5,
        any_text!("However, you can purchase pay-per-incident (PPI) support if the product is within the Fixed Lifecycle Policy."),
        pl_text!("Dla wersji objętej zasadami stałego cyklu życia można kupić pomoc za zdarzenie (PPI)."),
    ),
    q(
        V6,
        any_text!("You can purchase a support incident online if your sign-in using an MSA account for example, Outlook.com, Gmail etc."),
        pl_text!("Pomoc za zdarzenie można kupić online tylko po zalogowaniu kontem Microsoft (MSA)."),
    ),
    q(
        I1,
        any_text!("You can only see remaining incidents through the Support for Business portal after you select an on-premises product."),
        pl_text!("Liczbę pozostałych zdarzeń pokazuje tylko Support for Business."),
    ),
    q(
        I3,
        any_text!("Sign in to the Support for Business portal and select Windows 11 and any version, category, or problem."),
        pl_text!("W Support for Business rozpocznij zgłoszenie dla Windows 11 z dowolnymi danymi i go nie wysyłaj."),
    ),
    q(
        I5,
        any_text!("If you need to associate your support contract with your account, expand Do you need to purchase, or add more support plans and select the Add Contract button to enter your Access ID and Contract ID."),
        pl_text!("Umowę kojarzy się z kontem przyciskiem Add Contract, wpisując oba identyfikatory."),
    ),
    q(
        C1,
        any_text!("Legacy Gold or Silver competency partners can use the benefit Signature Cloud Support for technical support requests for cloud products only."),
        pl_text!("Signature Cloud Support jest dla produktów w chmurze; tekst wymienia dawnych partnerów Gold i Silver."),
    ),
    q(
        C2,
        any_text!("You need the Access ID and Contract ID the first time you use the benefit for Azure, Dynamics 365, and other cloud products. (An exception is Microsoft 365)."),
        pl_text!("Identyfikatory wpisuje się przy pierwszym użyciu, poza Microsoft 365."),
    ),
    q(
        C4,
        any_text!("When creating Azure requests you can use the Cloud Solution Provider support plan without adding a support contract."),
        pl_text!("Dla Azure klienta można użyć planu „Cloud Solution Provider” bez dodawania umowy."),
    ),
    q(
        C5,
        any_text!("When you select the relevant workload, the workload-specific portal opens, and you add a support contract and create a request."),
        pl_text!("Po wyborze usługi otwiera się jej portal, gdzie dodaje się umowę i tworzy zgłoszenie."),
    ),
    q(
        C6,
        any_text!("If you have Microsoft Action Pack, you don't get Cloud support because it doesn't include Signature Cloud Support."),
        pl_text!("Action Pack nie obejmuje Signature Cloud Support."),
    ),
    q(
        C7,
        any_text!("You can use Signature Cloud Support by selecting Help + Support > Support Plans > Link support benefits and enter the Access ID and Contract ID in those portals."),
        pl_text!("Dla własnej organizacji: Help + Support, Support Plans, Link support benefits w portalu produktu."),
    ),
    q(
        E1,
        any_text!("This error message is invalid for partner program benefits and should be ignored."),
        pl_text!("Błąd „This Access ID is already associated…” należy zignorować."),
    ),
    q(
        E2,
        any_text!("You only need to associate the Access ID once for an account."),
        pl_text!("Identyfikator dostępu kojarzy się z kontem tylko raz."),
    ),
    q(
        E3,
        any_text!("Use + New Support request and create a support incident as normal and the support plan will be displayed."),
        pl_text!("Użyj „+ New Support request”, a plan pomocy się pojawi."),
    ),
    q(
        E4,
        any_text!("If the support contract has expired or the Signature 10-pack or Signature 5-pack have no incidents remaining, the support contract is hidden because it's invalid."),
        pl_text!("Wygasła lub wyczerpana umowa jest w Azure ukryta; trzeba kupić nowy plan."),
    ),
    q(
        E6,
        any_text!("When the Access ID and Contract ID are used there are no benefits displayed because Action Pack only includes on-premises support and the Azure portal only displays valid benefits."),
        pl_text!("Z Action Pack portal Azure nie pokaże żadnych korzyści: Action Pack obejmuje tylko produkty lokalne."),
    ),
    q(
        P1,
        any_text!("You can get paid support from Microsoft that includes technical support and a range of extra service options."),
        pl_text!("Microsoft oferuje też płatną pomoc techniczną: Premier i Advanced (tylko chmura)."),
    ),
    q(
        D9,
        any_text!("The rules of the 2021 article (Microsoft Partner Network) answer every date up to 30 September 2022, the last day of Gold and Silver memberships; from 1 October 2022 the 2023 article (Microsoft AI Cloud Partner Program) answers, since the versions published between the two are not available."),
        pl_text!("Zasady artykułu z 2021 r. (Microsoft Partner Network) obowiązują do 30 września 2022 r., ostatniego dnia członkostw Gold i Silver; od 1 października 2022 r. odpowiada artykuł z 2023 r. (Microsoft AI Cloud Partner Program), bo wersje wydane pomiędzy nimi nie są dostępne."),
    ),
    q(
        D10,
        any_text!("The tier is Solutions Partner with designation benefits, else gold or silver from the legacy competencies, else Action Pack; with both designation and legacy benefits each allowance is the best of them."),
        pl_text!("Poziom to Solutions Partner przy korzyściach oznaczenia, inaczej Gold lub Silver z dawnych kompetencji, inaczej Action Pack; przy obu rodzajach korzyści każdy limit jest najlepszym z nich."),
    ),
    q(
        D11,
        any_text!("The 2023 table gives a Solutions Partner designation unlimited Signature Cloud Support while the text below it names only legacy Gold or Silver partners; this checker follows the table."),
        pl_text!("Tabela z 2023 r. daje oznaczeniu Solutions Partner nieograniczone Signature Cloud Support, a tekst pod nią wymienia tylko dawnych partnerów Gold i Silver; to narzędzie stosuje tabelę."),
    ),
    q(
        D12,
        any_text!("After 23 October 2023, the last day this checker saw the article, Microsoft has changed the programme: the rules shown are those of that day, so check the Technical support page in Partner Center before relying on the answer."),
        pl_text!("Po 23 października 2023 r., ostatnim dniu, w którym to narzędzie widziało artykuł, Microsoft zmienił program: pokazane zasady są z tamtego dnia, więc przed skorzystaniem z odpowiedzi sprawdź stronę pomocy technicznej w Partner Center."),
    ),
    q(
        D13,
        any_text!("From 23 June 2025 Partner Center calls Microsoft Product Support “Partner On-premises Support” and Signature Cloud Support “Partner Cloud Support”."),
        pl_text!("Od 23 czerwca 2025 r. Partner Center nazywa Microsoft Product Support „Partner On-premises Support”, a Signature Cloud Support „Partner Cloud Support”."),
    ),
];

/// The header row of the 2023 article's entitlement table, whose rows T-2/2023 and T-3/2023
/// quote (cells as in `quotes.rs`).
pub static HEAD_2023: &str = any_text!(
    "Technical support | Action Pack | Solutions Partner designation | Legacy Silver | Legacy Gold"
);

/// The place of a rule's 2023 words in [`QUOTES_2023`], if it has its own.
#[must_use]
pub fn place(rule: Rule) -> Option<usize> {
    let k = *PLACES.get(rule as usize)?;
    (k != u8::MAX).then_some(usize::from(k))
}

/// The 2023 words of a rule, if it has its own.
#[must_use]
pub fn quote(rule: Rule) -> Option<&'static Quote2023> {
    QUOTES_2023.iter().find(|q| q.rule == rule)
}

/// The 2023 article's sections: anchor, English heading, the heading in Polish.
pub static SECTIONS_2023: [(&str, &str, &str); 12] = SECTION_LIST;

/// The sections' anchors, in [`SECTIONS_2023`] order (the builds that load the headings keep
/// only these).
const ANCHORS: [&str; 12] = {
    let mut anchors = [""; 12];
    let mut j = 0;
    while j < SECTION_LIST.len() {
        anchors[j] = SECTION_LIST[j].0;
        j += 1;
    }
    anchors
};

/// The place in [`SECTIONS_2023`] of the section with this anchor, and the anchor (the same
/// search as `quotes::find_section`: one helper for both made the page's wasm 80 B larger).
#[must_use]
pub fn find_section(anchor: &str) -> Option<(usize, &'static str)> {
    ANCHORS
        .iter()
        .enumerate()
        .find(|(_, a)| **a == anchor)
        .map(|(j, a)| (j, *a))
}

const SECTION_LIST: [(&str, &str, &str); 12] = [
    (
        anchor::TOP,
        en_text!("Technical support for on-premises or cloud products"),
        pl_text!("Pomoc techniczna dla produktów lokalnych lub w chmurze"),
    ),
    (
        anchor::ACTIVATE,
        en_text!("Activate your benefits"),
        pl_text!("Aktywowanie korzyści"),
    ),
    (
        anchor::VIEW,
        en_text!("View and activate your technical support benefits"),
        pl_text!("Wyświetlanie i aktywowanie korzyści pomocy technicznej"),
    ),
    (
        anchor::ENTITLEMENT,
        en_text!("Technical support entitlement and supported products"),
        pl_text!("Uprawnienia do pomocy technicznej i obsługiwane produkty"),
    ),
    (
        anchor::ON_PREMISES,
        en_text!("Microsoft product support (on-premises)"),
        pl_text!("Microsoft Product Support (produkty lokalne)"),
    ),
    (
        anchor::SUPPORT_FOR_BUSINESS,
        en_text!("Support for business"),
        pl_text!("Support for Business"),
    ),
    (
        anchor::REMAINING,
        en_text!("Find out how many partner support incidents remain"),
        pl_text!("Ile zdarzeń pomocy technicznej pozostało"),
    ),
    (
        anchor::CLOUD,
        en_text!("Signature Cloud Support (cloud-only)"),
        pl_text!("Signature Cloud Support (tylko chmura)"),
    ),
    (
        anchor::NON_CSP,
        en_text!("For non-CSP partners"),
        pl_text!("Dla partnerów spoza CSP"),
    ),
    (
        anchor::CSP,
        en_text!("CSP partners"),
        pl_text!("Partnerzy CSP"),
    ),
    (
        anchor::AZURE_ERROR,
        en_text!("Handle the Azure portal error Access ID is already associated"),
        pl_text!("Błąd Azure Portal „Access ID is already associated”"),
    ),
    (
        anchor::PLANS,
        en_text!("Partner support plans"),
        pl_text!("Plany pomocy technicznej dla partnerów"),
    ),
];
