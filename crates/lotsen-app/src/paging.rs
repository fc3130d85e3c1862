//! Paging the technical on-call: an on-call escalation queues, in its own transaction, an
//! outbox job that `lotsen serve` posts to the team's webhook (retried with backoff
//! until the paging system answers 2xx). The body is documented JSON, version 1:
//!
//! ```json
//! {
//!   "type": "lotsen.on_call.page",
//!   "version": 1,
//!   "page_id": "…",              // the outbox job id: the same on every retry
//!   "escalation_id": "…",
//!   "case_id": "…",
//!   "case_ref": "L-000123",
//!   "on_call": "Drift & IT-jour",
//!   "question": "…",             // personal data redacted
//!   "asked_at": "2026-12-01T08:00:00Z",
//!   "answer_due": "2026-12-01T08:30:00Z"
//! }
//! ```
//!
//! The request carries `X-Lotsen-Page-Id` (the same `page_id`) so a paging system can
//! drop repeats.

use jiff::{SignedDuration, Timestamp};
use lotsen_domain::{Case, EscalationId};
use lotsen_store::OutboxJob;

use crate::routing::OnCallPath;

/// The outbox kind of a page.
pub const PAGE_ON_CALL: &str = "page_on_call";

/// The outbox job that pages the on-call about an escalation.
pub fn page_job(
    id: uuid::Uuid,
    on_call: &OnCallPath,
    case: &Case,
    escalation_id: EscalationId,
    question: &str,
    at: Timestamp,
    due_in: SignedDuration,
) -> OutboxJob {
    let question = question.trim();
    let pii = lotsen_text::detect(question, &lotsen_text::PiiOptions::default());
    let question = lotsen_text::redact(question, &pii);
    let due = at.checked_add(due_in).ok();
    OutboxJob {
        id,
        kind: PAGE_ON_CALL,
        case_id: Some(case.id),
        payload: serde_json::json!({
            "webhook_url": on_call.webhook_url,
            "body": {
                "type": "lotsen.on_call.page",
                "version": 1,
                "page_id": id,
                "escalation_id": escalation_id,
                "case_id": case.id,
                "case_ref": case.reference.to_string(),
                "on_call": on_call.name,
                "question": question,
                "asked_at": at,
                "answer_due": due,
            }
        }),
        at,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use lotsen_domain::case::{CaseEvent, OpenCase};
    use lotsen_domain::{CaseKind, CaseRef, Channel, CustomerId, Priority};

    #[test]
    fn a_page_never_carries_a_personal_number_even_after_leading_spaces() {
        let open = OpenCase {
            reference: CaseRef(12),
            subject: "Inloggning".into(),
            customer_id: CustomerId(uuid::Uuid::nil()),
            channel: Channel::Chat,
            kind: CaseKind::Enquiry,
            priority: Priority::Normal,
            team_id: None,
            skills: Vec::new(),
        };
        let case = Case::from_opened(&CaseEvent {
            case_id: lotsen_domain::CaseId(uuid::Uuid::nil()),
            version: 1,
            at: "2026-12-01T08:00:00Z".parse().unwrap(),
            actor: lotsen_domain::Actor::System,
            kind: open.event(),
        })
        .unwrap();
        let on_call = OnCallPath {
            name: "IT-jour".into(),
            webhook_url: "http://127.0.0.1:9/page".into(),
            team_id: lotsen_domain::TeamId(uuid::Uuid::nil()),
            response_time: SignedDuration::from_mins(30),
        };
        let job = page_job(
            uuid::Uuid::nil(),
            &on_call,
            &case,
            EscalationId(uuid::Uuid::nil()),
            "   BankID fungerar inte för 19900101-0017 på Åland",
            "2026-12-01T08:00:00Z".parse().unwrap(),
            SignedDuration::from_mins(30),
        );
        let question = job.payload["body"]["question"].as_str().unwrap();
        assert!(
            !question.contains("1990") && !question.contains("0017"),
            "{question}"
        );
        assert!(question.starts_with("BankID"), "{question}");
        assert_eq!(job.payload["body"]["answer_due"], "2026-12-01T08:30:00Z");
    }
}
