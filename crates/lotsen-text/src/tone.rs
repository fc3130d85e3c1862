//! Tone: angry (hostile, insulting, threatening), upset (frustrated or worried, the many
//! who need to feel heard) or neutral, with the signals an agent can act on.

use serde::Serialize;

use crate::moderation::{Class, Reading};
use crate::words::Word;

/// How the customer sounds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Tone {
    /// Hostile: insults, threats, crude abuse.
    Angry,
    /// Frustrated, worried, stressed: needs to feel heard.
    Upset,
    /// Plain.
    Neutral,
}

impl Tone {
    /// Stable name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Angry => "angry",
            Self::Upset => "upset",
            Self::Neutral => "neutral",
        }
    }
}

/// Something in the text an agent should notice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Signal {
    /// Words in capitals.
    Shouting,
    /// `!!!`, `???`.
    RepeatedPunctuation,
    /// "Third time I write", "still no answer".
    RepeatedContact,
    /// Money is at stake (rent, salary, bills).
    MoneyAtStake,
    /// Access is at stake (locked out, card declined).
    AccessAtStake,
    /// It is urgent (today, now).
    Urgency,
    /// Swearing.
    Swearing,
}

const REPEATED: &[&str] = &[
    "tredje gangen", "andra gangen", "fjarde gangen", "igen och igen", "fortfarande inte", "fortfarande ingen", "ingen svarar",
    "ingen har svarat", "inget svar", "har inte fatt svar", "har skrivit", "har ringt", "flera ganger", "manga ganger",
    "third time", "second time", "still not", "still no", "no answer", "no one answers", "nobody answers", "again and again",
    "several times", "many times", "still waiting", "vantar fortfarande", "veckor", "weeks", "timmar", "hours",
];
const MONEY: &[&str] = &[
    "pengar", "hyran", "hyra", "lon", "lonen", "rakning", "rakningar", "mat", "avgift", "avgiften", "dragning", "dragen",
    "dragit", "ersattning", "utbetalning", "aterbetalning", "skuld", "inkasso", "kronor", "kr", "money", "rent", "salary",
    "bills", "fee", "fees", "charged", "refund", "payment", "paid", "overdraft",
];
const ACCESS: &[&str] = &[
    "kommer inte at", "kan inte logga", "kan inte betala", "nekas", "nekad", "nekat", "sparrat", "sparrad", "sparrade", "last",
    "utelast", "fungerar inte", "funkar inte", "gar inte", "bankid", "inloggning", "logga in", "declined", "blocked",
    "locked", "can't log", "cannot log", "can't access", "cannot access", "doesn't work", "not working", "login",
];
const URGENT: &[&str] = &[
    "idag", "i dag", "nu", "direkt", "omedelbart", "akut", "snabbt", "genast", "asap", "urgent", "now", "today",
    "immediately", "ikvall", "imorgon", "fredag", "helgen", "tonight", "tomorrow",
];
const DISTRESS: &[&str] = &[
    "besviken", "besvikna", "orolig", "oroliga", "stressad", "stressande", "frustrerad", "frustrerande", "ledsen", "upprord",
    "tröttnat", "trottnat", "trott", "less", "panik", "radd", "forstar inte", "hjalp", "snalla", "katastrof", "skandal",
    "oacceptabelt", "inte okej", "inte ok", "valdigt", "disappointed", "worried", "frustrated", "stressed", "upset",
    "annoyed", "fed up", "tired", "help", "please", "unacceptable", "ridiculous", "joke", "absurt", "lojligt", "varfor",
    "why", "klaga", "klagomal", "complaint", "arg", "angry",
];

fn phrase_in(folded_words: &[&str], phrase: &str) -> bool {
    let parts: Vec<&str> = phrase.split(' ').collect();
    folded_words.windows(parts.len()).any(|w| w == parts.as_slice())
}

fn count(folded_words: &[&str], list: &[&str]) -> usize {
    list.iter().filter(|p| phrase_in(folded_words, &crate::words::fold(p))).count()
}

/// Reads the tone of a text from its words and its code-of-conduct reading.
pub fn read(text: &str, words: &[Word], reading: &Reading) -> (Tone, Vec<Signal>) {
    let folded: Vec<&str> = words.iter().map(|w| w.folded.as_str()).collect();
    let mut signals = Vec::new();
    let shouted = words.iter().filter(|w| w.shouted && w.end - w.start >= 3).count();
    if shouted >= 2 {
        signals.push(Signal::Shouting);
    }
    if text.contains("!!") || text.contains("??") || text.contains("?!") || text.contains("!?") {
        signals.push(Signal::RepeatedPunctuation);
    }
    let checks = [
        (REPEATED, Signal::RepeatedContact),
        (MONEY, Signal::MoneyAtStake),
        (ACCESS, Signal::AccessAtStake),
        (URGENT, Signal::Urgency),
    ];
    for (list, signal) in checks {
        if count(&folded, list) > 0 {
            signals.push(signal);
        }
    }
    if reading.has(Class::Mild) || reading.has(Class::Severe) {
        signals.push(Signal::Swearing);
    }
    let distress = count(&folded, DISTRESS);
    let hostile = !reading.violations.is_empty()
        || reading.has(Class::Insult)
        || reading.has(Class::Threat)
        || (reading.has(Class::Mild) && (signals.contains(&Signal::Shouting) || signals.contains(&Signal::RepeatedPunctuation)));
    let tone = if hostile {
        Tone::Angry
    } else if distress + signals.len() >= 2 || (distress >= 1 && !signals.is_empty()) || signals.contains(&Signal::RepeatedContact) {
        Tone::Upset
    } else {
        Tone::Neutral
    };
    (tone, signals)
}
