//! The demo's saved replies: the standard answers a Swedish bank's service desk starts
//! from, in Swedish and English, with the customer's first name and the agent's
//! signature filled in when inserted.

use lotsen_domain::Agent;

use crate::{App, AppError};

/// Title, language and text.
const REPLIES: &[(&str, &str, &str)] = &[
    (
        "Kort spärrat utomlands",
        "sv",
        "Hej {förnamn}!\n\nTack för att du hör av dig, och förlåt besväret. Kortet spärras ibland automatiskt vid köp utomlands för att skydda dig. Du häver spärren själv i appen under Kort > Reseinställningar, eller så gör vi det åt dig när du ringer oss och legitimerar dig med BankID.\n\nVänliga hälsningar\n{signatur}",
    ),
    (
        "Hänvisning till inloggad kanal",
        "sv",
        "Hej {förnamn}!\n\nVi vill gärna hjälpa dig, men av säkerhetsskäl tar vi aldrig emot personnummer eller kontouppgifter här. Skriv till oss i internetbanken eller appen efter inloggning med BankID, eller ring oss på 0771-22 11 22, så tittar vi på det direkt.\n\nVänliga hälsningar\n{signatur}",
    ),
    (
        "Inloggningsstörning i appen",
        "sv",
        "Hej {förnamn}!\n\nJust nu har vi en störning som gör att inloggningen i appen inte fungerar för alla. Vi arbetar med att lösa den och ber om ursäkt för besväret. Internetbanken på webben fungerar som vanligt under tiden.\n\nVänliga hälsningar\n{signatur}",
    ),
    (
        "Årsbesked",
        "sv",
        "Hej {förnamn}!\n\nÅrsbeskedet finns i internetbanken under Dokument > Årsbesked från och med mitten av januari. Vill du ha det på papper skickar vi det gärna till din folkbokföringsadress.\n\nVänliga hälsningar\n{signatur}",
    ),
    (
        "Tack för din synpunkt",
        "sv",
        "Hej {förnamn}!\n\nTack för att du tog dig tid att berätta. Jag förstår att det här har varit frustrerande, och jag har lämnat din synpunkt vidare till ansvarig avdelning.\n\nVänliga hälsningar\n{signatur}",
    ),
    (
        "Card blocked abroad",
        "en",
        "Hi {first_name},\n\nThank you for getting in touch, and sorry for the trouble. Cards are sometimes blocked automatically on purchases abroad to protect you. You can lift the block yourself in the app under Cards > Travel settings, or we do it for you when you call us and identify yourself with BankID.\n\nKind regards\n{signature}",
    ),
    (
        "Refer to a signed-in channel",
        "en",
        "Hi {first_name},\n\nWe are happy to help, but for your security we never take identity or account numbers here. Write to us in the internet bank or the app after signing in with BankID, or call us on +46 771 22 11 22.\n\nKind regards\n{signature}",
    ),
];

/// Writes the saved replies as the admin.
pub(super) async fn write(app: &App, admin: &Agent) -> Result<(), AppError> {
    for (title, language, body) in REPLIES {
        crate::drafts::create_saved_reply(
            app,
            admin,
            Some(title),
            Some(body),
            Some(language),
            None,
        )
        .await?;
    }
    Ok(())
}
