//! Benchmarks of the matching kernels: text normalisation, candidate generation and pair
//! scoring, on the committed sample period (`sample-data/2026-11`, 724 efforts across 13
//! departments). Run with `cargo bench --bench kernels`; figures go in the README, not in tests.
//!
//! The sample is read with a small loader of its own (the sample's header variants, rows with
//! problems skipped), so the kernels are measured without ingest.

use criterion::{Criterion, black_box, criterion_group, criterion_main};
use overlap::config::Config;
use overlap::matching::PeriodModel;
use overlap::matching::index::{Corpus, learn_acronyms};
use overlap::matching::normalise::Normaliser;
use overlap::matching::score;
use overlap::model::{Phase, Record, SourceRef};
use std::path::Path;

/// Reads the sample period's catalogues: enough fields for matching, rows with problems skipped.
fn sample_records() -> Vec<Record> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-data/2026-11");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.retain(|p: &std::path::PathBuf| p.extension().is_some_and(|x| x == "csv"));
    files.sort();
    let mut records = Vec::new();
    for path in files {
        let Ok(mut reader) = csv::Reader::from_path(&path) else {
            continue;
        };
        let Ok(headers) = reader.headers().cloned() else {
            continue;
        };
        let col = |names: &[&str]| {
            headers.iter().position(|h| {
                let h = h.trim().trim_start_matches('\u{feff}').to_lowercase();
                names.contains(&h.as_str())
            })
        };
        let cols = [
            col(&["department", "dept"]),
            col(&["record_id", "record id"]),
            col(&["name", "project name"]),
            col(&["description", "description / aims"]),
            col(&["phase"]),
            col(&["user_groups", "user groups"]),
            col(&["capabilities"]),
            col(&["technologies"]),
        ];
        for row in reader.records().flatten() {
            let get =
                |i: Option<usize>| i.and_then(|i| row.get(i)).unwrap_or("").trim().to_string();
            let list = |i: Option<usize>| -> Vec<String> {
                get(i)
                    .split(';')
                    .map(|s| s.trim().to_string())
                    .filter(|s| !s.is_empty())
                    .collect()
            };
            if get(cols[1]).is_empty() || get(cols[2]).is_empty() {
                continue;
            }
            records.push(Record {
                department: get(cols[0]),
                record_id: get(cols[1]),
                name: get(cols[2]),
                description: get(cols[3]),
                kind: None,
                phase: Phase::parse(&get(cols[4])),
                user_groups: list(cols[5]),
                capabilities: list(cols[6]),
                technologies: list(cols[7]),
                start_date: None,
                end_date: None,
                budget_gbp: None,
                owner: None,
                contact_email: None,
                source: SourceRef {
                    file: path.display().to_string(),
                    line: 0,
                },
            });
        }
    }
    records
}

fn kernels(c: &mut Criterion) {
    let records = sample_records();
    let config = Config::default();
    let mc = &config.matching;
    let learnt = learn_acronyms(&records);
    let normaliser = Normaliser::new(&config.acronyms, &learnt);

    c.bench_function("normalise descriptions (724 efforts)", |b| {
        b.iter(|| {
            for r in &records {
                black_box(normaliser.terms(black_box(&r.description), &[]));
            }
        })
    });
    c.bench_function("build corpus (724 efforts)", |b| {
        b.iter(|| black_box(Corpus::build(&records, &normaliser, learnt.clone())))
    });
    let corpus = Corpus::build(&records, &normaliser, learnt.clone());
    c.bench_function("candidate generation (724 efforts)", |b| {
        b.iter(|| {
            black_box(corpus.candidates(
                mc.max_term_share,
                mc.probe_terms,
                mc.candidates_per_record,
                mc.max_postings,
            ))
        })
    });
    let candidates = corpus.candidates(
        mc.max_term_share,
        mc.probe_terms,
        mc.candidates_per_record,
        mc.max_postings,
    );
    let roles = score::TermRoles::new(&corpus, &records);
    let mut group = c.benchmark_group("pair scoring");
    group.throughput(criterion::Throughput::Elements(candidates.len() as u64));
    group.bench_function("all candidate pairs", |b| {
        b.iter(|| {
            for &(a, x) in &candidates {
                black_box(score::similarities(&corpus, &roles, a as usize, x as usize));
            }
        })
    });
    group.finish();

    // Candidate recall against exhaustive scoring, printed once (it is a quality figure, not a
    // timing).
    let model = PeriodModel::build(&records, &config, &mut Vec::new());
    let recall = model.candidate_recall(mc.report_threshold, records.len());
    eprintln!(
        "candidate recall vs exhaustive scoring: {:.4} ({} of {} pairs at or above {}; {} candidates)",
        recall.recall,
        recall.found,
        recall.exhaustive_pairs,
        mc.report_threshold,
        model.candidates.len()
    );
}

criterion_group!(benches, kernels);
criterion_main!(benches);
