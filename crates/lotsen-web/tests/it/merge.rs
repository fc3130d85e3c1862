//! Merging a duplicate case, on both backends: the same customer writing from two
//! addresses opened two cases; the agent merges the newer into the older from the case
//! view (an accidental merge of another customer's case is refused until confirmed); the
//! older case's timeline shows the duplicate's message and note, the duplicate points to
//! it and cannot be reopened, and the customer's next email on the duplicate's thread
//! lands in the case that goes on.

use lotsen_testkit::{Backend, TestApp, on_both_backends};
use serde_json::{Value, json};

use crate::workspace::{attr, karin, page, post_form, select};

async fn message(t: &TestApp, email: &str, id: &str, subject: &str, body: &str) -> Value {
    let (s, created) = t
        .post(
            &t.admin,
            "/api/v1/messages",
            json!({ "external_id": id, "customer": { "name": "Eva Berg", "email": email },
                    "subject": subject, "body": body }),
        )
        .await;
    assert_eq!(s, 201, "{created}");
    created
}

async fn the_duplicate_goes_on_in_the_case_it_was_merged_into(backend: Backend) {
    let t = TestApp::spawn_with(backend, |app| {
        app.mail.support_address = Some("kundservice@banken.se".into());
    })
    .await;
    let base = t.base_url.clone();
    let (_, session) = karin(&t).await;
    let first = message(
        &t,
        "eva@example.se",
        "m-1",
        "Kortet nekas",
        "Mitt kort nekas i Spanien sedan i morse.",
    )
    .await;
    let dup = message(
        &t,
        "eva.berg@jobbet.se",
        "m-2",
        "Kort fungerar inte",
        "Hej igen, kortet fungerar fortfarande inte i butiken.",
    )
    .await;
    let (target, duplicate) = (
        first["case_id"].as_str().unwrap().to_owned(),
        dup["case_id"].as_str().unwrap().to_owned(),
    );
    let dup_ref = dup["case_ref"].as_str().unwrap().to_owned();
    assert_ne!(target, duplicate, "two addresses, two customer records");
    let (s, _) = t
        .post(
            &t.admin,
            &format!("/api/v1/cases/{duplicate}/notes"),
            json!({ "body": "Kunden ringde också om detta." }),
        )
        .await;
    assert_eq!(s, 201);

    // Another customer record: refused unless the agent confirms it is the same person.
    let (s, body) = t
        .post(
            &t.admin,
            &format!("/api/v1/cases/{target}/merge"),
            json!({ "duplicate": dup_ref }),
        )
        .await;
    assert_eq!(
        (s, body["error"]["code"].as_str()),
        (409, Some("merge_other_customer"))
    );
    let (s, body) = t
        .post(
            &t.admin,
            &format!("/api/v1/cases/{target}/merge"),
            json!({ "duplicate": "L-999999" }),
        )
        .await;
    assert_eq!(s, 422, "{body}");
    assert_eq!(body["error"]["fields"][0]["field"], "duplicate");

    // Karin merges from the case view, the reference typed as agents type it.
    let case_url = format!("{base}/cases/{target}");
    let (_, html) = page(&case_url, &session).await;
    let csrf = attr(&html, "#merge form input[name=csrf]", "value");
    // Without the confirmation the page says why, in Karin's language.
    let (s, _, body) = post_form(
        &format!("{case_url}/merge"),
        &session,
        &[("csrf", csrf.as_str()), ("duplicate", &dup_ref)],
    )
    .await;
    assert_eq!(s, 422);
    assert_eq!(
        select(&scraper::Html::parse_document(&body), "p.error"),
        ["Dubbletten hör till en annan kund. Kryssa i att det är samma person för att slå ihop."]
    );
    let (s, _, body) = post_form(
        &format!("{case_url}/merge"),
        &session,
        &[
            ("csrf", csrf.as_str()),
            ("duplicate", &dup_ref.to_lowercase()),
            ("same_person", "yes"),
        ],
    )
    .await;
    assert_eq!(s, 303, "{body}");
    let (_, html) = page(&case_url, &session).await;
    assert_eq!(
        select(&html, ".timeline .event-merged .merged .body"),
        [
            "Hej igen, kortet fungerar fortfarande inte i butiken.",
            "Kunden ringde också om detta."
        ]
    );
    let (_, html) = page(&format!("{base}/cases/{duplicate}"), &session).await;
    assert_eq!(select(&html, ".meta .status"), ["Sammanslaget"]);
    assert_eq!(
        select(&html, ".meta a.merged-into"),
        [first["case_ref"].as_str().unwrap()]
    );
    assert!(
        select(&html, "#merge").is_empty(),
        "a merged case merges nothing"
    );

    let (_, shown) = t.get(&t.admin, &format!("/api/v1/cases/{duplicate}")).await;
    assert_eq!(shown["status"], "merged");
    assert_eq!(shown["merged_into"], target.as_str());
    let (s, body) = t
        .post(
            &t.admin,
            &format!("/api/v1/cases/{duplicate}/reopen"),
            json!({ "reason": "kunden skrev igen" }),
        )
        .await;
    assert_eq!(
        (s, body["error"]["code"].as_str()),
        (409, Some("case_merged"))
    );

    // Eva answers on the duplicate's thread from her work address: it lands in the case
    // that goes on, and the duplicate stays closed.
    let raw = format!(
        "From: Eva Berg <eva.berg@jobbet.se>\r\nTo: Kundservice <kundservice@banken.se>\r\n\
Subject: Re: Kort fungerar inte [{dup_ref}]\r\nMessage-ID: <svar-1@jobbet.se>\r\n\
Date: Mon, 02 Mar 2026 10:00:00 +0100\r\nMIME-Version: 1.0\r\n\
Content-Type: text/plain; charset=utf-8\r\n\r\nNu fungerar det i alla fall i automaten.\r\n"
    );
    let (s, mailed) = t
        .send_text(
            reqwest::Method::POST,
            &t.admin,
            "/api/v1/email/inbound",
            "message/rfc822",
            &raw,
        )
        .await;
    assert_eq!(s, 202, "{mailed}");
    assert_eq!(mailed["case_id"], target.as_str());
    let (_, shown) = t.get(&t.admin, &format!("/api/v1/cases/{duplicate}")).await;
    assert_eq!(shown["status"], "merged");
    let (_, shown) = t.get(&t.admin, &format!("/api/v1/cases/{target}")).await;
    let timeline = shown["timeline"].as_array().unwrap();
    let merged = timeline.iter().find(|e| e["type"] == "merged").unwrap();
    assert_eq!(merged["merged_messages"].as_array().unwrap().len(), 1);
    assert_eq!(merged["merged_notes"].as_array().unwrap().len(), 1);
    assert_eq!(
        timeline.last().unwrap()["message"]["body"],
        "Nu fungerar det i alla fall i automaten."
    );
}

on_both_backends!(the_duplicate_goes_on_in_the_case_it_was_merged_into);
