//! Tests of one file's ingest through `read_bytes`: line numbers, typed values, every kind of
//! problem, configs, and property tests of the accounting invariant on broken input.

use super::*;
use crate::model::{Phase, Severity};
use crate::ui::Ui;
use proptest::prelude::*;
use std::collections::BTreeSet;

const HEADER: &str = "department,record_id,name,description,phase,start_date,end_date,budget_gbp";

fn read(text: &str) -> FileResult {
    read_bytes("t.csv", text.as_bytes(), &Config::default())
}

fn codes(r: &FileResult) -> Vec<(u64, u64, &str)> {
    r.problems
        .iter()
        .map(|p| (p.line, p.column, p.code.as_str()))
        .collect()
}

fn assert_accounting(r: &FileResult) {
    let s = &r.summary;
    assert_eq!(s.rows_read, s.rows_accepted + s.rows_rejected, "{s:?}");
    assert_eq!(r.records.len() as u64, s.rows_accepted);
    let errors = r
        .problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .count() as u64;
    assert_eq!(errors, s.errors);
    assert_eq!(r.problems.len() as u64, s.errors + s.warnings);
    assert!(
        s.rows_rejected <= s.errors || s.file_rejected,
        "a rejected row has an error"
    );
    let keys: Vec<(u64, u64)> = r.problems.iter().map(|p| (p.line, p.column)).collect();
    assert!(keys.windows(2).all(|w| w[0] <= w[1]), "problems sorted");
    assert!(r.problems.iter().all(|p| p.line >= 1 && p.column >= 1));
}

#[test]
fn line_numbers_count_crlf_blank_lines_and_breaks_inside_quotes() {
    let text = format!(
        "{HEADER}\r\nD,1,A,\"two\r\nlines\",live,,,\r\n\r\nD,2,B,desc,pilot,,,\r\nD,3,C,\"x\ny\nz\",live,,,\nD,4,E,d,nope,,,\n"
    );
    let r = read(&text);
    assert_eq!(
        codes(&r),
        vec![(5, 5, "unknown-phase"), (9, 5, "unknown-phase")]
    );
    assert_eq!(
        r.records.iter().map(|x| x.source.line).collect::<Vec<_>>(),
        vec![2, 6]
    );
    assert_eq!(r.records[0].description, "two\r\nlines");
    assert_accounting(&r);
}

#[test]
fn header_after_blank_lines_keeps_its_line() {
    let r = read(&format!("\n\n{HEADER}\nD,1,A,d,pilot,,,\n"));
    assert_eq!(codes(&r), vec![(4, 5, "unknown-phase")]);
}

#[test]
fn one_row_can_have_several_errors_and_is_rejected_once() {
    let r = read(&format!("{HEADER}\nD,1,,,pilot,31/02/2026,,lots\n"));
    assert_eq!(
        codes(&r),
        vec![
            (2, 3, "empty-required"),
            (2, 4, "empty-required"),
            (2, 5, "unknown-phase"),
            (2, 6, "bad-date"),
            (2, 8, "bad-budget")
        ]
    );
    assert_eq!((r.summary.rows_read, r.summary.rows_rejected), (1, 1));
    assert_accounting(&r);
}

#[test]
fn values_are_typed() {
    let r = read(&format!(
        "{HEADER}\nD , 1 ,A,d, Live ,01.11.18,2026-11-01,£1.2m\n"
    ));
    let rec = &r.records[0];
    assert_eq!(
        (rec.department.as_str(), rec.record_id.as_str()),
        ("D", "1")
    );
    assert_eq!(rec.phase, Some(Phase::Live));
    assert_eq!(
        rec.start_date.map(|d| d.to_string()).as_deref(),
        Some("2018-11-01")
    );
    assert_eq!(rec.budget_gbp, Some(1_200_000.0));
}

#[test]
fn blank_rows_are_not_rows() {
    let r = read(&format!("{HEADER}\n,,,,,,,\nD,1,A,d,,,,\n , ,,,,,,\n"));
    assert!(r.problems.is_empty(), "{:?}", r.problems);
    assert_eq!(r.summary.rows_read, 1);
}

#[test]
fn rows_of_the_wrong_width_are_ragged() {
    let r = read(&format!("{HEADER}\nD,1,A,d,,,,,,\nD,2,A,d,,,,\nD,3,A,d\n"));
    assert_eq!(codes(&r), vec![(2, 9, "ragged-row"), (4, 5, "ragged-row")]);
    assert_accounting(&r);
}

#[test]
fn missing_column_rejects_every_row() {
    let r = read("department,record_id,name,descripton\nD,1,A,d\nD,2,B,e\n");
    assert_eq!(codes(&r), vec![(1, 1, "missing-column")]);
    assert!(r.problems[0].message.contains("closest is 'descripton'"));
    assert_eq!((r.summary.rows_read, r.summary.rows_rejected), (2, 2));
    assert!(r.summary.file_rejected);
    assert_accounting(&r);
}

#[test]
fn duplicate_ids_are_per_department() {
    let r = read(&format!(
        "{HEADER}\nD,1,A,d,,,,\nE,1,A,d,,,,\nD,1,B,d,,,,\n"
    ));
    assert_eq!(codes(&r), vec![(4, 2, "duplicate-id")]);
    assert!(r.problems[0].message.contains("line 2"));
    assert_eq!(r.records.len(), 2);
}

#[test]
fn department_from_file_stem() {
    let mut config = Config::default();
    config.input.department_from = DepartmentFrom::FileStem;
    config.columns.insert("Department".into(), "owner".into());
    let r = read_bytes(
        "x/dft.csv",
        b"record_id,name,description,department\n1,A,d,Roads\n",
        &config,
    );
    assert_eq!(r.records[0].department, "dft");
    assert_eq!(r.records[0].owner.as_deref(), Some("Roads"));
}

#[test]
fn semicolon_and_tab_files_are_read() {
    for d in [";", "\t"] {
        let text = format!("{HEADER}\nD,1,A,d,live,,,\n").replace(',', d);
        let r = read(&text);
        assert!(r.problems.is_empty(), "{:?}", r.problems);
        assert_eq!(r.records.len(), 1);
    }
}

#[test]
fn field_over_the_limit_rejects_the_row() {
    let mut config = Config::default();
    config.input.max_field_bytes = 10;
    let text = format!("{HEADER}\nD,1,A,{},,,,\n", "x".repeat(11));
    let r = read_bytes("t.csv", text.as_bytes(), &config);
    assert_eq!(codes(&r), vec![(2, 4, "field-too-long")]);
}

#[test]
fn unclosed_quote_in_the_middle_is_caught_by_the_width_of_its_row() {
    let r = read(&format!(
        "{HEADER}\nD,1,A,\"oops,live,,,\nD,2,B,d,\"live\",,,\nD,3,C,d,,,,\n"
    ));
    assert_eq!(codes(&r), vec![(2, 4, "unclosed-quote")]);
    assert!(
        r.problems[0].message.contains("line 2 to line 3"),
        "{}",
        r.problems[0].message
    );
    assert_eq!(r.records.len(), 1);
}

#[test]
fn unclosed_quote_names_the_lines_it_swallowed() {
    let r = read(&format!(
        "{HEADER}\nD,1,A,\"oops,live,,,\nD,2,B,d,live,,,\n"
    ));
    assert_eq!(codes(&r), vec![(2, 4, "unclosed-quote")]);
    assert!(
        r.problems[0].message.contains("lines 2 to 3"),
        "{}",
        r.problems[0].message
    );
    assert_accounting(&r);
}

#[test]
fn config_parses_the_input_section() {
    let c = Config::parse(
        "[input]\ndepartment_from = \"file-stem\"\nbudget_multiplier = 1000000\ndelimiter = \"tab\"\n",
    )
    .expect("valid config");
    assert_eq!(c.input.department_from, DepartmentFrom::FileStem);
    assert_eq!(c.input.budget_multiplier, 1e6);
    assert!(Config::parse("[input]\ndelimiter = \"|\"\n").is_err());
    assert!(Config::parse("[input]\nbudget_multiplier = 0\n").is_err());
    // The printed defaults read back as the defaults.
    assert_eq!(
        Config::parse(&Config::default().to_toml()),
        Ok(Config::default())
    );
}

/// The GMPP config on an excerpt of the real file (tests/fixtures/ingest/SOURCES.md):
/// department from the file stem, the real department kept as owner, £m budgets scaled,
/// two-digit years read, "Exempt..." and "Data Not Provided" taken as not given.
#[test]
fn gmpp_config_types_the_real_values() {
    let config =
        Config::parse(include_str!("../../tests/fixtures/ingest/gmpp.toml")).expect("config");
    let bytes = include_bytes!("../../tests/fixtures/ingest/gmpp/gmpp-2020.csv");
    let r = read_bytes("gmpp/gmpp-2020.csv", bytes, &config);
    assert!(r.problems.is_empty(), "{:?}", r.problems);
    let gdf = r
        .records
        .iter()
        .find(|x| x.record_id == "a31fe75d3")
        .expect("GDF row");
    assert_eq!(gdf.department, "gmpp-2020");
    assert_eq!(gdf.owner.as_deref(), Some("BEIS"));
    assert_eq!(gdf.capabilities, vec!["Infrastructure and Construction"]);
    // "£12,743.00" in £ millions.
    assert_eq!(gdf.budget_gbp, Some(12_743.0 * 1e6));
    assert_eq!(
        gdf.start_date.map(|d| d.to_string()).as_deref(),
        Some("2008-06-30")
    );
    assert_eq!(
        gdf.end_date.map(|d| d.to_string()).as_deref(),
        Some("2040-12-31")
    );
    assert!(
        r.records.iter().any(|x| x.budget_gbp.is_none()),
        "the exempt budget is not given"
    );
    assert!(
        r.records.iter().any(|x| x.start_date.is_none()),
        "'Data Not Provided' is not given"
    );
}

/// Every kind of problem ingest reports. Exhaustive: a new [`Code`] does not compile here
/// until it is listed, so the test below keeps covering every kind.
fn every_code() -> Vec<&'static str> {
    use Code::*;
    let all = [
        EmptyFile,
        NotText,
        MissingColumn,
        NoRows,
        Encoding,
        DuplicateColumn,
        RaggedRow,
        UnclosedQuote,
        FieldTooLong,
        EmptyRequired,
        DuplicateId,
        BadDate,
        BadBudget,
        EndBeforeStart,
        UnknownPhase,
        UnknownKind,
        BadEmail,
        RepeatedHeader,
        TooManyColumns,
        SkippedFile,
    ];
    for c in all {
        match c {
            EmptyFile | NotText | MissingColumn | NoRows | Encoding | DuplicateColumn
            | RaggedRow | UnclosedQuote | FieldTooLong | EmptyRequired | DuplicateId | BadDate
            | BadBudget | EndBeforeStart | UnknownPhase | UnknownKind | BadEmail
            | RepeatedHeader | TooManyColumns | SkippedFile => {}
        }
    }
    all.map(Code::as_str).to_vec()
}

/// `validate` (validate_paths, no records kept) and `run` (ingest_paths) must report the same
/// problems and accounting. Read on the problem fixtures plus files written here for the
/// kinds those lack (a joined header, a duplicate column, stray encodings, a header too
/// wide, a record_id repeated in a second file, a field over the default size limit, a
/// folder entry that is not .csv).
#[test]
fn validate_and_run_paths_agree_on_every_kind_of_problem() {
    let dir = tempfile::tempdir().expect("temp dir");
    let write = |name: &str, bytes: &[u8]| {
        std::fs::write(dir.path().join(name), bytes).expect("write fixture");
    };
    write(
        "a-joined.csv",
        format!("{HEADER}\nD,1,A,d,live,,,\n{HEADER}\nD,2,B,d,live,,,\n").as_bytes(),
    );
    write(
        "b-dup-column.csv",
        b"department,record_id,name,title,description\nD,1,A,T,d\n",
    );
    // UTF-8 (é) with a stray Windows-1252 £ byte, and a byte-order mark mid-file.
    write(
        "c-stray.csv",
        b"department,record_id,name,description\nD,1,Caf\xC3\xA9,d\nD,2,B,\xA35\nD,3,C,x\xEF\xBB\xBFy\n",
    );
    write(
        "d-wide.csv",
        format!("{}\nx\n", vec!["c"; reader::MAX_COLUMNS + 1].join(",")).as_bytes(),
    );
    write(
        "e-first.csv",
        format!("{HEADER}\nShared,7,A,d,live,,,\n").as_bytes(),
    );
    write(
        "f-second.csv",
        format!("{HEADER}\nShared,8,B,d,live,,,\nShared,7,C,d,live,,,\n").as_bytes(),
    );
    write(
        "g-1252.csv",
        b"department,record_id,name,description\nD,1,A,\xA35m\n",
    );
    let long = "x".repeat(Config::default().input.max_field_bytes + 1);
    write(
        "h-long.csv",
        format!("{HEADER}\nD,1,A,{long},live,,,\n").as_bytes(),
    );
    write("notes.txt", b"not a catalogue");
    let problems =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/ingest/problems");
    let paths = vec![problems, dir.path().to_path_buf()];
    let config = Config::default();
    let ui = Ui {
        quiet: true,
        verbose: 0,
    };
    let run = ingest_paths(&paths, &config, &ui).expect("run reads");
    let validate = validate_paths(&paths, &config, &ui).expect("validate reads");

    let seen: BTreeSet<&str> = run.problems.iter().map(|p| p.code.as_str()).collect();
    let missing: Vec<&str> = every_code()
        .into_iter()
        .filter(|c| !seen.contains(c))
        .collect();
    assert!(missing.is_empty(), "fixtures lack {missing:?}");
    assert!(
        run.problems
            .iter()
            .any(|p| p.code == "duplicate-id" && p.message.contains("e-first.csv")),
        "the record_id repeated across files is among them"
    );

    assert_eq!(validate.problems, run.problems);
    assert_eq!(validate.files, run.files);
    assert!(validate.records.is_empty());
    assert_eq!(run.records.len() as u64, run.rows_accepted());
    assert_eq!(
        run.rows_read(),
        run.rows_accepted() + run.rows_rejected(),
        "accounting"
    );
}

/// Bytes that look like a broken catalogue: header words, delimiters, quotes, line breaks,
/// bad values, non-ASCII and control bytes, in any order.
fn brokenish() -> impl Strategy<Value = Vec<u8>> {
    let token = prop::sample::select(vec![
        "department",
        "record_id",
        "name",
        "description",
        "phase",
        "start_date",
        "end_date",
        "budget_gbp",
        "kind",
        "Dept",
        "D",
        "1",
        "2",
        "live",
        "pilot",
        "31/02/2026",
        "2026-11-01",
        "01.11.18",
        "£1.2m",
        "lots",
        ",",
        ",",
        ",",
        ";",
        "\t",
        "\"",
        "\"\"",
        "\n",
        "\n",
        "\r\n",
        "\r",
        " ",
        "é",
        "\u{a3}",
        "\u{0}",
        "\u{1}",
        "\u{feff}",
    ]);
    let header = prop::sample::select(vec![
        format!("{HEADER}\n"),
        "Dept,Record ID,Project Name,Description / Aims\n".to_string(),
        String::new(),
    ]);
    let latin1 = prop::collection::vec(any::<u8>(), 0..4);
    (header, prop::collection::vec((token, latin1), 0..80)).prop_map(|(h, parts)| {
        let mut out = h.into_bytes();
        for (t, noise) in parts {
            out.extend_from_slice(t.as_bytes());
            if noise.len() == 3 {
                out.extend(noise);
            }
        }
        out
    })
}

proptest! {
    #[test]
    fn arbitrary_bytes_keep_the_accounting(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        assert_accounting(&read_bytes("p.csv", &bytes, &Config::default()));
    }

    #[test]
    fn broken_catalogues_keep_the_accounting(bytes in brokenish()) {
        assert_accounting(&read_bytes("p.csv", &bytes, &Config::default()));
    }

    /// `validate` checks without building records; it must say exactly what `run` reads.
    #[test]
    fn checking_agrees_with_reading(bytes in brokenish()) {
        let config = Config::default();
        let read = read_bytes("p.csv", &bytes, &config);
        let checked = check_bytes("p.csv", &bytes, &config);
        prop_assert!(checked.records.is_empty());
        prop_assert_eq!(&checked.problems, &read.problems);
        prop_assert_eq!(&checked.summary, &read.summary);
    }

    /// Guards the line arithmetic: an error planted after rows holding line breaks is
    /// reported on the physical line where its row starts.
    #[test]
    fn errors_are_reported_on_their_physical_line(
        breaks in prop::collection::vec(0usize..4, 1..20),
        bad in any::<prop::sample::Index>(),
        crlf in any::<bool>(),
    ) {
        let nl = if crlf { "\r\n" } else { "\n" };
        let bad = bad.index(breaks.len());
        let mut text = format!("{HEADER}{nl}");
        let mut line = 2u64;
        let mut want = 0;
        for (i, &b) in breaks.iter().enumerate() {
            let desc = vec!["part"; b + 1].join(nl);
            let phase = if i == bad { want = line; "pilot" } else { "live" };
            text.push_str(&format!("D,{i},N,\"{desc}\",{phase},,,{nl}"));
            line += b as u64 + 1;
        }
        let r = read(&text);
        prop_assert_eq!(codes(&r), vec![(want, 5, "unknown-phase")]);
    }
}
