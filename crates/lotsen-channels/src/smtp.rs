//! The server side of an SMTP (RFC 5321) or LMTP (RFC 2033) dialogue, with no socket:
//! the binary's listener feeds it lines and writes back what it answers. It offers
//! PIPELINING, 8BITMIME, SIZE, ENHANCEDSTATUSCODES and SMTPUTF8, undoes dot-stuffing,
//! refuses a message over the size limit after reading it through, and hands a complete
//! message over as an [`Envelope`]; the `250` for it is only written after the listener
//! has stored the message ([`Session::stored`]), so an accepted message is never lost.

/// Limits and names of the listener.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    /// The name we greet with.
    pub hostname: String,
    /// Largest message accepted, in bytes.
    pub max_message_bytes: usize,
    /// Recipients per message.
    pub max_recipients: usize,
    /// Commands that fail before the connection is closed.
    pub max_errors: u32,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            hostname: "lotsen".into(),
            max_message_bytes: 40 * 1024 * 1024,
            max_recipients: 100,
            max_errors: 20,
        }
    }
}

/// A message handed over by the client.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Envelope {
    /// The reverse path (`MAIL FROM`), empty for a bounce.
    pub mail_from: String,
    /// The forward paths (`RCPT TO`).
    pub recipients: Vec<String>,
    /// The message, dot-stuffing undone, lines ending in CRLF.
    pub data: Vec<u8>,
}

/// What the listener does next.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// Write these reply lines (each without CRLF) and read on.
    Reply(Vec<String>),
    /// Write these lines, then close the connection.
    Close(Vec<String>),
    /// Store the message, then write what [`Session::stored`] answers.
    Deliver(Envelope),
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum State {
    Greeted,
    Ready,
    Mail,
    Data,
}

/// One connection's dialogue.
#[derive(Debug, Clone)]
pub struct Session {
    config: Config,
    lmtp: bool,
    state: State,
    mail_from: String,
    recipients: Vec<String>,
    data: Vec<u8>,
    oversized: bool,
    errors: u32,
}

impl Session {
    /// A new dialogue; `lmtp` answers each recipient separately after DATA.
    pub fn new(config: Config, lmtp: bool) -> Self {
        Self {
            config,
            lmtp,
            state: State::Greeted,
            mail_from: String::new(),
            recipients: Vec::new(),
            data: Vec::new(),
            oversized: false,
            errors: 0,
        }
    }

    /// The greeting to write when the client connects.
    pub fn greeting(&self) -> String {
        let protocol = if self.lmtp { "LMTP" } else { "ESMTP" };
        format!("220 {} {protocol} Lotsen ready", self.config.hostname)
    }

    /// Whether the next line belongs to a message's data.
    pub fn in_data(&self) -> bool {
        self.state == State::Data
    }

    /// Feeds one line as read (with or without its CRLF).
    pub fn line(&mut self, line: &[u8]) -> Step {
        if self.state == State::Data {
            return self.data_line(line);
        }
        let text = String::from_utf8_lossy(line);
        let text = text.trim_end_matches(['\r', '\n']);
        let (verb, rest) = match text.split_once(' ') {
            Some((v, r)) => (v.to_ascii_uppercase(), r.trim()),
            None => (text.to_ascii_uppercase(), ""),
        };
        let step = match verb.as_str() {
            "EHLO" | "LHLO" if (verb == "LHLO") == self.lmtp => self.hello(rest, true),
            "HELO" if !self.lmtp => self.hello(rest, false),
            "MAIL" => self.mail(rest),
            "RCPT" => self.rcpt(rest),
            "DATA" => self.start_data(),
            "RSET" => {
                self.reset();
                ok("250 2.0.0 Ok")
            }
            "NOOP" => ok("250 2.0.0 Ok"),
            "VRFY" => ok("252 2.5.0 Cannot verify, send the message"),
            "HELP" => ok("214 2.0.0 See RFC 5321"),
            "QUIT" => return Step::Close(vec!["221 2.0.0 Bye".into()]),
            "STARTTLS" | "AUTH" | "BDAT" => self.error("502 5.5.1 Not offered"),
            _ => self.error("500 5.5.2 Command not recognised"),
        };
        if self.errors >= self.config.max_errors {
            return Step::Close(vec!["421 4.7.0 Too many errors, closing".into()]);
        }
        step
    }

    /// What to answer once the listener stored (or failed to store) the message of the
    /// last [`Step::Deliver`]; `Err` carries nothing personal, only that it failed.
    pub fn stored(&mut self, outcome: Result<String, ()>) -> Vec<String> {
        let count = if self.lmtp { self.recipients.len() } else { 1 };
        let line = match outcome {
            Ok(id) => format!("250 2.0.0 Ok: stored as {id}"),
            Err(()) => "451 4.3.0 Not stored, try again later".to_owned(),
        };
        self.reset();
        vec![line; count.max(1)]
    }

    fn hello(&mut self, rest: &str, extended: bool) -> Step {
        if rest.is_empty() {
            return self.error("501 5.5.4 A domain or address is needed");
        }
        self.reset();
        self.state = State::Ready;
        let host = &self.config.hostname;
        if !extended {
            return ok(&format!("250 {host}"));
        }
        Step::Reply(vec![
            format!("250-{host}"),
            "250-PIPELINING".into(),
            "250-8BITMIME".into(),
            format!("250-SIZE {}", self.config.max_message_bytes),
            "250-ENHANCEDSTATUSCODES".into(),
            "250 SMTPUTF8".into(),
        ])
    }

    fn mail(&mut self, rest: &str) -> Step {
        if self.state == State::Greeted {
            return self.error("503 5.5.1 Say EHLO first");
        }
        if self.state != State::Ready {
            return self.error("503 5.5.1 Nested MAIL command");
        }
        let Some((path, params)) = path_after(rest, "FROM:") else {
            return self.error("501 5.5.4 Syntax: MAIL FROM:<address>");
        };
        for param in params.split_whitespace() {
            let upper = param.to_ascii_uppercase();
            if let Some(size) = upper.strip_prefix("SIZE=") {
                match size.parse::<usize>() {
                    Ok(n) if n > self.config.max_message_bytes => {
                        return self.error("552 5.3.4 Message too big");
                    }
                    Ok(_) => {}
                    Err(_) => return self.error("501 5.5.4 Bad SIZE"),
                }
            }
        }
        self.mail_from = path;
        self.state = State::Mail;
        ok("250 2.1.0 Ok")
    }

    fn rcpt(&mut self, rest: &str) -> Step {
        if self.state != State::Mail {
            return self.error("503 5.5.1 Need MAIL first");
        }
        let Some((path, _)) = path_after(rest, "TO:") else {
            return self.error("501 5.5.4 Syntax: RCPT TO:<address>");
        };
        if path.is_empty() || !path.contains('@') {
            return self.error("501 5.1.3 Bad recipient address");
        }
        if self.recipients.len() >= self.config.max_recipients {
            return self.error("452 4.5.3 Too many recipients");
        }
        self.recipients.push(path);
        ok("250 2.1.5 Ok")
    }

    fn start_data(&mut self) -> Step {
        if self.state != State::Mail || self.recipients.is_empty() {
            return self.error("503 5.5.1 Need RCPT first");
        }
        self.state = State::Data;
        self.data.clear();
        self.oversized = false;
        ok("354 End data with <CR><LF>.<CR><LF>")
    }

    fn data_line(&mut self, line: &[u8]) -> Step {
        let content = line
            .strip_suffix(b"\n")
            .map(|l| l.strip_suffix(b"\r").unwrap_or(l))
            .unwrap_or(line);
        if content == b"." {
            if self.oversized {
                let count = if self.lmtp { self.recipients.len() } else { 1 };
                self.reset();
                return Step::Reply(vec!["552 5.3.4 Message too big".into(); count]);
            }
            self.state = State::Mail;
            return Step::Deliver(Envelope {
                mail_from: self.mail_from.clone(),
                recipients: self.recipients.clone(),
                data: std::mem::take(&mut self.data),
            });
        }
        let content = content.strip_prefix(b".").unwrap_or(content);
        if self.data.len() + content.len() + 2 > self.config.max_message_bytes {
            self.oversized = true;
            self.data.clear();
        }
        if !self.oversized {
            self.data.extend_from_slice(content);
            self.data.extend_from_slice(b"\r\n");
        }
        Step::Reply(Vec::new())
    }

    fn reset(&mut self) {
        if self.state != State::Greeted {
            self.state = State::Ready;
        }
        self.mail_from.clear();
        self.recipients.clear();
        self.data.clear();
        self.oversized = false;
    }

    fn error(&mut self, line: &str) -> Step {
        self.errors += 1;
        ok(line)
    }
}

fn ok(line: &str) -> Step {
    Step::Reply(vec![line.to_owned()])
}

/// `FROM:<a@b> PARAMS` → (`a@b`, `PARAMS`); the colon may be followed by a space.
fn path_after(rest: &str, keyword: &str) -> Option<(String, String)> {
    let upper = rest.to_ascii_uppercase();
    if !upper.starts_with(keyword) {
        return None;
    }
    let after = rest[keyword.len()..].trim_start();
    let after = after.strip_prefix('<')?;
    let end = after.find('>')?;
    let path = after[..end].trim();
    // A source route (`<@a,@b:c@d>`) is allowed and ignored (RFC 5321 §4.1.2).
    let path = path.rsplit_once(':').map_or(path, |(_, p)| p);
    Some((path.to_owned(), after[end + 1..].trim().to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn replies(step: Step) -> Vec<String> {
        match step {
            Step::Reply(lines) | Step::Close(lines) => lines,
            Step::Deliver(_) => panic!("unexpected delivery"),
        }
    }

    fn first_code(step: Step) -> String {
        replies(step)[0][..3].to_owned()
    }

    #[test]
    fn a_message_is_handed_over_unstuffed_and_answered_once_stored() {
        let mut s = Session::new(Config::default(), false);
        assert!(s.greeting().starts_with("220 "));
        let ehlo = replies(s.line(b"EHLO mx.example.se\r\n"));
        assert!(ehlo.contains(&"250-PIPELINING".to_owned()));
        assert_eq!(ehlo.last().map(String::as_str), Some("250 SMTPUTF8"));
        assert_eq!(
            first_code(s.line(b"MAIL FROM:<anna@example.se> SIZE=120 BODY=8BITMIME\r\n")),
            "250"
        );
        assert_eq!(
            first_code(s.line(b"RCPT TO:<kundservice@banken.se>\r\n")),
            "250"
        );
        assert_eq!(first_code(s.line(b"DATA\r\n")), "354");
        assert!(s.in_data());
        assert_eq!(s.line(b"Subject: Hej\r\n"), Step::Reply(vec![]));
        assert_eq!(s.line(b"\r\n"), Step::Reply(vec![]));
        assert_eq!(s.line(b"..en rad med punkt\r\n"), Step::Reply(vec![]));
        let Step::Deliver(envelope) = s.line(b".\r\n") else {
            panic!("no delivery");
        };
        assert_eq!(envelope.mail_from, "anna@example.se");
        assert_eq!(envelope.recipients, ["kundservice@banken.se"]);
        assert_eq!(envelope.data, b"Subject: Hej\r\n\r\n.en rad med punkt\r\n");
        assert_eq!(s.stored(Ok("abc".into())), ["250 2.0.0 Ok: stored as abc"]);
        // The next transaction starts clean; a failure to store is a temporary error.
        assert_eq!(first_code(s.line(b"MAIL FROM:<>\r\n")), "250");
        assert_eq!(first_code(s.line(b"RCPT TO:<k@banken.se>\r\n")), "250");
        s.line(b"DATA\r\n");
        assert!(matches!(s.line(b".\r\n"), Step::Deliver(e) if e.mail_from.is_empty()));
        assert_eq!(s.stored(Err(()))[0][..3].to_owned(), "451");
        assert_eq!(replies(s.line(b"QUIT\r\n")), ["221 2.0.0 Bye"]);
    }

    #[test]
    fn commands_out_of_order_are_refused() {
        let mut s = Session::new(Config::default(), false);
        assert_eq!(first_code(s.line(b"MAIL FROM:<a@b.se>")), "503");
        s.line(b"HELO x");
        assert_eq!(first_code(s.line(b"RCPT TO:<a@b.se>")), "503");
        assert_eq!(first_code(s.line(b"DATA")), "503");
        assert_eq!(first_code(s.line(b"MAIL FROM:a@b.se")), "501");
        assert_eq!(first_code(s.line(b"FROB")), "500");
        assert_eq!(first_code(s.line(b"STARTTLS")), "502");
    }

    #[test]
    fn oversized_messages_are_read_through_and_refused() {
        let config = Config {
            max_message_bytes: 20,
            ..Config::default()
        };
        let mut s = Session::new(config, false);
        s.line(b"EHLO x");
        assert_eq!(first_code(s.line(b"MAIL FROM:<a@b.se> SIZE=100")), "552");
        s.line(b"MAIL FROM:<a@b.se>");
        s.line(b"RCPT TO:<k@b.se>");
        s.line(b"DATA");
        s.line(b"0123456789012345678901234567890\r\n");
        assert_eq!(first_code(s.line(b".\r\n")), "552");
        assert_eq!(first_code(s.line(b"MAIL FROM:<a@b.se>")), "250");
    }

    #[test]
    fn lmtp_answers_every_recipient() {
        let mut s = Session::new(Config::default(), true);
        assert!(s.greeting().contains("LMTP"));
        assert_eq!(first_code(s.line(b"EHLO x")), "500");
        assert_eq!(first_code(s.line(b"LHLO x")), "250");
        s.line(b"MAIL FROM:<a@b.se>");
        s.line(b"RCPT TO:<k@b.se>");
        s.line(b"RCPT TO:<l@b.se>");
        s.line(b"DATA");
        assert!(matches!(s.line(b"."), Step::Deliver(_)));
        assert_eq!(s.stored(Ok("x".into())).len(), 2);
    }

    #[test]
    fn too_many_errors_close_the_connection() {
        let config = Config {
            max_errors: 3,
            ..Config::default()
        };
        let mut s = Session::new(config, false);
        s.line(b"X");
        s.line(b"X");
        assert!(matches!(s.line(b"X"), Step::Close(_)));
    }
}
