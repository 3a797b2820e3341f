//! Integration tests for `overlap evaluate`: figures derived from the pairs and truth each test
//! writes, both truth layouts, and clear errors.

use crate::common::overlap;
use predicates::prelude::*;
use std::path::Path;

const PAIRS_HEADER: &str = "department_a,record_id_a,name_a,department_b,record_id_b,name_b,score,\
name,description,capabilities,user_groups,technologies,dates,phase,shared_terms,opportunity_id";

fn pair_row(a: (&str, &str), b: (&str, &str), score: f64) -> String {
    format!(
        "{},{},Name {},{},{},Name {},{score},0,0,0,0,0,0,0,,",
        a.0, a.1, a.1, b.0, b.1, b.1
    )
}

fn write(dir: &Path, name: &str, text: &str) -> std::path::PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write fixture");
    path
}

#[test]
fn reports_precision_recall_misses_and_false_alarms() {
    let dir = tempfile::tempdir().expect("tempdir");
    // Truth: three pairs. Reported: one hit (written in the other order), one false alarm, and
    // one truth pair listed below --min-score.
    let truth = write(
        dir.path(),
        "truth.csv",
        "department_a,record_id_a,department_b,record_id_b,kind\n\
         Alpha,A1,Beta,B1,same_name\nAlpha,A2,Gamma,G2,reworded\nBeta,B3,Gamma,G3,typo\n",
    );
    let rows = [
        pair_row(("Beta", "B1"), ("Alpha", "A1"), 0.9),
        pair_row(("Alpha", "A9"), ("Beta", "B9"), 0.7),
        pair_row(("Alpha", "A2"), ("Gamma", "G2"), 0.3),
    ];
    let pairs = write(
        dir.path(),
        "pairs.csv",
        &format!("{PAIRS_HEADER}\n{}\n", rows.join("\n")),
    );
    overlap()
        .args(["evaluate", "--truth"])
        .arg(&truth)
        .arg(&pairs)
        .args(["--min-score", "0.5"])
        .assert()
        .success()
        // 1 hit of 2 reported, 1 of 3 truth pairs found.
        .stdout(predicate::str::contains(
            "precision 0.500  recall 0.333  F1 0.400",
        ))
        .stdout(predicate::str::contains("Alpha:A2  Gamma:G2  score 0.3000"))
        .stdout(predicate::str::contains("Beta:B3  Gamma:G3  not reported"))
        .stdout(predicate::str::contains("Alpha:A9  Beta:B9  score 0.7000"));
}

#[test]
fn json_output_carries_the_same_figures() {
    let dir = tempfile::tempdir().expect("tempdir");
    let truth = write(
        dir.path(),
        "truth.csv",
        "department_a,record_id_a,department_b,record_id_b\nX,1,Y,2\n",
    );
    let pairs = write(
        dir.path(),
        "pairs.csv",
        &format!(
            "{PAIRS_HEADER}\n{}\n",
            pair_row(("X", "1"), ("Y", "2"), 0.8)
        ),
    );
    let out = overlap()
        .args(["evaluate", "--format", "json", "--truth"])
        .arg(&truth)
        .arg(&pairs)
        .output()
        .expect("runs");
    assert!(out.status.success());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    assert_eq!(json["precision"], 1.0);
    assert_eq!(json["recall"], 1.0);
    assert_eq!(json["true_positives"], 1);
}

/// The GMPP layout: `record_id_<A>,record_id_<B>`, where catalogues read with department = file
/// stem are called `gmpp-2020` and `gmpp-2021` in the pairs file.
#[test]
fn reads_the_two_column_truth_layout() {
    let dir = tempfile::tempdir().expect("tempdir");
    let truth = write(
        dir.path(),
        "truth.csv",
        "record_id_2020,record_id_2021\na1,b1\na2,b2\n",
    );
    let rows = [pair_row(("gmpp-2020", "a1"), ("gmpp-2021", "b1"), 0.9)];
    let pairs = write(
        dir.path(),
        "pairs.csv",
        &format!("{PAIRS_HEADER}\n{}\n", rows.join("\n")),
    );
    overlap()
        .args(["evaluate", "--truth"])
        .arg(&truth)
        .arg(&pairs)
        .assert()
        .success()
        .stdout(predicate::str::contains("precision 1.000  recall 0.500"));
}

#[test]
fn a_bad_truth_header_is_a_usage_error_naming_the_layouts() {
    let dir = tempfile::tempdir().expect("tempdir");
    let truth = write(dir.path(), "truth.csv", "left,right,third\n1,2,3\n");
    let pairs = write(dir.path(), "pairs.csv", &format!("{PAIRS_HEADER}\n"));
    overlap()
        .args(["evaluate", "--truth"])
        .arg(&truth)
        .arg(&pairs)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "department_a,record_id_a,department_b,record_id_b",
        ));
}

#[test]
fn a_non_numeric_score_names_its_line_and_column() {
    let dir = tempfile::tempdir().expect("tempdir");
    let truth = write(
        dir.path(),
        "truth.csv",
        "department_a,record_id_a,department_b,record_id_b\nX,1,Y,2\n",
    );
    let pairs = write(
        dir.path(),
        "pairs.csv",
        &format!("{PAIRS_HEADER}\nX,1,n,Y,2,n,high,0,0,0,0,0,0,0,,\n"),
    );
    overlap()
        .args(["evaluate", "--truth"])
        .arg(&truth)
        .arg(&pairs)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("pairs.csv:2:7"));
}
