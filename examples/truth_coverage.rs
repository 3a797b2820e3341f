//! Where the planted pairs of a generated data set are lost: for each kind of planted pair in
//! `truth.csv` (`overlap generate` writes one), the share that candidate generation finds, the
//! share of those scoring at least `[matching] report_threshold`, and the share reported after
//! the background and best-match rules (before group completion, which adds a few more: the
//! recall `overlap evaluate` gives is a little higher). Builds the period model once, as
//! `overlap run` does. "outscored": the share of planted pairs for which one of the two efforts
//! has a candidate it is not planted with that scores at least as high (a look-alike the score
//! alone cannot tell from the planted partner).
//!
//! cargo run --release --example truth_coverage -- CATALOGUE_DIR TRUTH.csv [CONFIG.toml]
//! e.g. cargo run --release --example truth_coverage -- /tmp/g1m/catalogues /tmp/g1m/truth.csv
//! `SHOW=N` also prints up to N planted pairs of each kind that were not candidates, and N that
//! were outscored, with the look-alike. `WHY=N` explains up to N planted candidates that were
//! not reported and tallies why, in `explain`'s words.

mod common;

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (dir, truth, config) = match args.as_slice() {
        [dir, truth] => (dir, truth, None),
        [dir, truth, config] => (dir, truth, Some(Path::new(config))),
        _ => anyhow::bail!("usage: truth_coverage CATALOGUE_DIR TRUTH.csv [CONFIG.toml]"),
    };
    let (config, records) = common::ingest(dir, config)?;
    let records = &records;
    let index = common::index(records);
    let mut timings = Vec::new();
    let model = overlap::matching::PeriodModel::build(records, &config, &mut timings);
    let scores = model.candidate_scores();
    let reported: std::collections::HashSet<(u32, u32)> =
        overlap::matching::reported(&model, records, &config.matching)
            .into_iter()
            .map(|(a, b, _)| (a.min(b), a.max(b)))
            .collect();

    // kind -> (pairs, candidates, above threshold, reported)
    let mut counts: BTreeMap<String, [usize; 4]> = BTreeMap::new();
    // SHOW=N: print up to N planted pairs per kind that candidate generation missed.
    let show: usize = std::env::var("SHOW")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    let mut examples: HashMap<String, usize> = HashMap::new();
    let mut reader = csv::Reader::from_path(truth)?;
    let mut planted: Vec<((u32, u32), String)> = Vec::new();
    for row in reader.records() {
        let row = row?;
        let (Some(a), Some(b)) = (
            index.get(&(&row[0], &row[1])),
            index.get(&(&row[2], &row[3])),
        ) else {
            anyhow::bail!("{truth}: a pair names an effort the catalogues do not hold");
        };
        planted.push((
            ((*a).min(*b), (*a).max(*b)),
            row.get(4).unwrap_or("").to_string(),
        ));
    }
    let planted_set: std::collections::HashSet<(u32, u32)> =
        planted.iter().map(|(k, _)| *k).collect();
    // Each record's best score with a candidate it is not planted with: a planted pair that
    // scores below it cannot be told from the look-alikes by its score alone.
    let mut best_other = vec![f64::NEG_INFINITY; records.len()];
    let mut best_partner = vec![u32::MAX; records.len()];
    for (&(a, b), &s) in model.candidates.iter().zip(&scores) {
        if !planted_set.contains(&(a, b)) {
            for (x, y) in [(a, b), (b, a)] {
                if s > best_other[x as usize] {
                    best_other[x as usize] = s;
                    best_partner[x as usize] = y;
                }
            }
        }
    }
    let mut outscored: BTreeMap<String, usize> = BTreeMap::new();
    // WHY=N: explain up to N planted candidates that were not reported, tallying the reasons
    // (each explanation reads all candidates again: about a second each at a million efforts).
    let mut why_left: usize = std::env::var("WHY")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    let mut why_show = show;
    let mut reasons: BTreeMap<(String, String), usize> = BTreeMap::new();
    for ((a, b), kind) in planted {
        let key = (a, b);
        let c = counts.entry(kind.clone()).or_default();
        c[0] += 1;
        let found = model.candidates.binary_search(&key);
        if found.is_err() && examples.get(&kind).copied().unwrap_or(0) < show {
            *examples.entry(kind.clone()).or_default() += 1;
            println!(
                "not a candidate ({kind}): {:?} / {:?}",
                records[a as usize].name, records[b as usize].name
            );
        }
        if let Ok(k) = found {
            c[1] += 1;
            if best_other[a as usize].max(best_other[b as usize]) >= scores[k] {
                let n = outscored.entry(kind.clone()).or_default();
                *n += 1;
                if *n <= show {
                    let x = if best_other[a as usize] >= best_other[b as usize] {
                        a
                    } else {
                        b
                    };
                    let y = best_partner[x as usize] as usize;
                    println!(
                        "outscored ({kind}): {:?} / {:?} {:.3}; look-alike {:?} {:.3}",
                        records[a as usize].name,
                        records[b as usize].name,
                        scores[k],
                        records[y].name,
                        best_other[x as usize]
                    );
                }
            }
            if scores[k] >= config.matching.report_threshold {
                c[2] += 1;
            }
        }
        if reported.contains(&key) {
            c[3] += 1;
        } else if found.is_ok() && why_left > 0 {
            // Why a planted candidate was not reported, in `explain`'s words.
            why_left -= 1;
            let text = overlap::matching::explain::explain_pair(
                &model,
                records,
                &config.matching,
                a as usize,
                b as usize,
            );
            let reason = text
                .lines()
                .find_map(|l| l.strip_prefix("Not reported: "))
                .unwrap_or("(reported after all)");
            let short: String = reason.chars().take(60).collect();
            *reasons.entry((kind.clone(), short)).or_default() += 1;
            if why_show > 0 {
                why_show -= 1;
                println!(
                    "lost ({kind}): {:?} / {:?}: {reason}",
                    records[a as usize].name, records[b as usize].name
                );
            }
        }
    }
    for ((kind, reason), n) in &reasons {
        println!("why lost ({kind}, {n}): {reason}");
    }
    println!("kind                pairs  candidates  >= threshold  reported  outscored");
    let share = |x: usize, n: usize| x as f64 / n.max(1) as f64;
    let mut total = [0usize; 4];
    for (kind, c) in &counts {
        println!(
            "{kind:<18} {:>6}  {:>10.3}  {:>12.3}  {:>8.3}  {:>9.3}",
            c[0],
            share(c[1], c[0]),
            share(c[2], c[0]),
            share(c[3], c[0]),
            share(outscored.get(kind).copied().unwrap_or(0), c[0])
        );
        for k in 0..4 {
            total[k] += c[k];
        }
    }
    println!(
        "{:<18} {:>6}  {:>10.3}  {:>12.3}  {:>8.3}  {:>9.3}",
        "all",
        total[0],
        share(total[1], total[0]),
        share(total[2], total[0]),
        share(total[3], total[0]),
        share(outscored.values().sum(), total[0])
    );
    Ok(())
}
