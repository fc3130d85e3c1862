//! The browser tests: each script in `tests/browser` runs in Node.js with playwright-core
//! driving Debian's Chromium against a real `lotsen serve` started here. `scripts/test`
//! installs Chromium and the npm packages; a missing one fails under `CI=true` and
//! skips elsewhere, saying what to install.

use std::path::PathBuf;
use std::process::Command;

use crate::peers::available;
use crate::process::{create_admin, create_agent, serve_with_env};

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/browser")
}

/// Whether Node.js, Chromium and the npm packages are here.
fn ready() -> bool {
    available(
        "Node.js",
        Command::new("node").arg("--version"),
        "apt-get install nodejs",
    ) && available(
        "Chromium",
        Command::new("/usr/bin/chromium").arg("--version"),
        "apt-get install chromium",
    ) && available(
        "the browser tests' npm packages",
        Command::new("test")
            .arg("-d")
            .arg(dir().join("node_modules/playwright-core")),
        "npm ci --prefix crates/lotsen/tests/browser",
    )
}

/// Runs one script against the server (with `env` besides the URL and the admin's
/// token) and fails with its output unless it passes.
fn node(script: &str, base_url: &str, token: &str, env: &[(&str, &str)]) {
    let out = Command::new("node")
        .arg(dir().join(script))
        .current_dir(dir())
        .env("LOTSEN_URL", base_url)
        .env("LOTSEN_TOKEN", token)
        .envs(env.iter().copied())
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    println!("{stdout}");
    assert!(out.status.success(), "{script} failed:\n{stdout}\n{stderr}");
}

/// Creates an agent in a team and gives them a password (`admin set-password`).
fn agent_with_password(
    data_dir: &std::path::Path,
    name: &str,
    email: &str,
    team: &str,
    password: &str,
) -> serde_json::Value {
    let agent = create_agent(
        data_dir,
        &[],
        &["--name", name, "--email", email, "--team", team],
    );
    set_password(data_dir, email, password);
    agent
}

/// Lena Ledare, lead of Kundservice, signing as Lena.
fn lena(data_dir: &std::path::Path) -> serde_json::Value {
    create_agent(
        data_dir,
        &[],
        &[
            "--name",
            "Lena Ledare",
            "--email",
            "lena.ledare@banken.se",
            "--role",
            "lead",
            "--team",
            "Kundservice",
            "--signature-name",
            "Lena",
        ],
    )
}

/// Sets an agent's password with `lotsen admin set-password` (stdin).
fn set_password(data_dir: &std::path::Path, email: &str, password: &str) {
    use std::io::Write;
    let mut set = crate::process::lotsen(data_dir)
        .args(["admin", "set-password", "--email", email])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap();
    writeln!(set.stdin.take().unwrap(), "{password}").unwrap();
    assert!(set.wait().unwrap().success());
}

#[test]
fn the_chat_widget_works_in_a_real_browser() {
    if !ready() {
        return;
    }
    let data = tempfile::tempdir().unwrap();
    let token = create_admin(data.path(), &[], &["--team", "Kundservice"]);
    lena(data.path());
    let password = "Vinter-2026-lotsen";
    set_password(data.path(), "lena.ledare@banken.se", password);
    let server = serve_with_env(data.path(), &[], &[("LOTSEN_WORKERS__INTERVAL_MS", "100")]);
    node(
        "widget.test.mjs",
        &server.base_url,
        &token,
        &[("LOTSEN_LEAD_PASSWORD", password)],
    );
    server.stop();
}

#[test]
fn an_agent_signs_in_and_answers_a_case_in_a_real_browser() {
    if !ready() {
        return;
    }
    let data = tempfile::tempdir().unwrap();
    let token = create_admin(data.path(), &[], &["--team", "Kundservice"]);
    let email = "karin.lund@banken.se";
    let password = "Vinter-2026-lotsen";
    let karin = agent_with_password(data.path(), "Karin Lund", email, "Kundservice", password);
    let server = serve_with_env(data.path(), &[], &[]);
    node(
        "workspace.test.mjs",
        &server.base_url,
        &token,
        &[
            ("LOTSEN_AGENT_EMAIL", email),
            ("LOTSEN_AGENT_PASSWORD", password),
            ("LOTSEN_AGENT_ID", karin["agent_id"].as_str().unwrap()),
        ],
    );
    server.stop();
}

#[test]
fn two_agents_hand_off_escalate_and_resolve_with_live_updates_in_a_real_browser() {
    if !ready() {
        return;
    }
    let data = tempfile::tempdir().unwrap();
    let token = create_admin(data.path(), &[], &["--team", "Kundservice"]);
    let password = "Vinter-2026-lotsen";
    let karin = agent_with_password(
        data.path(),
        "Karin Lund",
        "karin.lund@banken.se",
        "Kundservice",
        password,
    );
    agent_with_password(
        data.path(),
        "Olle Kort",
        "olle.kort@banken.se",
        "Kort",
        password,
    );
    let server = serve_with_env(data.path(), &[], &[]);
    node(
        "handoff.test.mjs",
        &server.base_url,
        &token,
        &[
            ("LOTSEN_PASSWORD", password),
            ("LOTSEN_KARIN_ID", karin["agent_id"].as_str().unwrap()),
        ],
    );
    server.stop();
}

/// Runs `script` against a server with Karin Lund, an agent of Kundservice, whose email
/// and password the script gets, and Lena Ledare, the team's lead (same password).
fn as_karin(script: &str) {
    let data = tempfile::tempdir().unwrap();
    let token = create_admin(data.path(), &[], &["--team", "Kundservice"]);
    let (email, password) = ("karin.lund@banken.se", "Vinter-2026-lotsen");
    agent_with_password(data.path(), "Karin Lund", email, "Kundservice", password);
    lena(data.path());
    set_password(data.path(), "lena.ledare@banken.se", password);
    let server = serve_with_env(data.path(), &[], &[]);
    node(
        script,
        &server.base_url,
        &token,
        &[
            ("LOTSEN_AGENT_EMAIL", email),
            ("LOTSEN_AGENT_PASSWORD", password),
        ],
    );
    server.stop();
}

#[test]
fn the_public_faq_and_the_widgets_suggestions_in_a_real_browser() {
    if ready() {
        as_karin("faq.test.mjs");
    }
}

#[test]
fn a_long_case_and_a_hostile_html_email_in_a_real_browser() {
    if ready() {
        as_karin("timeline.test.mjs");
    }
}

#[test]
fn the_composer_hints_while_typing_and_inserts_a_saved_reply_in_a_real_browser() {
    if ready() {
        as_karin("composer.test.mjs");
    }
}
