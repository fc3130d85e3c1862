//! Asking the index: words in either language (every word must be found, in the title or
//! the text, in some form), narrowed by the case's status, team, channel, incident and a
//! time span, or to articles; one hit per case (its best document) or article, best
//! first, with a snippet of the redacted text around the words.

use std::collections::HashSet;
use std::ops::Bound;

use jiff::Timestamp;
use tantivy::collector::TopDocs;
use tantivy::query::{BooleanQuery, Occur, Query, QueryParser, RangeQuery, TermQuery};
use tantivy::schema::{Field, IndexRecordOption, Value};
use tantivy::snippet::SnippetGenerator;
use tantivy::{TantivyDocument, Term};

use crate::docs::micros;
use crate::error::SearchError;
use crate::index::SearchIndex;

/// What a hit is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HitKind {
    /// A case (found by its subject, resolution or one of its messages).
    Case,
    /// A knowledge-base article.
    Article,
}

/// A question to the index.
#[derive(Debug, Clone, Default)]
pub struct SearchQuery {
    /// The words.
    pub text: String,
    /// Only cases with this status (`open`, `resolved`, ...).
    pub status: Option<String>,
    /// Only cases of this team (its id).
    pub team: Option<String>,
    /// Only messages on this channel (or cases that came on it).
    pub channel: Option<String>,
    /// Only cases linked to this incident (its id).
    pub incident: Option<String>,
    /// From this instant.
    pub from: Option<Timestamp>,
    /// Before this instant.
    pub to: Option<Timestamp>,
    /// Only cases or only articles.
    pub kind: Option<HitKind>,
    /// Only articles customers may read.
    pub public_only: bool,
    /// Any of the words is enough (for "more like this"), not every one.
    pub any_word: bool,
    /// At most this many hits (1 to 100).
    pub limit: usize,
}

/// One hit.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    /// Case or article.
    pub kind: HitKind,
    /// The case's or the article's id.
    pub id: String,
    /// How well it matched.
    pub score: f32,
    /// The redacted text around the words.
    pub snippet: String,
    /// Where in the snippet the words are (byte ranges).
    pub highlights: Vec<(usize, usize)>,
}

fn term(field: Field, value: &str) -> Box<dyn Query> {
    Box::new(TermQuery::new(
        Term::from_field_text(field, value),
        IndexRecordOption::Basic,
    ))
}

impl SearchIndex {
    fn query(&self, q: &SearchQuery) -> Box<dyn Query> {
        let f = &self.fields;
        let mut parser = QueryParser::for_index(
            &self.index,
            vec![f.title_sv, f.title_en, f.body_sv, f.body_en],
        );
        if !q.any_word {
            parser.set_conjunction_by_default();
        }
        parser.set_field_boost(f.title_sv, 2.0);
        parser.set_field_boost(f.title_en, 2.0);
        // Quotes, pluses and colons are the customer's words here, not syntax.
        let words: String = q
            .text
            .chars()
            .map(|c| {
                if c.is_alphanumeric() || c == '-' {
                    c
                } else {
                    ' '
                }
            })
            .collect();
        let (text, _ignored) = parser.parse_query_lenient(&words);
        let mut must: Vec<(Occur, Box<dyn Query>)> = vec![(Occur::Must, text)];
        for (field, value) in [
            (f.status, &q.status),
            (f.team, &q.team),
            (f.channel, &q.channel),
            (f.incident, &q.incident),
        ] {
            if let Some(v) = value {
                must.push((Occur::Must, term(field, v)));
            }
        }
        if q.from.is_some() || q.to.is_some() {
            let lower = q.from.map_or(Bound::Unbounded, |t| {
                Bound::Included(Term::from_field_i64(f.at, micros(t)))
            });
            let upper = q.to.map_or(Bound::Unbounded, |t| {
                Bound::Excluded(Term::from_field_i64(f.at, micros(t)))
            });
            must.push((Occur::Must, Box::new(RangeQuery::new(lower, upper))));
        }
        match q.kind {
            Some(HitKind::Article) => must.push((Occur::Must, term(f.kind, "article"))),
            Some(HitKind::Case) => must.push((Occur::MustNot, term(f.kind, "article"))),
            None => {}
        }
        if q.public_only {
            must.push((Occur::Must, term(f.audience, "public")));
            must.push((Occur::Must, term(f.status, "published")));
        }
        Box::new(BooleanQuery::new(must))
    }

    /// The hits for a question, best first: one per case and per article.
    pub fn search(&self, q: &SearchQuery) -> Result<Vec<Hit>, SearchError> {
        if q.text.trim().is_empty() {
            return Ok(Vec::new());
        }
        let f = self.fields;
        let limit = q.limit.clamp(1, 100);
        let query = self.query(q);
        let searcher = self.reader.searcher();
        let top = searcher.search(&query, &TopDocs::with_limit(limit * 5))?;
        let mut snippets = SnippetGenerator::create(&searcher, &*query, f.body_sv)?;
        snippets.set_max_num_chars(180);
        let titles = SnippetGenerator::create(&searcher, &*query, f.title_sv)?;
        let mut seen: HashSet<String> = HashSet::new();
        let mut out = Vec::new();
        for (score, address) in top {
            let doc: TantivyDocument = searcher.doc(address)?;
            let text = |field: Field| {
                doc.get_first(field)
                    .and_then(|v| v.as_str())
                    .unwrap_or_default()
                    .to_owned()
            };
            let (kind, id) = match text(f.kind).as_str() {
                "article" => (HitKind::Article, text(f.doc_id)),
                _ => (HitKind::Case, text(f.case_id)),
            };
            if !seen.insert(id.clone()) {
                continue;
            }
            let mut snippet = snippets.snippet_from_doc(&doc);
            if snippet.highlighted().is_empty() {
                let in_title = titles.snippet_from_doc(&doc);
                if !in_title.highlighted().is_empty() {
                    snippet = in_title;
                }
            }
            let (fragment, highlights) = if snippet.fragment().is_empty() {
                let body = text(f.body_sv);
                (body.chars().take(180).collect(), Vec::new())
            } else {
                (
                    snippet.fragment().to_owned(),
                    snippet
                        .highlighted()
                        .iter()
                        .map(|r| (r.start, r.end))
                        .collect(),
                )
            };
            out.push(Hit {
                kind,
                id,
                score,
                snippet: fragment,
                highlights,
            });
            if out.len() == limit {
                break;
            }
        }
        Ok(out)
    }
}
