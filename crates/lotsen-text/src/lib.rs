//! The text guard: finds Swedish personal data, applies a code of conduct, reads the tone
//! of customer posts and lints agents' drafts. Pure: no I/O, no clock, no global state.

pub mod lang;
pub mod lint;
pub mod moderation;
pub mod pii;
pub mod redact;
pub mod tone;
pub mod words;

use serde::Serialize;

pub use lang::Language;
pub use lint::{LintCode, LintContext, LintHint, lint};
pub use moderation::{Category, Violation};
pub use pii::{PiiKind, PiiOptions, PiiSpan, detect};
pub use redact::redact;
pub use tone::{Signal, Tone};

/// Whether a text was written in public or in private.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Visibility {
    /// A public post or comment.
    Public,
    /// A private message.
    Private,
}

/// What the guard needs besides the text.
#[derive(Debug, Clone, Default)]
pub struct AnalysisOptions {
    /// Personal-data settings.
    pub pii: PiiOptions,
    /// Names and aliases of the company's staff.
    pub staff_names: Vec<String>,
}

/// Everything the guard says about one text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Analysis {
    /// Personal data found.
    pub pii: Vec<PiiSpan>,
    /// Code-of-conduct violations.
    pub moderation: Vec<Violation>,
    /// Tone.
    pub tone: Tone,
    /// Signals behind the tone.
    pub signals: Vec<Signal>,
    /// Language.
    pub language: Language,
    /// Whether a public post should be hidden (personal data in public, or a violation).
    pub hide: bool,
}

/// Analyses one text.
pub fn analyze(text: &str, visibility: Visibility, options: &AnalysisOptions) -> Analysis {
    let pii = detect(text, &options.pii);
    let mut arena = String::new();
    let words = words::words(text, &mut arena);
    let reading = moderation::read(text, &words, &options.staff_names);
    let (tone, signals) = tone::read(text, &words, &reading);
    let language = lang::detect(text, &words);
    let hide =
        visibility == Visibility::Public && (!pii.is_empty() || !reading.violations.is_empty());
    Analysis {
        pii,
        moderation: reading.violations,
        tone,
        signals,
        language,
        hide,
    }
}
