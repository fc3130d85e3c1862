//! The knowledge base in the browser's HTML, on both backends: the public FAQ (no
//! sign-in) lists public articles by category, never internal ones, searches them,
//! serves each article and tells customers about an ongoing incident; in English on
//! request; beside a case the agent sees the article like it, can insert it, mark it as
//! having solved the case, and turn the resolution into a draft article; the knowledge
//! page counts this month's top problems and each article's use; a lead publishes the
//! draft from the editor.

use lotsen_testkit::{Backend, TestApp, on_both_backends};
use serde_json::json;

use crate::workspace::{attr, karin, page, post_form, select};

async fn article(t: &TestApp, who: &lotsen_testkit::TestAgent, body: serde_json::Value) -> String {
    let (s, a) = t.post(who, "/api/v1/articles", body).await;
    assert_eq!(s, 201, "{a}");
    a["id"].as_str().unwrap().to_owned()
}

async fn the_faq_and_the_case_panel_show_the_knowledge_base(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let (team, session) = karin(&t).await;
    let lead = t.agent("Lena Ledare", "lead", &[team]).await;
    let card = article(&t, &lead, json!({ "language": "sv", "audience": "public", "category": "kort",
        "title": "Jag har tappat mitt kort",
        "body": "Spärra kortet direkt.\n- I appen: Kort > Spärra kort.\n- Per telefon: 08-411 10 11, dygnet runt." })).await;
    let internal = article(&t, &lead, json!({ "language": "sv", "category": "kort",
        "title": "Spärrat kort: intern rutin", "body": "Kontrollera spärrorsaken i kortsystemet." })).await;
    article(
        &t,
        &lead,
        json!({ "language": "en", "audience": "public", "category": "kort",
        "title": "I have lost my card", "body": "Block the card in the app under Cards." }),
    )
    .await;
    let (s, _) = t
        .post(
            &lead,
            "/api/v1/incidents",
            json!({ "title": "Appen nere",
            "public_status": "Just nu går det inte att logga in i appen." }),
        )
        .await;
    assert_eq!(s, 201);

    // The public FAQ, without signing in.
    let base = t.base_url.clone();
    let (s, html) = page(&format!("{base}/faq"), "").await;
    assert_eq!(s, 200);
    assert_eq!(select(&html, "h1"), ["Vanliga frågor"]);
    assert_eq!(select(&html, ".faq-group h2"), ["Kort"]);
    assert_eq!(
        select(&html, ".faq-group li a"),
        ["Jag har tappat mitt kort"]
    );
    assert_eq!(
        select(&html, ".incident-banner"),
        ["Pågående störning: Just nu går det inte att logga in i appen."]
    );
    let (_, html) = page(&format!("{base}/faq?q=tappat+kortet"), "").await;
    assert_eq!(
        select(&html, ".faq-results li a"),
        ["Jag har tappat mitt kort"]
    );
    let (_, html) = page(&format!("{base}/faq?q=bolåneränta"), "").await;
    assert!(select(&html, ".faq-results li").is_empty());
    assert_eq!(select(&html, ".empty").len(), 1);
    let (s, html) = page(&format!("{base}/faq/{card}"), "").await;
    assert_eq!(s, 200);
    assert_eq!(select(&html, "h1"), ["Jag har tappat mitt kort"]);
    assert_eq!(
        select(&html, "article li").len(),
        2,
        "the bullets are a list"
    );
    let (s, _) = page(&format!("{base}/faq/{internal}"), "").await;
    assert_eq!(s, 404, "internal articles are not public");
    let (_, html) = page(&format!("{base}/faq?lang=en"), "").await;
    assert_eq!(select(&html, "h1"), ["Frequently asked questions"]);
    assert_eq!(select(&html, ".faq-group h2"), ["Cards"]);
    assert_eq!(select(&html, ".faq-group li a"), ["I have lost my card"]);

    // Beside the case: the article, inserted, marked as having solved it.
    let (s, created) = t
        .post(&t.admin, "/api/v1/messages", json!({ "external_id": "kb-1",
            "customer": { "name": "Eva Berg", "email": "eva@example.se" },
            "subject": "Tappat kortet", "body": "Hej! Jag har tappat mitt kort. Vad ska jag göra?" }))
        .await;
    assert_eq!(s, 201);
    let case = created["case_id"].as_str().unwrap().to_owned();
    let url = format!("{base}/cases/{case}");
    let (_, html) = page(&url, &session).await;
    let offered = select(&html, ".kb-articles summary");
    assert!(
        offered[0].starts_with("Jag har tappat mitt kort"),
        "{offered:?}"
    );
    assert!(
        attr(&html, ".kb-articles button[data-insert]", "data-insert").starts_with("Spärra kortet")
    );
    let csrf = attr(&html, ".kb-articles input[name=csrf]", "value");
    let (s, _, body) = post_form(
        &format!("{url}/solved"),
        &session,
        &[("csrf", &csrf), ("article_id", &card)],
    )
    .await;
    assert_eq!(s, 303, "{body}");
    let (_, html) = page(&url, &session).await;
    assert_eq!(
        select(&html, ".kb-articles .badge.solved"),
        ["Löste ärendet"]
    );
    let (_, shown) = t.get(&lead, &format!("/api/v1/articles/{card}")).await;
    assert_eq!(shown["solved_cases"], 1);

    // Resolved with a category, the resolution becomes a draft article.
    let (s, _, body) = post_form(&format!("{url}/take"), &session, &[("csrf", &csrf)]).await;
    assert_eq!(s, 303, "{body}");
    let (s, _, body) = post_form(
        &format!("{url}/resolve"),
        &session,
        &[
            ("csrf", &csrf),
            ("summary", "Kortet spärrat och nytt kort beställt."),
            ("category", "kort"),
            ("article_id", ""),
        ],
    )
    .await;
    assert_eq!(s, 303, "{body}");
    let (_, html) = page(&url, &session).await;
    assert_eq!(select(&html, "#known-solution summary"), ["Känd lösning"]);
    let (s, _, body) = post_form(
        &format!("{url}/known-solution"),
        &session,
        &[("csrf", &csrf)],
    )
    .await;
    assert_eq!(s, 303, "{body}");
    // The knowledge page: this month's top problems, every article with its use.
    let (s, html) = page(&format!("{base}/knowledge"), &session).await;
    assert_eq!(s, 200);
    assert_eq!(
        select(&html, ".top-problems tbody td"),
        ["kort", "1", "0", "ny", "Jag har tappat mitt kort"]
    );
    let rows = select(&html, ".articles tbody tr");
    assert_eq!(rows.len(), 4, "three written and the draft");
    assert!(
        rows.iter()
            .any(|r| r.starts_with("Jag har tappat mitt kortkortpublik1")),
        "{rows:?}"
    );
    let (_, drafts) = t.get(&lead, "/api/v1/articles?status=draft").await;
    assert_eq!(drafts["articles"][0]["title"], "Tappat kortet");
    assert_eq!(
        drafts["articles"][0]["body"],
        "Kortet spärrat och nytt kort beställt."
    );

    // The draft is published from the editor by a lead, a new version; a blank title
    // comes back with what was wrong and what was typed.
    let draft = drafts["articles"][0]["id"].as_str().unwrap().to_owned();
    lotsen_app::signin::set_password(&t.app, "lena.ledare@banken.se", crate::workspace::PASSWORD)
        .await
        .unwrap();
    let lena =
        crate::workspace::sign_in(&base, "lena.ledare@banken.se", crate::workspace::PASSWORD)
            .await
            .unwrap();
    let edit = format!("{base}/knowledge/{draft}");
    let (s, html) = page(&edit, &lena).await;
    assert_eq!(s, 200);
    assert_eq!(attr(&html, "#a-title", "value"), "Tappat kortet");
    let csrf = attr(&html, "form.article-editor input[name=csrf]", "value");
    let form = |title: &'static str| {
        [
            ("csrf", csrf.clone()),
            ("title", title.to_owned()),
            (
                "body",
                "Spärra kortet i appen under Kort och beställ ett nytt.".to_owned(),
            ),
            ("language", "sv".to_owned()),
            ("audience", "public".to_owned()),
            ("status", "published".to_owned()),
            ("category", "kort".to_owned()),
            ("review_by", "2026-09-30".to_owned()),
        ]
    };
    let blank = form(" ");
    let pairs: Vec<(&str, &str)> = blank.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let (s, _, body) = post_form(&edit, &lena, &pairs).await;
    assert_eq!(s, 422, "{body}");
    assert!(
        body.contains("title") && body.contains("Spärra kortet i appen"),
        "{body}"
    );
    let good = form("Tappat kort: spärra och beställ nytt");
    let pairs: Vec<(&str, &str)> = good.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let (s, _, body) = post_form(&edit, &lena, &pairs).await;
    assert_eq!(s, 303, "{body}");
    let (_, html) = page(&edit, &lena).await;
    assert_eq!(select(&html, ".versions li").len(), 2);
    let (_, shown) = t.get(&lead, &format!("/api/v1/articles/{draft}")).await;
    assert_eq!(
        (
            shown["status"].as_str(),
            shown["audience"].as_str(),
            shown["version"].as_u64()
        ),
        (Some("published"), Some("public"), Some(2))
    );
}

on_both_backends!(the_faq_and_the_case_panel_show_the_knowledge_base);
