//! The period's corpus and candidate generation.
//!
//! In: the period's records and a [`Normaliser`]. Out: a [`Corpus`] holding every record's
//! comparable features as interned term ids (u32, sorted), the document frequencies, and each
//! term's one-slip neighbours; [`Corpus::candidates`] yields, for each record, a bounded list of
//! records in other departments that share its most distinctive terms or pairs of terms
//! (blocking keys with bounded blocks, then a weighted vote), without comparing every pair.
//!
//! Term ids are assigned in alphabetical order of the terms, so the corpus (and everything built
//! on it) is the same whatever the number of threads.

use super::normalise::{Normaliser, is_kept, learn_definitions, replace_phrases};
use super::score::NameLetters;
use crate::model::Record;
use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHashSet};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// A term used by at most this many records always finds candidates, however small the period
/// (in a small period a share such as 2% would leave only a handful of records per term).
pub const MIN_TERM_LIMIT: u32 = 100;

use super::features::{CHUNK, FeatureChunk, NewFeatures};
pub use super::features::{FeatureStore, Features, LIST_FIELDS};

/// Everything known about the period's text, shared by candidate generation and scoring.
#[derive(Debug)]
pub struct Corpus {
    /// Term id -> stemmed term.
    pub terms: Vec<String>,
    /// Term id -> a readable word for it, the surface form most records use (see
    /// [`Corpus::display`]).
    pub display_words: Vec<String>,
    /// Term id -> number of records using it anywhere.
    pub df: Vec<u32>,
    /// Term id -> inverse document frequency, `ln(1 + n / df)`.
    pub idf: Vec<f32>,
    /// Department names, sorted; [`Features::department`] indexes this.
    pub departments: Vec<String>,
    pub features: FeatureStore,
    /// Acronym definitions learnt from the catalogues and agreed by all that make them.
    pub learnt_acronyms: BTreeMap<String, String>,
    /// Typing slips: for each term, the other terms one edit away (see [`typo_neighbours`]),
    /// as one flat list with offsets (`typo_offsets[t]..typo_offsets[t + 1]`).
    typo_offsets: Vec<u32>,
    typo_targets: Vec<u32>,
}

/// Terms that share a deletion key with more than this many others are not linked as slips
/// (keeps the pairwise check bounded on adversarial vocabularies; real ones stay far below).
const MAX_SLIP_GROUP: usize = 512;

/// The longest term, in bytes, checked for slips.
const MAX_SLIP_BYTES: usize = 48;

/// Of two terms one edit apart, one is taken for a slip of the other only when it is rare: used
/// by at most [`SLIP_RARE_RECORDS`] records, or by at most one in [`SLIP_RATIO`] as many as the
/// other. A slip is an accident, and accidents are rarely repeated; two words that many records
/// use ("food" and "flood") are different words. Filters the lists of [`typo_neighbours`]
/// (same layout) by the period's document frequencies.
fn keep_likely_slips(offsets: &[u32], targets: &[u32], df: &[u32]) -> (Vec<u32>, Vec<u32>) {
    let likely = |t: usize, u: usize| {
        let (a, b) = (
            df.get(t).copied().unwrap_or(0),
            df.get(u).copied().unwrap_or(0),
        );
        let (rare, common) = (a.min(b), a.max(b));
        rare <= SLIP_RARE_RECORDS || rare.saturating_mul(SLIP_RATIO) <= common
    };
    let mut kept_offsets = Vec::with_capacity(offsets.len());
    let mut kept = Vec::with_capacity(targets.len());
    kept_offsets.push(0);
    for t in 0..offsets.len().saturating_sub(1) {
        let (from, to) = (offsets[t] as usize, offsets[t + 1] as usize);
        kept.extend(targets[from..to].iter().filter(|&&u| likely(t, u as usize)));
        kept_offsets.push(kept.len() as u32);
    }
    (kept_offsets, kept)
}

/// See [`keep_likely_slips`].
const SLIP_RARE_RECORDS: u32 = 2;
const SLIP_RATIO: u32 = 10;

/// For each term, the other terms within one edit ([`super::score::within_one_edit`]: both at
/// least four bytes; one insertion, deletion, substitution or adjacent transposition), sorted.
///
/// Deletion neighbourhoods (as SymSpell does): every term is keyed by itself and by each
/// one-byte deletion of it; two terms one edit apart always share a key, so only terms sharing
/// a key are compared. Written by hand: the crates that do this (symspell) are dictionaries for
/// spelling correction with their own tokenisation, not an index over our term ids.
pub fn typo_neighbours(terms: &[String]) -> (Vec<u32>, Vec<u32>) {
    let hash = |bytes: &[u8]| -> u64 {
        use std::hash::Hasher;
        let mut h = rustc_hash::FxHasher::default();
        h.write(bytes);
        h.write_usize(bytes.len());
        h.finish()
    };
    let mut keys: Vec<(u64, u32)> = terms
        .par_iter()
        .enumerate()
        .filter(|(_, t)| (4..=MAX_SLIP_BYTES).contains(&t.len()))
        .flat_map_iter(|(id, t)| {
            let bytes = t.as_bytes();
            let mut out = Vec::with_capacity(bytes.len() + 1);
            out.push((hash(bytes), id as u32));
            let mut buf = [0u8; MAX_SLIP_BYTES];
            for skip in 0..bytes.len() {
                buf[..skip].copy_from_slice(&bytes[..skip]);
                buf[skip..bytes.len() - 1].copy_from_slice(&bytes[skip + 1..]);
                out.push((hash(&buf[..bytes.len() - 1]), id as u32));
            }
            out
        })
        .collect();
    keys.par_sort_unstable();
    keys.dedup();
    let mut links: Vec<(u32, u32)> = keys
        .chunk_by(|x, y| x.0 == y.0)
        .filter(|g| g.len() >= 2 && g.len() <= MAX_SLIP_GROUP)
        .flat_map(|g| {
            let mut found = Vec::new();
            for (i, &(_, a)) in g.iter().enumerate() {
                for &(_, b) in &g[i + 1..] {
                    if a != b
                        && super::score::within_one_edit(&terms[a as usize], &terms[b as usize])
                    {
                        found.push((a, b));
                        found.push((b, a));
                    }
                }
            }
            found
        })
        .collect();
    links.par_sort_unstable();
    links.dedup();
    let mut offsets = vec![0u32; terms.len() + 1];
    for &(a, _) in &links {
        offsets[a as usize + 1] += 1;
    }
    for t in 0..terms.len() {
        offsets[t + 1] += offsets[t];
    }
    (offsets, links.into_iter().map(|(_, b)| b).collect())
}

/// Up to [`CHUNK`] records' interned text, flat (one array per chunk rather than seven
/// vectors per record; see [`FeatureStore`]). Record `k`'s ids are
/// `ids[bounds[k][0]..bounds[k][6]]`: its distinct name terms, all its description terms (as
/// used, repeated), the distinct terms of each list field, and the name's character trigrams,
/// with `bounds[k][1..6]` the end of each part. Bit `j` of `present[k]` is set when list `j` is
/// not empty. `surface` holds each record's distinct (term, word) pairs in turn, packed as
/// `term << 32 | word` (counted over the period for readable labels).
#[derive(Default)]
struct InternedChunk {
    ids: Vec<u32>,
    bounds: Vec<[u32; 7]>,
    present: Vec<u8>,
    surface: Vec<u64>,
}

/// One record of an [`InternedChunk`].
struct InternedRecord<'a> {
    name: &'a [u32],
    description: &'a [u32],
    lists: [Option<&'a [u32]>; LIST_FIELDS],
    name_grams: &'a [u32],
}

impl InternedChunk {
    fn len(&self) -> usize {
        self.bounds.len()
    }

    fn record(&self, k: usize) -> InternedRecord<'_> {
        let b = self.bounds[k];
        let part = |j: usize| &self.ids[b[j] as usize..b[j + 1] as usize];
        let list = |j: usize| (self.present[k] & (1 << j) != 0).then(|| part(2 + j));
        InternedRecord {
            name: part(0),
            description: part(1),
            lists: [list(0), list(1), list(2)],
            name_grams: part(5),
        }
    }
}

/// Sorts `v[from..]` and removes its repeats.
fn sort_dedup_tail(v: &mut Vec<u32>, from: usize) {
    let tail = &mut v[from..];
    tail.sort_unstable();
    let mut kept = 0;
    for k in 0..tail.len() {
        if k == 0 || tail[k] != tail[kept - 1] {
            tail[kept] = tail[k];
            kept += 1;
        }
    }
    v.truncate(from + kept);
}

/// The period's word and term dictionaries, built once from the distinct words of all records
/// so that each word is stemmed once and records hold only ids.
struct Dictionary<'a> {
    /// Word -> word id (index into `words`).
    word_ids: FxHashMap<&'a str, u32>,
    /// Word id -> the word (concept names are appended after the catalogue's words).
    words: &'a [String],
    /// Word id -> term id, or `NO_TERM` when the stem is not worth keeping.
    word_term: Vec<u32>,
    /// Concept phrases as term-id sequences -> (concept term id, concept name word id).
    concepts: FxHashMap<Vec<u32>, (u32, u32)>,
    /// Term id -> true when some concept phrase starts with it.
    concept_start: Vec<bool>,
    concept_len: usize,
    /// Term id -> the concept-phrase term it is one typing slip from ("apoint" -> "appoint"),
    /// or itself: phrases are looked up through this, so "Apointment booking" is still
    /// "appointment booking". Only the corpus path does this; the string path
    /// ([`Normaliser::word_terms`]) has no vocabulary to find slips in.
    concept_alias: Vec<u32>,
    /// Term id -> true for a named phrase's term, whose words stay beside it.
    keeps_words: Vec<bool>,
}

const NO_TERM: u32 = u32::MAX;

impl Dictionary<'_> {
    /// The (term, word) ids of one text given as its words' ids (in order), concept phrases
    /// replaced by their concept, appended to `out`; `scratch` is reused between calls.
    fn words(
        &self,
        words: impl Iterator<Item = u32>,
        scratch: &mut Vec<(u32, u32)>,
        out: &mut Vec<(u32, u32)>,
    ) {
        scratch.clear();
        for word in words {
            let term = self.word_term[word as usize];
            if term != NO_TERM {
                scratch.push((term, word));
            }
        }
        let starts =
            |&(t, _): &(u32, u32)| self.concept_start[self.concept_alias[t as usize] as usize];
        if self.concepts.is_empty() || !scratch.iter().any(starts) {
            out.extend_from_slice(scratch);
            return;
        }
        let mut key: Vec<u32> = Vec::with_capacity(self.concept_len);
        replace_phrases(
            scratch,
            self.concept_len,
            starts,
            |phrase| {
                key.clear();
                key.extend(phrase.iter().map(|&(t, _)| self.concept_alias[t as usize]));
                self.concepts.get(&key).copied()
            },
            |&(t, _)| self.keeps_words[t as usize],
            out,
        );
    }
}

/// Up to [`CHUNK`] records' text as words, each text once through the normaliser: the chunk's
/// distinct words, and every text unit (name, description, each list item, in
/// [`for_each_text`]'s order) as local word ids.
#[derive(Default)]
struct TokenChunk {
    /// Local id -> the word.
    words: Vec<Box<str>>,
    /// Every unit's local word ids, one after another.
    tokens: Vec<u32>,
    /// Where each unit ends in `tokens`.
    unit_ends: Vec<u32>,
}

impl TokenChunk {
    fn read(records: &[Record], owns: &[Vec<(String, String)>], normaliser: &Normaliser) -> Self {
        let mut chunk = TokenChunk::default();
        let mut local: FxHashMap<Box<str>, u32> = FxHashMap::default();
        for (r, own) in records.iter().zip(owns) {
            for_each_text(r, |text| {
                normaliser.for_each_word(text, own, |w| {
                    let id = match local.get(w) {
                        Some(&id) => id,
                        None => {
                            let id = local.len() as u32;
                            local.insert(w.into(), id);
                            id
                        }
                    };
                    chunk.tokens.push(id);
                });
                let end = u32::try_from(chunk.tokens.len()).expect("a chunk holds under 4G words");
                chunk.unit_ends.push(end);
            });
        }
        chunk.words = vec![Box::default(); local.len()];
        for (word, id) in local {
            chunk.words[id as usize] = word;
        }
        chunk
    }
}

/// Calls `visit` with every text field of a record: name, description, each list item.
fn for_each_text<'r>(record: &'r Record, mut visit: impl FnMut(&'r str)) {
    visit(&record.name);
    visit(&record.description);
    for list in [
        &record.capabilities,
        &record.user_groups,
        &record.technologies,
    ] {
        for item in list {
            visit(item);
        }
    }
}

/// Acronym definitions made anywhere in the records, kept only when all definitions of an
/// acronym agree.
pub fn learn_acronyms(records: &[Record]) -> BTreeMap<String, String> {
    let found: Vec<Vec<(String, String)>> = records.par_iter().map(own_definitions).collect();
    let mut seen: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (a, e) in found.into_iter().flatten() {
        seen.entry(a).or_default().insert(e);
    }
    seen.into_iter()
        .filter(|(_, e)| e.len() == 1)
        .filter_map(|(a, e)| e.into_iter().next().map(|e| (a, e)))
        .collect()
}

/// A named phrase that more efforts than this name says little about any one joint effort
/// (codenames such as "Project Avon" are reused by unrelated efforts): it is not learnt. A
/// cross-government programme has a handful of members.
pub const MAX_PHRASE_RECORDS: usize = 10;

/// Proper-noun phrases that efforts of two or more departments name in their descriptions
/// ("Part of the cross-government Aldchester Shared Services Programme"), learnt at run time
/// like acronym definitions. A phrase is a run of two or more capitalised words (joined by
/// "of", "and", "for" or "the"), a sentence's first word left out; one named by more than
/// `max_records` efforts says little and is left out.
pub fn learn_phrases(records: &[Record], max_records: usize) -> Vec<String> {
    let found: Vec<Vec<String>> = records
        .par_iter()
        .map(|r| {
            let mut p = capitalised_phrases(&r.description);
            p.sort_unstable();
            p.dedup();
            p
        })
        .collect();
    let mut seen: BTreeMap<&str, (BTreeSet<&str>, usize)> = BTreeMap::new();
    for (r, phrases) in records.iter().zip(&found) {
        for p in phrases {
            let e = seen.entry(p.as_str()).or_default();
            e.0.insert(r.department.as_str());
            e.1 += 1;
        }
    }
    seen.into_iter()
        .filter(|(_, (departments, n))| departments.len() >= 2 && *n <= max_records)
        .map(|(p, _)| p.to_string())
        .collect()
}

/// The runs of two or more capitalised words in `text`, lower-cased, a sentence's first word
/// left out.
fn capitalised_phrases(text: &str) -> Vec<String> {
    const JOINERS: [&str; 4] = ["of", "and", "for", "the"];
    let mut out = Vec::new();
    let mut run: Vec<&str> = Vec::new();
    let mut flush = |run: &mut Vec<&str>| {
        while run.last().is_some_and(|w| JOINERS.contains(w)) {
            run.pop();
        }
        if run.iter().filter(|w| !JOINERS.contains(w)).count() >= 2 {
            out.push(run.join(" ").to_lowercase());
        }
        run.clear();
    };
    let mut sentence_start = true;
    for token in text.split_whitespace() {
        let ends = token.ends_with(['.', '!', '?', ':', ';']);
        let word = token.trim_matches(|c: char| !c.is_alphanumeric());
        let capitalised = word.chars().next().is_some_and(char::is_uppercase);
        if token.starts_with('(') {
            // "(DWP)": an aside, not part of the run before it.
            flush(&mut run);
        }
        let joins = !run.is_empty() && JOINERS.contains(&word);
        if (capitalised && !sentence_start) || joins {
            run.push(word);
        } else {
            flush(&mut run);
        }
        if ends || token.ends_with([',', ')', '(']) {
            flush(&mut run);
        }
        sentence_start = ends;
    }
    flush(&mut run);
    out
}

/// The definitions a record makes itself (name and description).
pub fn own_definitions(record: &Record) -> Vec<(String, String)> {
    let mut own = learn_definitions(&record.name);
    own.extend(learn_definitions(&record.description));
    own
}

fn days(date: chrono::NaiveDate) -> i32 {
    let epoch = chrono::NaiveDate::from_ymd_opt(1970, 1, 1).unwrap_or_default();
    i32::try_from((date - epoch).num_days()).unwrap_or(0)
}

/// A stable 32-bit hash of a short string (FNV-1a), for character trigrams.
fn gram_hash(s: &[char]) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    for c in s {
        for b in (*c as u32).to_le_bytes() {
            h ^= u32::from(b);
            h = h.wrapping_mul(0x0100_0193);
        }
    }
    h
}

/// Distinct character trigrams of a name's words (each word padded with spaces), sorted.
pub fn trigrams<S: AsRef<str>>(words: &[S]) -> Vec<u32> {
    let mut sorted: Vec<&str> = words.iter().map(AsRef::as_ref).collect();
    let mut grams = Vec::new();
    push_trigrams(&mut sorted, &mut String::new(), &mut Vec::new(), &mut grams);
    grams
}

/// [`trigrams`] of `words` (sorted in place) appended to `out`, with `text` and `chars` as
/// scratch: the corpus finds a million names' trigrams without allocating for each.
fn push_trigrams(words: &mut [&str], text: &mut String, chars: &mut Vec<char>, out: &mut Vec<u32>) {
    words.sort_unstable();
    text.clear();
    text.push(' ');
    for (k, w) in words.iter().enumerate() {
        if k > 0 {
            text.push(' ');
        }
        text.push_str(w);
    }
    text.push(' ');
    chars.clear();
    chars.extend(text.chars());
    let from = out.len();
    out.extend(chars.windows(3).map(gram_hash));
    sort_dedup_tail(out, from);
}

impl Corpus {
    /// Normalises every record and interns its terms. Parallel over records; the result does not
    /// depend on the number of threads.
    pub fn build(
        records: &[Record],
        normaliser: &Normaliser,
        learnt: BTreeMap<String, String>,
    ) -> Corpus {
        Corpus::build_with(
            records,
            normaliser,
            learnt,
            |_| false,
            super::config::DEFAULT_NAMED_PHRASE_WEIGHT as f32,
        )
    }

    /// [`Corpus::build`], where a description for which `withheld` is true ("Exempt under
    /// section 26 of the FOI Act", "TBC": the `[input] null_values`) says nothing about the
    /// effort: it is left out like a missing one, so it neither helps nor hurts a pair. A named
    /// phrase's weight in a description is `phrase_weight` times an ordinary term's
    /// ([`super::config::MatchConfig::named_phrase_weight`]).
    pub fn build_with(
        records: &[Record],
        normaliser: &Normaliser,
        learnt: BTreeMap<String, String>,
        withheld: impl Fn(&str) -> bool + Sync,
        phrase_weight: f32,
    ) -> Corpus {
        // Hand-rolled pipeline rather than one String per word: at a million records the
        // per-word allocations and the per-thread stem caches cost more than everything else.
        // 1. The distinct words of the period. Every text is read once, chunk by chunk, into
        // local word ids (one allocation per distinct word of a chunk); the period's words are
        // the union of the chunks' words.
        let tokens: Vec<TokenChunk> = records
            .par_chunks(CHUNK)
            .map(|records| {
                let owns: Vec<Vec<(String, String)>> =
                    records.iter().map(own_definitions).collect();
                TokenChunk::read(records, &owns, normaliser)
            })
            .collect();
        let distinct: FxHashSet<&str> = tokens
            .par_iter()
            .fold(FxHashSet::default, |mut set, chunk| {
                set.extend(chunk.words.iter().map(|w| &**w));
                set
            })
            .reduce(FxHashSet::default, |mut a, mut b| {
                if a.len() < b.len() {
                    std::mem::swap(&mut a, &mut b);
                }
                a.extend(b);
                a
            });
        let mut words: Vec<String> = distinct.into_iter().map(str::to_string).collect();
        words.par_sort_unstable();

        // 2. Each distinct word stemmed once; the vocabulary is the kept stems plus the concept
        // terms, in alphabetical order (ids independent of thread count).
        let stems: Vec<String> = words.par_iter().map(|w| normaliser.stem(w)).collect();
        let concepts: Vec<(&str, &str, &str)> = normaliser.concept_phrases().collect();
        let mut vocabulary: Vec<&str> = stems
            .iter()
            .map(String::as_str)
            .filter(|t| is_kept(t))
            .chain(concepts.iter().map(|&(_, term, _)| term))
            .collect();
        vocabulary.par_sort_unstable();
        vocabulary.dedup();
        let terms: Vec<String> = vocabulary.iter().map(|s| s.to_string()).collect();
        let term_ids: FxHashMap<&str, u32> = terms
            .iter()
            .enumerate()
            .map(|(i, t)| (t.as_str(), i as u32))
            .collect();
        let word_term: Vec<u32> = stems
            .iter()
            .map(|t| term_ids.get(t.as_str()).copied().unwrap_or(NO_TERM))
            .collect();
        drop(stems);
        // Concept names are words too (the readable form of a concept's term).
        let catalogue_words = words.len();
        let mut names: Vec<&str> = concepts.iter().map(|&(_, _, name)| name).collect();
        names.sort_unstable();
        names.dedup();
        words.extend(names.iter().map(|n| n.to_string()));
        let name_ids: FxHashMap<&str, u32> = names
            .iter()
            .enumerate()
            .map(|(i, n)| (*n, (catalogue_words + i) as u32))
            .collect();
        let mut concept_table: FxHashMap<Vec<u32>, (u32, u32)> = FxHashMap::default();
        let mut concept_start = vec![false; terms.len()];
        let mut concept_len = 0;
        for &(phrase, term, name) in &concepts {
            let key: Option<Vec<u32>> = phrase
                .split(' ')
                .map(|t| term_ids.get(t).copied())
                .collect();
            let (Some(key), Some(&term), Some(&name)) =
                (key, term_ids.get(term), name_ids.get(name))
            else {
                continue;
            };
            if let Some(&first) = key.first() {
                concept_start[first as usize] = true;
                concept_len = concept_len.max(key.len());
                concept_table.insert(key, (term, name));
            }
        }
        // Typing slips between terms, found once: here for concept phrases, kept in the corpus
        // for candidates and scoring.
        let (typo_offsets, typo_targets) = typo_neighbours(&terms);
        let members: BTreeSet<u32> = concept_table.keys().flatten().copied().collect();
        let concept_alias: Vec<u32> = (0..terms.len())
            .map(|t| {
                if members.contains(&(t as u32)) || terms[t].len() < 5 {
                    return t as u32;
                }
                let slips = &typo_targets[typo_offsets[t] as usize..typo_offsets[t + 1] as usize];
                let mut near = slips.iter().filter(|m| members.contains(m));
                match (near.next(), near.next()) {
                    (Some(&m), None) => m,
                    _ => t as u32,
                }
            })
            .collect();
        let dictionary = Dictionary {
            word_ids: words[..catalogue_words]
                .iter()
                .enumerate()
                .map(|(i, w)| (w.as_str(), i as u32))
                .collect(),
            words: &words,
            word_term,
            concepts: concept_table,
            concept_start,
            concept_len,
            concept_alias,
            keeps_words: terms.iter().map(|t| normaliser.keeps_words(t)).collect(),
        };

        // 3. Every record as ids, chunk by chunk.
        let interned: Vec<InternedChunk> = records
            .par_chunks(CHUNK)
            .zip(tokens.par_iter())
            .map(|(records, tokens)| {
                let mut chunk = InternedChunk::default();
                let (mut scratch, mut pairs, mut all) = (Vec::new(), Vec::new(), Vec::new());
                let (mut surface, mut name_words) = (Vec::<u64>::new(), Vec::<&str>::new());
                let (mut text, mut chars) = (String::new(), Vec::new());
                let offset = |n: usize| u32::try_from(n).expect("a chunk holds under 4G terms");
                // The chunk's local word ids as the period's.
                let global: Vec<u32> = tokens
                    .words
                    .iter()
                    .map(|w| dictionary.word_ids[&**w])
                    .collect();
                // The text units in reading order, as `for_each_text` gave them.
                let mut units = tokens.unit_ends.iter().scan(0u32, |start, &end| {
                    let unit = &tokens.tokens[*start as usize..end as usize];
                    *start = end;
                    Some(unit)
                });
                for r in records {
                    let mut field = |pairs: &mut Vec<(u32, u32)>| {
                        pairs.clear();
                        let unit = units.next().expect("every text unit was read");
                        let words = unit.iter().map(|&w| global[w as usize]);
                        dictionary.words(words, &mut scratch, pairs);
                    };
                    let note = |surface: &mut Vec<u64>, pairs: &[(u32, u32)]| {
                        surface.extend(
                            pairs
                                .iter()
                                .map(|&(t, w)| (u64::from(t) << 32) | u64::from(w)),
                        )
                    };
                    let ids = &mut chunk.ids;
                    let mut bounds = [0u32; 7];
                    bounds[0] = offset(ids.len());
                    surface.clear();
                    field(&mut pairs);
                    note(&mut surface, &pairs);
                    name_words.clear();
                    name_words.extend(
                        pairs
                            .iter()
                            .map(|&(_, w)| dictionary.words[w as usize].as_str()),
                    );
                    let from = ids.len();
                    ids.extend(pairs.iter().map(|&(t, _)| t));
                    sort_dedup_tail(ids, from);
                    bounds[1] = offset(ids.len());
                    field(&mut pairs);
                    if withheld(&r.description) {
                        pairs.clear();
                    }
                    note(&mut surface, &pairs);
                    ids.extend(pairs.iter().map(|&(t, _)| t));
                    bounds[2] = offset(ids.len());
                    let mut present = 0u8;
                    for (j, items) in [&r.capabilities, &r.user_groups, &r.technologies]
                        .into_iter()
                        .enumerate()
                    {
                        all.clear();
                        for _ in items {
                            field(&mut pairs);
                            note(&mut surface, &pairs);
                            all.extend(pairs.iter().map(|&(t, _)| t));
                        }
                        if !all.is_empty() {
                            present |= 1 << j;
                            let from = ids.len();
                            ids.extend_from_slice(&all);
                            sort_dedup_tail(ids, from);
                        }
                        bounds[3 + j] = offset(ids.len());
                    }
                    push_trigrams(&mut name_words, &mut text, &mut chars, ids);
                    bounds[6] = offset(ids.len());
                    chunk.bounds.push(bounds);
                    chunk.present.push(present);
                    surface.sort_unstable();
                    surface.dedup();
                    chunk.surface.extend_from_slice(&surface);
                }
                chunk
            })
            .collect();
        drop(tokens);

        // Readable word per term: the surface form most records use ("monitoring", not the
        // stem "monitor"), then the shortest, then the first alphabetically.
        let surface: FxHashMap<u64, u32> = interned
            .par_iter()
            .fold(FxHashMap::default, |mut counts, chunk| {
                for &pair in &chunk.surface {
                    *counts.entry(pair).or_default() += 1;
                }
                counts
            })
            .reduce(FxHashMap::default, |mut a, mut b| {
                if a.len() < b.len() {
                    std::mem::swap(&mut a, &mut b);
                }
                for (k, v) in b {
                    *a.entry(k).or_default() += v;
                }
                a
            });
        let mut best: Vec<Option<(u32, &str)>> = vec![None; terms.len()];
        for (pair, count) in surface {
            let (term, word) = ((pair >> 32) as u32, pair as u32);
            let word = words[word as usize].as_str();
            let slot = &mut best[term as usize];
            let better = match slot {
                None => true,
                Some((c, w)) => {
                    (std::cmp::Reverse(count), word.len(), word)
                        < (std::cmp::Reverse(*c), w.len(), *w)
                }
            };
            if better {
                *slot = Some((count, word));
            }
        }
        let display_words: Vec<String> = best
            .into_iter()
            .map(|b| b.map_or_else(String::new, |(_, w)| w.to_string()))
            .collect();

        let mut departments: Vec<String> = records
            .par_iter()
            .fold(FxHashSet::default, |mut set, r| {
                set.insert(r.department.as_str());
                set
            })
            .reduce(FxHashSet::default, |mut a, b| {
                a.extend(b);
                a
            })
            .into_iter()
            .map(str::to_string)
            .collect();
        departments.sort_unstable();

        // Document frequencies.
        // Counted per worker and summed: integer sums, the same whatever the thread count.
        let df: Vec<u32> = interned
            .par_iter()
            .fold(
                || (vec![0u32; terms.len()], Vec::new()),
                |(mut df, mut all): (Vec<u32>, Vec<u32>), chunk| {
                    for k in 0..chunk.len() {
                        // Name, description and lists: the ids before the name's trigrams.
                        let b = chunk.bounds[k];
                        all.clear();
                        all.extend_from_slice(&chunk.ids[b[0] as usize..b[5] as usize]);
                        all.sort_unstable();
                        all.dedup();
                        for &t in &all {
                            df[t as usize] += 1;
                        }
                    }
                    (df, all)
                },
            )
            .map(|(df, _)| df)
            .reduce(
                || vec![0u32; terms.len()],
                |mut a, b| {
                    for (x, y) in a.iter_mut().zip(&b) {
                        *x += y;
                    }
                    a
                },
            );
        let n = records.len().max(1) as f32;
        let idf: Vec<f32> = df
            .iter()
            .map(|&d| (1.0 + n / d.max(1) as f32).ln())
            .collect();

        let dept_ids: HashMap<&str, u32> = departments
            .iter()
            .enumerate()
            .map(|(i, d)| (d.as_str(), i as u32))
            .collect();
        // Built chunk by chunk (see [`FeatureStore`]): one set of arrays per chunk, not seven
        // vectors per record.
        let chunks: Vec<FeatureChunk> = records
            .par_chunks(CHUNK)
            .zip(interned.into_par_iter())
            .map(|(records, interned)| {
                let mut chunk = FeatureChunk::new();
                let (mut scratch, mut probe_terms) = (Vec::new(), Vec::new());
                for (k, r) in records.iter().enumerate() {
                    let i = interned.record(k);
                    push_tfidf(
                        i.description,
                        &idf,
                        |t| {
                            if dictionary
                                .keeps_words
                                .get(t as usize)
                                .copied()
                                .unwrap_or(false)
                            {
                                phrase_weight
                            } else {
                                1.0
                            }
                        },
                        &mut scratch,
                        chunk.description_mut(),
                    );
                    // Probe: name terms count double, then description and list terms.
                    probe_terms.clear();
                    probe_terms.extend(i.name.iter().chain(i.name).copied());
                    probe_terms.extend(i.description);
                    probe_terms.extend(i.lists.iter().flatten().copied().flatten());
                    push_tfidf(&probe_terms, &idf, |_| 1.0, &mut scratch, chunk.probe_mut());
                    chunk.push(NewFeatures {
                        department: dept_ids.get(r.department.as_str()).copied().unwrap_or(0),
                        name_terms: i.name,
                        name_grams: i.name_grams,
                        lists: i.lists,
                        dates: r.start_date.map(|s| (days(s), r.end_date.map(days))),
                        phase: r.phase,
                    });
                }
                chunk
            })
            .collect();
        let features = FeatureStore::from_chunks(chunks);
        let (typo_offsets, typo_targets) = keep_likely_slips(&typo_offsets, &typo_targets, &df);

        Corpus {
            terms,
            display_words,
            df,
            idf,
            departments,
            features,
            learnt_acronyms: learnt,
            typo_offsets,
            typo_targets,
        }
    }

    pub fn len(&self) -> usize {
        self.features.len()
    }

    /// The terms one typing slip away from term `t`, sorted.
    pub fn slips(&self, t: u32) -> &[u32] {
        let t = t as usize;
        match (self.typo_offsets.get(t), self.typo_offsets.get(t + 1)) {
            (Some(&from), Some(&to)) => &self.typo_targets[from as usize..to as usize],
            _ => &[],
        }
    }

    pub fn is_empty(&self) -> bool {
        self.features.is_empty()
    }

    /// Frees every record's probe vector ([`Features::probe`]), which only candidate
    /// generation reads: once the candidates are found, scoring and everything after need
    /// about a third less memory per record. Candidates cannot be generated again afterwards.
    pub fn release_probes(&mut self) {
        self.features.release_probes();
    }

    /// Candidate pairs `(a, b)` with `a < b`, in different departments, sorted and distinct.
    ///
    /// Blocking keys with bounded blocks, then a weighted vote. Each record takes its
    /// `probe_terms` heaviest terms that some other record also uses (a term only it uses, such
    /// as a typing slip, stands in for the terms one slip away). Its keys are those terms on
    /// their own, when used by at most `max_term_share` of records (and [`MIN_TERM_LIMIT`]), and
    /// every pair of them, when at most that many records share the pair: two common words
    /// together ("grant" and "appeals") pick out far fewer records than either alone. A key
    /// shared by more than `max_postings` records keeps only those that weigh it most. Each
    /// record then sums, over its keys, the weights of the records in the same blocks, and keeps
    /// the `per_record` records from other departments with the largest sums.
    ///
    /// Cost per record: at most (terms + pairs) x `max_postings` postings, usually far fewer.
    /// Memory: the keys of all records while blocks are built, then one accumulator of `len()`
    /// floats per worker thread.
    pub fn candidates(
        &self,
        max_term_share: f64,
        probe_terms: usize,
        per_record: usize,
        max_postings: usize,
    ) -> Vec<(u32, u32)> {
        self.candidates_with(max_term_share, probe_terms, per_record, max_postings, &[])
    }

    /// [`Corpus::candidates`], plus abbreviation keys from `letters` (one per record, or
    /// empty): a name written as an abbreviation ("CMS replacement") finds the names whose
    /// initials it spells, with every initial, all but one or (for an abbreviation of up to
    /// five letters) all but two, as the scorer's [`super::score::abbreviates`] counts them.
    pub fn candidates_with(
        &self,
        max_term_share: f64,
        probe_terms: usize,
        per_record: usize,
        max_postings: usize,
        letters: &[NameLetters],
    ) -> Vec<(u32, u32)> {
        let n = self.len();
        let limit = ((max_term_share * n as f64).floor() as usize).max(MIN_TERM_LIMIT as usize);
        let max_postings = max_postings.max(2);

        // 1. Every record's keys, grouped into blocks. Each chunk of records deals its keys
        // into buckets by key hash (one counting sort into one vector per chunk, no growing
        // vector per bucket); each bucket then gathers its keys from every chunk, groups them
        // by key ([`gather_grouped`]) and builds its blocks, all in parallel, and keeps its
        // postings (the vote finds a key's block in its bucket's list, so no 170 MB join on
        // one thread). A block's postings are the same as one sort of every key would give.
        // Records renumbered by department (then by index), so that each department is one
        // range of positions: with a block's postings sorted by position, the postings in the
        // voting record's own department are one run, skipped without touching the vote.
        let layout = DepartmentLayout::new(&self.features);
        let dealt: Vec<DealtKeys> = (0..n)
            .into_par_iter()
            .step_by(KEY_CHUNK)
            .map_init(
                || (KeyScratch::default(), Vec::new(), Vec::new()),
                |(scratch, keys, all), from| {
                    all.clear();
                    for i in from..(from + KEY_CHUNK).min(n) {
                        self.probe_keys_into(
                            i,
                            probe_terms,
                            limit as u32,
                            letters.get(i),
                            scratch,
                            keys,
                        );
                        all.extend(
                            keys.iter()
                                .filter(|&&(_, _, role)| role & INDEX != 0)
                                .map(|&(k, w, _)| (k, i as u32, w)),
                        );
                    }
                    DealtKeys::deal(all)
                },
            )
            .collect();
        let built: Vec<Blocks> = (0..KEY_BUCKETS)
            .into_par_iter()
            .map(|bucket| {
                let entries = gather_grouped(dealt.iter().map(|d| d.bucket(bucket)));
                build_blocks(&entries, limit, max_postings, &layout.position)
            })
            .collect();
        drop(dealt);
        // Each bucket keeps its postings: a block is found in the list of its key's bucket.
        let blocks = BlockTable::new(&built.iter().map(|b| b.0.as_slice()).collect::<Vec<_>>());
        let postings: Vec<Vec<(u32, f32)>> = built.into_iter().map(|b| b.1).collect();

        // 2. Each record votes over its blocks. Its keys are computed again rather than kept
        // from step 1: cheap next to the vote, and keeping them would double the memory of
        // step 1's key list (about 35 keys per record) for the whole vote.
        let mut pairs: Vec<(u32, u32)> = (0..n)
            .into_par_iter()
            .fold(
                || Vote::new(n),
                |mut vote, i| {
                    let (own_start, own_end) = layout.range_of(i);
                    let mut keys = std::mem::take(&mut vote.keys);
                    self.probe_keys_into(
                        i,
                        probe_terms,
                        limit as u32,
                        letters.get(i),
                        &mut vote.scratch,
                        &mut keys,
                    );
                    // Three passes over the keys, so that their cache misses overlap instead
                    // of waiting one after another: fetch the table slots, then look the
                    // keys up and fetch the blocks' postings, then vote (in key order,
                    // as one pass would, so every sum is the same).
                    for &(key, _, role) in &keys {
                        if role & PROBE != 0 {
                            blocks.prefetch(key);
                        }
                    }
                    vote.blocks.clear();
                    for &(key, w, role) in &keys {
                        if role & PROBE == 0 {
                            continue;
                        }
                        if let Some((start, len)) = blocks.get(key) {
                            let list = postings[key_bucket(key)].as_slice();
                            let block = &list[start as usize..(start + len) as usize];
                            // The whole block (up to 16 lines): the search for the own
                            // department's run reads lines across all of it.
                            if let Some(first) = block.first() {
                                let lines = (len as usize * size_of::<(u32, f32)>()).div_ceil(64);
                                prefetch_bytes(
                                    std::ptr::from_ref(first).cast::<u8>(),
                                    lines.min(16),
                                );
                            }
                            vote.blocks.push((block, w));
                        }
                    }
                    for k in 0..vote.blocks.len() {
                        let (block, w) = vote.blocks[k];
                        let own_from = block.partition_point(|p| p.0 < own_start);
                        let own_to = block.partition_point(|p| p.0 < own_end);
                        vote.add(&block[..own_from], w);
                        vote.add(&block[own_to..], w);
                    }
                    vote.keys = keys;
                    // Every voted record is in another department (own runs were skipped).
                    vote.take();
                    vote.keep_best(per_record, &layout.order);
                    let i = i as u32;
                    let found = vote.scored.iter().map(|&(j, _)| (i.min(j), i.max(j)));
                    vote.pairs.extend(found);
                    vote
                },
            )
            .map(|vote| vote.pairs)
            .flatten()
            .collect();
        pairs.par_sort_unstable();
        pairs.dedup();
        pairs
    }

    /// Record `i`'s blocking keys with weights, from its terms that other records share (a
    /// term no other record uses replaced by the terms one slip away), heaviest first: the
    /// `probe_terms` heaviest of those used by at most `limit` records, alone; and each pair of
    /// the `probe_terms` heaviest of all. Keys of single terms are the term id;
    /// keys of pairs are a hash with the top bit set (a collision only merges two blocks).
    #[cfg(test)]
    fn probe_keys(
        &self,
        i: usize,
        probe_terms: usize,
        limit: u32,
        letters: Option<&NameLetters>,
    ) -> Vec<(u64, f32, u8)> {
        let mut keys = Vec::new();
        let mut scratch = KeyScratch::default();
        self.probe_keys_into(i, probe_terms, limit, letters, &mut scratch, &mut keys);
        keys
    }

    /// [`Corpus::probe_keys`] into `keys` (cleared first), with `scratch` reused between
    /// records: the vote and the blocks each compute a million records' keys.
    fn probe_keys_into(
        &self,
        i: usize,
        probe_terms: usize,
        limit: u32,
        letters: Option<&NameLetters>,
        scratch: &mut KeyScratch,
        keys: &mut Vec<(u64, f32, u8)>,
    ) {
        let f = self.features.at(i);
        let probe = self.features.probe(i);
        let KeyScratch { top, ranked } = scratch;
        top.clear();
        ranked.clear();
        keys.clear();
        for &(t, w) in probe {
            if self.df[t as usize] >= 2 {
                top.push((t, w));
            } else {
                top.extend(
                    self.slips(t)
                        .iter()
                        .filter(|&&u| self.df[u as usize] >= 1)
                        .map(|&u| (u, w)),
                );
            }
        }
        top.sort_unstable_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
        for &(t, w) in top.iter() {
            if !ranked.iter().any(|c| c.0 == t) {
                ranked.push((t, w));
            }
        }
        let singles = ranked
            .iter()
            .filter(|&&(t, _)| self.df[t as usize] <= limit)
            .take(probe_terms);
        keys.extend(singles.map(|&(t, w)| (u64::from(t), w, INDEX | PROBE)));
        let top = &ranked[..ranked.len().min(probe_terms)];
        for (k, &(t, w)) in top.iter().enumerate() {
            for &(u, v) in &top[k + 1..] {
                let (lo, hi) = (t.min(u), t.max(u));
                let mut h = rustc_hash::FxHasher::default();
                std::hash::Hasher::write_u64(&mut h, (u64::from(lo) << 32) | u64::from(hi));
                let key = (std::hash::Hasher::finish(&h) & !KEY_TAG) | PAIR_KEY;
                keys.push((key, w + v, INDEX | PROBE));
            }
        }
        name_keys(&f, probe, keys);
        if let Some(letters) = letters {
            abbreviation_keys(letters, keys);
        }
    }
}

/// Records per chunk, and buckets of keys, when the blocks are built.
const KEY_CHUNK: usize = 4096;
const KEY_BUCKETS: usize = 256;

/// The Fibonacci hash of a blocking key (key x 2^64 / phi): its top bits spread small term
/// ids and hashed pair keys alike, and it is one-to-one, so equal hashes mean equal keys.
#[inline]
fn fibonacci(key: u64) -> u64 {
    key.wrapping_mul(0x9e37_79b9_7f4a_7c15)
}

/// The bucket of a blocking key: the top bits of its [`fibonacci`] hash.
#[inline]
fn key_bucket(key: u64) -> usize {
    (fibonacci(key) >> (64 - KEY_BUCKETS.trailing_zeros())) as usize
}

/// One chunk's index keys (key, record, weight), dealt by [`key_bucket`]: bucket `b` is
/// `entries[starts[b]..starts[b + 1]]`, in the chunk's order (so by record).
struct DealtKeys {
    entries: Vec<(u64, u32, f32)>,
    starts: Vec<usize>,
}

impl DealtKeys {
    /// Deals `keys` by bucket, keeping their order within each bucket.
    fn deal(keys: &[(u64, u32, f32)]) -> DealtKeys {
        let (entries, starts) = deal_by(std::iter::once(keys), KEY_BUCKETS, key_bucket);
        DealtKeys { entries, starts }
    }

    fn bucket(&self, b: usize) -> &[(u64, u32, f32)] {
        &self.entries[self.starts[b]..self.starts[b + 1]]
    }
}

/// The entries of `parts` dealt into `bins` by `bin` of their key, in their first order within
/// each bin: one counting sort into one vector of exactly their size, and where each bin
/// starts (`bins + 1` offsets).
fn deal_by<'p>(
    parts: impl Iterator<Item = &'p [(u64, u32, f32)]> + Clone,
    bins: usize,
    bin: impl Fn(u64) -> usize,
) -> (Vec<(u64, u32, f32)>, Vec<usize>) {
    let mut starts = vec![0usize; bins + 1];
    for &(k, _, _) in parts.clone().flatten() {
        starts[bin(k) + 1] += 1;
    }
    for b in 0..bins {
        starts[b + 1] += starts[b];
    }
    let mut next = starts.clone();
    let mut entries = vec![(0u64, 0u32, 0f32); starts[bins]];
    for &entry in parts.flatten() {
        let at = &mut next[bin(entry.0)];
        entries[*at] = entry;
        *at += 1;
    }
    (entries, starts)
}

/// The entries of `parts` (keys with their records and weights, all of one bucket), each
/// key's entries together and in order of record then weight, as a full sort by key, record
/// and weight would give them; only the order of different keys differs. A counting sort on
/// the key hash's bits below the bucket's deals them into small runs, each then sorted in cache:
/// at a million efforts this is a third of the time of one sort of the bucket (about 170,000
/// entries), which cost 1.9 CPU-seconds in all.
fn gather_grouped<'p>(
    parts: impl Iterator<Item = &'p [(u64, u32, f32)]> + Clone,
) -> Vec<(u64, u32, f32)> {
    let len: usize = parts.clone().map(<[_]>::len).sum();
    // About 32 entries a run, at most 2^16 runs.
    let bits = (len / 32).max(1).ilog2().min(16);
    let run = |key: u64| -> usize {
        let below_bucket = fibonacci(key) << KEY_BUCKETS.trailing_zeros();
        (below_bucket >> (63 - bits) >> 1) as usize
    };
    let (mut entries, starts) = deal_by(parts, 1 << bits, run);
    for r in 0..(1 << bits) {
        entries[starts[r]..starts[r + 1]]
            .sort_unstable_by(|x, y| x.0.cmp(&y.0).then(x.1.cmp(&y.1)).then(x.2.total_cmp(&y.2)));
    }
    entries
}

/// Blocks as (key, start, len) in their postings, and the postings.
type Blocks = (Vec<(u64, u32, u32)>, Vec<(u32, f32)>);

/// The blocks of `entries` (keys with their records and weights, sorted by key, record, weight):
/// (key, start, len) in the returned postings, each block's postings as (position, weight)
/// sorted by position. A key of one record is left out (it pairs nothing), except a letters
/// key: a name's initials are listed there and an abbreviation looks them up (and the other
/// way round), so one name of its kind is exactly what an abbreviation must find. A key of
/// more than `limit` records is left out; one of more than `max_postings` keeps those that
/// weigh it most (ties by record).
fn build_blocks(
    entries: &[(u64, u32, f32)],
    limit: usize,
    max_postings: usize,
    position: &[u32],
) -> Blocks {
    let mut found: Vec<(u64, u32, u32)> = Vec::new();
    let mut postings: Vec<(u32, f32)> = Vec::new();
    for group in entries.chunk_by(|x, y| x.0 == y.0) {
        let letters_key = matches!(group[0].0 & KEY_TAG, INITIALS_KEY | ABBREVIATION_KEY);
        if (group.len() < 2 && !letters_key) || group.len() > limit {
            continue;
        }
        let start = postings.len();
        postings.extend(group.iter().map(|&(_, i, w)| (i, w)));
        if group.len() > max_postings {
            // Impact order.
            let list = &mut postings[start..];
            list.sort_unstable_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
            postings.truncate(start + max_postings);
        }
        let list = &mut postings[start..];
        for posting in list.iter_mut() {
            posting.0 = position[posting.0 as usize];
        }
        list.sort_unstable_by_key(|&(p, _)| p);
        found.push((group[0].0, start as u32, (postings.len() - start) as u32));
    }
    (found, postings)
}

/// Scratch space for [`Corpus::probe_keys_into`].
#[derive(Default)]
struct KeyScratch {
    top: Vec<(u32, f32)>,
    ranked: Vec<(u32, f32)>,
}

/// Records numbered by department for the vote: `order[position]` is a record, `position` its
/// inverse, and `ranges[d]` department `d`'s positions.
struct DepartmentLayout {
    order: Vec<u32>,
    position: Vec<u32>,
    department: Vec<u32>,
    ranges: Vec<(u32, u32)>,
}

impl DepartmentLayout {
    fn new(features: &FeatureStore) -> DepartmentLayout {
        let department: Vec<u32> = (0..features.len())
            .map(|i| features.department(i))
            .collect();
        let mut order: Vec<u32> = (0..features.len() as u32).collect();
        order.sort_by_key(|&i| department[i as usize]);
        let mut position = vec![0u32; features.len()];
        let departments = department.iter().max().map_or(0, |&d| d as usize + 1);
        let mut ranges = vec![(0u32, 0u32); departments];
        for (p, &i) in order.iter().enumerate() {
            position[i as usize] = p as u32;
            let range = &mut ranges[department[i as usize] as usize];
            if range.1 == range.0 {
                range.0 = p as u32;
            }
            range.1 = p as u32 + 1;
        }
        DepartmentLayout {
            order,
            position,
            department,
            ranges,
        }
    }

    /// The positions of record `i`'s department.
    fn range_of(&self, i: usize) -> (u32, u32) {
        self.department
            .get(i)
            .and_then(|&d| self.ranges.get(d as usize))
            .copied()
            .unwrap_or((0, 0))
    }
}

/// The blocks of candidate generation: key -> (start, len) in the postings. Open addressing
/// with linear probing over one array of 16-byte slots: a lookup reads one cache line, which
/// [`BlockTable::prefetch`] can ask for ahead (a general hash map reads two: control bytes,
/// then the bucket). Blocks are never empty, so a zero length marks a free slot.
struct BlockTable {
    slots: Vec<(u64, u32, u32)>,
    shift: u32,
}

impl BlockTable {
    fn new(parts: &[&[(u64, u32, u32)]]) -> BlockTable {
        let blocks = parts.iter().map(|p| p.len()).sum::<usize>();
        // At most 7/8 full, a power of two.
        let size = (blocks * 8 / 7 + 1).next_power_of_two().max(16);
        let mut table = BlockTable {
            slots: vec![(0, 0, 0); size],
            shift: 64 - size.trailing_zeros(),
        };
        let mask = size - 1;
        for &(key, start, len) in parts.iter().copied().flatten().filter(|b| b.2 > 0) {
            let mut at = table.slot(key);
            while table.slots[at].2 != 0 {
                at = (at + 1) & mask;
            }
            table.slots[at] = (key, start, len);
        }
        table
    }

    /// The home slot of `key`: the top bits of its [`fibonacci`] hash.
    #[inline]
    fn slot(&self, key: u64) -> usize {
        (fibonacci(key) >> self.shift) as usize
    }

    #[inline]
    fn get(&self, key: u64) -> Option<(u32, u32)> {
        let mask = self.slots.len() - 1;
        let mut at = self.slot(key);
        loop {
            let (k, start, len) = self.slots[at];
            if len == 0 {
                return None;
            }
            if k == key {
                return Some((start, len));
            }
            at = (at + 1) & mask;
        }
    }

    #[inline]
    fn prefetch(&self, key: u64) {
        if let Some(slot) = self.slots.get(self.slot(key)) {
            prefetch(slot);
        }
    }
}

/// Asks the processor to bring `item`'s cache line in (a hint; no effect on results).
#[inline]
pub(crate) fn prefetch<T>(item: &T) {
    prefetch_bytes((item as *const T).cast::<u8>(), 1);
}

/// Asks the processor to bring in the `lines` cache lines from `at` (a hint: any address is
/// allowed, nothing is read, and results cannot change).
#[inline]
pub(crate) fn prefetch_bytes(at: *const u8, lines: usize) {
    #[cfg(target_arch = "x86_64")]
    for line in 0..lines {
        use std::arch::x86_64::{_MM_HINT_T0, _mm_prefetch};
        // SAFETY: a prefetch never faults, whatever the address, and reads nothing.
        unsafe { _mm_prefetch::<_MM_HINT_T0>(at.wrapping_add(64 * line).cast::<i8>()) };
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = (at, lines);
}

/// How many postings ahead the vote prefetches a record's sum.
const ACC_LOOKAHEAD: usize = 8;

/// One worker's vote: a sum per record position, the positions touched so far (so that only
/// they are read and reset), and the pairs found by the records it has voted for.
struct Vote<'a> {
    /// The blocks of the record's keys, with the key's weight.
    blocks: Vec<(&'a [(u32, f32)], f32)>,
    acc: Vec<f32>,
    touched: Vec<u32>,
    len: usize,
    scored: Vec<(u32, f32)>,
    /// Scratch for [`Vote::keep_best`]: the records tied with the last kept sum, and the first
    /// sums.
    tied: Vec<(u32, f32)>,
    early: Vec<f32>,
    pairs: Vec<(u32, u32)>,
    /// The voting record's keys, and scratch for finding them (kept between records).
    keys: Vec<(u64, f32, u8)>,
    scratch: KeyScratch,
}

impl Vote<'_> {
    fn new(n: usize) -> Self {
        Vote {
            keys: Vec::new(),
            scratch: KeyScratch::default(),
            blocks: Vec::new(),
            acc: vec![0f32; n],
            touched: Vec::new(),
            len: 0,
            scored: Vec::new(),
            tied: Vec::new(),
            early: Vec::new(),
            pairs: Vec::new(),
        }
    }

    /// Adds `w` times each posting's weight to its record's sum. A position is noted the
    /// first time its sum leaves zero (without a branch: the slot after the last noted one is
    /// always written, and kept only then).
    #[inline]
    fn add(&mut self, postings: &[(u32, f32)], w: f32) {
        if self.touched.len() < self.len + postings.len() {
            self.touched.resize(self.len + postings.len(), 0);
        }
        for (k, &(p, wp)) in postings.iter().enumerate() {
            // The sums are spread over the whole corpus: ask for the one a few postings ahead.
            if let Some(ahead) = postings
                .get(k + ACC_LOOKAHEAD)
                .and_then(|&(q, _)| self.acc.get(q as usize))
            {
                prefetch(ahead);
            }
            let Some(slot) = self.acc.get_mut(p as usize) else {
                continue;
            };
            self.touched[self.len] = p;
            self.len += usize::from(*slot == 0.0);
            *slot += w * wp;
        }
    }

    /// The touched positions with their sums, resetting the sums for the next record.
    fn take(&mut self) {
        self.scored.clear();
        let touched = &self.touched[..self.len];
        // All sums are read before any is reset: a position noted twice (a zero weight left
        // its sum at zero) reads the same sum both times.
        self.scored
            .extend(touched.iter().map(|&p| (p, self.acc[p as usize])));
        for &p in touched {
            self.acc[p as usize] = 0.0;
        }
        self.len = 0;
    }

    /// Keeps in `scored` the `per_record` voted records with the largest sums (ties: the
    /// smaller record index), as record indices via `order`. Only the kept positions and those
    /// tied with the last kept sum are looked up in `order` (each lookup is a cache miss at
    /// 1M records, and a record touches hundreds of positions).
    fn keep_best(&mut self, per_record: usize, order: &[u32]) {
        let record = |p: u32| order.get(p as usize).copied().unwrap_or(p);
        let scored = &mut self.scored;
        if scored.len() <= per_record {
            for item in scored.iter_mut() {
                item.0 = record(item.0);
            }
            return;
        }
        if per_record == 0 {
            scored.clear();
            return;
        }
        // A first cut: the per_record-th largest of any sample of the sums is at most the
        // per_record-th largest of all (that many sums reach it), so every sum below it is
        // out. A sample of 8 x per_record sums spread over all of them leaves about one sum in
        // eight for the selection below (a record touches about a thousand at a million
        // efforts, and selecting among them all cost 3 CPU-seconds).
        let sample = 8 * per_record;
        if scored.len() > 4 * sample {
            let mut first: Vec<f32> = std::mem::take(&mut self.early);
            first.clear();
            let step = scored.len() / sample;
            first.extend(scored.iter().step_by(step).map(|&(_, w)| w));
            let (_, &mut cut, _) =
                first.select_nth_unstable_by(per_record - 1, |x, y| y.total_cmp(x));
            self.early = first;
            let mut kept = 0;
            for k in 0..scored.len() {
                let item = scored[k];
                scored[kept] = item;
                kept += usize::from(item.1.total_cmp(&cut).is_ge());
            }
            scored.truncate(kept);
        }
        // The per_record-th largest sum; every sum above it is kept, and of those equal to
        // it, the ones with the smallest record indices.
        let (_, &mut (_, last), _) =
            scored.select_nth_unstable_by(per_record - 1, |x, y| y.1.total_cmp(&x.1));
        let mut kept = 0;
        let mut tied = std::mem::take(&mut self.tied);
        tied.clear();
        for k in 0..scored.len() {
            let (p, w) = scored[k];
            match w.total_cmp(&last) {
                std::cmp::Ordering::Greater => {
                    scored[kept] = (record(p), w);
                    kept += 1;
                }
                std::cmp::Ordering::Equal => tied.push((record(p), w)),
                std::cmp::Ordering::Less => {}
            }
        }
        scored.truncate(kept);
        tied.sort_unstable_by_key(|&(j, _)| j);
        scored.extend(tied.iter().take(per_record - kept));
        self.tied = tied;
    }
}

/// Roles of a blocking key: listed in the blocks (`INDEX`), looked up when voting (`PROBE`).
const INDEX: u8 = 1;
const PROBE: u8 = 2;
/// The top two bits of a key say its kind: 00 a single term id, 10 a pair of terms, 01 the
/// initials of a name, 11 an abbreviation's letters.
const KEY_TAG: u64 = 3 << 62;
const PAIR_KEY: u64 = 2 << 62;
const INITIALS_KEY: u64 = 1 << 62;
const ABBREVIATION_KEY: u64 = 3 << 62;

/// Keys of a whole name: records whose names have the same terms ("Common Technology
/// Services" in two years' catalogues) share a block even when every one of those terms is too
/// common to be a key of its own. A name of three or more terms also has a key for each of its
/// terms left out, so that names differing in one term meet too: a typing slip ("Joint Care
/// Assessmeent Satisfaction Survey") or one word changed. Weighted by the name terms' share of
/// the record's probe vector (those left in), so in a block too large to keep whole, the records
/// whose text is mostly their name come first. Tagged as pair keys, hashed with their own seeds
/// (a collision only merges two blocks).
fn name_keys(f: &Features, probe: &[(u32, f32)], keys: &mut Vec<(u64, f32, u8)>) {
    use std::hash::Hasher;
    let terms = &f.name_terms;
    if terms.is_empty() {
        return;
    }
    let weights: Vec<f32> = terms
        .iter()
        .map(|t| {
            probe
                .binary_search_by_key(t, |p| p.0)
                .map_or(0.0, |k| probe[k].1)
        })
        .collect();
    let total: f32 = weights.iter().sum();
    let key = |seed: u64, skip: Option<usize>| -> u64 {
        let mut h = rustc_hash::FxHasher::default();
        h.write_u64(seed);
        for (k, &t) in terms.iter().enumerate() {
            if Some(k) != skip {
                h.write_u32(t);
            }
        }
        (h.finish() & !KEY_TAG) | PAIR_KEY
    };
    keys.push((key(0x6e61_6d65, None), total, INDEX | PROBE)); // "name"
    if terms.len() >= 3 {
        for (k, w) in weights.iter().enumerate() {
            keys.push((key(0x6e61_6d31, Some(k)), total - w, INDEX | PROBE)); // "nam1"
        }
    }
}

/// Keys linking a name's abbreviation to names whose initials it spells: an abbreviation is
/// listed under its letters and looks among initials; a name's initials (all, or all but one)
/// are listed as initials and look among abbreviations. Letters count, order does not, as in
/// [`super::score::abbreviates`].
fn abbreviation_keys(letters: &NameLetters, keys: &mut Vec<(u64, f32, u8)>) {
    let key = |counts: &[u8; 26], tag: u64| -> u64 {
        use std::hash::Hasher;
        let mut h = rustc_hash::FxHasher::default();
        h.write(counts);
        (h.finish() & !KEY_TAG) | tag
    };
    if let Some((abbreviation, len, _)) = &letters.abbreviation {
        keys.push((key(abbreviation, ABBREVIATION_KEY), 1.0, INDEX));
        keys.push((key(abbreviation, INITIALS_KEY), 1.0, PROBE));
        // The scorer lets an abbreviation leave out two of a name's initials, a place and a
        // suffix ("RCCPL" for "Shepford Replacement Consumer Complaint Permits and Licensing
        // Phase 2"); names are indexed with all their initials or all but one, so with one
        // letter added the abbreviation finds those missing two. 26 keys, for the few names
        // that hold an abbreviation, rather than every name indexing all but two.
        if usize::from(*len) < 6 {
            for letter in 0..26 {
                let mut more = *abbreviation;
                more[letter] += 1;
                keys.push((key(&more, INITIALS_KEY), 1.0, PROBE));
            }
        }
    }
    let terms = usize::from(letters.terms);
    if !(3..=7).contains(&terms) {
        return;
    }
    let mut add = |counts: &[u8; 26]| {
        let total: usize = counts.iter().map(|&c| usize::from(c)).sum();
        if (3..=6).contains(&total) {
            keys.push((key(counts, INITIALS_KEY), 1.0, INDEX));
            keys.push((key(counts, ABBREVIATION_KEY), 1.0, PROBE));
        }
    };
    add(&letters.initials);
    for letter in 0..26 {
        if letters.initials[letter] > 0 {
            let mut fewer = letters.initials;
            fewer[letter] -= 1;
            add(&fewer);
        }
    }
}

/// A TF-IDF vector of `bag` (term ids, repeated as used), with each term's weight multiplied by
/// `scale(term)` before normalising to unit length, appended to `out` (`scratch` is reused
/// between calls).
fn push_tfidf(
    bag: &[u32],
    idf: &[f32],
    scale: impl Fn(u32) -> f32,
    scratch: &mut Vec<u32>,
    out: &mut Vec<(u32, f32)>,
) {
    scratch.clear();
    scratch.extend_from_slice(bag);
    scratch.sort_unstable();
    let from = out.len();
    for &t in scratch.iter() {
        match out[from..].last_mut() {
            Some((last, count)) if *last == t => *count += 1.0,
            _ => out.push((t, 1.0)),
        }
    }
    let own = &mut out[from..];
    for (t, w) in own.iter_mut() {
        *w = (1.0 + w.ln()) * idf.get(*t as usize).copied().unwrap_or(0.0) * scale(*t);
    }
    let norm = own.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
    if norm > 0.0 {
        for (_, w) in own.iter_mut() {
            *w /= norm;
        }
    }
}

#[cfg(test)]
mod block_table_tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Gathering gives each key's entries together, in the order a full sort gives them.
        #[test]
        fn gathering_groups_keys_as_a_full_sort(
            entries in proptest::collection::vec(
                (prop_oneof![0u64..40, any::<u64>()], 0u32..30, 0.0f32..1.0), 0..2000),
            cut in 0usize..2000,
        ) {
            let mut sorted = entries.clone();
            sorted.sort_unstable_by(|x, y| x.0.cmp(&y.0).then(x.1.cmp(&y.1)).then(x.2.total_cmp(&y.2)));
            let (first, second) = entries.split_at(cut.min(entries.len()));
            let grouped = gather_grouped([first, second].into_iter());
            prop_assert_eq!(grouped.len(), sorted.len());
            let groups = |v: &[(u64, u32, f32)]| -> std::collections::BTreeMap<u64, Vec<(u32, f32)>> {
                let mut map = std::collections::BTreeMap::new();
                for g in v.chunk_by(|x, y| x.0 == y.0) {
                    let list: Vec<(u32, f32)> = g.iter().map(|e| (e.1, e.2)).collect();
                    // Each key is one run: a key seen twice would replace its first run.
                    assert!(map.insert(g[0].0, list).is_none(), "key {} in two runs", g[0].0);
                }
                map
            };
            prop_assert_eq!(groups(&grouped), groups(&sorted));
        }

        /// Dealing puts every key in its bucket, each bucket's keys in their first order.
        #[test]
        fn dealing_keeps_each_buckets_keys_in_order(
            keys in proptest::collection::vec((any::<u64>(), 0u32..100, 0f32..1.0), 0..500),
        ) {
            let dealt = DealtKeys::deal(&keys);
            prop_assert_eq!(dealt.entries.len(), keys.len());
            for b in 0..KEY_BUCKETS {
                let expected: Vec<(u64, u32, f32)> =
                    keys.iter().copied().filter(|k| key_bucket(k.0) == b).collect();
                prop_assert_eq!(dealt.bucket(b), expected.as_slice());
            }
        }

        /// Every block put in the table is found with its range, whatever keys collide, and
        /// keys never put in are not found (small term ids, tagged pair keys, zero alike).
        #[test]
        fn the_block_table_finds_exactly_its_blocks(
            keys in proptest::collection::btree_set(
                prop_oneof![0u64..64, any::<u64>().prop_map(|k| k | PAIR_KEY)], 0..300),
            absent in proptest::collection::vec(any::<u64>(), 0..50),
        ) {
            let blocks: Vec<(u64, u32, u32)> = keys
                .iter()
                .enumerate()
                .map(|(i, &k)| (k, i as u32 * 3, 2 + i as u32 % 5))
                .collect();
            // In two parts, as the buckets give them.
            let (first, second) = blocks.split_at(blocks.len() / 2);
            let table = BlockTable::new(&[first, second]);
            for &(k, start, len) in &blocks {
                prop_assert_eq!(table.get(k), Some((start, len)));
            }
            for k in absent.into_iter().filter(|k| !keys.contains(k)) {
                prop_assert_eq!(table.get(k), None);
            }
        }

        /// Building blocks bucket by bucket gives every key the same postings as one pass
        /// over all keys sorted together.
        #[test]
        fn blocks_built_by_bucket_are_the_blocks_of_one_pass(
            entries in proptest::collection::vec((0u64..40, 0u32..30, 0.0f32..1.0), 0..400),
            max_postings in 2usize..6,
        ) {
            let position: Vec<u32> = (0..30).rev().collect();
            let mut all = entries.clone();
            all.sort_unstable_by(|x, y| x.0.cmp(&y.0).then(x.1.cmp(&y.1)).then(x.2.total_cmp(&y.2)));
            let (found, postings) = build_blocks(&all, 25, max_postings, &position);
            let mut by_bucket: Vec<Vec<(u64, u32, f32)>> = vec![Vec::new(); KEY_BUCKETS];
            for &e in &entries {
                by_bucket[key_bucket(e.0)].push(e);
            }
            let mut blocks = std::collections::BTreeMap::new();
            for bucket in by_bucket {
                // As the chunks give them: in parts.
                let (first, second) = bucket.split_at(bucket.len() / 3);
                let bucket = gather_grouped([first, second].into_iter());
                let (f, p) = build_blocks(&bucket, 25, max_postings, &position);
                for (k, start, len) in f {
                    blocks.insert(k, p[start as usize..(start + len) as usize].to_vec());
                }
            }
            prop_assert_eq!(blocks.len(), found.len());
            for (k, start, len) in found {
                let list = &postings[start as usize..(start + len) as usize];
                prop_assert!(list.len() <= max_postings);
                prop_assert!(list.windows(2).all(|w| w[0].0 <= w[1].0));
                prop_assert_eq!(blocks.get(&k).map(Vec::as_slice), Some(list));
            }
        }

        /// Sorting and deduplicating a vector's tail leaves its head alone.
        #[test]
        fn sort_dedup_tail_is_sort_and_dedup_of_the_tail(
            head in proptest::collection::vec(0u32..20, 0..10),
            tail in proptest::collection::vec(0u32..20, 0..40),
        ) {
            let mut v = head.clone();
            v.extend(&tail);
            sort_dedup_tail(&mut v, head.len());
            let mut expected = tail.clone();
            expected.sort_unstable();
            expected.dedup();
            prop_assert_eq!(&v[..head.len()], &head[..]);
            prop_assert_eq!(&v[head.len()..], &expected[..]);
        }
    }

    #[test]
    fn trigrams_of_sorted_words_padded_with_spaces() {
        // " a bc ": " a", "a ", " b", "bc", "c " (as hashes), distinct and sorted.
        let grams = trigrams(&["bc", "a"]);
        let text: Vec<char> = " a bc ".chars().collect();
        let mut expected: Vec<u32> = text.windows(3).map(gram_hash).collect();
        expected.sort_unstable();
        expected.dedup();
        assert_eq!(grams, expected);
        assert_eq!(trigrams(&["a", "bc"]), grams);
        let mut out = vec![7];
        push_trigrams(
            &mut ["bc", "a"],
            &mut String::new(),
            &mut Vec::new(),
            &mut out,
        );
        assert_eq!(out[0], 7);
        assert_eq!(&out[1..], &grams[..]);
    }
}

#[cfg(test)]
mod vote_tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Regression guard for the vote's selection, which looks records up only for the kept
        /// and tied positions: it keeps exactly the records a full sort by (sum descending,
        /// record ascending) keeps, duplicates and ties included.
        #[test]
        fn keep_best_keeps_what_a_full_sort_keeps(
            sums in prop_oneof![
                proptest::collection::vec((0u32..40, 0u16..6), 0..60),
                // Long enough for the sampled first cut (over 32 sums per kept record), with
                // sums from many values.
                proptest::collection::vec((0u32..40, 0u16..5000), 500..1500),
            ],
            per_record in 0usize..25,
            seed in any::<u64>(),
        ) {
            // A permutation of 40 positions to records, and sums from a few values so that
            // ties are common (positions repeat, as a zero sum can note one twice).
            let mut order: Vec<u32> = (0..40).collect();
            let mut state = seed | 1;
            for k in (1..order.len()).rev() {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                order.swap(k, (state % (k as u64 + 1)) as usize);
            }
            let scored: Vec<(u32, f32)> =
                sums.iter().map(|&(p, w)| (p, f32::from(w) * 0.25)).collect();
            let mut expected: Vec<(u32, f32)> =
                scored.iter().map(|&(p, w)| (order[p as usize], w)).collect();
            expected.sort_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
            expected.truncate(per_record);
            let mut vote = Vote::new(0);
            vote.scored = scored;
            vote.keep_best(per_record, &order);
            let mut kept = vote.scored.clone();
            kept.sort_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
            prop_assert_eq!(kept, expected);
        }
    }
}

#[cfg(test)]
mod slip_tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// The deletion-key index links exactly the pairs within_one_edit accepts.
        #[test]
        fn slips_are_exactly_the_terms_one_edit_away(
            words in proptest::collection::btree_set("[a-e]{2,7}", 1..60)
        ) {
            let terms: Vec<String> = words.into_iter().collect();
            let (offsets, targets) = typo_neighbours(&terms);
            for (a, ta) in terms.iter().enumerate() {
                let linked = &targets[offsets[a] as usize..offsets[a + 1] as usize];
                let expected: Vec<u32> = terms
                    .iter()
                    .enumerate()
                    .filter(|&(b, tb)| b != a && super::super::score::within_one_edit(ta, tb))
                    .map(|(b, _)| b as u32)
                    .collect();
                prop_assert_eq!(linked, &expected[..], "{}", ta);
            }
        }
    }
}

#[cfg(test)]
mod phrase_tests {
    use super::*;

    #[test]
    fn capitalised_runs_are_phrases_but_a_sentence_start_is_not() {
        let found = capitalised_phrases(
            "Issues licences. Part of the cross-government Aldchester Shared Services \
             Programme. Runs in Kingsmoor, with the Home Office and Department for Work and \
             Pensions (DWP).",
        );
        assert_eq!(
            found,
            [
                "aldchester shared services programme",
                "home office and department for work and pensions",
            ],
            "'Part' starts a sentence, 'Kingsmoor' stands alone, '(DWP)' is an aside; 'and' \
             joins capitalised words, as it must for 'Work and Pensions'"
        );
    }

    /// An effort named "Licence management" of `department` with `description`.
    fn effort(department: &str, description: &str) -> Record {
        Record {
            department: department.into(),
            record_id: "1".into(),
            name: "Licence management".into(),
            description: description.into(),
            ..crate::matching::testdata::blank()
        }
    }

    /// Only phrases two departments share, and few efforts name, are learnt.
    #[test]
    fn phrases_are_learnt_when_departments_share_them() {
        let records = [
            effort("A", "Part of the Redford Food Resilience Programme."),
            effort(
                "B",
                "Runs licensing, part of the Redford Food Resilience Programme.",
            ),
            effort("A", "Replaces the Legacy Licence Ledger."),
            effort("A", "Feeds the Legacy Licence Ledger."),
            effort("C", "Reports to the Home Office."),
            effort("D", "Reports to the Home Office."),
            effort("E", "Reports to the Home Office."),
        ];
        assert_eq!(
            learn_phrases(&records, 2),
            ["redford food resilience programme"],
            "one department's phrase, and a phrase more than 2 efforts name, are left out"
        );
    }

    /// A named phrase weighs `phrase_weight` times an ordinary term used by as many records
    /// in a description's TF-IDF vector; ordinary terms are unchanged by the weight.
    #[test]
    fn a_named_phrase_weighs_more_than_an_equally_rare_word() {
        let records = [
            effort(
                "A",
                "Part of the Redford Food Resilience Programme; uses Kestrel.",
            ),
            effort(
                "B",
                "Part of the Redford Food Resilience Programme; uses Kestrel.",
            ),
            effort("C", "Reports to the ministry."),
        ];
        let phrases = learn_phrases(&records, 10);
        assert_eq!(phrases, ["redford food resilience programme"]);
        let normaliser =
            Normaliser::new(&BTreeMap::new(), &BTreeMap::new()).with_named_phrases(&phrases);
        let weights = |phrase_weight: f32| {
            let corpus = Corpus::build_with(
                &records,
                &normaliser,
                BTreeMap::new(),
                |_| false,
                phrase_weight,
            );
            let weight = |term: &str| {
                let t = corpus.terms.iter().position(|x| x == term).expect(term) as u32;
                let d = &corpus.features.at(0).description;
                d.iter()
                    .find(|&&(u, _)| u == t)
                    .map(|&(_, w)| w)
                    .expect(term)
            };
            let phrase = normaliser
                .concept_phrases()
                .map(|(_, t, _)| t)
                .find(|t| normaliser.keeps_words(t));
            (
                weight(phrase.expect("the phrase's term")),
                weight("kestrel"),
            )
        };
        let (phrase_1, word_1) = weights(1.0);
        assert!(
            (phrase_1 / word_1 - 1.0).abs() < 1e-5,
            "{phrase_1} vs {word_1}"
        );
        let (phrase_3, word_3) = weights(3.0);
        assert!(
            (phrase_3 / word_3 - 3.0).abs() < 1e-4,
            "{phrase_3} vs {word_3}"
        );
    }
}

#[cfg(test)]
mod likely_slip_tests {
    use super::*;

    /// "food" (used by 40 records) and "flood" (30) are both common: different words.
    /// "inspectoin" (1) is a slip of "inspection" (500); "licnce" (3) of "licence" (40, more
    /// than ten times as many); two rare terms ("hera", "herb": 1 and 2) may be slips.
    #[test]
    fn only_a_rare_term_is_a_slip_of_another() {
        let terms = [
            "flood",
            "food",
            "herb",
            "hera",
            "inspection",
            "inspectoin",
            "licence",
            "licnce",
        ];
        let terms: Vec<String> = terms.iter().map(|t| t.to_string()).collect();
        let df = [30, 40, 2, 1, 500, 1, 40, 3];
        let (offsets, targets) = typo_neighbours(&terms);
        let (offsets, targets) = keep_likely_slips(&offsets, &targets, &df);
        let slips = |t: usize| -> Vec<&str> {
            targets[offsets[t] as usize..offsets[t + 1] as usize]
                .iter()
                .map(|&u| terms[u as usize].as_str())
                .collect()
        };
        assert!(slips(0).is_empty() && slips(1).is_empty(), "food / flood");
        assert_eq!(slips(2), ["hera"]);
        assert_eq!(slips(4), ["inspectoin"]);
        assert_eq!(slips(5), ["inspection"]);
        assert_eq!(slips(6), ["licnce"]);
        assert_eq!(offsets.len(), terms.len() + 1);
    }
}

#[cfg(test)]
mod posting_cap_tests {
    use super::*;

    /// With the posting cap at its floor of 2, each blocking key a record probes with yields
    /// at most 2 records, so a record's own probes find at most twice its number of keys.
    /// Candidates therefore stay bounded however many records share a term.
    #[test]
    fn the_posting_cap_bounds_each_records_probes() {
        // 300 efforts in 3 departments, all alike: without a cap every cross-department pair
        // is a candidate.
        let records: Vec<Record> = (0..300)
            .map(|i| Record {
                department: format!("D{}", i % 3),
                record_id: i.to_string(),
                name: format!("Grant scheme payments portal {i}"),
                description: "Pays grant scheme awards to applicants online.".into(),
                ..crate::matching::testdata::blank()
            })
            .collect();
        let normaliser = Normaliser::new(&BTreeMap::new(), &BTreeMap::new());
        let corpus = Corpus::build(&records, &normaliser, BTreeMap::new());
        let (share, probe_terms) = (1.0, 3);
        let bound: usize = (0..corpus.len())
            .map(|i| 2 * corpus.probe_keys(i, probe_terms, u32::MAX, None).len())
            .sum();
        let capped = corpus.candidates(share, probe_terms, usize::MAX, 1);
        let uncapped = corpus.candidates(share, probe_terms, usize::MAX, usize::MAX);
        assert_eq!(uncapped.len(), 300 * 200 / 2, "every cross-department pair");
        assert!(bound < uncapped.len(), "{bound}");
        assert!(capped.len() <= bound, "{} > {bound}", capped.len());
    }
}

#[cfg(test)]
mod concept_tests {
    use super::*;

    fn named(department: &str, name: &str) -> Record {
        Record {
            department: department.into(),
            record_id: "1".into(),
            name: name.into(),
            ..crate::matching::testdata::blank()
        }
    }

    /// A typing slip inside a concept phrase still makes the concept: "Apointment Booking
    /// Service" and "Appointment Booking Service" get the same name terms, as they would
    /// without the slip.
    #[test]
    fn a_slip_inside_a_concept_phrase_still_makes_the_concept() {
        let records = [
            named("A", "Apointment Booking Service"),
            named("B", "Appointment Booking Service"),
            named("C", "Booking of Appointments"),
            // A word one edit from a phrase word, outside any phrase, is left alone.
            named("D", "Apointment Letters"),
        ];
        let normaliser = Normaliser::new(&BTreeMap::new(), &BTreeMap::new());
        let corpus = Corpus::build(&records, &normaliser, BTreeMap::new());
        let names: Vec<Vec<&str>> = corpus
            .features
            .iter()
            .map(|f| {
                f.name_terms
                    .iter()
                    .map(|&t| corpus.terms[t as usize].as_str())
                    .collect()
            })
            .collect();
        assert_eq!(names[0], names[1], "{names:?}");
        assert_eq!(names[1].len(), 2, "the concept and 'servic': {names:?}");
        let concept = names[2][0];
        assert!(names[1].contains(&concept), "{names:?}");
        assert!(!names[3].contains(&concept), "{names:?}");
        assert!(names[3].contains(&"apoint"), "{names:?}");
    }
}
