//! `lotsen bench`: how fast intake writes through the app layer into SQLite and
//! PostgreSQL (one producer, and eight at once), and how long `GET /api/v1/cases/{id}`
//! takes over HTTP with many cases in the store, routing, and email intake
//! (`bench_email.rs`), and the workspace's pages (`bench_workspace.rs`). Prints a Markdown
//! table.

use std::sync::Arc;
use std::time::{Duration, Instant};

use lotsen_app::App;
use lotsen_app::clock::{RandomIds, SystemClock};
use lotsen_app::intake::{self, InboundInput};
use lotsen_domain::customer::CustomerContact;
use lotsen_domain::{CaseKind, Channel, Priority, Visibility};
use lotsen_store::Store;
use sqlx::{Connection, Executor};

use crate::CliError;
use crate::cli::BenchArgs;
use crate::config::Config;

pub(crate) struct Row {
    pub(crate) backend: &'static str,
    pub(crate) what: String,
    pub(crate) value: String,
}

/// Runs the benchmark and prints the table.
pub async fn run(_config: &Config, args: &BenchArgs) -> Result<(), CliError> {
    let mut rows = Vec::new();
    if args.search_only {
        let messages = args.search_messages;
        tokio::task::spawn_blocking(move || {
            let mut rows = Vec::new();
            crate::bench_search::run(&mut rows, messages, 1000).map(|()| rows)
        })
        .await
        .map_err(|e| CliError::Io(e.to_string()))?
        .map(print)?;
        return Ok(());
    }
    if !args.workspace_only {
        crate::bench_chat::run(&mut rows, args.chat_connections).await?;
    }
    if args.chat_only {
        print(rows);
        return Ok(());
    }
    if !args.workspace_only {
        crate::bench_email::parse_rows(&mut rows);
    }
    let dir = std::env::temp_dir().join(format!("lotsen-bench-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let sqlite = app(Store::open_data_dir(&dir).await?).await?;
    bench_backend("SQLite", &sqlite, args, &mut rows).await?;
    sqlite.store.close().await;
    let _ = std::fs::remove_dir_all(&dir);

    if !args.sqlite_only {
        let db = format!("lotsen_bench_{}", std::process::id());
        let url = pg_create(&args.postgres, &db).await?;
        let result = async {
            let pg = app(Store::open(&url).await?).await?;
            bench_backend("PostgreSQL", &pg, args, &mut rows).await?;
            pg.store.close().await;
            Ok::<(), CliError>(())
        }
        .await;
        pg_drop(&args.postgres, &db).await?;
        result?;
    }

    print(rows);
    Ok(())
}

fn print(rows: Vec<Row>) {
    println!("| backend | measurement | result |");
    println!("| --- | --- | --- |");
    for row in rows {
        println!("| {} | {} | {} |", row.backend, row.what, row.value);
    }
}

async fn app(store: Store) -> Result<App, CliError> {
    store.migrate(jiff::Timestamp::now()).await?;
    Ok(App::new(
        store,
        Arc::new(SystemClock),
        Arc::new(RandomIds::from_os()),
    ))
}

fn message(run: &str, i: usize, customers: usize) -> InboundInput {
    InboundInput {
        channel: Channel::Api,
        external_id: Some(format!("{run}-{i}")),
        customer: CustomerContact {
            name: "Eva Berg".into(),
            email: Some(format!("kund{}-{run}@example.se", i % customers.max(1))),
            phone: None,
        },
        subject: Some("Kortet nekas".into()),
        body: Some("Hej! Mitt kort nekas i butiken sedan i morse. Vad har hänt? Mvh Eva".into()),
        visibility: Visibility::Private,
        kind: CaseKind::Enquiry,
        priority: Priority::Normal,
        team_id: None,
        tags: Vec::new(),
    }
}

/// Sends `count` messages with `producers` concurrent tasks; returns messages per second.
async fn intake_rate(
    app: &App,
    run: &str,
    count: usize,
    producers: usize,
) -> Result<f64, CliError> {
    let started = Instant::now();
    let mut tasks = Vec::new();
    for p in 0..producers {
        let app = app.clone();
        let run = run.to_owned();
        tasks.push(tokio::spawn(async move {
            // In the measured runs three messages in four open a case and the fourth joins
            // one; fill runs open a case with every message.
            let customers = if run.starts_with("fill") {
                count
            } else {
                count * 3 / 4
            };
            let mut i = p;
            while i < count {
                intake::receive(&app, message(&run, i, customers)).await?;
                i += producers;
            }
            Ok::<(), lotsen_app::AppError>(())
        }));
    }
    for task in tasks {
        task.await
            .map_err(|e| CliError::Io(format!("producer failed: {e}")))??;
    }
    Ok(count as f64 / started.elapsed().as_secs_f64())
}

async fn bench_backend(
    name: &'static str,
    app: &App,
    args: &BenchArgs,
    rows: &mut Vec<Row>,
) -> Result<(), CliError> {
    if args.workspace_only {
        return crate::bench_workspace::run(name, app, args.cases, rows).await;
    }
    crate::bench_email::run(name, app, rows).await?;
    if args.email_only {
        return Ok(());
    }
    let one = intake_rate(app, "single", args.messages, 1).await?;
    rows.push(Row {
        backend: name,
        what: format!("intake, 1 producer ({} messages)", args.messages),
        value: format!("{one:.0} messages/s"),
    });
    let eight = intake_rate(app, "eight", args.messages, 8).await?;
    rows.push(Row {
        backend: name,
        what: format!("intake, 8 producers ({} messages)", args.messages),
        value: format!("{eight:.0} messages/s"),
    });

    let team = routing_setup(app, args.agents).await?;
    let fill_started = Instant::now();
    let mut round = 0;
    loop {
        let have = app.store.count_cases().await? as usize;
        if have >= args.cases {
            break;
        }
        round += 1;
        // Every fill message opens a case (one message per customer).
        intake_rate(app, &format!("fill{round}"), args.cases - have, 8).await?;
    }
    eprintln!(
        "{name}: filled to {} cases in {:.1} s",
        args.cases,
        fill_started.elapsed().as_secs_f64()
    );
    let (median, p99) = read_latency(app, args.reads).await?;
    rows.push(Row {
        backend: name,
        what: format!(
            "GET /api/v1/cases/{{id}} over HTTP, {} cases in store, {} reads",
            app.store.count_cases().await?,
            args.reads
        ),
        value: format!("median {:.2} ms, p99 {:.2} ms", ms(median), ms(p99)),
    });
    crate::bench_routing::run(name, app, team, rows).await?;
    Ok(())
}

/// Serves `router` on a free loopback port; its address and the server's task.
pub(crate) async fn serve_local(
    router: axum::Router,
) -> Result<(std::net::SocketAddr, tokio::task::JoinHandle<()>), CliError> {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .map_err(|e| CliError::Io(e.to_string()))?;
    let addr = listener
        .local_addr()
        .map_err(|e| CliError::Io(e.to_string()))?;
    let server = tokio::spawn(async move {
        let _ = axum::serve(listener, router).await;
    });
    Ok((addr, server))
}

pub(crate) fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

async fn read_latency(app: &App, reads: usize) -> Result<(Duration, Duration), CliError> {
    let (_, token) = lotsen_app::directory::create_agent(
        app,
        None,
        lotsen_app::directory::NewAgent {
            name: Some("Bench Bänk".into()),
            email: Some(format!("bench{}@banken.se", std::process::id())),
            role: Some("agent".into()),
            team_ids: Vec::new(),
            signature_name: None,
        },
    )
    .await?;
    let mut ids = Vec::new();
    let mut offset = 0;
    while ids.len() < 5000 {
        let page = app
            .store
            .list_cases(&Default::default(), 200, offset)
            .await?;
        if page.cases.is_empty() {
            break;
        }
        offset += page.cases.len() as u64;
        ids.extend(page.cases.into_iter().map(|c| c.id));
    }
    if ids.is_empty() || reads == 0 {
        return Err(CliError::Io(
            "nothing to read: no cases, or --reads 0".into(),
        ));
    }
    let (addr, server) = serve_local(lotsen_web::router(app.clone())).await?;
    let client = reqwest::Client::new();
    let mut times = Vec::with_capacity(reads);
    for i in 0..reads + 50 {
        let id = ids[(i * 7919) % ids.len()];
        let started = Instant::now();
        let res = client
            .get(format!("http://{addr}/api/v1/cases/{id}"))
            .bearer_auth(&token)
            .send()
            .await
            .map_err(|e| CliError::Io(e.to_string()))?;
        let ok = res.status().is_success();
        res.bytes().await.map_err(|e| CliError::Io(e.to_string()))?;
        if !ok {
            return Err(CliError::Io("a case read failed".into()));
        }
        // The first reads warm connections and caches.
        if i >= 50 {
            times.push(started.elapsed());
        }
    }
    server.abort();
    times.sort();
    let at = |q: f64| times[((times.len() as f64 - 1.0) * q).round() as usize];
    Ok((at(0.5), at(0.99)))
}

async fn pg_create(admin: &str, db: &str) -> Result<String, CliError> {
    let mut conn = sqlx::PgConnection::connect(admin).await.map_err(|e| {
        CliError::Io(format!(
            "PostgreSQL at {admin} is not reachable ({e}); use --sqlite-only to skip it"
        ))
    })?;
    conn.execute(format!("DROP DATABASE IF EXISTS \"{db}\"").as_str())
        .await
        .map_err(lotsen_store::StoreError::from)?;
    conn.execute(format!("CREATE DATABASE \"{db}\"").as_str())
        .await
        .map_err(lotsen_store::StoreError::from)?;
    Ok(match admin.rsplit_once('/') {
        Some((base, _)) => format!("{base}/{db}"),
        None => format!("{admin}/{db}"),
    })
}

async fn pg_drop(admin: &str, db: &str) -> Result<(), CliError> {
    let mut conn = sqlx::PgConnection::connect(admin)
        .await
        .map_err(lotsen_store::StoreError::from)?;
    conn.execute(format!("DROP DATABASE IF EXISTS \"{db}\" WITH (FORCE)").as_str())
        .await
        .map_err(lotsen_store::StoreError::from)?;
    Ok(())
}

/// A team of `agents` online agents that every new case is routed to, so the fill
/// leaves its cases in that team's queue.
async fn routing_setup(app: &App, agents: usize) -> Result<lotsen_domain::TeamId, CliError> {
    crate::bench_routing::setup(app, agents).await
}
