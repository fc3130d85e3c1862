//! The workspace's case actions over HTTP, on both backends: a handoff refused without
//! its note, then sent with one and accepted by the receiver from their own inbox; an
//! escalation answered by the team it went to; a resolution that needs a summary, and a
//! reopening; the case's facts (owner, path counters, the customer's other cases) and the
//! live stream that tells an open page its case changed.

use std::time::Duration;

use lotsen_testkit::{Backend, TestApp, on_both_backends};
use reqwest::header::COOKIE;
use serde_json::json;

use crate::workspace::{PASSWORD, attr, client, page, post_form, select, sign_in};

async fn form(base: &str, session: &str, path: &str, fields: &[(&str, &str)]) -> (u16, String) {
    let (status, _, body) = post_form(&format!("{base}{path}"), session, fields).await;
    (status, body)
}

/// The session's CSRF token, read from a page.
async fn csrf(base: &str, session: &str) -> String {
    let (_, html) = page(&format!("{base}/inbox"), session).await;
    attr(&html, "form[action='/logout'] input[name=csrf]", "value")
}

/// Reads the live stream until an event named `name` arrives (at most five seconds).
async fn next_event(stream: &mut reqwest::Response, seen: &mut String, name: &str) -> String {
    let wanted = format!("event: {name}\n");
    let deadline = tokio::time::Instant::now() + Duration::from_secs(5);
    loop {
        if let Some(at) = seen.find(&wanted) {
            let rest = seen[at + wanted.len()..].to_owned();
            if let Some(end) = rest.find("\n\n") {
                *seen = rest[end + 2..].to_owned();
                return rest[..end].to_owned();
            }
        }
        let chunk = tokio::time::timeout_at(deadline, stream.chunk())
            .await
            .unwrap_or_else(|_| panic!("no {name} event within five seconds: {seen:?}"))
            .unwrap()
            .expect("the stream ended");
        seen.push_str(&String::from_utf8_lossy(&chunk));
    }
}

async fn agents_hand_off_escalate_answer_and_resolve(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let base = t.base_url.clone();
    let service = t.team("Kundservice").await;
    let cards = t.team("Kort").await;
    t.agent("Karin Lund", "agent", &[service]).await;
    t.agent("Olle Kort", "agent", &[cards]).await;
    for email in ["karin.lund@banken.se", "olle.kort@banken.se"] {
        lotsen_app::signin::set_password(&t.app, email, PASSWORD)
            .await
            .unwrap();
    }
    let customer = json!({ "name": "Eva Berg", "email": "eva@example.se" });
    let (s, earlier) = t
        .post(
            &t.admin,
            "/api/v1/messages",
            json!({ "external_id": "wa-0", "customer": customer, "team_id": service,
                    "subject": "Adressändring", "body": "Jag har flyttat." }),
        )
        .await;
    assert_eq!(s, 201, "{earlier}");
    let (s, _) = t
        .post(
            &t.admin,
            &format!(
                "/api/v1/cases/{}/close",
                earlier["case_id"].as_str().unwrap()
            ),
            json!({ "reason": "Kunden ändrade själv i appen." }),
        )
        .await;
    assert_eq!(s, 200);
    let (s, created) = t
        .post(
            &t.admin,
            "/api/v1/messages",
            json!({ "external_id": "wa-1", "customer": customer, "team_id": service,
                    "subject": "Kortet spärrat utomlands", "body": "Kortet nekas i Spanien." }),
        )
        .await;
    assert_eq!(s, 201, "{created}");
    let case = created["case_id"].as_str().unwrap().to_owned();
    let case_url = format!("{base}/cases/{case}");

    let karin_s = sign_in(&base, "karin.lund@banken.se", PASSWORD)
        .await
        .unwrap();
    let olle_s = sign_in(&base, "olle.kort@banken.se", PASSWORD)
        .await
        .unwrap();
    let k = csrf(&base, &karin_s).await;
    let o = csrf(&base, &olle_s).await;

    // Karin takes the unowned case; its facts name her, and the customer's closed case
    // from the same month is beside it.
    let (_, html) = page(&case_url, &karin_s).await;
    assert_eq!(select(&html, ".facts .owner"), ["Ingen"]);
    assert_eq!(
        select(&html, ".others li a"),
        [format!(
            "{} Adressändring",
            earlier["case_ref"].as_str().unwrap()
        )]
    );
    let (s, _) = form(
        &base,
        &karin_s,
        &format!("/cases/{case}/take"),
        &[("csrf", &k)],
    )
    .await;
    assert_eq!(s, 303);
    let (_, html) = page(&case_url, &karin_s).await;
    assert_eq!(select(&html, ".facts .owner"), ["Karin Lund"]);
    assert_eq!(
        select(&html, ".timeline li.event-assigned .body"),
        ["Karin Lund"]
    );

    // A page open on the case hears about every change to it.
    let mut live = client()
        .get(format!("{base}/ui/live?case={case}"))
        .header(COOKIE, &olle_s)
        .send()
        .await
        .unwrap();
    assert_eq!(live.status(), 200);
    assert!(
        live.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/event-stream")
    );
    let mut seen = String::new();
    next_event(&mut live, &mut seen, "ready").await;

    // A handoff without a note is refused, naming what is missing; with one, it waits
    // for Olle, and Karin cannot accept it herself.
    let olle_id = {
        let (_, html) = page(&case_url, &karin_s).await;
        let options = scraper::Selector::parse("#handoff-to option").unwrap();
        html.select(&options)
            .find(|o| o.text().collect::<String>() == "Olle Kort")
            .and_then(|o| o.value().attr("value"))
            .unwrap()
            .to_owned()
    };
    assert!(olle_id.starts_with("agent:"), "{olle_id}");
    let (s, body) = form(
        &base,
        &karin_s,
        &format!("/cases/{case}/handoff"),
        &[("csrf", &k), ("to", &olle_id), ("note", " ")],
    )
    .await;
    assert_eq!(s, 422);
    let html = scraper::Html::parse_document(&body);
    assert_eq!(
        select(&html, ".error"),
        ["Kontrollera: överlämningsanteckningen."]
    );
    let note = "Kunden reser i Spanien till fredag. Kortet spärrades av bedrägeriskyddet; behöver hävas av kortteamet.";
    let (s, _) = form(
        &base,
        &karin_s,
        &format!("/cases/{case}/handoff"),
        &[("csrf", &k), ("to", &olle_id), ("note", note)],
    )
    .await;
    assert_eq!(s, 303);
    let data = next_event(&mut live, &mut seen, "case").await;
    assert!(data.contains(&case), "{data}");
    let (_, html) = page(&case_url, &karin_s).await;
    assert_eq!(select(&html, ".task.handoff .handoff-note"), [note]);
    assert!(select(&html, ".task.handoff form[action$='/accept']").is_empty());

    // Olle finds it in his inbox and accepts it on his own session.
    let (_, html) = page(&format!("{base}/inbox"), &olle_s).await;
    assert_eq!(
        select(&html, "#handed tr.case td a"),
        ["Kortet spärrat utomlands"]
    );
    let (_, html) = page(&case_url, &olle_s).await;
    let accept = attr(&html, ".task.handoff form[action$='/accept']", "action");
    let (s, _) = form(&base, &olle_s, &accept, &[("csrf", &o)]).await;
    assert_eq!(s, 303);
    let (_, html) = page(&case_url, &olle_s).await;
    assert_eq!(select(&html, ".facts .owner"), ["Olle Kort"]);
    assert_eq!(select(&html, ".facts .team"), ["Kort"]);
    assert_eq!(
        select(&html, ".timeline li.event-handoff_accepted").len(),
        1
    );
    let counters = select(&html, ".counters dd");
    assert_eq!(counters[0], "1", "one handoff: {counters:?}");
    let (_, html) = page(&format!("{base}/inbox"), &olle_s).await;
    assert!(
        select(&html, "#handed").is_empty(),
        "nothing waits any more"
    );

    // Olle asks Kundservice; Karin answers from her inbox.
    let (s, _) = form(
        &base,
        &olle_s,
        &format!("/cases/{case}/escalate"),
        &[
            ("csrf", &o),
            ("kind", "specialist"),
            ("to", &format!("team:{service}")),
            ("question", "Har kunden bekräftat köpen i Spanien?"),
        ],
    )
    .await;
    assert_eq!(s, 303);
    let (_, html) = page(&format!("{base}/inbox"), &olle_s).await;
    assert_eq!(
        select(&html, "#specialist tr.case td a"),
        ["Kortet spärrat utomlands"]
    );
    let (_, html) = page(&format!("{base}/inbox"), &karin_s).await;
    assert_eq!(
        select(&html, "#questions tr.case td a"),
        ["Kortet spärrat utomlands"]
    );
    let (_, html) = page(&case_url, &karin_s).await;
    let answer = attr(&html, ".task.question form", "action");
    let (s, _) = form(
        &base,
        &karin_s,
        &answer,
        &[("csrf", &k), ("answer", "Ja, i telefon i morse.")],
    )
    .await;
    assert_eq!(s, 303);
    let (_, html) = page(&case_url, &olle_s).await;
    assert_eq!(
        select(&html, ".timeline li.event-escalation_answered .body"),
        ["Ja, i telefon i morse."]
    );
    assert!(select(&html, ".task.question").is_empty());

    // Resolving needs a summary; a resolved case can be reopened.
    let (s, _) = form(
        &base,
        &olle_s,
        &format!("/cases/{case}/resolve"),
        &[("csrf", &o), ("summary", "")],
    )
    .await;
    assert_eq!(s, 422);
    let (s, _) = form(
        &base,
        &olle_s,
        &format!("/cases/{case}/resolve"),
        &[
            ("csrf", &o),
            ("summary", "Spärren hävd efter bekräftelse."),
            ("category", "kort"),
        ],
    )
    .await;
    assert_eq!(s, 303);
    let (_, html) = page(&case_url, &olle_s).await;
    assert_eq!(select(&html, ".meta .status"), ["Löst"]);
    assert_eq!(select(&html, "details#reopen").len(), 1);
    assert!(select(&html, "details#resolve").is_empty());
    let (s, _) = form(
        &base,
        &olle_s,
        &format!("/cases/{case}/reopen"),
        &[("csrf", &o), ("reason", "Kortet nekas igen.")],
    )
    .await;
    assert_eq!(s, 303);
    let (_, html) = page(&case_url, &olle_s).await;
    assert_eq!(select(&html, ".meta .status"), ["Öppet"]);

    // Someone else's session token does not pass.
    let (s, _) = form(
        &base,
        &olle_s,
        &format!("/cases/{case}/note"),
        &[("csrf", &k), ("body", "x")],
    )
    .await;
    assert_eq!(s, 400);
}

on_both_backends!(agents_hand_off_escalate_answer_and_resolve);
