//! The words each reason cites: for every rule the article's own sentence in English and in
//! Polish (the Polish article's machine translation, defects and all), for every D-n the
//! project's decision as a sentence, and the article's section titles per anchor.
//!
//! Article sentences are copied from `partner-center-docs/` with only the markdown removed:
//! `[text](url)` → `text`, `**bold**` → `bold`, `` `code` `` → `code`, `<br>` → a space, and
//! runs of spaces → one space. A row of the article's table keeps its cells apart with ` | ` (an
//! empty cell is empty), and a cell's lines with `\n` where the article breaks them with `<br>`
//! (a break that only wraps a line is a space). `tests/describe.rs` checks every one against
//! both articles.

use crate::rules::rule::{anchor, Rule, RULES_2021};

/// The sentences one rule cites.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Quote {
    /// The rule.
    pub rule: Rule,
    /// English: the article's main sentence (D-n: the project's decision).
    pub en: &'static str,
    /// Polish: the Polish article's main sentence (D-n: the project's decision).
    pub pl: &'static str,
    /// A remark for English readers (e.g. what a table row's cells are).
    pub note_en: Option<&'static str>,
    /// A remark for Polish readers (e.g. where the machine translation changes the meaning).
    pub note_pl: Option<&'static str>,
}

/// One quote per rule of the 2021 article and D-1 … D-8, in `ALL_RULES` order (`QUOTES[rule as usize].rule == rule`).
pub static QUOTES: [Quote; RULES_2021] = [
    Quote {
        rule: Rule::R1,
        en: en_text!("MPN associated Global Admin or MPN Partner Admin to activate your Technical support benefits."),
        pl: pl_text!("Administrator globalny skojarzony z programem MPN lub administrator partnera MPN w celu aktywowania korzyści pomocy technicznej."),
        note_en: None,
        note_pl: None,
    },
    Quote {
        rule: Rule::R2,
        en: en_text!("Any MPN associated user account to view your Access ID and Contract ID after activation."),
        pl: pl_text!("Dowolne konto użytkownika skojarzone z programem MPN do wyświetlania identyfikatora dostępu i identyfikatora kontraktu po aktywacji."),
        note_en: None,
        note_pl: None,
    },
    Quote {
        rule: Rule::R3,
        en: en_text!("Admin Agent to create support on behalf of your customer for cloud products."),
        pl: pl_text!("Agent administracyjny do tworzenia pomocy technicznej w imieniu klienta dla produktów w chmurze."),
        note_en: None,
        note_pl: None,
    },
    Quote {
        rule: Rule::R4,
        en: en_text!("Any account AAD or MSA to create on-premises support requests on behalf of your customer or for your own organization."),
        pl: pl_text!("Dowolne konto usługi AAD lub msa do tworzenia lokalnych żądań pomocy technicznej w imieniu klienta lub dla własnej organizacji."),
        note_en: None,
        note_pl: None,
    },
    Quote {
        rule: Rule::R5,
        en: en_text!("If the Activate button is greyed out, your account does not have the Global admin or MPN Partner Admin security role. Use User Management and filter on Global admin or MPN Partner Admin to find a user to activate your benefits."),
        pl: pl_text!("Jeśli przycisk Aktywuj jest nieaktywna, Twoje konto nie ma roli zabezpieczeń Administrator globalny ani Administrator partnera MPN. Użyj funkcji Zarządzania użytkownikami i filtruj według pozycji Administrator globalny lub Administrator partnera MPN, aby znaleźć użytkownika w celu aktywowania korzyści."),
        note_en: None,
        note_pl: None,
    },
    Quote {
        rule: Rule::R6,
        en: en_text!("If your account is only associated to CSP and not associated to MPN, you will see an error message \"You are not authorized for this action\". You must have an MPN associated account."),
        pl: pl_text!("Jeśli Twoje konto jest skojarzone tylko z CSP i nie jest skojarzone z MPN, zostanie wyświetlony komunikat o błędzie \"Nie masz autoryzacji do tej akcji\". Musisz mieć skojarzone konto MPN."),
        note_en: None,
        note_pl: None,
    },
    Quote {
        rule: Rule::M1,
        en: en_text!("Expand Benefits in the left navigation menu, select Technical benefits. The Technical benefits page will display your organizations active Gold, Silver, or Microsoft Action Pack membership offers."),
        pl: pl_text!("Rozwiń pozycję Korzyści w menu nawigacji po lewej stronie i wybierz pozycję Korzyści techniczne. Na stronie Korzyści techniczne będą wyświetlane aktywne oferty członkostwa w usługach Gold, Silver Action Pack Microsoft."),
        note_en: None,
        note_pl: Some(pl_text!("W oryginale: oferty członkostwa Gold, Silver lub Microsoft Action Pack (tłumaczenie maszynowe zgubiło „lub”).")),
    },
    Quote {
        rule: Rule::M2,
        en: en_text!("If you have no active membership offers you will see the message \"Looks like you don't have any benefits yet\"."),
        pl: pl_text!("Jeśli nie masz aktywnych ofert członkostwa, zostanie wyświetlony komunikat \"Wygląda na to, że nie masz jeszcze żadnych korzyści\"."),
        note_en: None,
        note_pl: None,
    },
    Quote {
        rule: Rule::M3,
        en: en_text!("If your company has active membership offers but you can't see them, you have signed in using the wrong account. To check your account, select the Account icon in the top right of the page and select Sign-in with another account (if required)."),
        pl: pl_text!("Jeśli Twoja firma ma aktywne oferty członkostwa, ale ich nie widzisz, zalogowano się przy użyciu niewłaściwego konta. Aby sprawdzić swoje konto, wybierz ikonę Konto w prawym górnym rogu strony i wybierz pozycję Zaloguj się przy użyciu innego konta (jeśli jest to wymagane)."),
        note_en: None,
        note_pl: None,
    },
    Quote {
        rule: Rule::A1,
        en: en_text!("To use Microsoft Product Support or Signature Product Support, you need to activate the benefit. To activate the benefit, select the Activate button."),
        pl: pl_text!("Aby skorzystać z pomocy technicznej firmy Microsoft lub pomocy technicznej dotyczącej produktu podpis, musisz aktywować korzyść. Aby aktywować korzyść, wybierz przycisk Aktywuj."),
        note_en: None,
        note_pl: Some(pl_text!("„Pomoc techniczna dotycząca produktu podpis” to tłumaczenie maszynowe nazwy Signature Product Support.")),
    },
    Quote {
        rule: Rule::A2,
        en: en_text!("You can use Microsoft Product Support and Signature Product Support (Gold and Silver members) when the Access ID and Contract ID are displayed."),
        pl: pl_text!("Po wyświetlaniu identyfikatora dostępu i identyfikatora kontraktu możesz użyć pomocy technicznej produktów firmy Microsoft i pomocy technicznej dotyczącej podpisów produktów (członkowie gold i silver)."),
        note_en: None,
        note_pl: Some(pl_text!("„Pomoc techniczna dotycząca podpisów produktów” to tłumaczenie maszynowe nazwy Signature Product Support.")),
    },
    Quote {
        rule: Rule::A3,
        en: en_text!("You will need the Access ID and Contract ID the first time you use Microsoft Product Support or Signature Product Support for each account. Once the benefits have been associated to your account, you do not need to use the Access ID and Contract ID again."),
        pl: pl_text!("Identyfikator dostępu i identyfikator kontraktu będą potrzebne przy pierwszym użyciu pomocy technicznej produktów firmy Microsoft lub pomocy technicznej dotyczącej podpisów dla każdego konta. Po skojarzoną z kontem korzyści nie trzeba ponownie używać identyfikatora dostępu i identyfikatora kontraktu."),
        note_en: None,
        note_pl: None,
    },
    Quote {
        rule: Rule::A4,
        en: en_text!("You will need the Access ID and Contract ID the first time you use the benefit. The benefits are associated to your user account until they expire or there are no more support incidents remaining."),
        pl: pl_text!("Identyfikator dostępu i identyfikator kontraktu będą potrzebne przy pierwszym użyciu korzyści. Korzyści są kojarzone z kontem użytkownika do momentu ich wygaśnięcia lub nie ma już żadnych zdarzeń pomocy technicznej."),
        note_en: None,
        note_pl: None,
    },
    Quote {
        rule: Rule::T1,
        en: en_text!("Technical support provides troubleshooting for a specific problem, error message, or functionality that isn't working as expected. MPN Product Support and Signature Cloud Support support may be used for specific Microsoft products and versions (not all products and versions are supported)."),
        pl: pl_text!("Pomoc techniczna zapewnia rozwiązywanie problemów dotyczących określonego problemu, komunikatu o błędzie lub funkcji, które nie działają zgodnie z oczekiwaniami. Pomoc techniczna i pomoc techniczna Signature Cloud Support MPN może być używana dla określonych produktów i wersji firmy Microsoft (nie wszystkie produkty i wersje są obsługiwane)."),
        note_en: None,
        note_pl: None,
    },
    Quote {
        rule: Rule::T2,
        en: en_text!("As part of the Microsoft Partner Network membership, partners are eligible for the following technical support"),
        pl: pl_text!("W ramach członkostwa w Microsoft Partner Network partnerzy są uprawnieni do następującej pomocy technicznej"),
        note_en: None,
        note_pl: None,
    },
    Quote {
        rule: Rule::T3,
        en: en_text!("Signature Cloud Support\nFor Cloud products only | | Cloud Competencies: Unlimited\nOther competencies: 5 Incidents | Cloud Competencies: Unlimited\nOther competencies: 10 Incidents"),
        pl: pl_text!("Signature Cloud Support\nDotyczy tylko produktów w chmurze | | Kompetencje w chmurze: Nieograniczona liczba\nInne kompetencje: 5. Zdarzenia | Kompetencje w chmurze: Nieograniczona liczba\nInne kompetencje: 10 zdarzeń"),
        note_en: None,
        note_pl: Some(pl_text!("„5. Zdarzenia” w tłumaczeniu maszynowym oznacza 5 zdarzeń.")),
    },
    Quote {
        rule: Rule::T4,
        en: en_text!("Cloud competencies include: Security Competency, Cloud Business Applications, Cloud Platform, Cloud Productivity, Enterprise Mobility Management, Small and Midmarket Cloud Solutions."),
        pl: pl_text!("Kompetencje w chmurze obejmują: kompetencje w zakresie zabezpieczeń, Business Applications w chmurze, platformę w chmurze, produktywność w chmurze, zarządzanie mobilnością w przedsiębiorstwie, małe i średnie firmy w chmurze."),
        note_en: None,
        note_pl: None,
    },
    Quote {
        rule: Rule::V1,
        en: en_text!("You can use Microsoft Product Support for technical support on \u{202f}recent\u{202f} On-Premises products. Recent On-Premise products include only the current product (N) and the previous product version (N-1)."),
        pl: pl_text!("Pomoc techniczna firmy Microsoft może być pomoc techniczna dla najnowszych produktów lokalnych. Najnowsze produkty lokalne obejmują tylko bieżący produkt (N) i poprzednią wersję produktu (N-1)."),
        note_en: None,
        note_pl: Some(pl_text!("Polskie zdanie zniekształciło tłumaczenie maszynowe; oryginał mówi, że z Microsoft Product Support można korzystać w przypadku najnowszych produktów lokalnych.")),
    },
    Quote {
        rule: Rule::V2,
        en: en_text!("The previous product version is only supported if it is within mainstream support; based on the N-1 support policy."),
        pl: pl_text!("Poprzednia wersja produktu jest obsługiwana tylko wtedy, gdy jest w ramach wsparcia głównego; na podstawie zasad obsługi N-1."),
        note_en: None,
        note_pl: None,
    },
    Quote {
        rule: Rule::V3,
        en: en_text!("For non supported products and versions, use the relevant paid support option or purchase a Partner support plan."),
        pl: pl_text!("W przypadku produktów i wersji, które nie są obsługiwane, użyj odpowiedniej płatnej opcji pomocy technicznej lub kup plan pomocy technicznej partnera."),
        note_en: None,
        note_pl: None,
    },
    Quote {
        rule: Rule::V4,
        en: en_text!("Microsoft Product Support (for recent on-premise products): Use Support for Business for on-premises product support"),
        pl: pl_text!("Pomoc techniczna firmy Microsoft (w przypadku najnowszych produktów lokalnych): skorzystaj z pomocy technicznej dla firm, aby uzyskać pomoc techniczną dla produktów lokalnych"),
        note_en: None,
        note_pl: None,
    },
    Quote {
        rule: Rule::I1,
        en: en_text!("You can only get this information from the Support for Business on-premises support portal. Unfortunately, the Cloud portals (for example, Azure, LCS, and others) do not show this information."),
        pl: pl_text!("Te informacje można uzyskać tylko z lokalnego portalu pomocy technicznej dla firm. Niestety portale w chmurze (na przykład Azure, LCS i inne) nie pokazują tych informacji."),
        note_en: None,
        note_pl: None,
    },
    Quote {
        rule: Rule::I2,
        en: en_text!("You need to use Support for Business and start the process to create an on-premises support incident. We do not create a support request because we do not complete the process. The information we need is displayed at Step 2."),
        pl: pl_text!("Musisz użyć pomocy technicznej dla firm i rozpocząć proces tworzenia lokalnego zdarzenia pomocy technicznej. Nie tworzymy wniosku o pomoc techniczną, ponieważ nie kończymy tego procesu. Potrzebne informacje są wyświetlane w kroku 2."),
        note_en: None,
        note_pl: None,
    },
    Quote {
        rule: Rule::I3,
        en: en_text!("Open Support for Business and select windows 10 and enter dummy information"),
        pl: pl_text!("Otwórz pomoc techniczną dla firm, wybierz system Windows 10 i wprowadź fikcyjne informacje"),
        note_en: None,
        note_pl: None,
    },
    Quote {
        rule: Rule::I4,
        en: en_text!("If your support contract is already associated to your account, you should see support incidents displayed. For on-premises support, you should see the Partner Support contract displayed (unless it is no longer valid) including the start date, end date, and incidents remaining."),
        pl: pl_text!("Jeśli twoja umowa pomocy technicznej jest już skojarzona z Twoim kontem, powinny zostać wyświetlone zdarzenia pomocy technicznej. W przypadku pomocy technicznej w środowisku lokalnym powinna być wyświetlana umowa pomocy technicznej dla partnerów (chyba że nie jest już ważna) wraz z datą rozpoczęcia, datą zakończenia i pozostałymi zdarzeniami."),
        note_en: None,
        note_pl: None,
    },
    Quote {
        rule: Rule::I5,
        en: en_text!("If you need to associate your support contract, expand \"Do you need to purchase or add more support plans\" and select the Add Contract button to enter your Access ID and Contract ID."),
        pl: pl_text!("Jeśli musisz skojarzyć umowę pomocy technicznej, rozwiń pozycję \"Czy musisz kupić lub dodać więcej planów pomocy technicznej\" i wybierz przycisk Dodaj kontrakt, aby wprowadzić identyfikator dostępu i identyfikator kontraktu."),
        note_en: None,
        note_pl: None,
    },
    Quote {
        rule: Rule::I6,
        en: en_text!("Expand the Would you like to see unavailable support plans?\" section to see Partner Signature information. You will only see Partner Support displayed here if the contracts have expired, you have no incidents remaining or you selected an old on-premise product (see aka.ms/n-1 for support products)"),
        pl: pl_text!("Rozwiń j. Czy chcesz zobaczyć niedostępne plany pomocy technicznej?\" aby wyświetlić informacje o sygnaturze partnera. W tym miejscu będzie wyświetlana pomoc techniczna dla partnerów tylko wtedy, gdy kontrakty wygasły, nie pozostały żadne zdarzenia lub wybrano stary produkt lokalnie (zobacz aka.ms/n-1 produktów pomocy technicznej)"),
        note_en: None,
        note_pl: None,
    },
    Quote {
        rule: Rule::I7,
        en: en_text!("For more detailed information, see How many Partner support incidents are remaining?."),
        pl: pl_text!("Aby uzyskać bardziej szczegółowe informacje, zobacz How many Partner support incidents are remaining? (Ilejest pozostałych zdarzeń pomocy technicznej partnerów?)."),
        note_en: None,
        note_pl: Some(pl_text!("Tytuł strony w oryginale: „How many Partner support incidents are remaining?” (Ile zdarzeń pomocy technicznej partnera pozostało?).")),
    },
    Quote {
        rule: Rule::C1,
        en: en_text!("Gold or Silver competency partners can use Signature Cloud Support for technical support on cloud products. Action Pack partners are not eligible for Signature Cloud Support unless they earn a competency."),
        pl: pl_text!("Partnerzy z kompetencjami Gold lub Silver mogą używać Signature Cloud Support pomocy technicznej dotyczącej produktów w chmurze. Action Pack nie są uprawnieni do Signature Cloud Support, chyba że zdobywają kompetencję."),
        note_en: None,
        note_pl: None,
    },
    Quote {
        rule: Rule::C2,
        en: en_text!("You will need the Access ID and Contract ID the first time you use the benefit for Azure, Dynamics 365, and other cloud products (exception Microsoft 365)."),
        pl: pl_text!("Identyfikator dostępu i identyfikator kontraktu będą potrzebne przy pierwszym użyciu korzyści dla platformy Azure, usługi Dynamics 365 i innych produktów w chmurze (wyjątek Microsoft 365)."),
        note_en: None,
        note_pl: None,
    },
    Quote {
        rule: Rule::C3,
        en: en_text!("When using the using the Azure portal. If your support contract is already associated with the account, you will see an error message \"Access ID is already associated …\" when you add the Access ID and Contract ID. see below"),
        pl: pl_text!("W przypadku korzystania z Azure Portal. Jeśli Twoja umowa pomocy technicznej jest już skojarzona z kontem, zostanie wyświetlony komunikat o błędzie \"Identyfikator dostępu jest już skojarzony...\" podczas dodawania identyfikatora dostępu i identyfikatora kontraktu. zobacz poniżej"),
        note_en: None,
        note_pl: None,
    },
    Quote {
        rule: Rule::C4,
        en: en_text!("CSP partners creating Azure requests may use the \"Cloud Solution Provider\" support plan without adding a support contract."),
        pl: pl_text!("Partnerzy programu CSP tworzący żądania platformy Azure mogą używać planu Dostawca rozwiązań w chmurze pomocy technicznej bez dodawania umowy pomocy technicznej."),
        note_en: None,
        note_pl: Some(pl_text!("Plan w portalu nazywa się „Cloud Solution Provider”; tłumaczenie maszynowe przełożyło tę nazwę jako „Dostawca rozwiązań w chmurze”.")),
    },
    Quote {
        rule: Rule::C5,
        en: en_text!("Users with Admin Agent role can select Customers under CSP in the left navigation menu, select Service Management, and select New request. When you select the relevant workload, the workload-specific portal will be opened, and you add a support contract and create a request."),
        pl: pl_text!("Użytkownicy z rolą Agent administratora mogą wybrać pozycję Klienci w obszarze CSP w menu nawigacji po lewej stronie, wybrać pozycję Zarządzanie usługami i wybrać pozycję Nowe żądanie. Po wybraniu odpowiedniego obciążenia zostanie otwarty portal specyficzny dla obciążenia, dodasz umowę pomocy technicznej i utworzysz żądanie."),
        note_en: None,
        note_pl: None,
    },
    Quote {
        rule: Rule::C6,
        en: en_text!("If you have Microsoft Action Pack you do not get Cloud support because it does not include Signature Cloud Support - only Microsoft Product Support (On-premises)"),
        pl: pl_text!("Jeśli masz usługę Microsoft Action Pack nie otrzymasz pomocy technicznej dotyczącej chmury, ponieważ nie obejmuje ona usługi Signature Cloud Support — tylko pomoc techniczna firmy Microsoft (lokalna)"),
        note_en: None,
        note_pl: None,
    },
    Quote {
        rule: Rule::C7,
        en: en_text!("When you use the Azure portal, you use Signature Cloud Support by selecting Help + Support, Support Plans, then \"Link support benefits\" and enter the Access ID and Contract ID."),
        pl: pl_text!("W przypadku korzystania z Azure Portal możesz użyć konta Signature Cloud Support, wybierając pozycję Pomoc i obsługa techniczna, Plany pomocy technicznej, a następnie pozycję \"Połącz korzyści pomocy technicznej\", a następnie wprowadź identyfikator dostępu i identyfikator kontraktu."),
        note_en: None,
        note_pl: Some(pl_text!("W oryginale: korzystasz z Signature Cloud Support, wybierając Help + Support, Support Plans i „Link support benefits” (słowo „konto” dodało tłumaczenie maszynowe).")),
    },
    Quote {
        rule: Rule::E1,
        en: en_text!("You may see the error message This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID. This error message is invalid and should be ignored. We have requested for the error to be disabled and replaced with a useful diagnostic error message."),
        pl: pl_text!("Może zostać wyświetlony komunikat o błędzie This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID . Ten komunikat o błędzie jest nieprawidłowy i należy go zignorować. Zażądaliśmy wyłączenia błędu i zastąpienia go przydatnym komunikatem o błędzie diagnostycznym."),
        note_en: None,
        note_pl: None,
    },
    Quote {
        rule: Rule::E2,
        en: en_text!("You will see the preceding Access ID is already associated … error if you associate a support contract to an account more than once when using the Azure portal. See the scenarios below:"),
        pl: pl_text!("Poprzedni błąd zostanie wyświetlony, jeśli skojarzysz umowę pomocy technicznej z kontem więcej niż raz podczas korzystania z Access ID is already associated … Azure Portal. Zobacz poniższe scenariusze:"),
        note_en: None,
        note_pl: None,
    },
    Quote {
        rule: Rule::E3,
        en: en_text!("If you have gold or silver technical benefits and have previously added the contract for on-premises support, then you use the Azure portal and add the contract a second time to the same account. You only need to associate the support contract to an account once and therefore you do not need to Link support benefits in Azure. If you use Link support benefits when the contract is already associated to the account, you will see the error and it should be ignored. Use + New Support request and create a support incident as normal and the Support plan will be displayed."),
        pl: pl_text!("Jeśli masz złote lub silver korzyści techniczne i wcześniej dodano umowę pomocy technicznej w środowisku lokalnym, użyj konta Azure Portal i dodaj kontrakt po raz drugi do tego samego konta. Wystarczy skojarzyć umowę pomocy technicznej z kontem raz, dlatego nie trzeba łączyć korzyści pomocy technicznej na platformie Azure. Jeśli używasz korzyści obsługi linku, gdy kontrakt jest już skojarzony z kontem, zostanie wyświetlony błąd i powinien zostać zignorowany. Użyj przycisku + Support request i utwórz zdarzenie pomocy technicznej w zwykły sposób. Zostanie wyświetlony plan pomocy technicznej."),
        note_en: None,
        note_pl: Some(pl_text!("Uwaga: tłumaczenie maszynowe odwraca sens. Oryginał opisuje przyczynę błędu (ponowne dodanie kontraktu w Azure Portal), a nie zaleca tego; nie dodawaj kontraktu drugi raz, tylko wybierz „+ New support request”.")),
    },
    Quote {
        rule: Rule::E4,
        en: en_text!("If the support contract has expired or the Signature 10-pack (Gold hybrid competency) or Signature 5-pack (Silver hybrid competency) have no incidents remaining, the support contract will be hidden because it is invalid. If you Link support benefits again, you will see the error because the contract is already associated. You can purchase a new support plan to get Azure support incidents."),
        pl: pl_text!("Jeśli umowa pomocy technicznej wygasła lub podpis 10-pack (kompetencja hybrydowa Gold) lub Podpis 5-pack (kompetencja hybrydowa Silver) nie ma żadnych zdarzeń pozostałych, umowa pomocy technicznej będzie ukryta, ponieważ jest nieprawidłowa. Jeśli ponownie połączysz korzyści pomocy technicznej, zobaczysz błąd, ponieważ kontrakt jest już skojarzony. Możesz kupić nowy plan pomocy technicznej, aby uzyskać informacje o zdarzeniach pomocy technicznej platformy Azure."),
        note_en: None,
        note_pl: Some(pl_text!("Tłumaczenie maszynowe zmienia sens ostatniego zdania: w oryginale nowy plan pomocy technicznej kupuje się, aby uzyskać zdarzenia pomocy technicznej platformy Azure.")),
    },
    Quote {
        rule: Rule::E5,
        en: en_text!("See Partner Support Plans below for Partner paid support offerings"),
        pl: pl_text!("Zobacz plany pomocy technicznej partnerów poniżej, aby uzyskać oferty płatnej pomocy technicznej dla partnerów"),
        note_en: None,
        note_pl: None,
    },
    Quote {
        rule: Rule::P1,
        en: en_text!("You can get paid support from Microsoft that includes technical support and a range of extra service options."),
        pl: pl_text!("Możesz uzyskać płatną pomoc techniczną od firmy Microsoft, która obejmuje pomoc techniczną i szereg dodatkowych opcji usług."),
        note_en: None,
        note_pl: None,
    },
    Quote {
        rule: Rule::S1,
        en: en_text!("The Technical benefits page shows information on two separate benefits:"),
        pl: pl_text!("Strona Korzyści techniczne zawiera informacje dotyczące dwóch oddzielnych korzyści:"),
        note_en: None,
        note_pl: None,
    },
    Quote {
        rule: Rule::S2,
        en: en_text!("Activate your technical benefits (requires Global Admin or MPN Partner Admin)."),
        pl: pl_text!("Aktywuj korzyści techniczne (wymaga administratora globalnego lub administratora partnera MPN)."),
        note_en: None,
        note_pl: None,
    },
    Quote {
        rule: Rule::S3,
        en: en_text!("Sign in with your MPN associated account into the Partner Center dashboard."),
        pl: pl_text!("Zaloguj się przy użyciu konta skojarzonego z programem MPN do pulpitu Partner Center nawigacyjnego."),
        note_en: None,
        note_pl: None,
    },
    Quote {
        rule: Rule::D1,
        en: en_text!("With several competencies, the organization gets one on-premises pack at its highest level, and its cloud allowance is unlimited if any competency is a cloud competency, otherwise the better of the Signature 10-pack and 5-pack."),
        pl: pl_text!("Przy kilku kompetencjach organizacja otrzymuje jeden pakiet dla produktów lokalnych, na najwyższym posiadanym poziomie, a jej pula dla produktów w chmurze jest nieograniczona, jeśli którakolwiek kompetencja jest kompetencją w chmurze, a w przeciwnym razie obowiązuje lepszy z pakietów Signature 10-pack i 5-pack."),
        note_en: None,
        note_pl: None,
    },
    Quote {
        rule: Rule::D2,
        en: en_text!("The current version (N) is eligible through its extended support phase as well; the stricter reading of the N-1 policy, which excludes any product past mainstream support, is shown as a warning."),
        pl: pl_text!("Bieżąca wersja (N) kwalifikuje się do pomocy technicznej także w okresie wsparcia rozszerzonego; surowsze odczytanie zasad N-1, które wyklucza każdy produkt po zakończeniu wsparcia podstawowego, jest pokazywane jako ostrzeżenie."),
        note_en: None,
        note_pl: None,
    },
    Quote {
        rule: Rule::D3,
        en: en_text!("Versions under the Modern Lifecycle Policy count as being in mainstream support for as long as they are supported; the article's own example product is Windows 10."),
        pl: pl_text!("Wersje objęte zasadami nowoczesnego cyklu życia (Modern Lifecycle Policy) są traktowane jak wersje we wsparciu podstawowym, dopóki są obsługiwane; sam artykuł jako przykładowy produkt podaje Windows 10."),
        note_en: None,
        note_pl: None,
    },
    Quote {
        rule: Rule::D4,
        en: en_text!("Only long-term releases count as versions: the LTSC releases of Windows Server, Windows 10 and Windows 11 for the Windows client, and the perpetual releases of Office."),
        pl: pl_text!("Za wersje uznaje się tylko wydania o długim okresie obsługi: wydania LTSC systemu Windows Server, Windows 10 i Windows 11 jako system Windows dla klientów oraz wydania pakietu Office w licencji wieczystej."),
        note_en: None,
        note_pl: None,
    },
    Quote {
        rule: Rule::D5,
        en: en_text!("The “Cloud Solution Provider” support plan is for customers' CSP subscriptions on Azure, and like every request made for a customer on a cloud product it needs the Admin agent role."),
        pl: pl_text!("Plan pomocy technicznej „Cloud Solution Provider” dotyczy subskrypcji CSP klientów na platformie Azure i – jak każde zgłoszenie składane w imieniu klienta dla produktu w chmurze – wymaga roli agenta administracyjnego."),
        note_en: None,
        note_pl: None,
    },
    Quote {
        rule: Rule::D6,
        en: en_text!("Dates are compared as calendar dates, never as instants; where sources disagree, the catalog takes 18 August 2021 as the start of Windows Server 2022 and 28 February 2025 as the end of mainstream support for SQL Server 2019."),
        pl: pl_text!("Daty są porównywane jako daty kalendarzowe, a nie jako momenty w czasie; tam, gdzie źródła się różnią, katalog przyjmuje 18 sierpnia 2021 jako początek wsparcia systemu Windows Server 2022 i 28 lutego 2025 jako koniec wsparcia podstawowego programu SQL Server 2019."),
        note_en: None,
        note_pl: None,
    },
    Quote {
        rule: Rule::D7,
        en: en_text!("The article's “(exception Microsoft 365)” is read as meaning that no Access ID or Contract ID is entered for Microsoft 365."),
        pl: pl_text!("Zapis artykułu „(wyjątek Microsoft 365)” odczytujemy tak, że dla Microsoft 365 nie wprowadza się identyfikatora dostępu ani identyfikatora kontraktu."),
        note_en: None,
        note_pl: None,
    },
    Quote {
        rule: Rule::D8,
        en: en_text!("Activation takes effect without delay and the benefits last until they expire; the checker takes your answer on expiry and does not compute a one-year term itself."),
        pl: pl_text!("Aktywacja działa od razu, a korzyści obowiązują do momentu wygaśnięcia; narzędzie przyjmuje Twoją odpowiedź w sprawie wygaśnięcia i samo nie wylicza okresu jednego roku."),
        note_en: None,
        note_pl: None,
    },
];

/// The 2021 article's entitlement table (`#technical-support-entitlement-and-supported-products`),
/// as its rows are quoted: the header row, and the Microsoft Product Support row that T-2's
/// sentence introduces (T-3's quote is the Signature Cloud Support row itself).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Table {
    /// The header row in English.
    pub head_en: &'static str,
    /// The header row in Polish.
    pub head_pl: &'static str,
    /// T-2's row in English.
    pub row_en: &'static str,
    /// T-2's row in Polish.
    pub row_pl: &'static str,
}

/// The entitlement table: the incidents of every tier, where T-2 gives its number.
pub static TABLE: Table = Table {
    head_en: en_text!("Technical Support | Action Pack | Silver competency | Gold competency"),
    head_pl: pl_text!("Pomoc techniczna | Action Pack | Kompetencja Silver | Kompetencja Gold"),
    row_en: en_text!("Microsoft Product Support\nFor recent On-Premise products only | 10 Incidents | 15 Incidents | 20 Incidents"),
    row_pl: pl_text!("Pomoc techniczna firmy Microsoft\nNajnowsze w środowisku lokalnym tylko produkty | 10 zdarzeń | 15 zdarzeń | 20 zdarzeń"),
};

/// The note a D-n reason carries: the sentence is the project's, not the article's. The builds
/// that load the words read it from the note of D-1's place in [`QUOTES`].
pub const DECISION_NOTE_EN: &str =
    en_text!("This is the project's reading where the article is silent.");
/// Polish [`DECISION_NOTE_EN`].
pub const DECISION_NOTE_PL: &str =
    pl_text!("To odczytanie przyjęte w projekcie tam, gdzie artykuł nie rozstrzyga sprawy.");

/// The quote of a rule.
#[must_use]
pub fn quote(rule: Rule) -> Option<&'static Quote> {
    QUOTES
        .get(rule as usize)
        .filter(|q| q.rule == rule)
        .or_else(|| QUOTES.iter().find(|q| q.rule == rule))
}

/// A section of the article: its `<a name>` anchor and its heading in both articles.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Section {
    /// The anchor, e.g. `"partner-support-plans"`.
    pub anchor: &'static str,
    /// The English heading, exactly.
    pub en: &'static str,
    /// The Polish heading, exactly.
    pub pl: &'static str,
}

/// Every section of the article, in article order.
pub static SECTIONS: [Section; 11] = SECTION_LIST;

/// The sections' anchors, in [`SECTIONS`] order: the builds that load the headings keep only these.
const ANCHORS: [&str; 11] = {
    let mut anchors = [""; 11];
    let mut j = 0;
    while j < SECTION_LIST.len() {
        anchors[j] = SECTION_LIST[j].anchor;
        j += 1;
    }
    anchors
};

const SECTION_LIST: [Section; 11] = [
    Section {
        anchor: anchor::TOP,
        en: en_text!("Technical Support for On-premises or Cloud products"),
        pl: pl_text!("Pomoc techniczna dla produktów lokalnych lub w chmurze"),
    },
    Section {
        anchor: anchor::OVERVIEW,
        en: en_text!("Overview"),
        pl: pl_text!("Omówienie"),
    },
    Section {
        anchor: anchor::STEPS,
        en: en_text!("Steps"),
        pl: pl_text!("Kroki"),
    },
    Section {
        anchor: anchor::ACTIVATE,
        en: en_text!("View and activate your Technical support benefits"),
        pl: pl_text!("Wyświetlanie i aktywowanie korzyści pomocy technicznej"),
    },
    Section {
        anchor: anchor::ENTITLEMENT,
        en: en_text!("Technical Support entitlement and supported products"),
        pl: pl_text!("Uprawnienia do pomocy technicznej i obsługiwane produkty"),
    },
    Section {
        anchor: anchor::ON_PREMISES,
        en: en_text!("Microsoft Product Support (On-premises)"),
        pl: pl_text!("Pomoc techniczna firmy Microsoft (lokalna)"),
    },
    Section {
        anchor: anchor::REMAINING,
        en: en_text!("How many Partner support incidents are remaining"),
        pl: pl_text!("Ile pozostało zdarzeń pomocy technicznej partnera"),
    },
    Section {
        anchor: anchor::CLOUD,
        en: en_text!("Signature Cloud Support (cloud only)"),
        pl: pl_text!("Signature Cloud Support (tylko w chmurze)"),
    },
    Section {
        anchor: anchor::AZURE_ERROR,
        en: en_text!("Azure portal error \"Access ID is already associated ...\""),
        pl: pl_text!("Azure Portal \"Identyfikator dostępu jest już skojarzony...\""),
    },
    Section {
        anchor: anchor::PLANS,
        en: en_text!("Partner Support Plans"),
        pl: pl_text!("Plany pomocy technicznej partnerów"),
    },
    Section {
        anchor: "next-steps",
        en: en_text!("Next steps"),
        pl: pl_text!("Następne kroki"),
    },
];

/// The place in [`SECTIONS`] of the section with this anchor, and the anchor.
#[must_use]
pub fn find_section(anchor: &str) -> Option<(usize, &'static str)> {
    ANCHORS
        .iter()
        .enumerate()
        .find(|(_, a)| **a == anchor)
        .map(|(j, a)| (j, *a))
}

/// The section with this anchor.
#[must_use]
pub fn section(anchor: &str) -> Option<&'static Section> {
    SECTIONS.iter().find(|s| s.anchor == anchor)
}
