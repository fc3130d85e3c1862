//! The demo bank's teams, staff and customers. Names are common Swedish names; customer
//! addresses use example.se and phone numbers come from the range the Swedish regulator
//! reserves for fiction (070-174 06 05 to 070-174 06 99).

/// A team and how many agents it has (the first is its lead).
pub const TEAMS: &[(&str, usize)] = &[
    ("Kundservice", 10),
    ("Sociala medier", 6),
    ("Kort & betalningar", 4),
    ("Bolån", 3),
    ("Skador", 3),
    ("Teknisk jour", 3),
    ("Klagomål", 2),
];

/// Staff: name and, for some, the alias they sign with to protect themselves.
pub const STAFF: &[(&str, Option<&str>)] = &[
    ("Anna Lindqvist", None),
    ("Johan Berg", None),
    ("Maria Nilsson", None),
    ("Erik Johansson", None),
    ("Sara Karlsson", None),
    ("Mohammed Al-Hassan", None),
    ("Karin Andersson", None),
    ("Lars Persson", None),
    ("Elin Svensson", None),
    ("Ahmed Yilmaz", None),
    ("Linnea Gustafsson", Some("Lina")),
    ("Oskar Pettersson", Some("Alex")),
    ("Fatima Osman", Some("Sam")),
    ("Mikael Jonsson", None),
    ("Emma Larsson", Some("Kim")),
    ("Daniel Olsson", None),
    ("Ida Eriksson", None),
    ("Peter Lindberg", None),
    ("Sofia Axelsson", None),
    ("Henrik Magnusson", None),
    ("Ingrid Holm", None),
    ("Niklas Sandberg", None),
    ("Hanna Forsberg", None),
    ("Jonas Engström", None),
    ("Maja Lund", None),
    ("Patrik Wallin", None),
    ("Amira Haddad", None),
    ("Gustav Nyström", None),
    ("Helena Björk", None),
    ("Viktor Sjöberg", None),
    ("Åsa Hedlund", None),
];

/// Given names of customers.
pub const FIRST_NAMES: &[&str] = &[
    "Eva",
    "Olle",
    "Birgitta",
    "Mats",
    "Kerstin",
    "Anders",
    "Lena",
    "Per",
    "Ulla",
    "Stefan",
    "Agneta",
    "Björn",
    "Elsa",
    "Hugo",
    "Alice",
    "William",
    "Ebba",
    "Liam",
    "Nora",
    "Ali",
    "Yasmin",
    "Noah",
    "Wilma",
    "Lucas",
    "Astrid",
    "Leo",
    "Saga",
    "Omar",
    "Ella",
    "Viggo",
    "Greta",
    "Arvid",
    "Tove",
    "Nils",
    "Siv",
    "Göran",
    "Margareta",
    "Rolf",
    "Elif",
    "Dragan",
];

/// Family names of customers.
pub const LAST_NAMES: &[&str] = &[
    "Andersson",
    "Johansson",
    "Karlsson",
    "Nilsson",
    "Eriksson",
    "Larsson",
    "Olsson",
    "Persson",
    "Svensson",
    "Gustafsson",
    "Pettersson",
    "Jonsson",
    "Jansson",
    "Hansson",
    "Bengtsson",
    "Jönsson",
    "Lindberg",
    "Jakobsson",
    "Magnusson",
    "Lindström",
    "Olofsson",
    "Lindqvist",
    "Lindgren",
    "Berg",
    "Axelsson",
    "Bergström",
    "Lundberg",
    "Mattsson",
    "Hussein",
    "Mohammadi",
    "Öberg",
    "Åkesson",
];

/// The e-mail local part of a person's name: lower case, Swedish letters folded.
pub fn mailbox(name: &str) -> String {
    name.to_lowercase()
        .chars()
        .map(|c| match c {
            'å' | 'ä' => 'a',
            'ö' => 'o',
            'é' => 'e',
            ' ' => '.',
            c => c,
        })
        .filter(|c| c.is_ascii_alphanumeric() || *c == '.' || *c == '-')
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn staff_fills_every_team_and_names_become_plain_mailboxes() {
        let needed: usize = TEAMS.iter().map(|(_, n)| n).sum();
        assert_eq!(needed, STAFF.len());
        assert!((20..=40).contains(&STAFF.len()));
        assert_eq!(mailbox("Åsa Hedlund"), "asa.hedlund");
        assert_eq!(mailbox("Mohammed Al-Hassan"), "mohammed.al-hassan");
    }
}
