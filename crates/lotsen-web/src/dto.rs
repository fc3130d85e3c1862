//! The API's request and response bodies, with their OpenAPI schemas. Requests take every
//! field as optional so the use case can name all missing ones at once.

use lotsen_domain::case::{Escalation, Handoff};
use lotsen_domain::error::Validator;
use lotsen_domain::{Case, Customer, Message, Note, OutcomeCounters};
use lotsen_store::TimelineEntry;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

/// RFC 3339 text of an instant.
pub fn time(at: jiff::Timestamp) -> String {
    at.to_string()
}

/// Parses an optional enum field, recording a problem if it is not one of the names.
pub fn parse_enum<T>(
    v: &mut Validator,
    field: &str,
    value: Option<&str>,
    parse: fn(&str) -> Option<T>,
    expected: &str,
) -> Option<T> {
    let raw = value?;
    let parsed = parse(raw.trim());
    if parsed.is_none() {
        v.add(field, &format!("must be one of {expected}"));
    }
    parsed
}

/// An id from a query or form, `is not a valid id` recorded when it is not one.
pub fn parse_id<T: std::str::FromStr>(
    v: &mut Validator,
    field: &str,
    raw: Option<&String>,
) -> Option<T> {
    let raw = raw?;
    let parsed = raw.parse().ok();
    if parsed.is_none() {
        v.add(field, "is not a valid id");
    }
    parsed
}

/// The stable name of a carousel reason.
pub fn reason_name(r: &lotsen_domain::carousel::CarouselReason) -> &'static str {
    use lotsen_domain::carousel::CarouselReason;
    match r {
        CarouselReason::TooManyHandoffs { .. } => "too_many_handoffs",
        CarouselReason::BackToTeam { .. } => "back_to_team",
        CarouselReason::BackToOwner { .. } => "back_to_owner",
    }
}

/// Who wrote an inbound message.
#[derive(Debug, Default, Deserialize, ToSchema)]
pub struct CustomerIn {
    /// Name as given.
    pub name: Option<String>,
    /// Email address.
    pub email: Option<String>,
    /// Phone number.
    pub phone: Option<String>,
}

/// An inbound message through the API channel.
#[derive(Debug, Deserialize, ToSchema)]
pub struct InboundMessageRequest {
    /// Your id for the message; the same id twice is one message.
    pub external_id: Option<String>,
    /// Who wrote.
    pub customer: Option<CustomerIn>,
    /// Subject.
    pub subject: Option<String>,
    /// The text.
    pub body: Option<String>,
    /// `private` (default) or `public`.
    pub visibility: Option<String>,
    /// `enquiry` (default) or `complaint`, for a new case.
    pub kind: Option<String>,
    /// `low`, `normal` (default), `high` or `urgent`, for a new case.
    pub priority: Option<String>,
    /// `api` (default), `chat` or `phone`: the channel of the integration posting.
    pub channel: Option<String>,
    /// Tags for the routing rules.
    pub tags: Option<Vec<String>>,
}

/// What intake did.
#[derive(Debug, Serialize, ToSchema)]
pub struct InboundMessageResponse {
    /// The message (the first one's id for a repeat).
    pub message_id: Uuid,
    /// Its case.
    pub case_id: Uuid,
    /// The case's reference (`L-000123`).
    pub case_ref: String,
    /// Whether this message opened the case.
    pub created_case: bool,
}

/// Assign an unowned case.
#[derive(Debug, Deserialize, ToSchema)]
pub struct AssignRequest {
    /// The new owner.
    pub agent_id: Option<Uuid>,
}

/// Answer the customer.
#[derive(Debug, Deserialize, ToSchema)]
pub struct ReplyRequest {
    /// The text.
    pub body: Option<String>,
    /// `private` (default) or `public`.
    pub visibility: Option<String>,
    /// Channel; the case's first channel when not given.
    pub channel: Option<String>,
    /// Files to send with an email reply (at most 10, 20 MiB in all).
    #[serde(default)]
    pub attachments: Option<Vec<ReplyAttachmentDto>>,
}

/// A file for a reply.
#[derive(Debug, Default, Deserialize, ToSchema)]
pub struct ReplyAttachmentDto {
    /// File name, without a path.
    pub filename: Option<String>,
    /// `type/subtype` (default `application/octet-stream`).
    pub content_type: Option<String>,
    /// The content, base64.
    pub content_base64: Option<String>,
}

/// A message id.
#[derive(Debug, Serialize, ToSchema)]
pub struct MessageCreated {
    /// The message.
    pub message_id: Uuid,
    /// Its case.
    pub case_id: Uuid,
    /// The reply lint's hints on the text as it was sent (the reply went out anyway).
    #[serde(default)]
    pub hints: Vec<crate::routes::drafts::LintHintDto>,
}

/// An internal note.
#[derive(Debug, Deserialize, ToSchema)]
pub struct NoteRequest {
    /// The text.
    pub body: Option<String>,
}

/// A note id.
#[derive(Debug, Serialize, ToSchema)]
pub struct NoteCreated {
    /// The note.
    pub note_id: Uuid,
}

/// Ask to hand a case over.
#[derive(Debug, Deserialize, ToSchema)]
pub struct HandoffRequest {
    /// Receiving agent.
    pub to_agent_id: Option<Uuid>,
    /// Receiving team.
    pub to_team_id: Option<Uuid>,
    /// What the receiver needs to know.
    pub note: Option<String>,
}

/// A handoff id.
#[derive(Debug, Serialize, ToSchema)]
pub struct HandoffCreated {
    /// The handoff.
    pub handoff_id: Uuid,
}

/// Accept a handoff.
#[derive(Debug, Default, Deserialize, ToSchema)]
pub struct AcceptRequest {
    /// For a team handoff, the lead may name the new owner.
    pub owner_id: Option<Uuid>,
}

/// Ask a specialist, on-call or a manager.
#[derive(Debug, Deserialize, ToSchema)]
pub struct EscalationRequest {
    /// `specialist`, `on_call` or `manager`.
    pub kind: Option<String>,
    /// Receiving team.
    pub to_team_id: Option<Uuid>,
    /// Receiving person (a manager escalation without one goes to the team's lead).
    pub to_agent_id: Option<Uuid>,
    /// The question.
    pub question: Option<String>,
}

/// An escalation id.
#[derive(Debug, Serialize, ToSchema)]
pub struct EscalationCreated {
    /// The escalation.
    pub escalation_id: Uuid,
}

/// Answer an escalation.
#[derive(Debug, Deserialize, ToSchema)]
pub struct AnswerRequest {
    /// The answer.
    pub answer: Option<String>,
}

/// Resolve a case.
#[derive(Debug, Deserialize, ToSchema)]
pub struct ResolveRequest {
    /// What solved it.
    pub summary: Option<String>,
    /// Category for the review of top problems.
    pub category: Option<String>,
}

/// A reason (reopen, close unresolved, decline a handoff).
#[derive(Debug, Deserialize, ToSchema)]
pub struct ReasonRequest {
    /// Why.
    pub reason: Option<String>,
}

/// Merge a duplicate case into this one.
#[derive(Debug, Deserialize, ToSchema)]
pub struct MergeRequest {
    /// The duplicate: its reference (`L-000123`) or id.
    pub duplicate: Option<String>,
    /// The duplicate belongs to another customer record that is the same person: merge
    /// anyway and move its contact details to this case's customer.
    #[serde(default)]
    pub same_person: bool,
}

/// Create a team.
#[derive(Debug, Deserialize, ToSchema)]
pub struct TeamRequest {
    /// Name.
    pub name: Option<String>,
}

/// A team.
#[derive(Debug, Serialize, ToSchema)]
pub struct TeamDto {
    /// Id.
    pub team_id: Uuid,
    /// Name.
    pub name: String,
}

/// Create an agent.
#[derive(Debug, Deserialize, ToSchema)]
pub struct AgentRequest {
    /// Full name.
    pub name: Option<String>,
    /// Sign-in address.
    pub email: Option<String>,
    /// `agent` (default), `lead` or `admin`.
    pub role: Option<String>,
    /// Teams, the first being the home team.
    pub team_ids: Option<Vec<Uuid>>,
    /// Name shown to customers (first name or alias).
    pub signature_name: Option<String>,
}

/// A created agent and their API token, shown this once.
#[derive(Debug, Serialize, ToSchema)]
pub struct AgentCreated {
    /// Id.
    pub agent_id: Uuid,
    /// The API token; store it now, it is not shown again.
    pub token: String,
}

/// An agent.
#[derive(Debug, Serialize, ToSchema)]
pub struct AgentDto {
    /// Id.
    pub agent_id: Uuid,
    /// Name.
    pub name: String,
    /// Email.
    pub email: String,
    /// Name shown to customers.
    pub signature_name: String,
    /// Role.
    pub role: String,
    /// Teams.
    pub team_ids: Vec<Uuid>,
}

impl From<&lotsen_domain::Agent> for AgentDto {
    fn from(a: &lotsen_domain::Agent) -> Self {
        Self {
            agent_id: a.id.as_uuid(),
            name: a.name.clone(),
            email: a.email.clone(),
            signature_name: a.signature_name.clone(),
            role: a.role.as_str().to_owned(),
            team_ids: a.team_ids.iter().map(|t| t.as_uuid()).collect(),
        }
    }
}

/// Counters of what a case cost, derived from its events.
#[derive(Debug, Serialize, ToSchema)]
pub struct CountersDto {
    /// Accepted handoffs.
    pub handoffs: u32,
    /// Declined handoffs.
    pub handoffs_declined: u32,
    /// Times ownership went back to an earlier owner.
    pub returns_to_previous_owner: u32,
    /// Escalations.
    pub escalations: u32,
    /// Reopenings.
    pub reopenings: u32,
    /// Agent actions.
    pub touches: u32,
    /// Customer messages.
    pub customer_messages: u32,
    /// Number of distinct teams involved.
    pub teams_involved: usize,
    /// Number of distinct agents who acted.
    pub agents_involved: usize,
    /// The teams, in order of involvement.
    pub team_ids: Vec<Uuid>,
    /// The agents, in order of first action.
    pub agent_ids: Vec<Uuid>,
    /// Owners in order.
    pub owner_ids: Vec<Uuid>,
    /// Channels used.
    pub channels: Vec<String>,
}

impl From<&OutcomeCounters> for CountersDto {
    fn from(c: &OutcomeCounters) -> Self {
        Self {
            handoffs: c.handoffs,
            handoffs_declined: c.handoffs_declined,
            returns_to_previous_owner: c.returns_to_previous_owner,
            escalations: c.escalations,
            reopenings: c.reopenings,
            touches: c.touches,
            customer_messages: c.customer_messages,
            teams_involved: c.teams.len(),
            agents_involved: c.agents.len(),
            team_ids: c.teams.iter().map(|t| t.as_uuid()).collect(),
            agent_ids: c.agents.iter().map(|a| a.as_uuid()).collect(),
            owner_ids: c.owners.iter().map(|a| a.as_uuid()).collect(),
            channels: c.channels.iter().map(|ch| ch.as_str().to_owned()).collect(),
        }
    }
}

/// A handoff.
#[derive(Debug, Serialize, ToSchema)]
pub struct HandoffDto {
    /// Id.
    pub handoff_id: Uuid,
    /// `pending`, `accepted` or `declined`.
    pub status: String,
    /// Owner when requested.
    pub from_owner_id: Option<Uuid>,
    /// Receiving agent.
    pub to_agent_id: Option<Uuid>,
    /// Receiving team.
    pub to_team_id: Option<Uuid>,
    /// The handoff note.
    pub note: String,
    /// When requested.
    pub requested_at: String,
    /// The reason, when declined.
    pub decline_reason: Option<String>,
}

impl From<&Handoff> for HandoffDto {
    fn from(h: &Handoff) -> Self {
        Self {
            handoff_id: h.id.as_uuid(),
            status: h.status.as_str().to_owned(),
            from_owner_id: h.from_owner_id.map(|a| a.as_uuid()),
            to_agent_id: h.to_agent_id.map(|a| a.as_uuid()),
            to_team_id: h.to_team_id.map(|t| t.as_uuid()),
            note: h.note.clone(),
            requested_at: time(h.requested_at),
            decline_reason: match &h.status {
                lotsen_domain::case::HandoffStatus::Declined { reason, .. } => Some(reason.clone()),
                _ => None,
            },
        }
    }
}

/// An escalation.
#[derive(Debug, Serialize, ToSchema)]
pub struct EscalationDto {
    /// Id.
    pub escalation_id: Uuid,
    /// `specialist`, `on_call` or `manager`.
    pub kind: String,
    /// `open` or `answered`.
    pub status: String,
    /// Receiving team.
    pub to_team_id: Option<Uuid>,
    /// Receiving person.
    pub to_agent_id: Option<Uuid>,
    /// The question.
    pub question: String,
    /// The answer, once given.
    pub answer: Option<String>,
    /// When asked.
    pub asked_at: String,
}

impl From<&Escalation> for EscalationDto {
    fn from(e: &Escalation) -> Self {
        Self {
            escalation_id: e.id.as_uuid(),
            kind: e.kind.as_str().to_owned(),
            status: if e.answer.is_some() {
                "answered"
            } else {
                "open"
            }
            .to_owned(),
            to_team_id: e.to_team_id.map(|t| t.as_uuid()),
            to_agent_id: e.to_agent_id.map(|a| a.as_uuid()),
            question: e.question.clone(),
            answer: e.answer.as_ref().map(|a| a.text.clone()),
            asked_at: time(e.asked_at),
        }
    }
}

/// A case.
#[derive(Debug, Serialize, ToSchema)]
pub struct CaseDto {
    /// Id.
    pub id: Uuid,
    /// Human reference (`L-000123`).
    #[serde(rename = "ref")]
    pub reference: String,
    /// Subject.
    pub subject: String,
    /// `open`, `waiting_on_customer`, `resolved`, `closed_unresolved` or `merged`.
    pub status: String,
    /// `low`, `normal`, `high` or `urgent`.
    pub priority: String,
    /// `enquiry` or `complaint`.
    pub kind: String,
    /// The customer.
    pub customer_id: Uuid,
    /// Owning team.
    pub team_id: Option<Uuid>,
    /// Accountable owner.
    pub owner_id: Option<Uuid>,
    /// Channel of first contact.
    pub origin_channel: String,
    /// Tags.
    pub tags: Vec<String>,
    /// Skills the owner needs (from the routing rule).
    pub skills: Vec<String>,
    /// The router's pending offer: `{"agent_id","expires_at"}`.
    pub offer: Option<OfferDto>,
    /// Resolution summary, while resolved.
    pub resolution: Option<String>,
    /// Resolution category.
    pub resolution_category: Option<String>,
    /// Reason, while closed unresolved.
    pub close_reason: Option<String>,
    /// For a merged duplicate: the case it goes on in.
    pub merged_into: Option<Uuid>,
    /// Handoffs, oldest first.
    pub handoffs: Vec<HandoffDto>,
    /// Escalations, oldest first.
    pub escalations: Vec<EscalationDto>,
    /// Outcome counters.
    pub counters: CountersDto,
    /// Version for optimistic concurrency.
    pub version: u64,
    /// First contact.
    pub created_at: String,
    /// Last change.
    pub updated_at: String,
}

impl From<&Case> for CaseDto {
    fn from(c: &Case) -> Self {
        Self {
            id: c.id.as_uuid(),
            reference: c.reference.to_string(),
            subject: c.subject.clone(),
            status: c.status.as_str().to_owned(),
            priority: c.priority.as_str().to_owned(),
            kind: c.kind.as_str().to_owned(),
            customer_id: c.customer_id.as_uuid(),
            team_id: c.team_id.map(|t| t.as_uuid()),
            owner_id: c.owner_id.map(|a| a.as_uuid()),
            origin_channel: c.origin_channel.as_str().to_owned(),
            tags: c.tags.clone(),
            skills: c.skills.clone(),
            offer: c.offer.map(|o| OfferDto {
                agent_id: o.agent_id.as_uuid(),
                expires_at: time(o.expires_at),
            }),
            resolution: c.resolution.as_ref().map(|r| r.summary.clone()),
            resolution_category: c.resolution.as_ref().and_then(|r| r.category.clone()),
            close_reason: c.closure.as_ref().map(|r| r.reason.clone()),
            merged_into: c.merged_into.map(|m| m.as_uuid()),
            handoffs: c.handoffs.iter().map(HandoffDto::from).collect(),
            escalations: c.escalations.iter().map(EscalationDto::from).collect(),
            counters: CountersDto::from(&c.counters),
            version: c.version,
            created_at: time(c.created_at),
            updated_at: time(c.updated_at),
        }
    }
}

/// A page of cases.
#[derive(Debug, Serialize, ToSchema)]
pub struct CaseList {
    /// The cases, most recently changed first.
    pub cases: Vec<CaseDto>,
    /// How many match in all.
    pub total: u64,
    /// Page size.
    pub limit: u32,
    /// Offset of this page.
    pub offset: u64,
}

/// A customer.
#[derive(Debug, Serialize, ToSchema)]
pub struct CustomerDto {
    /// Id.
    pub id: Uuid,
    /// Name.
    pub name: String,
    /// Email addresses.
    pub emails: Vec<String>,
    /// Phone numbers.
    pub phones: Vec<String>,
}

impl From<&Customer> for CustomerDto {
    fn from(c: &Customer) -> Self {
        let of = |kind| {
            c.identities
                .iter()
                .filter(|i| i.kind == kind)
                .map(|i| i.value.clone())
                .collect()
        };
        Self {
            id: c.id.as_uuid(),
            name: c.name.clone(),
            emails: of(lotsen_domain::IdentityKind::Email),
            phones: of(lotsen_domain::IdentityKind::Phone),
        }
    }
}

/// A message in a timeline.
#[derive(Debug, Serialize, ToSchema)]
pub struct MessageDto {
    /// Id.
    pub id: Uuid,
    /// `inbound` or `outbound`.
    pub direction: String,
    /// Channel.
    pub channel: String,
    /// `public` or `private`.
    pub visibility: String,
    /// Subject.
    pub subject: Option<String>,
    /// The text.
    pub body: String,
    /// Provider id.
    pub external_id: Option<String>,
    /// The text guard's reading of an inbound message: `pii` (kind, start, end, text),
    /// `moderation` (category, evidence), `tone`, `signals`, `language`, `hide`.
    #[schema(value_type = Option<Object>)]
    pub analysis: Option<serde_json::Value>,
    /// Whether a public message should be hidden (personal data or a violation in public).
    pub hide_recommended: bool,
    /// Email details, for an email.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<crate::mail_dto::EmailDto>,
    /// Attachments.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub attachments: Vec<crate::mail_dto::AttachmentDto>,
    /// A reply's delivery, by email or on Meta's channels.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub delivery: Option<crate::mail_dto::DeliveryDto>,
}

impl From<&Message> for MessageDto {
    fn from(m: &Message) -> Self {
        Self {
            id: m.id.as_uuid(),
            direction: m.direction.as_str().to_owned(),
            channel: m.channel.as_str().to_owned(),
            visibility: m.visibility.as_str().to_owned(),
            subject: m.subject.clone(),
            body: m.body.clone(),
            external_id: m.external_id.clone(),
            analysis: m.analysis.clone(),
            hide_recommended: m.hide_recommended,
            email: None,
            attachments: Vec::new(),
            delivery: None,
        }
    }
}

/// A note in a timeline.
#[derive(Debug, Serialize, ToSchema)]
pub struct NoteDto {
    /// Id.
    pub id: Uuid,
    /// The text.
    pub body: String,
}

impl From<&Note> for NoteDto {
    fn from(n: &Note) -> Self {
        Self {
            id: n.id.as_uuid(),
            body: n.body.clone(),
        }
    }
}

/// One entry of a case's history.
#[derive(Debug, Serialize, ToSchema)]
pub struct TimelineItem {
    /// Position in the history, from 1.
    pub version: u64,
    /// When.
    pub at: String,
    /// Event type (`opened`, `message_received`, `handoff_requested`, ...).
    #[serde(rename = "type")]
    pub kind: String,
    /// Who: `{"type":"customer"|"agent"|"system","id"?}`.
    #[schema(value_type = Object)]
    pub actor: serde_json::Value,
    /// The event's own fields.
    #[schema(value_type = Object)]
    pub event: serde_json::Value,
    /// The message, for message events.
    pub message: Option<MessageDto>,
    /// The note, for note events.
    pub note: Option<NoteDto>,
    /// For a merge: the duplicate's messages, oldest first.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub merged_messages: Vec<MessageDto>,
    /// For a merge: the duplicate's internal notes, oldest first.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub merged_notes: Vec<NoteDto>,
}

impl From<&TimelineEntry> for TimelineItem {
    fn from(e: &TimelineEntry) -> Self {
        Self {
            version: e.event.version,
            at: time(e.event.at),
            kind: e.event.kind.name().to_owned(),
            actor: serde_json::to_value(&e.event.actor).unwrap_or_default(),
            event: serde_json::to_value(&e.event.kind).unwrap_or_default(),
            message: e.message.as_ref().map(MessageDto::from),
            note: e.note.as_ref().map(NoteDto::from),
            merged_messages: e.merged.iter().map(MessageDto::from).collect(),
            merged_notes: e.merged_notes.iter().map(NoteDto::from).collect(),
        }
    }
}

/// A pending offer of a queued case to one agent.
#[derive(Debug, Serialize, ToSchema)]
pub struct OfferDto {
    /// The agent.
    pub agent_id: Uuid,
    /// When it goes back to the queue.
    pub expires_at: String,
}

/// A case with its customer and whole history.
#[derive(Debug, Serialize, ToSchema)]
pub struct CaseDetail {
    /// The case.
    #[serde(flatten)]
    pub case: CaseDto,
    /// The customer.
    pub customer: Option<CustomerDto>,
    /// Every event, with its message or note, oldest first.
    pub timeline: Vec<TimelineItem>,
    /// The case's deadlines on the open time of its channel, as of now.
    pub sla: SlaDto,
    /// Why the case belongs on the lead's review list: `too_many_handoffs`,
    /// `back_to_team`, `back_to_owner` (empty when it does not).
    pub review: Vec<String>,
}

/// One deadline.
#[derive(Debug, Serialize, ToSchema)]
pub struct DeadlineDto {
    /// When it falls due (RFC 3339); for a paused clock, if it started again now.
    pub due: Option<String>,
    /// When warnings start.
    pub warn_at: Option<String>,
    /// `running`, `warning`, `paused`, `met` or `breached`.
    pub state: String,
    /// When it was met or missed.
    pub done_at: Option<String>,
}

/// A case's deadlines.
#[derive(Debug, Serialize, ToSchema)]
pub struct SlaDto {
    /// The policy that applies.
    pub policy: Option<String>,
    /// First response.
    pub first_response: Option<DeadlineDto>,
    /// Next response, while a customer's message waits for us.
    pub next_response: Option<DeadlineDto>,
    /// Resolution.
    pub resolution: Option<DeadlineDto>,
    /// Each escalation's answer, oldest first.
    pub escalations: Vec<EscalationDeadlineDto>,
}

/// The deadline of an escalation's answer.
#[derive(Debug, Serialize, ToSchema)]
pub struct EscalationDeadlineDto {
    /// The escalation.
    pub escalation_id: Uuid,
    /// `specialist`, `on_call` or `manager`.
    pub kind: String,
    /// The deadline.
    #[serde(flatten)]
    pub deadline: DeadlineDto,
}

impl SlaDto {
    /// From the domain's deadlines.
    pub fn new(
        policy: Option<String>,
        sla: &lotsen_domain::sla::Sla,
        escalations: &[lotsen_domain::sla::EscalationDeadline],
    ) -> Self {
        use lotsen_domain::sla::{Deadline, DeadlineState};
        let one = |d: &Option<Deadline>| {
            d.map(|d| DeadlineDto {
                due: d.due.map(time),
                warn_at: d.warn_at.map(time),
                state: match d.state {
                    DeadlineState::Running => "running",
                    DeadlineState::Warning => "warning",
                    DeadlineState::Paused => "paused",
                    DeadlineState::Met => "met",
                    DeadlineState::Breached => "breached",
                }
                .to_owned(),
                done_at: d.done_at.map(time),
            })
        };
        Self {
            policy,
            first_response: one(&sla.first_response),
            next_response: one(&sla.next_response),
            resolution: one(&sla.resolution),
            escalations: escalations
                .iter()
                .filter_map(|e| {
                    Some(EscalationDeadlineDto {
                        escalation_id: e.escalation_id.as_uuid(),
                        kind: e.kind.as_str().to_owned(),
                        deadline: one(&Some(e.deadline))?,
                    })
                })
                .collect(),
        }
    }
}
