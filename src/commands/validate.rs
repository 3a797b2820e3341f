//! `overlap validate`: check catalogues and report every problem with file, line and column.
//!
//! In: paths and an optional config. Out, on standard output: the problems (they are this
//! command's result), then a per-file table of rows read, accepted and rejected and warnings,
//! and a total; or one JSON document with `--format json`. The exit code says whether any row
//! or file had an error.

use crate::cli::{OutputFormat, ValidateArgs};
use crate::config::Config;
use crate::error::{Error, Result, exit};
use crate::ingest;
use crate::model::{FileSummary, Ingested, Problem, Severity};
use crate::ui::Ui;
use serde::Serialize;
use std::io::Write;

pub fn execute(args: &ValidateArgs, ui: &Ui) -> Result<i32> {
    let config = Config::load(args.config.as_deref())?;
    let ingested = ingest::validate_paths(&args.paths, &config, ui)?;
    let mut out = std::io::stdout().lock();
    match args.format {
        OutputFormat::Text => write_text(&mut out, &ingested, ui.quiet),
        OutputFormat::Json => write_json(&mut out, &ingested),
    }
    .map_err(|e| Error::io("standard output", e))?;
    Ok(if ingested.has_errors() {
        exit::INPUT_ERRORS
    } else {
        exit::OK
    })
}

/// Totals over every file.
#[derive(Debug, Default, Serialize)]
struct Totals {
    files: u64,
    files_rejected: u64,
    rows_read: u64,
    rows_accepted: u64,
    rows_rejected: u64,
    errors: u64,
    warnings: u64,
}

impl Totals {
    fn of(files: &[FileSummary]) -> Totals {
        let mut t = Totals::default();
        for f in files {
            t.files += 1;
            t.files_rejected += u64::from(f.file_rejected);
            t.rows_read += f.rows_read;
            t.rows_accepted += f.rows_accepted;
            t.rows_rejected += f.rows_rejected;
            t.errors += f.errors;
            t.warnings += f.warnings;
        }
        t
    }
}

/// The problems, one a line, then (unless `quiet`) the summary table.
fn write_text(out: &mut impl Write, ingested: &Ingested, quiet: bool) -> std::io::Result<()> {
    for p in &ingested.problems {
        writeln!(out, "{p}")?;
    }
    if quiet {
        return Ok(());
    }
    if !ingested.problems.is_empty() {
        writeln!(out)?;
    }
    let totals = Totals::of(&ingested.files);
    let total_label = format!(
        "total ({} {})",
        totals.files,
        plural(totals.files, "file", "files")
    );
    let width = ingested
        .files
        .iter()
        .map(|f| f.file.chars().count())
        .chain([total_label.len(), 4])
        .max()
        .unwrap_or(4);
    writeln!(
        out,
        "{:<width$}  {:>9}  {:>9}  {:>9}  {:>9}",
        "file", "rows read", "accepted", "rejected", "warnings"
    )?;
    let row = |label: &str, read: u64, acc: u64, rej: u64, warn: u64, note: &str| {
        format!("{label:<width$}  {read:>9}  {acc:>9}  {rej:>9}  {warn:>9}{note}")
    };
    for f in &ingested.files {
        let note = if f.file_rejected {
            "  (file rejected)"
        } else {
            ""
        };
        let line = row(
            &f.file,
            f.rows_read,
            f.rows_accepted,
            f.rows_rejected,
            f.warnings,
            note,
        );
        writeln!(out, "{line}")?;
    }
    let t = &totals;
    let line = row(
        &total_label,
        t.rows_read,
        t.rows_accepted,
        t.rows_rejected,
        t.warnings,
        "",
    );
    writeln!(out, "{line}")?;
    let verdict = if t.errors == 0 {
        "no errors".to_string()
    } else {
        format!(
            "{} {}: {} {} rejected{}",
            t.errors,
            plural(t.errors, "error", "errors"),
            t.rows_rejected,
            plural(t.rows_rejected, "row", "rows"),
            if t.files_rejected > 0 {
                format!(
                    " ({} {} rejected whole)",
                    t.files_rejected,
                    plural(t.files_rejected, "file", "files")
                )
            } else {
                String::new()
            }
        )
    };
    writeln!(
        out,
        "{verdict}, {} {}",
        t.warnings,
        plural(t.warnings, "warning", "warnings")
    )
}

fn plural(n: u64, one: &'static str, many: &'static str) -> &'static str {
    if n == 1 { one } else { many }
}

/// The JSON document: `ok`, `totals`, `files` and `problems`.
fn write_json(out: &mut impl Write, ingested: &Ingested) -> std::io::Result<()> {
    #[derive(Serialize)]
    struct Report<'a> {
        ok: bool,
        totals: Totals,
        files: &'a [FileSummary],
        problems: &'a [Problem],
    }
    let report = Report {
        ok: !ingested
            .problems
            .iter()
            .any(|p| p.severity == Severity::Error),
        totals: Totals::of(&ingested.files),
        files: &ingested.files,
        problems: &ingested.problems,
    };
    serde_json::to_writer_pretty(&mut *out, &report)?;
    writeln!(out)
}
