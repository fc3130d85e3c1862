//! Routing configuration and its use: the rules that put new cases in a team's queue,
//! each team's assignment mode and escalation paths, the agents' presence, skills and
//! capacity (`presence.rs`), and the router that gives queued cases to agents
//! (`router.rs`).

pub mod presence;
pub mod router;

use jiff::SignedDuration;
use lotsen_domain::carousel::CarouselRule;
use lotsen_domain::error::Validator;
use lotsen_domain::routing::{CaseFacts, GuardFinding, RoutingRule, route};
use lotsen_domain::{Agent, AgentId, Role, TeamId};
use serde::{Deserialize, Serialize};

use crate::{App, AppError};

/// The name the routing rules are stored under.
const RULES: &str = "routing_rules";

/// How a team's queue is worked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum AssignmentMode {
    /// Agents take cases from the queue themselves.
    #[default]
    Pull,
    /// The router gives each case to the least-loaded available agent.
    Auto,
    /// The router offers each case; an offer not accepted in time goes back.
    Offer,
}

impl AssignmentMode {
    /// Parses the stable name.
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "pull" => Some(Self::Pull),
            "auto" => Some(Self::Auto),
            "offer" => Some(Self::Offer),
            _ => None,
        }
    }

    /// Stable name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Pull => "pull",
            Self::Auto => "auto",
            Self::Offer => "offer",
        }
    }
}

/// A specialist team this team escalates to, with the time it has to answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SpecialistPath {
    /// The specialist team.
    pub team_id: TeamId,
    /// Open time it has to answer.
    pub response_time: SignedDuration,
}

/// The technical on-call: paged by an outgoing webhook, answering around the clock.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OnCallPath {
    /// Who is paged, for people (`Drift & IT-jour`).
    pub name: String,
    /// Where the page is posted (`http://` or `https://`).
    pub webhook_url: String,
    /// The team that answers on-call escalations in Lotsen (the on-call engineers).
    pub team_id: TeamId,
    /// Time to answer (around the clock).
    pub response_time: SignedDuration,
}

/// A team's routing and escalation settings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TeamSettings {
    /// How the queue is worked.
    #[serde(default)]
    pub assignment: AssignmentMode,
    /// How long an offer waits for acceptance.
    pub offer_timeout: SignedDuration,
    /// The lead who answers manager requests (default: the team's first lead).
    pub lead_id: Option<AgentId>,
    /// Open time a lead has to answer a manager request.
    pub manager_response_time: SignedDuration,
    /// Specialist teams.
    #[serde(default)]
    pub specialists: Vec<SpecialistPath>,
    /// Technical on-call.
    pub on_call: Option<OnCallPath>,
    /// Open time a specialist team not listed has to answer.
    pub specialist_response_time: SignedDuration,
    /// When a case goes to the lead's review list.
    pub carousel: CarouselRule,
}

impl Default for TeamSettings {
    fn default() -> Self {
        Self {
            assignment: AssignmentMode::Pull,
            offer_timeout: SignedDuration::from_mins(2),
            lead_id: None,
            manager_response_time: SignedDuration::from_hours(8),
            specialists: Vec::new(),
            on_call: None,
            specialist_response_time: SignedDuration::from_hours(8),
            carousel: CarouselRule::default(),
        }
    }
}

impl TeamSettings {
    /// The open time an escalation of this kind to `to_team` has to be answered in.
    pub fn response_time(
        &self,
        kind: lotsen_domain::case::EscalationKind,
        to_team: Option<TeamId>,
    ) -> SignedDuration {
        use lotsen_domain::case::EscalationKind;
        match kind {
            EscalationKind::Manager => self.manager_response_time,
            EscalationKind::OnCall => self
                .on_call
                .as_ref()
                .map_or(SignedDuration::from_mins(30), |o| o.response_time),
            EscalationKind::Specialist => self
                .specialists
                .iter()
                .find(|s| Some(s.team_id) == to_team)
                .map_or(self.specialist_response_time, |s| s.response_time),
        }
    }
}

fn positive(v: &mut Validator, field: &str, d: SignedDuration) {
    if d <= SignedDuration::ZERO || d > SignedDuration::from_hours(24 * 30) {
        v.add(field, "must be more than zero and at most 30 days");
    }
}

/// Only leads and admins configure routing.
pub fn require_lead(actor: &Agent) -> Result<(), AppError> {
    if actor.role == Role::Agent {
        return Err(AppError::Forbidden {
            code: "lead_only",
            message: "only a team lead or an admin may change routing".into(),
        });
    }
    Ok(())
}

fn internal(e: impl std::fmt::Display) -> AppError {
    AppError::Internal(e.to_string())
}

/// Every team's stored settings (teams not listed use the defaults).
pub async fn all_team_settings(app: &App) -> Result<Vec<(TeamId, TeamSettings)>, AppError> {
    app.store
        .team_settings()
        .await?
        .into_iter()
        .map(|(t, json)| Ok((t, serde_json::from_str(&json).map_err(internal)?)))
        .collect()
}

/// A team's settings, stored or default.
pub async fn team_settings(app: &App, team: TeamId) -> Result<TeamSettings, AppError> {
    Ok(all_team_settings(app)
        .await?
        .into_iter()
        .find(|(t, _)| *t == team)
        .map(|(_, s)| s)
        .unwrap_or_default())
}

/// Checks and stores a team's settings (leads and admins).
pub async fn put_team_settings(
    app: &App,
    actor: &Agent,
    team: TeamId,
    settings: TeamSettings,
) -> Result<TeamSettings, AppError> {
    require_lead(actor)?;
    app.store
        .team(team)
        .await?
        .ok_or(AppError::NotFound("team"))?;
    let mut v = Validator::new();
    positive(&mut v, "offer_timeout", settings.offer_timeout);
    positive(
        &mut v,
        "manager_response_time",
        settings.manager_response_time,
    );
    positive(
        &mut v,
        "specialist_response_time",
        settings.specialist_response_time,
    );
    if let Some(lead) = settings.lead_id {
        match app.store.agent(lead).await? {
            Some(a) if a.role != Role::Agent => {}
            Some(_) => v.add("lead_id", "must be a lead or an admin"),
            None => v.add("lead_id", "no such agent"),
        }
    }
    for (i, s) in settings.specialists.iter().enumerate() {
        if app.store.team(s.team_id).await?.is_none() {
            v.add(&format!("specialists[{i}].team_id"), "no such team");
        }
        positive(
            &mut v,
            &format!("specialists[{i}].response_time"),
            s.response_time,
        );
    }
    if let Some(o) = &settings.on_call {
        if o.name.trim().is_empty() {
            v.add("on_call.name", "must not be blank");
        }
        let url = o.webhook_url.trim();
        if !(url.starts_with("http://") || url.starts_with("https://")) || url.len() > 2000 {
            v.add("on_call.webhook_url", "must be an http:// or https:// URL");
        }
        if app.store.team(o.team_id).await?.is_none() {
            v.add("on_call.team_id", "no such team");
        }
        positive(&mut v, "on_call.response_time", o.response_time);
    }
    if settings.carousel.max_handoffs > 50 {
        v.add("carousel.max_handoffs", "must be at most 50");
    }
    v.finish()?;
    let json = serde_json::to_string(&settings).map_err(internal)?;
    app.store
        .put_team_settings(team, &json, app.clock.now())
        .await?;
    // Response times may have changed: every active case's deadlines get a new look.
    app.store.mark_all_deadlines(app.clock.now()).await?;
    Ok(settings)
}

/// The lead who answers a manager request for a team: the configured one, else the
/// team's first lead.
pub async fn lead_of(
    app: &App,
    team: TeamId,
    settings: &TeamSettings,
) -> Result<Option<Agent>, AppError> {
    let id = match settings.lead_id {
        Some(id) => Some(id),
        None => app.store.team_leads(team).await?.first().copied(),
    };
    match id {
        Some(id) => Ok(app.store.agent(id).await?),
        None => Ok(None),
    }
}

/// The routing rules, in order.
pub async fn rules(app: &App) -> Result<Vec<RoutingRule>, AppError> {
    match app.store.setting(RULES).await? {
        Some(json) => serde_json::from_str(&json).map_err(internal),
        None => Ok(Vec::new()),
    }
}

/// Checks and stores the routing rules (leads and admins); every bad field is named
/// `rules[i].field`.
pub async fn put_rules(
    app: &App,
    actor: &Agent,
    rules: Vec<RoutingRule>,
) -> Result<Vec<RoutingRule>, AppError> {
    require_lead(actor)?;
    let mut v = Validator::new();
    if rules.len() > 500 {
        v.add("rules", "at most 500 rules");
    }
    for (i, r) in rules.iter().enumerate() {
        let prefix = format!("rules[{i}]");
        r.check(&prefix, &mut v);
        if app.store.team(r.team_id).await?.is_none() {
            v.add(&format!("{prefix}.team_id"), "no such team");
        }
    }
    v.finish()?;
    let json = serde_json::to_string(&rules).map_err(internal)?;
    app.store.put_setting(RULES, &json, app.clock.now()).await?;
    Ok(rules)
}

/// What the rules see of a new message's analysis.
pub fn facts(
    channel: lotsen_domain::Channel,
    kind: lotsen_domain::CaseKind,
    priority: lotsen_domain::Priority,
    tags: &[String],
    analysis: &lotsen_text::Analysis,
) -> CaseFacts {
    let mut findings = Vec::new();
    if !analysis.pii.is_empty() {
        findings.push(GuardFinding::PersonalData);
    }
    if !analysis.moderation.is_empty() {
        findings.push(GuardFinding::Conduct);
    }
    match analysis.tone {
        lotsen_text::Tone::Angry => findings.push(GuardFinding::Angry),
        lotsen_text::Tone::Upset => findings.push(GuardFinding::Upset),
        lotsen_text::Tone::Neutral => {}
    }
    let language = match analysis.language {
        lotsen_text::Language::Sv => Some("sv".to_owned()),
        lotsen_text::Language::En => Some("en".to_owned()),
        lotsen_text::Language::Other => None,
    };
    CaseFacts {
        channel,
        kind,
        priority,
        language,
        tags: tags.to_vec(),
        findings,
    }
}

/// The rule a new case follows, if any.
pub fn choose_rule<'a>(rules: &'a [RoutingRule], facts: &CaseFacts) -> Option<&'a RoutingRule> {
    route(rules, facts)
}
