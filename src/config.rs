//! The configuration: one TOML file (`overlap.toml`), every key optional with a default.
//!
//! Each stage owns its section's type ([`crate::ingest::InputConfig`],
//! [`crate::matching::MatchConfig`], [`crate::report::ReportConfig`]); this module composes
//! them, loads the file, and prints the documented defaults.

use crate::error::{Error, Result};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::Path;

/// The whole configuration. `Config::default()` is what runs when no file is given.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    /// How catalogue files are read.
    pub input: crate::ingest::InputConfig,
    /// Header -> schema column, for headers that are not recognised on their own.
    pub columns: BTreeMap<String, String>,
    /// How efforts are compared and grouped.
    pub matching: crate::matching::MatchConfig,
    /// Extra acronyms: `ACRONYM = "expansion"`, added to the built-in list.
    pub acronyms: BTreeMap<String, String>,
    /// What the pack contains.
    pub report: crate::report::ReportConfig,
    /// The monthly cycle: decisions file, tracking across periods.
    pub cycle: crate::cycle::CycleConfig,
}

impl Config {
    /// Reads a config file, or the defaults when `path` is `None`.
    pub fn load(path: Option<&Path>) -> Result<Config> {
        let Some(path) = path else {
            return Ok(Config::default());
        };
        let text = std::fs::read_to_string(path).map_err(|e| Error::Config {
            path: path.to_path_buf(),
            message: format!("cannot read it: {e}"),
        })?;
        Config::parse(&text).map_err(|message| Error::Config {
            path: path.to_path_buf(),
            message,
        })
    }

    /// Parses config text; the error message says where and what is wrong.
    pub fn parse(text: &str) -> std::result::Result<Config, String> {
        let config: Config = toml::from_str(text).map_err(|e| e.to_string())?;
        config.check()?;
        Ok(config)
    }

    /// Checks values that TOML types alone cannot.
    pub fn check(&self) -> std::result::Result<(), String> {
        self.input.check()?;
        self.matching.check()?;
        self.report.check()?;
        self.cycle.check()?;
        for (header, column) in &self.columns {
            if crate::ingest::schema::Column::parse(column).is_none() {
                return Err(format!(
                    "[columns] maps {header:?} to {column:?}, which is not a schema column; \
                     use one of: {}",
                    crate::ingest::schema::Column::names().join(", ")
                ));
            }
        }
        Ok(())
    }

    /// The effective configuration as TOML (for the run manifest and `config --print-defaults`).
    pub fn to_toml(&self) -> String {
        toml::to_string_pretty(self).unwrap_or_default()
    }
}
