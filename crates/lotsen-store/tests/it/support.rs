//! Shared set-up: a team, two agents and inbound records with seeded ids.

use jiff::Timestamp;
use lotsen_domain::{
    Agent, AgentId, CaseId, CaseKind, Channel, CustomerId, IdGen, Identity, MessageId, Priority,
    Role, Team, TeamId, Visibility,
};
use lotsen_store::{ApiTokenRecord, InboundRecord, Store};
use lotsen_testkit::SeqIds;

pub fn at(minutes: i64) -> Timestamp {
    Timestamp::from_second(1_772_438_400 + minutes * 60).unwrap()
}

pub struct World {
    pub ids: SeqIds,
    pub kundservice: Team,
    pub kort: Team,
    pub anna: Agent,
    pub bertil: Agent,
}

pub async fn world(store: &Store) -> World {
    let ids = SeqIds::new(7);
    let kundservice = Team {
        id: TeamId(ids.next_uuid()),
        name: "Kundservice".into(),
        created_at: at(0),
    };
    let kort = Team {
        id: TeamId(ids.next_uuid()),
        name: "Kort & betalningar".into(),
        created_at: at(0),
    };
    store.create_team(&kundservice).await.unwrap();
    store.create_team(&kort).await.unwrap();
    let anna = Agent {
        id: AgentId(ids.next_uuid()),
        name: "Anna Lindqvist".into(),
        email: "anna.lindqvist@banken.se".into(),
        signature_name: "Anna".into(),
        role: Role::Agent,
        team_ids: vec![kundservice.id],
        created_at: at(0),
    };
    let bertil = Agent {
        id: AgentId(ids.next_uuid()),
        name: "Bertil Ek".into(),
        email: "bertil.ek@banken.se".into(),
        signature_name: "Alex".into(),
        role: Role::Lead,
        team_ids: vec![kort.id, kundservice.id],
        created_at: at(0),
    };
    store.create_agent(&anna, &token("anna")).await.unwrap();
    store.create_agent(&bertil, &token("bertil")).await.unwrap();
    World {
        ids,
        kundservice,
        kort,
        anna,
        bertil,
    }
}

impl World {
    pub fn inbound(
        &self,
        external_id: &str,
        email: &str,
        body: &str,
        minute: i64,
    ) -> InboundRecord {
        InboundRecord {
            message_id: MessageId(self.ids.next_uuid()),
            new_case_id: CaseId(self.ids.next_uuid()),
            new_customer_id: CustomerId(self.ids.next_uuid()),
            channel: Channel::Api,
            visibility: Visibility::Private,
            external_id: Some(external_id.into()),
            customer_name: "Eva Berg".into(),
            identities: Identity::email(email).into_iter().collect(),
            subject: None,
            body: body.into(),
            kind: CaseKind::Enquiry,
            priority: Priority::Normal,
            team_id: Some(self.kundservice.id),
            skills: Vec::new(),
            at: at(minute),
            analysis: None,
            hide_recommended: false,
            case_subject: None,
            thread: None,
            notice: None,
            email: None,
            sealed_original: None,
        }
    }
}

pub fn token(name: &str) -> ApiTokenRecord {
    ApiTokenRecord {
        id: format!("id-{name}"),
        digest: format!("digest-{name}"),
    }
}
