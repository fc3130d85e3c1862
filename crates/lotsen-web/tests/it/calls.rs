//! Phone calls logged by agents, on both backends: from the inbox for a caller found by
//! their number (their open case) and for a new number (a new case and customer), from
//! the case view and the API; the timeline shows each call with its direction, outcome
//! and notes, a reached customer counts as answered, and bad input names every field.

use lotsen_testkit::{Backend, TestApp, on_both_backends};
use serde_json::json;

use crate::workspace::{attr, bad_fields, karin, page, post_form, select};

async fn calls_are_logged_into_the_callers_case_or_a_new_one(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let base = t.base_url.clone();
    let (service, session) = karin(&t).await;
    let (s, eva) = t
        .post(
            &t.admin,
            "/api/v1/messages",
            json!({ "external_id": "c-1", "team_id": service,
                    "customer": { "name": "Eva Berg", "phone": "+46701234567" },
                    "subject": "Kortet spärrat", "body": "Mitt kort är spärrat, ring mig." }),
        )
        .await;
    assert_eq!(s, 201, "{eva}");
    let eva_case = eva["case_id"].as_str().unwrap().to_owned();
    let (_, inbox) = page(&format!("{base}/inbox"), &session).await;
    let csrf = attr(&inbox, "#call form input[name=csrf]", "value");

    // Eva calls; her number as she says it finds her open case.
    let (s, to, body) = post_form(
        &format!("{base}/calls"),
        &session,
        &[
            ("csrf", &csrf),
            ("phone", "070-123 45 67"),
            ("direction", "inbound"),
            ("outcome", "reached"),
            (
                "notes",
                "Eva ringde. Spärren hävd efter kontroll med BankID.",
            ),
            ("minutes", "4"),
        ],
    )
    .await;
    assert_eq!(
        (s, to.as_str()),
        (303, format!("/cases/{eva_case}").as_str()),
        "{body}"
    );
    let (_, html) = page(&format!("{base}{to}"), &session).await;
    assert_eq!(
        select(&html, ".timeline .call.inbound .kind"),
        ["Inkommande samtal · Kunden nådd · 4 min"]
    );
    assert_eq!(
        select(&html, ".timeline .call .body"),
        ["Eva ringde. Spärren hävd efter kontroll med BankID."]
    );
    assert_eq!(select(&html, ".meta .status"), ["Väntar på kund"]);
    assert_eq!(select(&html, ".facts .owner"), ["Karin Lund"]);

    // A number Lotsen has not seen: a new customer and a new case, Karin's.
    let (s, to, body) = post_form(
        &format!("{base}/calls"),
        &session,
        &[
            ("csrf", &csrf),
            ("phone", "08-123 456 78"),
            ("name", "Sven Ek"),
            ("direction", "inbound"),
            ("outcome", "callback_promised"),
            (
                "notes",
                "Vill byta bolåneränta\nRinger tillbaka i morgon med förslag.",
            ),
        ],
    )
    .await;
    assert_eq!(s, 303, "{body}");
    assert_ne!(to, format!("/cases/{eva_case}"));
    let (_, html) = page(&format!("{base}{to}"), &session).await;
    assert!(
        select(&html, "h1")[0].ends_with("Vill byta bolåneränta"),
        "{:?}",
        select(&html, "h1")
    );
    assert_eq!(select(&html, ".customer"), ["Sven Ek"]);
    assert_eq!(select(&html, ".meta .status"), ["Öppet"]);

    // Bad input: every bad field named, on the inbox again.
    let (s, _, html) = post_form(
        &format!("{base}/calls"),
        &session,
        &[
            ("csrf", &csrf),
            ("phone", "inte ett nummer"),
            ("direction", "inbound"),
            ("outcome", "reached"),
            ("notes", "  "),
        ],
    )
    .await;
    assert_eq!(s, 422);
    let said = select(&scraper::Html::parse_document(&html), "p.error").join(" ");
    assert!(
        said.contains("telefonnumret") && said.contains("anteckningarna"),
        "{said}"
    );

    // The API: an outbound call nobody took changes nothing but is on record; a
    // voicemail for a call the customer made is refused.
    let path = format!("/api/v1/cases/{eva_case}/calls");
    let (s, logged) = t
        .post(
            &t.admin,
            &path,
            json!({ "direction": "outbound", "outcome": "no_answer", "notes": "Inget svar." }),
        )
        .await;
    assert_eq!(s, 201, "{logged}");
    assert_eq!(logged["case_id"], eva_case.as_str());
    let (s, refused) = t
        .post(
            &t.admin,
            &path,
            json!({ "direction": "inbound", "outcome": "voicemail", "notes": "x" }),
        )
        .await;
    assert_eq!(s, 422);
    assert_eq!(refused["error"]["fields"][0]["field"], "outcome");
    let (s, refused) = t
        .post(&t.admin, &path, json!({ "direction": "sideways" }))
        .await;
    assert_eq!(s, 422);
    assert_eq!(bad_fields(&refused), ["direction", "notes"]);
    let (_, shown) = t.get(&t.admin, &format!("/api/v1/cases/{eva_case}")).await;
    assert_eq!(shown["status"], "waiting_on_customer");
    let calls: Vec<&str> = shown["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["type"] == "call_logged")
        .map(|e| e["event"]["outcome"].as_str().unwrap())
        .collect();
    assert_eq!(calls, ["reached", "no_answer"]);
    assert_eq!(
        shown["sla"]["first_response"]["state"], "met",
        "{}",
        shown["sla"]
    );
}

on_both_backends!(calls_are_logged_into_the_callers_case_or_a_new_one);
