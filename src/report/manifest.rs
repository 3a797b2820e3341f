//! `run.json`: the record of how the pack was made: tool version, the effective config, the
//! inputs as given, each input file with its SHA-256 and row counts, counts for every stage,
//! every file in the pack with its SHA-256, and timings per stage.
//!
//! In: the pack input, the model, the timings and the files written. Out: `run.json` in the
//! pack root. Timings are the only part that differs between two runs on the same inputs.

use super::output::write_file;
use super::{PackInput, ReportModel};
use crate::error::{Error, Result};
use crate::matching::StageTiming;
use crate::model::{FileSummary, MatchStats};
use serde::Serialize;
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

/// What goes into `run.json`.
pub struct Manifest<'a> {
    pub input: &'a PackInput<'a>,
    pub model: &'a ReportModel,
    pub timings: Vec<StageTiming>,
    /// Pack files written so far, relative to the pack root.
    pub written: Vec<PathBuf>,
    /// Files of `written` already hashed as they were written (not read again).
    pub digested: Vec<super::output::Digested>,
}

#[derive(Serialize)]
struct RunJson<'a> {
    tool: &'static str,
    version: &'static str,
    period: &'a str,
    /// The input folder or files as given on the command line.
    inputs: Vec<String>,
    config: &'a crate::config::Config,
    files: &'a [FileSummary],
    counts: Counts<'a>,
    outputs: Vec<OutputFile>,
    timings: &'a [StageTiming],
}

#[derive(Serialize)]
struct Counts<'a> {
    ingest: IngestCounts,
    matching: &'a MatchStats,
    report: ReportCounts,
}

#[derive(Serialize)]
struct IngestCounts {
    files: usize,
    files_rejected: usize,
    rows_read: u64,
    rows_accepted: u64,
    rows_rejected: u64,
    errors: u64,
    warnings: u64,
    departments: usize,
}

#[derive(Serialize)]
struct ReportCounts {
    opportunities: usize,
    top_opportunities: usize,
    pairs: usize,
    department_pages: usize,
    charts: usize,
}

#[derive(Serialize)]
struct OutputFile {
    path: String,
    bytes: u64,
    sha256: String,
}

impl Manifest<'_> {
    /// Writes `run.json` into `dir`.
    pub fn write(&self, dir: &Path) -> Result<PathBuf> {
        let json = self.to_json(dir)?;
        write_file(dir, "run.json", json)
    }

    fn to_json(&self, dir: &Path) -> Result<String> {
        let ingested = self.input.ingested;
        let mut written = self.written.clone();
        written.sort();
        // Files are read and hashed in parallel (state.json alone is hundreds of megabytes at
        // a million efforts), one file per thread at a time, listed in the sorted order.
        use rayon::prelude::*;
        let outputs: Vec<OutputFile> = written
            .par_iter()
            .map(|rel| {
                // Forward slashes on every platform, so the manifest is the same everywhere.
                let path_text = rel
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy())
                    .collect::<Vec<_>>()
                    .join("/");
                if let Some(d) = self.digested.iter().find(|d| &d.rel == rel) {
                    return Ok(OutputFile {
                        path: path_text,
                        bytes: d.bytes,
                        sha256: d.sha256.clone(),
                    });
                }
                let path = dir.join(rel);
                let bytes = std::fs::read(&path).map_err(|e| Error::io(&path, e))?;
                Ok(OutputFile {
                    path: path_text,
                    bytes: bytes.len() as u64,
                    sha256: format!("{:x}", Sha256::digest(&bytes)),
                })
            })
            .collect::<Result<_>>()?;
        let run = RunJson {
            tool: "overlap",
            version: env!("CARGO_PKG_VERSION"),
            period: &self.input.period,
            inputs: self
                .input
                .inputs
                .iter()
                .map(|p| p.to_string_lossy().into_owned())
                .collect(),
            config: self.input.config,
            files: &ingested.files,
            counts: Counts {
                ingest: IngestCounts {
                    files: ingested.files.len(),
                    files_rejected: ingested.files.iter().filter(|f| f.file_rejected).count(),
                    rows_read: ingested.rows_read(),
                    rows_accepted: ingested.rows_accepted(),
                    rows_rejected: ingested.rows_rejected(),
                    errors: self.model.glance.errors,
                    warnings: self.model.glance.warnings,
                    departments: self.model.departments.len(),
                },
                matching: &self.input.outcome.stats,
                report: ReportCounts {
                    opportunities: self.model.opportunities.len(),
                    top_opportunities: self.model.top_count,
                    pairs: self.model.pairs.len(),
                    department_pages: self.model.departments.len(),
                    charts: written.iter().filter(|p| p.starts_with("charts")).count() / 2,
                },
            },
            outputs,
            timings: &self.timings,
        };
        let mut json = serde_json::to_string_pretty(&run)
            .map_err(|e| Error::Failed(format!("writing run.json failed: {e}")))?;
        json.push('\n');
        Ok(json)
    }
}
