//! The email channel over HTTP, on both backends: raw mail posted as the mailgate posts
//! it, threaded by In-Reply-To, the case token and the customer's open case; the same
//! Message-ID twice is one message; machines' mail recorded and never reopening; dead
//! letters kept, listed and re-processed; attachments stored once and executables
//! refused; the rate limit; and a reply composed with headers that thread back.

use lotsen_testkit::{Backend, TestApp, on_both_backends};
use serde_json::{Value, json};

/// A message as a mail program writes it.
fn mail(from: &str, id: &str, subject: &str, headers: &str, body: &str) -> String {
    format!(
        "From: Eva Berg <{from}>\r\nTo: Kundservice <kundservice@banken.se>\r\n\
Subject: {subject}\r\nMessage-ID: <{id}>\r\nDate: Mon, 02 Mar 2026 09:00:00 +0100\r\n\
{headers}MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n"
    )
}

fn support(app: &mut lotsen_app::App) {
    app.mail.support_address = Some("kundservice@banken.se".into());
}

pub(crate) async fn inbound(t: &TestApp, raw: &str) -> Value {
    let (status, body) = t
        .send_text(
            reqwest::Method::POST,
            &t.admin,
            "/api/v1/email/inbound",
            "message/rfc822",
            raw,
        )
        .await;
    assert_eq!(status, 202, "{body}");
    body
}

async fn case(t: &TestApp, id: &str) -> Value {
    let (status, body) = t.get(&t.admin, &format!("/api/v1/cases/{id}")).await;
    assert_eq!(status, 200, "{body}");
    body
}

fn kinds(case: &Value) -> Vec<String> {
    case["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["type"].as_str().unwrap().to_owned())
        .collect()
}

fn messages(case: &Value) -> Vec<&Value> {
    case["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|e| e.get("message").filter(|m| !m.is_null()))
        .collect()
}

async fn reply(t: &TestApp, case_id: &str, body: &str) -> String {
    reply_with(t, case_id, json!({ "body": body })).await
}

async fn a_reply_to_our_answer_threads_back_and_reopens_the_resolved_case(backend: Backend) {
    let t = TestApp::spawn_with(backend, support).await;
    let first = mail(
        "eva@example.se",
        "forsta-1@example.se",
        "Fråga om lånet",
        "",
        "Hej! Kan jag amortera extra i mars?\r\n\r\nMvh Eva\r\n-- \r\nEva Berg\r\n070-000 00 00",
    );
    let created = inbound(&t, &first).await;
    assert_eq!(created["outcome"], "message");
    assert_eq!(created["created_case"], true);
    let case_id = created["case_id"].as_str().unwrap().to_owned();
    let shown = case(&t, &case_id).await;
    let m = &messages(&shown)[0];
    assert_eq!(m["body"], "Hej! Kan jag amortera extra i mars?\n\nMvh Eva");
    assert!(
        m["email"]["full_text"]
            .as_str()
            .unwrap()
            .contains("Eva Berg")
    );
    assert_eq!(m["email"]["message_id"], "forsta-1@example.se");
    assert_eq!(shown["customer"]["emails"], json!(["eva@example.se"]));

    // The same Message-ID again is the same message.
    let again = inbound(&t, &first).await;
    assert_eq!(again["duplicate"], true);
    assert_eq!(again["message_id"], created["message_id"]);

    // Our answer carries the thread's ids and the case token.
    let reply_id = reply(&t, &case_id, "Hej Eva!\n\nJa, det går bra.").await;
    let outgoing = lotsen_app::email::outgoing(&t.app, reply_id.parse().unwrap())
        .await
        .unwrap();
    assert_eq!(outgoing.to, "eva@example.se");
    assert_eq!(outgoing.envelope_from, "kundservice@banken.se");
    let sent = lotsen_channels::email::parse(&outgoing.bytes, &Default::default()).unwrap();
    let reference = shown["ref"].as_str().unwrap();
    assert_eq!(
        sent.subject.as_deref(),
        Some(format!("Re: Fråga om lånet [{reference}]").as_str())
    );
    assert_eq!(sent.in_reply_to, ["forsta-1@example.se"]);
    assert_eq!(sent.message_id, format!("{reply_id}@banken.se"));
    let shown = case(&t, &case_id).await;
    let out = messages(&shown)
        .into_iter()
        .find(|m| m["direction"] == "outbound")
        .unwrap()
        .clone();
    assert_eq!(out["delivery"]["status"], "queued");

    // Resolved; the customer answers from another address, and the case opens again.
    let (status, res) = t
        .post(
            &t.admin,
            &format!("/api/v1/cases/{case_id}/resolve"),
            json!({ "summary": "Svarat om extra amortering" }),
        )
        .await;
    assert_eq!(status, 200, "{res}");
    let answer = mail(
        "eva.privat@example.com",
        "svar-2@example.com",
        &format!("Sv: Re: Fråga om lånet [{reference}]"),
        &format!(
            "In-Reply-To: <{reply_id}@banken.se>\r\nReferences: <forsta-1@example.se> <{reply_id}@banken.se>\r\n"
        ),
        "Tack! En sak till: gäller det även bolånet?\r\n\r\nDen 2 mars 2026 kl. 10:00 skrev Kundservice <kundservice@banken.se>:\r\n> Ja, det går bra.",
    );
    let joined = inbound(&t, &answer).await;
    assert_eq!(joined["case_id"], case_id.as_str());
    assert_eq!(joined["created_case"], false);
    let shown = case(&t, &case_id).await;
    assert_eq!(shown["status"], "open");
    let k = kinds(&shown);
    assert_eq!(&k[k.len() - 2..], ["reopened", "message_received"]);
    let last = messages(&shown).last().copied().unwrap().clone();
    assert_eq!(last["body"], "Tack! En sak till: gäller det även bolånet?");
}

async fn the_case_token_threads_mail_without_headers(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let created = inbound(
        &t,
        &mail(
            "anna@example.se",
            "a-1@example.se",
            "Kortet",
            "",
            "Mitt kort är spärrat.",
        ),
    )
    .await;
    let case_id = created["case_id"].as_str().unwrap();
    let reference = created["case_ref"].as_str().unwrap();
    // A colleague of the customer writes with the reference in the subject only.
    let token = inbound(
        &t,
        &mail(
            "bo@foretaget.se",
            "b-1@foretaget.se",
            &format!("VB: Kortet [{reference}]"),
            "",
            "Jag skriver för Annas räkning.",
        ),
    )
    .await;
    assert_eq!(token["case_id"], case_id);
    // A new mail from the customer with no thread joins her open case.
    let open = inbound(
        &t,
        &mail(
            "ANNA@example.se",
            "a-2@example.se",
            "En sak till",
            "",
            "Och PIN-koden?",
        ),
    )
    .await;
    assert_eq!(open["case_id"], case_id);
    // Someone new opens a case of their own.
    let other = inbound(
        &t,
        &mail(
            "carl@example.se",
            "c-1@example.se",
            "Hej",
            "",
            "Fråga om swish.",
        ),
    )
    .await;
    assert_ne!(other["case_id"], case_id);
    assert_eq!(other["created_case"], true);
}

async fn machines_are_recorded_never_answered_and_never_reopen(backend: Backend) {
    let t = TestApp::spawn_with(backend, support).await;
    let created = inbound(
        &t,
        &mail(
            "eva@example.se",
            "e-1@example.se",
            "Autogiro",
            "",
            "Hur startar jag autogiro?",
        ),
    )
    .await;
    let case_id = created["case_id"].as_str().unwrap().to_owned();
    let reply_id = reply(&t, &case_id, "Hej! Så här gör du.").await;
    lotsen_app::email::outgoing(&t.app, reply_id.parse().unwrap())
        .await
        .unwrap();
    t.post(
        &t.admin,
        &format!("/api/v1/cases/{case_id}/resolve"),
        json!({ "summary": "Instruktion skickad" }),
    )
    .await;
    let ooo = mail(
        "eva@example.se",
        "ooo-1@example.se",
        "Automatiskt svar: Autogiro",
        &format!("Auto-Submitted: auto-replied\r\nIn-Reply-To: <{reply_id}@banken.se>\r\n"),
        "Jag är på semester till den 9 mars.",
    );
    let noted = inbound(&t, &ooo).await;
    assert_eq!(noted["case_id"], case_id.as_str());
    let shown = case(&t, &case_id).await;
    assert_eq!(shown["status"], "resolved");
    assert_eq!(kinds(&shown).last().unwrap(), "notice_received");
    assert!(!kinds(&shown).contains(&"auto_answered".to_owned()));
    let event = shown["timeline"].as_array().unwrap().last().unwrap();
    assert_eq!(event["event"]["reason"], "auto_reply");

    // A bounce of our reply marks its delivery and threads to the case.
    let dsn = format!(
        "From: Mail Delivery System <MAILER-DAEMON@mx.example.se>\r\nTo: kundservice@banken.se\r\n\
Subject: Undelivered Mail Returned to Sender\r\nMessage-ID: <dsn-1@mx.example.se>\r\n\
Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\r\n\r\n\
--b\r\nContent-Type: text/plain\r\n\r\nThe mail could not be delivered.\r\n\
--b\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.example.se\r\n\r\nFinal-Recipient: rfc822; eva@example.se\r\nStatus: 5.1.1\r\n\
--b\r\nContent-Type: text/rfc822-headers\r\n\r\nMessage-ID: <{reply_id}@banken.se>\r\nSubject: Re: Autogiro\r\n\
--b--\r\n"
    );
    let bounced = inbound(&t, &dsn).await;
    assert_eq!(bounced["case_id"], case_id.as_str());
    let shown = case(&t, &case_id).await;
    let out = messages(&shown)
        .into_iter()
        .find(|m| m["id"] == reply_id.as_str())
        .unwrap()
        .clone();
    assert_eq!(out["delivery"]["status"], "bounced");
    assert_eq!(shown["status"], "resolved");

    // Mail from our own address is a loop; an auto-reply matching no case is kept aside.
    let looped = inbound(
        &t,
        &mail(
            "kundservice@banken.se",
            "loop-1@banken.se",
            "Re: Autogiro",
            &format!("In-Reply-To: <{reply_id}@banken.se>\r\n"),
            "Eko",
        ),
    )
    .await;
    assert_eq!(looped["case_id"], case_id.as_str());
    let shown = case(&t, &case_id).await;
    assert_eq!(
        shown["timeline"].as_array().unwrap().last().unwrap()["event"]["reason"],
        "loop"
    );
    let stray = inbound(
        &t,
        &mail(
            "noreply@butik.se",
            "n-1@butik.se",
            "Nyhetsbrev",
            "Precedence: bulk\r\n",
            "Rea!",
        ),
    )
    .await;
    assert_eq!(stray["outcome"], "dead_letter");
    assert_eq!(stray["reason"], "notice_without_case");
}

async fn unreadable_mail_is_kept_as_a_dead_letter_and_can_be_reprocessed(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let raw = "Subject: =?utf-8?q?Hj=C3=A4lp?=\r\n\r\nIngen avsändare här.\r\n";
    let held = inbound(&t, raw).await;
    assert_eq!(held["outcome"], "dead_letter");
    assert_eq!(held["reason"], "no_sender");
    let id = held["dead_letter_id"].as_str().unwrap().to_owned();
    let (status, list) = t.get(&t.admin, "/api/v1/email/dead-letters").await;
    assert_eq!(status, 200, "{list}");
    assert_eq!(list[0]["id"], id.as_str());
    assert_eq!(list[0]["reason"], "no_sender");
    assert_eq!(list[0]["size"], raw.len());
    let team = t.team("Kort").await;
    let anna = t.agent("Anna", "agent", &[team]).await;
    let (status, body) = t.get(&anna, "/api/v1/email/dead-letters").await;
    assert_eq!(status, 403, "{body}");
    let res = reqwest::Client::new()
        .get(format!("{}/api/v1/email/dead-letters/{id}/raw", t.base_url))
        .bearer_auth(&t.admin.token)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    assert_eq!(res.bytes().await.unwrap(), raw.as_bytes());
    let (status, body) = t
        .post(
            &t.admin,
            &format!("/api/v1/email/dead-letters/{id}/reprocess"),
            json!({}),
        )
        .await;
    assert_eq!(status, 409, "{body}");
    assert_eq!(body["error"]["code"], "still_dead");

    // A notice kept aside is taken in on request and opens a case.
    let stray = inbound(
        &t,
        &mail(
            "eva@example.se",
            "ooo-9@example.se",
            "Out of Office",
            "",
            "Borta.",
        ),
    )
    .await;
    let stray_id = stray["dead_letter_id"].as_str().unwrap();
    let (status, body) = t
        .post(
            &t.admin,
            &format!("/api/v1/email/dead-letters/{stray_id}/reprocess"),
            json!({ "force": true }),
        )
        .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["created_case"], true);
    let (_, list) = t
        .get(&t.admin, "/api/v1/email/dead-letters?status=reprocessed")
        .await;
    assert_eq!(list[0]["id"], stray_id);
    assert_eq!(list[0]["message_id"], body["message_id"]);
    let (status, _) = t
        .post(
            &t.admin,
            &format!("/api/v1/email/dead-letters/{stray_id}/reprocess"),
            json!({ "force": true }),
        )
        .await;
    assert_eq!(status, 409);
}

async fn attachments_are_stored_once_and_executables_refused(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    // "%PDF-1.4 kvitto\n" in base64, twice, and a Windows program named as a PDF.
    let pdf = "JVBERi0xLjQga3ZpdHRvCg==";
    let raw = format!(
        "From: eva@example.se\r\nSubject: Kvitton\r\nMessage-ID: <att-1@example.se>\r\n\
Content-Type: multipart/mixed; boundary=\"g\"\r\n\r\n\
--g\r\nContent-Type: multipart/alternative; boundary=\"a\"\r\n\r\n\
--a\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nHär är kvittona.\r\n\
--a\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>Här är <b>kvittona</b>.</p><script>alert(1)</script>\r\n\
--a--\r\n\
--g\r\nContent-Type: application/pdf; name=\"mars.pdf\"\r\nContent-Disposition: attachment; filename=\"mars.pdf\"\r\nContent-Transfer-Encoding: base64\r\n\r\n{pdf}\r\n\
--g\r\nContent-Type: application/pdf; name=\"april.pdf\"\r\nContent-Disposition: attachment; filename=\"april.pdf\"\r\nContent-Transfer-Encoding: base64\r\n\r\n{pdf}\r\n\
--g\r\nContent-Type: application/pdf; name=\"faktura.pdf\"\r\nContent-Disposition: attachment; filename=\"faktura.pdf\"\r\nContent-Transfer-Encoding: base64\r\n\r\nTVqQAAMAAAAEAAAA\r\n\
--g--\r\n"
    );
    let created = inbound(&t, &raw).await;
    let shown = case(&t, created["case_id"].as_str().unwrap()).await;
    let m = messages(&shown)[0].clone();
    assert_eq!(m["body"], "Här är kvittona.");
    let html = m["email"]["html"].as_str().unwrap();
    assert!(
        html.contains("<b>kvittona</b>") && !html.contains("script"),
        "{html}"
    );
    let files = m["attachments"].as_array().unwrap();
    assert_eq!(files.len(), 3);
    assert_eq!(files[0]["filename"], "mars.pdf");
    assert_eq!(files[0]["sha256"], files[1]["sha256"]);
    assert_eq!(files[2]["refused"], "executable");
    assert!(files[2]["href"].is_null());
    let href = files[1]["href"].as_str().unwrap();
    let res = reqwest::Client::new()
        .get(format!("{}{href}", t.base_url))
        .bearer_auth(&t.admin.token)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    assert!(
        res.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .contains("april.pdf")
    );
    assert_eq!(res.bytes().await.unwrap(), &b"%PDF-1.4 kvitto\n"[..]);
    let message_id = m["id"].as_str().unwrap();
    let (status, body) = t
        .get(
            &t.admin,
            &format!("/api/v1/messages/{message_id}/attachments/2"),
        )
        .await;
    assert_eq!(status, 409, "{body}");
    assert_eq!(body["error"]["code"], "attachment_refused");
    let raw_back = reqwest::Client::new()
        .get(format!("{}/api/v1/messages/{message_id}/raw", t.base_url))
        .bearer_auth(&t.admin.token)
        .send()
        .await
        .unwrap()
        .bytes()
        .await
        .unwrap();
    assert_eq!(raw_back, raw.as_bytes());
}

async fn a_sender_over_the_rate_limit_is_recorded_as_notices(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let mut app = t.app.clone();
    app.mail.rate_limit = 3;
    let mut last = None;
    for i in 0..5 {
        let raw = mail(
            "flood@example.se",
            &format!("f-{i}@example.se"),
            "Hallå",
            "",
            &format!("Meddelande {i}"),
        );
        last = Some(
            lotsen_app::email::receive_raw(&app, raw.as_bytes(), "smtp")
                .await
                .unwrap(),
        );
    }
    let Some(lotsen_app::email::EmailIntake::Message(outcome)) = last else {
        panic!("not a message: {last:?}");
    };
    let shown = case(&t, &outcome.case_id.to_string()).await;
    let k = kinds(&shown);
    assert_eq!(k.iter().filter(|k| *k == "message_received").count(), 3);
    assert_eq!(k.iter().filter(|k| *k == "notice_received").count(), 2);
    // Two hours on, the worker has forgotten the old window's counts.
    use lotsen_domain::Clock;
    let since = t.clock.now();
    t.clock.advance(jiff::SignedDuration::from_hours(2));
    lotsen_app::workers::tick(&app, since).await.unwrap();
    let left = t
        .app
        .store
        .prune_sender_counts(t.clock.now())
        .await
        .unwrap();
    assert_eq!(left, 0, "already forgotten");
}

async fn reply_files_are_checked_field_by_field_and_only_go_by_email(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let created = inbound(
        &t,
        &mail(
            "eva@example.se",
            "r-1@example.se",
            "Villkor",
            "",
            "Kan ni skicka villkoren?",
        ),
    )
    .await;
    let case_id = created["case_id"].as_str().unwrap();
    let (status, body) = t
        .post(
            &t.admin,
            &format!("/api/v1/cases/{case_id}/replies"),
            json!({ "body": "Här är de.", "attachments": [
                { "filename": "../villkor.pdf", "content_base64": "JVBERi0=" },
                { "filename": "ok.pdf", "content_type": "pdf", "content_base64": "inte base64!" }
            ] }),
        )
        .await;
    assert_eq!(status, 422, "{body}");
    let fields: Vec<&str> = body["error"]["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["field"].as_str().unwrap())
        .collect();
    assert_eq!(
        fields,
        [
            "attachments[0].filename",
            "attachments[1].content_type",
            "attachments[1].content_base64"
        ]
    );
    let (status, body) = t
        .post(
            &t.admin,
            &format!("/api/v1/cases/{case_id}/replies"),
            json!({ "body": "Här är de.", "channel": "phone",
                    "attachments": [{ "filename": "v.pdf", "content_base64": "JVBERi0=" }] }),
        )
        .await;
    assert_eq!(status, 422, "{body}");
    assert_eq!(body["error"]["fields"][0]["field"], "attachments");
    let message_id = reply_with(
        &t,
        case_id,
        json!({ "body": "Här är de.",
        "attachments": [{ "filename": "villkor.pdf", "content_type": "application/pdf",
                          "content_base64": "JVBERi0xLjQ=" }] }),
    )
    .await;
    let shown = case(&t, case_id).await;
    let out = messages(&shown)
        .into_iter()
        .find(|m| m["id"] == message_id.as_str())
        .unwrap()
        .clone();
    assert_eq!(out["attachments"][0]["filename"], "villkor.pdf");
    assert_eq!(out["attachments"][0]["size"], 8);
}

async fn reply_with(t: &TestApp, case_id: &str, body: Value) -> String {
    let (status, res) = t
        .post(&t.admin, &format!("/api/v1/cases/{case_id}/replies"), body)
        .await;
    assert_eq!(status, 201, "{res}");
    res["message_id"].as_str().unwrap().to_owned()
}

on_both_backends!(
    reply_files_are_checked_field_by_field_and_only_go_by_email,
    a_reply_to_our_answer_threads_back_and_reopens_the_resolved_case,
    the_case_token_threads_mail_without_headers,
    machines_are_recorded_never_answered_and_never_reopen,
    unreadable_mail_is_kept_as_a_dead_letter_and_can_be_reprocessed,
    attachments_are_stored_once_and_executables_refused,
    a_sender_over_the_rate_limit_is_recorded_as_notices,
);
