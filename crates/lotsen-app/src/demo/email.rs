//! The demo's email: this morning's mail as an MTA delivered it, through the same intake
//! (`email::receive_raw`). A customer asks about a double card charge, the card team
//! answers, and her answer to that reply threads back into the case; a colleague's
//! out-of-office notice is recorded and never answered; a message without a sender waits
//! in the dead letters for an admin.

use jiff::{SignedDuration, Timestamp};

use super::Staff;
use crate::clock::SetClock;
use crate::email::{EmailIntake, outgoing, receive_raw};
use crate::{App, AppError};

/// Cases and messages the email story adds.
#[derive(Debug, Clone, Copy, Default)]
pub struct EmailTally {
    /// Cases opened.
    pub cases: usize,
    /// Of those, still open at the end.
    pub still_open: usize,
    /// Messages, both directions.
    pub messages: usize,
}

fn mail(from: &str, id: &str, subject: &str, headers: &str, body: &str) -> Vec<u8> {
    format!(
        "From: {from}\r\nTo: Demobanken Kundservice <kundservice@demobanken.se>\r\n\
Subject: {subject}\r\nMessage-ID: <{id}>\r\nDate: Tue, 01 Dec 2026 07:40:00 +0100\r\n{headers}\
MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n{body}\r\n"
    )
    .into_bytes()
}

/// Writes the story in the two hours before `end`.
pub async fn write(
    demo: &App,
    clock: &SetClock,
    staff: &Staff,
    end: Timestamp,
) -> Result<EmailTally, AppError> {
    let mut demo = demo.clone();
    if demo.mail.support_address.is_none() {
        demo.mail.support_address = Some("kundservice@demobanken.se".into());
    }
    let mut tally = EmailTally::default();
    let at = |minutes: i64| end - SignedDuration::from_mins(minutes);
    clock.set(at(120));
    let first = mail(
        "Karin Nilsson <karin.nilsson@example.se>",
        "dubbel-1@example.se",
        "Dubbeldragning på kortet",
        "",
        "Hej!\r\n\r\nJag handlade för 349 kr på ICA i lördags och beloppet har dragits två gånger \
från mitt konto. Kan ni hjälpa mig att få tillbaka det ena?\r\n\r\nVänliga hälsningar\r\nKarin\r\n\
-- \r\nKarin Nilsson\r\nSkickat från min iPhone",
    );
    let EmailIntake::Message(opened) = receive_raw(&demo, &first, "smtp").await? else {
        return Err(AppError::Internal(
            "the demo's first mail was not taken in".into(),
        ));
    };
    tally.cases += 1;
    tally.messages += 1;
    let agent = staff
        .of("Kundservice")
        .first()
        .or_else(|| staff.teams.first().and_then(|(_, a)| a.first()))
        .ok_or_else(|| AppError::Internal("the demo has no staff".into()))?;
    clock.set(at(90));
    let (_, reply_id) = crate::cases::reply(
        &demo,
        agent,
        opened.case_id,
        Some(
            "Hej Karin!\n\nTack för att du hör av dig. Vi ser den dubbla dragningen och har \
begärt tillbaka det ena beloppet från butikens bank. Pengarna brukar vara tillbaka inom fem \
bankdagar.\n\nVänliga hälsningar",
        ),
        None,
        None,
    )
    .await?;
    tally.messages += 1;
    // Composed as the sender would (this gives the reply its Message-ID).
    let sent = outgoing(&demo, reply_id).await?;
    let sent_id = lotsen_channels::email::parse(&sent.bytes, &demo.mail.limits)
        .map(|e| e.message_id)
        .map_err(|e| AppError::Internal(e.to_string()))?;
    demo.store
        .set_delivery(reply_id, "sent", 1, Some("250 2.0.0 Ok (demo)"), at(89))
        .await?;
    clock.set(at(40));
    let answer = mail(
        "Karin Nilsson <karin.nilsson@example.se>",
        "dubbel-2@example.se",
        "Sv: Re: Dubbeldragning på kortet",
        &format!("In-Reply-To: <{sent_id}>\r\nReferences: <dubbel-1@example.se> <{sent_id}>\r\n"),
        "Tack! Behöver jag spärra kortet också, eller kan jag fortsätta använda det?\r\n\r\n\
Den 1 dec. 2026 kl. 08:10 skrev Demobanken Kundservice <kundservice@demobanken.se>:\r\n\
> Vi ser den dubbla dragningen och har begärt tillbaka det ena beloppet.",
    );
    receive_raw(&demo, &answer, "smtp").await?;
    tally.messages += 1;
    tally.still_open += 1;
    clock.set(at(30));
    let away = mail(
        "Per Holm <per.holm@example.se>",
        "franvaro-1@example.se",
        "Automatiskt svar: Dubbeldragning på kortet",
        &format!("Auto-Submitted: auto-replied\r\nIn-Reply-To: <{sent_id}>\r\n"),
        "Jag är tjänstledig till och med den 4 januari.",
    );
    receive_raw(&demo, &away, "smtp").await?;
    tally.messages += 1;
    clock.set(at(20));
    let unreadable =
        b"Subject: =?utf-8?q?Fr=C3=A5ga?=\r\n\r\nMeddelandet saknar avs\xc3\xa4ndare.\r\n";
    receive_raw(&demo, unreadable, "mailgate").await?;
    Ok(tally)
}
