//! Staffing configuration and questions: each channel's opening hours and targets, the
//! scheduled shifts (JSON or CSV), what-ifs on a day's plan, and the possible incidents
//! surge detection kept.

use std::collections::HashMap;

use axum::Json;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use lotsen_app::AppError;
use lotsen_app::forecast::incidents::{self, PossibleIncident};
use lotsen_app::forecast::settings::{self, ChannelSettings};
use lotsen_app::forecast::shifts::{self, NewShift};
use lotsen_app::forecast::{self, WhatIf};
use lotsen_domain::{Channel, FieldError};
use lotsen_forecast::hours::{DayHours, DaysOff, HoursException, OpeningHours};
use lotsen_store::ShiftRecord;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::forecast::{PlanDto, date_or_today, plan_dto};
use crate::AppState;
use crate::dto::time;
use crate::error::{ApiError, ErrorBody};
use crate::extract::{ApiJson, CurrentAgent};

const DAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// The hours of one day, `HH:MM` in Stockholm time (`close` may be `24:00`).
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct DayHoursDto {
    /// Opening time.
    pub open: String,
    /// Closing time.
    pub close: String,
}

/// A weekly schedule; a day left out or `null` is closed.
#[derive(Debug, Clone, Default, Serialize, Deserialize, ToSchema)]
pub struct OpeningHoursDto {
    /// Monday.
    pub monday: Option<DayHoursDto>,
    /// Tuesday.
    pub tuesday: Option<DayHoursDto>,
    /// Wednesday.
    pub wednesday: Option<DayHoursDto>,
    /// Thursday.
    pub thursday: Option<DayHoursDto>,
    /// Friday.
    pub friday: Option<DayHoursDto>,
    /// Saturday.
    pub saturday: Option<DayHoursDto>,
    /// Sunday.
    pub sunday: Option<DayHoursDto>,
    /// Swedish days off: `closed`, `sunday_hours` or `normal`.
    pub days_off: Option<String>,
    /// Dates with their own hours (a staff day, an extra opening), ahead of the week
    /// and the days off.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub exceptions: Vec<HoursExceptionDto>,
}

/// A date with its own hours; without `open` and `close` the channel is closed that day.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct HoursExceptionDto {
    /// `YYYY-MM-DD`.
    pub date: String,
    /// Opening time, `HH:MM`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub open: Option<String>,
    /// Closing time, `HH:MM`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub close: Option<String>,
}

impl OpeningHoursDto {
    fn days(&self) -> [&Option<DayHoursDto>; 7] {
        [
            &self.monday,
            &self.tuesday,
            &self.wednesday,
            &self.thursday,
            &self.friday,
            &self.saturday,
            &self.sunday,
        ]
    }

    fn from_hours(h: &OpeningHours) -> Self {
        let day = |i: usize| {
            h.days[i].map(|d| DayHoursDto {
                open: DayHours::format(d.open),
                close: DayHours::format(d.close),
            })
        };
        Self {
            monday: day(0),
            tuesday: day(1),
            wednesday: day(2),
            thursday: day(3),
            friday: day(4),
            saturday: day(5),
            sunday: day(6),
            days_off: Some(
                match h.days_off {
                    DaysOff::Closed => "closed",
                    DaysOff::SundayHours => "sunday_hours",
                    DaysOff::Normal => "normal",
                }
                .to_owned(),
            ),
            exceptions: h
                .exceptions
                .iter()
                .map(|e| HoursExceptionDto {
                    date: e.date.to_string(),
                    open: e.hours.map(|d| DayHours::format(d.open)),
                    close: e.hours.map(|d| DayHours::format(d.close)),
                })
                .collect(),
        }
    }

    fn to_hours(&self, problems: &mut Vec<FieldError>) -> OpeningHours {
        let mut days = [None; 7];
        for (i, d) in self.days().into_iter().enumerate() {
            if let Some(d) = d {
                match DayHours::parse(&d.open, &d.close) {
                    Ok(h) => days[i] = Some(h),
                    Err(e) => problems.push(FieldError::new(
                        format!("opening_hours.{}.{}", DAYS[i], e.field),
                        e.problem,
                    )),
                }
            }
        }
        let days_off = match self.days_off.as_deref() {
            None | Some("closed") => DaysOff::Closed,
            Some("sunday_hours") => DaysOff::SundayHours,
            Some("normal") => DaysOff::Normal,
            Some(_) => {
                problems.push(FieldError::new(
                    "opening_hours.days_off",
                    "must be closed, sunday_hours or normal",
                ));
                DaysOff::Closed
            }
        };
        let mut exceptions = Vec::new();
        for (i, e) in self.exceptions.iter().enumerate() {
            let field = |f: &str| format!("opening_hours.exceptions[{i}].{f}");
            let Ok(date) = e.date.trim().parse() else {
                problems.push(FieldError::new(field("date"), "must be YYYY-MM-DD"));
                continue;
            };
            let hours = match (&e.open, &e.close) {
                (None, None) => None,
                (Some(open), Some(close)) => match DayHours::parse(open, close) {
                    Ok(h) => Some(h),
                    Err(err) => {
                        problems.push(FieldError::new(field(&err.field), err.problem));
                        continue;
                    }
                },
                _ => {
                    problems.push(FieldError::new(
                        field("close"),
                        "give both open and close, or neither for a closed day",
                    ));
                    continue;
                }
            };
            exceptions.push(HoursException { date, hours });
        }
        OpeningHours {
            days,
            days_off,
            exceptions,
        }
    }
}

/// A channel's staffing settings. In a request every field may be left out to keep its
/// current value.
#[derive(Debug, Clone, Default, Serialize, Deserialize, ToSchema)]
pub struct ChannelSettingsDto {
    /// The channel (in answers).
    #[serde(default, skip_deserializing)]
    pub channel: String,
    /// When the channel is staffed, Stockholm time.
    pub opening_hours: Option<OpeningHoursDto>,
    /// Average handle time, seconds.
    pub handle_time_seconds: Option<u32>,
    /// Share answered within `answer_within_seconds` (phone and chat).
    pub service_level: Option<f64>,
    /// Answer-time target, seconds (phone and chat).
    pub answer_within_seconds: Option<f64>,
    /// Chats per agent at once.
    pub concurrency: Option<u32>,
    /// Answer within this many hours (email and social media).
    pub answer_within_hours: Option<f64>,
    /// Share of paid time off the queue.
    pub shrinkage: Option<f64>,
    /// Highest occupancy.
    pub max_occupancy: Option<f64>,
    /// The automatic answer to a message while the channel is closed; `{opens}` becomes
    /// the next opening time. Empty: no automatic answer.
    pub closed_reply: Option<String>,
    /// Whether replies may carry emojis (the reply lint flags them where not).
    pub emoji_allowed: Option<bool>,
}

fn settings_dto(channel: Channel, s: &ChannelSettings) -> ChannelSettingsDto {
    ChannelSettingsDto {
        channel: channel.as_str().to_owned(),
        opening_hours: Some(OpeningHoursDto::from_hours(&s.opening_hours)),
        handle_time_seconds: Some(s.handle_time_seconds),
        service_level: Some(s.service_level),
        answer_within_seconds: Some(s.answer_within_seconds),
        concurrency: Some(s.concurrency),
        answer_within_hours: Some(s.answer_within_hours),
        shrinkage: Some(s.shrinkage),
        max_occupancy: Some(s.max_occupancy),
        closed_reply: Some(s.closed_reply.clone()),
        emoji_allowed: Some(s.allows_emoji(channel)),
    }
}

fn channel_of(name: &str) -> Result<Channel, AppError> {
    Channel::parse(name).ok_or(AppError::NotFound("channel"))
}

/// Every channel's staffing settings (stored, or the defaults).
#[utoipa::path(
    get, path = "/api/v1/forecast/channels", tag = "forecast",
    responses((status = 200, body = [ChannelSettingsDto])),
    security(("bearer" = []))
)]
pub async fn list_channels(
    State(state): State<AppState>,
    CurrentAgent(_agent): CurrentAgent,
) -> Result<Json<Vec<ChannelSettingsDto>>, ApiError> {
    let all = settings::all(&state.app).await?;
    Ok(Json(all.iter().map(|(c, s)| settings_dto(*c, s)).collect()))
}

/// Changes a channel's opening hours, handle time or targets (leads and admins); fields
/// left out keep their values.
#[utoipa::path(
    put, path = "/api/v1/forecast/channels/{channel}", tag = "forecast",
    params(("channel" = String, Path, description = "phone, chat, email, facebook, instagram, messenger or api")),
    request_body = ChannelSettingsDto,
    responses((status = 200, body = ChannelSettingsDto), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn put_channel(
    State(state): State<AppState>,
    CurrentAgent(agent): CurrentAgent,
    Path(name): Path<String>,
    ApiJson(req): ApiJson<ChannelSettingsDto>,
) -> Result<Json<ChannelSettingsDto>, ApiError> {
    settings::require_planner(&agent)?;
    let channel = channel_of(&name)?;
    let current = settings::of(&state.app, channel).await?;
    let mut problems = Vec::new();
    let opening_hours = match &req.opening_hours {
        Some(h) => h.to_hours(&mut problems),
        None => current.opening_hours.clone(),
    };
    let next = ChannelSettings {
        opening_hours,
        handle_time_seconds: req
            .handle_time_seconds
            .unwrap_or(current.handle_time_seconds),
        service_level: req.service_level.unwrap_or(current.service_level),
        answer_within_seconds: req
            .answer_within_seconds
            .unwrap_or(current.answer_within_seconds),
        concurrency: req.concurrency.unwrap_or(current.concurrency),
        answer_within_hours: req
            .answer_within_hours
            .unwrap_or(current.answer_within_hours),
        shrinkage: req.shrinkage.unwrap_or(current.shrinkage),
        max_occupancy: req.max_occupancy.unwrap_or(current.max_occupancy),
        closed_reply: req
            .closed_reply
            .map(|r| r.trim().to_owned())
            .unwrap_or(current.closed_reply),
        emoji_allowed: req.emoji_allowed.or(current.emoji_allowed),
    };
    problems.extend(next.problems());
    if !problems.is_empty() {
        return Err(AppError::Invalid(problems).into());
    }
    let stored = settings::put(&state.app, &agent, channel, next).await?;
    Ok(Json(settings_dto(channel, &stored)))
}

/// A scheduled shift.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct ShiftDto {
    /// Id (in answers).
    #[serde(default, skip_deserializing)]
    pub id: String,
    /// The agent, if the schedule names one.
    pub agent_id: Option<String>,
    /// The channel worked.
    pub channel: Option<String>,
    /// Start: RFC 3339, or `YYYY-MM-DD HH:MM` in Stockholm time.
    pub start: Option<String>,
    /// End, the same way.
    pub end: Option<String>,
}

fn shift_dto(s: &ShiftRecord) -> ShiftDto {
    ShiftDto {
        id: s.id.to_string(),
        agent_id: s.agent_id.map(|a| a.to_string()),
        channel: Some(s.channel.as_str().to_owned()),
        start: Some(time(s.starts_at)),
        end: Some(time(s.ends_at)),
    }
}

/// Shifts to add.
#[derive(Debug, Deserialize, ToSchema)]
pub struct ShiftsRequest {
    /// The shifts.
    pub shifts: Option<Vec<ShiftDto>>,
}

/// Shifts added.
#[derive(Debug, Serialize, ToSchema)]
pub struct ShiftsAdded {
    /// How many.
    pub created: usize,
    /// The shifts as stored.
    pub shifts: Vec<ShiftDto>,
}

/// Adds shifts (leads and admins), all or none: as JSON `{"shifts":[...]}`, or as CSV
/// (`Content-Type: text/csv`) with the header `agent_id,channel,start,end`.
#[utoipa::path(
    post, path = "/api/v1/forecast/shifts", tag = "forecast",
    request_body(content = ShiftsRequest, description = "JSON, or text/csv with the header agent_id,channel,start,end"),
    responses((status = 201, body = ShiftsAdded), (status = 403, body = ErrorBody), (status = 415, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn add_shifts(
    State(state): State<AppState>,
    CurrentAgent(agent): CurrentAgent,
    headers: HeaderMap,
    body: Bytes,
) -> Result<(StatusCode, Json<ShiftsAdded>), ApiError> {
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    let (rows, csv) = if content_type.starts_with("text/csv") {
        let text = std::str::from_utf8(&body)
            .map_err(|_| AppError::invalid("csv", "must be UTF-8 text"))?;
        (shifts::parse_csv(text)?, true)
    } else if content_type.starts_with("application/json") {
        let req: ShiftsRequest =
            serde_json::from_slice(&body).map_err(|e| AppError::invalid("body", &e.to_string()))?;
        let rows = req
            .shifts
            .ok_or_else(|| AppError::invalid("shifts", "is required"))?
            .into_iter()
            .map(|s| NewShift {
                agent_id: s.agent_id,
                channel: s.channel,
                start: s.start,
                end: s.end,
            })
            .collect::<Vec<_>>();
        (rows, false)
    } else {
        return Err(ApiError::Request {
            status: StatusCode::UNSUPPORTED_MEDIA_TYPE,
            code: "unsupported_media_type",
            message: "send shifts as application/json or text/csv".into(),
        });
    };
    let added = shifts::add(&state.app, &agent, &rows, csv).await?;
    Ok((
        StatusCode::CREATED,
        Json(ShiftsAdded {
            created: added.len(),
            shifts: added.iter().map(shift_dto).collect(),
        }),
    ))
}

/// The shifts of a Stockholm day.
#[utoipa::path(
    get, path = "/api/v1/forecast/shifts", tag = "forecast",
    params(("date" = Option<String>, Query, description = "YYYY-MM-DD (Stockholm); today when absent")),
    responses((status = 200, body = [ShiftDto]), (status = 422, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn list_shifts(
    State(state): State<AppState>,
    CurrentAgent(_agent): CurrentAgent,
    Query(q): Query<HashMap<String, String>>,
) -> Result<Json<Vec<ShiftDto>>, ApiError> {
    let date = date_or_today(&state, &q)?;
    let (from, to) = forecast::day_range(date)?;
    let found = shifts::between(&state.app, from, to).await?;
    Ok(Json(found.iter().map(shift_dto).collect()))
}

/// Removes a shift (leads and admins).
#[utoipa::path(
    delete, path = "/api/v1/forecast/shifts/{id}", tag = "forecast",
    params(("id" = String, Path, description = "The shift")),
    responses((status = 204), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn delete_shift(
    State(state): State<AppState>,
    CurrentAgent(agent): CurrentAgent,
    Path(id): Path<String>,
) -> Result<StatusCode, ApiError> {
    shifts::remove(&state.app, &agent, &id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// A what-if on a day's plan.
#[derive(Debug, Deserialize, ToSchema)]
pub struct WhatIfRequest {
    /// The day, YYYY-MM-DD (Stockholm); today when left out.
    pub date: Option<String>,
    /// 15, 30 or 60 (default 30).
    pub interval: Option<u32>,
    /// Only this channel.
    pub channel: Option<String>,
    /// From (RFC 3339 or `YYYY-MM-DD HH:MM` Stockholm); the day's start when left out.
    pub from: Option<String>,
    /// Until; the day's end when left out.
    pub to: Option<String>,
    /// Contacts are multiplied by this (default 1).
    pub volume_multiplier: Option<f64>,
    /// Seconds added to each contact's handle time (default 0).
    pub extra_handle_seconds: Option<f64>,
}

/// The day's plan with more contacts or longer handling in a period: `required` is the
/// new need, `baseline_required` the plan's, `gap` is against the new need.
#[utoipa::path(
    post, path = "/api/v1/forecast/what-if", tag = "forecast",
    request_body = WhatIfRequest,
    responses((status = 200, body = PlanDto), (status = 422, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn what_if(
    State(state): State<AppState>,
    CurrentAgent(agent): CurrentAgent,
    ApiJson(req): ApiJson<WhatIfRequest>,
) -> Result<Json<PlanDto>, ApiError> {
    let mut problems = Vec::new();
    let date = match req.date.as_deref() {
        None => forecast::today(&state.app),
        Some(d) => d.parse().unwrap_or_else(|_| {
            problems.push(FieldError::new("date", "must be a date such as 2026-11-24"));
            forecast::today(&state.app)
        }),
    };
    let interval_min = req.interval.unwrap_or(30);
    if ![15, 30, 60].contains(&interval_min) {
        problems.push(FieldError::new("interval", "must be 15, 30 or 60"));
    }
    let channel = match req.channel.as_deref() {
        None => None,
        Some(c) => {
            let parsed = Channel::parse(c);
            if parsed.is_none() {
                problems.push(FieldError::new(
                    "channel",
                    "must be a channel such as phone, chat or email",
                ));
            }
            parsed
        }
    };
    let mut instant = |field: &str, v: &Option<String>| match v.as_deref() {
        None => None,
        Some(s) => {
            let t = shifts::parse_instant(s);
            if t.is_none() {
                problems.push(FieldError::new(
                    field,
                    "must be a time such as 2026-03-23T08:00:00+01:00 or 2026-03-23 08:00",
                ));
            }
            t
        }
    };
    let from = instant("from", &req.from);
    let to = instant("to", &req.to);
    if !problems.is_empty() {
        return Err(AppError::Invalid(problems).into());
    }
    let w = WhatIf {
        channel,
        from,
        to,
        volume_multiplier: req.volume_multiplier.unwrap_or(1.0),
        extra_handle_seconds: req.extra_handle_seconds.unwrap_or(0.0),
    };
    let plan = forecast::plan_with(&state.app, &agent, date, interval_min, Some(&w)).await?;
    Ok(Json(plan_dto(date, interval_min, plan)))
}

/// A case that came in during a surge.
#[derive(Debug, Serialize, ToSchema)]
pub struct SampleCaseDto {
    /// The case.
    pub case_id: String,
    /// Its reference, `L-000123`.
    pub reference: String,
}

/// A possible incident: a channel's inbound volume above the forecast.
#[derive(Debug, Serialize, ToSchema)]
pub struct PossibleIncidentDto {
    /// Id.
    pub id: String,
    /// The channel.
    pub channel: String,
    /// Start of the first unusual interval.
    pub from: String,
    /// End of the last unusual interval so far.
    pub to: String,
    /// Contacts that came.
    pub actual: f64,
    /// Contacts forecast.
    pub expected: f64,
    /// Contacts beyond the forecast.
    pub excess: f64,
    /// Some of the cases that came in.
    pub sample_cases: Vec<SampleCaseDto>,
    /// First seen.
    pub detected_at: String,
    /// Last brought up to date.
    pub updated_at: String,
}

fn incident_dto(i: &PossibleIncident) -> PossibleIncidentDto {
    PossibleIncidentDto {
        id: i.id.to_string(),
        channel: i.channel.as_str().to_owned(),
        from: time(i.from),
        to: time(i.to),
        actual: i.detail.actual,
        expected: i.detail.expected,
        excess: i.detail.actual - i.detail.expected,
        sample_cases: i
            .detail
            .sample_cases
            .iter()
            .map(|c| SampleCaseDto {
                case_id: c.id.to_string(),
                reference: c.reference.to_string(),
            })
            .collect(),
        detected_at: time(i.detected_at),
        updated_at: time(i.updated_at),
    }
}

/// The possible incidents surge detection kept on a Stockholm day (it runs every minute).
#[utoipa::path(
    get, path = "/api/v1/forecast/possible-incidents", tag = "forecast",
    params(("date" = Option<String>, Query, description = "YYYY-MM-DD (Stockholm); today when absent")),
    responses((status = 200, body = [PossibleIncidentDto]), (status = 422, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn possible_incidents(
    State(state): State<AppState>,
    CurrentAgent(agent): CurrentAgent,
    Query(q): Query<HashMap<String, String>>,
) -> Result<Json<Vec<PossibleIncidentDto>>, ApiError> {
    let date = date_or_today(&state, &q)?;
    let found = incidents::of_day(&state.app, &agent, date).await?;
    Ok(Json(found.iter().map(incident_dto).collect()))
}
