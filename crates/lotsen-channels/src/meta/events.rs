//! The events of one webhook delivery. Meta batches: `entry` is a list, and each entry
//! holds `changes` (page feed, Instagram comments, ...) or `messaging`/`standby`
//! (Messenger and Instagram direct messages). Ids arrive as strings or numbers and are
//! kept as strings; what Lotsen does not handle (WhatsApp, ratings, permissions, fields
//! it does not know) is an [`MetaEvent::Ignored`] with the reason, never an error.

use serde_json::Value;

/// Where an event comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Platform {
    /// A Facebook page (feed and Messenger).
    Page,
    /// Instagram.
    Instagram,
    /// A delivery that does not say (`object` missing).
    Unknown,
}

/// A change on a page's feed: a post, a comment or a reply, a reaction, and what
/// happened to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeedChange {
    /// The page.
    pub page_id: String,
    /// `status`, `post`, `photo`, `video`, `share`, `comment`, `reaction`, `like`, ...
    pub item: String,
    /// `add`, `edited`, `remove`, `hide`, `unhide`, ...
    pub verb: String,
    /// The post.
    pub post_id: Option<String>,
    /// The comment, for comments and replies.
    pub comment_id: Option<String>,
    /// What a comment answers (the post, or another comment).
    pub parent_id: Option<String>,
    /// The item's own id when it is not a post or comment (`album_id`, `photo_id`,
    /// `video_id`, `share_id`, `event_id`).
    pub object_id: Option<String>,
    /// Who wrote.
    pub from_id: Option<String>,
    /// Their name.
    pub from_name: Option<String>,
    /// The text.
    pub message: Option<String>,
    /// Unix seconds.
    pub created_time: Option<i64>,
    /// For reactions.
    pub reaction_type: Option<String>,
}

/// An Instagram comment (or live comment).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InstagramComment {
    /// The comment.
    pub id: String,
    /// The text.
    pub text: Option<String>,
    /// Who wrote.
    pub from_id: Option<String>,
    /// Their user name.
    pub username: Option<String>,
    /// The media commented on.
    pub media_id: Option<String>,
    /// The comment answered, for a reply.
    pub parent_id: Option<String>,
    /// `comments` or `live_comments`.
    pub field: String,
}

/// What a messaging event carries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MessagingKind {
    /// A message from the customer (or, when `is_echo`, one the page sent).
    Message {
        /// The message id.
        mid: String,
        /// The text.
        text: Option<String>,
        /// Attachment types (`image`, `template`, `fallback`, ...).
        attachments: Vec<String>,
        /// Sent by the page (an echo of our own message).
        is_echo: bool,
        /// The customer withdrew it.
        is_deleted: bool,
        /// The message it answers.
        reply_to: Option<String>,
    },
    /// A button the customer pressed.
    Postback {
        /// The button's payload.
        payload: Option<String>,
        /// Its title.
        title: Option<String>,
        /// Its id, when Meta gives one.
        mid: Option<String>,
    },
    /// Delivered, read, a reaction, an edit, thread control, an opt-in, a referral...:
    /// the name of the event key.
    Status(String),
}

/// A Messenger or Instagram direct-message event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MessagingEvent {
    /// Where.
    pub platform: Platform,
    /// The page or account.
    pub page_id: String,
    /// The customer's page-scoped id (the page's for an echo).
    pub sender_id: Option<String>,
    /// The receiving side.
    pub recipient_id: Option<String>,
    /// Milliseconds since the epoch, when numeric.
    pub timestamp: Option<i64>,
    /// Delivered while another app owns the thread (`standby`).
    pub standby: bool,
    /// What happened.
    pub kind: MessagingKind,
}

/// One event of a delivery.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MetaEvent {
    /// A page feed change.
    Feed(FeedChange),
    /// An Instagram comment.
    InstagramComment(InstagramComment),
    /// A direct-message event.
    Messaging(MessagingEvent),
    /// Something Lotsen does not handle.
    Ignored {
        /// The delivery's `object`.
        object: String,
        /// The change field or messaging key.
        field: String,
    },
}

impl MetaEvent {
    /// The provider's id for idempotency: the same event delivered twice has the same id.
    pub fn provider_id(&self) -> Option<String> {
        match self {
            Self::Feed(f) => {
                let target = f
                    .comment_id
                    .as_ref()
                    .or(f.post_id.as_ref())
                    .or(f.object_id.as_ref())
                    .or(f.from_id.as_ref())?;
                let when = f.created_time.unwrap_or(0);
                Some(format!("fb:{}:{}:{target}:{when}", f.item, f.verb))
            }
            Self::InstagramComment(c) => Some(format!("ig-comment:{}", c.id)),
            Self::Messaging(m) => match &m.kind {
                MessagingKind::Message { mid, .. } => Some(format!("mid:{mid}")),
                MessagingKind::Postback { mid: Some(mid), .. } => Some(format!("postback:{mid}")),
                MessagingKind::Postback { .. } | MessagingKind::Status(_) => None,
            },
            Self::Ignored { .. } => None,
        }
    }
}

/// The Graph API object (comment or post) a public message's provider id names: what a
/// public reply answers. `None` for private messages' ids (`mid:...`).
pub fn object_id(provider_id: &str) -> Option<&str> {
    if let Some(id) = provider_id.strip_prefix("ig-comment:") {
        return Some(id);
    }
    // fb:{item}:{verb}:{target}:{when}
    let mut parts = provider_id.strip_prefix("fb:")?.split(':');
    let (_item, _verb, target) = (parts.next()?, parts.next()?, parts.next()?);
    Some(target).filter(|t| !t.is_empty())
}

/// Why a delivery cannot be read (answered 400 and kept for inspection).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MetaError {
    /// Not JSON.
    #[error("the body is not JSON: {0}")]
    NotJson(String),
    /// JSON without the `entry` list.
    #[error("the body has no entry list")]
    NoEntries,
}

impl MetaError {
    /// Stable code.
    pub fn code(&self) -> &'static str {
        match self {
            Self::NotJson(_) => "not_json",
            Self::NoEntries => "no_entries",
        }
    }
}

/// An id or a name as Meta sends it (string or number).
fn id(v: &Value) -> Option<String> {
    match v {
        Value::String(s) if !s.is_empty() => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

fn text(v: &Value) -> Option<String> {
    v.as_str().map(str::to_owned)
}

/// The events of a delivery, in order.
pub fn parse(body: &[u8]) -> Result<Vec<MetaEvent>, MetaError> {
    let root: Value =
        serde_json::from_slice(body).map_err(|e| MetaError::NotJson(e.to_string()))?;
    let entries = root
        .get("entry")
        .and_then(Value::as_array)
        .ok_or(MetaError::NoEntries)?;
    let object = root
        .get("object")
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_owned();
    let platform = match object.as_str() {
        "page" => Platform::Page,
        "instagram" => Platform::Instagram,
        _ => Platform::Unknown,
    };
    let handled = matches!(object.as_str(), "page" | "instagram" | "");
    let mut out = Vec::new();
    for entry in entries {
        let page_id = entry.get("id").and_then(id).unwrap_or_default();
        for change in entry
            .get("changes")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let field = change.get("field").and_then(Value::as_str).unwrap_or("");
            let value = change.get("value").unwrap_or(&Value::Null);
            out.push(match (handled, platform, field) {
                (true, Platform::Page, "feed") => MetaEvent::Feed(feed(&page_id, value)),
                (true, Platform::Instagram, "comments" | "live_comments") => {
                    match value.get("id").and_then(id) {
                        Some(comment_id) => MetaEvent::InstagramComment(InstagramComment {
                            id: comment_id,
                            text: value.get("text").and_then(text),
                            from_id: value.pointer("/from/id").and_then(id),
                            username: value.pointer("/from/username").and_then(text),
                            media_id: value.pointer("/media/id").and_then(id),
                            parent_id: value.get("parent_id").and_then(id),
                            field: field.to_owned(),
                        }),
                        None => ignored(&object, field),
                    }
                }
                _ => ignored(&object, field),
            });
        }
        for (key, standby) in [("messaging", false), ("standby", true)] {
            for event in entry
                .get(key)
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                out.push(if handled {
                    messaging(platform, &page_id, event, standby)
                } else {
                    ignored(&object, key)
                });
            }
        }
    }
    Ok(out)
}

fn ignored(object: &str, field: &str) -> MetaEvent {
    MetaEvent::Ignored {
        object: object.to_owned(),
        field: field.to_owned(),
    }
}

fn feed(page_id: &str, v: &Value) -> FeedChange {
    FeedChange {
        page_id: page_id.to_owned(),
        item: v.get("item").and_then(text).unwrap_or_default(),
        verb: v.get("verb").and_then(text).unwrap_or_default(),
        post_id: v.get("post_id").and_then(id),
        comment_id: v.get("comment_id").and_then(id),
        parent_id: v.get("parent_id").and_then(id),
        object_id: ["album_id", "photo_id", "video_id", "share_id", "event_id"]
            .iter()
            .find_map(|k| v.get(*k).and_then(id)),
        // Older deliveries name the author `sender_id`/`sender_name`, likes `user_id`.
        from_id: v
            .pointer("/from/id")
            .or_else(|| v.get("sender_id"))
            .or_else(|| v.get("user_id"))
            .and_then(id),
        from_name: v
            .pointer("/from/name")
            .or_else(|| v.get("sender_name"))
            .and_then(text),
        message: v.get("message").and_then(text),
        created_time: v.get("created_time").and_then(Value::as_i64),
        reaction_type: v.get("reaction_type").and_then(text),
    }
}

/// Keys of a messaging event that are not its kind.
const ENVELOPE_KEYS: [&str; 3] = ["sender", "recipient", "timestamp"];

fn messaging(platform: Platform, page_id: &str, e: &Value, standby: bool) -> MetaEvent {
    let kind = if let Some(m) = e.get("message") {
        MessagingKind::Message {
            mid: m.get("mid").and_then(id).unwrap_or_default(),
            text: m.get("text").and_then(text),
            attachments: m
                .get("attachments")
                .and_then(Value::as_array)
                .map(|list| {
                    list.iter()
                        .filter_map(|a| a.get("type").and_then(text))
                        .collect()
                })
                .unwrap_or_default(),
            is_echo: m.get("is_echo").and_then(Value::as_bool).unwrap_or(false),
            is_deleted: m
                .get("is_deleted")
                .and_then(Value::as_bool)
                .unwrap_or(false),
            reply_to: m
                .pointer("/reply_to/mid")
                .and_then(id)
                .or_else(|| m.pointer("/reply_to/story/id").and_then(id)),
        }
    } else if let Some(p) = e.get("postback") {
        MessagingKind::Postback {
            payload: p.get("payload").and_then(text),
            title: p.get("title").and_then(text),
            mid: p.get("mid").and_then(id),
        }
    } else {
        let key = e
            .as_object()
            .and_then(|o| o.keys().find(|k| !ENVELOPE_KEYS.contains(&k.as_str())))
            .cloned()
            .unwrap_or_else(|| "unknown".to_owned());
        MessagingKind::Status(key)
    };
    MetaEvent::Messaging(MessagingEvent {
        platform,
        page_id: page_id.to_owned(),
        sender_id: e.pointer("/sender/id").and_then(id),
        recipient_id: e.pointer("/recipient/id").and_then(id),
        timestamp: e.get("timestamp").and_then(Value::as_i64),
        standby,
        kind,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_public_messages_id_names_the_object_a_reply_answers() {
        let body = br#"{"object":"page","entry":[{"id":"1","time":1,"changes":[{"field":"feed","value":{"item":"comment",
              "verb":"add","comment_id":"1_2_3","post_id":"1_2","from":{"id":"55","name":"Eva"},
              "created_time":1449135003,"message":"Hej"}}]}]}"#;
        let events = parse(body).unwrap();
        let id = events[0].provider_id().unwrap();
        assert_eq!(object_id(&id), Some("1_2_3"));
        assert_eq!(object_id("ig-comment:17895"), Some("17895"));
        assert_eq!(object_id("mid:m_1"), None);
    }

    #[test]
    fn a_batch_yields_every_event_with_ids_as_strings() {
        let body = br#"{"object":"page","entry":[
            {"id":123,"time":1,"messaging":[{"sender":{"id":987},"recipient":{"id":123},
              "timestamp":1458692752478,"message":{"mid":"m1","text":"Hej"}}]},
            {"id":"123","time":2,"changes":[{"field":"feed","value":{"item":"comment",
              "verb":"add","comment_id":"1_2","post_id":"1_1","from":{"id":"55","name":"Eva"},
              "created_time":1449135003,"message":"Varf\u00f6r?"}}]}]}"#;
        let events = parse(body).unwrap();
        assert_eq!(events.len(), 2);
        let MetaEvent::Messaging(m) = &events[0] else {
            panic!("{events:?}")
        };
        assert_eq!(m.sender_id.as_deref(), Some("987"));
        assert_eq!(m.page_id, "123");
        assert_eq!(events[0].provider_id().as_deref(), Some("mid:m1"));
        let MetaEvent::Feed(f) = &events[1] else {
            panic!("{events:?}")
        };
        assert_eq!(f.message.as_deref(), Some("Varför?"));
        assert_eq!(f.from_name.as_deref(), Some("Eva"));
        assert_eq!(
            events[1].provider_id().as_deref(),
            Some("fb:comment:add:1_2:1449135003")
        );
    }

    #[test]
    fn unreadable_bodies_are_named_and_unknown_fields_ignored() {
        assert_eq!(parse(b"nej").map_err(|e| e.code()), Err("not_json"));
        assert_eq!(parse(b"{}").map_err(|e| e.code()), Err("no_entries"));
        let events = parse(
            br#"{"object":"page","entry":[{"id":"1","changes":[{"field":"foo","value":{}}]}]}"#,
        )
        .unwrap();
        assert_eq!(
            events,
            [MetaEvent::Ignored {
                object: "page".into(),
                field: "foo".into()
            }]
        );
    }
}
