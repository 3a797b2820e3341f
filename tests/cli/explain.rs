//! Integration tests for `overlap explain`: a planted pair in the sample period, a pack's
//! run.json honoured, and unknown keys answered with the closest ones.

use crate::common::{overlap, root};
use predicates::prelude::*;

const PQ_HEALTH: &str = "Ministry of Health and Care:MHC-0137";
const PQ_EDUCATION: &str = "Department for Education and Skills:DES/18/050";

fn sample() -> std::path::PathBuf {
    root().join("sample-data/2026-11")
}

/// Planted group G16: "PQ Tracker" against "Parliamentary Questions Management". The evidence
/// must name the shared terms, which exist only once the acronym PQ is expanded.
#[test]
fn explains_a_planted_acronym_pair_with_its_shared_terms() {
    overlap()
        .args(["--quiet", "explain", "--input"])
        .arg(sample())
        .args([PQ_HEALTH, PQ_EDUCATION])
        .assert()
        .success()
        .stdout(predicate::str::contains("PQ Tracker"))
        .stdout(predicate::str::contains(
            "Parliamentary Questions Management",
        ))
        .stdout(
            predicate::str::is_match(r#"both mention: .*"parliamentary".*"question"#)
                .expect("regex"),
        )
        .stdout(predicate::str::contains("Total score:"))
        .stdout(predicate::str::contains(
            "Reported: the score is at or above",
        ));
}

/// Four departments' chatbots (planted as shared_capability pairs in truth.csv) are each
/// other's closest candidates, but efforts that touch student finance or tax in passing raise
/// the background above this pair's score. The close circle reports it, and explain names all
/// four members (the housing one only since "conversational AI" matches the chatbot concept
/// written in capitals); with `close_circles = false` the background rule stops it.
#[test]
fn a_close_circle_reports_a_pair_below_its_background_and_names_its_members() {
    const STUDENT_BOT: &str = "Department for Education and Skills:DES/25/083";
    const VEHICLE_BOT: &str = "Driver and Vehicle Registration Agency:DV2253";
    overlap()
        .args(["--quiet", "explain", "--input"])
        .arg(sample())
        .args([STUDENT_BOT, VEHICLE_BOT])
        .assert()
        .success()
        .stdout(predicate::str::contains("[matching] close_circles"))
        .stdout(predicate::str::contains("these 4 efforts"))
        .stdout(predicate::str::contains(
            "\"Tax Helpline Virtual Assistant\"",
        ))
        .stdout(predicate::str::contains(
            "\"Conversational AI for Housing Enquiries\"",
        ));
    let dir = tempfile::tempdir().expect("tempdir");
    let config = dir.path().join("overlap.toml");
    std::fs::write(&config, "[matching]\nclose_circles = false\n").expect("write config");
    overlap()
        .args(["--quiet", "explain", "--input"])
        .arg(sample())
        .arg("--config")
        .arg(&config)
        .args([STUDENT_BOT, VEHICLE_BOT])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Not reported: the score does not stand out",
        ));
}

/// The housing and tax chatbots (planted, G27) score only 0.22: below the report threshold,
/// and not leading their next-closest candidates. They are in the chatbots' close circle, which
/// the student finance and vehicle tax pair makes, and both name the chatbot component, so the
/// circle reports them; without close circles the threshold stops them.
#[test]
fn a_close_circle_reports_its_weak_pair_that_shares_a_component() {
    const HOUSING_BOT: &str = "Ministry of Housing and Local Communities:MHLC-078";
    const TAX_BOT: &str = "National Revenue and Customs Service:R0165";
    overlap()
        .args(["--quiet", "explain", "--input"])
        .arg(sample())
        .args([HOUSING_BOT, TAX_BOT])
        .assert()
        .success()
        .stdout(predicate::str::contains("Reported with its close circle"))
        .stdout(predicate::str::contains("\"Student Finance Webchat Bot\""))
        .stdout(predicate::str::contains(
            "name \"chatbot\", a common component",
        ));
    let dir = tempfile::tempdir().expect("tempdir");
    let config = dir.path().join("overlap.toml");
    std::fs::write(&config, "[matching]\nclose_circles = false\n").expect("write config");
    overlap()
        .args(["--quiet", "explain", "--input"])
        .arg(sample())
        .arg("--config")
        .arg(&config)
        .args([HOUSING_BOT, TAX_BOT])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Not reported: the score is below the report threshold",
        ));
}

/// Government's own names for common services are phrases of the built-in concepts: "Find a
/// Job" is job search, so it shares the concept with "Teaching Vacancies" (planted, G33, a
/// pair whose names share no word) and the pair stands out; "Digital Identity" is identity
/// verification, so its name shares the concept with "Prove Your Identity Online" (G07).
#[test]
fn government_names_for_common_services_are_concepts() {
    overlap()
        .args(["--quiet", "explain", "--input"])
        .arg(sample())
        .args([
            "Department for Employment and Pensions:DEP/2019/076",
            "Department for Education and Skills:DES/18/056",
        ])
        .assert()
        .success()
        .stdout(
            predicate::str::is_match(
                r#"(?s)Name:[^:]*: Find a Job\n.*both mention: "job vacancy".*Description:"#,
            )
            .expect("regex"),
        )
        .stdout(predicate::str::contains(
            "Reported: the score is at or above the report threshold",
        ));
    overlap()
        .args(["--quiet", "explain", "--input"])
        .arg(sample())
        .args([
            "Department for Employment and Pensions:DEP/2025/123",
            "National Revenue and Customs Service:R0180",
        ])
        .assert()
        .success()
        .stdout(
            predicate::str::is_match(
                r#"(?s)Name:.*both mention: "identity verification".*Description:"#,
            )
            .expect("regex"),
        );
}

/// Licence fees and visa fees are different subjects, but both services take card payments:
/// the built-in card-payment concept is the common component that ties them, as neither
/// department has many efforts that name it.
#[test]
fn a_shared_payment_component_ties_two_fee_services() {
    overlap()
        .args(["--quiet", "explain", "--input"])
        .arg(sample())
        .args([
            "Department for Culture, Heritage and Sport:CHS0010",
            "Home Affairs Office:HAO-0015",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains("both mention: \"card payment\""))
        .stdout(predicate::str::contains("Reported: "));
}

#[test]
fn efforts_in_one_department_are_never_reported() {
    overlap()
        .args(["--quiet", "explain", "--input"])
        .arg(sample())
        .args([PQ_HEALTH, "Ministry of Health and Care:MHC-0042"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "both efforts are in the same department",
        ));
}

#[test]
fn an_unknown_key_names_the_closest_keys() {
    overlap()
        .args(["--quiet", "explain", "--input"])
        .arg(sample())
        .args(["Ministry of Health and Care:MHC-0137X", PQ_EDUCATION])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("closest"))
        .stderr(predicate::str::contains(PQ_HEALTH));
}

/// With --out, the inputs and the config come from the pack's run.json: a report threshold of
/// 0.99 there must turn the verdict.
#[test]
fn uses_the_inputs_and_config_recorded_in_the_pack() {
    let pack = tempfile::tempdir().expect("tempdir");
    let run_json = serde_json::json!({
        "inputs": [sample().display().to_string()],
        "config": { "matching": { "report_threshold": 0.99 } }
    });
    std::fs::write(pack.path().join("run.json"), run_json.to_string()).expect("write run.json");
    overlap()
        .args(["--quiet", "explain", "--out"])
        .arg(pack.path())
        .args([PQ_HEALTH, PQ_EDUCATION])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "below the report threshold of 0.99",
        ));
}

#[test]
fn a_folder_that_is_not_a_pack_is_a_usage_error() {
    let dir = tempfile::tempdir().expect("tempdir");
    overlap()
        .args(["explain", "--out"])
        .arg(dir.path())
        .args([PQ_HEALTH, PQ_EDUCATION])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("run.json"));
}
