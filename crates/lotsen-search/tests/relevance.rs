//! Relevance on our labelled set (`tests/relevance/`: 60 Swedish and English cases and
//! articles with near-misses, 40 queries in other word forms than the documents use):
//! each query's first expected document is ranked first or second and all of its
//! expected documents are in the top three; the identity and card numbers two customers
//! wrote are never found. Prints the score per query and the mean reciprocal rank.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "a test"
)]

use std::collections::HashMap;

use jiff::Timestamp;
use lotsen_domain::{ArticleId, CaseId, Channel, MessageId, Status};
use lotsen_search::{ArticleDoc, CaseDoc, MessageDoc, SearchIndex, SearchQuery};
use serde::Deserialize;

#[derive(Deserialize)]
struct Document {
    key: String,
    kind: String,
    language: String,
    title: String,
    texts: Vec<String>,
}

#[derive(Deserialize)]
struct Labelled {
    q: String,
    top: Vec<String>,
}

fn read<T: serde::de::DeserializeOwned>(name: &str) -> T {
    let path = format!("{}/tests/relevance/{name}", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

#[test]
fn the_labelled_queries_find_their_documents_first() {
    let documents: Vec<Document> = read("documents.json");
    let queries: Vec<Labelled> = read("queries.json");
    let index = SearchIndex::in_memory().unwrap();
    let at = Timestamp::from_second(1_780_000_000).unwrap();
    let mut keys: HashMap<String, String> = HashMap::new();
    let (mut cases, mut articles) = (Vec::new(), Vec::new());
    for (n, d) in documents.iter().enumerate() {
        let uuid = uuid::Uuid::from_u128(n as u128 + 1);
        keys.insert(uuid.to_string(), d.key.clone());
        if d.kind == "article" {
            articles.push(ArticleDoc {
                id: ArticleId(uuid),
                title: d.title.clone(),
                body: d.texts.join("\n"),
                language: d.language.clone(),
                audience: "public".into(),
                status: "published".into(),
                at,
            });
        } else {
            cases.push(CaseDoc {
                id: CaseId(uuid),
                reference: format!("L-{:06}", n + 1),
                subject: d.title.clone(),
                status: Status::Open,
                team: None,
                channel: Channel::Email,
                incidents: Vec::new(),
                created_at: at,
                resolution: None,
                messages: d
                    .texts
                    .iter()
                    .enumerate()
                    .map(|(i, t)| MessageDoc {
                        id: MessageId(uuid::Uuid::from_u128(((n as u128 + 1) << 16) + i as u128)),
                        channel: Channel::Email,
                        at,
                        text: t.clone(),
                    })
                    .collect(),
            });
        }
    }
    index.put(cases, articles).unwrap();

    let mut failures = Vec::new();
    let mut reciprocal = 0.0;
    let mut scored = 0;
    println!("| query | expected | found (top 3) |\n|---|---|---|");
    for q in &queries {
        let hits = index
            .search(&SearchQuery {
                text: q.q.clone(),
                limit: 3,
                ..SearchQuery::default()
            })
            .unwrap();
        let found: Vec<&str> = hits.iter().map(|h| keys[&h.id].as_str()).collect();
        println!("| {} | {} | {} |", q.q, q.top.join(", "), found.join(", "));
        if q.top.is_empty() {
            if !found.is_empty() {
                failures.push(format!("{:?} found {found:?}, must find nothing", q.q));
            }
            continue;
        }
        scored += 1;
        if let Some(rank) = found.iter().position(|k| *k == q.top[0]) {
            reciprocal += 1.0 / (rank as f64 + 1.0);
        }
        let first_ok = found.iter().take(2).any(|k| *k == q.top[0]);
        let all_ok = q.top.iter().all(|k| found.contains(&k.as_str()));
        if !(first_ok && all_ok) {
            failures.push(format!("{:?}: expected {:?}, found {found:?}", q.q, q.top));
        }
    }
    println!(
        "mean reciprocal rank of the first expected: {:.3}",
        reciprocal / scored as f64
    );
    assert!(
        failures.is_empty(),
        "{} of {} queries:\n{}",
        failures.len(),
        queries.len(),
        failures.join("\n")
    );
}
