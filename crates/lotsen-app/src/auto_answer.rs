//! Lotsen's own answers to customers: out of hours ("we open at 08:00 on Monday") and
//! after a request for a manager ("Karin, team lead, answers you by Tuesday 15:00").
//! Each is a message on the case's channel, queued for delivery in the same transaction
//! as its `auto_answered` event, and never counts as a response for the deadlines.

use jiff::Timestamp;
use lotsen_domain::case::AutoAnswerReason;
use lotsen_domain::{Actor, CaseId, Channel, Message, MessageId, Outbound, Visibility};
use lotsen_store::{CaseChange, OutboxJob};

use crate::{App, AppError};

const WEEKDAYS: [&str; 7] = [
    "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag",
];
const MONTHS: [&str; 12] = [
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
];

/// An instant as a Swede reads it in Stockholm: `måndag 7 december kl. 08:00`.
pub fn swedish_time(at: Timestamp) -> String {
    let z = at.to_zoned(crate::forecast::stockholm());
    let weekday = usize::from(z.weekday().to_monday_zero_offset().unsigned_abs());
    let month = usize::try_from(z.month() - 1).unwrap_or(0);
    format!(
        "{} {} {} kl. {:02}:{:02}",
        WEEKDAYS.get(weekday).copied().unwrap_or(""),
        z.day(),
        MONTHS.get(month).copied().unwrap_or(""),
        z.hour(),
        z.minute()
    )
}

/// The first word of a name, for a greeting.
pub fn first_name(name: &str) -> &str {
    name.split_whitespace().next().unwrap_or("")
}

/// Sends an automatic answer on an active case; whether one was sent.
pub async fn send(
    app: &App,
    case_id: CaseId,
    channel: Channel,
    reason: AutoAnswerReason,
    body: &str,
) -> Result<bool, AppError> {
    let at = app.clock.now();
    let message_id: MessageId = app.id();
    let job_id = app.ids.next_uuid();
    let (_, events) = app
        .store
        .update_case(case_id, |case| {
            let events = case.auto_answer(&Actor::System, message_id, channel, reason)?;
            let mut change = CaseChange::events(at, Actor::System, events);
            if !change.events.is_empty() {
                change.messages = vec![Message::outbound(Outbound {
                    id: message_id,
                    case_id,
                    channel,
                    visibility: Visibility::Private,
                    author: Actor::System,
                    body,
                    at,
                })];
                change.outbox = vec![OutboxJob {
                    id: job_id,
                    kind: crate::email::delivery_kind(channel),
                    case_id: Some(case_id),
                    payload: serde_json::json!({
                        "message_id": message_id, "channel": channel.as_str()
                    }),
                    at,
                }];
            }
            Ok(change)
        })
        .await?;
    if !events.is_empty() {
        tracing::info!(case.id = %case_id, reason = reason.as_str(), "automatic answer queued");
    }
    Ok(!events.is_empty())
}

/// Hours after which a closed channel answers the same case again.
const REPEAT_AFTER: jiff::SignedDuration = jiff::SignedDuration::from_hours(12);

/// What a closed channel says now ("we open at 08:00 on Monday"), or none while it is
/// open or has nothing to say. The chat shows it before the visitor writes.
pub async fn closed_notice(app: &App, channel: Channel) -> Result<Option<String>, AppError> {
    let settings = crate::forecast::settings::of(app, channel).await?;
    if settings.closed_reply.trim().is_empty() {
        return Ok(None);
    }
    let tz = crate::forecast::stockholm();
    let local = app.clock.now().to_zoned(tz.clone()).datetime();
    let hours = &settings.opening_hours;
    if hours.is_open(local) {
        return Ok(None);
    }
    let opens = hours
        .next_open(local)
        .and_then(|dt| dt.to_zoned(tz).ok())
        .map(|z| swedish_time(z.timestamp()))
        .unwrap_or_else(|| "så snart vi kan / as soon as we can".to_owned());
    Ok(Some(settings.closed_reply.replace("{opens}", &opens)))
}

/// Answers a message that arrived while its channel is closed, saying when it opens;
/// once per case in twelve hours. Whether it answered.
pub async fn out_of_hours(app: &App, case_id: CaseId, channel: Channel) -> Result<bool, AppError> {
    let Some(body) = closed_notice(app, channel).await? else {
        return Ok(false);
    };
    let now = app.clock.now();
    let events = app.store.events_since(case_id, now - REPEAT_AFTER).await?;
    let answered_lately = events.iter().any(|e| {
        matches!(
            e.kind,
            lotsen_domain::EventKind::AutoAnswered {
                reason: AutoAnswerReason::OutOfHours,
                ..
            }
        ) && now.duration_since(e.at) < REPEAT_AFTER
    });
    if answered_lately {
        return Ok(false);
    }
    send(app, case_id, channel, AutoAnswerReason::OutOfHours, &body).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_read_as_in_stockholm_in_swedish() {
        // 07:00 UTC on Monday 2026-12-07 is 08:00 in Stockholm (winter time).
        let at: Timestamp = "2026-12-07T07:00:00Z".parse().unwrap();
        assert_eq!(swedish_time(at), "måndag 7 december kl. 08:00");
        let summer: Timestamp = "2026-06-19T10:30:00Z".parse().unwrap();
        assert_eq!(swedish_time(summer), "fredag 19 juni kl. 12:30");
        assert_eq!(first_name("Karin Lindqvist"), "Karin");
    }
}
