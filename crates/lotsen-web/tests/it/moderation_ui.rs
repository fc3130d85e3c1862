//! The code-of-conduct workflow in the workspace, on both backends: a hostile public
//! comment arrives through Meta's webhook, shows its workflow beside it in the case view
//! and sits in the lead's moderation queue; the agent answers in public, is refused
//! explaining before hiding (said in Swedish), hides, explains privately; only the lead
//! is offered to show the post again; the done post leaves the queue.

use lotsen_testkit::{Backend, TestApp, on_both_backends};

use crate::meta::{configured, signed, wait_for_cases};
use crate::workspace::{attr, karin, lena_leading, page, post_form, select};

async fn a_hostile_comment_is_moderated_step_by_step_from_the_case_view(backend: Backend) {
    let t = TestApp::spawn_with(backend, configured).await;
    let base = t.base_url.clone();
    let (service, session) = karin(&t).await;
    let lena = lena_leading(&t, service).await;
    let comment = br#"{"object":"page","entry":[{"id":"555","time":1764500100,"changes":[
        {"field":"feed","value":{"item":"comment","verb":"add","comment_id":"555_1_9","post_id":"555_1",
         "parent_id":"555_1","from":{"id":"7009","name":"Kalle Ek"},"created_time":1764500300,
         "message":"Ni \u00e4r en bank f\u00f6r idioter, jag ska sl\u00e5 ihj\u00e4l er"}}]}]}"#;
    signed(&t, comment).await;
    let id = wait_for_cases(&t, 1).await[0]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let case_url = format!("{base}/cases/{id}");

    let (_, html) = page(&format!("{base}/lead"), &lena).await;
    assert_eq!(
        select(&html, "#moderation tbody tr").len(),
        1,
        "in the lead's queue"
    );

    let (_, html) = page(&case_url, &session).await;
    assert_eq!(
        select(&html, ".timeline form.moderation button"),
        ["Svara offentligt med regeln"]
    );
    let csrf = attr(&html, "form.moderation input[name=csrf]", "value");
    let message_id = attr(&html, "form.moderation input[name=message_id]", "value");
    let rule = attr(
        &html,
        "form.moderation select[name=rule] option[selected]",
        "value",
    );
    let step = |s: &'static str| {
        vec![
            ("csrf", csrf.clone()),
            ("message_id", message_id.clone()),
            ("rule", rule.clone()),
            ("step", s.to_owned()),
        ]
    };
    let send = |fields: Vec<(&'static str, String)>| {
        let url = format!("{case_url}/moderate");
        let session = session.clone();
        async move {
            let pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
            post_form(&url, &session, &pairs).await
        }
    };
    let (s, _, body) = send(step("public_reply")).await;
    assert_eq!(s, 303, "{body}");
    let (_, html) = page(&case_url, &session).await;
    assert_eq!(
        select(&html, "form.moderation button"),
        ["Dölj inlägget", "Ta bort inlägget"]
    );
    assert_eq!(select(&html, ".moderation-state"), ["besvarat offentligt"]);

    let (s, _, body) = send(step("private_explanation")).await;
    assert_eq!(s, 422);
    assert_eq!(
        select(&scraper::Html::parse_document(&body), "p.error"),
        ["Dölj eller ta bort inlägget först."]
    );
    let (s, _, _) = send(step("hide")).await;
    assert_eq!(s, 303);
    let (_, html) = page(&case_url, &session).await;
    assert_eq!(
        select(&html, "form.moderation button"),
        ["Förklara privat för författaren"]
    );
    let (_, html) = page(&case_url, &lena).await;
    assert_eq!(
        select(&html, "form.moderation button"),
        ["Visa inlägget igen", "Förklara privat för författaren"]
    );
    let (s, _, _) = send(step("private_explanation")).await;
    assert_eq!(s, 303);
    let (_, html) = page(&case_url, &session).await;
    assert!(select(&html, "form.moderation button").is_empty());
    assert_eq!(
        select(&html, ".moderation-state"),
        ["besvarat offentligt · dolt · förklarat privat"]
    );
    let (_, html) = page(&format!("{base}/lead"), &lena).await;
    assert!(
        select(&html, "#moderation tbody tr").is_empty(),
        "done: off the queue"
    );
}

on_both_backends!(a_hostile_comment_is_moderated_step_by_step_from_the_case_view);
