//! Integration tests for `overlap run`: the pipeline's edges (exit codes, early checks, strict
//! mode) and the README's config examples. What the pack holds is tested in `pack.rs`.

use crate::common::{overlap, root};

#[test]
fn a_run_with_rejected_rows_writes_the_pack_and_exits_0() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("pack");
    let output = overlap()
        .current_dir(root())
        .args(["run", "sample-data/2026-11", "--out"])
        .arg(&out)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    // 730 rows, 6 of them planted invalid rows in mjc.csv (sample-data/README.md).
    assert!(
        stdout.contains("724 efforts from 13 departments (6 rows rejected)"),
        "{stdout}"
    );
    assert_eq!(stderr.matches("mjc.csv:").count(), 6, "{stderr}");
    assert!(out.join("index.html").is_file());
}

#[test]
fn strict_mode_writes_the_pack_then_exits_1() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("pack");
    let output = overlap()
        .current_dir(root())
        .args(["-q", "run", "sample-data/2026-11", "--strict", "--out"])
        .arg(&out)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(
        out.join("validation.csv").is_file(),
        "the pack is still written"
    );
}

#[test]
fn an_existing_pack_is_not_replaced_without_force() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("2026-11");
    std::fs::create_dir(&out).unwrap();
    std::fs::write(out.join("keep.txt"), "mine").unwrap();
    let output = overlap()
        .current_dir(root())
        .args(["run", "sample-data/2026-11", "--out"])
        .arg(&out)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(3));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("already exists") && stderr.contains("--force"),
        "{stderr}"
    );
    // Checked before any work: nothing was ingested, so no row problems were printed.
    assert!(!stderr.contains("mjc.csv"), "{stderr}");
    assert_eq!(
        std::fs::read_to_string(out.join("keep.txt")).unwrap(),
        "mine"
    );
}

#[test]
fn usage_errors_exit_2_with_what_to_do() {
    let tmp = tempfile::tempdir().unwrap();
    let cases: &[(&[&str], &str)] = &[
        (&["run", "no/such/folder"], "does not exist"),
        (
            &["run", "sample-data/2026-11", "--period", "2026-13"],
            "not YYYY-MM",
        ),
        (
            &["run", "sample-data/2026-11", "--threads", "0"],
            "at least 1",
        ),
        // A folder not named YYYY-MM needs --period.
        (&["run", "tests/fixtures/ingest/formats"], "--period"),
    ];
    for (args, phrase) in cases {
        let output = overlap()
            .current_dir(root())
            .args(*args)
            .arg("--out")
            .arg(tmp.path().join("never"))
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(stderr.contains(phrase), "{args:?}: {stderr}");
        assert!(!tmp.path().join("never").exists());
    }
}

#[test]
fn the_period_comes_from_the_folder_name() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("pack");
    overlap()
        .current_dir(root())
        .args(["-q", "run", "sample-data/2026-10", "--out"])
        .arg(&out)
        .assert()
        .success();
    let run: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out.join("run.json")).unwrap()).unwrap();
    assert_eq!(run["period"], "2026-10", "{run}");
}

/// Every TOML block in the README is a config a user may copy: each must pass `config --check`.
#[test]
fn the_readme_config_examples_are_valid() {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let blocks: Vec<&str> = readme
        .split("```toml\n")
        .skip(1)
        .map(|rest| rest.split("```").next().unwrap())
        .collect();
    assert!(blocks.len() >= 3, "README has its config examples");
    let tmp = tempfile::tempdir().unwrap();
    for (i, block) in blocks.iter().enumerate() {
        let path = tmp.path().join(format!("example-{i}.toml"));
        std::fs::write(&path, block).unwrap();
        let output = overlap()
            .args(["config", "--check"])
            .arg(&path)
            .output()
            .unwrap();
        assert!(
            output.status.success(),
            "README example {i} is not a valid config: {}\n{block}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
}

/// Catalogues without budgets: the summary line and opportunities.csv say 0, not "-0.0"
/// (Rust's f64 sum of nothing is negative zero).
#[test]
fn an_opportunity_without_budgets_totals_zero_not_negative_zero() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("in");
    std::fs::create_dir(&input).unwrap();
    let header = "department,record_id,name,description,kind,phase,capabilities\n";
    let row = |department: &str, id: &str| {
        format!(
            "{department},{id},Seabird Colony Survey Mapping,\"Maps seabird colonies on the \
             Kestrel Islands from drone survey imagery, with nesting counts each spring.\",\
             service,beta,drone survey;colony mapping\n"
        )
    };
    for (file, department, id) in [
        ("a.csv", "Alpha Office", "A1"),
        ("b.csv", "Beta Office", "B1"),
    ] {
        std::fs::write(input.join(file), format!("{header}{}", row(department, id))).unwrap();
    }
    let out = tmp.path().join("pack");
    let output = overlap()
        .args(["run", "--period", "2026-11", "--no-previous", "--out"])
        .arg(&out)
        .arg(&input)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.contains("1 opportunities involving £0\n"),
        "{stdout}"
    );
    let opportunities = std::fs::read_to_string(out.join("opportunities.csv")).unwrap();
    assert!(!opportunities.contains("-0"), "{opportunities}");
}
