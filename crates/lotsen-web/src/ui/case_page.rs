//! The case view: the timeline across channels, the facts beside it (owner, team,
//! deadlines, the case's path and the carousel review), the handoff and questions that
//! wait, the customer's other recent cases, and the actions the reader may take.

use std::collections::HashMap;

use askama::Template;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use jiff::{SignedDuration, Timestamp};
use lotsen_app::cases::CaseView;
use lotsen_domain::case::EscalationKind;
use lotsen_domain::sla::Deadline;
use lotsen_domain::{Agent, AgentId, Case, CaseId, Direction, EventKind, TeamId, Visibility};
use lotsen_store::Worklist;

use super::labels;
use super::session::Signed;
use super::text::{Lang, Words, stockholm};
use super::{failure, page};
use crate::AppState;

/// Timeline entries per page: the latest first, earlier ones on demand.
const TIMELINE_PAGE: usize = 50;

/// How far back the customer's other cases are shown.
const RECENT: SignedDuration = SignedDuration::from_hours(30 * 24);

/// Agents' and teams' names, for reading ids.
pub(super) struct Names {
    pub agents: Vec<Agent>,
    by_agent: HashMap<AgentId, usize>,
    pub teams: Vec<(TeamId, String)>,
}

impl Names {
    pub async fn load(state: &AppState) -> Result<Self, lotsen_app::AppError> {
        let agents = state.app.store.agents().await?;
        let teams = state
            .app
            .store
            .teams()
            .await?
            .into_iter()
            .map(|t| (t.id, t.name))
            .collect();
        let by_agent = agents.iter().enumerate().map(|(i, a)| (a.id, i)).collect();
        Ok(Self {
            agents,
            by_agent,
            teams,
        })
    }

    pub fn agent(&self, id: AgentId) -> String {
        self.by_agent
            .get(&id)
            .map_or_else(|| id.to_string(), |i| self.agents[*i].name.clone())
    }

    pub fn team(&self, id: TeamId) -> String {
        self.teams
            .iter()
            .find(|(t, _)| *t == id)
            .map_or_else(|| id.to_string(), |(_, n)| n.clone())
    }

    fn receiver(&self, agent: Option<AgentId>, team: Option<TeamId>) -> String {
        match (agent, team) {
            (Some(a), Some(t)) => format!("{} ({})", self.agent(a), self.team(t)),
            (Some(a), None) => self.agent(a),
            (None, Some(t)) => self.team(t),
            (None, None) => String::new(),
        }
    }
}

pub(super) struct Entry {
    pub version: u64,
    pub class: String,
    pub label: String,
    pub at: String,
    pub at_iso: String,
    pub body: String,
    /// An email's HTML body, sanitised.
    pub html: Option<String>,
    /// An email's subject.
    pub subject: Option<String>,
    /// For a merge: the duplicate's messages and notes.
    pub merged: Vec<MergedItem>,
    /// What the text guard found in a customer's message.
    pub badges: Vec<super::guard::Badge>,
    /// The code-of-conduct workflow of a customer's public post that broke a rule.
    pub moderation: Option<super::moderation::Panel>,
}

/// A message or note a merge brought from a duplicate.
pub(super) struct MergedItem {
    pub class: String,
    pub label: String,
    pub at: String,
    pub at_iso: String,
    pub body: String,
}

pub(super) struct DeadlineRow {
    pub label: &'static str,
    pub due: String,
    pub due_iso: String,
    pub state: &'static str,
    pub class: &'static str,
}

pub(super) struct Counter {
    pub label: &'static str,
    pub value: u32,
}

pub(super) struct PendingHandoff {
    pub id: String,
    pub to: String,
    pub note: String,
    pub requested: String,
    pub may_receive: bool,
}

pub(super) struct Question {
    pub id: String,
    pub kind: &'static str,
    pub to: String,
    pub question: String,
    pub asked: String,
    pub may_answer: bool,
}

pub(super) struct OtherCase {
    pub id: String,
    pub reference: String,
    pub subject: String,
    pub status: &'static str,
    pub updated: String,
}

/// A channel the reply form offers, with how a reply on it is signed.
pub(super) struct ReplyChannel {
    pub value: &'static str,
    pub social: bool,
    pub signing: String,
}

/// A saved reply, filled in for this customer.
pub(super) struct Saved {
    pub title: String,
    pub text: String,
}

pub(super) struct Choice {
    pub value: String,
    pub label: String,
}

/// Which actions the reader is offered (the domain still decides).
#[derive(Default)]
pub(super) struct Offered {
    pub take: bool,
    pub hand_off: bool,
    pub escalate: bool,
    pub resolve: bool,
    pub reopen: bool,
}

#[derive(Template)]
#[template(path = "case.html")]
struct CasePage<'a> {
    lang: Lang,
    t: &'static Words,
    csrf: &'a str,
    agent_name: &'a str,
    lead: bool,
    id: String,
    reference: String,
    subject: String,
    status: &'static str,
    status_label: &'static str,
    customer: String,
    owner: String,
    team: String,
    channel: &'static str,
    priority: &'static str,
    deadlines: Vec<DeadlineRow>,
    counters: Vec<Counter>,
    been_with: Vec<String>,
    on_review: bool,
    handoff: Option<PendingHandoff>,
    questions: Vec<Question>,
    others: Vec<OtherCase>,
    offered: Offered,
    agents: Vec<Choice>,
    teams: Vec<Choice>,
    kinds: [(&'static str, &'static str); 3],
    call_directions: Vec<Choice>,
    call_outcomes: Vec<Choice>,
    reply_channels: Vec<ReplyChannel>,
    public_possible: bool,
    chat: bool,
    saved: Vec<Saved>,
    entries: Vec<Entry>,
    earlier: Option<u64>,
    problem: Option<String>,
    /// For a merged duplicate: the id and reference of the case it goes on in.
    merged_into: Option<String>,
    into_ref: String,
    banners: Vec<super::Banner>,
    kb: super::knowledge_panel::KnowledgePanel,
}

fn event_body(kind: &EventKind, names: &Names, lang: Lang) -> String {
    match kind {
        EventKind::Assigned { owner_id, .. } => names.agent(*owner_id),
        EventKind::HandoffRequested {
            to_agent_id,
            to_team_id,
            note,
            ..
        } => format!("→ {}: {note}", names.receiver(*to_agent_id, *to_team_id)),
        EventKind::HandoffAccepted {
            owner_id, team_id, ..
        } => names.receiver(Some(*owner_id), *team_id),
        EventKind::Escalated {
            escalation_kind,
            to_team_id,
            to_agent_id,
            question,
            ..
        } => format!(
            "{} → {}: {question}",
            labels::escalation(lang, *escalation_kind),
            names.receiver(*to_agent_id, *to_team_id)
        ),
        EventKind::EscalationAnswered { answer, .. } => answer.clone(),
        EventKind::Resolved { summary, category } => match category {
            Some(c) => format!("{summary} ({c})"),
            None => summary.clone(),
        },
        EventKind::HandoffDeclined { reason, .. }
        | EventKind::Reopened { reason }
        | EventKind::ClosedUnresolved { reason } => reason.clone(),
        EventKind::Offered { agent_id, .. } => names.agent(*agent_id),
        EventKind::MergedInto { reference, .. } => format!("→ {reference}"),
        EventKind::IncidentLinked { title, .. } => format!("→ {title}"),
        EventKind::TeamChanged { team_id, note } => format!("→ {}: {note}", names.team(*team_id)),
        EventKind::Merged { from_reference, .. } => format!("{from_reference} →"),
        _ => String::new(),
    }
}

fn entries(view: &CaseView, names: &Names, lang: Lang, lead: bool) -> Vec<Entry> {
    let t = lang.t();
    let html: HashMap<_, _> = view
        .mail
        .iter()
        .filter_map(|m| {
            let h = m.details.as_ref()?.html.as_deref()?;
            Some((m.message_id, lotsen_app::cases::safe_html(h)))
        })
        .collect();
    view.timeline
        .iter()
        .map(|e| {
            let at = e.event.at;
            let message = e.message.as_ref();
            let (class, label, body) = if let (
                Some(m),
                EventKind::CallLogged {
                    direction,
                    outcome,
                    minutes,
                    ..
                },
            ) = (&e.message, &e.event.kind)
            {
                let mut label = format!(
                    "{} · {}",
                    labels::call_direction(lang, *direction),
                    labels::call_outcome(lang, *outcome)
                );
                if let Some(m) = minutes {
                    label.push_str(&format!(" · {m} min"));
                }
                (
                    format!("call {}", direction.as_str()),
                    label,
                    m.body.clone(),
                )
            } else if let Some(m) = &e.message {
                let (class, label) = message_label(m, t);
                (class, label, m.body.clone())
            } else if let Some(n) = &e.note {
                ("note".to_owned(), t.note.to_owned(), n.body.clone())
            } else {
                let name = e.event.kind.name();
                (
                    format!("event event-{name}"),
                    labels::event(lang, name).to_owned(),
                    event_body(&e.event.kind, names, lang),
                )
            };
            Entry {
                version: e.event.version,
                class,
                label,
                at: stockholm(at),
                at_iso: at.to_string(),
                body,
                html: message.and_then(|m| html.get(&m.id).cloned()),
                subject: message.and_then(|m| m.subject.clone()),
                merged: merged_items(e, t),
                moderation: message
                    .and_then(|m| super::moderation::panel(lang, &view.case, m, lead)),
                badges: message
                    .filter(|m| m.direction == Direction::Inbound)
                    .map(|m| super::guard::badges(lang, m.analysis.as_ref()))
                    .unwrap_or_default(),
            }
        })
        .collect()
}

/// The channels a reply can go on: the case's own (first the one it came on), never the
/// phone (a call is logged), the API only for a case that came through it.
fn reply_channels(state: &AppState, case: &Case, agent: &Agent, lang: Lang) -> Vec<ReplyChannel> {
    let t = lang.t();
    let mut channels = vec![case.origin_channel];
    for c in &case.counters.channels {
        if !channels.contains(c) {
            channels.push(*c);
        }
    }
    channels
        .into_iter()
        .filter(|c| {
            !matches!(
                c,
                lotsen_domain::Channel::Phone | lotsen_domain::Channel::Api
            )
        })
        .map(|c| ReplyChannel {
            value: c.as_str(),
            social: c.is_social(),
            signing: match lotsen_app::drafts::signing(&state.app, agent, c) {
                lotsen_app::drafts::Signing::Appended(line) => format!("{} {line}", t.signed_with),
                lotsen_app::drafts::Signing::Sender { name, address } => match address {
                    Some(a) => format!("{} {name} <{a}>", t.sent_as),
                    None => format!("{} {name}", t.sent_as),
                },
                lotsen_app::drafts::Signing::InText(name) => format!("{} {name}", t.sign_as),
            },
        })
        .collect()
}

/// The directions a call form offers.
pub(super) fn call_directions(lang: Lang) -> Vec<Choice> {
    [
        lotsen_domain::Direction::Inbound,
        lotsen_domain::Direction::Outbound,
    ]
    .into_iter()
    .map(|d| Choice {
        value: d.as_str().to_owned(),
        label: labels::call_direction(lang, d).to_owned(),
    })
    .collect()
}

/// The outcomes a call form offers.
pub(super) fn call_outcomes(lang: Lang) -> Vec<Choice> {
    lotsen_domain::case::CallOutcome::ALL
        .iter()
        .map(|o| Choice {
            value: o.as_str().to_owned(),
            label: labels::call_outcome(lang, *o).to_owned(),
        })
        .collect()
}

/// The reference of the case a duplicate was merged into, from its last events.
fn merged_reference(view: &CaseView) -> String {
    view.timeline
        .iter()
        .rev()
        .find_map(|e| match &e.event.kind {
            EventKind::MergedInto { reference, .. } => Some(reference.to_string()),
            _ => None,
        })
        .or_else(|| view.case.merged_into.map(|m| m.to_string()))
        .unwrap_or_default()
}

/// A message's CSS classes and heading: who wrote, on which channel, public or private.
fn message_label(m: &lotsen_domain::Message, t: &Words) -> (String, String) {
    let from = if m.direction == Direction::Inbound {
        t.from_customer
    } else {
        t.from_us
    };
    let (vis_class, vis) = if m.visibility == Visibility::Public {
        ("public", t.public)
    } else {
        ("private", t.private)
    };
    (
        format!("message {} {vis_class}", m.direction.as_str()),
        format!("{from} · {} · {vis}", m.channel.as_str()),
    )
}

/// What a merge brought: the duplicate's messages and notes, oldest first.
fn merged_items(e: &lotsen_store::TimelineEntry, t: &Words) -> Vec<MergedItem> {
    let messages = e.merged.iter().map(|m| {
        let (class, label) = message_label(m, t);
        (m.created_at, class, label, m.body.clone())
    });
    let notes = e.merged_notes.iter().map(|n| {
        (
            n.created_at,
            "note".to_owned(),
            t.note.to_owned(),
            n.body.clone(),
        )
    });
    let mut all: Vec<_> = messages.chain(notes).collect();
    all.sort_by_key(|(at, ..)| *at);
    all.into_iter()
        .map(|(at, class, label, body)| MergedItem {
            class,
            label,
            at: stockholm(at),
            at_iso: at.to_string(),
            body,
        })
        .collect()
}

fn deadlines(view: &CaseView, lang: Lang) -> Vec<DeadlineRow> {
    let kinds = labels::deadline_kinds(lang);
    let all: [Option<Deadline>; 3] = [
        view.sla.first_response,
        view.sla.next_response,
        view.sla.resolution,
    ];
    kinds
        .into_iter()
        .zip(all)
        .filter_map(|(label, d)| {
            let d = d?;
            let (state, class) = labels::deadline(lang, d.state);
            Some(DeadlineRow {
                label,
                due: d.due.map(stockholm).unwrap_or_default(),
                due_iso: d.due.map(|at| at.to_string()).unwrap_or_default(),
                state,
                class,
            })
        })
        .collect()
}

fn offered(case: &Case, viewer: &Agent) -> Offered {
    let actor = viewer.actor();
    let active = case.status.is_active();
    let mine_or_free = case.owner_id.is_none_or(|o| o == viewer.id) || actor.is_lead_or_admin();
    Offered {
        take: active && case.owner_id.is_none(),
        hand_off: active && case.pending_handoff().is_none() && mine_or_free,
        escalate: active,
        resolve: active,
        reopen: !active,
    }
}

fn counters(case: &Case, t: &Words) -> Vec<Counter> {
    let c = &case.counters;
    let n = |v: usize| u32::try_from(v).unwrap_or(u32::MAX);
    vec![
        Counter {
            label: t.handoffs,
            value: c.handoffs,
        },
        Counter {
            label: t.teams_involved,
            value: n(c.teams.len()),
        },
        Counter {
            label: t.agents_involved,
            value: n(c.agents.len()),
        },
        Counter {
            label: t.reopenings,
            value: c.reopenings,
        },
        Counter {
            label: t.escalations,
            value: c.escalations,
        },
    ]
}

async fn others(
    state: &AppState,
    case: &Case,
    viewer: &Agent,
    now: Timestamp,
    lang: Lang,
) -> Result<Vec<OtherCase>, lotsen_app::AppError> {
    let list = Worklist::CustomerRecent {
        customer: case.customer_id,
        except: case.id,
        since: now - RECENT,
    };
    let found = state
        .app
        .store
        .worklist(&list, viewer.id, &viewer.team_ids, &Default::default(), 10)
        .await?;
    Ok(found
        .cases
        .iter()
        .map(|c| OtherCase {
            id: c.id.to_string(),
            reference: c.reference.to_string(),
            subject: c.subject.clone(),
            status: labels::status(lang, c.status),
            updated: stockholm(c.updated_at),
        })
        .collect())
}

/// Renders the case for `signed` (with `problem` when an action was refused), with the
/// latest part of its timeline or the part before the event `before`.
pub(super) async fn render(
    state: &AppState,
    signed: &Signed,
    raw_id: &str,
    before: Option<u64>,
    problem: Option<String>,
) -> Response {
    let (lang, t) = (signed.lang, signed.lang.t());
    let Ok(id) = raw_id.parse::<CaseId>() else {
        return (StatusCode::NOT_FOUND, t.not_found).into_response();
    };
    let found = lotsen_app::cases::get_page(&state.app, &signed.agent, id, before, TIMELINE_PAGE);
    let view = match found.await {
        Ok(view) => view,
        Err(lotsen_app::AppError::NotFound(_)) => {
            return (StatusCode::NOT_FOUND, t.not_found).into_response();
        }
        Err(e) => return failure(&e),
    };
    let now = state.app.clock.now();
    let customer_name = view.customer.as_ref().map(|c| c.name.as_str());
    let (names, others, saved, banners, kb) = match tokio::try_join!(
        Names::load(state),
        others(state, &view.case, &signed.agent, now, lang),
        lotsen_app::drafts::filled_for(&state.app, &signed.agent, customer_name),
        super::banners(state),
        super::knowledge_panel::load(state, &view.case, lang),
    ) {
        Ok(found) => found,
        Err(e) => return failure(&e),
    };
    let case = &view.case;
    let saved: Vec<Saved> = saved
        .into_iter()
        .filter(|r| r.language == lang.code())
        .map(|r| Saved {
            title: r.title,
            text: r.text,
        })
        .collect();
    let actor = signed.agent.actor();
    let handoff = case.pending_handoff().map(|h| PendingHandoff {
        id: h.id.to_string(),
        to: names.receiver(h.to_agent_id, h.to_team_id),
        note: h.note.clone(),
        requested: stockholm(h.requested_at),
        may_receive: Case::may_receive(h, &actor),
    });
    let questions = case
        .open_escalations()
        .map(|e| Question {
            id: e.id.to_string(),
            kind: labels::escalation(lang, e.kind),
            to: names.receiver(e.to_agent_id, e.to_team_id),
            question: e.question.clone(),
            asked: stockholm(e.asked_at),
            may_answer: Case::may_answer(e, &actor),
        })
        .collect();
    let status = if problem.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    let agents = names
        .agents
        .iter()
        .filter(|a| Some(a.id) != case.owner_id)
        .map(|a| Choice {
            value: format!("agent:{}", a.id),
            label: a.name.clone(),
        })
        .collect();
    let teams = names
        .teams
        .iter()
        .map(|(id, name)| Choice {
            value: format!("team:{id}"),
            label: name.clone(),
        })
        .collect();
    let rendered = CasePage {
        lang,
        t,
        csrf: &signed.session.csrf,
        agent_name: &signed.agent.name,
        lead: signed.agent.actor().is_lead_or_admin(),
        id: case.id.to_string(),
        reference: case.reference.to_string(),
        subject: case.subject.clone(),
        status: case.status.as_str(),
        status_label: labels::status(lang, case.status),
        customer: view
            .customer
            .as_ref()
            .map(|c| c.name.clone())
            .unwrap_or_default(),
        owner: case
            .owner_id
            .map_or_else(|| t.nobody.to_owned(), |o| names.agent(o)),
        team: case
            .team_id
            .map_or_else(|| t.nobody.to_owned(), |o| names.team(o)),
        channel: case.origin_channel.as_str(),
        priority: labels::priority(lang, case.priority),
        deadlines: deadlines(&view, lang),
        counters: counters(case, t),
        been_with: case
            .counters
            .owners
            .iter()
            .map(|o| names.agent(*o))
            .collect(),
        on_review: !view.review.is_empty(),
        handoff,
        questions,
        others,
        offered: offered(case, &signed.agent),
        agents,
        teams,
        kinds: escalation_kinds(lang),
        reply_channels: reply_channels(state, case, &signed.agent, lang),
        public_possible: case.counters.channels.iter().any(|c| c.is_social())
            || case.origin_channel.is_social(),
        chat: case
            .counters
            .channels
            .contains(&lotsen_domain::Channel::Chat),
        saved,
        call_directions: call_directions(lang),
        call_outcomes: call_outcomes(lang),
        entries: entries(&view, &names, lang, signed.agent.actor().is_lead_or_admin()),
        earlier: view.earlier,
        problem,
        merged_into: case.merged_into.map(|m| m.to_string()),
        into_ref: merged_reference(&view),
        banners,
        kb,
    }
    .render();
    page(status, rendered)
}

/// The escalation kinds a form offers, with their labels.
fn escalation_kinds(lang: Lang) -> [(&'static str, &'static str); 3] {
    [
        EscalationKind::Specialist,
        EscalationKind::OnCall,
        EscalationKind::Manager,
    ]
    .map(|k| (k.as_str(), labels::escalation(lang, k)))
}
