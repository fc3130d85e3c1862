//! The staffing plan of a day and today's surge status.

use std::collections::HashMap;

use axum::Json;
use axum::extract::{Query, State};
use lotsen_app::{AppError, forecast};
use serde::Serialize;
use utoipa::ToSchema;

use crate::AppState;
use crate::dto::time;
use crate::error::{ApiError, ErrorBody};
use crate::extract::CurrentAgent;

/// One interval of a channel's plan.
#[derive(Debug, Serialize, ToSchema)]
pub struct PlanIntervalDto {
    /// Start (RFC 3339, UTC).
    pub start: String,
    /// Whether the channel is open (staffed) then, by its opening hours.
    pub open: bool,
    /// Contacts forecast.
    pub contacts: f64,
    /// Agents needed, shrinkage included.
    pub required: u32,
    /// Agents needed without the what-if (equal to `required` in a plain plan).
    pub baseline_required: u32,
    /// Agents scheduled.
    pub scheduled: u32,
    /// Scheduled minus required: negative is a shortfall.
    pub gap: i64,
}

/// A channel's plan.
#[derive(Debug, Serialize, ToSchema)]
pub struct ChannelPlanDto {
    /// The channel.
    pub channel: String,
    /// Its intervals.
    pub intervals: Vec<PlanIntervalDto>,
}

/// The plan of a day.
#[derive(Debug, Serialize, ToSchema)]
pub struct PlanDto {
    /// The day (Stockholm).
    pub date: String,
    /// Interval length.
    pub interval_minutes: u32,
    /// Per channel.
    pub channels: Vec<ChannelPlanDto>,
}

/// A surge.
#[derive(Debug, Serialize, ToSchema)]
pub struct SurgeDto {
    /// The channel.
    pub channel: String,
    /// Start of the surge.
    pub from: String,
    /// End of the last unusual interval.
    pub to: String,
    /// Contacts that came.
    pub actual: f64,
    /// Contacts forecast.
    pub expected: f64,
    /// Contacts beyond the forecast.
    pub excess: f64,
}

/// Today's surge status.
#[derive(Debug, Serialize, ToSchema)]
pub struct SurgeStatusDto {
    /// When computed.
    pub as_of: String,
    /// Whether any channel surges: a possible incident.
    pub possible_incident: bool,
    /// The surges.
    pub surges: Vec<SurgeDto>,
}

pub(crate) fn interval(q: &HashMap<String, String>) -> Result<u32, AppError> {
    match q.get("interval") {
        None => Ok(30),
        Some(v) => v
            .parse()
            .map_err(|_| AppError::invalid("interval", "must be 15, 30 or 60")),
    }
}

/// The `date` of a query (a Stockholm day), or today.
pub(crate) fn date_or_today(
    state: &AppState,
    q: &HashMap<String, String>,
) -> Result<jiff::civil::Date, AppError> {
    match q.get("date") {
        None => Ok(forecast::today(&state.app)),
        Some(d) => d
            .parse()
            .map_err(|_| AppError::invalid("date", "must be a date such as 2026-11-24")),
    }
}

pub(crate) fn plan_dto(
    date: jiff::civil::Date,
    interval_min: u32,
    channels: Vec<(lotsen_domain::Channel, Vec<forecast::PlanInterval>)>,
) -> PlanDto {
    PlanDto {
        date: date.to_string(),
        interval_minutes: interval_min,
        channels: channels
            .into_iter()
            .map(|(channel, intervals)| ChannelPlanDto {
                channel: channel.as_str().to_owned(),
                intervals: intervals
                    .into_iter()
                    .map(|i| PlanIntervalDto {
                        start: time(i.start),
                        open: i.open,
                        contacts: i.contacts,
                        required: i.required,
                        baseline_required: i.baseline_required,
                        scheduled: i.scheduled,
                        gap: i.gap,
                    })
                    .collect(),
            })
            .collect(),
    }
}

/// The staffing plan of a Stockholm day: contacts forecast from the eight weeks before,
/// agents needed per channel and interval inside its opening hours, the agents scheduled
/// by shifts, and the gap.
#[utoipa::path(
    get, path = "/api/v1/forecast/plan", tag = "forecast",
    params(
        ("date" = Option<String>, Query, description = "YYYY-MM-DD (Stockholm); today when absent"),
        ("interval" = Option<u32>, Query, description = "15, 30 or 60 minutes (default 30)"),
    ),
    responses((status = 200, body = PlanDto), (status = 422, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn plan(
    State(state): State<AppState>,
    CurrentAgent(agent): CurrentAgent,
    Query(q): Query<HashMap<String, String>>,
) -> Result<Json<PlanDto>, ApiError> {
    let interval_min = interval(&q)?;
    let date = date_or_today(&state, &q)?;
    let channels = forecast::plan(&state.app, &agent, date, interval_min).await?;
    Ok(Json(plan_dto(date, interval_min, channels)))
}

/// Today's inbound volume against the forecast, per channel: runs of intervals above the
/// control limit are a possible incident, kept (with sample cases) under
/// `/forecast/possible-incidents`.
#[utoipa::path(
    get, path = "/api/v1/forecast/surge", tag = "forecast",
    params(("interval" = Option<u32>, Query, description = "15, 30 or 60 minutes (default 30)")),
    responses((status = 200, body = SurgeStatusDto), (status = 422, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn surge(
    State(state): State<AppState>,
    CurrentAgent(agent): CurrentAgent,
    Query(q): Query<HashMap<String, String>>,
) -> Result<Json<SurgeStatusDto>, ApiError> {
    let interval_min = interval(&q)?;
    let surges = forecast::surges(&state.app, &agent, interval_min).await?;
    // What is seen is kept, as the background task would a moment later.
    forecast::incidents::record(&state.app, interval_min).await?;
    Ok(Json(SurgeStatusDto {
        as_of: time(state.app.clock.now()),
        possible_incident: !surges.is_empty(),
        surges: surges
            .into_iter()
            .map(|s| SurgeDto {
                channel: s.channel.as_str().to_owned(),
                from: time(s.from),
                to: time(s.to),
                actual: s.actual,
                expected: s.expected,
                excess: s.actual - s.expected,
            })
            .collect(),
    }))
}
