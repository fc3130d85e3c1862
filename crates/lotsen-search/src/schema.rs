//! The index's fields and its two analysers: words folded to lower case, cut at 40
//! bytes, and stemmed as Swedish (`sv`, a definite ending taken off first) or as
//! English (`en`).

use tantivy::schema::{
    FAST, Field, INDEXED, IndexRecordOption, STORED, STRING, Schema, TextFieldIndexing, TextOptions,
};
use tantivy::tokenizer::{
    Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer, TextAnalyzer,
};

/// Bumped whenever the fields change; an index of another version is rebuilt.
pub const SCHEMA_VERSION: u32 = 2;

/// The fields.
#[derive(Debug, Clone, Copy)]
pub struct Fields {
    /// `case`, `message` or `article`.
    pub kind: Field,
    /// The case's, message's or article's id.
    pub doc_id: Field,
    /// The case a case or message document belongs to.
    pub case_id: Field,
    /// The case's reference (`L-000123`).
    pub reference: Field,
    /// The subject or title, Swedish analysis (stored).
    pub title_sv: Field,
    /// The same, English analysis.
    pub title_en: Field,
    /// The text, redacted, Swedish analysis (stored, for snippets).
    pub body_sv: Field,
    /// The same, English analysis.
    pub body_en: Field,
    /// The case's status.
    pub status: Field,
    /// The case's team.
    pub team: Field,
    /// The message's channel (a case document: its first channel).
    pub channel: Field,
    /// The incidents the case is linked to.
    pub incident: Field,
    /// An article's audience (`internal`, `public`).
    pub audience: Field,
    /// An article's language.
    pub language: Field,
    /// When (microseconds): the message's time, the case's creation, the article's
    /// last change.
    pub at: Field,
}

fn text(tokenizer: &str, stored: bool) -> TextOptions {
    let options = TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(tokenizer)
            .set_index_option(IndexRecordOption::WithFreqsAndPositions),
    );
    if stored {
        options.set_stored()
    } else {
        options
    }
}

/// The schema and its fields.
pub fn build() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let fields = Fields {
        kind: b.add_text_field("kind", STRING | STORED),
        doc_id: b.add_text_field("doc_id", STRING | STORED),
        case_id: b.add_text_field("case_id", STRING | STORED),
        reference: b.add_text_field("reference", STRING | STORED),
        title_sv: b.add_text_field("title_sv", text("sv", true)),
        title_en: b.add_text_field("title_en", text("en", false)),
        body_sv: b.add_text_field("body_sv", text("sv", true)),
        body_en: b.add_text_field("body_en", text("en", false)),
        status: b.add_text_field("status", STRING | STORED),
        team: b.add_text_field("team", STRING),
        channel: b.add_text_field("channel", STRING | STORED),
        incident: b.add_text_field("incident", STRING),
        audience: b.add_text_field("audience", STRING | STORED),
        language: b.add_text_field("language", STRING | STORED),
        at: b.add_i64_field("at", INDEXED | FAST | STORED),
    };
    (b.build(), fields)
}

fn analyser(language: Language) -> TextAnalyzer {
    let words = TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(40))
        .filter(LowerCaser);
    match language {
        Language::Swedish => words
            .filter(crate::definite::SwedishDefinite)
            .filter(Stemmer::new(language))
            .build(),
        _ => words.filter(Stemmer::new(language)).build(),
    }
}

/// Registers the `sv` and `en` analysers with an index.
pub fn register(index: &tantivy::Index) {
    index
        .tokenizers()
        .register("sv", analyser(Language::Swedish));
    index
        .tokenizers()
        .register("en", analyser(Language::English));
}
