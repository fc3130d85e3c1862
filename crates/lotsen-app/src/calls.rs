//! Phone calls, logged by the agent who took or made them: into the case they were
//! about, or, for a caller found by their phone number, into that customer's open case
//! or a new one. The agent's notes are the call's message on the phone channel.

use lotsen_domain::case::CallOutcome;
use lotsen_domain::customer::CustomerContact;
use lotsen_domain::error::Validator;
use lotsen_domain::{
    Agent, Case, CaseId, CaseKind, Channel, Direction, Message, MessageId, Priority, Visibility,
};

use crate::intake::{InboundInput, receive};
use crate::{App, AppError};

/// A call as the agent logs it.
#[derive(Debug, Clone, Default)]
pub struct Call<'a> {
    /// `inbound` (the customer called) or `outbound` (we called).
    pub direction: Option<Direction>,
    /// How it went.
    pub outcome: Option<CallOutcome>,
    /// The agent's notes of the call.
    pub notes: Option<&'a str>,
    /// How long, in whole minutes.
    pub minutes: Option<u32>,
}

impl Call<'_> {
    fn checked(&self, v: &mut Validator) -> Option<(Direction, CallOutcome)> {
        if self.direction.is_none() {
            v.add("direction", "required: inbound or outbound");
        }
        if self.outcome.is_none() {
            v.add(
                "outcome",
                "required: reached, callback_promised, voicemail or no_answer",
            );
        }
        if self.notes.is_none_or(|n| n.trim().is_empty()) {
            v.add("notes", "must not be blank");
        }
        Some((self.direction?, self.outcome?))
    }
}

/// Logs a call on case `id`. Returns the case and the notes' message id.
pub async fn log(
    app: &App,
    actor: &Agent,
    id: CaseId,
    call: &Call<'_>,
) -> Result<(Case, MessageId), AppError> {
    let mut v = Validator::new();
    let checked = call.checked(&mut v);
    v.finish()?;
    let Some((direction, outcome)) = checked else {
        return Err(AppError::invalid("direction", "required"));
    };
    let notes = call.notes.unwrap_or_default().trim();
    let message_id: MessageId = app.id();
    let case = crate::cases::change(app, actor, id, |case, ch| {
        ch.events = case.log_call(
            &ch.actor,
            message_id,
            direction,
            outcome,
            notes,
            call.minutes,
        )?;
        ch.messages = vec![Message {
            id: message_id,
            case_id: case.id,
            direction,
            channel: Channel::Phone,
            visibility: Visibility::Private,
            external_id: None,
            author: ch.actor.clone(),
            subject: None,
            body: notes.to_owned(),
            created_at: ch.at,
            analysis: None,
            hide_recommended: false,
        }];
        Ok(())
    })
    .await?;
    tracing::info!(case.id = %case.id, message.id = %message_id, outcome = outcome.as_str(), "call logged");
    Ok((case, message_id))
}

/// Logs a call with a caller known by their phone number: into their open case, or a
/// new case (and, for a number Lotsen has not seen, a new customer named `name`).
/// Returns the case and the notes' message id.
pub async fn log_for_caller(
    app: &App,
    actor: &Agent,
    phone: Option<&str>,
    name: Option<&str>,
    call: &Call<'_>,
) -> Result<(Case, MessageId), AppError> {
    let mut v = Validator::new();
    let phone = phone.map(str::trim).unwrap_or_default();
    if lotsen_domain::Identity::phone(phone).is_none() {
        v.add("phone", "is not a phone number");
    }
    call.checked(&mut v);
    v.finish()?;
    let name = name
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .unwrap_or("Okänd uppringare");
    let inbound = call.direction != Some(Direction::Outbound);
    let notes = call.notes.unwrap_or_default().trim();
    // The case's subject is the notes' first line, as a caller's first words would be.
    let subject: String = notes
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or("Telefonsamtal")
        .chars()
        .take(80)
        .collect();
    let contact = receive(
        app,
        InboundInput {
            channel: Channel::Phone,
            external_id: None,
            customer: CustomerContact {
                name: name.to_owned(),
                email: None,
                phone: Some(phone.to_owned()),
            },
            subject: Some(subject),
            body: Some(
                if inbound {
                    "Inkommande samtal"
                } else {
                    "Utgående samtal"
                }
                .to_owned(),
            ),
            visibility: Visibility::Private,
            kind: CaseKind::Enquiry,
            priority: Priority::Normal,
            team_id: actor.team_ids.first().copied(),
            tags: Vec::new(),
        },
    )
    .await?;
    log(app, actor, contact.case_id, call).await
}
