//! The case view's forms: reply, note, take, hand off (the note is required), accept or
//! decline a handoff, escalate, answer an escalation, request a manager, resolve (with
//! a summary), close unresolved (with a reason), reopen. Each checks the session's CSRF
//! token, calls one use case and goes back to the case, or shows the case again with
//! what was refused, in the agent's language.

use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use lotsen_app::AppError;
use lotsen_app::cases;
use lotsen_domain::case::EscalationKind;
use lotsen_domain::{AgentId, CaseId, EscalationId, HandoffId, TeamId};
use serde::Deserialize;

use super::case_page;
use super::labels;
use super::pages::{forged, see_other};
use super::session::Signed;
use super::{failure, text::Words};
use crate::AppState;

/// Every field an action form may send; each form sends its own few.
#[derive(Debug, Default, Deserialize)]
pub struct ActionForm {
    #[serde(default)]
    csrf: String,
    /// `agent:{id}` or `team:{id}`.
    #[serde(default)]
    to: String,
    #[serde(default)]
    note: String,
    #[serde(default)]
    kind: String,
    #[serde(default)]
    question: String,
    #[serde(default)]
    answer: String,
    #[serde(default)]
    summary: String,
    #[serde(default)]
    category: String,
    #[serde(default)]
    reason: String,
    #[serde(default)]
    body: String,
    /// The duplicate's reference, for a merge.
    #[serde(default)]
    duplicate: String,
    /// A moderation step on a post, with its rule.
    #[serde(default)]
    step: String,
    #[serde(default)]
    message_id: String,
    #[serde(default)]
    rule: String,
    /// A reply's channel and visibility.
    #[serde(default)]
    channel: String,
    #[serde(default)]
    visibility: String,
    /// A call's direction, outcome, notes and minutes.
    #[serde(default)]
    direction: String,
    #[serde(default)]
    outcome: String,
    #[serde(default)]
    notes: String,
    #[serde(default)]
    minutes: String,
    /// A caller's phone number and name, for a call logged from the inbox.
    #[serde(default)]
    phone: String,
    #[serde(default)]
    name: String,
    /// A checkbox: the duplicate's customer record is the same person.
    #[serde(default)]
    same_person: Option<String>,
    /// A knowledge-base article (what solved the case, or what a resolution is attached
    /// to; blank: none, or a new draft).
    #[serde(default)]
    article_id: String,
}

/// The article a form named, if any.
fn article(raw: &str) -> Result<Option<lotsen_domain::ArticleId>, AppError> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Ok(None);
    }
    raw.parse()
        .map(Some)
        .map_err(|_| AppError::invalid("article_id", "choose an article"))
}

/// The receiver a form chose: an agent, a team, or nobody (empty).
fn receiver(raw: &str) -> Result<(Option<AgentId>, Option<TeamId>), AppError> {
    let bad = || AppError::invalid("to", "choose an agent or a team");
    match raw.split_once(':') {
        None if raw.trim().is_empty() => Ok((None, None)),
        Some(("agent", id)) => Ok((Some(id.parse().map_err(|_| bad())?), None)),
        Some(("team", id)) => Ok((None, Some(id.parse().map_err(|_| bad())?))),
        _ => Err(bad()),
    }
}

fn some(text: &str) -> Option<&str> {
    Some(text).filter(|t| !t.trim().is_empty())
}

/// The call a form describes; a bad choice or number is named like any bad field.
/// With `phone`: the caller's number is checked too.
fn call<'a>(
    f: &'a ActionForm,
    phone: Option<&str>,
) -> Result<lotsen_app::calls::Call<'a>, AppError> {
    let mut v = lotsen_domain::error::Validator::new();
    if phone.is_some_and(|p| lotsen_domain::Identity::phone(p).is_none()) {
        v.add("phone", "is not a phone number");
    }
    let direction = lotsen_domain::Direction::parse(&f.direction);
    if direction.is_none() {
        v.add("direction", "choose inbound or outbound");
    }
    let outcome = lotsen_domain::case::CallOutcome::parse(&f.outcome);
    if outcome.is_none() {
        v.add("outcome", "choose an outcome");
    }
    let minutes = match f.minutes.trim() {
        "" => None,
        m => {
            let parsed = m.parse::<u32>().ok();
            if parsed.is_none() {
                v.add("minutes", "must be a whole number");
            }
            parsed
        }
    };
    if f.notes.trim().is_empty() {
        v.add("notes", "must not be blank");
    }
    v.finish()?;
    Ok(lotsen_app::calls::Call {
        direction,
        outcome,
        notes: Some(&f.notes),
        minutes,
    })
}

/// `POST /calls`: a call with a caller found by phone number, into their open case or
/// a new one; then that case, or the inbox again with what was refused.
pub async fn on_call(
    State(state): State<AppState>,
    signed: Signed,
    Form(form): Form<ActionForm>,
) -> Response {
    if let Some(refused) = forged(&signed, &form.csrf) {
        return refused;
    }
    let logged = match call(&form, Some(&form.phone)) {
        Ok(c) => {
            lotsen_app::calls::log_for_caller(
                &state.app,
                &signed.agent,
                Some(&form.phone),
                Some(&form.name),
                &c,
            )
            .await
        }
        Err(e) => Err(e),
    };
    match logged {
        Ok((case, _)) => see_other(&format!("/cases/{}", case.id)),
        Err(
            e @ (AppError::Invalid(_) | AppError::Conflict { .. } | AppError::Forbidden { .. }),
        ) => {
            let said = problem(&e, signed.lang.t(), signed.lang);
            let query = super::pages::InboxQuery::default();
            super::pages::inbox_page(&state, &signed, &query, Some(said)).await
        }
        Err(e) => failure(&e),
    }
}

/// What the page says when an action was refused.
fn problem(e: &AppError, t: &Words, lang: super::text::Lang) -> String {
    match e {
        AppError::Invalid(fields) => {
            let names: Vec<String> = fields
                .iter()
                .map(|f| labels::field(lang, &f.field))
                .collect();
            format!("{}: {}.", t.check_fields, names.join(", "))
        }
        AppError::Forbidden { .. } => t.not_allowed.to_owned(),
        AppError::Conflict { code, .. } => {
            labels::conflict(lang, code).map_or_else(|| e.to_string(), str::to_owned)
        }
        other => other.to_string(),
    }
}

/// Checks the token, runs the action on the case and shows the case (again, with the
/// problem, when the action was refused).
async fn act<F, Fut>(
    state: &AppState,
    signed: &Signed,
    csrf: &str,
    case_id: Result<CaseId, AppError>,
    action: F,
) -> Response
where
    F: FnOnce(CaseId) -> Fut,
    Fut: std::future::Future<Output = Result<(), AppError>>,
{
    let t = signed.lang.t();
    if let Some(refused) = forged(signed, csrf) {
        return refused;
    }
    match case_id {
        Ok(case_id) => finish(state, signed, case_id, action(case_id).await).await,
        Err(AppError::NotFound(_)) => (StatusCode::NOT_FOUND, t.not_found).into_response(),
        Err(e) => failure(&e),
    }
}

/// Back to the case, or the case again with what was refused.
async fn finish(
    state: &AppState,
    signed: &Signed,
    case_id: CaseId,
    done: Result<(), AppError>,
) -> Response {
    let t = signed.lang.t();
    match done {
        Ok(()) => see_other(&format!("/cases/{case_id}")),
        Err(AppError::NotFound(_)) => (StatusCode::NOT_FOUND, t.not_found).into_response(),
        Err(
            e @ (AppError::Invalid(_) | AppError::Conflict { .. } | AppError::Forbidden { .. }),
        ) => {
            let said = problem(&e, t, signed.lang);
            case_page::render(state, signed, &case_id.to_string(), None, Some(said)).await
        }
        Err(e) => failure(&e),
    }
}

fn case_id(raw: &str) -> Result<CaseId, AppError> {
    raw.parse::<CaseId>()
        .map_err(|_| AppError::NotFound("case"))
}

async fn case_of_handoff(state: &AppState, raw: &str) -> Result<CaseId, AppError> {
    let id: HandoffId = raw.parse().map_err(|_| AppError::NotFound("handoff"))?;
    state
        .app
        .store
        .case_of_handoff(id)
        .await?
        .ok_or(AppError::NotFound("handoff"))
}

async fn case_of_escalation(state: &AppState, raw: &str) -> Result<CaseId, AppError> {
    let id: EscalationId = raw.parse().map_err(|_| AppError::NotFound("escalation"))?;
    state
        .app
        .store
        .case_of_escalation(id)
        .await?
        .ok_or(AppError::NotFound("escalation"))
}

/// `GET /cases/{id}` parameters.
#[derive(Debug, Deserialize)]
pub struct CaseQuery {
    /// Show the part of the timeline before this event (a version).
    #[serde(default)]
    before: Option<u64>,
}

/// `GET /cases/{id}`: the case with the latest part of its timeline (or, with
/// `?before=V`, the part before event V).
pub async fn case(
    State(state): State<AppState>,
    signed: Signed,
    Path(id): Path<String>,
    Query(query): Query<CaseQuery>,
) -> Response {
    case_page::render(&state, &signed, &id, query.before, None).await
}

/// `POST /cases/{id}/{action}`: reply, note, take, handoff, escalate, manager,
/// resolve (with the article that solved it), solved, known-solution, close, reopen,
/// merge, call or moderate.
pub async fn on_case(
    State(state): State<AppState>,
    signed: Signed,
    Path((id, action)): Path<(String, String)>,
    Form(form): Form<ActionForm>,
) -> Response {
    let (app, agent, f) = (&state.app, &signed.agent, &form);
    let id = case_id(&id);
    act(&state, &signed, &form.csrf, id, move |case| async move {
        match action.as_str() {
            "reply" => cases::reply(
                app,
                agent,
                case,
                Some(&f.body),
                lotsen_domain::Visibility::parse(&f.visibility),
                lotsen_domain::Channel::parse(&f.channel),
            )
            .await
            .map(drop),
            "note" => cases::add_note(app, agent, case, Some(&f.body))
                .await
                .map(drop),
            "take" => cases::assign(app, agent, case, Some(agent.id))
                .await
                .map(drop),
            "handoff" => {
                let (to_agent, to_team) = receiver(&f.to)?;
                cases::hand_off(app, agent, case, to_agent, to_team, Some(&f.note))
                    .await
                    .map(drop)
            }
            "escalate" => {
                let kind = EscalationKind::parse(&f.kind);
                let (to_agent, to_team) = receiver(&f.to)?;
                cases::escalate(app, agent, case, kind, to_team, to_agent, Some(&f.question))
                    .await
                    .map(drop)
            }
            // The team's lead is asked and the customer told who and by when.
            "manager" => lotsen_app::manager::request(app, Some(agent), case, some(&f.note))
                .await
                .map(drop),
            "resolve" => {
                cases::resolve(app, agent, case, Some(&f.summary), some(&f.category)).await?;
                // "This solved it", chosen with the resolution.
                if let Some(a) = article(&f.article_id)? {
                    lotsen_app::knowledge::solved_it(app, agent, case, a).await?;
                }
                Ok(())
            }
            "solved" => {
                let a = article(&f.article_id)?
                    .ok_or_else(|| AppError::invalid("article_id", "choose an article"))?;
                lotsen_app::knowledge::solved_it(app, agent, case, a)
                    .await
                    .map(drop)
            }
            "known-solution" => {
                lotsen_app::knowledge::known_solution(app, agent, case, article(&f.article_id)?)
                    .await
                    .map(drop)
            }
            "close" => cases::close(app, agent, case, Some(&f.reason))
                .await
                .map(drop),
            "reopen" => cases::reopen(app, agent, case, Some(&f.reason))
                .await
                .map(drop),
            "call" => lotsen_app::calls::log(app, agent, case, &call(f, None)?)
                .await
                .map(drop),
            "moderate" => {
                let step = lotsen_domain::case::ModerationStep::parse(&f.step)
                    .ok_or_else(|| AppError::invalid("step", "choose a step"))?;
                let message_id = f
                    .message_id
                    .parse()
                    .map_err(|_| AppError::NotFound("message"))?;
                lotsen_app::moderation::moderate(
                    app,
                    agent,
                    case,
                    lotsen_app::moderation::ModerationRequest {
                        message_id,
                        step,
                        rule: f.rule.clone(),
                        body: some(&f.body).map(str::to_owned),
                    },
                )
                .await
                .map(drop)
            }
            "merge" => cases::merge(
                app,
                agent,
                case,
                Some(&f.duplicate),
                f.same_person.is_some(),
            )
            .await
            .map(drop),
            _ => Err(AppError::NotFound("action")),
        }
    })
    .await
}

/// `POST /handoffs/{id}/{accept|decline}`: the receiver takes the case, or declines
/// saying why.
pub async fn on_handoff(
    State(state): State<AppState>,
    signed: Signed,
    Path((id, action)): Path<(String, String)>,
    Form(form): Form<ActionForm>,
) -> Response {
    let (app, agent, reason) = (&state.app, &signed.agent, form.reason.as_str());
    let case = case_of_handoff(&state, &id).await;
    let handoff: Option<HandoffId> = id.parse().ok();
    act(&state, &signed, &form.csrf, case, move |_| async move {
        let handoff = handoff.ok_or(AppError::NotFound("handoff"))?;
        match action.as_str() {
            "accept" => cases::accept_handoff(app, agent, handoff, None).await,
            "decline" => cases::decline_handoff(app, agent, handoff, Some(reason)).await,
            _ => Err(AppError::NotFound("action")),
        }
        .map(drop)
    })
    .await
}

/// `POST /escalations/{id}/answer`: the specialist, on-call or manager answers.
pub async fn answer(
    State(state): State<AppState>,
    signed: Signed,
    Path(id): Path<String>,
    Form(form): Form<ActionForm>,
) -> Response {
    let (app, agent, text) = (&state.app, &signed.agent, form.answer.as_str());
    let case = case_of_escalation(&state, &id).await;
    let escalation: Option<EscalationId> = id.parse().ok();
    act(&state, &signed, &form.csrf, case, move |_| async move {
        let escalation = escalation.ok_or(AppError::NotFound("escalation"))?;
        cases::answer_escalation(app, agent, escalation, Some(text))
            .await
            .map(drop)
    })
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_receiver_is_an_agent_a_team_or_nobody() {
        let id = "0191e0a0-0000-7000-8000-000000000001";
        assert!(matches!(
            receiver(&format!("agent:{id}")),
            Ok((Some(_), None))
        ));
        assert!(matches!(
            receiver(&format!("team:{id}")),
            Ok((None, Some(_)))
        ));
        assert!(matches!(receiver(""), Ok((None, None))));
        assert!(receiver("agent:nonsense").is_err());
        assert!(receiver("someone").is_err());
    }
}
