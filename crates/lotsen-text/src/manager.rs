//! Whether a customer asks for a manager ("jag vill prata med en chef", "can I speak to
//! your supervisor"): such a request becomes an escalation to a named lead with its own
//! deadline (MISSION.md, section 2), whichever channel it came on.

/// Phrases that ask for someone higher up, lower-case, Swedish and English.
const PHRASES: &[&str] = &[
    "prata med en chef",
    "prata med din chef",
    "prata med er chef",
    "prata med chefen",
    "prata med någon chef",
    "tala med en chef",
    "tala med din chef",
    "tala med chefen",
    "tala med er chef",
    "få tala med en chef",
    "kontakta en chef",
    "kontakta din chef",
    "din närmaste chef",
    "din chef",
    "er chef",
    "en chef ringer",
    "chef som ringer",
    "någon högre upp",
    "någon med mandat",
    "prata med en ansvarig",
    "en teamledare",
    "din teamledare",
    "din arbetsledare",
    "speak to a manager",
    "speak to your manager",
    "speak to the manager",
    "speak with a manager",
    "talk to a manager",
    "talk to your manager",
    "talk to a supervisor",
    "speak to a supervisor",
    "your supervisor",
    "your manager",
    "someone in charge",
    "someone higher up",
];

/// Whether the text asks for a manager.
pub fn asks_for_manager(text: &str) -> bool {
    let lower = text.to_lowercase();
    // Folds runs of whitespace so a line break inside a phrase still matches.
    let folded: String = lower.split_whitespace().collect::<Vec<_>>().join(" ");
    PHRASES.iter().any(|p| folded.contains(p))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requests_for_a_manager_are_found_in_swedish_and_english() {
        for text in [
            "Jag vill PRATA MED EN CHEF nu, det här är tredje gången jag skriver",
            "Kan din närmaste chef ringa mig?",
            "I want to speak to a\nmanager about my card",
            "Put me through to your supervisor please",
        ] {
            assert!(asks_for_manager(text), "{text}");
        }
        for text in [
            "Mitt kort är spärrat, vad gör jag?",
            "Kockens chefsrätt var god",
            "I manage my account in the app",
        ] {
            assert!(!asks_for_manager(text), "{text}");
        }
    }
}
