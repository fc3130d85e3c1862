//! The model's weights by feature key, packed to stay in cache: one `u64` per slot (a
//! tag from the key's high half and the index of the weights) and the weights as
//! thousandths in `i16`, which is exactly how `data/model.tsv` writes them.

use super::HEADS;

/// A feature's weights per head, in thousandths.
pub type Weights = [i16; HEADS];

/// The scale of [`Weights`]: the model file writes three decimals.
pub const SCALE: f32 = 1000.0;

/// A weight in thousandths, or `None` when it does not fit an `i16` (over ±32.767).
pub fn quantize(w: f32) -> Option<i16> {
    let t = (w * SCALE).round();
    (t.is_finite() && (f32::from(i16::MIN)..=f32::from(i16::MAX)).contains(&t)).then_some(
        // In range and whole: the cast is exact.
        t as i16,
    )
}

/// Weights by feature key in open addressing. A slot is 0 when empty, else the key's
/// tag (its high 32 bits, never 0) above the index of its weights; the key's low bits
/// choose the slot, so a lookup compares 48 bits or more of the key in one load.
#[derive(Debug, Default)]
pub struct Table {
    slots: Vec<u64>,
    weights: Vec<Weights>,
    /// Each feature's whole key, by index: read only when the table grows.
    keys: Vec<u64>,
}

fn tag(key: u64) -> u64 {
    (key >> 32).max(1)
}

impl Table {
    /// An empty table with room for `n` features.
    pub fn with_capacity(n: usize) -> Self {
        let slots = (n.max(8) * 2).next_power_of_two();
        Self {
            slots: vec![0; slots],
            weights: Vec::with_capacity(n),
            keys: Vec::with_capacity(n),
        }
    }

    /// How many features it holds.
    pub fn len(&self) -> usize {
        self.weights.len()
    }

    /// The slot holding `key`, or the empty slot where it would go.
    #[inline]
    fn slot(&self, key: u64) -> usize {
        let mask = self.slots.len() - 1;
        let tag = tag(key);
        // Truncation is the point: the low bits choose the slot.
        let mut at = key as usize & mask;
        loop {
            let s = self.slots[at];
            if s == 0 || s >> 32 == tag {
                return at;
            }
            at = (at + 1) & mask;
        }
    }

    /// Sets a feature's weights.
    pub fn insert(&mut self, key: u64, w: Weights) {
        if self.slots.is_empty() || (self.len() + 1) * 2 > self.slots.len() {
            let mut bigger = Self::with_capacity((self.len() + 1) * 2);
            for (k, w) in self.keys.iter().zip(&self.weights) {
                bigger.insert(*k, *w);
            }
            *self = bigger;
        }
        let at = self.slot(key);
        let s = self.slots[at];
        if s != 0 {
            self.weights[index(s)] = w;
        } else {
            self.slots[at] = tag(key) << 32 | self.weights.len() as u64;
            self.weights.push(w);
            self.keys.push(key);
        }
    }

    /// A feature's weights.
    #[inline]
    pub fn get(&self, key: u64) -> Option<&Weights> {
        if self.slots.is_empty() {
            return None;
        }
        let s = self.slots[self.slot(key)];
        (s != 0).then(|| &self.weights[index(s)])
    }
}

/// The index of a slot's weights: its low 32 bits.
fn index(slot: u64) -> usize {
    (slot & u64::from(u32::MAX)) as usize
}

/// One slot of an [`InlineTable`]: the key's tag (0 when empty) and the weights beside
/// it, 32 bytes, two to a cache line.
#[derive(Debug, Clone, Copy, Default)]
#[repr(C, align(32))]
struct Slot {
    tag: u32,
    weights: Weights,
}

/// Weights by feature key with each feature's weights in its slot: a lookup that finds
/// its feature reads one cache line, not two. For the tables read for every word (the
/// vocabulary and the word pairs), whose slots take four times the room of a
/// [`Table`]'s but are read once instead of twice.
#[derive(Debug, Default)]
pub struct InlineTable {
    slots: Vec<Slot>,
    /// Each feature's whole key and weights: read only when the table grows.
    entries: Vec<(u64, Weights)>,
}

/// The tag of a key in an [`InlineTable`]: its high 32 bits, never 0.
fn tag32(key: u64) -> u32 {
    ((key >> 32) as u32).max(1)
}

impl InlineTable {
    /// An empty table with room for `n` features.
    pub fn with_capacity(n: usize) -> Self {
        Self {
            slots: vec![Slot::default(); (n.max(8) * 2).next_power_of_two()],
            entries: Vec::with_capacity(n),
        }
    }

    /// How many features it holds.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    #[inline]
    fn slot(&self, key: u64) -> usize {
        let mask = self.slots.len() - 1;
        let tag = tag32(key);
        let mut at = key as usize & mask;
        loop {
            let t = self.slots[at].tag;
            if t == 0 || t == tag {
                return at;
            }
            at = (at + 1) & mask;
        }
    }

    /// Sets a feature's weights.
    pub fn insert(&mut self, key: u64, w: Weights) {
        if self.slots.is_empty() || (self.len() + 1) * 2 > self.slots.len() {
            let mut bigger = Self::with_capacity((self.len() + 1) * 2);
            for (k, w) in &self.entries {
                bigger.insert(*k, *w);
            }
            *self = bigger;
        }
        let at = self.slot(key);
        if self.slots[at].tag == 0 {
            self.entries.push((key, w));
        } else if let Some(e) = self.entries.iter_mut().find(|(k, _)| *k == key) {
            e.1 = w;
        }
        self.slots[at] = Slot {
            tag: tag32(key),
            weights: w,
        };
    }

    /// A feature's weights.
    #[inline]
    pub fn get(&self, key: u64) -> Option<&Weights> {
        if self.slots.is_empty() {
            return None;
        }
        let s = &self.slots[self.slot(key)];
        (s.tag != 0).then_some(&s.weights)
    }
}
