//! The code-of-conduct workflow in the case view: beside a customer's public post that
//! broke a rule (the text guard says so, or a step was taken on it), the steps it may take
//! next in the order the code demands (public reply naming the rule, hide or delete,
//! private explanation; a lead shows a hidden post again), with the rule chosen and an
//! optional own text (the rule's template otherwise). The domain still decides.

use lotsen_domain::case::{ModerationStep, RULES};
use lotsen_domain::{Case, Direction, Message, Visibility};

use super::text::Lang;

use super::labels::pick;

/// A step's button text.
pub(super) fn step_label(lang: Lang, step: ModerationStep) -> &'static str {
    match step {
        ModerationStep::PublicReply => pick(
            lang,
            "Svara offentligt med regeln",
            "Reply in public naming the rule",
        ),
        ModerationStep::Hide => pick(lang, "Dölj inlägget", "Hide the post"),
        ModerationStep::Delete => pick(lang, "Ta bort inlägget", "Delete the post"),
        ModerationStep::PrivateExplanation => pick(
            lang,
            "Förklara privat för författaren",
            "Explain privately to the author",
        ),
        ModerationStep::Reinstate => pick(lang, "Visa inlägget igen", "Show the post again"),
    }
}

/// A rule's name.
pub(super) fn rule_label(lang: Lang, rule: &str) -> &'static str {
    match rule {
        "threat" => pick(lang, "Hot", "Threat"),
        "racism" => pick(lang, "Rasism", "Racism"),
        "sexism" => pick(lang, "Sexism", "Sexism"),
        "severe_profanity" => pick(lang, "Grovt språk", "Severe profanity"),
        "staff_named" => pick(lang, "Namnger personal", "Names staff"),
        _ => pick(lang, "Trakasserier", "Harassment"),
    }
}

/// A rule to choose, marked when it is the post's.
pub(super) struct Rule {
    pub value: &'static str,
    pub label: &'static str,
    pub chosen: bool,
}

/// The workflow panel of one post.
pub(super) struct Panel {
    pub message_id: String,
    pub rules: Vec<Rule>,
    /// The steps it may take next.
    pub steps: Vec<(&'static str, &'static str)>,
    /// Where it stands, in words.
    pub state: String,
}

/// The panel for a message, when it is a customer's public post with a rule broken.
pub(super) fn panel(lang: Lang, case: &Case, m: &Message, lead: bool) -> Option<Panel> {
    if m.direction != Direction::Inbound
        || m.visibility != Visibility::Public
        || !m.channel.is_social()
    {
        return None;
    }
    let detected = lotsen_app::moderation::detected_rule(m);
    let state = case.moderation_of(m.id);
    let rule = state.map(|s| s.rule.clone()).or(detected)?;
    let mut steps = Vec::new();
    let mut said = Vec::new();
    let (replied, hidden, deleted, explained) = state.map_or((false, false, false, false), |s| {
        (s.replied, s.hidden, s.deleted, s.explained)
    });
    if replied {
        said.push(pick(lang, "besvarat offentligt", "answered in public"));
    } else {
        steps.push(ModerationStep::PublicReply);
    }
    if deleted {
        said.push(pick(lang, "borttaget", "deleted"));
    } else if hidden {
        said.push(pick(lang, "dolt", "hidden"));
        if lead {
            steps.push(ModerationStep::Reinstate);
        }
    } else if replied {
        steps.push(ModerationStep::Hide);
        steps.push(ModerationStep::Delete);
    }
    if explained {
        said.push(pick(lang, "förklarat privat", "explained privately"));
    } else if hidden || deleted {
        steps.push(ModerationStep::PrivateExplanation);
    }
    Some(Panel {
        message_id: m.id.to_string(),
        rules: RULES
            .iter()
            .map(|r| Rule {
                value: r,
                label: rule_label(lang, r),
                chosen: *r == rule,
            })
            .collect(),
        steps: steps
            .into_iter()
            .map(|s| (s.as_str(), step_label(lang, s)))
            .collect(),
        state: if said.is_empty() {
            pick(
                lang,
                "Bryter mot uppförandekoden: inget steg taget än",
                "Breaks the code of conduct: no step taken yet",
            )
            .to_owned()
        } else {
            said.join(" · ")
        },
    })
}
