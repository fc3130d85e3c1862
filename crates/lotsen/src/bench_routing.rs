//! The routing rows of `lotsen bench`: with 1,000 agents online (in one team, with
//! skills and capacities) and the store filled with 100,000 open cases in that team's
//! queue, how long one routing decision takes (the choice over the board, in memory),
//! how long reading the board and the queue takes, and how long routing one case takes
//! end to end (decision plus the assignment's transaction with its capacity check).

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use lotsen_app::App;
use lotsen_app::directory::{self, NewAgent};
use lotsen_app::routing::presence::{self, ProfileChange};
use lotsen_app::routing::router::{self, Routed};
use lotsen_app::routing::{AssignmentMode, TeamSettings};
use lotsen_domain::routing::{Presence, RoutingRule};
use lotsen_domain::{Channel, TeamId};

use crate::CliError;
use crate::bench::{Row, ms};

fn err(e: lotsen_app::AppError) -> CliError {
    CliError::Io(format!("routing benchmark: {e}"))
}

/// Creates the team, its agents (online; every other one speaks English; chat 3 and
/// API 20) and a rule sending every new case to it.
pub async fn setup(app: &App, agents: usize) -> Result<TeamId, CliError> {
    let team = directory::create_team(app, None, Some("Bänk"))
        .await
        .map_err(err)?;
    let (admin, _) = directory::create_agent(
        app,
        None,
        NewAgent {
            name: Some("Bänk Admin".into()),
            email: Some("bench-admin@banken.se".into()),
            role: Some("admin".into()),
            team_ids: vec![team.id],
            signature_name: None,
        },
    )
    .await
    .map_err(err)?;
    for i in 0..agents {
        let (agent, _) = directory::create_agent(
            app,
            Some(&admin),
            NewAgent {
                name: Some(format!("Agent {i}")),
                email: Some(format!("agent{i}@bench.banken.se")),
                role: Some("agent".into()),
                team_ids: vec![team.id],
                signature_name: None,
            },
        )
        .await
        .map_err(err)?;
        let skills = if i % 2 == 0 {
            vec!["sv".to_owned(), "en".to_owned()]
        } else {
            vec!["sv".to_owned()]
        };
        let capacity: BTreeMap<Channel, u32> = [(Channel::Chat, 3), (Channel::Api, 20)].into();
        presence::change(
            app,
            &admin,
            agent.id,
            ProfileChange {
                presence: Some(Presence::Online),
                skills: Some(skills),
                capacity: Some(capacity),
            },
        )
        .await
        .map_err(err)?;
    }
    lotsen_app::routing::put_rules(
        app,
        &admin,
        vec![RoutingRule {
            name: "Alla".into(),
            channel: None,
            kind: None,
            priority: None,
            language: None,
            tags_any: Vec::new(),
            finding: None,
            team_id: team.id,
            skills: Vec::new(),
            set_priority: None,
        }],
    )
    .await
    .map_err(err)?;
    lotsen_app::routing::put_team_settings(
        app,
        &admin,
        team.id,
        TeamSettings {
            assignment: AssignmentMode::Auto,
            ..TeamSettings::default()
        },
    )
    .await
    .map_err(err)?;
    Ok(team.id)
}

pub(crate) fn percentiles(mut v: Vec<Duration>) -> (Duration, Duration) {
    v.sort();
    let at = |q: f64| {
        let i = ((v.len() as f64 - 1.0) * q).round() as usize;
        v.get(i).copied().unwrap_or_default()
    };
    (at(0.5), at(0.99))
}

/// Measures and adds the rows.
pub async fn run(
    name: &'static str,
    app: &App,
    team: TeamId,
    rows: &mut Vec<Row>,
) -> Result<(), CliError> {
    let open = app.store.count_cases().await?;
    // Reading the board and the queue, as each routing pass does.
    let mut board_reads = Vec::new();
    let mut board = Vec::new();
    for _ in 0..20 {
        let started = Instant::now();
        board = app.store.routing_board().await?;
        board_reads.push(started.elapsed());
    }
    let mut queue_reads = Vec::new();
    let mut queued = Vec::new();
    for _ in 0..20 {
        let started = Instant::now();
        queued = app.store.queued_cases(&[team], 500).await?;
        queue_reads.push(started.elapsed());
    }
    // Routing cases end to end: decision plus the guarded assignment.
    let settings = lotsen_app::routing::team_settings(app, team)
        .await
        .map_err(err)?;
    let mut routes = Vec::new();
    let mut assigned = 0;
    for case in queued.iter().take(500) {
        let started = Instant::now();
        let routed = router::route_one(app, &mut board, case, team, &settings)
            .await
            .map_err(err)?;
        routes.push(started.elapsed());
        if routed == Routed::Assigned {
            assigned += 1;
        }
    }
    // The decision alone over the now partly loaded board, for every queued case.
    let mut decisions = Vec::new();
    for case in queued.iter().cycle().take(20_000) {
        let (_, secs) = router::decide(&board, case, team);
        decisions.push(Duration::from_secs_f64(secs));
    }
    let (dm, dp) = percentiles(decisions);
    let context = format!("{} agents online, {open} cases in store", board.len());
    rows.push(Row {
        backend: name,
        what: format!("routing decision, in memory ({context}; 20000 decisions)"),
        value: format!(
            "median {:.1} µs, p99 {:.1} µs",
            dm.as_secs_f64() * 1e6,
            dp.as_secs_f64() * 1e6
        ),
    });
    let (rm, rp) = percentiles(routes);
    rows.push(Row {
        backend: name,
        what: format!("route one queued case: decision + assignment transaction ({context}; {assigned} assigned)"),
        value: format!("median {:.2} ms, p99 {:.2} ms", ms(rm), ms(rp)),
    });
    let (bm, bp) = percentiles(board_reads);
    rows.push(Row {
        backend: name,
        what: format!("read the routing board ({context})"),
        value: format!("median {:.1} ms, p99 {:.1} ms", ms(bm), ms(bp)),
    });
    let (qm, qp) = percentiles(queue_reads);
    rows.push(Row {
        backend: name,
        what: format!(
            "read the queue's 500 oldest cases ({} waiting)",
            app.store.queued_count().await?
        ),
        value: format!("median {:.1} ms, p99 {:.1} ms", ms(qm), ms(qp)),
    });
    Ok(())
}
