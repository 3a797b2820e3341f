//! The period's corpus and candidate generation.
//!
//! In: the period's records and a [`Normaliser`]. Out: a [`Corpus`] holding every record's
//! comparable features as interned term ids (u32, sorted), the document frequencies, and an
//! inverted index; [`Corpus::candidates`] yields, for each record, a bounded list of records in
//! other departments that share its most distinctive terms, without comparing every pair.
//!
//! Term ids are assigned in alphabetical order of the terms, so the corpus (and everything built
//! on it) is the same whatever the number of threads.

use super::normalise::{Normaliser, learn_definitions};
use crate::model::{Phase, Record};
use rayon::prelude::*;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// A term used by at most this many records always finds candidates, however small the period
/// (in a small period a share such as 2% would leave only a handful of records per term).
pub const MIN_TERM_LIMIT: u32 = 100;

/// The list fields, in [`crate::model::Field`] order.
pub const LIST_FIELDS: usize = 3;

/// One record's comparable features.
#[derive(Clone, Debug, Default)]
pub struct Features {
    /// Department id (index into [`Corpus::departments`]).
    pub department: u32,
    /// Distinct name terms, sorted by id.
    pub name_terms: Vec<u32>,
    /// Distinct character trigrams of the normalised name, hashed, sorted.
    pub name_grams: Vec<u32>,
    /// Description terms with TF-IDF weights, sorted by id, unit length (empty when no terms).
    pub description: Vec<(u32, f32)>,
    /// Capabilities, user groups, technologies: distinct terms, sorted by id; `None` when the
    /// record left the field empty.
    pub lists: [Option<Vec<u32>>; LIST_FIELDS],
    /// Delivery period as days since 1970 (end `None` means ongoing).
    pub dates: Option<(i32, Option<i32>)>,
    pub phase: Option<Phase>,
    /// Terms used to find candidates, with weights, sorted by id, unit length.
    pub probe: Vec<(u32, f32)>,
}

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
    pub features: Vec<Features>,
    /// Acronym definitions learnt from the catalogues and agreed by all that make them.
    pub learnt_acronyms: BTreeMap<String, String>,
}

/// Normalised text of one record, before interning.
struct RawTerms {
    name: Vec<String>,
    name_words: Vec<String>,
    description: Vec<String>,
    lists: [Option<Vec<String>>; LIST_FIELDS],
    /// Distinct (term, word) pairs seen in the record, for readable labels.
    words: Vec<(String, String)>,
}

/// A record's interned name terms (distinct), description terms (all), and list terms.
type Interned = (Vec<u32>, Vec<u32>, [Option<Vec<u32>>; LIST_FIELDS]);

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
pub fn trigrams(words: &[String]) -> Vec<u32> {
    let mut sorted: Vec<&String> = words.iter().collect();
    sorted.sort();
    let text = format!(
        " {} ",
        sorted
            .iter()
            .map(|w| w.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    );
    let chars: Vec<char> = text.chars().collect();
    let mut grams: Vec<u32> = chars.windows(3).map(gram_hash).collect();
    grams.sort_unstable();
    grams.dedup();
    grams
}

impl Corpus {
    /// Normalises every record and interns its terms. Parallel over records; the result does not
    /// depend on the number of threads.
    pub fn build(
        records: &[Record],
        normaliser: &Normaliser,
        learnt: BTreeMap<String, String>,
    ) -> Corpus {
        let raw: Vec<RawTerms> = records
            .par_iter()
            .map_init(HashMap::<String, String>::new, |cache, r| {
                let own = own_definitions(r);
                let mut words: Vec<(String, String)> = Vec::new();
                let mut split = |pairs: Vec<(String, String)>| -> Vec<String> {
                    let terms = pairs.iter().map(|(_, t)| t.clone()).collect();
                    words.extend(pairs.into_iter().map(|(w, t)| (t, w)));
                    terms
                };
                let name_pairs = normaliser.word_terms_cached(&r.name, &own, cache);
                let name_words: Vec<String> = name_pairs.iter().map(|(w, _)| w.clone()).collect();
                let name = split(name_pairs);
                let description = split(normaliser.word_terms_cached(&r.description, &own, cache));
                let mut list = |items: &[String]| -> Option<Vec<String>> {
                    let terms: Vec<String> = items
                        .iter()
                        .flat_map(|i| split(normaliser.word_terms_cached(i, &own, cache)))
                        .collect();
                    (!terms.is_empty()).then_some(terms)
                };
                let lists = [
                    list(&r.capabilities),
                    list(&r.user_groups),
                    list(&r.technologies),
                ];
                words.sort();
                words.dedup();
                RawTerms {
                    name,
                    name_words,
                    description,
                    lists,
                    words,
                }
            })
            .collect();

        // Vocabulary in alphabetical order: ids independent of thread count.
        let mut vocabulary: Vec<&str> = raw
            .par_iter()
            .flat_map_iter(|t| {
                t.name
                    .iter()
                    .chain(&t.description)
                    .chain(t.lists.iter().flatten().flatten())
                    .map(String::as_str)
            })
            .collect();
        vocabulary.par_sort_unstable();
        vocabulary.dedup();
        let terms: Vec<String> = vocabulary.iter().map(|s| s.to_string()).collect();
        let ids: HashMap<&str, u32> = terms
            .iter()
            .enumerate()
            .map(|(i, t)| (t.as_str(), i as u32))
            .collect();
        let id = |t: &String| ids.get(t.as_str()).copied().unwrap_or(0);
        // Readable word per term: the surface form most records use ("monitoring", not the
        // stem "monitor"), then the shortest, then the first alphabetically.
        let mut surface: HashMap<(u32, &str), u32> = HashMap::new();
        for t in &raw {
            for (term, word) in &t.words {
                *surface.entry((id(term), word.as_str())).or_default() += 1;
            }
        }
        let mut best: Vec<Option<(u32, &str)>> = vec![None; terms.len()];
        for ((term, word), count) in surface {
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

        let departments: Vec<String> = records
            .iter()
            .map(|r| r.department.clone())
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();

        // Interned, distinct term sets per record, then document frequencies.
        let interned: Vec<Interned> = raw
            .par_iter()
            .map(|t| {
                let set = |v: &Vec<String>| -> Vec<u32> {
                    let mut s: Vec<u32> = v.iter().map(id).collect();
                    s.sort_unstable();
                    s.dedup();
                    s
                };
                let name = set(&t.name);
                let desc_all: Vec<u32> = t.description.iter().map(id).collect();
                let lists = [
                    t.lists[0].as_ref().map(set),
                    t.lists[1].as_ref().map(set),
                    t.lists[2].as_ref().map(set),
                ];
                (name, desc_all, lists)
            })
            .collect();
        let mut df = vec![0u32; terms.len()];
        for (name, desc, lists) in &interned {
            let mut all: Vec<u32> = name
                .iter()
                .chain(desc)
                .chain(lists.iter().flatten().flatten())
                .copied()
                .collect();
            all.sort_unstable();
            all.dedup();
            for t in all {
                df[t as usize] += 1;
            }
        }
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
        let features: Vec<Features> = records
            .par_iter()
            .zip(interned.into_par_iter().zip(raw.par_iter()))
            .map(|(r, ((name_terms, desc_all, lists), raw))| {
                let description = tfidf(&desc_all, &idf);
                // Probe: name terms count double, then description and list terms.
                let mut probe_terms: Vec<u32> =
                    name_terms.iter().chain(&name_terms).copied().collect();
                probe_terms.extend(&desc_all);
                probe_terms.extend(lists.iter().flatten().flatten());
                let probe = tfidf(&probe_terms, &idf);
                Features {
                    department: dept_ids.get(r.department.as_str()).copied().unwrap_or(0),
                    name_grams: trigrams(&raw.name_words),
                    name_terms,
                    description,
                    lists,
                    dates: r.start_date.map(|s| (days(s), r.end_date.map(days))),
                    phase: r.phase,
                    probe,
                }
            })
            .collect();

        Corpus {
            terms,
            display_words,
            df,
            idf,
            departments,
            features,
            learnt_acronyms: learnt,
        }
    }

    pub fn len(&self) -> usize {
        self.features.len()
    }

    pub fn is_empty(&self) -> bool {
        self.features.is_empty()
    }

    /// Candidate pairs `(a, b)` with `a < b`, in different departments, sorted and distinct.
    ///
    /// Each record probes the inverted index with its `probe_terms` heaviest terms (terms used
    /// by more than `max_term_share` of records, and more than [`MIN_TERM_LIMIT`], are not indexed) and keeps the `per_record`
    /// records from other departments with the largest accumulated weight. Memory: one
    /// accumulator of `len()` floats per worker thread.
    pub fn candidates(
        &self,
        max_term_share: f64,
        probe_terms: usize,
        per_record: usize,
        max_postings: usize,
    ) -> Vec<(u32, u32)> {
        let n = self.len();
        let limit = ((max_term_share * n as f64).floor() as u32).max(MIN_TERM_LIMIT);
        let mut postings: Vec<Vec<(u32, f32)>> = vec![Vec::new(); self.terms.len()];
        for (i, f) in self.features.iter().enumerate() {
            for &(t, w) in &f.probe {
                if self.df[t as usize] <= limit {
                    postings[t as usize].push((i as u32, w));
                }
            }
        }
        // Impact-ordered pruning: a long posting list keeps only the records that weigh the
        // term most (ties by record), so each probe costs at most `max_postings`.
        postings.par_iter_mut().for_each(|list| {
            if list.len() > max_postings.max(1) {
                list.sort_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
                list.truncate(max_postings.max(1));
                list.sort_by_key(|&(j, _)| j);
            }
        });
        let mut pairs: Vec<(u32, u32)> = (0..n)
            .into_par_iter()
            .map_init(
                || (vec![0f32; n], Vec::<u32>::new(), Vec::<(u32, f32)>::new()),
                |(acc, touched, probe), i| {
                    let f = &self.features[i];
                    probe.clear();
                    probe.extend(
                        f.probe
                            .iter()
                            .filter(|(t, _)| self.df[*t as usize] <= limit),
                    );
                    probe.sort_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
                    probe.truncate(probe_terms);
                    for &(t, w) in probe.iter() {
                        for &(j, wj) in &postings[t as usize] {
                            if self.features[j as usize].department == f.department {
                                continue;
                            }
                            if acc[j as usize] == 0.0 {
                                touched.push(j);
                            }
                            acc[j as usize] += w * wj;
                        }
                    }
                    let mut scored: Vec<(u32, f32)> =
                        touched.iter().map(|&j| (j, acc[j as usize])).collect();
                    for &j in touched.iter() {
                        acc[j as usize] = 0.0;
                    }
                    touched.clear();
                    let by_weight =
                        |x: &(u32, f32), y: &(u32, f32)| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0));
                    if scored.len() > per_record {
                        scored.select_nth_unstable_by(per_record, by_weight);
                        scored.truncate(per_record);
                    }
                    let i = i as u32;
                    scored
                        .into_iter()
                        .map(|(j, _)| (i.min(j), i.max(j)))
                        .collect::<Vec<_>>()
                },
            )
            .flatten()
            .collect();
        pairs.par_sort_unstable();
        pairs.dedup();
        pairs
    }
}

/// Unit-length TF-IDF vector of a bag of term ids (sublinear term frequency).
fn tfidf(bag: &[u32], idf: &[f32]) -> Vec<(u32, f32)> {
    let mut sorted = bag.to_vec();
    sorted.sort_unstable();
    let mut out: Vec<(u32, f32)> = Vec::new();
    for t in sorted {
        match out.last_mut() {
            Some((last, count)) if *last == t => *count += 1.0,
            _ => out.push((t, 1.0)),
        }
    }
    for (t, w) in out.iter_mut() {
        *w = (1.0 + w.ln()) * idf.get(*t as usize).copied().unwrap_or(0.0);
    }
    let norm = out.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
    if norm > 0.0 {
        for (_, w) in out.iter_mut() {
            *w /= norm;
        }
    }
    out
}
