//! `/search`: the agent's full-text search over cases, their messages and the
//! knowledge base, narrowed by status and channel; each hit with its snippet, the words
//! marked.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use lotsen_domain::{Channel, Status};
use lotsen_search::{HitKind, SearchQuery};

use super::session::Signed;
use super::text::{Lang, Words};
use super::{Banner, failure, labels, page};
use crate::AppState;

struct Choice {
    value: &'static str,
    label: &'static str,
    chosen: bool,
}

struct HitRow {
    kind: &'static str,
    id: String,
    reference: String,
    title: String,
    status: &'static str,
    snippet: Vec<(String, bool)>,
}

#[derive(Template)]
#[template(path = "search.html")]
struct SearchPage<'a> {
    lang: Lang,
    t: &'static Words,
    csrf: &'a str,
    agent_name: &'a str,
    lead: bool,
    banners: Vec<Banner>,
    q: &'a str,
    searched: bool,
    statuses: Vec<Choice>,
    channels: Vec<Choice>,
    hits: Vec<HitRow>,
    problem: Option<String>,
}

/// The snippet cut into plain and marked parts.
fn parts(snippet: &str, highlights: &[(usize, usize)]) -> Vec<(String, bool)> {
    let mut out = Vec::new();
    let mut at = 0;
    for &(start, end) in highlights {
        let (Some(before), Some(word)) = (snippet.get(at..start), snippet.get(start..end)) else {
            continue;
        };
        if !before.is_empty() {
            out.push((before.to_owned(), false));
        }
        out.push((word.to_owned(), true));
        at = end;
    }
    if let Some(rest) = snippet.get(at..)
        && !rest.is_empty()
    {
        out.push((rest.to_owned(), false));
    }
    out
}

/// `GET /search?q=...&status=...&channel=...`.
pub async fn search(
    State(state): State<AppState>,
    signed: Signed,
    Query(params): Query<HashMap<String, String>>,
) -> Response {
    let (lang, t) = (signed.lang, signed.lang.t());
    let q = params.get("q").map_or("", |s| s.trim());
    let status = params.get("status").and_then(|s| Status::parse(s));
    let channel = params.get("channel").and_then(|c| Channel::parse(c));
    let banners = match super::banners(&state).await {
        Ok(b) => b,
        Err(e) => return failure(&e),
    };
    let mut problem = None;
    let mut hits = Vec::new();
    if !q.is_empty() {
        let query = SearchQuery {
            text: q.chars().take(200).collect(),
            status: status.map(|s| s.as_str().to_owned()),
            channel: channel.map(|c| c.as_str().to_owned()),
            limit: 30,
            ..SearchQuery::default()
        };
        match lotsen_app::search::search(&state.app, &signed.agent, &query).await {
            Ok(found) => {
                hits = found
                    .iter()
                    .filter_map(|f| {
                        let snippet = parts(&f.hit.snippet, &f.hit.highlights);
                        match f.hit.kind {
                            HitKind::Case => f.case.as_ref().map(|c| HitRow {
                                kind: "case",
                                id: c.id.to_string(),
                                reference: c.reference.to_string(),
                                title: c.subject.clone(),
                                status: labels::status(lang, c.status),
                                snippet,
                            }),
                            HitKind::Article => f.article.as_ref().map(|r| HitRow {
                                kind: "article",
                                id: r.article.id.to_string(),
                                reference: String::new(),
                                title: r.article.title.clone(),
                                status: if r.article.is_public() {
                                    t.audience_public
                                } else {
                                    t.audience_internal
                                },
                                snippet,
                            }),
                        }
                    })
                    .collect();
            }
            Err(e) => {
                tracing::warn!(code = e.code(), "search failed");
                problem = Some(e.to_string());
            }
        }
    }
    let statuses = [Status::Open, Status::WaitingOnCustomer, Status::Resolved]
        .into_iter()
        .map(|s| Choice {
            value: s.as_str(),
            label: labels::status(lang, s),
            chosen: status == Some(s),
        })
        .collect();
    let channels = Channel::ALL
        .iter()
        .map(|c| Choice {
            value: c.as_str(),
            label: c.as_str(),
            chosen: channel == Some(*c),
        })
        .collect();
    let rendered = SearchPage {
        lang,
        t,
        csrf: &signed.session.csrf,
        agent_name: &signed.agent.name,
        lead: signed.agent.actor().is_lead_or_admin(),
        banners,
        q,
        searched: !q.is_empty(),
        statuses,
        channels,
        hits,
        problem,
    }
    .render();
    let status = if rendered.is_ok() {
        StatusCode::OK
    } else {
        StatusCode::INTERNAL_SERVER_ERROR
    };
    page(status, rendered)
}

#[cfg(test)]
mod tests {
    use super::parts;

    #[test]
    fn the_words_are_marked_in_the_snippet() {
        assert_eq!(
            parts("Jag har tappat kortet", &[(15, 21)]),
            [
                ("Jag har tappat ".to_owned(), false),
                ("kortet".to_owned(), true)
            ]
        );
        assert_eq!(parts("ord", &[(5, 9)]), [("ord".to_owned(), false)]);
    }
}
