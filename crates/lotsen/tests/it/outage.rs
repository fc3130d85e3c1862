//! The demo's outage morning replayed against the binary, with an aiosmtpd sink for
//! email and a stand-in for Meta's Graph API: customers write about the app login on
//! email, Messenger and a Facebook comment (and one about something else); the lead
//! declares the incident; the login cases are suggested and the other is not; each is
//! linked with one action; one status update reaches every linked case on its own
//! channel exactly once, by the customer's first name; a customer adds another question;
//! resolving the incident closes the cases that were only about the fault and keeps
//! that one open.

use std::path::Path;
use std::time::Duration;

use lotsen_testkit::GraphStandIn;
use serde_json::{Value, json};

use crate::email::{case, cases, smtp_port, wait_until};
use crate::peers::{smtp_sink, smtplib_send, sunk};
use crate::process::{call, create_admin, serve_with_env};
use crate::social::{SECRET, TOKEN, comment, deliver};

/// What the customers wrote by email: (name, address, subject, body).
const MAILS: &[(&str, &str, &str, &str)] = &[
    (
        "Björn Lång",
        "bjorn@example.se",
        "Inloggningen i appen",
        "Appen går inte att logga in i! Det står bara 'Tekniskt fel'.",
    ),
    (
        "Åsa Öberg",
        "asa@example.se",
        "Kan inte logga in",
        "Kan inte logga in med BankID i appen sedan i morse, är det något fel hos er?",
    ),
    (
        "Per Nyström",
        "per@example.se",
        "Appen hänger sig",
        "Inloggningen i appen hänger sig. Tredje gången jag försöker.",
    ),
    (
        "Maria Ek",
        "maria@example.se",
        "Adressändring",
        "Hej! Jag har flyttat och vill ändra min adress för kontoutdragen.",
    ),
];

fn mail(i: usize, (name, address, subject, body): (&str, &str, &str, &str)) -> String {
    format!(
        "From: {name} <{address}>\r\nTo: kundservice@banken.se\r\nSubject: {subject}\r\n\
Message-ID: <morgon-{i}@example.se>\r\nDate: Mon, 30 Nov 2026 07:5{i}:00 +0100\r\n\
Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n{body}\r\n"
    )
}

fn messenger(sender: &str, mid: &str, text: &str) -> Vec<u8> {
    format!(
        r#"{{"object":"page","entry":[{{"id":"555","time":1764485000000,"messaging":[
        {{"sender":{{"id":"{sender}"}},"recipient":{{"id":"555"}},"timestamp":1764485000000,
         "message":{{"mid":"{mid}","text":"{text}"}}}}]}}]}}"#
    )
    .into_bytes()
}

async fn api(method: reqwest::Method, url: String, token: &str, body: Option<Value>) -> Value {
    let (s, v) = call(method, url, token, body).await;
    assert!((200..300).contains(&s), "{s} {v}");
    v
}

/// The mails in the sink whose text holds `needle`, as (recipient, text).
fn mails_saying(dir: &Path, needle: &str) -> Vec<(String, String)> {
    sunk(dir)
        .iter()
        .filter_map(|p| {
            let raw = std::fs::read(p).unwrap();
            let parsed = lotsen_channels::email::parse(&raw, &Default::default()).unwrap();
            parsed.text.contains(needle).then(|| {
                let to = parsed.to[0].address.clone();
                (to, parsed.text)
            })
        })
        .collect()
}

/// The Graph calls whose text holds `needle`, as (path, recipient, text).
fn graph_saying(graph: &GraphStandIn, needle: &str) -> Vec<(String, String, String)> {
    graph
        .calls()
        .into_iter()
        .filter_map(|c| {
            let text = c.body["message"]["text"]
                .as_str()
                .or(c.body["message"].as_str())?
                .to_owned();
            let to = &c.body["recipient"];
            let to = to["id"]
                .as_str()
                .or(to["comment_id"].as_str())
                .unwrap_or("");
            text.contains(needle).then(|| (c.path, to.to_owned(), text))
        })
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_outage_morning_is_linked_told_once_on_each_channel_and_closed() {
    let dir = tempfile::tempdir().unwrap();
    let sink_dir = dir.path().join("sink");
    std::fs::create_dir_all(&sink_dir).unwrap();
    let Some((_sink, sink_port)) = smtp_sink(&sink_dir) else {
        return;
    };
    let graph = GraphStandIn::start(TOKEN).await;
    let token = create_admin(
        dir.path(),
        &[],
        &["--signature-name", "Ada", "--team", "Kundservice"],
    );
    let relay = format!("127.0.0.1:{sink_port}");
    let server = serve_with_env(
        dir.path(),
        &["--smtp-listen", "127.0.0.1:0"],
        &[
            ("LOTSEN_SMTP__RELAY", relay.as_str()),
            ("LOTSEN_SMTP__FROM", "kundservice@banken.se"),
            ("LOTSEN_WORKERS__INTERVAL_MS", "100"),
            ("LOTSEN_META__APP_SECRET", SECRET),
            ("LOTSEN_META__VERIFY_TOKEN", "verify"),
            ("LOTSEN_META__PAGE_ACCESS_TOKEN", TOKEN),
            ("LOTSEN_META__GRAPH_BASE_URL", graph.base_url.as_str()),
        ],
    );
    let base = format!("{}/api/v1", server.base_url);
    let port = smtp_port(&server);

    // The morning: mail, Messenger and a Facebook comment.
    for (i, m) in MAILS.iter().enumerate() {
        let answer = smtplib_send(port, m.1, &mail(i, *m), dir.path());
        assert!(answer.starts_with("250 "), "{answer}");
    }
    deliver(
        &server.base_url,
        &messenger(
            "9101",
            "m_utfall_1",
            "Hallå? Appen fungerar inte, jag kan inte logga in!!",
        ),
    )
    .await;
    deliver(
        &server.base_url,
        &messenger(
            "9102",
            "m_utfall_2",
            "Inloggningen i appen fungerar inte sedan i morse",
        ),
    )
    .await;
    deliver(
        &server.base_url,
        &comment(
            "555_1_31",
            ("7031", "Olle Svensson"),
            1764485100,
            "Fungerar inte inloggningen i appen i dag? BankID hänger sig.",
        ),
    )
    .await;
    wait_until("every contact is a case", || {
        let (base, token) = (base.clone(), token.clone());
        async move { cases(&base, &token).await.len() == 7 }
    })
    .await;
    let all = cases(&base, &token).await;
    let other = all
        .iter()
        .find(|c| c["subject"] == "Adressändring")
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let login: Vec<String> = all
        .iter()
        .map(|c| c["id"].as_str().unwrap().to_owned())
        .filter(|id| *id != other)
        .collect();

    // The lead declares the incident; the login cases are suggested, the other is not.
    let incident = api(
        reqwest::Method::POST,
        format!("{base}/incidents"),
        &token,
        Some(json!({ "title": "Inloggningen i appen fungerar inte",
                     "services": ["app", "bankid"],
                     "public_status": "Just nu går det inte att logga in i appen. Vi arbetar på att lösa det." })),
    )
    .await;
    let id = incident["id"].as_str().unwrap().to_owned();
    let suggested = api(
        reqwest::Method::GET,
        format!("{base}/incidents/{id}/suggestions"),
        &token,
        None,
    )
    .await;
    let mut found: Vec<String> = suggested
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["case"]["id"].as_str().unwrap().to_owned())
        .collect();
    found.sort();
    let mut expected = login.clone();
    expected.sort();
    assert_eq!(found, expected, "{suggested}");
    for case_id in &login {
        api(
            reqwest::Method::POST,
            format!("{base}/incidents/{id}/links"),
            &token,
            Some(json!({ "case_id": case_id })),
        )
        .await;
    }

    // One status update reaches every linked case on its channel, once.
    let update = "Felet är hittat och inloggningen fungerar igen.";
    let told = api(
        reqwest::Method::POST,
        format!("{base}/incidents/{id}/updates"),
        &token,
        Some(json!({ "text": update })),
    )
    .await;
    assert_eq!(told["told"], 6, "{told}");
    wait_until("the update reached every channel", || {
        let ok =
            mails_saying(&sink_dir, update).len() >= 3 && graph_saying(&graph, update).len() >= 3;
        async move { ok }
    })
    .await;
    // Long enough for a second send to show.
    tokio::time::sleep(Duration::from_secs(2)).await;
    let mut mailed = mails_saying(&sink_dir, update);
    mailed.sort();
    let recipients: Vec<&str> = mailed.iter().map(|(to, _)| to.as_str()).collect();
    assert_eq!(
        recipients,
        ["asa@example.se", "bjorn@example.se", "per@example.se"]
    );
    assert!(mailed[0].1.starts_with("Hej Åsa!"), "{}", mailed[0].1);
    assert!(
        mailed[1].1.contains("Vänliga hälsningar\r\nAda")
            || mailed[1].1.contains("Vänliga hälsningar\nAda"),
        "{}",
        mailed[1].1
    );
    let mut posted = graph_saying(&graph, update);
    posted.sort();
    let to: Vec<(&str, &str)> = posted
        .iter()
        .map(|(path, to, _)| (path.as_str(), to.as_str()))
        .collect();
    assert_eq!(
        to,
        [
            ("/me/messages", "555_1_31"),
            ("/me/messages", "9101"),
            ("/me/messages", "9102")
        ],
        "private answers, the commenter by a private reply"
    );
    let (_, _, olle) = &posted[0];
    assert_eq!(olle, &format!("Hej Olle! {update}\n/Ada"));

    // Björn asks something else; resolving closes the rest and keeps his case open.
    let bjorn = all
        .iter()
        .find(|c| c["subject"] == "Inloggningen i appen")
        .unwrap();
    let reference = bjorn["ref"].as_str().unwrap();
    let more = format!(
        "From: Björn Lång <bjorn@example.se>\r\nTo: kundservice@banken.se\r\n\
Subject: Sv: Inloggningen i appen [{reference}]\r\nMessage-ID: <morgon-9@example.se>\r\n\
Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n\
Tack! En sak till: kan jag höja beloppsgränsen för Swish?\r\n"
    );
    let answer = smtplib_send(port, "bjorn@example.se", &more, dir.path());
    assert!(answer.starts_with("250 "), "{answer}");
    let closing = "Störningen är över. Tack för ert tålamod.";
    let done = api(
        reqwest::Method::POST,
        format!("{base}/incidents/{id}/resolve"),
        &token,
        Some(json!({ "text": closing })),
    )
    .await;
    assert_eq!(
        (done["told"].as_u64(), done["resolved"].as_u64()),
        (Some(6), Some(5)),
        "{done}"
    );
    let bjorn_id = bjorn["id"].as_str().unwrap();
    for case_id in &login {
        let shown = case(&base, &token, case_id).await;
        let expected = if case_id == bjorn_id {
            "waiting_on_customer"
        } else {
            "resolved"
        };
        assert_eq!(shown["status"], expected, "{}", shown["subject"]);
    }
    let untouched = case(&base, &token, &other).await;
    assert!(untouched["status"] != "resolved");
    assert!(
        !untouched["timeline"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["type"] == "incident_linked")
    );
    wait_until("the closing text reached every channel", || {
        let ok =
            mails_saying(&sink_dir, closing).len() >= 3 && graph_saying(&graph, closing).len() >= 3;
        async move { ok }
    })
    .await;
    tokio::time::sleep(Duration::from_secs(1)).await;
    assert_eq!(mails_saying(&sink_dir, closing).len(), 3);
    assert_eq!(graph_saying(&graph, closing).len(), 3);
    assert_eq!(
        mails_saying(&sink_dir, update).len(),
        3,
        "nothing sent twice"
    );
    let shown = api(
        reqwest::Method::GET,
        format!("{base}/incidents/{id}"),
        &token,
        None,
    )
    .await;
    assert_eq!(shown["status"], "resolved");
    assert_eq!(shown["linked_cases"], 6);
    assert_eq!(shown["customers_affected"], 6);
    assert_eq!(shown["extra_contacts"], 1, "Björn wrote again");
    server.stop();
}
