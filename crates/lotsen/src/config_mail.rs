//! The email channel's configuration (`[smtp]` in the file, `LOTSEN_SMTP__*` in the
//! environment, `--smtp-listen`/`--lmtp-listen` on `serve`): the relay replies go to, the
//! support address, the inbound listeners, sizes and the per-sender rate limit; and the
//! IMAP mailboxes to poll (`[[imap]]`, or `LOTSEN_IMAP__URL`).

use std::net::SocketAddr;

use serde::Deserialize;

/// How replies reach the relay.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum RelayTls {
    /// Plain SMTP (a relay on the same host).
    None,
    /// STARTTLS when the relay offers it, plain otherwise (the default).
    #[default]
    Opportunistic,
    /// STARTTLS, or no delivery.
    StartTls,
    /// TLS from the first byte (port 465).
    Wrapper,
}

/// The relay replies are sent through.
#[derive(Clone, Default)]
pub struct Relay {
    /// Host.
    pub host: String,
    /// Port.
    pub port: u16,
    /// TLS.
    pub tls: RelayTls,
    /// User name and password, when the relay wants them (`LOTSEN_SMTP__USERNAME`,
    /// `LOTSEN_SMTP__PASSWORD`).
    pub credentials: Option<(String, String)>,
    /// Certificate authorities to trust besides the public ones (PEM).
    pub ca_file: Option<std::path::PathBuf>,
}

impl std::fmt::Debug for Relay {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Relay")
            .field("host", &self.host)
            .field("port", &self.port)
            .field("tls", &self.tls)
            .field("credentials", &self.credentials.as_ref().map(|_| "(set)"))
            .field("ca_file", &self.ca_file)
            .finish()
    }
}

/// Email settings.
#[derive(Debug, Clone, Default)]
pub struct MailConfig {
    /// The SMTP relay replies are sent through.
    pub relay: Option<Relay>,
    /// The support address replies come from; mail from it is a loop.
    pub from: Option<String>,
    /// The inbound SMTP listener.
    pub smtp_listen: Option<SocketAddr>,
    /// The inbound LMTP listener.
    pub lmtp_listen: Option<SocketAddr>,
    /// The name the listeners greet with.
    pub hostname: String,
    /// Largest message taken in, bytes.
    pub max_message_bytes: usize,
    /// Messages one sender may write in an hour before the rest are notices.
    pub rate_limit_per_hour: u32,
    /// Mailboxes to poll.
    pub imap: Vec<ImapConfig>,
}

/// One IMAP mailbox.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ImapConfig {
    /// `imaps://user:password@host:port/MAILBOX` (TLS, port 993 by default) or
    /// `imap://...` (plain, port 143; for a server on the same host).
    pub url: String,
    /// PEM file of certificate authorities to trust besides the public ones (a company's
    /// own CA, or a test's).
    #[serde(default)]
    pub ca_file: Option<std::path::PathBuf>,
    /// Where processed mail is moved; without one it is only marked seen and flagged.
    #[serde(default)]
    pub move_to: Option<String>,
    /// Seconds between polls when the server has no IDLE.
    #[serde(default)]
    pub poll_secs: Option<u64>,
}

/// The `[smtp]` section.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileSmtp {
    relay: Option<String>,
    tls: Option<String>,
    username: Option<String>,
    password: Option<String>,
    ca_file: Option<std::path::PathBuf>,
    from: Option<String>,
    listen: Option<String>,
    lmtp_listen: Option<String>,
    hostname: Option<String>,
    max_message_bytes: Option<usize>,
    rate_limit_per_hour: Option<u32>,
}

/// Reads the email settings, adding every problem to `problems`.
pub fn load(
    file: FileSmtp,
    imap: Vec<ImapConfig>,
    var: &dyn Fn(&str) -> Option<String>,
    flags: (Option<SocketAddr>, Option<SocketAddr>),
    problems: &mut Vec<String>,
) -> MailConfig {
    let relay = var("LOTSEN_SMTP__RELAY")
        .or(file.relay)
        .filter(|r| !r.trim().is_empty())
        .and_then(|text| match text.trim().rsplit_once(':') {
            Some((host, port)) if !host.is_empty() => match port.parse::<u16>() {
                Ok(port) => Some((host.trim_matches(['[', ']']).to_owned(), port)),
                Err(_) => {
                    problems.push(format!("smtp.relay: {text:?} has no port such as :25"));
                    None
                }
            },
            _ => {
                problems.push(format!("smtp.relay: {text:?} must be host:port"));
                None
            }
        });
    let tls_text = var("LOTSEN_SMTP__TLS")
        .or(file.tls)
        .unwrap_or_else(|| "opportunistic".to_owned());
    let tls = match tls_text.trim() {
        "none" => RelayTls::None,
        "opportunistic" => RelayTls::Opportunistic,
        "starttls" => RelayTls::StartTls,
        "tls" => RelayTls::Wrapper,
        other => {
            problems.push(format!(
                "smtp.tls: {other:?} must be none, opportunistic, starttls or tls"
            ));
            RelayTls::Opportunistic
        }
    };
    let username = var("LOTSEN_SMTP__USERNAME").or(file.username);
    let password = var("LOTSEN_SMTP__PASSWORD").or(file.password);
    let credentials = match (username, password) {
        (Some(u), Some(p)) if !u.is_empty() => Some((u, p)),
        (None, None) => None,
        (Some(u), None) if u.is_empty() => None,
        _ => {
            problems.push("smtp.username and smtp.password: give both or neither".to_owned());
            None
        }
    };
    let ca_file = var("LOTSEN_SMTP__CA_FILE")
        .map(std::path::PathBuf::from)
        .or(file.ca_file);
    if let Some(ca) = &ca_file
        && !ca.is_file()
    {
        problems.push(format!("smtp.ca_file: {} is not a file", ca.display()));
    }
    let relay = relay.map(|(host, port)| Relay {
        host,
        port,
        tls,
        credentials,
        ca_file,
    });
    let from = var("LOTSEN_SMTP__FROM")
        .or(file.from)
        .map(|f| f.trim().to_lowercase())
        .filter(|f| !f.is_empty());
    if let Some(f) = &from
        && lotsen_domain::Identity::email(f).is_none()
    {
        problems.push(format!("smtp.from: {f:?} is not an email address"));
    }
    if relay.is_some() && from.is_none() {
        problems.push("smtp.from: a support address is needed to send replies".to_owned());
    }
    let mut address = |name: &str, flag: Option<SocketAddr>, env: &str, file: Option<String>| {
        flag.or_else(|| {
            let text = var(env).or(file).filter(|t| !t.trim().is_empty())?;
            text.trim().parse().map_or_else(
                |_| {
                    problems.push(format!(
                        "smtp.{name}: {text:?} is not an address such as 127.0.0.1:2525"
                    ));
                    None
                },
                Some,
            )
        })
    };
    let smtp_listen = address("listen", flags.0, "LOTSEN_SMTP__LISTEN", file.listen);
    let lmtp_listen = address(
        "lmtp_listen",
        flags.1,
        "LOTSEN_SMTP__LMTP_LISTEN",
        file.lmtp_listen,
    );
    let number = |name: &str, env: &str, file: Option<u64>, default: u64| match var(env) {
        Some(text) => text.trim().parse::<u64>().map_err(|_| name.to_owned()),
        None => Ok(file.unwrap_or(default)),
    };
    let max_message_bytes = number(
        "max_message_bytes",
        "LOTSEN_SMTP__MAX_MESSAGE_BYTES",
        file.max_message_bytes.map(|n| n as u64),
        40 * 1024 * 1024,
    )
    .unwrap_or_else(|name| {
        problems.push(format!("smtp.{name}: not a number of bytes"));
        0
    });
    if !(1024..=200 * 1024 * 1024).contains(&max_message_bytes) {
        problems.push("smtp.max_message_bytes: must be 1 KiB to 200 MiB".to_owned());
    }
    let rate = number(
        "rate_limit_per_hour",
        "LOTSEN_SMTP__RATE_LIMIT_PER_HOUR",
        file.rate_limit_per_hour.map(u64::from),
        30,
    )
    .unwrap_or_else(|name| {
        problems.push(format!("smtp.{name}: not a number"));
        30
    });
    let mut imap = imap;
    if let Some(url) = var("LOTSEN_IMAP__URL").filter(|u| !u.trim().is_empty()) {
        imap.push(ImapConfig {
            url,
            move_to: var("LOTSEN_IMAP__MOVE_TO"),
            ca_file: var("LOTSEN_IMAP__CA_FILE").map(std::path::PathBuf::from),
            poll_secs: var("LOTSEN_IMAP__POLL_SECS").and_then(|s| s.parse().ok()),
        });
    }
    for (i, mailbox) in imap.iter().enumerate() {
        if !mailbox.url.starts_with("imap://") && !mailbox.url.starts_with("imaps://") {
            problems.push(format!(
                "imap[{i}].url: must be imaps:// or imap://user:password@host:port/MAILBOX"
            ));
        }
        if let Some(ca) = &mailbox.ca_file
            && !ca.is_file()
        {
            problems.push(format!("imap[{i}].ca_file: {} is not a file", ca.display()));
        }
    }
    MailConfig {
        relay,
        from,
        smtp_listen,
        lmtp_listen,
        hostname: var("LOTSEN_SMTP__HOSTNAME")
            .or(file.hostname)
            .unwrap_or_else(|| "lotsen".to_owned()),
        max_message_bytes: usize::try_from(max_message_bytes).unwrap_or(usize::MAX),
        rate_limit_per_hour: u32::try_from(rate).unwrap_or(u32::MAX),
        imap,
    }
}
