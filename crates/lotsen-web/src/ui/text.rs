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
