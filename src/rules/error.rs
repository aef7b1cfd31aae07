//! Malformed input: `InputError` (the field's dotted path and what is wrong) and how a value is
//! quoted in a message. Shared by the schema check (`schema`) and the DTOs (`input`).

use core::fmt;

/// Malformed input: the dotted path of the field and what is wrong with it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InputError {
    /// Dotted field path, e.g. `request.version` or `organization.competencies[1].id`.
    pub field: String,
    /// What is wrong, with the allowed values.
    pub message: String,
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.field, self.message)
    }
}

impl std::error::Error for InputError {}

/// An error for `field`.
pub fn err(field: impl Into<String>, message: impl Into<String>) -> InputError {
    InputError {
        field: field.into(),
        message: message.into(),
    }
}

/// A key or value as error messages show it: at most 40 characters.
pub fn cut(s: &str) -> String {
    let mut out: String = s.chars().take(40).collect();
    if s.chars().count() > 40 {
        out.push('…');
    }
    out
}
