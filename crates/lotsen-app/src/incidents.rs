//! Incidents as use cases: a lead or admin declares one; open cases that match are
//! suggested (their subject's likeness to the incident's title and services and to its
//! first linked cases, when they came, on which channel), linked by an agent, or linked
//! automatically above the incident's threshold. Each link is the case's
//! `incident_linked` event and the link row, in one transaction.

use lotsen_domain::incident::{Declare, Incident};
use lotsen_domain::{Agent, Case, CaseId, IncidentId, Status};
use lotsen_store::{CaseChange, CaseFilter, IncidentRow};

use crate::{App, AppError};

/// How many of the newest open cases are weighed for suggestions.
pub const CANDIDATES: u32 = 500;

/// The lowest match that is suggested.
pub const SUGGEST_FROM: f32 = 0.3;

/// A case that may be about the incident.
#[derive(Debug, Clone)]
pub struct Suggestion {
    /// The case.
    pub case: Case,
    /// How well it matches, 0 to 1.
    pub score: f32,
}

/// Declares an incident (leads and admins); cases that match above its threshold are
/// linked at once.
pub async fn declare(app: &App, actor: &Agent, input: &Declare<'_>) -> Result<Incident, AppError> {
    if !actor.actor().is_lead_or_admin() {
        return Err(AppError::Forbidden {
            code: "leads_only",
            message: "only leads and admins declare incidents".into(),
        });
    }
    let incident = Incident::declare(app.id(), input, Some(actor.id), app.clock.now())?;
    app.store.create_incident(&incident).await?;
    tracing::info!(incident.id = %incident.id, "incident declared");
    link_matching(app, incident.id).await?;
    Ok(incident)
}

/// How many of a surge's cases are linked when its possible incident is accepted.
pub const SURGE_CASES: u32 = 200;

/// A lead or admin accepts a possible incident the surge detector raised: an incident
/// on its channel (a title and customer text of the lead's, or plain defaults), with the
/// surge's cases linked, so later suggestions compare against what those customers
/// wrote.
pub async fn accept_possible(
    app: &App,
    actor: &Agent,
    possible: uuid::Uuid,
    title: Option<&str>,
    public_status: Option<&str>,
) -> Result<Incident, AppError> {
    let found = app
        .store
        .possible_incident(possible)
        .await?
        .ok_or(AppError::NotFound("possible_incident"))?;
    let default_title = format!(
        "Möjlig störning: ovanligt många kontakter på {}",
        found.channel.as_str()
    );
    let incident =
        declare(
            app,
            actor,
            &Declare {
                title: Some(
                    title
                        .filter(|t| !t.trim().is_empty())
                        .unwrap_or(&default_title),
                ),
                services: Vec::new(),
                channels: vec![found.channel],
                public_status: Some(public_status.filter(|t| !t.trim().is_empty()).unwrap_or(
                    "Vi undersöker en möjlig störning och återkommer så snart vi vet mer.",
                )),
                internal_notes: Some("Från ytdetektorn: ovanligt många kontakter."),
                auto_link_at: None,
            },
        )
        .await?;
    for (case, _) in app
        .store
        .cases_with_inbound(found.channel, found.from, found.to, SURGE_CASES)
        .await?
    {
        if let Err(e) = link(app, Some(actor), incident.id, case, false).await {
            tracing::debug!(case.id = %case, code = e.code(), "surge case not linked");
        }
    }
    Ok(incident)
}

/// What customers on `channel` are told about the open incidents that concern it (one
/// text per incident, newest first): the chat widget's and the FAQ page's banner.
pub async fn public_notices(
    app: &App,
    channel: lotsen_domain::Channel,
) -> Result<Vec<String>, AppError> {
    Ok(app
        .store
        .open_incidents()
        .await?
        .into_iter()
        .filter(|i| i.channels.is_empty() || i.channels.contains(&channel))
        .map(|i| i.public_status)
        .collect())
}

/// The open incidents, newest first (the agents' banner).
pub async fn open(app: &App) -> Result<Vec<Incident>, AppError> {
    Ok(app.store.open_incidents().await?)
}

/// The incidents, open first, each with its count of linked cases.
pub async fn list(app: &App) -> Result<Vec<IncidentRow>, AppError> {
    Ok(app.store.incidents().await?)
}

/// One incident with its count of linked cases.
pub async fn get(app: &App, id: IncidentId) -> Result<IncidentRow, AppError> {
    app.store
        .incident(id)
        .await?
        .ok_or(AppError::NotFound("incident"))
}

/// The incident's words: its title and services, and its first linked cases' subjects
/// (not their whole messages: the greetings and "what do I do?" every customer writes
/// would make every case look alike).
async fn incident_terms(app: &App, incident: &Incident) -> Result<lotsen_text::Terms, AppError> {
    let mut text = format!("{} {}", incident.title, incident.services.join(" "));
    for id in app
        .store
        .linked_cases(incident.id)
        .await?
        .into_iter()
        .take(5)
    {
        if let Some(case) = app.store.case(id).await? {
            text.push(' ');
            text.push_str(&case.subject);
        }
    }
    Ok(lotsen_text::terms(&text))
}

/// A case's words: its subject and what the customer first wrote.
pub(crate) fn case_terms(case: &Case, first: Option<&String>) -> lotsen_text::Terms {
    match first {
        Some(text) if !text.starts_with(case.subject.as_str()) => {
            lotsen_text::terms(&format!("{} {text}", case.subject))
        }
        Some(text) => lotsen_text::terms(text),
        None => lotsen_text::terms(&case.subject),
    }
}

/// Open cases that may be about the incident, best first (at most 50).
pub async fn suggestions(app: &App, id: IncidentId) -> Result<Vec<Suggestion>, AppError> {
    let incident = get(app, id).await?.incident;
    let terms = incident_terms(app, &incident).await?;
    let filter = CaseFilter {
        status: Some(Status::Open),
        ..CaseFilter::default()
    };
    let cases: Vec<Case> = app
        .store
        .list_cases(&filter, CANDIDATES, 0)
        .await?
        .cases
        .into_iter()
        .filter(|c| !c.incident_ids.contains(&id))
        .collect();
    let ids: Vec<CaseId> = cases.iter().map(|c| c.id).collect();
    let texts = app.store.first_inbound_texts(&ids).await?;
    let mut out: Vec<Suggestion> = cases
        .into_iter()
        .map(|case| {
            let likeness = terms.similarity(&case_terms(&case, texts.get(&case.id)));
            let score = incident.match_score(&case, likeness);
            Suggestion { case, score }
        })
        .filter(|s| s.score >= SUGGEST_FROM)
        .collect();
    out.sort_by(|a, b| b.score.total_cmp(&a.score));
    out.truncate(50);
    Ok(out)
}

/// Links a case to the incident (any agent).
pub async fn link(
    app: &App,
    actor: Option<&Agent>,
    id: IncidentId,
    case_id: CaseId,
    automatic: bool,
) -> Result<Case, AppError> {
    let incident = get(app, id).await?.incident;
    let at = app.clock.now();
    let who = actor.map_or(lotsen_domain::Actor::System, Agent::actor);
    let (case, _) = app
        .store
        .update_case(case_id, |case| {
            let mut change = CaseChange::events(at, who.clone(), incident.link(case, automatic)?);
            change.incident_link = Some((id, automatic));
            Ok(change)
        })
        .await?;
    Ok(case)
}

/// Links every suggested case at or above the incident's threshold; how many.
pub async fn link_matching(app: &App, id: IncidentId) -> Result<usize, AppError> {
    let incident = get(app, id).await?.incident;
    if incident.auto_link_at.is_none() {
        return Ok(0);
    }
    let mut linked = 0;
    for s in suggestions(app, id).await? {
        if incident.links_automatically(s.score) {
            match link(app, None, id, s.case.id, true).await {
                Ok(_) => linked += 1,
                Err(e) => tracing::warn!(case.id = %s.case.id, code = e.code(), "case not linked"),
            }
        }
    }
    Ok(linked)
}

/// How many linked cases a status update is sent to per second, at most: the outbox
/// jobs are spread so the channels are not flooded.
pub const UPDATE_RATE_PER_SECOND: i64 = 20;

/// What a status update did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Told {
    /// The update's number, from 1.
    pub update: usize,
    /// Cases answered with it.
    pub told: usize,
    /// Linked cases not answered: closed, or told this update already.
    pub skipped: usize,
    /// Of those told, the cases resolved with the incident.
    pub resolved: usize,
}

/// A status update (leads and admins): the incident's public status changes and every
/// open linked case is answered on its own channel with a personal message (the
/// customer's first name, the agent's signature), through the outbox at a controlled
/// rate; each case once per update.
pub async fn post_update(
    app: &App,
    actor: &Agent,
    id: IncidentId,
    text: Option<&str>,
) -> Result<Told, AppError> {
    announce(app, actor, id, text, false).await
}

/// Resolves the incident (leads and admins): the closing text is told to every open
/// linked case like an update, and the cases that were only about the incident are
/// resolved with it; a case whose customer last wrote about something else, or that
/// waits on a handoff or an escalation, stays open.
pub async fn resolve(
    app: &App,
    actor: &Agent,
    id: IncidentId,
    text: Option<&str>,
) -> Result<Told, AppError> {
    announce(app, actor, id, text, true).await
}

/// Whether the customer's latest message on the case is about something else than the
/// incident (its words barely meet the incident's).
async fn about_other_things(
    app: &App,
    case: &Case,
    terms: &lotsen_text::Terms,
) -> Result<bool, AppError> {
    let latest = app
        .store
        .latest_inbound(
            case.id,
            case.origin_channel,
            lotsen_domain::Visibility::Private,
        )
        .await?;
    Ok(latest.is_some_and(|m| {
        let mine = lotsen_text::terms(&m.body);
        !mine.is_empty() && terms.similarity(&mine) < OTHER_THINGS_BELOW
    }))
}

/// Below this likeness a customer's latest message is about something else.
pub const OTHER_THINGS_BELOW: f32 = 0.15;

async fn announce(
    app: &App,
    actor: &Agent,
    id: IncidentId,
    text: Option<&str>,
    closing: bool,
) -> Result<Told, AppError> {
    if !actor.actor().is_lead_or_admin() {
        return Err(AppError::Forbidden {
            code: "leads_only",
            message: "only leads and admins post incident updates".into(),
        });
    }
    let mut incident = get(app, id).await?.incident;
    let now = app.clock.now();
    if closing {
        incident.resolve(text.unwrap_or_default(), Some(actor.id), now)?;
    } else {
        incident.update(text.unwrap_or_default(), Some(actor.id), now)?;
    }
    app.store.save_incident(&incident, now).await?;
    let terms = incident_terms(app, &incident).await?;
    let update = incident.updates.len();
    let text = incident.public_status.clone();
    let mut out = Told {
        update,
        ..Told::default()
    };
    for case_id in app.store.linked_cases(id).await? {
        let (case, customer) = crate::cases::with_customer(app, case_id).await?;
        let channel = case.origin_channel;
        let external = format!("incident-{id}-{update}-{case_id}@{}", app.mail.domain());
        if !case.status.is_active() || app.store.has_message(channel, &external).await? {
            out.skipped += 1;
            continue;
        }
        let body = lotsen_domain::incident::personal_update(
            &text,
            Some(customer.name.as_str()),
            &actor.signature_name,
            channel,
        );
        let delay = jiff::SignedDuration::from_millis(
            1000 * i64::try_from(out.told).unwrap_or(i64::MAX) / UPDATE_RATE_PER_SECOND,
        );
        let closes = closing
            && lotsen_domain::incident::closes_with_incident(
                &case,
                about_other_things(app, &case, &terms).await?,
            );
        let message_id: lotsen_domain::MessageId = app.id();
        let job_id = app.ids.next_uuid();
        let sent = crate::cases::change(app, actor, case_id, |case, ch| {
            let visibility = lotsen_domain::Visibility::Private;
            ch.events = if closes {
                incident.close_case(case, message_id, channel)?
            } else {
                incident.tell(case, message_id, channel)?
            };
            let mut message = lotsen_domain::Message::outbound(lotsen_domain::Outbound {
                id: message_id,
                case_id: case.id,
                channel,
                visibility,
                author: ch.actor.clone(),
                body: &body,
                at: ch.at,
            });
            message.external_id = Some(external.clone());
            ch.messages = vec![message];
            ch.outbox = vec![lotsen_store::OutboxJob {
                id: job_id,
                kind: crate::email::delivery_kind(channel),
                case_id: Some(case.id),
                payload: serde_json::json!({ "message_id": message_id, "channel": channel.as_str() }),
                at: ch.at + delay,
            }];
            Ok(())
        })
        .await;
        match sent {
            Ok(_) => {
                out.told += 1;
                if closes {
                    out.resolved += 1;
                }
            }
            Err(e) => {
                tracing::warn!(case.id = %case_id, code = e.code(), "incident update not sent");
                out.skipped += 1;
            }
        }
    }
    tracing::info!(incident.id = %id, update, told = out.told, skipped = out.skipped, "incident update sent");
    Ok(out)
}

/// A new case, linked to every open incident it matches above that incident's
/// threshold (run after intake, when the message is durable); how many links.
pub async fn link_new_case(app: &App, case_id: CaseId) -> Result<usize, AppError> {
    let Some(case) = app.store.case(case_id).await? else {
        return Ok(0);
    };
    let texts = app.store.first_inbound_texts(&[case_id]).await?;
    let mut linked = 0;
    for incident in app.store.open_incidents().await? {
        if incident.auto_link_at.is_none() {
            continue;
        }
        let terms = incident_terms(app, &incident).await?;
        let mine = case_terms(&case, texts.get(&case.id));
        let score = incident.match_score(&case, terms.similarity(&mine));
        if incident.links_automatically(score) {
            link(app, None, incident.id, case_id, true).await?;
            linked += 1;
        }
    }
    Ok(linked)
}
