//! Meta's webhooks as use cases: a signed delivery is kept before Meta gets its 200,
//! then processed: a Messenger or Instagram message from a customer becomes a private
//! message in their case, a comment or post on the page (or on Instagram) a public one,
//! each once however often Meta retries (the provider's id is the message's external id).
//! Echoes of our own messages, deliveries, reads, reactions and the fields Lotsen does
//! not handle change nothing.

use jiff::SignedDuration;
use lotsen_channels::meta::{self, MessagingKind, MetaEvent, Platform, Signature};
use lotsen_domain::customer::CustomerContact;
use lotsen_domain::{CaseKind, Channel, Identity, Priority, Visibility};
use uuid::Uuid;

use crate::intake::{InboundInput, Threading, receive_threaded};
use crate::{App, AppError};

/// The Meta app's secrets, and what is done with personal data written in public.
#[derive(Clone)]
pub struct MetaSettings {
    /// The app secret the deliveries are signed with (`LOTSEN_META__APP_SECRET`).
    pub app_secret: Option<String>,
    /// The token typed into the App Dashboard for the handshake.
    pub verify_token: Option<String>,
    /// Hide a public post with personal data at once and refer its author to an
    /// authenticated channel (`LOTSEN_META__HIDE_PERSONAL_DATA`, on by default).
    pub hide_personal_data: bool,
    /// The public answer under such a post (`LOTSEN_META__REFERRAL_TEXT`).
    pub referral_public: String,
    /// The private reply to its author (`LOTSEN_META__REFERRAL_PRIVATE_TEXT`).
    pub referral_private: String,
    /// The key such a post's original is kept sealed with; `None`: the original is not
    /// kept at all (`LOTSEN_META__KEEP_ORIGINAL`, `LOTSEN_META__ORIGINAL_KEY`).
    pub original_key: Option<crate::sealed::OriginalKey>,
}

/// The public referral's default text.
pub const REFERRAL_PUBLIC: &str = "Hej! Vi har dolt din kommentar eftersom den innehöll personuppgifter, för din egen säkerhet. Skriv aldrig personnummer, kort- eller kontonummer här. Logga in i internetbanken med BankID eller ring oss, så hjälper vi dig.";
/// The private referral's default text.
pub const REFERRAL_PRIVATE: &str = "Hej! Din kommentar innehöll personuppgifter, så vi har dolt den. Logga in i internetbanken eller appen med BankID och skriv till oss där, eller ring oss, så hjälper vi dig vidare.";

impl Default for MetaSettings {
    fn default() -> Self {
        Self {
            app_secret: None,
            verify_token: None,
            hide_personal_data: true,
            referral_public: REFERRAL_PUBLIC.to_owned(),
            referral_private: REFERRAL_PRIVATE.to_owned(),
            original_key: None,
        }
    }
}

impl std::fmt::Debug for MetaSettings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MetaSettings")
            .field("app_secret", &self.app_secret.as_ref().map(|_| "(set)"))
            .field("verify_token", &self.verify_token.as_ref().map(|_| "(set)"))
            .field("hide_personal_data", &self.hide_personal_data)
            .field("keeps_originals", &self.original_key.is_some())
            .finish_non_exhaustive()
    }
}

/// Answers the verification handshake: the challenge, or `Forbidden`.
pub fn handshake<'a>(
    app: &App,
    mode: Option<&str>,
    token: Option<&str>,
    challenge: Option<&'a str>,
) -> Result<&'a str, AppError> {
    let ours = app.meta.verify_token.as_deref().unwrap_or("");
    meta::handshake(mode, token, challenge, ours).ok_or(AppError::Forbidden {
        code: "bad_verify_token",
        message: "the verify token or mode is wrong".into(),
    })
}

/// Checks a delivery's signature and keeps it; returns its id. Processing follows
/// ([`process`]); the workers pick up any delivery a crash left behind.
pub async fn receive(app: &App, signature: Option<&str>, body: &[u8]) -> Result<Uuid, AppError> {
    let secret = app.meta.app_secret.as_deref().ok_or(AppError::Unavailable(
        "no Meta app secret is configured (LOTSEN_META__APP_SECRET)".into(),
    ))?;
    match meta::verify(secret.as_bytes(), signature, body) {
        Signature::Valid => {}
        other => {
            tracing::warn!(signature = ?other, bytes = body.len(), "Meta delivery refused");
            return Err(AppError::Unauthenticated);
        }
    }
    let id = app.ids.next_uuid();
    app.store
        .record_webhook(id, "meta", body, app.clock.now())
        .await?;
    Ok(id)
}

/// Processes a kept delivery; returns how many case messages it added.
pub async fn process(app: &App, id: Uuid) -> Result<usize, AppError> {
    let delivery = app
        .store
        .webhook(id)
        .await?
        .ok_or(AppError::NotFound("delivery"))?;
    let outcome = take_in(app, &delivery.body).await;
    let now = app.clock.now();
    match &outcome {
        Ok(_) => app.store.finish_webhook(id, Ok(()), now).await?,
        Err(e) => app.store.finish_webhook(id, Err(e.code()), now).await?,
    }
    outcome
}

/// Processes deliveries that waited longer than a few seconds (a crash between keeping
/// and processing, or an earlier failure).
pub async fn process_waiting(app: &App) -> Result<usize, AppError> {
    let before = app
        .clock
        .now()
        .checked_sub(SignedDuration::from_secs(10))
        .unwrap_or(app.clock.now());
    let mut done = 0;
    for delivery in app.store.webhooks_due(before, 100).await? {
        match process(app, delivery.id).await {
            Ok(n) => done += n,
            Err(e) => {
                tracing::warn!(delivery.id = %delivery.id, code = e.code(), "Meta delivery not processed")
            }
        }
    }
    Ok(done)
}

async fn take_in(app: &App, body: &[u8]) -> Result<usize, AppError> {
    // The signature was valid, so an unreadable body is Meta's and nothing can be done.
    let events = match meta::parse(body) {
        Ok(events) => events,
        Err(e) => {
            tracing::warn!(code = e.code(), "Meta delivery unreadable");
            return Ok(0);
        }
    };
    let mut added = 0;
    for event in &events {
        let Some((input, identity)) = input_of(event) else {
            continue;
        };
        let threading = Threading {
            identities: vec![identity],
            ..Threading::default()
        };
        let outcome = receive_threaded(app, input, threading).await?;
        added += usize::from(!outcome.duplicate);
        if !outcome.duplicate {
            crate::meta_guard::after_intake(app, outcome.case_id, outcome.message_id).await?;
        }
    }
    Ok(added)
}

/// The inbound message an event is, with the sender's identity.
fn input_of(event: &MetaEvent) -> Option<(InboundInput, Identity)> {
    let external_id = event.provider_id()?;
    let (channel, provider, sender, name, text, visibility) = match event {
        MetaEvent::Messaging(m) => {
            let MessagingKind::Message {
                text,
                attachments,
                is_echo: false,
                is_deleted: false,
                ..
            } = &m.kind
            else {
                return None;
            };
            let (channel, provider) = match m.platform {
                Platform::Instagram => (Channel::Instagram, "instagram"),
                Platform::Page | Platform::Unknown => (Channel::Messenger, "facebook"),
            };
            let body = text.clone().filter(|t| !t.trim().is_empty()).or_else(|| {
                (!attachments.is_empty()).then(|| format!("(bilaga: {})", attachments.join(", ")))
            })?;
            let sender = m.sender_id.clone()?;
            (channel, provider, sender, None, body, Visibility::Private)
        }
        MetaEvent::Feed(f) => {
            let from = f.from_id.clone()?;
            // The page's own posts and replies are ours, not a customer's.
            if from == f.page_id || !matches!(f.verb.as_str(), "add") {
                return None;
            }
            if !matches!(
                f.item.as_str(),
                "comment" | "post" | "status" | "photo" | "video" | "share"
            ) {
                return None;
            }
            let text = f.message.clone().filter(|t| !t.trim().is_empty())?;
            (
                Channel::Facebook,
                "facebook",
                from,
                f.from_name.clone(),
                text,
                Visibility::Public,
            )
        }
        MetaEvent::InstagramComment(c) => {
            let from = c.from_id.clone()?;
            let text = c.text.clone().filter(|t| !t.trim().is_empty())?;
            (
                Channel::Instagram,
                "instagram",
                from,
                c.username.clone(),
                text,
                Visibility::Public,
            )
        }
        MetaEvent::Ignored { .. } => return None,
    };
    let platform = match channel {
        Channel::Instagram => "Instagram",
        Channel::Messenger => "Messenger",
        _ => "Facebook",
    };
    let name = name.unwrap_or_else(|| format!("{platform}-kund {sender}"));
    let input = InboundInput {
        channel,
        external_id: Some(external_id),
        customer: CustomerContact {
            name,
            email: None,
            phone: None,
        },
        subject: None,
        body: Some(text.chars().take(crate::intake::MAX_BODY_CHARS).collect()),
        visibility,
        kind: CaseKind::Enquiry,
        priority: Priority::Normal,
        team_id: None,
        tags: Vec::new(),
    };
    Some((input, Identity::external(provider, &sender)))
}
