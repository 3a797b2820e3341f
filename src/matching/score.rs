//! Per-field similarity of two records, and the weighted total.
//!
//! In: two records' [`Features`] from the period's [`Corpus`]. Out: one similarity in [0, 1] per
//! [`Field`] (`None` when either side lacks the field), and with [`Weights`] the total score and
//! each field's contribution.
//!
//! - name: three parts token-level to one part character-level: a token-level similarity (IDF-weighted overlap of name terms, where a term
//!   one typing slip away from the other side's counts) and a character-level one (Dice overlap
//!   of character trigrams), so typos and reordered words both score;
//! - description: cosine of TF-IDF vectors over the period's corpus;
//! - capabilities, user groups, technologies: IDF-weighted overlap (Dice) of their terms, scaled
//!   down when the shared terms are common ones;
//! - dates: the overlap of the delivery periods, as a share of the shorter one;
//! - phase: 1 for the same phase, 0.5 for neighbouring phases, else 0.
//!
//! Every function here is allocation-free: it runs once per candidate pair.

use super::index::{Corpus, Features};
use crate::model::{Field, Phase};

/// Number of compared fields.
pub const FIELDS: usize = Field::ALL.len();

/// Similarities of one pair, in [`Field::ALL`] order.
pub type Similarities = [Option<f32>; FIELDS];

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

/// Computes all field similarities of records `a` and `b`.
pub fn similarities(corpus: &Corpus, a: usize, b: usize) -> Similarities {
    let (fa, fb) = (&corpus.features[a], &corpus.features[b]);
    [
        name_similarity(corpus, fa, fb),
        description_similarity(fa, fb),
        list_similarity(corpus, fa.lists[0].as_deref(), fb.lists[0].as_deref()),
        list_similarity(corpus, fa.lists[1].as_deref(), fb.lists[1].as_deref()),
        list_similarity(corpus, fa.lists[2].as_deref(), fb.lists[2].as_deref()),
        date_similarity(fa.dates, fb.dates),
        phase_similarity(fa.phase, fb.phase),
    ]
}

/// Name similarity: 3/4 token-level, 1/4 character-level similarity.
pub fn name_similarity(corpus: &Corpus, a: &Features, b: &Features) -> Option<f32> {
    if a.name_grams.is_empty() || b.name_grams.is_empty() {
        return None;
    }
    let tokens = soft_token_overlap(corpus, &a.name_terms, &b.name_terms);
    let chars = dice(&a.name_grams, &b.name_grams);
    Some((0.75 * tokens + 0.25 * chars).clamp(0.0, 1.0))
}

/// IDF-weighted Dice overlap of two term sets, where a term absent from the other side still
/// counts (at 0.8) if the other side has a term one edit away (typos: "managment").
pub fn soft_token_overlap(corpus: &Corpus, a: &[u32], b: &[u32]) -> f32 {
    let side = |x: &[u32], y: &[u32]| -> (f32, f32) {
        let (mut matched, mut total) = (0.0, 0.0);
        for &t in x {
            let w = corpus.idf[t as usize];
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
    let (ma, ta) = side(a, b);
    let (mb, tb) = side(b, a);
    if ta + tb <= 0.0 {
        0.0
    } else {
        ((ma + mb) / (ta + tb)).clamp(0.0, 1.0)
    }
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
    let (mut i, mut j, mut shared) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    (2 * shared) as f32 / (a.len() + b.len()) as f32
}

/// Cosine of the two unit-length description vectors.
pub fn description_similarity(a: &Features, b: &Features) -> Option<f32> {
    if a.description.is_empty() || b.description.is_empty() {
        return None;
    }
    let (x, y) = (&a.description, &b.description);
    let (mut i, mut j, mut dot) = (0, 0, 0.0f32);
    while i < x.len() && j < y.len() {
        match x[i].0.cmp(&y[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                dot += x[i].1 * y[j].1;
                i += 1;
                j += 1;
            }
        }
    }
    Some(dot.clamp(0.0, 1.0))
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

    proptest! {
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
