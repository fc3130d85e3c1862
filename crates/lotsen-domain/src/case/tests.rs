//! The case rules, each as a sentence.

use jiff::Timestamp;
use uuid::Uuid;

use super::*;
use crate::agent::Role;
use crate::error::DomainError;
use crate::ids::*;

fn id(n: u128) -> Uuid {
    Uuid::from_u128(n)
}

fn at(secs: i64) -> Timestamp {
    Timestamp::from_second(1_764_000_000 + secs).unwrap()
}

const KUNDSERVICE: TeamId = TeamId(Uuid::from_u128(100));
const KORT: TeamId = TeamId(Uuid::from_u128(101));
const JOUR: TeamId = TeamId(Uuid::from_u128(102));

fn agent(n: u128, role: Role, team: TeamId) -> Actor {
    Actor::Agent {
        id: AgentId(id(n)),
        role,
        team_ids: vec![team],
    }
}

fn anna() -> Actor {
    agent(1, Role::Agent, KUNDSERVICE)
}
fn bertil() -> Actor {
    agent(2, Role::Agent, KORT)
}
fn lena_lead() -> Actor {
    agent(3, Role::Lead, KORT)
}
fn jour() -> Actor {
    agent(4, Role::Agent, JOUR)
}

fn me(actor: &Actor) -> AgentId {
    actor.agent_id().unwrap()
}

fn new_case() -> Case {
    let customer = Actor::Customer {
        id: CustomerId(id(50)),
    };
    let open = OpenCase {
        reference: CaseRef(123),
        subject: "Saknar årsbesked".into(),
        customer_id: CustomerId(id(50)),
        channel: Channel::Email,
        kind: CaseKind::Enquiry,
        priority: Priority::Normal,
        team_id: Some(KUNDSERVICE),
        skills: Vec::new(),
    };
    let first = CaseEvent {
        case_id: CaseId(id(10)),
        version: 1,
        at: at(0),
        actor: customer.clone(),
        kind: open.event(),
    };
    let mut case = Case::from_opened(&first).unwrap();
    let received = case
        .receive(MessageId(id(11)), Channel::Email, Visibility::Private)
        .unwrap();
    case.record(at(1), &customer, received);
    case
}

fn owned_by_anna() -> Case {
    let mut case = new_case();
    let events = case.assign(&anna(), me(&anna()), None).unwrap();
    case.record(at(2), &anna(), events);
    case
}

fn run(
    case: &mut Case,
    actor: &Actor,
    result: Result<Vec<EventKind>, DomainError>,
) -> Vec<CaseEvent> {
    case.record(at(case.version as i64 + 10), actor, result.unwrap())
}

fn code(err: DomainError) -> &'static str {
    match err {
        DomainError::Conflict { code, .. } | DomainError::Forbidden { code, .. } => code,
        DomainError::Invalid(_) => "invalid",
        DomainError::NotFound { what } => what,
    }
}

#[test]
fn a_new_case_is_open_without_an_owner_and_counts_its_channel() {
    let case = new_case();
    assert_eq!(case.status, Status::Open);
    assert_eq!(case.owner_id, None);
    assert_eq!(case.version, 2);
    assert_eq!(case.counters.channels, [Channel::Email]);
    assert_eq!(case.counters.customer_messages, 1);
}

#[test]
fn handoff_without_note_is_rejected_with_a_field_error() {
    let case = owned_by_anna();
    let target = HandoffTarget::Agent {
        agent_id: me(&bertil()),
        team_id: Some(KORT),
    };
    let err = case
        .request_handoff(&anna(), HandoffId(id(20)), Some(target), "   ")
        .unwrap_err();
    assert_eq!(err, DomainError::invalid("note", "must not be blank"));
}

#[test]
fn handoff_without_target_names_the_missing_field_together_with_the_note() {
    let case = owned_by_anna();
    let DomainError::Invalid(fields) = case
        .request_handoff(&anna(), HandoffId(id(20)), None, "")
        .unwrap_err()
    else {
        panic!("expected invalid");
    };
    let names: Vec<_> = fields.iter().map(|f| f.field.as_str()).collect();
    assert_eq!(names, ["note", "to_agent_id"]);
}

#[test]
fn ownership_moves_only_when_the_receiver_accepts() {
    let mut case = owned_by_anna();
    let target = HandoffTarget::Agent {
        agent_id: me(&bertil()),
        team_id: Some(KORT),
    };
    let h = HandoffId(id(20));
    let req = case.request_handoff(
        &anna(),
        h,
        Some(target),
        "Kortet spärrat, kunden har fått nytt. Kolla leveransen.",
    );
    run(&mut case, &anna(), req);
    assert_eq!(
        case.owner_id,
        Some(me(&anna())),
        "requesting does not move ownership"
    );
    assert!(case.pending_handoff().is_some());

    let err = case.accept_handoff(&jour(), h, None).unwrap_err();
    assert_eq!(code(err), "not_receiver");

    let acc = case.accept_handoff(&bertil(), h, None);
    run(&mut case, &bertil(), acc);
    assert_eq!(case.owner_id, Some(me(&bertil())));
    assert_eq!(case.team_id, Some(KORT));
    assert_eq!(case.counters.handoffs, 1);
    assert_eq!(case.counters.teams, [KUNDSERVICE, KORT]);
}

#[test]
fn declining_returns_the_case_with_a_reason_and_keeps_the_owner() {
    let mut case = owned_by_anna();
    let h = HandoffId(id(20));
    let req = case.request_handoff(
        &anna(),
        h,
        Some(HandoffTarget::Team { team_id: KORT }),
        "Gäller kortspärr",
    );
    run(&mut case, &anna(), req);
    assert_eq!(
        case.decline_handoff(&bertil(), h, " ").unwrap_err(),
        DomainError::invalid("reason", "must not be blank")
    );
    let dec = case.decline_handoff(&lena_lead(), h, "Inte kort: årsbesked hör till Kundservice");
    run(&mut case, &lena_lead(), dec);
    assert_eq!(case.owner_id, Some(me(&anna())));
    assert!(matches!(
        case.handoffs[0].status,
        HandoffStatus::Declined { .. }
    ));
    assert_eq!(case.counters.handoffs, 0);
    assert_eq!(case.counters.handoffs_declined, 1);
}

#[test]
fn a_team_lead_can_name_the_new_owner_but_a_member_cannot() {
    let mut case = owned_by_anna();
    let h = HandoffId(id(20));
    let req = case.request_handoff(
        &anna(),
        h,
        Some(HandoffTarget::Team { team_id: KORT }),
        "Kortfråga",
    );
    run(&mut case, &anna(), req);
    let other = AgentId(id(9));
    assert_eq!(
        code(case.accept_handoff(&bertil(), h, Some(other)).unwrap_err()),
        "assign_requires_lead"
    );
    let acc = case.accept_handoff(&lena_lead(), h, Some(me(&bertil())));
    run(&mut case, &lena_lead(), acc);
    assert_eq!(case.owner_id, Some(me(&bertil())));
}

#[test]
fn only_one_handoff_waits_at_a_time() {
    let mut case = owned_by_anna();
    let req = case.request_handoff(
        &anna(),
        HandoffId(id(20)),
        Some(HandoffTarget::Team { team_id: KORT }),
        "1",
    );
    run(&mut case, &anna(), req);
    let err = case
        .request_handoff(
            &anna(),
            HandoffId(id(21)),
            Some(HandoffTarget::Team { team_id: JOUR }),
            "2",
        )
        .unwrap_err();
    assert_eq!(code(err), "handoff_pending");
}

#[test]
fn someone_who_is_not_the_owner_cannot_hand_the_case_away() {
    let case = owned_by_anna();
    let err = case
        .request_handoff(
            &bertil(),
            HandoffId(id(20)),
            Some(HandoffTarget::Team { team_id: KORT }),
            "Tar den",
        )
        .unwrap_err();
    assert_eq!(code(err), "not_owner");
}

#[test]
fn an_owned_case_cannot_be_assigned_away_without_a_handoff() {
    let case = owned_by_anna();
    assert_eq!(
        code(case.assign(&lena_lead(), me(&bertil()), None).unwrap_err()),
        "already_owned"
    );
}

#[test]
fn an_agent_may_take_a_case_but_not_assign_it_to_a_colleague() {
    let case = new_case();
    assert_eq!(
        code(case.assign(&anna(), me(&bertil()), None).unwrap_err()),
        "assign_requires_lead"
    );
    assert!(case.assign(&lena_lead(), me(&bertil()), Some(KORT)).is_ok());
}

#[test]
fn escalation_keeps_the_owner_and_blocks_resolution_until_answered() {
    let mut case = owned_by_anna();
    let e = EscalationId(id(30));
    let esc = case.escalate(
        &anna(),
        e,
        EscalationKind::OnCall,
        Some(JOUR),
        None,
        "Biljetten når inte resekortet. Känt fel?",
    );
    run(&mut case, &anna(), esc);
    assert_eq!(case.owner_id, Some(me(&anna())));
    assert_eq!(case.counters.escalations, 1);

    assert_eq!(
        code(case.resolve(&anna(), "Återbetalt", None).unwrap_err()),
        "open_escalations"
    );
    assert_eq!(
        code(case.answer_escalation(&bertil(), e, "Vet ej").unwrap_err()),
        "not_receiver"
    );

    let ans = case.answer_escalation(&jour(), e, "Känt fel i laddningen, kör om synken.");
    run(&mut case, &jour(), ans);
    assert_eq!(case.owner_id, Some(me(&anna())));
    let res = case.resolve(
        &anna(),
        "Synken omkörd, biljetten på kortet",
        Some("resekort"),
    );
    run(&mut case, &anna(), res);
    assert_eq!(case.status, Status::Resolved);
    assert_eq!(case.counters.agents, [me(&anna()), me(&jour())]);
}

#[test]
fn a_manager_escalation_names_the_manager_and_a_specialist_one_names_a_team() {
    let case = owned_by_anna();
    let err = case
        .escalate(
            &anna(),
            EscalationId(id(30)),
            EscalationKind::Manager,
            None,
            None,
            "Kunden vill tala med chef",
        )
        .unwrap_err();
    assert_eq!(
        err,
        DomainError::invalid("to_agent_id", "a manager escalation names the manager")
    );
    let err = case
        .escalate(
            &anna(),
            EscalationId(id(30)),
            EscalationKind::Specialist,
            None,
            None,
            "",
        )
        .unwrap_err();
    let DomainError::Invalid(fields) = err else {
        panic!("expected invalid")
    };
    assert_eq!(fields.len(), 2);
}

#[test]
fn resolving_needs_a_summary_and_closing_unresolved_needs_a_reason() {
    let case = owned_by_anna();
    assert_eq!(
        case.resolve(&anna(), "", None).unwrap_err(),
        DomainError::invalid("summary", "must not be blank")
    );
    assert_eq!(
        case.close_unresolved(&anna(), " ").unwrap_err(),
        DomainError::invalid("reason", "must not be blank")
    );
}

#[test]
fn resolved_and_closed_unresolved_are_different_facts() {
    let mut resolved = owned_by_anna();
    let res = resolved.resolve(&anna(), "Årsbeskedet skickat", None);
    run(&mut resolved, &anna(), res);
    let mut closed = owned_by_anna();
    let cl = closed.close_unresolved(&anna(), "Kunden svarar inte");
    run(&mut closed, &anna(), cl);
    assert_eq!(resolved.status, Status::Resolved);
    assert!(resolved.resolution.is_some() && resolved.closure.is_none());
    assert_eq!(closed.status, Status::ClosedUnresolved);
    assert!(closed.closure.is_some() && closed.resolution.is_none());
}

#[test]
fn a_reopened_case_keeps_its_owner_and_counts_the_reopening() {
    let mut case = owned_by_anna();
    let res = case.resolve(&anna(), "Klart", None);
    run(&mut case, &anna(), res);
    assert_eq!(
        code(
            case.reply(
                &anna(),
                MessageId(id(40)),
                Channel::Email,
                Visibility::Private,
                "Hej"
            )
            .unwrap_err()
        ),
        "case_not_active"
    );
    let re = case.reopen(&bertil(), "Kunden hörde av sig igen");
    run(&mut case, &bertil(), re);
    assert_eq!(case.status, Status::Open);
    assert_eq!(case.owner_id, Some(me(&anna())));
    assert_eq!(case.counters.reopenings, 1);
    assert!(case.resolution.is_none());
}

#[test]
fn the_first_agent_to_reply_on_an_unowned_case_becomes_its_owner() {
    let mut case = new_case();
    let reply = case.reply(
        &anna(),
        MessageId(id(40)),
        Channel::Email,
        Visibility::Private,
        "Hej Eva!",
    );
    let events = run(&mut case, &anna(), reply);
    assert_eq!(events.len(), 2);
    assert_eq!(case.owner_id, Some(me(&anna())));
    assert_eq!(case.status, Status::WaitingOnCustomer);
    let back = case.receive(MessageId(id(41)), Channel::Chat, Visibility::Private);
    case.record(
        at(99),
        &Actor::Customer {
            id: case.customer_id,
        },
        back.unwrap(),
    );
    assert_eq!(case.status, Status::Open);
    assert_eq!(case.counters.channels, [Channel::Email, Channel::Chat]);
}

#[test]
fn ping_pong_between_owners_is_counted() {
    let mut case = owned_by_anna();
    for (n, (from, to)) in [(anna(), bertil()), (bertil(), anna())]
        .into_iter()
        .enumerate()
    {
        let h = HandoffId(id(60 + n as u128));
        let target = HandoffTarget::Agent {
            agent_id: me(&to),
            team_id: None,
        };
        let req = case.request_handoff(&from, h, Some(target), "Tillbaka till dig");
        run(&mut case, &from, req);
        let acc = case.accept_handoff(&to, h, None);
        run(&mut case, &to, acc);
    }
    assert_eq!(case.counters.handoffs, 2);
    assert_eq!(case.counters.returns_to_previous_owner, 1);
    assert_eq!(
        case.counters.owners,
        [me(&anna()), me(&bertil()), me(&anna())]
    );
}

#[test]
fn counters_rebuilt_from_the_events_equal_the_running_counters() {
    let mut case = new_case();
    let mut history = Vec::new();
    let customer = Actor::Customer {
        id: case.customer_id,
    };
    let e0 = case.assign(&anna(), me(&anna()), None);
    history.extend(run(&mut case, &anna(), e0));
    let e1 = case.escalate(
        &anna(),
        EscalationId(id(30)),
        EscalationKind::Specialist,
        Some(KORT),
        None,
        "Fråga",
    );
    history.extend(run(&mut case, &anna(), e1));
    let e2 = case.receive(MessageId(id(41)), Channel::Facebook, Visibility::Public);
    history.extend(case.record(at(50), &customer, e2.unwrap()));
    let replayed = Case::replay(
        [CaseEvent {
            case_id: case.id,
            version: 1,
            at: at(0),
            actor: customer.clone(),
            kind: EventKind::Opened {
                reference: CaseRef(123),
                subject: "Saknar årsbesked".into(),
                customer_id: case.customer_id,
                channel: Channel::Email,
                case_kind: CaseKind::Enquiry,
                priority: Priority::Normal,
                team_id: Some(KUNDSERVICE),
                skills: Vec::new(),
            },
        }]
        .iter()
        .chain(std::iter::once(&CaseEvent {
            case_id: case.id,
            version: 2,
            at: at(1),
            actor: customer.clone(),
            kind: EventKind::MessageReceived {
                message_id: MessageId(id(11)),
                channel: Channel::Email,
                visibility: Visibility::Private,
            },
        }))
        .chain(history.iter()),
    )
    .unwrap();
    assert_eq!(replayed, case);
}

#[test]
fn events_serialise_with_a_stable_type_name() {
    let kind = EventKind::HandoffDeclined {
        handoff_id: HandoffId(id(1)),
        reason: "Fel team".into(),
    };
    let json = serde_json::to_value(&kind).unwrap();
    assert_eq!(json["type"], kind.name());
    let back: EventKind = serde_json::from_value(json).unwrap();
    assert_eq!(back, kind);
}

#[test]
fn a_handoff_lapses_when_the_case_changes_owner_without_it() {
    let mut case = new_case();
    let h = HandoffId(id(20));
    let req = case.request_handoff(
        &anna(),
        h,
        Some(HandoffTarget::Team { team_id: KORT }),
        "Kortfråga",
    );
    run(&mut case, &anna(), req);
    let claim = case.reply(
        &bertil(),
        MessageId(id(40)),
        Channel::Email,
        Visibility::Private,
        "Hej! Jag tar det.",
    );
    run(&mut case, &bertil(), claim);
    assert_eq!(case.owner_id, Some(me(&bertil())));
    assert_eq!(
        code(case.accept_handoff(&lena_lead(), h, None).unwrap_err()),
        "handoff_stale"
    );
    assert!(
        case.pending_handoff().is_none(),
        "a lapsed handoff no longer blocks resolving"
    );
    let res = case.resolve(&bertil(), "Klart", None);
    run(&mut case, &bertil(), res);
}

#[test]
fn whoever_asked_cannot_answer_their_own_escalation() {
    let mut case = owned_by_anna();
    let e = EscalationId(id(30));
    let esc = case.escalate(
        &anna(),
        e,
        EscalationKind::Specialist,
        Some(KUNDSERVICE),
        None,
        "Vad gäller?",
    );
    run(&mut case, &anna(), esc);
    assert_eq!(
        code(case.answer_escalation(&anna(), e, "ok").unwrap_err()),
        "not_receiver"
    );
    assert_eq!(
        code(case.resolve(&anna(), "Klart", None).unwrap_err()),
        "open_escalations"
    );
}

#[test]
fn a_manager_escalation_is_answered_by_a_lead_not_by_any_team_member() {
    let mut case = owned_by_anna();
    let e = EscalationId(id(31));
    let esc = case.escalate(
        &anna(),
        e,
        EscalationKind::Manager,
        Some(KORT),
        Some(me(&lena_lead())),
        "Kunden vill tala med chef",
    );
    run(&mut case, &anna(), esc);
    assert_eq!(
        code(case.answer_escalation(&bertil(), e, "ok").unwrap_err()),
        "not_receiver"
    );
    assert!(
        case.answer_escalation(&lena_lead(), e, "Jag ringer kunden.")
            .is_ok()
    );
}

#[test]
fn the_owner_cannot_accept_their_own_handoff_and_an_agent_handoff_names_no_other_owner() {
    let mut case = owned_by_anna();
    let h = HandoffId(id(20));
    let req = case.request_handoff(
        &anna(),
        h,
        Some(HandoffTarget::Team {
            team_id: KUNDSERVICE,
        }),
        "Till kön",
    );
    run(&mut case, &anna(), req);
    assert_eq!(
        code(case.accept_handoff(&anna(), h, None).unwrap_err()),
        "already_owner"
    );
    let mut case = owned_by_anna();
    let target = HandoffTarget::Agent {
        agent_id: me(&bertil()),
        team_id: Some(KORT),
    };
    let req = case.request_handoff(&anna(), h, Some(target), "Kort");
    run(&mut case, &anna(), req);
    assert_eq!(
        code(
            case.accept_handoff(&lena_lead(), h, Some(AgentId(id(9))))
                .unwrap_err()
        ),
        "invalid"
    );
}

#[test]
fn an_answer_to_a_resolved_case_reopens_it_and_a_notice_never_does() {
    let customer = Actor::Customer {
        id: CustomerId(id(50)),
    };
    let mut case = owned_by_anna();
    let res = case.resolve(&anna(), "Kortet skickat", None);
    run(&mut case, &anna(), res);
    let notice = case.receive_notice(MessageId(id(60)), Channel::Email, NoticeReason::AutoReply);
    run(&mut case, &customer, Ok(notice));
    assert_eq!(case.status, Status::Resolved);
    assert_eq!(case.owner_id, Some(me(&anna())));
    let answer = case.receive_answer(MessageId(id(61)), Channel::Email, Visibility::Private);
    let events = run(&mut case, &customer, answer);
    assert_eq!(
        events.iter().map(|e| e.kind.name()).collect::<Vec<_>>(),
        ["reopened", "message_received"]
    );
    assert_eq!(case.status, Status::Open);
    assert_eq!(case.owner_id, Some(me(&anna())));
    // On an open case an answer is one message, nothing more.
    let again = case.receive_answer(MessageId(id(62)), Channel::Email, Visibility::Private);
    assert_eq!(again.unwrap().len(), 1);
}

#[test]
fn a_notice_on_a_case_waiting_for_the_customer_leaves_it_waiting() {
    let mut case = owned_by_anna();
    let reply = case.reply(
        &anna(),
        MessageId(id(70)),
        Channel::Email,
        Visibility::Private,
        "Hej! Vilket kort gäller det?",
    );
    run(&mut case, &anna(), reply);
    assert_eq!(case.status, Status::WaitingOnCustomer);
    let notice = case.receive_notice(MessageId(id(71)), Channel::Email, NoticeReason::Bounce);
    run(&mut case, &Actor::System, Ok(notice));
    assert_eq!(case.status, Status::WaitingOnCustomer);
}

mod moderation {
    use super::*;

    const POST: MessageId = MessageId(Uuid::from_u128(60));

    fn post() -> ModerationTarget {
        ModerationTarget {
            message_id: POST,
            channel: Channel::Facebook,
            visibility: Visibility::Public,
        }
    }

    fn step(
        case: &mut Case,
        actor: &Actor,
        step: ModerationStep,
        n: u128,
    ) -> Result<(), DomainError> {
        let reply = matches!(
            step,
            ModerationStep::PublicReply | ModerationStep::PrivateExplanation
        )
        .then(|| {
            (
                MessageId(id(70 + n)),
                Channel::Facebook,
                "Vi tar bort inlägg med rasism.",
            )
        });
        let events = case.moderate(actor, post(), step, "racism", "bl4tte", reply)?;
        case.record(at(10 + i64::try_from(n).unwrap()), actor, events);
        Ok(())
    }

    fn code(result: Result<(), DomainError>) -> &'static str {
        result.unwrap_err().code()
    }

    #[test]
    fn the_code_is_followed_in_order_reply_then_hide_then_explain() {
        let mut case = owned_by_anna();
        assert_eq!(
            code(step(&mut case, &anna(), ModerationStep::Hide, 1)),
            "reply_first"
        );
        assert_eq!(
            code(step(
                &mut case,
                &anna(),
                ModerationStep::PrivateExplanation,
                1
            )),
            "hide_first"
        );
        step(&mut case, &anna(), ModerationStep::PublicReply, 2).unwrap();
        assert_eq!(
            code(step(&mut case, &anna(), ModerationStep::PublicReply, 3)),
            "already_replied"
        );
        assert_eq!(
            code(step(
                &mut case,
                &anna(),
                ModerationStep::PrivateExplanation,
                3
            )),
            "hide_first"
        );
        step(&mut case, &anna(), ModerationStep::Hide, 4).unwrap();
        step(&mut case, &anna(), ModerationStep::PrivateExplanation, 5).unwrap();
        let state = case.moderation_of(POST).unwrap();
        assert!(state.replied && state.hidden && state.explained && !state.deleted);
        assert_eq!(state.rule, "racism");
    }

    #[test]
    fn only_a_lead_shows_a_hidden_post_again() {
        let mut case = owned_by_anna();
        step(&mut case, &anna(), ModerationStep::PublicReply, 1).unwrap();
        assert_eq!(
            code(step(&mut case, &lena_lead(), ModerationStep::Reinstate, 2)),
            "not_hidden"
        );
        step(&mut case, &anna(), ModerationStep::Hide, 2).unwrap();
        assert_eq!(
            code(step(&mut case, &anna(), ModerationStep::Reinstate, 3)),
            "leads_only"
        );
        step(&mut case, &lena_lead(), ModerationStep::Reinstate, 3).unwrap();
        assert!(!case.moderation_of(POST).unwrap().hidden);
    }

    #[test]
    fn each_step_records_the_agent_the_rule_and_the_evidence() {
        let mut case = owned_by_anna();
        let reply = (
            MessageId(id(80)),
            Channel::Facebook,
            "Vi tar bort inlägg med rasism.",
        );
        let events = case
            .moderate(
                &anna(),
                post(),
                ModerationStep::PublicReply,
                "racism",
                "bl4tte",
                Some(reply),
            )
            .unwrap();
        assert!(matches!(
            events.as_slice(),
            [
                EventKind::ReplySent { visibility: Visibility::Public, .. },
                EventKind::Moderated { step: ModerationStep::PublicReply, rule, evidence, reply_id: Some(_), .. },
            ] if rule == "racism" && evidence == "bl4tte"
        ));
        let recorded = case.record(at(5), &anna(), events);
        assert_eq!(recorded.last().unwrap().actor, anna());
    }

    #[test]
    fn only_public_posts_and_known_rules_are_moderated() {
        let case = owned_by_anna();
        let private = ModerationTarget {
            visibility: Visibility::Private,
            channel: Channel::Messenger,
            ..post()
        };
        let reply = Some((MessageId(id(81)), Channel::Messenger, "Hej"));
        let err = case
            .moderate(
                &anna(),
                private,
                ModerationStep::PublicReply,
                "racism",
                "x",
                reply,
            )
            .unwrap_err();
        assert_eq!(err.code(), "not_public_post");
        let err = case
            .moderate(&anna(), post(), ModerationStep::Hide, "rude", "", None)
            .unwrap_err();
        let DomainError::Invalid(fields) = err else {
            panic!("{err:?}")
        };
        let fields: Vec<&str> = fields.iter().map(|f| f.field.as_str()).collect();
        assert_eq!(fields, ["rule", "evidence"]);
    }
}
