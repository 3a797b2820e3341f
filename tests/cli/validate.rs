//! Integration tests for `overlap validate` and `overlap template`: one fixture per kind of
//! problem (exact file, line, column, a key phrase of the message, and the exit code), the
//! formats that must read cleanly, the planted errors of the sample data, and the configs for
//! the two real data sets (on excerpts copied into `tests/fixtures/ingest/`, see SOURCES.md).

use crate::common::{fixture, overlap, root};
use overlap::ingest::schema::Column;
use serde_json::Value;
use std::path::Path;

/// One problem as the JSON output gives it.
#[derive(Debug, PartialEq)]
struct Found {
    file: String,
    line: u64,
    column: u64,
    severity: String,
    code: String,
    message: String,
}

/// Runs `overlap validate --format json ARGS...` and returns the exit code and the document.
fn validate_json(args: &[&str]) -> (i32, Value) {
    let out = overlap()
        .arg("validate")
        .arg("--format")
        .arg("json")
        .args(args)
        .output()
        .expect("runs");
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "stdout is not JSON ({e}): {}",
            String::from_utf8_lossy(&out.stdout)
        )
    });
    (out.status.code().unwrap_or(-1), doc)
}

fn problems(doc: &Value) -> Vec<Found> {
    let text = |p: &Value, k: &str| p[k].as_str().unwrap_or_default().to_string();
    doc["problems"]
        .as_array()
        .expect("problems array")
        .iter()
        .map(|p| Found {
            file: text(p, "file"),
            line: p["line"].as_u64().unwrap_or(0),
            column: p["column"].as_u64().unwrap_or(0),
            severity: text(p, "severity"),
            code: text(p, "code"),
            message: text(p, "message"),
        })
        .collect()
}

fn path_str(p: &Path) -> String {
    p.display().to_string()
}

/// Validates one problem fixture (with optional config) and checks that it reports exactly
/// one problem, where and what the fixture was written to contain.
fn expect_one(
    name: &str,
    config: Option<&str>,
    line: u64,
    column: u64,
    code: &str,
    phrases: &[&str],
    exit: i32,
) -> Value {
    let file = fixture(&format!("ingest/problems/{name}"));
    let config_path = config.map(|c| path_str(&fixture(&format!("ingest/{c}"))));
    let mut args: Vec<String> = Vec::new();
    if let Some(c) = &config_path {
        args.extend(["--config".to_string(), c.clone()]);
    }
    args.push(path_str(&file));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let (code_seen, doc) = validate_json(&args);
    let found = problems(&doc);
    assert_eq!(found.len(), 1, "{name}: {found:#?}");
    let p = &found[0];
    assert_eq!(
        (p.file.as_str(), p.line, p.column, p.code.as_str()),
        (path_str(&file).as_str(), line, column, code),
        "{name}: {p:#?}"
    );
    for phrase in phrases {
        assert!(
            p.message.contains(phrase),
            "{name}: {:?} lacks {phrase:?}",
            p.message
        );
    }
    assert_eq!(code_seen, exit, "{name}: exit code");
    let totals = &doc["totals"];
    assert_eq!(
        totals["rows_read"].as_u64(),
        totals["rows_accepted"]
            .as_u64()
            .zip(totals["rows_rejected"].as_u64())
            .map(|(a, r)| a + r),
        "{name}: accounting"
    );
    doc
}

// Fixture rows use the header department,record_id,name,description,kind,phase,start_date,
// end_date,budget_gbp,contact_email (columns 1-10); the header is line 1, rows follow.

#[test]
fn missing_required_column_is_reported_for_the_file() {
    let doc = expect_one(
        "missing-column.csv",
        None,
        1,
        1,
        "missing-column",
        &[
            "missing required column 'description'",
            "headers seen: department, record_id, name, Descripton",
            "closest is 'Descripton'",
        ],
        1,
    );
    // Both data rows count as read and rejected.
    assert_eq!(doc["files"][0]["rows_read"], 2);
    assert_eq!(doc["files"][0]["rows_rejected"], 2);
    assert_eq!(doc["files"][0]["file_rejected"], true);
}

#[test]
fn empty_required_field() {
    expect_one(
        "empty-required.csv",
        None,
        3,
        3,
        "empty-required",
        &["name is empty"],
        1,
    );
}

#[test]
fn duplicate_record_id_names_the_first_line() {
    let doc = expect_one(
        "duplicate-id.csv",
        None,
        5,
        2,
        "duplicate-id",
        &["'DFT-002'", "already used on line 3"],
        1,
    );
    assert_eq!(doc["totals"]["rows_accepted"], 3);
}

#[test]
fn unparseable_date() {
    expect_one(
        "bad-date.csv",
        None,
        4,
        7,
        "bad-date",
        &["'31/02/2026'", "no 31 February 2026"],
        1,
    );
}

#[test]
fn unparseable_budget() {
    expect_one(
        "bad-budget.csv",
        None,
        3,
        9,
        "bad-budget",
        &["'about two million' is not an amount of money", "£1.2m"],
        1,
    );
}

#[test]
fn end_date_before_start_date() {
    expect_one(
        "end-before-start.csv",
        None,
        3,
        8,
        "end-before-start",
        &["end date (31/03/2026) is before start date (01/09/2026)"],
        1,
    );
}

#[test]
fn unknown_phase_lists_the_allowed_values() {
    expect_one(
        "unknown-phase.csv",
        None,
        5,
        6,
        "unknown-phase",
        &[
            "unknown phase 'pilot'",
            "discovery, alpha, beta, live, retiring, retired",
        ],
        1,
    );
}

#[test]
fn unknown_kind_lists_the_allowed_values() {
    expect_one(
        "unknown-kind.csv",
        None,
        3,
        5,
        "unknown-kind",
        &[
            "unknown kind 'programme'",
            "project, service, platform, contract",
        ],
        1,
    );
}

#[test]
fn ragged_row_points_past_the_last_header_column() {
    // The description holds two unquoted commas: 12 fields against a 10-column header.
    expect_one(
        "ragged-row.csv",
        None,
        3,
        11,
        "ragged-row",
        &["row has 12 fields but the header has 10", "quotes"],
        1,
    );
}

#[test]
fn unclosed_quote_at_the_end_says_which_lines_it_swallowed() {
    let doc = expect_one(
        "unclosed-quote-at-end.csv",
        None,
        3,
        4,
        "unclosed-quote",
        &["never closed", "lines 3 to 4"],
        1,
    );
    assert_eq!(doc["totals"]["rows_read"], 2);
    assert_eq!(doc["totals"]["rows_accepted"], 1);
}

#[test]
fn unclosed_quote_closed_by_a_later_row_is_found_by_the_row_width() {
    // Row 3 opens a quote in column 4 that only the quote on line 4 closes.
    let doc = expect_one(
        "unclosed-quote.csv",
        None,
        3,
        4,
        "unclosed-quote",
        &[
            "runs from line 3 to line 4",
            "7 fields instead of 10",
            "unbalanced",
        ],
        1,
    );
    assert_eq!(doc["totals"]["rows_read"], 2);
}

#[test]
fn field_over_the_size_limit() {
    expect_one(
        "field-too-long.csv",
        Some("small-fields.toml"),
        3,
        4,
        "field-too-long",
        &[
            "150 bytes long",
            "over the limit of 100 bytes",
            "max_field_bytes",
        ],
        1,
    );
}

#[test]
fn empty_file() {
    let doc = expect_one(
        "empty-file.csv",
        None,
        1,
        1,
        "empty-file",
        &["the file is empty", "overlap template"],
        1,
    );
    assert_eq!(doc["totals"]["rows_read"], 0);
}

#[test]
fn file_that_is_not_text() {
    expect_one(
        "not-text.csv",
        None,
        1,
        1,
        "not-text",
        &["not text", "NUL bytes", ".xlsx"],
        1,
    );
}

#[test]
fn header_without_rows_is_only_a_warning() {
    let doc = expect_one("no-rows.csv", None, 1, 1, "no-rows", &["no rows"], 0);
    assert_eq!(problems(&doc)[0].severity, "warning");
}

#[test]
fn odd_email_is_a_warning_and_keeps_the_row() {
    let doc = expect_one(
        "bad-email.csv",
        None,
        2,
        10,
        "bad-email",
        &["'transport team'", "does not look like an e-mail"],
        0,
    );
    assert_eq!(doc["totals"]["rows_accepted"], 1);
}

#[test]
fn line_numbers_count_line_breaks_inside_quoted_fields() {
    // Row 1's description holds three line breaks (lines 2-5); row 2 is line 6; row 3 line 7.
    expect_one(
        "line-breaks.csv",
        None,
        7,
        6,
        "unknown-phase",
        &["'pilot'"],
        1,
    );
}

#[test]
fn text_output_is_file_line_column_severity_message() {
    let file = fixture("ingest/problems/bad-date.csv");
    let out = overlap().arg("validate").arg(&file).output().expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout);
    let first = stdout.lines().next().unwrap_or_default();
    assert!(
        first.starts_with(&format!(
            "{}:4:7: error: start_date: '31/02/2026'",
            file.display()
        )),
        "{first}"
    );
    // The summary table follows, with the file's counts.
    let table_row = stdout
        .lines()
        .find(|l| l.starts_with(&path_str(&file)) && !l.contains(": error:"));
    let numbers: Vec<&str> = table_row
        .unwrap_or_default()
        .split_whitespace()
        .skip(1)
        .collect();
    assert_eq!(numbers, ["3", "2", "1", "0"], "{stdout}");
    assert!(stdout.contains("1 error: 1 row rejected"), "{stdout}");
}

#[test]
fn quiet_prints_only_the_problems() {
    let file = fixture("ingest/problems/bad-date.csv");
    let out = overlap()
        .args(["-q", "validate"])
        .arg(&file)
        .output()
        .expect("runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(stdout.lines().count(), 1, "{stdout}");
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn formats_read_cleanly_from_a_folder_in_sorted_order() {
    let folder = fixture("ingest/formats");
    let (code, doc) = validate_json(&[&path_str(&folder)]);
    assert_eq!(code, 0);
    let files: Vec<&str> = doc["files"]
        .as_array()
        .expect("files")
        .iter()
        .map(|f| f["file"].as_str().unwrap_or(""))
        .collect();
    let names: Vec<String> = [
        "semicolon.csv",
        "tab.csv",
        "utf8-bom.csv",
        "windows-1252.csv",
    ]
    .iter()
    .map(|n| path_str(&folder.join(n)))
    .collect();
    assert_eq!(files, names);
    let field = |i: usize, k: &str| doc["files"][i][k].clone();
    assert_eq!(
        (field(0, "delimiter"), field(0, "rows_accepted")),
        (";".into(), 1.into())
    );
    assert_eq!(
        (field(1, "delimiter"), field(1, "rows_accepted")),
        ("\\t".into(), 1.into())
    );
    assert_eq!(
        (field(2, "encoding"), field(2, "rows_accepted")),
        ("utf-8-bom".into(), 3.into())
    );
    assert_eq!(
        (field(3, "encoding"), field(3, "rows_accepted")),
        ("windows-1252".into(), 3.into())
    );
    // The only problem: one file-level warning about the encoding.
    let found = problems(&doc);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(
        (found[0].line, found[0].column, found[0].code.as_str()),
        (1, 1, "encoding")
    );
    assert_eq!(found[0].file, names[3]);
    assert!(found[0].message.contains("windows-1252"));
}

#[test]
fn missing_path_is_a_usage_error() {
    let out = overlap()
        .args(["validate", "no/such/catalogue.csv"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr)
            .contains("no/such/catalogue.csv: no such file or folder")
    );
}

#[test]
fn folder_without_csv_files_is_a_usage_error() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = overlap()
        .arg("validate")
        .arg(dir.path())
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("holds no .csv files"));
}

/// The planted invalid rows of sample-data/2026-11 (sample-data/README.md, "Planted invalid
/// rows"): exactly these, all in mjc.csv, and nothing else anywhere.
#[test]
fn sample_data_reports_exactly_the_planted_invalid_rows() {
    let folder = root().join("sample-data/2026-11");
    let mjc = folder.join("mjc.csv");
    let header = std::fs::read_to_string(&mjc).expect("mjc.csv");
    let header: Vec<&str> = header
        .lines()
        .next()
        .unwrap_or_default()
        .split(',')
        .collect();
    let col = |h: &str| {
        header
            .iter()
            .position(|x| *x == h)
            .map(|i| i as u64 + 1)
            .expect(h)
    };
    let planted = [
        (8, col("Project Name"), "empty-required", "name is empty"),
        (17, col("Record ID"), "duplicate-id", "first"),
        (27, col("Start Date"), "bad-date", "31/02/2026"),
        (36, col("Budget (£)"), "bad-budget", "about two million"),
        (
            46,
            col("End Date"),
            "end-before-start",
            "(31/03/2026) is before start date (01/09/2026)",
        ),
        (55, col("Phase"), "unknown-phase", "'pilot'"),
    ];
    let (code, doc) = validate_json(&[&path_str(&folder)]);
    assert_eq!(code, 1);
    let found = problems(&doc);
    assert_eq!(found.len(), planted.len(), "{found:#?}");
    for (p, (line, column, code, phrase)) in found.iter().zip(planted) {
        let phrase = if code == "duplicate-id" {
            "already used on line 13"
        } else {
            phrase
        };
        assert_eq!(
            (p.file.as_str(), p.line, p.column, p.code.as_str()),
            (path_str(&mjc).as_str(), line, column, code)
        );
        assert!(
            p.message.contains(phrase),
            "{:?} lacks {phrase:?}",
            p.message
        );
    }
    assert_eq!(doc["totals"]["files"], 13);
    assert_eq!(doc["totals"]["rows_rejected"], 6);
    assert_eq!(doc["totals"]["warnings"], 0);
}

#[test]
fn us_programs_config_maps_someone_elses_headers_in_few_lines() {
    let config = fixture("ingest/us-programs.toml");
    let lines = std::fs::read_to_string(&config).expect("config");
    let meaningful = lines
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        .count();
    assert!(meaningful <= 10, "{meaningful} lines");
    let file = fixture("ingest/us-programs/programs.csv");
    let (code, doc) = validate_json(&["--config", &path_str(&config), &path_str(&file)]);
    // Four rows; ND.001 (line 5) has an empty description, column 3.
    let found = problems(&doc);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(
        (found[0].line, found[0].column, found[0].code.as_str()),
        (5, 3, "empty-required")
    );
    assert_eq!(
        (
            doc["totals"]["rows_read"].clone(),
            doc["totals"]["rows_accepted"].clone()
        ),
        (4.into(), 3.into())
    );
    assert_eq!(code, 1);
}

#[test]
fn gmpp_config_reads_the_excerpt_cleanly() {
    let config = fixture("ingest/gmpp.toml");
    let file = fixture("ingest/gmpp/gmpp-2020.csv");
    let out = overlap()
        .args(["-v", "validate", "--format", "json", "--config"])
        .arg(&config)
        .arg(&file)
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0));
    let doc: Value = serde_json::from_slice(&out.stdout).expect("json");
    assert!(problems(&doc).is_empty(), "{:#?}", problems(&doc));
    assert_eq!(doc["totals"]["rows_accepted"], 7);
    // -v says which columns were left out.
    assert!(String::from_utf8_lossy(&out.stderr).contains("'delivery_confidence' ignored"));
}

#[test]
fn template_header_has_every_column_in_canonical_names() {
    let out = overlap().arg("template").output().expect("runs");
    assert_eq!(out.status.code(), Some(0));
    let stdout = String::from_utf8_lossy(&out.stdout);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 2, "a header and one example row");
    assert_eq!(lines[0], Column::names().join(","));
}

#[test]
fn template_validates_cleanly() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("dft.csv");
    overlap()
        .arg("template")
        .arg("--out")
        .arg(&path)
        .assert()
        .success();
    let (code, doc) = validate_json(&[&path_str(&path)]);
    assert_eq!(code, 0);
    assert!(problems(&doc).is_empty(), "{:#?}", problems(&doc));
    assert_eq!(doc["totals"]["rows_accepted"], 1);
}

#[test]
fn template_refuses_to_overwrite_a_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("mine.csv");
    std::fs::write(&path, "precious").expect("write");
    let out = overlap()
        .arg("template")
        .arg("--out")
        .arg(&path)
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("already exists"));
    assert_eq!(std::fs::read_to_string(&path).expect("read"), "precious");
}
