//! The demo bank's routing: rules that send social media and conduct cases to the social
//! team, complaints to the complaints team and English to agents who speak it; each
//! team's assignment mode, lead and specialist paths; SLA policies per channel; and the
//! agents on today's rota online with their skills, so the demo's open cases show live
//! deadlines and the router has people to give new cases to.

use jiff::SignedDuration;
use lotsen_domain::routing::{GuardFinding, Presence, RoutingRule};
use lotsen_domain::sla::{SlaPolicy, SlaTargets, default_policies};
use lotsen_domain::{Agent, CaseKind, Channel, TeamId};

use super::Staff;
use crate::routing::presence::{self, ProfileChange};
use crate::routing::{AssignmentMode, SpecialistPath, TeamSettings};
use crate::{App, AppError};

fn rule(name: &str, team: TeamId) -> RoutingRule {
    RoutingRule {
        name: name.into(),
        channel: None,
        kind: None,
        priority: None,
        language: None,
        tags_any: Vec::new(),
        finding: None,
        team_id: team,
        skills: Vec::new(),
        set_priority: None,
    }
}

fn team_of(staff: &Staff, name: &str) -> Result<TeamId, AppError> {
    staff
        .of(name)
        .first()
        .and_then(|a| a.team_ids.first().copied())
        .ok_or_else(|| AppError::Internal(format!("demo team {name} has no agents")))
}

fn channel_policy(
    name: &str,
    channel: Channel,
    first: SignedDuration,
    resolution: SignedDuration,
) -> SlaPolicy {
    SlaPolicy {
        name: name.into(),
        kind: None,
        priority: None,
        channel: Some(channel),
        targets: SlaTargets {
            first_response: Some(first),
            next_response: Some(first),
            resolution: Some(resolution),
            warn_percent: 75,
        },
    }
}

/// Configures routing for the demo as `admin`.
pub async fn configure(app: &App, admin: &Agent, staff: &Staff) -> Result<(), AppError> {
    let kundservice = team_of(staff, "Kundservice")?;
    let social = team_of(staff, "Sociala medier")?;
    let klagomal = team_of(staff, "Klagomål")?;
    let kort = team_of(staff, "Kort & betalningar")?;
    let mut rules = Vec::new();
    for channel in [Channel::Facebook, Channel::Instagram, Channel::Messenger] {
        rules.push(RoutingRule {
            channel: Some(channel),
            ..rule(&format!("{channel} till Sociala medier"), social)
        });
    }
    rules.push(RoutingRule {
        finding: Some(GuardFinding::Conduct),
        ..rule("Uppförandekoden till Sociala medier", social)
    });
    rules.push(RoutingRule {
        kind: Some(CaseKind::Complaint),
        ..rule("Klagomål", klagomal)
    });
    rules.push(RoutingRule {
        tags_any: vec!["kort".into(), "swish".into(), "betalning".into()],
        ..rule("Kort och betalningar", kort)
    });
    rules.push(RoutingRule {
        language: Some("en".into()),
        skills: vec!["en".into()],
        ..rule("Engelska", kundservice)
    });
    rules.push(rule("Övrigt till Kundservice", kundservice));
    crate::routing::put_rules(app, admin, rules).await?;

    let mut policies = default_policies();
    policies.push(channel_policy(
        "Chatt",
        Channel::Chat,
        SignedDuration::from_mins(5),
        SignedDuration::from_hours(8),
    ));
    for channel in [Channel::Facebook, Channel::Instagram, Channel::Messenger] {
        policies.push(channel_policy(
            &format!("Sociala medier ({channel})"),
            channel,
            SignedDuration::from_hours(1),
            SignedDuration::from_hours(24),
        ));
    }
    crate::sla::put_policies(app, admin, policies).await?;

    let specialists: Vec<SpecialistPath> = ["Kort & betalningar", "Bolån", "Skador"]
        .iter()
        .map(|name| {
            Ok(SpecialistPath {
                team_id: team_of(staff, name)?,
                response_time: SignedDuration::from_hours(4),
            })
        })
        .collect::<Result<_, AppError>>()?;
    for (name, agents) in &staff.teams {
        let Some(lead) = agents.first() else {
            continue;
        };
        let team = team_of(staff, name)?;
        let assignment = match name.as_str() {
            "Kundservice" | "Sociala medier" => AssignmentMode::Auto,
            "Kort & betalningar" => AssignmentMode::Offer,
            _ => AssignmentMode::Pull,
        };
        let settings = TeamSettings {
            assignment,
            lead_id: Some(lead.id),
            manager_response_time: SignedDuration::from_hours(4),
            specialists: if team == kundservice || team == social {
                specialists.clone()
            } else {
                Vec::new()
            },
            ..TeamSettings::default()
        };
        crate::routing::put_team_settings(app, admin, team, settings).await?;
    }

    // Skills by team, English for every third agent; online if on today's rota now.
    let now = app.clock.now();
    let on_shift: Vec<_> = app
        .store
        .shifts_overlapping(now, now + SignedDuration::from_secs(1))
        .await?
        .into_iter()
        .filter_map(|s| s.agent_id)
        .collect();
    let mut n = 0;
    for (name, agents) in &staff.teams {
        for agent in agents {
            let mut skills = vec!["sv".to_owned()];
            if n % 3 == 0 {
                skills.push("en".into());
            }
            n += 1;
            skills.push(name.to_lowercase());
            let online = on_shift.contains(&agent.id) || n % 2 == 0;
            presence::change(
                app,
                admin,
                agent.id,
                ProfileChange {
                    presence: Some(if online {
                        Presence::Online
                    } else {
                        Presence::Offline
                    }),
                    skills: Some(skills),
                    capacity: None,
                },
            )
            .await?;
        }
    }
    Ok(())
}
