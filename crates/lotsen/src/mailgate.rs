//! `lotsen mailgate`: one message on standard input, posted to the server's
//! `/api/v1/email/inbound`, for an MTA's pipe transport (as Request Tracker's
//! rt-mailgate). The exit status speaks sysexits, which Postfix and Exim understand: 0
//! stored (a case message or a dead letter), 75 try again later (the server is down or
//! did not store it; the MTA keeps the mail queued), 65 refused as data, 77 the token
//! was refused.

use std::io::Read;
use std::time::Duration;

use crate::CliError;
use crate::cli::MailgateArgs;

/// Largest message read from standard input.
const MAX_BYTES: u64 = 48 * 1024 * 1024;

const EX_DATAERR: u8 = 65;
const EX_NOPERM: u8 = 77;
const EX_TEMPFAIL: u8 = 75;

fn exit(status: u8, message: String) -> CliError {
    CliError::Exit { status, message }
}

/// Reads standard input and posts it.
pub async fn run(args: &MailgateArgs) -> Result<(), CliError> {
    let mut raw = Vec::new();
    std::io::stdin()
        .take(MAX_BYTES + 1)
        .read_to_end(&mut raw)
        .map_err(|e| exit(EX_TEMPFAIL, format!("cannot read standard input: {e}")))?;
    if raw.len() as u64 > MAX_BYTES {
        return Err(exit(
            EX_DATAERR,
            format!("the message is larger than {MAX_BYTES} bytes"),
        ));
    }
    if raw.is_empty() {
        return Err(exit(EX_DATAERR, "standard input was empty".into()));
    }
    let url = format!("{}/api/v1/email/inbound", args.url.trim_end_matches('/'));
    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(args.timeout_secs.max(1)))
        .build()
        .map_err(|e| exit(EX_TEMPFAIL, format!("cannot make an HTTP client: {e}")))?;
    let response = client
        .post(&url)
        .bearer_auth(&args.token)
        .header("content-type", "message/rfc822")
        .body(raw)
        .send()
        .await
        .map_err(|e| exit(EX_TEMPFAIL, format!("cannot reach {url}: {e}")))?;
    let status = response.status();
    let body = response.text().await.unwrap_or_default();
    match status.as_u16() {
        200..=299 => {
            println!("{body}");
            Ok(())
        }
        401 | 403 => Err(exit(EX_NOPERM, format!("the token was refused ({status})"))),
        413 | 400 | 422 => Err(exit(EX_DATAERR, format!("refused ({status}): {body}"))),
        _ => Err(exit(
            EX_TEMPFAIL,
            format!("not stored ({status}); the MTA will try again"),
        )),
    }
}
