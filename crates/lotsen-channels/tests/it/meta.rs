//! Meta's webhooks against `../shared/conformance/meta-webhooks`: every signature vector
//! accepted or refused as documented, and every payload read into the events its index
//! row names (feed items and verbs, messages with echo, deletion and attachments,
//! postbacks, statuses, Instagram comments; everything else ignored, never an error).

use std::path::PathBuf;

use lotsen_channels::meta::{MessagingKind, MetaEvent, Signature, parse, verify};

fn corpus() -> Option<PathBuf> {
    lotsen_conformance::conformance("meta-webhooks")
}

#[test]
fn every_signature_vector_is_accepted_or_refused_as_documented() {
    let Some(root) = corpus() else { return };
    let rows = lotsen_conformance::csv_rows(&root.join("signature/signature-vectors.csv"));
    assert_eq!(rows.len(), 12);
    for row in rows {
        let body = match row["body"].strip_prefix("inline:") {
            Some(text) => text.as_bytes().to_vec(),
            None => std::fs::read(root.join(&row["body"])).unwrap(),
        };
        let header =
            (row["header_name"] == "X-Hub-Signature-256").then_some(row["header_value"].as_str());
        let got = verify(row["app_secret"].as_bytes(), header, &body);
        if row["header_name"] == "X-Hub-Signature" {
            // Lotsen accepts only the SHA-256 header, which Meta sends with every delivery.
            assert_eq!(got, Signature::Missing, "{}", row["note"]);
            continue;
        }
        let valid = row["expected_valid"] == "true";
        assert_eq!(got == Signature::Valid, valid, "{}: {got:?}", row["note"]);
    }
}

fn kinds_of(event: &MetaEvent) -> Option<&MessagingKind> {
    match event {
        MetaEvent::Messaging(m) => Some(&m.kind),
        _ => None,
    }
}

#[test]
fn every_payload_is_read_into_the_events_its_index_names() {
    let Some(root) = corpus() else { return };
    let rows = lotsen_conformance::csv_rows(&root.join("fixtures-index.csv"));
    assert_eq!(rows.len(), 181);
    let (mut feed, mut messages, mut ignored) = (0, 0, 0);
    for row in rows {
        let name = &row["file"];
        let body = std::fs::read(root.join("restfb").join(name)).unwrap();
        let events = parse(&body).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(!events.is_empty(), "{name}: no events");
        let object = row["object"].as_str();
        match row["container"].as_str() {
            "changes" => {
                let fields: Vec<&str> = row["change_field"].split('|').collect();
                assert_eq!(events.len(), fields.len(), "{name}");
                for (event, field) in events.iter().zip(&fields) {
                    match (object, *field, event) {
                        ("page", "feed", MetaEvent::Feed(f)) => {
                            assert_eq!(f.item, row["feed_item"], "{name}");
                            assert_eq!(f.verb, row["feed_verb"], "{name}");
                            assert!(event.provider_id().is_some(), "{name}: an id");
                            feed += 1;
                        }
                        (
                            "instagram",
                            "comments" | "live_comments",
                            MetaEvent::InstagramComment(c),
                        ) => {
                            assert_eq!(c.field, *field, "{name}");
                            assert!(c.text.is_some(), "{name}");
                        }
                        (_, _, MetaEvent::Ignored { field: got, .. }) => {
                            assert_eq!(got, field, "{name}");
                            assert!(
                                !(object == "page" && *field == "feed"),
                                "{name}: a feed change was ignored"
                            );
                            ignored += 1;
                        }
                        other => panic!("{name}: unexpected {other:?}"),
                    }
                }
            }
            "messaging" | "standby" => {
                let kinds: Vec<&str> = row["event_kinds"].split('|').collect();
                let event = &events[0];
                let MetaEvent::Messaging(m) = event else {
                    panic!("{name}: {event:?}")
                };
                assert_eq!(m.standby, row["container"] == "standby", "{name}");
                match kinds_of(event) {
                    Some(MessagingKind::Message {
                        mid,
                        is_echo,
                        is_deleted,
                        attachments,
                        ..
                    }) => {
                        assert!(kinds.contains(&"message"), "{name}: {kinds:?}");
                        assert!(!mid.is_empty(), "{name}: mid");
                        assert_eq!(*is_echo, kinds.contains(&"echo"), "{name}");
                        assert_eq!(*is_deleted, kinds.contains(&"is_deleted"), "{name}");
                        let listed: Vec<&str> = kinds
                            .iter()
                            .filter_map(|k| k.strip_prefix("attachments:"))
                            .flat_map(|t| t.split(';'))
                            .collect();
                        if !listed.is_empty() {
                            for t in attachments {
                                assert!(listed.contains(&t.as_str()), "{name}: {t}");
                            }
                        }
                        assert_eq!(event.provider_id(), Some(format!("mid:{mid}")), "{name}");
                        messages += 1;
                    }
                    Some(MessagingKind::Postback { .. }) => {
                        assert!(kinds.contains(&"postback"), "{name}: {kinds:?}");
                    }
                    Some(MessagingKind::Status(key)) => {
                        assert!(
                            kinds.contains(&key.as_str()),
                            "{name}: {key} not in {kinds:?}"
                        );
                        assert!(!kinds.contains(&"message"), "{name}");
                    }
                    None => unreachable!(),
                }
            }
            other => panic!("{name}: container {other}"),
        }
    }
    assert_eq!(feed, 50, "page feed changes");
    assert!(messages >= 40, "messages: {messages}");
    assert!(ignored >= 60, "ignored: {ignored}");
}

#[test]
fn chatwoots_instagram_factories_dispatch_by_shape() {
    let Some(root) = corpus() else { return };
    let expect = [
        ("instagram_message_create_event", "message"),
        ("instagram_message_attachment_event", "message"),
        ("instagram_message_standby_event", "standby message"),
        ("instagram_message_unsend_event", "deleted"),
        ("instagram_story_mention_event", "message"),
        ("instagram_story_mention_event_with_echo", "echo"),
        ("instagram_story_reply_event", "reply"),
        ("instagram_test_text_event", "message"),
        ("messaging_seen_event", "read"),
    ];
    for (file, want) in expect {
        let body =
            std::fs::read(root.join("chatwoot-instagram").join(format!("{file}.json"))).unwrap();
        let events = parse(&body).unwrap_or_else(|e| panic!("{file}: {e}"));
        let MetaEvent::Messaging(m) = &events[0] else {
            panic!("{file}: {events:?}")
        };
        let got = match &m.kind {
            MessagingKind::Message {
                is_deleted: true, ..
            } => "deleted",
            MessagingKind::Message { is_echo: true, .. } => "echo",
            MessagingKind::Message {
                reply_to: Some(_), ..
            } => "reply",
            MessagingKind::Message { .. } if m.standby => "standby message",
            MessagingKind::Message { .. } => "message",
            MessagingKind::Status(key) => key.as_str(),
            MessagingKind::Postback { .. } => "postback",
        };
        assert_eq!(got, want, "{file}");
    }
}
