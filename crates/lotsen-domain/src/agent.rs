//! Agents, their roles and teams, and the actor behind every event.

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use crate::ids::{AgentId, CustomerId, TeamId};

/// What an agent may do beyond handling cases.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Handles cases.
    Agent,
    /// Leads a team: accepts handoffs for it, answers manager requests.
    Lead,
    /// Administers Lotsen.
    Admin,
}

impl Role {
    /// Stable name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Agent => "agent",
            Self::Lead => "lead",
            Self::Admin => "admin",
        }
    }

    /// Parses the stable name.
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "agent" => Some(Self::Agent),
            "lead" => Some(Self::Lead),
            "admin" => Some(Self::Admin),
            _ => None,
        }
    }
}

/// A person who works cases.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Agent {
    /// Id.
    pub id: AgentId,
    /// Full name (internal).
    pub name: String,
    /// Sign-in address.
    pub email: String,
    /// Name shown to customers: the first name or an alias that protects the person.
    pub signature_name: String,
    /// Role.
    pub role: Role,
    /// Teams, the first being the home team.
    pub team_ids: Vec<TeamId>,
    /// When created.
    pub created_at: Timestamp,
}

impl Agent {
    /// Whether the agent belongs to the team.
    pub fn is_member_of(&self, team: TeamId) -> bool {
        self.team_ids.contains(&team)
    }

    /// The acting identity of this agent.
    pub fn actor(&self) -> Actor {
        Actor::Agent {
            id: self.id,
            role: self.role,
            team_ids: self.team_ids.clone(),
        }
    }
}

/// A team with a queue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Team {
    /// Id.
    pub id: TeamId,
    /// Name (`Kort & betalningar`).
    pub name: String,
    /// When created.
    pub created_at: Timestamp,
}

/// Who caused an event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Actor {
    /// The customer, by writing.
    Customer {
        /// Which customer.
        id: CustomerId,
    },
    /// An agent, with the role and teams they had when acting.
    Agent {
        /// Which agent.
        id: AgentId,
        /// Their role.
        role: Role,
        /// Their teams.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        team_ids: Vec<TeamId>,
    },
    /// Lotsen itself (automations, imports).
    System,
}

impl Actor {
    /// The agent behind the action, if any.
    pub fn agent_id(&self) -> Option<AgentId> {
        match self {
            Self::Agent { id, .. } => Some(*id),
            _ => None,
        }
    }

    /// Whether the actor is an admin.
    pub fn is_admin(&self) -> bool {
        matches!(
            self,
            Self::Agent {
                role: Role::Admin,
                ..
            }
        )
    }

    /// Whether the actor is a lead or admin (any team).
    pub fn is_lead_or_admin(&self) -> bool {
        matches!(
            self,
            Self::Agent {
                role: Role::Lead | Role::Admin,
                ..
            }
        )
    }

    /// Whether the actor is a member of the team.
    pub fn in_team(&self, team: TeamId) -> bool {
        matches!(self, Self::Agent { team_ids, .. } if team_ids.contains(&team))
    }

    /// Whether the actor leads the team (or is an admin).
    pub fn leads(&self, team: TeamId) -> bool {
        self.is_admin()
            || matches!(self, Self::Agent { role: Role::Lead, team_ids, .. } if team_ids.contains(&team))
    }
}
