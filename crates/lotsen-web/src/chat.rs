//! The web chat over WebSocket (`/chat/ws`), the widget's script (`/widget.js`) and the
//! sender that pushes agents' replies to the visitors connected to this server.
//!
//! The protocol is JSON, one object per frame. The widget says `{"type":"hello",
//! "visitor":"<uuid>"?}` first and is answered `{"type":"welcome","visitor":"<uuid>",
//! "incidents":[what customers are told about each open incident on the chat],
//! "case_id"?,"open":bool,"closed_notice"?}` (the opening-hours message while the chat
//! is closed) followed by the transcript (`{"type":"line","from":"visitor"|"agent",
//! "id","text","at"}` each); it sends `{"type":"message","id":"<its own id>",
//! "text":"..."}` (answered `{"type":"received","id"}` once stored) and
//! `{"type":"typing"}`; it receives agents' replies as `line`s and `{"type":"typing"}`
//! when an agent types. A bad frame is answered `{"type":"error","code"}` and changes
//! nothing.
//!
//! In a cluster a visitor is connected to one server while any server may work the
//! reply's job: the one that works it pushes to its own connections and, when it has
//! none, signals the others ([`lotsen_app::chat::ChatSignal`]); the server holding the
//! connection pushes and records the reply as sent, which the job sees when it is
//! tried again. Agents' typing travels the same way.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::extract::State;
use axum::extract::ws::{Message as Frame, WebSocket, WebSocketUpgrade};
use axum::http::header;
use axum::response::IntoResponse;
use jiff::SignedDuration;
use lotsen_app::chat::{self, CHAT_TOPIC, ChatSignal, DELIVER_CHAT};
use lotsen_app::{App, AppError};
use lotsen_domain::{Direction, Message};
use serde_json::{Value, json};
use tokio::sync::mpsc;

use crate::AppState;

/// The visitors connected to this server, each with their open connections.
#[derive(Debug)]
pub struct ChatHub {
    /// This server's name in signals, so it skips its own.
    origin: String,
    visitors: Mutex<HashMap<String, Vec<mpsc::UnboundedSender<String>>>>,
}

impl ChatHub {
    /// A hub for a server known in signals as `origin` (unique per process).
    pub fn new(origin: String) -> Self {
        Self {
            origin,
            visitors: Mutex::default(),
        }
    }

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

    /// Whether a visitor has an open connection here.
    pub fn has(&self, visitor: &str) -> bool {
        self.visitors
            .lock()
            .is_ok_and(|m| m.get(visitor).is_some_and(|c| !c.is_empty()))
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
    let closed = lotsen_app::auto_answer::closed_notice(&state.app, lotsen_domain::Channel::Chat)
        .await
        .unwrap_or_else(|e| {
            tracing::warn!(code = e.code(), "chat opening hours not read");
            None
        });
    let incidents = lotsen_app::incidents::public_notices(&state.app, lotsen_domain::Channel::Chat)
        .await
        .unwrap_or_else(|e| {
            tracing::warn!(code = e.code(), "incidents not read for the chat");
            Vec::new()
        });
    let welcome = json!({
        "type": "welcome", "visitor": visitor, "case_id": case_id,
        "open": closed.is_none(), "closed_notice": closed, "incidents": incidents,
    });
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
        // A visitor typing changes nothing stored; the agent with the case open sees it.
        Some("typing") => {
            if let Err(e) = chat::visitor_typing(app, visitor).await {
                tracing::warn!(code = e.code(), "visitor typing not told");
            }
            None
        }
        _ => Some(json!({ "type": "error", "code": "unknown_frame" })),
    }
}

/// Tells a visitor's connections, here and on the other servers, that an agent types.
pub async fn agent_typing(app: &App, hub: &ChatHub, visitor: &str) -> Result<usize, AppError> {
    let reached = hub.push(visitor, &json!({ "type": "typing" }));
    let signal = ChatSignal {
        origin: hub.origin.clone(),
        visitor: visitor.to_owned(),
        message_id: None,
    };
    app.store.signal(CHAT_TOPIC, &signal.encode()).await?;
    Ok(reached)
}

/// Pushes due chat replies every `interval` until aborted: to the visitor's open
/// connections on this server, or through the other servers; a visitor connected
/// nowhere gets the reply later, in the transcript, and the job is tried again
/// meanwhile. Listens to the other servers' signals at the same time.
pub async fn run_sender(app: App, hub: Arc<ChatHub>, interval: Duration) {
    let listener = tokio::spawn(listen(app.clone(), hub.clone()));
    let _stop_listening = AbortOnDrop(listener);
    let mut tick = tokio::time::interval(interval);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tick.tick().await;
        if let Err(e) = push_due(&app, &hub).await {
            tracing::warn!(code = e.code(), "chat replies not pushed");
        }
    }
}

/// Aborts a task when dropped (when the sender is aborted, so is its listener).
struct AbortOnDrop(tokio::task::JoinHandle<()>);

impl Drop for AbortOnDrop {
    fn drop(&mut self) {
        self.0.abort();
    }
}

/// Hears the other servers' chat signals and pushes what is for visitors connected here.
async fn listen(app: App, hub: Arc<ChatHub>) {
    loop {
        match app.store.listen(CHAT_TOPIC).await {
            Ok(mut signals) => loop {
                match signals.next().await {
                    Ok(signal) => {
                        if let Some(signal) = ChatSignal::decode(&signal.payload)
                            && signal.origin != hub.origin
                            && let Err(e) = heard(&app, &hub, &signal).await
                        {
                            tracing::warn!(code = e.code(), "chat signal not followed");
                        }
                    }
                    Err(e) => {
                        tracing::warn!(error = %e, "chat signals interrupted");
                        break;
                    }
                }
            },
            Err(e) => tracing::warn!(error = %e, "cannot listen for chat signals"),
        }
        tokio::time::sleep(Duration::from_secs(1)).await;
    }
}

/// Follows one signal from another server.
async fn heard(app: &App, hub: &ChatHub, signal: &ChatSignal) -> Result<(), AppError> {
    let Some(message_id) = signal.message_id else {
        hub.push(&signal.visitor, &json!({ "type": "typing" }));
        return Ok(());
    };
    if !hub.has(&signal.visitor) {
        return Ok(());
    }
    let (visitor, message) = chat::outgoing(app, message_id).await?;
    let reached = hub.push(&visitor, &line(&message));
    if reached > 0 {
        let attempts = app
            .store
            .delivery(message_id)
            .await?
            .map_or(1, |d| d.attempts);
        let detail = format!("pushed to {reached} connection(s) on another server");
        app.store
            .set_delivery(message_id, "sent", attempts, Some(&detail), app.clock.now())
            .await?;
    }
    Ok(())
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
        // Another server may have pushed it since the last try.
        if app
            .store
            .delivery(message_id)
            .await?
            .is_some_and(|d| d.status == "sent")
        {
            app.store
                .finish_outbox(&job, Ok(()), now, SignedDuration::from_secs(10))
                .await?;
            continue;
        }
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
        if reached == 0 {
            // Written before the signal, so a server that pushes it records "sent" last.
            let signal = ChatSignal {
                origin: hub.origin.clone(),
                visitor,
                message_id: Some(message_id),
            };
            app.store.signal(CHAT_TOPIC, &signal.encode()).await?;
        }
        app.store
            .finish_outbox(&job, outcome, now, SignedDuration::from_secs(10))
            .await?;
    }
    Ok(())
}
