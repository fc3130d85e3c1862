//! The chat rows of `lotsen bench`: a server on loopback (SQLite, the real router and
//! chat sender) and 1,000 WebSocket visitors at once: how many stay connected, the time
//! from connecting to the welcome, the time from a line sent to it being stored in its
//! case, and the process's memory per connection (server and clients share the process,
//! so the figure is an upper bound for the server).

use std::sync::Arc;
use std::time::{Duration, Instant};

use futures_util::{SinkExt, StreamExt};
use lotsen_app::App;
use lotsen_app::clock::{RandomIds, SystemClock};
use lotsen_store::Store;
use tokio_tungstenite::tungstenite::Message as Frame;

use crate::CliError;
use crate::bench::Row;

fn rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.split_whitespace().next())
        .and_then(|n| n.parse().ok())
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let at = ((sorted.len() - 1) as f64 * p).round() as usize;
    sorted[at.min(sorted.len() - 1)]
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1e3)
}

type Socket =
    tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

/// The next frame of `kind`, within ten seconds.
async fn until(socket: &mut Socket, kind: &str) -> Result<serde_json::Value, String> {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        let frame = tokio::time::timeout(left, socket.next())
            .await
            .map_err(|_| format!("no {kind} within ten seconds"))?
            .ok_or("closed")?
            .map_err(|e| e.to_string())?;
        if let Frame::Text(text) = frame {
            let value: serde_json::Value =
                serde_json::from_str(&text).map_err(|e| e.to_string())?;
            if value["type"] == kind {
                return Ok(value);
            }
        }
    }
}

/// Adds the chat rows.
pub async fn run(rows: &mut Vec<Row>, connections: usize) -> Result<(), CliError> {
    let dir = std::env::temp_dir().join(format!("lotsen-bench-chat-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let store = Store::open_data_dir(&dir).await?;
    store.migrate(jiff::Timestamp::now()).await?;
    let app = App::new(store, Arc::new(SystemClock), Arc::new(RandomIds::from_os()));
    let (router, hub) = lotsen_web::router_with_chat(app.clone());
    let (addr, server) = crate::bench::serve_local(router).await?;
    let sender = tokio::spawn(lotsen_web::chat::run_sender(
        app.clone(),
        hub.clone(),
        Duration::from_millis(100),
    ));
    let before = rss_kib();
    let url = format!("ws://{addr}/chat/ws");
    // Connect everyone, a hundred at a time, and keep the sockets open.
    let mut sockets: Vec<Socket> = Vec::with_capacity(connections);
    let mut welcome_times = Vec::with_capacity(connections);
    let mut failures = 0usize;
    for batch in (0..connections).collect::<Vec<_>>().chunks(100) {
        let mut tasks = Vec::new();
        for _ in batch {
            let url = url.clone();
            tasks.push(tokio::spawn(async move {
                let started = Instant::now();
                let (mut socket, _) = tokio_tungstenite::connect_async(url)
                    .await
                    .map_err(|e| e.to_string())?;
                socket
                    .send(Frame::Text(r#"{"type":"hello"}"#.into()))
                    .await
                    .map_err(|e| e.to_string())?;
                until(&mut socket, "welcome").await?;
                Ok::<_, String>((socket, started.elapsed()))
            }));
        }
        for task in tasks {
            match task.await {
                Ok(Ok((socket, took))) => {
                    sockets.push(socket);
                    welcome_times.push(took);
                }
                _ => failures += 1,
            }
        }
    }
    let connected = hub.connected();
    let after = rss_kib();
    // Each visitor writes one line; the time until it is stored in a case.
    let mut tasks = Vec::new();
    for (i, mut socket) in sockets.into_iter().enumerate() {
        tasks.push(tokio::spawn(async move {
            let started = Instant::now();
            let line = format!(
                r#"{{"type":"message","id":"rad-{i}","text":"Hej! Jag kommer inte in i appen, fel {i}."}}"#
            );
            socket
                .send(Frame::Text(line.into()))
                .await
                .map_err(|e| e.to_string())?;
            until(&mut socket, "received").await?;
            Ok::<_, String>((socket, started.elapsed()))
        }));
    }
    let mut stored_times = Vec::new();
    let mut kept = Vec::new();
    let started = Instant::now();
    for task in tasks {
        if let Ok(Ok((socket, took))) = task.await {
            stored_times.push(took);
            kept.push(socket);
        } else {
            failures += 1;
        }
    }
    let all_stored = started.elapsed();
    welcome_times.sort();
    stored_times.sort();
    let per_connection = match (before, after) {
        (Some(b), Some(a)) if connected > 0 => {
            format!("{:.1} KiB", a.saturating_sub(b) as f64 / connected as f64)
        }
        _ => "unknown".into(),
    };
    let name = "SQLite";
    let mut row = |what: String, value: String| {
        rows.push(Row {
            backend: name,
            what,
            value,
        })
    };
    row(
        format!("chat: {connections} WebSocket visitors connected at once"),
        format!("{connected} connected, {failures} failed"),
    );
    row(
        "chat: connect to welcome, p50 / p99".into(),
        format!(
            "{} / {}",
            ms(percentile(&welcome_times, 0.5)),
            ms(percentile(&welcome_times, 0.99))
        ),
    );
    row(
        format!("chat: a line each from all {connections}, sent to stored, p50 / p99"),
        format!(
            "{} / {} ({:.0} lines/s)",
            ms(percentile(&stored_times, 0.5)),
            ms(percentile(&stored_times, 0.99)),
            stored_times.len() as f64 / all_stored.as_secs_f64()
        ),
    );
    row(
        "chat: memory per connection (server and clients in one process)".into(),
        per_connection,
    );
    drop(kept);
    sender.abort();
    server.abort();
    app.store.close().await;
    let _ = std::fs::remove_dir_all(&dir);
    Ok(())
}
