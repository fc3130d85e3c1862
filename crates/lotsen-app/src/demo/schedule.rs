//! The demo bank's rota for this week: shifts per channel (Stockholm time) for today and
//! the six days after, taken by the demo's agents in turn, so the staffing plan opens
//! with scheduled agents and honest gaps (the phone queue is a little short on Mondays).

use jiff::Timestamp;
use jiff::civil::Date;
use lotsen_domain::{Agent, Channel};
use lotsen_forecast::calendar::is_day_off;
use lotsen_store::ShiftRecord;

use crate::forecast::stockholm;
use crate::{App, AppError};

/// Shift blocks: channel, start and end hour (local), agents on weekdays and on weekends.
const BLOCKS: &[(Channel, i8, i8, usize, usize)] = &[
    (Channel::Phone, 8, 14, 9, 0),
    (Channel::Phone, 13, 20, 7, 0),
    (Channel::Phone, 10, 16, 0, 4),
    (Channel::Chat, 6, 14, 5, 3),
    (Channel::Chat, 14, 22, 5, 3),
    (Channel::Chat, 22, 24, 1, 1),
    (Channel::Email, 8, 17, 4, 0),
    (Channel::Messenger, 8, 16, 2, 1),
    (Channel::Messenger, 14, 22, 2, 1),
    (Channel::Facebook, 8, 22, 1, 1),
];

fn at(date: Date, hour: i8) -> Result<Timestamp, AppError> {
    let (date, hour) = if hour >= 24 {
        (
            date.tomorrow()
                .map_err(|e| AppError::Internal(e.to_string()))?,
            hour - 24,
        )
    } else {
        (date, hour)
    };
    date.at(hour, 0, 0, 0)
        .to_zoned(stockholm())
        .map(|z| z.timestamp())
        .map_err(|e| AppError::Internal(e.to_string()))
}

/// Writes the week's shifts from `today`.
pub async fn write(app: &App, agents: &[&Agent], today: Date) -> Result<usize, AppError> {
    let mut shifts = Vec::new();
    let mut next = 0usize;
    let mut date = today;
    for _ in 0..7 {
        let weekend = date.weekday().to_monday_zero_offset() >= 5 || is_day_off(date);
        for (channel, from, to, weekdays, weekends) in BLOCKS {
            let n = if weekend { *weekends } else { *weekdays };
            for _ in 0..n {
                let agent = agents.get(next % agents.len().max(1)).map(|a| a.id);
                next += 1;
                shifts.push(ShiftRecord {
                    id: app.ids.next_uuid(),
                    agent_id: agent,
                    channel: *channel,
                    starts_at: at(date, *from)?,
                    ends_at: at(date, *to)?,
                });
            }
        }
        date = date
            .tomorrow()
            .map_err(|e| AppError::Internal(e.to_string()))?;
    }
    app.store.add_shifts(&shifts, app.clock.now()).await?;
    Ok(shifts.len())
}
