//! The tabular work behind the report model, done with polars: efforts and involvement per
//! department, reported pairs per department pair (the overlap matrix) and per department,
//! known budgets per opportunity and over all involved efforts, the phase mix of involved
//! efforts, and the binned score distribution.
//!
//! In: the period's records and match outcome. Out: [`Aggregates`], plain maps and vectors in
//! sorted order (polars' group order is not relied on).

use super::model::{ScoreBin, ordered};
use crate::error::{Error, Result};
use crate::model::{MatchOutcome, Phase, Record};
use polars::prelude::*;
use std::collections::BTreeMap;

/// Per-department counts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DepartmentCounts {
    pub efforts: u64,
    pub involved: u64,
    pub pairs: u64,
}

/// What the model needs from the tables.
#[derive(Clone, Debug, Default)]
pub struct Aggregates {
    pub per_department: BTreeMap<String, DepartmentCounts>,
    /// Reported pairs per unordered department pair, keyed `(lower, higher)` by name.
    pub matrix: BTreeMap<(String, String), u64>,
    /// Members with a known budget, per opportunity index.
    pub budgets_known: BTreeMap<usize, u64>,
    pub involved_efforts: u64,
    pub involved_budgets_known: u64,
    pub involved_budget_gbp: f64,
    pub phase_mix: Vec<(String, u64)>,
    pub score_bins: Vec<ScoreBin>,
}

fn failed(e: PolarsError) -> Error {
    Error::Failed(format!(
        "building the report tables failed (a bug; please report it): {e}"
    ))
}

/// Runs every aggregation. `bins` is the number of score bins (at least 1).
pub fn compute(records: &[Record], outcome: &MatchOutcome, bins: usize) -> Result<Aggregates> {
    let bins = bins.max(1);
    let n = records.len();
    let mut involved = vec![false; n];
    let mut member_opp: Vec<u32> = Vec::new();
    let mut member_budget: Vec<Option<f64>> = Vec::new();
    for (oi, o) in outcome.opportunities.iter().enumerate() {
        for &m in &o.members {
            if let Some(r) = records.get(m as usize) {
                involved[m as usize] = true;
                member_opp.push(oi as u32);
                member_budget.push(r.budget_gbp);
            }
        }
    }

    let records_df = df!(
        "department" => records.iter().map(|r| r.department.as_str()).collect::<Vec<_>>(),
        "phase" => records.iter().map(|r| r.phase.map_or("unknown", Phase::as_str)).collect::<Vec<_>>(),
        "budget" => records.iter().map(|r| r.budget_gbp).collect::<Vec<_>>(),
        "involved" => involved,
    )
    .map_err(failed)?;

    let mut agg = Aggregates::default();

    // Efforts and involved efforts per department.
    let per_dept = records_df
        .clone()
        .lazy()
        .group_by([col("department")])
        .agg([
            len().cast(DataType::UInt64).alias("efforts"),
            col("involved")
                .cast(DataType::UInt64)
                .sum()
                .alias("involved"),
        ])
        .collect()
        .map_err(failed)?;
    for ((d, e), i) in strings(&per_dept, "department")?
        .into_iter()
        .zip(numbers(&per_dept, "efforts")?)
        .zip(numbers(&per_dept, "involved")?)
    {
        let c = agg.per_department.entry(d).or_default();
        c.efforts = e;
        c.involved = i;
    }

    // Involved efforts: how many, how many with a budget, and the budget (each counted once).
    let involved_df = records_df.clone().lazy().filter(col("involved"));
    let totals = involved_df
        .clone()
        .select([
            len().cast(DataType::UInt64).alias("n"),
            col("budget").count().cast(DataType::UInt64).alias("known"),
            col("budget").sum().alias("budget"),
        ])
        .collect()
        .map_err(failed)?;
    agg.involved_efforts = numbers(&totals, "n")?.first().copied().unwrap_or(0);
    agg.involved_budgets_known = numbers(&totals, "known")?.first().copied().unwrap_or(0);
    agg.involved_budget_gbp = floats(&totals, "budget")?.first().copied().unwrap_or(0.0);

    // Phase mix of involved efforts, in lifecycle order with zeros kept.
    let phases = involved_df
        .group_by([col("phase")])
        .agg([len().cast(DataType::UInt64).alias("n")])
        .collect()
        .map_err(failed)?;
    let found: BTreeMap<String, u64> = strings(&phases, "phase")?
        .into_iter()
        .zip(numbers(&phases, "n")?)
        .collect();
    agg.phase_mix = Phase::ALL
        .iter()
        .map(|p| p.as_str())
        .chain(["unknown"])
        .map(|p| (p.to_string(), found.get(p).copied().unwrap_or(0)))
        .collect();

    // Known budgets per opportunity.
    let members = df!("opportunity" => member_opp, "budget" => member_budget).map_err(failed)?;
    let known = members
        .lazy()
        .group_by([col("opportunity")])
        .agg([col("budget").count().cast(DataType::UInt64).alias("known")])
        .collect()
        .map_err(failed)?;
    for (o, k) in numbers(&known, "opportunity")?
        .into_iter()
        .zip(numbers(&known, "known")?)
    {
        agg.budgets_known.insert(o as usize, k);
    }

    // Pairs: per department pair, per department, per score bin.
    let mut lo = Vec::new();
    let mut hi = Vec::new();
    let mut bin = Vec::new();
    for p in &outcome.pairs {
        let (Some(a), Some(b)) = (records.get(p.a as usize), records.get(p.b as usize)) else {
            continue;
        };
        let (x, y) = ordered(&a.department, &b.department);
        lo.push(x);
        hi.push(y);
        bin.push(score_bin(p.score, bins) as u32);
    }
    let pairs_df = df!("lo" => &lo, "hi" => &hi, "bin" => &bin).map_err(failed)?;
    let matrix = pairs_df
        .clone()
        .lazy()
        .group_by([col("lo"), col("hi")])
        .agg([len().cast(DataType::UInt64).alias("n")])
        .collect()
        .map_err(failed)?;
    for ((a, b), k) in strings(&matrix, "lo")?
        .into_iter()
        .zip(strings(&matrix, "hi")?)
        .zip(numbers(&matrix, "n")?)
    {
        if a != b {
            agg.per_department.entry(a.clone()).or_default().pairs += k;
            agg.per_department.entry(b.clone()).or_default().pairs += k;
        }
        agg.matrix.insert((a, b), k);
    }
    let by_bin = pairs_df
        .lazy()
        .group_by([col("bin")])
        .agg([len().cast(DataType::UInt64).alias("n")])
        .collect()
        .map_err(failed)?;
    let counts: BTreeMap<u64, u64> = numbers(&by_bin, "bin")?
        .into_iter()
        .zip(numbers(&by_bin, "n")?)
        .collect();
    agg.score_bins = (0..bins)
        .map(|i| ScoreBin {
            lo: i as f64 / bins as f64,
            hi: (i + 1) as f64 / bins as f64,
            count: counts.get(&(i as u64)).copied().unwrap_or(0),
        })
        .collect();
    Ok(agg)
}

/// The bin a score falls in; scores outside [0, 1] go to the end bins.
fn score_bin(score: f64, bins: usize) -> usize {
    if score.is_nan() || score <= 0.0 {
        return 0;
    }
    ((score * bins as f64).floor() as usize).min(bins - 1)
}

fn strings(df: &DataFrame, name: &str) -> Result<Vec<String>> {
    let column = df.column(name).map_err(failed)?;
    let cast = column.cast(&DataType::String).map_err(failed)?;
    let values = cast.str().map_err(failed)?;
    Ok(values
        .iter()
        .map(|v| v.unwrap_or_default().to_string())
        .collect())
}

fn numbers(df: &DataFrame, name: &str) -> Result<Vec<u64>> {
    let column = df.column(name).map_err(failed)?;
    let cast = column.cast(&DataType::UInt64).map_err(failed)?;
    let values = cast.u64().map_err(failed)?;
    Ok(values.iter().map(|v| v.unwrap_or(0)).collect())
}

fn floats(df: &DataFrame, name: &str) -> Result<Vec<f64>> {
    let column = df.column(name).map_err(failed)?;
    let cast = column.cast(&DataType::Float64).map_err(failed)?;
    let values = cast.f64().map_err(failed)?;
    Ok(values.iter().map(|v| v.unwrap_or(0.0)).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_fall_in_half_open_bins_with_one_in_the_last() {
        assert_eq!(score_bin(0.0, 20), 0);
        assert_eq!(score_bin(0.5, 20), 10);
        assert_eq!(score_bin(0.549, 20), 10);
        assert_eq!(score_bin(1.0, 20), 19);
        assert_eq!(score_bin(f64::NAN, 20), 0);
        assert_eq!(score_bin(7.0, 4), 3);
    }

    #[test]
    fn empty_period_aggregates_to_zeros() {
        let agg = compute(&[], &MatchOutcome::default(), 10).unwrap();
        assert!(agg.per_department.is_empty());
        assert_eq!(agg.involved_efforts, 0);
        assert_eq!(agg.involved_budget_gbp, 0.0);
        assert_eq!(agg.score_bins.len(), 10);
        assert!(agg.phase_mix.iter().all(|(_, n)| *n == 0));
    }
}
