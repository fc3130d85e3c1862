//! Tone: angry (hostile, insulting, threatening), upset (frustrated or worried, the many
//! who need to feel heard) or neutral, with the signals an agent can act on.

use std::sync::OnceLock;

use serde::Serialize;

use crate::moderation::{Category, Class, Reading};
use crate::words::{PhraseSet, Word};

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
    "tredje gangen",
    "andra gangen",
    "fjarde gangen",
    "femte gangen",
    "igen och igen",
    "fortfarande inte",
    "fortfarande ingen",
    "ingen svarar",
    "ingen har svarat",
    "ingen har ringt",
    "ingen aterkommer",
    "inget svar",
    "har inte fatt svar",
    "flera ganger",
    "manga ganger",
    "tre ganger",
    "fyra ganger",
    "fem ganger",
    "tva ganger",
    "third time",
    "fourth time",
    "fifth time",
    "still not",
    "still no",
    "no answer",
    "no one answers",
    "nobody answers",
    "nobody replies",
    "again and again",
    "several times",
    "many times",
    "three times",
    "five times",
    "twice",
    "still waiting",
    "vantar fortfarande",
    "har vantat",
    "vantat i",
    "been in the queue",
    "in the queue",
    "i ko",
    "telefonko",
    "since",
];
const MONEY: &[&str] = &[
    "hyran",
    "hyra",
    "lon",
    "lonen",
    "pension*",
    "tjanstepension*",
    "inkomst*",
    "sjukersattning*",
    "barnbidrag*",
    "rakning*",
    "sparkonto*",
    "sparpengar",
    "besparingar",
    "salary",
    "pension",
    "income",
    "savings",
    "scholarship",
    "insulin",
    "medicin",
    "funeral",
    "begravning*",
    "debt collection",
    "only income",
    "enda inkomst",
    "whole salary",
    "rakningar",
    "mat",
    "inkasso",
    "kronofogden",
    "pensionen",
    "rent",
    "tuition",
    "bills",
    "overdraft",
];
const ACCESS: &[&str] = &[
    "stangt",
    "stangde",
    "stangts",
    "avslutat",
    "upphort",
    "spar*",
    "closed",
    "under review",
    "locked",
    "stuck",
    "kapat",
    "kapats",
    "can t use",
    "can t pay me",
    "kan inte betala",
    "kan inte sala",
    "kan inte aka",
    "tar inte emot",
    "kom inte ut",
    "kommer inte at",
    "kom inte at",
    "kan inte logga",
    "kan inte betala",
    "kan inte swisha",
    "nekas",
    "nekades",
    "nekats",
    "sparrat",
    "sparrad",
    "sparras",
    "last",
    "lasta",
    "utelast",
    "fungerar inte",
    "funkar inte",
    "slutat fungera",
    "ligger nere",
    "studsar",
    "studsat",
    "declined",
    "blocked",
    "locked out",
    "frozen",
    "can t log",
    "cannot log",
    "can t access",
    "cannot access",
    "doesn t work",
    "not working",
    "is down",
    "keeps rejecting",
    "rejected",
    "kan inte ens",
    "can t get",
    "can t pay",
    "can t find",
];
const URGENT: &[&str] = &[
    "idag",
    "i dag",
    "omedelbart",
    "akut",
    "genast",
    "asap",
    "urgent",
    "immediately",
    "ikvall",
    "imorgon",
    "by friday",
    "innan fredag",
    "pa fredag",
    "om en timme",
    "i natt",
    "tonight",
    "forfaller",
    "due today",
];
const DISTRESS: &[&str] = &[
    "avslag*",
    "avslogs",
    "nekar",
    "refused",
    "refuse",
    "won t pay",
    "won t wait",
    "betalade inte",
    "inte betalats",
    "inte betalat",
    "har inte kommit",
    "inte kommit fram",
    "hasn t arrived",
    "hasn t been",
    "haven t been paid",
    "shows nothing",
    "saknas",
    "tomts",
    "tomt",
    "lurad*",
    "kapat",
    "someone took",
    "nagon har",
    "didn t authorise",
    "inte gjort",
    "scared",
    "grater",
    "forlorade",
    "forlorat",
    "blev av med",
    "gone bankrupt",
    "wrong number",
    "fel person",
    "fel nummer",
    "dubbelt",
    "inte rimligt",
    "inget besked",
    "no warning",
    "utan motivering",
    "utan forsakring",
    "klarar inte",
    "dragit av",
    "dragit ut",
    "by mistake",
    "polisanmalan",
    "konsumentverket",
    "reklamationsnamnden",
    "consumer disputes",
    "arn",
    "supposed to do",
    "what is she supposed",
    "what am i supposed",
    "veckor",
    "manader",
    "weeks",
    "months",
    "besviken",
    "besvikna",
    "orolig",
    "oroliga",
    "stressad",
    "stressande",
    "stressigt",
    "frustrerad",
    "frustrerande",
    "ledsen",
    "upprord",
    "trottnat",
    "orkar inte",
    "panik",
    "radd",
    "snalla",
    "katastrof",
    "skandal",
    "oacceptabelt",
    "inte okej",
    "orimligt",
    "orattvist",
    "fornedrande",
    "kanns",
    "kanner mig",
    "lurad",
    "lurade",
    "bedrageri",
    "bluff",
    "phishing",
    "scam",
    "disappointed",
    "worried",
    "frustrated",
    "stressed",
    "upset",
    "annoyed",
    "fed up",
    "exhausting",
    "sad",
    "sucks",
    "suger",
    "unacceptable",
    "ridiculous",
    "confusing",
    "hur kan",
    "hur ska jag",
    "vad ska jag gora",
    "vad gor vi",
    "vad hander",
    "what s wrong",
    "what am i doing wrong",
    "what else",
    "how is anyone",
    "who else",
    "inte ens",
    "not even",
    "don t even",
    "ingen forklaring",
    "utan forklaring",
    "without any explanation",
    "nobody has explained",
    "ingen aning",
    "klarar knappt",
    "klara mig",
    "har inte kommit",
    "has not arrived",
    "never get",
    "aldrig",
    "borta",
    "forsvunnit",
    "forsvann",
    "avslag",
    "stulna",
    "stolen",
    "dog",
    "bortgang",
    "i m losing",
    "losing",
    "hallo",
    "anyone",
    "nagon dar",
    "help",
    "hjalp",
    "please fix",
    "kan nagon annan",
    "ingen att prata",
    "ingen vet",
    "nobody",
    "ingen har",
    "vanta",
    "vantat",
    "vantar",
    "waiting",
    "pending",
    "under behandling",
    "i ko",
];
/// Emojis of distress.
const SAD: &[char] = &[
    '😔', '😢', '😞', '😩', '😫', '😤', '😭', '😟', '😰', '😡', '🙁', '☹',
];
/// Words that turn everyday swearing into praise ("fan vad bra", "jävligt bra").
/// Written folded (repeated letters collapsed): "snabbt" reads "snabt".
const PRAISE: &[&str] = &[
    "bra", "skont", "snabt", "snab", "smidigt", "smidig", "god", "great", "nice", "fint", "kul",
    "glad", "fast", "awesome", "amazing", "perfekt", "grymt", "toppen", "tack", "thanks", "wel",
    "smooth", "easy", "enkelt", "got",
];

/// How many words after a swear word may turn it into praise ("Holy shit, your new app
/// is actually great").
const PRAISE_REACH: usize = 7;

/// The tone word lists, folded once, in the order repeated contact, money, access,
/// urgency, distress.
fn lists() -> &'static PhraseSet {
    static LISTS: OnceLock<PhraseSet> = OnceLock::new();
    LISTS.get_or_init(|| PhraseSet::new(&[REPEATED, MONEY, ACCESS, URGENT, DISTRESS]))
}

/// Whether the text sounds hostile: a violation other than an advance, insults, threats,
/// contempt, or swearing that is not praise.
fn hostile(words: &[Word], reading: &Reading) -> bool {
    let advance_only = reading.has(Class::Advance)
        && reading
            .violations
            .iter()
            .all(|v| v.category == Category::Harassment);
    let violation = !reading.violations.is_empty() && !advance_only;
    violation
        || [Class::Insult, Class::Threat, Class::Contempt, Class::Severe]
            .iter()
            .any(|c| reading.has(*c))
        || cursing(words, reading)
}

/// Everyday swearing that is not followed by praise ("fan vad bra").
fn cursing(words: &[Word], reading: &Reading) -> bool {
    reading
        .hits
        .iter()
        .filter(|h| h.class == Class::Mild)
        .any(|h| {
            let sentence = words[h.first].sentence;
            let mut after = words
                .iter()
                .skip(h.last + 1)
                .take(PRAISE_REACH)
                .take_while(|w| w.sentence == sentence);
            let word = words[h.first].folded;
            // "jävligt bra", "skitbra": the swear word is an intensifier of praise.
            let intensifier = word.ends_with("igt")
                || PRAISE
                    .iter()
                    .any(|p| word.len() > p.len() + 2 && word.ends_with(p));
            !after.any(|w| PRAISE.contains(&w.folded)) && !intensifier
        })
}

/// Names customers write in capitals without raising their voice: shops, banks,
/// authorities and the abbreviations of banking.
const ACRONYMS: &[&str] = &[
    "ICA", "COOP", "SEB", "SBAB", "IKEA", "CSN", "SJ", "SL", "SMHI", "ATM", "PIN", "OCR", "IBAN",
    "BIC", "SMS", "PDF", "ISK", "KYC", "USA", "EU", "EUR", "SEK", "USD", "NOK", "DKK", "GBP", "AB",
    "VD", "MVH", "OK", "BRF", "HSB", "SKV", "FK",
];

/// Reads the tone of a text from its words and its code-of-conduct reading.
pub fn read(text: &str, words: &[Word], reading: &Reading) -> (Tone, Vec<Signal>) {
    read_marked(text, words, reading, crate::words::Marks::of(text))
}

/// [`read`] with the text's marks already read (analysis reads them once for the tone
/// and the model).
pub fn read_marked(
    text: &str,
    words: &[Word],
    reading: &Reading,
    marks: crate::words::Marks,
) -> (Tone, Vec<Signal>) {
    let mut signals = Vec::new();
    let shouted = words
        .iter()
        .filter(|w| w.shouted && w.end - w.start >= 3)
        .filter(|w| !ACRONYMS.contains(&&text[w.start..w.end]))
        .count();
    if shouted >= 1 {
        signals.push(Signal::Shouting);
    }
    if marks.bangs || marks.queries || marks.mixed {
        signals.push(Signal::RepeatedPunctuation);
    }
    let counts = lists().count_each::<5>(words);
    let checks = [
        Signal::RepeatedContact,
        Signal::MoneyAtStake,
        Signal::AccessAtStake,
        Signal::Urgency,
    ];
    for (count, signal) in counts.iter().zip(checks) {
        if *count > 0 {
            signals.push(signal);
        }
    }
    if reading.has(Class::Mild) || reading.has(Class::Severe) {
        signals.push(Signal::Swearing);
    }
    // The sad faces are all beyond ASCII, each led by a byte of 0xE2 or more: a text of
    // ASCII and the Swedish letters (led by 0xC3) has none.
    let sad = !text.is_ascii()
        && text.bytes().any(|b| b >= 0xE2)
        && text.chars().any(|c| !c.is_ascii() && SAD.contains(&c));
    let distress = counts[4] + usize::from(sad);
    // "??" on its own is a puzzled question, not distress; "!!" and capitals are.
    let puzzled = signals.contains(&Signal::RepeatedPunctuation) && !marks.bangs && !marks.mixed;
    let stakes = signals.len() - usize::from(puzzled);
    let tone = if hostile(words, reading) {
        Tone::Angry
    } else if distress + stakes >= 2 {
        Tone::Upset
    } else {
        Tone::Neutral
    };
    (tone, signals)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{moderation, words::words};

    fn tone(text: &str) -> Tone {
        let mut arena = String::new();
        let w = words(text, &mut arena);
        let reading = moderation::read(text, &w, &moderation::Staff::default());
        read(text, &w, &reading).0
    }

    fn signals(text: &str) -> Vec<Signal> {
        let mut arena = String::new();
        let w = words(text, &mut arena);
        let reading = moderation::read(text, &w, &moderation::Staff::default());
        read(text, &w, &reading).1
    }

    #[test]
    fn a_shop_in_capitals_is_not_shouting() {
        assert!(!signals("Kortet nekades på ICA i går.").contains(&Signal::Shouting));
        assert!(signals("Kortet nekades MITT I kassan.").contains(&Signal::Shouting));
    }

    #[test]
    fn contempt_for_the_company_is_angry() {
        assert_eq!(
            tone("Ni är den sämsta banken i Sverige. Byter imorgon."),
            Tone::Angry
        );
        assert_eq!(tone("Satan vilken dålig service."), Tone::Angry);
    }

    #[test]
    fn praise_with_a_swear_word_is_not_angry() {
        assert_eq!(
            tone("Fan vad bra att man kan frysa kortet i appen!"),
            Tone::Neutral
        );
    }

    #[test]
    fn a_blocked_card_and_waiting_is_upset() {
        assert_eq!(
            tone("Mitt kort nekades igen och ingen svarar. Jag är så stressad."),
            Tone::Upset
        );
    }

    #[test]
    fn a_plain_question_is_neutral() {
        assert_eq!(
            tone("What are the opening hours of the Malmö branch on Saturdays?"),
            Tone::Neutral
        );
    }

    #[test]
    fn an_advance_is_not_angry() {
        assert_eq!(
            tone("Hej snygging, vill du träffas efter jobbet?"),
            Tone::Neutral
        );
    }

    #[test]
    fn a_calm_report_with_stakes_is_upset() {
        assert_eq!(
            tone("Min pension har inte betalats ut den här månaden."),
            Tone::Upset
        );
        assert_eq!(
            tone("You refused my claim. We've been living with my parents for weeks."),
            Tone::Upset
        );
    }

    #[test]
    fn a_puzzled_question_is_neutral() {
        assert_eq!(tone("Is the student offer still valid??"), Tone::Neutral);
    }

    #[test]
    fn praise_further_on_in_the_sentence_is_not_angry() {
        assert_eq!(
            tone("Holy shit, your new app is actually great."),
            Tone::Neutral
        );
        assert_eq!(tone("Ja jävlar, vilken smidig app!"), Tone::Neutral);
        assert_eq!(tone("Skitbra app."), Tone::Neutral);
    }
}
