//! Search over HTTP, on both backends: what was just written is found, in Swedish and
//! English word forms, one hit per case with a snippet around the words; a case's new
//! status reaches its messages' documents; filters narrow by status, channel, kind and
//! incident; an identity or card number written in clear text is never findable, nor in
//! a snippet; bad parameters are each named.

use lotsen_testkit::{Backend, TestApp, on_both_backends};
use serde_json::{Value, json};

use crate::workspace::bad_fields;

async fn message(t: &TestApp, id: &str, subject: &str, body: &str) -> String {
    let (s, created) = t
        .post(
            &t.admin,
            "/api/v1/messages",
            json!({ "external_id": id,
                    "customer": { "name": "Eva Berg", "email": format!("{id}@example.se") },
                    "subject": subject, "body": body }),
        )
        .await;
    assert_eq!(s, 201, "{created}");
    created["case_id"].as_str().unwrap().to_owned()
}

async fn search(t: &TestApp, query: &str) -> Vec<Value> {
    let (s, found) = t.get(&t.admin, &format!("/api/v1/search?{query}")).await;
    assert_eq!(s, 200, "{found}");
    found["hits"].as_array().unwrap().clone()
}

fn ids(hits: &[Value]) -> Vec<&str> {
    hits.iter().map(|h| h["id"].as_str().unwrap()).collect()
}

async fn cases_messages_and_articles_are_found_and_personal_data_is_not(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let card = message(
        &t,
        "s-1",
        "Tappat kortet",
        "Hej! Jag tappade mitt kort på bussen i går kväll. Kan ni spärra det?",
    )
    .await;
    let pay = message(
        &t,
        "s-2",
        "Payments",
        "My payments to Germany have failed three times this week.",
    )
    .await;
    let private = message(
        &t,
        "s-3",
        "Dödsbo",
        "Min pappa har gått bort. Hans personnummer är 19900101-0017 och kortet 4111 1111 1111 1111.",
    )
    .await;

    // Swedish and English word forms; the case once, with its words highlighted.
    let hits = search(&t, "q=spärrade+korten").await;
    assert_eq!(ids(&hits), [card.as_str()], "{hits:?}");
    assert_eq!(hits[0]["kind"], "case");
    assert_eq!(hits[0]["case"]["subject"], "Tappat kortet");
    let snippet = hits[0]["snippet"].as_str().unwrap();
    let [a, b] = [
        hits[0]["highlights"][0][0].as_u64().unwrap() as usize,
        hits[0]["highlights"][0][1].as_u64().unwrap() as usize,
    ];
    assert!(
        ["kort", "spärra", "kortet"].contains(&&snippet[a..b]),
        "{snippet} {a} {b}"
    );
    assert_eq!(ids(&search(&t, "q=payment+failing").await), [pay.as_str()]);

    // Personal data is only in the index redacted.
    for q in [
        "19900101-0017",
        "199001010017",
        "900101-0017",
        "4111+1111+1111+1111",
        "4111111111111111",
    ] {
        assert!(
            search(&t, &format!("q={q}")).await.is_empty(),
            "{q} was findable"
        );
    }
    let hits = search(&t, "q=pappa").await;
    assert_eq!(ids(&hits), [private.as_str()]);
    let snippet = hits[0]["snippet"].as_str().unwrap();
    assert!(
        !snippet.contains("0017") && !snippet.contains("1111"),
        "{snippet}"
    );

    // A new status reaches the case's messages; filters narrow.
    let agent = t.agent("Karin Lund", "agent", &[]).await;
    let (s, _) = t
        .post(
            &agent,
            &format!("/api/v1/cases/{card}/assign"),
            json!({ "agent_id": agent.id }),
        )
        .await;
    assert_eq!(s, 200);
    let (s, _) = t
        .post(
            &agent,
            &format!("/api/v1/cases/{card}/resolve"),
            json!({ "summary": "Kortet spärrat, nytt kort beställt.", "category": "kort" }),
        )
        .await;
    assert_eq!(s, 200);
    assert!(search(&t, "q=bussen&status=open").await.is_empty());
    assert_eq!(
        ids(&search(&t, "q=bussen&status=resolved").await),
        [card.as_str()]
    );
    assert_eq!(
        ids(&search(&t, "q=bussen&channel=api").await),
        [card.as_str()]
    );
    assert!(search(&t, "q=bussen&channel=email").await.is_empty());

    // Articles, alone or with the cases; an incident's cases.
    let (s, article) = t
        .post(
            &t.admin,
            "/api/v1/articles",
            json!({ "language": "sv", "audience": "public", "title": "Så spärrar du ett kort",
                      "body": "Spärra kortet i appen under Kort, eller ring 08-411 10 11." }),
        )
        .await;
    assert_eq!(s, 201, "{article}");
    let hits = search(&t, "q=spärra+kort&kind=article").await;
    assert_eq!(ids(&hits), [article["id"].as_str().unwrap()]);
    assert_eq!(hits[0]["article"]["title"], "Så spärrar du ett kort");
    assert_eq!(
        search(&t, "q=spärra+kort").await.len(),
        2,
        "the case and the article"
    );
    let (s, incident) = t
        .post(
            &t.admin,
            "/api/v1/incidents",
            json!({ "title": "Betalningar till utlandet", "public_status": "Störning." }),
        )
        .await;
    assert_eq!(s, 201);
    let iid = incident["id"].as_str().unwrap();
    let (s, _) = t
        .post(
            &t.admin,
            &format!("/api/v1/incidents/{iid}/links"),
            json!({ "case_id": pay }),
        )
        .await;
    assert_eq!(s, 200);
    assert_eq!(
        ids(&search(&t, &format!("q=germany&incident={iid}")).await),
        [pay.as_str()]
    );
    assert!(
        search(&t, &format!("q=pappa&incident={iid}"))
            .await
            .is_empty()
    );

    let (s, bad) = t
        .get(
            &t.admin,
            "/api/v1/search?status=klar&channel=fax&from=igår&kind=allt&limit=0",
        )
        .await;
    assert_eq!(s, 422, "{bad}");
    assert_eq!(
        bad_fields(&bad),
        ["q", "status", "channel", "from", "kind", "limit"]
    );
}

async fn an_agent_searches_from_the_workspace(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let (_, session) = crate::workspace::karin(&t).await;
    let case = message(&t, "u-1", "Tappat kortet", "Jag tappade kortet på bussen.").await;
    let base = t.base_url.clone();
    let (_, html) = crate::workspace::page(&format!("{base}/inbox"), &session).await;
    assert_eq!(
        crate::workspace::attr(&html, "header form[role=search]", "action"),
        "/search"
    );
    let (s, html) =
        crate::workspace::page(&format!("{base}/search?q=bussen&status=open"), &session).await;
    assert_eq!(s, 200);
    let links = crate::workspace::select(&html, ".hits li a");
    assert_eq!(links, ["L-000001 Tappat kortet"]);
    assert_eq!(
        crate::workspace::attr(&html, ".hits li a", "href"),
        format!("/cases/{case}")
    );
    assert_eq!(crate::workspace::select(&html, ".hits mark"), ["bussen"]);
    let (_, html) =
        crate::workspace::page(&format!("{base}/search?q=bussen&status=resolved"), &session).await;
    assert!(crate::workspace::select(&html, ".hits li").is_empty());
    assert_eq!(crate::workspace::select(&html, ".empty").len(), 1);
}

on_both_backends!(
    cases_messages_and_articles_are_found_and_personal_data_is_not,
    an_agent_searches_from_the_workspace
);
