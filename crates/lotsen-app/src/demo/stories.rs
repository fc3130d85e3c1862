//! What the demo bank's customers write about, and how each kind of case goes. `{name}`
//! is the customer's first name and `{agent}` the agent's signature name.

use lotsen_domain::{CaseKind, Channel};

/// How a case travels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flow {
    /// Answered and resolved by the first owner.
    Simple,
    /// Handed to a specialist team, accepted there, resolved there.
    HandOff(&'static str),
    /// The owner asks technical on-call and resolves with the answer.
    OnCall,
    /// Passed round: several handoffs (one declined, one back to the first owner),
    /// finally an on-call escalation solves it.
    Carousel,
    /// The customer asks for a manager; the team lead answers.
    Manager,
    /// The customer stops answering; closed unresolved with a reason.
    Unresolved,
}

/// One kind of customer problem.
#[derive(Debug, Clone, Copy)]
pub struct Story {
    /// First team.
    pub team: &'static str,
    /// Enquiry or complaint.
    pub kind: CaseKind,
    /// Channel.
    pub channel: Channel,
    /// Subject.
    pub subject: &'static str,
    /// The customer's first message.
    pub opening: &'static str,
    /// The agent's answer.
    pub reply: &'static str,
    /// The customer's answer to that, if any.
    pub follow_up: Option<&'static str>,
    /// The resolution summary.
    pub resolution: &'static str,
    /// The resolution category.
    pub category: &'static str,
    /// How it travels.
    pub flow: Flow,
}

#[expect(
    clippy::too_many_arguments,
    reason = "a table of stories reads best positionally"
)]
const fn story(
    team: &'static str,
    kind: CaseKind,
    channel: Channel,
    subject: &'static str,
    opening: &'static str,
    reply: &'static str,
    follow_up: Option<&'static str>,
    resolution: &'static str,
    category: &'static str,
    flow: Flow,
) -> Story {
    Story {
        team,
        kind,
        channel,
        subject,
        opening,
        reply,
        follow_up,
        resolution,
        category,
        flow,
    }
}

use CaseKind::{Complaint, Enquiry};
use Channel::{Api, Chat, Email, Facebook, Messenger, Phone};

/// The everyday stories, weighted by how often they come.
pub const STORIES: &[(u32, Story)] = &[
    (
        10,
        story(
            "Kundservice",
            Enquiry,
            Email,
            "Saknar årsbesked",
            "Hej! Jag har inte fått mitt årsbesked för 2025 och behöver det till deklarationen. Var hittar jag det?",
            "Hej {name}! Årsbeskedet finns i internetbanken under Dokument > Årsbesked sedan 15 februari. Vill du ha det på papper skickar vi det gärna. Vänliga hälsningar, {agent}",
            Some("Tack, nu hittade jag det!"),
            "Visade var årsbeskedet finns i internetbanken",
            "årsbesked",
            Flow::Simple,
        ),
    ),
    (
        8,
        story(
            "Kundservice",
            Enquiry,
            Chat,
            "Aktivera bankgiro",
            "Hur aktiverar jag bankgiro för min enskilda firma?",
            "Hej {name}! Du ansöker om bankgiro i internetbanken för företag under Betalningar > Bankgiro. Det tar 2–3 bankdagar. /{agent}",
            None,
            "Förklarade ansökan om bankgiro",
            "bankgiro",
            Flow::Simple,
        ),
    ),
    (
        6,
        story(
            "Sociala medier",
            Enquiry,
            Facebook,
            "Öppettider kontoret i Uppsala",
            "Vilka tider har ni öppet på kontoret vid Stora torget i Uppsala i mellandagarna?",
            "Hej {name}! Kontoret vid Stora torget har öppet 10–15 i mellandagarna, stängt nyårsafton. Välkommen! /{agent}",
            None,
            "Svarade om öppettider",
            "öppettider",
            Flow::Simple,
        ),
    ),
    (
        8,
        story(
            "Kundservice",
            Enquiry,
            Messenger,
            "Kortet fungerar inte",
            "Mitt kort nekas i alla butiker sedan i morse. Vad är fel?",
            "Hej {name}! Jag ser att kortet spärrades efter ett misstänkt köp. Jag skickar ärendet till vår kortgrupp som hör av sig i dag. /{agent}",
            Some("Okej, jag väntar."),
            "Kortspärren hävd efter kontroll med kunden",
            "kort",
            Flow::HandOff("Kort & betalningar"),
        ),
    ),
    (
        6,
        story(
            "Kundservice",
            Enquiry,
            Email,
            "Ränta på bolånet",
            "Hej, min bindningstid går ut i april. Vad kan ni erbjuda för ränta om jag binder på tre år?",
            "Hej {name}! Tack för frågan. Jag lämnar över till vår bolånegrupp som ger dig ett erbjudande. /{agent}",
            Some("Bra, tack."),
            "Erbjudande om treårig bindning skickat",
            "bolån",
            Flow::HandOff("Bolån"),
        ),
    ),
    (
        5,
        story(
            "Kundservice",
            Enquiry,
            Phone,
            "Köpa bostadsrätt: lånelöfte",
            "Kunden ringde om lånelöfte inför köp av bostadsrätt i Västerås, budgivning på lördag.",
            "Hej {name}! Som vi pratade om: bolånegruppen återkommer om lånelöftet före fredag. /{agent}",
            None,
            "Lånelöfte utfärdat",
            "bolån",
            Flow::HandOff("Bolån"),
        ),
    ),
    (
        6,
        story(
            "Skador",
            Enquiry,
            Email,
            "Vattenskada i köket",
            "Diskmaskinen har läckt och golvet i köket är förstört. Vad täcker min hemförsäkring?",
            "Hej {name}! Vattenskador från diskmaskin täcks av hemförsäkringen, med självrisk 1 500 kr. Jag har lagt upp en skadeanmälan och en besiktningsman ringer dig. /{agent}",
            Some("Tack! Han kan komma på torsdag."),
            "Skadeanmälan registrerad, besiktning bokad",
            "skada",
            Flow::Simple,
        ),
    ),
    (
        4,
        story(
            "Skador",
            Complaint,
            Email,
            "Varför betalades inte min skada ut?",
            "Jag anmälde en cykelstöld för sex veckor sedan och har fortfarande inte fått några pengar. Vad håller ni på med?",
            "Hej {name}! Jag förstår att det är frustrerande att vänta. Jag har gått igenom ärendet: kvittot saknades. Jag ser till att det går vidare så fort vi fått det. /{agent}",
            Some("Kvittot är bifogat nu."),
            "Ersättning utbetald efter kompletterat kvitto",
            "skada",
            Flow::Manager,
        ),
    ),
    (
        5,
        story(
            "Kundservice",
            Enquiry,
            Chat,
            "Resekortet fick aldrig biljetten",
            "Jag köpte en 30-dagarsbiljett i appen men den kom aldrig till mitt resekort. Kontrollanten sa att jag inte hade någon biljett!",
            "Hej {name}! Jag förstår, det är inte okej. Jag kollar med vår tekniska jour varför laddningen inte gått fram och återkommer i dag. /{agent}",
            None,
            "Biljetten omladdad efter synkfel, avgiften återbetald",
            "kort",
            Flow::Carousel,
        ),
    ),
    (
        5,
        story(
            "Kundservice",
            Enquiry,
            Email,
            "Kan inte logga in i appen",
            "Hej, appen säger bara 'Något gick fel' när jag loggar in med BankID sedan uppdateringen.",
            "Hej {name}! Tack för att du hör av dig. Jag har frågat vår tekniska jour om felet och hör av mig så fort jag vet mer. /{agent}",
            Some("Nu fungerar det igen, tack."),
            "Felet rättat i appversion 8.4.1",
            "inloggning",
            Flow::OnCall,
        ),
    ),
    (
        4,
        story(
            "Sociala medier",
            Complaint,
            Facebook,
            "Kortet fungerar inte på fredagskvällen",
            "Jävla bank! Varken mitt eller min sons kort fungerar. En fredagskväll!!!",
            "Hej {name}, vad tråkigt att höra, det förstår jag att det är stressigt en fredagskväll. Kan du skriva till oss i ett privat meddelande vad som händer när ni betalar? /{agent}",
            Some("Det står 'nekad' i kassan på båda korten."),
            "Tekniskt fel hos kortinlösaren åtgärdat",
            "kort",
            Flow::HandOff("Kort & betalningar"),
        ),
    ),
    (
        3,
        story(
            "Klagomål",
            Complaint,
            Email,
            "Klagomål på bemötande",
            "Jag har ringt tre gånger om mina saknade dokument och blivit kopplad runt. Jag vill prata med en chef.",
            "Hej {name}! Förlåt att du har fått upprepa dig. Jag har tagit över ditt ärende och följer det till slut. Min chef kontaktar dig också. /{agent}",
            None,
            "Chef har ringt kunden, dokumenten skickade",
            "bemötande",
            Flow::Manager,
        ),
    ),
    (
        3,
        story(
            "Kundservice",
            Enquiry,
            Email,
            "Dödsbo: avsluta konton",
            "Min pappa har gått bort. Hur avslutar vi hans konton och vad behöver ni från dödsboet?",
            "Hej {name}, jag beklagar sorgen. Vi behöver dödsfallsintyg med släktutredning och en fullmakt från alla dödsbodelägare. Du kan skicka dem till oss, så hjälper jag er vidare. /{agent}",
            None,
            "Informerat om handlingar för dödsbo",
            "dödsbo",
            Flow::Unresolved,
        ),
    ),
    (
        4,
        story(
            "Kort & betalningar",
            Enquiry,
            Api,
            "Okänd dragning på kortet",
            "Det finns en dragning på 2 349 kr från en sajt jag aldrig handlat på.",
            "Hej {name}! Jag har spärrat kortet och startat en reklamation av köpet. Ett nytt kort kommer inom fem bankdagar. /{agent}",
            Some("Tack för snabb hjälp."),
            "Kortet spärrat, reklamation inledd",
            "bedrägeri",
            Flow::Simple,
        ),
    ),
    (
        3,
        story(
            "Kundservice",
            Enquiry,
            Email,
            "Lost my card abroad",
            "Hi, I lost my debit card in Berlin yesterday. Can you block it and send a new one to my Swedish address?",
            "Hi {name}, I've blocked the card and ordered a new one to your registered address; it arrives within five working days. Kind regards, {agent}",
            None,
            "Card blocked and replaced",
            "kort",
            Flow::Simple,
        ),
    ),
    (
        2,
        story(
            "Kundservice",
            Enquiry,
            Chat,
            "Opening an account as a new resident",
            "I just moved to Sweden for work. What do I need to open an account with you?",
            "Hi {name}! You need a Swedish personal identity number or coordination number and valid ID; book a meeting at any branch and bring your employment contract. /{agent}",
            None,
            "Explained account opening for new residents",
            "konto",
            Flow::Simple,
        ),
    ),
    (
        2,
        story(
            "Bolån",
            Complaint,
            Email,
            "Slow answer on my mortgage application",
            "I applied for a mortgage promise two weeks ago and nobody has answered. The viewing is on Sunday.",
            "Hi {name}, I'm sorry you have had to wait. I have your application in front of me now and will give you an answer by tomorrow noon. /{agent}",
            None,
            "Mortgage promise issued",
            "bolån",
            Flow::Manager,
        ),
    ),
    (
        3,
        story(
            "Sociala medier",
            Enquiry,
            Messenger,
            "Swish fungerar inte",
            "Swish säger att mitt nummer inte är kopplat längre. Hur fixar jag det?",
            "Hej {name}! Numret kopplas om i internetbanken under Swish > Inställningar. Om det inte går skickar jag ärendet till kortgruppen. /{agent}",
            None,
            "Swish-numret kopplat om",
            "swish",
            Flow::HandOff("Kort & betalningar"),
        ),
    ),
];

/// What customers wrote on the Monday the app login failed.
pub const OUTAGE: &[&str] = &[
    "Appen går inte att logga in i! Det står bara 'Tekniskt fel'.",
    "Kan inte logga in med BankID i appen sedan i morse, är det något fel hos er?",
    "Hallå? Jag måste betala hyran i dag och appen fungerar inte!!",
    "Your app has been down all morning. I can't pay my bills.",
    "Inloggningen i appen hänger sig. Tredje gången jag försöker.",
    "Internetbanken fungerar inte heller. När blir det klart?",
];

/// The one summary for every case the outage caused.
pub const OUTAGE_RESOLUTION: &str =
    "Inloggningsfelet i appen orsakades av ett fel hos leverantören; åtgärdat 11:40";
