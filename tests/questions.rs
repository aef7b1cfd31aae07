//! The order the page asks its questions in (`questions.rs`, issue 15), walked as a person in a
//! hurry walks it: after each answer, the first question the page still needs is answered from
//! the case, until the answer is decided. Every public case ends where `check` ends with all
//! its answers, and the Azure-for-a-CSP-customer "Yes" takes at most five answers.

#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used)]

mod common;

use mpn_eligibility::describe::{self, Lang};
use mpn_eligibility::questions::{self, Question};
use mpn_eligibility::rules::date::Date;
use mpn_eligibility::rules::decision::{Decision, Outcome, RouteId};
use mpn_eligibility::rules::request::Request;
use mpn_eligibility::rules::{self, input, sets};
use mpn_eligibility::share::Answers;

const TODAY: Date = Date::ymd(2026, 12, 1);

thread_local! {
    /// Every decision a walk showed on the way (the page's partial answers).
    static SEEN: std::cell::RefCell<Vec<Decision>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Copies the target's answer to one question.
fn answer(q: Question, from: &Answers, to: &mut Answers) {
    match q {
        Question::Version => to.version = from.version,
        Question::SolutionsPartner => to.solutions_partner = from.solutions_partner,
        Question::ActionPack => to.action_pack = from.action_pack,
        Question::CompLevel | Question::CompCloud => to.competencies.clone_from(&from.competencies),
        Question::Association => to.association = from.association,
        Question::Roles => to.roles = from.roles,
        Question::Activated => to.activated = from.activated,
        Question::Linked => to.contract_linked = from.contract_linked,
        Question::Expired => to.contract_expired = from.contract_expired,
        Question::Incidents => to.incidents_used = from.incidents_used,
        Question::ForCustomer => to.for_customer = from.for_customer,
        Question::Csp => to.csp_subscription = from.csp_subscription,
    }
}

fn decide(a: &Answers, target: &Request) -> Decision {
    let mut req = a.request(TODAY).unwrap();
    req.rule_set = target.rule_set;
    rules::check(&req)
}

/// The questions answered, in the page's order, and the decision the walk ends on.
fn walk(target: &Request) -> (Vec<Question>, Decision) {
    walk_by(target, questions::order)
}

/// The form's order before issue 15: the article's, whatever the product.
fn fixed_order(a: &Answers) -> Vec<Question> {
    use questions::Group::*;
    [Product, Org, Person, Benefits, Customer]
        .iter()
        .flat_map(|g| {
            let mut q = g.questions(a).to_vec();
            if *g == Person {
                q.sort_by_key(|q| *q != Question::Association);
            }
            q
        })
        .collect()
}

/// The questions answered in the order `order` gives, and the decision the walk ends on.
fn walk_by(target: &Request, order: fn(&Answers) -> Vec<Question>) -> (Vec<Question>, Decision) {
    let full = Answers::from_request(target, TODAY);
    let mut a = Answers {
        product: full.product,
        as_of: full.as_of,
        ..Answers::default()
    };
    let mut asked = Vec::new();
    let mut skipped = Vec::new();
    loop {
        let d = decide(&a, target);
        SEEN.with(|s| s.borrow_mut().push(d.clone()));
        if d.outcome != Outcome::Undetermined {
            return (asked, d);
        }
        let designation = sets::by_id(d.rule_set).differs.designation;
        let unknowns: Vec<&str> = d.unknowns.iter().map(|u| u.as_ref()).collect();
        let next = order(&a)
            .into_iter()
            .find(|q| q.needed(&a, &unknowns, designation) && !skipped.contains(q));
        let Some(q) = next else {
            return (asked, d);
        };
        let before = a.clone();
        answer(q, &full, &mut a);
        if a == before {
            // The case leaves it unanswered: a person skips it too.
            skipped.push(q);
        } else {
            asked.push(q);
        }
        assert!(asked.len() + skipped.len() <= 20, "the walk does not end");
    }
}

#[test]
fn every_public_case_walked_in_the_page_order_ends_on_its_own_outcome() {
    let (mut total, mut before, mut count) = (0, 0, 0);
    for (name, request, _) in common::cases() {
        let Ok(target) = input::parse(&request, TODAY) else {
            continue;
        };
        let (asked, end) = walk(&target);
        let whole = rules::check(&target);
        assert_eq!(end.outcome, whole.outcome, "{name}: walked {asked:?}");
        // No question is asked twice, and each one asked was still needed.
        for (i, q) in asked.iter().enumerate() {
            assert!(!asked[..i].contains(q), "{name}: {q:?} twice in {asked:?}");
        }
        let (fixed, _) = walk_by(&target, fixed_order);
        total += asked.len() + 1;
        before += fixed.len() + 1;
        count += 1;
    }
    assert!(count > 50, "only {count} cases");
    // For the note: the answers a person gives on average (product included), and before.
    let avg = |n: usize| n as f64 / count as f64;
    println!(
        "{count} cases: {:.2} answers on average ({:.2} in the fixed order)",
        avg(total),
        avg(before)
    );
    assert!(total <= before, "{total} > {before}");
}

#[test]
fn azure_for_a_csp_customer_is_a_yes_in_at_most_five_answers() {
    let mut seen = 0;
    for (name, request, expect) in common::cases() {
        let target = input::parse(&request, TODAY).unwrap();
        let azure_csp = target.product.family().id == "azure"
            && target.for_customer == Some(true)
            && target.csp_subscription == Some(true);
        if !azure_csp || expect["outcome"] != "eligible" {
            continue;
        }
        let (asked, end) = walk(&target);
        assert_eq!(end.outcome, Outcome::Eligible, "{name}");
        assert!(asked.len() < 5, "{name}: product + {asked:?}");
        seen += 1;
    }
    assert!(seen >= 2, "{seen} cases");
}

#[test]
fn a_cloud_product_asks_whom_the_support_is_for_first() {
    let azure = mpn_eligibility::rules::catalog::family("azure").unwrap();
    let a = Answers {
        product: Some(azure),
        ..Answers::default()
    };
    let order = questions::order(&a);
    // (The version comes with the product, and is not asked for a cloud product.)
    assert_eq!(
        order[1..4],
        [Question::ForCustomer, Question::Csp, Question::Roles]
    );
    // For the own organisation, the membership comes before the person.
    let own = Answers {
        for_customer: Some(false),
        ..a
    };
    let order = questions::order(&own);
    assert_eq!(
        order[3..5],
        [Question::SolutionsPartner, Question::ActionPack]
    );
    assert!(!Question::Csp.asked(&own, true));
}

#[test]
fn an_on_premises_product_asks_the_version_then_the_membership() {
    let sql = mpn_eligibility::rules::catalog::family("sql-server").unwrap();
    let a = Answers {
        product: Some(sql),
        ..Answers::default()
    };
    let order = questions::order(&a);
    assert_eq!(order[0], Question::Version);
    assert_eq!(order[1], Question::SolutionsPartner);
    let person = order
        .iter()
        .position(|q| *q == Question::Association)
        .unwrap();
    let benefits = order
        .iter()
        .position(|q| *q == Question::Activated)
        .unwrap();
    assert!(benefits < person, "{order:?}");
    assert!(!Question::ForCustomer.asked(&a, true));
    assert!(!Question::CompCloud.asked(&a, true));
}

#[test]
fn the_headline_never_says_not_decided_above_a_route_it_lists_as_certain() {
    let (mut with_route, mut two_routes) = (0, 0);
    for (_, request, _) in common::cases() {
        let Ok(target) = input::parse(&request, TODAY) else {
            continue;
        };
        // Every partial answer on the way, and each case with only its product, and with
        // every other question left out.
        SEEN.with(|s| s.borrow_mut().clear());
        walk(&target);
        let mut seen = SEEN.with(|s| s.take());
        let halves = [0, 1].map(|half| {
            let mut r = target.clone();
            if half == 0 {
                (r.association, r.action_pack, r.activated) = (None, None, None);
                (r.contract_expired, r.for_customer) = (None, None);
            } else {
                (r.roles, r.competencies, r.contract_linked) = (None, None, None);
                (r.incidents_used, r.csp_subscription) = (None, None);
            }
            rules::check(&r)
        });
        seen.extend(halves);
        seen.push(rules::check(&target));
        for d in seen {
            for lang in [Lang::En, Lang::Pl] {
                let text = describe::describe(&d, lang);
                let open = ["Not decided", "Jeszcze nie wiadomo"];
                if d.outcome == Outcome::Undetermined && !d.routes.is_empty() {
                    with_route += 1;
                    assert!(
                        !open.iter().any(|o| text.headline.contains(o)),
                        "{}",
                        text.headline
                    );
                    // It names the route the body lists first.
                    let via = [
                        "Product Support",
                        "Signature Cloud Support",
                        "Cloud Solution Provider",
                    ];
                    assert!(
                        via.iter().any(|v| text.headline.contains(v)),
                        "{}",
                        text.headline
                    );
                }
                if d.routes.len() > 1 {
                    two_routes += 1;
                    // It recommends the first route, the one the headline names, before the other.
                    let r = text.recommendation.as_deref().unwrap_or_default();
                    let at = |id: RouteId| {
                        r.find(match id {
                            RouteId::ProductSupport => "Product Support",
                            RouteId::SignatureCloudSupport => "Signature",
                            RouteId::CspSupportPlan => "Cloud Solution Provider",
                        })
                    };
                    let (first, second) = (at(d.routes[0].id), at(d.routes[1].id));
                    assert!(first.is_some() && first < second, "{r}");
                    assert!(
                        r.starts_with("Use ") || r.starts_with("Skorzystaj z "),
                        "{r}"
                    );
                } else {
                    assert_eq!(text.recommendation, None);
                }
            }
        }
    }
    assert!(
        with_route > 10,
        "only {with_route} undecided answers with a certain route"
    );
    assert!(two_routes > 4, "only {two_routes} answers with two routes");
}
