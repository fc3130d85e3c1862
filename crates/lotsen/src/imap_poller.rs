//! Inbound email by IMAP: one task per configured mailbox logs in, selects the mailbox
//! and takes in every message not yet marked `$LotsenTaken` (fetched with `BODY.PEEK[]`,
//! so a person's unread mail stays unread until Lotsen has it). A message is marked (and
//! moved, when `move_to` is set and the server has MOVE) only after intake stored it;
//! after a crash the same message is fetched again and recognised by its Message-ID. It
//! waits with IDLE where the server has it, otherwise polls; a lost connection is made
//! again with backoff. `imaps://` speaks TLS (rustls, the public roots plus an optional
//! CA file); `imap://` is plain, for a server on the same host.

use std::time::Duration;

use futures_util::StreamExt;
use lotsen_app::App;
use tokio::net::TcpStream;

use crate::config_mail::ImapConfig;

/// The keyword on messages Lotsen has taken in.
const TAKEN: &str = "$LotsenTaken";

/// Messages fetched per round.
const BATCH: usize = 50;

/// Where and as whom to log in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    tls: bool,
    host: String,
    port: u16,
    user: String,
    password: String,
    mailbox: String,
}

/// Reads `imaps://user:password@host:port/MAILBOX` or `imap://...` (user and password
/// percent-encoded; the mailbox defaults to INBOX, the port to 993 or 143).
pub fn parse_url(url: &str) -> Result<Target, String> {
    let (tls, rest) = match (url.strip_prefix("imaps://"), url.strip_prefix("imap://")) {
        (Some(rest), _) => (true, rest),
        (None, Some(rest)) => (false, rest),
        _ => return Err("the URL must start with imaps:// or imap://".into()),
    };
    let (authority, path) = rest.split_once('/').unwrap_or((rest, ""));
    let (credentials, host_port) = authority
        .rsplit_once('@')
        .ok_or("the URL needs user:password@ before the host")?;
    let (user, password) = credentials
        .split_once(':')
        .ok_or("the URL needs user:password")?;
    let (host, port) = match host_port.rsplit_once(':') {
        Some((h, p)) => (h, p.parse::<u16>().map_err(|_| "the port is not a number")?),
        None => (host_port, if tls { 993 } else { 143 }),
    };
    if host.is_empty() {
        return Err("the URL has no host".into());
    }
    let mailbox = percent_decode(path);
    Ok(Target {
        tls,
        host: host.trim_matches(['[', ']']).to_owned(),
        port,
        user: percent_decode(user),
        password: percent_decode(password),
        mailbox: if mailbox.is_empty() {
            "INBOX".into()
        } else {
            mailbox
        },
    })
}

fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && i + 2 < bytes.len()
            && let Some(hex) = text.get(i + 1..i + 3)
            && let Ok(b) = u8::from_str_radix(hex, 16)
        {
            out.push(b);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Takes in the mailbox's mail until aborted.
pub async fn run(app: App, config: ImapConfig) {
    let target = match parse_url(&config.url) {
        Ok(t) => t,
        Err(why) => {
            tracing::error!(why, "IMAP mailbox not polled");
            return;
        }
    };
    let poll = Duration::from_secs(config.poll_secs.unwrap_or(30).clamp(1, 3600));
    let tls = match (target.tls, crate::tls::connector(config.ca_file.as_deref())) {
        (false, _) => None,
        (true, Ok(connector)) => Some(connector),
        (true, Err(why)) => {
            tracing::error!(why, "IMAP mailbox not polled: no TLS");
            return;
        }
    };
    let mut backoff = Duration::from_secs(1);
    loop {
        match connect(&app, &target, tls.as_ref(), config.move_to.as_deref(), poll).await {
            Ok(()) => backoff = Duration::from_secs(1),
            Err(why) => {
                tracing::warn!(why, host = %target.host, "IMAP session failed; connecting again");
                tokio::time::sleep(backoff).await;
                backoff = (backoff * 2).min(Duration::from_secs(60));
            }
        }
    }
}

/// What a session runs over: TCP, or TLS over TCP.
pub trait Stream:
    tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin + std::fmt::Debug + Send + 'static
{
}

impl<T> Stream for T where
    T: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin + std::fmt::Debug + Send + 'static
{
}

/// Connects (with TLS when asked) and runs a session.
async fn connect(
    app: &App,
    target: &Target,
    tls: Option<&tokio_rustls::TlsConnector>,
    move_to: Option<&str>,
    poll: Duration,
) -> Result<(), String> {
    let tcp = tokio::time::timeout(
        Duration::from_secs(10),
        TcpStream::connect((target.host.as_str(), target.port)),
    )
    .await
    .map_err(|_| "connecting timed out".to_owned())?
    .map_err(|e| format!("cannot connect: {e}"))?;
    match tls {
        None => session(app, target, tcp, move_to, poll).await,
        Some(connector) => {
            let name = rustls_pki_types::ServerName::try_from(target.host.clone())
                .map_err(|_| "the host is not a name for TLS".to_owned())?;
            let stream =
                tokio::time::timeout(Duration::from_secs(10), connector.connect(name, tcp))
                    .await
                    .map_err(|_| "the TLS handshake timed out".to_owned())?
                    .map_err(|e| format!("TLS failed: {e}"))?;
            session(app, target, stream, move_to, poll).await
        }
    }
}

/// One connection: log in, select, take in, wait, again; returns on a lost connection.
async fn session<S: Stream>(
    app: &App,
    target: &Target,
    stream: S,
    move_to: Option<&str>,
    poll: Duration,
) -> Result<(), String> {
    let mut client = async_imap::Client::new(stream);
    client
        .read_response()
        .await
        .map_err(|e| format!("no greeting: {e}"))?
        .ok_or("the server closed before its greeting")?;
    let mut session = client
        .login(&target.user, &target.password)
        .await
        .map_err(|(e, _)| format!("login refused: {e}"))?;
    let capabilities = session
        .capabilities()
        .await
        .map_err(|e| format!("CAPABILITY failed: {e}"))?;
    let idle = capabilities.has_str("IDLE");
    let can_move = capabilities.has_str("MOVE");
    session
        .select(&target.mailbox)
        .await
        .map_err(|e| format!("cannot select the mailbox: {e}"))?;
    let source = format!("imap:{}", target.mailbox);
    loop {
        while take_in(app, &mut session, &source, move_to.filter(|_| can_move)).await? == BATCH {}
        while session.unsolicited_responses.try_recv().is_ok() {}
        if idle {
            let mut handle = session.idle();
            handle
                .init()
                .await
                .map_err(|e| format!("IDLE failed: {e}"))?;
            let (wait, _stop) = handle.wait_with_timeout(poll.max(Duration::from_secs(60)));
            wait.await.map_err(|e| format!("IDLE failed: {e}"))?;
            session = handle
                .done()
                .await
                .map_err(|e| format!("DONE failed: {e}"))?;
        } else {
            tokio::time::sleep(poll).await;
            session
                .noop()
                .await
                .map_err(|e| format!("NOOP failed: {e}"))?;
        }
    }
}

/// Takes in up to `BATCH` messages; returns how many.
async fn take_in<S: Stream>(
    app: &App,
    session: &mut async_imap::Session<S>,
    source: &str,
    move_to: Option<&str>,
) -> Result<usize, String> {
    let mut uids: Vec<u32> = session
        .uid_search(format!("UNDELETED UNKEYWORD {TAKEN}"))
        .await
        .map_err(|e| format!("SEARCH failed: {e}"))?
        .into_iter()
        .collect();
    uids.sort_unstable();
    uids.truncate(BATCH);
    for &uid in &uids {
        let body = {
            let mut fetches = session
                .uid_fetch(uid.to_string(), "(UID BODY.PEEK[])")
                .await
                .map_err(|e| format!("FETCH failed: {e}"))?;
            let mut body = None;
            while let Some(fetch) = fetches.next().await {
                let fetch = fetch.map_err(|e| format!("FETCH failed: {e}"))?;
                if fetch.uid == Some(uid) {
                    body = fetch.body().map(<[u8]>::to_vec);
                }
            }
            body
        };
        // Expunged meanwhile: nothing to take.
        let Some(body) = body else { continue };
        if let Err(e) = lotsen_app::email::receive_raw(app, &body, source).await {
            // Not stored: leave it unmarked and try again later.
            return Err(format!("intake failed ({}); the message stays", e.code()));
        }
        {
            let mut stored = session
                .uid_store(uid.to_string(), format!("+FLAGS (\\Seen {TAKEN})"))
                .await
                .map_err(|e| format!("STORE failed: {e}"))?;
            while stored.next().await.is_some() {}
        }
        if let Some(folder) = move_to {
            session
                .uid_mv(uid.to_string(), folder)
                .await
                .map_err(|e| format!("MOVE failed: {e}"))?;
        }
        tracing::info!(uid, source, "email taken in by IMAP");
    }
    Ok(uids.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn imap_urls_are_read_with_defaults_and_percent_escapes() {
        let t = parse_url("imap://kund%40banken.se:hem%3Alig@127.0.0.1:1143/Support").unwrap();
        assert_eq!(t.user, "kund@banken.se");
        assert_eq!(t.password, "hem:lig");
        assert_eq!((t.host.as_str(), t.port), ("127.0.0.1", 1143));
        assert_eq!(t.mailbox, "Support");
        let t = parse_url("imap://a:b@mail.banken.se").unwrap();
        assert_eq!((t.port, t.mailbox.as_str()), (143, "INBOX"));
        let t = parse_url("imaps://a:b@mail.banken.se/INBOX").unwrap();
        assert!(t.tls);
        assert_eq!(t.port, 993);
        assert!(parse_url("pop3://a:b@x").is_err());
        assert!(parse_url("imap://x").is_err());
    }
}
