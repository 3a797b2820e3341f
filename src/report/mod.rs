//! The meeting pack: the report model and its renderings.

use serde::{Deserialize, Serialize};

/// `[report]`: what the pack contains.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ReportConfig {}
