//! What is indexed, in domain terms, and how it becomes tantivy documents: a case (its
//! subject and resolution), each of its messages (carrying the case's status, team and
//! incidents, so filters apply to them too, and its subject) and each article. Every text is redacted
//! before it reaches the index.

use jiff::Timestamp;
use lotsen_domain::{ArticleId, CaseId, Channel, IncidentId, MessageId, Status, TeamId};
use tantivy::TantivyDocument;

use crate::schema::Fields;

/// A text with every piece of personal data the guard finds replaced, no digit of it
/// left readable.
pub fn redacted(text: &str) -> String {
    let spans = lotsen_text::detect(text, &lotsen_text::PiiOptions::default());
    if spans.is_empty() {
        return text.to_owned();
    }
    lotsen_text::redact(text, &spans)
}

/// One message of a case.
#[derive(Debug, Clone, PartialEq)]
pub struct MessageDoc {
    /// Id.
    pub id: MessageId,
    /// Its channel.
    pub channel: Channel,
    /// When.
    pub at: Timestamp,
    /// The text (redacted when indexed).
    pub text: String,
}

/// A case with its messages, as indexed.
#[derive(Debug, Clone, PartialEq)]
pub struct CaseDoc {
    /// Id.
    pub id: CaseId,
    /// `L-000123`.
    pub reference: String,
    /// Subject.
    pub subject: String,
    /// Status.
    pub status: Status,
    /// Team.
    pub team: Option<TeamId>,
    /// The channel it came on.
    pub channel: Channel,
    /// Incidents it is linked to.
    pub incidents: Vec<IncidentId>,
    /// When it came.
    pub created_at: Timestamp,
    /// What solved it.
    pub resolution: Option<String>,
    /// Its messages.
    pub messages: Vec<MessageDoc>,
}

/// An article, as indexed.
#[derive(Debug, Clone, PartialEq)]
pub struct ArticleDoc {
    /// Id.
    pub id: ArticleId,
    /// Title.
    pub title: String,
    /// Text.
    pub body: String,
    /// `sv` or `en`.
    pub language: String,
    /// `internal` or `public`.
    pub audience: String,
    /// `draft` or `published`.
    pub status: String,
    /// Last changed.
    pub at: Timestamp,
}

/// An instant as the index keeps it: microseconds since the epoch.
pub(crate) fn micros(at: Timestamp) -> i64 {
    at.as_microsecond()
}

fn texts(doc: &mut TantivyDocument, f: &Fields, title: &str, body: &str) {
    if !title.is_empty() {
        doc.add_text(f.title_sv, title);
        doc.add_text(f.title_en, title);
    }
    if !body.is_empty() {
        doc.add_text(f.body_sv, body);
        doc.add_text(f.body_en, body);
    }
}

impl CaseDoc {
    fn facets(&self, doc: &mut TantivyDocument, f: &Fields) {
        doc.add_text(f.case_id, self.id.to_string());
        doc.add_text(f.reference, &self.reference);
        doc.add_text(f.status, self.status.as_str());
        if let Some(team) = self.team {
            doc.add_text(f.team, team.to_string());
        }
        for i in &self.incidents {
            doc.add_text(f.incident, i.to_string());
        }
    }

    /// The case's documents: the case itself, then one per message.
    pub(crate) fn documents(&self, f: &Fields) -> Vec<TantivyDocument> {
        let mut out = Vec::with_capacity(self.messages.len() + 1);
        let mut case = TantivyDocument::default();
        case.add_text(f.kind, "case");
        case.add_text(f.doc_id, self.id.to_string());
        self.facets(&mut case, f);
        case.add_text(f.channel, self.channel.as_str());
        case.add_i64(f.at, micros(self.created_at));
        let resolution = self.resolution.as_deref().map(redacted).unwrap_or_default();
        let subject = redacted(&self.subject);
        texts(&mut case, f, &subject, &resolution);
        out.push(case);
        for m in &self.messages {
            let mut doc = TantivyDocument::default();
            doc.add_text(f.kind, "message");
            doc.add_text(f.doc_id, m.id.to_string());
            self.facets(&mut doc, f);
            doc.add_text(f.channel, m.channel.as_str());
            doc.add_i64(f.at, micros(m.at));
            // The subject goes with each message, so words split between the two
            // still find the case.
            texts(&mut doc, f, &subject, &redacted(&m.text));
            out.push(doc);
        }
        out
    }
}

impl ArticleDoc {
    /// The article's document.
    pub(crate) fn document(&self, f: &Fields) -> TantivyDocument {
        let mut doc = TantivyDocument::default();
        doc.add_text(f.kind, "article");
        doc.add_text(f.doc_id, self.id.to_string());
        doc.add_text(f.language, &self.language);
        doc.add_text(f.audience, &self.audience);
        doc.add_text(f.status, &self.status);
        doc.add_i64(f.at, micros(self.at));
        texts(&mut doc, f, &redacted(&self.title), &redacted(&self.body));
        doc
    }
}
