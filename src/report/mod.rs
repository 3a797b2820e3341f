//! The meeting pack: the report model and its renderings.

use crate::config::Config;
use crate::error::Result;
use crate::matching::StageTiming;
use crate::model::{Ingested, MatchOutcome};
use crate::ui::Ui;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// `[report]`: what the pack contains.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ReportConfig {}

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
}

/// Writes the whole pack into `out`, atomically: into a temporary folder beside it, moved into
/// place when complete. An existing `out` is replaced only with `force`.
pub fn write_pack(input: &PackInput<'_>, out: &Path, force: bool, ui: &Ui) -> Result<()> {
    let _ = (input, out, force, ui);
    Err(crate::Error::Failed("the pack writer is being built".into()))
}
