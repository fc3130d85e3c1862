//! Each channel's staffing settings: opening hours (Europe/Stockholm), handle time and
//! service targets. Stored as JSON per channel; channels nobody configured use defaults
//! from how Swedish banks staff them (MISSION.md, section 4).

use lotsen_domain::{Agent, Channel, FieldError, Role};
use lotsen_forecast::StaffingTarget;
use lotsen_forecast::hours::{DayHours, DaysOff, OpeningHours};
use lotsen_forecast::plan::Workload;
use serde::{Deserialize, Serialize};

use crate::{App, AppError};

/// How one channel is staffed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ChannelSettings {
    /// When the channel is staffed, in Stockholm time.
    pub opening_hours: OpeningHours,
    /// Average handle time of one contact, seconds.
    pub handle_time_seconds: u32,
    /// Share answered within `answer_within_seconds` (calls and chat).
    pub service_level: f64,
    /// Answer-time target of the service level, seconds (calls and chat).
    pub answer_within_seconds: f64,
    /// Chats one agent handles at once.
    pub concurrency: u32,
    /// Every item answered within this many hours (email and social media).
    pub answer_within_hours: f64,
    /// Share of paid time not spent on contacts (breaks, training, meetings).
    pub shrinkage: f64,
    /// Highest share of time an agent should be busy.
    pub max_occupancy: f64,
    /// The automatic answer to a message while the channel is closed (`{opens}`: the
    /// next opening, Stockholm time); empty for none.
    #[serde(default = "default_closed_reply")]
    pub closed_reply: String,
    /// Whether replies on the channel may carry emojis (the reply lint flags them where
    /// not); the channel's default when not set: yes on chat and social media, no on
    /// email and the API.
    #[serde(default)]
    pub emoji_allowed: Option<bool>,
}

/// The automatic answer out of hours, in Swedish and English.
pub fn default_closed_reply() -> String {
    "Tack för ditt meddelande! Vi har stängt just nu och svarar när vi öppnar igen, {opens}. \
     / Thank you for your message. We are closed right now and will answer when we open, {opens}."
        .to_owned()
}

fn hours(open: u16, close: u16) -> Option<DayHours> {
    Some(DayHours { open, close })
}

impl ChannelSettings {
    /// The defaults of a channel: phone weekdays 08-20 and weekends 10-16; chat around
    /// the clock; social media every day 08-22 (as SEB and Skandia answer); email and
    /// the API weekdays 08-17; days off closed except for chat and social media.
    pub fn default_for(channel: Channel) -> Self {
        let base = Self {
            opening_hours: OpeningHours::ALWAYS,
            handle_time_seconds: 300,
            service_level: 0.8,
            answer_within_seconds: 20.0,
            concurrency: 1,
            answer_within_hours: 8.0,
            shrinkage: 0.3,
            max_occupancy: 0.85,
            closed_reply: default_closed_reply(),
            emoji_allowed: None,
        };
        match channel {
            Channel::Phone => Self {
                opening_hours: OpeningHours::weekly(
                    hours(8 * 60, 20 * 60),
                    hours(10 * 60, 16 * 60),
                    DaysOff::Closed,
                ),
                ..base
            },
            Channel::Chat => Self {
                handle_time_seconds: 360,
                answer_within_seconds: 60.0,
                concurrency: 2,
                ..base
            },
            Channel::Facebook | Channel::Instagram | Channel::Messenger => Self {
                opening_hours: OpeningHours::weekly(
                    hours(8 * 60, 22 * 60),
                    hours(8 * 60, 22 * 60),
                    DaysOff::Normal,
                ),
                handle_time_seconds: 240,
                answer_within_hours: 2.0,
                ..base
            },
            Channel::Email | Channel::Api => Self {
                opening_hours: OpeningHours::weekly(hours(8 * 60, 17 * 60), None, DaysOff::Closed),
                handle_time_seconds: 480,
                ..base
            },
        }
    }

    /// Whether replies on `channel` may carry emojis.
    pub fn allows_emoji(&self, channel: Channel) -> bool {
        self.emoji_allowed
            .unwrap_or(!matches!(channel, Channel::Email | Channel::Api))
    }

    /// Every problem with the settings, named by field.
    pub fn problems(&self) -> Vec<FieldError> {
        let mut out = Vec::new();
        let mut check = |ok: bool, field: &str, problem: &str| {
            if !ok {
                out.push(FieldError::new(field, problem));
            }
        };
        check(
            (1..=86_400).contains(&self.handle_time_seconds),
            "handle_time_seconds",
            "must be 1 to 86400",
        );
        check(
            self.service_level > 0.0 && self.service_level < 1.0,
            "service_level",
            "must be between 0 and 1",
        );
        check(
            self.answer_within_seconds.is_finite() && self.answer_within_seconds >= 0.0,
            "answer_within_seconds",
            "must be 0 or more",
        );
        check(
            (1..=20).contains(&self.concurrency),
            "concurrency",
            "must be 1 to 20",
        );
        check(
            self.answer_within_hours.is_finite() && self.answer_within_hours > 0.0,
            "answer_within_hours",
            "must be more than 0",
        );
        check(
            (0.0..1.0).contains(&self.shrinkage),
            "shrinkage",
            "must be at least 0 and under 1",
        );
        check(
            self.max_occupancy > 0.0 && self.max_occupancy <= 1.0,
            "max_occupancy",
            "must be over 0 and at most 1",
        );
        check(
            self.closed_reply.chars().count() <= 2000,
            "closed_reply",
            "must be at most 2000 characters",
        );
        out
    }

    /// How the channel's work is staffed: calls by Erlang C, chat by Erlang C over agent
    /// slots, everything else as a backlog.
    pub fn workload(&self, channel: Channel) -> Workload {
        let target = StaffingTarget {
            service_level: self.service_level,
            answer_within_min: self.answer_within_seconds / 60.0,
            max_occupancy: self.max_occupancy,
            shrinkage: self.shrinkage,
        };
        match channel {
            Channel::Phone => Workload::Queue(target),
            Channel::Chat => Workload::Chat {
                target,
                concurrency: self.concurrency,
            },
            _ => Workload::Backlog {
                within_hours: self.answer_within_hours,
                max_occupancy: self.max_occupancy,
                shrinkage: self.shrinkage,
            },
        }
    }
}

/// Leads and admins plan staffing.
pub fn require_planner(agent: &Agent) -> Result<(), AppError> {
    if agent.role == Role::Agent {
        return Err(AppError::Forbidden {
            code: "lead_only",
            message: "only a team lead or an admin may change staffing".into(),
        });
    }
    Ok(())
}

/// Every channel's settings, stored or default.
pub async fn all(app: &App) -> Result<Vec<(Channel, ChannelSettings)>, AppError> {
    let stored = app.store.channel_settings().await?;
    Channel::ALL
        .iter()
        .map(|channel| {
            let settings = match stored.iter().find(|(c, _)| c == channel) {
                Some((_, json)) => serde_json::from_str(json)
                    .map_err(|e| AppError::Internal(format!("channel settings: {e}")))?,
                None => ChannelSettings::default_for(*channel),
            };
            Ok((*channel, settings))
        })
        .collect()
}

/// One channel's settings, stored or default.
pub async fn of(app: &App, channel: Channel) -> Result<ChannelSettings, AppError> {
    Ok(all(app)
        .await?
        .into_iter()
        .find(|(c, _)| *c == channel)
        .map(|(_, s)| s)
        .unwrap_or_else(|| ChannelSettings::default_for(channel)))
}

/// Stores a channel's settings after checking them.
pub async fn put(
    app: &App,
    actor: &Agent,
    channel: Channel,
    settings: ChannelSettings,
) -> Result<ChannelSettings, AppError> {
    require_planner(actor)?;
    let problems = settings.problems();
    if !problems.is_empty() {
        return Err(AppError::Invalid(problems));
    }
    let json = serde_json::to_string(&settings).map_err(|e| AppError::Internal(e.to_string()))?;
    app.store
        .put_channel_settings(channel, &json, app.clock.now())
        .await?;
    // Opening hours move deadlines: every active case's get a new look.
    app.store.mark_all_deadlines(app.clock.now()).await?;
    Ok(settings)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_default_is_valid() {
        for channel in Channel::ALL {
            assert!(ChannelSettings::default_for(*channel).problems().is_empty());
        }
    }

    #[test]
    fn every_bad_setting_is_named() {
        let bad = ChannelSettings {
            handle_time_seconds: 0,
            service_level: 1.5,
            shrinkage: 1.0,
            ..ChannelSettings::default_for(Channel::Phone)
        };
        let fields: Vec<String> = bad.problems().into_iter().map(|f| f.field).collect();
        assert_eq!(
            fields,
            ["handle_time_seconds", "service_level", "shrinkage"]
        );
    }
}
