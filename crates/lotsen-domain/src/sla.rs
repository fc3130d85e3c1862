//! Service-level deadlines of a case: first response, next response and resolution,
//! counted in open time of the case's channel (nights, weekends and days off do not
//! count) and paused while the case waits on the customer. A policy applies by case
//! kind, priority and channel; the most specific one wins; complaints are stricter by
//! default. Pure: the events, the hours, the time zone and "now" come in.

use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp};
use serde::{Deserialize, Serialize};

use crate::case::{
    AlertLevel, CaseEvent, CaseKind, Channel, DeadlineKind, Escalation, EscalationKind, EventKind,
    Priority, SlaAlert,
};
use crate::hours::OpeningHours;
use crate::ids::EscalationId;

/// The targets of a policy, in open time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct SlaTargets {
    /// From the first message to the first reply.
    pub first_response: Option<SignedDuration>,
    /// From a customer's message (after our first reply) to our next reply.
    pub next_response: Option<SignedDuration>,
    /// From the first message to resolution, not counting time waiting on the customer.
    pub resolution: Option<SignedDuration>,
    /// Warn when this many percent of a target have passed.
    pub warn_percent: u8,
}

/// A policy: targets for the cases it matches (`None` matches any).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SlaPolicy {
    /// Name, for people.
    pub name: String,
    /// Only this kind of case.
    pub kind: Option<CaseKind>,
    /// Only this priority.
    pub priority: Option<Priority>,
    /// Only this channel.
    pub channel: Option<Channel>,
    /// The targets.
    pub targets: SlaTargets,
}

impl SlaPolicy {
    fn matches(&self, kind: CaseKind, priority: Priority, channel: Channel) -> bool {
        self.kind.is_none_or(|k| k == kind)
            && self.priority.is_none_or(|p| p == priority)
            && self.channel.is_none_or(|c| c == channel)
    }

    fn specificity(&self) -> usize {
        usize::from(self.kind.is_some())
            + usize::from(self.priority.is_some())
            + usize::from(self.channel.is_some())
    }
}

/// The policy for a case: the most specific match, the first of equals.
pub fn choose(
    policies: &[SlaPolicy],
    kind: CaseKind,
    priority: Priority,
    channel: Channel,
) -> Option<&SlaPolicy> {
    let mut best: Option<&SlaPolicy> = None;
    for p in policies
        .iter()
        .filter(|p| p.matches(kind, priority, channel))
    {
        if best.is_none_or(|b| p.specificity() > b.specificity()) {
            best = Some(p);
        }
    }
    best
}

/// The default policies: enquiries answered within 8 open hours and resolved within 40;
/// complaints answered within 2 and resolved within 16; urgent cases answered within 30
/// minutes.
pub fn default_policies() -> Vec<SlaPolicy> {
    let hours = SignedDuration::from_hours;
    vec![
        SlaPolicy {
            name: "Ärenden".into(),
            kind: None,
            priority: None,
            channel: None,
            targets: SlaTargets {
                first_response: Some(hours(8)),
                next_response: Some(hours(8)),
                resolution: Some(hours(40)),
                warn_percent: 80,
            },
        },
        SlaPolicy {
            name: "Klagomål".into(),
            kind: Some(CaseKind::Complaint),
            priority: None,
            channel: None,
            targets: SlaTargets {
                first_response: Some(hours(2)),
                next_response: Some(hours(4)),
                resolution: Some(hours(16)),
                warn_percent: 75,
            },
        },
        SlaPolicy {
            name: "Brådskande".into(),
            kind: None,
            priority: Some(Priority::Urgent),
            channel: None,
            targets: SlaTargets {
                first_response: Some(SignedDuration::from_mins(30)),
                next_response: Some(hours(1)),
                resolution: Some(hours(8)),
                warn_percent: 75,
            },
        },
    ]
}

/// Where a deadline stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DeadlineState {
    /// The clock runs.
    Running,
    /// The clock runs and most of the time has passed.
    Warning,
    /// Stopped while the case waits on the customer.
    Paused,
    /// Done in time.
    Met,
    /// Overdue, or done late.
    Breached,
}

/// One deadline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Deadline {
    /// When it falls due (for a paused clock: if it started again now).
    pub due: Option<Timestamp>,
    /// When warnings start.
    pub warn_at: Option<Timestamp>,
    /// Where it stands.
    pub state: DeadlineState,
    /// When it was met or missed, if it is over.
    pub done_at: Option<Timestamp>,
}

/// A case's deadlines.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sla {
    /// First response.
    pub first_response: Option<Deadline>,
    /// Next response, while a customer's message waits for us.
    pub next_response: Option<Deadline>,
    /// Resolution.
    pub resolution: Option<Deadline>,
}

impl Sla {
    /// Whether any deadline is breached.
    pub fn breached(&self) -> bool {
        [self.first_response, self.next_response, self.resolution]
            .iter()
            .flatten()
            .any(|d| d.state == DeadlineState::Breached)
    }
}

/// The clock of a case as its events tell it.
struct Story {
    opened: Option<Timestamp>,
    first_reply: Option<Timestamp>,
    /// The customer's message we have not answered yet (after our first reply).
    waiting_on_us: Option<Timestamp>,
    /// When that message was answered, if the last exchange is over.
    last_answer: Option<(Timestamp, Timestamp)>,
    /// Spans when the clock stood still (waiting on the customer, resolved).
    pauses: Vec<(Timestamp, Option<Timestamp>)>,
    finished: Option<Timestamp>,
}

fn story(events: &[CaseEvent]) -> Story {
    let mut s = Story {
        opened: None,
        first_reply: None,
        waiting_on_us: None,
        last_answer: None,
        pauses: Vec::new(),
        finished: None,
    };
    let pause = |pauses: &mut Vec<(Timestamp, Option<Timestamp>)>, at: Timestamp| {
        if pauses.last().is_none_or(|(_, end)| end.is_some()) {
            pauses.push((at, None));
        }
    };
    let resume = |pauses: &mut Vec<(Timestamp, Option<Timestamp>)>, at: Timestamp| {
        if let Some((_, end @ None)) = pauses.last_mut() {
            *end = Some(at);
        }
    };
    for e in events {
        match &e.kind {
            EventKind::Opened { .. } => s.opened = Some(e.at),
            EventKind::MessageReceived { .. } => {
                resume(&mut s.pauses, e.at);
                if s.first_reply.is_some() && s.waiting_on_us.is_none() {
                    s.waiting_on_us = Some(e.at);
                }
            }
            EventKind::ReplySent { .. } => {
                s.first_reply.get_or_insert(e.at);
                if let Some(asked) = s.waiting_on_us.take() {
                    s.last_answer = Some((asked, e.at));
                }
                pause(&mut s.pauses, e.at);
            }
            EventKind::CallLogged {
                direction, outcome, ..
            } => {
                // A call the customer made is their move; one where they heard from us
                // is our answer; a promised call back leaves the next move ours.
                if *direction == crate::message::Direction::Inbound {
                    resume(&mut s.pauses, e.at);
                }
                if outcome.answers() {
                    s.first_reply.get_or_insert(e.at);
                }
                if outcome.waits_on_customer() {
                    if let Some(asked) = s.waiting_on_us.take() {
                        s.last_answer = Some((asked, e.at));
                    }
                    pause(&mut s.pauses, e.at);
                } else if *outcome == crate::case::CallOutcome::CallbackPromised {
                    s.waiting_on_us.get_or_insert(e.at);
                }
            }
            EventKind::Resolved { .. }
            | EventKind::ClosedUnresolved { .. }
            | EventKind::MergedInto { .. } => {
                // Ending the case answers what was waiting.
                if let Some(asked) = s.waiting_on_us.take() {
                    s.last_answer = Some((asked, e.at));
                }
                s.finished = Some(e.at);
                pause(&mut s.pauses, e.at);
            }
            EventKind::Reopened { .. } => {
                s.finished = None;
                resume(&mut s.pauses, e.at);
            }
            _ => {}
        }
    }
    s
}

/// Context for the deadline arithmetic.
struct Clock<'a> {
    hours: &'a OpeningHours,
    tz: &'a TimeZone,
    now: Timestamp,
}

impl Clock<'_> {
    fn add(&self, from: Timestamp, open: SignedDuration) -> Option<Timestamp> {
        self.hours.add_open_time(from, open, self.tz)
    }

    /// A deadline from `start` with `target` open time, extended by open time paused,
    /// over at `done` (if it is).
    fn deadline(
        &self,
        start: Timestamp,
        target: SignedDuration,
        warn_percent: u8,
        paused: SignedDuration,
        done: Option<Timestamp>,
        is_paused: bool,
    ) -> Deadline {
        let due = self.add(start, target + paused);
        let warn = target * i32::from(warn_percent.min(100)) / 100;
        let warn_at = self.add(start, warn + paused);
        let state = match done {
            Some(at) if due.is_none_or(|d| at <= d) => DeadlineState::Met,
            Some(_) => DeadlineState::Breached,
            None if due.is_some_and(|d| self.now > d) => DeadlineState::Breached,
            None if is_paused => DeadlineState::Paused,
            None if warn_at.is_some_and(|w| self.now >= w) => DeadlineState::Warning,
            None => DeadlineState::Running,
        };
        Deadline {
            due,
            warn_at,
            state,
            done_at: done,
        }
    }
}

/// The deadlines of a case from its events under `targets`, on the open time of `hours`
/// in `tz`, as they stand at `now`.
pub fn evaluate(
    events: &[CaseEvent],
    targets: &SlaTargets,
    hours: &OpeningHours,
    tz: &TimeZone,
    now: Timestamp,
) -> Sla {
    let s = story(events);
    let clock = Clock { hours, tz, now };
    let Some(opened) = s.opened else {
        return Sla {
            first_response: None,
            next_response: None,
            resolution: None,
        };
    };
    let first_response = targets.first_response.map(|t| {
        clock.deadline(
            opened,
            t,
            targets.warn_percent,
            SignedDuration::ZERO,
            s.first_reply,
            false,
        )
    });
    let next_response = targets.next_response.and_then(|t| {
        let (asked, answered) = match (s.waiting_on_us, s.last_answer) {
            (Some(asked), _) => (asked, None),
            (None, Some((asked, answered))) => (asked, Some(answered)),
            (None, None) => return None,
        };
        Some(clock.deadline(
            asked,
            t,
            targets.warn_percent,
            SignedDuration::ZERO,
            answered,
            false,
        ))
    });
    let is_paused = s.pauses.last().is_some_and(|(_, end)| end.is_none());
    let paused: SignedDuration = s
        .pauses
        .iter()
        .map(|(from, to)| hours.open_time_between(*from, to.unwrap_or(now).max(*from), tz))
        .fold(SignedDuration::ZERO, |a, b| a + b);
    let resolution = targets.resolution.map(|t| {
        clock.deadline(
            opened,
            t,
            targets.warn_percent,
            paused,
            s.finished,
            is_paused && s.finished.is_none(),
        )
    });
    Sla {
        first_response,
        next_response,
        resolution,
    }
}

/// The deadline of an escalation's answer (specialist, on-call or manager).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct EscalationDeadline {
    /// The escalation.
    pub escalation_id: EscalationId,
    /// Specialist, on-call or manager.
    pub kind: EscalationKind,
    /// When the answer is due and where it stands.
    pub deadline: Deadline,
}

/// The deadline of an escalation asked at `asked_at` with `response` open time of
/// `hours` to answer (warning at `warn_percent`).
pub fn escalation_deadline(
    escalation: &Escalation,
    response: SignedDuration,
    warn_percent: u8,
    hours: &OpeningHours,
    tz: &TimeZone,
    now: Timestamp,
) -> EscalationDeadline {
    let clock = Clock { hours, tz, now };
    EscalationDeadline {
        escalation_id: escalation.id,
        kind: escalation.kind,
        deadline: clock.deadline(
            escalation.asked_at,
            response,
            warn_percent,
            SignedDuration::ZERO,
            escalation.answer.as_ref().map(|a| a.at),
            false,
        ),
    }
}

fn named<'a>(
    sla: &'a Sla,
    escalations: &'a [EscalationDeadline],
) -> impl Iterator<Item = (DeadlineKind, Option<EscalationId>, &'a Deadline)> {
    [
        (DeadlineKind::FirstResponse, sla.first_response.as_ref()),
        (DeadlineKind::NextResponse, sla.next_response.as_ref()),
        (DeadlineKind::Resolution, sla.resolution.as_ref()),
    ]
    .into_iter()
    .filter_map(|(k, d)| d.map(|d| (k, None, d)))
    .chain(
        escalations
            .iter()
            .map(|e| (DeadlineKind::Escalation, Some(e.escalation_id), &e.deadline)),
    )
}

/// The warnings and breaches the deadlines stand at now: a warning while the clock runs
/// past its warning time, a breach once the due time passed (done late or not done).
pub fn alerts(sla: &Sla, escalations: &[EscalationDeadline]) -> Vec<SlaAlert> {
    named(sla, escalations)
        .filter_map(|(deadline, escalation_id, d)| {
            let level = match d.state {
                DeadlineState::Warning => AlertLevel::Warning,
                DeadlineState::Breached => AlertLevel::Breach,
                _ => return None,
            };
            Some(SlaAlert {
                deadline,
                escalation_id,
                level,
                due: d.due?,
            })
        })
        .collect()
}

/// When the deadlines next need a look: the earliest warning or due time still ahead of
/// a running clock. `None`: nothing will change until the case does.
pub fn next_check(
    sla: &Sla,
    escalations: &[EscalationDeadline],
    now: Timestamp,
) -> Option<Timestamp> {
    named(sla, escalations)
        .filter(|(_, _, d)| matches!(d.state, DeadlineState::Running | DeadlineState::Warning))
        .flat_map(|(_, _, d)| [d.warn_at, d.due])
        .flatten()
        .filter(|t| *t > now)
        .min()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::agent::Actor;
    use crate::case::Visibility;
    use crate::hours::{DayHours, DaysOff};
    use crate::ids::{CaseId, CaseRef, CustomerId, MessageId};

    fn at(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    fn office() -> OpeningHours {
        OpeningHours::weekly(
            Some(DayHours::parse("08:00", "17:00").unwrap()),
            None,
            DaysOff::Closed,
        )
    }

    fn tz() -> TimeZone {
        TimeZone::get("Europe/Stockholm").unwrap()
    }

    fn event(when: &str, kind: EventKind) -> CaseEvent {
        CaseEvent {
            case_id: CaseId(uuid::Uuid::nil()),
            version: 1,
            at: at(when),
            actor: Actor::System,
            kind,
        }
    }

    fn opened(when: &str, kind: CaseKind) -> CaseEvent {
        event(
            when,
            EventKind::Opened {
                reference: CaseRef(1),
                subject: "Kortet fungerar inte".into(),
                customer_id: CustomerId(uuid::Uuid::nil()),
                channel: Channel::Email,
                case_kind: kind,
                priority: Priority::Normal,
                team_id: None,
                skills: Vec::new(),
            },
        )
    }

    fn received(when: &str) -> CaseEvent {
        event(
            when,
            EventKind::MessageReceived {
                message_id: MessageId(uuid::Uuid::nil()),
                channel: Channel::Email,
                visibility: Visibility::Private,
            },
        )
    }

    fn replied(when: &str) -> CaseEvent {
        event(
            when,
            EventKind::ReplySent {
                message_id: MessageId(uuid::Uuid::nil()),
                channel: Channel::Email,
                visibility: Visibility::Private,
            },
        )
    }

    fn targets(kind: CaseKind) -> SlaTargets {
        choose(&default_policies(), kind, Priority::Normal, Channel::Email)
            .unwrap()
            .targets
    }

    #[test]
    fn complaints_are_stricter_and_the_most_specific_policy_wins() {
        let policies = default_policies();
        assert_eq!(
            choose(
                &policies,
                CaseKind::Enquiry,
                Priority::Normal,
                Channel::Chat
            )
            .unwrap()
            .name,
            "Ärenden"
        );
        assert_eq!(
            choose(
                &policies,
                CaseKind::Complaint,
                Priority::Normal,
                Channel::Chat
            )
            .unwrap()
            .name,
            "Klagomål"
        );
        assert!(
            targets(CaseKind::Complaint).first_response < targets(CaseKind::Enquiry).first_response
        );
    }

    #[test]
    fn the_first_response_falls_due_in_open_time_and_warns_before() {
        // A complaint on Friday 2026-12-04 at 16:00 Stockholm: two open hours, so due on
        // Monday at 09:00; the warning at 75% comes Monday 08:30.
        let events = [
            opened("2026-12-04T15:00:00Z", CaseKind::Complaint),
            received("2026-12-04T15:00:00Z"),
        ];
        let t = targets(CaseKind::Complaint);
        let sla = evaluate(&events, &t, &office(), &tz(), at("2026-12-07T07:40:00Z"));
        let first = sla.first_response.unwrap();
        assert_eq!(first.due, Some(at("2026-12-07T08:00:00Z")));
        assert_eq!(first.warn_at, Some(at("2026-12-07T07:30:00Z")));
        assert_eq!(first.state, DeadlineState::Warning);
        let later = evaluate(&events, &t, &office(), &tz(), at("2026-12-07T08:01:00Z"));
        assert_eq!(later.first_response.unwrap().state, DeadlineState::Breached);
        assert!(later.breached());
    }

    #[test]
    fn waiting_on_the_customer_pauses_resolution_and_their_answer_resumes_it() {
        let t = targets(CaseKind::Complaint);
        // Tuesday 2026-12-01 09:00: opened; replied at 10:00; the customer answers on
        // Thursday at 09:00. Resolution (16 open hours) is paused two open days.
        let mut events = vec![
            opened("2026-12-01T08:00:00Z", CaseKind::Complaint),
            received("2026-12-01T08:00:00Z"),
            replied("2026-12-01T09:00:00Z"),
        ];
        let paused = evaluate(&events, &t, &office(), &tz(), at("2026-12-02T12:00:00Z"));
        let resolution = paused.resolution.unwrap();
        assert_eq!(resolution.state, DeadlineState::Paused);
        assert_eq!(paused.first_response.unwrap().state, DeadlineState::Met);
        assert!(paused.next_response.is_none());
        events.push(received("2026-12-03T08:00:00Z"));
        let resumed = evaluate(&events, &t, &office(), &tz(), at("2026-12-03T08:30:00Z"));
        let resolution = resumed.resolution.unwrap();
        assert_eq!(resolution.state, DeadlineState::Running);
        // One open hour used on Tuesday, fifteen left from Thursday 09:00: Thursday gives
        // eight, Friday seven: due Friday 2026-12-04 at 15:00 Stockholm.
        assert_eq!(resolution.due, Some(at("2026-12-04T14:00:00Z")));
        // The customer's Thursday message waits for our next reply: four open hours.
        let next = resumed.next_response.unwrap();
        assert_eq!(
            (next.due, next.state),
            (Some(at("2026-12-03T12:00:00Z")), DeadlineState::Running)
        );
    }

    #[test]
    fn resolving_late_is_a_breach_and_in_time_is_met() {
        let t = targets(CaseKind::Enquiry);
        let mut events = vec![
            opened("2026-12-01T08:00:00Z", CaseKind::Enquiry),
            received("2026-12-01T08:00:00Z"),
            replied("2026-12-01T08:30:00Z"),
            received("2026-12-01T09:00:00Z"),
        ];
        events.push(event(
            "2026-12-01T10:00:00Z",
            EventKind::Resolved {
                summary: "Nytt kort skickat".into(),
                category: None,
            },
        ));
        let sla = evaluate(&events, &t, &office(), &tz(), at("2026-12-20T10:00:00Z"));
        assert_eq!(sla.resolution.unwrap().state, DeadlineState::Met);
        assert_eq!(sla.first_response.unwrap().state, DeadlineState::Met);
        let late = [
            opened("2026-12-01T08:00:00Z", CaseKind::Enquiry),
            event(
                "2026-12-18T10:00:00Z",
                EventKind::Resolved {
                    summary: "Löst".into(),
                    category: None,
                },
            ),
        ];
        let sla = evaluate(&late, &t, &office(), &tz(), at("2026-12-20T10:00:00Z"));
        assert_eq!(sla.resolution.unwrap().state, DeadlineState::Breached);
        assert_eq!(sla.first_response.unwrap().state, DeadlineState::Breached);
    }

    #[test]
    fn alerts_and_the_next_check_follow_the_running_clocks() {
        let events = [
            opened("2026-12-04T15:00:00Z", CaseKind::Complaint),
            received("2026-12-04T15:00:00Z"),
        ];
        let t = targets(CaseKind::Complaint);
        let now = at("2026-12-07T07:40:00Z");
        let sla = evaluate(&events, &t, &office(), &tz(), now);
        let found = alerts(&sla, &[]);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].level, AlertLevel::Warning);
        assert_eq!(found[0].deadline, DeadlineKind::FirstResponse);
        // Next: the first response's due time at 08:00 UTC.
        assert_eq!(next_check(&sla, &[], now), Some(at("2026-12-07T08:00:00Z")));
        let esc = Escalation {
            id: EscalationId(uuid::Uuid::nil()),
            kind: EscalationKind::OnCall,
            to_team_id: None,
            to_agent_id: None,
            question: "Inloggningen i appen fungerar inte".into(),
            asked_by: None,
            asked_at: at("2026-12-05T22:00:00Z"),
            answer: None,
        };
        // On-call answers around the clock within 30 minutes: breached by Monday.
        let e = escalation_deadline(
            &esc,
            SignedDuration::from_mins(30),
            80,
            &OpeningHours::ALWAYS,
            &tz(),
            now,
        );
        assert_eq!(e.deadline.due, Some(at("2026-12-05T22:30:00Z")));
        assert_eq!(e.deadline.state, DeadlineState::Breached);
        let both = alerts(&sla, &[e]);
        assert_eq!(both.len(), 2);
        assert_eq!(both[1].escalation_id, Some(esc.id));
    }
}
