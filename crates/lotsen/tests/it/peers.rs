//! Real mail peers on loopback for the email tests: Dovecot (an IMAP server, from
//! Debian's package, which `scripts/test` installs), an aiosmtpd sink catching our
//! replies, and Python's smtplib delivering to our listener. A missing peer fails the
//! test under `CI=true` and skips it elsewhere, saying what to install.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// The Python helpers beside this file.
pub fn script(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/it/py")
        .join(name)
}

/// Whether a peer is here; under CI a missing one fails.
pub fn available(what: &str, check: &mut Command, install: &str) -> bool {
    let ok = check
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !ok {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "{what} is missing ({install}); scripts/test installs it"
        );
        eprintln!("skipping: {what} is missing ({install})");
    }
    ok
}

/// A free loopback port (bound and released; the peer binds it next).
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// Waits until something listens on the port.
pub fn wait_for_port(port: u16) {
    let started = Instant::now();
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "nothing listens on {port}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// A child process killed when dropped.
pub struct Peer(pub Child);

impl Drop for Peer {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// The aiosmtpd sink: every message it receives is a file `NNNNN.eml` in `dir`.
pub fn smtp_sink(dir: &Path) -> Option<(Peer, u16)> {
    smtp_sink_with(dir, &[])
}

/// The sink with extra arguments (a certificate, key, user and password make it a relay
/// that requires STARTTLS and a login).
pub fn smtp_sink_with(dir: &Path, extra: &[&str]) -> Option<(Peer, u16)> {
    if !available(
        "aiosmtpd",
        Command::new("python3").args(["-c", "import aiosmtpd"]),
        "pip install aiosmtpd==1.4.6",
    ) {
        return None;
    }
    let port = free_port();
    let child = Command::new("python3")
        .arg(script("sink.py"))
        .args(["127.0.0.1", &port.to_string()])
        .arg(dir)
        .args(extra)
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    let peer = Peer(child);
    wait_for_port(port);
    Some((peer, port))
}

/// The messages the sink has kept, in order.
pub fn sunk(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "eml"))
        .collect();
    files.sort();
    files
}

/// Delivers a message to an SMTP server with smtplib; returns the final reply.
pub fn smtplib_send(port: u16, mail_from: &str, raw: &str, dir: &Path) -> String {
    let file = dir.join(format!("send-{}.eml", free_port()));
    std::fs::write(&file, raw).unwrap();
    let out = Command::new("python3")
        .arg(script("send.py"))
        .args([
            "127.0.0.1",
            &port.to_string(),
            mail_from,
            "kundservice@banken.se",
        ])
        .arg(&file)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "smtplib: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).trim().to_owned()
}

/// Dovecot serving one user `kund` (password `hemligt`) on loopback, over plain IMAP on
/// `port` and IMAP over TLS on `tls_port` with a certificate from a test CA (`ca_file`).
pub struct Dovecot {
    _peer: Peer,
    pub port: u16,
    pub tls_port: u16,
    pub ca_file: PathBuf,
}

/// A test CA and a certificate for 127.0.0.1 signed by it, made with openssl.
pub fn certificates(dir: &Path) -> PathBuf {
    let run = |args: &[&str]| {
        let out = Command::new("openssl")
            .args(args)
            .current_dir(dir)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "openssl {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    run(&[
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-days",
        "2",
        "-subj",
        "/CN=Lotsen test CA",
        "-keyout",
        "ca.key",
        "-out",
        "ca.pem",
    ]);
    run(&[
        "req",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-subj",
        "/CN=127.0.0.1",
        "-keyout",
        "key.pem",
        "-out",
        "leaf.csr",
    ]);
    std::fs::write(
        dir.join("leaf.ext"),
        "subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n",
    )
    .unwrap();
    run(&[
        "x509",
        "-req",
        "-in",
        "leaf.csr",
        "-CA",
        "ca.pem",
        "-CAkey",
        "ca.key",
        "-CAcreateserial",
        "-days",
        "2",
        "-extfile",
        "leaf.ext",
        "-out",
        "cert.pem",
    ]);
    dir.join("ca.pem")
}

impl Dovecot {
    /// Starts Dovecot in `dir`.
    pub fn start(dir: &Path) -> Option<Self> {
        if !available(
            "Dovecot",
            Command::new("dovecot").arg("--version"),
            "apt-get install dovecot-imapd",
        ) {
            return None;
        }
        let port = free_port();
        let tls_port = free_port();
        let mail = dir.join("mail");
        std::fs::create_dir_all(&mail).unwrap();
        std::fs::create_dir_all(dir.join("run")).unwrap();
        std::fs::write(dir.join("users"), "kund:{PLAIN}hemligt::::::\n").unwrap();
        let ca_file = certificates(dir);
        // Dovecot refuses to keep mail as root: the mail belongs to its own user.
        let user = if Command::new("id")
            .args(["-u", "dovecot"])
            .status()
            .is_ok_and(|s| s.success())
        {
            "dovecot"
        } else {
            "nobody"
        };
        let chown = Command::new("chown")
            .args([user])
            .arg(&mail)
            .status()
            .unwrap();
        assert!(chown.success());
        let d = dir.display();
        let config = format!(
            "base_dir = {d}/run\nstate_dir = {d}/run/state\nlog_path = {d}/dovecot.log\n\
protocols = imap\nlisten = 127.0.0.1\nssl = yes\nssl_cert = <{d}/cert.pem\nssl_key = <{d}/key.pem\n\
disable_plaintext_auth = no\n\
auth_mechanisms = plain login\nmail_location = maildir:{d}/mail/%u\nfirst_valid_uid = 1\n\
mail_uid = {user}\nmail_gid = {user}\n\
passdb {{\n  driver = passwd-file\n  args = scheme=PLAIN username_format=%u {d}/users\n}}\n\
userdb {{\n  driver = static\n  args = uid={user} gid={user} home={d}/mail/%u\n}}\n\
service imap-login {{\n  chroot =\n  inet_listener imap {{\n    address = 127.0.0.1\n    port = {port}\n  }}\n  inet_listener imaps {{\n    address = 127.0.0.1\n    port = {tls_port}\n    ssl = yes\n  }}\n}}\n\
service anvil {{\n  chroot =\n}}\n"
        );
        let conf = dir.join("dovecot.conf");
        std::fs::write(&conf, config).unwrap();
        let child = Command::new("dovecot")
            .arg("-F")
            .arg("-c")
            .arg(&conf)
            .stdout(Stdio::null())
            .spawn()
            .unwrap();
        let peer = Peer(child);
        wait_for_port(port);
        wait_for_port(tls_port);
        Some(Self {
            _peer: peer,
            port,
            tls_port,
            ca_file,
        })
    }

    /// Runs an imaplib script with `m` logged in and INBOX selected; returns its output.
    pub fn imaplib(&self, body: &str) -> String {
        let program = format!(
            "import imaplib\nm = imaplib.IMAP4('127.0.0.1', {})\nm.login('kund', 'hemligt')\nm.select('INBOX')\n{body}\n",
            self.port
        );
        let out = Command::new("python3")
            .args(["-c", &program])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "imaplib: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).trim().to_owned()
    }

    /// Puts a message in a mailbox (IMAP APPEND).
    pub fn append(&self, mailbox: &str, raw: &str) {
        let literal = serde_json::to_string(raw).unwrap();
        self.imaplib(&format!(
            "typ, _ = m.append('{mailbox}', None, None, {literal}.encode('utf-8'))\nassert typ == 'OK'"
        ));
    }
}
