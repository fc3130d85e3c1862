//! The workspace's words in Swedish and English, chosen per agent, and times as they are
//! read in Stockholm.

use jiff::Timestamp;

/// A UI language.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Lang {
    /// Swedish (the default).
    #[default]
    Sv,
    /// English.
    En,
}

impl Lang {
    /// A stored or asked-for language; Swedish for anything else.
    pub fn parse(raw: &str) -> Self {
        if raw.trim().eq_ignore_ascii_case("en") {
            Self::En
        } else {
            Self::Sv
        }
    }

    /// The `lang` attribute.
    pub fn code(self) -> &'static str {
        match self {
            Self::Sv => "sv",
            Self::En => "en",
        }
    }

    /// The words.
    pub fn t(self) -> &'static Words {
        match self {
            Self::Sv => &SV,
            Self::En => &EN,
        }
    }
}

/// Every fixed text of the workspace.
#[derive(Debug)]
pub struct Words {
    pub sign_in: &'static str,
    pub sign_in_title: &'static str,
    pub email: &'static str,
    pub password: &'static str,
    pub wrong_credentials: &'static str,
    pub sign_out: &'static str,
    pub inbox: &'static str,
    pub mine: &'static str,
    pub team_queue: &'static str,
    pub waiting_on_customer: &'static str,
    pub no_cases: &'static str,
    pub reference: &'static str,
    pub subject: &'static str,
    pub status: &'static str,
    pub priority: &'static str,
    pub updated: &'static str,
    pub customer: &'static str,
    pub timeline: &'static str,
    pub reply: &'static str,
    pub composer: &'static str,
    pub send_reply: &'static str,
    pub internal_note: &'static str,
    pub add_note: &'static str,
    pub public: &'static str,
    pub private: &'static str,
    pub from_customer: &'static str,
    pub from_us: &'static str,
    pub note: &'static str,
    pub event: &'static str,
    pub skip_to_content: &'static str,
    pub form_expired: &'static str,
    pub not_found: &'static str,
    pub other_language: &'static str,
    pub other_language_code: &'static str,
    pub facts: &'static str,
    pub owner: &'static str,
    pub nobody: &'static str,
    pub team: &'static str,
    pub channel: &'static str,
    pub sla: &'static str,
    pub no_deadlines: &'static str,
    pub path: &'static str,
    pub handoffs: &'static str,
    pub teams_involved: &'static str,
    pub agents_involved: &'static str,
    pub reopenings: &'static str,
    pub escalations: &'static str,
    pub been_with: &'static str,
    pub on_review: &'static str,
    pub pending_handoff: &'static str,
    pub to: &'static str,
    pub accept: &'static str,
    pub decline: &'static str,
    pub decline_reason: &'static str,
    pub questions: &'static str,
    pub your_answer: &'static str,
    pub send_answer: &'static str,
    pub other_cases: &'static str,
    pub no_other_cases: &'static str,
    pub actions: &'static str,
    pub take: &'static str,
    pub hand_off: &'static str,
    pub to_whom: &'static str,
    pub handoff_note: &'static str,
    pub choose: &'static str,
    pub agents_group: &'static str,
    pub teams_group: &'static str,
    pub escalate: &'static str,
    pub escalation_kind: &'static str,
    pub receiver: &'static str,
    pub your_question: &'static str,
    pub request_manager: &'static str,
    pub manager_note: &'static str,
    pub resolve: &'static str,
    pub summary: &'static str,
    pub category: &'static str,
    pub close: &'static str,
    pub close_reason: &'static str,
    pub reopen: &'static str,
    pub reopen_reason: &'static str,
    pub check_fields: &'static str,
    pub not_allowed: &'static str,
    pub updated_live: &'static str,
    pub handed_to_me: &'static str,
    pub questions_to_me: &'static str,
    pub waiting_on_specialist: &'static str,
    pub breaching_soon: &'static str,
}

const SV: Words = Words {
    sign_in: "Logga in",
    sign_in_title: "Logga in i Lotsen",
    email: "E-postadress",
    password: "Lösenord",
    wrong_credentials: "Fel e-postadress eller lösenord.",
    sign_out: "Logga ut",
    inbox: "Inkorg",
    mine: "Mina ärenden",
    team_queue: "Teamets kö",
    waiting_on_customer: "Väntar på kund",
    no_cases: "Inga ärenden här.",
    reference: "Ärende",
    subject: "Rubrik",
    status: "Status",
    priority: "Prioritet",
    updated: "Senast ändrat",
    customer: "Kund",
    timeline: "Historik",
    reply: "Svar till kunden",
    composer: "Svara eller anteckna",
    send_reply: "Skicka svar",
    internal_note: "Intern anteckning",
    add_note: "Spara anteckning",
    public: "Offentligt",
    private: "Privat",
    from_customer: "Från kunden",
    from_us: "Från oss",
    note: "Anteckning",
    event: "Händelse",
    skip_to_content: "Hoppa till innehållet",
    form_expired: "Formuläret har gått ut. Ladda om sidan och försök igen.",
    not_found: "Ärendet finns inte.",
    other_language: "English",
    other_language_code: "en",
    facts: "Om ärendet",
    owner: "Ägare",
    nobody: "Ingen",
    team: "Team",
    channel: "Kanal",
    sla: "Tidsgränser",
    no_deadlines: "Inga tidsgränser.",
    path: "Ärendets väg",
    handoffs: "Överlämningar",
    teams_involved: "Team inblandade",
    agents_involved: "Handläggare inblandade",
    reopenings: "Återöppningar",
    escalations: "Eskaleringar",
    been_with: "Har varit hos",
    on_review: "Ärendet går runt: det står på teamledarens granskningslista.",
    pending_handoff: "Väntande överlämning",
    to: "Till",
    accept: "Ta emot ärendet",
    decline: "Avböj",
    decline_reason: "Varför du avböjer",
    questions: "Öppna frågor",
    your_answer: "Ditt svar",
    send_answer: "Skicka svaret",
    other_cases: "Kundens andra ärenden (30 dagar)",
    no_other_cases: "Inga andra ärenden.",
    actions: "Åtgärder",
    take: "Ta ärendet",
    hand_off: "Lämna över",
    to_whom: "Till vem",
    handoff_note: "Överlämningsanteckning: vad mottagaren behöver veta",
    choose: "Välj …",
    agents_group: "Handläggare",
    teams_group: "Team",
    escalate: "Eskalera",
    escalation_kind: "Typ av eskalering",
    receiver: "Mottagare",
    your_question: "Din fråga",
    request_manager: "Begär chef",
    manager_note: "Vad kunden vill ta upp med chefen",
    resolve: "Lös ärendet",
    summary: "Vad löste det (sammanfattning)",
    category: "Kategori",
    close: "Stäng olöst",
    close_reason: "Varför ärendet stängs olöst",
    reopen: "Öppna igen",
    reopen_reason: "Varför ärendet öppnas igen",
    check_fields: "Kontrollera",
    not_allowed: "Det får du inte göra i det här ärendet.",
    updated_live: "Sidan uppdaterades",
    handed_to_me: "Överlämnade till mig",
    questions_to_me: "Frågor till mig",
    waiting_on_specialist: "Väntar på specialist",
    breaching_soon: "Snart över tidsgränsen",
};

const EN: Words = Words {
    sign_in: "Sign in",
    sign_in_title: "Sign in to Lotsen",
    email: "Email address",
    password: "Password",
    wrong_credentials: "Wrong email address or password.",
    sign_out: "Sign out",
    inbox: "Inbox",
    mine: "My cases",
    team_queue: "Team queue",
    waiting_on_customer: "Waiting on customer",
    no_cases: "No cases here.",
    reference: "Case",
    subject: "Subject",
    status: "Status",
    priority: "Priority",
    updated: "Last changed",
    customer: "Customer",
    timeline: "History",
    reply: "Reply to the customer",
    composer: "Reply or add a note",
    send_reply: "Send reply",
    internal_note: "Internal note",
    add_note: "Save note",
    public: "Public",
    private: "Private",
    from_customer: "From the customer",
    from_us: "From us",
    note: "Note",
    event: "Event",
    skip_to_content: "Skip to content",
    form_expired: "The form has expired. Reload the page and try again.",
    not_found: "The case does not exist.",
    other_language: "Svenska",
    other_language_code: "sv",
    facts: "About the case",
    owner: "Owner",
    nobody: "Nobody",
    team: "Team",
    channel: "Channel",
    sla: "Deadlines",
    no_deadlines: "No deadlines.",
    path: "The case's path",
    handoffs: "Handoffs",
    teams_involved: "Teams involved",
    agents_involved: "Agents involved",
    reopenings: "Reopenings",
    escalations: "Escalations",
    been_with: "Has been with",
    on_review: "This case is going round in circles: it is on the lead's review list.",
    pending_handoff: "Pending handoff",
    to: "To",
    accept: "Accept the case",
    decline: "Decline",
    decline_reason: "Why you decline",
    questions: "Open questions",
    your_answer: "Your answer",
    send_answer: "Send the answer",
    other_cases: "The customer's other cases (30 days)",
    no_other_cases: "No other cases.",
    actions: "Actions",
    take: "Take the case",
    hand_off: "Hand off",
    to_whom: "To whom",
    handoff_note: "Handoff note: what the receiver needs to know",
    choose: "Choose …",
    agents_group: "Agents",
    teams_group: "Teams",
    escalate: "Escalate",
    escalation_kind: "Kind of escalation",
    receiver: "Receiver",
    your_question: "Your question",
    request_manager: "Request a manager",
    manager_note: "What the customer wants to raise with a manager",
    resolve: "Resolve",
    summary: "What solved it (summary)",
    category: "Category",
    close: "Close unresolved",
    close_reason: "Why the case closes unresolved",
    reopen: "Reopen",
    reopen_reason: "Why the case opens again",
    check_fields: "Check",
    not_allowed: "You may not do that on this case.",
    updated_live: "The page was updated",
    handed_to_me: "Handed to me",
    questions_to_me: "Questions for me",
    waiting_on_specialist: "Waiting on a specialist",
    breaching_soon: "Breaching soon",
};

/// An instant as read in Stockholm: `2026-12-02 09:15`.
pub fn stockholm(at: Timestamp) -> String {
    let z = at.to_zoned(lotsen_app::forecast::stockholm());
    format!(
        "{}-{:02}-{:02} {:02}:{:02}",
        z.year(),
        z.month(),
        z.day(),
        z.hour(),
        z.minute()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_and_stockholm_times() {
        assert_eq!(Lang::parse("EN"), Lang::En);
        assert_eq!(Lang::parse("fr"), Lang::Sv);
        assert_eq!(Lang::Sv.t().sign_in, "Logga in");
        let at: Timestamp = "2026-06-19T10:30:00Z".parse().unwrap();
        assert_eq!(stockholm(at), "2026-06-19 12:30");
    }
}
