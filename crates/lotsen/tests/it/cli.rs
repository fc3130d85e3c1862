//! What a newcomer and an operator do with the binary.

use serde_json::{Value, json};

use crate::process::{self, call, lotsen, serve};

fn create_agent(dir: &std::path::Path, args: &[&str]) -> Value {
    process::create_agent(dir, &[], args)
}

#[tokio::test]
async fn an_agent_created_on_the_command_line_can_use_the_api() {
    let dir = tempfile::tempdir().unwrap();
    let created = create_agent(
        dir.path(),
        &[
            "--name",
            "Ada Admin",
            "--email",
            "ada@banken.se",
            "--role",
            "admin",
            "--team",
            "Kundservice",
        ],
    );
    let token = created["token"].as_str().unwrap();
    assert!(created["agent_id"].is_string());
    let server = serve(dir.path(), &[]);
    let (status, me) = call(
        reqwest::Method::GET,
        format!("{}/api/v1/me", server.base_url),
        token,
        None,
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(me["name"], "Ada Admin");
    assert_eq!(me["team_ids"].as_array().unwrap().len(), 1);
    server.stop();
}

#[tokio::test]
async fn invalid_command_line_input_is_refused_with_a_clear_message() {
    let dir = tempfile::tempdir().unwrap();
    let out = lotsen(dir.path())
        .args([
            "admin",
            "create-agent",
            "--name",
            "X",
            "--email",
            "inte-epost",
            "--role",
            "boss",
        ])
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("email") && err.contains("role"), "{err}");
    let out = lotsen(dir.path())
        .args(["serve"])
        .env("LOTSEN_SERVER__LISTEN", "nowhere")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("server.listen"));
}

#[tokio::test]
async fn an_acknowledged_message_survives_sigkill_and_state_survives_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let created = create_agent(
        dir.path(),
        &[
            "--name",
            "Ada Admin",
            "--email",
            "ada@banken.se",
            "--role",
            "admin",
            "--team",
            "Kundservice",
        ],
    );
    let token = created["token"].as_str().unwrap().to_owned();
    let server = serve(dir.path(), &[]);
    let base = server.base_url.clone();
    let (status, body) = call(
        reqwest::Method::POST,
        format!("{base}/api/v1/messages"),
        &token,
        Some(json!({ "external_id": "kill-1", "customer": { "name": "Eva Berg", "email": "eva@example.se" }, "body": "Kortet nekas" })),
    )
    .await;
    assert_eq!(status, 201);
    let case_id = body["case_id"].as_str().unwrap().to_owned();
    let (status, _) = call(
        reqwest::Method::POST,
        format!("{base}/api/v1/cases/{case_id}/assign"),
        &token,
        Some(json!({ "agent_id": created["agent_id"] })),
    )
    .await;
    assert_eq!(status, 200);
    let (status, _) = call(
        reqwest::Method::POST,
        format!("{base}/api/v1/messages"),
        &token,
        Some(json!({ "external_id": "kill-2", "customer": { "name": "Eva Berg", "email": "eva@example.se" }, "body": "Hallå?" })),
    )
    .await;
    assert_eq!(status, 201);
    server.kill_hard();

    let server = serve(dir.path(), &[]);
    let (status, case) = call(
        reqwest::Method::GET,
        format!("{}/api/v1/cases/{case_id}", server.base_url),
        &token,
        None,
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(case["owner_id"], created["agent_id"]);
    let bodies: Vec<_> = case["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["type"] == "message_received")
        .filter_map(|e| e["message"]["body"].as_str())
        .collect();
    assert_eq!(bodies, ["Kortet nekas", "Hallå?"]);
    let (status, again) = call(
        reqwest::Method::POST,
        format!("{}/api/v1/messages", server.base_url),
        &token,
        Some(json!({ "external_id": "kill-2", "customer": { "name": "Eva Berg", "email": "eva@example.se" }, "body": "Hallå?" })),
    )
    .await;
    assert_eq!(
        (status, again["case_id"].as_str()),
        (200, Some(case_id.as_str())),
        "still idempotent after restart"
    );
    server.stop();
}

#[tokio::test]
async fn serve_demo_fills_an_empty_database_once_and_prints_working_credentials() {
    let dir = tempfile::tempdir().unwrap();
    let server = serve(dir.path(), &["--demo", "--demo-cases", "140"]);
    let text = server.output.join("\n");
    assert!(text.contains("Demo bank filled"), "{text}");
    assert!(
        text.contains("/login") && text.contains("lotsen-demo"),
        "{text}"
    );
    let demo_email = text
        .split('<')
        .nth(1)
        .and_then(|rest| rest.split('>').next())
        .expect("a demo address is printed")
        .to_owned();
    assert_eq!(
        process::sign_in_by_form(&server.base_url, &demo_email, "lotsen-demo").await,
        303
    );
    let token = server
        .output
        .iter()
        .map(|l| l.trim())
        .find(|l| l.starts_with("lotsen_"))
        .expect("a token is printed")
        .to_owned();
    let (status, list) = call(
        reqwest::Method::GET,
        format!("{}/api/v1/cases?limit=200", server.base_url),
        &token,
        None,
    )
    .await;
    assert_eq!(status, 200);
    assert!(list["total"].as_u64().unwrap() >= 150, "{}", list["total"]);
    let subjects: Vec<_> = list["cases"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|c| c["subject"].as_str())
        .collect();
    assert!(
        subjects
            .iter()
            .any(|s| s.chars().any(|c| "åäö".contains(c))),
        "Swedish content: {subjects:?}"
    );
    server.stop();
    let again = serve(dir.path(), &["--demo"]);
    assert!(again.output.join("\n").contains("already in this database"));
    assert!(dir.path().join("demo-credentials.txt").exists());
    again.stop();
}

#[test]
fn text_analyze_answers_one_json_line_per_input_and_names_bad_lines() {
    use std::io::Write;
    let dir = tempfile::tempdir().unwrap();
    let mut child = lotsen(dir.path())
        .args(["text", "analyze"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let input = concat!(
        r#"{"id":"a","text":"Mitt personnummer är 811218-9876, ring 070-174 06 10","visibility":"public","staff_names":["Anna Lindqvist"]}"#,
        "\n",
        "not json\n",
        r#"{"id":7,"text":"Anna Lindqvist är en idiot, sparka henne!!","visibility":"private","staff_names":["Anna Lindqvist"]}"#,
        "\n",
    );
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        !out.status.success(),
        "a bad line makes the exit status fail"
    );
    let lines: Vec<Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["id"], "a");
    let pii: Vec<_> = lines[0]["pii"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["kind"].as_str().unwrap(), p["text"].as_str().unwrap()))
        .collect();
    assert_eq!(
        pii,
        [("personnummer", "811218-9876"), ("phone", "070-174 06 10")]
    );
    let start = lines[0]["pii"][0]["start"].as_u64().unwrap() as usize;
    assert_eq!(&"Mitt personnummer är 811218-9876"[start..], "811218-9876");
    assert_eq!(lines[0]["language"], "sv");
    assert_eq!(lines[1]["error"]["code"], "invalid_json");
    assert_eq!(lines[2]["id"], 7);
    let categories: Vec<_> = lines[2]["moderation"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["category"].as_str().unwrap())
        .collect();
    assert!(
        categories.contains(&"staff_named") && categories.contains(&"harassment"),
        "{categories:?}"
    );
    assert_eq!(lines[2]["tone"], "angry");
}

#[test]
fn forecast_erlang_c_prints_the_classic_staffing() {
    let dir = tempfile::tempdir().unwrap();
    let out = lotsen(dir.path())
        .args([
            "forecast",
            "erlang-c",
            "--arrivals",
            "100",
            "--interval-minutes",
            "30",
            "--aht-seconds",
            "180",
        ])
        .args([
            "--target-sl",
            "0.8",
            "--target-seconds",
            "20",
            "--shrinkage",
            "0.3",
            "--max-occupancy",
            "0.85",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let answer: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        (answer["raw_agents"].as_u64(), answer["agents"].as_u64()),
        (Some(14), Some(20))
    );
    let sl = answer["service_level"].as_f64().unwrap();
    assert!((sl - 0.8887).abs() < 0.001, "{sl}");
    assert!((answer["occupancy"].as_f64().unwrap() - 10.0 / 14.0).abs() < 1e-9);
    assert!((answer["asa_seconds"].as_f64().unwrap() - 7.8).abs() < 0.1);
    let bad = lotsen(dir.path())
        .args([
            "forecast",
            "erlang-c",
            "--arrivals",
            "100",
            "--interval-minutes",
            "30",
            "--aht-seconds",
            "-5",
        ])
        .args(["--target-sl", "0.8", "--target-seconds", "20"])
        .output()
        .unwrap();
    assert!(!bad.status.success());
    assert!(
        String::from_utf8_lossy(&bad.stderr).contains("aht"),
        "{}",
        String::from_utf8_lossy(&bad.stderr)
    );
}

#[test]
fn forecast_volume_reads_a_csv_history_and_prints_the_days_after() {
    let dir = tempfile::tempdir().unwrap();
    let mut csv = String::from("timestamp,channel,count\n");
    // Four weeks from Monday 2026-09-07, hourly, two channels; chat busier in the evening.
    for day in 0..28 {
        for hour in 0..24 {
            let date = jiff::civil::date(2026, 9, 7)
                .checked_add(jiff::Span::new().days(day))
                .unwrap();
            let base = if (8..20).contains(&hour) { 30 } else { 2 };
            csv.push_str(&format!("{date}T{hour:02}:00:00,email,{base}\n"));
            csv.push_str(&format!("{date} {hour:02}:15,chat,{}\n", base / 2 + hour));
        }
    }
    let history = dir.path().join("history.csv");
    std::fs::write(&history, csv).unwrap();
    let out = lotsen(dir.path())
        .args([
            "forecast",
            "volume",
            "--history",
            history.to_str().unwrap(),
            "--interval-minutes",
            "60",
            "--horizon-days",
            "2",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "timestamp,channel,forecast");
    assert_eq!(lines.len(), 1 + 2 * 48);
    assert!(
        lines.contains(&"2026-10-05T09:00:00,email,30.00"),
        "{}",
        &text[..300]
    );
    assert!(
        lines.contains(&"2026-10-06T23:00:00,chat,24.00"),
        "{}",
        &text[..300]
    );

    let out = lotsen(dir.path())
        .args([
            "forecast",
            "backtest",
            "--history",
            history.to_str().unwrap(),
            "--interval-minutes",
            "60",
        ])
        .output()
        .unwrap();
    let table = String::from_utf8(out.stdout).unwrap();
    assert!(table.contains("| email | 7 | 0.000 | 0.000 |"), "{table}");

    std::fs::write(&history, "timestamp,channel,count\nyesterday,email,three\n").unwrap();
    let bad = lotsen(dir.path())
        .args([
            "forecast",
            "volume",
            "--history",
            history.to_str().unwrap(),
            "--interval-minutes",
            "60",
            "--horizon-days",
            "1",
        ])
        .output()
        .unwrap();
    assert!(!bad.status.success());
    assert!(
        String::from_utf8_lossy(&bad.stderr).contains("line 2"),
        "{}",
        String::from_utf8_lossy(&bad.stderr)
    );
}

#[tokio::test]
async fn an_imported_history_feeds_the_plan() {
    let dir = tempfile::tempdir().unwrap();
    let mut csv = String::from("timestamp,channel,count\n");
    for day in 0..28 {
        let date = jiff::civil::date(2026, 10, 5)
            .checked_add(jiff::Span::new().days(day))
            .unwrap();
        csv.push_str(&format!("{date}T09:00:00,phone,120\n"));
    }
    csv.push_str("2026-11-01T09:00:00,fax,3\n");
    let history = dir.path().join("history.csv");
    std::fs::write(&history, &csv).unwrap();
    let refused = lotsen(dir.path())
        .args([
            "forecast",
            "import",
            "--history",
            history.to_str().unwrap(),
            "--interval-minutes",
            "60",
        ])
        .output()
        .unwrap();
    assert!(!refused.status.success());
    assert!(
        String::from_utf8_lossy(&refused.stderr).contains("fax"),
        "{}",
        String::from_utf8_lossy(&refused.stderr)
    );
    std::fs::write(&history, csv.replace("2026-11-01T09:00:00,fax,3\n", "")).unwrap();
    let out = lotsen(dir.path())
        .args([
            "forecast",
            "import",
            "--history",
            history.to_str().unwrap(),
            "--interval-minutes",
            "60",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let answer: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(answer["imported"], 28);
    let created = create_agent(
        dir.path(),
        &[
            "--name",
            "Ada Admin",
            "--email",
            "ada@banken.se",
            "--role",
            "admin",
        ],
    );
    let token = created["token"].as_str().unwrap().to_owned();
    let server = serve(dir.path(), &[]);
    let (status, plan) = call(
        reqwest::Method::GET,
        format!(
            "{}/api/v1/forecast/plan?date=2026-11-02&interval=60",
            server.base_url
        ),
        &token,
        None,
    )
    .await;
    assert_eq!(status, 200, "{plan}");
    let phone = plan["channels"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["channel"] == "phone")
        .unwrap();
    assert_eq!(phone["intervals"][9]["contacts"], 120.0);
    assert!(phone["intervals"][9]["required"].as_u64().unwrap() > 10);
    server.stop();
}

#[tokio::test]
async fn set_password_reads_stdin_and_the_agent_signs_in_with_it() {
    use std::io::Write;
    let dir = tempfile::tempdir().unwrap();
    create_agent(
        dir.path(),
        &["--name", "Karin Lund", "--email", "karin.lund@banken.se"],
    );
    let set = |password: &str| {
        let mut child = lotsen(dir.path())
            .args(["admin", "set-password", "--email", "karin.lund@banken.se"])
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        writeln!(child.stdin.take().unwrap(), "{password}").unwrap();
        child.wait_with_output().unwrap()
    };
    let short = set("kort");
    assert!(!short.status.success());
    assert!(
        String::from_utf8_lossy(&short.stderr).contains("password"),
        "{}",
        String::from_utf8_lossy(&short.stderr)
    );
    let ok = set("Vinter-2026-lotsen");
    assert!(
        ok.status.success(),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );
    let printed: Value = serde_json::from_slice(&ok.stdout).unwrap();
    assert!(printed["agent_id"].is_string(), "{printed}");
    let server = serve(dir.path(), &[]);
    assert_eq!(
        process::sign_in_by_form(
            &server.base_url,
            "karin.lund@banken.se",
            "Vinter-2026-lotsen"
        )
        .await,
        303
    );
    assert_eq!(
        process::sign_in_by_form(&server.base_url, "karin.lund@banken.se", "kort-och-fel").await,
        401
    );
    server.stop();
}

async fn found(base: &str, token: &str, q: &str) -> usize {
    let (s, hits) = call(
        reqwest::Method::GET,
        format!("{base}/api/v1/search?q={q}"),
        token,
        None,
    )
    .await;
    assert_eq!(s, 200, "{hits}");
    hits["hits"].as_array().unwrap().len()
}

async fn write(base: &str, token: &str, id: &str, body: &str) {
    let (s, created) = call(
        reqwest::Method::POST,
        format!("{base}/api/v1/messages"),
        token,
        Some(json!({ "external_id": id, "customer": { "name": "Eva Berg", "email": format!("{id}@example.se") },
                     "subject": "Fråga", "body": body })),
    )
    .await;
    assert_eq!(s, 201, "{created}");
}

#[tokio::test]
async fn the_search_index_survives_a_restart_and_reindex_rebuilds_it_with_a_progress_bar() {
    let dir = tempfile::tempdir().unwrap();
    let token = process::create_admin(dir.path(), &[], &[]);
    let server = serve(dir.path(), &[]);
    write(
        &server.base_url,
        &token,
        "r-1",
        "Mitt kort är spärrat utomlands.",
    )
    .await;
    write(
        &server.base_url,
        &token,
        "r-2",
        "Swish fungerar inte i appen.",
    )
    .await;
    assert_eq!(found(&server.base_url, &token, "spärrade").await, 1);
    // The messages the two cases hold: the customers' two, and after opening hours the
    // automatic answer to each.
    let api = format!("{}/api/v1", server.base_url);
    let mut held = 0;
    for c in crate::email::cases(&api, &token).await {
        let id = c["id"].as_str().unwrap_or_default().to_owned();
        let case = crate::email::case(&api, &token, &id).await;
        held += case["timeline"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|e| e["message"].is_object())
            .count();
    }
    assert!(held >= 2, "{held}");
    // The running server writes the index: a rebuild beside it is refused, saying why.
    let out = lotsen(dir.path()).arg("reindex").output().unwrap();
    assert!(!out.status.success());
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains("in use by a running lotsen serve"), "{said}");
    server.stop();
    assert!(
        dir.path().join("search/meta.json").exists(),
        "the index is on disk"
    );

    // Rebuilt from the database, saying how far it is.
    let out = lotsen(dir.path()).arg("reindex").output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let said: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        (said["cases"].as_u64(), said["messages"].as_u64()),
        (Some(2), Some(held as u64)),
        "{said}"
    );
    let progress = String::from_utf8_lossy(&out.stderr);
    assert!(progress.contains("100%  2/2 cases"), "{progress}");

    // After a restart: what was indexed is found, and what comes next too.
    let server = serve(dir.path(), &[]);
    assert_eq!(found(&server.base_url, &token, "swish").await, 1);
    write(&server.base_url, &token, "r-3", "Jag vill byta adress.").await;
    assert_eq!(found(&server.base_url, &token, "adress").await, 1);
    assert_eq!(found(&server.base_url, &token, "kort").await, 1);
    server.stop();
}
