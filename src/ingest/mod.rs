//! Ingest: read catalogue files into records, with every problem located and explained.
//!
//! In: paths (files, or folders of `*.csv`) and the [`Config`]. Out: [`Ingested`]: accepted
//! records in a deterministic order (files sorted by path, then line), a [`FileSummary`] per
//! file, and every problem sorted by file, line and column.
//!
//! The pure core is [`read_bytes`] (one file's bytes in, a [`FileResult`] out); only
//! [`ingest_paths`] touches the file system. Files are read in parallel and merged in order.
//!
//! Accounting: a data row is any non-blank record after the header. For every file,
//! `rows_read == rows_accepted + rows_rejected`. A file whose header lacks a required column
//! is rejected with all its rows counted as read and rejected; a file that is empty or not
//! text has 0 rows read.

pub mod decode;
pub mod problems;
mod reader;
pub mod schema;
pub mod values;

use crate::config::Config;
use crate::error::{Error, Result};
use crate::model::{FileSummary, Ingested, Problem, Record};
use crate::ui::Ui;
use problems::Code;
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};

/// Where each row's department comes from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DepartmentFrom {
    /// The file's department column.
    #[default]
    Column,
    /// The file's name without its extension (`dft` for `dft.csv`).
    #[serde(alias = "file-name")]
    FileStem,
}

/// `[input]`: how catalogue files are read.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct InputConfig {
    /// Where each row's department comes from: "column" (the department column) or
    /// "file-stem" (the file's name without its extension, e.g. "dft" for dft.csv). With
    /// "file-stem" a department column in the file is ignored, or can be kept as another
    /// column by mapping it in [columns] (e.g. department = "owner").
    pub department_from: DepartmentFrom,
    /// The field delimiter: "auto" (comma, unless the header line holds more semicolons or
    /// tabs than commas), ",", ";" or "tab".
    pub delimiter: String,
    /// The longest field accepted, in bytes; a row with a longer field is rejected.
    pub max_field_bytes: usize,
    /// Every budget is multiplied by this, for budget columns stated in other units: use
    /// 1000000 for a column in £ millions. Applied after suffixes such as "m" or "k".
    pub budget_multiplier: f64,
    /// Values that mean "not given" in optional fields, compared without regard to case; a
    /// trailing * matches any ending (e.g. "Exempt under*").
    pub null_values: Vec<String>,
    /// The separator between items of list fields (user_groups, capabilities, technologies).
    pub list_separator: char,
}

impl Default for InputConfig {
    fn default() -> Self {
        InputConfig {
            department_from: DepartmentFrom::Column,
            delimiter: "auto".to_string(),
            max_field_bytes: 32 * 1024,
            budget_multiplier: 1.0,
            null_values: ["n/a", "-", "tbc", "tbd", "unknown"]
                .map(String::from)
                .to_vec(),
            list_separator: ';',
        }
    }
}

impl InputConfig {
    pub fn check(&self) -> std::result::Result<(), String> {
        self.delimiter_byte()?;
        if self.max_field_bytes == 0 {
            return Err("[input] max_field_bytes must be at least 1".to_string());
        }
        if !(self.budget_multiplier.is_finite() && self.budget_multiplier > 0.0) {
            return Err(format!(
                "[input] budget_multiplier = {} must be a positive number (1000000 for £ millions)",
                self.budget_multiplier
            ));
        }
        if matches!(self.list_separator, '"' | '\n' | '\r') {
            return Err("[input] list_separator cannot be a quote or a line break".to_string());
        }
        Ok(())
    }

    /// The configured delimiter byte, `None` for "auto"; the error says what is allowed.
    pub fn delimiter_byte(&self) -> std::result::Result<Option<u8>, String> {
        match self.delimiter.as_str() {
            "auto" | "" => Ok(None),
            "," => Ok(Some(b',')),
            ";" => Ok(Some(b';')),
            "tab" | "\t" | "\\t" => Ok(Some(b'\t')),
            other => Err(format!(
                "[input] delimiter = {other:?} is not one of \"auto\", \",\", \";\", \"tab\""
            )),
        }
    }
}

/// What reading one file produced.
#[derive(Clone, Debug, Default)]
pub struct FileResult {
    /// Accounting, encoding, delimiter and checksum.
    pub summary: FileSummary,
    /// Accepted records, in line order.
    pub records: Vec<Record>,
    /// The file's problems, sorted by line and column.
    pub problems: Vec<Problem>,
    /// Things worth knowing that are not problems (ignored columns...), shown with `-v`.
    pub notes: Vec<String>,
    /// 1-based column of record_id (1 when there is none), for duplicate messages.
    record_id_column: u64,
}

impl FileResult {
    fn new(display_name: &str, bytes: usize) -> FileResult {
        FileResult {
            summary: FileSummary {
                file: display_name.to_string(),
                bytes: bytes as u64,
                ..FileSummary::default()
            },
            record_id_column: 1,
            ..FileResult::default()
        }
    }

    /// Records a problem of kind `code` at `line`, `column`.
    fn problem(&mut self, line: u64, column: u64, code: Code, message: String) {
        match code.severity() {
            crate::model::Severity::Error => self.summary.errors += 1,
            crate::model::Severity::Warning => self.summary.warnings += 1,
        }
        self.problems.push(Problem {
            file: self.summary.file.clone(),
            line,
            column,
            severity: code.severity(),
            code: code.as_str().to_string(),
            message,
        });
    }

    fn errors_so_far(&self) -> u64 {
        self.summary.errors
    }
}

/// Reads one catalogue file from its bytes. Pure: never fails, never panics; every problem is
/// in the result and `rows_read == rows_accepted + rows_rejected` always holds.
/// `display_name` names the file in problems (and is its department with
/// `department_from = "file-stem"`).
pub fn read_bytes(display_name: &str, bytes: &[u8], config: &Config) -> FileResult {
    let (sha256, mut result) = rayon::join(
        || format!("{:x}", Sha256::digest(bytes)),
        || parse(display_name, bytes, config),
    );
    result.summary.sha256 = sha256;
    result
}

fn parse(display_name: &str, bytes: &[u8], config: &Config) -> FileResult {
    let mut out = FileResult::new(display_name, bytes.len());
    match decode::decode(bytes) {
        Err(decode::Unreadable::Empty) => {
            out.problem(
                1,
                1,
                Code::EmptyFile,
                "the file is empty; a catalogue needs a header row and one row per project or \
                 service (`overlap template` writes a starting point)"
                    .to_string(),
            );
            out.summary.file_rejected = true;
        }
        Err(decode::Unreadable::NotText(why)) => {
            out.problem(1, 1, Code::NotText, format!("the file is not text: {why}"));
            out.summary.file_rejected = true;
        }
        Ok(decoded) => {
            out.summary.encoding = decoded.encoding.to_string();
            if decoded.warn {
                out.problem(
                    1,
                    1,
                    Code::Encoding,
                    format!(
                        "the file is encoded as {}, not UTF-8; it was read, but save it as \
                         \"CSV UTF-8\" so that characters such as £ and é survive",
                        decoded.encoding
                    ),
                );
            }
            let delimiter = config
                .input
                .delimiter_byte()
                .ok()
                .flatten()
                .unwrap_or_else(|| decode::sniff_delimiter(&decoded.text));
            out.summary.delimiter = decode::delimiter_name(delimiter);
            reader::read_rows(&decoded.text, delimiter, config, &mut out);
        }
    }
    out.problems.sort_by_key(|p| (p.line, p.column));
    out
}

/// Reads every catalogue file named by `paths` (files, or folders whose `*.csv` files are read
/// in sorted order) and returns the accepted records, per-file accounting and every problem.
///
/// Problems with the data never make this fail: they are returned in [`Ingested::problems`].
/// It fails only when a path does not exist (a usage error) or cannot be read at all.
/// A record_id used twice by one department in different files keeps the first (by path).
pub fn ingest_paths(paths: &[PathBuf], config: &Config, ui: &Ui) -> Result<Ingested> {
    let files = collect_files(paths)?;
    let bar = ui.progress(files.len() as u64, "reading");
    let results: Vec<Result<FileResult>> = files
        .par_iter()
        .map(|path| {
            let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
            let result = read_bytes(&path.display().to_string(), &bytes, config);
            bar.inc(1);
            Ok(result)
        })
        .collect();
    bar.finish_and_clear();
    let mut results = results.into_iter().collect::<Result<Vec<_>>>()?;
    reject_duplicates_across_files(&mut results);
    let mut ingested = Ingested::default();
    for r in results {
        for note in &r.notes {
            ui.detail(format!("{}: {note}", r.summary.file));
        }
        ingested.records.extend(r.records);
        ingested.problems.extend(r.problems);
        ingested.files.push(r.summary);
    }
    Ok(ingested)
}

/// The files to read: named files as given, and each named folder's `*.csv` files; sorted by
/// path, each once.
pub fn collect_files(paths: &[PathBuf]) -> Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for path in paths {
        let meta = std::fs::metadata(path).map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => Error::Usage(format!(
                "{}: no such file or folder; name catalogue CSV files or folders holding them",
                path.display()
            )),
            _ => Error::io(path, e),
        })?;
        if !meta.is_dir() {
            files.push(path.clone());
            continue;
        }
        let before = files.len();
        for entry in std::fs::read_dir(path).map_err(|e| Error::io(path, e))? {
            let entry = entry.map_err(|e| Error::io(path, e))?;
            let p = entry.path();
            if is_csv(&p) && p.is_file() {
                files.push(p);
            }
        }
        if files.len() == before {
            return Err(Error::Usage(format!(
                "{}: the folder holds no .csv files; name the catalogue files themselves or a \
                 folder that holds them",
                path.display()
            )));
        }
    }
    files.sort();
    files.dedup();
    Ok(files)
}

fn is_csv(p: &Path) -> bool {
    p.extension().is_some_and(|e| e.eq_ignore_ascii_case("csv"))
}

/// Rejects a record whose (department, record_id) an earlier file already used. Only
/// departments that appear in more than one file are checked, so the usual one-file-a-
/// department case costs nothing.
fn reject_duplicates_across_files(results: &mut [FileResult]) {
    let mut seen_in: HashMap<&str, usize> = HashMap::new();
    for r in results.iter() {
        let depts: BTreeSet<&str> = r.records.iter().map(|x| x.department.as_str()).collect();
        for d in depts {
            *seen_in.entry(d).or_default() += 1;
        }
    }
    let shared: BTreeSet<String> = seen_in
        .into_iter()
        .filter(|(_, n)| *n > 1)
        .map(|(d, _)| d.to_string())
        .collect();
    if shared.is_empty() {
        return;
    }
    let mut first: HashMap<(String, String), (String, u64)> = HashMap::new();
    for r in results.iter_mut() {
        let mut keep = Vec::with_capacity(r.records.len());
        let mut rejected = Vec::new();
        for rec in std::mem::take(&mut r.records) {
            if !shared.contains(&rec.department) {
                keep.push(rec);
                continue;
            }
            let key = (rec.department.clone(), rec.record_id.clone());
            match first.get(&key) {
                Some((file, line)) if *file != r.summary.file => {
                    rejected.push((rec, file.clone(), *line))
                }
                _ => {
                    first.insert(key, (r.summary.file.clone(), rec.source.line));
                    keep.push(rec);
                }
            }
        }
        r.records = keep;
        for (rec, file, line) in rejected {
            r.summary.rows_accepted -= 1;
            r.summary.rows_rejected += 1;
            r.problem(
                rec.source.line,
                r.record_id_column,
                Code::DuplicateId,
                format!(
                    "record_id '{}' is already used for {} in {file} on line {line}; this row \
                     is rejected and that one kept: give each effort its own id",
                    values::shorten(&rec.record_id),
                    values::shorten(&rec.department)
                ),
            );
        }
        r.problems.sort_by_key(|p| (p.line, p.column));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Phase, Severity};
    use proptest::prelude::*;

    const HEADER: &str =
        "department,record_id,name,description,phase,start_date,end_date,budget_gbp";

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
}
