//! Words as the guard reads them: split from the original text with their byte offsets,
//! then folded so that masked letters, repeated letters, leetspeak and missing diacritics
//! all read the same ("J**la", "jääääävla", "j4vla" and "javla" fold alike).

/// One word of the original text. Its folded and plain forms live in one arena string
/// per text (see [`words`]), so reading a text allocates once, not once per word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word<'a> {
    /// Start byte in the original text.
    pub start: usize,
    /// End byte (exclusive).
    pub end: usize,
    /// Folded form: lower-case ASCII letters, `*` for a masked letter, repeats collapsed.
    pub folded: &'a str,
    /// Lower-case form with masks kept but nothing else changed (for exact lengths).
    pub plain: &'a str,
    /// Whether the original was written in capitals (two letters or more).
    pub shouted: bool,
    /// Index of the sentence the word is in (a `u32` keeps a word to one cache line).
    pub sentence: u32,
    /// Whether the word is an `@mention` of someone.
    pub mention: bool,
    /// Whether the original starts with a capital letter.
    pub capital: bool,
    /// [`key`] of the folded form: what every word list of the guard is looked up by.
    pub key: u64,
    /// Whether the folded form holds a masked letter (`*`, as in "f*n").
    pub masked: bool,
}

/// The key of a folded form: its bytes read eight at a time (little-endian, the last
/// chunk padded with zeros), each chunk mixed into the hash. Each word's key is computed
/// once, when the text is split; the lexicon, the tone lists, the language lists and the model are
/// keyed alike.
pub fn key(bytes: &[u8]) -> u64 {
    let mut h = KEY_SEED;
    let mut chunks = bytes.chunks_exact(8);
    for chunk in chunks.by_ref() {
        h = key_step(
            h,
            u64::from_le_bytes(<[u8; 8]>::try_from(chunk).unwrap_or_default()),
        );
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        h = key_step(h, padded(rest));
    }
    h
}

/// Up to eight bytes as a little-endian `u64`, padded with zeros: read as two loads
/// that may overlap (overlapping bytes are the same bytes in the same places, so or-ing
/// them changes nothing), not byte by byte nor by a copy of unknown length.
#[inline]
fn padded(rest: &[u8]) -> u64 {
    let r = rest.len();
    let at = |k: usize| u64::from(rest.get(k).copied().unwrap_or(0));
    let four = |k: usize| {
        rest.get(k..k + 4)
            .and_then(|b| <[u8; 4]>::try_from(b).ok())
            .map_or(0, |b| u64::from(u32::from_le_bytes(b)))
    };
    match r {
        0 => 0,
        1..=3 => at(0) | at(r / 2) << (8 * (r / 2)) | at(r - 1) << (8 * (r - 1)),
        4..=7 => four(0) | four(r - 4) << (8 * (r - 4)),
        _ => rest
            .get(..8)
            .and_then(|b| <[u8; 8]>::try_from(b).ok())
            .map_or(0, u64::from_le_bytes),
    }
}

const KEY_SEED: u64 = 0xcbf2_9ce4_8422_2325;

/// Whether two folded forms with equal [`key`]s are the same form. A form of up to eight
/// bytes is keyed by one step that loses nothing (its bytes, zero-padded, times an odd
/// number, then a shift mixed in), and folded forms hold no zero byte: equal keys of
/// equally long forms that short are equal forms, so only longer ones are compared.
#[inline]
pub fn same_form(a: &str, b: &str) -> bool {
    a.len() == b.len() && (a.len() <= 8 || a == b)
}

fn key_step(h: u64, chunk: u64) -> u64 {
    let x = (h ^ chunk).wrapping_mul(0xff51_afd7_ed55_8ccd);
    x ^ (x >> 29)
}

/// Which pairs of `!` and `?` a text holds, found in one reading of its bytes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Marks {
    /// "!!"
    pub bangs: bool,
    /// "??"
    pub queries: bool,
    /// "?!" or "!?"
    pub mixed: bool,
}

impl Marks {
    /// Reads a text's marks, each by a substring search (which the standard library runs
    /// many bytes at a time).
    pub fn of(text: &str) -> Self {
        Self {
            bangs: text.contains("!!"),
            queries: text.contains("??"),
            mixed: text.contains("?!") || text.contains("!?"),
        }
    }
}

/// The key of two consecutive words, by which phrase lists index their phrases of two
/// words or more: a common first word ("du", "jag") then narrows to few candidates.
pub fn pair_key(first: u64, second: u64) -> u64 {
    let x = first.rotate_left(29) ^ second.wrapping_mul(0x9e37_79b9_7f4a_7c15);
    x ^ (x >> 31)
}

/// Keys as bits, sixteen or more per key: answers "certainly not" for most words of a
/// text (a chance in sixteen or less of a false "maybe") without probing a hash map, so a
/// list of a thousand terms costs most words one load. Sized to its list, so the guard's
/// filters together stay a few kilobytes, in the first-level cache.
#[derive(Debug, Clone)]
pub struct KeyFilter {
    bits: Vec<u64>,
    /// One less than the number of bits (a power of two).
    mask: usize,
}

impl Default for KeyFilter {
    fn default() -> Self {
        Self::with_capacity(0)
    }
}

impl KeyFilter {
    /// A filter for up to `keys` keys (more still work, with more false "maybe"s).
    pub fn with_capacity(keys: usize) -> Self {
        let bits = (keys * 16).next_power_of_two().max(512);
        Self {
            bits: vec![0; bits / 64],
            mask: bits - 1,
        }
    }

    fn slot(&self, key: u64) -> (usize, u64) {
        // High bits: the hash maps behind a filter index by the low ones.
        let bit = (key >> 40) as usize & self.mask;
        (bit / 64, 1 << (bit % 64))
    }

    /// Adds a key.
    pub fn insert(&mut self, key: u64) {
        let (word, bit) = self.slot(key);
        self.bits[word] |= bit;
    }

    /// False when the key was certainly never added.
    #[inline]
    pub fn may_contain(&self, key: u64) -> bool {
        let (word, bit) = self.slot(key);
        self.bits[word] & bit != 0
    }
}

/// The key of a prefix entry's first [`PREFIX_KEY`] letters, for a [`KeyFilter`].
fn prefix_filter_key(prefix: [u8; PREFIX_KEY]) -> u64 {
    let [a, b, c] = prefix;
    u64::from(u32::from_le_bytes([a, b, c, 0])).wrapping_mul(0x9e37_79b9_7f4a_7c15)
}

/// A word while the arena is still being written: its forms as ranges. As large as a
/// [`Word`], so the words are collected in its place.
struct Pending {
    start: usize,
    end: usize,
    folded: (usize, usize),
    plain: (usize, usize),
    shouted: bool,
    sentence: u32,
    mention: bool,
    capital: bool,
    key: u64,
    /// Whether the folded form holds a masked letter (`*`).
    masked: bool,
}

/// What one character folds to ([`fold`] of a one-character term).
pub(crate) fn fold_char(c: char) -> Option<char> {
    Some(match c {
        'a'..='z' => c,
        'A'..='Z' => c.to_ascii_lowercase(),
        'å' | 'ä' | 'à' | 'á' | 'â' | 'Å' | 'Ä' | 'À' | 'Á' | 'Â' | '@' | '4' => 'a',
        'ö' | 'ø' | 'ó' | 'ò' | 'ô' | 'Ö' | 'Ø' | 'Ó' | '0' => 'o',
        'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | '3' | '€' => 'e',
        'ü' | 'ú' | 'ù' | 'Ü' => 'u',
        'í' | 'ì' | 'ï' | '1' | '!' | '|' => 'i',
        '5' | '$' => 's',
        '7' => 't',
        '8' => 'b',
        '*' | '#' | '_' => '*',
        _ => return None,
    })
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '*' | '#' | '_' | '@' | '$' | '!' | '|' | '€')
}

/// Splits a text into words with offsets and folded forms, writing the forms into
/// `arena` (cleared first). Letters written one by one ("j ä v l a", "f.u.c.k") are
/// joined into one word.
pub fn words<'a>(text: &str, arena: &'a mut String) -> Vec<Word<'a>> {
    // The forms are written as bytes and checked as UTF-8 once, at the end.
    let mut forms = std::mem::take(arena).into_bytes();
    forms.clear();
    // Each word writes its folded and plain forms, neither longer than twice the word.
    forms.reserve(text.len() * 2 + 2 * SHORT_WORD + 16);
    let mut split = Split {
        text,
        forms,
        out: Vec::with_capacity(text.len() / 5 + 1),
        run: Run::default(),
    };
    let mut sentence = 0u32;
    let mut start: Option<usize> = None;
    // What the token so far is made of (the classes of its bytes, or-ed): most words
    // are ASCII letters, or those and Swedish letters, and skip the checks for single
    // letters, marks, mentions and digits; digits alone are no word.
    let mut kinds = 0u8;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let (class, width) = if b < 0x80 {
            (BYTE_CLASS[usize::from(b)], 1)
        } else if b == 0xC3 && latin_letter(bytes.get(i + 1).copied().unwrap_or(0)).is_some() {
            (LATIN, 2)
        } else {
            let c = text[i..].chars().next().unwrap_or(' ');
            (
                if letter(c).0 || is_word_char(c) {
                    WORD
                } else {
                    0
                },
                c.len_utf8(),
            )
        };
        if class != 0 {
            if start.is_none() {
                start = Some(i);
                kinds = 0;
            }
            kinds |= class;
            // The rest of a run of ASCII word bytes at once.
            i += width;
            while i < bytes.len() && bytes[i] < 0x80 {
                let class = BYTE_CLASS[usize::from(bytes[i])];
                if class == 0 {
                    break;
                }
                kinds |= class;
                i += 1;
            }
            continue;
        } else {
            if let Some(s) = start.take() {
                split.token_of(s, i, sentence, kinds);
            }
            if matches!(b, b'.' | b'?' | b'\n') {
                sentence = sentence.saturating_add(1);
            }
        }
        i += width;
    }
    if let Some(s) = start {
        split.token_of(s, text.len(), sentence, kinds);
    }
    split.flush();
    let Split { forms, out, .. } = split;
    // Every form is whole characters: ASCII bytes, or a character's own encoding.
    *arena = String::from_utf8(forms)
        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
    let arena: &'a String = arena;
    // A pending word and a word are the same size: the words are written over the
    // pending ones, in the same allocation.
    out.into_iter()
        .map(|p| {
            let folded = arena.get(p.folded.0..p.folded.1).unwrap_or_default();
            // Most words' forms are one (no letter repeated): cut out once.
            let plain = if p.plain == p.folded {
                folded
            } else {
                arena.get(p.plain.0..p.plain.1).unwrap_or_default()
            };
            Word {
                start: p.start,
                end: p.end,
                folded,
                plain,
                shouted: p.shouted,
                sentence: p.sentence,
                mention: p.mention,
                capital: p.capital,
                key: p.key,
                masked: p.masked,
            }
        })
        .collect()
}

/// A character of a word that none of the classes below is (a mask, a mark, a letter
/// beyond the Swedish ones).
const WORD: u8 = 1;
/// An ASCII letter.
const LETTER: u8 = 2;
/// An ASCII digit.
const DIGIT: u8 = 4;
/// One of the letters of [`latin_letter`] (å, ä, ö, é, ü in either case).
const LATIN: u8 = 8;
/// Swedish and ASCII letters together.
const SWEDISH: u8 = LATIN | LETTER;

/// What each ASCII byte is to a word: 0 for none of it, else [`WORD`], [`LETTER`] or
/// [`DIGIT`].
const BYTE_CLASS: [u8; 128] = {
    let mut table = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        table[b] = if c.is_ascii_alphabetic() {
            LETTER
        } else if c.is_ascii_digit() {
            DIGIT
        } else if matches!(c, b'*' | b'#' | b'_' | b'@' | b'$' | b'!' | b'|') {
            WORD
        } else {
            0
        };
        b += 1;
    }
    table
};

/// The words of a text as its tokens (runs of word characters) arrive. A run of three or
/// more single letters at most two bytes apart ("j ä v l a") is held back and joined
/// into one word.
struct Split<'t> {
    text: &'t str,
    forms: Vec<u8>,
    /// The words so far, their forms as ranges of `forms`.
    out: Vec<Pending>,
    /// Single letters held back.
    run: Run,
}

/// A run of single letters held back (see [`Split`]): the first two as they are, and
/// where the last ends. Only tokens lie in the run's span, each a letter, and between
/// them only bytes that are no part of a word: joined, the run is its span's word
/// characters.
#[derive(Debug, Default)]
struct Run {
    /// How many letters.
    len: usize,
    /// Start, end and sentence of the first two.
    first: [(usize, usize, u32); 2],
    /// End of the last.
    end: usize,
}

impl Split<'_> {
    fn token(&mut self, start: usize, end: usize, sentence: u32) {
        // One letter is at most four bytes; most words are longer and answer at once.
        let single = end - start <= 4 && {
            let mut chars = self.text[start..end].chars();
            chars.next().is_some_and(char::is_alphabetic) && chars.next().is_none()
        };
        if single {
            let close = self.run.len == 0 || start - self.run.end <= 2;
            if !close {
                self.flush();
            }
            if let Some(slot) = self.run.first.get_mut(self.run.len) {
                *slot = (start, end, sentence);
            }
            self.run.len += 1;
            self.run.end = end;
            return;
        }
        self.flush();
        self.word(start, end, sentence);
    }

    /// Ends a run of single letters: three or more are one word, fewer are each their own.
    #[inline]
    fn flush(&mut self) {
        if self.run.len != 0 {
            self.flush_run();
        }
    }

    fn flush_run(&mut self) {
        let run = std::mem::take(&mut self.run);
        if run.len >= 3 {
            let (s, _, sentence) = run.first[0];
            let joined: String = self.text[s..run.end]
                .chars()
                .filter(|c| is_word_char(*c) || letter(*c).0)
                .collect();
            if let Some(mut w) = word(&joined, s, sentence, &mut self.forms) {
                w.end = run.end;
                self.push(w);
            }
        } else {
            for &(s, e, sentence) in run.first.iter().take(run.len) {
                self.word(s, e, sentence);
            }
        }
    }

    /// A token whose bytes are of these [`BYTE_CLASS`] kinds: the common kinds take a
    /// short path, each doing what [`Split::token`] would.
    #[inline(always)]
    fn token_of(&mut self, start: usize, end: usize, sentence: u32, kinds: u8) {
        match kinds {
            // Two letters or more (one letter may join a run of single letters).
            LETTER if end - start >= 2 => self.letters(start, end, sentence),
            // Digits alone are a number, no word; like any other token they end a run.
            DIGIT => self.flush(),
            // Swedish letters (two bytes each) and ASCII ones: three bytes are two
            // letters or more.
            LATIN | SWEDISH if end - start >= 3 => {
                self.flush();
                let bytes = &self.text.as_bytes()[start..end];
                let w = swedish_word(bytes, start, sentence, &mut self.forms);
                self.push(w);
            }
            _ => self.token(start, end, sentence),
        }
    }

    /// A token of two or more ASCII letters: a word as it stands.
    fn letters(&mut self, start: usize, end: usize, sentence: u32) {
        self.flush();
        let window = &self.text.as_bytes()[start..];
        let w = letters_word(window, end - start, start, sentence, false, &mut self.forms);
        self.push(w);
    }

    fn word(&mut self, start: usize, end: usize, sentence: u32) {
        if let Some(w) = word(&self.text[start..end], start, sentence, &mut self.forms) {
            self.push(w);
        }
    }

    fn push(&mut self, p: Pending) {
        self.out.push(p);
    }
}

/// [`fold_char`] for ASCII, as a table: 0 where the byte is not part of a word's letters.
const ASCII_FOLD: [u8; 128] = {
    let mut table = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        table[b] = match b as u8 {
            c @ b'a'..=b'z' => c,
            c @ b'A'..=b'Z' => c + 32,
            b'@' | b'4' => b'a',
            b'0' => b'o',
            b'3' => b'e',
            b'1' | b'!' | b'|' => b'i',
            b'5' | b'$' => b's',
            b'7' => b't',
            b'8' => b'b',
            b'*' | b'#' | b'_' => b'*',
            _ => 0,
        };
        b += 1;
    }
    table
};

// Inlined into its callers: its result is then built in registers, not returned
// through memory it was just written to.
#[inline(always)]
fn word(original: &str, start: usize, sentence: u32, arena: &mut Vec<u8>) -> Option<Pending> {
    let mention = original.len() > 1 && original.starts_with('@');
    let original = if mention { &original[1..] } else { original };
    let start = if mention { start + 1 } else { start };
    // Trailing and leading exclamation marks are punctuation, not leetspeak.
    // Both marks are ASCII, so trimming bytes keeps the cut on a character boundary.
    let punctuation = |b: &u8| *b == b'!' || *b == b'|';
    let bytes = original.as_bytes();
    let (offset, tail) = match (bytes.first(), bytes.last()) {
        // Most words neither start nor end with a mark.
        (Some(first), Some(last)) if !punctuation(first) && !punctuation(last) => (0, 0),
        _ => {
            let offset = bytes.iter().take_while(|b| punctuation(b)).count();
            let tail = bytes[offset..]
                .iter()
                .rev()
                .take_while(|b| punctuation(b))
                .count();
            (offset, tail)
        }
    };
    let trimmed = original
        .get(offset..original.len() - tail)
        .unwrap_or_default();
    let bytes = trimmed.as_bytes();
    // Digits alone ("2024", "070") are a number, no word: folding them would find no
    // letter.
    if bytes.iter().all(u8::is_ascii_digit) {
        return None;
    }
    if bytes.iter().all(u8::is_ascii_alphabetic) {
        return Some(letters_word(
            bytes,
            bytes.len(),
            start + offset,
            sentence,
            mention,
            arena,
        ));
    }
    if let Ok(word) = short_word(trimmed, start + offset, sentence, mention, arena) {
        return word;
    }
    any_word(trimmed, start + offset, sentence, mention, arena)
}

/// A word of any length and letters: the general path of [`word`] (the word already
/// trimmed of punctuation and of a mention's `@`).
fn any_word(
    trimmed: &str,
    start: usize,
    sentence: u32,
    mention: bool,
    arena: &mut Vec<u8>,
) -> Option<Pending> {
    let ascii = trimmed.is_ascii();
    let folded_start = arena.len();
    let (letters, upper) = if ascii {
        fold_ascii(trimmed.as_bytes(), arena)
    } else {
        fold_unicode(trimmed, arena)
    };
    let folded = (folded_start, arena.len());
    if letters == 0 || folded.0 == folded.1 {
        arena.truncate(folded_start);
        return None;
    }
    let key = key(&arena[folded.0..folded.1]);
    let plain_start = arena.len();
    if ascii {
        arena.extend(
            trimmed
                .bytes()
                .filter_map(|b| match ASCII_FOLD[usize::from(b)] {
                    0 => None,
                    b'*' => Some(b'*'),
                    _ => Some(b.to_ascii_lowercase()),
                }),
        );
    } else {
        let mut buf = [0u8; 4];
        for c in trimmed.chars() {
            match fold_char(c) {
                None => {}
                Some('*') => arena.push(b'*'),
                Some(_) => match letter(c) {
                    (true, _, Some(lower)) => {
                        arena.extend_from_slice(lower.encode_utf8(&mut buf).as_bytes());
                    }
                    _ => {
                        for l in c.to_lowercase() {
                            arena.extend_from_slice(l.encode_utf8(&mut buf).as_bytes());
                        }
                    }
                },
            }
        }
    }
    let shouted = letters >= 2 && upper == letters;
    let capital = match trimmed.as_bytes().first() {
        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
        _ => trimmed.chars().next().is_some_and(char::is_uppercase),
    };
    Some(Pending {
        start,
        end: start + trimmed.len(),
        folded,
        plain: (plain_start, arena.len()),
        shouted,
        sentence,
        mention,
        capital,
        key,
        masked: arena[folded.0..folded.1].contains(&b'*'),
    })
}

/// A word of ASCII letters only, as most words are: its plain form is its lower case,
/// its folded form the same with repeated letters collapsed, each written by a loop that
/// does one thing. The word is the first `n` bytes of `window`; the window may go on
/// past it (the text after the word), so a short word is read in one load.
#[inline(always)]
fn letters_word(
    window: &[u8],
    n: usize,
    start: usize,
    sentence: u32,
    mention: bool,
    arena: &mut Vec<u8>,
) -> Pending {
    let bytes = &window[..n];
    if n <= 8
        && let Some(word) = eight_letters(
            bytes,
            first_eight(window, n),
            start,
            sentence,
            mention,
            arena,
        )
    {
        return word;
    }
    // Room for both forms first, so the loop writes by index; the zeros left after the
    // folded form are valid UTF-8 and never read.
    let n = bytes.len();
    let base = arena.len();
    arena.resize(base + 2 * n, 0);
    let (folded, plain) = arena[base..].split_at_mut(n);
    let (mut nf, mut upper, mut last) = (0, 0, 0u8);
    for (&b, p) in bytes.iter().zip(plain.iter_mut()) {
        // Setting bit 5 lower-cases an ASCII letter; capitals have it clear.
        let lower = b | 0x20;
        upper += usize::from(b & 0x20 == 0);
        *p = lower;
        if lower != last {
            folded[nf] = lower;
            nf += 1;
            last = lower;
        }
    }
    // No letter repeated: both forms are the plain one, kept once.
    let plain = if nf == n {
        arena.truncate(base + n);
        (base, base + n)
    } else {
        (base + n, base + 2 * n)
    };
    Pending {
        start,
        end: start + n,
        folded: (base, base + nf),
        plain,
        shouted: n >= 2 && upper == n,
        sentence,
        mention,
        capital: bytes[0].is_ascii_uppercase(),
        key: key(&arena[base..base + nf]),
        masked: false,
    }
}

/// The first `n` (at most eight) bytes of a window as a little-endian `u64`, the rest
/// zero: one load where the window holds eight bytes.
fn first_eight(window: &[u8], n: usize) -> u64 {
    let mask = u64::MAX >> (64 - 8 * n.clamp(1, 8));
    match window.get(..8) {
        Some(eight) => u64::from_le_bytes(<[u8; 8]>::try_from(eight).unwrap_or_default()) & mask,
        None => {
            let mut x = 0u64;
            for (k, b) in window.iter().take(n).enumerate() {
                x |= u64::from(*b) << (8 * k);
            }
            x
        }
    }
}

/// [`letters_word`] for a word of at most eight letters: the word (`x`, its bytes as
/// [`first_eight`] reads them) is folded in one `u64` (setting bit 5 lower-cases an
/// ASCII letter), its repeated letters taken out one shift each, so each form is one
/// store. `None` for a longer word. Inlined, as [`letters_word`] is.
#[inline(always)]
fn eight_letters(
    bytes: &[u8],
    x: u64,
    start: usize,
    sentence: u32,
    mention: bool,
    arena: &mut Vec<u8>,
) -> Option<Pending> {
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    const CASE: u64 = 0x2020_2020_2020_2020;
    let n = bytes.len();
    if n == 0 || n > 8 {
        return None;
    }
    let mask = u64::MAX >> (64 - 8 * n);
    let lower = x | (CASE & mask);
    // A letter repeated: byte k equals byte k - 1, for k in 1..n. The diff is zero
    // exactly there (bytes outside that range are set to 0xff); the high bit of each
    // zero byte is found without a carry from its neighbours.
    let outside = !(mask & !0xff);
    let diff = (lower ^ (lower << 8)) | outside;
    let mut repeats = !(((diff & LOW7) + LOW7) | diff | LOW7);
    // Capitals are the letters whose bit 5 is clear.
    let upper = n - (x & CASE).count_ones() as usize;
    // The repeats taken out from the last to the first, so the places of those before
    // stay as they were: the bytes above one move down by one.
    let mut folded = lower;
    let mut nf = n;
    while repeats != 0 {
        let k = (63 - repeats.leading_zeros()) / 8;
        let below = (1u64 << (8 * k)) - 1;
        folded = (folded & below) | ((folded >> 8) & !below);
        nf -= 1;
        repeats &= below;
    }
    let base = arena.len();
    arena.extend_from_slice(&lower.to_le_bytes());
    arena.truncate(base + n);
    // No letter repeats: the folded form is the plain one, written once for both.
    let folded_at = if nf == n {
        base
    } else {
        arena.extend_from_slice(&folded.to_le_bytes());
        arena.truncate(base + n + nf);
        base + n
    };
    Some(Pending {
        start,
        end: start + n,
        folded: (folded_at, folded_at + nf),
        plain: (base, base + n),
        shouted: n >= 2 && upper == n,
        sentence,
        mention,
        capital: bytes[0].is_ascii_uppercase(),
        key: key_step(KEY_SEED, folded),
        masked: false,
    })
}

/// A word of ASCII letters and the letters of [`latin_letter`] only, two letters or
/// more (what [`short_word`] reads it as, without the cases such a word cannot have):
/// room for both forms is made first, so the loop writes by index.
fn swedish_word(bytes: &[u8], start: usize, sentence: u32, arena: &mut Vec<u8>) -> Pending {
    let len = bytes.len();
    let base = arena.len();
    arena.resize(base + 2 * len, 0);
    let (folded, plain) = arena[base..].split_at_mut(len);
    let (mut nf, mut np, mut letters, mut upper) = (0, 0, 0, 0);
    let mut last = 0u8;
    let mut i = 0;
    while i < len {
        let b = bytes[i];
        let f = if b < 0x80 {
            // An ASCII letter: setting bit 5 lower-cases it.
            i += 1;
            upper += usize::from(b & 0x20 == 0);
            plain[np] = b | 0x20;
            np += 1;
            b | 0x20
        } else {
            let second = bytes.get(i + 1).copied().unwrap_or(0);
            let (f, capital) = latin_letter(second).unwrap_or((b'*', false));
            i += 2;
            upper += usize::from(capital);
            // A capital's lower case is 0x20 further on, in the same two bytes.
            plain[np] = 0xC3;
            plain[np + 1] = if capital { second + 0x20 } else { second };
            np += 2;
            f
        };
        letters += 1;
        if f != last {
            folded[nf] = f;
            nf += 1;
            last = f;
        }
    }
    arena.truncate(base + len + np);
    let capital = starts_with_capital(bytes);
    Pending {
        start,
        end: start + len,
        folded: (base, base + nf),
        plain: (base + len, base + len + np),
        shouted: letters >= 2 && upper == letters,
        sentence,
        mention: false,
        capital,
        key: key(&arena[base..base + nf]),
        masked: false,
    }
}

/// Whether a word of ASCII and [`latin_letter`] letters starts with a capital.
fn starts_with_capital(bytes: &[u8]) -> bool {
    match bytes {
        [0xC3, second, ..] => latin_letter(*second).is_some_and(|(_, c)| c),
        [first, ..] => first.is_ascii_uppercase(),
        [] => false,
    }
}

/// The longest word read by [`short_word`]; longer ones take the general path.
const SHORT_WORD: usize = 64;

/// The Swedish (and German, French) letters [`short_word`] reads itself, by the second
/// byte of their UTF-8 encoding after 0xC3: what they fold to, and whether a capital.
fn latin_letter(second: u8) -> Option<(u8, bool)> {
    Some(match second {
        0xA5 | 0xA4 => (b'a', false), // å ä
        0x85 | 0x84 => (b'a', true),  // Å Ä
        0xB6 => (b'o', false),        // ö
        0x96 => (b'o', true),         // Ö
        0xA9 => (b'e', false),        // é
        0x89 => (b'e', true),         // É
        0xBC => (b'u', false),        // ü
        0x9C => (b'u', true),         // Ü
        _ => return None,
    })
}

/// A word of at most [`SHORT_WORD`] bytes of ASCII and the letters of [`latin_letter`],
/// read in one pass straight into the arena: room for both forms is made first (as long
/// as the word each), so the loop writes by index and keeps its counts in registers; the
/// zeros left between the forms are valid UTF-8 and never read. `Err` (with the arena as
/// it was) for any other character: the general path reads that word.
#[inline]
fn short_word(
    word: &str,
    start: usize,
    sentence: u32,
    mention: bool,
    arena: &mut Vec<u8>,
) -> Result<Option<Pending>, ()> {
    let bytes = word.as_bytes();
    let len = bytes.len();
    if len > SHORT_WORD {
        return Err(());
    }
    let base = arena.len();
    arena.resize(base + 2 * len, 0);
    let (folded, plain) = arena[base..].split_at_mut(len);
    if bytes.is_ascii() {
        let (nf, np) = ascii_forms(bytes, folded, plain);
        let h = key(&folded[..nf]);
        // Counted apart from the folding, each in a loop of its own that needs no branch.
        let letters = bytes.iter().filter(|b| b.is_ascii_alphabetic()).count();
        let upper = bytes.iter().filter(|b| b.is_ascii_uppercase()).count();
        if letters == 0 || nf == 0 {
            arena.truncate(base);
            return Ok(None);
        }
        arena.truncate(base + len + np);
        return Ok(Some(Pending {
            start,
            end: start + len,
            folded: (base, base + nf),
            plain: (base + len, base + len + np),
            shouted: letters >= 2 && upper == letters,
            sentence,
            mention,
            capital: bytes.first().is_some_and(u8::is_ascii_uppercase),
            key: h,
            masked: arena[base..base + nf].contains(&b'*'),
        }));
    }
    let (mut nf, mut np, mut letters, mut upper) = (0, 0, 0, 0);
    let mut last = 0u8;
    let mut i = 0;
    while i < len {
        let b = bytes[i];
        let f = if b < 0x80 {
            i += 1;
            letters += usize::from(b.is_ascii_alphabetic());
            upper += usize::from(b.is_ascii_uppercase());
            let f = ASCII_FOLD[usize::from(b)];
            if f == 0 {
                continue;
            }
            plain[np] = if f == b'*' {
                b'*'
            } else {
                b.to_ascii_lowercase()
            };
            np += 1;
            f
        } else {
            let second = bytes.get(i + 1).copied().unwrap_or(0);
            let Some((f, capital)) = (b == 0xC3).then(|| latin_letter(second)).flatten() else {
                arena.truncate(base);
                return Err(());
            };
            i += 2;
            letters += 1;
            upper += usize::from(capital);
            // A capital's lower case is 0x20 further on, in the same two bytes.
            plain[np] = 0xC3;
            plain[np + 1] = if capital { second + 0x20 } else { second };
            np += 2;
            f
        };
        if f == b'*' || f != last {
            folded[nf] = f;
            nf += 1;
            last = f;
        }
    }
    if letters == 0 || nf == 0 {
        arena.truncate(base);
        return Ok(None);
    }
    arena.truncate(base + len + np);
    let capital = starts_with_capital(bytes);
    Ok(Some(Pending {
        start,
        end: start + len,
        folded: (base, base + nf),
        plain: (base + len, base + len + np),
        shouted: letters >= 2 && upper == letters,
        sentence,
        mention,
        capital,
        key: key(&arena[base..base + nf]),
        masked: arena[base..base + nf].contains(&b'*'),
    }))
}

/// The folded and plain forms of an ASCII word, written into buffers as long as the
/// word; their lengths and the folded form's key. Two loops, so neither runs short of
/// registers.
#[inline]
fn ascii_forms(bytes: &[u8], folded: &mut [u8], plain: &mut [u8]) -> (usize, usize) {
    let mut nf = 0;
    let mut last = 0u8;
    for &b in bytes {
        let f = ASCII_FOLD[usize::from(b & 0x7f)];
        if f != 0 && (f == b'*' || f != last) {
            folded[nf] = f;
            nf += 1;
            last = f;
        }
    }
    let mut np = 0;
    for &b in bytes {
        let f = ASCII_FOLD[usize::from(b & 0x7f)];
        if f != 0 {
            plain[np] = if f == b'*' {
                b'*'
            } else {
                b.to_ascii_lowercase()
            };
            np += 1;
        }
    }
    (nf, np)
}

/// Folds an ASCII word into the arena; returns its count of letters and capitals.
fn fold_ascii(bytes: &[u8], arena: &mut Vec<u8>) -> (usize, usize) {
    let mut letters = 0;
    let mut upper = 0;
    let mut last = 0u8;
    for &b in bytes {
        letters += usize::from(b.is_ascii_alphabetic());
        upper += usize::from(b.is_ascii_uppercase());
        let f = ASCII_FOLD[usize::from(b)];
        if f != 0 && (f == b'*' || f != last) {
            arena.push(f);
            last = f;
        }
    }
    (letters, upper)
}

/// Whether a character is a letter, whether it is a capital, and its lower case when that
/// is one character: ASCII and the Swedish letters answer without the Unicode tables.
fn letter(c: char) -> (bool, bool, Option<char>) {
    match c {
        'a'..='z' | 'å' | 'ä' | 'ö' | 'é' | 'ü' => (true, false, Some(c)),
        'A'..='Z' => (true, true, Some(c.to_ascii_lowercase())),
        'Å' => (true, true, Some('å')),
        'Ä' => (true, true, Some('ä')),
        'Ö' => (true, true, Some('ö')),
        'É' => (true, true, Some('é')),
        'Ü' => (true, true, Some('ü')),
        _ if c.is_ascii() => (false, false, None),
        _ => (c.is_alphabetic(), c.is_uppercase(), None),
    }
}

/// Folds a word with letters beyond ASCII into the arena; returns its count of letters
/// and capitals.
fn fold_unicode(word: &str, arena: &mut Vec<u8>) -> (usize, usize) {
    let mut letters = 0;
    let mut upper = 0;
    let mut last = None;
    for c in word.chars() {
        let (is_letter, is_upper, _) = letter(c);
        if is_letter {
            letters += 1;
            upper += usize::from(is_upper);
        }
        let Some(f) = fold_char(c) else { continue };
        if f == '*' || last != Some(f) {
            // Folded letters are ASCII.
            arena.push(u8::try_from(f).unwrap_or(b'*'));
            last = Some(f);
        }
    }
    (letters, upper)
}

/// A set of folded phrases, looked up by the key of their first word so a text is read
/// once. A one-word entry ending in `*` matches every word that starts with it ("pension*"
/// matches "pensionen", "pensionsutbetalningen"); such prefixes are indexed by their
/// first [`PREFIX_KEY`] letters, so each word costs one lookup.
#[derive(Debug, Default)]
pub struct PhraseSet {
    /// One-word phrases by their key; longer ones by the [`pair_key`] of their first two.
    by_first: rustc_hash::FxHashMap<u64, Vec<Phrase>>,
    /// Every key of `by_first` and of `prefixes` (as [`prefix_filter_key`]).
    filter: KeyFilter,
    prefixes: rustc_hash::FxHashMap<[u8; PREFIX_KEY], Vec<(String, usize, usize)>>,
}

/// One phrase of a [`PhraseSet`]: its words' forms and keys, its list and its id.
#[derive(Debug)]
struct Phrase {
    parts: Vec<String>,
    keys: Vec<u64>,
    list: usize,
    id: usize,
}

/// How many letters index a prefix entry; shorter prefixes are not allowed.
pub const PREFIX_KEY: usize = 3;

/// The first [`PREFIX_KEY`] bytes of a form, if it has that many.
fn prefix_key(form: &str) -> Option<[u8; PREFIX_KEY]> {
    form.as_bytes()
        .get(..PREFIX_KEY)
        .and_then(|b| <[u8; PREFIX_KEY]>::try_from(b).ok())
}

impl PhraseSet {
    /// Folds every phrase of every list (split at spaces and apostrophes) once; the
    /// lists are told apart by their position.
    pub fn new(lists: &[&[&str]]) -> Self {
        let mut set = Self {
            filter: KeyFilter::with_capacity(lists.iter().map(|l| l.len()).sum()),
            ..Self::default()
        };
        let mut id = 0;
        for (list, phrases) in lists.iter().enumerate() {
            for phrase in phrases.iter() {
                if let Some(prefix) = phrase.strip_suffix('*') {
                    let prefix = fold(prefix);
                    if let Some(k) = prefix_key(&prefix) {
                        set.filter.insert(prefix_filter_key(k));
                        set.prefixes.entry(k).or_default().push((prefix, list, id));
                        id += 1;
                    }
                    continue;
                }
                let parts: Vec<String> = phrase
                    .split([' ', '\''])
                    .map(fold)
                    .filter(|p| !p.is_empty())
                    .collect();
                let keys: Vec<u64> = parts.iter().map(|p| key(p.as_bytes())).collect();
                let index = match keys.as_slice() {
                    [] => None,
                    [one] => Some(*one),
                    [first, second, ..] => Some(pair_key(*first, *second)),
                };
                if let Some(index) = index {
                    set.filter.insert(index);
                    set.by_first.entry(index).or_default().push(Phrase {
                        parts,
                        keys,
                        list,
                        id,
                    });
                    id += 1;
                }
            }
        }
        set
    }

    /// For each of the first `N` lists, how many distinct phrases of it occur in the
    /// words.
    pub fn count_each<const N: usize>(&self, words: &[Word]) -> [usize; N] {
        let mut counts = [0; N];
        let mut seen = Seen::default();
        let mut count = |id: usize, list: usize, seen: &mut Seen| {
            if seen.insert(id)
                && let Some(c) = counts.get_mut(list)
            {
                *c += 1;
            }
        };
        let filter = &self.filter;
        let matches = |p: &Phrase, i: usize| {
            words.len() >= i + p.parts.len()
                && p.keys.iter().zip(&words[i..]).all(|(k, w)| *k == w.key)
                && p.parts
                    .iter()
                    .zip(&words[i..])
                    .all(|(f, w)| same_form(f, w.folded))
        };
        for (i, w) in words.iter().enumerate() {
            if let Some(k) = prefix_key(w.folded)
                && filter.may_contain(prefix_filter_key(k))
                && let Some(prefixed) = self.prefixes.get(&k)
            {
                for (prefix, list, id) in prefixed {
                    if w.folded.starts_with(prefix.as_str()) {
                        count(*id, *list, &mut seen);
                    }
                }
            }
            if filter.may_contain(w.key)
                && let Some(phrases) = self.by_first.get(&w.key)
            {
                for p in phrases.iter().filter(|p| p.parts.len() == 1) {
                    if matches(p, i) {
                        count(p.id, p.list, &mut seen);
                    }
                }
            }
            if let Some(next) = words.get(i + 1) {
                let k = pair_key(w.key, next.key);
                if filter.may_contain(k)
                    && let Some(phrases) = self.by_first.get(&k)
                {
                    for p in phrases {
                        if matches(p, i) {
                            count(p.id, p.list, &mut seen);
                        }
                    }
                }
            }
        }
        counts
    }
}

/// The phrases a text was found to hold, by id: the first few on the stack (a text
/// holds few), the rest in a vector.
#[derive(Debug, Default)]
struct Seen {
    few: [usize; 8],
    len: usize,
    more: Vec<usize>,
}

impl Seen {
    /// Adds an id; false when it was there already.
    fn insert(&mut self, id: usize) -> bool {
        let few = &self.few[..self.len.min(self.few.len())];
        if few.contains(&id) || self.more.contains(&id) {
            return false;
        }
        match self.few.get_mut(self.len) {
            Some(slot) => *slot = id,
            None => self.more.push(id),
        }
        self.len += 1;
        true
    }
}

/// Folds a lexicon entry the way words are folded.
pub fn fold(term: &str) -> String {
    let mut out = String::new();
    for c in term.chars() {
        if let Some(f) = fold_char(c)
            && (f == '*' || !out.ends_with(f))
        {
            out.push(f);
        }
    }
    out
}

/// Folds like [`fold`] into a buffer, without allocating; the length of the folded
/// form, or `None` when it does not fit.
pub fn fold_into(term: &str, buffer: &mut [u8]) -> Option<usize> {
    let mut n = 0;
    for c in term.chars() {
        let Some(f) = fold_char(c) else { continue };
        // Folded letters are ASCII.
        let f = u8::try_from(f).unwrap_or(b'*');
        if f == b'*' || n == 0 || buffer[n - 1] != f {
            *buffer.get_mut(n)? = f;
            n += 1;
        }
    }
    Some(n)
}

/// Folds like [`fold`] but keeps the Swedish letters å, ä and ö apart, so that "höra"
/// and "hora" differ while "javla" still reads as a "jävla" with its accents dropped.
pub fn strict_fold(term: &str) -> Vec<char> {
    let mut out: Vec<char> = Vec::with_capacity(term.len());
    for c in term.chars() {
        let lower = if c.is_ascii() {
            c.to_ascii_lowercase()
        } else {
            c.to_lowercase().next().unwrap_or(c)
        };
        let f = if matches!(lower, 'å' | 'ä' | 'ö') {
            Some(lower)
        } else {
            fold_char(c)
        };
        if let Some(f) = f
            && (f == '*' || out.last() != Some(&f))
        {
            out.push(f);
        }
    }
    out
}

/// Whether a word may be read as a term: a Swedish letter the writer typed must be the
/// term's letter too (the writer may leave accents out, but not add them).
pub fn accents_agree(word: &[char], term: &[char]) -> bool {
    if word.len() < term.len() {
        return true;
    }
    word.iter()
        .zip(term)
        .all(|(w, t)| !matches!(w, 'å' | 'ä' | 'ö') || w == t)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_into_a_buffer_folds_as_folding_a_string() {
        for term in [
            "Anna",
            "Lindqvist",
            "Åsa",
            "j**la",
            "jäääävla",
            "",
            "!!",
            "Ögonblick",
        ] {
            let mut buffer = [0u8; 64];
            let n = fold_into(term, &mut buffer).expect("fits");
            assert_eq!(
                std::str::from_utf8(&buffer[..n]).ok(),
                Some(fold(term).as_str())
            );
        }
        assert_eq!(fold_into("abcdef", &mut [0u8; 3]), None);
    }

    #[test]
    fn the_short_path_reads_a_word_as_the_general_path_does() {
        let cases = [
            "Hej",
            "HEJ",
            "jaaaavla",
            "aaaaaaaa",
            "AAbbCCdd",
            "kommer",
            "Till",
            "aA",
            "ssS",
            "abbbbbba",
            "xyyzzzyx",
            "abcdefgh",
            "ABCDEFGH",
            "abcdefgi",
            "aabc",
            "abcc",
            "HeJ",
            "Abba",
            "tillit",
            "xyzXYZab",
            "Zz",
            "J**la",
            "f.u",
            "j4vla",
            "a",
            "A",
            "2026",
            "x2",
            "p@ss",
            "Tack",
            "sm$",
            "__",
            "*",
            "abc#def",
            "ABCdef",
            "OK",
            "l33t",
            "Q",
            "jävla",
            "JÄVLA",
            "Åsa",
            "ÅÄÖ",
            "åäöéü",
            "ÉÜ",
            "Ö",
            "hälsningar",
            "föööö",
            "blåbär",
            "Ärende",
            "jäääävla",
            "ö4",
        ];
        for case in cases {
            let (mut fast, mut slow) = (Vec::new(), Vec::new());
            let a = short_word(case, 3, 1, false, &mut fast).expect("a short word");
            let swedish = case.chars().all(|c| {
                c.is_ascii_alphabetic()
                    || matches!(c, 'å' | 'ä' | 'ö' | 'é' | 'ü' | 'Å' | 'Ä' | 'Ö' | 'É' | 'Ü')
            });
            if swedish && case.len() >= 3 {
                let mut own = Vec::new();
                let w = swedish_word(case.as_bytes(), 3, 1, &mut own);
                let p = a.as_ref().expect("a word");
                assert_eq!(
                    (&own[w.folded.0..w.folded.1], &own[w.plain.0..w.plain.1]),
                    (&fast[p.folded.0..p.folded.1], &fast[p.plain.0..p.plain.1]),
                    "{case}"
                );
                assert_eq!(
                    (w.shouted, w.capital, w.key, w.end),
                    (p.shouted, p.capital, p.key, p.end)
                );
            }
            if case.bytes().all(|b| b.is_ascii_alphabetic()) && !case.is_empty() {
                let mut letters = Vec::new();
                let l = letters_word(case.as_bytes(), case.len(), 3, 1, false, &mut letters);
                let mut eight = Vec::new();
                let x = first_eight(case.as_bytes(), case.len());
                if let Some(e) = eight_letters(case.as_bytes(), x, 3, 1, false, &mut eight) {
                    let mut again = Vec::new();
                    let c = any_word(case, 3, 1, false, &mut again).expect("a word");
                    assert_eq!(
                        (&eight[e.folded.0..e.folded.1], &eight[e.plain.0..e.plain.1]),
                        (&again[c.folded.0..c.folded.1], &again[c.plain.0..c.plain.1]),
                        "{case}"
                    );
                    assert_eq!((e.shouted, e.capital, e.key), (c.shouted, c.capital, c.key));
                }
                let mut check = Vec::new();
                let c = any_word(case, 3, 1, false, &mut check).expect("a word");
                let forms = |p: &Pending, arena: &[u8]| {
                    (
                        arena[p.folded.0..p.folded.1].to_vec(),
                        arena[p.plain.0..p.plain.1].to_vec(),
                        p.shouted,
                        p.capital,
                        p.key,
                    )
                };
                assert_eq!(forms(&l, &letters), forms(&c, &check), "{case}");
                // Read from a window that goes on past the word, as a text gives it.
                let window = format!("{case} och Mer TEXT");
                let mut windowed = Vec::new();
                let w = letters_word(window.as_bytes(), case.len(), 3, 1, false, &mut windowed);
                assert_eq!(forms(&w, &windowed), forms(&c, &check), "{case}");
            }

            let b = any_word(case, 3, 1, false, &mut slow);
            let shape = |p: Option<Pending>, arena: &[u8]| {
                p.map(|p| {
                    let folded = arena[p.folded.0..p.folded.1].to_vec();
                    let plain = arena[p.plain.0..p.plain.1].to_vec();
                    (
                        p.start, p.end, folded, plain, p.shouted, p.capital, p.key, p.masked,
                    )
                })
            };
            assert_eq!(shape(a, &fast), shape(b, &slow), "{case}");
        }
    }

    fn folded(text: &str) -> Vec<String> {
        let mut arena = String::new();
        words(text, &mut arena)
            .into_iter()
            .map(|w| w.folded.to_owned())
            .collect()
    }

    #[test]
    fn short_forms_with_equal_keys_are_equal() {
        // Every form of up to three letters (and masks) has a key of its own.
        let letters: Vec<u8> = (b'a'..=b'z').chain([b'*']).collect();
        let mut keys = std::collections::HashSet::new();
        let mut forms = std::collections::HashSet::new();
        for a in &letters {
            for b in letters.iter().map(Some).chain([None]) {
                for c in letters.iter().map(Some).chain([None]) {
                    let form: Vec<u8> = [Some(a), b, c].into_iter().flatten().copied().collect();
                    keys.insert(key(&form));
                    forms.insert(form);
                }
            }
        }
        assert_eq!(keys.len(), forms.len());
        assert!(same_form("javla", "javla"));
        assert!(!same_form("javla", "javl"));
        assert!(same_form("pensionsutbetalning", "pensionsutbetalning"));
        assert!(!same_form("pensionsutbetalning", "pensionsutbetalninx"));
    }

    #[test]
    fn an_id_is_seen_once_on_the_stack_and_past_it() {
        let mut seen = Seen::default();
        for id in 0..20 {
            assert!(seen.insert(id * 7), "{id}");
        }
        for id in 0..20 {
            assert!(!seen.insert(id * 7), "{id}");
        }
        assert!(seen.insert(1));
        assert_eq!(seen.len, 21);
    }

    #[test]
    fn up_to_eight_bytes_are_padded_as_gathered_byte_by_byte() {
        let bytes: Vec<u8> = (1..=9u8).map(|b| b.wrapping_mul(29)).collect();
        for n in 0..=8 {
            let mut gathered = 0u64;
            for (k, b) in bytes[..n].iter().enumerate() {
                gathered |= u64::from(*b) << (8 * k);
            }
            assert_eq!(padded(&bytes[..n]), gathered, "{n}");
        }
    }

    #[test]
    fn a_pending_word_is_as_large_as_a_word() {
        assert_eq!(size_of::<Pending>(), size_of::<Word>());
        assert_eq!(align_of::<Pending>(), align_of::<Word>());
    }

    #[test]
    fn a_word_fits_a_cache_line() {
        assert!(std::mem::size_of::<Word>() <= 64);
    }

    #[test]
    fn obfuscations_fold_alike() {
        assert_eq!(folded("jääääävla J4VLA javla"), ["javla", "javla", "javla"]);
        assert_eq!(folded("j ä v l a bank!!!"), ["javla", "bank"]);
        assert_eq!(folded("h0ra f*n"), ["hora", "f*n"]);
        let mut arena = String::new();
        let masked: Vec<bool> = words("fan f*n J**la kort", &mut arena)
            .iter()
            .map(|w| w.masked)
            .collect();
        assert_eq!(masked, [false, true, true, false]);
    }

    #[test]
    fn accents_tell_hora_from_hora() {
        assert!(!accents_agree(&strict_fold("höra"), &strict_fold("hora")));
        assert!(accents_agree(&strict_fold("javla"), &strict_fold("jävla")));
        assert!(accents_agree(&strict_fold("jäävla"), &strict_fold("jävla")));
        assert!(accents_agree(
            &strict_fold("fittjävlar"),
            &strict_fold("fitt")
        ));
    }

    #[test]
    fn prefixes_match_inflections_and_compounds() {
        let set = PhraseSet::new(&[&["pension*", "hyran", "sista gången"], &["avslag*"]]);
        let mut arena = String::new();
        let text = words(
            "pensionsutbetalningen avslaget hyran pension, sista gangen",
            &mut arena,
        );
        assert_eq!(set.count_each::<2>(&text), [3, 1]);
        let mut arena = String::new();
        assert_eq!(
            set.count_each::<2>(&words("pens avs sista", &mut arena)),
            [0, 0]
        );
    }

    #[test]
    fn single_letters_join_into_one_word_only_three_or_more_close_together() {
        fn spans(text: &str) -> Vec<(String, String)> {
            let mut arena = String::new();
            words(text, &mut arena)
                .iter()
                .map(|w| (w.folded.to_owned(), text[w.start..w.end].to_owned()))
                .collect()
        }
        fn own(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
            pairs
                .iter()
                .map(|(f, s)| ((*f).to_owned(), (*s).to_owned()))
                .collect()
        }
        // Joined across one or two bytes that are no part of a word.
        assert_eq!(
            spans("du är en f.u.c.k-ing i d i o t   å ä ö"),
            own(&[
                ("du", "du"),
                ("ar", "är"),
                ("en", "en"),
                ("fuck", "f.u.c.k"),
                ("ing", "ing"),
                ("idiot", "i d i o t"),
                ("ao", "å ä ö"),
            ])
        );
        // Two are each their own word; three bytes apart is no run.
        assert_eq!(
            spans("i å,   x   y   z"),
            own(&[("i", "i"), ("a", "å"), ("x", "x"), ("y", "y"), ("z", "z")])
        );
        // A long run, past the letters kept as they came.
        let long = "s k a n d a l ö s t   b e t e e n d e";
        let joined = spans(long);
        assert_eq!(joined[0].0, "skandalost");
        assert_eq!(joined[0].1, "s k a n d a l ö s t");
        assert_eq!(joined[1].0, "betende");
    }

    #[test]
    fn offsets_point_into_the_original() {
        let text = "Hej, JÄVLA bank!";
        let mut arena = String::new();
        let w = words(text, &mut arena);
        assert_eq!(&text[w[1].start..w[1].end], "JÄVLA");
        assert!(w[1].shouted);
        assert_eq!(&text[w[2].start..w[2].end], "bank");
    }
}
