//! A decision that comes from outside (the JS API's `describe`) is checked against the checker's
//! own tables before it is described: every link is one of ours (by URL or link id), and every
//! name it makes us say (the product, the lifecycle's family and version) is the catalog's. A
//! forged `javascript:` link or product name is an error naming the field, never passed through.

use crate::rules::catalog;
use crate::rules::decision::Decision;
use crate::rules::error::{cut, err, InputError};
use crate::rules::links;

fn known_link(s: &str) -> bool {
    links::ALL_LINKS.iter().any(|l| l.url == s || l.id == s)
}

fn link(field: String, s: &str) -> Result<(), InputError> {
    if known_link(s) {
        return Ok(());
    }
    Err(err(
        field,
        format!(
            "{:?} is not one of the checker's links (pass a decision returned by check)",
            cut(s)
        ),
    ))
}

/// `Ok` when every link and name of `d` comes from the checker's own tables.
pub fn check(d: &Decision) -> Result<(), InputError> {
    if catalog::family(&d.product).is_none() {
        return Err(err(
            "decision.product",
            format!("{:?} is not a product of the catalog", cut(&d.product)),
        ));
    }
    for (i, r) in d.routes.iter().enumerate() {
        link(format!("decision.routes[{i}].portal"), &r.portal)?;
    }
    for (i, s) in d.steps.iter().enumerate() {
        if let Some(l) = &s.link {
            link(format!("decision.steps[{i}].link"), l)?;
        }
    }
    for (i, a) in d.alternatives.iter().enumerate() {
        if let Some(l) = &a.link {
            link(format!("decision.alternatives[{i}].link"), l)?;
        }
    }
    if let Some(lc) = &d.lifecycle {
        let Some(f) = catalog::family(&lc.family) else {
            return Err(err(
                "decision.lifecycle.family",
                format!("{:?} is not a product of the catalog", cut(&lc.family)),
            ));
        };
        if f.version(&lc.version).is_none() {
            return Err(err(
                "decision.lifecycle.version",
                format!("{:?} is not a version of {}", cut(&lc.version), f.id),
            ));
        }
    }
    Ok(())
}
