//! Routing: which team's queue a new case lands in (rules on channel, kind, language, tags
//! and the text guard's findings), and which available agent gets it (the least loaded
//! one with the needed skills, within capacity, online; ties go to whoever waited longest
//! since their last case). Pure: the board of agents and their loads comes in.

use std::collections::BTreeMap;

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use crate::case::{CaseKind, Channel, Priority, string_enum};
use crate::error::Validator;
use crate::ids::{AgentId, TeamId};

string_enum!(
    /// Whether an agent takes work now.
    Presence {
        /// Working and taking new cases.
        Online = "online",
        /// Working on what they have, taking nothing new.
        Away = "away",
        /// Not working: their open cases are handed over.
        Offline = "offline",
    }
);

string_enum!(
    /// A finding of the text guard that a rule can route on.
    GuardFinding {
        /// The message holds personal data.
        PersonalData = "personal_data",
        /// The message breaks the code of conduct.
        Conduct = "conduct",
        /// The writer is angry.
        Angry = "angry",
        /// The writer is upset.
        Upset = "upset",
    }
);

/// What a routing rule can see of a new case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseFacts {
    /// Channel of first contact.
    pub channel: Channel,
    /// Enquiry or complaint.
    pub kind: CaseKind,
    /// Priority.
    pub priority: Priority,
    /// Language of the first message (`sv`, `en`), if known.
    pub language: Option<String>,
    /// Tags given at intake.
    pub tags: Vec<String>,
    /// What the text guard found.
    pub findings: Vec<GuardFinding>,
}

/// One rule: every condition given must hold; the first matching rule wins.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoutingRule {
    /// Name, for people.
    pub name: String,
    /// Only this channel.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<Channel>,
    /// Only this kind.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<CaseKind>,
    /// Only this priority.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub priority: Option<Priority>,
    /// Only this language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// At least one of these tags.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags_any: Vec<String>,
    /// This finding of the text guard.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub finding: Option<GuardFinding>,
    /// The team whose queue gets the case.
    pub team_id: TeamId,
    /// Skills the owner must have.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub skills: Vec<String>,
    /// Raise the case to this priority.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub set_priority: Option<Priority>,
}

impl RoutingRule {
    /// Whether the case matches every condition.
    pub fn matches(&self, facts: &CaseFacts) -> bool {
        self.channel.is_none_or(|c| c == facts.channel)
            && self.kind.is_none_or(|k| k == facts.kind)
            && self.priority.is_none_or(|p| p == facts.priority)
            && self
                .language
                .as_deref()
                .is_none_or(|l| facts.language.as_deref() == Some(l))
            && (self.tags_any.is_empty() || self.tags_any.iter().any(|t| facts.tags.contains(t)))
            && self.finding.is_none_or(|f| facts.findings.contains(&f))
    }

    /// Records every problem of the rule as `{prefix}.field`.
    pub fn check(&self, prefix: &str, v: &mut Validator) {
        if self.name.trim().is_empty() {
            v.add(&format!("{prefix}.name"), "must not be blank");
        }
        if self
            .language
            .as_deref()
            .is_some_and(|l| !matches!(l, "sv" | "en"))
        {
            v.add(&format!("{prefix}.language"), "must be sv or en");
        }
        check_skills(&format!("{prefix}.skills"), &self.skills, v);
    }
}

/// Records a problem with a list of skills: each non-blank, at most 64 bytes.
pub fn check_skills(field: &str, skills: &[String], v: &mut Validator) {
    if skills.iter().any(|s| s.trim().is_empty() || s.len() > 64) {
        v.add(field, "each skill must be 1 to 64 bytes and not blank");
    }
}

/// The first rule the case matches.
pub fn route<'a>(rules: &'a [RoutingRule], facts: &CaseFacts) -> Option<&'a RoutingRule> {
    rules.iter().find(|r| r.matches(facts))
}

/// An agent as routing sees them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoutingProfile {
    /// Whether they take work now.
    pub presence: Presence,
    /// Languages and product areas (`sv`, `en`, `kort`, `bolån`).
    pub skills: Vec<String>,
    /// How many active cases per channel they can hold (a missing channel: none).
    pub capacity: BTreeMap<Channel, u32>,
}

impl Default for RoutingProfile {
    fn default() -> Self {
        Self {
            presence: Presence::Offline,
            skills: Vec::new(),
            capacity: default_capacity(),
        }
    }
}

/// Three chats at a time, ten cases on every other channel.
pub fn default_capacity() -> BTreeMap<Channel, u32> {
    Channel::ALL
        .iter()
        .map(|&c| (c, if c == Channel::Chat { 3 } else { 10 }))
        .collect()
}

/// One agent on the routing board: their profile and what they hold now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    /// Who.
    pub agent_id: AgentId,
    /// Their teams.
    pub team_ids: Vec<TeamId>,
    /// Presence, skills and capacity.
    pub profile: RoutingProfile,
    /// Open cases and pending offers they hold, per channel.
    pub load: BTreeMap<Channel, u32>,
    /// When they last got a case, if ever.
    pub last_assigned_at: Option<Timestamp>,
}

impl Candidate {
    /// How many cases on the channel they hold now.
    pub fn load_on(&self, channel: Channel) -> u32 {
        self.load.get(&channel).copied().unwrap_or(0)
    }

    /// How many they may hold on the channel.
    pub fn capacity_on(&self, channel: Channel) -> u32 {
        self.profile.capacity.get(&channel).copied().unwrap_or(0)
    }

    fn can_take(&self, need: &Need<'_>) -> bool {
        self.profile.presence == Presence::Online
            && self.team_ids.contains(&need.team_id)
            && !need.exclude.contains(&self.agent_id)
            && self.load_on(need.channel) < self.capacity_on(need.channel)
            && need
                .skills
                .iter()
                .all(|s| self.profile.skills.iter().any(|have| have == s))
    }
}

/// What a queued case needs of its owner.
#[derive(Debug, Clone, Copy)]
pub struct Need<'a> {
    /// The team whose queue holds it.
    pub team_id: TeamId,
    /// Its channel (capacity is counted per channel).
    pub channel: Channel,
    /// Skills required.
    pub skills: &'a [String],
    /// Agents not to ask again (they declined or let an offer pass).
    pub exclude: &'a [AgentId],
}

/// The agent who should get the case: online, in the team, with the skills, below
/// capacity on the channel; the lowest share of capacity in use wins, then the one who
/// waited longest for a case (never-assigned first), then the lowest id.
pub fn choose_agent(board: &[Candidate], need: &Need<'_>) -> Option<usize> {
    let mut best: Option<usize> = None;
    for (i, c) in board.iter().enumerate() {
        if !c.can_take(need) {
            continue;
        }
        let Some(b) = best.and_then(|b| board.get(b)) else {
            best = Some(i);
            continue;
        };
        if better(c, b, need.channel) {
            best = Some(i);
        }
    }
    best
}

fn better(c: &Candidate, b: &Candidate, channel: Channel) -> bool {
    // load/capacity compared without division.
    let lhs = u64::from(c.load_on(channel)) * u64::from(b.capacity_on(channel));
    let rhs = u64::from(b.load_on(channel)) * u64::from(c.capacity_on(channel));
    if lhs != rhs {
        return lhs < rhs;
    }
    match (c.last_assigned_at, b.last_assigned_at) {
        (None, Some(_)) => return true,
        (Some(_), None) => return false,
        (Some(x), Some(y)) if x != y => return x < y,
        _ => {}
    }
    c.agent_id < b.agent_id
}

/// Records a routed case on the board, so the next decision of the same pass sees it.
pub fn take(board: &mut [Candidate], index: usize, channel: Channel, at: Timestamp) {
    if let Some(c) = board.get_mut(index) {
        *c.load.entry(channel).or_insert(0) += 1;
        c.last_assigned_at = Some(at);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id(n: u128) -> uuid::Uuid {
        uuid::Uuid::from_u128(n)
    }

    fn agent(n: u128, skills: &[&str], chats: u32, load: u32) -> Candidate {
        let mut capacity = default_capacity();
        capacity.insert(Channel::Chat, chats);
        Candidate {
            agent_id: AgentId(id(n)),
            team_ids: vec![TeamId(id(1))],
            profile: RoutingProfile {
                presence: Presence::Online,
                skills: skills.iter().map(|s| (*s).to_owned()).collect(),
                capacity,
            },
            load: [(Channel::Chat, load)].into_iter().collect(),
            last_assigned_at: None,
        }
    }

    fn need<'a>(skills: &'a [String], exclude: &'a [AgentId]) -> Need<'a> {
        Need {
            team_id: TeamId(id(1)),
            channel: Channel::Chat,
            skills,
            exclude,
        }
    }

    #[test]
    fn the_least_loaded_share_of_capacity_wins() {
        // 2 of 3 chats is fuller than 1 of 2? No: 2/3 > 1/2, so agent 2 wins.
        let board = [agent(1, &["sv"], 3, 2), agent(2, &["sv"], 2, 1)];
        assert_eq!(choose_agent(&board, &need(&[], &[])), Some(1));
    }

    #[test]
    fn skills_capacity_presence_team_and_exclusions_filter() {
        let sv = vec!["en".to_owned()];
        let mut board = vec![
            agent(1, &["sv"], 3, 0),
            agent(2, &["sv", "en"], 3, 3),
            agent(3, &["sv", "en"], 3, 1),
        ];
        assert_eq!(choose_agent(&board, &need(&sv, &[])), Some(2));
        assert_eq!(choose_agent(&board, &need(&sv, &[AgentId(id(3))])), None);
        board[2].profile.presence = Presence::Away;
        assert_eq!(choose_agent(&board, &need(&sv, &[])), None);
        board[0].team_ids = vec![TeamId(id(9))];
        assert_eq!(choose_agent(&board, &need(&[], &[])), None);
    }

    #[test]
    fn ties_go_round_robin_and_a_pass_fills_evenly_up_to_capacity() {
        let mut board = vec![
            agent(1, &[], 3, 0),
            agent(2, &[], 3, 0),
            agent(3, &[], 3, 0),
        ];
        let mut got = Vec::new();
        for minute in 0..10 {
            let at = Timestamp::from_second(1_800_000_000 + minute * 60).unwrap();
            match choose_agent(&board, &need(&[], &[])) {
                Some(i) => {
                    take(&mut board, i, Channel::Chat, at);
                    got.push(i);
                }
                None => got.push(99),
            }
        }
        assert_eq!(got, [0, 1, 2, 0, 1, 2, 0, 1, 2, 99]);
        assert!(board.iter().all(|c| c.load_on(Channel::Chat) == 3));
    }

    #[test]
    fn the_first_matching_rule_routes() {
        let rule = |name: &str, team: u128| RoutingRule {
            name: name.into(),
            channel: None,
            kind: None,
            priority: None,
            language: None,
            tags_any: Vec::new(),
            finding: None,
            team_id: TeamId(id(team)),
            skills: Vec::new(),
            set_priority: None,
        };
        let rules = vec![
            RoutingRule {
                finding: Some(GuardFinding::Conduct),
                ..rule("Moderering", 5)
            },
            RoutingRule {
                kind: Some(CaseKind::Complaint),
                ..rule("Klagomål", 4)
            },
            RoutingRule {
                language: Some("en".into()),
                skills: vec!["en".into()],
                ..rule("English", 3)
            },
            RoutingRule {
                tags_any: vec!["kort".into(), "swish".into()],
                ..rule("Kort", 2)
            },
            rule("Alla", 1),
        ];
        let mut facts = CaseFacts {
            channel: Channel::Email,
            kind: CaseKind::Enquiry,
            priority: Priority::Normal,
            language: Some("sv".into()),
            tags: vec!["swish".into()],
            findings: Vec::new(),
        };
        assert_eq!(route(&rules, &facts).map(|r| r.name.as_str()), Some("Kort"));
        facts.language = Some("en".into());
        assert_eq!(
            route(&rules, &facts).map(|r| r.name.as_str()),
            Some("English")
        );
        facts.kind = CaseKind::Complaint;
        facts.findings.push(GuardFinding::Conduct);
        assert_eq!(
            route(&rules, &facts).map(|r| r.name.as_str()),
            Some("Moderering")
        );
    }
}
