//! The router: gives each queued case of an `auto` or `offer` team to the least-loaded
//! available agent with the skills, within capacity. One pass reads the board once and
//! keeps it up to date as it assigns; the store checks capacity again inside each
//! assignment's transaction, so two passes at once (two servers) never overfill an agent
//! and a case never gets two owners. Offers that ran out go back to the queue; agents
//! also accept, decline or pull the next case themselves.

use std::collections::HashMap;
use std::time::Instant;

use lotsen_domain::routing::{Candidate, Need, choose_agent, take};
use lotsen_domain::{Actor, Agent, Case, CaseId, Priority, TeamId};
use lotsen_store::{CapacityGuard, CaseChange, StoreError};

use super::{AssignmentMode, TeamSettings, all_team_settings};
use crate::{App, AppError};

/// What one pass did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PassReport {
    /// Cases given to an owner.
    pub assigned: u32,
    /// Cases offered.
    pub offered: u32,
    /// Queued cases nobody could take now.
    pub waiting: u32,
    /// Offers that ran out and went back to the queue.
    pub expired: u32,
}

/// How long agents who let a case pass are left out, when nobody else can take it.
const PASS_COOL_DOWN: jiff::SignedDuration = jiff::SignedDuration::from_mins(5);

/// How many queued cases one pass looks at.
const PASS_LIMIT: u32 = 500;

fn priority_rank(p: Priority) -> u8 {
    match p {
        Priority::Urgent => 0,
        Priority::High => 1,
        Priority::Normal => 2,
        Priority::Low => 3,
    }
}

/// Expires the offers that ran out, then routes the queues of `auto` and `offer` teams.
pub async fn run_pass(app: &App) -> Result<PassReport, AppError> {
    let mut report = PassReport {
        expired: expire_offers(app).await?,
        ..PassReport::default()
    };
    let settings: HashMap<TeamId, TeamSettings> = all_team_settings(app)
        .await?
        .into_iter()
        .filter(|(_, s)| s.assignment != AssignmentMode::Pull)
        .collect();
    if settings.is_empty() {
        return Ok(report);
    }
    let teams: Vec<TeamId> = settings.keys().copied().collect();
    let mut queued = app.store.queued_cases(&teams, PASS_LIMIT).await?;
    queued
        .retain(|c| c.offer.is_none() && c.queued_in().is_some_and(|t| settings.contains_key(&t)));
    if queued.is_empty() {
        return Ok(report);
    }
    queued.sort_by_key(|c| priority_rank(c.priority));
    let mut board = app.store.routing_board().await?;
    for case in &queued {
        let Some(team) = case.queued_in() else {
            continue;
        };
        let Some(s) = settings.get(&team) else {
            continue;
        };
        match route_one(app, &mut board, case, team, s).await? {
            Routed::Assigned => report.assigned += 1,
            Routed::Offered => report.offered += 1,
            Routed::Waiting => report.waiting += 1,
        }
    }
    if report.assigned + report.offered + report.expired > 0 {
        tracing::info!(
            assigned = report.assigned,
            offered = report.offered,
            waiting = report.waiting,
            expired = report.expired,
            "routing pass"
        );
    }
    Ok(report)
}

/// What routing one case did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Routed {
    /// Given to an owner.
    Assigned,
    /// Offered to an agent.
    Offered,
    /// Nobody can take it now.
    Waiting,
}

/// Measures one routing decision over a board (for the benchmark).
pub fn decide(board: &[Candidate], case: &Case, team: TeamId) -> (Option<usize>, f64) {
    let started = Instant::now();
    let need = Need {
        team_id: team,
        channel: case.origin_channel,
        skills: &case.skills,
        exclude: &case.passed_by,
    };
    let chosen = choose_agent(board, &need);
    (chosen, started.elapsed().as_secs_f64())
}

/// Routes one queued case on a board read earlier (kept up to date as it assigns).
pub async fn route_one(
    app: &App,
    board: &mut [Candidate],
    case: &Case,
    team: TeamId,
    settings: &TeamSettings,
) -> Result<Routed, AppError> {
    let channel = case.origin_channel;
    // A few tries: the board may be stale when another server routed meanwhile.
    for _ in 0..3 {
        let need = Need {
            team_id: team,
            channel,
            skills: &case.skills,
            exclude: &case.passed_by,
        };
        let cooled = case.passed_at.is_some_and(|at| {
            app.clock.now().duration_since(at) >= settings.offer_timeout.max(PASS_COOL_DOWN)
        });
        let again = Need {
            exclude: &[],
            ..need
        };
        let Some(i) = choose_agent(board, &need)
            .or_else(|| cooled.then(|| choose_agent(board, &again)).flatten())
        else {
            return Ok(Routed::Waiting);
        };
        let Some(c) = board.get(i) else {
            return Ok(Routed::Waiting);
        };
        let agent = c.agent_id;
        let guard = CapacityGuard {
            agent_id: agent,
            channel,
            capacity: c.capacity_on(channel),
        };
        let at = app.clock.now();
        let offer = settings.assignment == AssignmentMode::Offer;
        let expires_at = at
            .checked_add(settings.offer_timeout)
            .map_err(|e| AppError::Internal(e.to_string()))?;
        let result = app
            .store
            .update_case(case.id, |current| {
                let events = if offer {
                    current.offer(&Actor::System, agent, expires_at)?
                } else {
                    current.route_to(&Actor::System, agent, Some(team))?
                };
                let mut change = CaseChange::events(at, Actor::System, events);
                change.guard = Some(guard);
                Ok(change)
            })
            .await;
        match result {
            Ok(_) => {
                take(board, i, channel, at);
                tracing::debug!(case.id = %case.id, agent.id = %agent, offer, "case routed");
                return Ok(if offer {
                    Routed::Offered
                } else {
                    Routed::Assigned
                });
            }
            Err(StoreError::Conflict { code, .. })
                if code == "capacity_full" || code == "agent_unavailable" =>
            {
                // Someone else filled them, or they left: off the board for this pass.
                if let Some(c) = board.get_mut(i) {
                    c.profile.capacity.insert(channel, 0);
                }
            }
            Err(StoreError::Domain(_)) | Err(StoreError::VersionConflict) => {
                // Another server routed it, or the case changed: leave it.
                return Ok(Routed::Waiting);
            }
            Err(e) => return Err(e.into()),
        }
    }
    Ok(Routed::Waiting)
}

/// Offers that ran out go back to the queue, each exactly once (the case version guards
/// the write; a second server finds nothing left to expire).
pub async fn expire_offers(app: &App) -> Result<u32, AppError> {
    let now = app.clock.now();
    let mut n = 0;
    for case_id in app.store.due_offers(now, 1000).await? {
        let (_, events) = app
            .store
            .update_case(case_id, |case| {
                Ok(CaseChange::events(
                    now,
                    Actor::System,
                    case.expire_offer(now),
                ))
            })
            .await?;
        if !events.is_empty() {
            n += 1;
        }
    }
    Ok(n)
}

/// The offered agent accepts.
pub async fn accept_offer(app: &App, actor: &Agent, id: CaseId) -> Result<Case, AppError> {
    let at = app.clock.now();
    let me = actor.actor();
    let (case, _) = app
        .store
        .update_case(id, |case| {
            let team = case.queued_in().filter(|t| actor.is_member_of(*t));
            let events = case.accept_offer(&me, team, at)?;
            let mut change = CaseChange::events(at, me.clone(), events);
            // Only an online agent with room takes the case.
            change.guard = Some(CapacityGuard {
                agent_id: actor.id,
                channel: case.origin_channel,
                capacity: u32::MAX,
            });
            Ok(change)
        })
        .await?;
    Ok(case)
}

/// The offered agent declines; the router offers the case to someone else.
pub async fn decline_offer(app: &App, actor: &Agent, id: CaseId) -> Result<Case, AppError> {
    let at = app.clock.now();
    let me = actor.actor();
    let (case, _) = app
        .store
        .update_case(id, |case| {
            let events = case.decline_offer(&me)?;
            Ok(CaseChange::events(at, me.clone(), events))
        })
        .await?;
    Ok(case)
}

/// An agent takes the next case from a team's queue that they have the skills for,
/// within their capacity: the most urgent, then the oldest. `None`: nothing to take.
pub async fn pull_next(app: &App, actor: &Agent, team: TeamId) -> Result<Option<Case>, AppError> {
    if !actor.is_member_of(team) {
        return Err(AppError::Forbidden {
            code: "not_member",
            message: "only members take cases from a team's queue".into(),
        });
    }
    let profile = super::presence::profile(app, actor.id).await?;
    let mut queued = app.store.queued_cases(&[team], PASS_LIMIT).await?;
    queued.retain(|c| {
        c.offer.is_none()
            && c.queued_in() == Some(team)
            && c.skills.iter().all(|s| profile.skills.contains(s))
    });
    queued.sort_by_key(|c| priority_rank(c.priority));
    let at = app.clock.now();
    for case in queued {
        let capacity = profile
            .capacity
            .get(&case.origin_channel)
            .copied()
            .unwrap_or(0);
        let guard = CapacityGuard {
            agent_id: actor.id,
            channel: case.origin_channel,
            capacity,
        };
        let result = app
            .store
            .update_case(case.id, |current| {
                let events = current.route_to(&Actor::System, actor.id, Some(team))?;
                let mut change = CaseChange::events(at, actor.actor(), events);
                change.guard = Some(guard);
                Ok(change)
            })
            .await;
        match result {
            Ok((case, _)) => return Ok(Some(case)),
            Err(StoreError::Domain(_)) => continue,
            Err(e) => return Err(e.into()),
        }
    }
    Ok(None)
}
