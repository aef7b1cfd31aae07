//! What each article rule means, in our own words: the plain sentence "Why?" shows first, before
//! the article's words (which in Polish are the article's machine translation). For the 2021
//! article in English and in Polish; for the 2023 article in English (its Polish sentence is
//! `quotes_2023`'s explanation). The project's decisions (D-n) are our sentences already and
//! have none. The page and the element load them with the quotes (`describe::loaded`, by the
//! rule's place in `ALL_RULES`), so their wasm carries none of them.

use crate::rules::rule::Rule::{self, *};

/// What a 2021 article rule means, in Polish (`pl`) or English; `""` for a D-n (and in the builds
/// that load the words).
#[must_use]
pub fn of(rule: Rule, pl: bool) -> &'static str {
    let (en, pl_) = match rule {
        R1 => (
            en_text!("Only a Global admin or MPN Partner admin whose account is associated with MPN can activate the technical support benefits."),
            pl_text!("Korzyści pomocy technicznej może aktywować tylko administrator globalny lub administrator partnera MPN, którego konto jest skojarzone z MPN."),
        ),
        R2 => (
            en_text!("After activation, every MPN-associated user account can see the Access ID and Contract ID."),
            pl_text!("Po aktywacji identyfikator dostępu i identyfikator kontraktu widzi każde konto użytkownika skojarzone z MPN."),
        ),
        R3 => (
            en_text!("Only a user with the Admin agent role can create a support request for a customer's cloud product."),
            pl_text!("Zgłoszenie dla produktu w chmurze w imieniu klienta może utworzyć tylko użytkownik z rolą agenta administracyjnego."),
        ),
        R4 => (
            en_text!("Any work or Microsoft account (AAD or MSA) can create on-premises support requests, for a customer or for your own organization."),
            pl_text!("Zgłoszenia dla produktów lokalnych może tworzyć każde konto służbowe lub konto Microsoft (AAD lub MSA), w imieniu klienta lub dla własnej organizacji."),
        ),
        R5 => (
            en_text!("A greyed-out Activate button means your account lacks the role to activate; find a Global admin or MPN Partner admin in User Management to do it."),
            pl_text!("Wyszarzony przycisk Aktywuj oznacza, że Twoje konto nie ma roli potrzebnej do aktywacji; znajdź w Zarządzaniu użytkownikami administratora globalnego lub administratora partnera MPN, który to zrobi."),
        ),
        R6 => (
            en_text!("An account associated only with CSP, not with MPN, gets “You are not authorized for this action”: you need an MPN-associated account."),
            pl_text!("Konto skojarzone tylko z CSP, a nie z MPN, dostaje komunikat „Nie masz autoryzacji do tej akcji”: potrzebne jest konto skojarzone z MPN."),
        ),
        M1 => (
            en_text!("The Technical benefits page in Partner Center shows your organization's active Gold, Silver or Microsoft Action Pack membership offers."),
            pl_text!("Strona Korzyści techniczne w Partner Center pokazuje aktywne oferty członkostwa Twojej organizacji: Gold, Silver lub Microsoft Action Pack."),
        ),
        M2 => (
            en_text!("Without an active membership offer there are no benefits, and the page says “Looks like you don't have any benefits yet”."),
            pl_text!("Bez aktywnej oferty członkostwa nie ma korzyści, a strona pokazuje komunikat „Wygląda na to, że nie masz jeszcze żadnych korzyści”."),
        ),
        M3 => (
            en_text!("If your company has membership offers but you cannot see them, you signed in with the wrong account."),
            pl_text!("Jeśli Twoja firma ma oferty członkostwa, a Ty ich nie widzisz, logujesz się niewłaściwym kontem."),
        ),
        A1 => (
            en_text!("The benefits must be activated with the Activate button before Microsoft Product Support or Signature support can be used."),
            pl_text!("Zanim skorzystasz z Microsoft Product Support lub pomocy Signature, korzyści trzeba aktywować przyciskiem Aktywuj."),
        ),
        A2 => (
            en_text!("Once the Access ID and Contract ID are shown, the benefits can be used (Signature support by Gold and Silver members)."),
            pl_text!("Gdy widać identyfikator dostępu i identyfikator kontraktu, z korzyści można korzystać (z pomocy Signature – członkowie Gold i Silver)."),
        ),
        A3 => (
            en_text!("Each account enters the Access ID and Contract ID once, the first time it uses the benefit; later requests do not ask for them."),
            pl_text!("Każde konto wpisuje identyfikator dostępu i identyfikator kontraktu raz, przy pierwszym użyciu korzyści; przy kolejnych zgłoszeniach nie trzeba ich podawać."),
        ),
        A4 => (
            en_text!("The benefits stay with your account until they expire or no support incidents are left."),
            pl_text!("Korzyści pozostają przy Twoim koncie, dopóki nie wygasną albo nie skończą się zdarzenia pomocy technicznej."),
        ),
        T1 => (
            en_text!("Technical support is troubleshooting a specific problem, and the benefits cover only some Microsoft products and versions."),
            pl_text!("Pomoc techniczna to rozwiązywanie konkretnego problemu, a korzyści obejmują tylko niektóre produkty i wersje Microsoft."),
        ),
        T2 => (
            en_text!("For recent on-premises products, Microsoft Product Support gives 10 incidents with Action Pack, 15 with a Silver competency and 20 with a Gold competency."),
            pl_text!("Dla najnowszych produktów lokalnych Microsoft Product Support daje 10 zdarzeń z Action Pack, 15 z kompetencją Silver i 20 z kompetencją Gold."),
        ),
        T3 => (
            en_text!("For cloud products, Signature Cloud Support is unlimited with a cloud competency, otherwise 5 incidents with Silver and 10 with Gold; Action Pack gets none."),
            pl_text!("Dla produktów w chmurze Signature Cloud Support jest bez limitu przy kompetencji w chmurze, a w przeciwnym razie daje 5 zdarzeń przy Silver i 10 przy Gold; Action Pack go nie daje."),
        ),
        T4 => (
            en_text!("Six competencies count as cloud competencies: Security, Cloud Business Applications, Cloud Platform, Cloud Productivity, Enterprise Mobility Management, and Small and Midmarket Cloud Solutions."),
            pl_text!("Za kompetencje w chmurze uznaje się sześć: Security, Cloud Business Applications, Cloud Platform, Cloud Productivity, Enterprise Mobility Management oraz Small and Midmarket Cloud Solutions."),
        ),
        V1 => (
            en_text!("Microsoft Product Support covers only recent on-premises versions: the current version (N) and the one before it (N-1)."),
            pl_text!("Microsoft Product Support obejmuje tylko najnowsze wersje produktów lokalnych: bieżącą (N) i poprzednią (N-1)."),
        ),
        V2 => (
            en_text!("The previous version (N-1) is covered only while it is in mainstream support."),
            pl_text!("Poprzednia wersja (N-1) jest objęta tylko w okresie wsparcia podstawowego."),
        ),
        V3 => (
            en_text!("For products and versions the benefits do not cover, there is paid support or a partner support plan."),
            pl_text!("Dla produktów i wersji nieobjętych korzyściami pozostaje płatna pomoc techniczna albo plan pomocy technicznej dla partnerów."),
        ),
        V4 => (
            en_text!("Support requests for on-premises products are made in Support for Business."),
            pl_text!("Zgłoszenia dla produktów lokalnych składa się w Support for Business."),
        ),
        I1 => (
            en_text!("Only the Support for Business portal shows how many incidents remain; cloud portals such as Azure do not."),
            pl_text!("Liczbę pozostałych zdarzeń pokazuje tylko portal Support for Business; portale w chmurze, takie jak Azure, jej nie pokazują."),
        ),
        I2 => (
            en_text!("To see them, start an on-premises request in Support for Business and read step 2 without submitting it."),
            pl_text!("Aby je zobaczyć, rozpocznij w Support for Business zgłoszenie dla produktu lokalnego i odczytaj krok 2, nie wysyłając go."),
        ),
        I3 => (
            en_text!("To reach that step, choose Windows 10 and enter dummy details."),
            pl_text!("Aby dojść do tego kroku, wybierz Windows 10 i wpisz fikcyjne dane."),
        ),
        I4 => (
            en_text!("If the contract is associated with your account, step 2 shows it with its start date, end date and incidents remaining."),
            pl_text!("Jeśli umowa jest skojarzona z Twoim kontem, krok 2 pokazuje ją z datą rozpoczęcia, datą zakończenia i liczbą pozostałych zdarzeń."),
        ),
        I5 => (
            en_text!("To associate the contract there, expand “Do you need to purchase or add more support plans”, select Add Contract and enter the Access ID and Contract ID."),
            pl_text!("Aby skojarzyć tam umowę, rozwiń „Czy musisz kupić lub dodać więcej planów pomocy technicznej”, wybierz Dodaj kontrakt i wpisz identyfikator dostępu i identyfikator kontraktu."),
        ),
        I6 => (
            en_text!("The Partner Signature contract is under “Would you like to see unavailable support plans?”, where Partner Support appears only when it cannot be used."),
            pl_text!("Umowa Partner Signature jest w sekcji „Czy chcesz zobaczyć niedostępne plany pomocy technicznej?”, gdzie Partner Support pojawia się tylko wtedy, gdy nie można z niego skorzystać."),
        ),
        I7 => (
            en_text!("Microsoft's support page “How many Partner support incidents are remaining?” has the details."),
            pl_text!("Szczegóły są na stronie pomocy Microsoft „How many Partner support incidents are remaining?”."),
        ),
        C1 => (
            en_text!("Signature Cloud Support, for cloud products, is for partners with a Gold or Silver competency; Action Pack alone does not give it."),
            pl_text!("Signature Cloud Support dla produktów w chmurze przysługuje partnerom z kompetencją Gold lub Silver; sam Action Pack go nie daje."),
        ),
        C2 => (
            en_text!("Cloud products ask for the Access ID and Contract ID the first time the benefit is used, except Microsoft 365."),
            pl_text!("Produkty w chmurze proszą o identyfikator dostępu i identyfikator kontraktu przy pierwszym użyciu korzyści, z wyjątkiem Microsoft 365."),
        ),
        C3 => (
            en_text!("In the Azure portal, adding the IDs to an account that already has the contract shows the error “Access ID is already associated …”."),
            pl_text!("W Azure Portal dodanie identyfikatorów do konta, które ma już umowę, wyświetla błąd „Access ID is already associated …”."),
        ),
        C4 => (
            en_text!("For Azure requests, CSP partners can use the “Cloud Solution Provider” support plan without adding a support contract."),
            pl_text!("Przy zgłoszeniach dotyczących platformy Azure partnerzy CSP mogą użyć planu pomocy technicznej „Cloud Solution Provider” bez dodawania umowy."),
        ),
        C5 => (
            en_text!("For a customer, a user with the Admin agent role starts the request in Partner Center (Customers, Service management, New request) and adds the contract in the product's portal."),
            pl_text!("W imieniu klienta zgłoszenie zaczyna w Partner Center użytkownik z rolą agenta administracyjnego (Klienci, Zarządzanie usługami, Nowe żądanie), a umowę dodaje w portalu produktu."),
        ),
        C6 => (
            en_text!("Microsoft Action Pack gives no cloud support: it includes only Microsoft Product Support for on-premises products."),
            pl_text!("Microsoft Action Pack nie daje pomocy dla produktów w chmurze: obejmuje tylko Microsoft Product Support dla produktów lokalnych."),
        ),
        C7 => (
            en_text!("In the Azure portal the benefit is linked under Help + Support, Support Plans, “Link support benefits”, with the Access ID and Contract ID."),
            pl_text!("W Azure Portal korzyść łączy się w sekcji Help + Support, Support Plans, „Link support benefits”, wpisując identyfikator dostępu i identyfikator kontraktu."),
        ),
        E1 => (
            en_text!("The Azure portal's error “This Access ID is already associated to an account…” is wrong and can be ignored."),
            pl_text!("Błąd Azure Portal „This Access ID is already associated to an account…” jest nieprawdziwy i można go zignorować."),
        ),
        E2 => (
            en_text!("That error appears when the same contract is linked to an account a second time in the Azure portal."),
            pl_text!("Ten błąd pojawia się, gdy w Azure Portal ta sama umowa zostaje połączona z kontem po raz drugi."),
        ),
        E3 => (
            en_text!("A contract already added for on-premises support needs no linking in Azure: select + New support request and the support plan is shown."),
            pl_text!("Umowy dodanej już dla produktów lokalnych nie trzeba łączyć w Azure: wybierz „+ New support request”, a plan pomocy technicznej się pojawi."),
        ),
        E4 => (
            en_text!("An expired contract, or a Signature 10-pack or 5-pack with no incidents left, is hidden in Azure; a new support plan gives new incidents."),
            pl_text!("Wygasła umowa albo pakiet Signature 10-pack lub 5-pack bez pozostałych zdarzeń jest w Azure ukryty; nowe zdarzenia daje nowy plan pomocy technicznej."),
        ),
        E5 => (
            en_text!("Paid partner support offerings are described under Partner Support Plans."),
            pl_text!("Płatne oferty pomocy technicznej dla partnerów są opisane w sekcji Plany pomocy technicznej partnerów."),
        ),
        P1 => (
            en_text!("Microsoft also sells paid support to partners, with technical support and other services."),
            pl_text!("Microsoft sprzedaje też partnerom płatną pomoc techniczną z dodatkowymi usługami."),
        ),
        S1 => (
            en_text!("The Technical benefits page shows two separate benefits."),
            pl_text!("Strona Korzyści techniczne pokazuje dwie oddzielne korzyści."),
        ),
        S2 => (
            en_text!("The first step is to activate the technical benefits, which needs a Global admin or MPN Partner admin."),
            pl_text!("Pierwszym krokiem jest aktywacja korzyści technicznych, do której potrzebny jest administrator globalny lub administrator partnera MPN."),
        ),
        S3 => (
            en_text!("You sign in to the Partner Center dashboard with an MPN-associated account."),
            pl_text!("Do pulpitu Partner Center logujesz się kontem skojarzonym z MPN."),
        ),
        _ => ("", ""),
    };
    if pl {
        pl_
    } else {
        en
    }
}

/// What a 2023 article rule means, in English (in Polish: `quotes_2023`'s explanation); `""`
/// for a D-n.
#[must_use]
pub fn of_2023(rule: Rule) -> &'static str {
    match rule {
        R1 => en_text!("The benefits are activated by an account with the Global admin or MPN Partner Admin role."),
        R2 => en_text!("After activation, every user account can see the Access ID and Contract ID."),
        R3 => en_text!("A request for a customer is made by a user with the Admin agent role: Customers, Service Management, New request."),
        R4 => en_text!("Any account (Azure AD or MSA) that has both IDs can use support for on-premises products."),
        R5 => en_text!("A dimmed Activate button means your account lacks the role; find someone who has it in User Management."),
        R6 => en_text!("An account associated only with CSP, not with the partner program, gets “You are not authorized for this action”."),
        M1 => en_text!("The benefits page shows your organization's Solutions Partner designation, legacy Gold or Silver benefits, or Action Pack."),
        M2 => en_text!("Without an active membership offer, the page says “Looks like you don't have any benefits yet”."),
        M3 => en_text!("If your company has offers but you cannot see them, you signed in with the wrong account."),
        A1 => en_text!("The benefits must be activated before they can be used."),
        A3 => en_text!("Each account enters the IDs once, the first time it uses the benefit."),
        A4 => en_text!("The benefits last until they expire or the incidents run out."),
        T1 => en_text!("Not all products and versions are covered."),
        T2 => en_text!("Microsoft Product Support gives 10 incidents with Action Pack, 20 with a Solutions Partner designation, 15 with legacy Silver and 20 with legacy Gold."),
        T3 => en_text!("Signature Cloud Support: none with Action Pack, unlimited with a designation, and with legacy Silver or Gold unlimited with a cloud competency, otherwise 5 or 10 incidents."),
        V1 => en_text!("Support covers only the current version (N) and the previous one (N-1)."),
        V2 => en_text!("The previous version is covered only while it is in mainstream support."),
        V3 => en_text!("Other versions are left with paid support or a partner support plan."),
        V4 => en_text!("Requests for on-premises products are made in Support for Business."),
        V5 => en_text!("A version under the Fixed Lifecycle Policy can still get pay-per-incident (PPI) support."),
        V6 => en_text!("A support incident can be bought online only when signed in with a Microsoft account (MSA)."),
        I1 => en_text!("Only Support for Business shows how many incidents remain."),
        I3 => en_text!("To see them, start a request in Support for Business for Windows 11 with any details; no request is created."),
        I5 => en_text!("The contract is associated with your account through Add Contract, with both IDs."),
        C1 => en_text!("Signature Cloud Support is for cloud products; the text names legacy Gold and Silver partners."),
        C2 => en_text!("The IDs are entered the first time the benefit is used, except for Microsoft 365."),
        C4 => en_text!("For a customer's Azure, the “Cloud Solution Provider” support plan can be used without adding a contract."),
        C5 => en_text!("Choosing the workload opens its portal, where the contract is added and the request created."),
        C6 => en_text!("Action Pack does not include Signature Cloud Support."),
        C7 => en_text!("For your own organization: Help + Support, Support Plans, Link support benefits in the product's portal."),
        E1 => en_text!("The error “This Access ID is already associated…” is wrong for partner benefits and should be ignored."),
        E2 => en_text!("The Access ID is associated with an account only once."),
        E3 => en_text!("Select + New Support request and the support plan appears."),
        E4 => en_text!("An expired or used-up contract is hidden in Azure; a new plan is needed."),
        E6 => en_text!("With Action Pack the Azure portal shows no benefits: Action Pack covers on-premises products only."),
        P1 => en_text!("Microsoft also offers paid technical support."),
        _ => "",
    }
}
