//! Agents' presence, skills and capacity. An agent going offline (by themselves, by a
//! lead, or because their shift ended) hands every open case back to its team's queue
//! with an automatic note of what is pending; nothing is closed and nothing is dropped.

use std::collections::BTreeMap;

use lotsen_domain::error::Validator;
use lotsen_domain::routing::{Presence, RoutingProfile, check_skills};
use lotsen_domain::{Actor, Agent, AgentId, CaseId, Channel, EventKind, HandoffId};
use lotsen_store::CaseChange;

use crate::{App, AppError};

/// A change to an agent's routing profile; what is left out stays.
#[derive(Debug, Clone, Default)]
pub struct ProfileChange {
    /// Presence.
    pub presence: Option<Presence>,
    /// Skills.
    pub skills: Option<Vec<String>>,
    /// Capacity per channel.
    pub capacity: Option<BTreeMap<Channel, u32>>,
}

/// An agent's routing profile (offline with default capacity until set).
pub async fn profile(app: &App, agent: AgentId) -> Result<RoutingProfile, AppError> {
    app.store
        .agent(agent)
        .await?
        .ok_or(AppError::NotFound("agent"))?;
    Ok(app
        .store
        .routing_profile(agent)
        .await?
        .map(|r| r.profile)
        .unwrap_or_default())
}

/// Changes an agent's profile. Agents change their own presence; skills, capacity and
/// other agents' presence are for leads and admins. Going offline hands the agent's
/// open cases back to their queues; returns the profile and how many were handed back.
pub async fn change(
    app: &App,
    actor: &Agent,
    agent: AgentId,
    change: ProfileChange,
) -> Result<(RoutingProfile, u32), AppError> {
    let own = actor.id == agent;
    let only_presence = change.skills.is_none() && change.capacity.is_none();
    if !(own && only_presence) {
        super::require_lead(actor)?;
    }
    let mut v = Validator::new();
    if let Some(skills) = &change.skills {
        check_skills("skills", skills, &mut v);
        if skills.len() > 100 {
            v.add("skills", "at most 100 skills");
        }
    }
    if let Some(capacity) = &change.capacity
        && capacity.values().any(|&n| n > 100)
    {
        v.add("capacity", "each channel's capacity must be 0 to 100");
    }
    v.finish()?;
    let mut next = profile(app, agent).await?;
    if let Some(p) = change.presence {
        next.presence = p;
    }
    if let Some(mut skills) = change.skills {
        skills.iter_mut().for_each(|s| *s = s.trim().to_owned());
        skills.sort();
        skills.dedup();
        next.skills = skills;
    }
    if let Some(capacity) = change.capacity {
        next.capacity.extend(capacity);
    }
    let before = app
        .store
        .put_routing_profile(agent, &next, app.clock.now())
        .await?;
    tracing::info!(agent.id = %agent, presence = next.presence.as_str(), "routing profile changed");
    let mut handed = 0;
    if next.presence == Presence::Offline && before.is_some_and(|p| p != Presence::Offline) {
        handed = hand_over(app, agent, "gick offline / went offline").await?;
    }
    Ok((next, handed))
}

/// Hands every open case of the agent back to its team's queue, with a note of what
/// is pending. Returns how many were handed back. Safe to repeat: a case already
/// waiting for a receiver is left as it is.
pub async fn hand_over(app: &App, agent: AgentId, why: &str) -> Result<u32, AppError> {
    let name = app
        .store
        .agent(agent)
        .await?
        .map(|a| a.signature_name)
        .unwrap_or_default();
    let mut handed = 0;
    for case_id in app.store.owned_active_cases(agent).await? {
        // Each case on its own: one that cannot go back never keeps the others.
        match hand_back(app, case_id, &name, why).await {
            Ok(true) => handed += 1,
            Ok(false) => {}
            Err(e) => {
                tracing::warn!(case.id = %case_id, agent.id = %agent, code = e.code(), "case not handed back");
            }
        }
    }
    if handed > 0 {
        tracing::info!(agent.id = %agent, cases = handed, "open cases handed back to their queues");
    }
    Ok(handed)
}

async fn hand_back(app: &App, case_id: CaseId, name: &str, why: &str) -> Result<bool, AppError> {
    let events = app.store.events(case_id).await?;
    let unanswered = unanswered(&events);
    let at = app.clock.now();
    let handoff_id: HandoffId = app.id();
    let (_, recorded) = app
        .store
        .update_case(case_id, |case| {
            let mut lines = vec![format!(
                "Automatisk överlämning / automatic handoff: {name} {why}."
            )];
            let pending = case.pending_summary(unanswered);
            if pending.is_empty() {
                lines.push("Inget väntar just nu / nothing pending.".into());
            } else {
                lines.push("Väntar / pending:".into());
                lines.extend(pending.into_iter().map(|p| format!("- {p}")));
            }
            let events = case.hand_back(&Actor::System, handoff_id, None, &lines.join("\n"))?;
            Ok(CaseChange::events(at, Actor::System, events))
        })
        .await?;
    Ok(!recorded.is_empty())
}

/// The customer's messages since our last reply.
fn unanswered(events: &[lotsen_domain::CaseEvent]) -> u32 {
    let mut n = 0;
    for e in events {
        match e.kind {
            EventKind::MessageReceived { .. } => n += 1,
            EventKind::ReplySent { .. } => n = 0,
            _ => {}
        }
    }
    n
}

/// Agents whose shift ended in `(from, to]` with no next shift go offline, handing their
/// open cases over. Returns how many agents went offline.
pub async fn end_shifts(
    app: &App,
    from: jiff::Timestamp,
    to: jiff::Timestamp,
) -> Result<u32, AppError> {
    let mut n = 0;
    for agent in app.store.shifts_ended(from, to).await? {
        let Some(record) = app.store.routing_profile(agent).await? else {
            continue;
        };
        if record.profile.presence == Presence::Offline {
            continue;
        }
        let mut next = record.profile.clone();
        next.presence = Presence::Offline;
        let before = app.store.put_routing_profile(agent, &next, to).await?;
        if before.is_some_and(|p| p != Presence::Offline) {
            hand_over(app, agent, "avslutade sitt skift / ended their shift").await?;
            n += 1;
        }
    }
    Ok(n)
}

/// Hands over the open cases still owned by offline agents (a hand-over that failed, a
/// case reopened or a handoff declined back to them). Returns how many cases went back.
pub async fn hand_over_offline(app: &App) -> Result<u32, AppError> {
    let mut n = 0;
    for agent in app.store.offline_owners(50).await? {
        n += hand_over(app, agent, "är offline / is offline").await?;
    }
    Ok(n)
}
