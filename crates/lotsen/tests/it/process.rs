//! Starting `lotsen serve` as a child process on a free port and talking to it.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

pub struct Server {
    pub child: Child,
    pub base_url: String,
    pub output: Vec<String>,
}

pub fn lotsen(data_dir: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_lotsen"));
    cmd.arg("--data-dir")
        .arg(data_dir)
        .env("LOTSEN_LOG__LEVEL", "warn")
        .env_remove("RUST_LOG");
    cmd
}

/// Runs `lotsen admin create-agent` with `global` before the subcommand
/// (`--database-url`) and `args` after it, and returns the created agent's JSON.
pub fn create_agent(data_dir: &Path, global: &[&str], args: &[&str]) -> serde_json::Value {
    let out = lotsen(data_dir)
        .args(global)
        .args(["admin", "create-agent"])
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

/// Creates the admin Ada (`ada@banken.se`) and returns her API token; `global` goes
/// before the subcommand (`--database-url`), `extra` after it (`--team`,
/// `--signature-name`).
pub fn create_admin(data_dir: &Path, global: &[&str], extra: &[&str]) -> String {
    let mut args = vec![
        "--name",
        "Ada Admin",
        "--email",
        "ada@banken.se",
        "--role",
        "admin",
    ];
    args.extend_from_slice(extra);
    let admin = create_agent(data_dir, global, &args);
    admin["token"].as_str().unwrap().to_owned()
}

/// Starts `lotsen serve` with extra arguments and waits (at most two minutes) until it
/// says where it listens.
pub fn serve(data_dir: &Path, extra: &[&str]) -> Server {
    serve_with_env(data_dir, extra, &[])
}

/// Starts `lotsen serve` with extra arguments and environment.
pub fn serve_with_env(data_dir: &Path, extra: &[&str], env: &[(&str, &str)]) -> Server {
    let child = lotsen(data_dir)
        .envs(env.iter().copied())
        .args(["serve", "--listen", "127.0.0.1:0"])
        .args(extra)
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("start lotsen serve");
    // Owned by a Server at once, so it is killed and waited for on every path.
    let mut server = Server {
        child,
        base_url: String::new(),
        output: Vec::new(),
    };
    let stdout = server.child.stdout.take().expect("stdout");
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    loop {
        let line = rx
            .recv_timeout(Duration::from_secs(120))
            .expect("lotsen serve printed where it listens");
        server.output.push(line.clone());
        if let Some(rest) = line.split("listening on ").nth(1) {
            server.base_url = rest.split_whitespace().next().unwrap().to_owned();
            return server;
        }
    }
}

impl Server {
    /// Kills the process with SIGKILL: no shutdown code runs.
    pub fn kill_hard(mut self) {
        self.child.kill().unwrap();
        self.child.wait().unwrap();
    }

    /// Stops the process with SIGTERM and waits for a clean exit.
    pub fn stop(mut self) {
        let pid = self.child.id().to_string();
        let status = Command::new("kill").args(["-TERM", &pid]).status().unwrap();
        assert!(status.success());
        let exit = self.child.wait().unwrap();
        assert!(exit.success(), "graceful shutdown exits 0, got {exit}");
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub async fn call(
    method: reqwest::Method,
    url: String,
    token: &str,
    body: Option<serde_json::Value>,
) -> (u16, serde_json::Value) {
    let mut req = reqwest::Client::new()
        .request(method, url)
        .bearer_auth(token);
    if let Some(body) = body {
        req = req.json(&body);
    }
    let res = req.send().await.unwrap();
    let status = res.status().as_u16();
    (status, res.json().await.unwrap_or(serde_json::Value::Null))
}

/// Two servers on one fresh PostgreSQL database, each working jobs every 100 ms.
pub struct TwoServers {
    /// The database, dropped with it.
    pub _db: lotsen_testkit::TestStore,
    /// Their data directory.
    pub _dir: tempfile::TempDir,
    /// One server.
    pub a: Server,
    /// The other.
    pub b: Server,
    /// The admin's API token.
    pub token: String,
}

/// Starts [`TwoServers`].
pub async fn two_servers() -> TwoServers {
    let store = lotsen_testkit::test_store(lotsen_testkit::Backend::Postgres).await;
    let url = store.url().to_owned();
    let dir = tempfile::tempdir().unwrap();
    let token = create_admin(dir.path(), &["--database-url", &url], &[]);
    let env = [("LOTSEN_WORKERS__INTERVAL_MS", "100")];
    let a = serve_with_env(dir.path(), &["--database-url", &url], &env);
    let b = serve_with_env(dir.path(), &["--database-url", &url], &env);
    TwoServers {
        _db: store,
        _dir: dir,
        a,
        b,
        token,
    }
}

/// Waits until the reply's delivery has `status`; the delivery.
pub async fn delivery(
    api: &str,
    token: &str,
    case: &str,
    message: &str,
    status: &str,
) -> serde_json::Value {
    let started = std::time::Instant::now();
    loop {
        let (_, view) = call(
            reqwest::Method::GET,
            format!("{api}/cases/{case}"),
            token,
            None,
        )
        .await;
        let found = view["timeline"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|e| e.get("message"))
            .find(|m| m["id"] == message)
            .map(|m| m["delivery"].clone());
        if let Some(d) = found.filter(|d| d["status"] == status) {
            return d;
        }
        assert!(
            started.elapsed() < Duration::from_secs(15),
            "delivery of {message} is not {status}: {view}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Signs in through `/login` as a browser would (the form's token and its cookie); the
/// status of the form's answer (303 when signed in).
pub async fn sign_in_by_form(base_url: &str, email: &str, password: &str) -> u16 {
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let form = client
        .get(format!("{base_url}/login"))
        .send()
        .await
        .unwrap();
    let cookie = form.headers()[reqwest::header::SET_COOKIE]
        .to_str()
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .to_owned();
    let html = form.text().await.unwrap();
    let csrf = html
        .split("name=\"csrf\" value=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap()
        .to_owned();
    client
        .post(format!("{base_url}/login"))
        .header(reqwest::header::COOKIE, cookie)
        .form(&[("email", email), ("password", password), ("csrf", &csrf)])
        .send()
        .await
        .unwrap()
        .status()
        .as_u16()
}
