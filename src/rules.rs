//! The pure rules core: the article's rules and the project's decisions, with no clock, no DOM
//! and no wasm dependency. The date is always a parameter.
//!
//! ```
//! use mpn_eligibility::rules::{self, date::Date};
//! let json = r#"{"asOf":"2021-06-30","organization":{"actionPack":true,"competencies":[]},
//!                "request":{"product":"azure"}}"#;
//! let mut de = serde_json::Deserializer::from_str(json);
//! let req = rules::input::parse_checked(&mut de, Date::ymd(2026, 11, 24)).unwrap();
//! let d = rules::check(&req);
//! assert_eq!(d.blockers[0].rule, "C-1"); // Action Pack gets no Signature Cloud Support
//! ```

pub mod catalog;
pub mod catalog_view;
pub mod date;
pub mod decided;
pub mod decision;
pub mod entitlement;
pub mod error;
pub mod evaluate;
pub mod input;
pub mod lifecycle;
pub mod links;
pub mod partial;
pub mod render;
pub mod request;
pub mod rule;
pub mod schema;
pub mod sets;
pub mod verdict;
pub mod whatif;

use decision::Decision;
use request::{Product, Request};

/// Decides a request: the outcome common to every completion of its unanswered inputs, with
/// routes, blockers, steps, warnings, alternatives, lifecycle, reasons and unknowns.
pub fn check(req: &Request) -> Decision {
    let set = req
        .rule_set
        .map_or_else(|| sets::for_date(req.as_of), sets::by_id);
    let (verdict, unknowns) = partial::solve(req, set);
    let version = match req.product {
        Product::OnPremises { family, version } => version.and_then(|v| family.version_index(v)),
        Product::Cloud(_) => None,
    };
    let cx = render::Context {
        family: req.product.family(),
        version,
        as_of: req.as_of,
        unknowns: &unknowns,
        set,
    };
    render::render(&verdict, &cx)
}
