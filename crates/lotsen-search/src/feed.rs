//! Feeding the index from the store: `catch_up` reads the case log after the index's
//! watermark and re-indexes each case that changed (its facts and every message, so a
//! new status or team reaches all its documents), and the articles changed since; the
//! new watermark is committed with them. `rebuild` empties the index and indexes every
//! case and article again, reporting its progress.

use std::sync::Arc;
use std::time::{Duration, Instant};

use lotsen_domain::CaseId;
use lotsen_store::Store;

use crate::docs::micros;
use crate::docs::{ArticleDoc, CaseDoc, MessageDoc};
use crate::error::SearchError;
use crate::index::{Change, SearchIndex, Watermark};

/// Events read per pass.
const BATCH: u32 = 2000;

/// A hole in the sequence numbers older than this is a rolled-back transaction (on
/// PostgreSQL a sequence number is spent even when its transaction rolls back); a
/// younger one may be a transaction still committing, whose events come later.
const GAP_GRACE: Duration = Duration::from_secs(5);

/// The hole in the case log the feed is waiting on, and since when.
#[derive(Debug, Default)]
pub(crate) struct GapState(Option<(i64, Instant)>);

/// What a catch-up did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CatchUp {
    /// Cases indexed again.
    pub cases: usize,
    /// Their messages.
    pub messages: usize,
    /// Articles indexed again.
    pub articles: usize,
    /// The case log's sequence number reached.
    pub seq: i64,
}

/// A case with its messages as the index takes them; none when the case is gone.
pub async fn case_doc(store: &Store, id: CaseId) -> Result<Option<CaseDoc>, SearchError> {
    let Some(case) = store.case(id).await? else {
        return Ok(None);
    };
    let messages = store
        .index_messages(id)
        .await?
        .into_iter()
        .map(|m| MessageDoc {
            id: m.id,
            channel: m.channel,
            at: m.at,
            text: m.body,
        })
        .collect();
    Ok(Some(CaseDoc {
        id: case.id,
        reference: case.reference.to_string(),
        subject: case.subject.clone(),
        status: case.status,
        team: case.team_id,
        channel: case.origin_channel,
        incidents: case.incident_ids.clone(),
        created_at: case.created_at,
        resolution: case.resolution.as_ref().map(|r| r.summary.clone()),
        messages,
    }))
}

fn article_doc(r: &lotsen_store::ArticleRow) -> ArticleDoc {
    let a = &r.article;
    ArticleDoc {
        id: a.id,
        title: a.title.clone(),
        body: a.body.clone(),
        language: a.language.clone(),
        audience: a.audience.as_str().to_owned(),
        status: a.status.as_str().to_owned(),
        at: a.updated_at,
    }
}

/// The articles changed after `since` (microseconds), and the newest change.
async fn changed_articles(store: &Store, since: i64) -> Result<(Vec<Change>, i64), SearchError> {
    let mut newest = since;
    let mut out = Vec::new();
    for row in store.articles_changed_after(since).await? {
        newest = newest.max(micros(row.article.updated_at));
        out.push(Change::Article(article_doc(&row)));
    }
    Ok((out, newest))
}

/// How far the events may be taken as applied: up to the first hole, unless that hole
/// has stood longer than the grace.
fn reached(from: i64, seqs: &[i64], gap: &mut GapState, now: Instant) -> i64 {
    let mut at = from;
    for &s in seqs {
        if s == at + 1 {
            at = s;
            continue;
        }
        let hole = at + 1;
        match gap.0 {
            Some((h, since)) if h == hole && now.duration_since(since) >= GAP_GRACE => {
                tracing::debug!(seq = hole, "search feed: a hole in the case log is skipped");
                gap.0 = None;
                at = s;
            }
            Some((h, _)) if h == hole => return at,
            _ => {
                gap.0 = Some((hole, now));
                return at;
            }
        }
    }
    at
}

async fn apply(
    index: &Arc<SearchIndex>,
    changes: Vec<Change>,
    mark: Watermark,
) -> Result<(), SearchError> {
    let index = Arc::clone(index);
    tokio::task::spawn_blocking(move || index.apply(&changes, mark))
        .await
        .map_err(|e| SearchError::Task(e.to_string()))?
}

/// Brings the index up to the store: the cases changed after its watermark (at most
/// `passes` batches of events) and the articles changed since.
pub async fn catch_up(
    index: &Arc<SearchIndex>,
    store: &Store,
    passes: usize,
) -> Result<CatchUp, SearchError> {
    let mut gap = index.feeding.lock().await;
    let mut done = CatchUp::default();
    for _ in 0..passes.max(1) {
        let mark = index.watermark()?;
        let events = store.events_after(mark.seq, BATCH).await?;
        let seqs: Vec<i64> = events.iter().map(|(s, _)| *s).collect();
        let seq = reached(mark.seq, &seqs, &mut gap, Instant::now());
        let mut cases: Vec<CaseId> = Vec::new();
        for (_, c) in &events {
            if !cases.contains(c) {
                cases.push(*c);
            }
        }
        let (mut changes, articles_at) = changed_articles(store, mark.articles_at).await?;
        done.articles += changes.len();
        for id in cases {
            match case_doc(store, id).await? {
                Some(doc) => {
                    done.cases += 1;
                    done.messages += doc.messages.len();
                    changes.push(Change::Case(Box::new(doc)));
                }
                None => changes.push(Change::CaseGone(id)),
            }
        }
        done.seq = seq;
        if changes.is_empty() && seq == mark.seq {
            break;
        }
        let next = Watermark {
            seq,
            articles_at,
            ..mark
        };
        apply(index, changes, next).await?;
        if events.len() < BATCH as usize {
            break;
        }
    }
    Ok(done)
}

/// How many case-log events the index is behind (a cheap look before a caught-up read).
pub async fn lag(index: &SearchIndex, store: &Store) -> Result<i64, SearchError> {
    Ok((store.last_event_seq().await? - index.watermark()?.seq).max(0))
}

/// Empties the index and indexes every case and article again; `progress` hears the
/// cases done and their total after each batch. Changes made meanwhile are caught up
/// afterwards (the watermark is the case log's end as the rebuild began).
pub async fn rebuild(
    index: &Arc<SearchIndex>,
    store: &Store,
    mut progress: impl FnMut(u64, u64),
) -> Result<CatchUp, SearchError> {
    let _feeding = index.feeding.lock().await;
    let end = store.last_event_seq().await?;
    let total = store.count_cases().await?;
    {
        let index = Arc::clone(index);
        tokio::task::spawn_blocking(move || index.clear())
            .await
            .map_err(|e| SearchError::Task(e.to_string()))??;
    }
    let mut done = CatchUp::default();
    let mut after = None;
    progress(0, total);
    loop {
        let ids = store.case_ids_after(after, 500).await?;
        let Some(last) = ids.last().copied() else {
            break;
        };
        after = Some(last);
        let mut changes = Vec::with_capacity(ids.len());
        for id in ids {
            if let Some(doc) = case_doc(store, id).await? {
                done.cases += 1;
                done.messages += doc.messages.len();
                changes.push(Change::Case(Box::new(doc)));
            }
        }
        apply(index, changes, Watermark::default()).await?;
        progress(done.cases as u64, total);
    }
    let (articles, articles_at) = changed_articles(store, i64::MIN).await?;
    done.articles = articles.len();
    done.seq = end;
    apply(
        index,
        articles,
        Watermark {
            seq: end,
            articles_at,
            ..Watermark::default()
        },
    )
    .await?;
    Ok(done)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hole_holds_the_watermark_until_it_is_old() {
        let t0 = Instant::now();
        let mut gap = GapState::default();
        assert_eq!(reached(10, &[11, 12, 13], &mut gap, t0), 13);
        assert_eq!(
            reached(10, &[11, 13, 14], &mut gap, t0),
            11,
            "14 waits for 12"
        );
        assert_eq!(
            reached(11, &[13, 14], &mut gap, t0 + Duration::from_secs(1)),
            11
        );
        assert_eq!(
            reached(11, &[13, 14], &mut gap, t0 + Duration::from_secs(6)),
            14,
            "an old hole was a rollback"
        );
        assert_eq!(reached(14, &[], &mut gap, t0), 14);
    }
}
