//! Integration tests for `overlap review`: creating and updating the decisions file from a pack.

use crate::common::{fixture, overlap};
use predicates::prelude::*;
use std::fs;
use std::path::Path;

const HEADER: &str =
    "opportunity_id,department_a,record_id_a,department_b,record_id_b,decision,date,reviewer,note";

/// Writes the 2026-01 cycle fixture's pack into `dir/pack` and returns its opportunity ids
/// (from opportunities.csv), sorted.
fn pack(dir: &Path) -> Vec<String> {
    overlap()
        .current_dir(dir)
        .arg("run")
        .arg(fixture("cycle/2026-01"))
        .arg("--out")
        .arg(dir.join("pack"))
        .assert()
        .success();
    let mut reader = csv::Reader::from_path(dir.join("pack/opportunities.csv")).unwrap();
    let mut ids: Vec<String> = reader
        .records()
        .map(|r| r.unwrap()[0].to_string())
        .collect();
    ids.sort();
    ids
}

fn review(dir: &Path, file: &Path) -> assert_cmd::assert::Assert {
    overlap()
        .current_dir(dir)
        .arg("review")
        .arg(dir.join("pack"))
        .arg("--decisions")
        .arg(file)
        .assert()
}

#[test]
fn review_creates_the_file_with_one_undecided_row_per_opportunity() {
    let dir = tempfile::tempdir().unwrap();
    let ids = pack(dir.path());
    let file = dir.path().join("decisions.csv");
    review(dir.path(), &file)
        .success()
        .stdout(predicate::str::contains(format!(
            "{} opportunities",
            ids.len()
        )));
    let mut reader = csv::Reader::from_path(&file).unwrap();
    assert_eq!(
        reader
            .headers()
            .unwrap()
            .iter()
            .collect::<Vec<_>>()
            .join(","),
        HEADER
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    let listed: Vec<&str> = rows.iter().map(|r| &r[0]).collect();
    assert_eq!(listed, ids.iter().map(String::as_str).collect::<Vec<_>>());
    assert!(
        rows.iter().all(|r| r[5].is_empty()),
        "no decision filled in"
    );
}

#[test]
fn review_keeps_existing_rows_and_notes_and_adds_only_new_ids() {
    let dir = tempfile::tempdir().unwrap();
    let ids = pack(dir.path());
    let file = dir.path().join("decisions.csv");
    // An analyst's earlier rows: a pair decision and a decided opportunity, with a note that
    // looks like a formula (kept inert).
    let kept = format!(
        "{HEADER}\n,Bureau of Borders,B4,Council for Coasts,C4,rejected,2026-01-20,Ann,\"Different users, not a match\"\n{},,,,,confirmed,2026-01-20,Ann,'=1+1\n",
        ids[0]
    );
    fs::write(&file, &kept).unwrap();
    review(dir.path(), &file)
        .success()
        .stdout(predicate::str::contains(format!(
            "{} opportunities",
            ids.len() - 1
        )));
    let text = fs::read_to_string(&file).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines[..3],
        kept.lines().collect::<Vec<_>>()[..],
        "existing rows untouched"
    );
    let added: Vec<&str> = lines[3..]
        .iter()
        .map(|l| l.split(',').next().unwrap())
        .collect();
    assert_eq!(
        added,
        ids[1..].iter().map(String::as_str).collect::<Vec<_>>()
    );
    // A second review changes nothing.
    review(dir.path(), &file)
        .success()
        .stdout(predicate::str::contains("0 opportunities"));
    assert_eq!(fs::read_to_string(&file).unwrap(), text);
}

#[test]
fn a_folder_that_is_not_a_pack_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    overlap()
        .arg("review")
        .arg(dir.path())
        .arg("--decisions")
        .arg(dir.path().join("d.csv"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("state.json"));
    assert!(!dir.path().join("d.csv").exists());
}

#[test]
fn problems_in_the_existing_file_are_reported_with_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    pack(dir.path());
    let file = dir.path().join("decisions.csv");
    fs::write(&file, format!("{HEADER}\nOPP-ABCDEF,,,,,maybe,,,\n")).unwrap();
    review(dir.path(), &file)
        .success()
        .stderr(predicate::str::contains("decisions.csv:2:6: error"));
}
