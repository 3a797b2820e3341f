//! The meeting pack: the report model and its renderings.
//!
//! In: a [`PackInput`] (the period's ingest result, match outcome, config and stage timings).
//! Out: a folder (`reports/<period>/` or `--out`) holding `index.html`, `summary.md`, one page
//! per department, the tables (CSV and Parquet), the charts (SVG and PNG), `run.json`, and
//! `state.json` (what the next month's run needs; see docs/pack.md).
//!
//! [`write_pack`] builds the [`ReportModel`] once, then hands it to each renderer (one module
//! per format, all behind the [`Render`] trait), writing into a temporary folder beside `out`
//! that is moved into place only when every file is complete. Nothing is written outside `out`
//! except that temporary folder (and, with `--force`, the old pack while it is being replaced).

mod aggregate;
mod charts;
mod departments;
#[cfg(test)]
pub(crate) mod fixtures;
mod html;
mod manifest;
mod markdown;
mod model;
mod output;
#[cfg(test)]
mod pack_tests;
mod tables;
mod templates;
mod text;

pub use model::{
    DepartmentView, EffortView, Glance, NewThisMonth, OpportunityView, OverlapMatrix, PairRow,
    PartnerView, ReportModel, ScoreBin,
};
pub use templates::thousands;
pub use text::{department_slugs, escape_markdown, money, neutralise_cell, slug_base};

use crate::config::Config;
use crate::error::Result;
use crate::matching::StageTiming;
use crate::model::{Ingested, MatchOutcome};
use crate::stopwatch::Stopwatch;
use crate::ui::Ui;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// `[report]`: what the pack contains.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ReportConfig {
    /// The title at the top of the HTML page and the Markdown summary; the period is appended.
    pub title: String,
    /// How many opportunities get a card on the front page and in `summary.md` (the rest are in
    /// `opportunities.csv` and on the department pages). Ranked by score, then combined budget.
    pub top_opportunities: usize,
    /// How many opportunities the "largest by combined budget" chart shows.
    pub chart_opportunities: usize,
    /// How many equal-width bins the score distribution chart divides [0, 1] into.
    pub score_bins: usize,
}

impl Default for ReportConfig {
    fn default() -> Self {
        ReportConfig {
            title: "Digital Leaders meeting pack".to_string(),
            top_opportunities: 10,
            chart_opportunities: 12,
            score_bins: 20,
        }
    }
}

impl ReportConfig {
    /// Checks values that TOML types alone cannot.
    pub fn check(&self) -> std::result::Result<(), String> {
        if !(1..=100).contains(&self.score_bins) {
            return Err(format!(
                "[report] score_bins = {} is out of range; use a number from 1 to 100",
                self.score_bins
            ));
        }
        if !(1..=50).contains(&self.chart_opportunities) {
            return Err(format!(
                "[report] chart_opportunities = {} is out of range; use a number from 1 to 50",
                self.chart_opportunities
            ));
        }
        Ok(())
    }
}

/// Everything a pack is made from.
pub struct PackInput<'a> {
    /// The period, `YYYY-MM`.
    pub period: String,
    /// The input folder or files as the user gave them.
    pub inputs: Vec<PathBuf>,
    pub config: &'a Config,
    pub ingested: &'a Ingested,
    pub outcome: &'a MatchOutcome,
    /// Timings of the stages so far (ingest, matching stages); the writer adds its own.
    pub timings: Vec<StageTiming>,
    /// The monthly cycle's sections ("Since last month", decisions, history), when run.
    pub cycle: Option<&'a crate::cycle::CycleReport>,
    /// The state for the next month, written as `state.json` (from the ingested records) when
    /// given.
    pub state: Option<&'a crate::cycle::NextState>,
}

/// One output format: renders files from the model into `dir` (the pack's root) and returns
/// the paths it wrote, relative to `dir`.
pub trait Render {
    /// A short name for timings and messages, e.g. `html`.
    fn name(&self) -> &'static str;
    fn render(&self, model: &ReportModel, dir: &Path) -> Result<Vec<PathBuf>>;
}

/// Writes the whole pack into `out`, atomically: into a temporary folder beside it, moved into
/// place when complete. An existing `out` is replaced only with `force`.
pub fn write_pack(input: &PackInput<'_>, out: &Path, force: bool, ui: &Ui) -> Result<()> {
    // Fail before any work when the pack exists and may not be replaced.
    output::check_target(out, force)?;
    let staging = output::Staging::beside(out)?;
    let mut timings = input.timings.clone();
    let bar = ui.progress(6, "pack");

    // The state for the next month (the largest file of the pack: hundreds of megabytes at a
    // million efforts) is serialised and written while the report is built and rendered.
    let (rendered, state_file) = rayon::join(
        || -> Result<(ReportModel, Vec<PathBuf>)> {
            let started = Stopwatch::start();
            let model = ReportModel::build(input)?;
            timings.push(started.stop("report-model"));

            let renderers: [&dyn Render; 5] = [
                &tables::Tables,
                &charts::Charts,
                &html::IndexHtml,
                &markdown::SummaryMarkdown,
                &departments::DepartmentPages,
            ];
            let mut written = Vec::new();
            for renderer in renderers {
                let started = Stopwatch::start();
                written.extend(renderer.render(&model, staging.path())?);
                timings.push(started.stop(&format!("report-{}", renderer.name())));
                bar.inc(1);
            }
            Ok((model, written))
        },
        || {
            input
                .state
                .map(|state| {
                    output::write_with_digest(staging.path(), crate::cycle::STATE_FILE, |w| {
                        state.write_json(&input.ingested.records, w)
                    })
                })
                .transpose()
        },
    );
    let (model, mut written) = rendered?;
    let digested: Vec<output::Digested> = state_file?.into_iter().collect();
    written.extend(digested.iter().map(|d| d.rel.clone()));
    let manifest = manifest::Manifest {
        input,
        model: &model,
        timings,
        written,
        digested,
    };
    manifest.write(staging.path())?;
    bar.finish_and_clear();

    staging.install(out, force)?;
    ui.detail(format!("wrote the pack to {}", out.display()));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_report_config_passes_its_own_check() {
        assert_eq!(ReportConfig::default().check(), Ok(()));
    }

    #[test]
    fn zero_score_bins_is_rejected_with_the_key_named() {
        let config = ReportConfig {
            score_bins: 0,
            ..ReportConfig::default()
        };
        let err = config.check().unwrap_err();
        assert!(err.contains("score_bins"), "{err}");
    }
}
