//! Personal-data detectors: spans (UTF-8 byte offsets), the matched text and a kind.
//! Each candidate must pass its own validation (calendar date, Luhn, mod 11, mod 97, the
//! clearing-range rules); words around it decide between look-alikes and keep order
//! numbers, OCR references, amounts and the company's own numbers out.

pub mod bank;
pub mod checks;
mod context;
pub mod giro;
pub mod iban;
pub mod identity;
mod scan;

use serde::Serialize;

pub use scan::detect;

/// The kinds of personal data the guard finds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PiiKind {
    /// Swedish personal identity number.
    Personnummer,
    /// Swedish coordination number (day + 60).
    Samordningsnummer,
    /// Swedish organisation number.
    Organisationsnummer,
    /// Swedish bank account (clearing + account).
    BankAccount,
    /// Bankgiro number.
    Bankgiro,
    /// Plusgiro number.
    Plusgiro,
    /// Payment-card number.
    CardNumber,
    /// International bank account number.
    Iban,
    /// A private phone number.
    Phone,
    /// An email address.
    Email,
}

impl PiiKind {
    /// Every kind.
    pub const ALL: [Self; 10] = [
        Self::Personnummer,
        Self::Samordningsnummer,
        Self::Organisationsnummer,
        Self::BankAccount,
        Self::Bankgiro,
        Self::Plusgiro,
        Self::CardNumber,
        Self::Iban,
        Self::Phone,
        Self::Email,
    ];

    /// Stable name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Personnummer => "personnummer",
            Self::Samordningsnummer => "samordningsnummer",
            Self::Organisationsnummer => "organisationsnummer",
            Self::BankAccount => "bank_account",
            Self::Bankgiro => "bankgiro",
            Self::Plusgiro => "plusgiro",
            Self::CardNumber => "card_number",
            Self::Iban => "iban",
            Self::Phone => "phone",
            Self::Email => "email",
        }
    }

    /// Parses the stable name.
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// One piece of personal data in a text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PiiSpan {
    /// What it is.
    pub kind: PiiKind,
    /// Start, a UTF-8 byte offset.
    pub start: usize,
    /// End (exclusive), a UTF-8 byte offset.
    pub end: usize,
    /// The text of the span.
    pub text: String,
}

/// Settings for detection.
#[derive(Debug, Clone)]
pub struct PiiOptions {
    /// The current year, for the century of 10-digit identity numbers.
    pub reference_year: i32,
    /// The company's own published numbers (phone numbers in any written form), which are
    /// never personal data.
    pub published_numbers: Vec<String>,
}

impl Default for PiiOptions {
    fn default() -> Self {
        Self {
            reference_year: 2026,
            published_numbers: Vec::new(),
        }
    }
}
