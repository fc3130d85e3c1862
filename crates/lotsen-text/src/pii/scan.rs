//! Finding candidates in text and deciding what each is. Digits are grouped into chains
//! (groups joined by a space, a dash, a plus or a comma and space); every run of whole
//! groups in a chain is tried against the validators; the longest valid reading wins.

use super::context::{
    NEARBY_MAX, Near, Nearby, WORD_BYTES, is_amount, names_a_reference, word_after, words_before,
};
use super::giro::{is_bankgiro, is_card_number, is_plusgiro};
use super::identity::{PersonalKind, is_organisation_number, parse_personal};
use super::{PiiKind, PiiOptions, PiiSpan, bank, iban};

#[derive(Debug, Clone, Copy)]
struct Group {
    start: usize,
    end: usize,
}

const PNR_WORDS: &[&str] = &[
    "personnummer",
    "personnumret",
    "pnr",
    "personnr",
    "personnumer",
    "samordningsnummer",
    "födelsenummer",
    "ssn",
    "personal",
    "född",
];
const PHONE_WORDS: &[&str] = &[
    "ring",
    "ringa",
    "ringer",
    "tel",
    "telefon",
    "telefonnummer",
    "mobil",
    "mobilnummer",
    "mobilen",
    "nå",
    "sms",
    "sms:a",
    "phone",
    "call",
    "mobile",
    "nummer",
    "number",
    "tfn",
    "nås",
];
const ACCOUNT_WORDS: &[&str] = &[
    "konto",
    "kontot",
    "kontonummer",
    "kontonr",
    "kontonumret",
    "clearing",
    "clearingnummer",
    "clnr",
    "account",
    "lönekonto",
    "sparkonto",
    "personkonto",
    "bankkonto",
    "överför",
    "överföring",
    "sätt",
    "insättning",
];
const BANKGIRO_WORDS: &[&str] = &[
    "bankgiro",
    "bankgironummer",
    "bankgirot",
    "bankgironr",
    "bg",
    "bg-nummer",
    "bgnr",
];
const PLUSGIRO_WORDS: &[&str] = &[
    "plusgiro",
    "plusgironummer",
    "plusgirot",
    "pg",
    "postgiro",
    "pg-nummer",
    "pgnr",
];
const ORG_WORDS: &[&str] = &[
    "organisationsnummer",
    "orgnr",
    "org.nr",
    "org",
    "orgnummer",
    "organisationsnr",
    "företag",
    "firma",
    "bolag",
    "bolaget",
    "företaget",
    "ab",
    "aktiebolag",
    "aktiebolaget",
    "förening",
    "föreningen",
    "föreningens",
    "klubb",
    "klubben",
    "club",
    "company",
    "brf",
    "sk",
];

/// The word lists above as bits, in one index: a nearby word is looked up once, not
/// compared with every word of every list.
const PNR: u8 = 1;
const PHONE: u8 = 2;
const ACCOUNT: u8 = 4;
const BANKGIRO: u8 = 8;
const PLUSGIRO: u8 = 16;
const ORG: u8 = 32;

/// A word names a list when it is one of its words, or starts with one of four letters
/// or more ("bankgironumret" names "bankgiro").
#[derive(Debug, Default)]
struct ListIndex {
    exact: rustc_hash::FxHashMap<&'static str, u8>,
    /// Words of four letters or more, by their first four bytes.
    by_head: rustc_hash::FxHashMap<[u8; 4], Vec<(&'static str, u8)>>,
}

impl ListIndex {
    fn get() -> &'static Self {
        static INDEX: std::sync::OnceLock<ListIndex> = std::sync::OnceLock::new();
        INDEX.get_or_init(|| {
            let mut index = Self::default();
            let lists = [
                (PNR_WORDS, PNR),
                (PHONE_WORDS, PHONE),
                (ACCOUNT_WORDS, ACCOUNT),
                (BANKGIRO_WORDS, BANKGIRO),
                (PLUSGIRO_WORDS, PLUSGIRO),
                (ORG_WORDS, ORG),
            ];
            for (words, flag) in lists {
                for w in words {
                    *index.exact.entry(w).or_default() |= flag;
                    if let Some(head) = head(w) {
                        index.by_head.entry(head).or_default().push((w, flag));
                    }
                }
            }
            index
        })
    }

    /// The lists any of the words names.
    fn flags(&self, words: &[Near]) -> u8 {
        let mut flags = 0;
        for w in words {
            // A word of four bytes or more is found by its head: every list word that
            // long is indexed there, and starting with a word includes being it.
            let Some(h) = head(w) else {
                flags |= self.exact.get(w.as_ref()).copied().unwrap_or(0);
                continue;
            };
            for (key, flag) in self.by_head.get(&h).into_iter().flatten() {
                if w.starts_with(key) {
                    flags |= flag;
                }
            }
        }
        flags
    }
}

fn head(word: &str) -> Option<[u8; 4]> {
    word.as_bytes()
        .get(..4)
        .and_then(|h| <[u8; 4]>::try_from(h).ok())
}

fn groups(text: &str) -> Vec<Group> {
    let bytes = text.as_bytes();
    // Allocated at the first digit: many texts hold none.
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        // Eight bytes without a digit are passed at once.
        if let Some(block) = bytes.get(i..i + 8) {
            let x = u64::from_le_bytes(<[u8; 8]>::try_from(block).unwrap_or_default());
            if !has_digit(x) {
                i += 8;
                continue;
            }
            // Step to the first digit among the eight at once.
            let k = block.iter().position(u8::is_ascii_digit).unwrap_or(8);
            i += k;
            if k == 8 {
                continue;
            }
        }
        if bytes[i].is_ascii_digit() {
            let start = i;
            while i < bytes.len() && bytes[i].is_ascii_digit() {
                i += 1;
            }
            if out.is_empty() {
                out.reserve(8);
            }
            out.push(Group { start, end: i });
        } else {
            i += 1;
        }
    }
    out
}

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGHS: u64 = 0x8080_8080_8080_8080;

/// Whether any of eight bytes is an ASCII digit: `b ^ 0x30` is below ten for a digit
/// only, and bytes of 0x80 and over are excluded by their own high bit.
fn has_digit(x: u64) -> bool {
    let t = x ^ (0x30 * ONES);
    t.wrapping_sub(10 * ONES) & !t & !x & HIGHS != 0
}

/// Whether any of eight bytes is `g` or `G`.
fn has_g(x: u64) -> bool {
    let t = (x | (0x20 * ONES)) ^ (b'g' as u64 * ONES);
    t.wrapping_sub(ONES) & !t & HIGHS != 0
}

/// Whether a separator between digit groups (a byte or three) holds a dash: read by
/// bytes, not by a search set up for long texts.
fn has_dash(sep: &str) -> bool {
    sep.bytes().any(|b| b == b'-')
}

/// Whether two groups are joined into one written number.
fn joined(text: &str, a: Group, b: Group) -> bool {
    let sep = &text[a.end..b.start];
    // The trunk zero of "+46 (0)70 ..." sits in brackets inside the number.
    let trunk_open =
        sep.trim() == "(" && &text[b.start..b.end] == "0" && text[b.end..].starts_with(')');
    let trunk_close =
        sep.starts_with(')') && &text[a.start..a.end] == "0" && text[..a.start].ends_with('(');
    trunk_open
        || (trunk_close && matches!(sep, ")" | ") "))
        || matches!(sep, " " | "-" | "+" | ", " | " - " | "- " | " -" | ".")
}

/// Whether a group stands in a word of letters (`L-004512`, `A12`, `3st`): then it is a
/// code, not a number on its own.
fn glued_to_letters(text: &str, g: Group) -> bool {
    let before = text[..g.start].chars().next_back();
    let before2 = text[..g.start].chars().rev().nth(1);
    let after = text[g.end..].chars().next();
    let letter = |c: Option<char>| c.is_some_and(char::is_alphabetic);
    letter(before) || (before == Some('-') && letter(before2)) || letter(after)
}

/// Where the text speaks of giro, found in one reading: the positions of "giro" and "pg"
/// (`giro`) and of those and "bg" (`any`), in any case. Every giro word of the lists
/// contains one of them, so a number with none in the twelve words before it cannot be
/// a giro number, however often the rest of a long text speaks of giro.
#[derive(Debug, Default)]
struct Hint {
    giro: Vec<usize>,
    any: Vec<usize>,
}

/// The giro words of the lists are looked for this many words back.
const GIRO_REACH: usize = NEARBY_MAX;

impl Hint {
    fn of(text: &str) -> Self {
        let bytes = text.as_bytes();
        let mut hint = Self::default();
        // Only a `g` can end "pg" or "bg" or start "giro": eight bytes without one are
        // passed at once, and in eight with one only the `g`s are looked at.
        let mut i = 0;
        while i < bytes.len() {
            let end = (i + 8).min(bytes.len());
            if let Some(block) = bytes.get(i..i + 8)
                && !has_g(u64::from_le_bytes(
                    <[u8; 8]>::try_from(block).unwrap_or_default(),
                ))
            {
                i = end;
                continue;
            }
            for at in i..end {
                if bytes[at] | 0x20 == b'g' {
                    hint.look_at(bytes, at);
                }
            }
            i = end;
        }
        hint
    }

    /// Notes where the `g` at `at` ends "pg" or "bg" or starts "giro".
    fn look_at(&mut self, bytes: &[u8], at: usize) {
        let before = at.checked_sub(1).map(|k| bytes[k] | 0x20);
        let giro = before == Some(b'p')
            || bytes
                .get(at + 1..at + 4)
                .is_some_and(|rest| rest.eq_ignore_ascii_case(b"iro"));
        if giro {
            self.giro.push(at);
        }
        if giro || before == Some(b'b') {
            self.any.push(at);
        }
    }

    /// Whether one of `positions` may be among the [`GIRO_REACH`] words before `start`.
    /// Counts runs of word bytes holding a letter or digit, each at least one word as
    /// [`words_before`] reads them, so it may answer yes in doubt but never no.
    fn near(text: &str, positions: &[usize], start: usize) -> bool {
        let k = positions.partition_point(|p| *p < start);
        let Some(&p) = k.checked_sub(1).and_then(|k| positions.get(k)) else {
            return false;
        };
        let in_word = |b: u8| WORD_BYTES[usize::from(b)];
        let (mut runs, mut in_run, mut counted) = (0, false, false);
        for &b in &text.as_bytes()[p..start] {
            if !in_word(b) {
                in_run = false;
                continue;
            }
            if !in_run {
                in_run = true;
                counted = false;
            }
            if !counted && b.is_ascii_alphanumeric() {
                counted = true;
                runs += 1;
                // The position's own word, then the reach.
                if runs > GIRO_REACH + 1 {
                    return false;
                }
            }
        }
        true
    }
}

struct Candidate {
    kind: PiiKind,
    start: usize,
    end: usize,
}

/// Finds the personal data in a text.
pub fn detect(text: &str, options: &PiiOptions) -> Vec<PiiSpan> {
    let mut found: Vec<Candidate> = Vec::new();
    emails(text, &mut found);
    let all = groups(text);
    ibans(text, &all, &mut found);
    if all.is_empty() {
        return spans(text, found);
    }
    let published: Vec<String> = options
        .published_numbers
        .iter()
        .filter_map(|n| national_phone(n))
        .map(|n| String::from_utf8_lossy(n.digits()).into_owned())
        .collect();
    let hint = Hint::of(text);
    let mut chain_start = 0;
    for i in 0..all.len() {
        let last = i + 1 == all.len() || !joined(text, all[i], all[i + 1]);
        if last {
            numbers_in_chain(
                text,
                &all[chain_start..=i],
                options,
                &published,
                &hint,
                &mut found,
            );
            chain_start = i + 1;
        }
    }
    spans(text, found)
}

/// The longest candidates that do not overlap, in text order.
fn spans(text: &str, mut found: Vec<Candidate>) -> Vec<PiiSpan> {
    // Longest first; earlier kinds in the list win ties.
    found.sort_by(|a, b| {
        (b.end - b.start)
            .cmp(&(a.end - a.start))
            .then(a.start.cmp(&b.start))
    });
    // The chosen ones are gathered at the front, in place.
    let mut chosen = 0;
    for k in 0..found.len() {
        let c = &found[k];
        if found[..chosen]
            .iter()
            .all(|o| c.end <= o.start || c.start >= o.end)
        {
            found.swap(chosen, k);
            chosen += 1;
        }
    }
    found.truncate(chosen);
    found.sort_by_key(|c| c.start);
    found
        .into_iter()
        .map(|c| PiiSpan {
            kind: c.kind,
            start: c.start,
            end: c.end,
            text: text[c.start..c.end].to_owned(),
        })
        .collect()
}

fn numbers_in_chain(
    text: &str,
    chain: &[Group],
    options: &PiiOptions,
    published: &[String],
    hint: &Hint,
    out: &mut Vec<Candidate>,
) {
    let n = chain.len();
    // Which groups stand in a word of letters; on the stack for chains of up to 64.
    let (mut small, mut large) = ([false; 64], Vec::new());
    let glued: &mut [bool] = if n <= small.len() {
        &mut small[..n]
    } else {
        large.resize(n, false);
        &mut large
    };
    for (g, x) in chain.iter().zip(glued.iter_mut()) {
        *x = glued_to_letters(text, *g);
    }
    let glued: &[bool] = glued;
    if glued == [true] {
        return;
    }
    for i in 0..n {
        // A run may not start right after a dash inside the chain (that cuts a number).
        if i > 0 && has_dash(&text[chain[i - 1].end..chain[i].start]) {
            continue;
        }
        let mut start = chain[i].start;
        if text[..start].ends_with('+')
            && !text[..start.saturating_sub(1)].ends_with(|c: char| c.is_ascii_digit())
        {
            start -= 1;
        }
        // What depends only on where a run starts is read once, when first needed.
        let mut giro_near: Option<bool> = None;
        let mut context: Option<Context> = None;
        for j in i..n.min(i + 8) {
            if j + 1 < n && has_dash(&text[chain[j].end..chain[j + 1].start]) {
                continue;
            }
            if glued[i..=j].contains(&true) {
                continue;
            }
            let end = chain[j].end;
            let whole = i == 0 && j + 1 == n;
            // Under seven digits only a plusgiro number can be personal data, and only
            // when the text speaks of giro; skip the rest before reading any context.
            let digit_count: usize = chain[i..=j].iter().map(|g| g.end - g.start).sum();
            if digit_count < 7
                && !*giro_near.get_or_insert_with(|| Hint::near(text, &hint.giro, start))
            {
                continue;
            }
            let context = context.get_or_insert_with(|| Context::read(text, start, hint));
            if let Some(kind) =
                classify(text, start, end, &chain[i..=j], context, options, published)
            {
                // Part of a longer written number counts only for the kinds whose own
                // check makes a chance match unlikely.
                let self_checked = matches!(
                    kind,
                    PiiKind::Personnummer
                        | PiiKind::Samordningsnummer
                        | PiiKind::Organisationsnummer
                        | PiiKind::CardNumber
                );
                if whole || self_checked {
                    out.push(Candidate { kind, start, end });
                }
            }
        }
    }
}

/// The words before a run of digits and what they say, read once per place a run starts.
struct Context<'a> {
    /// The nearest four words (twelve where giro words are in reach), nearest first.
    wide: Nearby<'a>,
    /// The four nearest name the number as a reference (order, OCR, case ...).
    reference: bool,
    pnr: bool,
    phone: bool,
    org: bool,
    account: bool,
    /// The twelve nearest speak of bankgiro or plusgiro.
    bankgiro: bool,
    plusgiro: bool,
}

impl<'a> Context<'a> {
    fn read(text: &'a str, start: usize, hint: &Hint) -> Self {
        // Twelve words back only matter for giro numbers; four do otherwise.
        let reach = if Hint::near(text, &hint.any, start) {
            GIRO_REACH
        } else {
            4
        };
        let wide = words_before(text, start, reach);
        let before = &wide[..wide.len().min(4)];
        let index = ListIndex::get();
        let near = index.flags(before);
        // The giro lists read all the words; the rest only the nearest four.
        let far = if wide.len() > before.len() {
            near | index.flags(&wide[before.len()..])
        } else {
            near
        };
        Self {
            reference: names_a_reference(before),
            pnr: near & PNR != 0,
            phone: near & PHONE != 0,
            org: near & ORG != 0,
            account: near & ACCOUNT != 0,
            bankgiro: far & BANKGIRO != 0,
            plusgiro: far & PLUSGIRO != 0,
            wide,
        }
    }

    fn before(&self) -> &[Near<'a>] {
        &self.wide[..self.wide.len().min(4)]
    }
}

fn classify(
    text: &str,
    start: usize,
    end: usize,
    groups: &[Group],
    context: &Context,
    options: &PiiOptions,
    published: &[String],
) -> Option<PiiKind> {
    let s = &text[start..end];
    // The run's digits on the stack: how many, and the first twenty (all the checks
    // below read; none reads past the twelfth).
    let mut first = [0u8; 20];
    let mut count = 0;
    for b in s.bytes().filter(u8::is_ascii_digit) {
        if let Some(d) = first.get_mut(count) {
            *d = b - b'0';
        }
        count += 1;
    }
    let digit = |k: usize| first.get(k).copied().unwrap_or(0);
    // A run is at most eight groups (see `numbers_in_chain`): its shape fits the stack.
    let mut lens = [0usize; 8];
    let mut seps = [""; 7];
    let n = groups.len().min(8);
    for (k, g) in groups[..n].iter().enumerate() {
        lens[k] = g.end - g.start;
        if k > 0 {
            seps[k - 1] = &text[groups[k - 1].end..g.start];
        }
    }
    let (lens, seps) = (&lens[..n], &seps[..n.saturating_sub(1)]);
    let after = word_after(text, end);
    if context.reference || is_amount(&after, context.before()) {
        return None;
    }
    let (pnr_context, phone_context) = (context.pnr, context.phone);

    // Identity numbers: 10 or 12 digits, one group or date + serial.
    let pnr_shape = matches!(lens, [10] | [12])
        || (matches!(lens, [6, 4] | [8, 4]) && matches!(seps, ["-"] | ["+"] | [" "]));
    // A dash after six or eight digits is how identity numbers are written, never phones.
    let date_dash = matches!(lens, [6, 4] | [8, 4])
        && seps
            .first()
            .is_some_and(|s| s.bytes().any(|b| b == b'-' || b == b'+'));
    if pnr_shape {
        let normalised: std::borrow::Cow<str> = if s.contains(' ') {
            s.replace(' ', "-").into()
        } else {
            s.into()
        };
        if let Some(p) = parse_personal(&normalised, options.reference_year) {
            let mobile_like = lens == [10] && s.starts_with("07") && !pnr_context;
            if !(mobile_like && phone_number(s, published).is_some()) {
                return Some(match p.kind {
                    PersonalKind::Personnummer => PiiKind::Personnummer,
                    PersonalKind::Samordningsnummer => PiiKind::Samordningsnummer,
                });
            }
        }
        let org_shape = (lens == [6, 4] && seps == ["-"])
            || (lens == [8, 4] && seps == ["-"] && s.starts_with("16"))
            || ((lens == [10] || lens == [12]) && context.org);
        if org_shape
            && count >= 10
            && digit(count - 8) >= 2
            && is_organisation_number(s, options.reference_year)
        {
            return Some(PiiKind::Organisationsnummer);
        }
    }

    let area_code_ok =
        lens.len() == 1 || !seps.first().is_some_and(|s| has_dash(s)) || lens[0] <= 4;
    if !date_dash
        && area_code_ok
        && phone_number(s, published).is_some()
        && (lens.len() > 1 || phone_context || s.starts_with('+') || s.starts_with("07"))
    {
        return Some(PiiKind::Phone);
    }

    let card_shape = lens.len() == 1
        || lens[..lens.len() - 1].iter().all(|l| *l == 4)
        || matches!(lens, [4, 6, 5] | [4, 6, 4]);
    if (12..=19).contains(&count)
        && card_shape
        && seps.iter().all(|s| *s == " " || *s == "-")
        && is_card_number(s)
    {
        return Some(PiiKind::CardNumber);
    }

    if let Some(kind) = giro(s, lens, seps, context) {
        return Some(kind);
    }

    // Bank accounts: a clearing group (4 digits, or Swedbank's 4 + 1) then the account.
    let account_context = context.account;
    let clearing_apart = lens.len() > 1 && (lens[0] == 4 || (lens[0] == 5 && digit(0) == 8));
    if (clearing_apart || account_context) && count >= 8 && bank::is_combined(s) {
        return Some(PiiKind::BankAccount);
    }
    None
}

fn giro(s: &str, lens: &[usize], seps: &[&str], context: &Context) -> Option<PiiKind> {
    let bg_shape = matches!(lens, [3, 4] | [4, 4]) && seps == ["-"];
    if bg_shape && context.bankgiro && is_bankgiro(s) {
        return Some(PiiKind::Bankgiro);
    }
    let pg_shape = lens.last() == Some(&1)
        && seps.last() == Some(&"-")
        && seps[..seps.len().saturating_sub(1)]
            .iter()
            .all(|s| *s == " ");
    if (pg_shape || lens.len() == 1) && context.plusgiro && is_plusgiro(s) {
        return Some(PiiKind::Plusgiro);
    }
    if lens.len() == 1 && context.bankgiro && is_bankgiro(s) {
        return Some(PiiKind::Bankgiro);
    }
    None
}

/// The national significant number (without the leading 0 or +46) of a Swedish phone
/// number as written, if it is one.
fn national_phone(s: &str) -> Option<Nsn> {
    let t = s.trim();
    // A Swedish number with its prefixes is at most 9 + 4 digits: longer is not one.
    let mut buffer = [0u8; 16];
    let mut len = 0;
    for b in t.bytes().filter(u8::is_ascii_digit) {
        *buffer.get_mut(len)? = b;
        len += 1;
    }
    let digits = &buffer[..len];
    let nsn = if t.starts_with('+') {
        digits.strip_prefix(b"46")?
    } else if let Some(rest) = digits.strip_prefix(b"0046") {
        rest
    } else {
        digits.strip_prefix(b"0")?
    };
    let nsn = nsn.strip_prefix(b"0").unwrap_or(nsn);
    if !(7..=9).contains(&nsn.len()) {
        return None;
    }
    let mut out = Nsn([0; 9], 0);
    out.0[..nsn.len()].copy_from_slice(nsn);
    out.1 = nsn.len();
    Some(out)
}

/// A national significant number: up to nine digits, kept on the stack.
#[derive(Debug, Clone, Copy)]
struct Nsn([u8; 9], usize);

impl Nsn {
    fn digits(&self) -> &[u8] {
        &self.0[..self.1]
    }
}

/// A private person's phone number: a Swedish mobile (07x + 7 digits) or landline, not a
/// service number (020, 0771, 0900, ...) and not one of the company's published numbers.
fn phone_number(s: &str, published: &[String]) -> Option<Nsn> {
    if s.bytes().any(|b| b == b',') {
        return None;
    }
    let found = national_phone(s)?;
    let nsn = found.digits();
    let service = [b"20", b"77", b"90", b"93", b"94", b"99", b"10"]
        .iter()
        .any(|p| nsn.starts_with(*p));
    let mobile = nsn.starts_with(b"7");
    if service
        || (mobile && (nsn.len() != 9 || !matches!(nsn[1], b'0' | b'2' | b'3' | b'6' | b'9')))
    {
        return None;
    }
    if published.iter().any(|p| p.as_bytes() == nsn) {
        return None;
    }
    Some(found)
}

/// Shared mailboxes of organisations, not of a person.
const ROLE_MAILBOXES: &[&str] = &[
    "kundservice",
    "kundtjanst",
    "kundtjänst",
    "support",
    "info",
    "kontakt",
    "noreply",
    "no-reply",
    "service",
    "hello",
    "help",
    "admin",
    "order",
    "faktura",
    "press",
    "sales",
    "kontoret",
    "reception",
    "redaktionen",
    "postmaster",
    "lon",
    "loner",
    "lön",
    "löner",
    "payroll",
    "hr",
    "ekonomi",
    "billing",
    "accounts",
    "invoices",
    "bokforing",
    "kansli",
    "registrator",
];

fn emails(text: &str, out: &mut Vec<Candidate>) {
    let bytes = text.as_bytes();
    for (at, _) in text.match_indices('@') {
        let local_ok = |b: u8| b.is_ascii_alphanumeric() || b"._%+-".contains(&b);
        let domain_ok = |b: u8| b.is_ascii_alphanumeric() || b == b'.' || b == b'-';
        let mut start = at;
        while start > 0 && local_ok(bytes[start - 1]) {
            start -= 1;
        }
        let mut end = at + 1;
        while end < bytes.len() && domain_ok(bytes[end]) {
            end += 1;
        }
        while end > at + 1 && matches!(bytes[end - 1], b'.' | b'-') {
            end -= 1;
        }
        while start < at && matches!(bytes[start], b'.' | b'-') {
            start += 1;
        }
        let domain = &text[at + 1..end];
        let tld = domain.rsplit('.').next().unwrap_or("");
        // The local part is ASCII: compared without case, with no lower-cased copy.
        let local = &text[start..at];
        if !ROLE_MAILBOXES.iter().any(|r| r.eq_ignore_ascii_case(local))
            && start < at
            && domain.contains('.')
            && tld.len() >= 2
            && tld.bytes().all(|b| b.is_ascii_alphabetic())
        {
            out.push(Candidate {
                kind: PiiKind::Email,
                start,
                end,
            });
        }
    }
}

/// IBANs: two letters, then a run of digits (one of the `groups`) of two or more.
fn ibans(text: &str, groups: &[Group], out: &mut Vec<Candidate>) {
    let bytes = text.as_bytes();
    // Where the last IBAN found ends: groups inside it start no other.
    let mut taken = 0;
    for g in groups {
        if g.start < 2 || g.end - g.start < 2 || g.start - 2 < taken {
            continue;
        }
        let i = g.start - 2;
        let word_start = i == 0 || !bytes[i - 1].is_ascii_alphanumeric();
        let head = [
            bytes[i].to_ascii_uppercase(),
            bytes[i + 1].to_ascii_uppercase(),
        ];
        if word_start
            && head[0].is_ascii_uppercase()
            && head[1].is_ascii_uppercase()
            && bytes[i + 2].is_ascii_digit()
            && bytes[i + 3].is_ascii_digit()
            && let Some(want) = iban::length_of(&head)
        {
            // Take characters until `want` letters and digits are seen, allowing single
            // spaces between groups.
            let mut seen = 0;
            let mut end = i;
            while end < bytes.len() && seen < want {
                let b = bytes[end];
                if b.is_ascii_alphanumeric() {
                    seen += 1;
                } else if !(b == b' '
                    && end + 1 < bytes.len()
                    && bytes[end + 1].is_ascii_alphanumeric()
                    && seen > 0)
                {
                    break;
                }
                end += 1;
            }
            let complete =
                seen == want && (end == bytes.len() || !bytes[end].is_ascii_alphanumeric());
            if complete && iban::is_iban(&text[i..end]) {
                out.push(Candidate {
                    kind: PiiKind::Iban,
                    start: i,
                    end,
                });
                taken = end;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(PiiKind, String)> {
        detect(text, &PiiOptions::default())
            .into_iter()
            .map(|s| (s.kind, s.text))
            .collect()
    }

    #[test]
    fn a_short_plusgiro_number_counts_where_giro_is_named_near_it() {
        let near = "Betala till vårt plusgiro 1234-4 tack";
        assert_eq!(kinds(near), [(PiiKind::Plusgiro, "1234-4".to_owned())]);
        // A long text that spoke of giro long before still reads the number near its word.
        let filler = "och sedan hände ingenting mer den dagen ".repeat(10);
        let long = format!("Mitt plusgiro bytte jag. {filler}Betala till plusgiro 1234-4");
        assert_eq!(kinds(&long), [(PiiKind::Plusgiro, "1234-4".to_owned())]);
        // ... and a number far from any giro word is not a giro number.
        let far = format!("Mitt plusgiro bytte jag. {filler}Koden är 1234-4");
        assert!(kinds(&far).is_empty(), "{:?}", kinds(&far));
    }

    #[test]
    fn the_list_index_reads_a_word_as_the_lists_say() {
        // A word names a list when it is one of its words or starts with one of four
        // letters or more.
        let names = |w: &str, list: &[&str]| {
            list.iter()
                .any(|k| w == *k || (k.len() >= 4 && w.starts_with(k)))
        };
        let lists = [
            (PNR_WORDS, PNR),
            (PHONE_WORDS, PHONE),
            (ACCOUNT_WORDS, ACCOUNT),
            (BANKGIRO_WORDS, BANKGIRO),
            (PLUSGIRO_WORDS, PLUSGIRO),
            (ORG_WORDS, ORG),
        ];
        let mut words: Vec<String> = lists
            .iter()
            .flat_map(|(l, _)| l.iter().map(|w| (*w).to_owned()))
            .collect();
        words.extend(words.clone().iter().map(|w| format!("{w}et")));
        words.extend(
            [
                "bg",
                "b",
                "",
                "kontot",
                "nummer",
                "ring",
                "ringde",
                "företagets",
            ]
            .map(String::from),
        );
        for w in &words {
            let want = lists
                .iter()
                .filter(|(l, _)| names(w, l))
                .fold(0, |acc, (_, f)| acc | f);
            let near = [Near::Borrowed(w.as_str())];
            assert_eq!(ListIndex::get().flags(&near), want, "{w}");
        }
    }

    #[test]
    fn eight_bytes_are_read_at_once_as_one_by_one() {
        for b in 0u8..=255 {
            for at in 0..8 {
                let mut block = [b'a'; 8];
                block[at] = b;
                let x = u64::from_le_bytes(block);
                assert_eq!(has_digit(x), b.is_ascii_digit(), "{b} at {at}");
                assert_eq!(has_g(x), b == b'g' || b == b'G', "{b} at {at}");
            }
        }
        // Mixed blocks, from a simple generator: any byte next to any other.
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        for _ in 0..20_000 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let block = seed.to_le_bytes();
            assert_eq!(
                has_digit(seed),
                block.iter().any(u8::is_ascii_digit),
                "{block:?}"
            );
            assert_eq!(has_g(seed), block.iter().any(|b| *b == b'g' || *b == b'G'));
        }
    }

    #[test]
    fn giro_words_are_found_in_any_case_in_one_reading() {
        let hint = Hint::of("BANKGIRO, Pg och bG");
        assert_eq!(hint.giro.len(), 2);
        assert_eq!(hint.any.len(), 3);
        assert!(Hint::near("ett två pg 12", &[8], 11));
        let far = format!("pg {}12", "ord ".repeat(20));
        assert!(!Hint::near(&far, &[1], far.len() - 2));
    }
}
