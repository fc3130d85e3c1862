//! The background loops of `lotsen serve`: the use cases' worker tick (offers, shift
//! ends, routing, deadlines) and the on-call pager, which posts `page_on_call` jobs from
//! the outbox to their webhooks with retries and backoff.

use std::time::Duration;

use jiff::SignedDuration;
use lotsen_app::App;
use lotsen_store::ClaimedJob;

/// Runs the worker tick every `interval` until aborted.
pub async fn run(app: App, interval: Duration) {
    let client = match reqwest::Client::builder()
        .timeout(Duration::from_secs(10))
        .build()
    {
        Ok(c) => Some(c),
        Err(e) => {
            tracing::warn!(error = %e, "no HTTP client: on-call pages wait in the outbox");
            None
        }
    };
    // The pager has its own loop: a slow webhook never holds up offers, routing or
    // deadlines.
    let pager = client.map(|client| tokio::spawn(run_pager(app.clone(), client, interval)));
    let mut tick = tokio::time::interval(interval);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    // Shifts that ended while no server ran are ended on start (ending twice is harmless).
    let mut since = app
        .clock
        .now()
        .checked_sub(SignedDuration::from_hours(12))
        .unwrap_or(app.clock.now());
    let _pager = PagerGuard(pager);
    loop {
        tick.tick().await;
        let now = app.clock.now();
        match lotsen_app::workers::tick(&app, since).await {
            Ok(_) => since = now,
            Err(e) => tracing::warn!(code = e.code(), "worker tick failed"),
        }
    }
}

/// Stops the pager when the workers stop.
struct PagerGuard(Option<tokio::task::JoinHandle<()>>);

impl Drop for PagerGuard {
    fn drop(&mut self) {
        if let Some(h) = &self.0 {
            h.abort();
        }
    }
}

async fn run_pager(app: App, client: reqwest::Client, interval: Duration) {
    let mut tick = tokio::time::interval(interval);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tick.tick().await;
        if let Err(e) = page(&app, &client).await {
            tracing::warn!(error = %e, "on-call paging failed");
        }
    }
}

/// Posts due pages; returns how many were delivered.
async fn page(app: &App, client: &reqwest::Client) -> Result<u32, lotsen_store::StoreError> {
    let now = app.clock.now();
    let jobs = app
        .store
        .claim_outbox(
            lotsen_app::paging::PAGE_ON_CALL,
            now,
            SignedDuration::from_secs(300),
            5,
        )
        .await?;
    let mut delivered = 0;
    for job in jobs {
        let outcome = post(client, &job).await;
        if outcome.is_ok() {
            delivered += 1;
        }
        match &outcome {
            Ok(()) => tracing::info!(job.id = %job.id, "on-call paged"),
            Err(why) => {
                tracing::warn!(job.id = %job.id, attempts = job.attempts, why = %why, "on-call page failed")
            }
        }
        // 5 s, 10 s, 20 s ... at most 10 minutes.
        let backoff = 5u64.saturating_mul(1 << job.attempts.min(7)).min(600);
        app.store
            .finish_outbox(
                &job,
                outcome,
                app.clock.now(),
                SignedDuration::from_secs(i64::try_from(backoff).unwrap_or(600)),
            )
            .await?;
    }
    Ok(delivered)
}

async fn post(client: &reqwest::Client, job: &ClaimedJob) -> Result<(), String> {
    let url = job
        .payload
        .get("webhook_url")
        .and_then(|u| u.as_str())
        .ok_or("the job has no webhook_url")?;
    let body = job.payload.get("body").ok_or("the job has no body")?;
    let res = client
        .post(url)
        .header("X-Lotsen-Page-Id", job.id.to_string())
        .json(body)
        .send()
        .await
        .map_err(|e| format!("request failed: {e}"))?;
    if res.status().is_success() {
        Ok(())
    } else {
        Err(format!("webhook answered {}", res.status().as_u16()))
    }
}
