//! Each named effort's closest candidates, best first, with their scores, a star on those its
//! truth file pairs it with: what the background rule and close circles see.
//!
//! cargo run --release --example lookalikes -- CATALOGUE_DIR TRUTH.csv RECORD_ID...
//! e.g. cargo run --release --example lookalikes -- sample-data/2026-11 sample-data/truth.csv \
//!     CHS0010 DV2246
//! `TOP=N` shows N candidates per effort (default 9).

mod common;

use std::collections::HashSet;

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [dir, truth, wanted @ ..] = args.as_slice() else {
        anyhow::bail!("usage: lookalikes CATALOGUE_DIR TRUTH.csv RECORD_ID...");
    };
    let top: usize = std::env::var("TOP")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(9);
    let (config, records) = common::ingest(dir, None)?;
    let index = common::index(&records);
    let model = overlap::matching::PeriodModel::build(&records, &config, &mut Vec::new());
    let scores = model.candidate_scores();
    let mut planted = HashSet::new();
    for row in csv::Reader::from_path(truth)?.records() {
        let row = row?;
        let (Some(&a), Some(&b)) = (
            index.get(&(&row[0], &row[1])),
            index.get(&(&row[2], &row[3])),
        ) else {
            anyhow::bail!("{truth}: a pair names an effort the catalogues do not hold");
        };
        planted.insert((a.min(b), a.max(b)));
    }
    for (i, r) in records.iter().enumerate() {
        if !wanted.contains(&r.record_id) {
            continue;
        }
        let i = i as u32;
        let mut closest: Vec<(f64, u32)> = model
            .candidates
            .iter()
            .zip(&scores)
            .filter_map(|(&(a, b), &s)| match i {
                _ if a == i => Some((s, b)),
                _ if b == i => Some((s, a)),
                _ => None,
            })
            .collect();
        closest.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)));
        println!("{} {} ({})", r.record_id, r.name, r.department);
        for (k, &(s, j)) in closest.iter().take(top).enumerate() {
            let star = if planted.contains(&(i.min(j), i.max(j))) {
                "*"
            } else {
                " "
            };
            let other = &records[j as usize];
            println!(
                "  {:>2} {s:.3} {star} {} {} ({})",
                k + 1,
                other.record_id,
                other.name,
                other.department
            );
        }
    }
    Ok(())
}
