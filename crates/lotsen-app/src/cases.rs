//! Working a case: read it with its whole history, answer, note, hand off, escalate,
//! resolve, reopen, close. Each change is one store transaction; the domain decides.

use lotsen_domain::carousel::{CarouselReason, review};
use lotsen_domain::case::{EscalationKind, HandoffTarget};
use lotsen_domain::error::Validator;
use lotsen_domain::sla::{EscalationDeadline, Sla};
use lotsen_domain::{
    Agent, AgentId, Case, CaseEvent, CaseId, Channel, Customer, DomainError, EscalationId,
    HandoffId, Message, MessageId, Note, NoteId, Outbound, TeamId, Visibility,
};
use lotsen_store::{CaseChange, CaseFilter, CasePage, OutboxJob, TimelineEntry};

use crate::{App, AppError};

/// A case with everything an agent reads before answering.
#[derive(Debug, Clone)]
pub struct CaseView {
    /// The case with its counters.
    pub case: Case,
    /// The customer.
    pub customer: Option<Customer>,
    /// Every event with its message or note, oldest first (or the latest part of them:
    /// see `earlier`).
    pub timeline: Vec<TimelineEntry>,
    /// For a part of the history: the version the part before it ends at (pass it as
    /// `before`); none when the timeline starts at the case's opening.
    pub earlier: Option<u64>,
    /// The name of the SLA policy that applies.
    pub sla_policy: Option<String>,
    /// The case's deadlines, on the open time of its channel, as of now.
    pub sla: Sla,
    /// Each escalation's answer deadline.
    pub escalation_deadlines: Vec<EscalationDeadline>,
    /// Why the case belongs on the lead's review list (empty: it does not).
    pub review: Vec<CarouselReason>,
    /// Email details, attachments and deliveries of the timeline's messages.
    pub mail: Vec<lotsen_store::MessageMail>,
}

/// Reads a case with its whole history.
pub async fn get(app: &App, viewer: &Agent, id: CaseId) -> Result<CaseView, AppError> {
    let timeline = app.store.timeline(id).await?;
    let events: Vec<CaseEvent> = timeline.iter().map(|t| t.event.clone()).collect();
    view(app, viewer, id, &events, timeline, None).await
}

/// A case with the latest part of its history: at most `limit` entries before the
/// event `before` (a version; none: the newest). The view's `earlier` says where the
/// part before this one ends, if there is one.
pub async fn get_page(
    app: &App,
    viewer: &Agent,
    id: CaseId,
    before: Option<u64>,
    limit: usize,
) -> Result<CaseView, AppError> {
    let events = app.store.events(id).await?;
    if events.is_empty() {
        return Err(AppError::NotFound("case"));
    }
    let end = before.map_or(events.len(), |b| events.partition_point(|e| e.version < b));
    let start = end.saturating_sub(limit.clamp(1, lotsen_store::MAX_TIMELINE_PAGE));
    let earlier = (start > 0).then(|| events[start].version);
    let timeline = app.store.entries(events[start..end].to_vec()).await?;
    view(app, viewer, id, &events, timeline, earlier).await
}

async fn view(
    app: &App,
    _viewer: &Agent,
    id: CaseId,
    events: &[CaseEvent],
    timeline: Vec<TimelineEntry>,
    earlier: Option<u64>,
) -> Result<CaseView, AppError> {
    let case = app
        .store
        .case(id)
        .await?
        .ok_or(AppError::NotFound("case"))?;
    let customer = app.store.customer(case.customer_id).await?;
    let ctx = crate::sla::SlaContext::load(app).await?;
    let deadlines = ctx.deadlines(&case, events, app.clock.now());
    let rule = ctx.team(case.team_id).carousel;
    let mail = if earlier.is_none() && timeline.len() == events.len() {
        app.store.case_mail(id).await?
    } else {
        let ids: Vec<MessageId> = timeline
            .iter()
            .filter_map(|e| e.message.as_ref().map(|m| m.id))
            .collect();
        app.store.messages_mail(&ids).await?
    };
    Ok(CaseView {
        mail,
        review: review(events, &rule),
        sla_policy: deadlines.policy,
        sla: deadlines.sla,
        escalation_deadlines: deadlines.escalations,
        case,
        customer,
        timeline,
        earlier,
    })
}

/// An email's HTML body made safe to show inside a page: what intake stored is already
/// sanitised, and it is sanitised again here (no scripts, handlers, styles or images).
pub fn safe_html(html: &str) -> String {
    lotsen_channels::email::sanitise_html(html)
}

/// Lists cases, most recently changed first. `limit` is 1 to 200.
pub async fn list(
    app: &App,
    _viewer: &Agent,
    filter: &CaseFilter,
    limit: u32,
    offset: u64,
) -> Result<CasePage, AppError> {
    if !(1..=200).contains(&limit) {
        return Err(AppError::invalid("limit", "must be between 1 and 200"));
    }
    Ok(app.store.list_cases(filter, limit, offset).await?)
}

async fn agent(app: &App, field: &str, id: AgentId) -> Result<Agent, AppError> {
    app.store
        .agent(id)
        .await?
        .ok_or_else(|| AppError::invalid(field, "no such agent"))
}

async fn team_exists(app: &App, field: &str, id: TeamId) -> Result<(), AppError> {
    match app.store.team(id).await? {
        Some(_) => Ok(()),
        None => Err(AppError::invalid(field, "no such team")),
    }
}

/// The team a case moves to with an agent: the case's team if they are in it, else their
/// home team.
fn team_for(agent: &Agent, case_team: Option<TeamId>) -> Option<TeamId> {
    match case_team {
        Some(team) if agent.is_member_of(team) => Some(team),
        _ => agent.team_ids.first().copied().or(case_team),
    }
}

/// Runs a domain command as `actor` on a case and stores what it decided.
pub(crate) async fn change<F>(
    app: &App,
    actor: &Agent,
    id: CaseId,
    mut f: F,
) -> Result<Case, AppError>
where
    F: FnMut(&Case, &mut CaseChange) -> Result<(), DomainError>,
{
    let at = app.clock.now();
    let actor = actor.actor();
    let (case, events) = app
        .store
        .update_case(id, |case| {
            let mut change = CaseChange::events(at, actor.clone(), Vec::new());
            f(case, &mut change)?;
            Ok(change)
        })
        .await?;
    for e in &events {
        tracing::debug!(case.id = %e.case_id, case.version = e.version, event = e.kind.name(), "case changed");
    }
    Ok(case)
}

/// A case and its customer, both of which must exist.
pub(crate) async fn with_customer(app: &App, id: CaseId) -> Result<(Case, Customer), AppError> {
    let case = app
        .store
        .case(id)
        .await?
        .ok_or(AppError::NotFound("case"))?;
    let customer = app
        .store
        .customer(case.customer_id)
        .await?
        .ok_or(AppError::NotFound("customer"))?;
    Ok((case, customer))
}

/// A customer's id with a provider (`facebook:`, `instagram:`, `chat:`), without the
/// prefix.
pub(crate) fn provider_id(customer: &Customer, prefix: &str) -> Option<String> {
    customer
        .identities
        .iter()
        .filter(|i| i.kind == lotsen_domain::IdentityKind::External)
        .find_map(|i| i.value.strip_prefix(prefix).map(str::to_owned))
}

/// Gives an unowned case its owner.
pub async fn assign(
    app: &App,
    actor: &Agent,
    id: CaseId,
    owner: Option<AgentId>,
) -> Result<Case, AppError> {
    let owner_id = owner.ok_or_else(|| AppError::invalid("agent_id", "required"))?;
    let owner = agent(app, "agent_id", owner_id).await?;
    change(app, actor, id, |case, ch| {
        ch.events = case.assign(&ch.actor, owner.id, team_for(&owner, case.team_id))?;
        Ok(())
    })
    .await
}

/// A file sent with a reply.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReplyFile {
    /// File name.
    pub filename: String,
    /// `type/subtype`.
    pub content_type: String,
    /// Content.
    pub data: Vec<u8>,
}

/// Largest total of a reply's files, bytes.
pub const MAX_REPLY_FILES_BYTES: usize = 20 * 1024 * 1024;

/// Answers the customer on a channel (the case's first channel unless told), queued for
/// delivery through the outbox.
pub async fn reply(
    app: &App,
    actor: &Agent,
    id: CaseId,
    body: Option<&str>,
    visibility: Option<Visibility>,
    channel: Option<Channel>,
) -> Result<(Case, MessageId), AppError> {
    reply_with_files(app, actor, id, body, visibility, channel, Vec::new()).await
}

/// Answers with files (email only: the other channels carry text).
pub async fn reply_with_files(
    app: &App,
    actor: &Agent,
    id: CaseId,
    body: Option<&str>,
    visibility: Option<Visibility>,
    channel: Option<Channel>,
    files: Vec<ReplyFile>,
) -> Result<(Case, MessageId), AppError> {
    let body = body.unwrap_or_default();
    if files.iter().map(|f| f.data.len()).sum::<usize>() > MAX_REPLY_FILES_BYTES {
        return Err(AppError::invalid("attachments", "at most 20 MiB in all"));
    }
    let attachments: Vec<lotsen_store::AttachmentRecord> = files
        .into_iter()
        .enumerate()
        .map(|(i, f)| lotsen_store::AttachmentRecord {
            position: u32::try_from(i).unwrap_or(u32::MAX),
            filename: Some(f.filename),
            content_type: f.content_type,
            size: u64::try_from(f.data.len()).unwrap_or(u64::MAX),
            sha256: lotsen_channels::email::sha256_hex(&f.data),
            refused: None,
            inline: false,
            content_id: None,
            data: f.data,
        })
        .collect();
    let message_id: MessageId = app.id();
    let job_id = app.ids.next_uuid();
    let case = change(app, actor, id, |case, ch| {
        let channel = channel.unwrap_or(case.origin_channel);
        let visibility = visibility.unwrap_or(Visibility::Private);
        if !attachments.is_empty() && channel != Channel::Email {
            let mut v = lotsen_domain::error::Validator::new();
            v.add("attachments", "only email replies carry files");
            v.finish()?;
        }
        ch.attachments = attachments
            .iter()
            .map(|a| (message_id, a.clone()))
            .collect();
        ch.events = case.reply(&ch.actor, message_id, channel, visibility, body)?;
        ch.messages = vec![Message::outbound(Outbound {
            id: message_id,
            case_id: case.id,
            channel,
            visibility,
            author: ch.actor.clone(),
            body,
            at: ch.at,
        })];
        ch.outbox = vec![OutboxJob {
            id: job_id,
            kind: crate::email::delivery_kind(channel),
            case_id: Some(case.id),
            payload: serde_json::json!({ "message_id": message_id, "channel": channel.as_str() }),
            at: ch.at,
        }];
        Ok(())
    })
    .await?;
    Ok((case, message_id))
}

/// Writes an internal note.
pub async fn add_note(
    app: &App,
    actor: &Agent,
    id: CaseId,
    body: Option<&str>,
) -> Result<(Case, NoteId), AppError> {
    let body = body.unwrap_or_default();
    let note_id: NoteId = app.id();
    let case = change(app, actor, id, |case, ch| {
        ch.events = case.add_note(&ch.actor, note_id, body)?;
        ch.notes = vec![Note {
            id: note_id,
            case_id: case.id,
            author: ch.actor.clone(),
            body: body.trim().to_owned(),
            created_at: ch.at,
        }];
        Ok(())
    })
    .await?;
    Ok((case, note_id))
}

/// Asks to hand the case to an agent or a team, with a written note.
pub async fn hand_off(
    app: &App,
    actor: &Agent,
    id: CaseId,
    to_agent: Option<AgentId>,
    to_team: Option<TeamId>,
    note: Option<&str>,
) -> Result<HandoffId, AppError> {
    let mut v = Validator::new();
    if to_agent.is_some() && to_team.is_some() {
        v.add(
            "to_team_id",
            "give either to_agent_id or to_team_id, not both",
        );
    }
    v.finish()?;
    let receiver = match to_agent {
        Some(a) => Some(agent(app, "to_agent_id", a).await?),
        None => None,
    };
    if let Some(team) = to_team {
        team_exists(app, "to_team_id", team).await?;
    }
    let handoff_id: HandoffId = app.id();
    change(app, actor, id, |case, ch| {
        let target = match (&receiver, to_team) {
            (Some(r), _) => Some(HandoffTarget::Agent {
                agent_id: r.id,
                team_id: team_for(r, case.team_id),
            }),
            (None, Some(team_id)) => Some(HandoffTarget::Team { team_id }),
            (None, None) => None,
        };
        ch.events =
            case.request_handoff(&ch.actor, handoff_id, target, note.unwrap_or_default())?;
        Ok(())
    })
    .await?;
    Ok(handoff_id)
}

async fn case_of_handoff(app: &App, id: HandoffId) -> Result<CaseId, AppError> {
    app.store
        .case_of_handoff(id)
        .await?
        .ok_or(AppError::NotFound("handoff"))
}

/// The receiver accepts a handoff; a team lead may name the new owner.
pub async fn accept_handoff(
    app: &App,
    actor: &Agent,
    id: HandoffId,
    owner: Option<AgentId>,
) -> Result<Case, AppError> {
    let case_id = case_of_handoff(app, id).await?;
    let named = match owner {
        Some(owner) => Some(agent(app, "owner_id", owner).await?),
        None => None,
    };
    change(app, actor, case_id, |case, ch| {
        // A lead may name the new owner only from the receiving team.
        let team = case
            .handoffs
            .iter()
            .find(|h| h.id == id)
            .and_then(|h| h.to_team_id);
        if let (Some(named), Some(team)) = (&named, team)
            && !named.is_member_of(team)
        {
            return Err(lotsen_domain::DomainError::invalid(
                "owner_id",
                "is not in the receiving team",
            ));
        }
        ch.events = case.accept_handoff(&ch.actor, id, owner)?;
        Ok(())
    })
    .await
}

/// The receiver declines a handoff with a reason.
pub async fn decline_handoff(
    app: &App,
    actor: &Agent,
    id: HandoffId,
    reason: Option<&str>,
) -> Result<Case, AppError> {
    let case_id = case_of_handoff(app, id).await?;
    change(app, actor, case_id, |case, ch| {
        ch.events = case.decline_handoff(&ch.actor, id, reason.unwrap_or_default())?;
        Ok(())
    })
    .await
}

/// Asks a specialist team, on-call or a manager; a manager escalation without a named
/// manager goes to the lead of the case's team.
pub async fn escalate(
    app: &App,
    actor: &Agent,
    id: CaseId,
    kind: Option<EscalationKind>,
    to_team: Option<TeamId>,
    to_agent: Option<AgentId>,
    question: Option<&str>,
) -> Result<EscalationId, AppError> {
    let kind =
        kind.ok_or_else(|| AppError::invalid("kind", "required: specialist, on_call or manager"))?;
    if let Some(team) = to_team {
        team_exists(app, "to_team_id", team).await?;
    }
    if let Some(a) = to_agent {
        agent(app, "to_agent_id", a).await?;
    }
    let case = app
        .store
        .case(id)
        .await?
        .ok_or(AppError::NotFound("case"))?;
    let team = case.team_id.or_else(|| actor.team_ids.first().copied());
    let settings = match team {
        Some(t) => crate::routing::team_settings(app, t).await?,
        None => crate::routing::TeamSettings::default(),
    };
    let to_agent = match (kind, to_agent, team) {
        (EscalationKind::Manager, None, Some(team)) => {
            crate::routing::lead_of(app, team, &settings)
                .await?
                .map(|a| a.id)
        }
        (_, given, _) => given,
    };
    let on_call = settings
        .on_call
        .clone()
        .filter(|_| kind == EscalationKind::OnCall);
    let to_team = match (&on_call, to_team) {
        (Some(o), None) => Some(o.team_id),
        (_, given) => given,
    };
    let escalation_id: EscalationId = app.id();
    let job_id = app.ids.next_uuid();
    let due_in = settings.response_time(kind, to_team);
    change(app, actor, id, |case, ch| {
        let question = question.unwrap_or_default();
        ch.events = case.escalate(&ch.actor, escalation_id, kind, to_team, to_agent, question)?;
        if let Some(o) = &on_call {
            ch.outbox = vec![crate::paging::page_job(
                job_id,
                o,
                case,
                escalation_id,
                question,
                ch.at,
                due_in,
            )];
        }
        Ok(())
    })
    .await?;
    Ok(escalation_id)
}

/// The specialist, on-call or manager answers.
pub async fn answer_escalation(
    app: &App,
    actor: &Agent,
    id: EscalationId,
    answer: Option<&str>,
) -> Result<Case, AppError> {
    let case_id = app
        .store
        .case_of_escalation(id)
        .await?
        .ok_or(AppError::NotFound("escalation"))?;
    change(app, actor, case_id, |case, ch| {
        ch.events = case.answer_escalation(&ch.actor, id, answer.unwrap_or_default())?;
        Ok(())
    })
    .await
}

/// Resolves with a summary.
pub async fn resolve(
    app: &App,
    actor: &Agent,
    id: CaseId,
    summary: Option<&str>,
    category: Option<&str>,
) -> Result<Case, AppError> {
    change(app, actor, id, |case, ch| {
        ch.events = case.resolve(&ch.actor, summary.unwrap_or_default(), category)?;
        Ok(())
    })
    .await
}

/// Reopens with a reason; the owner stays.
pub async fn reopen(
    app: &App,
    actor: &Agent,
    id: CaseId,
    reason: Option<&str>,
) -> Result<Case, AppError> {
    change(app, actor, id, |case, ch| {
        ch.events = case.reopen(&ch.actor, reason.unwrap_or_default())?;
        Ok(())
    })
    .await
}

/// Closes without a solution, for a reason.
pub async fn close(
    app: &App,
    actor: &Agent,
    id: CaseId,
    reason: Option<&str>,
) -> Result<Case, AppError> {
    change(app, actor, id, |case, ch| {
        ch.events = case.close_unresolved(&ch.actor, reason.unwrap_or_default())?;
        Ok(())
    })
    .await
}

/// Merges a duplicate case (named by reference, `L-000123`, or id) into case `id`: the
/// duplicate closes and points here, its messages and notes show in this case's
/// timeline, and what the customer writes on it later lands here. Both change in one
/// transaction. A duplicate of another customer record merges only with
/// `same_person` (its contact details then move to this case's customer).
pub async fn merge(
    app: &App,
    actor: &Agent,
    id: CaseId,
    duplicate: Option<&str>,
    same_person: bool,
) -> Result<Case, AppError> {
    let named = duplicate.map(str::trim).unwrap_or_default();
    if named.is_empty() {
        return Err(AppError::invalid(
            "duplicate",
            "required: the reference of the duplicate case (L-000123)",
        ));
    }
    let number = named
        .strip_prefix(['L', 'l'])
        .map(|rest| rest.strip_prefix('-').unwrap_or(rest))
        .filter(|digits| !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()))
        .and_then(|digits| digits.parse::<u64>().ok());
    let found = if let Some(number) = number {
        app.store
            .case_by_ref(lotsen_domain::CaseRef(number))
            .await?
    } else if let Ok(case_id) = named.parse::<CaseId>() {
        app.store.case(case_id).await?
    } else {
        return Err(AppError::invalid(
            "duplicate",
            "is not a case reference (L-000123)",
        ));
    };
    let duplicate = found.ok_or_else(|| AppError::invalid("duplicate", "no such case"))?;
    let at = app.clock.now();
    let who = actor.actor();
    let (_, target) = app
        .store
        .merge_cases(duplicate.id, id, |dup, target, history| {
            let plan = dup.merge_into(target, &who, history, same_person)?;
            Ok((
                CaseChange::events(at, who.clone(), plan.duplicate),
                CaseChange::events(at, who.clone(), plan.target),
            ))
        })
        .await?;
    tracing::info!(case.id = %target.id, duplicate.id = %duplicate.id, "duplicate case merged");
    Ok(target)
}
