//! Reply lint: hints for an agent's draft before it goes out. Emojis where the channel's
//! policy forbids them, a missing or wrong signature, asking for personal data on a public
//! channel, defending without acknowledging the customer, and answering in another
//! language than the customer wrote in.

use serde::Serialize;

use crate::lang::{self, Language};
use crate::pii::{PiiOptions, detect};
use crate::tone::{self, Tone};
use crate::words::{fold, words};

/// What a hint is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LintCode {
    /// The channel's policy allows no emojis.
    EmojiNotAllowed,
    /// The draft is not signed with the agent's signature name.
    MissingSignature,
    /// The draft is signed with another staff name (often the real name behind an alias).
    WrongSignature,
    /// The draft asks for personal or account data on a public channel.
    AsksForPersonalDataInPublic,
    /// The draft itself contains personal data and is public.
    PersonalDataInPublic,
    /// The draft defends the company without acknowledging the customer.
    DefensiveWithoutAcknowledgement,
    /// The customer is upset or angry and the draft does not acknowledge it.
    MissingAcknowledgement,
    /// The draft is in another language than the customer's.
    LanguageMismatch,
}

/// One hint, with the part of the draft it points at (empty span = the whole draft).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LintHint {
    /// What.
    pub code: LintCode,
    /// For the agent.
    pub message: String,
    /// Start byte in the draft.
    pub start: usize,
    /// End byte in the draft.
    pub end: usize,
}

/// What the lint needs to know besides the draft.
#[derive(Debug, Clone, Default)]
pub struct LintContext {
    /// Whether the reply is public (a comment under a post).
    pub public: bool,
    /// Whether the channel's policy allows emojis.
    pub emoji_allowed: bool,
    /// The name the agent signs with (first name or alias).
    pub signature_name: String,
    /// Every staff name and alias, to catch a signature with the wrong one.
    pub staff: crate::Staff,
    /// What the customer wrote last, for language and tone.
    pub customer_text: Option<String>,
}

fn is_emoji(c: char) -> bool {
    matches!(u32::from(c), 0x1F000..=0x1FAFF | 0x2600..=0x27BF | 0x2B00..=0x2BFF | 0xFE0F)
}

const EMOTICONS: &[&str] = &[
    ":)", ":-)", ";)", ";-)", ":D", ":-D", ":(", ":-(", ":P", "<3", "xD",
];

const ASK: &[&str] = &[
    "skicka", "skriv", "ange", "uppge", "berätta", "vad är", "vad har", "lämna", "send", "write",
    "tell us", "what is", "what's", "provide", "share", "dm",
];
const PERSONAL: &[&str] = &[
    "personnummer",
    "personnumret",
    "samordningsnummer",
    "kontonummer",
    "kontonumret",
    "kortnummer",
    "kortnumret",
    "clearingnummer",
    "adress",
    "adressen",
    "telefonnummer",
    "mobilnummer",
    "pinkod",
    "pin",
    "lösenord",
    "cvc",
    "cvv",
    "account number",
    "card number",
    "social security",
    "personal identity number",
    "address",
    "phone number",
    "password",
];
const DEFENSIVE: &[&str] = &[
    "enligt våra villkor",
    "enligt villkoren",
    "enligt avtalet",
    "det är inte vårt fel",
    "det är inte vårt ansvar",
    "du borde ha",
    "ni borde ha",
    "som vi redan har sagt",
    "som vi redan skrivit",
    "som tidigare nämnts",
    "det framgår tydligt",
    "det står tydligt",
    "det är ditt ansvar",
    "du har själv",
    "vi har inte gjort något fel",
    "as per our terms",
    "according to our terms",
    "it is not our fault",
    "it's not our fault",
    "you should have",
    "as we already said",
    "as previously stated",
    "it is your responsibility",
    "it's your responsibility",
    "you failed to",
    "clearly stated",
];
const ACKNOWLEDGE: &[&str] = &[
    "förstår",
    "beklagar",
    "tråkigt",
    "ledsen",
    "förlåt",
    "ursäkta",
    "tack för att",
    "jag hör",
    "vad jobbigt",
    "frustrerande",
    "så synd",
    "sorry",
    "apologi",
    "apologise",
    "apologize",
    "understand",
    "thank you for",
    "thanks for",
    "frustrating",
    "i hear",
    "that sounds",
];

fn contains_phrase(folded: &[String], phrase: &str) -> Option<usize> {
    let parts: Vec<String> = phrase.split_whitespace().map(fold).collect();
    folded.windows(parts.len()).position(|w| {
        w.iter()
            .zip(&parts)
            .all(|(a, b)| a == b || (b.len() >= 5 && a.starts_with(b.as_str())))
    })
}

/// Lints a draft reply.
pub fn lint(draft: &str, ctx: &LintContext) -> Vec<LintHint> {
    let mut hints = Vec::new();
    let mut arena = String::new();
    let draft_words = words(draft, &mut arena);
    let folded: Vec<String> = draft_words.iter().map(|w| w.folded.to_owned()).collect();
    let span = |i: usize| draft_words.get(i).map_or((0, 0), |w| (w.start, w.end));
    let mut hint = |code: LintCode, message: &str, (start, end): (usize, usize)| {
        hints.push(LintHint {
            code,
            message: message.to_owned(),
            start,
            end,
        });
    };

    if !ctx.emoji_allowed {
        let found = draft
            .char_indices()
            .find(|(_, c)| is_emoji(*c))
            .map(|(i, c)| (i, i + c.len_utf8()))
            .or_else(|| {
                EMOTICONS
                    .iter()
                    .find_map(|e| draft.find(e).map(|i| (i, i + e.len())))
            });
        if let Some(at) = found {
            hint(
                LintCode::EmojiNotAllowed,
                "This channel's policy allows no emojis.",
                at,
            );
        }
    }

    let signature = fold(&ctx.signature_name);
    let tail: Vec<String> = folded.iter().rev().take(4).cloned().collect();
    if !signature.is_empty() && !tail.contains(&signature) {
        let other = ctx
            .staff
            .names()
            .iter()
            .flat_map(|n| n.split_whitespace().map(fold).collect::<Vec<_>>())
            .find(|n| !n.is_empty() && *n != signature && tail.contains(n));
        match other {
            Some(_) => hint(
                LintCode::WrongSignature,
                "Sign with your signature name, not another name.",
                (0, 0),
            ),
            None => hint(
                LintCode::MissingSignature,
                "Sign the reply with your signature name.",
                (0, 0),
            ),
        }
    }

    if ctx.public {
        let asks = ASK.iter().filter_map(|a| contains_phrase(&folded, a)).min();
        let personal = PERSONAL
            .iter()
            .filter_map(|p| contains_phrase(&folded, p))
            .min();
        // The request and the personal-data word belong together: the word at most twelve
        // words after the request, or just before it ("personnummer, skicka det").
        if let (Some(a), Some(p)) = (asks, personal)
            && p <= a + 12
            && a <= p + 3
        {
            hint(
                LintCode::AsksForPersonalDataInPublic,
                "Never ask for personal or account details in public; refer the customer to the internet bank or phone, where they identify with BankID.",
                span(p),
            );
        }
        if let Some(pii) = detect(draft, &PiiOptions::default()).first() {
            hint(
                LintCode::PersonalDataInPublic,
                "The reply is public and contains personal data.",
                (pii.start, pii.end),
            );
        }
    }

    let acknowledged = ACKNOWLEDGE
        .iter()
        .any(|a| contains_phrase(&folded, a).is_some());
    let defensive = DEFENSIVE
        .iter()
        .filter_map(|d| contains_phrase(&folded, d))
        .min();
    if let Some(d) = defensive
        && !acknowledged
    {
        hint(
            LintCode::DefensiveWithoutAcknowledgement,
            "Acknowledge the customer first (\"I understand\", \"I'm sorry this happened\") and ask what happened before explaining the rules.",
            span(d),
        );
    }

    if let Some(customer) = &ctx.customer_text {
        let mut customer_arena = String::new();
        let customer_words = words(customer, &mut customer_arena);
        let reading = crate::moderation::read(customer, &customer_words, &ctx.staff);
        let (tone, _) = tone::read(customer, &customer_words, &reading);
        if matches!(tone, Tone::Upset | Tone::Angry) && !acknowledged {
            hint(
                LintCode::MissingAcknowledgement,
                "The customer is upset: acknowledge how they feel before anything else.",
                (0, 0),
            );
        }
        let theirs = lang::detect(customer, &customer_words);
        let ours = lang::detect(draft, &draft_words);
        if theirs != Language::Other && ours != Language::Other && theirs != ours {
            hint(
                LintCode::LanguageMismatch,
                &format!(
                    "The customer wrote in {}; answer in the same language.",
                    if theirs == Language::Sv {
                        "Swedish"
                    } else {
                        "English"
                    }
                ),
                (0, 0),
            );
        }
    }
    hints
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ctx(public: bool) -> LintContext {
        LintContext {
            public,
            emoji_allowed: false,
            signature_name: "Lina".into(),
            staff: crate::Staff::new(["Linnea Gustafsson", "Lina"]),
            customer_text: Some(
                "Tredje gången jag skriver!! Kortet nekas och jag har inga pengar till hyran."
                    .into(),
            ),
        }
    }

    fn codes(draft: &str, ctx: &LintContext) -> Vec<LintCode> {
        lint(draft, ctx).into_iter().map(|h| h.code).collect()
    }

    #[test]
    fn a_good_reply_gets_no_hints() {
        let draft = "Hej Eva! Jag förstår att det är stressigt, och jag beklagar krånglet. Jag har hävt spärren nu, testa gärna kortet igen. /Lina";
        assert_eq!(codes(draft, &ctx(false)), []);
    }

    #[test]
    fn emojis_a_real_name_and_a_request_for_personal_data_in_public_are_flagged() {
        let draft = "Hej! Skicka ditt personnummer här så kollar vi 😊 /Linnea";
        let found = codes(draft, &ctx(true));
        assert!(found.contains(&LintCode::EmojiNotAllowed), "{found:?}");
        assert!(found.contains(&LintCode::WrongSignature), "{found:?}");
        assert!(
            found.contains(&LintCode::AsksForPersonalDataInPublic),
            "{found:?}"
        );
        assert!(
            found.contains(&LintCode::MissingAcknowledgement),
            "{found:?}"
        );
    }

    #[test]
    fn defending_without_acknowledging_and_answering_in_english_are_flagged() {
        let draft = "As per our terms the fee is correct. You should have read them. /Lina";
        let found = codes(draft, &ctx(false));
        assert!(
            found.contains(&LintCode::DefensiveWithoutAcknowledgement),
            "{found:?}"
        );
        assert!(found.contains(&LintCode::LanguageMismatch), "{found:?}");
    }

    #[test]
    fn a_missing_signature_is_flagged() {
        let mut c = ctx(false);
        c.customer_text = None;
        assert_eq!(
            codes("Hej! Kortet är upplåst nu.", &c),
            [LintCode::MissingSignature]
        );
    }
}
