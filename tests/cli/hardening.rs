//! Hardening (issue 6): hostile and broken catalogues, faults during a run, and determinism.
//!
//! - The nasty corpus: each catalogue in `tests/fixtures/nasty/` (and three too big to commit,
//!   generated here into a temporary folder: a 100 MB field, a million-column header, a file
//!   of NUL bytes) has a test asserting the exact outcome of `overlap validate`: exit code,
//!   every problem's line, column, code and key phrase, and the accounting
//!   (rows read = accepted + rejected); and, at library level, what was read from it.
//! - Run-level outcomes (department names that are paths stay inside the pack; HTML and
//!   spreadsheet formulas are neutralised), faults (output not writable, disk full, killed
//!   mid-run, an input gone between listing and reading) and determinism (byte-identical
//!   packs across thread counts, runs and listing order) need `overlap run`, so they pass only
//!   once matching and the pack writer are merged.
//!
//! Inputs are checksummed before and after every run: they are never modified.
//!
//! This file holds the helpers; the tests are in `corpus` (the nasty catalogues), `outcomes`
//! (what a run makes of hostile text), `faults` and `determinism`.

mod corpus;
mod determinism;
mod faults;
mod outcomes;

use crate::common::{fixture, overlap, root};
use overlap::config::Config;
use overlap::ingest::{FileResult, collect_files, ingest_files, ingest_paths, read_bytes};
use overlap::ui::Ui;
use serde_json::Value;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

/// One problem as `validate --format json` gives it.
#[derive(Debug, PartialEq)]
struct Found {
    line: u64,
    column: u64,
    severity: String,
    code: String,
    message: String,
}

/// What `overlap validate --format json FILE` said, with the accounting already checked.
struct Validated {
    exit: i32,
    problems: Vec<Found>,
    doc: Value,
}

impl Validated {
    fn totals(&self) -> (u64, u64, u64) {
        let t = &self.doc["totals"];
        let n = |k: &str| t[k].as_u64().unwrap_or(u64::MAX);
        (n("rows_read"), n("rows_accepted"), n("rows_rejected"))
    }
}

fn parse_validate(stdout: &[u8], exit: i32) -> Validated {
    let doc: Value = serde_json::from_slice(stdout).unwrap_or_else(|e| {
        panic!(
            "stdout is not JSON ({e}): {}",
            String::from_utf8_lossy(stdout)
        )
    });
    let text = |p: &Value, k: &str| p[k].as_str().unwrap_or_default().to_string();
    let problems = doc["problems"]
        .as_array()
        .expect("problems array")
        .iter()
        .map(|p| Found {
            line: p["line"].as_u64().unwrap_or(0),
            column: p["column"].as_u64().unwrap_or(0),
            severity: text(p, "severity"),
            code: text(p, "code"),
            message: text(p, "message"),
        })
        .collect();
    let v = Validated {
        exit,
        problems,
        doc,
    };
    for f in v.doc["files"].as_array().expect("files array") {
        let n = |k: &str| f[k].as_u64().unwrap_or(u64::MAX);
        assert_eq!(
            n("rows_read"),
            n("rows_accepted") + n("rows_rejected"),
            "accounting for {f}"
        );
    }
    let (read, accepted, rejected) = v.totals();
    assert_eq!(read, accepted + rejected, "total accounting");
    v
}

fn validate(path: &Path) -> Validated {
    let out = overlap()
        .args(["validate", "--format", "json"])
        .arg(path)
        .output()
        .expect("runs");
    parse_validate(&out.stdout, out.status.code().unwrap_or(-1))
}

/// Asserts the problems are exactly `expected` (line, column, severity, code, phrases).
fn expect_problems(v: &Validated, expected: &[(u64, u64, &str, &str, &[&str])]) {
    assert_eq!(
        v.problems.len(),
        expected.len(),
        "problems: {:#?}",
        v.problems
    );
    for (p, (line, column, severity, code, phrases)) in v.problems.iter().zip(expected) {
        assert_eq!(
            (p.line, p.column, p.severity.as_str(), p.code.as_str()),
            (*line, *column, *severity, *code),
            "{p:#?}"
        );
        for phrase in *phrases {
            assert!(
                p.message.contains(phrase),
                "{:?} lacks {phrase:?}",
                p.message
            );
        }
    }
}

/// Reads a nasty fixture at library level.
fn read_nasty(name: &str) -> FileResult {
    let bytes = std::fs::read(fixture(&format!("nasty/{name}"))).expect("fixture reads");
    read_bytes(name, &bytes, &Config::default())
}

fn nasty(name: &str) -> PathBuf {
    fixture(&format!("nasty/{name}"))
}

// Helpers for runs.

/// SHA-256 of every file under `dir`, by path relative to it.
fn checksums(dir: &Path) -> BTreeMap<String, String> {
    files_under(dir)
        .into_iter()
        .map(|(rel, bytes)| (rel, format!("{:x}", Sha256::digest(bytes))))
        .collect()
}

/// Every file under `dir` with its bytes, by relative path with `/` separators.
fn files_under(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).expect("read dir") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let rel = path.strip_prefix(dir).expect("under dir");
                let rel: Vec<String> = rel
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy().into_owned())
                    .collect();
                out.insert(rel.join("/"), std::fs::read(&path).expect("read"));
            }
        }
    }
    out
}

/// A period folder `<root>/2026-11` holding the sample catalogues and the named nasty
/// fixtures, copied in the given order (`reverse` copies them last-first).
fn period_folder(root_dir: &Path, extra: &[&str], reverse: bool) -> PathBuf {
    let period = root_dir.join("2026-11");
    std::fs::create_dir_all(&period).expect("mkdir");
    let mut sources: Vec<PathBuf> =
        collect_files(&[root().join("sample-data/2026-11")]).expect("sample data");
    sources.extend(extra.iter().map(|n| nasty(n)));
    if reverse {
        sources.reverse();
    }
    for s in sources {
        std::fs::copy(&s, period.join(s.file_name().expect("name"))).expect("copy");
    }
    period
}

fn run_ok(cwd: &Path, args: &[&str]) -> std::process::Output {
    let out = overlap()
        .current_dir(cwd)
        .arg("run")
        .args(args)
        .output()
        .expect("runs");
    assert_eq!(
        out.status.code(),
        Some(0),
        "overlap run {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}
