//! The search index on disk (`<data dir>/search`): opened by `serve`, which keeps it up
//! with the case log every second, and rebuilt by `lotsen reindex` with a progress bar.

use std::io::Write;
use std::sync::Arc;
use std::time::{Duration, Instant};

use lotsen_search::SearchIndex;

use crate::config::Config;
use crate::{CliError, production_app};

/// The index in the data directory; in memory (rebuilt from the case log at each start)
/// when the directory cannot hold it.
pub fn open_index(config: &Config) -> Option<Arc<SearchIndex>> {
    let dir = config.storage.data_dir.join("search");
    match SearchIndex::open(&dir) {
        Ok(index) => Some(Arc::new(index)),
        Err(e) => {
            tracing::warn!(error = %e, "search index not opened on disk; kept in memory");
            SearchIndex::in_memory().ok().map(Arc::new)
        }
    }
}

/// Every second, brings the index up to the case log.
pub async fn keep_up(app: lotsen_app::App) {
    let mut tick = tokio::time::interval(Duration::from_secs(1));
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tick.tick().await;
        match lotsen_app::search::catch_up(&app).await {
            Ok(done) if done.cases + done.articles > 0 => tracing::debug!(
                cases = done.cases,
                articles = done.articles,
                seq = done.seq,
                "search index caught up"
            ),
            Ok(_) => {}
            Err(e) => tracing::warn!(code = e.code(), "search index not caught up"),
        }
    }
}

/// A progress bar on standard error: `[#####     ]  50%  1000/2000 cases`.
fn bar(done: u64, total: u64) -> String {
    let share = if total == 0 {
        1.0
    } else {
        done as f64 / total as f64
    };
    let filled = (share * 30.0).round() as usize;
    format!(
        "\r[{}{}] {:>3}%  {done}/{total} cases",
        "#".repeat(filled.min(30)),
        " ".repeat(30 - filled.min(30)),
        (share * 100.0).round() as u64
    )
}

/// `lotsen reindex`: rebuilds the index from the database, then prints what it indexed
/// as JSON.
pub async fn reindex(config: &Config) -> Result<(), CliError> {
    let mut app = production_app(config).await?;
    app.search = open_index(config);
    let started = Instant::now();
    let mut err = std::io::stderr();
    let done = lotsen_app::search::rebuild(&app, |done, total| {
        let _ = write!(err, "{}", bar(done, total));
        let _ = err.flush();
    })
    .await?;
    let _ = writeln!(err);
    let seconds = started.elapsed().as_secs_f64();
    println!(
        "{}",
        serde_json::json!({
            "cases": done.cases,
            "messages": done.messages,
            "articles": done.articles,
            "seq": done.seq,
            "seconds": (seconds * 10.0).round() / 10.0,
            "messages_per_second": if seconds > 0.0 { (done.messages as f64 / seconds).round() } else { 0.0 },
        })
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_bar_fills_with_the_share_done() {
        assert_eq!(
            super::bar(0, 10),
            format!("\r[{}]   0%  0/10 cases", " ".repeat(30))
        );
        assert!(super::bar(5, 10).contains("[###############               ]  50%"));
        assert!(super::bar(0, 0).contains("100%"));
    }
}
