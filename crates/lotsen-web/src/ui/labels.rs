//! Names for the domain's values as an agent reads them, in Swedish and English:
//! statuses, priorities, timeline events, deadline states, escalation kinds, and the
//! fields a form may get wrong.

use lotsen_app::drafts::LintCode;
use lotsen_domain::Direction;
use lotsen_domain::case::{CallOutcome, EscalationKind};
use lotsen_domain::sla::DeadlineState;
use lotsen_domain::{Priority, Status};

use super::text::Lang;

/// The Swedish or the English text, by the agent's language.
pub(super) fn pick(lang: Lang, sv: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Sv => sv,
        Lang::En => en,
    }
}

/// A case status.
pub fn status(lang: Lang, s: Status) -> &'static str {
    match s {
        Status::Open => pick(lang, "Öppet", "Open"),
        Status::WaitingOnCustomer => pick(lang, "Väntar på kund", "Waiting on customer"),
        Status::Resolved => pick(lang, "Löst", "Resolved"),
        Status::ClosedUnresolved => pick(lang, "Stängt olöst", "Closed unresolved"),
        Status::Merged => pick(lang, "Sammanslaget", "Merged"),
    }
}

/// A priority.
pub fn priority(lang: Lang, p: Priority) -> &'static str {
    match p {
        Priority::Low => pick(lang, "Låg", "Low"),
        Priority::Normal => pick(lang, "Normal", "Normal"),
        Priority::High => pick(lang, "Hög", "High"),
        Priority::Urgent => pick(lang, "Brådskande", "Urgent"),
    }
}

/// A timeline event, by its stable name.
pub fn event(lang: Lang, name: &str) -> &'static str {
    match name {
        "opened" => pick(lang, "Ärendet öppnades", "Case opened"),
        "message_received" => pick(lang, "Meddelande mottaget", "Message received"),
        "reply_sent" => pick(lang, "Svar skickat", "Reply sent"),
        "note_added" => pick(lang, "Anteckning", "Note"),
        "moderated" => pick(lang, "Moderering", "Moderation"),
        "personal_data_hidden" => pick(lang, "Personuppgifter dolda", "Personal data hidden"),
        "moved_to_private" => pick(lang, "Flyttat till privat kanal", "Moved to private"),
        "assigned" => pick(lang, "Tilldelat", "Assigned"),
        "handoff_requested" => pick(lang, "Överlämning begärd", "Handoff requested"),
        "handoff_accepted" => pick(lang, "Överlämning mottagen", "Handoff accepted"),
        "handoff_declined" => pick(lang, "Överlämning avböjd", "Handoff declined"),
        "escalated" => pick(lang, "Eskalerat", "Escalated"),
        "escalation_answered" => pick(lang, "Eskalering besvarad", "Escalation answered"),
        "resolved" => pick(lang, "Löst", "Resolved"),
        "reopened" => pick(lang, "Öppnat igen", "Reopened"),
        "closed_unresolved" => pick(lang, "Stängt olöst", "Closed unresolved"),
        "offered" => pick(lang, "Erbjudet", "Offered"),
        "offer_lapsed" => pick(lang, "Erbjudandet gick ut", "Offer lapsed"),
        "auto_answered" => pick(lang, "Automatiskt svar", "Automatic answer"),
        "notice_received" => pick(lang, "Automatiskt meddelande", "Automatic notice"),
        "sla_alerted" => pick(lang, "Tidsgränsvarning", "Deadline alert"),
        "call_logged" => pick(lang, "Samtal", "Call"),
        "incident_linked" => pick(lang, "Kopplat till en incident", "Linked to an incident"),
        "team_changed" => pick(lang, "Flyttat till ett annat team", "Moved to another team"),
        "merged_into" => pick(
            lang,
            "Sammanslaget med ett annat ärende",
            "Merged into another case",
        ),
        "merged" => pick(
            lang,
            "En dubblett slogs ihop hit",
            "A duplicate was merged in",
        ),
        _ => pick(lang, "Händelse", "Event"),
    }
}

/// A call's direction.
pub fn call_direction(lang: Lang, d: Direction) -> &'static str {
    match d {
        Direction::Inbound => pick(lang, "Inkommande samtal", "Inbound call"),
        Direction::Outbound => pick(lang, "Utgående samtal", "Outbound call"),
    }
}

/// A call's outcome.
pub fn call_outcome(lang: Lang, o: CallOutcome) -> &'static str {
    match o {
        CallOutcome::Reached => pick(lang, "Kunden nådd", "Customer reached"),
        CallOutcome::CallbackPromised => pick(lang, "Återkomst utlovad", "Call back promised"),
        CallOutcome::Voicemail => pick(lang, "Röstmeddelande lämnat", "Voicemail left"),
        CallOutcome::NoAnswer => pick(lang, "Inget svar", "No answer"),
    }
}

/// Why an action was refused, by the conflict's stable code (none: the code is not one
/// the workspace words; its English message is shown).
pub fn conflict(lang: Lang, code: &str) -> Option<&'static str> {
    Some(match code {
        "case_not_active" => pick(
            lang,
            "Ärendet är avslutat och måste öppnas igen först.",
            "The case is closed and must be reopened first.",
        ),
        "case_active" => pick(lang, "Ärendet är redan öppet.", "The case is already open."),
        "case_merged" => pick(
            lang,
            "Ärendet är sammanslaget med ett annat ärende; arbeta vidare där.",
            "The case was merged into another case; go on there.",
        ),
        "handoff_pending" => pick(
            lang,
            "En överlämning väntar på mottagaren; den måste tas emot eller avböjas först.",
            "A handoff waits for its receiver; it must be accepted or declined first.",
        ),
        "handoff_stale" | "handoff_not_pending" => pick(
            lang,
            "Överlämningen väntar inte längre.",
            "The handoff no longer waits.",
        ),
        "open_escalations" => pick(
            lang,
            "En eskalering väntar fortfarande på svar.",
            "An escalation still waits for an answer.",
        ),
        "escalation_answered" => pick(
            lang,
            "Eskaleringen är redan besvarad.",
            "The escalation is answered already.",
        ),
        "already_owner" => pick(lang, "Du äger redan ärendet.", "You own the case already."),
        "merge_other_customer" => pick(
            lang,
            "Dubbletten hör till en annan kund. Kryssa i att det är samma person för att slå ihop.",
            "The duplicate belongs to another customer. Confirm it is the same person to merge.",
        ),
        "case_owned" => pick(
            lang,
            "Ärendet har en ägare; lämna över det med en anteckning i stället.",
            "The case has an owner; hand it off with a note instead.",
        ),
        "same_team" => pick(
            lang,
            "Ärendet ligger redan i det teamets kö.",
            "The case is in that team's queue already.",
        ),
        "reply_first" => pick(
            lang,
            "Svara offentligt med regeln först.",
            "Reply in public naming the rule first.",
        ),
        "hide_first" => pick(
            lang,
            "Dölj eller ta bort inlägget först.",
            "Hide or delete the post first.",
        ),
        "already_replied" | "already_hidden" | "already_deleted" | "already_explained" => pick(
            lang,
            "Det steget är redan taget.",
            "That step was taken already.",
        ),
        "not_hidden" => pick(lang, "Inlägget är inte dolt.", "The post is not hidden."),
        "other_rule" => pick(
            lang,
            "Inlägget modereras redan för en annan regel.",
            "The post is being moderated for another rule.",
        ),
        "offer_pending" | "offer_expired" | "no_offer" | "not_queued" => pick(
            lang,
            "Ärendet erbjuds inte längre; ladda om sidan.",
            "The case is no longer offered; reload the page.",
        ),
        _ => return None,
    })
}

/// A reply-lint hint, as the composer shows it.
pub fn lint(lang: Lang, code: LintCode) -> &'static str {
    match code {
        LintCode::EmojiNotAllowed => pick(
            lang,
            "Kanalen tillåter inte emojier.",
            "This channel allows no emojis.",
        ),
        LintCode::MissingSignature => pick(
            lang,
            "Skriv under med ditt signaturnamn.",
            "Sign with your signature name.",
        ),
        LintCode::WrongSignature => pick(
            lang,
            "Svaret är undertecknat med ett annat namn än ditt signaturnamn.",
            "The reply is signed with another name than your signature name.",
        ),
        LintCode::AsksForPersonalDataInPublic => pick(
            lang,
            "Be aldrig om personnummer eller kontouppgifter i ett offentligt svar; hänvisa till inloggad kanal.",
            "Never ask for identity or account numbers in a public reply; refer to a signed-in channel.",
        ),
        LintCode::PersonalDataInPublic => pick(
            lang,
            "Svaret innehåller personuppgifter och är offentligt.",
            "The reply contains personal data and is public.",
        ),
        LintCode::DefensiveWithoutAcknowledgement => pick(
            lang,
            "Svaret försvarar oss utan att först bekräfta kundens upplevelse.",
            "The reply defends us without first acknowledging the customer.",
        ),
        LintCode::MissingAcknowledgement => pick(
            lang,
            "Kunden är upprörd: bekräfta det innan du förklarar.",
            "The customer is upset: acknowledge it before you explain.",
        ),
        LintCode::LanguageMismatch => pick(
            lang,
            "Svaret är på ett annat språk än kundens.",
            "The reply is in another language than the customer's.",
        ),
    }
}

/// A deadline's state: its label and the CSS class that colours it.
pub fn deadline(lang: Lang, s: DeadlineState) -> (&'static str, &'static str) {
    match s {
        DeadlineState::Running => (pick(lang, "Pågår", "Running"), "running"),
        DeadlineState::Warning => (pick(lang, "Snart förfallen", "Due soon"), "warning"),
        DeadlineState::Paused => (pick(lang, "Pausad", "Paused"), "paused"),
        DeadlineState::Met => (pick(lang, "Klarad", "Met"), "met"),
        DeadlineState::Breached => (pick(lang, "Överskriden", "Breached"), "breached"),
    }
}

/// The three deadlines, in order.
pub fn deadline_kinds(lang: Lang) -> [&'static str; 3] {
    [
        pick(lang, "Första svar", "First response"),
        pick(lang, "Nästa svar", "Next response"),
        pick(lang, "Lösning", "Resolution"),
    ]
}

/// An escalation kind.
pub fn escalation(lang: Lang, k: EscalationKind) -> &'static str {
    match k {
        EscalationKind::Specialist => pick(lang, "Specialistteam", "Specialist team"),
        EscalationKind::OnCall => pick(lang, "Jour", "On-call"),
        EscalationKind::Manager => pick(lang, "Chef", "Manager"),
    }
}

/// A form field the use cases name in their errors.
pub fn field(lang: Lang, name: &str) -> String {
    let label = match name {
        "note" => pick(lang, "överlämningsanteckningen", "the handoff note"),
        "to_agent_id" | "to_team_id" | "to" => pick(lang, "mottagaren", "the receiver"),
        "question" => pick(lang, "frågan", "the question"),
        "answer" => pick(lang, "svaret", "the answer"),
        "summary" => pick(lang, "sammanfattningen", "the summary"),
        "reason" => pick(lang, "anledningen", "the reason"),
        "body" => pick(lang, "texten", "the text"),
        "kind" => pick(lang, "typen av eskalering", "the kind of escalation"),
        "owner_id" | "agent_id" => pick(lang, "handläggaren", "the agent"),
        "notes" => pick(lang, "anteckningarna", "the notes"),
        "outcome" => pick(lang, "utfallet", "the outcome"),
        "direction" => pick(lang, "samtalets riktning", "the call's direction"),
        "phone" => pick(lang, "telefonnumret", "the phone number"),
        "minutes" => pick(lang, "minuterna", "the minutes"),
        "case_ids" => pick(lang, "ärendena", "the cases"),
        "duplicate" => pick(
            lang,
            "dubblettens ärendenummer",
            "the duplicate's reference",
        ),
        other => return other.replace('_', " "),
    };
    label.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_event_has_a_name_in_both_languages() {
        for name in [
            "opened",
            "handoff_requested",
            "escalated",
            "resolved",
            "merged",
            "merged_into",
            "call_logged",
        ] {
            assert_ne!(event(Lang::Sv, name), "Händelse");
            assert_ne!(event(Lang::En, name), "Event");
        }
        assert_eq!(
            status(Lang::Sv, Status::WaitingOnCustomer),
            "Väntar på kund"
        );
        assert_eq!(field(Lang::En, "summary"), "the summary");
        assert_eq!(field(Lang::Sv, "odd_field"), "odd field");
    }
}
