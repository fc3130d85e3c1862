//! Intake: a customer's message from any channel becomes part of their open case, or opens
//! one. Durable when this returns; the same external id twice is one message.

use lotsen_domain::customer::CustomerContact;
use lotsen_domain::error::Validator;
use lotsen_domain::{
    CaseId, CaseKind, Channel, Identity, NoticeReason, Priority, TeamId, Visibility,
};
use lotsen_store::{EmailRecord, InboundOutcome, InboundRecord};

use crate::{App, AppError};

/// Longest body accepted, in characters.
pub const MAX_BODY_CHARS: usize = 100_000;

/// An inbound message as a channel delivers it.
#[derive(Debug, Clone)]
pub struct InboundInput {
    /// The channel.
    pub channel: Channel,
    /// The provider's id, for idempotency.
    pub external_id: Option<String>,
    /// Who wrote.
    pub customer: CustomerContact,
    /// Subject, if the channel has one.
    pub subject: Option<String>,
    /// The text.
    pub body: Option<String>,
    /// Public or private.
    pub visibility: Visibility,
    /// Enquiry unless known to be a complaint.
    pub kind: CaseKind,
    /// Normal unless known.
    pub priority: Priority,
    /// Team for a new case; when `None`, the routing rules decide.
    pub team_id: Option<TeamId>,
    /// Tags the channel or caller gives (the routing rules can match them).
    pub tags: Vec<String>,
}

impl InboundInput {
    /// Records every problem with the input and returns the customer's identities.
    pub fn check(&self, v: &mut Validator) -> Vec<Identity> {
        if let Some(id) = &self.external_id {
            if id.trim().is_empty() {
                v.add("external_id", "must not be blank");
            } else if id.len() > 255 {
                v.add("external_id", "must be at most 255 bytes");
            }
        }
        let identities = self.customer.identities("customer", v);
        v.require_text("body", self.body.as_deref());
        if self
            .body
            .as_deref()
            .is_some_and(|b| b.chars().count() > MAX_BODY_CHARS)
        {
            v.add("body", "must be at most 100000 characters");
        }
        if self
            .subject
            .as_deref()
            .is_some_and(|s| s.chars().count() > 300)
        {
            v.add("subject", "must be at most 300 characters");
        }
        if self.tags.len() > 20
            || self
                .tags
                .iter()
                .any(|t| t.trim().is_empty() || t.len() > 64)
        {
            v.add("tags", "at most 20 tags, each 1 to 64 bytes");
        }
        identities
    }
}

/// What a channel knows beyond the message: the case it answers, whether it is a notice
/// rather than the customer writing, and an email's details.
#[derive(Debug, Clone, Default)]
pub struct Threading {
    /// The case the message answers (a resolved one opens again).
    pub thread: Option<CaseId>,
    /// A machine's message (or a rate-limited sender's): recorded, never answered, never
    /// reopening; refused with `notice_without_case` when no case takes it.
    pub notice: Option<NoticeReason>,
    /// An email's details, raw bytes and attachments.
    pub email: Option<EmailRecord>,
    /// Identities the channel knows the sender by besides the contact's (a page-scoped
    /// Facebook id, say).
    pub identities: Vec<Identity>,
}

/// Takes in one message.
pub async fn receive(app: &App, input: InboundInput) -> Result<InboundOutcome, AppError> {
    receive_threaded(app, input, Threading::default()).await
}

/// Takes in one message that a channel threaded.
pub async fn receive_threaded(
    app: &App,
    input: InboundInput,
    threading: Threading,
) -> Result<InboundOutcome, AppError> {
    let mut v = Validator::new();
    let mut identities = input.check(&mut v);
    v.finish()?;
    for identity in &threading.identities {
        if !identities.contains(identity) {
            identities.push(identity.clone());
        }
    }
    let body = input.body.unwrap_or_default();
    let mut analysis = analyse(app, &body, input.visibility).await?;
    // A public post on a social channel with personal data is kept redacted only: the
    // number stays on Meta's side until the post is hidden, never in Lotsen's copy, its
    // analysis or anything built from them (see `meta_guard`).
    let guarded = personal_data_in_public(input.channel, input.visibility, &analysis);
    let message_id: lotsen_domain::MessageId = app.id();
    let sealed_original = match (&app.meta.original_key, guarded) {
        (Some(key), true) => {
            // A fresh random id's bytes: a nonce that never repeats under the key.
            let fresh = app.ids.next_uuid();
            let mut nonce = [0u8; 12];
            nonce.copy_from_slice(&fresh.as_bytes()[..12]);
            Some(crate::sealed::seal(key, message_id, nonce, &body))
        }
        _ => None,
    };
    let body = if guarded {
        let redacted = lotsen_text::redact(&body, &analysis.pii);
        for span in &mut analysis.pii {
            span.text = format!("[{}]", span.kind.as_str());
        }
        redacted
    } else {
        body
    };
    // The subject is text the customer wrote too: it can hide a public message, and the
    // case's subject (shown in every list and kept in the event log) is redacted.
    let subject_text = input.subject.clone().filter(|s| !s.trim().is_empty());
    let subject_analysis = match &subject_text {
        Some(s) => Some(analyse(app, s, input.visibility).await?),
        None => None,
    };
    let hide_recommended = analysis.hide || subject_analysis.as_ref().is_some_and(|a| a.hide);
    let case_subject = match (&subject_text, &subject_analysis) {
        (Some(s), Some(a)) => lotsen_text::redact(s, &a.pii),
        _ => {
            let first_line = body
                .lines()
                .map(str::trim)
                .find(|l| !l.is_empty())
                .unwrap_or("");
            let pii = lotsen_text::detect(first_line, &pii_options(app));
            let redacted = lotsen_text::redact(first_line, &pii);
            let mut short: String = redacted.chars().take(80).collect();
            if redacted.chars().count() > 80 {
                short.push('…');
            }
            short
        }
    };
    // A new case's queue: the caller's team, or the first routing rule that matches.
    let (team_id, skills, priority) = match input.team_id {
        Some(team) => (Some(team), Vec::new(), input.priority),
        None => {
            let rules = crate::routing::rules(app).await?;
            let facts = crate::routing::facts(
                input.channel,
                input.kind,
                input.priority,
                &input.tags,
                &analysis,
            );
            match crate::routing::choose_rule(&rules, &facts) {
                Some(rule) => (
                    Some(rule.team_id),
                    rule.skills.clone(),
                    rule.set_priority.unwrap_or(input.priority),
                ),
                None => (None, Vec::new(), input.priority),
            }
        }
    };
    let manager_asked = lotsen_text::asks_for_manager(&body);
    let analysis =
        serde_json::to_value(&analysis).map_err(|e| AppError::Internal(e.to_string()))?;
    let record = InboundRecord {
        message_id,
        new_case_id: app.id(),
        new_customer_id: app.id(),
        channel: input.channel,
        visibility: input.visibility,
        external_id: input.external_id.map(|s| s.trim().to_owned()),
        customer_name: input.customer.name.trim().to_owned(),
        identities,
        subject: input.subject.map(|s| s.trim().to_owned()),
        body,
        kind: input.kind,
        priority,
        team_id,
        skills,
        at: app.clock.now(),
        analysis: Some(analysis),
        hide_recommended,
        case_subject: Some(case_subject),
        thread: threading.thread,
        notice: threading.notice,
        email: threading.email,
        sealed_original,
    };
    let outcome = app.store.record_inbound(&record).await?;
    tracing::info!(
        hide_recommended,
        message.id = %outcome.message_id,
        case.id = %outcome.case_id,
        created_case = outcome.created_case,
        duplicate = outcome.duplicate,
        channel = input.channel.as_str(),
        notice = threading.notice.map(NoticeReason::as_str),
        "inbound message recorded"
    );
    if !outcome.duplicate && threading.notice.is_none() {
        after_intake(app, &outcome, input.channel, manager_asked).await;
    }
    Ok(outcome)
}

/// What follows a new message, after it is durable: a new case linked to the open
/// incidents it matches above their threshold, the answer out of hours and the
/// escalation of a manager request. A failure here is logged and never loses the
/// message (the case shows the message, an agent sees it unanswered).
async fn after_intake(
    app: &App,
    outcome: &InboundOutcome,
    channel: lotsen_domain::Channel,
    manager_asked: bool,
) {
    if outcome.created_case
        && let Err(e) = crate::incidents::link_new_case(app, outcome.case_id).await
    {
        tracing::warn!(case.id = %outcome.case_id, code = e.code(), "new case not linked to incidents");
    }
    // A phone contact is logged by the agent who is on the call: nothing answers it
    // automatically.
    if channel == lotsen_domain::Channel::Phone {
        return;
    }
    if manager_asked && let Err(e) = crate::manager::request(app, None, outcome.case_id, None).await
    {
        tracing::warn!(case.id = %outcome.case_id, code = e.code(), "manager request not escalated");
    }
    if let Err(e) = crate::auto_answer::out_of_hours(app, outcome.case_id, channel).await {
        tracing::warn!(case.id = %outcome.case_id, code = e.code(), "out-of-hours answer not sent");
    }
}

/// The text guard's reading of a message, once, at intake: personal data, the code of
/// conduct against the current staff directory, tone and language.
/// Whether a message is a public social post with personal data (kept redacted, and
/// hidden on Meta's side).
pub fn personal_data_in_public(
    channel: lotsen_domain::Channel,
    visibility: Visibility,
    analysis: &lotsen_text::Analysis,
) -> bool {
    visibility == Visibility::Public && channel.is_social() && !analysis.pii.is_empty()
}

async fn analyse(
    app: &App,
    body: &str,
    visibility: Visibility,
) -> Result<lotsen_text::Analysis, AppError> {
    let options = lotsen_text::AnalysisOptions {
        pii: pii_options(app),
        staff: app.staff().await?,
    };
    let visibility = match visibility {
        Visibility::Public => lotsen_text::Visibility::Public,
        Visibility::Private => lotsen_text::Visibility::Private,
    };
    Ok(lotsen_text::analyze(body, visibility, &options))
}

fn pii_options(app: &App) -> lotsen_text::PiiOptions {
    lotsen_text::PiiOptions {
        reference_year: i32::from(app.clock.now().to_zoned(jiff::tz::TimeZone::UTC).year()),
        published_numbers: app.published_numbers.clone(),
    }
}
