//! Rule ids: every article rule and project decision the engine can cite, with its anchor.

/// An article rule (`spec/article-rules.md`) or a project decision (`spec/rules.md` §7).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[repr(u8)]
pub enum Rule {
    R1,
    R2,
    R3,
    R4,
    R5,
    R6,
    M1,
    M2,
    M3,
    A1,
    A2,
    A3,
    A4,
    T1,
    T2,
    T3,
    T4,
    V1,
    V2,
    V3,
    V4,
    I1,
    I2,
    I3,
    I4,
    I5,
    I6,
    I7,
    C1,
    C2,
    C3,
    C4,
    C5,
    C6,
    C7,
    E1,
    E2,
    E3,
    E4,
    E5,
    P1,
    S1,
    S2,
    S3,
    D1,
    D2,
    D3,
    D4,
    D5,
    D6,
    D7,
    D8,
    D9,
    D10,
    D11,
    D12,
    D13,
    E6,
    V5,
    V6,
}

/// Every rule, in declaration order (the index is `rule as usize`).
pub const ALL_RULES: [Rule; 60] = {
    use Rule::*;
    [
        R1, R2, R3, R4, R5, R6, M1, M2, M3, A1, A2, A3, A4, T1, T2, T3, T4, V1, V2, V3, V4, I1, I2,
        I3, I4, I5, I6, I7, C1, C2, C3, C4, C5, C6, C7, E1, E2, E3, E4, E5, P1, S1, S2, S3, D1, D2,
        D3, D4, D5, D6, D7, D8, D9, D10, D11, D12, D13, E6, V5, V6,
    ]
};

/// The rules of the 2021 article and decisions D-1 … D-8: the first 52 of `ALL_RULES`. The rest
/// (D-9 … D-13, and E-6, V-5, V-6 of the 2023 article) belong to later rule sets only.
pub const RULES_2021: usize = 52;

/// The article's section anchors (`<a name>` in both the English and the Polish article).
pub mod anchor {
    /// Title and "Appropriate roles".
    pub const TOP: &str = "technical-support-for-on-premises-or-cloud-products";
    /// Overview.
    pub const OVERVIEW: &str = "overview";
    /// Steps.
    pub const STEPS: &str = "steps";
    /// View and activate your Technical support benefits.
    pub const ACTIVATE: &str = "view-and-activate-your-technical-support-benefits";
    /// Technical Support entitlement and supported products.
    pub const ENTITLEMENT: &str = "technical-support-entitlement-and-supported-products";
    /// Microsoft Product Support (On-premises).
    pub const ON_PREMISES: &str = "microsoft-product-support-on-premises";
    /// How many Partner support incidents are remaining.
    pub const REMAINING: &str = "how-many-partner-support-incidents-are-remaining";
    /// Signature Cloud Support (cloud only).
    pub const CLOUD: &str = "signature-cloud-support-cloud-only";
    /// Azure portal error "Access ID is already associated ...".
    pub const AZURE_ERROR: &str = "azure-portal-error-access-id-is-already-associated-";
    /// Partner Support Plans.
    pub const PLANS: &str = "partner-support-plans";
}

impl Rule {
    /// The id as written in the spec, e.g. `"T-2"`, `"D-1"`.
    pub const fn id(self) -> &'static str {
        use Rule::*;
        match self {
            R1 => "R-1",
            R2 => "R-2",
            R3 => "R-3",
            R4 => "R-4",
            R5 => "R-5",
            R6 => "R-6",
            M1 => "M-1",
            M2 => "M-2",
            M3 => "M-3",
            A1 => "A-1",
            A2 => "A-2",
            A3 => "A-3",
            A4 => "A-4",
            T1 => "T-1",
            T2 => "T-2",
            T3 => "T-3",
            T4 => "T-4",
            V1 => "V-1",
            V2 => "V-2",
            V3 => "V-3",
            V4 => "V-4",
            I1 => "I-1",
            I2 => "I-2",
            I3 => "I-3",
            I4 => "I-4",
            I5 => "I-5",
            I6 => "I-6",
            I7 => "I-7",
            C1 => "C-1",
            C2 => "C-2",
            C3 => "C-3",
            C4 => "C-4",
            C5 => "C-5",
            C6 => "C-6",
            C7 => "C-7",
            E1 => "E-1",
            E2 => "E-2",
            E3 => "E-3",
            E4 => "E-4",
            E5 => "E-5",
            P1 => "P-1",
            S1 => "S-1",
            S2 => "S-2",
            S3 => "S-3",
            D1 => "D-1",
            D2 => "D-2",
            D3 => "D-3",
            D4 => "D-4",
            D5 => "D-5",
            D6 => "D-6",
            D7 => "D-7",
            D8 => "D-8",
            D9 => "D-9",
            D10 => "D-10",
            D11 => "D-11",
            D12 => "D-12",
            D13 => "D-13",
            E6 => "E-6",
            V5 => "V-5",
            V6 => "V-6",
        }
    }

    /// The 2021 article's section the rule's sentence stands in (for D-n: the section it reads).
    /// Rules the 2021 article does not have (D-9 …, E-6, V-5, V-6) name its closest section;
    /// the 2023 rule set has anchors of its own (`sets::cpp2023`).
    pub const fn anchor(self) -> &'static str {
        use Rule::*;
        match self {
            R1 | R2 | R3 | R4 => anchor::TOP,
            S1 => anchor::OVERVIEW,
            S2 => anchor::STEPS,
            R5 | R6 | M1 | M2 | M3 | A1 | A2 | A3 | S3 => anchor::ACTIVATE,
            T1 | T2 | T3 | T4 | D1 | D10 | D11 => anchor::ENTITLEMENT,
            D9 | D12 | D13 => anchor::TOP,
            V1 | V2 | V3 | V4 | V5 | V6 | A4 | D2 | D3 | D4 | D6 | D8 => anchor::ON_PREMISES,
            I1 | I2 | I3 | I4 | I5 | I6 | I7 => anchor::REMAINING,
            C1 | C2 | C3 | C4 | C5 | D5 | D7 => anchor::CLOUD,
            C6 | C7 | E1 | E2 | E3 | E4 | E5 | E6 => anchor::AZURE_ERROR,
            P1 => anchor::PLANS,
        }
    }

    /// True for the project's own decisions (D-n), which the page marks as such.
    pub const fn is_decision(self) -> bool {
        use Rule::*;
        matches!(
            self,
            D1 | D2 | D3 | D4 | D5 | D6 | D7 | D8 | D9 | D10 | D11 | D12 | D13
        )
    }

    /// The rule with this id, e.g. `"V-2"`.
    pub fn from_id(id: &str) -> Option<Rule> {
        ALL_RULES.iter().copied().find(|r| r.id() == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_and_index_matches() {
        for (i, r) in ALL_RULES.iter().enumerate() {
            assert_eq!(*r as usize, i);
            assert_eq!(Rule::from_id(r.id()), Some(*r));
        }
        assert!(Rule::D1.is_decision() && !Rule::P1.is_decision());
        assert!(Rule::D13.is_decision() && !Rule::E6.is_decision() && !Rule::V6.is_decision());
    }
}
