//! Writes every candidate pair of a run with what the report rules look at, for trying rules
//! offline: `truth` (1 when the pair is in TRUTH.csv), score, each effort's background, the
//! share of the score from fields other than the strongest, the pair's rank among each
//! effort's candidates, and the seven field similarities (empty when not compared).
//!
//! cargo run --release --example dump_candidates -- CATALOGUE_DIR TRUTH.csv OUT.csv [CONFIG.toml]

mod common;

use std::collections::HashSet;
use std::io::Write;
use std::path::Path;

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (dir, truth, out, config) = match args.as_slice() {
        [d, t, o] => (d, t, o, None),
        [d, t, o, c] => (d, t, o, Some(Path::new(c))),
        _ => anyhow::bail!("usage: dump_candidates CATALOGUE_DIR TRUTH.csv OUT.csv [CONFIG]"),
    };
    let (config, records) = common::ingest(dir, config)?;
    let records = &records;
    let index = common::index(records);
    let mut planted: HashSet<(u32, u32)> = HashSet::new();
    for row in csv::Reader::from_path(truth)?.records() {
        let row = row?;
        if let (Some(&a), Some(&b)) = (
            index.get(&(&row[0], &row[1])),
            index.get(&(&row[2], &row[3])),
        ) {
            planted.insert((a.min(b), a.max(b)));
        }
    }
    let mut timings = Vec::new();
    let model = overlap::matching::PeriodModel::build(records, &config, &mut timings);
    let scores = model.candidate_scores();
    let mc = &config.matching;
    let bg = overlap::matching::background(
        records.len(),
        &model.candidates,
        &scores,
        mc.background_rank,
    );
    // Rank of each pair among each effort's candidates (1 = its best).
    let mut per: Vec<Vec<f64>> = vec![Vec::new(); records.len()];
    for (&(a, b), &s) in model.candidates.iter().zip(&scores) {
        per[a as usize].push(s);
        per[b as usize].push(s);
    }
    for v in &mut per {
        v.sort_by(|x, y| y.total_cmp(x));
    }
    let rank = |i: u32, s: f64| per[i as usize].iter().take_while(|&&x| x > s).count() + 1;
    let mut w = std::io::BufWriter::new(std::fs::File::create(out)?);
    writeln!(
        w,
        "a,b,dept_a,dept_b,id_a,id_b,truth,score,bg_a,bg_b,other,rank_a,rank_b,name,description,capabilities,user_groups,technologies,dates,phase"
    )?;
    for ((&(a, b), &s), sims) in model
        .candidates
        .iter()
        .zip(&scores)
        .zip(&model.similarities)
    {
        let sims = sims.unpack();
        let other = overlap::matching::other_fields(&model.weights, &sims);
        let f: Vec<String> = sims
            .iter()
            .map(|x| x.map_or(String::new(), |v| format!("{v:.4}")))
            .collect();
        writeln!(
            w,
            "{a},{b},{},{},\"{}\",\"{}\",{},{s:.4},{:.4},{:.4},{other:.4},{},{},{}",
            model.corpus.features.department(a as usize),
            model.corpus.features.department(b as usize),
            records[a as usize].record_id.replace('"', "\"\""),
            records[b as usize].record_id.replace('"', "\"\""),
            u8::from(planted.contains(&(a.min(b), a.max(b)))),
            bg[a as usize],
            bg[b as usize],
            rank(a, s),
            rank(b, s),
            f.join(",")
        )?;
    }
    eprintln!(
        "{} candidates, {} truth pairs ({} among the candidates); weights {:?}",
        model.candidates.len(),
        planted.len(),
        model
            .candidates
            .iter()
            .filter(|&&(a, b)| planted.contains(&(a.min(b), a.max(b))))
            .count(),
        model.weights.0
    );
    Ok(())
}
