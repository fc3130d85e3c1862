//! How each demo case travels, step by step, through the real use cases. A step that
//! would lie after the demo's end is not taken, so the newest cases are still being
//! worked: open, waiting, with handoffs and escalations pending.

use jiff::{SignedDuration, Timestamp};
use lotsen_domain::case::EscalationKind;
use lotsen_domain::customer::CustomerContact;
use lotsen_domain::{Agent, CaseId, CaseKind, Channel, Priority, Visibility};
use rand::Rng;
use rand::rngs::StdRng;
use rand::seq::IndexedRandom;

use super::Staff;
use super::people::{FIRST_NAMES, LAST_NAMES, mailbox};
use super::stories::{Flow, OUTAGE, OUTAGE_RESOLUTION, Story};
use crate::cases;
use crate::clock::SetClock;
use crate::intake::{self, InboundInput};
use crate::{App, AppError};

/// What was made.
#[derive(Debug, Clone, Copy, Default)]
pub struct Tally {
    /// Cases opened.
    pub cases: usize,
    /// Cases still open at the end.
    pub still_open: usize,
    /// Messages, both directions.
    pub messages: usize,
}

struct Customer {
    first: &'static str,
    contact: CustomerContact,
}

/// The demo's running state.
pub struct World<'a> {
    app: &'a App,
    clock: &'a SetClock,
    staff: &'a Staff,
    end: Timestamp,
    tally: Tally,
    customers: usize,
    returning: Vec<Customer>,
    articles: std::collections::HashMap<String, lotsen_domain::ArticleId>,
}

fn minutes(n: i64) -> SignedDuration {
    SignedDuration::from_mins(n)
}

impl<'a> World<'a> {
    /// A world writing through `app` whose clock is `clock`, stopping at `end`.
    pub fn new(app: &'a App, clock: &'a SetClock, staff: &'a Staff, end: Timestamp) -> Self {
        Self {
            app,
            clock,
            staff,
            end,
            tally: Tally::default(),
            customers: 0,
            returning: Vec::new(),
            articles: std::collections::HashMap::new(),
        }
    }

    /// The knowledge base's article for each category, which agents mark as having
    /// solved six in ten of the cases resolved with that category.
    pub fn with_articles(
        mut self,
        articles: std::collections::HashMap<String, lotsen_domain::ArticleId>,
    ) -> Self {
        self.articles = articles;
        self
    }

    /// "This solved it" for six in ten resolved cases whose category has an article
    /// (chosen by the case id, so the demo's random sequence stays as it was).
    async fn solved_by_article(
        &self,
        owner: &lotsen_domain::Agent,
        case: CaseId,
        category: &str,
    ) -> Result<(), AppError> {
        if let Some(article) = self.articles.get(category)
            && case.as_uuid().as_bytes()[15] % 10 < 6
        {
            crate::knowledge::solved_it(self.app, owner, case, *article).await?;
        }
        Ok(())
    }

    /// The counts so far.
    pub fn tally(&self) -> Tally {
        self.tally
    }

    /// Sets the clock to `at`, or says the demo ends before it.
    fn at(&self, at: Timestamp) -> bool {
        if at > self.end {
            return false;
        }
        self.clock.set(at);
        true
    }

    fn new_customer(&mut self, rng: &mut StdRng) -> Customer {
        if !self.returning.is_empty() && rng.random_range(0..100) < 12 {
            let i = rng.random_range(0..self.returning.len());
            return self.returning.swap_remove(i);
        }
        self.customers += 1;
        let first = *FIRST_NAMES.choose(rng).unwrap_or(&"Eva");
        let last = *LAST_NAMES.choose(rng).unwrap_or(&"Andersson");
        let name = format!("{first} {last}");
        let email = format!("{}{}@example.se", mailbox(&name), self.customers);
        // The fiction range has 95 numbers: give them to the first customers, one each.
        let phone = (self.customers < 95 && rng.random_range(0..3) == 0)
            .then(|| format!("070-174 06 {:02}", self.customers + 5));
        Customer {
            first,
            contact: CustomerContact {
                name,
                email: Some(email),
                phone,
            },
        }
    }

    fn agent<'s>(&'s self, rng: &mut StdRng, team: &str) -> Result<&'s Agent, AppError> {
        let agents = self.staff.of(team);
        // Leads handle fewer cases themselves.
        let pool = if agents.len() > 1 {
            &agents[1..]
        } else {
            agents
        };
        pool.choose(rng)
            .ok_or_else(|| AppError::Internal(format!("demo team {team} has no agents")))
    }

    fn lead(&self, team: &str) -> Result<&Agent, AppError> {
        self.staff
            .of(team)
            .first()
            .ok_or_else(|| AppError::Internal(format!("demo team {team} has no lead")))
    }

    fn personal(text: &str, customer: &Customer, agent: &Agent) -> String {
        text.replace("{name}", customer.first)
            .replace("{agent}", &agent.signature_name)
    }

    async fn inbound(
        &mut self,
        customer: &Customer,
        channel: Channel,
        kind: CaseKind,
        subject: Option<&str>,
        body: &str,
    ) -> Result<CaseId, AppError> {
        let team = self
            .app
            .store
            .team_by_name(if channel.is_social() {
                "Sociala medier"
            } else {
                "Kundservice"
            })
            .await?;
        let outcome = intake::receive(
            self.app,
            InboundInput {
                channel,
                external_id: Some(format!("demo-{}", self.app.ids.next_uuid())),
                customer: customer.contact.clone(),
                subject: subject.map(str::to_owned),
                body: Some(body.to_owned()),
                visibility: if channel == Channel::Facebook {
                    Visibility::Public
                } else {
                    Visibility::Private
                },
                kind,
                priority: if kind == CaseKind::Complaint {
                    Priority::High
                } else {
                    Priority::Normal
                },
                team_id: team.map(|t| t.id),
                tags: Vec::new(),
            },
        )
        .await?;
        self.tally.messages += 1;
        if outcome.created_case {
            self.tally.cases += 1;
            self.tally.still_open += 1;
        }
        Ok(outcome.case_id)
    }

    async fn reply(&mut self, owner: &Agent, case: CaseId, text: String) -> Result<(), AppError> {
        cases::reply(self.app, owner, case, Some(&text), None, None).await?;
        self.tally.messages += 1;
        Ok(())
    }

    fn finished(&mut self, customer: Customer) {
        self.tally.still_open -= 1;
        self.returning.push(customer);
    }

    /// Plays one everyday story from its first message at `at`.
    pub async fn run_story(
        &mut self,
        rng: &mut StdRng,
        story: &Story,
        at: Timestamp,
    ) -> Result<(), AppError> {
        if !self.at(at) {
            return Ok(());
        }
        let customer = self.new_customer(rng);
        let case = self
            .inbound(
                &customer,
                story.channel,
                story.kind,
                Some(story.subject),
                story.opening,
            )
            .await?;
        let staff = self.staff;
        let first_team = if story.channel.is_social() {
            "Sociala medier"
        } else {
            story.team
        };
        let mut owner = self.agent(rng, first_team)?.clone();
        let mut t = at
            .checked_add(minutes(rng.random_range(3..120)))
            .unwrap_or(at);
        if !self.at(t) {
            return Ok(());
        }
        self.reply(&owner, case, Self::personal(story.reply, &customer, &owner))
            .await?;
        t = t
            .checked_add(minutes(rng.random_range(20..300)))
            .unwrap_or(t);
        match story.flow {
            Flow::Simple | Flow::Unresolved => {}
            Flow::HandOff(team) => {
                if !self.at(t) {
                    return Ok(());
                }
                let note = format!(
                    "{}: kunden har fått svar och väntar på besked från er. Inget mer behövs från kunden.",
                    story.subject
                );
                let handoff = cases::hand_off(
                    self.app,
                    &owner,
                    case,
                    None,
                    Some(self.lead(team)?.team_ids[0]),
                    Some(&note),
                )
                .await?;
                t = t
                    .checked_add(minutes(rng.random_range(10..240)))
                    .unwrap_or(t);
                if !self.at(t) {
                    return Ok(());
                }
                let taker = self.agent(rng, team)?.clone();
                cases::accept_handoff(self.app, &taker, handoff, None).await?;
                owner = taker;
            }
            Flow::OnCall => {
                if !self.at(t) {
                    return Ok(());
                }
                self.on_call(rng, &owner, case, story, &mut t).await?;
                if !self.at(t) {
                    return Ok(());
                }
            }
            Flow::Manager => {
                if !self.at(t) {
                    return Ok(());
                }
                let mut lead = self.lead(first_team)?.clone();
                // The customer's own words may have escalated already (intake hears a
                // request for a manager); the agent then adds no second one.
                let open = self.app.store.case(case).await?.and_then(|c| {
                    c.open_escalations()
                        .find(|e| e.kind == EscalationKind::Manager)
                        .map(|e| (e.id, e.to_agent_id))
                });
                let escalation = match open {
                    Some((id, named)) => {
                        if let Some(named) = named
                            && let Some(agent) = self.app.store.agent(named).await?
                        {
                            lead = agent;
                        }
                        id
                    }
                    None => {
                        cases::escalate(
                            self.app,
                            &owner,
                            case,
                            Some(EscalationKind::Manager),
                            None,
                            Some(lead.id),
                            Some("Kunden vill tala med en chef. Kan du ringa upp i dag?"),
                        )
                        .await?
                    }
                };
                t = t
                    .checked_add(minutes(rng.random_range(30..480)))
                    .unwrap_or(t);
                if !self.at(t) {
                    return Ok(());
                }
                cases::answer_escalation(self.app, &lead, escalation, Some("Jag har ringt kunden och bett om ursäkt. Du kan avsluta när utbetalningen är gjord.")).await?;
            }
            Flow::Carousel => {
                if !self
                    .carousel(rng, &mut owner, case, story, &mut t, staff)
                    .await?
                {
                    return Ok(());
                }
            }
        }
        if let Some(follow_up) = story.follow_up {
            t = t
                .checked_add(minutes(rng.random_range(30..1440)))
                .unwrap_or(t);
            if !self.at(t) {
                return Ok(());
            }
            self.inbound(&customer, story.channel, story.kind, None, follow_up)
                .await?;
        }
        if story.flow == Flow::Unresolved {
            t = t
                .checked_add(SignedDuration::from_hours(24 * 14))
                .unwrap_or(t);
            if !self.at(t) {
                return Ok(());
            }
            cases::close(
                self.app,
                &owner,
                case,
                Some("Kunden har inte återkommit med handlingarna på 14 dagar"),
            )
            .await?;
            self.finished(customer);
            return Ok(());
        }
        t = t.checked_add(minutes(rng.random_range(5..60))).unwrap_or(t);
        if !self.at(t) {
            return Ok(());
        }
        cases::resolve(
            self.app,
            &owner,
            case,
            Some(story.resolution),
            Some(story.category),
        )
        .await?;
        self.solved_by_article(&owner, case, story.category).await?;
        if rng.random_range(0..100) < 4 {
            t = t
                .checked_add(SignedDuration::from_hours(rng.random_range(24..96)))
                .unwrap_or(t);
            if self.at(t) {
                cases::reopen(
                    self.app,
                    &owner,
                    case,
                    Some("Kunden hörde av sig: felet kom tillbaka"),
                )
                .await?;
                self.tally.still_open += 1;
                t = t
                    .checked_add(minutes(rng.random_range(60..600)))
                    .unwrap_or(t);
                if !self.at(t) {
                    return Ok(());
                }
                self.tally.still_open -= 1;
                cases::resolve(
                    self.app,
                    &owner,
                    case,
                    Some(story.resolution),
                    Some(story.category),
                )
                .await?;
            }
        }
        self.finished(customer);
        Ok(())
    }

    async fn on_call(
        &mut self,
        rng: &mut StdRng,
        owner: &Agent,
        case: CaseId,
        story: &Story,
        t: &mut Timestamp,
    ) -> Result<(), AppError> {
        let jour = self.lead("Teknisk jour")?.team_ids[0];
        let question = format!(
            "{}: kunden har gjort om allt på sin sida. Känt fel? Vad ska vi göra?",
            story.subject
        );
        let escalation = cases::escalate(
            self.app,
            owner,
            case,
            Some(EscalationKind::OnCall),
            Some(jour),
            None,
            Some(&question),
        )
        .await?;
        *t = t
            .checked_add(minutes(rng.random_range(30..360)))
            .unwrap_or(*t);
        if !self.at(*t) {
            return Ok(());
        }
        let engineer = self.agent(rng, "Teknisk jour")?.clone();
        cases::answer_escalation(self.app, &engineer, escalation, Some("Känt fel i synken mot kortsystemet sedan releasen i tisdags. Vi har kört om synken; kunden behöver inte göra något.")).await?;
        *t = t
            .checked_add(minutes(rng.random_range(5..60)))
            .unwrap_or(*t);
        Ok(())
    }

    /// The customer carousel, as it happens when nobody escalates early: declined, passed
    /// on, passed back; finally on-call solves it. Returns false if the demo ended first.
    async fn carousel(
        &mut self,
        rng: &mut StdRng,
        owner: &mut Agent,
        case: CaseId,
        story: &Story,
        t: &mut Timestamp,
        staff: &Staff,
    ) -> Result<bool, AppError> {
        let first = owner.clone();
        let kort_lead = self.lead("Kort & betalningar")?.clone();
        let h = cases::hand_off(
            self.app,
            owner,
            case,
            None,
            Some(kort_lead.team_ids[0]),
            Some("Gäller resekortet, kan ni titta på laddningen?"),
        )
        .await?;
        *t = t
            .checked_add(minutes(rng.random_range(15..90)))
            .unwrap_or(*t);
        if !self.at(*t) {
            return Ok(false);
        }
        cases::decline_handoff(
            self.app,
            &kort_lead,
            h,
            Some("Resekort är inte bankkort, vi ser inte de biljetterna."),
        )
        .await?;
        let second = staff
            .of("Kundservice")
            .iter()
            .find(|a| a.id != first.id && a.role == lotsen_domain::Role::Agent)
            .cloned()
            .ok_or_else(|| AppError::Internal("demo needs two Kundservice agents".into()))?;
        let third = self.agent(rng, "Sociala medier")?.clone();
        for (from, to) in [
            (first.clone(), second.clone()),
            (second, third.clone()),
            (third, first.clone()),
        ] {
            *t = t
                .checked_add(minutes(rng.random_range(15..120)))
                .unwrap_or(*t);
            if !self.at(*t) {
                return Ok(false);
            }
            let note = format!(
                "{}: jag hinner inte klart före passet slutar, kan du ta över? Kunden har förklarat allt i chatten.",
                story.subject
            );
            let h = cases::hand_off(self.app, &from, case, Some(to.id), None, Some(&note)).await?;
            *t = t
                .checked_add(minutes(rng.random_range(5..60)))
                .unwrap_or(*t);
            if !self.at(*t) {
                return Ok(false);
            }
            cases::accept_handoff(self.app, &to, h, None).await?;
            *owner = to;
        }
        *t = t
            .checked_add(minutes(rng.random_range(5..60)))
            .unwrap_or(*t);
        if !self.at(*t) {
            return Ok(false);
        }
        let current = owner.clone();
        self.on_call(rng, &current, case, story, t).await?;
        Ok(self.at(*t))
    }

    /// The app-login outage: a flood of contacts on one Monday morning, answered with the
    /// status and resolved together once fixed.
    pub async fn outage(
        &mut self,
        rng: &mut StdRng,
        start: Timestamp,
        count: usize,
    ) -> Result<(), AppError> {
        let fixed = start
            .checked_add(SignedDuration::from_mins(250))
            .unwrap_or(start);
        // Twenty minutes in, the lead of Kundservice declares the incident.
        let lead = self.staff.of("Kundservice").first().cloned();
        let declared_at = start.checked_add(minutes(20)).unwrap_or(start);
        let incident = match &lead {
            Some(lead) if self.at(declared_at) => Some(
                crate::incidents::declare(
                    self.app,
                    lead,
                    &lotsen_domain::incident::Declare {
                        title: Some("Inloggningen i appen och internetbanken fungerar inte"),
                        services: vec!["app".into(), "internetbanken".into(), "bankid".into()],
                        channels: Vec::new(),
                        public_status: Some(
                            "Just nu går det inte att logga in i appen eller internetbanken. Vi arbetar på att lösa det.",
                        ),
                        internal_notes: Some("Leverantören av inloggningstjänsten är larmad."),
                        auto_link_at: None,
                    },
                )
                .await?,
            ),
            _ => None,
        };
        let mut flood = Vec::new();
        let mut open = Vec::new();
        for i in 0..count {
            // Most contacts come in the first two hours.
            let spread = if i % 4 == 0 { 260 } else { 120 };
            let at = start
                .checked_add(minutes(rng.random_range(0..spread)))
                .unwrap_or(start);
            if !self.at(at) {
                continue;
            }
            let customer = self.new_customer(rng);
            let channel = *[
                Channel::Chat,
                Channel::Facebook,
                Channel::Messenger,
                Channel::Email,
                Channel::Api,
                Channel::Chat,
            ]
            .choose(rng)
            .unwrap_or(&Channel::Chat);
            let body = *OUTAGE.choose(rng).unwrap_or(&OUTAGE[0]);
            let case = self
                .inbound(&customer, channel, CaseKind::Enquiry, None, body)
                .await?;
            flood.push(case);
            let team = if channel.is_social() {
                "Sociala medier"
            } else {
                "Kundservice"
            };
            let owner = self.agent(rng, team)?.clone();
            let reply_at = at
                .checked_add(minutes(rng.random_range(2..40)))
                .unwrap_or(at);
            if self.at(reply_at) {
                let text = format!(
                    "Hej {}! Tack för att du hör av dig, och förlåt krånglet. Vi har just nu en störning i inloggningen i appen och internetbanken. Vi jobbar på det och hör av oss när det fungerar. /{}",
                    customer.first, owner.signature_name
                );
                self.reply(&owner, case, text).await?;
                open.push((case, owner, customer));
            }
        }
        // Two hours in, the lead links the flood to the incident.
        let linked_at = start.checked_add(minutes(125)).unwrap_or(start);
        if let (Some(incident), Some(lead)) = (&incident, &lead)
            && self.at(linked_at)
        {
            for case in &flood {
                if let Err(e) =
                    crate::incidents::link(self.app, Some(lead), incident.id, *case, false).await
                {
                    tracing::debug!(case.id = %case, code = e.code(), "demo case not linked");
                }
            }
        }
        for (case, owner, customer) in open {
            let at = fixed
                .checked_add(minutes(rng.random_range(0..90)))
                .unwrap_or(fixed);
            if !self.at(at) {
                continue;
            }
            cases::resolve(
                self.app,
                &owner,
                case,
                Some(OUTAGE_RESOLUTION),
                Some("störning"),
            )
            .await?;
            self.solved_by_article(&owner, case, "störning").await?;
            self.finished(customer);
        }
        // The fault was fixed at 11:40; the lead marks the incident resolved.
        let closed_at = fixed.checked_add(minutes(95)).unwrap_or(fixed);
        if let (Some(mut incident), Some(lead)) = (incident, lead)
            && self.at(closed_at)
        {
            incident.resolve(OUTAGE_RESOLUTION, Some(lead.id), closed_at)?;
            self.app.store.save_incident(&incident, closed_at).await?;
        }
        Ok(())
    }
}
