//! Determinism: ingest and the whole pack are the same, byte for byte (run.json's timings
//! aside), whatever the thread count, the run, or the order the files are listed in.

use super::*;

/// Ingest gives the same records, summaries and problems whatever order the files are named
/// in and however many threads read them.
#[test]
fn ingest_is_independent_of_listing_order_and_threads() {
    let mut files = collect_files(&[root().join("sample-data/2026-11")]).expect("listed");
    files.push(nasty("bad-values.csv"));
    files.push(nasty("bom-middle.csv"));
    let config = Config::default();
    let as_json = |files: &[PathBuf], threads: usize| {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .expect("pool");
        let ingested = pool
            .install(|| ingest_paths(files, &config, &Ui::default()))
            .expect("ingest");
        serde_json::to_string(&ingested).expect("json")
    };
    let forward = as_json(&files, 1);
    let mut reversed = files.clone();
    reversed.reverse();
    assert_eq!(forward, as_json(&reversed, 3));
    let mut rotated = files.clone();
    rotated.rotate_left(5);
    assert_eq!(forward, as_json(&rotated, 2));
}

/// A pack's files with run.json's timings removed (they are the one thing allowed to differ).
fn pack_without_timings(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut files = files_under(dir);
    let run = files.get_mut("run.json").expect("run.json written");
    let mut doc: Value = serde_json::from_slice(run).expect("run.json is JSON");
    doc.as_object_mut().expect("an object").remove("timings");
    *run = serde_json::to_vec_pretty(&doc).expect("json");
    files
}

#[test]
fn packs_are_byte_identical_across_threads_runs_and_listing_order() {
    let a = tempfile::tempdir().expect("temp dir");
    let b = tempfile::tempdir().expect("temp dir");
    let period = period_folder(a.path(), &["bad-values.csv"], false);
    period_folder(b.path(), &["bad-values.csv"], true);
    let before = checksums(&period);
    let mut packs = Vec::new();
    for threads in [Some("1"), Some("2"), None, None] {
        let mut args = vec!["2026-11", "--out", "pack", "--force"];
        if let Some(t) = threads {
            args.extend(["--threads", t]);
        }
        run_ok(a.path(), &args);
        packs.push((
            format!("{threads:?} threads"),
            pack_without_timings(&a.path().join("pack")),
        ));
    }
    // The same catalogues, copied into their folder in the opposite order.
    run_ok(b.path(), &["2026-11", "--out", "pack"]);
    packs.push((
        "reverse listing".into(),
        pack_without_timings(&b.path().join("pack")),
    ));
    let (first_label, first) = &packs[0];
    assert!(first.len() > 5, "a whole pack: {:?}", first.keys());
    for (label, pack) in &packs[1..] {
        assert_eq!(
            first.keys().collect::<Vec<_>>(),
            pack.keys().collect::<Vec<_>>(),
            "{label} vs {first_label}: file lists"
        );
        for (name, bytes) in first {
            assert!(
                pack[name] == *bytes,
                "{name} differs between {first_label} and {label}"
            );
        }
    }
    assert_eq!(checksums(&period), before, "inputs unchanged");
    // run.json records the checksum of every input as read.
    let run: Value = serde_json::from_slice(&first["run.json"]).expect("run.json");
    let recorded: BTreeMap<String, String> = run["files"]
        .as_array()
        .expect("files in run.json")
        .iter()
        .map(|f| {
            let file = f["file"].as_str().unwrap_or_default();
            let rel = file.strip_prefix("2026-11/").unwrap_or(file).to_string();
            (rel, f["sha256"].as_str().unwrap_or_default().to_string())
        })
        .collect();
    assert_eq!(recorded, before, "run.json's input checksums");
}
