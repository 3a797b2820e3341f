//! Integration tests for the monthly cycle: three periods run in sequence through the binary.
//!
//! The fixture (`tests/fixtures/cycle/`) is three months of catalogues from four fictional
//! departments, designed so that matching finds, in 2026-01, four groups:
//! - grants: Arts A1, Borders B1, Coasts C1;
//! - desk booking: Arts A2, Borders B2;
//! - legacy mainframe switch-off: Arts A4, Borders B3;
//! - referral triage: Borders B4, Coasts C4 (same name, different users: a false match).
//!
//! In 2026-02 Arts renumbers A2 to A22 (same name and text), Borders drops B3, and
//! `decisions.csv` rejects the pair B4/C4. In 2026-03 Dairies joins with D1 (desk booking), and
//! Arts A6 and Coasts C6 start the same interpreter booking service. Everything else is
//! unchanged. The expected counts below follow from that design.

use crate::common::{fixture, overlap};
use predicates::prelude::*;
use std::fs;
use std::path::{Path, PathBuf};

const ARTS: &str = "Agency for Arts";

/// Runs one period of the fixture into `reports/<period>` under `root`, with the fixture's
/// decisions file; extra arguments are appended.
fn run(root: &Path, period: &str, extra: &[&str]) -> assert_cmd::assert::Assert {
    overlap()
        .current_dir(root)
        .arg("run")
        .arg(fixture(&format!("cycle/{period}")))
        .arg("--out")
        .arg(root.join("reports").join(period))
        .args(extra)
        .assert()
}

fn decisions() -> String {
    fixture("cycle/decisions.csv").display().to_string()
}

/// Runs the three periods in order, each compared with the one before (found automatically);
/// the decisions, taken at the January meeting, apply from February.
fn three_periods() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let d = decisions();
    run(dir.path(), "2026-01", &[]).success();
    run(dir.path(), "2026-02", &["--decisions", &d]).success();
    run(dir.path(), "2026-03", &["--decisions", &d]).success();
    dir
}

fn pack(dir: &tempfile::TempDir, period: &str) -> PathBuf {
    dir.path().join("reports").join(period)
}

/// opportunities.csv rows as header -> value maps.
fn opportunities(pack: &Path) -> Vec<std::collections::HashMap<String, String>> {
    let mut reader = csv::Reader::from_path(pack.join("opportunities.csv")).unwrap();
    let header = reader.headers().unwrap().clone();
    reader
        .records()
        .map(|r| {
            let r = r.unwrap();
            header
                .iter()
                .map(String::from)
                .zip(r.iter().map(String::from))
                .collect()
        })
        .collect()
}

/// The id of the opportunity whose efforts include `key`, if any.
fn id_with(pack: &Path, key: &str) -> Option<String> {
    opportunities(pack)
        .into_iter()
        .find(|o| o["efforts"].split("; ").any(|e| e == key))
        .map(|o| o["id"].clone())
}

fn state(pack: &Path) -> serde_json::Value {
    serde_json::from_str(&fs::read_to_string(pack.join("state.json")).unwrap()).unwrap()
}

#[test]
fn ids_are_stable_for_unchanged_opportunities_across_three_periods() {
    let dir = three_periods();
    let key = format!("{ARTS}:A1");
    let first = id_with(&pack(&dir, "2026-01"), &key).expect("grants found in 2026-01");
    assert_eq!(
        id_with(&pack(&dir, "2026-02"), &key).as_deref(),
        Some(first.as_str())
    );
    assert_eq!(
        id_with(&pack(&dir, "2026-03"), &key).as_deref(),
        Some(first.as_str())
    );
    let grants = opportunities(&pack(&dir, "2026-03"))
        .into_iter()
        .find(|o| o["id"] == first)
        .unwrap();
    assert_eq!(grants["new"], "no");
    assert_eq!(grants["first_seen"], "2026-01");
    assert_eq!(grants["months_open"], "3");
}

#[test]
fn a_renumbered_effort_keeps_its_opportunity_and_a_grown_group_its_id() {
    let dir = three_periods();
    let before = id_with(&pack(&dir, "2026-01"), &format!("{ARTS}:A2")).expect("desk booking");
    let after = id_with(&pack(&dir, "2026-02"), &format!("{ARTS}:A22"));
    assert_eq!(after.as_deref(), Some(before.as_str()));
    // In 2026-03 a third department joins the group: same id, noted as grown.
    let grown = id_with(&pack(&dir, "2026-03"), "Department of Dairies:D1");
    assert_eq!(grown.as_deref(), Some(before.as_str()));
    let summary = fs::read_to_string(pack(&dir, "2026-02").join("index.html")).unwrap();
    assert!(
        summary.contains("was Agency for Arts:A2"),
        "renumbering listed"
    );
    // The state remembers the old key for decisions that still name it.
    let aliases = &state(&pack(&dir, "2026-03"))["aliases"];
    assert_eq!(aliases[format!("{ARTS}:A2")], format!("{ARTS}:A22"));
}

#[test]
fn a_rejected_pair_is_not_raised_again() {
    let dir = three_periods();
    let b4 = "Bureau of Borders:B4";
    assert!(
        id_with(&pack(&dir, "2026-01"), b4).is_some(),
        "the pair matches at first"
    );
    for period in ["2026-02", "2026-03"] {
        let p = pack(&dir, period);
        assert_eq!(id_with(&p, b4), None, "{period}");
        let pairs = fs::read_to_string(p.join("pairs.csv")).unwrap();
        assert!(
            !pairs.contains(",B4,"),
            "{period}: the pair is not in pairs.csv"
        );
        let html = fs::read_to_string(p.join("index.html")).unwrap();
        assert!(html.contains("Different users: border travellers versus flooded households"));
        assert!(html.contains("pair not reported"));
    }
}

#[test]
fn a_rejected_pair_is_raised_again_when_an_effort_changes_materially() {
    let dir = three_periods();
    // 2026-03 again, with Coasts' C4 rewritten into something else that still matches B4.
    let changed = dir.path().join("changed/2026-03");
    fs::create_dir_all(&changed).unwrap();
    for entry in fs::read_dir(fixture("cycle/2026-03")).unwrap() {
        let path = entry.unwrap().path();
        let text = fs::read_to_string(&path).unwrap().replace(
            "Triage referrals of flooded households to the right coastal repair team within hours.",
            "Triage referrals of travellers flagged at ports to the right investigating team \
             within hours and shared with border officers.",
        );
        fs::write(changed.join(path.file_name().unwrap()), text).unwrap();
    }
    overlap()
        .current_dir(dir.path())
        .args(["run", "--decisions", &decisions(), "--previous"])
        .arg(pack(&dir, "2026-02"))
        .arg(&changed)
        .arg("--out")
        .arg(dir.path().join("changed-pack"))
        .assert()
        .success();
    let p = dir.path().join("changed-pack");
    assert!(
        id_with(&p, "Bureau of Borders:B4").is_some(),
        "raised again"
    );
    let html = fs::read_to_string(p.join("index.html")).unwrap();
    assert!(html.contains("changed materially since the decision"));
}

#[test]
fn resolved_opportunities_are_listed_with_their_reasons() {
    let dir = three_periods();
    let p1 = pack(&dir, "2026-01");
    let legacy = id_with(&p1, "Bureau of Borders:B3").expect("legacy group");
    let referral = id_with(&p1, "Bureau of Borders:B4").expect("referral group");
    let md = fs::read_to_string(pack(&dir, "2026-02").join("summary.md")).unwrap();
    let line = |id: &str| {
        md.lines()
            .find(|l| l.starts_with(&format!("- {id} ")))
            .unwrap_or_else(|| panic!("{id} not listed as resolved:\n{md}"))
            .to_string()
    };
    assert!(
        line(&legacy).contains("left the catalogue"),
        "{}",
        line(&legacy)
    );
    assert!(
        line(&referral).contains("decision recorded: rejected"),
        "{}",
        line(&referral)
    );
}

#[test]
fn trend_counts_follow_the_fixture_design() {
    let dir = three_periods();
    let history = state(&pack(&dir, "2026-03"))["history"].clone();
    let rows: Vec<(String, u64, u64, u64)> = history
        .as_array()
        .unwrap()
        .iter()
        .map(|h| {
            (
                h["period"].as_str().unwrap().to_string(),
                h["open"].as_u64().unwrap(),
                h["new"].as_u64().unwrap(),
                h["resolved"].as_u64().unwrap(),
            )
        })
        .collect();
    // 2026-01: four groups, all new (no earlier pack). 2026-02: legacy loses B3 and referral is
    // rejected, so two resolved and two open. 2026-03: interpreter booking is new; desk booking
    // grows but keeps its id.
    assert_eq!(
        rows,
        [
            ("2026-01".to_string(), 4, 4, 0),
            ("2026-02".to_string(), 2, 0, 2),
            ("2026-03".to_string(), 3, 1, 0),
        ]
    );
    // The combined budget of 2026-03: grants (1.2m + 0.9m + 0.4m), desk booking
    // (0.15m + 0.08m + 0.06m), interpreter booking (0.1m + 0.11m).
    let budget = history[2]["combined_budget_gbp"].as_f64().unwrap();
    assert!((budget - 3_000_000.0).abs() < 1.0, "{budget}");
    let charts = pack(&dir, "2026-03").join("charts");
    assert!(charts.join("trend.svg").exists() && charts.join("trend.png").exists());
    let html = fs::read_to_string(pack(&dir, "2026-03").join("index.html")).unwrap();
    assert!(html.contains("chart-trend"));
    assert!(html.contains("Since last month"));
}

#[test]
fn the_previous_pack_is_found_beside_the_output_and_named_on_stderr() {
    let dir = tempfile::tempdir().unwrap();
    run(dir.path(), "2026-01", &[]).success();
    // A folder that is not a period is ignored.
    fs::create_dir_all(dir.path().join("reports/sample")).unwrap();
    run(dir.path(), "2026-02", &[])
        .success()
        .stderr(predicate::str::contains("comparing with the previous pack"))
        .stderr(predicate::str::contains("2026-01"));
    run(dir.path(), "2026-03", &["--no-previous"])
        .success()
        .stderr(predicate::str::contains("--no-previous"));
    let fresh = opportunities(&pack_in(dir.path(), "2026-03"));
    assert!(
        fresh
            .iter()
            .all(|o| o["new"].is_empty() && o["first_seen"] == "2026-03")
    );
}

fn pack_in(root: &Path, period: &str) -> PathBuf {
    root.join("reports").join(period)
}

#[test]
fn a_previous_pack_that_is_not_earlier_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    run(dir.path(), "2026-02", &[]).success();
    overlap()
        .current_dir(dir.path())
        .arg("run")
        .arg(fixture("cycle/2026-01"))
        .arg("--out")
        .arg(dir.path().join("x/2026-01"))
        .arg("--previous")
        .arg(pack_in(dir.path(), "2026-02"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("not before 2026-01"));
}

#[test]
fn a_decision_naming_an_unknown_id_is_reported_not_ignored() {
    let dir = tempfile::tempdir().unwrap();
    run(dir.path(), "2026-01", &[]).success();
    let file = dir.path().join("decisions.csv");
    fs::write(
        &file,
        "opportunity_id,department_a,record_id_a,department_b,record_id_b,decision,date,reviewer,note\n\
         OPP-000000,,,,,confirmed,2026-01-20,Ann,no such id\n\
         ,Agency for Arts,A99,Bureau of Borders,B1,rejected,,,no such effort\n",
    )
    .unwrap();
    run(dir.path(), "2026-02", &[])
        .success()
        .stderr(predicate::str::contains("decisions.csv:2:1: warning"))
        .stderr(predicate::str::contains("OPP-000000"))
        .stderr(predicate::str::contains("decisions.csv:3:2: warning"));
    let validation =
        fs::read_to_string(pack_in(dir.path(), "2026-02").join("validation.csv")).unwrap();
    assert!(validation.contains("unknown-decision-target"));
    assert!(validation.contains("Agency for Arts:A99"));
}

/// The sample's December catalogue renumbers some efforts (listed in
/// `sample-data/CHANGES-2026-12.csv`); each must be followed to its new record id, and nothing
/// else may be linked under a new id.
#[test]
fn the_samples_renumbered_efforts_are_tracked() {
    let dir = tempfile::tempdir().unwrap();
    let sample = crate::common::root().join("sample-data");
    for period in ["2026-11", "2026-12"] {
        overlap()
            .current_dir(dir.path())
            .arg("run")
            .arg(sample.join(period))
            .arg("--out")
            .arg(dir.path().join("reports").join(period))
            .assert()
            .success();
    }
    let mut expected = std::collections::BTreeMap::new();
    let mut reader = csv::Reader::from_path(sample.join("CHANGES-2026-12.csv")).unwrap();
    for row in reader.records() {
        let row = row.unwrap();
        if &row[0] == "renumbered" {
            expected.insert(
                format!("{}:{}", &row[1], &row[2]),
                format!("{}:{}", &row[1], &row[3]),
            );
        }
    }
    assert!(!expected.is_empty());
    let aliases: std::collections::BTreeMap<String, String> =
        serde_json::from_value(state(&dir.path().join("reports/2026-12"))["aliases"].clone())
            .unwrap();
    assert_eq!(aliases, expected);
}
