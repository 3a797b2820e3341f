//! Field weights estimated from the period's own data (Fellegi-Sunter with EM).
//!
//! In: the field similarities of the candidate pairs, and of a fixed-seed random sample of
//! cross-department pairs. Out: one weight per field, summing to 1.
//!
//! Each similarity is cut into agreement levels. The `u` probabilities (how often unrelated
//! pairs reach each level) come from the random sample, where true overlaps are vanishingly rare.
//! The `m` probabilities (how often overlapping pairs do) and the share of overlaps among the
//! candidates are estimated by expectation-maximisation over the candidate pairs, with `u` held
//! fixed. Candidates are chosen for sharing terms, so they agree more than random pairs even when
//! unrelated; left free, EM would call them all overlaps. The share of overlaps is therefore
//! capped (`max_lambda`: the caller passes the share that would give each record one overlap on
//! average), which makes EM find the pairs that agree far more than candidates usually do. A field's weight is the evidence it carries: the Kullback-Leibler divergence of its `m`
//! from its `u` distribution, i.e. the expected log-likelihood ratio its agreement gives a true
//! overlap. Fields that agree as often for unrelated pairs as for overlapping ones get little
//! weight, whatever the data set. The estimate is blended with the default weights
//! ([`prior_weight`] of them) so that a small or odd period cannot produce extreme weights.

use super::score::{FIELDS, Similarities};

/// Agreement levels are cut where unrelated pairs become rare: at these quantiles of each
/// field's similarity among the random pairs (so "level 3" means "reached by fewer than 1 in
/// 1,000 unrelated pairs"), whatever the field's own scale.
const QUANTILES: [f64; 3] = [0.9, 0.99, 0.999];
/// Cuts used when the random sample has too few values of a field.
const DEFAULT_CUTS: [f32; 3] = [0.3, 0.6, 0.85];
const LEVELS: usize = QUANTILES.len() + 1;
/// At most this many candidate pairs (an even subsample) feed EM.
const MAX_EM_PAIRS: usize = 50_000;

/// The estimated model, kept for the run manifest and for `explain`.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Estimate {
    /// Final weights, in field order, summing to 1.
    pub weights: [f64; FIELDS],
    /// P(level | overlap) per field.
    pub m: [[f64; LEVELS]; FIELDS],
    /// P(level | unrelated) per field.
    pub u: [[f64; LEVELS]; FIELDS],
    /// Similarity cuts between levels, per field.
    pub cuts: [[f32; LEVELS - 1]; FIELDS],
    /// Estimated share of overlaps among the candidate pairs.
    pub lambda: f64,
    pub iterations: usize,
}

fn level(cuts: &[f32; LEVELS - 1], s: f32) -> usize {
    cuts.iter().take_while(|&&c| s >= c).count()
}

/// Per-field cuts from the random sample's quantiles, strictly increasing and above zero.
fn cuts_from(random: &[Similarities]) -> [[f32; LEVELS - 1]; FIELDS] {
    let mut cuts = [DEFAULT_CUTS; FIELDS];
    for (f, cut) in cuts.iter_mut().enumerate() {
        let mut values: Vec<f32> = random.iter().filter_map(|s| s[f]).collect();
        if values.len() < 1000 {
            continue;
        }
        values.sort_by(f32::total_cmp);
        let mut previous = 0.0f32;
        for (k, q) in QUANTILES.iter().enumerate() {
            let at = ((values.len() - 1) as f64 * q).round() as usize;
            let v = values[at].max(previous + 0.01).min(0.99);
            cut[k] = v;
            previous = v;
        }
    }
    cuts
}

/// The step between the candidate pairs [`estimate`] reads (every pair up to `MAX_EM_PAIRS`).
/// Passing it only every `em_stride(len)`-th pair gives the same estimate: the subsample has
/// at most `MAX_EM_PAIRS` pairs, so it is read whole.
pub fn em_stride(candidates: usize) -> usize {
    candidates.div_ceil(MAX_EM_PAIRS).max(1)
}

/// Estimates field weights. `defaults` are the fallback weights (summing to 1); `prior_weight`
/// in [0, 1] is how much of them is kept in the blend.
pub fn estimate(
    candidates: &[Similarities],
    random: &[Similarities],
    defaults: &[f64; FIELDS],
    prior_weight: f64,
    max_lambda: f64,
) -> Estimate {
    let cuts = cuts_from(random);
    // u from the random sample, with add-one smoothing.
    let mut u = [[1.0f64; LEVELS]; FIELDS];
    for sims in random {
        for (f, s) in sims.iter().enumerate() {
            if let Some(s) = s {
                u[f][level(&cuts[f], *s)] += 1.0;
            }
        }
    }
    for row in u.iter_mut() {
        normalise(row);
    }
    // m starts skewed towards agreement.
    let mut m: [[f64; LEVELS]; FIELDS] = [[0.05, 0.15, 0.3, 0.5]; FIELDS];
    let mut lambda = max_lambda.clamp(1e-6, 0.999) / 2.0;
    // A deterministic subsample bounds the cost on large periods.
    let stride = em_stride(candidates.len());
    let levels: Vec<[Option<usize>; FIELDS]> = candidates
        .iter()
        .step_by(stride)
        .map(|sims| {
            let mut lv = [None; FIELDS];
            for f in 0..FIELDS {
                lv[f] = sims[f].map(|s| level(&cuts[f], s));
            }
            lv
        })
        .collect();
    let mut iterations = 0;
    if !levels.is_empty() {
        for _ in 0..50 {
            iterations += 1;
            let mut m_next = [[0.5f64; LEVELS]; FIELDS];
            let mut posterior_sum = 0.0;
            // Log-likelihood ratio of each level, computed once per iteration.
            let mut ratio = [[0.0f64; LEVELS]; FIELDS];
            for f in 0..FIELDS {
                for l in 0..LEVELS {
                    ratio[f][l] = (m[f][l] / u[f][l]).ln();
                }
            }
            let prior = (lambda / (1.0 - lambda)).ln();
            for lv in &levels {
                let mut z = prior;
                for (f, l) in lv.iter().enumerate() {
                    if let Some(l) = l {
                        z += ratio[f][*l];
                    }
                }
                let p = 1.0 / (1.0 + (-z).exp());
                posterior_sum += p;
                for (f, l) in lv.iter().enumerate() {
                    if let Some(l) = l {
                        m_next[f][*l] += p;
                    }
                }
            }
            for row in m_next.iter_mut() {
                normalise(row);
            }
            let lambda_next =
                (posterior_sum / levels.len() as f64).clamp(1e-6, max_lambda.clamp(1e-6, 0.999));
            let change = (lambda_next - lambda).abs()
                + m.iter()
                    .flatten()
                    .zip(m_next.iter().flatten())
                    .map(|(a, b)| (a - b).abs())
                    .sum::<f64>();
            m = m_next;
            lambda = lambda_next;
            if change < 1e-6 {
                break;
            }
        }
    }
    let mut evidence = [0.0f64; FIELDS];
    for f in 0..FIELDS {
        evidence[f] = (0..LEVELS)
            .map(|l| m[f][l] * (m[f][l] / u[f][l]).ln())
            .sum::<f64>()
            .max(0.0);
    }
    let total: f64 = evidence.iter().sum();
    let mut weights = *defaults;
    if total > 0.0 && !levels.is_empty() {
        let prior_weight = prior_weight.clamp(0.0, 1.0);
        for f in 0..FIELDS {
            weights[f] = prior_weight * defaults[f] + (1.0 - prior_weight) * evidence[f] / total;
        }
    }
    let sum: f64 = weights.iter().sum();
    if sum > 0.0 {
        for w in weights.iter_mut() {
            *w /= sum;
        }
    }
    Estimate {
        weights,
        m,
        u,
        cuts,
        lambda,
        iterations,
    }
}

fn normalise(row: &mut [f64; LEVELS]) {
    let sum: f64 = row.iter().sum();
    if sum > 0.0 {
        for x in row.iter_mut() {
            *x /= sum;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Field 0 separates overlaps from unrelated pairs; field 1 is noise at the same rate in both.
    #[test]
    fn an_informative_field_outweighs_a_noisy_one() {
        let mut candidates = Vec::new();
        for i in 0..200 {
            let overlap = i % 4 == 0;
            let noise = if i % 2 == 0 { 0.9 } else { 0.1 };
            let mut s: Similarities = [None; FIELDS];
            s[0] = Some(if overlap { 0.95 } else { 0.1 });
            s[1] = Some(noise);
            candidates.push(s);
        }
        let random: Vec<Similarities> = (0..400)
            .map(|i| {
                let mut s: Similarities = [None; FIELDS];
                s[0] = Some(0.05);
                s[1] = Some(if i % 2 == 0 { 0.9 } else { 0.1 });
                s
            })
            .collect();
        let defaults = [1.0 / FIELDS as f64; FIELDS];
        let e = estimate(&candidates, &random, &defaults, 0.0, 0.5);
        assert!(e.weights[0] > 5.0 * e.weights[1], "{:?}", e.weights);
        assert!((e.lambda - 0.25).abs() < 0.05, "lambda {}", e.lambda);
        assert!((e.weights.iter().sum::<f64>() - 1.0).abs() < 1e-9);
    }
}
