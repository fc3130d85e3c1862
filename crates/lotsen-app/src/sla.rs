//! Deadlines: the configured SLA policies, each case's deadlines on the open time of its
//! channel (escalations on their own response times), and the worker step that records
//! each warning and breach once as an event and remembers when to look again.

use jiff::{SignedDuration, Timestamp};
use lotsen_domain::case::EscalationKind;
use lotsen_domain::error::Validator;
use lotsen_domain::hours::OpeningHours;
use lotsen_domain::sla::{
    EscalationDeadline, Sla, SlaPolicy, alerts, choose, default_policies, escalation_deadline,
    evaluate, next_check,
};
use lotsen_domain::{Actor, Agent, Case, CaseEvent, CaseId, Channel, TeamId};
use lotsen_store::CaseChange;

use crate::routing::{TeamSettings, all_team_settings};
use crate::{App, AppError};

/// The name the policies are stored under.
const POLICIES: &str = "sla_policies";

fn internal(e: impl std::fmt::Display) -> AppError {
    AppError::Internal(e.to_string())
}

/// The SLA policies: stored, or the defaults.
pub async fn policies(app: &App) -> Result<Vec<SlaPolicy>, AppError> {
    match app.store.setting(POLICIES).await? {
        Some(json) => serde_json::from_str(&json).map_err(internal),
        None => Ok(default_policies()),
    }
}

/// Checks and stores the policies (leads and admins); bad fields are `policies[i].field`.
pub async fn put_policies(
    app: &App,
    actor: &Agent,
    policies: Vec<SlaPolicy>,
) -> Result<Vec<SlaPolicy>, AppError> {
    crate::routing::require_lead(actor)?;
    let mut v = Validator::new();
    if policies.is_empty() {
        v.add("policies", "at least one policy");
    }
    for (i, p) in policies.iter().enumerate() {
        if p.name.trim().is_empty() {
            v.add(&format!("policies[{i}].name"), "must not be blank");
        }
        let t = &p.targets;
        for (name, d) in [
            ("first_response", t.first_response),
            ("next_response", t.next_response),
            ("resolution", t.resolution),
        ] {
            if d.is_some_and(|d| {
                d <= SignedDuration::ZERO || d > SignedDuration::from_hours(24 * 365)
            }) {
                v.add(
                    &format!("policies[{i}].{name}"),
                    "must be more than zero and at most a year",
                );
            }
        }
        if !(1..=100).contains(&t.warn_percent) {
            v.add(&format!("policies[{i}].warn_percent"), "must be 1 to 100");
        }
    }
    v.finish()?;
    let json = serde_json::to_string(&policies).map_err(internal)?;
    app.store
        .put_setting(POLICIES, &json, app.clock.now())
        .await?;
    app.store.mark_all_deadlines(app.clock.now()).await?;
    Ok(policies)
}

/// What deadlines need, read once: policies, channel hours, team settings.
#[derive(Debug, Clone)]
pub struct SlaContext {
    policies: Vec<SlaPolicy>,
    hours: Vec<(Channel, OpeningHours)>,
    teams: Vec<(TeamId, TeamSettings)>,
}

/// A case's deadlines as they stand.
#[derive(Debug, Clone)]
pub struct CaseDeadlines {
    /// The policy that applies.
    pub policy: Option<String>,
    /// First response, next response, resolution.
    pub sla: Sla,
    /// Each escalation's answer.
    pub escalations: Vec<EscalationDeadline>,
}

impl SlaContext {
    /// Reads the configuration.
    pub async fn load(app: &App) -> Result<Self, AppError> {
        Ok(Self {
            policies: policies(app).await?,
            hours: crate::forecast::settings::all(app)
                .await?
                .into_iter()
                .map(|(c, s)| (c, s.opening_hours))
                .collect(),
            teams: all_team_settings(app).await?,
        })
    }

    fn hours(&self, channel: Channel) -> OpeningHours {
        self.hours
            .iter()
            .find(|(c, _)| *c == channel)
            .map(|(_, h)| h.clone())
            .unwrap_or(OpeningHours::ALWAYS)
    }

    /// A team's settings (default when none are stored).
    pub fn team(&self, team: Option<TeamId>) -> TeamSettings {
        team.and_then(|t| self.teams.iter().find(|(id, _)| *id == t))
            .map(|(_, s)| s.clone())
            .unwrap_or_default()
    }

    /// The deadlines of a case from its events, at `now`.
    pub fn deadlines(&self, case: &Case, events: &[CaseEvent], now: Timestamp) -> CaseDeadlines {
        let tz = crate::forecast::stockholm();
        let hours = self.hours(case.origin_channel);
        let policy = choose(
            &self.policies,
            case.kind,
            case.priority,
            case.origin_channel,
        );
        let sla = match policy {
            Some(p) => evaluate(events, &p.targets, &hours, &tz, now),
            None => Sla {
                first_response: None,
                next_response: None,
                resolution: None,
            },
        };
        let warn = policy.map_or(80, |p| p.targets.warn_percent);
        let team = self.team(case.team_id);
        let escalations = case
            .escalations
            .iter()
            .map(|e| {
                let response = team.response_time(e.kind, e.to_team_id);
                // On-call answers around the clock; the others on the channel's hours.
                let h = if e.kind == EscalationKind::OnCall {
                    OpeningHours::ALWAYS
                } else {
                    hours.clone()
                };
                escalation_deadline(e, response, warn, &h, &tz, now)
            })
            .collect();
        CaseDeadlines {
            policy: policy.map(|p| p.name.clone()),
            sla,
            escalations,
        }
    }
}

/// Looks at one case's deadlines: records new warnings and breaches (each once, even
/// with two servers: the case version guards the write and the case remembers what it
/// recorded) and when to look again. Returns how many alerts were recorded.
pub async fn check_case(app: &App, ctx: &SlaContext, id: CaseId) -> Result<u32, AppError> {
    let now = app.clock.now();
    let Some(case) = app.store.case(id).await? else {
        return Ok(0);
    };
    let events = app.store.events(id).await?;
    let d = ctx.deadlines(&case, &events, now);
    let found = if case.status.is_active() {
        alerts(&d.sla, &d.escalations)
    } else {
        Vec::new()
    };
    let mut recorded = 0;
    let mut version = case.version;
    if !case.alert_sla(&found).is_empty() {
        let (after, new) = app
            .store
            .update_case(id, |c| {
                Ok(CaseChange::events(now, Actor::System, c.alert_sla(&found)))
            })
            .await?;
        for e in &new {
            if let lotsen_domain::EventKind::SlaAlerted { alert } = &e.kind {
                tracing::debug!(
                    case.id = %id,
                    deadline = alert.deadline.as_str(),
                    level = alert.level.as_str(),
                    "deadline alert"
                );
            }
        }
        recorded = u32::try_from(new.len()).unwrap_or(u32::MAX);
        version = after.version;
    }
    let next = if case.status.is_active() {
        next_check(&d.sla, &d.escalations, now)
    } else {
        None
    };
    app.store.set_next_deadline(id, version, next).await?;
    Ok(recorded)
}

/// One worker step: every case due for a look, or changed since its last look.
pub async fn check_due(app: &App) -> Result<u32, AppError> {
    let now = app.clock.now();
    let due = app.store.deadlines_to_check(now, 500).await?;
    if due.is_empty() {
        return Ok(0);
    }
    let ctx = SlaContext::load(app).await?;
    let mut n = 0;
    let checked = due.len();
    for id in due {
        // One case that cannot be checked never holds up the others.
        match check_case(app, &ctx, id).await {
            Ok(k) => n += k,
            Err(e) => tracing::warn!(case.id = %id, code = e.code(), "deadline check failed"),
        }
    }
    if n > 0 {
        tracing::info!(
            checked,
            alerts = n,
            "deadline warnings and breaches recorded"
        );
    }
    Ok(n)
}
