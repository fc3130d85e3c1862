//! The web chat over WebSocket (`/chat/ws`), the widget's script (`/widget.js`) and the
//! sender that pushes agents' replies to the visitors connected to this server.
//!
//! The protocol is JSON, one object per frame. The widget says `{"type":"hello",
//! "visitor":"<uuid>"?}` first and is answered `{"type":"welcome","visitor":"<uuid>",
//! "case_id"?}` followed by the transcript (`{"type":"line","from":"visitor"|"agent",
//! "id","text","at"}` each); it sends `{"type":"message","id":"<its own id>",
//! "text":"..."}` (answered `{"type":"received","id"}` once stored) and
//! `{"type":"typing"}`; it receives agents' replies as `line`s and `{"type":"typing"}`
//! when an agent types. A bad frame is answered `{"type":"error","code"}` and changes
//! nothing.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::extract::State;
use axum::extract::ws::{Message as Frame, WebSocket, WebSocketUpgrade};
use axum::http::header;
use axum::response::IntoResponse;
use jiff::SignedDuration;
use lotsen_app::chat::{self, DELIVER_CHAT};
use lotsen_app::{App, AppError};
use lotsen_domain::{Direction, Message};
use serde_json::{Value, json};
use tokio::sync::mpsc;

use crate::AppState;

/// The visitors connected to this server, each with their open connections.
#[derive(Debug, Default)]
pub struct ChatHub {
    visitors: Mutex<HashMap<String, Vec<mpsc::UnboundedSender<String>>>>,
}

impl ChatHub {
    fn join(&self, visitor: &str) -> mpsc::UnboundedReceiver<String> {
        let (tx, rx) = mpsc::unbounded_channel();
        if let Ok(mut map) = self.visitors.lock() {
            map.entry(visitor.to_owned()).or_default().push(tx);
        }
        rx
    }

    /// Sends a frame to every open connection of a visitor; how many took it.
    pub fn push(&self, visitor: &str, frame: &Value) -> usize {
        let Ok(mut map) = self.visitors.lock() else {
            return 0;
        };
        let Some(connections) = map.get_mut(visitor) else {
            return 0;
        };
        let text = frame.to_string();
        connections.retain(|c| c.send(text.clone()).is_ok());
        let reached = connections.len();
        if reached == 0 {
            map.remove(visitor);
        }
        reached
    }

    /// Visitors connected now.
    pub fn connected(&self) -> usize {
        self.visitors.lock().map_or(0, |m| m.len())
    }
}

fn line(m: &Message) -> Value {
    let from = if m.direction == Direction::Inbound {
        "visitor"
    } else {
        "agent"
    };
    json!({
        "type": "line",
        "from": from,
        "id": m.id.as_uuid(),
        "text": m.body,
        "at": m.created_at.to_string(),
    })
}

/// `GET /widget.js`: the widget, one script tag, no framework.
pub async fn widget() -> impl IntoResponse {
    (
        [
            (
                header::CONTENT_TYPE,
                "application/javascript; charset=utf-8",
            ),
            (header::CACHE_CONTROL, "public, max-age=300"),
        ],
        include_str!("../assets/widget.js"),
    )
}

/// `GET /chat/ws`: a visitor's connection.
pub async fn connect(State(state): State<AppState>, ws: WebSocketUpgrade) -> impl IntoResponse {
    ws.max_message_size(16 * 1024)
        .on_upgrade(move |socket| session(state, socket))
}

async fn send(socket: &mut WebSocket, frame: Value) -> bool {
    socket
        .send(Frame::Text(frame.to_string().into()))
        .await
        .is_ok()
}

async fn session(state: AppState, mut socket: WebSocket) {
    // The first frame says who the visitor is (or asks for a new id).
    let visitor = loop {
        let Some(Ok(frame)) = socket.recv().await else {
            return;
        };
        let Frame::Text(text) = frame else { continue };
        let hello: Value = serde_json::from_str(&text).unwrap_or(Value::Null);
        if hello["type"] != "hello" {
            send(
                &mut socket,
                json!({ "type": "error", "code": "hello_first" }),
            )
            .await;
            continue;
        }
        let known = hello["visitor"].as_str().and_then(chat::visitor);
        break known.unwrap_or_else(|| state.app.ids.next_uuid().hyphenated().to_string());
    };
    let transcript = chat::transcript(&state.app, &visitor, 100).await;
    let (case_id, lines) = match transcript {
        Ok(Some((case, lines))) => (Some(case.as_uuid()), lines),
        Ok(None) => (None, Vec::new()),
        Err(e) => {
            tracing::warn!(code = e.code(), "chat transcript not read");
            (None, Vec::new())
        }
    };
    let welcome = json!({ "type": "welcome", "visitor": visitor, "case_id": case_id });
    if !send(&mut socket, welcome).await {
        return;
    }
    for m in &lines {
        if !send(&mut socket, line(m)).await {
            return;
        }
    }
    let mut pushed = state.chat.join(&visitor);
    loop {
        tokio::select! {
            frame = socket.recv() => {
                let Some(Ok(frame)) = frame else { break };
                let reply = match frame {
                    Frame::Text(text) => handle(&state.app, &visitor, &text).await,
                    Frame::Close(_) => break,
                    _ => None,
                };
                if let Some(reply) = reply
                    && !send(&mut socket, reply).await
                {
                    break;
                }
            }
            Some(text) = pushed.recv() => {
                if socket.send(Frame::Text(text.into())).await.is_err() {
                    break;
                }
            }
        }
    }
}

/// One frame from the visitor; the answer, if any.
async fn handle(app: &App, visitor: &str, text: &str) -> Option<Value> {
    let frame: Value = serde_json::from_str(text).unwrap_or(Value::Null);
    match frame["type"].as_str() {
        Some("message") => {
            let (Some(id), Some(body)) = (frame["id"].as_str(), frame["text"].as_str()) else {
                return Some(json!({ "type": "error", "code": "id_and_text_required" }));
            };
            if id.trim().is_empty() || id.len() > 100 || body.trim().is_empty() {
                return Some(json!({ "type": "error", "code": "id_and_text_required" }));
            }
            match chat::receive(app, visitor, id, body).await {
                Ok(outcome) => Some(json!({
                    "type": "received", "id": id, "case_id": outcome.case_id.as_uuid(),
                })),
                Err(e) => {
                    tracing::warn!(code = e.code(), "chat line not taken in");
                    Some(json!({ "type": "error", "code": e.code(), "id": id }))
                }
            }
        }
        // A visitor typing changes nothing stored; the agent's view reads it (issue 8).
        Some("typing") => None,
        _ => Some(json!({ "type": "error", "code": "unknown_frame" })),
    }
}

/// Pushes due chat replies every `interval` until aborted: to the visitor's open
/// connections on this server; a visitor not connected gets the reply later, in the
/// transcript, and the job is tried again meanwhile.
pub async fn run_sender(app: App, hub: Arc<ChatHub>, interval: Duration) {
    let mut tick = tokio::time::interval(interval);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tick.tick().await;
        if let Err(e) = push_due(&app, &hub).await {
            tracing::warn!(code = e.code(), "chat replies not pushed");
        }
    }
}

async fn push_due(app: &App, hub: &ChatHub) -> Result<(), AppError> {
    let now = app.clock.now();
    let jobs = app
        .store
        .claim_outbox(DELIVER_CHAT, now, SignedDuration::from_secs(60), 50)
        .await?;
    for job in jobs {
        let message_id = job
            .payload
            .get("message_id")
            .and_then(|v| v.as_str())
            .and_then(|s| s.parse().ok());
        let Some(message_id) = message_id else {
            app.store.give_up_outbox(&job, now).await?;
            continue;
        };
        let (visitor, message) = match chat::outgoing(app, message_id).await {
            Ok(found) => found,
            Err(e) => {
                tracing::warn!(code = e.code(), job.id = %job.id, "chat reply cannot be pushed");
                app.store.give_up_outbox(&job, now).await?;
                continue;
            }
        };
        let reached = hub.push(&visitor, &line(&message));
        let outcome = if reached > 0 {
            Ok(())
        } else {
            Err("the visitor is not connected".to_owned())
        };
        let status = if reached > 0 { "sent" } else { "retrying" };
        let detail = if reached > 0 {
            format!("pushed to {reached} connection(s)")
        } else {
            "the visitor is not connected; the reply waits in the transcript".to_owned()
        };
        app.store
            .set_delivery(message_id, status, job.attempts, Some(&detail), now)
            .await?;
        app.store
            .finish_outbox(&job, outcome, now, SignedDuration::from_secs(10))
            .await?;
    }
    Ok(())
}
