//! Integration tests for `overlap generate`: determinism, counts, truth integrity, the output
//! folder guard, and that the catalogues validate.

use crate::common::overlap;
use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

const HEADER: &str = "department,record_id,name,description,kind,phase,user_groups,capabilities,technologies,start_date,end_date,budget_gbp,owner,contact_email";

fn generate(out: &Path, departments: usize, efforts: usize, seed: u64) {
    overlap()
        .args([
            "generate",
            "--quiet",
            "--departments",
            &departments.to_string(),
        ])
        .args([
            "--efforts",
            &efforts.to_string(),
            "--seed",
            &seed.to_string(),
        ])
        .arg("--out")
        .arg(out)
        .assert()
        .success();
}

/// Every file under `dir`, by path relative to it, with its bytes.
fn files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in fs::read_dir(&d).expect("readable dir") {
            let path = entry.expect("dir entry").path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let rel = path
                    .strip_prefix(dir)
                    .expect("under dir")
                    .to_string_lossy()
                    .into_owned();
                out.insert(rel, fs::read(&path).expect("readable file"));
            }
        }
    }
    out
}

/// (department, record_id) of every catalogue row, and the row count per file.
fn records(dir: &Path) -> (BTreeSet<(String, String)>, BTreeMap<String, usize>) {
    let mut keys = BTreeSet::new();
    let mut counts = BTreeMap::new();
    for entry in fs::read_dir(dir.join("catalogues")).expect("catalogues dir") {
        let path = entry.expect("entry").path();
        let mut reader = csv::Reader::from_path(&path).expect("readable csv");
        let headers = reader
            .headers()
            .expect("header")
            .iter()
            .collect::<Vec<_>>()
            .join(",");
        assert_eq!(headers, HEADER, "{}", path.display());
        let mut n = 0;
        for row in reader.records() {
            let row = row.expect("well-formed row");
            assert_eq!(row.len(), 14);
            for (i, column) in ["department", "record_id", "name", "description"]
                .iter()
                .enumerate()
            {
                assert!(
                    !row[i].trim().is_empty(),
                    "{}: empty required {column}",
                    path.display()
                );
            }
            assert!(
                keys.insert((row[0].to_string(), row[1].to_string())),
                "duplicate id {}",
                &row[1]
            );
            n += 1;
        }
        counts.insert(
            path.file_name()
                .expect("name")
                .to_string_lossy()
                .into_owned(),
            n,
        );
    }
    (keys, counts)
}

#[test]
fn same_seed_gives_byte_identical_files() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let (a, b) = (tmp.path().join("a"), tmp.path().join("b"));
    generate(&a, 12, 3000, 7);
    generate(&b, 12, 3000, 7);
    let (fa, fb) = (files(&a), files(&b));
    assert_eq!(fa.len(), 13, "12 catalogues and truth.csv");
    assert_eq!(fa, fb);
}

#[test]
fn output_does_not_depend_on_thread_count() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let (one, four) = (tmp.path().join("one"), tmp.path().join("four"));
    for (dir, threads) in [(&one, "1"), (&four, "4")] {
        overlap()
            .env("RAYON_NUM_THREADS", threads)
            .args([
                "generate",
                "--quiet",
                "--departments",
                "9",
                "--efforts",
                "2000",
                "--seed",
                "3",
                "--out",
            ])
            .arg(dir)
            .assert()
            .success();
    }
    assert_eq!(files(&one), files(&four));
}

#[test]
fn different_seed_gives_different_files() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let (a, b) = (tmp.path().join("a"), tmp.path().join("b"));
    generate(&a, 5, 500, 1);
    generate(&b, 5, 500, 2);
    assert_ne!(files(&a), files(&b));
}

#[test]
fn rows_sum_to_efforts_one_file_per_department() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let out = tmp.path().join("gen");
    generate(&out, 23, 4321, 5);
    let (keys, counts) = records(&out);
    assert_eq!(counts.len(), 23);
    assert!(counts.values().all(|&n| n >= 1));
    assert_eq!(counts.values().sum::<usize>(), 4321);
    assert_eq!(keys.len(), 4321);
    let departments: BTreeSet<_> = keys.iter().map(|(d, _)| d.clone()).collect();
    assert_eq!(
        departments.len(),
        23,
        "one department per file, distinct names"
    );
}

#[test]
fn truth_pairs_name_existing_records_in_different_departments() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let out = tmp.path().join("gen");
    generate(&out, 30, 6000, 11);
    let (keys, _) = records(&out);
    let mut reader = csv::Reader::from_path(out.join("truth.csv")).expect("truth.csv");
    let headers = reader
        .headers()
        .expect("header")
        .iter()
        .collect::<Vec<_>>()
        .join(",");
    assert_eq!(
        headers,
        "department_a,record_id_a,department_b,record_id_b,kind"
    );
    let kinds = [
        "same_name",
        "reworded",
        "acronym",
        "typo",
        "shared_capability",
    ];
    let mut pairs = BTreeSet::new();
    let mut planted = BTreeSet::new();
    for row in reader.records() {
        let row = row.expect("well-formed truth row");
        let a = (row[0].to_string(), row[1].to_string());
        let b = (row[2].to_string(), row[3].to_string());
        assert!(keys.contains(&a), "truth names a missing record {a:?}");
        assert!(keys.contains(&b), "truth names a missing record {b:?}");
        assert_ne!(a.0, b.0, "a truth pair within one department");
        assert!(kinds.contains(&&row[4]), "unknown kind {}", &row[4]);
        assert!(pairs.insert((a.clone(), b.clone())), "pair listed twice");
        assert!(
            !pairs.contains(&(b.clone(), a.clone())),
            "pair listed in both orders"
        );
        planted.insert(a);
        planted.insert(b);
    }
    // About 7% of efforts are planted; allow for rounding and small departments.
    let share = planted.len() as f64 / keys.len() as f64;
    assert!((0.05..=0.09).contains(&share), "planted share {share}");
}

#[test]
fn refuses_a_non_empty_folder_without_force_and_replaces_with_it() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let out = tmp.path().join("gen");
    generate(&out, 8, 800, 1);
    overlap()
        .args([
            "generate",
            "--quiet",
            "--departments",
            "3",
            "--efforts",
            "300",
            "--out",
        ])
        .arg(&out)
        .assert()
        .code(3)
        .stderr(predicates::str::contains("--force"));
    assert_eq!(
        records(&out).1.len(),
        8,
        "the refused run left the old files alone"
    );

    overlap()
        .args([
            "generate",
            "--quiet",
            "--departments",
            "3",
            "--efforts",
            "300",
            "--force",
            "--out",
        ])
        .arg(&out)
        .assert()
        .success();
    let (keys, counts) = records(&out);
    assert_eq!(
        counts.len(),
        3,
        "no stale catalogues from the earlier run remain"
    );
    assert_eq!(keys.len(), 300);
}

#[test]
fn fewer_efforts_than_departments_is_a_usage_error() {
    let tmp = tempfile::tempdir().expect("tempdir");
    overlap()
        .args(["generate", "--departments", "10", "--efforts", "5", "--out"])
        .arg(tmp.path().join("gen"))
        .assert()
        .code(2)
        .stderr(predicates::str::contains("--efforts"));
}

/// Needs the ingest stage: fails until `overlap validate` is implemented.
#[test]
fn generated_catalogues_validate_cleanly() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let out = tmp.path().join("gen");
    generate(&out, 10, 2000, 1);
    overlap()
        .arg("validate")
        .arg(out.join("catalogues"))
        .assert()
        .code(0);
}

/// Reads `overlap evaluate --format json`'s true positives and reported pairs.
fn evaluate(truth: &Path, pairs: &Path) -> (u64, u64) {
    let out = overlap()
        .args(["evaluate", "--format", "json", "--truth"])
        .arg(truth)
        .arg(pairs)
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let field = |k: &str| json[k].as_u64().unwrap_or_else(|| panic!("{k} in {json}"));
    (field("true_positives"), field("reported_pairs"))
}

/// Members of one cross-government programme are tied by its name (`[matching]
/// named_phrase_ties`): generated shared-capability members, each doing the same kind of work
/// as many unrelated efforts, are found that would not stand out from those look-alikes, and
/// no false alarm comes with them (codenames such as "Project Tern", which unrelated efforts
/// reuse, are two words and do not count). `explain` says why such a pair is reported.
#[test]
fn programme_members_are_tied_by_the_programme_name() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let data = tmp.path().join("gen");
    generate(&data, 30, 4000, 5);
    let off_config = tmp.path().join("off.toml");
    fs::write(&off_config, "[matching]\nnamed_phrase_ties = false\n").expect("write config");
    let run = |out: &Path, config: Option<&Path>| {
        let mut cmd = overlap();
        cmd.args(["-q", "run"])
            .arg(data.join("catalogues"))
            .args(["--period", "2026-11", "--no-previous", "--out"])
            .arg(out);
        if let Some(config) = config {
            cmd.arg("--config").arg(config);
        }
        cmd.assert().success();
    };
    let (on, off) = (tmp.path().join("on"), tmp.path().join("off"));
    run(&on, None);
    run(&off, Some(&off_config));
    let truth = data.join("truth.csv");
    let (found_on, reported_on) = evaluate(&truth, &on.join("pairs.csv"));
    let (found_off, reported_off) = evaluate(&truth, &off.join("pairs.csv"));
    assert!(
        found_on > found_off,
        "{found_on} planted pairs found, {found_off} without the tie"
    );
    assert!(
        reported_on - found_on <= reported_off - found_off,
        "false alarms: {} with the tie, {} without",
        reported_on - found_on,
        reported_off - found_off
    );

    // A pair only the tie reports, explained.
    let pairs = |dir: &Path| -> BTreeSet<(String, String)> {
        let mut reader = csv::Reader::from_path(dir.join("pairs.csv")).expect("pairs.csv");
        let headers = reader.headers().expect("header").clone();
        let col = |name: &str| headers.iter().position(|h| h == name).expect(name);
        let (da, ia, db, ib) = (
            col("department_a"),
            col("record_id_a"),
            col("department_b"),
            col("record_id_b"),
        );
        reader
            .records()
            .map(|r| {
                let r = r.expect("row");
                (
                    format!("{}:{}", &r[da], &r[ia]),
                    format!("{}:{}", &r[db], &r[ib]),
                )
            })
            .collect()
    };
    let (with, without) = (pairs(&on), pairs(&off));
    let explained = with.difference(&without).any(|(a, b)| {
        let out = overlap()
            .args(["explain", "--out"])
            .arg(&on)
            .args([a, b])
            .output()
            .expect("runs");
        String::from_utf8_lossy(&out.stdout).contains("[matching] named_phrase_ties")
    });
    assert!(explained, "no pair reported only through the tie says so");
}
