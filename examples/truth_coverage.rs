//! Where the planted pairs of a generated data set are lost: for each kind of planted pair in
//! `truth.csv` (`overlap generate` writes one), the share that candidate generation finds, the
//! share of those scoring at least `[matching] report_threshold`, and the share reported after
//! the background and best-match rules (before group completion, which adds a few more: the
//! recall `overlap evaluate` gives is a little higher). Builds the period model once, as
//! `overlap run` does.
//!
//! cargo run --release --example truth_coverage -- CATALOGUE_DIR TRUTH.csv [CONFIG.toml]
//! e.g. cargo run --release --example truth_coverage -- /tmp/g1m/catalogues /tmp/g1m/truth.csv
//! `SHOW=N` also prints up to N planted pairs of each kind that were not candidates.

use overlap::config::Config;
use std::collections::{BTreeMap, HashMap};
use std::path::Path;

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (dir, truth, config) = match args.as_slice() {
        [dir, truth] => (dir, truth, None),
        [dir, truth, config] => (dir, truth, Some(Path::new(config))),
        _ => anyhow::bail!("usage: truth_coverage CATALOGUE_DIR TRUTH.csv [CONFIG.toml]"),
    };
    let config = Config::load(config)?;
    let ui = overlap::ui::Ui {
        quiet: true,
        verbose: 0,
    };
    let ingested = overlap::ingest::ingest_paths(&[dir.into()], &config, &ui)?;
    let records = &ingested.records;
    let index: HashMap<(&str, &str), u32> = records
        .iter()
        .enumerate()
        .map(|(i, r)| ((r.department.as_str(), r.record_id.as_str()), i as u32))
        .collect();
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
    for row in reader.records() {
        let row = row?;
        let (Some(a), Some(b)) = (
            index.get(&(&row[0], &row[1])),
            index.get(&(&row[2], &row[3])),
        ) else {
            anyhow::bail!("{truth}: a pair names an effort the catalogues do not hold");
        };
        let key = ((*a).min(*b), (*a).max(*b));
        let kind = row.get(4).unwrap_or("").to_string();
        let c = counts.entry(kind.clone()).or_default();
        c[0] += 1;
        let found = model.candidates.binary_search(&key);
        if found.is_err() && examples.get(&kind).copied().unwrap_or(0) < show {
            *examples.entry(kind.clone()).or_default() += 1;
            println!(
                "not a candidate ({kind}): {:?} / {:?}",
                records[*a as usize].name, records[*b as usize].name
            );
        }
        if let Ok(k) = found {
            c[1] += 1;
            if scores[k] >= config.matching.report_threshold {
                c[2] += 1;
            }
        }
        if reported.contains(&key) {
            c[3] += 1;
        }
    }
    println!("kind                pairs  candidates  >= threshold  reported");
    let share = |x: usize, n: usize| x as f64 / n.max(1) as f64;
    let mut total = [0usize; 4];
    for (kind, c) in &counts {
        println!(
            "{kind:<18} {:>6}  {:>10.3}  {:>12.3}  {:>8.3}",
            c[0],
            share(c[1], c[0]),
            share(c[2], c[0]),
            share(c[3], c[0])
        );
        for k in 0..4 {
            total[k] += c[k];
        }
    }
    println!(
        "{:<18} {:>6}  {:>10.3}  {:>12.3}  {:>8.3}",
        "all",
        total[0],
        share(total[1], total[0]),
        share(total[2], total[0]),
        share(total[3], total[0])
    );
    Ok(())
}
