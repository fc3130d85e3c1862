//! The email rows of `lotsen bench`: inbound messages per second through the whole
//! intake (parse, text guard, threading, store with the raw message and attachments) for
//! a 5 KB message and a 500 KB message with two attachments, with one producer and with
//! four; and the parser alone.

use std::time::Instant;

use lotsen_app::App;

use crate::CliError;
use crate::bench::Row;

/// A Swedish paragraph of about 250 bytes, repeated to size.
const PARAGRAPH: &str = "Hej! Jag har fått en faktura som jag inte känner igen och undrar \
vad den gäller. Beloppet drogs från mitt konto i förrgår och jag har inte beställt något \
från den här butiken. Kan ni se vem som står bakom betalningen och hjälpa mig att bestrida \
den? Tack på förhand.\r\n";

/// A message of about `size` bytes; every other one answers the one before it.
pub fn message(run: &str, i: usize, size: usize, attachments: usize) -> Vec<u8> {
    // The text is the whole of a text message, and about 4 KB beside attachments.
    let text_size = if attachments == 0 { size } else { 4096 };
    let mut text = String::new();
    while text.len() + PARAGRAPH.len() + 400 < text_size || text.is_empty() {
        text.push_str(PARAGRAPH);
    }
    let threading = if i % 2 == 1 {
        format!("In-Reply-To: <{run}-{}@example.se>\r\n", i - 1)
    } else {
        String::new()
    };
    let mut raw = format!(
        "From: Kund {n} <kund{n}-{run}@example.se>\r\nTo: kundservice@banken.se\r\n\
Subject: =?utf-8?q?Ok=C3=A4nd_faktura_{i}?=\r\nMessage-ID: <{run}-{i}@example.se>\r\n{threading}\
Date: Tue, 01 Dec 2026 10:00:00 +0100\r\nMIME-Version: 1.0\r\n",
        n = i / 2
    );
    if attachments == 0 {
        raw.push_str(
            "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n",
        );
        raw.push_str(&text);
        return raw.into_bytes();
    }
    raw.push_str("Content-Type: multipart/mixed; boundary=\"gr\"\r\n\r\n--gr\r\n");
    raw.push_str(
        "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n",
    );
    raw.push_str(&text);
    // Base64 lines of 76 characters and CRLF: 78 bytes carry 57.
    let per_file = size.saturating_sub(raw.len() + 200 * attachments) / attachments * 57 / 78;
    for a in 0..attachments {
        raw.push_str(&format!(
            "--gr\r\nContent-Type: application/pdf; name=\"kvitto-{a}.pdf\"\r\n\
Content-Disposition: attachment; filename=\"kvitto-{a}.pdf\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        ));
        // Distinct content per message, so each attachment is stored.
        let mut data = format!("%PDF-1.4 {run} {i} {a}\n").into_bytes();
        let mut x: u32 = 2_463_534_242 ^ u32::try_from(i * 31 + a).unwrap_or(0);
        while data.len() < per_file {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            data.extend_from_slice(&x.to_le_bytes());
        }
        for line in base64(&data).as_bytes().chunks(76) {
            raw.push_str(std::str::from_utf8(line).unwrap_or(""));
            raw.push_str("\r\n");
        }
    }
    raw.push_str("--gr--\r\n");
    raw.into_bytes()
}

fn base64(data: &[u8]) -> String {
    const T: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(data.len() * 4 / 3 + 4);
    for chunk in data.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for k in 0..4 {
            if k <= chunk.len() {
                out.push(char::from(T[((n >> (18 - 6 * k)) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

async fn rate(
    app: &App,
    run: &str,
    count: usize,
    size: usize,
    attachments: usize,
    producers: usize,
) -> Result<f64, CliError> {
    let messages: Vec<Vec<u8>> = (0..count)
        .map(|i| message(run, i, size, attachments))
        .collect();
    let messages = std::sync::Arc::new(messages);
    let started = Instant::now();
    let mut tasks = Vec::new();
    for p in 0..producers {
        let (app, messages) = (app.clone(), messages.clone());
        tasks.push(tokio::spawn(async move {
            // Pairs stay with one producer, so an answer follows its message.
            let mut pair = p;
            while pair * 2 < messages.len() {
                for i in [pair * 2, pair * 2 + 1] {
                    if let Some(raw) = messages.get(i) {
                        lotsen_app::email::receive_raw(&app, raw, "bench").await?;
                    }
                }
                pair += producers;
            }
            Ok::<(), lotsen_app::AppError>(())
        }));
    }
    for task in tasks {
        task.await
            .map_err(|e| CliError::Io(format!("producer failed: {e}")))??;
    }
    Ok(count as f64 / started.elapsed().as_secs_f64())
}

/// Adds the email rows for one backend.
pub async fn run(name: &'static str, app: &App, rows: &mut Vec<Row>) -> Result<(), CliError> {
    let mut app = app.clone();
    // The benchmark's senders write more than a person would.
    app.mail.rate_limit = u32::MAX;
    for (label, size, attachments, count) in [
        ("5 KB text", 5 * 1024, 0, 2000),
        ("500 KB, 2 attachments", 500 * 1024, 2, 200),
    ] {
        let actual = message("probe", 0, size, attachments).len();
        for producers in [1, 4] {
            let run = format!("mail{}{producers}{}", size, std::process::id());
            let per_second = rate(&app, &run, count, size, attachments, producers).await?;
            let mb = per_second * actual as f64 / 1_000_000.0;
            rows.push(Row {
                backend: name,
                what: format!(
                    "email intake (parse, guard, thread, store), {label} ({actual} bytes), {producers} producer{}, {count} messages",
                    if producers == 1 { "" } else { "s" }
                ),
                value: format!("{per_second:.0} messages/s ({mb:.1} MB/s)"),
            });
        }
    }
    Ok(())
}

/// The parser alone, no database.
pub fn parse_rows(rows: &mut Vec<Row>) {
    for (label, size, attachments, count) in [
        ("5 KB text", 5 * 1024, 0, 20_000),
        ("500 KB, 2 attachments", 500 * 1024, 2, 500),
    ] {
        let messages: Vec<Vec<u8>> = (0..count)
            .map(|i| message("parse", i, size, attachments))
            .collect();
        let limits = lotsen_channels::email::Limits::default();
        let started = Instant::now();
        let mut ok = 0usize;
        for raw in &messages {
            ok += usize::from(lotsen_channels::email::parse(raw, &limits).is_ok());
        }
        let per_second = ok as f64 / started.elapsed().as_secs_f64();
        let mb = per_second * messages[0].len() as f64 / 1_000_000.0;
        rows.push(Row {
            backend: "none",
            what: format!("email parse only (mail-parser, ammonia, trimming), {label}"),
            value: format!("{per_second:.0} messages/s ({mb:.0} MB/s)"),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_benchmark_messages_have_their_sizes_and_parse() {
        let small = message("t", 1, 5 * 1024, 0);
        assert!((4800..=5300).contains(&small.len()), "{}", small.len());
        let large = message("t", 0, 500 * 1024, 2);
        assert!(
            (490_000..=520_000).contains(&large.len()),
            "{}",
            large.len()
        );
        let parsed = lotsen_channels::email::parse(&large, &Default::default()).unwrap();
        assert_eq!(parsed.attachments.len(), 2);
        let parsed = lotsen_channels::email::parse(&small, &Default::default()).unwrap();
        assert_eq!(parsed.in_reply_to, ["t-0@example.se"]);
    }
}
