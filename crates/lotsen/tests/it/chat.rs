//! The web chat over a real WebSocket: `/widget.js` is served; a visitor's lines become
//! one case, an agent's reply on the chat reaches the open connection and is recorded
//! as sent, and the visitor who comes back with the id their browser kept gets the
//! transcript and lands in the same case. Two servers on one PostgreSQL: a visitor
//! connected to one gets the replies and the typing of agents working on the other.

use std::time::{Duration, Instant};

use futures_util::{SinkExt, StreamExt};
use serde_json::{Value, json};
use tokio_tungstenite::tungstenite::Message as Frame;

use crate::process::{TwoServers, call, create_admin, delivery, serve_with_env, two_servers};

type Socket =
    tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

async fn open(base_url: &str) -> Socket {
    let url = format!("{}/chat/ws", base_url.replace("http://", "ws://"));
    tokio_tungstenite::connect_async(url).await.unwrap().0
}

async fn send(socket: &mut Socket, frame: Value) {
    socket
        .send(Frame::Text(frame.to_string().into()))
        .await
        .unwrap();
}

/// The next JSON frame (at most ten seconds away).
async fn next(socket: &mut Socket) -> Value {
    let frame = tokio::time::timeout(Duration::from_secs(10), socket.next())
        .await
        .expect("a frame within ten seconds")
        .unwrap()
        .unwrap();
    match frame {
        Frame::Text(text) => serde_json::from_str(&text).unwrap(),
        other => panic!("{other:?}"),
    }
}

/// Frames until one of `kind`.
async fn until(socket: &mut Socket, kind: &str) -> Value {
    loop {
        let frame = next(socket).await;
        if frame["type"] == kind {
            return frame;
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_visitor_chats_gets_the_agents_reply_and_comes_back_to_the_same_case() {
    let dir = tempfile::tempdir().unwrap();
    let token = create_admin(dir.path(), &[], &["--team", "Kundservice"]);
    let server = serve_with_env(dir.path(), &[], &[("LOTSEN_WORKERS__INTERVAL_MS", "100")]);
    let api = format!("{}/api/v1", server.base_url);
    let script = reqwest::get(format!("{}/widget.js", server.base_url))
        .await
        .unwrap();
    assert_eq!(script.status(), 200);
    assert!(
        script.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("application/javascript")
    );
    assert!(script.text().await.unwrap().contains("/chat/ws"));

    let mut socket = open(&server.base_url).await;
    send(
        &mut socket,
        json!({ "type": "message", "id": "x", "text": "hej" }),
    )
    .await;
    assert_eq!(next(&mut socket).await["code"], "hello_first");
    send(&mut socket, json!({ "type": "hello" })).await;
    let welcome = until(&mut socket, "welcome").await;
    let visitor = welcome["visitor"].as_str().unwrap().to_owned();
    assert!(welcome["case_id"].is_null());
    send(
        &mut socket,
        json!({ "type": "message", "id": "rad-1", "text": "Hej! Mitt kort har slutat fungera i butiken." }),
    )
    .await;
    let received = until(&mut socket, "received").await;
    let case = received["case_id"].as_str().unwrap().to_owned();
    // The same line sent again after a dropped connection is one message.
    send(
        &mut socket,
        json!({ "type": "message", "id": "rad-1", "text": "Hej! Mitt kort har slutat fungera i butiken." }),
    )
    .await;
    assert_eq!(
        until(&mut socket, "received").await["case_id"],
        case.as_str()
    );

    // The agent starts typing; the visitor sees it.
    let (s, shown) = call(
        reqwest::Method::POST,
        format!("{api}/cases/{case}/typing"),
        &token,
        None,
    )
    .await;
    assert_eq!((s, shown["connections_here"].clone()), (202, json!(1)));
    assert_eq!(next(&mut socket).await["type"], "typing");

    // An agent answers on the chat; the open connection gets it.
    let (s, created) = call(
        reqwest::Method::POST,
        format!("{api}/cases/{case}/replies"),
        &token,
        Some(json!({ "body": "Hej! Jag spärrar kortet och beställer ett nytt till dig." })),
    )
    .await;
    assert_eq!(s, 201, "{created}");
    let reply = until(&mut socket, "line").await;
    assert_eq!(reply["from"], "agent");
    assert_eq!(
        reply["text"],
        "Hej! Jag spärrar kortet och beställer ett nytt till dig."
    );
    let message = created["message_id"].as_str().unwrap();
    delivery(&api, &token, &case, message, "sent").await;
    let (_, view) = call(
        reqwest::Method::GET,
        format!("{api}/cases/{case}"),
        &token,
        None,
    )
    .await;
    let received: Vec<&Value> = view["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["type"] == "message_received")
        .collect();
    assert_eq!(received.len(), 1, "{view}");
    drop(socket);

    // Back later in the same browser: the transcript, and the same case.
    let mut again = open(&server.base_url).await;
    send(&mut again, json!({ "type": "hello", "visitor": visitor })).await;
    let welcome = until(&mut again, "welcome").await;
    assert_eq!(welcome["visitor"], visitor.as_str());
    assert_eq!(welcome["case_id"], case.as_str());
    let first = until(&mut again, "line").await;
    let second = until(&mut again, "line").await;
    assert_eq!(
        (first["from"].clone(), second["from"].clone()),
        (json!("visitor"), json!("agent"))
    );
    send(
        &mut again,
        json!({ "type": "message", "id": "rad-2", "text": "Tack, vad snabbt!" }),
    )
    .await;
    assert_eq!(
        until(&mut again, "received").await["case_id"],
        case.as_str()
    );
    server.stop();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_visitor_on_one_server_gets_what_agents_on_the_other_do() {
    let TwoServers {
        _db,
        _dir,
        a,
        b,
        token,
    } = two_servers().await;
    let api_a = format!("{}/api/v1", a.base_url);

    // The visitor is connected to B only.
    let mut socket = open(&b.base_url).await;
    send(&mut socket, json!({ "type": "hello" })).await;
    until(&mut socket, "welcome").await;
    send(
        &mut socket,
        json!({ "type": "message", "id": "r1", "text": "Hej, jag kommer inte in i appen." }),
    )
    .await;
    let case = until(&mut socket, "received").await["case_id"]
        .as_str()
        .unwrap()
        .to_owned();

    // Typing on A is shown through B.
    let (s, shown) = call(
        reqwest::Method::POST,
        format!("{api_a}/cases/{case}/typing"),
        &token,
        None,
    )
    .await;
    assert_eq!((s, shown["connections_here"].clone()), (202, json!(0)));
    assert_eq!(next(&mut socket).await["type"], "typing");

    // Replies through A arrive at once, whichever server works the job (a retry would
    // take ten seconds), and each is recorded as sent.
    for n in 1..=4 {
        let text = format!("Svar {n}: prova att logga in med BankID igen.");
        let started = Instant::now();
        let (s, created) = call(
            reqwest::Method::POST,
            format!("{api_a}/cases/{case}/replies"),
            &token,
            Some(json!({ "body": text })),
        )
        .await;
        assert_eq!(s, 201, "{created}");
        let line = until(&mut socket, "line").await;
        assert_eq!(line["text"], text.as_str());
        assert!(started.elapsed() < Duration::from_secs(5), "{n}");
        let message = created["message_id"].as_str().unwrap();
        delivery(&api_a, &token, &case, message, "sent").await;
    }
    // Each reply reached the visitor once.
    send(&mut socket, json!({ "type": "bogus" })).await;
    assert_eq!(next(&mut socket).await["code"], "unknown_frame");
    a.stop();
    b.stop();
}
