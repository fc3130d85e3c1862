//! The Graph API sender of `lotsen serve`: claims `deliver_meta` jobs from the outbox,
//! makes each reply a Graph API call (`lotsen_app::meta_out::outgoing`, then
//! `lotsen_channels::meta::graph::request`), sends it to `LOTSEN_META__GRAPH_BASE_URL`
//! with the page access token, and records the delivery on the message and the job's
//! outcome. Meta's rate limits (HTTP 429 and its rate-limit error codes) and its own
//! trouble are tried again: no sooner than `Retry-After` when Meta says, else after 30 s,
//! 1 min, 2 min ... at most an hour, twelve attempts; a call that can never work (an id
//! that is gone, a person who cannot be reached, no permission) fails at once. The token
//! travels in the query string and is never logged: errors are recorded without URLs.

use std::time::Duration;

use jiff::SignedDuration;
use lotsen_app::meta_out::{self, DELIVER_META, GraphSend};
use lotsen_app::{App, AppError};
use lotsen_channels::meta::graph::{self, Outcome};
use lotsen_store::{ClaimedJob, MAX_ATTEMPTS};

/// Replies sent per round.
const BATCH: u32 = 20;

/// Where and as whom to call the Graph API.
#[derive(Clone)]
pub struct Graph {
    /// The base URL, with the API version (`https://graph.facebook.com/v21.0`).
    pub base_url: String,
    /// The page access token.
    pub token: String,
}

/// Sends due replies every `interval` until aborted.
pub async fn run(app: App, graph: Graph, interval: Duration) {
    let client = match reqwest::Client::builder()
        .timeout(Duration::from_secs(30))
        .build()
    {
        Ok(c) => c,
        Err(e) => {
            tracing::error!(error = %e.without_url(), "no Graph API client: social replies wait in the outbox");
            return;
        }
    };
    crate::senders::every(interval, BATCH, "graph", || send_due(&app, &client, &graph)).await;
}

/// Sends the replies due now; how many jobs were claimed.
pub async fn send_due(app: &App, client: &reqwest::Client, graph: &Graph) -> Result<u32, AppError> {
    let jobs = app
        .store
        .claim_outbox(
            DELIVER_META,
            app.clock.now(),
            SignedDuration::from_secs(300),
            BATCH,
        )
        .await?;
    let claimed = u32::try_from(jobs.len()).unwrap_or(BATCH);
    for job in jobs {
        let (message_id, outcome) = send_one(app, client, graph, &job).await;
        record(app, &job, message_id, outcome).await?;
    }
    Ok(claimed)
}

async fn send_one(
    app: &App,
    client: &reqwest::Client,
    graph: &Graph,
    job: &ClaimedJob,
) -> (Option<lotsen_domain::MessageId>, Outcome) {
    let id_at = |key: &str| -> Option<lotsen_domain::MessageId> {
        job.payload
            .get(key)
            .and_then(|v| v.as_str())
            .and_then(|s| s.parse().ok())
    };
    // Hiding, showing again and deleting are calls about a post, with no message of ours.
    if let Some(kind) = job.payload.get("moderate").and_then(|v| v.as_str()) {
        let Some(target) = id_at("target") else {
            let why = "the job names no post".to_owned();
            return (None, Outcome::Permanent { why });
        };
        let outcome = match meta_out::moderation_action(app, kind, target).await {
            Ok(action) => {
                let send = GraphSend {
                    message_id: target,
                    action,
                    text: String::new(),
                };
                call(client, graph, &send).await
            }
            Err(AppError::Conflict { code, message }) if meta_out::PERMANENT.contains(&code) => {
                Outcome::Permanent { why: message }
            }
            Err(e) => Outcome::Retry {
                why: format!("not composed: {}", e.code()),
                after_secs: None,
            },
        };
        return (None, outcome);
    }
    let Some(message_id) = id_at("message_id") else {
        let why = "the job names no message".to_owned();
        return (None, Outcome::Permanent { why });
    };
    let send = match meta_out::outgoing(app, message_id, id_at("answers")).await {
        Ok(send) => send,
        Err(AppError::Conflict { code, message }) if meta_out::PERMANENT.contains(&code) => {
            return (Some(message_id), Outcome::Permanent { why: message });
        }
        Err(e) => {
            let why = format!("not composed: {}", e.code());
            return (
                Some(message_id),
                Outcome::Retry {
                    why,
                    after_secs: None,
                },
            );
        }
    };
    (Some(message_id), call(client, graph, &send).await)
}

/// One call to the Graph API.
async fn call(client: &reqwest::Client, graph: &Graph, send: &GraphSend) -> Outcome {
    let request = match graph::request(&send.action, &send.text) {
        Ok(r) => r,
        Err(e) => {
            return Outcome::Permanent { why: e.to_string() };
        }
    };
    let url = format!("{}{}", graph.base_url.trim_end_matches('/'), request.path);
    let method = if request.method == "DELETE" {
        reqwest::Method::DELETE
    } else {
        reqwest::Method::POST
    };
    let mut builder = client
        .request(method, url)
        .query(&[("access_token", graph.token.as_str())]);
    if let Some(body) = &request.body {
        builder = builder.json(body);
    }
    match builder.send().await {
        Ok(response) => {
            let status = response.status().as_u16();
            let retry_after = response
                .headers()
                .get(reqwest::header::RETRY_AFTER)
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned);
            let body = response.bytes().await.unwrap_or_default();
            graph::classify(status, &body, retry_after.as_deref())
        }
        // The URL holds the token: errors are kept without it.
        Err(e) => Outcome::Retry {
            why: format!("request failed: {}", e.without_url()),
            after_secs: None,
        },
    }
}

async fn record(
    app: &App,
    job: &ClaimedJob,
    message_id: Option<lotsen_domain::MessageId>,
    outcome: Outcome,
) -> Result<(), AppError> {
    let now = app.clock.now();
    match outcome {
        Outcome::Done { id } => {
            if let Some(message_id) = message_id {
                meta_out::delivered(app, message_id, Ok(id.as_deref()), job.attempts, true).await?;
            }
            app.store
                .finish_outbox(job, Ok(()), now, SignedDuration::ZERO)
                .await?;
            tracing::info!(job.id = %job.id, "social reply sent");
        }
        Outcome::Retry { why, after_secs } => {
            let last = job.attempts >= MAX_ATTEMPTS;
            if let Some(id) = message_id {
                meta_out::delivered(app, id, Err(&why), job.attempts, last).await?;
            }
            tracing::warn!(job.id = %job.id, attempts = job.attempts, "social reply not sent yet");
            // As long as Meta asked; else 30 s, 1 min, 2 min ... at most an hour.
            let backoff = after_secs.map_or_else(
                || crate::senders::backoff_secs(job.attempts),
                |secs| i64::try_from(secs.min(3600)).unwrap_or(3600),
            );
            app.store
                .finish_outbox(job, Err(why), now, SignedDuration::from_secs(backoff))
                .await?;
        }
        Outcome::Permanent { why } => {
            if let Some(id) = message_id {
                meta_out::delivered(app, id, Err(&why), job.attempts, true).await?;
            }
            tracing::warn!(job.id = %job.id, "social reply failed for good");
            app.store.give_up_outbox(job, now).await?;
        }
    }
    Ok(())
}
