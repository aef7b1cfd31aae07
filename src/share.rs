//! The page's answers and their share-link form: a versioned URL fragment, parsed defensively
//! (unknown or invalid values are dropped with a notice, never executed or trusted). Pure Rust.

use crate::rules::catalog::{self, Family, FamilyKind, Version, COMPETENCIES};
use crate::rules::date::Date;
use crate::rules::entitlement::CompetencySummary;
use crate::rules::request::{Association, Held, Level, Product, Request, Role, Roles};

/// The current fragment format.
pub const FORMAT: &str = "1";
/// Fragments longer than this are refused whole.
pub const MAX_LEN: usize = 2048;

/// What the user has answered on the page; `None` is unanswered.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Answers {
    pub product: Option<&'static Family>,
    pub version: Option<&'static Version>,
    /// `None`: today.
    pub as_of: Option<Date>,
    pub association: Option<Association>,
    pub roles: Option<Roles>,
    pub action_pack: Option<bool>,
    /// The competencies picked one by one (the page's optional list); when given, they win over
    /// the two short questions below.
    pub competencies: Option<Vec<Held>>,
    /// The highest competency level held (`Some(None)`: none), the page's short question.
    pub comp_level: Option<Option<Level>>,
    /// Whether any competency held is a cloud one (T-4), asked with `comp_level`.
    pub comp_cloud: Option<bool>,
    /// Solutions Partner designation benefits (asked, and read, for dates from 2022-10-01).
    pub solutions_partner: Option<bool>,
    pub activated: Option<bool>,
    pub contract_linked: Option<bool>,
    pub contract_expired: Option<bool>,
    pub incidents_used: Option<u32>,
    pub for_customer: Option<bool>,
    pub csp_subscription: Option<bool>,
}

/// A part of a link that was dropped, and why (shown to the user as a notice).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// The fragment was longer than `MAX_LEN` and was ignored.
    TooLong,
    /// The link was made by a newer or unknown format; what could be read was kept.
    UnknownFormat,
    /// A key or value was not understood and was dropped (the key, cut short, for display).
    Dropped(String),
}

impl Answers {
    /// The engine request for these answers, or `None` until a product is chosen.
    pub fn request(&self, today: Date) -> Option<Request> {
        let family = self.product?;
        let version = self
            .version
            .filter(|v| family.versions.iter().any(|w| w.id == v.id));
        Some(Request {
            as_of: self.as_of.unwrap_or(today),
            rule_set: None,
            association: self.association,
            roles: self.roles,
            action_pack: self.action_pack,
            competencies: self.held(),
            solutions_partner: self.solutions_partner,
            activated: self.activated,
            contract_linked: self.contract_linked,
            contract_expired: self.contract_expired,
            incidents_used: self.incidents_used,
            product: Product::new(family, version),
            for_customer: self.for_customer,
            csp_subscription: self.csp_subscription,
        })
    }

    /// The answers a request gives (the JS API's shape, e.g. an embed's `request` property);
    /// `today` is the date the form shows when nothing else is chosen.
    pub fn from_request(r: &Request, today: Date) -> Answers {
        let (product, version) = match r.product {
            Product::OnPremises { family, version } => (family, version),
            Product::Cloud(family) => (family, None),
        };
        Answers {
            product: Some(product),
            version,
            as_of: (r.as_of != today).then_some(r.as_of),
            association: r.association,
            roles: r.roles,
            action_pack: r.action_pack,
            competencies: r.competencies.clone(),
            comp_level: None,
            comp_cloud: None,
            solutions_partner: r.solutions_partner,
            activated: r.activated,
            contract_linked: r.contract_linked,
            contract_expired: r.contract_expired,
            incidents_used: r.incidents_used,
            for_customer: r.for_customer,
            csp_subscription: r.csp_subscription,
        }
    }

    /// The competencies the engine reads: those picked one by one, else one that stands for the
    /// two short answers (the engine reads only the best level and whether any is a cloud one,
    /// D-1; an on-premises product never reads the second). `None` while that is not known.
    pub fn held(&self) -> Option<Vec<Held>> {
        if self.competencies.is_some() {
            return self.competencies.clone();
        }
        let Some(level) = self.comp_level? else {
            return Some(Vec::new());
        };
        let on_premises = self
            .product
            .is_some_and(|f| f.kind == FamilyKind::OnPremises);
        let cloud = self.comp_cloud.or(on_premises.then_some(false))?;
        let competency = COMPETENCIES.iter().find(|c| c.cloud == cloud)?;
        Some(vec![Held { competency, level }])
    }

    /// The two short answers that a list of competencies gives (the page shows them checked).
    pub fn summarised(held: &[Held]) -> (Option<Level>, bool) {
        let s = CompetencySummary::of(held);
        (s.best, s.any_cloud)
    }

    /// True when nothing is answered.
    pub fn is_empty(&self) -> bool {
        *self == Answers::default()
    }
}

fn yes_no(b: bool) -> &'static str {
    if b {
        "1"
    } else {
        "0"
    }
}

/// `url` with `#fragment` appended, or `url` alone when the fragment is empty.
pub fn with_fragment(url: String, fragment: &str) -> String {
    if fragment.is_empty() {
        url
    } else {
        format!("{url}#{fragment}")
    }
}

/// The fragment (without `#`) for these answers; empty when nothing is answered.
pub fn encode(a: &Answers) -> String {
    if a.is_empty() {
        return String::new();
    }
    let mut parts = vec![format!("v={FORMAT}")];
    let mut put = |k: &str, v: String| parts.push(format!("{k}={v}"));
    if let Some(f) = a.product {
        put("p", f.id.into());
    }
    if let Some(v) = a.version {
        put("ver", v.id.into());
    }
    if let Some(d) = a.as_of {
        put("d", d.to_string());
    }
    if let Some(x) = a.association {
        put(
            "as",
            if x == Association::Mpn { "mpn" } else { "csp" }.into(),
        );
    }
    if let Some(r) = a.roles {
        let ids: Vec<&str> = r.iter().map(role_key).collect();
        put(
            "r",
            if ids.is_empty() {
                "none".into()
            } else {
                ids.join(",")
            },
        );
    }
    for (k, v) in [
        ("ap", a.action_pack),
        ("sp", a.solutions_partner),
        ("act", a.activated),
        ("lnk", a.contract_linked),
        ("exp", a.contract_expired),
        ("cust", a.for_customer),
        ("csp", a.csp_subscription),
        ("cc", a.comp_cloud),
    ] {
        if let Some(b) = v {
            put(k, yes_no(b).into());
        }
    }
    if let Some(c) = &a.competencies {
        let items: Vec<String> = c
            .iter()
            .map(|h| {
                format!(
                    "{}:{}",
                    h.competency.id,
                    if h.level == Level::Gold { "g" } else { "s" }
                )
            })
            .collect();
        put(
            "c",
            if items.is_empty() {
                "none".into()
            } else {
                items.join(",")
            },
        );
    }
    if let Some(level) = a.comp_level {
        put("cl", level_key(level).into());
    }
    if let Some(n) = a.incidents_used {
        put("inc", n.to_string());
    }
    parts.join("&")
}

fn level_key(level: Option<Level>) -> &'static str {
    match level {
        None => "n",
        Some(Level::Silver) => "s",
        Some(Level::Gold) => "g",
    }
}

fn role_key(r: Role) -> &'static str {
    match r {
        Role::GlobalAdmin => "ga",
        Role::MpnPartnerAdmin => "pa",
        Role::AdminAgent => "aa",
    }
}

/// Reads a fragment (with or without `#`), keeping what is valid and noting what is not.
pub fn decode(fragment: &str) -> (Answers, Vec<Notice>) {
    let mut a = Answers::default();
    let mut notices = Vec::new();
    let frag = fragment.strip_prefix('#').unwrap_or(fragment);
    if frag.len() > MAX_LEN {
        return (a, vec![Notice::TooLong]);
    }
    // The version's id, and its part of the link as given (for the notice).
    let mut version_id: Option<(String, &str)> = None;
    let mut seen: Vec<String> = Vec::new();
    let mut dropped: Vec<String> = Vec::new();
    for pair in frag.split('&').filter(|p| !p.is_empty()) {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        // Links copied through mail or chat arrive percent-encoded (`sql%2Dserver`).
        let (Some(k), Some(v)) = (percent_decoded(k), percent_decoded(v)) else {
            dropped.push(shorten(pair));
            continue;
        };
        let (k, v) = (k.as_str(), v.as_str());
        // A key given twice: the first one stands, the other is said to be left out.
        if seen.iter().any(|s| s == k) {
            dropped.push(shorten(pair));
            continue;
        }
        seen.push(k.to_owned());
        let ok = match k {
            "v" => {
                if v != FORMAT {
                    notices.push(Notice::UnknownFormat);
                }
                true
            }
            "p" => set(&mut a.product, catalog::family(v)),
            "ver" => {
                version_id = Some((v.to_owned(), pair));
                true
            }
            "d" => set(&mut a.as_of, Date::parse(v)),
            "as" => set(
                &mut a.association,
                match v {
                    "mpn" => Some(Association::Mpn),
                    "csp" => Some(Association::CspOnly),
                    _ => None,
                },
            ),
            "r" => set(&mut a.roles, roles(v)),
            "ap" => set(&mut a.action_pack, flag(v)),
            "sp" => set(&mut a.solutions_partner, flag(v)),
            "act" => set(&mut a.activated, flag(v)),
            "lnk" => set(&mut a.contract_linked, flag(v)),
            "exp" => set(&mut a.contract_expired, flag(v)),
            "cust" => set(&mut a.for_customer, flag(v)),
            "csp" => set(&mut a.csp_subscription, flag(v)),
            "c" => set(&mut a.competencies, competencies(v)),
            "cl" => set(
                &mut a.comp_level,
                [None, Some(Level::Silver), Some(Level::Gold)]
                    .into_iter()
                    .find(|l| level_key(*l) == v),
            ),
            "cc" => set(&mut a.comp_cloud, flag(v)),
            // Every count the form accepts (a whole number up to u32::MAX) comes back.
            "inc" => set(
                &mut a.incidents_used,
                v.parse::<u32>().ok().filter(|_| v.len() <= 10),
            ),
            _ => false,
        };
        if !ok {
            dropped.push(shorten(pair));
        }
    }
    if let Some((id, pair)) = version_id {
        let found = a
            .product
            .filter(|f| f.kind == FamilyKind::OnPremises)
            .and_then(|f| f.version(&id));
        if found.is_none() {
            dropped.push(shorten(pair));
        }
        a.version = found;
    }
    // A few left-out parts are named one by one; a link full of junk gets one notice.
    if dropped.len() > MAX_NOTICES {
        let n = dropped.len();
        notices.push(Notice::Dropped(shorten(&format!(
            "{n} parts, e.g. {}",
            dropped[0]
        ))));
    } else {
        notices.extend(dropped.into_iter().map(Notice::Dropped));
    }
    (a, notices)
}

/// More left-out parts than this are said in one notice.
pub const MAX_NOTICES: usize = 5;

/// The value of one hex digit (no parsing machinery in the page's wasm).
fn hex(c: u8) -> Option<u8> {
    match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        b'A'..=b'F' => Some(c - b'A' + 10),
        _ => None,
    }
}

/// `%XX` sequences decoded; `None` for a broken escape or a byte that is not ASCII.
fn percent_decoded(s: &str) -> Option<String> {
    if !s.contains('%') {
        return Some(s.to_owned());
    }
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' {
            let hi = hex(*b.get(i + 1)?)?;
            let lo = hex(*b.get(i + 2)?)?;
            out.push(hi << 4 | lo);
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    // Every value a link holds is ASCII (ids, dates, counts); anything else is not ours.
    out.iter()
        .all(u8::is_ascii)
        .then(|| out.iter().map(|&b| char::from(b)).collect())
}

fn set<T>(slot: &mut Option<T>, value: Option<T>) -> bool {
    let ok = value.is_some();
    if ok {
        *slot = value;
    }
    ok
}

fn flag(v: &str) -> Option<bool> {
    match v {
        "1" => Some(true),
        "0" => Some(false),
        _ => None,
    }
}

fn roles(v: &str) -> Option<Roles> {
    if v == "none" {
        return Some(Roles::NONE);
    }
    v.split(',').try_fold(Roles::NONE, |acc, k| {
        let role = match k {
            "ga" => Role::GlobalAdmin,
            "pa" => Role::MpnPartnerAdmin,
            "aa" => Role::AdminAgent,
            _ => return None,
        };
        Some(acc.with(role))
    })
}

fn competencies(v: &str) -> Option<Vec<Held>> {
    if v == "none" {
        return Some(Vec::new());
    }
    let mut held: Vec<Held> = Vec::new();
    for item in v.split(',') {
        let (id, level) = item.split_once(':')?;
        let competency = catalog::competency(id)?;
        let level = match level {
            "s" => Level::Silver,
            "g" => Level::Gold,
            _ => return None,
        };
        if held.iter().any(|h| h.competency.id == id) {
            return None;
        }
        held.push(Held { competency, level });
    }
    Some(held)
}

/// A dropped part, cut to 40 characters for the notice (it is shown as text, never as HTML).
fn shorten(s: &str) -> String {
    let mut out: String = s.chars().take(40).collect();
    if s.chars().count() > 40 {
        out.push('…');
    }
    out
}
