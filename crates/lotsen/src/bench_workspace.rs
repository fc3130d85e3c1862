//! `lotsen bench --workspace-only`: how long the agent workspace's pages take over HTTP
//! with `--cases` open cases of one team in the store (the worst case for the team
//! queue), for an agent with thirty cases of their own, and for a case with 5,000
//! messages (the latest part of its timeline, and a part from its middle). The first
//! 20,000 cases come through intake; the rest are copies of them made in SQL.

use std::time::{Duration, Instant};

use lotsen_app::App;
use lotsen_app::intake::{self, InboundInput};
use lotsen_domain::customer::CustomerContact;
use lotsen_domain::{CaseKind, Channel, Priority, TeamId, Visibility};

use crate::CliError;
use crate::bench::{Row, ms};

/// Cases written through intake; the rest are copies.
const INTAKE_CASES: usize = 20_000;
/// Messages in the long case.
const LONG_CASE: usize = 5000;
/// Requests per page measured (after ten to warm up).
const READS: usize = 200;
const PASSWORD: &str = "bench-workspace-2026";

fn message(run: &str, i: usize, email: String, team: TeamId) -> InboundInput {
    InboundInput {
        channel: Channel::Email,
        external_id: Some(format!("{run}-{i}")),
        customer: CustomerContact {
            name: "Eva Berg".into(),
            email: Some(email),
            phone: None,
        },
        subject: Some("Kortet nekas".into()),
        body: Some(format!(
            "Hej! Mitt kort nekas i butiken sedan i morse (meddelande {i}). Vad har hänt? Mvh Eva"
        )),
        visibility: Visibility::Private,
        kind: CaseKind::Enquiry,
        priority: Priority::Normal,
        team_id: Some(team),
        tags: Vec::new(),
    }
}

/// Fills the store to `cases` open cases of `team` (one customer each), eight writers.
async fn fill(app: &App, team: TeamId, cases: usize) -> Result<(), CliError> {
    let started = Instant::now();
    let have = app.store.count_cases().await? as usize;
    let mut tasks = Vec::new();
    for p in 0..8 {
        let app = app.clone();
        tasks.push(tokio::spawn(async move {
            let mut i = have + p;
            while i < cases {
                let email = format!("kund{i}@example.se");
                intake::receive(&app, message("ws-fill", i, email, team)).await?;
                i += 8;
            }
            Ok::<(), lotsen_app::AppError>(())
        }));
    }
    for task in tasks {
        task.await
            .map_err(|e| CliError::Io(format!("writer failed: {e}")))??;
    }
    eprintln!(
        "filled to {cases} cases in {:.0} s",
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

async fn timed(
    client: &reqwest::Client,
    url: &str,
    cookie: &str,
) -> Result<(Duration, Duration), CliError> {
    let mut times = Vec::with_capacity(READS);
    for i in 0..READS + 10 {
        let started = Instant::now();
        let res = client
            .get(url)
            .header(reqwest::header::COOKIE, cookie)
            .send()
            .await
            .map_err(|e| CliError::Io(e.to_string()))?;
        let ok = res.status().is_success();
        res.bytes().await.map_err(|e| CliError::Io(e.to_string()))?;
        if !ok {
            return Err(CliError::Io(format!("{url} failed")));
        }
        if i >= 10 {
            times.push(started.elapsed());
        }
    }
    times.sort();
    let at = |q: f64| times[((times.len() as f64 - 1.0) * q).round() as usize];
    Ok((at(0.5), at(0.99)))
}

/// Fills the store and measures the pages.
pub(crate) async fn run(
    name: &'static str,
    app: &App,
    cases: usize,
    rows: &mut Vec<Row>,
) -> Result<(), CliError> {
    let team = lotsen_app::directory::create_team(app, None, Some("Bänkteamet")).await?;
    let email = format!("bench.workspace{}@banken.se", std::process::id());
    let (agent, _) = lotsen_app::directory::create_agent(
        app,
        None,
        lotsen_app::directory::NewAgent {
            name: Some("Bänk Agent".into()),
            email: Some(email.clone()),
            role: Some("agent".into()),
            team_ids: vec![team.id],
            signature_name: None,
        },
    )
    .await?;
    lotsen_app::signin::set_password(app, &email, PASSWORD).await?;
    // Intake writes the first cases; copies in SQL make up the rest.
    let written = cases.clamp(1, INTAKE_CASES);
    fill(app, team.id, written).await?;
    let owned = app.store.list_cases(&Default::default(), 30, 0).await?;
    let copies = u32::try_from(cases.div_ceil(written).saturating_sub(1)).unwrap_or(u32::MAX);
    let started = Instant::now();
    let now = app.store.replicate_cases_for_benchmark(copies).await?;
    eprintln!(
        "copied to {now} cases in {:.0} s",
        started.elapsed().as_secs_f64()
    );
    // The long case: one customer writing 5,000 times into one open case.
    let mut long = None;
    for i in 0..LONG_CASE {
        let m = message("ws-long", i, "lang.kund@example.se".into(), team.id);
        long = Some(intake::receive(app, m).await?.case_id);
    }
    let long = long.ok_or_else(|| CliError::Io("no long case".into()))?;
    // Thirty cases of the agent's own.
    for case in &owned.cases {
        lotsen_app::cases::assign(app, &agent, case.id, Some(agent.id)).await?;
    }
    let one = owned
        .cases
        .first()
        .map(|c| c.id)
        .ok_or_else(|| CliError::Io("no case to read".into()))?;
    let session = lotsen_app::signin::sign_in(app, &email, PASSWORD).await?;
    let cookie = format!("{}={}", lotsen_app::signin::COOKIE, session.cookie);

    let (addr, server) = crate::bench::serve_local(lotsen_web::router(app.clone())).await?;
    let client = reqwest::Client::new();
    let total = app.store.count_cases().await?;
    // About the middle of the long case's events (each message is one or two).
    let middle = LONG_CASE as u64;
    let pages = [
        ("GET /inbox".to_owned(), format!("http://{addr}/inbox")),
        (
            "GET /cases/{id}".to_owned(),
            format!("http://{addr}/cases/{one}"),
        ),
        (
            format!("GET /cases/{{id}}, {LONG_CASE} messages, latest part"),
            format!("http://{addr}/cases/{long}"),
        ),
        (
            format!("GET /cases/{{id}}?before=…, {LONG_CASE} messages, a middle part"),
            format!("http://{addr}/cases/{long}?before={middle}"),
        ),
    ];
    for (what, url) in pages {
        let (median, p99) = timed(&client, &url, &cookie).await?;
        rows.push(Row {
            backend: name,
            what: format!("{what}, {total} cases in store, {READS} reads"),
            value: format!("median {:.2} ms, p99 {:.2} ms", ms(median), ms(p99)),
        });
    }
    server.abort();
    Ok(())
}
