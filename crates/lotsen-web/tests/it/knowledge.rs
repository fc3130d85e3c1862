//! The knowledge base over HTTP, on both backends: a lead writes a public article and
//! an agent may not (nor with bad fields, each named); a new text is a new version;
//! a customer's case is offered the article in their language, not the English one; "this solved it" counts
//! once; a resolution becomes a draft article or is attached to one; a later case is
//! shown the earlier one as solved before; the month's top problems count categories
//! with the month before; the public search finds public articles only.

use lotsen_testkit::{Backend, TestApp, on_both_backends};
use serde_json::{Value, json};

use crate::workspace::bad_fields;

async fn message(t: &TestApp, id: &str, name: &str, subject: &str, body: &str) -> String {
    let (s, created) = t
        .post(
            &t.admin,
            "/api/v1/messages",
            json!({ "external_id": id,
                    "customer": { "name": name, "email": format!("{id}@example.se") },
                    "subject": subject, "body": body }),
        )
        .await;
    assert_eq!(s, 201, "{created}");
    created["case_id"].as_str().unwrap().to_owned()
}

fn titles(list: &Value, key: &str) -> Vec<String> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|a| a[key]["title"].as_str().unwrap_or_default().to_owned())
        .collect()
}

async fn the_knowledge_base_answers_cases_and_learns_from_them(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let team = t.team("Kundservice").await;
    let lead = t.agent("Lena Ledare", "lead", &[team]).await;
    let agent = t.agent("Karin Berg", "agent", &[team]).await;

    let card = json!({ "language": "sv", "audience": "public", "category": "Kort",
        "title": "Jag har tappat mitt kort",
        "body": "Spärra kortet direkt i appen under Kort, eller ring 08-411 10 11 dygnet runt. Ett nytt kort kommer med posten inom fem bankdagar." });
    let (s, refused) = t.post(&agent, "/api/v1/articles", card.clone()).await;
    assert_eq!(
        (s, refused["error"]["code"].as_str()),
        (403, Some("leads_only"))
    );
    let (s, refused) = t
        .post(
            &lead,
            "/api/v1/articles",
            json!({ "language": "fi", "audience": "alla", "title": " ", "review_by": "i morgon" }),
        )
        .await;
    assert_eq!(s, 422, "{refused}");
    assert_eq!(
        bad_fields(&refused),
        ["body", "language", "audience", "title", "review_by"]
    );
    let (s, article) = t.post(&lead, "/api/v1/articles", card).await;
    assert_eq!(s, 201, "{article}");
    assert_eq!(
        (article["version"].as_u64(), article["category"].as_str()),
        (Some(1), Some("kort"))
    );
    let card_id = article["id"].as_str().unwrap().to_owned();
    assert_eq!(article["public_url"], format!("/faq/{card_id}"));
    // Agents write internal articles, and English ones are kept apart.
    let (s, internal) = t
        .post(
            &agent,
            "/api/v1/articles",
            json!({ "language": "sv", "category": "kort",
                    "title": "Kort spärrat av misstag: så öppnar du det",
                    "body": "Kontrollera spärrorsaken i kortsystemet innan du öppnar kortet." }),
        )
        .await;
    assert_eq!((s, internal["audience"].as_str()), (201, Some("internal")));
    let (s, _) = t
        .post(
            &lead,
            "/api/v1/articles",
            json!({ "language": "en", "audience": "public", "category": "kort",
                    "title": "I have lost my card",
                    "body": "Block the card in the app under Cards, or call +46 8 411 10 11 at any time." }),
        )
        .await;
    assert_eq!(s, 201);

    // A new text is a new version; the old one is kept.
    let path = format!("/api/v1/articles/{card_id}");
    let (s, revised) = t
        .send(
            reqwest::Method::PATCH,
            Some(&lead),
            &path,
            Some(json!({ "body": "Spärra kortet i appen under Kort eller ring 08-411 10 11 dygnet runt. Nytt kort inom fem bankdagar.",
                         "review_by": "2026-09-01" })),
        )
        .await;
    assert_eq!(s, 200, "{revised}");
    assert_eq!(revised["version"], 2);
    let (_, detail) = t.get(&agent, &path).await;
    let versions: Vec<u64> = detail["versions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["version"].as_u64().unwrap())
        .collect();
    assert_eq!(versions, [2, 1]);
    assert_eq!(detail["review_by"], "2026-09-01");

    // The customer's case is offered the article in their language first.
    let first = message(
        &t,
        "tappat-1",
        "Eva Berg",
        "Tappat kortet",
        "Hej! Jag har tappat mitt kort på stan i går. Vad gör jag nu?",
    )
    .await;
    let (s, offered) = t
        .get(&agent, &format!("/api/v1/cases/{first}/knowledge"))
        .await;
    assert_eq!(s, 200, "{offered}");
    assert_eq!(offered["language"], "sv");
    let found = titles(&offered["articles"], "article");
    assert_eq!(found[0], "Jag har tappat mitt kort", "{offered}");
    assert!(
        !found.contains(&"I have lost my card".to_owned()),
        "not in English"
    );
    assert!(offered["similar_cases"].as_array().unwrap().is_empty());

    // A resolution without a category is no known solution; then resolved with one.
    let known = format!("/api/v1/cases/{first}/known-solution");
    let (s, open) = t.post(&agent, &known, json!({})).await;
    assert_eq!(
        (s, open["error"]["code"].as_str()),
        (409, Some("not_resolved"))
    );
    let (s, _) = t
        .post(
            &agent,
            &format!("/api/v1/cases/{first}/assign"),
            json!({ "agent_id": agent.id }),
        )
        .await;
    assert_eq!(s, 200);
    let (s, resolved) = t
        .post(
            &agent,
            &format!("/api/v1/cases/{first}/resolve"),
            json!({ "summary": "Kortet spärrat i appen och ett nytt kort beställt till folkbokföringsadressen.",
                    "category": "kort" }),
        )
        .await;
    assert_eq!(s, 200, "{resolved}");
    let solved = format!("/api/v1/cases/{first}/solved-by");
    let (s, once) = t
        .post(&agent, &solved, json!({ "article_id": card_id }))
        .await;
    assert_eq!(s, 200, "{once}");
    assert_eq!(
        (once["recorded"].as_bool(), once["solved_cases"].as_u64()),
        (Some(true), Some(1))
    );
    let (_, twice) = t
        .post(&agent, &solved, json!({ "article_id": card_id }))
        .await;
    assert_eq!(
        (twice["recorded"].as_bool(), twice["solved_cases"].as_u64()),
        (Some(false), Some(1))
    );
    let (s, missing) = t.post(&agent, &solved, json!({})).await;
    assert_eq!((s, bad_fields(&missing)), (422, vec!["article_id"]));

    // The resolution as a draft article, and attached to the published one.
    let (s, draft) = t.post(&agent, &known, json!({})).await;
    assert_eq!(s, 201, "{draft}");
    assert_eq!(
        (
            draft["status"].as_str(),
            draft["title"].as_str(),
            draft["category"].as_str()
        ),
        (Some("draft"), Some("Tappat kortet"), Some("kort"))
    );
    assert_eq!(draft["source_case_id"], first.as_str());
    assert_eq!(draft["public_url"], Value::Null);
    let (s, _) = t
        .post(&agent, &known, json!({ "article_id": card_id }))
        .await;
    assert_eq!(s, 201);

    // A later customer with the same problem: the first case is solved before.
    let second = message(
        &t,
        "tappat-2",
        "Olle Ek",
        "Kortet borta",
        "Jag har tappat kortet, kan ni spärra det och skicka ett nytt kort?",
    )
    .await;
    let (_, offered) = t
        .get(&agent, &format!("/api/v1/cases/{second}/knowledge"))
        .await;
    let similar: Vec<&str> = offered["similar_cases"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["case"]["id"].as_str().unwrap())
        .collect();
    assert_eq!(similar, [first.as_str()], "{offered}");
    assert!(
        offered["similar_cases"][0]["resolution"]
            .as_str()
            .unwrap()
            .starts_with("Kortet spärrat")
    );

    // The month's top problems; a bad month is named.
    let (s, top) = t
        .get(&agent, "/api/v1/knowledge/top-problems?month=2026-03")
        .await;
    assert_eq!(s, 200, "{top}");
    assert_eq!(top["problems"][0]["category"], "kort");
    assert_eq!(top["problems"][0]["count"], 1);
    assert_eq!(top["problems"][0]["previous"], 0);
    assert_eq!(top["problems"][0]["trend"], "new");
    assert_eq!(
        top["problems"][0]["article_title"],
        "Jag har tappat mitt kort"
    );
    let (_, empty) = t
        .get(&agent, "/api/v1/knowledge/top-problems?month=2026-04")
        .await;
    assert!(empty["problems"].as_array().unwrap().is_empty());
    let (s, bad) = t
        .get(&agent, "/api/v1/knowledge/top-problems?month=mars")
        .await;
    assert_eq!((s, bad_fields(&bad)), (422, vec!["month"]));

    // The public search, without a token, finds only what customers may read.
    let (s, public) = t
        .send(
            reqwest::Method::GET,
            None,
            "/api/v1/public/articles?q=tappat%20kort",
            None,
        )
        .await;
    assert_eq!(s, 200, "{public}");
    let found: Vec<&str> = public
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["title"].as_str().unwrap())
        .collect();
    assert_eq!(found, ["Jag har tappat mitt kort"]);
    let (_, english) = t
        .send(
            reqwest::Method::GET,
            None,
            "/api/v1/public/articles?q=lost%20card&lang=en",
            None,
        )
        .await;
    assert_eq!(english[0]["title"], "I have lost my card");
    let (_, listed) = t.get(&agent, "/api/v1/articles?audience=internal").await;
    assert_eq!(
        listed["articles"].as_array().unwrap().len(),
        2,
        "the internal and the draft"
    );
    let (_, due) = t.get(&agent, "/api/v1/articles?due=true").await;
    assert!(due["articles"].as_array().unwrap().is_empty());
}

on_both_backends!(the_knowledge_base_answers_cases_and_learns_from_them);
