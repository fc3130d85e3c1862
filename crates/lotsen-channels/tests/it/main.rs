//! The public email corpus (`../shared/conformance/email-mime`): mail-parser's own output
//! for every message, byte for byte (LF and CRLF), and what intake reads from each:
//! subject, sender, threading headers, bodies and attachment counts, without a panic on
//! the malformed set. `meta.rs` checks Meta's webhook payloads and signature vectors.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "tests fail loudly"
)]

mod meta;

use std::path::{Path, PathBuf};

use lotsen_channels::email::{Limits, parse};
use mail_parser::MessageParser;
use serde_json::Value;

fn corpus() -> Option<PathBuf> {
    lotsen_conformance::conformance("email-mime/mail-parser")
}

fn messages(root: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for folder in ["rfc", "malformed", "thirdparty"] {
        let dir = root.join(folder);
        let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "eml"))
            .collect();
        files.sort();
        out.extend(files);
    }
    out
}

fn lf(raw: &[u8]) -> Vec<u8> {
    raw.iter().copied().filter(|&b| b != b'\r').collect()
}

/// Every LF not already after a CR gets one (a lone CR stays, as in the crate's test).
fn crlf(raw: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(raw.len() + raw.len() / 20);
    let mut last = 0;
    for &b in raw {
        if b == b'\n' && last != b'\r' {
            out.push(b'\r');
        }
        out.push(b);
        last = b;
    }
    out
}

#[test]
fn mail_parser_reads_every_corpus_message_as_its_expected_output() {
    let Some(root) = corpus() else { return };
    let files = messages(&root);
    assert_eq!(files.len(), 53, "the corpus has 53 messages");
    let mut mismatches = Vec::new();
    for path in &files {
        let raw = std::fs::read(path).unwrap();
        for (input, expected) in [
            (lf(&raw), path.with_extension("json")),
            (crlf(&raw), path.with_extension("crlf.json")),
        ] {
            let message = MessageParser::default().parse(&input).unwrap();
            let got = serde_json::to_string_pretty(&message).unwrap();
            let want = std::fs::read_to_string(&expected).unwrap();
            if got.trim_end() != want.trim_end() {
                mismatches.push(expected.display().to_string());
            }
        }
    }
    assert!(
        mismatches.is_empty(),
        "differs from the expected output: {mismatches:#?}"
    );
}

/// The text of a header in an expected output's part 0.
fn header<'a>(json: &'a Value, name: &str) -> Option<&'a Value> {
    json["parts"][0]["headers"]
        .as_array()?
        .iter()
        .find(|h| h["name"] == name)
        .map(|h| &h["value"])
}

#[test]
fn intake_reads_subject_sender_threading_bodies_and_attachments_from_the_corpus() {
    let Some(root) = corpus() else { return };
    let (mut read, mut with_sender) = (0, 0);
    for path in messages(&root) {
        let raw = lf(&std::fs::read(&path).unwrap());
        let json: Value =
            serde_json::from_str(&std::fs::read_to_string(path.with_extension("json")).unwrap())
                .unwrap();
        let name = path.display().to_string();
        let first_from = header(&json, "from")
            .and_then(|v| v["Address"]["List"].as_array())
            .and_then(|l| {
                l.iter()
                    .find(|a| a["address"].as_str().is_some_and(|s| s.contains('@')))
            })
            .map(|a| a["address"].as_str().unwrap().trim().to_owned());
        with_sender += usize::from(first_from.is_some());
        // Never a panic; a message without a sender is refused by name, for the dead letters.
        let email = match parse(&raw, &Limits::default()) {
            Ok(email) => email,
            Err(e) => {
                assert!(
                    first_from.is_none() || e.code() == "no_sender",
                    "{name}: refused with {e} although it has a sender"
                );
                continue;
            }
        };
        read += 1;
        if let Some(from) = &first_from {
            assert_eq!(&email.from.address, from, "{name}: from");
        }
        let subject = header(&json, "subject").and_then(|v| v["Text"].as_str());
        assert_eq!(
            email.subject.as_deref(),
            subject.map(str::trim).filter(|s| !s.is_empty()),
            "{name}: subject"
        );
        if let Some(id) = header(&json, "message_id").and_then(|v| v["Text"].as_str()) {
            assert_eq!(
                email.message_id,
                id.trim_matches(['<', '>']),
                "{name}: message id"
            );
        }
        if let Some(date) = header(&json, "date").and_then(|v| v.get("DateTime")) {
            assert!(email.date.is_some(), "{name}: date {date}");
        }
        let in_reply_to = header(&json, "in_reply_to").is_some();
        assert_eq!(
            !email.in_reply_to.is_empty(),
            in_reply_to,
            "{name}: in-reply-to"
        );
        let attachments = json["attachments"].as_array().unwrap().len();
        assert_eq!(email.attachments.len(), attachments, "{name}: attachments");
        let text_parts = json["text_body"].as_array().unwrap().len();
        if text_parts > 0 {
            let index = json["text_body"][0].as_u64().unwrap() as usize;
            let body = &json["parts"][index]["body"];
            if let Some(text) = body["Text"].as_str() {
                assert_eq!(email.text, text.replace("\r\n", "\n"), "{name}: text body");
            } else if body.get("Html").is_some() {
                assert!(!email.text.contains("<html"), "{name}: text from HTML");
            }
        }
        let html_parts = json["html_body"].as_array().unwrap();
        let has_html = html_parts.iter().any(|i| {
            json["parts"][i.as_u64().unwrap() as usize]["body"]
                .get("Html")
                .is_some()
        });
        if has_html {
            let html = email.html.as_deref().unwrap_or("");
            assert!(
                !html.to_lowercase().contains("<script"),
                "{name}: sanitised"
            );
        }
    }
    // Every message with a sender address is read; the rest go to the dead letters.
    assert_eq!(read, with_sender, "messages with a sender that were read");
    assert!(read >= 20, "only {read} corpus messages were read");
}

#[test]
fn the_corpus_index_matches_what_intake_counts() {
    let Some(root) = corpus() else { return };
    let rows = lotsen_conformance::csv_rows(&root.join("index.csv"));
    assert_eq!(rows.len(), 53);
    for row in rows {
        let path = root.join(&row["folder"]).join(&row["file"]);
        let raw = lf(&std::fs::read(&path).unwrap());
        let message = MessageParser::default().parse(&raw).unwrap();
        assert_eq!(
            message.attachment_count().to_string(),
            row["attachments"],
            "{}",
            path.display()
        );
        if let Ok(email) = parse(&raw, &Limits::default()) {
            assert_eq!(email.attachments.len().to_string(), row["attachments"]);
        }
    }
}
