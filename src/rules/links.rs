//! The portals and pages the answer links to (article L-1 … L-11, plus the products' own portals).

/// A link target: a stable id (used in `Route::portal`) and its URL.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Link {
    /// Stable id, e.g. `"supportForBusiness"`.
    pub id: &'static str,
    /// Absolute https URL.
    pub url: &'static str,
}

macro_rules! links {
    ($($name:ident = $id:literal, $url:literal;)*) => {
        $(#[doc = $url] pub const $name: Link = Link { id: $id, url: $url };)*
        /// Every link, for look-ups by id.
        pub const ALL_LINKS: &[Link] = &[$($name),*];
    };
}

links! {
    TECHNICAL_BENEFITS = "technicalBenefits", "https://partner.microsoft.com/dashboard/mpn/membership/benefits/technical";
    PARTNER_CENTER = "partnerCenterDashboard", "https://partner.microsoft.com/dashboard";
    USER_MANAGEMENT = "userManagement", "https://partner.microsoft.com/dashboard/account/v3/usermanagement#users";
    SUPPORT_FOR_BUSINESS = "supportForBusiness", "https://support.serviceshub.microsoft.com/supportforbusiness/create";
    N1_POLICY = "n1Policy", "https://aka.ms/n-1";
    FIXED_POLICY = "fixedLifecyclePolicy", "https://learn.microsoft.com/lifecycle/policies/fixed";
    REMAINING_INCIDENTS = "remainingIncidents", "https://support.microsoft.com/topic/how-many-partner-support-incidents-are-remaining-e8220db5-14f6-93db-4b4a-35766e11b3c3";
    CUSTOMERS = "partnerCenterCustomers", "https://partner.microsoft.com/commerce/customers/list";
    COMPARE_PLANS = "comparePartnerSupportPlans", "https://partner.microsoft.com/support/partnersupport";
    PREMIER = "premierSupportForPartners", "https://partner.microsoft.com/support/microsoft-services-premier-support";
    ADVANCED = "advancedSupportForPartners", "https://partner.microsoft.com/support/advanced-cloud-support";
    AZURE_PORTAL = "azurePortal", "https://portal.azure.com/#blade/Microsoft_Azure_Support/HelpAndSupportBlade";
    M365_ADMIN = "microsoft365AdminCenter", "https://admin.microsoft.com/";
    POWER_PLATFORM_ADMIN = "powerPlatformAdminCenter", "https://admin.powerplatform.microsoft.com/";
    INTUNE_ADMIN = "intuneAdminCenter", "https://intune.microsoft.com/";
    LIVE_ARTICLE = "technicalSupportArticle", "https://learn.microsoft.com/en-us/partner-center/mpn-benefits-technical-support";
}

/// The link with this id.
pub fn by_id(id: &str) -> Option<Link> {
    ALL_LINKS.iter().copied().find(|l| l.id == id)
}

/// The own-organisation support portal of a cloud family (C-7 for Azure).
pub fn cloud_portal(family_id: &str) -> Link {
    match family_id {
        "azure" => AZURE_PORTAL,
        "microsoft-365" => M365_ADMIN,
        "intune" => INTUNE_ADMIN,
        _ => POWER_PLATFORM_ADMIN,
    }
}

/// The live article (English: the 2023 text has no Polish version) at a section anchor.
pub fn article_2023(anchor: &str) -> String {
    format!(
        "https://learn.microsoft.com/en-us/partner-center/mpn-benefits-technical-support#{anchor}"
    )
}

/// The article itself, in the page's language, at a section anchor.
pub fn article(lang_is_polish: bool, anchor: &str) -> String {
    let locale = if lang_is_polish { "pl-pl" } else { "en-us" };
    format!("https://learn.microsoft.com/{locale}/partner-center/mpn-benefits-technical-support#{anchor}")
}
