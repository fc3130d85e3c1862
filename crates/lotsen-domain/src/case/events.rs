//! The events of a case: the only way its state changes, written in the same transaction
//! as the state they produce.

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use super::{CaseKind, Channel, EscalationKind, Priority, Visibility, string_enum};
use crate::agent::Actor;
use crate::ids::{
    AgentId, CaseId, CaseRef, CustomerId, EscalationId, HandoffId, MessageId, NoteId, TeamId,
};

/// Something that happened to a case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseEvent {
    /// The case.
    pub case_id: CaseId,
    /// Position in the case's history, from 1; also the case version after the event.
    pub version: u64,
    /// When.
    pub at: Timestamp,
    /// Who.
    pub actor: Actor,
    /// What.
    pub kind: EventKind,
}

/// What happened.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum EventKind {
    /// First contact opened the case.
    Opened {
        /// Human reference.
        reference: CaseRef,
        /// Subject.
        subject: String,
        /// Customer.
        customer_id: CustomerId,
        /// Channel of first contact.
        channel: Channel,
        /// Enquiry or complaint.
        case_kind: CaseKind,
        /// Priority.
        priority: Priority,
        /// Initial team, if routed.
        team_id: Option<TeamId>,
        /// Skills the owner needs (from the routing rule).
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        skills: Vec<String>,
    },
    /// The customer wrote.
    MessageReceived {
        /// The message.
        message_id: MessageId,
        /// On which channel.
        channel: Channel,
        /// Public or private.
        visibility: Visibility,
    },
    /// An agent answered.
    ReplySent {
        /// The message.
        message_id: MessageId,
        /// On which channel.
        channel: Channel,
        /// Public or private.
        visibility: Visibility,
    },
    /// A step of the code-of-conduct workflow on a public post (the actor took it).
    Moderated {
        /// The post or comment.
        message_id: MessageId,
        /// Which step.
        step: super::ModerationStep,
        /// The rule it broke.
        rule: String,
        /// The evidence as it read then.
        evidence: String,
        /// The reply sent with the step (public reply, private explanation).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        reply_id: Option<MessageId>,
    },
    /// A public conversation went on in private: a public note under the customer's
    /// post, and a private message to them, in one step.
    MovedToPrivate {
        /// The public note.
        public_reply_id: MessageId,
        /// The private message.
        private_reply_id: MessageId,
    },
    /// A public post with personal data was hidden at once, by Lotsen.
    PersonalDataHidden {
        /// The post or comment.
        message_id: MessageId,
        /// The kinds of personal data found (`personnummer`, `card_number` ...).
        kinds: Vec<String>,
    },
    /// An internal note was written.
    NoteAdded {
        /// The note.
        note_id: NoteId,
    },
    /// An unowned case got its owner.
    Assigned {
        /// The owner.
        owner_id: AgentId,
        /// The owner's team for this case.
        team_id: Option<TeamId>,
    },
    /// Someone asked to hand the case over.
    HandoffRequested {
        /// The handoff.
        handoff_id: HandoffId,
        /// Receiving agent.
        to_agent_id: Option<AgentId>,
        /// Receiving team.
        to_team_id: Option<TeamId>,
        /// The written handoff note.
        note: String,
    },
    /// The receiver accepted; ownership moved.
    HandoffAccepted {
        /// The handoff.
        handoff_id: HandoffId,
        /// The new owner.
        owner_id: AgentId,
        /// The new team.
        team_id: Option<TeamId>,
    },
    /// The receiver declined; ownership stayed.
    HandoffDeclined {
        /// The handoff.
        handoff_id: HandoffId,
        /// Why.
        reason: String,
    },
    /// A question went to a specialist, on-call or a manager.
    Escalated {
        /// The escalation.
        escalation_id: EscalationId,
        /// To whom, by kind.
        escalation_kind: EscalationKind,
        /// Receiving team.
        to_team_id: Option<TeamId>,
        /// Receiving person.
        to_agent_id: Option<AgentId>,
        /// The question.
        question: String,
    },
    /// The escalation was answered; it returns to the owner.
    EscalationAnswered {
        /// The escalation.
        escalation_id: EscalationId,
        /// The answer.
        answer: String,
    },
    /// Solved.
    Resolved {
        /// What solved it.
        summary: String,
        /// Category, if given.
        category: Option<String>,
    },
    /// Opened again after resolution or closure; the owner stays.
    Reopened {
        /// Why.
        reason: String,
    },
    /// Ended without a solution.
    ClosedUnresolved {
        /// Why.
        reason: String,
    },
    /// The router offered the queued case to an agent; it is theirs once they accept.
    Offered {
        /// The agent.
        agent_id: AgentId,
        /// When the offer goes back to the queue.
        expires_at: Timestamp,
    },
    /// The offered agent declined, or let the offer pass; the case is back in the queue.
    OfferLapsed {
        /// The agent.
        agent_id: AgentId,
        /// True when the time ran out, false when declined.
        expired: bool,
    },
    /// Lotsen answered by itself (out of hours, a manager request). Not a response for
    /// the deadlines.
    AutoAnswered {
        /// The message.
        message_id: MessageId,
        /// On which channel.
        channel: Channel,
        /// Why.
        reason: AutoAnswerReason,
    },
    /// A deadline came near (warning) or passed (breach).
    SlaAlerted {
        /// Which deadline.
        alert: SlaAlert,
    },
    /// An agent logged a phone call with the customer: the message holds the agent's
    /// notes of it.
    CallLogged {
        /// The notes.
        message_id: MessageId,
        /// The customer called us (inbound) or we called them (outbound).
        direction: crate::message::Direction,
        /// How it went.
        outcome: super::CallOutcome,
        /// How long, in whole minutes, if noted.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        minutes: Option<u32>,
    },
    /// A lead moved a queued case to another team's queue (a bulk move in an outage),
    /// with a note for the team that gets it.
    TeamChanged {
        /// The team whose queue holds it now.
        team_id: TeamId,
        /// Why, for the receiving team.
        note: String,
    },
    /// The case was linked to an incident: the customer's problem is that fault.
    IncidentLinked {
        /// The incident.
        incident_id: crate::ids::IncidentId,
        /// Its title then.
        title: String,
        /// Linked by the match threshold, not by a person.
        #[serde(default)]
        automatic: bool,
    },
    /// This case was a duplicate and was merged into another, where it goes on: closed
    /// here, and whatever the customer writes on it later lands in the other case.
    MergedInto {
        /// The case it goes on in.
        case_id: CaseId,
        /// That case's reference.
        reference: CaseRef,
    },
    /// A duplicate case was merged into this one: its messages and notes show here.
    Merged {
        /// The duplicate.
        from_case_id: CaseId,
        /// Its reference.
        from_reference: CaseRef,
        /// Its customer record, when it was another one (confirmed as the same person:
        /// its contact details moved to this case's customer).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        from_customer_id: Option<CustomerId>,
        /// Its messages, oldest first.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        message_ids: Vec<MessageId>,
        /// Its internal notes, oldest first.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        note_ids: Vec<NoteId>,
    },
    /// A machine wrote on the case (an auto-reply, a bounce) or a sender over their rate
    /// limit did: kept with the case, never answered automatically, never a reason to
    /// reopen it, and not the customer's move for the deadlines.
    NoticeReceived {
        /// The message.
        message_id: MessageId,
        /// On which channel.
        channel: Channel,
        /// Why it is a notice.
        reason: NoticeReason,
    },
}

string_enum!(
    /// Why an inbound message is a notice rather than the customer writing.
    NoticeReason {
        /// An auto-reply or out-of-office notice.
        AutoReply = "auto_reply",
        /// A delivery failure report.
        Bounce = "bounce",
        /// A mailing list or other bulk sender.
        Bulk = "bulk",
        /// Sent from Lotsen's own address: a loop.
        Loop = "loop",
        /// The sender wrote more often than the rate limit allows.
        RateLimited = "rate_limited",
    }
);

string_enum!(
    /// Why Lotsen answered by itself.
    AutoAnswerReason {
        /// The channel was closed; the answer says when it opens.
        OutOfHours = "out_of_hours",
        /// The customer asked for a manager; the answer names the lead and the time.
        ManagerRequest = "manager_request",
        /// The customer wrote personal data in public; the answer refers them to an
        /// authenticated channel.
        PersonalData = "personal_data",
    }
);

string_enum!(
    /// A case's deadlines.
    DeadlineKind {
        /// First response.
        FirstResponse = "first_response",
        /// Next response.
        NextResponse = "next_response",
        /// Resolution.
        Resolution = "resolution",
        /// The answer to an escalation.
        Escalation = "escalation",
    }
);

string_enum!(
    /// How close a deadline is.
    AlertLevel {
        /// Most of the time has passed.
        Warning = "warning",
        /// The deadline passed.
        Breach = "breach",
    }
);

/// One warning or breach of one deadline, recorded once.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct SlaAlert {
    /// Which deadline.
    pub deadline: DeadlineKind,
    /// The escalation, for an escalation's deadline.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub escalation_id: Option<EscalationId>,
    /// Warning or breach.
    pub level: AlertLevel,
    /// The due time it concerns.
    pub due: Timestamp,
}

impl EventKind {
    /// Whether the event can start or end an offer (or give the case an owner).
    pub fn touches_offer(&self) -> bool {
        matches!(
            self,
            Self::Offered { .. }
                | Self::OfferLapsed { .. }
                | Self::Assigned { .. }
                | Self::HandoffAccepted { .. }
                | Self::Resolved { .. }
                | Self::ClosedUnresolved { .. }
                | Self::MergedInto { .. }
                | Self::TeamChanged { .. }
        )
    }

    /// Stable snake_case name of the event type.
    pub fn name(&self) -> &'static str {
        match self {
            Self::Opened { .. } => "opened",
            Self::MessageReceived { .. } => "message_received",
            Self::ReplySent { .. } => "reply_sent",
            Self::NoteAdded { .. } => "note_added",
            Self::Moderated { .. } => "moderated",
            Self::PersonalDataHidden { .. } => "personal_data_hidden",
            Self::MovedToPrivate { .. } => "moved_to_private",
            Self::Assigned { .. } => "assigned",
            Self::HandoffRequested { .. } => "handoff_requested",
            Self::HandoffAccepted { .. } => "handoff_accepted",
            Self::HandoffDeclined { .. } => "handoff_declined",
            Self::Escalated { .. } => "escalated",
            Self::EscalationAnswered { .. } => "escalation_answered",
            Self::Resolved { .. } => "resolved",
            Self::Reopened { .. } => "reopened",
            Self::ClosedUnresolved { .. } => "closed_unresolved",
            Self::Offered { .. } => "offered",
            Self::OfferLapsed { .. } => "offer_lapsed",
            Self::AutoAnswered { .. } => "auto_answered",
            Self::NoticeReceived { .. } => "notice_received",
            Self::SlaAlerted { .. } => "sla_alerted",
            Self::MergedInto { .. } => "merged_into",
            Self::CallLogged { .. } => "call_logged",
            Self::TeamChanged { .. } => "team_changed",
            Self::IncidentLinked { .. } => "incident_linked",
            Self::Merged { .. } => "merged",
        }
    }
}
