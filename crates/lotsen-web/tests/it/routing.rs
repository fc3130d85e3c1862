//! Routing over HTTP: a burst of cases shared out within capacity, offers that run out,
//! an agent going offline, a manager request, the out-of-hours answer, deadline alerts
//! and the lead's review list. The workers' tick runs as `lotsen serve` runs it.

use std::collections::HashMap;

use jiff::SignedDuration;
use lotsen_testkit::{Backend, TestAgent, TestApp, on_both_backends};
use serde_json::{Value, json};
use uuid::Uuid;

async fn tick(t: &TestApp) -> lotsen_app::workers::TickReport {
    use lotsen_domain::Clock;
    let since = t.clock.now() - SignedDuration::from_secs(1);
    lotsen_app::workers::tick(&t.app, since).await.unwrap()
}

async fn put(t: &TestApp, who: &TestAgent, path: &str, body: Value) -> (u16, Value) {
    t.send(reqwest::Method::PUT, Some(who), path, Some(body))
        .await
}

async fn online(t: &TestApp, who: &TestAgent, skills: &[&str], capacity: Value) {
    let (status, body) = put(
        t,
        &t.admin,
        &format!("/api/v1/agents/{}/routing", who.id),
        json!({ "presence": "online", "skills": skills, "capacity": capacity }),
    )
    .await;
    assert_eq!(status, 200, "{body}");
}

async fn message(t: &TestApp, id: &str, name: &str, body: &str, channel: &str) -> Uuid {
    let email = format!("{}@example.se", id.replace(' ', ""));
    let (status, created) = t
        .post(
            &t.admin,
            "/api/v1/messages",
            json!({ "external_id": id, "channel": channel,
                    "customer": { "name": name, "email": email }, "body": body }),
        )
        .await;
    assert_eq!(status, 201, "{created}");
    created["case_id"].as_str().unwrap().parse().unwrap()
}

async fn case(t: &TestApp, id: Uuid) -> Value {
    let (status, body) = t.get(&t.admin, &format!("/api/v1/cases/{id}")).await;
    assert_eq!(status, 200, "{body}");
    body
}

fn events<'a>(case: &'a Value, kind: &str) -> Vec<&'a Value> {
    case["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["type"] == kind)
        .collect()
}

async fn auto_team(t: &TestApp, name: &str, mode: &str) -> Uuid {
    let team = t.team(name).await;
    let (status, body) = put(
        t,
        &t.admin,
        &format!("/api/v1/teams/{team}/settings"),
        json!({ "assignment": mode, "offer_timeout": "PT2M" }),
    )
    .await;
    assert_eq!(status, 200, "{body}");
    team
}

async fn route_everything_to(t: &TestApp, team: Uuid, english: bool) {
    let mut rules = Vec::new();
    if english {
        rules.push(
            json!({ "name": "English", "language": "en", "team_id": team, "skills": ["en"] }),
        );
    }
    rules.push(json!({ "name": "Alla", "team_id": team }));
    let (status, body) = put(
        t,
        &t.admin,
        "/api/v1/routing/rules",
        json!({ "rules": rules }),
    )
    .await;
    assert_eq!(status, 200, "{body}");
}

async fn a_burst_of_500_cases_never_overfills_an_agent_or_doubles_an_owner(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let team = auto_team(&t, "Kort & betalningar", "auto").await;
    route_everything_to(&t, team, true).await;
    let mut agents = Vec::new();
    let mut capacity_of = HashMap::new();
    let mut english = Vec::new();
    for i in 0..20u32 {
        let a = t.agent(&format!("Agent {i}"), "agent", &[team]).await;
        let chats = 2 + i % 3;
        let skills: &[&str] = if i % 2 == 0 { &["sv", "en"] } else { &["sv"] };
        online(&t, &a, skills, json!({ "chat": chats, "api": 3 })).await;
        capacity_of.insert(a.id.to_string(), chats);
        if i % 2 == 0 {
            english.push(a.id.to_string());
        }
        agents.push(a);
    }
    let total_capacity: u32 = capacity_of.values().sum();
    // 500 chats arrive, eight at a time, while two routers run side by side (as two
    // servers would).
    let mut ids = Vec::new();
    let t = &t;
    for wave in 0..63 {
        let mut posts = Vec::new();
        for j in 0..8 {
            let n = wave * 8 + j;
            if n >= 500 {
                break;
            }
            let body = if n % 5 == 0 {
                "Hello, my card was declined in the shop today, why?".to_owned()
            } else {
                format!("Hej! Mitt kort nekades i butiken i dag, ärende {n}.")
            };
            posts.push(async move {
                message(t, &format!("burst-{n}"), "Kund Kundsson", &body, "chat").await
            });
        }
        let got = join_all(posts).await;
        ids.extend(got);
        if wave % 8 == 0 {
            let (a, b) = tokio::join!(tick(t), tick(t));
            assert!(a.routing.assigned + b.routing.assigned <= total_capacity);
        }
    }
    for _ in 0..3 {
        tokio::join!(tick(t), tick(t));
    }
    assert_eq!(ids.len(), 500);
    let mut held: HashMap<String, u32> = HashMap::new();
    let mut assigned = 0;
    for id in &ids {
        let c = case(t, *id).await;
        let owners = events(&c, "assigned").len() + events(&c, "handoff_accepted").len();
        assert!(owners <= 1, "one owner at most: {c}");
        if let Some(owner) = c["owner_id"].as_str() {
            assigned += 1;
            *held.entry(owner.to_owned()).or_default() += 1;
            if c["skills"] == json!(["en"]) {
                assert!(
                    english.contains(&owner.to_owned()),
                    "an English case went to a Swedish-only agent"
                );
            }
        }
    }
    for (agent, n) in &held {
        assert!(
            *n <= capacity_of[agent],
            "agent {agent} holds {n}, capacity {}",
            capacity_of[agent]
        );
    }
    // Every slot is used: 500 chats outnumber the agents' 59 places.
    assert_eq!(assigned, total_capacity, "{held:?}");
    // The queue holds the rest, untouched.
    let (_, page) = t
        .get(&t.admin, &format!("/api/v1/cases?team_id={team}&limit=1"))
        .await;
    assert_eq!(page["total"], 500);
}

async fn join_all<F: std::future::Future<Output = Uuid>>(futures: Vec<F>) -> Vec<Uuid> {
    let mut pinned: Vec<std::pin::Pin<Box<F>>> = futures.into_iter().map(Box::pin).collect();
    let mut results: Vec<Option<Uuid>> = vec![None; pinned.len()];
    std::future::poll_fn(|cx| {
        let mut pending = false;
        for (i, f) in pinned.iter_mut().enumerate() {
            if results[i].is_none() {
                match f.as_mut().poll(cx) {
                    std::task::Poll::Ready(v) => results[i] = Some(v),
                    std::task::Poll::Pending => pending = true,
                }
            }
        }
        if pending {
            std::task::Poll::Pending
        } else {
            std::task::Poll::Ready(())
        }
    })
    .await;
    results.into_iter().map(|r| r.unwrap()).collect()
}

async fn an_ignored_offer_returns_to_the_queue_and_goes_to_the_next_agent(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let team = auto_team(&t, "Kundservice", "offer").await;
    route_everything_to(&t, team, false).await;
    let anna = t.agent("Anna Lind", "agent", &[team]).await;
    let bo = t.agent("Bo Ek", "agent", &[team]).await;
    online(&t, &anna, &["sv"], json!({ "chat": 2 })).await;
    online(&t, &bo, &["sv"], json!({ "chat": 2 })).await;
    let id = message(
        &t,
        "offer-1",
        "Eva Berg",
        "Hej, hur spärrar jag mitt kort?",
        "chat",
    )
    .await;
    assert_eq!(tick(&t).await.routing.offered, 1);
    let c = case(&t, id).await;
    let first = c["offer"]["agent_id"].as_str().unwrap().to_owned();
    assert!(c["owner_id"].is_null());
    assert_eq!(c["offer"]["expires_at"], "2026-03-02T08:02:00Z");
    let (other, other_id) = if first == anna.id.to_string() {
        (&bo, bo.id)
    } else {
        (&anna, anna.id)
    };
    // The other agent cannot take someone else's offer.
    let (status, body) = t
        .post(
            other,
            &format!("/api/v1/cases/{id}/offer/accept"),
            json!({}),
        )
        .await;
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (403, Some("not_offered"))
    );
    // Nobody answers for three minutes: the offer goes back and on to the other agent.
    t.clock.advance(SignedDuration::from_mins(3));
    let report = tick(&t).await;
    assert_eq!((report.routing.expired, report.routing.offered), (1, 1));
    let c = case(&t, id).await;
    let lapsed = events(&c, "offer_lapsed");
    assert_eq!(lapsed.len(), 1);
    assert_eq!(lapsed[0]["event"]["expired"], true);
    assert_eq!(c["offer"]["agent_id"], other_id.to_string());
    // A second tick changes nothing: each timer fires once.
    let again = tick(&t).await;
    assert_eq!((again.routing.expired, again.routing.offered), (0, 0));
    let (status, body) = t
        .post(
            other,
            &format!("/api/v1/cases/{id}/offer/accept"),
            json!({}),
        )
        .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["owner_id"], other_id.to_string());
    assert!(body["offer"].is_null());
}

async fn a_case_everyone_let_pass_is_offered_again_after_a_pause(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let team = auto_team(&t, "Kundservice", "offer").await;
    route_everything_to(&t, team, false).await;
    let anna = t.agent("Anna Lind", "agent", &[team]).await;
    online(&t, &anna, &["sv"], json!({ "chat": 2 })).await;
    let id = message(
        &t,
        "pass-1",
        "Eva Berg",
        "Hej, min app startar inte.",
        "chat",
    )
    .await;
    assert_eq!(tick(&t).await.routing.offered, 1);
    t.clock.advance(SignedDuration::from_mins(3));
    let report = tick(&t).await;
    assert_eq!((report.routing.expired, report.routing.offered), (1, 0));
    // Nobody else is there: after five minutes Anna is asked again rather than never.
    t.clock.advance(SignedDuration::from_mins(5));
    assert_eq!(tick(&t).await.routing.offered, 1);
    assert_eq!(case(&t, id).await["offer"]["agent_id"], anna.id.to_string());
    // Gone offline, she can no longer take it.
    let (status, _) = put(
        &t,
        &anna,
        &format!("/api/v1/agents/{}/routing", anna.id),
        json!({ "presence": "offline" }),
    )
    .await;
    assert_eq!(status, 200);
    let (status, body) = t
        .post(
            &anna,
            &format!("/api/v1/cases/{id}/offer/accept"),
            json!({}),
        )
        .await;
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (409, Some("agent_unavailable")),
        "{body}"
    );
}

async fn an_agent_going_offline_hands_over_with_a_note_and_nothing_closes(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let team = auto_team(&t, "Kundservice", "auto").await;
    route_everything_to(&t, team, false).await;
    let anna = t.agent("Anna Lind", "agent", &[team]).await;
    let bo = t.agent("Bo Ek", "agent", &[team]).await;
    online(&t, &anna, &["sv"], json!({ "chat": 3 })).await;
    let id = message(
        &t,
        "off-1",
        "Eva Berg",
        "Mitt kort är spärrat, vad gör jag?",
        "chat",
    )
    .await;
    assert_eq!(tick(&t).await.routing.assigned, 1);
    assert_eq!(case(&t, id).await["owner_id"], anna.id.to_string());
    online(&t, &bo, &["sv"], json!({ "chat": 3 })).await;
    // Anna goes offline herself.
    let (status, body) = put(
        &t,
        &anna,
        &format!("/api/v1/agents/{}/routing", anna.id),
        json!({ "presence": "offline" }),
    )
    .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["handed_over"], 1);
    // An agent may not change their own skills.
    let (status, _) = put(
        &t,
        &anna,
        &format!("/api/v1/agents/{}/routing", anna.id),
        json!({ "skills": ["en"] }),
    )
    .await;
    assert_eq!(status, 403);
    let c = case(&t, id).await;
    let requested = events(&c, "handoff_requested");
    assert_eq!(requested.len(), 1);
    let note = requested[0]["event"]["note"].as_str().unwrap();
    assert!(
        note.contains("Anna") && note.contains("obesvarat"),
        "{note}"
    );
    assert_eq!(c["status"], "open");
    tick(&t).await;
    let c = case(&t, id).await;
    assert_eq!(c["owner_id"], bo.id.to_string(), "{c}");
    assert_eq!(c["counters"]["handoffs"], 1);
    assert_eq!(c["status"], "open");
    // Bo resolves; the customer writes again after Bo went offline: the reopened case
    // is his, and the worker hands it back to the queue for Anna, who is back.
    let (s, body) = t
        .post(
            &bo,
            &format!("/api/v1/cases/{id}/resolve"),
            json!({ "summary": "Kortet upplåst" }),
        )
        .await;
    assert_eq!(s, 200, "{body}");
    let (s, _) = put(
        &t,
        &bo,
        &format!("/api/v1/agents/{}/routing", bo.id),
        json!({ "presence": "offline" }),
    )
    .await;
    assert_eq!(s, 200);
    let (s, body) = t
        .post(
            &t.admin,
            &format!("/api/v1/cases/{id}/reopen"),
            json!({ "reason": "Kunden skrev igen" }),
        )
        .await;
    assert_eq!(s, 200, "{body}");
    online(&t, &anna, &["sv"], json!({ "chat": 3 })).await;
    let report = tick(&t).await;
    assert_eq!(report.handed_back, 1, "{report:?}");
    tick(&t).await;
    assert_eq!(case(&t, id).await["owner_id"], anna.id.to_string());
}

async fn an_agent_whose_shift_ends_goes_offline_and_hands_over(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let team = auto_team(&t, "Kundservice", "auto").await;
    route_everything_to(&t, team, false).await;
    let anna = t.agent("Anna Lind", "agent", &[team]).await;
    online(&t, &anna, &["sv"], json!({ "chat": 3 })).await;
    // Anna works chat until 10:00 Stockholm (09:00 UTC) today.
    let (status, body) = t
        .post(
            &t.admin,
            "/api/v1/forecast/shifts",
            json!({ "shifts": [{ "agent_id": anna.id, "channel": "chat",
                                 "start": "2026-03-02 08:00", "end": "2026-03-02 10:00" }] }),
        )
        .await;
    assert_eq!(status, 201, "{body}");
    let id = message(
        &t,
        "shift-1",
        "Eva Berg",
        "Hej, jag vill byta adress.",
        "chat",
    )
    .await;
    tick(&t).await;
    assert_eq!(case(&t, id).await["owner_id"], anna.id.to_string());
    use lotsen_domain::Clock;
    let before = t.clock.now();
    t.clock.advance(SignedDuration::from_mins(61));
    let report = lotsen_app::workers::tick(&t.app, before).await.unwrap();
    assert_eq!(report.shifts_ended, 1);
    let (_, profile) = t
        .get(&t.admin, &format!("/api/v1/agents/{}/routing", anna.id))
        .await;
    assert_eq!(profile["presence"], "offline");
    let c = case(&t, id).await;
    let requested = events(&c, "handoff_requested");
    assert_eq!(requested.len(), 1, "{c}");
    assert!(
        requested[0]["event"]["note"]
            .as_str()
            .unwrap()
            .contains("skift")
    );
    assert_eq!(c["status"], "open");
}

async fn a_manager_request_reaches_the_named_lead_and_the_customer_hears_when(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let team = auto_team(&t, "Kundservice", "pull").await;
    route_everything_to(&t, team, false).await;
    let (status, body) = t
        .post(
            &t.admin,
            "/api/v1/agents",
            json!({ "name": "Karin Lindqvist", "email": "karin@banken.se", "role": "lead",
                    "team_ids": [team], "signature_name": "Kajsa" }),
        )
        .await;
    assert_eq!(status, 201, "{body}");
    let karin = body["agent_id"].as_str().unwrap().to_owned();
    let (status, body) = put(
        &t,
        &t.admin,
        &format!("/api/v1/teams/{team}/settings"),
        json!({ "lead_id": karin, "manager_response_time": "PT4H" }),
    )
    .await;
    assert_eq!(status, 200, "{body}");
    // Monday 09:00 Stockholm: the customer asks for a manager in their message.
    let id = message(
        &t,
        "mgr-1",
        "Per Holm",
        "Tredje gången jag skriver. Jag vill prata med en chef!",
        "api",
    )
    .await;
    let c = case(&t, id).await;
    let esc = &c["escalations"][0];
    assert_eq!(esc["kind"], "manager", "{c}");
    assert_eq!(esc["to_agent_id"], karin);
    let answers = events(&c, "auto_answered");
    assert_eq!(answers.len(), 1, "{c}");
    let text = answers[0]["message"]["body"].as_str().unwrap();
    // Four open hours: by 13:00 Stockholm the same day.
    assert!(
        text.contains("Hej Per!")
            && text.contains("Kajsa")
            && text.contains("måndag 2 mars kl. 13:00"),
        "{text}"
    );
    assert!(
        !text.contains("Karin"),
        "the alias protects the lead: {text}"
    );
    let deadline = &c["sla"]["escalations"][0];
    assert_eq!(
        (deadline["kind"].as_str(), deadline["due"].as_str()),
        (Some("manager"), Some("2026-03-02T12:00:00Z"))
    );
    // The automatic answer is no first response.
    assert_eq!(c["sla"]["first_response"]["state"], "running");
    // Asking again while the request is open adds nothing.
    let (status, _) = t
        .post(&t.admin, "/api/v1/messages", json!({ "external_id": "mgr-2", "customer": { "name": "Per Holm", "email": "mgr-1@example.se" }, "body": "Var är din chef?" }))
        .await;
    assert_eq!(status, 201);
    let c = case(&t, id).await;
    assert_eq!(c["escalations"].as_array().unwrap().len(), 1);
    // Recorded by an agent on another case (the customer asked on the phone).
    let anna = t.agent("Anna Lind", "agent", &[team]).await;
    let other = message(
        &t,
        "mgr-3",
        "Lisa Berg",
        "Jag har fått fel ränta på mitt lån.",
        "api",
    )
    .await;
    let (status, body) = t
        .post(
            &anna,
            &format!("/api/v1/cases/{other}/manager-request"),
            json!({ "note": "Kunden bad i telefon om att få tala med chef om räntan." }),
        )
        .await;
    assert_eq!(status, 201, "{body}");
    assert_eq!(
        (body["lead_id"].as_str(), body["lead_name"].as_str()),
        (Some(karin.as_str()), Some("Kajsa"))
    );
    assert_eq!(body["customer_told"], true);
}

async fn an_out_of_hours_message_gets_the_automatic_answer_once(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    // Monday 2026-03-02 19:00 Stockholm: the API channel (weekdays 08-17) is closed.
    t.clock.advance(SignedDuration::from_hours(10));
    let id = message(
        &t,
        "ooh-1",
        "Eva Berg",
        "Hej, jag har glömt min kod.",
        "api",
    )
    .await;
    let c = case(&t, id).await;
    let answers = events(&c, "auto_answered");
    assert_eq!(answers.len(), 1, "{c}");
    assert_eq!(answers[0]["event"]["reason"], "out_of_hours");
    let text = answers[0]["message"]["body"].as_str().unwrap();
    assert!(text.contains("tisdag 3 mars kl. 08:00"), "{text}");
    assert_eq!(c["sla"]["first_response"]["state"], "running");
    // The customer writes again an hour later: no second automatic answer.
    t.clock.advance(SignedDuration::from_hours(1));
    let (status, _) = t
        .post(&t.admin, "/api/v1/messages", json!({ "external_id": "ooh-2", "customer": { "name": "Eva Berg", "email": "ooh-1@example.se" }, "body": "Är det någon där?" }))
        .await;
    assert_eq!(status, 201);
    assert_eq!(events(&case(&t, id).await, "auto_answered").len(), 1);
    // During opening hours nothing is answered automatically.
    t.clock.advance(SignedDuration::from_hours(14));
    let open = message(
        &t,
        "ooh-3",
        "Lisa Berg",
        "Hej, när kommer mitt kort?",
        "api",
    )
    .await;
    assert!(events(&case(&t, open).await, "auto_answered").is_empty());
}

async fn deadlines_warn_and_breach_once_each(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let id = message(
        &t,
        "sla-w-1",
        "Eva Berg",
        "Hej, hur beställer jag ett nytt kort?",
        "api",
    )
    .await;
    tick(&t).await;
    assert!(events(&case(&t, id).await, "sla_alerted").is_empty());
    // The first response (8 open hours from 09:00) warns at 15:24 and breaches at 17:00.
    t.clock.advance(SignedDuration::from_mins(6 * 60 + 30));
    assert_eq!(tick(&t).await.alerts, 1);
    assert_eq!(tick(&t).await.alerts, 0);
    t.clock.advance(SignedDuration::from_mins(91));
    assert_eq!(tick(&t).await.alerts, 1);
    assert_eq!(tick(&t).await.alerts, 0);
    let c = case(&t, id).await;
    let alerts: Vec<(&str, &str)> = events(&c, "sla_alerted")
        .iter()
        .map(|e| {
            (
                e["event"]["alert"]["deadline"].as_str().unwrap(),
                e["event"]["alert"]["level"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        alerts,
        [("first_response", "warning"), ("first_response", "breach")]
    );
}

async fn configuration_names_every_bad_field(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let team = t.team("Kundservice").await;
    let (status, body) = put(
        &t,
        &t.admin,
        &format!("/api/v1/teams/{team}/settings"),
        json!({ "assignment": "sometimes", "offer_timeout": "soon",
                "on_call": { "name": "IT-jour", "webhook_url": "ftp://x" } }),
    )
    .await;
    assert_eq!(status, 422, "{body}");
    let fields: Vec<&str> = body["error"]["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["field"].as_str().unwrap())
        .collect();
    for f in ["assignment", "offer_timeout", "on_call.team_id"] {
        assert!(fields.contains(&f), "{f} in {fields:?}");
    }
    let (status, body) = put(
        &t,
        &t.admin,
        "/api/v1/sla/policies",
        json!({ "policies": [{ "name": "", "kind": "question", "first_response": "PT0S" }] }),
    )
    .await;
    assert_eq!(status, 422, "{body}");
    let (status, body) = put(
        &t,
        &t.admin,
        "/api/v1/routing/rules",
        json!({ "rules": [{ "name": "x", "channel": "fax" }] }),
    )
    .await;
    assert_eq!(status, 422, "{body}");
    let fields: Vec<&str> = body["error"]["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["field"].as_str().unwrap())
        .collect();
    assert_eq!(fields, ["rules[0].channel", "rules[0].team_id"]);
    let agent = t.agent("Anna Lind", "agent", &[team]).await;
    let (status, _) = put(
        &t,
        &agent,
        "/api/v1/sla/policies",
        json!({ "policies": [] }),
    )
    .await;
    assert_eq!(status, 403);
    // Policies round-trip.
    let (status, body) = put(
        &t,
        &t.admin,
        "/api/v1/sla/policies",
        json!({ "policies": [{ "name": "Chatt", "channel": "chat", "first_response": "2m", "warn_percent": 50 }] }),
    )
    .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["policies"][0]["first_response"], "PT2M");
}

async fn a_carousel_case_reaches_the_review_list_and_the_lead_takes_it(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let a = t.team("Kundservice").await;
    let b = t.team("Kort").await;
    let anna = t.agent("Anna Lind", "agent", &[a]).await;
    let bo = t.agent("Bo Ek", "agent", &[b]).await;
    let lena = t.agent("Lena Holm", "lead", &[a]).await;
    let id = message(
        &t,
        "rev-1",
        "Eva Berg",
        "Mitt resekort laddades aldrig.",
        "api",
    )
    .await;
    let (s, _) = t
        .post(
            &anna,
            &format!("/api/v1/cases/{id}/assign"),
            json!({ "agent_id": anna.id }),
        )
        .await;
    assert_eq!(s, 200);
    // Anna to Bo, Bo back to Anna's team.
    for (from, to_team, taker) in [(&anna, b, &bo), (&bo, a, &anna)] {
        let (s, h) = t
            .post(
                from,
                &format!("/api/v1/cases/{id}/handoffs"),
                json!({ "to_team_id": to_team, "note": "Detta hör hemma hos er." }),
            )
            .await;
        assert_eq!(s, 201, "{h}");
        let (s, body) = t
            .post(
                taker,
                &format!(
                    "/api/v1/handoffs/{}/accept",
                    h["handoff_id"].as_str().unwrap()
                ),
                json!({}),
            )
            .await;
        assert_eq!(s, 200, "{body}");
    }
    let (status, list) = t.get(&lena, &format!("/api/v1/teams/{a}/review")).await;
    assert_eq!(status, 200, "{list}");
    assert_eq!(list.as_array().unwrap().len(), 1, "{list}");
    assert!(
        list[0]["reasons"]
            .as_array()
            .unwrap()
            .contains(&json!("back_to_team"))
    );
    assert!(!list[0]["timeline"].as_array().unwrap().is_empty());
    let (status, _) = t.get(&anna, &format!("/api/v1/teams/{a}/review")).await;
    assert_eq!(status, 403);
    let (status, body) = t
        .post(
            &lena,
            &format!("/api/v1/cases/{id}/take-over"),
            json!({ "note": "Jag tar ärendet och ringer kunden." }),
        )
        .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["owner_id"], lena.id.to_string());
    let (_, list) = t.get(&lena, &format!("/api/v1/teams/{a}/review")).await;
    assert_eq!(list, json!([]));
}

on_both_backends!(
    a_burst_of_500_cases_never_overfills_an_agent_or_doubles_an_owner,
    an_ignored_offer_returns_to_the_queue_and_goes_to_the_next_agent,
    a_case_everyone_let_pass_is_offered_again_after_a_pause,
    an_agent_going_offline_hands_over_with_a_note_and_nothing_closes,
    an_agent_whose_shift_ends_goes_offline_and_hands_over,
    a_manager_request_reaches_the_named_lead_and_the_customer_hears_when,
    an_out_of_hours_message_gets_the_automatic_answer_once,
    deadlines_warn_and_breach_once_each,
    configuration_names_every_bad_field,
    a_carousel_case_reaches_the_review_list_and_the_lead_takes_it,
);
