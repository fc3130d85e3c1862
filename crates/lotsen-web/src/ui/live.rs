//! Live updates for open workspace pages: one listener per server hears every committed
//! case change (the store's `case_changed` signal, from any server on PostgreSQL) and
//! `GET /ui/live` streams the changes that concern the signed-in agent (their cases,
//! their teams' cases, the case on their screen) as server-sent events carrying the case
//! id only. `/ui/live.js` redraws the changed parts of the page without reloading and
//! leaves alone a part the agent is typing in.

use std::convert::Infallible;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use axum::extract::{Query, State};
use axum::http::header;
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use lotsen_domain::CaseId;
use lotsen_store::{CASE_TOPIC, CaseChanged, Store};
use serde::Deserialize;
use tokio::sync::{broadcast, watch};

use super::session::Signed;
use crate::AppState;

/// How long a new stream waits for the server's listener before it says it is ready.
const READY_WAIT: Duration = Duration::from_secs(5);

/// The server's one subscription to case changes, shared by every open page.
#[derive(Debug)]
pub struct LiveFeed {
    changes: broadcast::Sender<CaseChanged>,
    typing: broadcast::Sender<CaseId>,
    listening: watch::Sender<bool>,
    closing: watch::Sender<bool>,
    started: AtomicBool,
}

impl Default for LiveFeed {
    fn default() -> Self {
        Self {
            changes: broadcast::channel(1024).0,
            typing: broadcast::channel(256).0,
            listening: watch::channel(false).0,
            closing: watch::channel(false).0,
            started: AtomicBool::new(false),
        }
    }
}

impl LiveFeed {
    /// A subscription; the first starts the server's listener.
    fn subscribe(
        self: &std::sync::Arc<Self>,
        store: &Store,
    ) -> (
        broadcast::Receiver<CaseChanged>,
        broadcast::Receiver<CaseId>,
    ) {
        let rx = (self.changes.subscribe(), self.typing.subscribe());
        if !self.started.swap(true, Ordering::SeqCst) {
            tokio::spawn(listen(self.clone(), store.clone()));
            tokio::spawn(listen_typing(self.clone(), store.clone()));
        }
        rx
    }

    /// Ends every open stream (the server is stopping; pages connect again to the next).
    pub fn close(&self) {
        self.closing.send_replace(true);
    }

    async fn ready(&self) {
        let mut listening = self.listening.subscribe();
        let _ = tokio::time::timeout(READY_WAIT, listening.wait_for(|l| *l)).await;
    }
}

/// Hears the store's case changes for as long as the server runs, listening again a
/// second after the database was lost.
async fn listen(feed: std::sync::Arc<LiveFeed>, store: Store) {
    loop {
        match store.listen(CASE_TOPIC).await {
            Ok(mut signals) => {
                feed.listening.send_replace(true);
                while let Ok(signal) = signals.next().await {
                    match serde_json::from_str::<CaseChanged>(&signal.payload) {
                        Ok(change) => {
                            let _ = feed.changes.send(change);
                        }
                        Err(_) => tracing::warn!("unreadable case_changed signal"),
                    }
                }
                feed.listening.send_replace(false);
                tracing::warn!("live updates lost the database; listening again");
            }
            Err(e) => {
                tracing::warn!(code = "live_listen_failed", error = %e, "live updates cannot listen")
            }
        }
        tokio::time::sleep(Duration::from_secs(1)).await;
    }
}

/// Hears chat visitors typing (their open case's id) for as long as the server runs.
async fn listen_typing(feed: std::sync::Arc<LiveFeed>, store: Store) {
    loop {
        if let Ok(mut signals) = store.listen(lotsen_app::chat::VISITOR_TYPING_TOPIC).await {
            while let Ok(signal) = signals.next().await {
                let heard: Option<CaseId> =
                    serde_json::from_str::<serde_json::Value>(&signal.payload)
                        .ok()
                        .and_then(|v| v["case_id"].as_str().and_then(|c| c.parse().ok()));
                if let Some(case_id) = heard {
                    let _ = feed.typing.send(case_id);
                }
            }
        }
        tokio::time::sleep(Duration::from_secs(1)).await;
    }
}

/// What a stream heard: a case change, or a visitor typing on the watched case.
enum Heard {
    Change(Result<CaseChanged, broadcast::error::RecvError>),
    Typing(CaseId),
}

/// `GET /ui/live` parameters: the case on the page, if any.
#[derive(Debug, Deserialize)]
pub struct LiveQuery {
    #[serde(default)]
    case: Option<String>,
}

/// `GET /ui/live`: an event stream of the case changes that concern the agent.
pub async fn stream(
    State(state): State<AppState>,
    signed: Signed,
    Query(query): Query<LiveQuery>,
) -> Response {
    let watched: Option<CaseId> = query.case.and_then(|c| c.parse().ok());
    let (rx, typing) = state.live.subscribe(&state.app.store);
    state.live.ready().await;
    let agent = signed.agent.id;
    let teams = signed.agent.team_ids.clone();
    let ready = futures_util::stream::once(async {
        Ok::<_, Infallible>(Event::default().event("ready").data("{}"))
    });
    let closing = state.live.closing.subscribe();
    let changes = futures_util::stream::unfold(
        (rx, typing, closing),
        move |(mut rx, mut typing, mut closing)| {
            let teams = teams.clone();
            async move {
                loop {
                    let heard = tokio::select! {
                        heard = rx.recv() => Heard::Change(heard),
                        typed = typing.recv() => match typed {
                            // A chat visitor types on the case on this page.
                            Ok(case_id) if Some(case_id) == watched => Heard::Typing(case_id),
                            _ => continue,
                        },
                        _ = closing.wait_for(|c| *c) => return None,
                    };
                    let heard = match heard {
                        Heard::Typing(case_id) => {
                            let data = serde_json::json!({ "case_id": case_id }).to_string();
                            let event = Event::default().event("typing").data(data);
                            return Some((Ok::<_, Infallible>(event), (rx, typing, closing)));
                        }
                        Heard::Change(heard) => heard,
                    };
                    match heard {
                        Ok(change)
                            if Some(change.case_id) == watched
                                || change.concerns(agent, &teams) =>
                        {
                            let data = serde_json::json!({ "case_id": change.case_id }).to_string();
                            let event = Event::default().event("case").data(data);
                            return Some((Ok::<_, Infallible>(event), (rx, typing, closing)));
                        }
                        Ok(_) => continue,
                        // Missed changes: tell the page to redraw all the same.
                        Err(broadcast::error::RecvError::Lagged(_)) => {
                            let event = Event::default().event("case").data("{}");
                            return Some((Ok(event), (rx, typing, closing)));
                        }
                        Err(broadcast::error::RecvError::Closed) => return None,
                    }
                }
            }
        },
    );
    let events = futures_util::StreamExt::chain(ready, changes);
    (
        [(header::CACHE_CONTROL, "no-store")],
        Sse::new(events).keep_alive(KeepAlive::default()),
    )
        .into_response()
}

/// `GET /ui/live.js`.
pub async fn script() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=300"),
        ],
        include_str!("../../assets/live.js"),
    )
}
