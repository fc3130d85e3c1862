//! The agent workspace over HTTP, on both backends, asserting on the HTML a browser gets
//! (CSS selectors): signing in with a CSRF-protected form and an HttpOnly, Secure,
//! SameSite cookie; the inbox's lists; the case view's timeline with the customer's
//! text escaped; a reply and a note from the forms, refused without the session's
//! token; signing out ends the session.

use lotsen_testkit::{Backend, TestApp, on_both_backends};
use reqwest::header::{COOKIE, LOCATION, SET_COOKIE};
use scraper::{Html, Selector};
use serde_json::json;

pub(crate) const PASSWORD: &str = "Sommar-2026-lotsen";

/// Posts a form with the session; the status, the `Location` it sends to (if any) and
/// the body.
pub(crate) async fn post_form(
    url: &str,
    session: &str,
    fields: &[(&str, &str)],
) -> (u16, String, String) {
    let r = client()
        .post(url)
        .header(COOKIE, session)
        .form(fields)
        .send()
        .await
        .unwrap();
    let status = r.status().as_u16();
    let to = r
        .headers()
        .get(LOCATION)
        .map(|l| l.to_str().unwrap_or_default().to_owned())
        .unwrap_or_default();
    (status, to, r.text().await.unwrap())
}

/// Karin Lund, an agent in a new team Kundservice, signed in: the team and her session.
pub(crate) async fn karin(t: &TestApp) -> (uuid::Uuid, String) {
    let team = t.team("Kundservice").await;
    t.agent("Karin Lund", "agent", &[team]).await;
    lotsen_app::signin::set_password(&t.app, "karin.lund@banken.se", PASSWORD)
        .await
        .unwrap();
    let session = sign_in(&t.base_url, "karin.lund@banken.se", PASSWORD)
        .await
        .unwrap();
    (team, session)
}

/// Lena Ledare, lead of `team`, signed in (her session); every new case is routed to
/// `team`.
pub(crate) async fn lena_leading(t: &TestApp, team: uuid::Uuid) -> String {
    t.agent("Lena Ledare", "lead", &[team]).await;
    lotsen_app::signin::set_password(&t.app, "lena.ledare@banken.se", PASSWORD)
        .await
        .unwrap();
    let (s, body) = t
        .send(
            reqwest::Method::PUT,
            Some(&t.admin),
            "/api/v1/routing/rules",
            Some(json!({ "rules": [{ "name": "Alla", "team_id": team }] })),
        )
        .await;
    assert_eq!(s, 200, "{body}");
    sign_in(&t.base_url, "lena.ledare@banken.se", PASSWORD)
        .await
        .unwrap()
}

/// The fields an error body names, in order.
pub(crate) fn bad_fields(body: &serde_json::Value) -> Vec<&str> {
    body["error"]["fields"]
        .as_array()
        .map(|fields| fields.iter().filter_map(|f| f["field"].as_str()).collect())
        .unwrap_or_default()
}

pub(crate) fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

/// The `name=value` of a `Set-Cookie` named `name`, and the whole header.
pub(crate) fn set_cookie(response: &reqwest::Response, name: &str) -> Option<(String, String)> {
    response
        .headers()
        .get_all(SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with(&format!("{name}=")))
        .map(|v| (v.split(';').next().unwrap().to_owned(), v.to_owned()))
}

pub(crate) fn select(html: &Html, css: &str) -> Vec<String> {
    let selector = Selector::parse(css).unwrap();
    html.select(&selector)
        .map(|e| e.text().collect::<String>())
        .collect()
}

pub(crate) fn attr(html: &Html, css: &str, name: &str) -> String {
    let selector = Selector::parse(css).unwrap();
    html.select(&selector)
        .next()
        .and_then(|e| e.value().attr(name))
        .unwrap_or_else(|| panic!("no {css}[{name}]"))
        .to_owned()
}

pub(crate) async fn page(url: &str, cookie: &str) -> (u16, Html) {
    let r = client()
        .get(url)
        .header(COOKIE, cookie)
        .send()
        .await
        .unwrap();
    let status = r.status().as_u16();
    (status, Html::parse_document(&r.text().await.unwrap()))
}

/// Signs in through the form; the session cookie (`name=value`).
pub(crate) async fn sign_in(
    base: &str,
    email: &str,
    password: &str,
) -> Result<String, (u16, Html)> {
    let form = client().get(format!("{base}/login")).send().await.unwrap();
    assert_eq!(form.status(), 200);
    let (login_cookie, _) = set_cookie(&form, "lotsen_login_csrf").unwrap();
    let html = Html::parse_document(&form.text().await.unwrap());
    assert_eq!(
        select(&html, "form[action='/login'] input[name=email]").len(),
        1
    );
    assert_eq!(
        select(
            &html,
            "form[action='/login'] input[name=password][type=password]"
        )
        .len(),
        1
    );
    let csrf = attr(&html, "input[name=csrf]", "value");
    let r = client()
        .post(format!("{base}/login"))
        .header(COOKIE, login_cookie)
        .form(&[("email", email), ("password", password), ("csrf", &csrf)])
        .send()
        .await
        .unwrap();
    if r.status() != 303 {
        let status = r.status().as_u16();
        return Err((status, Html::parse_document(&r.text().await.unwrap())));
    }
    assert_eq!(r.headers()[LOCATION], "/inbox");
    let (session, header) = set_cookie(&r, "lotsen_session").unwrap();
    for flag in ["HttpOnly", "Secure", "SameSite=Lax", "Path=/"] {
        assert!(header.contains(flag), "{header}");
    }
    Ok(session)
}

async fn an_agent_signs_in_works_a_case_and_signs_out(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let base = t.base_url.clone();
    let team = t.team("Kundservice").await;
    let karin = t.agent("Karin Lund", "agent", &[team]).await;
    lotsen_app::signin::set_password(&t.app, "Karin.Lund@banken.se", PASSWORD)
        .await
        .unwrap();
    let (s, created) = t
        .post(
            &t.admin,
            "/api/v1/messages",
            json!({ "external_id": "ws-1", "customer": { "name": "Eva Berg", "email": "eva@example.se" },
                    "team_id": team,
                    "subject": "Kortet fungerar inte",
                    "body": "Hej! Kortet nekas i butik. <script>alert('x')</script>" }),
        )
        .await;
    assert_eq!(s, 201, "{created}");
    let case = created["case_id"].as_str().unwrap().to_owned();
    let (s, body) = t
        .post(
            &karin,
            &format!("/api/v1/cases/{case}/assign"),
            json!({ "agent_id": karin.id }),
        )
        .await;
    assert_eq!(s, 200, "{body}");

    // Not signed in: to the sign-in page. A wrong password: the form again, saying so.
    let r = client().get(format!("{base}/inbox")).send().await.unwrap();
    assert!(r.status().is_redirection());
    assert_eq!(r.headers()[LOCATION], "/login");
    let (status, html) = sign_in(&base, "karin.lund@banken.se", "fel-lösenord-123")
        .await
        .unwrap_err();
    assert_eq!(status, 401);
    assert_eq!(
        select(&html, ".error"),
        ["Fel e-postadress eller lösenord."]
    );
    let (status, _) = sign_in(&base, "ingen@banken.se", PASSWORD)
        .await
        .unwrap_err();
    assert_eq!(status, 401);
    // The form without its token is refused.
    let r = client()
        .post(format!("{base}/login"))
        .form(&[
            ("email", "karin.lund@banken.se"),
            ("password", PASSWORD),
            ("csrf", "x"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 400);

    let session = sign_in(&base, "karin.lund@banken.se", PASSWORD)
        .await
        .unwrap();
    let (status, html) = page(&format!("{base}/inbox"), &session).await;
    assert_eq!(status, 200);
    assert_eq!(attr(&html, "html", "lang"), "sv");
    assert_eq!(select(&html, "header.top .who"), ["Karin Lund"]);
    let mine = select(&html, "#mine tr.case td a");
    assert_eq!(mine, ["Kortet fungerar inte"]);
    assert_eq!(select(&html, "#mine .count"), ["1"]);
    assert_eq!(
        attr(&html, "#mine tr.case td a", "href"),
        format!("/cases/{case}")
    );

    // Narrowed to urgent cases the list is empty; to normal ones, oldest first, it is not.
    let (_, html) = page(&format!("{base}/inbox?priority=urgent"), &session).await;
    assert_eq!(select(&html, "#mine .count"), ["0"]);
    assert_eq!(attr(&html, "#priority option[selected]", "value"), "urgent");
    let (_, html) = page(
        &format!("{base}/inbox?priority=normal&sort=oldest&channel=api"),
        &session,
    )
    .await;
    assert_eq!(
        select(&html, "#mine tr.case td a"),
        ["Kortet fungerar inte"]
    );
    assert_eq!(attr(&html, "#sort option[selected]", "value"), "oldest");

    let case_url = format!("{base}/cases/{case}");
    let (status, html) = page(&case_url, &session).await;
    assert_eq!(status, 200);
    assert!(
        select(&html, "h1")
            .join("")
            .contains("Kortet fungerar inte")
    );
    assert_eq!(select(&html, ".customer"), ["Eva Berg"]);
    let inbound = select(&html, ".timeline li.message.inbound .body");
    assert_eq!(
        inbound,
        ["Hej! Kortet nekas i butik. <script>alert('x')</script>"]
    );
    let scripts = Selector::parse("script").unwrap();
    let srcs: Vec<_> = html
        .select(&scripts)
        .map(|e| e.value().attr("src"))
        .collect();
    assert_eq!(
        srcs,
        [
            Some("/ui/live.js"),
            Some("/ui/keys.js"),
            Some("/ui/compose.js")
        ],
        "the customer's script is text; ours are the only ones"
    );
    let csrf = attr(&html, "form[action$='/reply'] input[name=csrf]", "value");

    // A reply without the session's token changes nothing; with it, it is sent.
    let post = |path: &str, fields: Vec<(&'static str, String)>| {
        client()
            .post(format!("{base}{path}"))
            .header(COOKIE, session.clone())
            .form(&fields)
            .send()
    };
    let r = post(
        &format!("/cases/{case}/reply"),
        vec![("body", "Hej!".into()), ("csrf", "fel".into())],
    )
    .await
    .unwrap();
    assert_eq!(r.status(), 400);
    let reply = "Hej Eva! Jag har spärrat kortet och ett nytt kommer inom fem dagar. /Karin";
    let r = post(
        &format!("/cases/{case}/reply"),
        vec![("body", reply.into()), ("csrf", csrf.clone())],
    )
    .await
    .unwrap();
    assert_eq!(r.status(), 303);
    let r = post(
        &format!("/cases/{case}/note"),
        vec![
            ("body", "Kunden ringde också i går.".into()),
            ("csrf", csrf.clone()),
        ],
    )
    .await
    .unwrap();
    assert_eq!(r.status(), 303);
    // An empty reply is shown back with the reason.
    let r = post(
        &format!("/cases/{case}/reply"),
        vec![("body", "  ".into()), ("csrf", csrf.clone())],
    )
    .await
    .unwrap();
    assert_eq!(r.status(), 422);
    let (_, html) = page(&case_url, &session).await;
    assert_eq!(
        select(&html, ".timeline li.message.outbound .body"),
        [reply]
    );
    assert_eq!(
        select(&html, ".timeline li.note .body"),
        ["Kunden ringde också i går."]
    );
    assert_eq!(select(&html, ".timeline li.message.inbound").len(), 1);

    // Karin switches to English; the pages follow.
    let (_, html) = page(&format!("{base}/inbox"), &session).await;
    let csrf_now = attr(
        &html,
        "form[action='/settings/language'] input[name=csrf]",
        "value",
    );
    let r = post(
        "/settings/language",
        vec![("language", "en".into()), ("csrf", csrf_now)],
    )
    .await
    .unwrap();
    assert_eq!(r.status(), 303);
    let (_, html) = page(&format!("{base}/inbox"), &session).await;
    assert_eq!(attr(&html, "html", "lang"), "en");
    assert!(select(&html, "#mine h2").join("").contains("My cases"));

    // Signing out ends the session.
    let r = post("/logout", vec![("csrf", csrf)]).await.unwrap();
    assert_eq!(r.status(), 303);
    let r = client()
        .get(format!("{base}/inbox"))
        .header(COOKIE, session)
        .send()
        .await
        .unwrap();
    assert_eq!(r.headers()[LOCATION], "/login");
}

/// A long case shows its latest part; earlier parts follow the link, to the opening.
async fn a_long_timeline_comes_in_parts(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let base = t.base_url.clone();
    let team = t.team("Kundservice").await;
    t.agent("Karin Lund", "agent", &[team]).await;
    lotsen_app::signin::set_password(&t.app, "karin.lund@banken.se", PASSWORD)
        .await
        .unwrap();
    let mut case = String::new();
    for i in 0..120 {
        let (s, created) = t
            .post(
                &t.admin,
                "/api/v1/messages",
                json!({ "external_id": format!("long-{i}"),
                        "customer": { "name": "Eva Berg", "email": "eva@example.se" },
                        "subject": "Fakturan", "body": format!("Meddelande nummer {i}.") }),
            )
            .await;
        assert_eq!(s, 201, "{created}");
        case = created["case_id"].as_str().unwrap().to_owned();
    }
    let session = sign_in(&base, "karin.lund@banken.se", PASSWORD)
        .await
        .unwrap();
    let mut url = format!("{base}/cases/{case}");
    let mut seen = Vec::new();
    for _ in 0..10 {
        let (status, html) = page(&url, &session).await;
        assert_eq!(status, 200);
        let bodies = select(&html, ".timeline li.message.inbound .body");
        assert!(bodies.len() <= 50, "a part holds at most 50 entries");
        seen.splice(0..0, bodies);
        let earlier = Selector::parse("a[data-earlier]").unwrap();
        match html.select(&earlier).next() {
            Some(link) => url = format!("{base}{}", link.value().attr("href").unwrap()),
            None => break,
        }
    }
    let expected: Vec<String> = (0..120)
        .map(|i| format!("Meddelande nummer {i}."))
        .collect();
    assert_eq!(
        seen, expected,
        "every message once, in order, across the parts"
    );
}

on_both_backends!(
    an_agent_signs_in_works_a_case_and_signs_out,
    a_long_timeline_comes_in_parts
);
