//! A customer's request for a manager (MISSION.md, section 2: "the manager does not talk
//! to customers"): from any channel, found in the message or recorded by the agent, it
//! becomes an escalation to a named lead with its own deadline, and the customer is told
//! the lead's name (or alias) and when to expect an answer.

use jiff::Timestamp;
use lotsen_domain::case::{AutoAnswerReason, EscalationKind};
use lotsen_domain::{Actor, Agent, AgentId, CaseId, EscalationId, EventKind};
use lotsen_store::CaseChange;

use crate::auto_answer::{first_name, send, swedish_time};
use crate::sla::SlaContext;
use crate::{App, AppError};

/// What a manager request led to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ManagerRequest {
    /// The escalation (an earlier open one when the customer asked again).
    pub escalation_id: EscalationId,
    /// The lead who answers.
    pub lead_id: AgentId,
    /// The name the customer is told (the lead's signature name or alias).
    pub lead_name: String,
    /// When the lead answers by.
    pub due: Option<Timestamp>,
    /// Whether the customer was told just now.
    pub customer_told: bool,
}

/// Escalates to the case team's lead and tells the customer who and by when. `by` is
/// the agent recording the request, or `None` when the customer's message asked.
pub async fn request(
    app: &App,
    by: Option<&Agent>,
    case_id: CaseId,
    note: Option<&str>,
) -> Result<ManagerRequest, AppError> {
    let case = app
        .store
        .case(case_id)
        .await?
        .ok_or(AppError::NotFound("case"))?;
    let team = case
        .team_id
        .or_else(|| by.and_then(|a| a.team_ids.first().copied()))
        .ok_or_else(|| AppError::Conflict {
            code: "no_team",
            message: "the case has no team whose lead could answer".into(),
        })?;
    let settings = crate::routing::team_settings(app, team).await?;
    let lead = crate::routing::lead_of(app, team, &settings)
        .await?
        .ok_or_else(|| AppError::Conflict {
            code: "no_lead",
            message: "the team has no lead; name one in its settings".into(),
        })?;
    let question = note
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .unwrap_or("Kunden vill tala med en chef / the customer asks for a manager.")
        .to_owned();
    let escalation_id: EscalationId = app.id();
    let at = app.clock.now();
    let actor = by.map_or(Actor::System, Agent::actor);
    let (case, _) = app
        .store
        .update_case(case_id, |c| {
            let events = match &actor {
                Actor::Agent { .. } => c.escalate(
                    &actor,
                    escalation_id,
                    EscalationKind::Manager,
                    Some(team),
                    Some(lead.id),
                    &question,
                )?,
                _ => c.customer_asked_for_manager(
                    &actor,
                    escalation_id,
                    lead.id,
                    Some(team),
                    &question,
                )?,
            };
            Ok(CaseChange::events(at, actor.clone(), events))
        })
        .await?;
    let Some(escalation) = case
        .open_escalations()
        .filter(|e| e.kind == EscalationKind::Manager)
        .last()
        .cloned()
    else {
        return Err(AppError::Conflict {
            code: "case_not_active",
            message: "the case is not active".into(),
        });
    };
    let ctx = SlaContext::load(app).await?;
    let events = app.store.events(case_id).await?;
    let due = ctx
        .deadlines(&case, &events, at)
        .escalations
        .iter()
        .find(|d| d.escalation_id == escalation.id)
        .and_then(|d| d.deadline.due);
    let lead_id = escalation.to_agent_id.unwrap_or(lead.id);
    let lead_name = match app.store.agent(lead_id).await? {
        Some(a) => a.signature_name,
        None => lead.signature_name.clone(),
    };
    // Tell the customer once per escalation.
    let told_before = events.iter().any(|e| {
        matches!(
            e.kind,
            EventKind::AutoAnswered {
                reason: AutoAnswerReason::ManagerRequest,
                ..
            }
        ) && e.at >= escalation.asked_at
    });
    let mut customer_told = false;
    if !told_before {
        let customer = app.store.customer(case.customer_id).await?;
        let name = customer.as_ref().map_or("", |c| first_name(&c.name));
        let when = due.map_or_else(|| "så snart som möjligt".to_owned(), swedish_time);
        let greeting = if name.is_empty() {
            "Hej!".to_owned()
        } else {
            format!("Hej {name}!")
        };
        let body = format!(
            "{greeting} Du har bett att få tala med en chef. {lead_name}, teamledare, har fått ditt ärende ({}) och återkommer till dig senast {when}.",
            case.reference
        );
        let channel = last_inbound_channel(&events).unwrap_or(case.origin_channel);
        customer_told = send(
            app,
            case_id,
            channel,
            AutoAnswerReason::ManagerRequest,
            &body,
        )
        .await?;
    }
    tracing::info!(case.id = %case_id, escalation.id = %escalation.id, lead.id = %lead_id, "manager request escalated");
    Ok(ManagerRequest {
        escalation_id: escalation.id,
        lead_id,
        lead_name,
        due,
        customer_told,
    })
}

fn last_inbound_channel(events: &[lotsen_domain::CaseEvent]) -> Option<lotsen_domain::Channel> {
    events.iter().rev().find_map(|e| match e.kind {
        EventKind::MessageReceived { channel, .. } => Some(channel),
        _ => None,
    })
}
