//! The request as JSON gives it (serde DTOs, `deny_unknown_fields`) and its one-time conversion
//! into the validated `Request`, with errors that name the field and the allowed values.

use serde::{Deserialize, Deserializer};

use super::catalog::{self, FamilyKind, COMPETENCIES, FAMILIES};
use super::date::Date;
use super::request::{Association, Held, Level, Product, Request, Role, Roles};
use super::sets::RuleSetId;

pub use super::error::InputError;
use super::error::{cut, err};

/// The request as JSON gives it. serde reads it natively and in the JS API; the element's lean
/// build (without serde's JS reader) fills it in by hand (`src/wasm/plain_fallback.rs`).
#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RequestDto {
    pub as_of: Option<String>,
    pub rule_set: Option<RuleSetId>,
    pub account: Option<AccountDto>,
    pub organization: Option<OrganizationDto>,
    pub benefits: Option<BenefitsDto>,
    pub request: Option<ProductDto>,
}

#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AccountDto {
    pub association: Option<AssociationDto>,
    pub roles: Option<Vec<RoleDto>>,
}

#[derive(Deserialize, Clone, Copy)]
#[serde(rename_all = "camelCase")]
pub enum AssociationDto {
    Mpn,
    CspOnly,
}

#[derive(Deserialize, Clone, Copy)]
#[serde(rename_all = "camelCase")]
pub enum RoleDto {
    GlobalAdmin,
    MpnPartnerAdmin,
    AdminAgent,
}

#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct OrganizationDto {
    pub action_pack: Option<bool>,
    pub competencies: Option<Vec<CompetencyDto>>,
    pub solutions_partner: Option<bool>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CompetencyDto {
    /// Both are required: `convert` names the one missing (serde would name no field).
    pub id: Option<String>,
    pub level: Option<LevelDto>,
}

#[derive(Deserialize, Clone, Copy)]
#[serde(rename_all = "camelCase")]
pub enum LevelDto {
    Silver,
    Gold,
}

#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct BenefitsDto {
    pub activated: Option<bool>,
    pub contract_linked: Option<bool>,
    pub contract_expired: Option<bool>,
    pub incidents_used: Option<f64>,
}

#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ProductDto {
    pub product: Option<String>,
    pub version: Option<String>,
    pub for_customer: Option<bool>,
    pub csp_subscription: Option<bool>,
}

/// Reads a request whose shape and leaf types were already checked (the wasm API checks them
/// in JS against `schema::REQUEST`), so a serde error here names no field.
pub fn parse_checked<'de, D: Deserializer<'de>>(de: D, today: Date) -> Result<Request, InputError> {
    let dto = RequestDto::deserialize(de).map_err(|e| err("request body", e.to_string()))?;
    convert(dto, today)
}

/// Reads a JSON request natively: the shape is checked against `schema::REQUEST` first (the
/// same check, with the same messages, that the wasm API does in JS), then serde reads it and
/// names the field of anything left; `today` stands in for an omitted `asOf`.
#[cfg(not(target_arch = "wasm32"))]
pub fn parse(v: &serde_json::Value, today: Date) -> Result<Request, InputError> {
    super::schema::check_value(v)?;
    let dto: RequestDto = serde_path_to_error::deserialize(v).map_err(|e| {
        let path = e.path().to_string();
        let field = if path == "." {
            "request body".to_string()
        } else {
            path
        };
        err(field, cut(&e.into_inner().to_string()))
    })?;
    convert(dto, today)
}

/// The validated request a DTO gives, or the error naming its field (`today` for no `asOf`).
pub fn convert(dto: RequestDto, today: Date) -> Result<Request, InputError> {
    let as_of = match dto.as_of.as_deref() {
        None => today,
        Some(s) => Date::parse(s).ok_or_else(|| {
            err(
                "asOf",
                format!(
                    "{} is not a real calendar date in the form YYYY-MM-DD",
                    shown(s)
                ),
            )
        })?,
    };
    let p = dto.request.ok_or_else(|| {
        err(
            "request",
            format!(
                "missing; it must give at least `product` ({})",
                family_ids()
            ),
        )
    })?;
    let product = product(&p)?;
    let account = dto.account.unwrap_or_default();
    let org = dto.organization.unwrap_or_default();
    let benefits = dto.benefits.unwrap_or_default();
    Ok(Request {
        as_of,
        rule_set: dto.rule_set,
        association: account.association.map(|a| match a {
            AssociationDto::Mpn => Association::Mpn,
            AssociationDto::CspOnly => Association::CspOnly,
        }),
        roles: account.roles.map(|rs| {
            rs.into_iter().fold(Roles::NONE, |acc, r| {
                acc.with(match r {
                    RoleDto::GlobalAdmin => Role::GlobalAdmin,
                    RoleDto::MpnPartnerAdmin => Role::MpnPartnerAdmin,
                    RoleDto::AdminAgent => Role::AdminAgent,
                })
            })
        }),
        action_pack: org.action_pack,
        competencies: org.competencies.map(competencies).transpose()?,
        solutions_partner: org.solutions_partner,
        activated: benefits.activated,
        contract_linked: benefits.contract_linked,
        contract_expired: benefits.contract_expired,
        incidents_used: benefits.incidents_used.map(incidents_used).transpose()?,
        product,
        for_customer: p.for_customer,
        csp_subscription: p.csp_subscription,
    })
}

fn product(p: &ProductDto) -> Result<Product, InputError> {
    let Some(id) = p.product.as_deref() else {
        return Err(err(
            "request.product",
            format!("missing; expected one of {}", family_ids()),
        ));
    };
    let family = catalog::family(id).ok_or_else(|| {
        err(
            "request.product",
            format!(
                "{} is not a product (expected one of {})",
                shown(id),
                family_ids()
            ),
        )
    })?;
    let version = match (p.version.as_deref(), family.kind) {
        (None, _) => None,
        (Some(v), FamilyKind::Cloud) => {
            return Err(err(
                "request.version",
                format!(
                    "{} given, but {id} is a cloud product and has no versions",
                    shown(v)
                ),
            ))
        }
        (Some(v), FamilyKind::OnPremises) => Some(family.version(v).ok_or_else(|| {
            let ids: Vec<&str> = family.versions.iter().map(|v| v.id).collect();
            err(
                "request.version",
                format!("{} is not a version of {id} ({})", shown(v), ids.join(", ")),
            )
        })?),
    };
    Ok(Product::new(family, version))
}

fn competencies(list: Vec<CompetencyDto>) -> Result<Vec<Held>, InputError> {
    // Each competency at most once: a longer list has a repeat or an unknown id, and checking
    // repeats pairwise in a huge list would take quadratic time.
    if list.len() > COMPETENCIES.len() {
        return Err(err(
            "organization.competencies",
            format!(
                "{} entries, but there are only {} competencies; list each once",
                list.len(),
                COMPETENCIES.len()
            ),
        ));
    }
    let mut held: Vec<Held> = Vec::with_capacity(list.len());
    for (i, c) in list.into_iter().enumerate() {
        let field = format!("organization.competencies[{i}].id");
        let ids = || {
            let ids: Vec<&str> = COMPETENCIES.iter().map(|c| c.id).collect();
            ids.join(", ")
        };
        let Some(id) = c.id else {
            return Err(err(field, format!("missing; expected one of {}", ids())));
        };
        let competency = catalog::competency(&id).ok_or_else(|| {
            err(
                field.clone(),
                format!(
                    "{} is not a competency (expected one of {})",
                    shown(&id),
                    ids()
                ),
            )
        })?;
        if held.iter().any(|h| h.competency.id == competency.id) {
            return Err(err(
                field,
                format!(
                    "{} is listed twice; list each competency once, at its level",
                    shown(&id)
                ),
            ));
        }
        let level = match c.level {
            Some(LevelDto::Silver) => Level::Silver,
            Some(LevelDto::Gold) => Level::Gold,
            None => {
                return Err(err(
                    format!("organization.competencies[{i}].level"),
                    "missing; expected silver or gold".to_string(),
                ))
            }
        };
        held.push(Held { competency, level });
    }
    Ok(held)
}

fn incidents_used(n: f64) -> Result<u32, InputError> {
    if n.is_finite() && n >= 0.0 && n.fract() == 0.0 && n <= f64::from(u32::MAX) {
        // In range and whole: the conversion is exact.
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        return Ok(n as u32);
    }
    // Described without float formatting, which would cost the wasm 15 KB.
    let what = if n.is_nan() {
        "NaN".to_string()
    } else if n < 0.0 {
        "a negative number".to_string()
    } else if n.fract() != 0.0 {
        "a fractional number".to_string()
    } else {
        "too large".to_string()
    };
    Err(err(
        "benefits.incidentsUsed",
        format!("{what}: expected a whole number from 0 to {}", u32::MAX),
    ))
}

/// A value as it is quoted in an error: in double quotes, cut to 40 characters.
fn shown(s: &str) -> String {
    format!("{:?}", cut(s))
}

fn family_ids() -> String {
    let ids: Vec<&str> = FAMILIES.iter().map(|f| f.id).collect();
    ids.join(", ")
}
