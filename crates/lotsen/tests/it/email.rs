//! The email channel end to end, with real peers on loopback: Python's smtplib
//! delivering to `serve --smtp-listen`, our reply reaching an aiosmtpd sink through
//! `LOTSEN_SMTP__RELAY` (checked header by header) and the customer's answer to it
//! threading back; `lotsen mailgate` on standard input; Dovecot holding mail that the
//! IMAP poller takes in (and new mail seen by IDLE); and a burst of 10,000 messages with
//! a SIGKILL in the middle, after which every acknowledged message is in a case once.

use std::path::Path;
use std::process::Stdio;
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::peers::{Dovecot, smtp_sink, smtplib_send, sunk};
use crate::process::{Server, call, create_admin, lotsen, serve_with_env};

fn admin_token(dir: &Path) -> String {
    create_admin(
        dir,
        &[],
        &["--signature-name", "Ada på Banken", "--team", "Kundservice"],
    )
}

/// The port the server said it takes SMTP on.
pub fn smtp_port(server: &Server) -> u16 {
    server
        .output
        .iter()
        .find_map(|l| l.split("over SMTP on ").nth(1))
        .and_then(|a| a.trim().rsplit(':').next())
        .and_then(|p| p.parse().ok())
        .expect("the server printed its SMTP address")
}

pub async fn cases(base: &str, token: &str) -> Vec<Value> {
    let (s, list) = call(
        reqwest::Method::GET,
        format!("{base}/cases?limit=200"),
        token,
        None,
    )
    .await;
    assert_eq!(s, 200, "{list}");
    list["cases"].as_array().unwrap().clone()
}

pub async fn case(base: &str, token: &str, id: &str) -> Value {
    let (s, case) = call(
        reqwest::Method::GET,
        format!("{base}/cases/{id}"),
        token,
        None,
    )
    .await;
    assert_eq!(s, 200, "{case}");
    case
}

pub async fn wait_until<F, Fut>(what: &str, mut check: F)
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    let started = Instant::now();
    while !check().await {
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "timed out: {what}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

pub fn header<'a>(raw: &'a str, name: &str) -> Option<&'a str> {
    let head = raw.split("\r\n\r\n").next().unwrap_or("");
    head.split("\r\n")
        .find(|l| {
            l.split_once(':')
                .is_some_and(|(n, _)| n.eq_ignore_ascii_case(name))
        })
        .and_then(|l| l.split_once(':'))
        .map(|(_, v)| v.trim())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn mail_over_smtp_becomes_a_case_the_reply_reaches_the_customer_and_the_answer_threads_back()
{
    let dir = tempfile::tempdir().unwrap();
    let sink_dir = dir.path().join("sink");
    std::fs::create_dir_all(&sink_dir).unwrap();
    let Some((_sink, sink_port)) = smtp_sink(&sink_dir) else {
        return;
    };
    let token = admin_token(dir.path());
    let relay = format!("127.0.0.1:{sink_port}");
    let server = serve_with_env(
        dir.path(),
        &["--smtp-listen", "127.0.0.1:0"],
        &[
            ("LOTSEN_SMTP__RELAY", relay.as_str()),
            ("LOTSEN_SMTP__FROM", "kundservice@banken.se"),
            ("LOTSEN_WORKERS__INTERVAL_MS", "100"),
        ],
    );
    let base = format!("{}/api/v1", server.base_url);
    let port = smtp_port(&server);
    let first = "From: =?utf-8?q?Bj=C3=B6rn_L=C3=A5ng?= <bjorn@example.se>\r\n\
To: Kundservice <kundservice@banken.se>\r\nSubject: =?utf-8?q?Sp=C3=A4rrat_kort?=\r\n\
Message-ID: <kort-1@example.se>\r\nDate: Tue, 01 Dec 2026 09:00:00 +0100\r\n\
Content-Type: text/plain; charset=utf-8\r\n\r\nHej! Mitt kort slutade fungera i går.\r\n";
    let answer = smtplib_send(port, "bjorn@example.se", first, dir.path());
    assert!(answer.starts_with("250 "), "{answer}");
    let list = cases(&base, &token).await;
    assert_eq!(list.len(), 1);
    let case_id = list[0]["id"].as_str().unwrap().to_owned();
    let reference = list[0]["ref"].as_str().unwrap().to_owned();
    assert_eq!(list[0]["subject"], "Spärrat kort");

    let (s, sent) = call(
        reqwest::Method::POST,
        format!("{base}/cases/{case_id}/replies"),
        &token,
        Some(json!({
            "body": "Hej Björn!\n\nVi skickar ett nytt kort i dag.",
            "attachments": [{ "filename": "villkor.pdf", "content_type": "application/pdf",
                              "content_base64": "JVBERi0xLjQgdmlsbGtvcgo=" }]
        })),
    )
    .await;
    assert_eq!(s, 201, "{sent}");
    let reply_id = sent["message_id"].as_str().unwrap().to_owned();
    let message_id = format!("<{reply_id}@banken.se>");
    let ours = |path: &std::path::PathBuf| {
        let raw = std::fs::read_to_string(path).unwrap();
        header(&raw, "Message-ID") == Some(message_id.as_str())
    };
    wait_until("the sink received the reply", || {
        let found = sunk(&sink_dir).iter().any(ours);
        async move { found }
    })
    .await;
    let files: Vec<std::path::PathBuf> = sunk(&sink_dir).into_iter().filter(ours).collect();
    assert_eq!(files.len(), 1, "sent once");
    let raw = std::fs::read_to_string(&files[0]).unwrap();
    // Out of hours, Lotsen's own answer went first, saying it is automatic.
    for other in sunk(&sink_dir).iter().filter(|p| !ours(p)) {
        let auto = std::fs::read_to_string(other).unwrap();
        assert_eq!(header(&auto, "Auto-Submitted"), Some("auto-replied"));
    }
    let envelope = std::fs::read_to_string(files[0].with_extension("envelope")).unwrap();
    assert_eq!(envelope, "kundservice@banken.se\nbjorn@example.se\n");
    assert_eq!(header(&raw, "Message-ID"), Some(message_id.as_str()));
    assert_eq!(header(&raw, "In-Reply-To"), Some("<kort-1@example.se>"));
    assert_eq!(header(&raw, "References"), Some("<kort-1@example.se>"));
    assert_eq!(header(&raw, "Reply-To"), Some("kundservice@banken.se"));
    assert_eq!(header(&raw, "X-Lotsen-Case"), Some(reference.as_str()));
    assert!(header(&raw, "Date").is_some());
    assert!(header(&raw, "Auto-Submitted").is_none());
    let parsed = lotsen_channels::email::parse(raw.as_bytes(), &Default::default()).unwrap();
    assert_eq!(parsed.from.address, "kundservice@banken.se");
    assert_eq!(parsed.from.name.as_deref(), Some("Ada på Banken"));
    assert_eq!(parsed.to[0].address, "bjorn@example.se");
    assert_eq!(parsed.to[0].name.as_deref(), Some("Björn Lång"));
    assert_eq!(
        parsed.subject.as_deref(),
        Some(format!("Re: Spärrat kort [{reference}]").as_str())
    );
    assert!(parsed.text.contains("Vi skickar ett nytt kort i dag."));
    assert!(
        parsed
            .html
            .as_deref()
            .unwrap()
            .contains("Vi skickar ett nytt kort i dag.")
    );
    wait_until("the delivery is recorded as sent", || {
        let (base, token, case_id) = (base.clone(), token.clone(), case_id.clone());
        async move {
            let c = case(&base, &token, &case_id).await;
            c["timeline"]
                .as_array()
                .unwrap()
                .iter()
                .any(|e| e["message"]["delivery"]["status"] == "sent")
        }
    })
    .await;

    // The customer answers from their mail program; it threads into the same case.
    let reply = format!(
        "From: bjorn@example.se\r\nTo: kundservice@banken.se\r\nSubject: Sv: Re: Spärrat kort [{reference}]\r\n\
Message-ID: <kort-2@example.se>\r\nIn-Reply-To: {message_id}\r\nReferences: <kort-1@example.se> {message_id}\r\n\
Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\nTack! Kommer det till min folkbokföringsadress?\r\n\r\n\
Den 1 dec. 2026 kl. 10:00 skrev Ada på Banken <kundservice@banken.se>:\r\n> Vi skickar ett nytt kort i dag.\r\n"
    );
    let answer = smtplib_send(port, "bjorn@example.se", &reply, dir.path());
    assert!(answer.starts_with("250 "), "{answer}");
    assert_eq!(cases(&base, &token).await.len(), 1);
    let shown = case(&base, &token, &case_id).await;
    let inbound: Vec<&Value> = shown["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["type"] == "message_received")
        .collect();
    assert_eq!(inbound.len(), 2);
    assert_eq!(
        inbound[1]["message"]["body"],
        "Tack! Kommer det till min folkbokföringsadress?"
    );
    server.stop();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn replies_go_to_a_relay_that_requires_starttls_and_a_login() {
    let dir = tempfile::tempdir().unwrap();
    let certs = dir.path().join("certs");
    std::fs::create_dir_all(&certs).unwrap();
    let ca = crate::peers::certificates(&certs);
    let sink_dir = dir.path().join("sink");
    std::fs::create_dir_all(&sink_dir).unwrap();
    let cert = certs.join("cert.pem").display().to_string();
    let key = certs.join("key.pem").display().to_string();
    let Some((_sink, sink_port)) =
        crate::peers::smtp_sink_with(&sink_dir, &[&cert, &key, "lotsen", "relä-lösen"])
    else {
        return;
    };
    let token = admin_token(dir.path());
    let relay = format!("127.0.0.1:{sink_port}");
    let ca = ca.display().to_string();
    let server = serve_with_env(
        dir.path(),
        &[],
        &[
            ("LOTSEN_SMTP__RELAY", relay.as_str()),
            ("LOTSEN_SMTP__FROM", "kundservice@banken.se"),
            ("LOTSEN_SMTP__TLS", "starttls"),
            ("LOTSEN_SMTP__CA_FILE", ca.as_str()),
            ("LOTSEN_SMTP__USERNAME", "lotsen"),
            ("LOTSEN_SMTP__PASSWORD", "relä-lösen"),
            ("LOTSEN_WORKERS__INTERVAL_MS", "100"),
        ],
    );
    let base = format!("{}/api/v1", server.base_url);
    let out = lotsen(dir.path())
        .args(["mailgate", "--url", &server.base_url, "--token", &token])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    {
        use std::io::Write;
        let mut out = out;
        out.stdin
            .take()
            .unwrap()
            .write_all(b"From: eva@example.se\r\nSubject: Ny PIN-kod\r\nMessage-ID: <pin-1@example.se>\r\n\r\nJag har tappat min PIN-kod.\r\n")
            .unwrap();
        assert!(out.wait_with_output().unwrap().status.success());
    }
    let case_id = cases(&base, &token).await[0]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let (s, sent) = call(
        reqwest::Method::POST,
        format!("{base}/cases/{case_id}/replies"),
        &token,
        Some(json!({ "body": "Hej Eva! En ny PIN-kod är på väg med posten." })),
    )
    .await;
    assert_eq!(s, 201, "{sent}");
    let reply_id = sent["message_id"].as_str().unwrap().to_owned();
    let message_id = format!("<{reply_id}@banken.se>");
    wait_until("the relay received the reply", || {
        let found = sunk(&sink_dir).iter().any(|p| {
            let raw = std::fs::read_to_string(p).unwrap();
            header(&raw, "Message-ID") == Some(message_id.as_str())
        });
        async move { found }
    })
    .await;
    let ours = sunk(&sink_dir)
        .into_iter()
        .find(|p| {
            let raw = std::fs::read_to_string(p).unwrap();
            header(&raw, "Message-ID") == Some(message_id.as_str())
        })
        .unwrap();
    let envelope = std::fs::read_to_string(ours.with_extension("envelope")).unwrap();
    assert_eq!(
        envelope,
        "kundservice@banken.se\neva@example.se\ntls\nauthenticated=True\n"
    );
    server.stop();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_mailgate_posts_standard_input_and_speaks_sysexits() {
    let dir = tempfile::tempdir().unwrap();
    let token = admin_token(dir.path());
    let server = serve_with_env(dir.path(), &[], &[]);
    let base = format!("{}/api/v1", server.base_url);
    let gate = |token: &str, url: &str, input: &str| {
        use std::io::Write;
        let mut child = lotsen(dir.path())
            .args([
                "mailgate",
                "--url",
                url,
                "--token",
                token,
                "--timeout-secs",
                "10",
            ])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        child
            .stdin
            .take()
            .unwrap()
            .write_all(input.as_bytes())
            .unwrap();
        child.wait_with_output().unwrap()
    };
    let raw = "From: Eva <eva@example.se>\r\nSubject: Autogiro\r\nMessage-ID: <gate-1@example.se>\r\n\r\nHur startar jag autogiro?\r\n";
    let url = server.base_url.clone();
    let out = gate(&token, &url, raw);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let body: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(body["outcome"], "message");
    assert_eq!(body["created_case"], true);
    let again = gate(&token, &url, raw);
    let body: Value = serde_json::from_slice(&again.stdout).unwrap();
    assert_eq!(body["duplicate"], true);
    let junk = gate(&token, &url, "this is not mail at all");
    assert_eq!(junk.status.code(), Some(0), "a dead letter is stored too");
    let body: Value = serde_json::from_slice(&junk.stdout).unwrap();
    assert_eq!(body["outcome"], "dead_letter");
    assert_eq!(gate("lotsen_wrong", &url, raw).status.code(), Some(77));
    assert_eq!(gate(&token, &url, "").status.code(), Some(65));
    assert_eq!(cases(&base, &token).await.len(), 1);
    server.stop();
    let down = gate(&token, &url, raw);
    assert_eq!(
        down.status.code(),
        Some(75),
        "the MTA keeps the mail and tries again"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_imap_poller_takes_in_dovecot_mail_over_tls_and_plain_and_sees_new_mail_by_idle() {
    let dir = tempfile::tempdir().unwrap();
    let Some(dovecot) = Dovecot::start(&dir.path().join("dovecot")) else {
        return;
    };
    dovecot.imaplib("m.create('Support')\nm.create('Lotsen')");
    for (i, text) in ["Var är mitt årsbesked?", "Jag vill byta adress."]
        .iter()
        .enumerate()
    {
        dovecot.append(
            "INBOX",
            &format!(
                "From: kund{i}@example.se\r\nSubject: Fråga {i}\r\nMessage-ID: <imap-{i}@example.se>\r\n\
Content-Type: text/plain; charset=utf-8\r\n\r\n{text}\r\n"
            ),
        );
    }
    dovecot.append(
        "Support",
        "From: foretag@example.se\r\nSubject: Kontokredit\r\nMessage-ID: <tls-1@example.se>\r\n\r\nVi vill höja krediten.\r\n",
    );
    let token = admin_token(dir.path());
    // The plain INBOX and, over TLS with the test CA, the Support folder (moved when done).
    let config = dir.path().join("lotsen.toml");
    std::fs::write(
        &config,
        format!(
            "[[imap]]\nurl = \"imap://kund:hemligt@127.0.0.1:{}/INBOX\"\npoll_secs = 60\n\n\
[[imap]]\nurl = \"imaps://kund:hemligt@127.0.0.1:{}/Support\"\nca_file = \"{}\"\nmove_to = \"Lotsen\"\npoll_secs = 60\n",
            dovecot.port,
            dovecot.tls_port,
            dovecot.ca_file.display()
        ),
    )
    .unwrap();
    let config = config.display().to_string();
    let server = serve_with_env(dir.path(), &[], &[("LOTSEN_CONFIG", config.as_str())]);
    let base = format!("{}/api/v1", server.base_url);
    wait_until("all three messages are cases", || {
        let (base, token) = (base.clone(), token.clone());
        async move { cases(&base, &token).await.len() == 3 }
    })
    .await;
    // Marked seen and taken, never fetched twice; the TLS folder's mail was moved.
    wait_until("the inbox marked taken and the folder moved", || {
        let left = dovecot.imaplib(
            "typ, data = m.uid('search', None, 'UNKEYWORD $LotsenTaken')\nprint(len(data[0].split()))\n\
m.select('Support')\ntyp, data = m.uid('search', None, 'ALL')\nprint(len(data[0].split()))\n\
m.select('Lotsen')\ntyp, data = m.uid('search', None, 'KEYWORD $LotsenTaken')\nprint(len(data[0].split()))",
        );
        async move { left == "0\n0\n1" }
    })
    .await;
    let seen =
        dovecot.imaplib("typ, data = m.uid('search', None, 'SEEN')\nprint(len(data[0].split()))");
    assert_eq!(seen, "2");
    dovecot.append(
        "INBOX",
        "From: kund9@example.se\r\nSubject: Swish\r\nMessage-ID: <imap-9@example.se>\r\n\r\nSwish fungerar inte.\r\n",
    );
    let started = Instant::now();
    wait_until("the new message is a case", || {
        let (base, token) = (base.clone(), token.clone());
        async move { cases(&base, &token).await.len() == 4 }
    })
    .await;
    assert!(
        started.elapsed() < Duration::from_secs(30),
        "IDLE, not the 60 s poll, brought it"
    );
    server.stop();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_burst_of_10000_messages_survives_a_sigkill_every_acknowledged_one_in_a_case_once() {
    let dir = tempfile::tempdir().unwrap();
    let accepted = dir.path().join("accepted.txt");
    std::fs::write(&accepted, "").unwrap();
    let _token = admin_token(dir.path());
    let burst = |port: u16, numbers: &str| {
        std::process::Command::new("python3")
            .arg(crate::peers::script("burst.py"))
            .args(["127.0.0.1", &port.to_string(), numbers, "4"])
            .arg(&accepted)
            .spawn()
            .unwrap()
    };
    let lines = || std::fs::read_to_string(&accepted).unwrap().lines().count();
    let server = serve_with_env(dir.path(), &["--smtp-listen", "127.0.0.1:0"], &[]);
    let mut sender = crate::peers::Peer(burst(smtp_port(&server), "0-9999"));
    let started = Instant::now();
    while lines() < 3000 {
        assert!(
            started.elapsed() < Duration::from_secs(300),
            "the burst stalled"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    server.kill_hard();
    sender.0.wait().unwrap();
    let first_round: std::collections::HashSet<u32> = std::fs::read_to_string(&accepted)
        .unwrap()
        .lines()
        .map(|l| l.parse().unwrap())
        .collect();
    assert!(first_round.len() >= 3000 && first_round.len() < 10_000);
    // The MTA sends what was not acknowledged again, to the restarted server; a message
    // stored just before the kill but not yet acknowledged is recognised.
    let server = serve_with_env(dir.path(), &["--smtp-listen", "127.0.0.1:0"], &[]);
    let port = smtp_port(&server);
    let missing: Vec<String> = (0..10_000)
        .filter(|n| !first_round.contains(n))
        .map(|n| n.to_string())
        .collect();
    let numbers = dir.path().join("missing.txt");
    std::fs::write(&numbers, missing.join("\n")).unwrap();
    let mut resend = crate::peers::Peer(burst(port, numbers.to_str().unwrap()));
    resend.0.wait().unwrap();
    let all: std::collections::HashSet<u32> = std::fs::read_to_string(&accepted)
        .unwrap()
        .lines()
        .map(|l| l.parse().unwrap())
        .collect();
    assert_eq!(all.len(), 10_000, "every message acknowledged in the end");
    server.stop();
    let url = format!(
        "sqlite://{}?mode=ro",
        dir.path().join("lotsen.db").display()
    );
    let pool = sqlx::SqlitePool::connect(&url).await.unwrap();
    let rows: Vec<(String, i64, i64)> = sqlx::query_as(
        "SELECT m.external_id, COUNT(*), COUNT(DISTINCT c.id) FROM messages m JOIN cases c ON c.id = m.case_id
         WHERE m.channel = 'email' AND m.direction = 'inbound' GROUP BY m.external_id",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    assert_eq!(rows.len(), 10_000, "every message is in a case");
    assert!(
        rows.iter().all(|(_, n, c)| *n == 1 && *c == 1),
        "none twice"
    );
    for n in &first_round {
        let id = format!("burst-{n}@example.se");
        assert!(
            rows.iter().any(|(e, _, _)| *e == id),
            "{id} was acknowledged but is missing"
        );
    }
}
