//! Incidents: one fault behind many contacts (the app's login failing for a morning).
//! An incident is declared with what is affected and what customers are told; open
//! cases that match are suggested by how alike their text is, when they came and on
//! which channel, and linked by an agent or, above the threshold an admin sets,
//! automatically; a status update answers every linked case on its own channel, in a
//! personal message; resolving the incident resolves the linked cases that were only
//! about it and leaves the rest open.

use jiff::{SignedDuration, Timestamp};
use serde::{Deserialize, Serialize};

use crate::case::{Case, Channel, EventKind};
use crate::error::{DomainError, Validator};
use crate::ids::{AgentId, IncidentId};

/// Where an incident stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IncidentStatus {
    /// The fault is on.
    Open,
    /// Fixed.
    Resolved,
}

/// One status update told to customers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatusUpdate {
    /// What customers are told.
    pub text: String,
    /// Who wrote it.
    pub by: Option<AgentId>,
    /// When.
    pub at: Timestamp,
}

/// One fault behind many contacts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Incident {
    /// Id.
    pub id: IncidentId,
    /// What is wrong, for agents (`Inloggningen i appen fungerar inte`).
    pub title: String,
    /// The services affected (`app`, `bankid`).
    pub services: Vec<String>,
    /// The channels its contacts come on.
    pub channels: Vec<Channel>,
    /// What customers are told (the banner, the FAQ page, the chat widget).
    pub public_status: String,
    /// For agents only.
    pub internal_notes: String,
    /// Open or resolved.
    pub status: IncidentStatus,
    /// Cases at or above this match are linked without asking; none: never.
    pub auto_link_at: Option<f32>,
    /// Who declared it (none: accepted from the surge detector by the system).
    pub declared_by: Option<AgentId>,
    /// When.
    pub declared_at: Timestamp,
    /// When it was fixed.
    pub resolved_at: Option<Timestamp>,
    /// The updates told, oldest first.
    pub updates: Vec<StatusUpdate>,
}

/// What declares an incident.
#[derive(Debug, Clone, Default)]
pub struct Declare<'a> {
    /// Title.
    pub title: Option<&'a str>,
    /// Services affected.
    pub services: Vec<String>,
    /// Channels affected.
    pub channels: Vec<Channel>,
    /// What customers are told.
    pub public_status: Option<&'a str>,
    /// For agents.
    pub internal_notes: Option<&'a str>,
    /// Automatic linking at this match (0 to 1).
    pub auto_link_at: Option<f32>,
}

impl Incident {
    /// Declares an incident; every bad field at once.
    pub fn declare(
        id: IncidentId,
        input: &Declare<'_>,
        by: Option<AgentId>,
        at: Timestamp,
    ) -> Result<Self, DomainError> {
        let mut v = Validator::new();
        v.require_text("title", input.title);
        if input.title.is_some_and(|t| t.chars().count() > 200) {
            v.add("title", "must be at most 200 characters");
        }
        v.require_text("public_status", input.public_status);
        if input
            .public_status
            .is_some_and(|t| t.chars().count() > 2000)
        {
            v.add("public_status", "must be at most 2000 characters");
        }
        if input
            .auto_link_at
            .is_some_and(|a| !(0.0..=1.0).contains(&a))
        {
            v.add("auto_link_at", "must be between 0 and 1");
        }
        v.finish()?;
        Ok(Self {
            id,
            title: input.title.unwrap_or_default().trim().to_owned(),
            services: input.services.clone(),
            channels: input.channels.clone(),
            public_status: input.public_status.unwrap_or_default().trim().to_owned(),
            internal_notes: input.internal_notes.unwrap_or_default().trim().to_owned(),
            status: IncidentStatus::Open,
            auto_link_at: input.auto_link_at,
            declared_by: by,
            declared_at: at,
            resolved_at: None,
            updates: Vec::new(),
        })
    }

    fn ensure_open(&self) -> Result<(), DomainError> {
        match self.status {
            IncidentStatus::Open => Ok(()),
            IncidentStatus::Resolved => Err(DomainError::conflict(
                "incident_resolved",
                format!("the incident {:?} is resolved", self.title),
            )),
        }
    }

    /// A status update: the public status changes and every linked case is told.
    pub fn update(
        &mut self,
        text: &str,
        by: Option<AgentId>,
        at: Timestamp,
    ) -> Result<(), DomainError> {
        let mut v = Validator::new();
        v.require_text("text", Some(text));
        v.finish()?;
        self.ensure_open()?;
        self.public_status = text.trim().to_owned();
        self.updates.push(StatusUpdate {
            text: self.public_status.clone(),
            by,
            at,
        });
        Ok(())
    }

    /// Fixed: the closing text is the last update.
    pub fn resolve(
        &mut self,
        text: &str,
        by: Option<AgentId>,
        at: Timestamp,
    ) -> Result<(), DomainError> {
        self.update(text, by, at)?;
        self.status = IncidentStatus::Resolved;
        self.resolved_at = Some(at);
        Ok(())
    }

    /// How well an open case matches: its text's likeness to the incident's (and its
    /// first linked cases') text, lifted when it came after the fault began and on an
    /// affected channel; 0 for a case that is closed or came long before.
    pub fn match_score(&self, case: &Case, text_likeness: f32) -> f32 {
        if !case.status.is_active() || case.merged_into.is_some() {
            return 0.0;
        }
        // A contact from more than two hours before the fault is about something else.
        if case.created_at < self.declared_at - SignedDuration::from_hours(2) {
            return 0.0;
        }
        let mut score = text_likeness.clamp(0.0, 1.0);
        if self.channels.is_empty() || self.channels.contains(&case.origin_channel) {
            score += 0.1;
        }
        if case.created_at >= self.declared_at - SignedDuration::from_mins(30) {
            score += 0.1;
        }
        score.min(1.0)
    }

    /// Whether a case at `score` is linked without asking.
    pub fn links_automatically(&self, score: f32) -> bool {
        self.status == IncidentStatus::Open && self.auto_link_at.is_some_and(|at| score >= at)
    }
}

impl Incident {
    /// Links an open case to this open incident; any agent may, and the threshold may
    /// (`automatic`). A case is linked once.
    pub fn link(&self, case: &Case, automatic: bool) -> Result<Vec<EventKind>, DomainError> {
        self.ensure_open()?;
        case.ensure_active()?;
        if case.incident_ids.contains(&self.id) {
            return Err(DomainError::conflict(
                "already_linked",
                format!("case {} is linked to the incident already", case.reference),
            ));
        }
        Ok(vec![EventKind::IncidentLinked {
            incident_id: self.id,
            title: self.title.clone(),
            automatic,
        }])
    }
}

/// A status update as one customer reads it: to them by first name, signed by the
/// agent, so the flood is answered personally ("Hej Eva!" or "Hej!" without a name);
/// a letter on email and the API, a short message signed "/Karin" on social media and
/// chat, as replies there are.
pub fn personal_update(
    text: &str,
    customer_name: Option<&str>,
    signature: &str,
    channel: Channel,
) -> String {
    let greeting = customer_name
        .and_then(|n| n.split_whitespace().next())
        .filter(|n| n.chars().any(char::is_alphabetic))
        .map_or_else(|| "Hej!".to_owned(), |n| format!("Hej {n}!"));
    let (text, signature) = (text.trim(), signature.trim());
    if channel.is_social() || channel == Channel::Chat {
        format!("{greeting} {text}\n/{signature}")
    } else {
        format!("{greeting}\n\n{text}\n\nVänliga hälsningar\n{signature}")
    }
}

impl Incident {
    /// A status update told to one linked case: a reply on its channel that answers the
    /// customer, sent for the incident (whoever owns the case stays its owner).
    pub fn tell(
        &self,
        case: &Case,
        message_id: crate::ids::MessageId,
        channel: Channel,
    ) -> Result<Vec<EventKind>, DomainError> {
        case.ensure_active()?;
        if !case.incident_ids.contains(&self.id) {
            return Err(DomainError::conflict(
                "not_linked",
                format!("case {} is not linked to the incident", case.reference),
            ));
        }
        Ok(vec![EventKind::ReplySent {
            message_id,
            channel,
            visibility: crate::case::Visibility::Private,
        }])
    }
}

impl Incident {
    /// Resolving the incident closes a linked case that was only about it: the closing
    /// message told, then the case resolved with the incident as its summary.
    pub fn close_case(
        &self,
        case: &Case,
        message_id: crate::ids::MessageId,
        channel: Channel,
    ) -> Result<Vec<EventKind>, DomainError> {
        let mut events = self.tell(case, message_id, channel)?;
        events.push(EventKind::Resolved {
            summary: format!("Incidenten är löst: {}", self.title),
            category: Some("incident".into()),
        });
        Ok(events)
    }
}

/// What resolving the incident does to a linked case: resolve it when the incident was
/// all it was about (nothing else waits on it, and the customer wrote about nothing
/// else), else tell the customer and leave it open.
pub fn closes_with_incident(case: &Case, wrote_about_other_things: bool) -> bool {
    case.status.is_active()
        && case.open_escalations().next().is_none()
        && case.pending_handoff().is_none()
        && !wrote_about_other_things
}

#[cfg(test)]
mod tests {
    use uuid::Uuid;

    use super::*;
    use crate::agent::Actor;
    use crate::case::{CaseEvent, CaseKind, OpenCase, Priority};
    use crate::ids::{CaseId, CaseRef, CustomerId};

    fn at(mins: i64) -> Timestamp {
        Timestamp::from_second(1_764_000_000 + mins * 60).unwrap()
    }

    fn incident() -> Incident {
        Incident::declare(
            IncidentId(Uuid::from_u128(1)),
            &Declare {
                title: Some("Inloggningen i appen fungerar inte"),
                services: vec!["app".into()],
                channels: vec![Channel::Chat, Channel::Email],
                public_status: Some(
                    "Vi har en störning i inloggningen i appen och arbetar på det.",
                ),
                internal_notes: None,
                auto_link_at: Some(0.6),
            },
            None,
            at(0),
        )
        .unwrap()
    }

    fn case_at(mins: i64, channel: Channel) -> Case {
        let opened = CaseEvent {
            case_id: CaseId(Uuid::from_u128(2)),
            version: 1,
            at: at(mins),
            actor: Actor::System,
            kind: OpenCase {
                reference: CaseRef(1),
                subject: "Kan inte logga in".into(),
                customer_id: CustomerId(Uuid::from_u128(3)),
                channel,
                kind: CaseKind::Enquiry,
                priority: Priority::Normal,
                team_id: None,
                skills: Vec::new(),
            }
            .event(),
        };
        Case::from_opened(&opened).unwrap()
    }

    #[test]
    fn a_declaration_names_every_missing_field() {
        let err = Incident::declare(
            IncidentId(Uuid::nil()),
            &Declare {
                auto_link_at: Some(2.0),
                ..Declare::default()
            },
            None,
            at(0),
        )
        .unwrap_err();
        let DomainError::Invalid(fields) = err else {
            panic!("not invalid")
        };
        let names: Vec<&str> = fields.iter().map(|f| f.field.as_str()).collect();
        assert_eq!(names, ["title", "public_status", "auto_link_at"]);
    }

    #[test]
    fn matching_weighs_text_time_and_channel() {
        let i = incident();
        let during = i.match_score(&case_at(10, Channel::Chat), 0.5);
        let elsewhere = i.match_score(&case_at(10, Channel::Phone), 0.5);
        let long_before = i.match_score(&case_at(-300, Channel::Chat), 0.9);
        assert!((during - 0.7).abs() < 1e-6, "{during}");
        assert!(elsewhere < during);
        assert_eq!(long_before, 0.0);
        assert!(i.links_automatically(during));
        let mut case = case_at(10, Channel::Chat);
        let kinds = i.link(&case, true).unwrap();
        case.record(at(11), &Actor::System, kinds);
        assert_eq!(case.incident_ids, [i.id]);
        assert_eq!(i.link(&case, false).unwrap_err().code(), "already_linked");
        assert!(!i.links_automatically(0.5));
    }

    #[test]
    fn updates_change_the_public_status_and_resolving_ends_them() {
        let mut i = incident();
        i.update("Felet är hittat; en rättning rullas ut.", None, at(30))
            .unwrap();
        assert_eq!(i.public_status, "Felet är hittat; en rättning rullas ut.");
        i.resolve("Inloggningen fungerar igen.", None, at(90))
            .unwrap();
        assert_eq!(i.status, IncidentStatus::Resolved);
        assert_eq!(i.updates.len(), 2);
        assert_eq!(
            i.update("x", None, at(91)).unwrap_err().code(),
            "incident_resolved"
        );
        assert_eq!(
            personal_update(
                "Inloggningen fungerar igen.",
                Some("Eva Berg"),
                "Karin",
                Channel::Email
            ),
            "Hej Eva!\n\nInloggningen fungerar igen.\n\nVänliga hälsningar\nKarin"
        );
        assert_eq!(
            personal_update(
                "Det fungerar igen.",
                Some("Eva"),
                "Karin",
                Channel::Messenger
            ),
            "Hej Eva! Det fungerar igen.\n/Karin"
        );
        assert!(personal_update("x", None, "Karin", Channel::Api).starts_with("Hej!\n"));
        assert!(closes_with_incident(&case_at(10, Channel::Chat), false));
        assert_eq!(
            i.link(&case_at(10, Channel::Chat), false)
                .unwrap_err()
                .code(),
            "incident_resolved"
        );
        assert!(!closes_with_incident(&case_at(10, Channel::Chat), true));
    }
}
