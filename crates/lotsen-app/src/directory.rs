//! Teams and agents: admins create them; the command line may create the first admin.

use lotsen_domain::error::Validator;
use lotsen_domain::{Agent, Identity, Role, Team, TeamId};

use crate::auth::new_token;
use crate::{App, AppError};

/// What an admin gives to create an agent.
#[derive(Debug, Clone, Default)]
pub struct NewAgent {
    /// Full name.
    pub name: Option<String>,
    /// Sign-in address.
    pub email: Option<String>,
    /// `agent`, `lead` or `admin`.
    pub role: Option<String>,
    /// Teams, the first being the home team.
    pub team_ids: Vec<TeamId>,
    /// Name shown to customers; the first name when not given.
    pub signature_name: Option<String>,
}

fn require_admin(actor: Option<&Agent>) -> Result<(), AppError> {
    match actor {
        Some(agent) if agent.role != Role::Admin => Err(AppError::Forbidden {
            code: "admin_only",
            message: "only an admin may do this".into(),
        }),
        _ => Ok(()),
    }
}

/// Creates a team. `actor` is `None` only for the trusted command line.
pub async fn create_team(
    app: &App,
    actor: Option<&Agent>,
    name: Option<&str>,
) -> Result<Team, AppError> {
    require_admin(actor)?;
    let mut v = Validator::new();
    v.require_text("name", name);
    if name.is_some_and(|n| n.chars().count() > 100) {
        v.add("name", "must be at most 100 characters");
    }
    v.finish()?;
    let team = Team {
        id: app.id(),
        name: name.unwrap_or_default().trim().to_owned(),
        created_at: app.clock.now(),
    };
    app.store.create_team(&team).await?;
    tracing::info!(team.id = %team.id, "team created");
    Ok(team)
}

/// Every team, by name (sorted here, so both databases give the same order).
pub async fn list_teams(app: &App) -> Result<Vec<Team>, AppError> {
    let mut teams = app.store.teams().await?;
    teams.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(teams)
}

/// Creates an agent and their first API token, returned once. `actor` is `None` only for
/// the trusted command line.
pub async fn create_agent(
    app: &App,
    actor: Option<&Agent>,
    input: NewAgent,
) -> Result<(Agent, String), AppError> {
    require_admin(actor)?;
    let mut v = Validator::new();
    v.require_text("name", input.name.as_deref());
    v.require_text("email", input.email.as_deref());
    let email = input.email.as_deref().and_then(Identity::email);
    if input.email.as_deref().is_some_and(|e| !e.trim().is_empty()) && email.is_none() {
        v.add("email", "is not an email address");
    }
    let role = match input.role.as_deref() {
        None => Some(Role::Agent),
        Some(r) => Role::parse(r.trim()),
    };
    if role.is_none() {
        v.add("role", "must be agent, lead or admin");
    }
    if input
        .signature_name
        .as_deref()
        .is_some_and(|s| s.trim().is_empty())
    {
        v.add("signature_name", "must not be blank");
    }
    for (i, team) in input.team_ids.iter().enumerate() {
        if input.team_ids[..i].contains(team) {
            v.add(&format!("team_ids[{i}]"), "is listed twice");
        } else if app.store.team(*team).await?.is_none() {
            v.add(&format!("team_ids[{i}]"), "no such team");
        }
    }
    v.finish()?;
    let name = input.name.unwrap_or_default().trim().to_owned();
    let signature_name = input
        .signature_name
        .map(|s| s.trim().to_owned())
        .unwrap_or_else(|| {
            name.split_whitespace()
                .next()
                .unwrap_or_default()
                .to_owned()
        });
    let agent = Agent {
        id: app.id(),
        name,
        email: email.map(|e| e.value).unwrap_or_default(),
        signature_name,
        role: role.unwrap_or(Role::Agent),
        team_ids: input.team_ids,
        created_at: app.clock.now(),
    };
    let token = new_token();
    app.store.create_agent(&agent, &token.record).await?;
    app.forget_staff_names();
    tracing::info!(agent.id = %agent.id, role = agent.role.as_str(), "agent created");
    Ok((agent, token.secret_text))
}
