//! `lotsen admin`: create teams and agents and set agents' passwords against the
//! configured database, printing JSON.

use lotsen_app::directory::{self, NewAgent};
use lotsen_domain::TeamId;

use crate::cli::AdminCommand;
use crate::config::Config;
use crate::{CliError, production_app};

/// Runs an admin command.
pub async fn run(config: &Config, command: AdminCommand) -> Result<(), CliError> {
    let app = production_app(config).await?;
    match command {
        AdminCommand::CreateTeam { name } => {
            let team = directory::create_team(&app, None, Some(&name)).await?;
            println!("{}", serde_json::json!({ "team_id": team.id }));
        }
        AdminCommand::SetPassword { email } => {
            let mut line = String::new();
            std::io::stdin()
                .read_line(&mut line)
                .map_err(|e| CliError::Io(format!("cannot read the password from stdin: {e}")))?;
            let password = line.trim_end_matches(['\n', '\r']);
            let agent = lotsen_app::signin::set_password(&app, &email, password).await?;
            println!("{}", serde_json::json!({ "agent_id": agent.id }));
        }
        AdminCommand::CreateAgent(args) => {
            let mut team_ids = Vec::new();
            for team in &args.teams {
                team_ids.push(resolve_team(&app, team).await?);
            }
            let (agent, token) = directory::create_agent(
                &app,
                None,
                NewAgent {
                    name: Some(args.name),
                    email: Some(args.email),
                    role: Some(args.role),
                    team_ids,
                    signature_name: args.signature_name,
                },
            )
            .await?;
            println!(
                "{}",
                serde_json::json!({ "agent_id": agent.id, "token": token })
            );
        }
    }
    app.store.close().await;
    Ok(())
}

/// A team by id or name; a new name creates the team.
async fn resolve_team(app: &lotsen_app::App, text: &str) -> Result<TeamId, CliError> {
    if let Ok(id) = text.parse::<TeamId>()
        && app.store.team(id).await?.is_some()
    {
        return Ok(id);
    }
    if let Some(team) = app.store.team_by_name(text.trim()).await? {
        return Ok(team.id);
    }
    Ok(directory::create_team(app, None, Some(text)).await?.id)
}
