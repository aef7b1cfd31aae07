//! The element's lean build's fallback (`io.rs`), without serde's JS reader: the request's
//! snapshot, already checked against the schema in `strict.js`, is copied into the core's DTO
//! by hand and converted there, so every error names its field as the JS API's would.

use js_sys::{Array, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::rules::date::Date;
use crate::rules::decision::Decision;
use crate::rules::input::{
    self, AccountDto, AssociationDto, BenefitsDto, CompetencyDto, InputError, LevelDto,
    OrganizationDto, ProductDto, RequestDto, RoleDto,
};
use crate::rules::request::Request;
use crate::rules::sets::RuleSetId;

/// The request in a schema-valid snapshot (a plain object), or the error naming its field.
pub fn request(snapshot: JsValue, today: Date) -> Result<Request, InputError> {
    let dto = dto(&snapshot).ok_or_else(|| InputError {
        field: "request body".into(),
        message: "could not be read".into(),
    })?;
    input::convert(dto, today)
}

/// The decision as a plain JS object: JSON from serde, read by `JSON.parse`.
pub fn decision(decision: &Decision) -> Result<JsValue, JsError> {
    let json = serde_json::to_string(decision).map_err(|e| JsError::new(&e.to_string()))?;
    js_sys::JSON::parse(&json).map_err(|_| JsError::new("the checker could not give its decision"))
}

/// The value at `key`, `None` when absent or null.
fn at(o: &JsValue, key: &str) -> Option<JsValue> {
    let v = Reflect::get(o, &JsValue::from_str(key)).ok()?;
    (!v.is_null() && !v.is_undefined()).then_some(v)
}

/// `Some(None)` when absent; `Some(Some(x))` when `read` takes it; `None` when it does not.
fn field<T>(o: &JsValue, key: &str, read: impl FnOnce(JsValue) -> Option<T>) -> Option<Option<T>> {
    match at(o, key) {
        None => Some(None),
        Some(v) => read(v).map(Some),
    }
}

fn string(v: JsValue) -> Option<String> {
    v.as_string()
}

fn boolean(v: JsValue) -> Option<bool> {
    v.as_bool()
}

fn list<T>(v: JsValue, mut item: impl FnMut(JsValue) -> Option<T>) -> Option<Vec<T>> {
    v.dyn_into::<Array>().ok()?.iter().map(&mut item).collect()
}

fn dto(s: &JsValue) -> Option<RequestDto> {
    let rule_set = field(s, "ruleSet", |v| match v.as_string()?.as_str() {
        "mpn-2021" => Some(RuleSetId::Mpn2021),
        "cpp-2023" => Some(RuleSetId::Cpp2023),
        _ => None,
    })?;
    let account = field(s, "account", |a| {
        Some(AccountDto {
            association: field(&a, "association", |v| match v.as_string()?.as_str() {
                "mpn" => Some(AssociationDto::Mpn),
                "cspOnly" => Some(AssociationDto::CspOnly),
                _ => None,
            })?,
            roles: field(&a, "roles", |v| {
                list(v, |r| match r.as_string()?.as_str() {
                    "globalAdmin" => Some(RoleDto::GlobalAdmin),
                    "mpnPartnerAdmin" => Some(RoleDto::MpnPartnerAdmin),
                    "adminAgent" => Some(RoleDto::AdminAgent),
                    _ => None,
                })
            })?,
        })
    })?;
    let organization = field(s, "organization", |o| {
        Some(OrganizationDto {
            action_pack: field(&o, "actionPack", boolean)?,
            competencies: field(&o, "competencies", |v| {
                list(v, |c| {
                    Some(CompetencyDto {
                        id: field(&c, "id", string)?,
                        level: field(&c, "level", |v| match v.as_string()?.as_str() {
                            "silver" => Some(LevelDto::Silver),
                            "gold" => Some(LevelDto::Gold),
                            _ => None,
                        })?,
                    })
                })
            })?,
            solutions_partner: field(&o, "solutionsPartner", boolean)?,
        })
    })?;
    let benefits = field(s, "benefits", |b| {
        Some(BenefitsDto {
            activated: field(&b, "activated", boolean)?,
            contract_linked: field(&b, "contractLinked", boolean)?,
            contract_expired: field(&b, "contractExpired", boolean)?,
            incidents_used: field(&b, "incidentsUsed", |v| v.as_f64())?,
        })
    })?;
    let request = field(s, "request", |p| {
        Some(ProductDto {
            product: field(&p, "product", string)?,
            version: field(&p, "version", string)?,
            for_customer: field(&p, "forCustomer", boolean)?,
            csp_subscription: field(&p, "cspSubscription", boolean)?,
        })
    })?;
    Some(RequestDto {
        as_of: field(s, "asOf", string)?,
        rule_set,
        account,
        organization,
        benefits,
        request,
    })
}
