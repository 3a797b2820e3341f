//! Per-field similarity of two records, and the weighted total.
//!
//! In: two records' [`Features`] from the period's [`Corpus`]. Out: one similarity in [0, 1] per
//! [`Field`] (`None` when either side lacks the field), and with [`Weights`] the total score and
//! each field's contribution.
//!
//! - name: three parts token-level to one part character-level: a token-level similarity
//!   (IDF-weighted overlap of name terms, where a term one typing slip away from the other
//!   side's counts) and a character-level one (Dice overlap of character trigrams), so typos and
//!   reordered words both score;
//! - description: cosine of TF-IDF vectors over the period's corpus;
//! - both name and description are half that and half the same measure with each term weighed
//!   by [`TermRoles::weight_for`] the other side's department: words that many departments use
//!   in their own unrelated work (activities such as "inspection", place names), and words the
//!   other department uses all the time, say less about whether two efforts are the same than
//!   words that belong to one subject ("fishing vessel licence");
//! - capabilities, user groups, technologies: IDF-weighted overlap (Dice) of their terms, scaled
//!   down when the shared terms are common ones;
//! - dates: the overlap of the delivery periods, as a share of the shorter one;
//! - phase: 1 for the same phase, 0.5 for neighbouring phases, else 0.
//!
//! Every function here is allocation-free: it runs once per candidate pair.

use super::index::{Corpus, Features};
use crate::model::{Field, Phase, Record};

/// Name similarity of a pair where one name abbreviates the other.
pub const ABBREVIATION_SIMILARITY: f32 = 0.8;

/// Number of compared fields.
pub const FIELDS: usize = Field::ALL.len();

/// Similarities of one pair, in [`Field::ALL`] order.
pub type Similarities = [Option<f32>; FIELDS];

/// One pair's [`Similarities`] in 28 bytes rather than 56, for the tens of millions of
/// candidate pairs a large period keeps: a missing field is a NaN with a payload that no
/// arithmetic produces, so packing and unpacking give back exactly the same values.
#[derive(Clone, Copy, Debug)]
pub struct PackedSimilarities([f32; FIELDS]);

/// The bits of a missing field in [`PackedSimilarities`] (a quiet NaN with its own payload).
const MISSING_BITS: u32 = 0x7fc0_5a5a;

impl PackedSimilarities {
    pub fn pack(sims: &Similarities) -> PackedSimilarities {
        PackedSimilarities(sims.map(|s| s.unwrap_or(f32::from_bits(MISSING_BITS))))
    }

    pub fn unpack(&self) -> Similarities {
        self.0.map(|s| (s.to_bits() != MISSING_BITS).then_some(s))
    }
}

/// Non-negative weight per field, in [`Field::ALL`] order.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Weights(pub [f64; FIELDS]);

impl Weights {
    /// The total score and each field's contribution: a weighted mean of the similarities over
    /// the fields both records have. Missing fields are left out of the mean, so they neither
    /// help nor hurt. The contributions sum to the total.
    pub fn combine(&self, sims: &Similarities) -> (f64, [f64; FIELDS]) {
        let present: f64 = sims
            .iter()
            .zip(self.0)
            .filter(|(s, _)| s.is_some())
            .map(|(_, w)| w)
            .sum();
        let mut contributions = [0.0; FIELDS];
        if present <= 0.0 {
            return (0.0, contributions);
        }
        for (k, s) in sims.iter().enumerate() {
            if let Some(s) = s {
                contributions[k] = self.0[k] * f64::from(*s) / present;
            }
        }
        let total: f64 = contributions.iter().sum();
        (total.clamp(0.0, 1.0), contributions)
    }
}

/// How specific each term is to one subject, learnt from how many departments use it. Built
/// once per period from the corpus (one pass over every record's terms).
#[derive(Clone, Debug, Default)]
pub struct TermRoles {
    /// Term id -> specificity in [0, 1]: 1 for a term at most two departments use, falling
    /// towards 0 as the share of departments using it approaches all of them.
    pub specificity: Vec<f32>,
    /// Term id -> the corpus's inverse document frequency.
    pub idf: Vec<f32>,
    /// Records per department.
    pub department_sizes: Vec<u32>,
    /// Term id -> range in `home` of the departments that use the term more than once
    /// (CSR layout: `home_start[t]..home_start[t + 1]`).
    pub home_start: Vec<u32>,
    /// (department, records using the term) for the departments where a term is at home.
    pub home: Vec<(u32, u32)>,
    /// Record -> the letters of its name, for spotting one name abbreviating the other.
    pub name_letters: Vec<NameLetters>,
    /// Precomputed parts of [`TermRoles::weight_for`] for a term not at home in the department
    /// (the common case, once per term per pair): term -> [`TermScoring`], department ->
    /// sqrt(ln(1 + records)). Empty means "compute in full".
    pub scoring: Vec<TermScoring>,
    pub department_base: Vec<f32>,
    /// The full weight of each `home` entry (same index), so that a term at home costs a
    /// lookup, not a logarithm, per pair.
    pub home_weight: Vec<f32>,
}

/// What the scorer reads about one term, together in 16 bytes so that a term costs one cache
/// line per pair rather than one per array.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct TermScoring {
    /// The corpus's inverse document frequency (as [`Corpus::idf`]).
    pub idf: f32,
    /// Specificity x sqrt(idf): the weight of the term where it is not at home, before the
    /// department's factor.
    pub base: f32,
    /// Bit `d % 64` is set when the term is at home in some department `d`: a clear bit means
    /// "not at home" without searching `home`. With at most 64 departments the bits are exact,
    /// and the rank of bit `d` is the entry's offset from `home_start`.
    pub home_bits: u64,
    /// The term's first entry in `home` (as `home_start[t]`).
    pub home_start: u32,
}

/// The letters of a record's name: the first letters of its name terms, and the letters of a
/// written abbreviation in it ("TEPAAC programme"). Order is not kept; counts are.
#[derive(Clone, Debug, Default)]
pub struct NameLetters {
    /// Count of name terms starting with each letter a-z.
    pub initials: [u8; 26],
    /// Name terms that start with a letter.
    pub terms: u8,
    /// Letter counts of the name's abbreviation (an all-capitals word of 3 to 6 letters), and
    /// its term id; `None` when the name has none.
    pub abbreviation: Option<([u8; 26], u8, u32)>,
}

impl NameLetters {
    fn new(corpus: &Corpus, name: &str, terms: &[u32]) -> NameLetters {
        let mut out = NameLetters::default();
        for &t in terms {
            let first = corpus.terms.get(t as usize).and_then(|w| w.bytes().next());
            if let Some(c @ b'a'..=b'z') = first {
                out.initials[usize::from(c - b'a')] =
                    out.initials[usize::from(c - b'a')].saturating_add(1);
                out.terms = out.terms.saturating_add(1);
            }
        }
        let word = name
            .split(|c: char| !c.is_ascii_alphanumeric())
            .find(|w| (3..=6).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase()));
        if let Some(word) = word {
            let lower = word.to_ascii_lowercase();
            let id = terms
                .iter()
                .copied()
                .find(|&t| corpus.terms.get(t as usize).is_some_and(|x| *x == lower));
            if let Some(id) = id {
                let mut letters = [0u8; 26];
                for b in lower.bytes() {
                    letters[usize::from(b - b'a')] += 1;
                }
                out.abbreviation = Some((letters, lower.len() as u8, id));
            }
        }
        out
    }
}

/// True when `a`'s name abbreviation stands for `b`'s name: its letters are initials of `b`'s
/// name terms, covering all but at most two of them (a place, a qualifier), and `b` does not
/// already use the abbreviation itself (then the shared word counts anyway).
pub fn abbreviates(a: &NameLetters, b: &NameLetters, b_terms: &[u32]) -> bool {
    let Some((letters, len, id)) = &a.abbreviation else {
        return false;
    };
    b_terms.binary_search(id).is_err()
        && usize::from(*len) + 2 >= usize::from(b.terms)
        && letters.iter().zip(&b.initials).all(|(x, y)| x <= y)
}

impl TermRoles {
    /// Specificity of a term used by `used` of `departments` departments: a term two
    /// departments share is as specific as a term can be (their overlap may be exactly what it
    /// names), and one every department uses says nothing. With two or fewer departments
    /// nothing can be learnt and every term counts fully.
    pub fn specificity_of(used: usize, departments: usize) -> f32 {
        if departments <= 2 || used <= 2 {
            return 1.0;
        }
        let share = (used - 2) as f32 / (departments - 2) as f32;
        (1.0 - share).clamp(0.0, 1.0).sqrt()
    }

    /// The effective number of departments using a term: `exp` of the entropy of its records'
    /// departments (the Hill number of order 1), from `sum` = sum of c and `c_ln_c` = sum of
    /// c ln c over departments, c being a department's records using the term; at most `used`,
    /// the plain count of departments (also the answer when nothing was counted, for terms only
    /// in list fields). A term one department uses all the time and others now and then is that
    /// department's; counting every department that used it once would call every word general
    /// in a large enough catalogue (at a million efforts every word is used somewhere in all
    /// 50 departments).
    pub fn effective_departments(sum: f64, c_ln_c: f64, used: usize) -> usize {
        if sum <= 0.0 {
            return used;
        }
        ((sum.ln() - c_ln_c / sum).exp().round() as usize).min(used)
    }

    pub fn new(corpus: &Corpus, records: &[Record]) -> TermRoles {
        use rayon::prelude::*;
        let terms = corpus.terms.len();
        let departments = corpus.departments.len();
        // Records department by department (stable: by index within one).
        let mut order: Vec<u32> = (0..corpus.features.len() as u32).collect();
        order.par_sort_by_key(|&r| corpus.features.department(r as usize));
        let runs: Vec<&[u32]> = order
            .chunk_by(|&x, &y| {
                corpus.features.department(x as usize) == corpus.features.department(y as usize)
            })
            .collect();
        // Per department, in parallel: how many of its records use each name or description
        // term (each counted once per record), and every term it uses in any field.
        type Counted = (u32, Vec<(u32, u32)>, Vec<u32>);
        let counted: Vec<Counted> = runs
            .par_iter()
            .map(|run| {
                let department = corpus.features.department(run[0] as usize);
                let mut uses: Vec<u32> = Vec::new();
                let mut every: Vec<u32> = Vec::new();
                let mut seen: Vec<u32> = Vec::new();
                for &r in *run {
                    let f = corpus.features.at(r as usize);
                    seen.clear();
                    seen.extend(
                        f.name_terms
                            .iter()
                            .chain(f.description.iter().map(|p| &p.0))
                            .copied(),
                    );
                    seen.sort_unstable();
                    seen.dedup();
                    uses.extend(&seen);
                    every.extend(&seen);
                    every.extend(f.lists.iter().flatten().copied().flatten());
                }
                uses.sort_unstable();
                let counts: Vec<(u32, u32)> = uses
                    .chunk_by(|x, y| x == y)
                    .map(|same| (same[0], same.len() as u32))
                    .collect();
                every.sort_unstable();
                every.dedup();
                (department, counts, every)
            })
            .collect();
        // Merged in department order, so each term's sums are taken in the same order
        // whatever the thread count.
        let mut used = vec![0usize; terms];
        let mut department_sizes = vec![0u32; corpus.departments.len()];
        let mut home_lists: Vec<Vec<(u32, u32)>> = vec![Vec::new(); terms];
        // Per term, over departments: the sum of c and of c ln c, c being the department's
        // records using the term (see `effective_departments`).
        let mut spread = vec![(0f64, 0f64); terms];
        for (run, (department, counts, every)) in runs.iter().zip(&counted) {
            if let Some(size) = department_sizes.get_mut(*department as usize) {
                *size += run.len() as u32;
            }
            for &(t, count) in counts {
                let Some(sums) = spread.get_mut(t as usize) else {
                    continue;
                };
                let c = f64::from(count);
                sums.0 += c;
                sums.1 += c * c.ln();
                if count > 1 {
                    home_lists[t as usize].push((*department, count));
                }
            }
            for &t in every {
                if let Some(u) = used.get_mut(t as usize) {
                    *u += 1;
                }
            }
        }
        drop(counted);
        let mut home_start = Vec::with_capacity(terms + 1);
        let mut home = Vec::new();
        home_start.push(0u32);
        for list in home_lists {
            home.extend(list);
            home_start.push(home.len() as u32);
        }
        let specificity: Vec<f32> = used
            .iter()
            .zip(&spread)
            .map(|(&u, &(sum, squares))| {
                Self::specificity_of(Self::effective_departments(sum, squares, u), departments)
            })
            .collect();
        let name_letters = corpus
            .features
            .par_iter()
            .enumerate()
            .map(|(r, f)| {
                let name = records.get(r).map_or("", |x| x.name.as_str());
                NameLetters::new(corpus, name, f.name_terms)
            })
            .collect();
        TermRoles {
            specificity,
            idf: corpus.idf.clone(),
            department_sizes,
            home_start,
            home,
            name_letters,
            scoring: Vec::new(),
            department_base: Vec::new(),
            home_weight: Vec::new(),
        }
        .with_bases()
    }

    /// Fills the precomputed parts of [`TermRoles::weight_for`]. Each value is computed by the
    /// same expression as the full formula, so the shortcuts give bit-identical weights.
    pub fn with_bases(mut self) -> TermRoles {
        self.scoring = self
            .specificity
            .iter()
            .zip(&self.idf)
            .enumerate()
            .map(|(t, (s, idf))| {
                let home = self.home_range(t);
                let home_bits = self.home[home]
                    .iter()
                    .fold(0u64, |bits, h| bits | 1u64 << (h.0 % 64));
                TermScoring {
                    idf: *idf,
                    base: s * idf.sqrt(),
                    home_bits,
                    home_start: self.home_range(t).start as u32,
                }
            })
            .collect();
        self.department_base = self
            .department_sizes
            .iter()
            .map(|&size| (1.0 + size as f32).ln().sqrt())
            .collect();
        let mut home_weight = vec![0.0f32; self.home.len()];
        for t in 0..self.home_start.len().saturating_sub(1) {
            let range = self.home_range(t);
            for k in range.clone() {
                home_weight[k] = self.full_weight(t, self.home[k].0, Some(self.home[k].1));
            }
        }
        self.home_weight = home_weight;
        self
    }

    /// The departments where term `t` is at home (used in the name or description of more
    /// than one of their records), with how many of their records use it.
    pub fn homes(&self, t: usize) -> &[(u32, u32)] {
        &self.home[self.home_range(t)]
    }

    /// The range in `home` of term `t`'s departments (empty when out of range).
    fn home_range(&self, t: usize) -> std::ops::Range<usize> {
        match (self.home_start.get(t), self.home_start.get(t + 1)) {
            (Some(&s), Some(&e)) if s <= e && e as usize <= self.home.len() => {
                s as usize..e as usize
            }
            _ => 0..0,
        }
    }

    /// How much it says that a record of `department` shares term `t`: the term's specificity
    /// times the geometric mean of its inverse document frequency over the corpus and within
    /// that department (`ln(1 + records / (1 + records using it))`). A word the other
    /// department uses all the time in its own work ("market" between two market regulators)
    /// says less; a subject's word that the other department never uses says more.
    #[inline]
    pub fn weight_for(&self, t: u32, department: u32) -> f32 {
        let d = department as usize;
        if let (Some(term), Some(&scale)) =
            (self.scoring.get(t as usize), self.department_base.get(d))
        {
            if term.home_bits & (1u64 << (department % 64)) == 0 {
                // Not at home: used = 0, so the formula factors into these two.
                return term.base * scale;
            }
            if self.department_base.len() <= 64 {
                // Exact bits: the entry is the rank of the department's bit.
                let below = term.home_bits & ((1u64 << department) - 1);
                let k = term.home_start as usize + below.count_ones() as usize;
                if let Some(&w) = self.home_weight.get(k) {
                    return w;
                }
            }
            let range = self.home_range(t as usize);
            let start = range.start;
            return match self.home[range].binary_search_by_key(&department, |h| h.0) {
                Ok(k) => self
                    .home_weight
                    .get(start + k)
                    .copied()
                    .unwrap_or_else(|| self.full_weight(t as usize, department, None)),
                Err(_) => term.base * scale,
            };
        }
        let range = self.home_range(t as usize);
        let start = range.start;
        let used = self.home[range]
            .binary_search_by_key(&department, |h| h.0)
            .ok()
            .map(|k| self.home[start + k].1);
        self.full_weight(t as usize, department, used)
    }

    /// A TF-IDF weight `w` of term `t` re-weighed for `department`: `w / idf x`
    /// [`TermRoles::weight_for`], 0 when the term's IDF is not positive. The IDF is read from
    /// the term's [`TermScoring`] (the same line `weight_for` reads) when the roles were built
    /// from `corpus`, else from the corpus.
    #[inline]
    pub fn reweigh(&self, corpus: &Corpus, t: u32, w: f32, department: u32) -> f32 {
        let idf = if self.scoring.len() == corpus.idf.len() {
            self.scoring.get(t as usize).map_or(0.0, |s| s.idf)
        } else {
            corpus.idf.get(t as usize).copied().unwrap_or(0.0)
        };
        if idf > 0.0 {
            w / idf * self.weight_for(t, department)
        } else {
            0.0
        }
    }

    /// [`TermRoles::weight_for`] in full, for term `t` used by `used` records of `department`
    /// (`None`: not at home there).
    fn full_weight(&self, t: usize, department: u32, used: Option<u32>) -> f32 {
        let size = self
            .department_sizes
            .get(department as usize)
            .copied()
            .unwrap_or(0) as f32;
        let used = used.unwrap_or(0) as f32;
        let specificity = self.specificity.get(t).copied().unwrap_or(1.0);
        let global = self.idf.get(t).copied().unwrap_or(0.0);
        specificity * (global * (1.0 + size / (1.0 + used)).ln()).sqrt()
    }
}

/// Pairs scored ahead of the one being scored: record `b`'s features are asked for this many
/// pairs ahead, and the lists they point to half as many.
const LOOKAHEAD: usize = 16;

/// The similarities of every pair, in order, packed. Parallel over chunks of pairs; within a
/// chunk, the features of the partner records a few pairs ahead are prefetched (the partners
/// are spread over the whole corpus, so each is a cache miss that would otherwise stall the
/// scorer), and each worker keeps the first record's description norms while that record's
/// pairs last ([`NormCache`]). The values are exactly [`similarities`]'s.
pub fn score_pairs(
    corpus: &Corpus,
    roles: &TermRoles,
    pairs: &[(u32, u32)],
) -> Vec<PackedSimilarities> {
    use super::index::prefetch;
    use rayon::prelude::*;
    const CHUNK: usize = 4096;
    let empty = PackedSimilarities::pack(&[None; FIELDS]);
    let mut out = vec![empty; pairs.len()];
    let departments = corpus.departments.len();
    out.par_chunks_mut(CHUNK)
        .zip(pairs.par_chunks(CHUNK))
        .for_each_init(
            || NormCache::new(departments),
            |cache, (out, pairs)| {
                for (k, (slot, &(a, b))) in out.iter_mut().zip(pairs).enumerate() {
                    if let Some(&(_, far)) = pairs.get(k + LOOKAHEAD) {
                        corpus.features.prefetch_entry(far as usize);
                        if let Some(letters) = roles.name_letters.get(far as usize) {
                            prefetch(letters);
                        }
                    }
                    if let Some(&(_, near)) = pairs.get(k + LOOKAHEAD / 2) {
                        corpus.features.prefetch_lists(near as usize, 4, 4);
                    }
                    let (a, b) = (a as usize, b as usize);
                    let fa = &corpus.features.at(a);
                    let norm_a = |other: u32| {
                        cache.norm(a, other, || {
                            description_norm(corpus, roles, fa.description, other)
                        })
                    };
                    *slot = PackedSimilarities::pack(&similarities_with(
                        corpus,
                        roles,
                        (a, fa),
                        b,
                        norm_a,
                    ));
                }
            },
        );
    out
}

/// The description norms of one record, `a`, for each department of the other side, kept while
/// the scorer works through `a`'s pairs (the pairs come sorted by their first record, about 18
/// at a time at a million efforts, and several partners share a department). A norm is the same
/// sum in the same order whether computed or kept, so the similarities are unchanged.
struct NormCache {
    /// Department -> (the record it was computed for, plus one; the norm).
    norms: Vec<(usize, f32)>,
}

impl NormCache {
    fn new(departments: usize) -> NormCache {
        NormCache {
            norms: vec![(0, 0.0); departments],
        }
    }

    #[inline]
    fn norm(&mut self, a: usize, department: u32, compute: impl FnOnce() -> f32) -> f32 {
        match self.norms.get_mut(department as usize) {
            Some(slot) if slot.0 == a + 1 => slot.1,
            Some(slot) => {
                *slot = (a + 1, compute());
                slot.1
            }
            None => compute(),
        }
    }
}

/// Computes all field similarities of records `a` and `b`.
pub fn similarities(corpus: &Corpus, roles: &TermRoles, a: usize, b: usize) -> Similarities {
    let fa = &corpus.features.at(a);
    let norm_a = |other: u32| description_norm(corpus, roles, fa.description, other);
    similarities_with(corpus, roles, (a, fa), b, norm_a)
}

/// [`similarities`], with record `a`'s features at hand and its description's norm for a
/// department from `norm_a`.
#[inline]
fn similarities_with(
    corpus: &Corpus,
    roles: &TermRoles,
    (a, fa): (usize, &Features),
    b: usize,
    norm_a: impl FnOnce(u32) -> f32,
) -> Similarities {
    let fb = &corpus.features.at(b);
    [
        name_similarity_of(corpus, roles, (a, fa), (b, fb)),
        description_similarity_with(corpus, roles, fa, fb, norm_a),
        list_similarity(corpus, fa.lists[0], fb.lists[0]),
        list_similarity(corpus, fa.lists[1], fb.lists[1]),
        list_similarity(corpus, fa.lists[2], fb.lists[2]),
        date_similarity(fa.dates, fb.dates),
        phase_similarity(fa.phase, fb.phase),
    ]
}

/// Name similarity of records `ia` and `ib`: half of (3/4 token-level, 1/4 character-level
/// similarity), half the token-level similarity with terms weighed by specificity; at least
/// [`ABBREVIATION_SIMILARITY`] when one name abbreviates the other ("TEPAAC programme" /
/// "Temporary EHC plan amendment appeals casework").
pub fn name_similarity(corpus: &Corpus, roles: &TermRoles, ia: usize, ib: usize) -> Option<f32> {
    name_similarity_of(
        corpus,
        roles,
        (ia, &corpus.features.at(ia)),
        (ib, &corpus.features.at(ib)),
    )
}

/// [`name_similarity`] of records whose features are at hand.
fn name_similarity_of(
    corpus: &Corpus,
    roles: &TermRoles,
    (ia, a): (usize, &Features),
    (ib, b): (usize, &Features),
) -> Option<f32> {
    if a.name_grams.is_empty() || b.name_grams.is_empty() {
        return None;
    }
    let abbreviated = match (roles.name_letters.get(ia), roles.name_letters.get(ib)) {
        (Some(x), Some(y)) => abbreviates(x, y, b.name_terms) || abbreviates(y, x, a.name_terms),
        _ => false,
    };
    let floor = if abbreviated {
        ABBREVIATION_SIMILARITY
    } else {
        0.0
    };
    // When none of either name's terms says anything specific (every department uses them
    // all, as at a million efforts), the specific half has nothing to weigh and follows the
    // token half: identical names stay identical.
    let (tokens, specific) = name_token_overlaps(corpus, roles, a, b);
    let specific = specific.unwrap_or(tokens);
    let chars = dice(a.name_grams, b.name_grams);
    Some(
        (0.5 * (0.75 * tokens + 0.25 * chars) + 0.5 * specific)
            .max(floor)
            .clamp(0.0, 1.0),
    )
}

/// The two token-level name similarities of a pair at once: [`soft_token_overlap`] with IDF
/// weights, and `weighted_overlap` with [`TermRoles::weight_for`] the other side's department
/// (`None` when no term weighs anything). Each term's match (same term, one slip away, or none) is found once for both;
/// the sums are taken in the same order as the two functions take them, so the results are
/// bit-identical to calling them.
fn name_token_overlaps(
    corpus: &Corpus,
    roles: &TermRoles,
    a: &Features,
    b: &Features,
) -> (f32, Option<f32>) {
    // (matched, total) by IDF, then (matched, total) by specific weight, for one side.
    let side = |x: &[u32], y: &[u32], other: u32| -> [f32; 4] {
        let mut sums = [0.0f32; 4];
        for &t in x {
            let idf = corpus.idf.get(t as usize).copied().unwrap_or(0.0);
            let specific = roles.weight_for(t, other);
            sums[1] += idf;
            sums[3] += specific;
            if y.binary_search(&t).is_ok() {
                sums[0] += idf;
                sums[2] += specific;
            } else if corpus.slips(t).iter().any(|u| y.binary_search(u).is_ok()) {
                sums[0] += 0.8 * idf;
                sums[2] += 0.8 * specific;
            }
        }
        sums
    };
    let x = side(a.name_terms, b.name_terms, b.department);
    let y = side(b.name_terms, a.name_terms, a.department);
    // As weighted_overlap: `None` when no term of either side has any weight.
    let dice = |ma: f32, ta: f32, mb: f32, tb: f32| -> Option<f32> {
        (ta + tb > 0.0).then(|| ((ma + mb) / (ta + tb)).clamp(0.0, 1.0))
    };
    (
        dice(x[0], x[1], y[0], y[1]).unwrap_or(0.0),
        dice(x[2], x[3], y[2], y[3]),
    )
}

/// Weighted (`weight` per term id) Dice overlap of two term sets, where a term absent from the
/// other side still counts (at 0.8) if the other side has a term one edit away (typos:
/// "managment").
pub fn soft_token_overlap(corpus: &Corpus, weight: &[f32], a: &[u32], b: &[u32]) -> f32 {
    let w = |t: u32| weight.get(t as usize).copied().unwrap_or(0.0);
    soft_token_overlap_by(corpus, a, b, w, w)
}

/// [`soft_token_overlap`] with `a`'s terms weighed by `wa` and `b`'s by `wb`.
pub fn soft_token_overlap_by(
    corpus: &Corpus,
    a: &[u32],
    b: &[u32],
    wa: impl Fn(u32) -> f32,
    wb: impl Fn(u32) -> f32,
) -> f32 {
    weighted_overlap(corpus, a, b, wa, wb).unwrap_or(0.0)
}

/// [`soft_token_overlap_by`], or `None` when no term of either side has any weight.
fn weighted_overlap(
    corpus: &Corpus,
    a: &[u32],
    b: &[u32],
    wa: impl Fn(u32) -> f32,
    wb: impl Fn(u32) -> f32,
) -> Option<f32> {
    let side = |x: &[u32], y: &[u32], weight: &dyn Fn(u32) -> f32| -> (f32, f32) {
        let (mut matched, mut total) = (0.0, 0.0);
        for &t in x {
            let w = weight(t);
            total += w;
            if y.binary_search(&t).is_ok() {
                matched += w;
            } else if corpus.slips(t).iter().any(|u| y.binary_search(u).is_ok()) {
                // Precomputed per term (Corpus::slips): the same as testing every term of `y`
                // with within_one_edit, without touching the strings per pair.
                matched += 0.8 * w;
            }
        }
        (matched, total)
    };
    let (ma, ta) = side(a, b, &wa);
    let (mb, tb) = side(b, a, &wb);
    (ta + tb > 0.0).then(|| ((ma + mb) / (ta + tb)).clamp(0.0, 1.0))
}

/// True when `a` and `b` differ by at most one insertion, deletion, substitution or
/// transposition of adjacent characters (both at least four bytes long).
pub fn within_one_edit(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() < 4 || b.len() < 4 || a.len().abs_diff(b.len()) > 1 {
        return false;
    }
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    if prefix == a.len() && prefix == b.len() {
        return true;
    }
    let (ra, rb) = (&a[prefix..], &b[prefix..]);
    if ra.len() == rb.len() {
        // Substitution, or transposition of the first differing pair.
        ra[1..] == rb[1..]
            || (ra.len() >= 2 && ra[0] == rb[1] && ra[1] == rb[0] && ra[2..] == rb[2..])
    } else if ra.len() > rb.len() {
        ra[1..] == *rb
    } else {
        *ra == rb[1..]
    }
}

/// Dice overlap of two sorted sets.
pub fn dice(a: &[u32], b: &[u32]) -> f32 {
    if a.is_empty() && b.is_empty() {
        return 0.0;
    }
    // Without branches: which side moves on is data, not a jump the processor must guess (the
    // order of two name trigram hashes is a coin toss, so a branch missed half the time).
    let (mut i, mut j, mut shared) = (0, 0, 0usize);
    while let (Some(&x), Some(&y)) = (a.get(i), b.get(j)) {
        shared += usize::from(x == y);
        i += usize::from(x <= y);
        j += usize::from(y <= x);
    }
    (2 * shared) as f32 / (a.len() + b.len()) as f32
}

/// Description similarity of records `a` and `b`: half the cosine of their unit-length TF-IDF
/// vectors, half the cosine with each term's IDF replaced by [`TermRoles::weight_for`] the
/// other record's department.
pub fn description_similarity(
    corpus: &Corpus,
    roles: &TermRoles,
    a: &Features,
    b: &Features,
) -> Option<f32> {
    let norm_a = |other: u32| description_norm(corpus, roles, a.description, other);
    description_similarity_with(corpus, roles, a, b, norm_a)
}

/// The length of description `v` with each term re-weighed for department `other` (see
/// [`description_similarity`]).
fn description_norm(corpus: &Corpus, roles: &TermRoles, v: &[(u32, f32)], other: u32) -> f32 {
    v.iter()
        .map(|&(t, w)| roles.reweigh(corpus, t, w, other).powi(2))
        .sum::<f32>()
        .sqrt()
}

/// [`description_similarity`], with `a`'s norm for a department from `norm_a`.
#[inline]
fn description_similarity_with(
    corpus: &Corpus,
    roles: &TermRoles,
    a: &Features,
    b: &Features,
    norm_a: impl FnOnce(u32) -> f32,
) -> Option<f32> {
    if a.description.is_empty() || b.description.is_empty() {
        return None;
    }
    let (x, y) = (&a.description, &b.description);
    // Term weight of one side, re-weighed for the other side's department.
    let specific = |t: u32, w: f32, other: u32| -> f32 { roles.reweigh(corpus, t, w, other) };
    let (mut i, mut j, mut dot, mut shared) = (0, 0, 0.0f32, 0.0f32);
    while i < x.len() && j < y.len() {
        match x[i].0.cmp(&y[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                dot += x[i].1 * y[j].1;
                shared +=
                    specific(x[i].0, x[i].1, b.department) * specific(y[j].0, y[j].1, a.department);
                i += 1;
                j += 1;
            }
        }
    }
    let norms = norm_a(b.department) * description_norm(corpus, roles, y, a.department);
    // No shared-or-not term says anything specific: this half follows the plain cosine.
    let shared = if norms > 0.0 { shared / norms } else { dot };
    Some((0.5 * dot.clamp(0.0, 1.0) + 0.5 * shared.clamp(0.0, 1.0)).clamp(0.0, 1.0))
}

/// IDF-weighted Dice overlap of two list fields' terms, scaled down when what they share is
/// little information (see [`shared_information_reference`]).
pub fn list_similarity(corpus: &Corpus, a: Option<&[u32]>, b: Option<&[u32]>) -> Option<f32> {
    let (a, b) = (a?, b?);
    let (mut i, mut j) = (0, 0);
    let (mut shared, mut total) = (0.0f32, 0.0f32);
    while i < a.len() || j < b.len() {
        let (ta, tb) = (a.get(i), b.get(j));
        match (ta, tb) {
            (Some(&x), Some(&y)) if x == y => {
                let w = corpus.idf[x as usize];
                shared += 2.0 * w;
                total += 2.0 * w;
                i += 1;
                j += 1;
            }
            (Some(&x), Some(&y)) if x < y => {
                total += corpus.idf[x as usize];
                i += 1;
            }
            (Some(_), Some(&y)) => {
                total += corpus.idf[y as usize];
                j += 1;
            }
            (Some(&x), None) => {
                total += corpus.idf[x as usize];
                i += 1;
            }
            (None, Some(&y)) => {
                total += corpus.idf[y as usize];
                j += 1;
            }
            (None, None) => break,
        }
    }
    if total <= 0.0 {
        return Some(0.0);
    }
    // `shared` counts each shared term twice (once per side).
    let information = (shared / 2.0 / shared_information_reference(corpus)).min(1.0);
    Some((shared / total * information).clamp(0.0, 1.0))
}

/// How much shared information (summed IDF of shared terms) a list field needs for full credit:
/// as much as two terms each used by 1 record in 100. Sharing one common item ("case
/// management") then counts for less than sharing rarer ones ("job listings").
fn shared_information_reference(corpus: &Corpus) -> f32 {
    let _ = corpus;
    2.0 * (1.0f32 + 100.0).ln()
}

/// Overlap of two delivery periods as a share of the shorter one. A missing end date means the
/// effort is ongoing.
pub fn date_similarity(
    a: Option<(i32, Option<i32>)>,
    b: Option<(i32, Option<i32>)>,
) -> Option<f32> {
    let ((sa, ea), (sb, eb)) = (a?, b?);
    let open = i64::from(i32::MAX);
    let ea = ea.map_or(open, i64::from).max(i64::from(sa));
    let eb = eb.map_or(open, i64::from).max(i64::from(sb));
    let (sa, sb) = (i64::from(sa), i64::from(sb));
    let overlap = (ea.min(eb) - sa.max(sb)).max(0);
    let shorter = (ea - sa).min(eb - sb);
    if shorter <= 0 {
        // A single day: does it fall inside the other period?
        let inside = sa.max(sb) <= ea.min(eb);
        return Some(if inside { 1.0 } else { 0.0 });
    }
    Some((overlap as f64 / shorter as f64).clamp(0.0, 1.0) as f32)
}

/// 1 for the same phase, 0.5 for neighbouring phases, else 0.
pub fn phase_similarity(a: Option<Phase>, b: Option<Phase>) -> Option<f32> {
    let (a, b) = (a?, b?);
    let (ia, ib) = (a as i32, b as i32);
    Some(match (ia - ib).abs() {
        0 => 1.0,
        1 => 0.5,
        _ => 0.0,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Letter counts of `word` (a-z only).
    fn letters(word: &str) -> [u8; 26] {
        let mut out = [0u8; 26];
        for b in word.bytes().filter(u8::is_ascii_lowercase) {
            out[usize::from(b - b'a')] += 1;
        }
        out
    }

    fn name(initials: &str, abbreviation: Option<&str>) -> NameLetters {
        NameLetters {
            initials: letters(initials),
            terms: initials.len() as u8,
            abbreviation: abbreviation.map(|a| (letters(a), a.len() as u8, 999)),
        }
    }

    #[test]
    fn an_abbreviation_matches_the_initials_it_stands_for() {
        // "TEPAAC programme" / "Millby temporary EHC plan amendment appeals casework".
        let short = name("tp", Some("tepaac"));
        let full = name("mtepaac", None);
        assert!(abbreviates(&short, &full, &[1, 2, 3]));
        // "Armour MBT 2025" / "Armour Main Battle Tank".
        assert!(abbreviates(
            &name("am", Some("mbt")),
            &name("ambt", None),
            &[]
        ));
        // A short abbreviation does not stand for a long name that merely has its letters.
        assert!(!abbreviates(
            &name("cdsa", Some("api")),
            &name("apiwxyz", None),
            &[]
        ));
        // Letters the other name lacks.
        assert!(!abbreviates(&short, &name("mtepac", None), &[]));
        // When the other name already uses the abbreviation, the shared word counts as it is.
        assert!(!abbreviates(&short, &full, &[999]));
        assert!(
            !abbreviates(&full, &short, &[]),
            "no abbreviation, no match"
        );
    }

    #[test]
    fn specificity_falls_with_the_share_of_departments() {
        assert_eq!(TermRoles::specificity_of(2, 50), 1.0);
        assert_eq!(TermRoles::specificity_of(50, 50), 0.0);
        assert_eq!(
            TermRoles::specificity_of(2, 2),
            1.0,
            "two departments: nothing to learn"
        );
        let mut previous = 1.0;
        for used in 3..=50 {
            let s = TermRoles::specificity_of(used, 50);
            assert!(s <= previous && (0.0..=1.0).contains(&s));
            previous = s;
        }
    }

    #[test]
    fn stray_uses_do_not_make_a_word_general() {
        let effective = |counts: &[f64]| {
            let sum: f64 = counts.iter().sum();
            let c_ln_c: f64 = counts.iter().map(|c| c * c.ln()).sum();
            TermRoles::effective_departments(sum, c_ln_c, counts.len())
        };
        // Evenly spread: every department counts.
        assert_eq!(effective(&[10.0; 50]), 50);
        // One department's word, used once by each of 49 others.
        let mut home = vec![1.0; 49];
        home.push(2000.0);
        assert!(effective(&home) <= 2, "{}", effective(&home));
        assert_eq!(TermRoles::specificity_of(effective(&home), 50), 1.0);
        // Nothing counted (a term only in list fields): the plain count.
        assert_eq!(TermRoles::effective_departments(0.0, 0.0, 7), 7);
    }

    /// When every department uses every word of two names, no term weighs anything in the
    /// specific half of name similarity; identical names must still be identical.
    #[test]
    fn identical_names_of_general_words_are_identical() {
        let records: Vec<Record> = ["A", "B", "C", "D"]
            .iter()
            .map(|d| Record {
                department: d.to_string(),
                record_id: "1".into(),
                name: "Licence renewals online".into(),
                ..crate::matching::testdata::blank()
            })
            .collect();
        let learnt = Default::default();
        let normaliser = crate::matching::normalise::Normaliser::new(&learnt, &learnt);
        let corpus = Corpus::build(&records, &normaliser, Default::default());
        let roles = TermRoles::new(&corpus, &records);
        let t = corpus.features.at(0).name_terms[0];
        assert_eq!(roles.weight_for(t, 1), 0.0, "every department uses it");
        let s = name_similarity(&corpus, &roles, 0, 1).expect("both have names");
        assert!((s - 1.0).abs() < 1e-6, "{s}");
    }

    #[test]
    fn a_word_the_other_department_uses_often_weighs_less() {
        // Term 0 is at home in department 1 (40 of its 100 records use it).
        let roles = TermRoles {
            specificity: vec![1.0],
            idf: vec![3.0],
            department_sizes: vec![100, 100],
            home_start: vec![0, 1],
            home: vec![(1, 40)],
            name_letters: Vec::new(),
            scoring: Vec::new(),
            department_base: Vec::new(),
            home_weight: Vec::new(),
        };
        let elsewhere = roles.weight_for(0, 0);
        let at_home = roles.weight_for(0, 1);
        assert!(at_home < elsewhere, "{at_home} !< {elsewhere}");
        assert!((elsewhere - (3.0f32 * 101f32.ln()).sqrt()).abs() < 1e-4);
        // Out-of-range ids weigh nothing rather than panic.
        assert_eq!(roles.weight_for(7, 0), 0.0);
        // The precomputed shortcut gives the same weights.
        let fast = roles.clone().with_bases();
        assert!((fast.weight_for(0, 0) - elsewhere).abs() < 1e-5);
        assert_eq!(fast.weight_for(0, 1), at_home);
        assert_eq!(fast.weight_for(7, 0), 0.0);
    }

    #[test]
    fn one_edit_covers_typos_but_not_different_words() {
        assert!(within_one_edit("managment", "management"));
        assert!(within_one_edit("regsiter", "register"));
        assert!(within_one_edit("apoint", "appoint"));
        assert!(!within_one_edit("fleet", "flood"));
        assert!(
            !within_one_edit("cat", "cut"),
            "short words never count as typos"
        );
    }

    #[test]
    fn dates_overlap_as_share_of_the_shorter_period() {
        assert_eq!(
            date_similarity(Some((0, Some(100))), Some((50, Some(60)))),
            Some(1.0)
        );
        assert_eq!(
            date_similarity(Some((0, Some(100))), Some((200, None))),
            Some(0.0)
        );
        assert_eq!(
            date_similarity(Some((0, None)), Some((50, Some(150)))),
            Some(1.0)
        );
        assert_eq!(date_similarity(None, Some((50, Some(150)))), None);
    }

    #[test]
    fn missing_fields_neither_help_nor_hurt() {
        let w = Weights([1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0]);
        let full = [Some(0.8), Some(0.8), None, None, None, None, None];
        let (score, contributions) = w.combine(&full);
        assert!((score - 0.8).abs() < 1e-6);
        assert!((contributions.iter().sum::<f64>() - score).abs() < 1e-9);
    }

    /// The sample period's corpus and term roles, as a run builds them.
    fn sample_model() -> (Corpus, TermRoles) {
        let records = crate::matching::testdata::sample();
        let config = crate::config::Config::default();
        let learnt = crate::matching::index::learn_acronyms(&records);
        let normaliser = crate::matching::normalise::Normaliser::new(&config.acronyms, &learnt);
        let corpus = Corpus::build(&records, &normaliser, learnt);
        let roles = TermRoles::new(&corpus, &records);
        (corpus, roles)
    }

    #[test]
    fn scoring_in_bulk_gives_each_pairs_own_similarities() {
        // Every pair of the sample, sorted by first record as the candidates come: the bulk
        // scorer keeps a record's description norms between its pairs, and must give exactly
        // what scoring each pair alone gives.
        let (corpus, roles) = sample_model();
        let n = corpus.len() as u32;
        let pairs: Vec<(u32, u32)> = (0..n)
            .flat_map(|a| (a + 1..n).map(move |b| (a, b)))
            .collect();
        assert!(corpus.departments.len() > 2 && pairs.len() > 100);
        let bulk = score_pairs(&corpus, &roles, &pairs);
        for (&(a, b), got) in pairs.iter().zip(&bulk) {
            let alone = similarities(&corpus, &roles, a as usize, b as usize);
            assert_eq!(
                got.unpack().map(|s| s.map(f32::to_bits)),
                alone.map(|s| s.map(f32::to_bits)),
                "pair {a} {b}"
            );
        }
    }

    /// Guards the scorer's shortcuts (precomputed weights, the home bits and their rank, the
    /// fused name pass, the IDF read from the term's line) against the formulas they replace:
    /// on the sample period every one must give bit-identical values, since candidate scores
    /// and reported pairs must not move when the scorer is made faster.
    #[test]
    fn shortcuts_give_bit_identical_weights_and_similarities() {
        let (corpus, roles) = sample_model();
        // The weight as computed before the shortcuts: a binary search of the term's home
        // departments; not at home, specificity x sqrt(idf) times sqrt(ln(1 + department
        // size)); at home (or out of range), the full formula.
        let reference = |t: u32, d: u32| -> f32 {
            let (t, du) = (t as usize, d as usize);
            let (start, end) = match (roles.home_start.get(t), roles.home_start.get(t + 1)) {
                (Some(&s), Some(&e)) => (s as usize, e as usize),
                _ => (0, 0),
            };
            let home = roles.home[start..end]
                .binary_search_by_key(&d, |h| h.0)
                .ok();
            let size = roles.department_sizes.get(du).copied().unwrap_or(0) as f32;
            if home.is_none() && t < roles.specificity.len() && du < roles.department_sizes.len() {
                return (roles.specificity[t] * roles.idf[t].sqrt()) * (1.0 + size).ln().sqrt();
            }
            let used = home.map_or(0, |k| roles.home[start + k].1) as f32;
            let specificity = roles.specificity.get(t).copied().unwrap_or(1.0);
            let global = roles.idf.get(t).copied().unwrap_or(0.0);
            specificity * (global * (1.0 + size / (1.0 + used)).ln()).sqrt()
        };
        assert!(
            !roles.home.is_empty(),
            "the sample has terms at home somewhere"
        );
        for t in 0..corpus.terms.len() as u32 + 2 {
            for d in 0..corpus.departments.len() as u32 + 1 {
                assert_eq!(
                    roles.weight_for(t, d).to_bits(),
                    reference(t, d).to_bits(),
                    "term {t}, department {d}"
                );
                let w = 0.37;
                let idf = corpus.idf.get(t as usize).copied().unwrap_or(0.0);
                let expected = if idf > 0.0 {
                    w / idf * reference(t, d)
                } else {
                    0.0
                };
                assert_eq!(
                    roles.reweigh(&corpus, t, w, d).to_bits(),
                    expected.to_bits()
                );
            }
        }
        let n = corpus.len();
        for a in (0..n).step_by(7) {
            for b in (0..n).step_by(11) {
                let (fa, fb) = (&corpus.features.at(a), &corpus.features.at(b));
                let (tokens, specific) = name_token_overlaps(&corpus, &roles, fa, fb);
                let tokens_ref =
                    soft_token_overlap(&corpus, &corpus.idf, fa.name_terms, fb.name_terms);
                let specific_ref = weighted_overlap(
                    &corpus,
                    fa.name_terms,
                    fb.name_terms,
                    |t| reference(t, fb.department),
                    |t| reference(t, fa.department),
                );
                assert_eq!(tokens.to_bits(), tokens_ref.to_bits(), "{a} {b}");
                assert_eq!(
                    specific.map(f32::to_bits),
                    specific_ref.map(f32::to_bits),
                    "{a} {b}"
                );
            }
        }
    }

    proptest! {
        /// Packing a pair's similarities keeps every value and every missing field exactly.
        #[test]
        fn packed_similarities_round_trip(values in proptest::collection::vec(proptest::option::of(0.0f32..=1.0), FIELDS)) {
            let mut sims: Similarities = [None; FIELDS];
            sims.copy_from_slice(&values);
            let back = PackedSimilarities::pack(&sims).unpack();
            prop_assert_eq!(back.map(|s| s.map(f32::to_bits)), sims.map(|s| s.map(f32::to_bits)));
        }

        #[test]
        fn one_edit_agrees_with_strsim(a in "[a-e]{4,8}", b in "[a-e]{4,8}") {
            let expected = strsim::damerau_levenshtein(&a, &b) <= 1;
            prop_assert_eq!(within_one_edit(&a, &b), expected);
            prop_assert_eq!(within_one_edit(&b, &a), expected);
        }

        #[test]
        fn dice_is_symmetric_and_bounded(mut a in proptest::collection::vec(0u32..50, 0..20), mut b in proptest::collection::vec(0u32..50, 0..20)) {
            a.sort_unstable(); a.dedup(); b.sort_unstable(); b.dedup();
            let (x, y) = (dice(&a, &b), dice(&b, &a));
            prop_assert_eq!(x, y);
            prop_assert!((0.0..=1.0).contains(&x));
            // And it is the Dice coefficient of the two sets, counted the plain way.
            let shared = a.iter().filter(|t| b.contains(t)).count();
            let expected = if a.is_empty() && b.is_empty() {
                0.0
            } else {
                (2 * shared) as f32 / (a.len() + b.len()) as f32
            };
            prop_assert_eq!(x, expected);
        }

        #[test]
        fn dates_are_symmetric_and_bounded(s1 in -1000i32..1000, l1 in proptest::option::of(0i32..500), s2 in -1000i32..1000, l2 in proptest::option::of(0i32..500)) {
            let a = Some((s1, l1.map(|l| s1 + l)));
            let b = Some((s2, l2.map(|l| s2 + l)));
            let x = date_similarity(a, b);
            prop_assert_eq!(x, date_similarity(b, a));
            prop_assert!(x.is_some_and(|x| (0.0..=1.0).contains(&x)));
        }
    }
}
