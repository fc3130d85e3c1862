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
        staff_names: app.staff_names().await?.as_ref().clone(),
        customer_text,
    };
    Ok(lotsen_text::lint(body, &context))
}
