//! `lotsen serve`: migrate, optionally fill the demo, serve HTTP until SIGINT or SIGTERM,
//! then finish the requests in flight and close the database.

use tokio::net::TcpListener;

use crate::cli::ServeArgs;
use crate::config::Config;
use crate::{CliError, production_app};

/// Runs the server.
pub async fn run(config: &Config, args: &ServeArgs) -> Result<(), CliError> {
    let mut app = production_app(config).await?;
    app.search = crate::search::open_index(config);
    let listen = config.server.listen;
    let listener = TcpListener::bind(listen)
        .await
        .map_err(|e| CliError::Io(format!("cannot listen on {listen}: {e}")))?;
    let local = listener
        .local_addr()
        .map_err(|e| CliError::Io(format!("listener has no address: {e}")))?;
    let base_url = format!("http://{local}");
    let shutdown = shutdown_signal();
    if args.demo {
        let credentials_file = config.storage.data_dir.join("demo-credentials.txt");
        let options = lotsen_app::demo::DemoOptions {
            cases: args.demo_cases,
            outage_cases: args.demo_cases / 7,
            ..Default::default()
        };
        match lotsen_app::demo::fill_if_empty(&app, &options).await? {
            Some(report) => {
                let text = report.credentials_text(&base_url);
                if config.storage.database_url.is_none()
                    && let Err(e) = write_private(&credentials_file, &text)
                {
                    tracing::warn!(error = %e, "could not save the demo credentials");
                }
                println!("{}", report.summary());
                println!("{text}");
            }
            None => println!(
                "Demo data is already in this database; the credentials printed at first start are in {}",
                credentials_file.display()
            ),
        }
    }
    let mail_tasks = start_mail(&app, config).await?;
    println!(
        "Lotsen is listening on {base_url} (API under {base_url}/api/v1, OpenAPI at {base_url}/api/v1/openapi.json)"
    );
    tracing::info!(listen = %local, backend = app.store.backend().as_str(), "serving");
    let store = app.store.clone();
    let watcher = tokio::spawn(watch_surges(app.clone()));
    let indexer = tokio::spawn(crate::search::keep_up(app.clone()));
    let workers = tokio::spawn(crate::workers::run(app.clone(), config.workers.interval));
    let parts = lotsen_web::router_parts(app.clone());
    let chat_sender = tokio::spawn(lotsen_web::chat::run_sender(
        app,
        parts.chat,
        config.workers.interval,
    ));
    let live = parts.live;
    let (stopping_tx, mut stopping) = tokio::sync::watch::channel(false);
    let shutdown = async move {
        shutdown.await;
        // Open workspace pages end their streams; connections still open after the
        // grace period (a chat left open) do not hold the stop.
        live.close();
        stopping_tx.send_replace(true);
    };
    let serving = axum::serve(listener, parts.router).with_graceful_shutdown(shutdown);
    tokio::select! {
        served = serving => served.map_err(|e| CliError::Io(format!("server failed: {e}")))?,
        () = async {
            let _ = stopping.wait_for(|s| *s).await;
            tokio::time::sleep(SHUTDOWN_GRACE).await;
        } => tracing::warn!("connections still open after the grace period; stopping"),
    }
    watcher.abort();
    indexer.abort();
    workers.abort();
    chat_sender.abort();
    for task in mail_tasks {
        task.abort();
    }
    store.close().await;
    tracing::info!("stopped");
    Ok(())
}

/// Starts the channels' own tasks: the SMTP and LMTP listeners (bound before the server
/// says it is listening), the senders of email and of social replies, and the IMAP
/// pollers.
async fn start_mail(
    app: &lotsen_app::App,
    config: &Config,
) -> Result<Vec<tokio::task::JoinHandle<()>>, CliError> {
    let mail = &config.mail;
    let mut tasks = Vec::new();
    let listener_config = lotsen_channels::smtp::Config {
        hostname: mail.hostname.clone(),
        max_message_bytes: mail.max_message_bytes,
        ..lotsen_channels::smtp::Config::default()
    };
    for (addr, lmtp) in [(mail.smtp_listen, false), (mail.lmtp_listen, true)] {
        let Some(addr) = addr else { continue };
        let name = if lmtp { "LMTP" } else { "SMTP" };
        let listener = TcpListener::bind(addr)
            .await
            .map_err(|e| CliError::Io(format!("cannot listen for {name} on {addr}: {e}")))?;
        let local = listener
            .local_addr()
            .map_err(|e| CliError::Io(format!("{name} listener has no address: {e}")))?;
        println!("Lotsen takes in email over {name} on {local}");
        tracing::info!(listen = %local, protocol = name, "email listener");
        tasks.push(tokio::spawn(crate::smtp_listener::run(
            app.clone(),
            listener,
            listener_config.clone(),
            lmtp,
        )));
    }
    match &mail.relay {
        Some(relay) => tasks.push(tokio::spawn(crate::mail_sender::run(
            app.clone(),
            relay.clone(),
            mail.hostname.clone(),
            config.workers.interval,
        ))),
        None => {
            tracing::info!("no SMTP relay (LOTSEN_SMTP__RELAY): email replies wait in the outbox")
        }
    }
    match &config.meta.page_access_token {
        Some(token) => tasks.push(tokio::spawn(crate::graph_sender::run(
            app.clone(),
            crate::graph_sender::Graph {
                base_url: config.meta.graph_base_url.clone(),
                token: token.clone(),
            },
            config.workers.interval,
        ))),
        None => tracing::info!(
            "no page access token (LOTSEN_META__PAGE_ACCESS_TOKEN): social replies wait in the outbox"
        ),
    }
    for mailbox in &mail.imap {
        tasks.push(tokio::spawn(crate::imap_poller::run(
            app.clone(),
            mailbox.clone(),
        )));
    }
    Ok(tasks)
}

/// Every minute, compares today's inbound volume with the forecast and keeps each surge
/// as a possible incident. Several servers may do this against one database: the store
/// keeps one record per channel and surge start.
async fn watch_surges(app: lotsen_app::App) {
    let mut tick = tokio::time::interval(std::time::Duration::from_secs(60));
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tick.tick().await;
        if let Err(e) = lotsen_app::forecast::incidents::record(&app, 30).await {
            tracing::warn!(code = e.code(), "surge detection failed");
        }
    }
}

fn write_private(path: &std::path::Path, text: &str) -> std::io::Result<()> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(path)?.write_all(text.as_bytes())
}

/// How long open connections may take to finish once a stop was asked for.
const SHUTDOWN_GRACE: std::time::Duration = std::time::Duration::from_secs(10);

/// Listens for SIGINT and SIGTERM from the moment it is called (so a signal sent right
/// after the server says it is listening is never missed) and resolves on the first one.
fn shutdown_signal() -> impl std::future::Future<Output = ()> {
    #[cfg(unix)]
    let signals = {
        use tokio::signal::unix::{SignalKind, signal};
        (
            signal(SignalKind::interrupt()),
            signal(SignalKind::terminate()),
        )
    };
    async move {
        #[cfg(unix)]
        {
            match signals {
                (Ok(mut interrupt), Ok(mut terminate)) => {
                    tokio::select! {
                        _ = interrupt.recv() => {},
                        _ = terminate.recv() => {},
                    }
                }
                _ => {
                    tracing::warn!("cannot listen for SIGINT or SIGTERM; stop with SIGKILL");
                    std::future::pending::<()>().await;
                }
            }
        }
        #[cfg(not(unix))]
        {
            let _ = tokio::signal::ctrl_c().await;
        }
        tracing::info!("shutting down");
    }
}
