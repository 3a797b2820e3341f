//! Every record's comparable features, stored flat.
//!
//! A record's features are a handful of short lists (name terms, name trigrams, description
//! weights, three list fields, the probe vector). Kept as one `Vec` each, a million records are
//! seven million small allocations: normalise spends its time in the allocator, scoring a pair
//! reads a partner's seven lists from seven places in a multi-gigabyte heap (each a cache and
//! TLB miss), and freeing them takes over a second. Here the records are cut into chunks of
//! [`CHUNK`], built in parallel, and each chunk keeps all its records' term ids in one array and
//! their weighted terms in another, with a small fixed-size entry per record saying where its
//! lists start and end. A record's lists are then adjacent in memory, and the corpus is a few
//! hundred allocations. No crate offers this layout for several variable-length fields per
//! item, so it is written here.

use crate::model::Phase;
use rayon::prelude::*;

/// The list fields, in [`crate::model::Field`] order.
pub const LIST_FIELDS: usize = 3;

/// Records per chunk (a power of two, so that a record's chunk is a shift away).
const CHUNK_SHIFT: u32 = 12;
pub const CHUNK: usize = 1 << CHUNK_SHIFT;

/// One record's comparable features, borrowed from the [`FeatureStore`].
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Features<'a> {
    /// Department id (index into [`super::index::Corpus::departments`]).
    pub department: u32,
    /// Distinct name terms, sorted by id.
    pub name_terms: &'a [u32],
    /// Distinct character trigrams of the normalised name, hashed, sorted.
    pub name_grams: &'a [u32],
    /// Description terms with TF-IDF weights, sorted by id, unit length (empty when no terms).
    pub description: &'a [(u32, f32)],
    /// Capabilities, user groups, technologies: distinct terms, sorted by id; `None` when the
    /// record left the field empty.
    pub lists: [Option<&'a [u32]>; LIST_FIELDS],
    /// Delivery period as days since 1970 (end `None` means ongoing).
    pub dates: Option<(i32, Option<i32>)>,
    pub phase: Option<Phase>,
}

/// Where one record's features are in its chunk.
#[derive(Clone, Copy, Debug, Default)]
struct Entry {
    department: u32,
    /// Start of the record's ids in the chunk's `ids`.
    start: u32,
    /// Ends (relative to `start`) of the name terms, name trigrams and the three lists.
    ends: [u32; 2 + LIST_FIELDS],
    /// Start and length of the record's description in the chunk's `description`.
    description: u32,
    description_len: u32,
    /// Start, and end if any, of the delivery period.
    dates: (i32, i32),
    /// Bits 0-2: list present; bit 3: has dates; bit 4: has an end date.
    flags: u8,
    phase: Option<Phase>,
}

const HAS_DATES: u8 = 1 << 3;
const HAS_END: u8 = 1 << 4;

/// Up to [`CHUNK`] consecutive records' features.
#[derive(Debug, Default)]
pub struct FeatureChunk {
    entries: Vec<Entry>,
    ids: Vec<u32>,
    description: Vec<(u32, f32)>,
    /// Record `k`'s probe vector is `probe[probe_start[k]..probe_start[k + 1]]`.
    probe_start: Vec<u32>,
    probe: Vec<(u32, f32)>,
}

/// What [`FeatureChunk::push`] takes for one record. The description and probe vectors are
/// already appended to [`FeatureChunk::description_mut`] and [`FeatureChunk::probe_mut`].
pub struct NewFeatures<'a> {
    pub department: u32,
    pub name_terms: &'a [u32],
    pub name_grams: &'a [u32],
    pub lists: [Option<&'a [u32]>; LIST_FIELDS],
    pub dates: Option<(i32, Option<i32>)>,
    pub phase: Option<Phase>,
}

impl FeatureChunk {
    pub fn new() -> FeatureChunk {
        FeatureChunk {
            probe_start: vec![0],
            ..FeatureChunk::default()
        }
    }

    /// The chunk's description weights, to append the next record's to before
    /// [`FeatureChunk::push`].
    pub fn description_mut(&mut self) -> &mut Vec<(u32, f32)> {
        &mut self.description
    }

    /// The chunk's probe weights, to append the next record's to before
    /// [`FeatureChunk::push`].
    pub fn probe_mut(&mut self) -> &mut Vec<(u32, f32)> {
        &mut self.probe
    }

    /// Adds the next record: its lists, and the description and probe weights appended since
    /// the previous record.
    ///
    /// # Panics
    /// When the chunk's arrays outgrow `u32` offsets (billions of terms in [`CHUNK`] records).
    pub fn push(&mut self, f: NewFeatures<'_>) {
        let offset = |n: usize| u32::try_from(n).expect("a feature chunk holds under 4G terms");
        let start = self.ids.len();
        let mut ends = [0u32; 2 + LIST_FIELDS];
        let mut flags = 0u8;
        self.ids.extend_from_slice(f.name_terms);
        ends[0] = offset(self.ids.len() - start);
        self.ids.extend_from_slice(f.name_grams);
        ends[1] = offset(self.ids.len() - start);
        for (k, list) in f.lists.iter().enumerate() {
            if let Some(list) = list {
                self.ids.extend_from_slice(list);
                flags |= 1 << k;
            }
            ends[2 + k] = offset(self.ids.len() - start);
        }
        let description = self
            .entries
            .last()
            .map_or(0, |e| e.description + e.description_len);
        let dates = match f.dates {
            Some((s, Some(e))) => {
                flags |= HAS_DATES | HAS_END;
                (s, e)
            }
            Some((s, None)) => {
                flags |= HAS_DATES;
                (s, 0)
            }
            None => (0, 0),
        };
        self.entries.push(Entry {
            department: f.department,
            start: offset(start),
            ends,
            description,
            description_len: offset(self.description.len()) - description,
            dates,
            flags,
            phase: f.phase,
        });
        self.probe_start.push(offset(self.probe.len()));
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    fn shrink(mut self) -> FeatureChunk {
        self.ids.shrink_to_fit();
        self.description.shrink_to_fit();
        self.probe.shrink_to_fit();
        self
    }

    #[inline]
    fn features(&self, k: usize) -> Features<'_> {
        let e = &self.entries[k];
        let ids = &self.ids[e.start as usize..e.start as usize + e.ends[1 + LIST_FIELDS] as usize];
        let list = |j: usize| -> Option<&[u32]> {
            (e.flags & (1 << j) != 0).then(|| &ids[e.ends[1 + j] as usize..e.ends[2 + j] as usize])
        };
        Features {
            department: e.department,
            name_terms: &ids[..e.ends[0] as usize],
            name_grams: &ids[e.ends[0] as usize..e.ends[1] as usize],
            description: &self.description
                [e.description as usize..(e.description + e.description_len) as usize],
            lists: [list(0), list(1), list(2)],
            dates: (e.flags & HAS_DATES != 0)
                .then_some((e.dates.0, (e.flags & HAS_END != 0).then_some(e.dates.1))),
            phase: e.phase,
        }
    }
}

/// Every record's features, in record order (see the module documentation).
#[derive(Debug, Default)]
pub struct FeatureStore {
    chunks: Vec<FeatureChunk>,
    len: usize,
}

impl FeatureStore {
    /// The store of `chunks`, in order; every chunk but the last must hold exactly [`CHUNK`]
    /// records.
    ///
    /// # Panics
    /// When a chunk other than the last is not full.
    pub fn from_chunks(chunks: Vec<FeatureChunk>) -> FeatureStore {
        let last = chunks.len().saturating_sub(1);
        assert!(
            chunks[..last].iter().all(|c| c.len() == CHUNK),
            "every feature chunk but the last holds {CHUNK} records"
        );
        let len = chunks.iter().map(FeatureChunk::len).sum();
        let chunks = chunks.into_par_iter().map(FeatureChunk::shrink).collect();
        FeatureStore { chunks, len }
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Record `i`'s features.
    ///
    /// # Panics
    /// When `i` is out of range, as indexing does.
    #[inline]
    pub fn at(&self, i: usize) -> Features<'_> {
        self.chunks[i >> CHUNK_SHIFT].features(i & (CHUNK - 1))
    }

    /// Record `i`'s features, or `None` when `i` is out of range.
    #[inline]
    pub fn get(&self, i: usize) -> Option<Features<'_>> {
        (i < self.len).then(|| self.at(i))
    }

    /// Record `i`'s department.
    #[inline]
    pub fn department(&self, i: usize) -> u32 {
        self.chunks[i >> CHUNK_SHIFT].entries[i & (CHUNK - 1)].department
    }

    /// Record `i`'s probe vector: the terms used to find its candidates, with weights, sorted
    /// by id, unit length (empty once [`FeatureStore::release_probes`] has run).
    #[inline]
    pub fn probe(&self, i: usize) -> &[(u32, f32)] {
        let chunk = &self.chunks[i >> CHUNK_SHIFT];
        let k = i & (CHUNK - 1);
        match (chunk.probe_start.get(k), chunk.probe_start.get(k + 1)) {
            (Some(&s), Some(&e)) if e as usize <= chunk.probe.len() => {
                &chunk.probe[s as usize..e as usize]
            }
            _ => &[],
        }
    }

    /// Frees the probe vectors, which only candidate generation reads.
    pub fn release_probes(&mut self) {
        self.chunks.par_iter_mut().for_each(|c| {
            c.probe = Vec::new();
            c.probe_start = Vec::new();
        });
    }

    /// Every record's features, in order.
    pub fn iter(&self) -> impl ExactSizeIterator<Item = Features<'_>> + '_ {
        (0..self.len).map(|i| self.at(i))
    }

    /// Every record's features, in order, in parallel.
    pub fn par_iter(&self) -> impl IndexedParallelIterator<Item = Features<'_>> + '_ {
        (0..self.len).into_par_iter().map(|i| self.at(i))
    }

    /// Asks the processor for record `i`'s entry (a hint: results cannot change).
    #[inline]
    pub fn prefetch_entry(&self, i: usize) {
        if let Some(e) = self
            .chunks
            .get(i >> CHUNK_SHIFT)
            .and_then(|c| c.entries.get(i & (CHUNK - 1)))
        {
            super::index::prefetch(e);
        }
    }

    /// Asks the processor for the start of record `i`'s lists: `id_lines` cache lines of its
    /// ids and `description_lines` of its description (a hint: results cannot change).
    #[inline]
    pub fn prefetch_lists(&self, i: usize, id_lines: usize, description_lines: usize) {
        let Some(chunk) = self.chunks.get(i >> CHUNK_SHIFT) else {
            return;
        };
        let Some(e) = chunk.entries.get(i & (CHUNK - 1)) else {
            return;
        };
        let ids = chunk.ids.as_ptr().wrapping_add(e.start as usize);
        super::index::prefetch_bytes(ids.cast::<u8>(), id_lines);
        let description = chunk
            .description
            .as_ptr()
            .wrapping_add(e.description as usize);
        super::index::prefetch_bytes(description.cast::<u8>(), description_lines);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn push(chunk: &mut FeatureChunk, r: u32) {
        chunk.description_mut().push((r, 1.0));
        chunk.probe_mut().extend([(r, 0.6), (r + 1, 0.8)]);
        let (name, grams, list) = ([r, r + 1], [r * 10], [r + 2]);
        chunk.push(NewFeatures {
            department: r % 3,
            name_terms: &name,
            name_grams: &grams,
            lists: [Some(&list), None, r.is_multiple_of(2).then_some(&[][..])],
            dates: (r % 2 == 1).then_some((r as i32, (r > 2).then_some(r as i32 + 5))),
            phase: None,
        });
    }

    #[test]
    fn records_read_back_across_chunks() {
        let n = CHUNK + 7;
        let chunks: Vec<FeatureChunk> = (0..n)
            .collect::<Vec<_>>()
            .chunks(CHUNK)
            .map(|rs| {
                let mut chunk = FeatureChunk::new();
                for &r in rs {
                    push(&mut chunk, r as u32);
                }
                chunk
            })
            .collect();
        let mut store = FeatureStore::from_chunks(chunks);
        assert_eq!(store.len(), n);
        for i in [0, 1, 2, 3, CHUNK - 1, CHUNK, n - 1] {
            let r = i as u32;
            let f = store.at(i);
            assert_eq!(f.department, r % 3);
            assert_eq!(store.department(i), r % 3);
            assert_eq!(f.name_terms, &[r, r + 1]);
            assert_eq!(f.name_grams, &[r * 10]);
            assert_eq!(f.description, &[(r, 1.0)]);
            assert_eq!(f.lists[0], Some(&[r + 2][..]));
            assert_eq!(f.lists[1], None);
            // A present but empty list stays present.
            assert_eq!(f.lists[2], r.is_multiple_of(2).then_some(&[][..]));
            let dates = (r % 2 == 1).then_some((r as i32, (r > 2).then_some(r as i32 + 5)));
            assert_eq!(f.dates, dates);
            assert_eq!(store.probe(i), &[(r, 0.6), (r + 1, 0.8)]);
            assert_eq!(store.get(i), Some(f));
        }
        assert_eq!(store.get(n), None);
        assert_eq!(store.iter().count(), n);
        store.release_probes();
        assert!(store.probe(0).is_empty());
        assert_eq!(store.at(n - 1).name_terms, &[n as u32 - 1, n as u32]);
    }

    #[test]
    #[should_panic(expected = "every feature chunk but the last")]
    fn a_short_chunk_before_the_last_is_refused() {
        let mut a = FeatureChunk::new();
        push(&mut a, 0);
        let b = FeatureChunk::new();
        FeatureStore::from_chunks(vec![a, b]);
    }
}
