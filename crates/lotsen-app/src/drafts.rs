//! The reply lint on an agent's draft, with what the case knows: whether the reply is
//! public, the channel's emoji policy, the agent's signature name and every staff name
//! (a signature with the real name behind an alias is caught), and what the customer
//! wrote last (for their language and tone). Run before a reply is sent, and on every
//! reply as it is sent.

use lotsen_domain::{Agent, CaseId, Channel, Visibility};
pub use lotsen_text::{LintCode, LintHint};

use crate::{App, AppError};

/// Hints for a draft reply on a case; the case's first channel and a private reply
/// unless told.
pub async fn lint(
    app: &App,
    actor: &Agent,
    case_id: CaseId,
    body: &str,
    channel: Option<Channel>,
    visibility: Option<Visibility>,
) -> Result<Vec<LintHint>, AppError> {
    let case = app
        .store
        .case(case_id)
        .await?
        .ok_or(AppError::NotFound("case"))?;
    let channel = channel.unwrap_or(case.origin_channel);
    let visibility = visibility.unwrap_or(Visibility::Private);
    let settings = crate::forecast::settings::of(app, channel).await?;
    // What the customer wrote last, on any channel of the case.
    let mut customer_text = None;
    for (c, v) in [
        (channel, Visibility::Private),
        (channel, Visibility::Public),
        (case.origin_channel, Visibility::Private),
        (case.origin_channel, Visibility::Public),
    ] {
        if let Some(m) = app.store.latest_inbound(case_id, c, v).await? {
            customer_text = Some(m.body);
            break;
        }
    }
    let context = lotsen_text::LintContext {
        public: visibility == Visibility::Public,
        emoji_allowed: settings.allows_emoji(channel),
        // Email replies are signed by the mail composer's own signature; the lint checks
        // the signature where the agent writes it, on the social channels and chat.
        signature_name: if channel == Channel::Email || channel.is_social() {
            String::new()
        } else {
            actor.signature_name.clone()
        },
        staff: app.staff().await?,
        customer_text,
    };
    Ok(lotsen_text::lint(body, &context))
}

/// A saved reply as an agent inserts it: filled in for the case's customer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FilledReply {
    /// The saved reply.
    pub id: lotsen_domain::SavedReplyId,
    /// Its title.
    pub title: String,
    /// `sv` or `en`.
    pub language: String,
    /// The text with the customer's first name and the agent's signature.
    pub text: String,
}

/// The saved replies the agent sees, filled in for the customer of case `case_id`.
pub async fn saved_replies_for(
    app: &App,
    actor: &Agent,
    case_id: CaseId,
) -> Result<Vec<FilledReply>, AppError> {
    let case = app
        .store
        .case(case_id)
        .await?
        .ok_or(AppError::NotFound("case"))?;
    let customer = app.store.customer(case.customer_id).await?;
    filled_for(app, actor, customer.as_ref().map(|c| c.name.as_str())).await
}

/// The saved replies the agent sees, filled in for a customer named `name`.
pub async fn filled_for(
    app: &App,
    actor: &Agent,
    name: Option<&str>,
) -> Result<Vec<FilledReply>, AppError> {
    Ok(app
        .store
        .saved_replies(&actor.team_ids)
        .await?
        .into_iter()
        .map(|r| FilledReply {
            id: r.id,
            title: r.title.clone(),
            language: r.language.clone(),
            text: r.fill(name, &actor.signature_name),
        })
        .collect())
}

/// The saved replies the agent sees, as written (with their placeholders).
pub async fn saved_replies(
    app: &App,
    actor: &Agent,
) -> Result<Vec<lotsen_domain::saved_reply::SavedReply>, AppError> {
    Ok(app.store.saved_replies(&actor.team_ids).await?)
}

/// A lead or admin writes a saved reply, for everyone or for one team.
pub async fn create_saved_reply(
    app: &App,
    actor: &Agent,
    title: Option<&str>,
    body: Option<&str>,
    language: Option<&str>,
    team_id: Option<lotsen_domain::TeamId>,
) -> Result<lotsen_domain::saved_reply::SavedReply, AppError> {
    if !actor.actor().is_lead_or_admin() {
        return Err(lotsen_domain::DomainError::forbidden(
            "leads_only",
            "only leads and admins write saved replies",
        )
        .into());
    }
    let (title, body) = (title.unwrap_or_default(), body.unwrap_or_default());
    let language = language.unwrap_or("sv");
    lotsen_domain::saved_reply::SavedReply::check(title, body, language)?;
    if let Some(team) = team_id
        && app.store.team(team).await?.is_none()
    {
        return Err(AppError::invalid("team_id", "no such team"));
    }
    let reply = lotsen_domain::saved_reply::SavedReply {
        id: app.id(),
        title: title.trim().to_owned(),
        body: body.trim().to_owned(),
        language: language.to_owned(),
        team_id,
        created_at: app.clock.now(),
    };
    app.store.create_saved_reply(&reply).await?;
    Ok(reply)
}

/// How a reply on `channel` is signed, as the composer previews it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Signing {
    /// Lotsen adds the agent's name on a line of its own (social media).
    Appended(String),
    /// The email is sent under the agent's name from the support address.
    Sender {
        /// The agent's signature name.
        name: String,
        /// The support address, when configured.
        address: Option<String>,
    },
    /// The agent signs in the text (chat): the lint checks the name.
    InText(String),
}

/// How the agent's reply on `channel` is signed.
pub fn signing(app: &App, actor: &Agent, channel: Channel) -> Signing {
    let name = actor.signature_name.clone();
    if channel.is_social() {
        Signing::Appended(format!("/{name}"))
    } else if channel == Channel::Email {
        Signing::Sender {
            name,
            address: app.mail.support_address.clone(),
        }
    } else {
        Signing::InText(name)
    }
}
