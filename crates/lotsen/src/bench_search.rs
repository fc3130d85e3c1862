//! The search benchmark: a million customer-service messages (Swedish and English, five
//! to a case, some with an identity or card number the index must redact) indexed on
//! disk in batches, its throughput; then query latency over them, words alone and with
//! filters, median and 99th percentile.

use std::time::{Duration, Instant};

use jiff::Timestamp;
use lotsen_domain::{CaseId, Channel, MessageId, Status, TeamId};
use lotsen_search::{CaseDoc, MessageDoc, SearchIndex, SearchQuery};
use rand::rngs::StdRng;
use rand::seq::IndexedRandom;
use rand::{Rng, SeedableRng};

use crate::CliError;
use crate::bench::Row;

const OPENINGS: &[&str] = &[
    "Hej! Jag har tappat mitt kort och behöver spärra det.",
    "Kortet nekas i butiken sedan i morse, vad är fel?",
    "Jag kan inte logga in i appen med BankID.",
    "Swish till fel nummer, kan ni stoppa betalningen?",
    "Vi vill flytta vårt bolån och undrar om räntan.",
    "Min pappa har gått bort, hur gör vi med dödsboet?",
    "Var hittar jag årsbeskedet för förra året?",
    "Betalningen till bankgirot har inte kommit fram.",
    "Fel OCR-nummer på fakturan, går det att ändra?",
    "Jag har fått ett sms som ser ut att komma från er.",
    "My card was declined abroad, can you help?",
    "I cannot log in to the app since the update.",
    "The international transfer has not arrived yet.",
    "How do I change my address for the statements?",
];

const MIDDLES: &[&str] = &[
    "Jag har redan försökt starta om telefonen.",
    "Det är bråttom eftersom hyran ska betalas i dag.",
    "Tredje gången jag skriver om det här.",
    "Kan ni ringa mig i eftermiddag?",
    "Tack för snabbt svar, men det fungerar fortfarande inte.",
    "I have tried twice already.",
    "Please call me back this afternoon.",
    "Ni skickade ett nytt kort men det har inte kommit.",
];

const ANSWERS: &[&str] = &[
    "Hej! Vi har spärrat kortet och skickar ett nytt inom fem bankdagar.",
    "Tack för att du hör av dig. Uppdatera appen och BankID, så ska inloggningen fungera igen.",
    "Vi har skickat en begäran om återbetalning till mottagarens bank.",
    "Årsbeskedet finns i internetbanken under Dokument.",
    "Thank you, we have lifted the block on your card.",
    "Vi har rättat betalningen, den kommer fram i morgon.",
];

/// A written identity or card number, which the index must never hold in clear text.
const PERSONAL: &[&str] = &[
    " Mitt personnummer är 19900101-0017.",
    " Kortnumret är 4111 1111 1111 1111.",
];

fn case(rng: &mut StdRng, n: u128, teams: &[TeamId], at: Timestamp) -> CaseDoc {
    let mut messages = Vec::with_capacity(5);
    for i in 0..5u128 {
        let mut text = String::new();
        text.push_str(OPENINGS.choose(rng).unwrap_or(&OPENINGS[0]));
        text.push(' ');
        let pool = if i % 2 == 1 { ANSWERS } else { MIDDLES };
        text.push_str(pool.choose(rng).unwrap_or(&MIDDLES[0]));
        if rng.random_range(0..50) == 0 {
            text.push_str(PERSONAL.choose(rng).unwrap_or(&PERSONAL[0]));
        }
        messages.push(MessageDoc {
            id: MessageId(uuid::Uuid::from_u128((n << 8) + i)),
            channel: *[
                Channel::Email,
                Channel::Chat,
                Channel::Messenger,
                Channel::Facebook,
            ]
            .choose(rng)
            .unwrap_or(&Channel::Email),
            at,
            text,
        });
    }
    CaseDoc {
        id: CaseId(uuid::Uuid::from_u128(n)),
        reference: format!("L-{n:06}"),
        subject: OPENINGS
            .choose(rng)
            .unwrap_or(&OPENINGS[0])
            .chars()
            .take(40)
            .collect(),
        status: *[Status::Open, Status::Resolved, Status::WaitingOnCustomer]
            .choose(rng)
            .unwrap_or(&Status::Open),
        team: teams.choose(rng).copied(),
        channel: Channel::Email,
        incidents: Vec::new(),
        created_at: at,
        resolution: None,
        messages,
    }
}

fn err(e: impl std::fmt::Display) -> CliError {
    CliError::Io(format!("search bench: {e}"))
}

/// Indexes `messages` messages and measures, adding the rows.
pub fn run(rows: &mut Vec<Row>, messages: usize, queries: usize) -> Result<(), CliError> {
    let dir = std::env::temp_dir().join(format!("lotsen-bench-search-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let index = SearchIndex::open(&dir).map_err(err)?;
    let mut rng = StdRng::seed_from_u64(7);
    let teams: Vec<TeamId> = (1..=6).map(|t| TeamId(uuid::Uuid::from_u128(t))).collect();
    let at = Timestamp::now();
    let cases = messages / 5;
    let started = Instant::now();
    let mut done = 0usize;
    while done < cases {
        let size = (cases - done).min(20_000);
        let batch: Vec<CaseDoc> = (0..size)
            .map(|i| case(&mut rng, (done + i + 1) as u128, &teams, at))
            .collect();
        index.put(batch, Vec::new()).map_err(err)?;
        done += size;
    }
    let took = started.elapsed();
    rows.push(Row {
        backend: "tantivy",
        what: format!(
            "index {} messages ({cases} cases), batches of 100,000 messages",
            cases * 5
        ),
        value: format!(
            "{:.0} messages/s ({:.1} s)",
            (cases * 5) as f64 / took.as_secs_f64(),
            took.as_secs_f64()
        ),
    });
    let words = [
        "spärra kort",
        "logga in bankid",
        "swish fel nummer",
        "bolån ränta",
        "årsbesked",
        "bankgiro betalning",
        "dödsbo",
        "card declined",
        "international transfer",
        "hyran",
        "tredje gången",
        "sms",
    ];
    let team = teams[0].to_string();
    for (label, filtered) in [
        ("words only", false),
        ("with status and team filters", true),
    ] {
        let mut times: Vec<Duration> = Vec::with_capacity(queries);
        for i in 0..queries {
            let q = SearchQuery {
                text: words[i % words.len()].to_owned(),
                status: filtered.then(|| "open".to_owned()),
                team: filtered.then(|| team.clone()),
                limit: 20,
                ..SearchQuery::default()
            };
            let t = Instant::now();
            let hits = index.search(&q).map_err(err)?;
            times.push(t.elapsed());
            if hits.is_empty() {
                return Err(err(format!("{:?} found nothing", q.text)));
            }
        }
        let (median, p99) = crate::bench_routing::percentiles(times);
        rows.push(Row {
            backend: "tantivy",
            what: format!("query, {label}, top 20 with snippets ({queries} queries)"),
            value: format!(
                "median {:.2} ms, p99 {:.2} ms",
                median.as_secs_f64() * 1000.0,
                p99.as_secs_f64() * 1000.0
            ),
        });
    }
    for secret in ["19900101-0017", "4111 1111 1111 1111"] {
        let found = index
            .search(&SearchQuery {
                text: secret.to_owned(),
                limit: 5,
                ..SearchQuery::default()
            })
            .map_err(err)?;
        if !found.is_empty() {
            return Err(err(format!("{secret} is findable in the index")));
        }
    }
    let bytes: u64 = std::fs::read_dir(&dir)
        .map(|d| {
            d.filter_map(|e| e.ok()?.metadata().ok())
                .map(|m| m.len())
                .sum()
        })
        .unwrap_or(0);
    rows.push(Row {
        backend: "tantivy",
        what: "index size on disk; identity and card numbers findable".into(),
        value: format!("{:.0} MB; none", bytes as f64 / 1e6),
    });
    let _ = std::fs::remove_dir_all(&dir);
    Ok(())
}
