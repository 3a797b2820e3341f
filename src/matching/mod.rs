//! Matching: find overlapping efforts across departments, score them, group them.

use serde::{Deserialize, Serialize};

/// `[matching]`: how efforts are compared and grouped.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct MatchConfig {}

impl MatchConfig {
    pub fn check(&self) -> Result<(), String> {
        Ok(())
    }
}
