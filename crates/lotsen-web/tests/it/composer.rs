//! The composer, on both backends: the text guard's reading beside the customer's
//! message (tone, what is at stake); saved replies written by a lead and inserted with
//! the customer's first name and the agent's signature; the signature preview of the
//! case's channel; the reply-lint hints the page asks for as the agent types, in the
//! agent's language and refused without the session's token; a reply on the channel
//! chosen in the form.

use lotsen_testkit::{Backend, TestApp, on_both_backends};
use serde_json::json;

use crate::workspace::{attr, bad_fields, karin, page, post_form, select};

async fn saved_replies_lint_and_signature_in_the_composer(backend: Backend) {
    let t = TestApp::spawn_with(backend, |app| {
        app.mail.support_address = Some("kundservice@banken.se".into());
    })
    .await;
    let base = t.base_url.clone();
    let (service, session) = karin(&t).await;
    let raw = "From: Eva Berg <eva@example.se>\r\nTo: Kundservice <kundservice@banken.se>\r\n\
Subject: Tredje gången\r\nMessage-ID: <k-1@example.se>\r\nDate: Mon, 02 Mar 2026 09:00:00 +0100\r\n\
MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n\
Det här är helt oacceptabelt!!! Tredje gången jag skriver och ingen svarar. Kortet fungerar fortfarande inte.\r\n";
    let created = crate::email::inbound(&t, raw).await;
    let case = created["case_id"].as_str().unwrap().to_owned();

    // A lead writes saved replies; an agent may not, and an unknown placeholder is named.
    let (s, written) = t
        .post(
            &t.admin,
            "/api/v1/saved-replies",
            json!({ "title": "Kort spärrat", "language": "sv",
                    "body": "Hej {förnamn}!\n\nKortet är öppnat igen.\n\nVänliga hälsningar\n{signatur}" }),
        )
        .await;
    assert_eq!(s, 201, "{written}");
    let agent = t.agent("Olle Ek", "agent", &[service]).await;
    let (s, _) = t
        .post(
            &agent,
            "/api/v1/saved-replies",
            json!({ "title": "Eget", "body": "Hej" }),
        )
        .await;
    assert_eq!(s, 403);
    let (s, refused) = t
        .post(
            &t.admin,
            "/api/v1/saved-replies",
            json!({ "title": "", "body": "Hej {kundnamn}", "language": "fi" }),
        )
        .await;
    assert_eq!(s, 422);
    assert_eq!(bad_fields(&refused), ["title", "body", "language"]);
    let (s, filled) = t
        .get(&agent, &format!("/api/v1/saved-replies?case={case}"))
        .await;
    assert_eq!(s, 200);
    assert_eq!(
        filled["saved_replies"][0]["body"],
        "Hej Eva!\n\nKortet är öppnat igen.\n\nVänliga hälsningar\nOlle"
    );

    // The page: the saved reply filled in for Karin, and how an email reply is signed.
    let case_url = format!("{base}/cases/{case}");
    let (_, html) = page(&case_url, &session).await;
    let text = attr(&html, "#saved-replies button[data-insert]", "data-insert");
    assert!(
        text.starts_with("Hej Eva!") && text.ends_with("\nKarin"),
        "{text}"
    );
    assert_eq!(
        select(&html, ".signing [data-channel=email]"),
        ["Skickas från: Karin <kundservice@banken.se>"]
    );
    // The guard's reading beside the customer's message: the tone and what is at stake.
    let badges = select(&html, ".timeline .message.inbound .badge");
    assert!(
        badges.iter().any(|b| b == "Har skrivit förut")
            && badges
                .iter()
                .any(|b| b.starts_with("Upprörd") || b == "Arg ton"),
        "{badges:?}"
    );
    let csrf = attr(&html, "form.reply input[name=csrf]", "value");
    assert_eq!(
        attr(&html, "form.reply", "data-lint"),
        format!("/cases/{case}/draft/lint")
    );

    // As Karin types: an upset customer gets no acknowledgement, says the hint, in
    // Swedish; with the token missing nothing is told.
    let lint_url = format!("{case_url}/draft/lint");
    let (s, _, body) = post_form(
        &lint_url,
        &session,
        &[("csrf", &csrf), ("body", "Du måste starta om appen.")],
    )
    .await;
    assert_eq!(s, 200, "{body}");
    let hints: serde_json::Value = serde_json::from_str(&body).unwrap();
    let codes: Vec<&str> = hints["hints"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["code"].as_str().unwrap())
        .collect();
    assert!(codes.contains(&"missing_acknowledgement"), "{hints}");
    assert!(
        hints["hints"]
            .as_array()
            .unwrap()
            .iter()
            .any(|h| h["message"] == "Kunden är upprörd: bekräfta det innan du förklarar."),
        "{hints}"
    );
    let (s, _, _) = post_form(&lint_url, &session, &[("body", "Hej")]).await;
    assert_eq!(s, 400);
    let (s, _, body) = post_form(
        &lint_url,
        &session,
        &[
            ("csrf", &csrf),
            (
                "body",
                "Jag förstår att det är frustrerande, förlåt! Kortet är öppnat nu.",
            ),
        ],
    )
    .await;
    assert_eq!(s, 200);
    assert!(!body.contains("missing_acknowledgement"), "{body}");

    // The reply goes on the channel the form names.
    let (s, _, body) = post_form(
        &format!("{case_url}/reply"),
        &session,
        &[
            ("csrf", &csrf),
            ("channel", "email"),
            ("visibility", "private"),
            ("body", &text),
        ],
    )
    .await;
    assert_eq!(s, 303, "{body}");
    let (_, shown) = t.get(&t.admin, &format!("/api/v1/cases/{case}")).await;
    let last = shown["timeline"]
        .as_array()
        .unwrap()
        .last()
        .unwrap()
        .clone();
    assert_eq!(last["type"], "reply_sent");
    assert_eq!(last["message"]["channel"], "email");
    assert!(
        last["message"]["body"]
            .as_str()
            .unwrap()
            .starts_with("Hej Eva!")
    );
}

on_both_backends!(saved_replies_lint_and_signature_in_the_composer);
