//! Scheduled shifts: who works which channel when. Entered through the API as JSON or
//! imported as CSV (`agent_id,channel,start,end`, times in RFC 3339 or as Stockholm local
//! time `YYYY-MM-DD HH:MM`); the staffing plan counts them per interval.

use jiff::civil::DateTime;
use jiff::{SignedDuration, Timestamp};
use lotsen_domain::{Agent, AgentId, Channel, FieldError};
use lotsen_store::ShiftRecord;

use super::settings::require_planner;
use super::stockholm;
use crate::{App, AppError};

/// The longest shift accepted.
const LONGEST: SignedDuration = SignedDuration::from_hours(16);
/// The most shifts one request may add.
const MOST: usize = 10_000;

/// A shift to add, as written.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NewShift {
    /// The agent's id, if the schedule names one.
    pub agent_id: Option<String>,
    /// The channel.
    pub channel: Option<String>,
    /// Start: RFC 3339, or `YYYY-MM-DD HH:MM` in Stockholm time.
    pub start: Option<String>,
    /// End, the same way.
    pub end: Option<String>,
}

/// An instant from RFC 3339 or from Stockholm local time.
pub fn parse_instant(s: &str) -> Option<Timestamp> {
    let s = s.trim();
    if let Ok(t) = s.parse::<Timestamp>() {
        return Some(t);
    }
    let local: DateTime = s.replacen(' ', "T", 1).parse().ok()?;
    local.to_zoned(stockholm()).ok().map(|z| z.timestamp())
}

/// A checked shift: agent, channel, start, end.
type Checked = (Option<AgentId>, Channel, Timestamp, Timestamp);

/// Checks shifts, naming every problem by `name(index, field)`.
fn check(
    shifts: &[NewShift],
    name: impl Fn(usize, &str) -> String,
) -> Result<Vec<Checked>, Vec<FieldError>> {
    let mut problems = Vec::new();
    let mut out = Vec::new();
    if shifts.is_empty() {
        problems.push(FieldError::new("shifts", "must list at least one shift"));
    }
    if shifts.len() > MOST {
        problems.push(FieldError::new("shifts", "must list at most 10000 shifts"));
    }
    for (i, s) in shifts.iter().enumerate() {
        let field = |f: &str| name(i, f);
        let agent = match s
            .agent_id
            .as_deref()
            .map(str::trim)
            .filter(|a| !a.is_empty())
        {
            None => Ok(None),
            Some(a) => a.parse::<AgentId>().map(Some).map_err(|_| ()),
        };
        if agent.is_err() {
            problems.push(FieldError::new(field("agent_id"), "must be an agent id"));
        }
        let channel = s.channel.as_deref().map(str::trim).and_then(Channel::parse);
        if channel.is_none() {
            problems.push(FieldError::new(
                field("channel"),
                "must be a channel such as phone, chat or email",
            ));
        }
        let start = s.start.as_deref().and_then(parse_instant);
        if start.is_none() {
            problems.push(FieldError::new(
                field("start"),
                "must be a time such as 2026-12-02T08:00:00+01:00 or 2026-12-02 08:00",
            ));
        }
        let end = s.end.as_deref().and_then(parse_instant);
        if end.is_none() {
            problems.push(FieldError::new(
                field("end"),
                "must be a time such as 2026-12-02T17:00:00+01:00 or 2026-12-02 17:00",
            ));
        }
        if let (Some(a), Some(b)) = (start, end) {
            if b <= a {
                problems.push(FieldError::new(field("end"), "must be after the start"));
            } else if b.duration_since(a) > LONGEST {
                problems.push(FieldError::new(
                    field("end"),
                    "a shift may last at most 16 hours",
                ));
            }
        }
        if let (Ok(agent), Some(channel), Some(start), Some(end)) = (agent, channel, start, end) {
            out.push((agent, channel, start, end));
        }
    }
    if problems.is_empty() {
        Ok(out)
    } else {
        Err(problems)
    }
}

/// Reads shifts from CSV with the header `agent_id,channel,start,end` (any order, more
/// columns ignored); problems are named `line N.field`.
pub fn parse_csv(text: &str) -> Result<Vec<NewShift>, AppError> {
    let mut lines = text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty());
    let Some((_, header)) = lines.next() else {
        return Err(AppError::invalid(
            "csv",
            "is empty: the first line must be agent_id,channel,start,end",
        ));
    };
    let columns: Vec<String> = header
        .split(',')
        .map(|c| c.trim().to_ascii_lowercase())
        .collect();
    let at = |name: &str| columns.iter().position(|c| c == name);
    let (Some(channel), Some(start), Some(end)) = (at("channel"), at("start"), at("end")) else {
        return Err(AppError::invalid(
            "csv",
            "the first line must name the columns channel, start and end (and optionally agent_id)",
        ));
    };
    let agent = at("agent_id");
    Ok(lines
        .map(|(_, line)| {
            let cells: Vec<&str> = line.split(',').map(str::trim).collect();
            let cell = |i: usize| cells.get(i).map(|c| (*c).to_owned());
            NewShift {
                agent_id: agent.and_then(cell),
                channel: cell(channel),
                start: cell(start),
                end: cell(end),
            }
        })
        .collect())
}

/// Adds shifts, all or none. Problems are named `shifts[i].field` for JSON and
/// `line N.field` for CSV.
pub async fn add(
    app: &App,
    actor: &Agent,
    shifts: &[NewShift],
    csv: bool,
) -> Result<Vec<ShiftRecord>, AppError> {
    require_planner(actor)?;
    // CSV shifts are named by line: the first shift is on line 2, after the header.
    let checked = if csv {
        check(shifts, |i, f| format!("line {}.{f}", i + 2))
    } else {
        check(shifts, |i, f| format!("shifts[{i}].{f}"))
    }
    .map_err(AppError::Invalid)?;
    let records: Vec<ShiftRecord> = checked
        .into_iter()
        .map(|(agent_id, channel, starts_at, ends_at)| ShiftRecord {
            id: app.ids.next_uuid(),
            agent_id,
            channel,
            starts_at,
            ends_at,
        })
        .collect();
    app.store.add_shifts(&records, app.clock.now()).await?;
    Ok(records)
}

/// The shifts overlapping `[from, to)`.
pub async fn between(
    app: &App,
    from: Timestamp,
    to: Timestamp,
) -> Result<Vec<ShiftRecord>, AppError> {
    Ok(app.store.shifts_overlapping(from, to).await?)
}

/// Removes a shift.
pub async fn remove(app: &App, actor: &Agent, id: &str) -> Result<(), AppError> {
    require_planner(actor)?;
    let id: uuid::Uuid = id.parse().map_err(|_| AppError::NotFound("shift"))?;
    if app.store.delete_shift(id).await? {
        Ok(())
    } else {
        Err(AppError::NotFound("shift"))
    }
}

/// Agents on `channel` per interval: a shift counts where it covers the interval's middle.
pub fn scheduled(
    shifts: &[ShiftRecord],
    channel: Channel,
    starts: &[Timestamp],
    interval_min: u32,
) -> Vec<u32> {
    let half = SignedDuration::from_secs(i64::from(interval_min) * 30);
    starts
        .iter()
        .map(|start| {
            let middle = start.checked_add(half).unwrap_or(*start);
            let n = shifts
                .iter()
                .filter(|s| s.channel == channel && s.starts_at <= middle && middle < s.ends_at)
                .count();
            u32::try_from(n).unwrap_or(u32::MAX)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_lines_become_shifts_and_times_read_as_stockholm() {
        let rows =
            parse_csv("agent_id,channel,start,end\n,phone,2026-12-02 08:00,2026-12-02 17:00\n")
                .unwrap();
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].channel.as_deref(), Some("phone"));
        let start = parse_instant(rows[0].start.as_deref().unwrap()).unwrap();
        assert_eq!(start.to_string(), "2026-12-02T07:00:00Z");
        assert_eq!(
            parse_instant("2026-07-01T08:00:00+02:00")
                .unwrap()
                .to_string(),
            "2026-07-01T06:00:00Z"
        );
    }

    #[test]
    fn every_bad_cell_is_named() {
        let shifts = [NewShift {
            agent_id: Some("nobody".into()),
            channel: Some("fax".into()),
            start: Some("2026-12-02 17:00".into()),
            end: Some("2026-12-02 08:00".into()),
        }];
        let problems = check(&shifts, |i, f| format!("shifts[{i}].{f}")).unwrap_err();
        let fields: Vec<&str> = problems.iter().map(|f| f.field.as_str()).collect();
        assert_eq!(
            fields,
            ["shifts[0].agent_id", "shifts[0].channel", "shifts[0].end"]
        );
    }

    #[test]
    fn a_shift_counts_where_it_covers_the_middle_of_an_interval() {
        let at = |s: &str| s.parse::<Timestamp>().unwrap();
        let shifts = [ShiftRecord {
            id: uuid::Uuid::nil(),
            agent_id: None,
            channel: Channel::Phone,
            starts_at: at("2026-12-02T08:00:00Z"),
            ends_at: at("2026-12-02T09:15:00Z"),
        }];
        let starts = [
            at("2026-12-02T07:30:00Z"),
            at("2026-12-02T08:00:00Z"),
            at("2026-12-02T08:30:00Z"),
            at("2026-12-02T09:00:00Z"),
        ];
        assert_eq!(
            scheduled(&shifts, Channel::Phone, &starts, 30),
            [0, 1, 1, 0]
        );
        assert_eq!(scheduled(&shifts, Channel::Chat, &starts, 30), [0, 0, 0, 0]);
    }
}
