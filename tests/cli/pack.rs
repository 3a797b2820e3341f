//! Integration tests for the meeting pack written by `overlap run`: every file present and
//! holding what it should for `sample-data/2026-11` (planted overlaps on the page and in the
//! tables, run.json counts matching the inputs), `--force` protection, a hostile catalogue kept
//! inert and inside the pack, and the committed sample pack under `reports/sample/` up to date.

use crate::common::{fixture, overlap, root};
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

const SAMPLE: &str = "sample-data/2026-11";

/// Runs `overlap run INPUT --out OUT` from the repository root and asserts success.
fn run_pack(input: &str, out: &Path) {
    overlap()
        .current_dir(root())
        .args(["run", input, "--out"])
        .arg(out)
        .assert()
        .success();
}

/// A pack of the sample period in a fresh temporary folder.
fn sample_pack() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("2026-11");
    run_pack(SAMPLE, &out);
    (tmp, out)
}

fn read_csv(path: &Path) -> Vec<BTreeMap<String, String>> {
    let mut reader = csv::Reader::from_path(path).unwrap();
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_string)
        .collect();
    reader
        .records()
        .map(|r| {
            header
                .iter()
                .cloned()
                .zip(r.unwrap().iter().map(str::to_string))
                .collect()
        })
        .collect()
}

fn sample_files() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(root().join(SAMPLE))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "csv"))
        .collect();
    files.sort();
    files
}

/// Every file under `dir`, relative path (with `/`) -> bytes.
fn tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    fn walk(root: &Path, dir: &Path, out: &mut BTreeMap<String, Vec<u8>>) {
        for entry in fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(root, &path, out);
            } else {
                let rel = path
                    .strip_prefix(root)
                    .unwrap()
                    .to_string_lossy()
                    .replace('\\', "/");
                out.insert(rel, fs::read(&path).unwrap());
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(dir, dir, &mut out);
    out
}

#[test]
fn run_writes_the_whole_pack() {
    let (_tmp, out) = sample_pack();
    for name in [
        "index.html",
        "summary.md",
        "opportunities.csv",
        "pairs.csv",
        "pairs.parquet",
        "validation.csv",
        "run.json",
    ] {
        assert!(out.join(name).is_file(), "{name} missing");
    }
    for chart in [
        "overlap-heatmap",
        "largest-opportunities",
        "score-distribution",
        "department-efforts",
    ] {
        for ext in ["svg", "png"] {
            assert!(
                out.join(format!("charts/{chart}.{ext}")).is_file(),
                "{chart}.{ext} missing"
            );
        }
    }
    // One file a department in the sample, so one page pair per file.
    let pages: Vec<_> = fs::read_dir(out.join("departments")).unwrap().collect();
    assert_eq!(pages.len(), 2 * sample_files().len());
    assert!(
        out.join("departments/ministry-of-health-and-care.html")
            .is_file()
    );
}

#[test]
fn planted_same_name_overlaps_appear_in_the_tables_and_on_the_page() {
    let (_tmp, out) = sample_pack();
    let truth = read_csv(&root().join("sample-data/truth.csv"));
    let pairs = read_csv(&out.join("pairs.csv"));
    let found: BTreeSet<(String, String)> = pairs
        .iter()
        .map(|p| {
            let a = format!("{}:{}", p["department_a"], p["record_id_a"]);
            let b = format!("{}:{}", p["department_b"], p["record_id_b"]);
            if a <= b { (a, b) } else { (b, a) }
        })
        .collect();
    let opportunities = read_csv(&out.join("opportunities.csv"));
    let same_name: Vec<_> = truth.iter().filter(|t| t["kind"] == "same_name").collect();
    assert!(!same_name.is_empty(), "truth.csv has same-name pairs");
    for t in same_name {
        let a = format!("{}:{}", t["department_a"], t["record_id_a"]);
        let b = format!("{}:{}", t["department_b"], t["record_id_b"]);
        let key = if a <= b {
            (a.clone(), b.clone())
        } else {
            (b.clone(), a.clone())
        };
        assert!(
            found.contains(&key),
            "planted pair {a} / {b} not in pairs.csv"
        );
        let grouped = opportunities.iter().any(|o| {
            let efforts: Vec<&str> = o["efforts"].split("; ").collect();
            efforts.contains(&a.as_str()) && efforts.contains(&b.as_str())
        });
        assert!(grouped, "planted pair {a} / {b} not in one opportunity");
    }
    // The front page shows the top opportunities (the first rows of the ranked table).
    let html = fs::read_to_string(out.join("index.html")).unwrap();
    let shown = opportunities.iter().take(10);
    for o in shown {
        assert!(
            html.contains(&format!("id=\"{}\"", o["id"])),
            "{} not on the page",
            o["id"]
        );
    }
    let md = fs::read_to_string(out.join("summary.md")).unwrap();
    assert!(
        md.contains(&opportunities[0]["id"]),
        "the top opportunity is in summary.md"
    );
}

#[test]
fn run_json_counts_and_checksums_match_the_inputs() {
    let (_tmp, out) = sample_pack();
    let run: serde_json::Value =
        serde_json::from_slice(&fs::read(out.join("run.json")).unwrap()).unwrap();
    assert_eq!(run["inputs"], serde_json::json!([SAMPLE]));
    assert!(run["config"].is_object());
    let files = run["files"].as_array().unwrap();
    let inputs = sample_files();
    assert_eq!(files.len(), inputs.len());
    let mut total = 0u64;
    for path in &inputs {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let entry = files
            .iter()
            .find(|f| f["file"].as_str().is_some_and(|f| f.ends_with(&name)))
            .unwrap_or_else(|| panic!("{name} not in run.json"));
        let bytes = fs::read(path).unwrap();
        assert_eq!(
            entry["sha256"],
            format!("{:x}", Sha256::digest(&bytes)),
            "{name}"
        );
        let rows = csv::ReaderBuilder::new()
            .flexible(true)
            .from_path(path)
            .unwrap()
            .records()
            .count() as u64;
        assert_eq!(entry["rows_read"], rows, "{name}");
        total += rows;
    }
    let ingest = &run["counts"]["ingest"];
    assert_eq!(ingest["rows_read"], total);
    let accepted = ingest["rows_accepted"].as_u64().unwrap();
    let rejected = ingest["rows_rejected"].as_u64().unwrap();
    assert_eq!(accepted + rejected, total);
    // Every rejected row is in validation.csv as an error.
    let validation = read_csv(&out.join("validation.csv"));
    let error_rows: BTreeSet<(String, String)> = validation
        .iter()
        .filter(|v| v["severity"] == "error")
        .map(|v| (v["file"].clone(), v["line"].clone()))
        .collect();
    assert_eq!(error_rows.len() as u64, rejected);
    let pairs = read_csv(&out.join("pairs.csv"));
    assert_eq!(
        run["counts"]["matching"]["reported_pairs"],
        pairs.len() as u64
    );
    let stages: Vec<&str> = run["timings"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|t| t["stage"].as_str())
        .collect();
    assert!(
        stages.iter().any(|s| s.starts_with("report-")),
        "{stages:?}"
    );
}

#[test]
fn an_existing_pack_is_replaced_only_with_force() {
    let (_tmp, out) = sample_pack();
    fs::write(out.join("marker.txt"), "from the first run").unwrap();
    overlap()
        .current_dir(root())
        .args(["run", SAMPLE, "--out"])
        .arg(&out)
        .assert()
        .code(3)
        .stderr(predicates::str::contains("--force"));
    assert!(
        out.join("marker.txt").exists(),
        "the old pack was touched without --force"
    );
    overlap()
        .current_dir(root())
        .args(["run", SAMPLE, "--force", "--out"])
        .arg(&out)
        .assert()
        .success();
    assert!(!out.join("marker.txt").exists());
    assert!(out.join("index.html").is_file());
}

#[test]
fn hostile_catalogue_is_inert_and_stays_inside_the_pack() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("reports").join("hostile");
    let input = fixture("report/hostile");
    overlap()
        .args(["run", "--period", "2026-11"])
        .arg(&input)
        .arg("--out")
        .arg(&out)
        .assert()
        .success();
    // Nothing written beside the pack or above it.
    assert_eq!(fs::read_dir(tmp.path()).unwrap().count(), 1);
    assert_eq!(fs::read_dir(tmp.path().join("reports")).unwrap().count(), 1);
    let files = tree(&out);
    assert!(
        files.contains_key("departments/etc.html"),
        "{:?}",
        files.keys()
    );
    for (name, bytes) in &files {
        if name.ends_with(".html") {
            let html = String::from_utf8_lossy(bytes);
            assert!(!html.contains("<script"), "{name} has a raw script tag");
        }
    }
    let pairs = read_csv(&out.join("pairs.csv"));
    assert!(!pairs.is_empty(), "the three grants efforts should match");
    let index = String::from_utf8_lossy(&files["index.html"]);
    assert!(
        index.contains("&lt;script&gt;alert(1)&lt;&#x2f;script&gt;"),
        "name not shown literally"
    );
    // No text cell in any CSV starts a formula; the formula name is there, neutralised.
    let numeric = [
        "score",
        "name",
        "description",
        "capabilities",
        "user_groups",
        "technologies",
        "dates",
        "phase",
        "combined_budget_gbp",
        "line",
        "column",
    ];
    let mut neutralised = 0;
    for table in ["pairs.csv", "opportunities.csv", "validation.csv"] {
        for row in read_csv(&out.join(table)) {
            for (column, cell) in &row {
                if numeric.contains(&column.as_str()) {
                    continue;
                }
                assert!(
                    !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                    "{table} {column}: {cell:?} could run as a formula"
                );
                neutralised += usize::from(cell.starts_with("'=HYPERLINK"));
            }
        }
    }
    assert!(
        neutralised > 0,
        "the =HYPERLINK name should appear, neutralised"
    );
}

/// The committed sample pack: three months in sequence, so that it shows "Since last month" and
/// the decisions (the same steps as `scripts/make_sample_pack.sh`).
fn sample_cycle_pack(tmp: &Path) -> PathBuf {
    run_pack("sample-data/2026-10", &tmp.join("2026-10"));
    run_pack("sample-data/2026-11", &tmp.join("2026-11"));
    let out = tmp.join("sample");
    overlap()
        .current_dir(root())
        .args(["run", "sample-data/2026-12", "--period", "2026-12", "--out"])
        .arg(&out)
        .arg("--previous")
        .arg(tmp.join("2026-11"))
        .args(["--decisions", "sample-data/decisions.csv"])
        .assert()
        .success();
    out
}

#[test]
fn committed_sample_pack_is_up_to_date() {
    let committed = root().join("reports/sample");
    let tmp = tempfile::tempdir().unwrap();
    let out = sample_cycle_pack(tmp.path());
    let regenerate = "regenerate it from the repository root with `scripts/make_sample_pack.sh`";
    assert!(
        committed.is_dir(),
        "reports/sample/ is missing; {regenerate}"
    );
    let mut fresh = tree(&out);
    let mut old = tree(&committed);
    let without_timings = |bytes: Vec<u8>| {
        let mut v: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
        v.as_object_mut().unwrap().remove("timings");
        v
    };
    let (fresh_run, old_run) = (fresh.remove("run.json"), old.remove("run.json"));
    assert_eq!(
        fresh.keys().collect::<Vec<_>>(),
        old.keys().collect::<Vec<_>>(),
        "reports/sample/ has different files; {regenerate}"
    );
    for (name, bytes) in &fresh {
        assert!(
            bytes == &old[name],
            "reports/sample/{name} is out of date; {regenerate}"
        );
    }
    assert_eq!(
        fresh_run.map(without_timings),
        old_run.map(without_timings),
        "reports/sample/run.json is out of date; {regenerate}"
    );
}
