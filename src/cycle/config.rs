//! `[cycle]`: how the monthly cycle follows efforts and opportunities from one pack to the next,
//! and where the analysts' decisions file is. Every key has a default.

use serde::{Deserialize, Serialize};

/// `[cycle]`: the monthly cycle.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct CycleConfig {
    /// The decisions file (`overlap review` creates it). A relative path is taken from the
    /// folder of the config file that sets it, or from the working folder when no config file is
    /// given. A missing file means no decisions yet.
    pub decisions: String,
    /// A renumbered effort (new record_id, same department) is linked to a vanished one when the
    /// matching engine scores the two at least this (0 to 1) and each is the other's best match.
    pub track_threshold: f64,
    /// Link a vanished and a new effort of one department that have the same name (ignoring
    /// case, accents and punctuation), when each is the only one of that name, whatever their
    /// score.
    pub same_name_links: bool,
    /// Estimate field weights when comparing a department's old and new efforts (as
    /// `[matching] estimate_weights`); off by default, so the `[matching.weights]` are used.
    pub estimate_weights: bool,
    /// When a department has at most this many (vanished x new) effort pairs, all are scored;
    /// above it, only the engine's candidates (cost grows with the product).
    pub exhaustive_pairs: usize,
    /// A group keeps the id of a previous opportunity when the efforts they share are at least
    /// this share (0 to 1) of the smaller of the two groups.
    pub id_overlap: f64,
    /// A rejected pair is raised again when the name and description of either effort are now
    /// less similar than this (0 to 1, term overlap) to what they were when it was rejected.
    pub unchanged_similarity: f64,
}

impl Default for CycleConfig {
    fn default() -> Self {
        CycleConfig {
            decisions: "decisions.csv".to_string(),
            track_threshold: 0.5,
            same_name_links: true,
            estimate_weights: false,
            exhaustive_pairs: 250_000,
            id_overlap: 0.5,
            unchanged_similarity: 0.8,
        }
    }
}

impl CycleConfig {
    /// Checks values that TOML types alone cannot.
    pub fn check(&self) -> Result<(), String> {
        for (key, value) in [
            ("track_threshold", self.track_threshold),
            ("id_overlap", self.id_overlap),
            ("unchanged_similarity", self.unchanged_similarity),
        ] {
            if !(0.0..=1.0).contains(&value) {
                return Err(format!(
                    "[cycle] {key} = {value} is out of range; use a number from 0 to 1"
                ));
            }
        }
        if self.id_overlap == 0.0 {
            return Err(
                "[cycle] id_overlap = 0 would let unrelated groups share an id; \
                        use a number above 0 (default 0.5)"
                    .to_string(),
            );
        }
        if self.decisions.trim().is_empty() {
            return Err("[cycle] decisions is empty; name a file such as \"decisions.csv\"".into());
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_pass_their_own_check() {
        assert_eq!(CycleConfig::default().check(), Ok(()));
    }

    #[test]
    fn out_of_range_threshold_names_the_key() {
        let c = CycleConfig {
            track_threshold: 1.5,
            ..CycleConfig::default()
        };
        assert!(c.check().unwrap_err().contains("track_threshold"));
    }
}
