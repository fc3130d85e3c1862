//! The outbound email sender of `lotsen serve`: claims `deliver_email` jobs from the
//! outbox, composes each reply (`lotsen_app::email::outgoing`) and hands it to the relay
//! named by `LOTSEN_SMTP__RELAY` with lettre, then records the delivery on the message
//! and the job's outcome: a temporary failure is tried again with backoff (30 s, 1 min,
//! 2 min ... at most an hour, twelve attempts), a permanent one (a 5xx answer, no
//! address) fails at once. TLS to the relay (STARTTLS when offered by default) is
//! rustls with the public roots and an optional CA file.

use std::time::Duration;

use jiff::SignedDuration;
use lettre::transport::smtp::AsyncSmtpTransport;
use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Certificate, Tls, TlsParameters};
use lettre::transport::smtp::extension::ClientId;
use lettre::{AsyncTransport, Tokio1Executor};
use lotsen_app::{App, AppError};
use lotsen_store::{ClaimedJob, MAX_ATTEMPTS};

use crate::config_mail::{Relay, RelayTls};

/// Replies sent per round.
const BATCH: u32 = 20;

/// The transport to the relay.
pub fn transport(
    relay: &Relay,
    hostname: &str,
) -> Result<AsyncSmtpTransport<Tokio1Executor>, String> {
    let params = || {
        let mut builder = TlsParameters::builder(relay.host.clone());
        if let Some(path) = &relay.ca_file {
            let pem = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
            let cert =
                Certificate::from_pem(&pem).map_err(|e| format!("{}: {e}", path.display()))?;
            builder = builder.add_root_certificate(cert);
        }
        builder.build_rustls().map_err(|e| e.to_string())
    };
    let tls = match relay.tls {
        RelayTls::None => Tls::None,
        RelayTls::Opportunistic => Tls::Opportunistic(params()?),
        RelayTls::StartTls => Tls::Required(params()?),
        RelayTls::Wrapper => Tls::Wrapper(params()?),
    };
    let mut builder = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(relay.host.clone())
        .port(relay.port)
        .tls(tls)
        .hello_name(ClientId::Domain(hostname.to_owned()))
        .timeout(Some(Duration::from_secs(60)));
    if let Some((user, password)) = &relay.credentials {
        builder = builder.credentials(Credentials::new(user.clone(), password.clone()));
    }
    Ok(builder.build())
}

/// Sends due replies every `interval` until aborted.
pub async fn run(app: App, relay: Relay, hostname: String, interval: Duration) {
    let transport = match transport(&relay, &hostname) {
        Ok(t) => t,
        Err(why) => {
            tracing::error!(why, "no email sender: replies wait in the outbox");
            return;
        }
    };
    crate::senders::every(interval, BATCH, "email", || send_due(&app, &transport)).await;
}

/// A failure: whether trying again can help, and what to record.
struct Failure {
    permanent: bool,
    why: String,
}

async fn send_due(
    app: &App,
    transport: &AsyncSmtpTransport<Tokio1Executor>,
) -> Result<u32, AppError> {
    let jobs = app
        .store
        .claim_outbox(
            lotsen_app::email::delivery_kind(lotsen_domain::Channel::Email),
            app.clock.now(),
            SignedDuration::from_secs(300),
            BATCH,
        )
        .await?;
    let claimed = u32::try_from(jobs.len()).unwrap_or(BATCH);
    for job in jobs {
        let outcome = send_one(app, transport, &job).await;
        record(app, &job, outcome).await?;
    }
    Ok(claimed)
}

async fn send_one(
    app: &App,
    transport: &AsyncSmtpTransport<Tokio1Executor>,
    job: &ClaimedJob,
) -> Result<(lotsen_domain::MessageId, String), (Option<lotsen_domain::MessageId>, Failure)> {
    let message_id: Option<lotsen_domain::MessageId> = job
        .payload
        .get("message_id")
        .and_then(|v| v.as_str())
        .and_then(|s| s.parse().ok());
    let Some(message_id) = message_id else {
        return Err((
            None,
            Failure {
                permanent: true,
                why: "the job names no message".into(),
            },
        ));
    };
    let outgoing = match lotsen_app::email::outgoing(app, message_id).await {
        Ok(o) => o,
        Err(AppError::Conflict { code, message })
            if lotsen_app::email::PERMANENT.contains(&code) =>
        {
            return Err((
                Some(message_id),
                Failure {
                    permanent: true,
                    why: message,
                },
            ));
        }
        Err(e) => {
            return Err((
                Some(message_id),
                Failure {
                    permanent: false,
                    why: format!("not composed: {}", e.code()),
                },
            ));
        }
    };
    let envelope = match (outgoing.envelope_from.parse(), outgoing.to.parse()) {
        (Ok(from), Ok(to)) => lettre::address::Envelope::new(Some(from), vec![to]),
        _ => {
            return Err((
                Some(message_id),
                Failure {
                    permanent: true,
                    why: "an address of the envelope is not valid".into(),
                },
            ));
        }
    };
    let envelope = envelope.map_err(|e| {
        (
            Some(message_id),
            Failure {
                permanent: true,
                why: e.to_string(),
            },
        )
    })?;
    match transport.send_raw(&envelope, &outgoing.bytes).await {
        Ok(response) => {
            let answer = response.message().collect::<Vec<_>>().join(" ");
            Ok((message_id, format!("{} {answer}", response.code())))
        }
        Err(e) => Err((
            Some(message_id),
            Failure {
                permanent: e.is_permanent(),
                why: e.to_string(),
            },
        )),
    }
}

async fn record(
    app: &App,
    job: &ClaimedJob,
    outcome: Result<
        (lotsen_domain::MessageId, String),
        (Option<lotsen_domain::MessageId>, Failure),
    >,
) -> Result<(), AppError> {
    let now = app.clock.now();
    match outcome {
        Ok((message_id, answer)) => {
            lotsen_app::email::delivered(app, message_id, Ok(&answer), job.attempts, true).await?;
            app.store
                .finish_outbox(job, Ok(()), now, SignedDuration::ZERO)
                .await?;
            tracing::info!(job.id = %job.id, message.id = %message_id, "email sent");
        }
        Err((message_id, failure)) => {
            let last = failure.permanent || job.attempts >= MAX_ATTEMPTS;
            if let Some(id) = message_id {
                lotsen_app::email::delivered(app, id, Err(&failure.why), job.attempts, last)
                    .await?;
            }
            tracing::warn!(job.id = %job.id, attempts = job.attempts, permanent = failure.permanent, "email not sent");
            if failure.permanent {
                app.store.give_up_outbox(job, now).await?;
            } else {
                let backoff = crate::senders::backoff_secs(job.attempts);
                app.store
                    .finish_outbox(
                        job,
                        Err(failure.why),
                        now,
                        SignedDuration::from_secs(backoff),
                    )
                    .await?;
            }
        }
    }
    Ok(())
}
