//! The Graph API calls Lotsen makes to answer and moderate on Facebook, Instagram and
//! Messenger, as requests any HTTP client can send, and Meta's answers read as done,
//! worth another try later (rate limits, Meta's own trouble) or never going to work.
//! Paths are relative to the configured base URL, which carries the API version
//! (`https://graph.facebook.com/v21.0`); the page access token goes in the
//! `access_token` query parameter.

use serde_json::{Value, json};

/// What to do on Meta's side.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// A private message to a person by their page- or Instagram-scoped id (the Send API,
    /// `POST /me/messages`).
    Message {
        /// The recipient's id.
        recipient: String,
    },
    /// A private reply to the author of a comment or post (`POST /me/messages` with the
    /// comment as recipient): how a public commenter is answered in private.
    PrivateReply {
        /// The comment or post.
        comment_id: String,
    },
    /// A public reply under a comment or post.
    Comment {
        /// The comment or post answered.
        target: String,
        /// Instagram (`/{id}/replies`) rather than Facebook (`/{id}/comments`).
        instagram: bool,
    },
    /// Hides a comment from everyone but its author and their friends, or shows it again.
    Hide {
        /// The comment.
        comment_id: String,
        /// Hidden (true) or shown again (false).
        hidden: bool,
        /// Instagram (`hide`) rather than Facebook (`is_hidden`).
        instagram: bool,
    },
    /// Deletes a comment.
    Delete {
        /// The comment.
        comment_id: String,
    },
}

/// One HTTP request to the Graph API.
#[derive(Debug, Clone, PartialEq)]
pub struct Request {
    /// `POST` or `DELETE`.
    pub method: &'static str,
    /// The path after the base URL, starting with `/`.
    pub path: String,
    /// The JSON body, if any.
    pub body: Option<Value>,
}

/// Why a request cannot be built.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum GraphError {
    /// An id that is not one of Meta's (digits, with `_` between a page's and a post's).
    #[error("not a Meta object id")]
    BadId,
    /// A reply with no text.
    #[error("a reply needs text")]
    NoText,
}

impl GraphError {
    /// Stable error code.
    pub fn code(&self) -> &'static str {
        match self {
            Self::BadId => "bad_meta_id",
            Self::NoText => "no_text",
        }
    }
}

/// Meta's object ids are digits, with `_` in compound ones (`pageid_postid`); nothing
/// else may reach a path.
fn checked(id: &str) -> Result<&str, GraphError> {
    let ok = !id.is_empty()
        && id.len() <= 64
        && id.bytes().all(|b| b.is_ascii_digit() || b == b'_')
        && !id.starts_with('_')
        && !id.ends_with('_');
    ok.then_some(id).ok_or(GraphError::BadId)
}

/// The request for an action; `text` is the reply's (ignored by hide and delete).
pub fn request(action: &Action, text: &str) -> Result<Request, GraphError> {
    let needs_text = || {
        let t = text.trim();
        (!t.is_empty()).then_some(t).ok_or(GraphError::NoText)
    };
    Ok(match action {
        Action::Message { recipient } => Request {
            method: "POST",
            path: "/me/messages".into(),
            body: Some(json!({
                "recipient": { "id": checked(recipient)? },
                "messaging_type": "RESPONSE",
                "message": { "text": needs_text()? },
            })),
        },
        Action::PrivateReply { comment_id } => Request {
            method: "POST",
            path: "/me/messages".into(),
            body: Some(json!({
                "recipient": { "comment_id": checked(comment_id)? },
                "message": { "text": needs_text()? },
            })),
        },
        Action::Comment { target, instagram } => {
            let edge = if *instagram { "replies" } else { "comments" };
            Request {
                method: "POST",
                path: format!("/{}/{edge}", checked(target)?),
                body: Some(json!({ "message": needs_text()? })),
            }
        }
        Action::Hide {
            comment_id,
            hidden,
            instagram,
        } => {
            let field = if *instagram { "hide" } else { "is_hidden" };
            Request {
                method: "POST",
                path: format!("/{}", checked(comment_id)?),
                body: Some(json!({ field: hidden })),
            }
        }
        Action::Delete { comment_id } => Request {
            method: "DELETE",
            path: format!("/{}", checked(comment_id)?),
            body: None,
        },
    })
}

/// How Meta answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Done; the id Meta gave the new comment or message, if any.
    Done {
        /// `id` or `message_id` of the answer.
        id: Option<String>,
    },
    /// Not now: try again, no sooner than `after_secs` when Meta said so.
    Retry {
        /// What Meta said, for the delivery's record.
        why: String,
        /// Seconds to wait at least (from `Retry-After`, or a rate limit's minimum).
        after_secs: Option<u64>,
    },
    /// Will never work as asked (a bad id, a person who cannot be reached, no permission).
    Permanent {
        /// What Meta said.
        why: String,
    },
}

/// Error codes of Meta's rate limits (application, user, page, API call and the
/// Messenger platform's own); trying again later works.
const RATE_LIMITED: [i64; 6] = [4, 17, 32, 613, 80_001, 80_006];
/// Codes of Meta's own passing trouble.
const TRANSIENT: [i64; 3] = [1, 2, 341];
/// An access token that is expired or revoked: an admin must renew it, after which the
/// message can still go.
const BAD_TOKEN: i64 = 190;
/// How long a rate-limited request waits at least.
const RATE_LIMIT_WAIT_SECS: u64 = 60;

/// Reads an answer: its HTTP status, its body and its `Retry-After` header (seconds).
pub fn classify(status: u16, body: &[u8], retry_after: Option<&str>) -> Outcome {
    let json: Option<Value> = serde_json::from_slice(body).ok();
    let after = retry_after.and_then(|v| v.trim().parse::<u64>().ok());
    if (200..300).contains(&status) {
        let id = json.as_ref().and_then(|v| {
            v.get("id")
                .or_else(|| v.get("message_id"))
                .and_then(Value::as_str)
                .map(str::to_owned)
        });
        return Outcome::Done { id };
    }
    let error = json.as_ref().and_then(|v| v.get("error"));
    let code = error.and_then(|e| e.get("code")).and_then(Value::as_i64);
    let transient_flag = error
        .and_then(|e| e.get("is_transient"))
        .and_then(Value::as_bool)
        .unwrap_or(false);
    let message: String = error
        .and_then(|e| e.get("message"))
        .and_then(Value::as_str)
        .unwrap_or("no error message")
        .chars()
        .take(300)
        .collect();
    let why = match code {
        Some(code) => format!("HTTP {status}, Graph error {code}: {message}"),
        None => format!("HTTP {status}: {message}"),
    };
    let rate_limited = status == 429 || code.is_some_and(|c| RATE_LIMITED.contains(&c));
    if rate_limited {
        return Outcome::Retry {
            why,
            after_secs: Some(after.unwrap_or(RATE_LIMIT_WAIT_SECS)),
        };
    }
    let transient = status >= 500
        || transient_flag
        || code.is_some_and(|c| TRANSIENT.contains(&c) || c == BAD_TOKEN);
    if transient {
        return Outcome::Retry {
            why,
            after_secs: after,
        };
    }
    Outcome::Permanent { why }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text_of(r: &Request) -> &str {
        r.body
            .as_ref()
            .and_then(|b| b["message"]["text"].as_str().or(b["message"].as_str()))
            .unwrap_or("")
    }

    #[test]
    fn each_action_is_the_documented_call() {
        let m = request(
            &Action::Message {
                recipient: "6543210987".into(),
            },
            " Hej Eva! ",
        )
        .unwrap();
        assert_eq!((m.method, m.path.as_str()), ("POST", "/me/messages"));
        assert_eq!(m.body.as_ref().unwrap()["recipient"]["id"], "6543210987");
        assert_eq!(m.body.as_ref().unwrap()["messaging_type"], "RESPONSE");
        assert_eq!(text_of(&m), "Hej Eva!");

        let p = request(
            &Action::PrivateReply {
                comment_id: "111_222".into(),
            },
            "Vi skriver privat.",
        )
        .unwrap();
        assert_eq!(p.path, "/me/messages");
        assert_eq!(
            p.body.as_ref().unwrap()["recipient"]["comment_id"],
            "111_222"
        );

        let fb = request(
            &Action::Comment {
                target: "111_222".into(),
                instagram: false,
            },
            "Tack!",
        )
        .unwrap();
        assert_eq!(fb.path, "/111_222/comments");
        assert_eq!(text_of(&fb), "Tack!");
        let ig = request(
            &Action::Comment {
                target: "1789".into(),
                instagram: true,
            },
            "Tack!",
        )
        .unwrap();
        assert_eq!(ig.path, "/1789/replies");

        let hide = request(
            &Action::Hide {
                comment_id: "111_333".into(),
                hidden: true,
                instagram: false,
            },
            "",
        )
        .unwrap();
        assert_eq!(hide.path, "/111_333");
        assert_eq!(hide.body, Some(json!({ "is_hidden": true })));
        let ig_hide = request(
            &Action::Hide {
                comment_id: "1789".into(),
                hidden: false,
                instagram: true,
            },
            "",
        )
        .unwrap();
        assert_eq!(ig_hide.body, Some(json!({ "hide": false })));
        let delete = request(
            &Action::Delete {
                comment_id: "111_333".into(),
            },
            "",
        )
        .unwrap();
        assert_eq!((delete.method, delete.body), ("DELETE", None));
    }

    #[test]
    fn only_metas_ids_reach_a_path_and_replies_need_text() {
        for bad in ["", "../me", "1/2", "12?x=1", "_12", "12_", "abc"] {
            let action = Action::Delete {
                comment_id: bad.into(),
            };
            assert_eq!(request(&action, ""), Err(GraphError::BadId), "{bad}");
        }
        let action = Action::Message {
            recipient: "123".into(),
        };
        assert_eq!(request(&action, "  "), Err(GraphError::NoText));
    }

    #[test]
    fn answers_read_as_done_retry_or_permanent() {
        assert_eq!(
            classify(200, br#"{"recipient_id":"1","message_id":"m_AbC"}"#, None),
            Outcome::Done {
                id: Some("m_AbC".into())
            }
        );
        assert_eq!(
            classify(200, br#"{"id":"111_444"}"#, None),
            Outcome::Done {
                id: Some("111_444".into())
            }
        );
        assert_eq!(classify(200, b"true", None), Outcome::Done { id: None });
        // HTTP 429 and Meta's rate-limit codes wait, as long as Meta says or a minute.
        let limited = |status, body: &[u8], after| match classify(status, body, after) {
            Outcome::Retry { after_secs, .. } => after_secs,
            other => panic!("{other:?}"),
        };
        assert_eq!(limited(429, b"", Some("7")), Some(7));
        let page_limit = br#"{"error":{"message":"(#32) Page request limit reached","type":"OAuthException","code":32,"fbtrace_id":"A1"}}"#;
        assert_eq!(limited(400, page_limit, None), Some(60));
        let app_limit =
            br#"{"error":{"message":"(#4) Application request limit reached","code":4}}"#;
        assert_eq!(limited(403, app_limit, None), Some(60));
        // Meta's trouble and an expired token are tried again; the token needs an admin.
        assert_eq!(limited(503, b"", None), None);
        let unknown =
            br#"{"error":{"message":"An unknown error occurred","code":1,"is_transient":true}}"#;
        assert_eq!(limited(500, unknown, None), None);
        let token = br#"{"error":{"message":"Error validating access token","type":"OAuthException","code":190}}"#;
        assert_eq!(limited(400, token, None), None);
        // A person who cannot be reached, a bad parameter or no permission: never.
        let unavailable =
            br#"{"error":{"message":"(#551) This person isn't available right now.","code":551}}"#;
        match classify(400, unavailable, None) {
            Outcome::Permanent { why } => {
                assert!(why.contains("551"), "{why}");
                assert!(why.contains("isn't available"), "{why}");
            }
            other => panic!("{other:?}"),
        }
        let param = br#"{"error":{"message":"(#100) Invalid parameter","code":100}}"#;
        assert!(matches!(
            classify(400, param, None),
            Outcome::Permanent { .. }
        ));
        assert!(matches!(
            classify(404, b"not json", None),
            Outcome::Permanent { .. }
        ));
    }
}
