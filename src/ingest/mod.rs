//! Ingest: read catalogue files into records, with every problem located and explained.

pub mod schema;

use serde::{Deserialize, Serialize};

/// `[input]`: how catalogue files are read.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct InputConfig {}

impl InputConfig {
    pub fn check(&self) -> Result<(), String> {
        Ok(())
    }
}
