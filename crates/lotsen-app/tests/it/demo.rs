//! The demo is realistic: the carousel, on-call escalations, complaints, aliases and the
//! outage Monday (an incident with its flood linked) are all there, written through the
//! real use cases, and the same seed gives the same history.

use std::sync::Arc;

use lotsen_app::App;
use lotsen_app::demo::{DemoOptions, fill, fill_if_empty};
use lotsen_domain::{Case, CaseKind, Status};
use lotsen_store::CaseFilter;
use lotsen_testkit::{Backend, FakeClock, SeqIds, test_store};

fn options() -> DemoOptions {
    DemoOptions {
        seed: 7,
        cases: 400,
        days: 60,
        outage_cases: 60,
    }
}

async fn all_cases(app: &App) -> Vec<Case> {
    let mut out = Vec::new();
    loop {
        let page = app
            .store
            .list_cases(&CaseFilter::default(), 200, out.len() as u64)
            .await
            .unwrap();
        if page.cases.is_empty() {
            break;
        }
        out.extend(page.cases);
    }
    out.sort_by_key(|c| c.reference);
    out
}

async fn demo_app(backend: Backend) -> (App, lotsen_testkit::TestStore) {
    let store = test_store(backend).await;
    let clock = Arc::new(FakeClock::at("2026-11-23T15:00:00Z".parse().unwrap()));
    let app = App::new((*store).clone(), clock, Arc::new(SeqIds::new(1)));
    (app, store)
}

#[tokio::test]
async fn the_demo_bank_has_the_stories_the_mission_is_about() {
    let (app, _store) = demo_app(Backend::Sqlite).await;
    let report = fill(&app, &options()).await.unwrap();
    assert_eq!(report.teams, 7);
    assert!((20..=40).contains(&report.agents), "{}", report.agents);
    let cases = all_cases(&app).await;
    assert_eq!(cases.len(), report.tally.cases);
    assert!(cases.len() >= 450, "{}", cases.len());

    let carousels: Vec<_> = cases
        .iter()
        .filter(|c| {
            c.counters.handoffs >= 3
                && c.counters.returns_to_previous_owner >= 1
                && c.counters.handoffs_declined >= 1
        })
        .collect();
    assert!(carousels.len() >= 5, "carousel cases: {}", carousels.len());
    assert!(
        carousels
            .iter()
            .any(|c| c.status == Status::Resolved && c.counters.escalations >= 1)
    );

    let on_call = cases
        .iter()
        .filter(|c| c.escalations.iter().any(|e| e.kind.as_str() == "on_call"))
        .count();
    let managers = cases
        .iter()
        .filter(|c| c.escalations.iter().any(|e| e.kind.as_str() == "manager"))
        .count();
    let complaints = cases
        .iter()
        .filter(|c| c.kind == CaseKind::Complaint)
        .count();
    let closed = cases
        .iter()
        .filter(|c| c.status == Status::ClosedUnresolved)
        .count();
    let reopened = cases.iter().filter(|c| c.counters.reopenings > 0).count();
    let open = cases.iter().filter(|c| c.status.is_active()).count();
    assert!(
        on_call >= 20 && managers >= 10 && complaints >= 30,
        "{on_call} {managers} {complaints}"
    );
    assert!(
        closed >= 3 && reopened >= 1 && open >= 5,
        "{closed} {reopened} {open}"
    );

    let outage_day = report.outage_day.to_string();
    let outage = cases
        .iter()
        .filter(|c| {
            c.created_at.to_string().starts_with(&outage_day)
                && c.resolution
                    .as_ref()
                    .is_some_and(|r| r.summary.contains("Inloggningsfelet"))
        })
        .count();
    assert!(outage >= 50, "outage cases: {outage}");
    // The outage is an incident, declared by the lead, its flood linked, resolved.
    let incidents = lotsen_app::incidents::list(&app).await.unwrap();
    assert_eq!(incidents.len(), 1);
    let incident = &incidents[0];
    assert!(incident.linked >= 50, "linked: {}", incident.linked);
    assert_eq!(
        incident.incident.status,
        lotsen_domain::incident::IncidentStatus::Resolved
    );
    let linked = cases
        .iter()
        .filter(|c| c.incident_ids.contains(&incident.incident.id))
        .count();
    assert_eq!(
        linked as u64, incident.linked,
        "each link is on its case too"
    );

    // The knowledge base: forty articles in both languages, the most used ones having
    // solved many cases, the public FAQ finding the login articles.
    let articles = lotsen_app::knowledge::list(&app, &Default::default())
        .await
        .unwrap();
    assert_eq!(articles.len(), 40);
    let public_en = articles
        .iter()
        .filter(|r| r.article.language == "en" && r.article.is_public())
        .count();
    assert!(public_en >= 10, "English public articles: {public_en}");
    assert!(
        articles[0].solved >= 20,
        "most used: {}",
        articles[0].solved
    );
    let found = lotsen_app::knowledge::search_public(&app, "sv", "inloggning appen")
        .await
        .unwrap();
    assert_eq!(found[0].article.category.as_deref(), Some("inloggning"));

    let english = cases
        .iter()
        .filter(|c| {
            c.subject.contains("card")
                || c.subject.contains("mortgage")
                || c.subject.contains("account")
        })
        .count();
    assert!(english >= 10, "English cases: {english}");
}

#[tokio::test]
async fn agents_sign_replies_with_their_alias() {
    let (app, _store) = demo_app(Backend::Sqlite).await;
    fill(&app, &options()).await.unwrap();
    let cases = all_cases(&app).await;
    let mut signed_with_alias = 0;
    for case in cases
        .iter()
        .filter(|c| c.origin_channel.is_social())
        .take(80)
    {
        for entry in app.store.timeline(case.id).await.unwrap() {
            let outbound = entry
                .message
                .filter(|m| m.direction == lotsen_domain::Direction::Outbound);
            if outbound.is_some_and(|m| {
                ["/Lina", "/Alex", "/Sam", "/Kim"]
                    .iter()
                    .any(|a| m.body.ends_with(a))
            }) {
                signed_with_alias += 1;
            }
        }
    }
    assert!(signed_with_alias >= 3, "{signed_with_alias}");
}

#[tokio::test]
async fn the_same_seed_gives_the_same_history_and_a_filled_store_is_left_alone() {
    let (a, _sa) = demo_app(Backend::Sqlite).await;
    let (b, _sb) = demo_app(Backend::Sqlite).await;
    fill(&a, &options()).await.unwrap();
    fill(&b, &options()).await.unwrap();
    let shape = |cases: Vec<Case>| -> Vec<_> {
        cases
            .into_iter()
            .map(|c| {
                (
                    c.id,
                    c.reference,
                    c.subject,
                    c.status,
                    c.owner_id,
                    c.version,
                    c.updated_at,
                )
            })
            .collect()
    };
    assert_eq!(shape(all_cases(&a).await), shape(all_cases(&b).await));
    assert!(fill_if_empty(&a, &options()).await.unwrap().is_none());
}

#[tokio::test]
async fn the_demo_fills_postgresql_too() {
    let (app, _store) = demo_app(Backend::Postgres).await;
    let small = DemoOptions {
        cases: 120,
        outage_cases: 20,
        ..options()
    };
    let report = fill(&app, &small).await.unwrap();
    assert_eq!(
        app.store.count_cases().await.unwrap() as usize,
        report.tally.cases
    );
}

#[tokio::test]
async fn the_demo_history_gives_a_plan_and_its_outage_monday_replays_as_a_surge() {
    let (app, _store) = demo_app(Backend::Sqlite).await;
    let report = fill(&app, &options()).await.unwrap();
    let viewer = app
        .store
        .agent(app.store.agent_ids().await.unwrap()[0])
        .await
        .unwrap()
        .unwrap();

    // Tomorrow's plan: every channel of the history has contacts and needs agents.
    let tomorrow = jiff::civil::date(2026, 11, 24);
    let plan = lotsen_app::forecast::plan(&app, &viewer, tomorrow, 60)
        .await
        .unwrap();
    let phone = plan
        .iter()
        .find(|(c, _)| *c == lotsen_domain::Channel::Phone)
        .unwrap();
    // Slot 10 is 10:00 in Stockholm: open, staffed by the demo's rota; 03:00 is closed.
    let ten = &phone.1[10];
    assert!(ten.contacts > 50.0 && ten.required > 5, "{ten:?}");
    assert!(ten.open && ten.scheduled >= 9, "{ten:?}");
    assert_eq!(ten.gap, i64::from(ten.scheduled) - i64::from(ten.required));
    let three = &phone.1[3];
    assert!(!three.open && three.required == 0, "{three:?}");
    assert!(plan.iter().any(|(c, _)| *c == lotsen_domain::Channel::Chat));

    // Replay: the outage Monday at noon, seen with the history before it.
    let noon = report
        .outage_day
        .at(12, 0, 0, 0)
        .to_zoned(jiff::tz::TimeZone::UTC)
        .unwrap()
        .timestamp();
    let replay = App::new(
        (*_store).clone(),
        Arc::new(FakeClock::at(noon)),
        Arc::new(SeqIds::new(9)),
    );
    let surges = lotsen_app::forecast::surges(&replay, &viewer, 60)
        .await
        .unwrap();
    let channels: Vec<_> = surges.iter().map(|s| s.channel).collect();
    assert!(
        channels.contains(&lotsen_domain::Channel::Phone)
            && channels.contains(&lotsen_domain::Channel::Chat),
        "{surges:?}"
    );
    let phone = surges
        .iter()
        .find(|s| s.channel == lotsen_domain::Channel::Phone)
        .unwrap();
    assert!(phone.actual > 2.5 * phone.expected, "{phone:?}");

    // The replay keeps each surge as a possible incident, once.
    let kept = lotsen_app::forecast::incidents::record(&replay, 60)
        .await
        .unwrap();
    let again = lotsen_app::forecast::incidents::record(&replay, 60)
        .await
        .unwrap();
    assert_eq!(kept.len(), surges.len());
    assert_eq!(
        kept.iter().map(|i| i.id).collect::<Vec<_>>(),
        again.iter().map(|i| i.id).collect::<Vec<_>>()
    );
    assert!(kept.iter().all(|i| i.detail.actual > i.detail.expected));
}

#[tokio::test]
async fn the_demo_routes_work_and_its_open_cases_have_live_deadlines() {
    let (app, _store) = demo_app(Backend::Sqlite).await;
    fill(&app, &options()).await.unwrap();
    let rules = lotsen_app::routing::rules(&app).await.unwrap();
    assert!(rules.len() >= 6, "{rules:?}");
    let teams = lotsen_app::routing::all_team_settings(&app).await.unwrap();
    assert_eq!(teams.len(), 7);
    assert!(
        teams
            .iter()
            .any(|(_, s)| s.assignment == lotsen_app::routing::AssignmentMode::Auto)
    );
    assert!(teams.iter().all(|(_, s)| s.lead_id.is_some()));
    let profiles = app.store.routing_profiles().await.unwrap();
    assert!(
        profiles
            .iter()
            .any(|p| p.profile.presence == lotsen_domain::routing::Presence::Online)
    );
    let policies = lotsen_app::sla::policies(&app).await.unwrap();
    assert!(
        policies
            .iter()
            .any(|p| p.channel == Some(lotsen_domain::Channel::Chat))
    );
    // Open cases show deadlines that still run (or warn, or are breached): live.
    let ctx = lotsen_app::sla::SlaContext::load(&app).await.unwrap();
    let mut live = 0;
    let cases = all_cases(&app).await;
    let active: Vec<&Case> = cases.iter().filter(|c| c.status.is_active()).collect();
    for case in &active {
        let events = app.store.events(case.id).await.unwrap();
        let d = ctx.deadlines(case, &events, lotsen_domain::Clock::now(app.clock.as_ref()));
        if d.sla.resolution.is_some_and(|r| r.due.is_some()) {
            live += 1;
        }
    }
    assert!(
        live > 10,
        "{live} of {} active cases with a resolution deadline",
        active.len()
    );
    // A new message lands in Kundservice's queue by the rules, and the router gives it
    // to an online agent.
    let outcome = lotsen_app::intake::receive(
        &app,
        lotsen_app::intake::InboundInput {
            channel: lotsen_domain::Channel::Chat,
            external_id: Some("demo-route-1".into()),
            customer: lotsen_domain::customer::CustomerContact {
                name: "Eva Berg".into(),
                email: Some("eva.berg@example.se".into()),
                phone: None,
            },
            subject: None,
            body: Some("Hej! Hur ändrar jag min adress?".into()),
            visibility: lotsen_domain::Visibility::Private,
            kind: CaseKind::Enquiry,
            priority: lotsen_domain::Priority::Normal,
            team_id: None,
            tags: Vec::new(),
        },
    )
    .await
    .unwrap();
    let report = lotsen_app::routing::router::run_pass(&app).await.unwrap();
    assert!(report.assigned + report.offered > 0, "{report:?}");
    let case = app.store.case(outcome.case_id).await.unwrap().unwrap();
    assert!(case.owner_id.is_some(), "{case:?}");
}

#[tokio::test]
async fn the_demo_has_an_email_thread_a_notice_and_a_dead_letter() {
    let (app, _store) = demo_app(Backend::Sqlite).await;
    fill(&app, &options()).await.unwrap();
    let id = app
        .store
        .case_by_message_ids(&["dubbel-2@example.se".to_owned()])
        .await
        .unwrap()
        .expect("the customer's answer is in a case");
    let first = app
        .store
        .case_by_message_ids(&["dubbel-1@example.se".to_owned()])
        .await
        .unwrap();
    assert_eq!(
        first,
        Some(id),
        "the answer threaded into the first mail's case"
    );
    let events = app.store.events(id).await.unwrap();
    let kinds: Vec<&str> = events.iter().map(|e| e.kind.name()).collect();
    assert_eq!(
        kinds.iter().filter(|k| **k == "message_received").count(),
        2
    );
    assert!(kinds.contains(&"reply_sent"));
    assert_eq!(kinds.last(), Some(&"notice_received"));
    let mail = app.store.case_mail(id).await.unwrap();
    assert!(
        mail.iter()
            .any(|m| m.delivery.as_ref().is_some_and(|d| d.status == "sent"))
    );
    let dead = app.store.dead_letters(Some("held"), 10).await.unwrap();
    assert_eq!(dead.len(), 1);
    assert_eq!(dead[0].reason, "no_sender");
    // Nothing of the history waits to be sent when a relay is configured later.
    let due = app
        .store
        .claim_outbox(
            "deliver_email",
            jiff::Timestamp::MAX,
            jiff::SignedDuration::from_secs(1),
            10,
        )
        .await
        .unwrap();
    assert!(due.is_empty(), "{due:?}");
}
