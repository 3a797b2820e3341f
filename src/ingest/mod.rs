//! Ingest: read catalogue files into records, with every problem located and explained.
//!
//! In: paths (files, or folders of `*.csv`) and the [`Config`]. Out: [`Ingested`]: accepted
//! records in a deterministic order (files sorted by path, then line), a [`FileSummary`] per
//! file, and every problem sorted by file, line and column.
//!
//! The pure core is [`read_bytes`] (one file's bytes in, a [`FileResult`] out); only
//! [`ingest_paths`] touches the file system. Files are read in parallel and merged in order.
//! [`validate_paths`] and [`check_bytes`] do the same without building records (what
//! `validate` needs): the same problems and accounting in less time and memory.
//!
//! Accounting: a data row is any non-blank record after the header. For every file,
//! `rows_read == rows_accepted + rows_rejected`. A file whose header lacks a required column
//! is rejected with all its rows counted as read and rejected; a file that is empty or not
//! text has 0 rows read.

pub mod decode;
mod ids;
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
    /// Values that mean "not given", compared without regard to case; a trailing * matches
    /// any ending (e.g. "Exempt under*"). Optional fields holding one are read as empty. A
    /// description holding one keeps its row (the department did say something: that it
    /// withholds the text) but is not compared when matching.
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
    /// Accepted records, in line order; empty from [`check_bytes`].
    pub records: Vec<Record>,
    /// The file's problems, sorted by line and column.
    pub problems: Vec<Problem>,
    /// Things worth knowing that are not problems (ignored columns...), shown with `-v`.
    pub notes: Vec<String>,
    /// 1-based column of record_id (1 when there is none), for duplicate messages.
    record_id_column: u64,
    /// The accepted rows' keys, in line order (entry `i` is `records[i]` when records are
    /// kept), for duplicate record_ids within and across files.
    keys: ids::Keys,
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

/// Whether reading builds a [`Record`] for every accepted row (`run`) or only checks rows
/// (`validate`). Both report the same problems and accounting.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Keep {
    Records,
    Nothing,
}

/// Reads one catalogue file from its bytes. Pure: never fails, never panics; every problem is
/// in the result and `rows_read == rows_accepted + rows_rejected` always holds.
/// `display_name` names the file in problems (and is its department with
/// `department_from = "file-stem"`).
pub fn read_bytes(display_name: &str, bytes: &[u8], config: &Config) -> FileResult {
    read_file(display_name, bytes, config, Keep::Records)
}

/// Checks one catalogue file as [`read_bytes`] does, with the same problems and accounting,
/// but builds no records (`records` stays empty): what `validate` needs, in a fraction of the
/// time and memory.
pub fn check_bytes(display_name: &str, bytes: &[u8], config: &Config) -> FileResult {
    read_file(display_name, bytes, config, Keep::Nothing)
}

fn read_file(display_name: &str, bytes: &[u8], config: &Config, keep: Keep) -> FileResult {
    let (sha256, mut result) = rayon::join(
        || format!("{:x}", Sha256::digest(bytes)),
        || parse(display_name, bytes, config, keep),
    );
    result.summary.sha256 = sha256;
    result
}

fn parse(display_name: &str, bytes: &[u8], config: &Config, keep: Keep) -> FileResult {
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
            if let Some((at, places)) = decoded.stray_bytes {
                let line = 1 + reader::line_breaks(&bytes[..at.min(bytes.len())]);
                let more = if places > 1 {
                    format!(" (and {} more further on)", places - 1)
                } else {
                    String::new()
                };
                out.problem(
                    line,
                    1,
                    Code::Encoding,
                    format!(
                        "byte 0x{:02X} on this line{more} is not UTF-8, though the rest of the \
                         file is; it was read as Windows-1252 (0xA3 is £): check the text on \
                         this line, and save the file as \"CSV UTF-8\"",
                        bytes.get(at).copied().unwrap_or(0)
                    ),
                );
            }
            if let Some((at, count)) = decoded.stray_boms {
                let text = decoded.text.as_bytes();
                let line = 1 + reader::line_breaks(&text[..at.min(text.len())]);
                out.problem(
                    line,
                    1,
                    Code::Encoding,
                    format!(
                        "a byte-order mark (U+FEFF) is in the middle of the file ({count} in \
                         all), as when two files are joined; it was removed: check that a \
                         second header row was not joined in too"
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
            let keep_records = keep == Keep::Records;
            reader::read_rows(&decoded.text, delimiter, config, keep_records, &mut out);
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
    paths_with(paths, config, ui, Keep::Records)
}

/// Checks the catalogue files named by `paths` as [`ingest_paths`] reads them, with the same
/// problems and accounting, but keeps no records (`records` is empty): for `validate`.
pub fn validate_paths(paths: &[PathBuf], config: &Config, ui: &Ui) -> Result<Ingested> {
    paths_with(paths, config, ui, Keep::Nothing)
}

fn paths_with(paths: &[PathBuf], config: &Config, ui: &Ui, keep: Keep) -> Result<Ingested> {
    let mut ingested = files_with(&collect_files(paths)?, config, ui, keep)?;
    let skipped = skipped_files(paths);
    if !skipped.is_empty() {
        ingested.problems.extend(skipped);
        // Stable, and by path as the files were read, so each file's problems stay in order.
        ingested
            .problems
            .sort_by(|a, b| Path::new(&a.file).cmp(Path::new(&b.file)));
    }
    Ok(ingested)
}

/// A warning for every entry of a named folder that is not read: files that are not `.csv`
/// (a workbook submitted as .xlsx would otherwise vanish from the month without a word) and
/// `.csv` entries that are not readable files (a broken link, a folder). Hidden entries
/// (`.DS_Store`, editors' lock files) are passed over in silence.
fn skipped_files(paths: &[PathBuf]) -> Vec<Problem> {
    let mut out = Vec::new();
    for dir in paths.iter().filter(|p| p.is_dir()) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            continue;
        };
        for p in entries.filter_map(|e| e.ok().map(|e| e.path())) {
            let hidden = p
                .file_name()
                .is_none_or(|n| n.to_string_lossy().starts_with('.'));
            let why = if hidden || (is_csv(&p) && p.is_file()) {
                continue;
            } else if is_csv(&p) {
                "is named .csv but is not a readable file (a broken link or a folder?); it was \
                 skipped"
            } else if p.is_dir() {
                continue;
            } else {
                "is not a .csv file, so it was skipped; if it is a catalogue, save it as CSV \
                 UTF-8 with a .csv name"
            };
            out.push(Problem {
                file: p.display().to_string(),
                line: 1,
                column: 1,
                severity: crate::model::Severity::Warning,
                code: Code::SkippedFile.as_str().to_string(),
                message: format!("this entry of the input folder {why}"),
            });
        }
    }
    out.sort_by(|a, b| a.file.cmp(&b.file));
    out
}

/// Reads the catalogue files `files` (as [`collect_files`] lists them: sorted, each once).
/// A file that has gone since it was listed is a clear error naming it, not a silent drop.
pub fn ingest_files(files: &[PathBuf], config: &Config, ui: &Ui) -> Result<Ingested> {
    files_with(files, config, ui, Keep::Records)
}

fn files_with(files: &[PathBuf], config: &Config, ui: &Ui, keep: Keep) -> Result<Ingested> {
    let bar = ui.progress(files.len() as u64, "reading");
    let results: Vec<Result<FileResult>> = files
        .par_iter()
        .map(|path| {
            let bytes = std::fs::read(path).map_err(|e| match e.kind() {
                std::io::ErrorKind::NotFound => Error::Failed(format!(
                    "{}: the file was listed but is gone now; something moved or deleted it \
                     while overlap was reading: leave the input folder alone during a run and \
                     run again",
                    path.display()
                )),
                _ => Error::io(path, e),
            })?;
            let result = read_file(&path.display().to_string(), &bytes, config, keep);
            bar.inc(1);
            Ok(result)
        })
        .collect();
    bar.finish_and_clear();
    let mut results = results.into_iter().collect::<Result<Vec<_>>>()?;
    reject_duplicates_across_files(&mut results);
    let mut ingested = Ingested::default();
    let total: usize = results.iter().map(|r| r.records.len()).sum();
    for r in results {
        for note in &r.notes {
            ui.detail(format!("{}: {note}", r.summary.file));
        }
        if ingested.records.is_empty() {
            // Take the first file's records without copying them.
            ingested.records = r.records;
            ingested
                .records
                .reserve_exact(total - ingested.records.len());
        } else {
            ingested.records.extend(r.records);
        }
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

/// Rejects a row whose (department, record_id) an earlier file already used (and its record,
/// when records are kept), keeping the first by path.
fn reject_duplicates_across_files(results: &mut [FileResult]) {
    let repeats = {
        let keys: Vec<&ids::Keys> = results.iter().map(|r| &r.keys).collect();
        ids::repeated_across_files(&keys)
    };
    let first_files: Vec<String> = results.iter().map(|r| r.summary.file.clone()).collect();
    for (r, repeats) in results.iter_mut().zip(repeats) {
        if repeats.is_empty() {
            continue;
        }
        if r.records.len() == r.keys.len() {
            ids::remove_sorted(&mut r.records, repeats.iter().map(|x| x.entry));
        }
        for repeat in repeats {
            let Some((department, record_id, line)) = r.keys.get(repeat.entry) else {
                continue;
            };
            let message = format!(
                "record_id '{}' is already used for {} in {} on line {}; this row is rejected \
                 and that one kept: give each effort its own id",
                values::shorten(record_id),
                values::shorten(department),
                first_files
                    .get(repeat.first_file)
                    .map_or("", |f| f.as_str()),
                repeat.first_line
            );
            r.summary.rows_accepted -= 1;
            r.summary.rows_rejected += 1;
            let column = r.record_id_column;
            r.problem(line, column, Code::DuplicateId, message);
        }
        r.problems.sort_by_key(|p| (p.line, p.column));
    }
}

#[cfg(test)]
mod tests;
