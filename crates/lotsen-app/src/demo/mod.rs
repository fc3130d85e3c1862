//! The demo: a Swedish bank's customer service, months of it, written through the same
//! use cases as real work (so every event, counter and rule is real). Seeded: the same
//! seed and end time give the same data.

mod articles;
mod email;
mod flows;
mod history;
mod people;
mod replies;
mod routing;
mod schedule;
mod stories;

use std::sync::Arc;

use jiff::{SignedDuration, Timestamp};
use lotsen_domain::Agent;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

use crate::clock::{RandomIds, SetClock};
use crate::directory::{self, NewAgent};
use crate::{App, AppError};

pub use flows::Tally;

/// How much demo to make.
#[derive(Debug, Clone)]
pub struct DemoOptions {
    /// Seed for every choice and id.
    pub seed: u64,
    /// Everyday cases (the outage Monday comes on top).
    pub cases: usize,
    /// How many days back the history starts.
    pub days: i64,
    /// Cases on the outage Monday.
    pub outage_cases: usize,
}

impl Default for DemoOptions {
    fn default() -> Self {
        Self {
            seed: 20_260_302,
            cases: 2600,
            days: 120,
            outage_cases: 400,
        }
    }
}

/// The password of every demo agent in the web workspace (`/login`).
pub const DEMO_PASSWORD: &str = "lotsen-demo";

/// A demo sign-in.
#[derive(Debug, Clone)]
pub struct DemoCredential {
    /// `admin`, `lead` or `agent`.
    pub role: &'static str,
    /// Name.
    pub name: String,
    /// Email.
    pub email: String,
    /// API token.
    pub token: String,
}

/// What the demo made.
#[derive(Debug, Clone)]
pub struct DemoReport {
    /// Teams.
    pub teams: usize,
    /// Agents, the admin included.
    pub agents: usize,
    /// Counts of cases and messages.
    pub tally: Tally,
    /// The day of the app-login outage.
    pub outage_day: jiff::civil::Date,
    /// Sign-ins to try it with.
    pub credentials: Vec<DemoCredential>,
}

impl DemoReport {
    /// One paragraph on what was made.
    pub fn summary(&self) -> String {
        format!(
            "Demo bank filled: {} teams, {} agents, {} cases ({} open), {} messages, a year of contact history; app-login outage on Monday {}.",
            self.teams,
            self.agents,
            self.tally.cases,
            self.tally.still_open,
            self.tally.messages,
            self.outage_day
        )
    }

    /// The credentials as text for a newcomer.
    pub fn credentials_text(&self, base_url: &str) -> String {
        let mut out = format!(
            "Sign in at {base_url}/login with any address below and the password {DEMO_PASSWORD}.\n\
             Demo credentials (API tokens; use as 'Authorization: Bearer TOKEN' at {base_url}/api/v1):\n"
        );
        for c in &self.credentials {
            out.push_str(&format!(
                "  {:<6} {} <{}>\n         {}\n",
                c.role, c.name, c.email, c.token
            ));
        }
        out.push_str(&format!(
            "Try: curl -H 'Authorization: Bearer {}' '{base_url}/api/v1/cases?limit=5'\n",
            self.credentials
                .first()
                .map_or("TOKEN", |c| c.token.as_str())
        ));
        out
    }
}

/// Fills the demo when the database has no agents and no cases; `None` otherwise.
pub async fn fill_if_empty(
    app: &App,
    options: &DemoOptions,
) -> Result<Option<DemoReport>, AppError> {
    if app.store.count_cases().await? > 0 || !app.store.agent_ids().await?.is_empty() {
        return Ok(None);
    }
    fill(app, options).await.map(Some)
}

/// The staff of the demo bank, by team.
pub struct Staff {
    /// (team name, its agents; the first is the lead).
    pub teams: Vec<(String, Vec<Agent>)>,
}

impl Staff {
    /// The agents of a team.
    pub fn of(&self, team: &str) -> &[Agent] {
        self.teams
            .iter()
            .find(|(name, _)| name == team)
            .map_or(&[], |(_, agents)| agents.as_slice())
    }
}

/// Fills the demo, ending at the app's clock.
pub async fn fill(app: &App, options: &DemoOptions) -> Result<DemoReport, AppError> {
    let end = app.clock.now();
    let start = end
        .checked_sub(SignedDuration::from_hours(24 * options.days))
        .map_err(|e| AppError::Internal(e.to_string()))?;
    let clock = Arc::new(SetClock::new(start));
    let demo = App::new(
        app.store.clone(),
        clock.clone(),
        Arc::new(RandomIds::seeded(options.seed)),
    );
    let mut rng = StdRng::seed_from_u64(options.seed);

    let (admin, admin_token) = directory::create_agent(
        &demo,
        None,
        NewAgent {
            name: Some("Demo Admin".into()),
            email: Some("admin@demobanken.se".into()),
            role: Some("admin".into()),
            team_ids: Vec::new(),
            signature_name: Some("Admin".into()),
        },
    )
    .await?;
    let mut credentials = vec![DemoCredential {
        role: "admin",
        name: admin.name.clone(),
        email: admin.email.clone(),
        token: admin_token,
    }];
    let mut staff = Staff { teams: Vec::new() };
    let mut people = people::STAFF.iter();
    for (team_name, size) in people::TEAMS {
        let team = directory::create_team(&demo, None, Some(team_name)).await?;
        let mut agents = Vec::new();
        for i in 0..*size {
            let Some((name, alias)) = people.next() else {
                break;
            };
            let role = if i == 0 { "lead" } else { "agent" };
            let (agent, token) = directory::create_agent(
                &demo,
                None,
                NewAgent {
                    name: Some((*name).to_owned()),
                    email: Some(format!("{}@demobanken.se", people::mailbox(name))),
                    role: Some(role.to_owned()),
                    team_ids: vec![team.id],
                    signature_name: alias.map(str::to_owned),
                },
            )
            .await?;
            if *team_name == "Kundservice" && i <= 1 {
                credentials.push(DemoCredential {
                    role: if i == 0 { "lead" } else { "agent" },
                    name: agent.name.clone(),
                    email: agent.email.clone(),
                    token,
                });
            }
            agents.push(agent);
        }
        staff.teams.push(((*team_name).to_owned(), agents));
    }

    let outage_day = outage_monday(end)?;
    let first_day = start.to_zoned(crate::forecast::stockholm()).date();
    let known = articles::write(&demo, &staff, first_day).await?;
    let mut world = flows::World::new(&demo, &clock, &staff, end).with_articles(known);
    let span = end.as_second() - start.as_second();
    let mut arrivals: Vec<Timestamp> = (0..options.cases)
        .map(|_| business_time(&mut rng, start, span))
        .collect::<Result<_, _>>()?;
    // Today's queue: the last day and a half is busier, so the demo opens on live work.
    let recent = end.as_second() - 36 * 3600;
    for _ in 0..options.cases / 30 {
        let at = Timestamp::from_second(rng.random_range(recent..end.as_second()))
            .map_err(|e| AppError::Internal(e.to_string()))?;
        arrivals.push(at);
    }
    arrivals.sort();
    let outage_start = outage_day
        .at(7, 30, 0, 0)
        .to_zoned(jiff::tz::TimeZone::UTC)
        .map_err(|e| AppError::Internal(e.to_string()))?
        .timestamp();
    let mut outage_done = false;
    for at in arrivals {
        if !outage_done && at >= outage_start {
            world
                .outage(&mut rng, outage_start, options.outage_cases)
                .await?;
            outage_done = true;
        }
        let story = pick_story(&mut rng);
        world.run_story(&mut rng, &story, at).await?;
    }
    if !outage_done {
        world
            .outage(&mut rng, outage_start, options.outage_cases)
            .await?;
    }
    clock.set(end);
    let history = history::contact_history(end, 365, outage_day, options.seed)?;
    app.store.import_contact_history(&history).await?;
    let agents: Vec<&lotsen_domain::Agent> = staff.teams.iter().flat_map(|(_, a)| a).collect();
    let today = end.to_zoned(crate::forecast::stockholm()).date();
    schedule::write(&demo, &agents, today).await?;
    clock.set(end);
    routing::configure(&demo, &admin, &staff).await?;
    replies::write(&demo, &admin).await?;
    let mail = email::write(&demo, &clock, &staff, end).await?;
    clock.set(end);
    // The history's replies were delivered long ago: a relay configured later never
    // sends them to the demo's customers.
    for channel in lotsen_domain::Channel::ALL {
        app.store
            .settle_outbox_history(crate::email::delivery_kind(*channel), end)
            .await?;
    }
    // Every demo agent signs in to the workspace with the one demo password (hashed once).
    let hash = crate::signin::hash_password(DEMO_PASSWORD)?;
    for agent_id in app.store.agent_ids().await? {
        app.store.set_password_hash(agent_id, &hash, end).await?;
    }
    Ok(DemoReport {
        teams: staff.teams.len(),
        agents: staff.teams.iter().map(|(_, a)| a.len()).sum::<usize>() + 1,
        tally: {
            let mut tally = world.tally();
            tally.cases += mail.cases;
            tally.still_open += mail.still_open;
            tally.messages += mail.messages;
            tally
        },
        outage_day,
        credentials,
    })
}

fn pick_story(rng: &mut StdRng) -> stories::Story {
    let total: u32 = stories::STORIES.iter().map(|(w, _)| w).sum();
    let mut roll = rng.random_range(0..total);
    for (weight, story) in stories::STORIES {
        if roll < *weight {
            return *story;
        }
        roll -= weight;
    }
    stories::STORIES[0].1
}

/// A random instant in the span, moved into daytime (07-22 UTC+1 roughly) with more on
/// weekdays.
fn business_time(rng: &mut StdRng, start: Timestamp, span: i64) -> Result<Timestamp, AppError> {
    loop {
        let offset = rng.random_range(0..span.max(1));
        let day_start = (start.as_second() + offset) / 86_400 * 86_400;
        let hour = match rng.random_range(0..100) {
            0..=59 => rng.random_range(7..16),
            60..=89 => rng.random_range(16..20),
            _ => rng.random_range(20..22),
        };
        let second = day_start + hour * 3600 + rng.random_range(0..3600);
        let at = Timestamp::from_second(second).map_err(|e| AppError::Internal(e.to_string()))?;
        let weekday = at
            .to_zoned(jiff::tz::TimeZone::UTC)
            .weekday()
            .to_monday_one_offset();
        if weekday >= 6 && rng.random_range(0..100) < 60 {
            continue;
        }
        if at >= start && second < start.as_second() + span {
            return Ok(at);
        }
    }
}

/// The Monday three weeks before `end`.
fn outage_monday(end: Timestamp) -> Result<jiff::civil::Date, AppError> {
    let day = end.to_zoned(jiff::tz::TimeZone::UTC).date();
    let back = i64::from(day.weekday().to_monday_zero_offset()) + 21;
    day.checked_sub(jiff::Span::new().days(back))
        .map_err(|e| AppError::Internal(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_outage_is_on_a_monday_three_weeks_back() {
        let end: Timestamp = "2026-11-23T12:00:00Z".parse().unwrap();
        let day = outage_monday(end).unwrap();
        assert_eq!(day.weekday(), jiff::civil::Weekday::Monday);
        assert_eq!(day.to_string(), "2026-11-02");
    }

    #[test]
    fn business_times_stay_inside_the_span_and_mostly_in_daytime() {
        let mut rng = StdRng::seed_from_u64(1);
        let start: Timestamp = "2026-08-01T00:00:00Z".parse().unwrap();
        let span = 86_400 * 30;
        let times: Vec<_> = (0..500)
            .map(|_| business_time(&mut rng, start, span).unwrap())
            .collect();
        assert!(times.iter().all(
            |t| t.as_second() >= start.as_second() && t.as_second() < start.as_second() + span
        ));
        let night = times
            .iter()
            .filter(|t| t.to_zoned(jiff::tz::TimeZone::UTC).hour() < 7)
            .count();
        assert_eq!(night, 0);
    }
}
