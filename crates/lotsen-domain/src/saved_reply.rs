//! Saved replies: texts agents start an answer from, with the customer's first name and
//! the agent's signature filled in (`{förnamn}`/`{first_name}`, `{signatur}`/
//! `{signature}`), so a standard answer still reads as written to this person.

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use crate::error::{DomainError, Validator};
use crate::ids::{SavedReplyId, TeamId};

/// A saved reply.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedReply {
    /// Id.
    pub id: SavedReplyId,
    /// What agents pick it by.
    pub title: String,
    /// The text, with placeholders.
    pub body: String,
    /// `sv` or `en`.
    pub language: String,
    /// Only this team's agents see it; none: everyone.
    pub team_id: Option<TeamId>,
    /// When written.
    pub created_at: Timestamp,
}

/// The placeholders for the customer's first name, in both languages.
const FIRST_NAME: [&str; 2] = ["{förnamn}", "{first_name}"];
/// The placeholders for the agent's signature name.
const SIGNATURE: [&str; 2] = ["{signatur}", "{signature}"];

impl SavedReply {
    /// Checks a new saved reply, every bad field at once.
    pub fn check(title: &str, body: &str, language: &str) -> Result<(), DomainError> {
        let mut v = Validator::new();
        v.require_text("title", Some(title));
        if title.chars().count() > 120 {
            v.add("title", "must be at most 120 characters");
        }
        v.require_text("body", Some(body));
        if body.chars().count() > 10_000 {
            v.add("body", "must be at most 10000 characters");
        }
        for open in body.match_indices('{') {
            let rest = &body[open.0..];
            let known = FIRST_NAME
                .iter()
                .chain(SIGNATURE.iter())
                .any(|p| rest.starts_with(p));
            if !known {
                v.add(
                    "body",
                    "knows only {förnamn}, {first_name}, {signatur} and {signature}",
                );
                break;
            }
        }
        if !matches!(language, "sv" | "en") {
            v.add("language", "must be sv or en");
        }
        v.finish()
    }

    /// The text for one customer from one agent. Without a first name the greeting
    /// closes up ("Hej {förnamn}!" becomes "Hej!").
    pub fn fill(&self, customer_name: Option<&str>, signature: &str) -> String {
        let first = customer_name
            .and_then(|n| n.split_whitespace().next())
            .filter(|n| n.chars().any(char::is_alphabetic));
        let mut text = self.body.clone();
        for p in FIRST_NAME {
            text = match first {
                Some(name) => text.replace(p, name),
                None => text.replace(&format!(" {p}"), "").replace(p, ""),
            };
        }
        for p in SIGNATURE {
            text = text.replace(p, signature.trim());
        }
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reply(body: &str) -> SavedReply {
        SavedReply {
            id: SavedReplyId(uuid::Uuid::nil()),
            title: "Kort spärrat".into(),
            body: body.into(),
            language: "sv".into(),
            team_id: None,
            created_at: Timestamp::UNIX_EPOCH,
        }
    }

    #[test]
    fn the_first_name_and_signature_are_filled_in() {
        let r =
            reply("Hej {förnamn}!\n\nKortet är nu öppnat igen.\n\nVänliga hälsningar\n{signatur}");
        assert_eq!(
            r.fill(Some("Eva Berg"), "Karin"),
            "Hej Eva!\n\nKortet är nu öppnat igen.\n\nVänliga hälsningar\nKarin"
        );
        assert_eq!(
            r.fill(None, "Karin"),
            "Hej!\n\nKortet är nu öppnat igen.\n\nVänliga hälsningar\nKarin"
        );
        // A handle with no letters is no name.
        assert!(r.fill(Some("12345"), "Karin").starts_with("Hej!"));
        let en = reply("Hi {first_name}, /{signature}");
        assert_eq!(en.fill(Some("John Smith"), "Anna"), "Hi John, /Anna");
    }

    #[test]
    fn an_unknown_placeholder_blank_title_or_other_language_is_refused() {
        let err = SavedReply::check(" ", "Hej {namn}", "de").unwrap_err();
        let DomainError::Invalid(fields) = err else {
            panic!("not invalid")
        };
        let names: Vec<&str> = fields.iter().map(|f| f.field.as_str()).collect();
        assert_eq!(names, ["title", "body", "language"]);
        assert!(SavedReply::check("Tack", "Hej {förnamn}! /{signatur}", "sv").is_ok());
    }
}
