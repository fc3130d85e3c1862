//! The code of conduct: a post that threatens, is racist or sexist, is very crude, harasses
//! someone, or names a member of staff in a hostile or exposing way. Each finding names
//! its evidence. Rules combine lexicon classes within a sentence: a violent verb with a
//! target or intent is a threat; a group with a hateful predicate is racism; an insult
//! aimed at one person is harassment.

mod lexicon;
mod staff;

use serde::Serialize;

use crate::words::{Word, fold};
pub use lexicon::{Class, Hit, Lexicon};
pub use staff::Staff;

/// A code-of-conduct category.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    /// Threats of violence or harm.
    Threat,
    /// Racist slurs or hateful generalisations about ethnic groups or religions.
    Racism,
    /// Misogynist slurs or generalisations about women.
    Sexism,
    /// Very crude language.
    SevereProfanity,
    /// A member of staff named in a hostile or exposing way.
    StaffNamed,
    /// Insults or abuse aimed at a person.
    Harassment,
}

impl Category {
    /// Every category.
    pub const ALL: [Self; 6] = [
        Self::Threat,
        Self::Racism,
        Self::Sexism,
        Self::SevereProfanity,
        Self::StaffNamed,
        Self::Harassment,
    ];

    /// Stable name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Threat => "threat",
            Self::Racism => "racism",
            Self::Sexism => "sexism",
            Self::SevereProfanity => "severe_profanity",
            Self::StaffNamed => "staff_named",
            Self::Harassment => "harassment",
        }
    }

    /// Parses the stable name.
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.as_str() == s)
    }
}

/// One violation with its evidence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Violation {
    /// The category.
    pub category: Category,
    /// Start byte of the evidence.
    pub start: usize,
    /// End byte of the evidence.
    pub end: usize,
    /// The evidence text.
    pub evidence: String,
}

/// What the lexicon saw in a text, for the tone reader too.
#[derive(Debug, Clone, Default)]
pub struct Reading {
    /// Every lexicon hit.
    pub hits: Vec<Hit>,
    /// The violations.
    pub violations: Vec<Violation>,
    /// Where members of staff are named (word ranges).
    pub staff: Vec<Hit>,
}

impl Reading {
    /// Whether any hit has the class.
    pub fn has(&self, class: Class) -> bool {
        self.hits.iter().any(|h| h.class == class)
    }
}

fn sentence_of(words: &[Word], hit: &Hit) -> usize {
    words[hit.first].sentence as usize
}

/// The hits of one text, sorted by position, with the sentence of each, and the questions
/// rules ask. Lookups search only the sentences or words concerned, so long texts stay
/// linear.
struct Scene<'a> {
    words: &'a [Word<'a>],
    hits: &'a [Hit],
}

/// The longest lexicon phrase, in words; bounds the search for nearby hits.
const LONGEST_PHRASE: usize = 8;

impl<'a> Scene<'a> {
    fn new(words: &'a [Word<'a>], hits: &'a [Hit]) -> Self {
        Self { words, hits }
    }

    fn sentence(&self, hit: &Hit) -> usize {
        sentence_of(self.words, hit)
    }

    /// The hits of sentences `lo..=hi`.
    fn in_sentences(&self, lo: usize, hi: usize) -> &'a [Hit] {
        // Hits are in text order, so their sentences are too.
        let start = self
            .hits
            .partition_point(|h| sentence_of(self.words, h) < lo);
        let end = self
            .hits
            .partition_point(|h| sentence_of(self.words, h) <= hi);
        &self.hits[start..end.max(start)]
    }

    /// A hit of the class in the same sentence as `a`.
    fn in_sentence(&self, a: &Hit, class: Class) -> Option<Hit> {
        self.within_sentences(a, class, 0)
    }

    /// A hit of the class in `a`'s sentence or up to `after` sentences before or after it.
    fn within_sentences(&self, a: &Hit, class: Class, after: usize) -> Option<Hit> {
        let s = self.sentence(a);
        self.in_sentences(s.saturating_sub(after), s + after)
            .iter()
            .find(|h| h.class == class)
            .copied()
    }

    /// A hit of the class within `span` words of `a` in the same sentence.
    fn near(&self, a: &Hit, class: Class, span: usize) -> Option<Hit> {
        let s = self.sentence(a);
        self.in_sentences(s, s)
            .iter()
            .find(|h| h.class == class && h.last + span >= a.first && a.last + span >= h.first)
            .copied()
    }

    /// A hit of the class within `span` words of `a`, across sentence ends too.
    fn close(&self, a: &Hit, class: Class, span: usize) -> Option<Hit> {
        let start = self
            .hits
            .partition_point(|h| h.first + span + LONGEST_PHRASE < a.first);
        let end = self.hits.partition_point(|h| h.first <= a.last + span);
        self.hits[start..end.max(start)]
            .iter()
            .find(|h| h.class == class && h.last + span >= a.first && a.last + span >= h.first)
            .copied()
    }

    /// The first of the classes in the same sentence as `a`.
    fn any_in_sentence(&self, a: &Hit, classes: &[Class]) -> Option<Hit> {
        classes.iter().find_map(|c| self.in_sentence(a, *c))
    }
}

/// What aims harm at someone: a person, a group, intent or a condition.
const AIMED: &[Class] = &[
    Class::Person,
    Class::Target,
    Class::Intent,
    Class::Condition,
];

/// What makes a mention of a staff member hostile.
const HOSTILE: &[Class] = &[
    Class::Hostile,
    Class::Insult,
    Class::Severe,
    Class::SlurSexist,
    Class::SlurRacist,
    Class::Threat,
    Class::Violent,
    Class::Exposure,
    Class::Ableist,
    Class::Doxx,
    Class::Know,
    Class::Misogyny,
];

/// Third-person pronouns that carry a named person into the next sentences.
const THIRD_PERSON: &[&str] = &[
    "hon", "henne", "han", "honom", "hennes", "hans", "hen", "hens", "henom", "she", "her", "he",
    "him", "his", "they", "them", "their",
];

/// Genital slurs: sexist when they call someone names ("jävla fitta"), not when they
/// curse a thing ("stoppa upp den i fittan", "a cunt of a bank").
const GENITAL: &[&str] = &["fita", "fitan", "fitor", "cunt", "cunts"];

/// Words before a genital slur that make it a place ("i fittan", "up your cunt").
const GENITAL_PLACE: &[&str] = &["i", "in", "up", "upp", "your"];

/// Words after a genital slur that make it describe a thing ("a cunt of a bank").
const GENITAL_OF: &[&str] = &["of", "av"];

/// Whether a genital slur curses a thing rather than a person.
fn said_of_a_thing(words: &[Word], hit: &Hit) -> bool {
    let before = hit
        .first
        .checked_sub(1)
        .and_then(|i| words.get(i))
        .is_some_and(|w| GENITAL_PLACE.contains(&w.folded));
    let after = words
        .get(hit.last + 1)
        .is_some_and(|w| GENITAL_OF.contains(&w.folded));
    before || after
}

/// Words before a name that make it the customer's own or a relative's.
const OWN_NAME: &[&str] = &[
    "heter",
    "jag ar",
    "i'm",
    "im",
    "i am",
    "name is",
    "namn ar",
    "min son",
    "min man",
    "min fru",
    "min dotter",
    "min sambo",
    "min pappa",
    "min mamma",
    "min bror",
    "min syster",
    "my son",
    "my husband",
    "my wife",
    "my daughter",
    "my father",
    "my mother",
    "my brother",
    "my sister",
    "my partner",
];

/// Reads a text against the code of conduct. `staff` holds the names and aliases of the
/// company's staff.
pub fn read(text: &str, words: &[Word], staff: &Staff) -> Reading {
    let lexicon = Lexicon::get();
    let mut hits = lexicon.hits(words);
    hits.extend(mentions(words));
    hits.sort_by_key(|h| (h.first, h.last));
    let staff_hits = staff.mentions(words);
    let scene = Scene::new(words, &hits);
    let mut found: Vec<(Category, Hit)> = Vec::new();
    for hit in &hits {
        classify(&scene, hit, &mut found);
    }
    harassment_by_crude_words(&scene, &mut found);
    for name in &staff_hits {
        staff_named(&scene, name, &mut found);
    }
    let violations = evidence(text, words, found);
    Reading {
        hits,
        violations,
        staff: staff_hits,
    }
}

/// The categories one hit stands for, alone or with its sentence.
fn classify(scene: &Scene, hit: &Hit, found: &mut Vec<(Category, Hit)>) {
    let mut add = |category: Category| found.push((category, *hit));
    match hit.class {
        Class::Severe => add(Category::SevereProfanity),
        Class::SlurRacist => {
            add(Category::Racism);
            add(Category::SevereProfanity);
        }
        Class::SlurSexist
            if GENITAL.contains(&scene.words[hit.first].folded)
                && said_of_a_thing(scene.words, hit) => {}
        Class::SlurSexist | Class::Misogyny => add(Category::Sexism),
        Class::Ableist | Class::Advance => add(Category::Harassment),
        Class::Threat => add(Category::Threat),
        Class::Nativist => add(Category::Racism),
        Class::Veiled if scene.within_sentences(hit, Class::Condition, 1).is_some() => {
            add(Category::Threat)
        }
        Class::Violent | Class::Weapon if scene.any_in_sentence(hit, AIMED).is_some() => {
            add(Category::Threat)
        }
        Class::Incite
            if [Class::Exposure, Class::Whereabouts, Class::Doxx]
                .iter()
                .any(|c| scene.within_sentences(hit, *c, 1).is_some()) =>
        {
            add(Category::Threat);
        }
        Class::Doxx if scene.words.iter().any(|w| w.mention) => add(Category::Harassment),
        Class::Know
            if scene
                .any_in_sentence(hit, &[Class::Person, Class::Target, Class::Whereabouts])
                .is_some() =>
        {
            add(Category::Threat);
        }
        Class::Group
            if [Class::Hate, Class::Insult, Class::Severe]
                .iter()
                .any(|c| scene.within_sentences(hit, *c, 1).is_some()) =>
        {
            add(Category::Racism);
        }
        Class::Women
            if [Class::Sexist, Class::Insult]
                .iter()
                .any(|c| scene.within_sentences(hit, *c, 1).is_some()) =>
        {
            add(Category::Sexism);
        }
        Class::Insult
            if scene.near(hit, Class::Person, 5).is_some()
                && scene.in_sentence(hit, Class::Collective).is_none() =>
        {
            add(Category::Harassment);
        }
        _ => {}
    }
}

/// Slurs aimed at one person harass them ("din lilla kuksugare", "H o r a. Det är vad du är").
fn harassment_by_crude_words(scene: &Scene, found: &mut Vec<(Category, Hit)>) {
    for hit in scene
        .hits
        .iter()
        .filter(|h| matches!(h.class, Class::SlurSexist | Class::SlurRacist))
    {
        let generalisation = scene
            .in_sentence(hit, Class::Women)
            .or_else(|| scene.in_sentence(hit, Class::Group));
        let collective = scene.in_sentence(hit, Class::Collective);
        if generalisation.is_none()
            && collective.is_none()
            && scene.close(hit, Class::Person, 5).is_some()
        {
            found.push((Category::Harassment, *hit));
        }
    }
}

/// A staff member named with hostility, a threat or exposure in the same sentence, with
/// hostility in a following sentence that refers back to them ("Sparka henne"), or next
/// to racism or sexism.
fn staff_named(scene: &Scene, name: &Hit, found: &mut Vec<(Category, Hit)>) {
    if own_name(scene.words, name) {
        return;
    }
    let sentence = scene.sentence(name);
    let hostile = scene.any_in_sentence(name, HOSTILE).is_some()
        || follow_up(scene, name)
        || found.iter().any(|(c, h)| {
            let distance = scene.sentence(h).abs_diff(sentence);
            (*c == Category::Threat && distance == 0)
                || (matches!(c, Category::Racism | Category::Sexism) && distance <= 1)
        });
    if !hostile {
        return;
    }
    found.push((Category::StaffNamed, *name));
    let insulted = scene
        .in_sentence(name, Class::Insult)
        .or_else(|| scene.near(name, Class::Severe, 3));
    let doxxed = scene
        .in_sentence(name, Class::Doxx)
        .or_else(|| scene.in_sentence(name, Class::Misogyny))
        .or_else(|| referred(scene, name, &[Class::Doxx]));
    let slur = scene
        .hits
        .iter()
        .find(|h| matches!(h.class, Class::SlurRacist | Class::SlurSexist))
        .copied();
    if let Some(hit) = insulted.or(doxxed).or(slur) {
        found.push((Category::Harassment, hit));
    }
}

/// Whether the name is the customer's own or a relative's ("Jag heter Johan Berg", "min son Oskar").
fn own_name(words: &[Word], name: &Hit) -> bool {
    own_name_markers().iter().any(|parts| {
        let n = parts.len();
        name.first >= n
            && words[name.first - n..name.first]
                .iter()
                .zip(parts)
                .all(|(w, p)| w.folded == p)
    })
}

/// The [`OWN_NAME`] markers, each folded word by word once.
fn own_name_markers() -> &'static [Vec<String>] {
    static MARKERS: std::sync::OnceLock<Vec<Vec<String>>> = std::sync::OnceLock::new();
    MARKERS.get_or_init(|| {
        OWN_NAME
            .iter()
            .map(|marker| marker.split([' ', '\'']).map(fold).collect())
            .collect()
    })
}

/// Hostility in one of the next two sentences that refers back with "hon", "han", "her".
fn follow_up(scene: &Scene, name: &Hit) -> bool {
    referred(
        scene,
        name,
        &[Class::Hostile, Class::Insult, Class::Exposure, Class::Doxx],
    )
    .is_some()
}

/// A hit of the classes in one of the next two sentences after the name, in a sentence
/// that refers back to the person with a third-person pronoun ("hon", "hen", "they").
fn referred(scene: &Scene, name: &Hit, classes: &[Class]) -> Option<Hit> {
    let sentence = scene.sentence(name);
    let refers = |s: usize| {
        scene
            .words
            .iter()
            .skip(name.last + 1)
            .take_while(|w| w.sentence as usize <= s)
            .any(|w| w.sentence as usize == s && THIRD_PERSON.contains(&w.folded))
    };
    scene
        .in_sentences(sentence + 1, sentence + 2)
        .iter()
        .find(|h| classes.contains(&h.class) && refers(scene.sentence(h)))
        .copied()
}

/// One violation per category, with the first evidence found.
fn evidence(text: &str, words: &[Word], found: Vec<(Category, Hit)>) -> Vec<Violation> {
    let mut violations: Vec<Violation> = Vec::new();
    for (category, hit) in found {
        if violations.iter().any(|v| v.category == category) {
            continue;
        }
        let (start, end) = (words[hit.first].start, words[hit.last].end);
        violations.push(Violation {
            category,
            start,
            end,
            evidence: text[start..end].to_owned(),
        });
    }
    violations.sort_by_key(|v| v.category);
    violations
}

/// `@name` mentions are aimed at one person.
fn mentions(words: &[Word]) -> Vec<Hit> {
    words
        .iter()
        .enumerate()
        .filter(|(_, w)| w.mention)
        .map(|(i, _)| Hit {
            class: Class::Person,
            first: i,
            last: i,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::words::words;

    const STAFF: &[&str] = &[
        "Anna Lindqvist",
        "Johan Berg",
        "Lina",
        "Alex",
        "Fatima Osman",
        "Oskar Pettersson",
    ];

    fn categories(text: &str) -> Vec<&'static str> {
        let staff = Staff::new(STAFF.iter().copied());
        let mut arena = String::new();
        read(text, &words(text, &mut arena), &staff)
            .violations
            .iter()
            .map(|v| v.category.as_str())
            .collect()
    }

    #[test]
    fn a_masked_slur_aimed_at_an_agent_is_harassment() {
        let found = categories("Får man prata med någon som inte är en j*vla bl4tte?");
        assert_eq!(found, ["racism", "severe_profanity", "harassment"]);
    }

    #[test]
    fn a_conditional_weapon_is_a_threat() {
        assert!(
            categories("Skicka pengarna idag. Annars tar jag med mig geväret till ert kontor.")
                .contains(&"threat")
        );
        assert!(categories("Keep ignoring me and see what happens.").contains(&"threat"));
    }

    #[test]
    fn veiled_threats_are_threats() {
        assert!(categories("Would be a shame if something happened to it.").contains(&"threat"));
        assert!(
            categories("Om ni inte betalar så kommer det att hända saker.").contains(&"threat")
        );
        assert!(
            categories("Jag vet var Johan Berg bor, annars hälsar jag på.").contains(&"threat")
        );
    }

    #[test]
    fn curiosity_is_not_a_veiled_threat() {
        assert!(categories("Testade formuläret bara för att se vad som händer. Bra!").is_empty());
    }

    #[test]
    fn a_group_with_a_hateful_predicate_is_racism() {
        assert_eq!(
            categories("Muslimer borde inte få jobba med andras pengar."),
            ["racism"]
        );
        assert_eq!(
            categories("Varför får somalier lån? Skicka hem dem allihop."),
            ["racism"]
        );
    }

    #[test]
    fn a_generalisation_about_women_is_sexism() {
        assert_eq!(
            categories("Kvinnor förstår sig inte på siffror."),
            ["sexism"]
        );
        assert_eq!(
            categories("Women shouldn't be working in finance."),
            ["sexism"]
        );
    }

    #[test]
    fn a_named_agent_referred_to_later_is_staff_named() {
        assert_eq!(
            categories("Johan Berg har lovat att ringa. Han ljuger rakt ut. Sparka honom!"),
            ["staff_named"]
        );
    }

    #[test]
    fn the_customers_own_name_is_not_staff_named() {
        assert!(
            categories("Hej! Jag heter Johan Berg och vill byta adress i era system.").is_empty()
        );
        assert!(categories("Min son Oskar har tappat sitt kort. Han är ledsen.").is_empty());
    }

    #[test]
    fn thanks_to_a_named_agent_is_fine() {
        assert!(categories("Tack Lina för hjälpen igår!").is_empty());
    }

    #[test]
    fn innocent_look_alikes_do_not_trigger() {
        for text in [
            "Min mamma bor i Niger och jag vill skicka pengar.",
            "Hi, my husband Dick and I want a joint account.",
            "Finns det ett kontor i Fittja?",
            "Köpte en kuksa på marknaden.",
            "Fan vad bra att man kan frysa kortet!",
            "Jävligt bra att ni öppnade igen!",
            "Jag läste i slutet av ert nyhetsbrev om räntan.",
            "Ni kommer att höra från min advokat.",
        ] {
            assert!(categories(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn swearing_at_the_company_is_not_harassment() {
        assert_eq!(
            categories("fuuuck you and your technical issues"),
            ["severe_profanity"]
        );
        assert!(categories("You're a bunch of clowns.").is_empty());
        assert_eq!(categories("F*n ta er. Värdelöst."), Vec::<&str>::new());
    }

    #[test]
    fn doxxing_a_named_agent_is_harassment() {
        let found = categories("Jag har googlat Anna Lindqvist och hittat hennes Facebook.");
        assert_eq!(found, ["staff_named", "harassment"]);
    }

    #[test]
    fn an_advance_to_an_agent_is_harassment() {
        assert_eq!(
            categories("Hej snygging, vill du träffas efter jobbet?"),
            ["harassment"]
        );
    }

    #[test]
    fn a_genital_slur_cursing_a_thing_is_not_sexism() {
        assert_eq!(categories("Stoppa upp den i fittan."), ["severe_profanity"]);
        assert_eq!(categories("What a cunt of a bank."), ["severe_profanity"]);
        assert!(categories("Anna Lindqvist är en f1tta.").contains(&"sexism"));
    }

    #[test]
    fn inciting_others_to_visit_where_someone_lives_is_a_threat() {
        let found = categories("Han bor på Storgatan 3, någon som vill säga hej?");
        assert!(found.contains(&"threat"), "{found:?}");
        assert!(categories("Jag bor på Storgatan 3. Någon som vet öppettiderna?").is_empty());
    }

    #[test]
    fn a_masked_crude_compound_is_severe() {
        assert_eq!(categories("K*kbank. Punkt."), ["severe_profanity"]);
    }

    #[test]
    fn doxxing_referred_to_by_hen_is_harassment() {
        let found = categories("Lina lovade att ringa. Hen ljuger, jag ska publicera hens namn.");
        assert_eq!(found, ["staff_named", "harassment"]);
    }

    #[test]
    fn a_slur_in_a_generalisation_over_every_agent_is_not_harassment() {
        let found = categories("Why is every agent some p@ki who can't speak Swedish?");
        assert!(!found.contains(&"harassment"), "{found:?}");
    }
}
