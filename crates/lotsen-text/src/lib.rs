//! The text guard: finds Swedish personal data, applies a code of conduct, reads the tone
//! of customer posts and lints agents' drafts. Pure: no I/O, no clock, no global state.

pub mod lang;
pub mod lint;
pub mod manager;
pub mod model;
pub mod moderation;
pub mod pii;
pub mod redact;
pub mod similar;
pub mod tone;
pub mod words;

use serde::Serialize;

pub use lang::Language;
pub use lint::{LintCode, LintContext, LintHint, lint};
pub use manager::asks_for_manager;
pub use moderation::{Category, Staff, Violation};
pub use pii::{PiiKind, PiiOptions, PiiSpan, detect};
pub use redact::redact;
pub use similar::{Terms, terms};
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
    pub staff: Staff,
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

/// The language of a text alone (what `analyze` reports, without the rest).
pub fn language(text: &str) -> Language {
    let mut arena = String::new();
    let words = words::words(text, &mut arena);
    lang::detect(text, &words)
}

/// Analyses one text.
pub fn analyze(text: &str, visibility: Visibility, options: &AnalysisOptions) -> Analysis {
    let pii = detect(text, &options.pii);
    let mut arena = String::new();
    let words = words::words(text, &mut arena);
    let mut reading = moderation::read(text, &words, &options.staff);
    // The runs of `!` and `?` are read once, for the tone and for the model.
    let marks = words::Marks::of(text);
    let (rule_tone, signals) = tone::read_marked(text, &words, &reading, marks);
    let language = lang::detect(text, &words);
    let model = model::Model::get();
    let (moderation, tone) = if model.is_empty() {
        (reading.violations, rule_tone)
    } else {
        let rules = model::RuleView {
            reading: &reading,
            tone: rule_tone,
            signals: &signals,
            marks,
        };
        let decision = model.decide(&words, rules);
        let mut violations = std::mem::take(&mut reading.violations);
        for category in decision.categories() {
            if violations.iter().any(|v| v.category == category) {
                continue;
            }
            let word = decision.evidence[category as usize]
                .or_else(|| reading.hits.first().map(|h| h.first))
                .and_then(|i| words.get(i));
            let (start, end) = word.map_or((0, text.len()), |w| (w.start, w.end));
            violations.push(Violation {
                category,
                start,
                end,
                evidence: text[start..end].to_owned(),
            });
        }
        violations.sort_by_key(|v| v.category);
        (violations, decision.tone)
    };
    let hide = visibility == Visibility::Public && (!pii.is_empty() || !moderation.is_empty());
    Analysis {
        pii,
        moderation,
        tone,
        signals,
        language,
        hide,
    }
}
